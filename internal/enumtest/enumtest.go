package enumtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Case is one enum as a test states it.
type Case struct {
	Name, Desc string   // the subtest's name, and what it shows (Chinese, then English)
	Want       []string // the list, written out by hand
	// ZeroValid says whether Valid takes the zero value, which is never
	// listed: a record's "none" or "unrecorded".
	ZeroValid bool
	Unknown   string // a value Valid must refuse
	list      []string
	valid     func(string) bool
	copies    func() bool // whether changing a list returned changes none returned after
}

// Of is the case of an enum whose values list returns.
func Of[T interface {
	~string
	Valid() bool
}](name, desc string, list func() []T, zeroValid bool, unknown string, want ...string) Case {
	c := Case{Name: name, Desc: desc, Want: want, ZeroValid: zeroValid, Unknown: unknown,
		valid: func(s string) bool { return T(s).Valid() }}
	for _, v := range list() {
		c.list = append(c.list, string(v))
	}
	c.copies = func() bool {
		l := list()
		if len(l) == 0 {
			return true
		}
		l[0] = T(unknown)
		return list()[0] != T(unknown)
	}
	return c
}

// Problems returns what is wrong with c's enum, nil when nothing is: a
// list other than c.Want, a value listed that Valid refuses, the zero value
// taken or refused against c.ZeroValid, a value not listed that Valid takes
// (c.Unknown, the first value with a space before it, and in upper case
// where that is another value), or a list shared between calls.
func (c Case) Problems() []string {
	var out []string
	if diff := cmp.Diff(c.Want, c.list); diff != "" {
		out = append(out, fmt.Sprintf("the list (-want +got):\n%s", diff))
	}
	for _, v := range c.list {
		if !c.valid(v) {
			out = append(out, fmt.Sprintf("%q is listed, and not Valid", v))
		}
	}
	if got := c.valid(""); got != c.ZeroValid {
		out = append(out, fmt.Sprintf("the zero value's Valid = %v, want %v", got, c.ZeroValid))
	}
	refused := []string{c.Unknown}
	if len(c.Want) > 0 {
		refused = append(refused, " "+c.Want[0])
		if up := strings.ToUpper(c.Want[0]); !slices.Contains(c.Want, up) {
			refused = append(refused, up)
		}
	}
	for _, v := range refused {
		if c.valid(v) {
			out = append(out, fmt.Sprintf("%q is Valid, and not listed", v))
		}
	}
	if !c.copies() {
		out = append(out, "changing the list returned changed the next one")
	}
	return out
}

// Run runs each case as a subtest, reporting its problems.
func Run(t *testing.T, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			for _, p := range c.Problems() {
				t.Errorf("%s: %s", c.Desc, p)
			}
		})
	}
}
