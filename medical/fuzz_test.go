package medical_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// FuzzClaimAid: any claim handed to the per-claim rule either gets a field
// error wrapping policy.ErrInvalid or an aid that is ≥ 0, on two places, not
// above R and not above the annual cap (2.3.4). Never a panic.
func FuzzClaimAid(f *testing.F) {
	f.Add("25000.00", "25000.00", "15000.00", "2000.00", "0", "0", "0", "2017-05-10", "", 47, 2, "0")
	f.Add("60000", "60000", "42000", "0", "0", "0", "60000", "2017-05-31", "acute-leukaemia", 14, 4, "15000")
	f.Add("100", "200", "150", "100", "0", "0", "0", "2017-01-01", "", 30, 1, "0")
	f.Add("-1", "5", "0", "0", "0", "0", "0", "2017-01-01", "", 30, 1, "0")
	f.Add("1e30", "1e30", "0", "0", "0", "0", "0", "2018-02-01", "x", -3, 9, "20000.001")
	a, err := medical.New(medical.Default2017())
	if err != nil {
		f.Fatal(err)
	}
	capV := a.Params().LowIncome.Cap.Value // every group's cap in the 2017 set
	groups := append(append([]medical.Group{medical.GroupNone}, medical.Groups()...), "bad")
	f.Fuzz(func(t *testing.T, total, compliant, ncms, critical, supp, guaranteed, quota, admission, disease string, age, group int, paid string) {
		amounts := make([]decimal.Decimal, 0, 8)
		for _, s := range []string{total, compliant, ncms, critical, supp, guaranteed, quota, paid} {
			v, err := decimal.NewFromString(s)
			if err != nil || v.Exponent() < -20 || v.Exponent() > 20 {
				return
			}
			amounts = append(amounts, v)
		}
		adm, err := household.ParseDate(admission)
		if err != nil {
			return
		}
		if group < 0 {
			group = -group
		}
		in := medical.ClaimInput{
			Member: "m1", Group: groups[group%len(groups)], Age: age, Paid: amounts[7],
			Claim: household.Claim{ID: "c1", Admission: adm, Disease: household.Disease(disease),
				TotalCost: amounts[0], CompliantCost: amounts[1], NCMS: amounts[2], CriticalIllness: amounts[3],
				Supplementary: amounts[4], Guaranteed: amounts[5], FixedQuotaCost: amounts[6]},
		}
		r, err := a.ClaimAid(in)
		if err != nil {
			var fe *policy.FieldError
			if !errors.Is(err, policy.ErrInvalid) || !errors.As(err, &fe) {
				t.Fatalf("error %v is not a field error", err)
			}
			return
		}
		tot := r.Total()
		if r.Aid().IsNegative() || !tot.Round(2).Equal(tot) || tot.GreaterThan(r.Remaining()) {
			t.Fatalf("aid %s with R %s: negative, over-precise or above R", tot, r.Remaining())
		}
		if tot.IsPositive() && in.Paid.Add(tot).GreaterThan(capV) {
			t.Fatalf("aid %s with %s paid is above the cap", tot, in.Paid)
		}
	})
}

// FuzzDecodeAssess: decoding, checking and assessing any record never
// panics; every line is ≥ 0 with at most two places and every claim's aid
// is within its remaining out-of-pocket.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"尧渡镇","members":[{"id":"m1","birth_date":"1970-01-01","claims":[{"id":"c1","admission":"2017-05-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]}]}`), true)
	f.Add([]byte(`{"id":"H2","township":"T","registered_poor":true,"members":[{"id":"k1","birth_date":"2005-01-01","claims":[{"id":"c1","admission":"2017-03-01","disease":"congenital-heart","total_cost":"30000","compliant_cost":"30000","ncms":"21000","fixed_quota_cost":"30000"}]}]}`), false)
	f.Add([]byte(`{"id":"H3","township":"T","low_income_family":true,"members":[{"id":"m1","birth_date":"1940-01-01","medical_aid_paid":"19000","tekun":{"mode":"centralized","home_class":"2"},"claims":[{"id":"c1","admission":"2018-01-01","total_cost":"1","compliant_cost":"1","ncms":"0"}]}]}`), false)
	f.Add([]byte(`{"id":"H4","township":"T","members":[]}`), true)
	a, err := medical.New(medical.Default2017())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, lowIncome bool) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		c, err := h.Check(on)
		if err != nil {
			return
		}
		r, err := a.Assess(c, medical.Inputs{LowIncome: lowIncome})
		if err != nil {
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		for _, l := range r.Lines {
			if l.Amount() < 0 {
				t.Fatalf("line %s %s = %s: negative", l.Item(), l.Member(), l.Annual())
			}
		}
		for _, m := range r.Members() {
			for _, c := range m.Claims() {
				if c.Total().GreaterThan(c.Remaining()) {
					t.Fatalf("claim %s: aid %s above R %s", c.ID(), c.Total(), c.Remaining())
				}
			}
		}
	})
}
