package medical_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// aid is a claim's result as the tables state it, amounts with two places.
type aid struct {
	Rule      medical.Rule
	Remaining string
	Aid       string
	Second    string
	Capped    bool
	Left      string
}

func aidOf(r medical.ClaimResult) aid {
	return aid{r.Rule(), r.Remaining().StringFixed(2), r.Aid().StringFixed(2), r.Second().StringFixed(2), r.Capped(),
		r.Left().StringFixed(2)}
}

// example7 is RULES.md worked example 7's claim: compliant 25000, NCMS
// 15000, critical illness 2000, so R = 8000.
var example7 = claim("c1", "2017-05-10", "25000.00", "15000.00", "2000.00")

// TestInpatient is inpatient aid per claim (2.3.4): R after all insurance,
// then the group's ratio of R above the group's deductible, with RULES.md
// worked example 7 and each group's ratio and deductible.
func TestInpatient(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		p       *medical.Params // nil: the 2017 defaults
		in      medical.ClaimInput
		want    aid
		explain string
	}{
		{
			name: "worked example 7, lowincome", clause: "2.3.4",
			desc: "低保对象：合规25000−基本医保15000−大病2000=8000，按70%救助5600 / 低保: R = 8000, 70% = 5600.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "5600.00", Second: "0.00", Left: "2400.00"},
			explain: "住院救助（住院 c1，低保对象）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 0.00) × 70% = 5600.00 元",
		},
		{
			name: "worked example 7, tekun", clause: "2.3.4",
			desc: "特困人员，例7的住院 R = 8000：80%救助6400 / a 特困 person with example 7's claim, R = 8000: 80% = 6400.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "6400.00", Second: "0.00", Left: "1600.00"},
			explain: "住院救助（住院 c1，特困供养人员）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 0.00) × 80% = 6400.00 元",
		},
		{
			name: "worked example 7, low-income elderly", clause: "2.3.4",
			desc: "低收入家庭老人：60%×(8000−5000)=1800 / low-income elderly: 60% × (8000 − 5000) = 1800.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "1800.00", Second: "0.00", Left: "6200.00"},
			explain: "住院救助（住院 c1，扩大救助对象）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 5000.00) × 60% = 1800.00 元",
		},
		{
			name: "registered poor", clause: "2.3.4",
			desc: "建档立卡贫困人口：60%×(8000−5000)=1800 / registered poor: 60% × (8000 − 5000) = 1800.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupRegisteredPoor, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "1800.00", Second: "0.00", Left: "6200.00"},
		},
		{
			name: "no group", clause: "2.3.2",
			desc: "非救助对象：不予救助，自负8000 / not covered: no aid, 8000.00 left",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupNone, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleNone, Remaining: "8000.00", Aid: "0.00", Second: "0.00", Left: "8000.00"},
			explain: "住院 c1：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 8000.00；不属于医疗救助对象，不予救助",
		},
		{
			name: "all four insurances", clause: "2.3.4",
			desc: "低保对象，合规25000−基本医保15000−大病2000−补充保险1000−保底补偿500=6500，70%=4550 / 低保, all four insurances: R = 25000 − 15000 − 2000 − 1000 − 500 = 6500, 70% = 4550.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("30000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"),
					CriticalIllness: d("2000.00"), Supplementary: d("1000.00"), Guaranteed: d("500.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "6500.00", Aid: "4550.00", Second: "0.00", Left: "1950.00"},
		},
		{
			name: "below the deductible", clause: "2.3.4",
			desc: "扩大对象自负4000未超起付线5000：不救助 / extended, R = 4000 under the 5000 deductible: 0.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("10000.00"), CompliantCost: d("10000.00"), NCMS: d("6000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "4000.00", Aid: "0.00", Second: "0.00", Left: "4000.00"},
			explain: "住院救助（住院 c1，扩大救助对象）：合规费用 10000.00 − 基本医保 6000.00 − 大病保险 0.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 4000.00，未超过起付线 5000.00，救助 0.00 元",
		},
		{
			name: "exactly at the deductible", clause: "2.3.4",
			desc: "自负恰为5000：未超过起付线，不救助 / R exactly 5000: not above the deductible, 0.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupRegisteredPoor, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("10000.00"), CompliantCost: d("10000.00"), NCMS: d("5000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "5000.00", Aid: "0.00", Second: "0.00", Left: "5000.00"},
			explain: "住院救助（住院 c1，建档立卡贫困人口）：合规费用 10000.00 − 基本医保 5000.00 − 大病保险 0.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 5000.00，未超过起付线 5000.00，救助 0.00 元",
		},
		{
			name: "a deductible of one fen", clause: "2.3.4",
			desc: "县定扩大对象起付线0.01，自负0.01：未超过起付线，救助0 / a county deductible of 0.01 for the extended group, R = 0.01: not above it, 0.00",
			p: func() *medical.Params {
				p := medical.Default2017()
				p.Extended.Deductible = policy.New(p.Extended.Deductible.Name, d("0.01"), policy.Local, "county rule (test)")
				return p
			}(),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.01"), CompliantCost: d("1000.01"), NCMS: d("1000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "0.01", Aid: "0.00", Second: "0.00", Left: "0.01"},
			explain: "住院救助（住院 c1，扩大救助对象）：合规费用 1000.01 − 基本医保 1000.00 − 大病保险 0.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 0.01，未超过起付线 0.01，救助 0.00 元",
		},
		{
			name: "one fen above the deductible", clause: "2.3.4",
			desc: "自负5000.01：0.01×60%=0.006→0.01 / R = 5000.01: 0.006 rounds to 0.01",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("10000.01"), CompliantCost: d("10000.01"), NCMS: d("5000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "5000.01", Aid: "0.01", Second: "0.00", Left: "5000.00"},
		},
		{
			name: "key recipient, no deductible, small claim", clause: "2.3.4",
			desc: "低保自负100：无起付线，救助70 / 低保, R = 100: no deductible, 70.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.00"), CompliantCost: d("1000.00"), NCMS: d("900.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "100.00", Aid: "70.00", Second: "0.00", Left: "30.00"},
		},
		{
			name: "fully insured", clause: "2.3.4",
			desc: "保险全额报销：R=0，救助0 / insurance paid everything: R = 0, aid 0.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.00"), CompliantCost: d("1000.00"), NCMS: d("800.00"), CriticalIllness: d("200.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "0.00", Aid: "0.00", Second: "0.00", Left: "0.00"},
		},
		{
			name: "fully insured, key recipient: no deductible to be under", clause: "2.3.4",
			desc: "低保对象合规1000、基本医保800、大病200：R=0，无起付线，按比例(0−0)×70%=0 / 低保, compliant 1000 − NCMS 800 − critical illness 200: R = 0 and no deductible, (0.00 − 0.00) × 70% = 0.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.00"), CompliantCost: d("1000.00"), NCMS: d("800.00"), CriticalIllness: d("200.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "0.00", Aid: "0.00", Second: "0.00", Left: "0.00"},
			explain: "住院救助（住院 c1，低保对象）：合规费用 1000.00 − 基本医保 800.00 − 大病保险 200.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 0.00；(0.00 − 起付线 0.00) × 70% = 0.00 元",
		},
		{
			name: "half up to the fen", clause: "0",
			desc: "低保自负0.05：0.035→0.04（四舍五入）/ R = 0.05: 0.035 rounds half up to 0.04",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.05"), CompliantCost: d("1000.05"), NCMS: d("1000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "0.05", Aid: "0.04", Second: "0.00", Left: "0.01"},
		},
		{
			name: "half up, not half even", clause: "0",
			desc: "低保自负0.15：0.105→0.11（四舍五入，非银行家舍入的0.10）/ R = 0.15: 0.105 rounds half up to 0.11, not half even to 0.10",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.15"), CompliantCost: d("1000.15"), NCMS: d("1000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "0.15", Aid: "0.11", Second: "0.00", Left: "0.04"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if tc.explain != "" {
				if got := r.Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
			}
		})
	}
}

// TestInpatientCoarseUnit is 2.3.4 under a set that rounds to the yuan or
// the hundred yuan (section 0): the aid is rounded once and never above
// what it aids — R for inpatient and child-disease aid, what is left after
// aid for second aid — and where rounding
// the ratio's amount would go above, the aid is that rounded down, and its
// explanation says so. Second aid's threshold 0, ratio 90% and cap 5000 are
// invented local values.
func TestInpatientCoarseUnit(t *testing.T) {
	yuan := medical.Default2017()
	yuan.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
	second := secondAid("0.00", "0.90", "5000.00")
	second.Rounding = yuan.Rounding
	hundreds := medical.Default2017()
	hundreds.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: -2}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		p       *medical.Params
		in      medical.ClaimInput
		want    aid
		explain []string // each line's explanation, in Chinese
		// each line's explanation in English, when a case states it
		explainEN []string
	}{
		{
			name: "rounding would go above R", clause: "2.3.4",
			desc: "按元取整，特困自负1.90：80% = 1.52取整为2，高于自负，救助1 / to the yuan, R = 1.90: 80% = 1.52 rounds to 2, above R: 1.00",
			p:    yuan,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1.90"), CompliantCost: d("1.90"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "1.90", Aid: "1.00", Second: "0.00", Left: "0.90"},
			explain: []string{"住院救助（住院 c1，特困供养人员）：合规费用 1.90 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 1.90；(1.90 − 起付线 0.00) × 80% = 1.52 元，取整后将高于剩余合规自负 1.90：救助 1.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负）"},
			explainEN: []string{"inpatient aid (claim c1, extremely poor person under support): compliant cost 1.90 − basic NCMS 0.00 − " +
				"critical-illness insurance 0.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 1.90; " +
				"(1.90 − deductible 0.00) × 80% = 1.52 yuan, which rounded would be above the remaining out-of-pocket 1.90: " +
				"aid 1.00 yuan (the remaining out-of-pocket rounded down to the rounding unit: aid is never above it)"},
		},
		{
			name: "rounding within R", clause: "2.3.4",
			desc: "按元取整，低保自负100.50：70% = 70.35取整为70 / to the yuan, R = 100.50: 70% = 70.35 rounds to 70.00",
			p:    yuan,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("100.50"), CompliantCost: d("100.50"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "100.50", Aid: "70.00", Second: "0.00", Left: "30.50"},
			explain: []string{"住院救助（住院 c1，低保对象）：合规费用 100.50 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 100.50；(100.50 − 起付线 0.00) × 70% = 70.00 元"},
		},
		{
			name: "second aid: rounding would go above what is left", clause: "2.3.4",
			desc: "按元取整，救助后剩余0.90：再次救助90% = 0.81取整为1，高于剩余，再次救助0 / what is left is 0.90: 90% = 0.81 rounds to 1, above it: 0.00",
			p:    second,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1.90"), CompliantCost: d("1.90"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "1.90", Aid: "1.00", Second: "0.00", Left: "0.90"},
			explain: []string{"住院救助（住院 c1，特困供养人员）：合规费用 1.90 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 1.90；(1.90 − 起付线 0.00) × 80% = 1.52 元，取整后将高于剩余合规自负 1.90：救助 1.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负）",
				"再次救助（住院 c1）：救助后剩余自负 1.90 − 1.00 = 0.90；(0.90 − 门槛 0.00) × 90% = 0.81 元，取整后将高于剩余自负 0.90：" +
					"再次救助 0.00 元（剩余自负向下取整到舍入单位：救助不高于剩余自负）"},
		},
		{
			name: "child disease: the share rounded would go above R", clause: "2.3.4",
			desc: "按百元取整，儿童急性白血病定额50250×20% = 10050，不高于自负10080，但取整为10100则高于：救助10000 / " +
				"to 100 yuan, 20% of 50250 = 10050 is not above R = 10080, but rounds to 10100, which is: 10000.00",
			p: hundreds,
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 8,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"), Disease: household.AcuteLeukaemia,
					TotalCost: d("10080.00"), CompliantCost: d("10080.00"), NCMS: d("0"), CriticalIllness: d("0"),
					FixedQuotaCost: d("50250.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "10080.00", Aid: "10000.00", Second: "0.00", Left: "80.00"},
			explain: []string{"儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 50250.00 × 20% = 10050.00 元，" +
				"取整后将高于剩余合规自负 10080.00：救助 10000.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负；" +
				"合规费用 10080.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 10080.00）"},
			explainEN: []string{"child-disease aid (claim c1, aged 8 at admission, at most 14, acute leukaemia): fixed-quota cost 50250.00 × 20% = 10050.00 yuan, " +
				"which rounded would be more than the remaining out-of-pocket 10080.00: aid 10000.00 yuan (the remaining out-of-pocket rounded down to the rounding unit: " +
				"aid is never above it; compliant cost 10080.00 − basic NCMS 0.00 − critical-illness insurance 0.00 − supplementary insurance 0.00 − " +
				"guaranteed minimum 0.00 = remaining compliant out-of-pocket 10080.00)"},
		},
		{
			name: "child disease: the share above an R not on the unit", clause: "2.3.4",
			desc: "按百元取整，儿童急性白血病定额60000×20% = 12000，高于自负10080，10080不在百元上：救助10080向下取整10000 / " +
				"to 100 yuan, 20% of 60000 = 12000 is above R = 10080, which is not on the unit: R rounded down, 10000.00",
			p: hundreds,
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 8,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"), Disease: household.AcuteLeukaemia,
					TotalCost: d("10080.00"), CompliantCost: d("10080.00"), NCMS: d("0"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "10080.00", Aid: "10000.00", Second: "0.00", Left: "80.00"},
			explain: []string{"儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 60000.00 × 20% = 12000.00 元，" +
				"取整后将高于剩余合规自负 10080.00：救助 10000.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负；" +
				"合规费用 10080.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 10080.00）"},
			explainEN: []string{"child-disease aid (claim c1, aged 8 at admission, at most 14, acute leukaemia): fixed-quota cost 60000.00 × 20% = 12000.00 yuan, " +
				"which rounded would be more than the remaining out-of-pocket 10080.00: aid 10000.00 yuan (the remaining out-of-pocket rounded down to the rounding unit: " +
				"aid is never above it; compliant cost 10080.00 − basic NCMS 0.00 − critical-illness insurance 0.00 − supplementary insurance 0.00 − " +
				"guaranteed minimum 0.00 = remaining compliant out-of-pocket 10080.00)"},
		},
		{
			name: "what is left of the cap is not a whole yuan", clause: "2.3.4",
			desc: "按元取整，低保自负30000、本年已救助9999.50：70% = 21000，限额余额10000.50向下取整，救助10000 / " +
				"to the yuan, R = 30000.00 with 9999.50 paid this year: 70% = 21000.00; the 10000.50 left of the cap rounds down: 10000.00",
			p: yuan,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47, Paid: d("9999.50"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "10000.00", Second: "0.00", Left: "20000.00", Capped: true},
			explain: []string{"住院救助（住院 c1，低保对象）：合规费用 30000.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 30000.00；(30000.00 − 起付线 0.00) × 70% = 21000.00 元，年度救助限额 20000.00 元、本年已救助 9999.50 元，余额 10000.50 元，" +
				"救助 10000.00 元（余额向下取整到舍入单位：救助不高于余额）"},
		},
		{
			name: "second aid: what is left of its cap is not a whole yuan", clause: "2.3.4",
			desc: "按元取整，本年已再次救助4999.50：再次救助限额5000仅余0.50（年度限额余20000−4999.50−800=14200.50），向下取整，再次救助0 / " +
				"to the yuan, 4999.50 of second aid paid this year: 0.50 is left of its 5000.00 cap (and 20000.00 − 4999.50 − 800.00 = 14200.50 of the annual cap), which rounds down: 0.00",
			p: second,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, SecondPaid: d("4999.50"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("1000.00"), CompliantCost: d("1000.00"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "1000.00", Aid: "800.00", Second: "0.00", Left: "200.00", Capped: true},
			explain: []string{"住院救助（住院 c1，特困供养人员）：合规费用 1000.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 1000.00；(1000.00 − 起付线 0.00) × 80% = 800.00 元",
				"再次救助（住院 c1）：救助后剩余自负 1000.00 − 800.00 = 200.00；(200.00 − 门槛 0.00) × 90% = 180.00 元，再次救助年度限额 5000.00 元、" +
					"本年已再次救助 4999.50 元，年度救助限额余额 14200.50 元，再次救助 0.00 元（限额余额向下取整到舍入单位：救助不高于余额）"},
		},
		{
			name: "child disease: the cap and R round down alike, cap below R", clause: "2.3.4",
			desc: "按百元取整，儿童急性白血病定额80000×20% = 16000，自负10050、本年已救助10000：限额余额10000低于自负，但自负向下取整也为10000，" +
				"限额未使救助更少：救助10000，按自负封顶，不标为限额削减 / " +
				"to 100 yuan, 20% of 80000 = 16000.00, R = 10050.00, 10000.00 paid this year: the 10000.00 left of the cap is below R, but R rounded down is " +
				"10000.00 too, so the cap cuts nothing R has not: 10000.00, bound by R, not flagged capped",
			p: hundreds,
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 8, Paid: d("10000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"), Disease: household.AcuteLeukaemia,
					TotalCost: d("10050.00"), CompliantCost: d("10050.00"), NCMS: d("0"), CriticalIllness: d("0"),
					FixedQuotaCost: d("80000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "10050.00", Aid: "10000.00", Second: "0.00", Left: "50.00"},
			explain: []string{"儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 80000.00 × 20% = 16000.00 元，" +
				"取整后将高于剩余合规自负 10050.00：救助 10000.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负；" +
				"合规费用 10050.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 10050.00）"},
		},
		{
			name: "child disease: the cap and R round down alike, cap above R", clause: "2.3.4",
			desc: "按百元取整，儿童急性白血病定额80000×20% = 16000，自负10050、本年已救助9920：限额余额10080高于自负，二者向下取整均为10000：" +
				"救助10000，按自负封顶，不标为限额削减 / " +
				"to 100 yuan, 20% of 80000 = 16000.00, R = 10050.00, 9920.00 paid this year: the 10080.00 left of the cap is above R, and both round down " +
				"to 10000.00: 10000.00, bound by R, not flagged capped",
			p: hundreds,
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 8, Paid: d("9920.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"), Disease: household.AcuteLeukaemia,
					TotalCost: d("10050.00"), CompliantCost: d("10050.00"), NCMS: d("0"), CriticalIllness: d("0"),
					FixedQuotaCost: d("80000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "10050.00", Aid: "10000.00", Second: "0.00", Left: "50.00"},
			explain: []string{"儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 80000.00 × 20% = 16000.00 元，" +
				"取整后将高于剩余合规自负 10050.00：救助 10000.00 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负；" +
				"合规费用 10050.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 10050.00）"},
		},
		{
			name: "child disease: what is left of the cap is not a whole hundred", clause: "2.3.4",
			desc: "按百元取整，儿童急性白血病定额80000×20% = 16000，本年已救助9950，限额余额10050向下取整为10000 / " +
				"to 100 yuan, 20% of 80000 = 16000.00 with 9950.00 paid this year: the 10050.00 left of the cap rounds down to 10000.00",
			p: hundreds,
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 8, Paid: d("9950.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"), Disease: household.AcuteLeukaemia,
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("0"), CriticalIllness: d("0"),
					FixedQuotaCost: d("80000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "30000.00", Aid: "10000.00", Second: "0.00", Left: "20000.00", Capped: true},
			explain: []string{"儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 80000.00 × 20% = 16000.00 元，" +
				"年度救助限额 20000.00 元、本年已救助 9950.00 元，余额 10050.00 元，救助 10000.00 元（余额向下取整到舍入单位：救助不高于余额；" +
				"合规费用 30000.00 − 基本医保 0.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 30000.00）"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			var got []string
			for _, l := range r.Lines() {
				got = append(got, l.Explanation().Render(policy.ZH))
			}
			if diff := cmp.Diff(tc.explain, got); diff != "" {
				t.Errorf("%s\nexplanations (-want +got):\n%s", tc.desc, diff)
			}
			if tc.explainEN != nil {
				var en []string
				for _, l := range r.Lines() {
					en = append(en, l.Explanation().Render(policy.EN))
				}
				if diff := cmp.Diff(tc.explainEN, en); diff != "" {
					t.Errorf("%s\nexplanations in English (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
}

// TestInpatientLine: the aid line is a lump sum from the medical-aid fund
// to the member, naming the claim, with the provisional mark where the
// group's terms are provisional (2.3.4).
func TestInpatientLine(t *testing.T) {
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		group       medical.Group
		p           *medical.Params // nil for Default2017
		provisional bool
		en          string
		params      []string // the parameters the line lists: name=value/provenance
	}{
		{
			name: "lowincome rests on seed and the provisional cap", clause: "2.3.4",
			desc: "低保70%为文件值，但年度限额为暂定 / 低保's 70% is seed, the cap provisional", group: medical.GroupLowIncome, provisional: true,
			en: "inpatient aid (claim c1, minimum-living-allowance member): compliant cost 25000.00 − basic NCMS 15000.00 − " +
				"critical-illness insurance 2000.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant " +
				"out-of-pocket 8000.00; (8000.00 − deductible 0.00) × 70% = 5600.00 yuan",
			params: []string{"medical.lowincome.ratio=0.70/seed", "medical.lowincome.deductible=0.00/seed", "medical.lowincome.annual_cap=20000.00/provisional"},
		},
		{
			name: "lowincome with the county's own cap", clause: "2.3.4",
			desc: "县自定低保年度限额20000（地方参数）：低保对象例7的住院救助5600，不再暂定 / the county sets the 低保 cap of 20000.00 as its own (local): 低保 aid of 5600.00 on example 7, no longer provisional",
			p: func() *medical.Params {
				p := medical.Default2017()
				p.LowIncome.Cap = policy.New("medical.lowincome.annual_cap", d("20000.00"), policy.Local, "county rule (invented)")
				return p
			}(),
			group: medical.GroupLowIncome, provisional: false,
			en: "inpatient aid (claim c1, minimum-living-allowance member): compliant cost 25000.00 − basic NCMS 15000.00 − " +
				"critical-illness insurance 2000.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant " +
				"out-of-pocket 8000.00; (8000.00 − deductible 0.00) × 70% = 5600.00 yuan",
			params: []string{"medical.lowincome.ratio=0.70/seed", "medical.lowincome.deductible=0.00/seed", "medical.lowincome.annual_cap=20000.00/local"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, medical.ClaimInput{Member: "m1", Group: tc.group, Claim: example7, Age: 47}, tc.p)
			if len(r.Lines()) != 1 {
				t.Fatalf("%s: %d lines, want 1", tc.desc, len(r.Lines()))
			}
			l := r.Lines()[0]
			want := []line{{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "5600.00"}}
			if diff := cmp.Diff(want, linesOf(r.Lines())); diff != "" {
				t.Errorf("%s\nline (-want +got):\n%s", tc.desc, diff)
			}
			if !l.Lump() || l.Provisional() != tc.provisional || l.Form() != policy.Cash {
				t.Errorf("%s\nlump=%v provisional=%v form=%q", tc.desc, l.Lump(), l.Provisional(), l.Form())
			}
			if l.ID() != "c1" || l.Period() != policy.Month(time.May) {
				t.Errorf("%s\nid %q, period %v; want the claim c1, paid in its admission month 5", tc.desc, l.ID(), l.Period())
			}
			if got := l.Explanation().Render(policy.EN); got != tc.en {
				t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.en)
			}
			var names []string
			for _, u := range l.Params() {
				names = append(names, u.Name+"="+u.Value+"/"+string(u.Provenance))
			}
			if diff := cmp.Diff(tc.params, names); diff != "" {
				t.Errorf("%s\nparams (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAnnualCap is the annual cap per person of 2.3.4: aid is limited to
// the cap less the aid already paid this year, over all of a year's claims.
func TestAnnualCap(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		in      medical.ClaimInput
		want    aid
		explain string
	}{
		{
			name: "cap reached mid-claim", clause: "2.3.4",
			desc: "本年已救助18000：应救5600，限额余额2000，救助2000 / 18000 paid: 5600 due, 2000 left of the cap, 2000.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47, Paid: d("18000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "2000.00", Second: "0.00", Capped: true, Left: "6000.00"},
			explain: "住院救助（住院 c1，低保对象）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 0.00) × 70% = 5600.00 元，年度救助限额 20000.00 元、" +
				"本年已救助 18000.00 元，余额 2000.00 元，救助 2000.00 元",
		},
		{
			name: "claim after the cap", clause: "2.3.4",
			desc: "本年已救助20000：限额用尽，救助0 / 20000 paid: the cap is used up, 0.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, Paid: d("20000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "0.00", Second: "0.00", Capped: true, Left: "8000.00"},
		},
		{
			name: "paid above the cap", clause: "2.3.4",
			desc: "本年已救助超过限额：余额按0计，救助0 / more than the cap already paid: 0.00, never negative",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, Paid: d("25000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "0.00", Second: "0.00", Capped: true, Left: "8000.00"},
		},
		{
			name: "room exactly the aid", clause: "2.3.4",
			desc: "余额恰等于应救额：不算超限 / room exactly the aid due: not capped",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47, Paid: d("14400.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "5600.00", Second: "0.00", Left: "2400.00"},
		},
		{
			name: "amount due with fractions of a fen", clause: "2.3.4",
			desc: "特困自负11837.72×80%=9470.176，限额余额9198.26：应救额按原值列示 / 80% of 11837.72 is 9470.176, cut to the 9198.26 left of the cap",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, Paid: d("10801.74"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("29949.00"), CompliantCost: d("29949.00"), NCMS: d("15573.48"), CriticalIllness: d("2537.80")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "11837.72", Aid: "9198.26", Second: "0.00", Capped: true, Left: "2639.46"},
			explain: "住院救助（住院 c1，特困供养人员）：合规费用 29949.00 − 基本医保 15573.48 − 大病保险 2537.80 − 补充保险 0.00 − " +
				"保底补偿 0.00 = 剩余合规自负 11837.72；(11837.72 − 起付线 0.00) × 80% = 9470.176 元，年度救助限额 20000.00 元、" +
				"本年已救助 10801.74 元，余额 9198.26 元，救助 9198.26 元",
		},
		{
			name: "cap on a large claim", clause: "2.3.4",
			desc: "特困自负30000：80%=24000超过限额20000，救助20000 / 特困, R = 30000: 24000 due, capped at 20000.00",
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "20000.00", Second: "0.00", Capped: true, Left: "10000.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, nil)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if tc.explain != "" {
				if got := r.Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
			}
		})
	}
}

// TestGroupCaps: the annual cap is a parameter of each group (2.3.4, 20000
// for each by default [interpretation]); a claim counts against the cap of
// its own group: room = that cap − all aid already paid this year (main and
// second), never below 0. The caps below are invented county values.
func TestGroupCaps(t *testing.T) {
	p := medical.Default2017()
	p.Extended.Cap.Value, p.Tekun.Cap.Value = d("10000.00"), d("30000.00")
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		p       *medical.Params
		in      medical.ClaimInput
		want    aid
		explain string
	}{
		{
			name: "extended cap 10000", clause: "2.3.4",
			desc: "扩大对象限额10000：60%×(30000−5000)=15000，救助10000 / extended, cap 10000: 15000 due, 10000.00",
			p:    p,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "10000.00", Second: "0.00", Capped: true, Left: "20000.00"},
			explain: "住院救助（住院 c1，扩大救助对象）：合规费用 60000.00 − 基本医保 30000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = " +
				"剩余合规自负 30000.00；(30000.00 − 起付线 5000.00) × 60% = 15000.00 元，年度救助限额 10000.00 元、本年已救助 0.00 元，余额 10000.00 元，救助 10000.00 元",
		},
		{
			name: "lowincome cap 20000", clause: "2.3.4",
			desc: "低保限额20000：70%×30000=21000，救助20000 / 低保, cap 20000: 21000 due, 20000.00",
			p:    p,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "20000.00", Second: "0.00", Capped: true, Left: "10000.00"},
		},
		{
			name: "tekun cap 30000", clause: "2.3.4",
			desc: "特困限额30000：80%×30000=24000，未超限额 / 特困, cap 30000: 24000.00, within it",
			p:    p,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "24000.00", Second: "0.00", Left: "6000.00"},
		},
		{
			name: "aid paid in a group with a higher cap", clause: "2.3.4",
			desc: "本年已救助12000（此前为低保），现为扩大对象限额10000：余额max(10000−12000,0)=0，救助0 / " +
				"12000 paid while in 低保, now extended with a 10000 cap: nothing left, 0.00",
			p: p,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 70, Paid: d("12000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "0.00", Second: "0.00", Capped: true, Left: "30000.00"},
		},
		{
			name: "tekun room after lowincome aid", clause: "2.3.4",
			desc: "本年已救助20000（低保限额已满），现为特困限额30000：余额10000，80%×30000=24000，救助10000 / " +
				"20000 paid, the 低保 cap used up; as 特困 with a 30000 cap, 10000.00 left",
			p: p,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, Paid: d("20000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("30000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "30000.00", Aid: "10000.00", Second: "0.00", Capped: true, Left: "20000.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if tc.explain != "" {
				if got := r.Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
			}
		})
	}
}

// TestAnnualCapSequence is the annual cap over a year's claims (2.3.4):
// processed by admission date (ties by claim id), whatever order they are
// handed in.
func TestAnnualCapSequence(t *testing.T) {
	type claimAid struct {
		Claim string
		Aid   string
	}
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		m         household.Member
		want      []claimAid
		total     string
		remaining string
	}{
		{
			name: "three claims in date order", clause: "2.3.4",
			desc: "低保三次住院：14000+6000（限额）+0，合计20000 / three 低保 claims: 14000 + 6000 (cap) + 0 = 20000.00",
			m: with(adult("m1"),
				household.Claim{ID: "c1", Admission: date("2017-03-01"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("10000.00"), CriticalIllness: d("0")}, // R 20000 → 14000
				household.Claim{ID: "c2", Admission: date("2017-06-01"),
					TotalCost: d("15000.00"), CompliantCost: d("15000.00"), NCMS: d("5000.00"), CriticalIllness: d("0")}, // R 10000 → 7000, 6000 left of the cap
				household.Claim{ID: "c3", Admission: date("2017-09-01"),
					TotalCost: d("8000.00"), CompliantCost: d("8000.00"), NCMS: d("3000.00"), CriticalIllness: d("0")}), // R 5000 → cap used up
			want:  []claimAid{{Claim: "c1", Aid: "14000.00"}, {Claim: "c2", Aid: "6000.00"}, {Claim: "c3", Aid: "0.00"}},
			total: "20000.00", remaining: "15000.00",
		},
		{
			name: "the same claims handed in reverse", clause: "2.3.4",
			desc: "低保三次住院倒序提交（9月、6月、3月）：按入院日期处理，与按序提交相同，14000+6000（限额）+0，合计20000 / " +
				"three 低保 claims handed in reverse, September, June, March: processed by date, the same as in order, 14000 + 6000 (cap) + 0 = 20000.00",
			m: with(adult("m1"),
				household.Claim{ID: "c3", Admission: date("2017-09-01"),
					TotalCost: d("8000.00"), CompliantCost: d("8000.00"), NCMS: d("3000.00"), CriticalIllness: d("0")},
				household.Claim{ID: "c2", Admission: date("2017-06-01"),
					TotalCost: d("15000.00"), CompliantCost: d("15000.00"), NCMS: d("5000.00"), CriticalIllness: d("0")},
				household.Claim{ID: "c1", Admission: date("2017-03-01"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("10000.00"), CriticalIllness: d("0")}),
			want:  []claimAid{{Claim: "c1", Aid: "14000.00"}, {Claim: "c2", Aid: "6000.00"}, {Claim: "c3", Aid: "0.00"}},
			total: "20000.00", remaining: "15000.00",
		},
		{
			name: "ties by claim id", clause: "2.3.4",
			desc: "同日入院按住院编号：c0先于c2 / same admission day: c0 before c2",
			m: with(adult("m1"),
				household.Claim{ID: "c2", Admission: date("2017-06-01"),
					TotalCost: d("15000.00"), CompliantCost: d("15000.00"), NCMS: d("5000.00"), CriticalIllness: d("0")},
				household.Claim{ID: "c0", Admission: date("2017-06-01"),
					TotalCost: d("2000.00"), CompliantCost: d("2000.00"), NCMS: d("1000.00"), CriticalIllness: d("0")}, // same day as c2, id sorts first: R 1000 → 700
				household.Claim{ID: "c1", Admission: date("2017-03-01"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("10000.00"), CriticalIllness: d("0")}),
			want:  []claimAid{{Claim: "c1", Aid: "14000.00"}, {Claim: "c0", Aid: "700.00"}, {Claim: "c2", Aid: "5300.00"}},
			total: "20000.00", remaining: "11000.00",
		},
		{
			name: "aid already paid this year", clause: "2.3.4",
			desc: "年初已救助15000：第一次住院只救5000 / 15000 paid earlier: the first claim gets 5000.00",
			m: with(paid(adult("m1"), "15000.00"),
				household.Claim{ID: "c2", Admission: date("2017-06-01"),
					TotalCost: d("15000.00"), CompliantCost: d("15000.00"), NCMS: d("5000.00"), CriticalIllness: d("0")},
				household.Claim{ID: "c1", Admission: date("2017-03-01"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("10000.00"), CriticalIllness: d("0")}),
			want:  []claimAid{{Claim: "c1", Aid: "5000.00"}, {Claim: "c2", Aid: "0.00"}},
			total: "5000.00", remaining: "25000.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, home(tc.m), medical.Inputs{LowIncome: true}, nil)
			m := r.Members()[0]
			var got []claimAid
			for _, c := range m.Claims() {
				got = append(got, claimAid{c.ID(), c.Aid().StringFixed(2)})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nclaims (-want +got):\n%s", tc.desc, diff)
			}
			if g := m.Aid().StringFixed(2); g != tc.total {
				t.Errorf("%s\naid = %s, want %s", tc.desc, g, tc.total)
			}
			if g := m.Remaining().StringFixed(2); g != tc.remaining {
				t.Errorf("%s\nremaining = %s, want %s", tc.desc, g, tc.remaining)
			}
			if g := r.Remaining().StringFixed(2); g != tc.remaining {
				t.Errorf("%s\nhousehold remaining = %s, want %s", tc.desc, g, tc.remaining)
			}
		})
	}
}

// TestChildDisease is the child-disease rule of 2.3.4: a child aged 0–14
// (full years on the admission date) with acute leukaemia or congenital
// heart disease gets the child share of the fixed-quota cost instead.
func TestChildDisease(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		in      medical.ClaimInput
		want    aid
		explain string
		// the explanation in English, when a case states it
		explainEN string
	}{
		{
			name: "aged 14 at admission", clause: "2.3.4",
			desc: "入院时14周岁急性白血病：定额60000×20%=12000 / aged 14, acute leukaemia: 20% of 60000 = 12000.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupExtended, Age: 14,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "12000.00", Second: "0.00", Left: "6000.00"},
			explain: "儿童重大疾病救助（住院 c1，入院时 14 周岁，不超过 14 周岁，急性白血病）：定额费用 60000.00 × 20% = 12000.00 元" +
				"（合规费用 60000.00 − 基本医保 42000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 18000.00）",
		},
		{
			name: "aged 15 at admission", clause: "2.3.4",
			desc: "入院时15周岁：按一般规则60%×(18000−5000)=7800 / aged 15: the general rule, 60% × 13000 = 7800.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupExtended, Age: 15,
				Claim: household.Claim{ID: "c1", Admission: date("2017-06-01"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "18000.00", Aid: "7800.00", Second: "0.00", Left: "10200.00"},
		},
		{
			name: "aged 0", clause: "2.3.4",
			desc: "不满1周岁先天性心脏病低保儿童：30000×20%=6000 / aged 0, congenital heart, 低保: 6000.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 0,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.CongenitalHeart,
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("21000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("30000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "9000.00", Aid: "6000.00", Second: "0.00", Left: "3000.00"},
		},
		{
			name: "other disease", clause: "2.3.4",
			desc: "10岁儿童其他疾病：低保70%×9000=6300 / aged 10, another disease: 低保 70% × 9000 = 6300.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 10,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"),
					TotalCost: d("30000.00"), CompliantCost: d("30000.00"), NCMS: d("21000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "9000.00", Aid: "6300.00", Second: "0.00", Left: "2700.00"},
		},
		{
			name: "share above the out-of-pocket", clause: "2.3.4",
			desc: "定额50000×20%=10000高于自负4000：救助4000 / 10000 due but R = 4000: 4000.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupTekun, Age: 8,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("50000.00"), CompliantCost: d("50000.00"), NCMS: d("46000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("50000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "4000.00", Aid: "4000.00", Second: "0.00", Left: "0.00"},
			explain: "儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 50000.00 × 20% = 10000.00 元，" +
				"高于剩余合规自负 4000.00，救助 4000.00 元（合规费用 50000.00 − 基本医保 46000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 4000.00）",
			explainEN: "child-disease aid (claim c1, aged 8 at admission, at most 14, acute leukaemia): fixed-quota cost 50000.00 × 20% = 10000.00 yuan, " +
				"more than the remaining out-of-pocket 4000.00, aid 4000.00 yuan (compliant cost 50000.00 − basic NCMS 46000.00 − critical-illness insurance 0.00 − " +
				"supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 4000.00)",
		},
		{
			name: "share exactly the out-of-pocket", clause: "2.3.4",
			desc: "定额50000×20%=10000，合规50000−基本医保40000=自负10000：救助10000，未超过自负 / 20% of 50000 = 10000.00, R = 50000 − 40000 = 10000.00: 10000.00, not more than R",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupTekun, Age: 8,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("50000.00"), CompliantCost: d("50000.00"), NCMS: d("40000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("50000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "10000.00", Aid: "10000.00", Second: "0.00", Left: "0.00"},
			explain: "儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 50000.00 × 20% = 10000.00 元" +
				"（合规费用 50000.00 − 基本医保 40000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 10000.00）",
		},
		{
			name: "cap room exactly the share", clause: "2.3.4",
			desc: "已救助8000：限额20000余12000，定额60000×20%=12000、自负18000：救助12000，限额未削减 / 8000 paid: 12000 left of the 20000 cap, 20% of 60000 = 12000.00 due, R = 18000: 12000.00, not cut by the cap",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupExtended, Age: 14, Paid: d("8000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "12000.00", Second: "0.00", Left: "6000.00"},
		},
		{
			name: "child aid within the cap", clause: "2.3.4",
			desc: "已救助15000：儿童救助12000限为5000 / 15000 paid: 12000 due, capped at 5000.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupExtended, Age: 14, Paid: d("15000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "5000.00", Second: "0.00", Capped: true, Left: "13000.00"},
		},
		{
			name: "cap room a whole amount below the share", clause: "2.3.4",
			desc: "已救助16000：限额20000余4000，定额60000×20%=12000、自负18000：救助4000，余额为整数，无需向下取整 / 16000 paid: 4000 left of the 20000 cap, 20% of 60000 = 12000.00 due, R = 18000: 4000.00, what is left on the unit, nothing rounded down",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupExtended, Age: 14, Paid: d("16000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "4000.00", Second: "0.00", Capped: true, Left: "14000.00"},
			explain: "儿童重大疾病救助（住院 c1，入院时 14 周岁，不超过 14 周岁，急性白血病）：定额费用 60000.00 × 20% = 12000.00 元，" +
				"年度救助限额 20000.00 元、本年已救助 16000.00 元，余额 4000.00 元，救助 4000.00 元" +
				"（合规费用 60000.00 − 基本医保 42000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 18000.00）",
		},
		{
			name: "cap room above R", clause: "2.3.4",
			desc: "限额余额20000、定额50000×20%=10000，自负4000：救助不超过自负4000 / 20000 of the cap left, 10000 due, R = 4000: 4000.00, never more than R",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupChildInDifficulty, Age: 8,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.CongenitalHeart,
					TotalCost: d("50000.00"), CompliantCost: d("50000.00"), NCMS: d("46000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("50000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "4000.00", Aid: "4000.00", Second: "0.00", Left: "0.00"},
		},
		{
			name: "cap room equal to R, both below the share", clause: "2.3.4",
			desc: "已救助15000：限额余5000，定额30000×20%=6000，自负5000：救助min(6000, 5000)=5000，不高于限额余额5000，限额未削减 / 15000 paid: 5000 left of the cap, 20% of 30000 = 6000.00 due, R = 5000: min(6000, 5000) = 5000.00, not above the 5000 left, so not cut by the cap",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupTekun, Age: 8, Paid: d("15000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("50000.00"), CompliantCost: d("50000.00"), NCMS: d("45000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("30000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "5000.00", Aid: "5000.00", Second: "0.00", Left: "0.00"},
			explain: "儿童重大疾病救助（住院 c1，入院时 8 周岁，不超过 14 周岁，急性白血病）：定额费用 30000.00 × 20% = 6000.00 元，" +
				"高于剩余合规自负 5000.00，救助 5000.00 元" +
				"（合规费用 50000.00 − 基本医保 45000.00 − 大病保险 0.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 5000.00）",
		},
		{
			name: "cap room below R and the share", clause: "2.3.4",
			desc: "已救助10000、已再次救助7000：限额余3000，定额12000、自负18000：救助3000 / 17000 paid: 12000 due, R = 18000, capped at 3000.00",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupTekun, Age: 14, Paid: d("10000.00"), SecondPaid: d("7000.00"),
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "3000.00", Second: "0.00", Capped: true, Left: "15000.00"},
		},
		{
			name: "child in no group", clause: "2.3.2",
			desc: "非救助对象的患病儿童：不救助 / a sick child in no group: no aid",
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupNone, Age: 14,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-31"), Disease: household.AcuteLeukaemia,
					TotalCost: d("60000.00"), CompliantCost: d("60000.00"), NCMS: d("42000.00"), CriticalIllness: d("0"),
					FixedQuotaCost: d("60000.00")}},
			want: aid{Rule: medical.RuleNone, Remaining: "18000.00", Aid: "0.00", Second: "0.00", Left: "18000.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, nil)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if tc.explain != "" {
				if got := r.Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
			}
			if tc.explainEN != "" {
				if got := r.Explanation().Render(policy.EN); got != tc.explainEN {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explainEN)
				}
			}
			if tc.want.Rule == medical.RuleChild && r.Lines()[0].Item() != medical.ItemChildDisease {
				t.Errorf("%s\nitem %q, want %q", tc.desc, r.Lines()[0].Item(), medical.ItemChildDisease)
			}
		})
	}
}

// TestChildDiseaseAge: in Assess, the child rule takes the age on the
// admission date, not on the assessment date (2.3.4).
func TestChildDiseaseAge(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   aid
	}{
		{
			name: "day before the 15th birthday", clause: "2.3.4",
			desc: "低收入家庭的k1（2002-06-01生）急性白血病，15岁生日前一天2017-05-31入院（评估日已15岁）：14周岁，按儿童规则 / " +
				"k1 of a low-income family, born 2002-06-01, with acute leukaemia, admitted on 2017-05-31, the day before turning 15 (15 on the assessment date): 14, the child rule",
			h: lowFamily(with(person("k1", "2002-06-01"),
				childClaim("c1", "2017-05-31", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00"))),
			want: aid{Rule: medical.RuleChild, Remaining: "18000.00", Aid: "12000.00", Second: "0.00", Left: "6000.00"},
		},
		{
			name: "on the 15th birthday", clause: "2.3.4",
			desc: "低收入家庭的k1（2002-06-01生）急性白血病，15岁生日当天2017-06-01入院：15周岁，按一般规则 / " +
				"k1 of a low-income family, born 2002-06-01, with acute leukaemia, admitted on 2017-06-01, the 15th birthday: 15, the general rule",
			h: lowFamily(with(person("k1", "2002-06-01"),
				childClaim("c1", "2017-06-01", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00"))),
			want: aid{Rule: medical.RuleInpatient, Remaining: "18000.00", Aid: "7800.00", Second: "0.00", Left: "10200.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, medical.Inputs{}, nil)
			if diff := cmp.Diff(tc.want, aidOf(r.Members()[0].Claims()[0])); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestSecondAid is second aid (再次救助, 2.3.4, "各地酌情"): off unless
// configured; when configured, its ratio of the out-of-pocket left after aid
// above its threshold, within its own yearly cap and the annual cap. The
// threshold 3000, ratio 50% and cap 5000 are invented local values.
func TestSecondAid(t *testing.T) {
	on := secondAid("3000.00", "0.50", "5000.00")
	disabled := secondAid("3000.00", "0.50", "5000.00")
	disabled.SecondAid.Enabled.Value = false
	byValues := secondAid("3000.00", "0.50", "5000.00")
	byValues.SecondAid.Enabled = policy.Unset[bool]("medical.second_aid.enabled", "county rule (test): left unset")
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		p       *medical.Params
		in      medical.ClaimInput
		want    aid
		lines   []line
		explain string
	}{
		{
			name: "second aid off by default", clause: "2.3.4",
			desc: "默认不再次救助：救助14000，自负6000 / off by default: 14000.00, 6000.00 left",
			p:    medical.Default2017(),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}},
			want:  aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "0.00", Left: "6000.00"},
			lines: []line{{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "14000.00"}},
		},
		{
			name: "second aid disabled", clause: "2.3.4",
			desc: "已设数值但未启用：不再次救助 / values set but disabled: off",
			p:    disabled,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}},
			want:  aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "0.00", Left: "6000.00"},
			lines: []line{{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "14000.00"}},
		},
		{
			name: "second aid, left exactly at the threshold", clause: "2.3.4",
			desc: "合规10000、无保险：救助70%×10000=7000，余3000恰等于门槛3000：不再次救助 / compliant 10000.00, no insurance: aid 7000.00 leaves 3000.00, exactly the threshold: no second aid",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("10000.00"), CompliantCost: d("10000.00"), NCMS: d("0"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "10000.00", Aid: "7000.00", Second: "0.00", Left: "3000.00"},
			lines: []line{
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "7000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "0.00"},
			},
			explain: "再次救助（住院 c1）：救助后剩余自负 10000.00 − 7000.00 = 3000.00，未超过门槛 3000.00，再次救助 0.00 元",
		},
		{
			name: "second aid configured by its values", clause: "2.3.4",
			desc: "未设启用开关、门槛比例限额均已设：即为已配置，再次救助1500 / enabled left unset, threshold, ratio and cap set: configured, second aid 1500.00",
			p:    byValues,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "1500.00", Left: "4500.00"},
		},
		{
			name: "second aid on", clause: "2.3.4",
			desc: "低保对象 R = 20000，启用再次救助（门槛3000、50%）：救助14000，再次救助(6000−3000)×50%=1500 / a 低保 member, R = 20000.00, second aid on at 3000 and 50%: aid 14000.00, second aid (6000 − 3000) × 50% = 1500.00",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "1500.00", Left: "4500.00"},
			lines: []line{
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "14000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1500.00"},
			},
			explain: "再次救助（住院 c1）：救助后剩余自负 20000.00 − 14000.00 = 6000.00；(6000.00 − 门槛 3000.00) × 50% = 1500.00 元",
		},
		{
			name: "below the threshold", clause: "2.3.4",
			desc: "救助后自负2400未超门槛3000：再次救助0 / 2400 left, under the 3000 threshold: 0.00",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
					TotalCost: d("25000.00"), CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}},
			want: aid{Rule: medical.RuleInpatient, Remaining: "8000.00", Aid: "5600.00", Second: "0.00", Left: "2400.00"},
			lines: []line{
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "0.00"},
			},
			explain: "再次救助（住院 c1）：救助后剩余自负 8000.00 − 5600.00 = 2400.00，未超过门槛 3000.00，再次救助 0.00 元",
		},
		{
			name: "second aid's own cap", clause: "2.3.4",
			desc: "本年已再次救助4000（上限5000）：只救1000 / 4000 second aid paid of 5000: 1000.00",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
				TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}, Age: 47,
				SecondPaid: d("4000.00")},
			want: aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "1000.00", Capped: true, Left: "5000.00"},
			explain: "再次救助（住院 c1）：救助后剩余自负 20000.00 − 14000.00 = 6000.00；(6000.00 − 门槛 3000.00) × 50% = 1500.00 元，" +
				"再次救助年度限额 5000.00 元、本年已再次救助 4000.00 元，年度救助限额余额 2000.00 元，再次救助 1000.00 元",
		},
		{
			name: "second aid exactly what is left of its cap", clause: "2.3.4",
			desc: "本年已再次救助3500（上限5000，余1500）：R=20000，救助14000，再次救助(6000−3000)×50%=1500，恰为余额，限额未削减 / 3500 second aid paid of 5000, 1500 left: R = 20000.00, aid 14000.00, second aid (6000 − 3000) × 50% = 1500.00, exactly what is left, not cut",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
				TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}, Age: 47,
				SecondPaid: d("3500.00")},
			want:    aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "1500.00", Left: "4500.00"},
			explain: "再次救助（住院 c1）：救助后剩余自负 20000.00 − 14000.00 = 6000.00；(6000.00 − 门槛 3000.00) × 50% = 1500.00 元",
		},
		{
			name: "second aid already at its cap", clause: "2.3.4",
			desc: "本年已再次救助5000（上限5000）：住院14000，再次救助应1500、余额5000−5000=0，再次救助0.00 / 5000 second aid paid of a 5000 cap: 14000.00, then 0.00",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
				TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}, Age: 47,
				SecondPaid: d("5000.00")},
			want: aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "0.00", Capped: true, Left: "6000.00"},
			explain: "再次救助（住院 c1）：救助后剩余自负 20000.00 − 14000.00 = 6000.00；(6000.00 − 门槛 3000.00) × 50% = 1500.00 元，" +
				"再次救助年度限额 5000.00 元、本年已再次救助 5000.00 元，年度救助限额余额 1000.00 元，再次救助 0.00 元",
		},
		{
			name: "the annual cap covers second aid", clause: "2.3.4",
			desc: "已救助5000：住院14000后限额余1000，再次救助1000 / 5000 paid: 1000 left of the cap after 14000, second aid 1000.00",
			p:    on,
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: household.Claim{ID: "c1", Admission: date("2017-05-10"),
				TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("20000.00"), CriticalIllness: d("0")}, Age: 47,
				Paid: d("5000.00")},
			want: aid{Rule: medical.RuleInpatient, Remaining: "20000.00", Aid: "14000.00", Second: "1000.00", Capped: true, Left: "5000.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, aidOf(r)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if tc.lines != nil {
				if diff := cmp.Diff(tc.lines, linesOf(r.Lines())); diff != "" {
					t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
				}
			}
			if tc.explain != "" {
				ls := r.Lines()
				if got := ls[len(ls)-1].Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation %q\n       want %q", tc.desc, got, tc.explain)
				}
			}
		})
	}
}

// TestSecondAidOn is the switch of second aid (2.3.4, "各地酌情", off
// unless configured): the county's Enabled when set, else all three of
// threshold, ratio and cap set. The values are invented local ones.
func TestSecondAidOn(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		enabled string // "" unset
		// threshold, ratio and cap; "" unset
		threshold, ratio, limit string
		want                    bool
	}{
		{name: "threshold only", clause: "2.3.4", desc: "只设门槛3000：未配置齐全，On为否（这样的参数集校验时即被拒绝：三项须齐全） / only a threshold of 3000 set: On reports off (such a set is refused when validated: all three are required)",
			threshold: "3000.00", want: false},
		{name: "cap only", clause: "2.3.4", desc: "只设限额5000：未配置齐全，On为否（这样的参数集校验时即被拒绝：三项须齐全） / only a cap of 5000 set: On reports off (such a set is refused when validated: all three are required)",
			limit: "5000.00", want: false},
		{name: "threshold and ratio", clause: "2.3.4", desc: "设门槛3000、比例50%，未设限额：On为否（这样的参数集校验时即被拒绝：三项须齐全） / threshold 3000 and ratio 50%, no cap: On reports off (such a set is refused when validated: all three are required)",
			threshold: "3000.00", ratio: "0.50", want: false},
		{name: "all three", clause: "2.3.4", desc: "门槛3000、比例50%、限额5000均已设：启用 / threshold 3000, ratio 50% and cap 5000 set: on",
			threshold: "3000.00", ratio: "0.50", limit: "5000.00", want: true},
		{name: "all three, switched off", clause: "2.3.4", desc: "三项均已设但开关为否：不启用 / all three set, the switch false: off",
			enabled: "false", threshold: "3000.00", ratio: "0.50", limit: "5000.00", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := medical.Default2017().SecondAid
			if tc.enabled != "" {
				s.Enabled = policy.New("medical.second_aid.enabled", tc.enabled == "true", policy.Local, "county rule (test)")
			}
			for _, v := range []struct {
				p *policy.Param[decimal.Decimal]
				s string
			}{{&s.Threshold, tc.threshold}, {&s.Ratio, tc.ratio}, {&s.Cap, tc.limit}} {
				if v.s != "" {
					*v.p = policy.New(v.p.Name, d(v.s), policy.Local, "county rule (test)")
				}
			}
			if got := s.On(); got != tc.want {
				t.Errorf("%s: On() = %v, want %v", tc.desc, got, tc.want)
			}
		})
	}
}

// TestSecondAidRestsOnItsAid: a second-aid line is paid on what the claim's
// aid left (2.3.4, "经…医疗救助后"), so it lists the parameters of that aid
// after its own, and is provisional when one of them is (section 0). The
// groups' annual caps are set as the county's here (secondAidOwnCaps), so
// that only the aid's terms can make the line provisional.
func TestSecondAidRestsOnItsAid(t *testing.T) {
	own := []string{"medical.second_aid.enabled", "medical.second_aid.threshold", "medical.second_aid.ratio", "medical.second_aid.cap"}
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		p           *medical.Params
		in          medical.ClaimInput
		byValues    bool // the switch left unset: three parameters of its own, not four
		second      string
		params      []string // the second-aid line's, after its own
		provisional bool
	}{
		{
			name: "after the extended group's provisional terms", clause: "2.3.4",
			desc: "扩大救助对象 R = 15000.00：救助 60% × (15000.00 − 5000.00) = 6000.00（比例、起付线暂定），再次救助 (9000.00 − 3000.00) × 50% = 3000.00，亦为暂定 / " +
				"an extended-group member, R = 15000.00: aid 60% × (15000.00 − 5000.00) = 6000.00 on provisional terms, second aid (9000.00 − 3000.00) × 50% = 3000.00, provisional too",
			p: secondAidOwnCaps(false, false),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 65,
				Claim: claim("c1", "2017-05-10", "20000.00", "5000.00", "0")},
			second:      "3000.00",
			params:      []string{"medical.extended.ratio", "medical.extended.deductible", "medical.extended.annual_cap"},
			provisional: true,
		},
		{
			name: "after terms the county set", clause: "2.3.4",
			desc: "扩大救助对象 R = 15000.00，县里确认扩大救助的比例和起付线：救助 6000.00，再次救助 (9000.00 − 3000.00) × 50% = 3000.00，不再暂定 / " +
				"an extended-group member, R = 15000.00, the county confirming the extended ratio and deductible: aid 6000.00, second aid (9000.00 − 3000.00) × 50% = 3000.00, not provisional",
			p: secondAidOwnCaps(true, false),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 65,
				Claim: claim("c1", "2017-05-10", "20000.00", "5000.00", "0")},
			second: "3000.00",
			params: []string{"medical.extended.ratio", "medical.extended.deductible", "medical.extended.annual_cap"},
		},
		{
			name: "switch unset, after the extended group's terms", clause: "2.3.4",
			desc: "扩大救助对象 R = 15000.00，未设启用开关、以三项数值启用：再次救助线列出门槛、比例、限额，再列扩大救助的比例、起付线、年度限额；3000.00，暂定 / " +
				"an extended-group member, R = 15000.00, second aid on by its three values, the switch unset: the line lists threshold, ratio and cap, then the extended ratio, deductible and cap; 3000.00, provisional",
			p: secondAidOwnCaps(false, true),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupExtended, Age: 65,
				Claim: claim("c1", "2017-05-10", "20000.00", "5000.00", "0")},
			byValues:    true,
			second:      "3000.00",
			params:      []string{"medical.extended.ratio", "medical.extended.deductible", "medical.extended.annual_cap"},
			provisional: true,
		},
		{
			name: "after the 低保 group's seed terms", clause: "2.3.4",
			desc: "低保对象 R = 20000.00：救助 70% × 20000.00 = 14000.00（文件所定），再次救助 (6000.00 − 3000.00) × 50% = 1500.00，不暂定 / " +
				"a 低保 member, R = 20000.00: aid 70% = 14000.00 on the document's terms, second aid (6000.00 − 3000.00) × 50% = 1500.00, not provisional",
			p: secondAidOwnCaps(false, false),
			in: medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Age: 47,
				Claim: claim("c1", "2017-05-10", "40000.00", "20000.00", "0")},
			second: "1500.00",
			params: []string{"medical.lowincome.ratio", "medical.lowincome.deductible", "medical.lowincome.annual_cap"},
		},
		{
			name: "after the child-disease rule", clause: "2.3.4",
			desc: "14岁白血病儿童（低保）：儿童规则 20% × 60000.00 = 12000.00（份额暂定），剩余 6000.00，再次救助 (6000.00 − 3000.00) × 50% = 1500.00，亦为暂定 / " +
				"a 14-year-old 低保 child with leukaemia: the child rule, 20% × 60000.00 = 12000.00 on a provisional share, 6000.00 left, second aid 1500.00, provisional too",
			p: secondAidOwnCaps(false, false),
			in: medical.ClaimInput{Member: "k1", Group: medical.GroupLowIncome, Age: 14,
				Claim: childClaim("c1", "2017-05-31", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00")},
			second:      "1500.00",
			params:      []string{"medical.child_max_age", "medical.child_share", "medical.lowincome.annual_cap"},
			provisional: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimAid(t, tc.in, tc.p)
			ls := r.Lines()
			if len(ls) != 2 || ls[1].Item() != medical.ItemSecondAid {
				t.Fatalf("%s\nlines %v, want the aid and second aid", tc.desc, linesOf(ls))
			}
			l := ls[1]
			var names []string
			for i := range l.NumParams() {
				names = append(names, l.Param(i).Name)
			}
			mine := own
			if tc.byValues {
				mine = own[1:]
			}
			if diff := cmp.Diff(append(slices.Clone(mine), tc.params...), names); diff != "" {
				t.Errorf("%s\nparameters (-want +got):\n%s", tc.desc, diff)
			}
			if got := l.Annual().StringFixed(2); got != tc.second || l.Provisional() != tc.provisional {
				t.Errorf("%s\nsecond aid %s provisional %v, want %s provisional %v", tc.desc, got, l.Provisional(), tc.second, tc.provisional)
			}
		})
	}
}

// secondAidOwnCaps is secondAid's invented local 3000 threshold, 50% and
// 5000 cap with every group's annual cap the county's own (local), and,
// when confirmed, the extended group's ratio and deductible too; byValues
// leaves the switch unset, second aid on by its three values alone.
func secondAidOwnCaps(confirmed, byValues bool) *medical.Params {
	p := secondAid("3000.00", "0.50", "5000.00")
	if byValues {
		p.SecondAid.Enabled = policy.Unset[bool]("medical.second_aid.enabled", "county rule (test): left unset")
	}
	p.Tekun.Cap.Provenance = policy.Local
	p.LowIncome.Cap.Provenance = policy.Local
	p.RegisteredPoor.Cap.Provenance = policy.Local
	p.Extended.Cap.Provenance = policy.Local
	p.ChildInDifficulty.Cap.Provenance = policy.Local
	if confirmed {
		p.Extended.Ratio.Provenance = policy.Local
		p.Extended.Deductible.Provenance = policy.Local
	}
	return p
}

// TestCappedLineRestsOnAidBefore: a claim cut to what is left of the
// annual cap is paid cap − the aid paid before it this year (2.3.4), so its
// line lists, after its own parameters, those that earlier aid rests on
// (in order of name), and is provisional when one of them is (section 0),
// whether the year is assessed at once or in runs of months. Every annual
// cap is the county's own here (ownCaps), so that only the earlier aid can
// make the line provisional.
func TestCappedLineRestsOnAidBefore(t *testing.T) {
	lowincome := []string{"medical.lowincome.ratio", "medical.lowincome.deductible", "medical.lowincome.annual_cap"}
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		p           *medical.Params
		h           *household.Household
		runs        []policy.Period // nil: the year at once
		later       *medical.Params // the set of the runs after the first, if another
		notCovered  bool            // the household is not covered by 低保 (Inputs.LowIncome false)
		claim       string          // the line checked: this claim's inpatient aid, or item's
		item        policy.Item
		own         []string // the line's own parameters, when not lowincome
		aid         string
		params      []string // the line's, after its own
		provisional bool
	}{
		{
			name: "after aid on the extended group's provisional terms", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保：3月住院按扩大救助 60% × (20000.00 − 5000.00) = 9000.00（比例、起付线暂定）；" +
				"8月按低保 70% × 20000.00 = 14000.00，年度限额余 20000.00 − 9000.00 = 11000.00，救助 11000.00，随之暂定 / " +
				"an elderly member of a low-income family, 低保 from July: 9000.00 in March on the extended group's provisional terms; " +
				"in August 14000.00 due, 11000.00 left of the cap: 11000.00, provisional with them",
			p: ownCaps(false, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			claim: "c2", aid: "11000.00",
			params:      []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "after aid on terms the county confirmed", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保，县里确认扩大救助的比例和起付线：3月 9000.00；8月应 14000.00，限额余 11000.00，救助 11000.00，仍列出所依参数，不再暂定 / " +
				"an elderly member of a low-income family, 低保 from July, the county confirming the extended ratio and deductible: " +
				"9000.00 in March; in August 11000.00 left of the cap: 11000.00, listing those terms, not provisional",
			p: ownCaps(true, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			claim: "c2", aid: "11000.00",
			params: []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
		},
		{
			name: "in two runs of months", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保，扩大救助比例、起付线暂定，分 1–6 月、7–12 月两段评估：3月 9000.00；8月 11000.00 列出上段救助所依参数，暂定 / " +
				"an elderly member of a low-income family, 低保 from July, the extended terms provisional, assessed January–June then July–December: " +
				"9000.00 in March; 11000.00 in August lists what the first run's aid rests on, provisional",
			p: ownCaps(false, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			claim: "c2", aid: "11000.00",
			params:      []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "carried through a run without claims", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保，分 1–4、5–7、8–12 月三段，中段无住院：3月救助 9000.00 所依参数经中段带到 8 月，11000.00，暂定 / " +
				"an elderly member of a low-income family, 低保 from July, in three runs, the middle one without claims: what the March aid rests on is carried through it to August, 11000.00, provisional",
			p: ownCaps(false, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			runs: []policy.Period{{From: time.January, To: time.April}, {From: time.May, To: time.July},
				{From: time.August, To: time.December}},
			claim: "c2", aid: "11000.00",
			params:      []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "across a mid-year set", clause: "2.3.4",
			desc: "扩大救助老人（非低保），7月起新参数集确认比例 65% 和起付线：3月 60% × 15000.00 = 9000.00（暂定）；" +
				"8月 65% × 15000.00 = 9750.00；10月应 9750.00，限额余 20000.00 − 18750.00 = 1250.00，救助 1250.00，" +
				"列出上半年所依的暂定比例和起付线，暂定 / an extended-group elder, not 低保, a July set confirming 65% and the deductible: " +
				"9000.00 in March on provisional terms, 9750.00 in August; in October 1250.00 left of the cap: it lists the first half's " +
				"provisional ratio and deductible beside its own, provisional",
			p: ownCaps(false, false), later: confirmedExtended("0.65"), h: lowFamily(elderlyThreeClaims()), notCovered: true,
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			claim: "c3", aid: "1250.00",
			own:         []string{"medical.extended.ratio", "medical.extended.deductible", "medical.extended.annual_cap"},
			params:      []string{"medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "after child-disease aid on the provisional share", clause: "2.3.4",
			desc: "低保家庭10岁白血病儿童：3月儿童规则 20% × 60000.00 = 12000.00（份额暂定）；9月住院 70% × 15000.00 = 10500.00，" +
				"限额余 8000.00，救助 8000.00，随之暂定 / a 10-year-old 低保 child with leukaemia: 12000.00 in March on the provisional share; " +
				"in September 10500.00 due, 8000.00 left of the cap: 8000.00, provisional with it",
			p: ownCaps(false, false), h: lowIncomeFrom("2017-01", childClaims()),
			claim: "c2", aid: "8000.00",
			params:      []string{"medical.child_max_age", "medical.child_share"},
			provisional: true,
		},
		{
			name: "not capped: its own parameters only", clause: "2.3.4",
			desc: "低保家庭10岁白血病儿童：3月儿童规则 12000.00（份额暂定）；9月住院 70% × 10000.00 = 7000.00 不超过限额余额 8000.00：只列本身参数，不因3月暂定份额而暂定 / " +
				"a 10-year-old 低保 child with leukaemia: 12000.00 in March on the provisional share; a September claim of 7000.00 " +
				"within the 8000.00 left of the cap: its own parameters only, not provisional for March's provisional share",
			p: ownCaps(false, false), h: lowIncomeFrom("2017-01", smallChildClaims()),
			claim: "c2", aid: "7000.00",
		},
		{
			name: "child-disease aid capped after inpatient aid", clause: "2.3.4",
			desc: "低收入家庭10岁儿童，7月起低保，县里确认儿童份额：3月住院按扩大救助 60% × (30000.00 − 5000.00) = 15000.00（暂定）；" +
				"9月白血病 20% × 60000.00 = 12000.00，限额余 5000.00，救助 5000.00，随扩大救助参数暂定 / " +
				"a 10-year-old of a low-income family, 低保 from July, the share confirmed: 15000.00 in March on the extended terms; " +
				"leukaemia in September, 12000.00 due, 5000.00 left of the cap: 5000.00, provisional with the extended terms",
			p: ownCaps(false, true), h: lowIncomeFrom("2017-07", childAfterClaim()),
			claim: "c2", item: medical.ItemChildDisease, own: []string{"medical.child_max_age", "medical.child_share", "medical.lowincome.annual_cap"},
			aid:         "5000.00",
			params:      []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "second aid capped after aid and second aid before", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保，再次救助门槛3000、50%、上限5000：3月按扩大救助 9000.00（暂定）、再次 (11000.00 − 3000.00) × 50% = 4000.00；" +
				"8月救助 14000.00 受限为 20000.00 − 13000.00 = 7000.00，再次救助应 5000.00，限额已用尽，0.00，随扩大救助参数暂定 / " +
				"an elderly member of a low-income family, 低保 from July, second aid at 3000, 50%, cap 5000: 9000.00 on the extended terms and 4000.00 in March; in August 7000.00 left of the cap, " +
				"then second aid 5000.00 due with nothing left: 0.00, provisional with the extended terms",
			p: secondAidOwnCaps(false, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			claim: "c2", item: medical.ItemSecondAid,
			own: []string{"medical.second_aid.enabled", "medical.second_aid.threshold", "medical.second_aid.ratio", "medical.second_aid.cap",
				"medical.lowincome.ratio", "medical.lowincome.deductible", "medical.lowincome.annual_cap"},
			aid:         "0.00",
			params:      []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio"},
			provisional: true,
		},
		{
			name: "its aid, capped, rests on second aid before", clause: "2.3.4",
			desc: "低收入家庭老人，7月起低保，再次救助门槛3000、50%、上限5000：3月救助 9000.00、再次 4000.00；8月救助 14000.00 受限为 7000.00：列出本身参数，再列3月救助与再次救助所依参数，暂定 / " +
				"an elderly member of a low-income family, 低保 from July, second aid at 3000, 50%, cap 5000: 9000.00 and 4000.00 in March; " +
				"August's aid, 14000.00 cut to 7000.00: its own parameters, then those of March's aid and second aid, provisional",
			p: secondAidOwnCaps(false, false), h: lowIncomeFrom("2017-07", elderlyClaims()),
			claim: "c2", aid: "7000.00",
			params: []string{"medical.extended.annual_cap", "medical.extended.deductible", "medical.extended.ratio",
				"medical.second_aid.cap", "medical.second_aid.enabled", "medical.second_aid.ratio", "medical.second_aid.threshold"},
			provisional: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAssessor(t, tc.p)
			c := check(t, tc.h)
			var lines []policy.Line
			if tc.runs == nil {
				lines = assess(t, tc.h, medical.Inputs{LowIncome: !tc.notCovered}, tc.p).Lines
			}
			var before *medical.Result
			for k, run := range tc.runs {
				if k == 1 && tc.later != nil {
					a = newAssessor(t, tc.later)
				}
				r, err := a.Assess(c, medical.Inputs{Period: run, LowIncome: !tc.notCovered, Before: before})
				if err != nil {
					t.Fatal(err)
				}
				lines, before = append(lines, r.Lines...), &r
			}
			item, own := tc.item, lowincome
			if item == "" {
				item = medical.ItemInpatient
			}
			if tc.own != nil {
				own = tc.own
			}
			i := slices.IndexFunc(lines, func(l policy.Line) bool { return l.ID() == tc.claim && l.Item() == item })
			if i < 0 {
				t.Fatalf("%s\nno %s line for %s in %v", tc.desc, item, tc.claim, linesOf(lines))
			}
			l := lines[i]
			var names []string
			for k := range l.NumParams() {
				names = append(names, l.Param(k).Name)
			}
			if diff := cmp.Diff(append(slices.Clone(own), tc.params...), names); diff != "" {
				t.Errorf("%s\nparameters (-want +got):\n%s", tc.desc, diff)
			}
			if got := l.Annual().StringFixed(2); got != tc.aid || l.Provisional() != tc.provisional {
				t.Errorf("%s\naid %s provisional %v, want %s provisional %v", tc.desc, got, l.Provisional(), tc.aid, tc.provisional)
			}
		})
	}
}

// ownCaps is the 2017 parameters with every group's annual cap the
// county's own (local), and, when confirmed, the extended group's ratio and
// deductible too, and, when share, the child share.
func ownCaps(confirmed, share bool) *medical.Params {
	p := medical.Default2017()
	p.Tekun.Cap.Provenance = policy.Local
	p.LowIncome.Cap.Provenance = policy.Local
	p.RegisteredPoor.Cap.Provenance = policy.Local
	p.Extended.Cap.Provenance = policy.Local
	p.ChildInDifficulty.Cap.Provenance = policy.Local
	if confirmed {
		p.Extended.Ratio.Provenance = policy.Local
		p.Extended.Deductible.Provenance = policy.Local
	}
	if share {
		p.ChildShare.Provenance = policy.Local
	}
	return p
}

// confirmedExtended is ownCaps with the extended group's ratio set to
// ratio and, with its deductible, confirmed by the county (local).
func confirmedExtended(ratio string) *medical.Params {
	p := ownCaps(true, false)
	p.Extended.Ratio.Value = d(ratio)
	return p
}

// lowIncomeFrom returns the low-income family (低收入家庭) of member m,
// covered by 低保 from the month from ("2017-07").
func lowIncomeFrom(from string, m household.Member) *household.Household {
	h := lowFamily(m)
	h.LowIncomePeriod = months(from, "")
	return h
}

// elderlyClaims is a member aged 67 with a March and an August claim, each
// of compliant cost 30000.00 with NCMS 10000.00: R = 20000.00.
func elderlyClaims() household.Member {
	return with(person("m1", "1950-01-01"), claim("c1", "2017-03-10", "30000.00", "10000.00", "0"),
		claim("c2", "2017-08-10", "30000.00", "10000.00", "0"))
}

// elderlyThreeClaims is elderlyClaims with a third claim in October of
// the same costs: R = 20000.00 each.
func elderlyThreeClaims() household.Member {
	m := elderlyClaims()
	m.Claims = append(m.Claims, claim("c3", "2017-10-10", "30000.00", "10000.00", "0"))
	return m
}

// childClaims is a child born 2007 with acute leukaemia in March (compliant
// 60000.00, NCMS 42000.00, fixed-quota cost 60000.00) and another claim in
// September (compliant 30000.00, NCMS 15000.00: R = 15000.00).
func childClaims() household.Member {
	return with(person("k1", "2007-01-01"),
		childClaim("c1", "2017-03-10", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00"),
		claim("c2", "2017-09-10", "30000.00", "15000.00", "0"))
}

// childAfterClaim is a child born 2007 with a claim in March (compliant
// 40000.00, NCMS 10000.00: R = 30000.00) and acute leukaemia in September
// (compliant 60000.00, NCMS 42000.00, fixed-quota cost 60000.00).
func childAfterClaim() household.Member {
	return with(person("k1", "2007-01-01"), claim("c1", "2017-03-10", "40000.00", "10000.00", "0"),
		childClaim("c2", "2017-09-10", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00"))
}

// smallChildClaims is childClaims with a September claim of R = 10000.00
// (compliant 20000.00, NCMS 10000.00).
func smallChildClaims() household.Member {
	return with(person("k1", "2007-01-01"),
		childClaim("c1", "2017-03-10", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00"),
		claim("c2", "2017-09-10", "20000.00", "10000.00", "0"))
}
