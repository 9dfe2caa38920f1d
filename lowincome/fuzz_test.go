package lowincome_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
)

// FuzzDecodeAssess: decoding, checking and assessing any input never
// panics, and every amount is ≥ 0 with at most two places, its schedule
// summing to it.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"尧渡镇","members":[{"id":"m1","birth_date":"1970-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1972-01-01","class":"A"},{"id":"m3","birth_date":"2010-01-01","child":"in-difficulty"}]}`))
	f.Add([]byte(`{"id":"H2","township":"T","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"530.50"}]},"members":[{"id":"m1","birth_date":"1960-02-29","class":"B","incomes":[{"category":"wages","amount":"12000"}]}]}`))
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"centralized","home_class":"2"}}]}`))
	f.Add([]byte(`{"id":"H6","township":"T","lowincome_period":{"from":"2017-07"},"current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"301.83"}]},"members":[{"id":"m1","birth_date":"2005-01-01","child":"in-difficulty","incomes":[{"category":"wages","amount":"3486.79"}]}]}`))
	f.Add([]byte(`{"id":"H4","township":"T","members":[]}`))
	f.Add([]byte(`{"ID":"H5"}`))
	f.Add([]byte(`[]`))
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		f.Fatal(err)
	}
	on := household.NewDate(2017, 9, 1)
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		c, err := h.Check(on)
		if err != nil {
			return
		}
		r, err := as.Assess(c, lowincome.Inputs{})
		if err != nil {
			return
		}
		for _, l := range r.Lines {
			a := l.Annual()
			if a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("line %s %s = %s: negative or more than two places", l.Item(), l.Member(), a)
			}
			if !l.Schedule().Total().Equal(a) {
				t.Fatalf("line %s %s: schedule sums to %s, not %s", l.Item(), l.Member(), l.Schedule().Total(), a)
			}
		}
		if _, err := json.Marshal(r.Lines); err != nil {
			t.Fatalf("lines do not marshal: %v", err)
		}
	})
}
