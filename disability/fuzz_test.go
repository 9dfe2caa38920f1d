package disability_test

import (
	"bytes"
	"testing"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
)

// FuzzDecodeAssess: decoding, validating and assessing any record never
// panics; every amount is ≥ 0 with at most two places, its schedule
// summing to it; every finding's amount is ≥ 0.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"physical","grade":1,"long_term_care":true}}]}`), true)
	f.Add([]byte(`{"id":"H2","township":"T","registered_poor":true,"current":{"payments":[{"programme":"disability","item":"living","member":"d1","monthly":"66.67"}]},"members":[{"id":"d1","birth_date":"2008-01-01","disability":{"type":"intellectual","grade":3,"orphan_allowance":true}}]}`), false)
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"mental","grade":5}}]}`), true)
	f.Add([]byte(`{"id":"H4","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"emotional","grade":2}}]}`), false)
	f.Add([]byte(`{"id":"H5","township":"T","members":[{"id":"d1","birth_date":"1940-01-01","tekun":{"mode":"dispersed"},"disability":{"type":"visual","grade":2,"long_term_care":true,"work_injury_nursing":true}}]}`), true)
	p := disability.Default2017()
	f.Fuzz(func(t *testing.T, data []byte, lowIncome bool) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		r, err := disability.Assess(h, on, disability.Inputs{LowIncome: lowIncome}, p)
		if err != nil {
			return
		}
		for _, l := range r.Lines {
			if l.Annual.IsNegative() || !l.Annual.Round(2).Equal(l.Annual) || !l.Schedule().Total().Equal(l.Annual) {
				t.Fatalf("line %s %s = %s: negative, over-precise or its schedule does not sum", l.Item, l.Member, l.Annual)
			}
		}
		for _, f := range r.Findings {
			if f.Amount.IsNegative() {
				t.Fatalf("finding %s %s has a negative amount %s", f.Kind, f.Member, f.Amount)
			}
		}
	})
}
