package medical_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// TestSponsorship is the contribution sponsorship of 2.3.3 (资助参合): the
// individual basic medical insurance contribution, paid to the basic
// medical insurance fund (2017: NCMS) by the medical-aid fund for key
// recipients and by county finance for registered-poor members, for the
// member's group on the assessment date, in its month.
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
			desc:    "特困人员：医疗救助资金代缴个人基本医疗保险缴费180元 / 特困: the medical-aid fund pays the 180.00 contribution",
			h:       home(tekun(adult("m1"))),
			want:    []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
			explain: "资助参保（特困供养人员，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "lowincome household of two", clause: "2.3.3",
			desc: "低保户2人：每人一行 / a 低保 household of two: one line each",
			h:    home(adult("m1"), adult("m2")), in: medical.Inputs{LowIncome: true},
			want: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemSponsorship, Member: "m2", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
			},
			explain: "资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "registered poor", clause: "2.3.3",
			desc:    "建档立卡贫困人口：县财政全额代缴 / registered poor: county finance pays",
			h:       poor(home(adult("m1"))),
			want:    []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.CountyFinance, Annual: "180.00"}},
			explain: "资助参保（建档立卡贫困人口）：个人基本医疗保险缴费 180.00 元由县财政全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "registered poor and lowincome", clause: "2.3.3",
			desc:    "建档立卡户又是低保户：重点救助对象，医疗救助资金代缴 / both: a key recipient, the medical-aid fund pays",
			h:       poor(home(adult("m1"))),
			in:      medical.Inputs{LowIncome: true},
			want:    []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
			explain: "资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "a child paid lowincome on its own", clause: "2.3.3",
			desc:    "户未纳入低保、困境儿童单独享受低保：低保对象，医疗救助资金代缴 / a child paid 低保 on its own: the medical-aid fund pays",
			h:       home(adult("m1"), child("k1", "2010-01-01", household.ChildInDifficulty)),
			in:      medical.Inputs{LowIncomeMembers: []string{"k1"}},
			want:    []line{{Item: medical.ItemSponsorship, Member: "k1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
			explain: "资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "lowincome months end before the date", clause: "2.3.3",
			desc: "低保1–6月，评估日12月31日已非低保：不资助 / 低保 January to June, not on 31 December: no sponsorship",
			h: func() *household.Household {
				h := home(adult("m1"))
				h.LowIncomePeriod = months("2017-01", "2017-06")
				return h
			}(),
			in:   medical.Inputs{LowIncome: true},
			want: nil,
		},
		{
			name: "tekun months end before the date", clause: "2.3.3",
			desc: "特困供养1–6月、非低保非建档立卡，评估日12月31日已非特困：不资助 / 特困 January to June, in no other group: not 特困 on 31 December, no sponsorship",
			h: func() *household.Household {
				m := tekun(adult("m1"))
				m.Tekun.Period = months("2017-01", "2017-06")
				return home(m)
			}(),
			want: nil,
		},
		{
			name: "tekun months end before the date, lowincome household", clause: "2.3.3",
			desc: "低保户成员特困供养1–6月，评估日12月31日为低保对象：医疗救助资金代缴180元 / 特困 January to June in a 低保 household: a 低保 member on 31 December, 180.00 by the medical-aid fund",
			h: func() *household.Household {
				m := tekun(adult("m1"))
				m.Tekun.Period = months("2017-01", "2017-06")
				return home(adult("m0"), m)
			}(),
			in: medical.Inputs{LowIncome: true},
			want: []line{
				{Item: medical.ItemSponsorship, Member: "m0", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
			},
			explain: "资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "tekun from the next year, lowincome household", clause: "2.3.3",
			desc: "低保户成员2018-01起特困：2017年为低保对象，医疗救助资金代缴180元 / 特困 from January 2018 in a 低保 household: a 低保 member in 2017, 180.00",
			h: func() *household.Household {
				m := tekun(adult("m1"))
				m.Tekun.Period = months("2018-01", "")
				return home(m)
			}(),
			in:      medical.Inputs{LowIncome: true},
			want:    []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
			explain: "资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元",
		},
		{
			name: "a child in difficulty in no other group", clause: "2.3.3",
			desc: "不属于其他对象的困境儿童（扩大对象）：不资助参合 / a child in difficulty in no other group is not sponsored",
			h:    home(child("k1", "2010-01-01", household.ChildInDifficulty)),
			want: nil,
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

// TestSponsorshipEnglish shows the sponsorship line in English: the
// individual basic medical insurance contribution paid to the basic medical
// insurance fund, which in 2017 is the NCMS (2.3.3).
func TestSponsorshipEnglish(t *testing.T) {
	r := assess(t, home(tekun(adult("m1"))), medical.Inputs{}, nil)
	l := r.Lines[0]
	zh, en := l.Payee().Name()
	got := []string{l.Explanation().Render(policy.EN), zh, en, l.Params()[0].Name, l.Params()[0].Source}
	want := []string{
		"contribution sponsorship (extremely poor person under support, a key recipient): the individual basic medical insurance contribution 180.00 paid in full by the medical-aid fund to the basic medical insurance fund (2017: NCMS), 180.00 yuan",
		"基本医疗保险基金（2017年：新农合）", "the basic medical insurance fund (2017: NCMS)", "medical.contribution",
		"RULES.md 2.3.3: the individual basic medical insurance contribution (2017: the NCMS contribution), " +
			"the national 2017 average guideline, 财社〔2017〕36号, not a county figure",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
