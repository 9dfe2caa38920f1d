package medical_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// TestSponsorship is the contribution sponsorship of 2.3.3 (资助参合): the
// individual NCMS contribution, paid to the NCMS fund by the medical-aid
// fund for key recipients and by county finance for registered-poor members.
func TestSponsorship(t *testing.T) {
	poor := func(h *household.Household) *household.Household { h.RegisteredPoor = true; return h }
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		in      medical.Inputs
		want    []line
		explain string
	}{
		{
			name: "tekun", clause: "2.3.3",
			desc:    "特困人员：医疗救助资金代缴个人参合费180元 / 特困: the medical-aid fund pays 180.00",
			h:       home(tekun(adult("m1"))),
			want:    []line{{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"}},
			explain: "资助参合（特困供养人员，重点救助对象）：个人参合费 180.00 元由医疗救助资金全额代缴，180.00 元",
		},
		{
			name: "lowincome household of two", clause: "2.3.3",
			desc: "低保户2人：每人一行 / a 低保 household of two: one line each",
			h:    home(adult("m1"), adult("m2")), in: medical.Inputs{LowIncome: true},
			want: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemSponsorship, "m2", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
			},
			explain: "资助参合（低保对象，重点救助对象）：个人参合费 180.00 元由医疗救助资金全额代缴，180.00 元",
		},
		{
			name: "registered poor", clause: "2.3.3",
			desc:    "建档立卡贫困人口：县财政全额代缴 / registered poor: county finance pays",
			h:       poor(home(adult("m1"))),
			want:    []line{{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.CountyFinance, "180.00"}},
			explain: "资助参合（建档立卡贫困人口）：个人缴费 180.00 元由县财政全额代缴，180.00 元",
		},
		{
			name: "registered poor and lowincome", clause: "2.3.3",
			desc:    "建档立卡户又是低保户：重点救助对象，医疗救助资金代缴 / both: a key recipient, the medical-aid fund pays",
			h:       poor(home(adult("m1"))),
			in:      medical.Inputs{LowIncome: true},
			want:    []line{{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"}},
			explain: "资助参合（低保对象，重点救助对象）：个人参合费 180.00 元由医疗救助资金全额代缴，180.00 元",
		},
		{
			name: "extended group has no sponsorship", clause: "2.3.3",
			desc: "低收入家庭老人：不资助参合 / the extended group is not sponsored",
			h: func() *household.Household {
				h := home(person("m1", "1940-01-01"))
				h.LowIncomeFamily = true
				return h
			}(),
			want: nil,
		},
		{
			name: "no group", clause: "2.3.3",
			desc: "非救助对象：无 / not covered: nothing",
			h:    home(adult("m1")),
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			if diff := cmp.Diff(tc.want, linesOf(r.Lines)); diff != "" {
				t.Fatalf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			for _, l := range r.Lines {
				if !l.Lump() || !l.Provisional() || l.Form() != policy.Cash || l.Programme() != policy.Medical {
					t.Errorf("%s\nline lump=%v provisional=%v form=%q programme=%q, want lump, provisional (180.00), cash, medical",
						tc.desc, l.Lump(), l.Provisional(), l.Form(), l.Programme())
				}
				if l.Period() != policy.Month(on.Month) || l.ID() != "" {
					t.Errorf("%s\nperiod %v id %q, want paid in the assessment date's month, no id", tc.desc, l.Period(), l.ID())
				}
				if got := l.Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
				if diff := cmp.Diff([]policy.Clause{"2.3.3", "2.3.2"}, l.Clauses()); diff != "" {
					t.Errorf("%s\nclauses (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
}
