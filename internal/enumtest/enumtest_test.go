package enumtest_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/internal/enumtest"
)

// colour is a sound enum: three values, none of them empty.
type colour string

var colours = []colour{"red", "green", "blue"}

func (c colour) Valid() bool { return slices.Contains(colours, c) }
func allColours() []colour   { return slices.Clone(colours) }

// loose is an enum whose Valid takes the empty value, and more than it lists.
type loose string

func (l loose) Valid() bool { return l == "" || l == "a" || l == "b" || l == "A" || l == " a" }
func looseShared() []loose  { return sharedLoose }

var sharedLoose = []loose{"a"}

// TestProblems: a sound enum has none; each fault of a faulty one is
// named.
func TestProblems(t *testing.T) {
	tests := []struct {
		name, desc string
		c          enumtest.Case
		want       []string
	}{
		{name: "sound", desc: "列表、Valid 与副本皆对 / list, Valid and copies all right",
			c: enumtest.Of("colours", "", allColours, false, "pink", "red", "green", "blue")},
		{name: "zero none", desc: "零值可取且表当此说 / the zero value valid, as the case says",
			c:    enumtest.Of("loose", "", func() []loose { return []loose{"a"} }, true, "z", "a"),
			want: []string{`" a" is Valid, and not listed`, `"A" is Valid, and not listed`}},
		{name: "faulty", desc: "列表不符、零值可取、共享数组 / a list unlike the case's, the zero value valid, one array shared",
			c: enumtest.Of("loose", "", looseShared, false, "b", "a", "c"),
			want: []string{"the list (-want +got):\n" + cmp.Diff([]string{"a", "c"}, []string{"a"}),
				"the zero value's Valid = true, want false", `"b" is Valid, and not listed`, `" a" is Valid, and not listed`,
				`"A" is Valid, and not listed`, "changing the list returned changed the next one"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.c.Problems()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
