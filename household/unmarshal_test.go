package household_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// TestUnmarshalKeepsNoInput: the decoder reads strings, enums, dates and
// amounts where they lie in the input, but the record it returns holds
// copies: overwriting the input afterwards changes nothing in it.
func TestUnmarshalKeepsNoInput(t *testing.T) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		data := append([]byte(nil), raw...)
		h, err := household.Unmarshal(data)
		if err != nil {
			t.Fatal(err)
		}
		want, err := household.Unmarshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		for i := range data {
			data[i] = 'x'
		}
		if diff := cmp.Diff(want, h); diff != "" {
			t.Errorf("%s: the record changed with its input (-want +got):\n%s", name, diff)
		}
	}
}

// TestJSONUnmarshalIsStrict: json.Unmarshal into a Household, a
// json.Decoder and a struct field of type Household read a record as
// household.Unmarshal does — the same record, or the same errors at the
// same paths — for a misspelt key that would change the entitlement is
// never dropped, an amount is never a JSON number, and the record is
// validated. The record read replaces what h held; on an error h is left as
// it was.
func TestJSONUnmarshalIsStrict(t *testing.T) {
	const good = `{"id":"H-1","township":"尧渡镇","registered_poor":true,
		"members":[{"id":"m1","relation":"head","birth_date":"1960-05-01","incomes":[{"category":"wages","amount":"1200.00"}]}]}`
	cases := []struct {
		name string
		in   string
		// paths are the errors' paths and types, none for a good record.
		paths []string
	}{
		{name: "good", in: good},
		{name: "misspelt key", in: strings.Replace(good, "registered_poor", "registred_poor", 1),
			paths: []string{"registred_poor (unknown-field)"}},
		{name: "capitalised key", in: strings.Replace(good, `"township"`, `"Township"`, 1),
			paths: []string{"Township (unknown-field)"}},
		{name: "number amount", in: strings.Replace(good, `"1200.00"`, `1200`, 1),
			paths: []string{"members[0].incomes[0].amount (invalid)"}},
		{name: "invalid record", in: strings.Replace(good, `}]}]}`, `}]},{"id":"m1","relation":"spouse","birth_date":"1961-02-01"}]}`, 1),
			paths: []string{"members[1].id (duplicate)"}},
		{name: "negative amount", in: strings.Replace(good, `"1200.00"`, `"-5.00"`, 1),
			paths: []string{"members[0].incomes[0].amount (invalid)"}},
		{name: "no members", in: `{"id":"H-1","township":"尧渡镇"}`, paths: []string{"members (required)"}},
		{name: "null", in: `null`, paths: []string{"(input) (invalid)"}},
		{name: "empty object", in: `{}`, paths: []string{"id (required)", "township (required)", "members (required)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := household.Unmarshal([]byte(tc.in))
			if got := pathsOf(wantErr); !cmp.Equal(got, tc.paths) {
				t.Fatalf("household.Unmarshal: errors %v, want %v (%v)", got, tc.paths, wantErr)
			}
			prior := household.Household{ID: "OLD", Village: "旧村", NoFixedHousehold: true}
			reads := []struct {
				how  string
				read func(h *household.Household) error
			}{
				{"json.Unmarshal", func(h *household.Household) error { return json.Unmarshal([]byte(tc.in), h) }},
				{"json.Decoder", func(h *household.Household) error {
					return json.NewDecoder(strings.NewReader(tc.in)).Decode(h)
				}},
				{"struct field", func(h *household.Household) error {
					x := struct{ H household.Household }{*h}
					err := json.Unmarshal([]byte(`{"H":`+tc.in+`}`), &x)
					*h = x.H
					return err
				}},
			}
			for _, r := range reads {
				h := prior
				err := r.read(&h)
				if wantErr != nil {
					if err == nil || err.Error() != wantErr.Error() {
						t.Errorf("%s: error %v, want %v", r.how, err, wantErr)
					}
					if diff := cmp.Diff(policy.FieldErrors(wantErr), policy.FieldErrors(err)); diff != "" {
						t.Errorf("%s: field errors (-household.Unmarshal +got):\n%s", r.how, diff)
					}
					if !errors.Is(err, policy.ErrInvalid) {
						t.Errorf("%s: %v does not wrap policy.ErrInvalid", r.how, err)
					}
					if diff := cmp.Diff(prior, h); diff != "" {
						t.Errorf("%s: the record changed on an error (-before +after):\n%s", r.how, diff)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", r.how, err)
				}
				if diff := cmp.Diff(*want, h); diff != "" {
					t.Errorf("%s: record (-household.Unmarshal +got):\n%s", r.how, diff)
				}
			}
		})
	}
	if err := (*household.Household)(nil).UnmarshalJSON([]byte(good)); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("UnmarshalJSON into a nil *Household: %v, want an error wrapping policy.ErrInvalid", err)
	}
}

// pathsOf lists err's field errors as "path (type)".
func pathsOf(err error) []string {
	var out []string
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fe.Path+" ("+string(fe.Type)+")")
	}
	return out
}
