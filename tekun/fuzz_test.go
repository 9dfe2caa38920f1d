package tekun_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// FuzzDecodeAssess: decoding, checking and assessing any record never
// panics; every amount is ≥ 0 with at most two places, its schedule
// summing to it, a referral pays nothing and names its service, every
// line is a supported member's, who has one decision, and SupportFen is
// the sum of the lines.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"T","members":[{"id":"t1","birth_date":"1945-01-01","tekun":{"mode":"dispersed"}}]}`))
	f.Add([]byte(`{"id":"H2","township":"T","members":[{"id":"t1","birth_date":"1940-01-01","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2","period":{"from":"2017-03","to":"2017-10"},"self_care":"none"}}]}`))
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"t1","birth_date":"1940-01-01","tekun":{"mode":"centralized"}}]}`))
	f.Add([]byte(`{"id":"H4","township":"T","members":[{"id":"t1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-13"}}}]}`))
	f.Add([]byte(`{"id":"H6","township":"T","members":[{"id":"t1","birth_date":"1940-01-01","mental_illness":true,"disability":{"type":"mental","grade":2,"period":{"from":"2016-05"}},"tekun":{"mode":"dispersed","incapacitated":true,"self_care":"none","period":{"from":"2016-11","to":"2018-02"}}}]}`))
	f.Add([]byte(`{"id":"H7","township":"T","members":[{"id":"t1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","self_care":"full","period":{"from":"2017-09","to":"2017-03"}}}]}`))
	f.Add([]byte(`{"id":"H5","township":"T","no_fixed_household":true,"members":[{"id":"t1","birth_date":"1940-01-01","tekun":{"mode":"dispersed"}}]}`))
	p := tekun.Default2017()
	p.Care.None = policy.New("tekun.care.none", decimal.RequireFromString("1200.00"), policy.Local, "")
	a, err := tekun.New(p)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		c, err := h.Check(on)
		if err != nil {
			return
		}
		r, err := a.Assess(c, tekun.Inputs{})
		if err != nil {
			return
		}
		decided := map[string]int{}
		for _, d := range r.Decisions {
			decided[d.Member()]++
		}
		var sum policy.Money
		for _, l := range r.Lines {
			sum += l.Amount()
			if l.Form() == policy.Referral && (l.Amount() != 0 || l.Service() == "") {
				t.Fatalf("referral %s %s pays %s, service %q", l.Item(), l.Member(), l.Annual(), l.Service())
			}
			if a := l.Annual(); a.IsNegative() || !a.Round(2).Equal(a) || !l.Schedule().Total().Equal(a) {
				t.Fatalf("line %s %s = %s: negative, over-precise or its schedule does not sum", l.Item(), l.Member(), a)
			}
			if decided[l.Member()] != 1 {
				t.Fatalf("line %s of %q, whose decisions number %d", l.Item(), l.Member(), decided[l.Member()])
			}
		}
		if sum != r.SupportFen() {
			t.Fatalf("SupportFen %s, the lines sum to %s", r.SupportFen(), sum)
		}
	})
}

// FuzzChecks: validating any consumption figure, adopted standard and 低保
// standard never panics; either a field error, or one check per test, each
// failure stating a positive shortfall, the figure its explanation gives.
func FuzzChecks(f *testing.F) {
	f.Add("9000.00", "3622.00", "3622.00")
	f.Add("-1", "3622.00", "3622.00")
	f.Add("8333.33", "4999.99", "3912.00")
	f.Add("0", "0", "0.01")
	f.Add("1e13", "3622", "3622")
	f.Fuzz(func(t *testing.T, c, a, s string) {
		cd, err1 := decimal.NewFromString(c)
		ad, err2 := decimal.NewFromString(a)
		sd, err3 := decimal.NewFromString(s)
		if err1 != nil || err2 != nil || err3 != nil {
			return
		}
		p := tekun.Default2017()
		p.Consumption = policy.New("tekun.consumption", cd, policy.Local, "")
		p.Dispersed = policy.New("tekun.dispersed", ad, policy.Local, "")
		cs, err := p.Checks(sd)
		if err != nil {
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a field error", err)
			}
			return
		}
		if len(cs) != 7 {
			t.Fatalf("%d checks, want 7", len(cs))
		}
		for _, ch := range cs {
			if ch.Status() != policy.Fail {
				continue
			}
			short := ch.Shortfall()
			if !short.IsPositive() {
				t.Fatalf("check %s fails with a shortfall of %s", ch.Name(), short)
			}
			for _, a := range ch.Explanation().Args() {
				if d, ok := a.Decimal(); a.Name() == "d" && (!ok || !d.Equal(short)) {
					t.Fatalf("check %s: shortfall %s, explanation %s", ch.Name(), short, a)
				}
			}
		}
	})
}
