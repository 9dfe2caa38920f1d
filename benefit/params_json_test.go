package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// TestParamsJSONUnmarshalIsStrict: json.Unmarshal into a Params, a
// json.Decoder and a struct field of type Params read a set as
// benefit.Unmarshal does — "base" resolved, the same set, or the same
// errors at the same paths — never a set that New then refuses for a
// reason the JSON does not show. The set read replaces what p held, the
// built-in set included; on an error p is left as it was.
func TestParamsJSONUnmarshalIsStrict(t *testing.T) {
	set2018, err := os.ReadFile("testdata/set-2018.json")
	if err != nil {
		t.Fatal(err)
	}
	whole, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	over := string(set2018)
	cases := []struct {
		name string
		in   string
		// paths are the errors' paths and types, none for a good set.
		paths []string
	}{
		{name: "over the built-in set", in: over},
		{name: "whole set", in: string(whole)},
		{name: "only the base", in: `{"year":2017,"base":2017}`},
		{name: "misspelt key", in: strings.Replace(over, `"standard"`, `"standrad"`, 1),
			paths: []string{"lowincome.standrad (unknown-field)"}},
		{name: "number amount", in: strings.Replace(over, `"3912.00"`, `3912`, 1),
			paths: []string{"lowincome.standard.value (invalid)"}},
		{name: "no built-in set of the base", in: strings.Replace(over, `"base": 2017`, `"base": 2016`, 1),
			paths: []string{"base (invalid)"}},
		{name: "no base, parts only", in: strings.Replace(over, `"base": 2017,`, ``, 1),
			paths: []string{"rounding (required)"}},
		{name: "year out of range", in: strings.Replace(over, `"year": 2018`, `"year": 1999`, 1),
			paths: []string{"year (invalid)"}},
		{name: "first year accepted, 2000", in: strings.Replace(over, `"year": 2018`, `"year": 2000`, 1)},
		{name: "last year accepted, 2100", in: strings.Replace(over, `"year": 2018`, `"year": 2100`, 1)},
		{name: "year after the last, 2101", in: strings.Replace(over, `"year": 2018`, `"year": 2101`, 1),
			paths: []string{"year (invalid)"}},
		{name: "null", in: `null`, paths: []string{"(input) (invalid)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := benefit.Unmarshal([]byte(tc.in))
			if got := errorPaths(wantErr); len(tc.paths) > 0 && (len(got) == 0 || got[0] != tc.paths[0]) || len(tc.paths) == 0 && wantErr != nil {
				t.Fatalf("benefit.Unmarshal: errors %v, want %v first (%v)", got, tc.paths, wantErr)
			}
			reads := []struct {
				how  string
				read func(p *benefit.Params) error
			}{
				{"json.Unmarshal", func(p *benefit.Params) error { return json.Unmarshal([]byte(tc.in), p) }},
				{"json.Decoder", func(p *benefit.Params) error { return json.NewDecoder(strings.NewReader(tc.in)).Decode(p) }},
				{"struct field", func(p *benefit.Params) error {
					x := struct{ P benefit.Params }{*p}
					err := json.Unmarshal([]byte(`{"P":`+tc.in+`}`), &x)
					*p = x.P
					return err
				}},
			}
			for _, r := range reads {
				for _, prior := range []struct {
					name string
					p    *benefit.Params
				}{{"zero", &benefit.Params{}}, {"Default2017", benefit.Default2017()}} {
					p := *prior.p
					before, _ := p.Marshal()
					err := r.read(&p)
					after, _ := p.Marshal()
					if wantErr != nil {
						if err == nil || err.Error() != wantErr.Error() {
							t.Errorf("%s into %s: error %v, want %v", r.how, prior.name, err, wantErr)
						}
						if diff := cmp.Diff(policy.FieldErrors(wantErr), policy.FieldErrors(err)); diff != "" {
							t.Errorf("%s into %s: field errors (-benefit.Unmarshal +got):\n%s", r.how, prior.name, diff)
						}
						if !bytes.Equal(before, after) {
							t.Errorf("%s into %s: the set changed on an error", r.how, prior.name)
						}
						continue
					}
					if err != nil {
						t.Fatalf("%s into %s: %v", r.how, prior.name, err)
					}
					wantJS, _ := want.Marshal()
					if diff := cmp.Diff(string(wantJS), string(after)); diff != "" {
						t.Errorf("%s into %s: set (-benefit.Unmarshal +got):\n%s", r.how, prior.name, diff)
					}
					if _, err := benefit.New(&p); err != nil {
						t.Errorf("%s into %s: New refuses the set read: %v", r.how, prior.name, err)
					}
				}
			}
		})
	}
	if err := (*benefit.Params)(nil).UnmarshalJSON(set2018); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("UnmarshalJSON into a nil *Params: %v, want an error wrapping policy.ErrInvalid", err)
	}
}

// errorPaths lists err's field errors as "path (type)".
func errorPaths(err error) []string {
	var out []string
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fe.Path+" ("+string(fe.Type)+")")
	}
	return out
}
