package benefit_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

// TestMarshalByValue: encoding/json writes each of the library's result
// types with a JSON form of its own the same whether it is given the value,
// a pointer to it, a struct field holding the value or a map's value (the
// last two not addressable, where a pointer receiver is never found), and
// that is the type's own JSON, never the plain struct encoding that drops
// its unexported state. A nil pointer, alone or in a field, is null.
func TestMarshalByValue(t *testing.T) {
	base, reform := baselineAndReform(t)
	h, err := samples.Household(samples.Names()[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := base.Assess(h, on)
	if err != nil {
		t.Fatal(err)
	}
	change, err := benefit.Explain(base, reform, h, on)
	if err != nil {
		t.Fatal(err)
	}
	var cmpn benefit.Comparison
	cmpn.Add(h, change.Baseline, change.Reform)

	type holder[T any] struct{ V T }
	cases := []struct {
		name string
		// own is the type's own JSON; value, pointer, field and mapped
		// marshal the value, a pointer to it, a struct holding it and a
		// map holding it; null marshals a nil pointer and a struct field
		// holding one.
		own                                  func() ([]byte, error)
		value, pointer, field, mapped, nilPo any
		nilField                             any
	}{
		{name: "breakdown", own: func() ([]byte, error) { return b.AppendJSON(nil), nil },
			value: *b, pointer: b, field: holder[benefit.Breakdown]{*b}, mapped: map[string]benefit.Breakdown{"V": *b},
			nilPo: (*benefit.Breakdown)(nil), nilField: holder[*benefit.Breakdown]{}},
		{name: "zero breakdown", own: func() ([]byte, error) { return new(benefit.Breakdown).AppendJSON(nil), nil },
			value: benefit.Breakdown{}, pointer: new(benefit.Breakdown), field: holder[benefit.Breakdown]{},
			mapped: map[string]benefit.Breakdown{"V": {}}, nilPo: (*benefit.Breakdown)(nil), nilField: holder[*benefit.Breakdown]{}},
		{name: "totals", own: b.Totals.MarshalJSON,
			value: b.Totals, pointer: &b.Totals, field: holder[benefit.Totals]{b.Totals}, mapped: map[string]benefit.Totals{"V": b.Totals},
			nilPo: (*benefit.Totals)(nil), nilField: holder[*benefit.Totals]{}},
		{name: "comparison", own: cmpn.MarshalJSON,
			value: cmpn, pointer: &cmpn, field: holder[benefit.Comparison]{cmpn}, mapped: map[string]benefit.Comparison{"V": cmpn},
			nilPo: (*benefit.Comparison)(nil), nilField: holder[*benefit.Comparison]{}},
		{name: "zero comparison", own: new(benefit.Comparison).MarshalJSON,
			value: benefit.Comparison{}, pointer: new(benefit.Comparison), field: holder[benefit.Comparison]{},
			mapped: map[string]benefit.Comparison{"V": {}}, nilPo: (*benefit.Comparison)(nil), nilField: holder[*benefit.Comparison]{}},
		{name: "change", own: change.MarshalJSON,
			value: *change, pointer: change, field: holder[benefit.Change]{*change}, mapped: map[string]benefit.Change{"V": *change},
			nilPo: (*benefit.Change)(nil), nilField: holder[*benefit.Change]{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			own, err := tc.own()
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(own) || bytes.Equal(own, []byte("null")) {
				t.Fatalf("the type's own JSON is %.80s", own)
			}
			marshal := func(what string, v any) []byte {
				t.Helper()
				js, err := json.Marshal(v)
				if err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				return js
			}
			for _, m := range []struct {
				what string
				got  []byte
				want []byte
			}{
				{"value", marshal("value", tc.value), own},
				{"pointer", marshal("pointer", tc.pointer), own},
				{"field", marshal("field", tc.field), append(append([]byte(`{"V":`), own...), '}')},
				{"map value", marshal("map value", tc.mapped), append(append([]byte(`{"V":`), own...), '}')},
				{"nil pointer", marshal("nil pointer", tc.nilPo), []byte("null")},
				{"nil field", marshal("nil field", tc.nilField), []byte(`{"V":null}`)},
			} {
				if !bytes.Equal(m.got, m.want) {
					t.Errorf("%s: json.Marshal writes\n%.200s\nwant\n%.200s", m.what, m.got, m.want)
				}
			}
		})
	}
}

// TestMarshalChangeError: a change without both breakdowns is an error
// however encoding/json is given it, never a plain struct's JSON.
func TestMarshalChangeError(t *testing.T) {
	type holder struct{ V benefit.Change }
	for _, tc := range []struct {
		name string
		v    any
	}{
		{name: "value", v: benefit.Change{}},
		{name: "pointer", v: new(benefit.Change)},
		{name: "field", v: holder{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if js, err := json.Marshal(tc.v); err == nil {
				t.Errorf("json.Marshal = %.80s, want an error", js)
			}
		})
	}
}
