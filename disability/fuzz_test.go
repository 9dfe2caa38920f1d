package disability_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// FuzzDecodeAssess: decoding, checking and assessing any record over any
// period never panics; a checked record over a valid period is refused
// only where the inputs contradict it — a run said to be covered by 低保
// outside its 低保 months (inputs.lowincome), a run that a holder's 特困
// months cut (members[i].tekun.period) — with errors wrapping
// policy.ErrInvalid; every amount is ≥ 0 with at most two places, its
// schedule summing to it, its months within those assessed and the
// certificate's; every finding's amount is ≥ 0.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"physical","grade":1,"long_term_care":true}}]}`), true, uint8(0), uint8(0))
	f.Add([]byte(`{"id":"H2","township":"T","registered_poor":true,"current":{"payments":[{"programme":"disability","item":"living","member":"d1","monthly":"66.67"}]},"members":[{"id":"d1","birth_date":"2008-01-01","disability":{"type":"intellectual","grade":3,"orphan_allowance":true}}]}`), false, uint8(7), uint8(12))
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"mental","grade":5}}]}`), true, uint8(0), uint8(0))
	f.Add([]byte(`{"id":"H4","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"emotional","grade":2}}]}`), false, uint8(0), uint8(0))
	f.Add([]byte(`{"id":"H6","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","hardship_level":"一类","disability":{"type":"physical","grade":1,"long_term_care":true,"period":{"from":"2017-05"}}}]}`), true, uint8(1), uint8(6))
	f.Add([]byte(`{"id":"H7","township":"T","members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"mental","grade":2,"period":{"from":"2015-01","to":"2016-12"}}}]}`), true, uint8(0), uint8(0))
	f.Add([]byte(`{"id":"H5","township":"T","members":[{"id":"d1","birth_date":"1940-01-01","tekun":{"mode":"dispersed"},"disability":{"type":"visual","grade":2,"long_term_care":true,"work_injury_nursing":true}}]}`), true, uint8(12), uint8(12))
	f.Add([]byte(`{"id":"H8","township":"T","lowincome_period":{"from":"2017-07"},"members":[{"id":"d1","birth_date":"1975-01-01","disability":{"type":"physical","grade":1}}]}`), true, uint8(0), uint8(0))
	f.Add([]byte(`{"id":"H9","township":"T","members":[{"id":"d1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-04"}},"disability":{"type":"visual","grade":2}}]}`), false, uint8(0), uint8(0))
	a, err := disability.New(disability.Default2017())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, lowIncome bool, from, to uint8) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		c, err := h.Check(on)
		if err != nil {
			return
		}
		period := policy.Period{From: time.Month(from), To: time.Month(to)}
		r, err := a.Assess(c, disability.Inputs{Period: period, LowIncome: lowIncome})
		if err != nil {
			if !period.Valid() {
				return
			}
			fes := policy.FieldErrors(err)
			if len(fes) == 0 || !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("a checked record over %s: %v, not field errors", period, err)
			}
			for _, fe := range fes {
				if fe.Path != "inputs.lowincome" && !strings.HasSuffix(fe.Path, ".tekun.period") {
					t.Fatalf("a checked record over %s: %v", period, err)
				}
			}
			return
		}
		for _, l := range r.Lines {
			m, _ := h.Member(l.Member())
			cert, _ := m.Disability.Period.In(on.Year)
			p := l.Period()
			within := period.Contains(p.From) && period.Contains(p.To) && cert.Contains(p.From) && cert.Contains(p.To)
			if l.Annual().IsNegative() || !l.Annual().Round(2).Equal(l.Annual()) ||
				!l.Schedule().Total().Equal(l.Annual()) || !within {
				t.Fatalf("line %s %s = %s over %s: negative, over-precise, its schedule does not sum or not within %s and %s",
					l.Item(), l.Member(), l.Annual(), p, period.Norm(), cert)
			}
		}
		for _, f := range r.Findings {
			if f.Amount().IsNegative() {
				t.Fatalf("finding %s %s has a negative amount %s", f.Kind(), f.Member(), f.Amount())
			}
		}
	})
}
