package benefit_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestCoverageFromRecord is the table of coverage the record gives
// (section 0): the household's 低保 months (lowincome_period), a member's
// 特困 months and a disability certificate's months. A recurring line
// covers its record's months within the year, at round(R × k ÷ 12); the
// programmes that read the 低保 coverage (the living subsidy, medical aid)
// read it month by month. Every case is assessed as of 2017-09-01 under the
// built-in 2017 set.
func TestCoverageFromRecord(t *testing.T) {
	const (
		civil   = policy.CivilAffairsFund
		medFund = policy.MedicalAidFund
	)
	claims := `"claims":[
		{"id":"c1","admission":"2017-03-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"},
		{"id":"c2","admission":"2017-08-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]`
	tests := []struct {
		name      string
		clauses   []policy.Clause
		desc      string
		h         string
		want      []pline
		decisions []pdecision // of the disability subsidies; nil: not stated
		// params is, for the lines it names by index, the parameters each
		// names, as name=value; nil: not stated.
		params map[int][]string
	}{
		{
			name:    "lowincome-period-living-subsidy",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability},
			desc: "低保自 2017-07 起：补差 (3622.00 × 2 − 3000.00) × 6 ÷ 12 = 4244.00 × 6 ÷ 12 = 2122.00（7–12 月）；一级残疾成员生活补贴只发 7–12 月 " +
				"800.00 × 6 ÷ 12 = 400.00，护理补贴不依低保，全年 60.00 × 12 = 720.00 / " +
				"低保 from 2017-07: base 4244.00 × 6 ÷ 12 = 2122.00 for July–December; the grade-1 member's living subsidy is paid for " +
				"July–December only, 800.00 × 6 ÷ 12 = 400.00, while the nursing subsidy, which does not depend on 低保, is paid for the year, 720.00",
			h: `{"id":"C1","township":"示例镇","lowincome_period":{"from":"2017-07"},"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}],
				 "disability":{"type":"physical","grade":1,"long_term_care":true}},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "2122.00"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Months: "01–12", Annual: "720.00"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Months: "07–12", Annual: "400.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Ineligible, Months: "01–06"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Months: "07–12"},
			},
		},
		{
			name:    "living-subsidy-basis-changes",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability},
			desc: "建档立卡户自 2017-07 起享受低保，二级残疾证 3–10 月有效：生活补贴的依据 7 月起由建档立卡改为低保，但证件月份与 800.00 的标准都不变，" +
				"为一行，只舍入一次：800.00 × 8 ÷ 12 = 533.33（3–10 月），并列出 3–6 月依据的建档立卡开关（暂定）/ a registered-poor household " +
				"covered by 低保 from 2017-07, a grade-2 certificate valid March–October: the living subsidy's basis changes in July " +
				"from registered poor to 低保, but neither the certificate's months nor the 800.00 rate change, so it is one line, rounded " +
				"once: 800.00 × 8 ÷ 12 = 533.33 for March–October, naming the registered-poor switch (provisional) March–June rest on",
			h: `{"id":"C9","township":"示例镇","registered_poor":true,"lowincome_period":{"from":"2017-07"},"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}],
				 "disability":{"type":"physical","grade":2,"period":{"from":"2017-03","to":"2017-10"}}},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "2122.00"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Months: "03–10", Annual: "533.33"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Months: "01–06"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Ineligible, Months: "01–12"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Months: "07–12"},
			},
			params: map[int][]string{1: {"disability.living.grade2=800.00", "disability.living.registered_poor=true"}},
		},
		{
			name:    "lowincome-period-medical",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho, policy.ClauseInpatient},
			desc: "低保自 2017-07 起：3 月入院按非低保认定，不属于任何救助对象，无救助；8 月入院为低保对象，R = 25000.00 − 15000.00 − 2000.00 = 8000.00，" +
				"70% = 5600.00 / 低保 from 2017-07: a claim admitted in March treats the member as not 低保 (in no group: no aid); one admitted " +
				"in August as 低保, R = 8000.00, 70% = 5600.00",
			h: `{"id":"C2","township":"示例镇","lowincome_period":{"from":"2017-07"},"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}]},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}],` + claims + `}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "2122.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m2", ID: "c2", Payer: medFund, Months: "08–08", Annual: "5600.00"},
			},
		},
		{
			name:    "lowincome-period-medical-registered-poor",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho, policy.ClauseInpatient},
			desc: "建档立卡户，低保自 2017-07 起：3 月入院按建档立卡认定，60% × (8000.00 − 5000.00) = 1800.00；8 月入院为低保对象，70% × 8000.00 = 5600.00 / " +
				"a registered-poor household covered by 低保 from 2017-07: the March claim is aided as registered poor, 60% × (8000.00 − 5000.00) = " +
				"1800.00; the August claim as 低保, 70% × 8000.00 = 5600.00",
			h: `{"id":"C3","township":"示例镇","registered_poor":true,"lowincome_period":{"from":"2017-07"},"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}]},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}],` + claims + `}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "2122.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m2", ID: "c1", Payer: medFund, Months: "03–03", Annual: "1800.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m2", ID: "c2", Payer: medFund, Months: "08–08", Annual: "5600.00"},
			},
		},
		{
			name:    "lowincome-period-outside-year",
			clauses: []policy.Clause{policy.ClauseConventions},
			desc: "低保期间 2016-01 至 2016-12 全在评估年度之外：本年无低保，亦无依低保的医疗救助资助 / " +
				"a 低保 period of 2016-01 to 2016-12, wholly outside the year: no 低保 that year, and no medical sponsorship resting on it",
			h: `{"id":"C4","township":"示例镇","lowincome_period":{"from":"2016-01","to":"2016-12"},"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}]},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			want: []pline{},
		},
		{
			name:    "certificate-period",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability},
			desc: "残疾证自 2017-05 起：生活补贴 800.00 × 8 ÷ 12 = 533.33，护理补贴 720.00 × 8 ÷ 12 = 480.00（5–12 月）；补差全年 4244.00 / " +
				"a certificate from 2017-05: living 800.00 × 8 ÷ 12 = 533.33 and nursing 720.00 × 8 ÷ 12 = 480.00 for May–December; the base is for the year, 4244.00",
			h: `{"id":"C5","township":"示例镇","members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}],
				 "disability":{"type":"physical","grade":1,"long_term_care":true,"period":{"from":"2017-05"}}},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–12", Annual: "4244.00"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Months: "05–12", Annual: "533.33"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Months: "05–12", Annual: "480.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
		},
		{
			name:    "tekun-period-dispersed",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTekunStandard},
			desc: "分散供养 2017-03 至 2017-08：3622.00 × 6 ÷ 12 = 1811.00；其余月份不是特困人员，按 1 人低保户评估（低保期默认全年）：" +
				"3622.00 × 1 人 − 0.00 = 3622.00，1–2 月 × 2 ÷ 12 = 603.67，9–12 月 × 4 ÷ 12 = 1207.33；评估月 9 月是低保家庭成员：资助参保 180.00 / " +
				"dispersed support from 2017-03 to 2017-08: 3622.00 × 6 ÷ 12 = 1811.00; in the other months not 特困, so a 低保 household of 1 " +
				"(the 低保 period defaults to the whole year): 3622.00 × 1 − 0.00 = 3622.00, January–February × 2 ÷ 12 = 603.67, " +
				"September–December × 4 ÷ 12 = 1207.33; in D's month, September, a 低保 member: sponsorship 180.00",
			h: `{"id":"C6","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-08"}}}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–02", Annual: "603.67"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "09–12", Annual: "1207.33"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "03–08", Annual: "1811.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
		},
		{
			name:    "tekun-period-nursing-home-clipped",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseNursingHome},
			desc: "二类敬老院入住 2016-05 至 2017-10，截取到本年 1–10 月：6000.00 × 10 ÷ 12 = 5000.00；11–12 月按 1 人低保户：" +
				"3622.00 × 2 ÷ 12 = 603.67 / a stay in a class-2 home from 2016-05 to 2017-10, clipped to the year's January–October: " +
				"6000.00 × 10 ÷ 12 = 5000.00; in November–December a 低保 household of 1: 3622.00 × 2 ÷ 12 = 603.67",
			h: `{"id":"C7","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head",
				 "tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2","period":{"from":"2016-05","to":"2017-10"}}}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "11–12", Annual: "603.67"},
				{Programme: policy.Tekun, Item: "quota", Member: "m1", Payer: civil, Months: "01–10", Annual: "5000.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
		},
		{
			name:    "tekun-cut-same-rate-two-lines",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren},
			desc: "m4 7月起特困，离开低保家庭：1–6月 n = 4、I = 4000.04，补差 3622.00 × 4 − 4000.04 = 10487.96 × 6 ÷ 12 = 5243.98，" +
				"困境儿童 m3 4000.04 ÷ 4 = 1000.01 × 6 ÷ 12 = 500.01；7–12月 n = 3、I = 3000.03，补差 7865.97 × 6 ÷ 12 = 3932.99，" +
				"儿童 3000.03 ÷ 3 = 1000.01 × 6 ÷ 12 = 500.01。儿童年标准两段相同，但所依的 I、n 不同，仍为两条线（共 1000.02），不并为一条 1000.01；" +
				"m4 特困 3622.00 × 6 ÷ 12 = 1811.00 / m4 under 特困 support from July leaves the 低保 household: January–June n = 4, " +
				"I = 4000.04, base 10487.96 × 6 ÷ 12 = 5243.98, the child m3 4000.04 ÷ 4 = 1000.01 × 6 ÷ 12 = 500.01; July–December " +
				"n = 3, I = 3000.03, base 7865.97 × 6 ÷ 12 = 3932.99, the child 3000.03 ÷ 3 = 1000.01 × 6 ÷ 12 = 500.01. The child's " +
				"rate is the same on both sides but worked from another I and n, so it stays two lines (1000.02 in all), not one of " +
				"1000.01; m4's support 3622.00 × 6 ÷ 12 = 1811.00",
			h: `{"id":"C10","township":"示例镇","members":[
				{"id":"m1","birth_date":"1980-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"3000.03"}]},
				{"id":"m2","birth_date":"1982-01-01","relation":"spouse"},
				{"id":"m3","birth_date":"2008-01-01","relation":"child","child":"in-difficulty"},
				{"id":"m4","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","self_care":"full","period":{"from":"2017-07"}},
				 "incomes":[{"category":"transfers","amount":"1000.01"}]}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–06", Annual: "5243.98"},
				{Programme: policy.LowIncome, Item: "child", Member: "m3", Payer: civil, Months: "01–06", Annual: "500.01"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3932.99"},
				{Programme: policy.LowIncome, Item: "child", Member: "m3", Payer: civil, Months: "07–12", Annual: "500.01"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m4", Payer: civil, Months: "07–12", Annual: "1811.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m4", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if diff := cmp.Diff(tc.want, plinesOf(b)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			for i, want := range tc.params {
				var got []string
				for j := range b.Lines[i].NumParams() {
					u := b.Lines[i].Param(j)
					got = append(got, u.Name+"="+u.Value)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s\nline %d's parameters (-want +got):\n%s", tc.desc, i, diff)
				}
			}
			if tc.decisions != nil {
				if diff := cmp.Diff(tc.decisions, pdecisionsOf(b, policy.Disability)); diff != "" {
					t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
				}
			}
			checkTotals(t, b)
		})
	}
}

// jiujinan is the 救急难 medical flag as the table states it: the
// out-of-pocket left after all aid, the income it is compared with and by
// how much it is above; nil for no flag.
type jiujinan struct {
	Remaining, Income, Above string
}

// TestJiujinanIncome is 2.4.2: the 救急难 medical flag compares the
// medical out-of-pocket left after all the year's aid with every member's
// counted income plus the 特困 support they receive, so that a household
// of 特困 persons alone is not compared against 0.
func TestJiujinanIncome(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   []string // "2017" built in, "2017-07" from July
		h      string
		want   *jiujinan
	}{
		{
			name: "tekun-member-income-and-support", clause: policy.ClauseJiujinan,
			desc: "低保成员 R = 40000.00 − 15000.00 = 25000.00，救助 70% = 17500.00，自负 7500.00；比较收入 = 成员收入 2000.00 + 特困成员收入 500.00 + " +
				"特困供养金 3622.00 = 6122.00；7500.00 > 6122.00，高 1378.00，应主动发现 / " +
				"the 低保 member's R = 25000.00, aid 70% = 17500.00, 7500.00 left to pay; compared with the members' income 2000.00 + 500.00 " +
				"plus the 特困 support 3622.00 = 6122.00: above by 1378.00, approach the household",
			sets: []string{"2017"},
			h: `{"id":"J1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}],
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"45000.00","compliant_cost":"40000.00","ncms":"15000.00"}]},
				{"id":"m2","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed"},"incomes":[{"category":"transfers","amount":"500.00"}]}]}`,
			want: &jiujinan{Remaining: "7500.00", Income: "6122.00", Above: "1378.00"},
		},
		{
			name: "tekun-support-lifts-income", clause: policy.ClauseJiujinan,
			desc: "低保成员自负 8000.00 − 70% × 8000.00 = 2400.00，高于低保家庭收入 2000.00，但不高于 2000.00 + 500.00 + 3622.00 = 6122.00：不标记 / " +
				"2400.00 left to pay is above the 低保 household's income 2000.00 but not above every member's income and the 特困 support, 6122.00: no flag",
			sets: []string{"2017"},
			h: `{"id":"J2","township":"示例镇","members":[
				{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}],
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]},
				{"id":"m2","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed"},"incomes":[{"category":"transfers","amount":"500.00"}]}]}`,
		},
		{
			name: "tekun-alone-not-against-zero", clause: policy.ClauseJiujinan,
			desc: "仅有一名特困人员：R = 25000.00 − 15000.00 = 10000.00，救助 80% = 8000.00，自负 2000.00 不高于供养金 3622.00：不标记（不与 0 比较）/ " +
				"a household of one 特困 person: R = 10000.00, aid 80% = 8000.00, 2000.00 left is not above the support 3622.00: no flag (not compared against 0)",
			sets: []string{"2017"},
			h: `{"id":"J3","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed"},
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00"}]}]}`,
		},
		{
			name: "tekun-alone-one-fen-left", clause: policy.ClauseJiujinan,
			desc: "仅有一名特困人员：R = 15000.05 − 15000.00 = 0.05，救助 80% = 0.04，自负 0.01 不高于供养金 3622.00：不标记（剩一分也不与 0 比较）/ " +
				"a household of one 特困 person: R = 0.05, aid 80% = 0.04, 0.01 left is not above the support 3622.00: no flag (one fen left is not compared against 0 either)",
			sets: []string{"2017"},
			h: `{"id":"J6","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed"},
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"15000.05","compliant_cost":"15000.05","ncms":"15000.00"}]}]}`,
		},
		{
			name: "tekun-support-of-the-year", clause: policy.ClauseJiujinan,
			desc: "7 月起分散供养标准 3912.00：全年供养金 1811.00 + 1956.00 = 3767.00；R = 40000.00 − 15000.00 = 25000.00，80% = 20000.00 达年度封顶 20000.00，" +
				"自负 5000.00 > 3767.00，高 1233.00 / the dispersed standard 3912.00 from July: the year's support 1811.00 + 1956.00 = 3767.00; " +
				"R = 25000.00, 80% = 20000.00, at the annual cap; 5000.00 left is above 3767.00 by 1233.00",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"J4","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed"},
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"45000.00","compliant_cost":"40000.00","ncms":"15000.00"}]}]}`,
			want: &jiujinan{Remaining: "5000.00", Income: "3767.00", Above: "1233.00"},
		},
		{
			name: "tekun-support-joined-across-sets", clause: policy.ClauseJiujinan,
			desc: "4月起县里确认分散供养标准（取值不变）：3–10月供养金为一条线 3622.00 × 8 ÷ 12 = 2414.67，而非两段各自舍入 301.83 + 2112.83 = 2414.66；" +
				"5月入院 R = 40000.00 − 15000.00 = 25000.00，80% = 20000.00 达年度封顶，自负 5000.00 > 2414.67，高 2585.33 / the county confirms the " +
				"dispersed standard from April (its value unchanged): the support of March–October is one line, 3622.00 × 8 ÷ 12 = 2414.67, not " +
				"its two pieces rounded apart, 301.83 + 2112.83 = 2414.66; a claim of May, R = 25000.00, aid 80% = 20000.00 at the annual cap, " +
				"leaves 5000.00, above 2414.67 by 2585.33",
			sets: []string{"2017", "2017-04-dispersed-confirmed"},
			h: `{"id":"J5","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-10"}},
				 "claims":[{"id":"c1","admission":"2017-05-02","total_cost":"45000.00","compliant_cost":"40000.00","ncms":"15000.00"}]}]}`,
			want: &jiujinan{Remaining: "5000.00", Income: "2414.67", Above: "2585.33"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := assessorOf(t, tc.sets).Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			var got *jiujinan
			for _, f := range b.Findings {
				if f.Kind() != policy.Jiujinan || f.Explanation().Formula().ID != "temporary.jiujinan.medical" {
					continue
				}
				if got != nil {
					t.Errorf("%s\ntwo 救急难 medical flags", tc.desc)
				}
				got = &jiujinan{Above: f.Amount().StringFixed(2)}
				for _, x := range f.Explanation().Args() {
					switch x.Name() {
					case "R":
						got.Remaining = yuan(x)
					case "I":
						got.Income = yuan(x)
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n救急难 medical flag (-want +got):\n%s\nfindings: %v", tc.desc, diff, findingTexts(b))
			}
		})
	}
}

// findingTexts renders a breakdown's findings, for failure messages.
func findingTexts(b *benefit.Breakdown) []string {
	var out []string
	for _, f := range b.Findings {
		out = append(out, f.Explanation().Render(policy.ZH))
	}
	return out
}

// mdecision is a medical-aid member decision as the table states it: the
// member, the months it holds for and its reason in Chinese.
type mdecision struct {
	Member string
	Months string
	Reason string
}

// TestMedicalDecisionRuns is the medical-aid member decisions of a year in
// which members' 特困 support starts and ends (2.3.2, section 0): the year
// is cut where the 低保 outcome or a member's 特困 support changes, and each
// run's decision states the member's group in that run — as of D (2017-09-01)
// in the run holding September, as of the first day of the run's month
// nearest D in the others — never 特困 support on one date mixed with 低保
// coverage in another run. Runs with the same decision are one decision.
func TestMedicalDecisionRuns(t *testing.T) {
	const (
		lowincome = "低保家庭成员：重点救助对象"
		tekun     = "特困供养人员：重点救助对象"
	)
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       string
		want    []mdecision
	}{
		{
			name:    "tekun-starts-and-ends",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho},
			desc: "a 3–7月特困、b 5月起特困、c 全年特困：低保户 1–4月、8–12月有人，5–7月无人。a 1–2月低保、3–7月特困、8–12月低保；" +
				"b 1–4月低保、5–12月特困；c 全年特困 / a under 特困 support March–July, b from May, c all year: the 低保 household has members in " +
				"January–April and August–December, none in May–July. a: 低保 in January–February, 特困 in March–July, 低保 in " +
				"August–December; b: 低保 in January–April, 特困 from May; c: 特困 all year",
			h: `{"id":"TK2","township":"示例镇","members":[
				{"id":"a","birth_date":"1950-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-07"}}},
				{"id":"b","birth_date":"1952-01-01","relation":"spouse","tekun":{"mode":"dispersed","period":{"from":"2017-05"}}},
				{"id":"c","birth_date":"1930-01-01","relation":"parent","tekun":{"mode":"dispersed"}}]}`,
			want: []mdecision{
				{Member: "a", Months: "01–02", Reason: lowincome},
				{Member: "b", Months: "01–04", Reason: lowincome},
				{Member: "c", Months: "01–12", Reason: tekun},
				{Member: "a", Months: "03–07", Reason: tekun},
				{Member: "b", Months: "05–12", Reason: tekun},
				{Member: "a", Months: "08–12", Reason: lowincome},
			},
		},
		{
			name:    "tekun-from-october",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho},
			desc: "两人低保户，m1 自10月起特困：m1 1–9月为低保成员（按9月1日认定），10–12月特困 / a 低保 household of two, m1 under 特困 " +
				"support from October: m1 is a 低保 member in January–September (as of 1 September) and 特困 in October–December",
			h: `{"id":"TK3","township":"示例镇","members":[
				{"id":"m1","birth_date":"1950-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-10"}}},
				{"id":"m2","birth_date":"1952-01-01","relation":"spouse"}]}`,
			want: []mdecision{
				{Member: "m1", Months: "01–09", Reason: lowincome},
				{Member: "m2", Months: "01–12", Reason: lowincome},
				{Member: "m1", Months: "10–12", Reason: tekun},
			},
		},
		{
			name:    "certificate-after-d",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho},
			desc: "低收入家庭（收入高于低保线），m1 自11月起特困，m2 一级残疾证自12月起：11–12月这段在评估日（9月）之后，按其最近的11月认定，" +
				"证尚未生效，m2 全年不属于救助对象 / a low-income family above the 低保 line, m1 under 特困 support from November, m2 with a " +
				"grade-1 certificate from December: the run of November–December comes after D's September and is read in its nearest " +
				"month, November, before the certificate: m2 is in no group all year",
			h: `{"id":"TK4","township":"示例镇","low_income_family":true,"members":[
				{"id":"m1","birth_date":"1950-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-11"}},
				 "incomes":[{"category":"wages","amount":"20000.00"}]},
				{"id":"m2","birth_date":"1977-01-01","relation":"child","incomes":[{"category":"wages","amount":"20000.00"}],
				 "disability":{"type":"physical","grade":1,"period":{"from":"2017-12"}}}]}`,
			want: []mdecision{
				{Member: "m1", Months: "01–10", Reason: "低收入家庭的老年人：67 周岁，不低于 60 周岁"},
				{Member: "m2", Months: "01–12", Reason: "不属于医疗救助对象：低收入家庭成员，但 40 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
				{Member: "m1", Months: "11–12", Reason: tekun},
			},
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			var got []mdecision
			for d := range b.DecisionsOf(policy.Select{Programme: policy.Medical}) {
				got = append(got, mdecision{d.Member(), d.Period().String(), d.Explanation().Render(policy.ZH)})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nmedical decisions (-want +got):\n%s", tc.desc, diff)
			}
			checkTotals(t, b)
		})
	}
}

// afinding is an audit finding as the table states it: its kind, programme,
// item, member, amount and reason in Chinese.
type afinding struct {
	Kind      policy.FindingKind
	Programme policy.Programme
	Item      policy.Item
	Member    string
	Amount    string
	Why       string
}

// from2017 is the built-in 2017 set in force from the first of month m.
func from2017(m time.Month) *benefit.Params {
	p := benefit.Default2017()
	p.From = household.NewDate(2017, m, 1)
	return p
}

// TestAuditJoinedLines is the audit against what is paid now (2.1.2–2.1.3
// 精准识别, 2.2.4 应补尽补) in a year assessed in runs, cut where a member's
// 特困 support starts or ends (section 0): a line that goes on unchanged
// from one run into the next is one line in the breakdown, and the audit
// compares what is paid now with that line — its amount, its regular month
// and its months — never with its piece in the run that holds D's month.
// However the year is cut, each receipt recorded is a finding of its own,
// and a receipt for a certificate not valid in D's month is wrongful for
// that reason.
func TestAuditJoinedLines(t *testing.T) {
	carePartial := benefit.Default2017() // a county care subsidy for partial self-care only (2.2.1)
	carePartial.Tekun.Care.Partial = policy.New("tekun.care.partial", decimal.RequireFromString("600.00"), policy.Local,
		"县定半自理护理补贴（示例）/ a county's care subsidy for partial self-care (example)")
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       string
		on      household.Date
		sets    []*benefit.Params // the sets in force; nil: the built-in 2017 set
		want    []afinding
	}{
		{
			name:    "uplift-and-subsidies-across-tekun-months",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseDisability},
			desc: "b 4–10月特困，全年分 1–3、4–10、11–12月三段；a 的B类增发 724.40/年三段不变，为全年一条线，每月 60.37（第1–11月），" +
				"现发 60.00 少发 0.37；4–10月补差 (3622.00 − 2000.00) × 7 ÷ 12 = 946.17，每月 135.17 照发；a 二级肢体残疾需长期照护，" +
				"两项补贴各为全年一条线，未登记发放：应发 800.00 元/年、720.00 元/年 / b under 特困 support April–October, the year in " +
				"three runs; a's class B uplift of 724.40 a year is one line for the year, 60.37 a month (months 1–11), paid 60.00: " +
				"0.37 short; the April–October base 946.17 is paid its 135.17; a, grade-2 physical needing long-term care, has one " +
				"line a year for each subsidy, not received: due 800.00 and 720.00 a year",
			h: `{"id":"AJ1","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"135.17"},
				{"programme":"lowincome","item":"uplift-b","member":"a","monthly":"60.00"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","class":"B",
				 "disability":{"type":"physical","grade":2,"long_term_care":true},"incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-04","to":"2017-10"}}}]}`,
			want: []afinding{
				{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "uplift-b", Member: "a", Amount: "0.37",
					Why: "少发：现发 60.00 元/月，应发 60.37 元/月（第1–11月），每月少发 0.37 元"},
				{Kind: policy.Unclaimed, Programme: policy.Disability, Item: "living", Member: "a", Amount: "800.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Programme: policy.Disability, Item: "nursing", Member: "a", Amount: "720.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；应发 720.00 元/年（每月 60.00 元）"},
			},
		},
		{
			name:    "subsidy-paid-its-regular-month",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseDisability},
			desc: "b 11月起特困，评估日 2017-11-15 在 11–12月段：补差 (3622.00 − 2000.00) × 2 ÷ 12 = 270.33，首月 135.17 照发；a 三级肢体残疾，" +
				"生活补贴全年一条线 400.00，每月 33.33，现发 33.33：无发现（11–12月一段 66.67 的首月 33.34 不作比较）/ b under 特困 " +
				"support from November, D = 2017-11-15 in the November–December run: the base (3622.00 − 2000.00) × 2 ÷ 12 = 270.33 " +
				"pays 135.17 first, as paid; a, grade-3 physical, has one living-subsidy line of 400.00 a year, 33.33 a month, " +
				"received 33.33: no finding (the November–December piece of 66.67 would pay 33.34 first and is not compared)",
			h: `{"id":"AJ2","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"135.17"},
				{"programme":"disability","item":"living","member":"a","monthly":"33.33"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","disability":{"type":"physical","grade":3},
				 "incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-11"}}}]}`,
			on:   household.NewDate(2017, 11, 15),
			want: nil,
		},
		{
			name:    "two-payments-alike-each-found",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseDisability},
			desc: "b 4–10月特困，全年分三段；a 非A类、无残疾人证，却登记两笔相同的A类增发 50.00 与两笔相同的生活补贴 66.67：每笔各为一项" +
				"（多发 50.00 两项，错发 66.67 两项），不因相同而合并；补差4–10月每月 135.17 照发 / b under 特困 support April–October, " +
				"the year in three runs; a, not class A and with no certificate, is recorded as paid two class A uplifts of 50.00 and " +
				"two living subsidies of 66.67, all alike: each is a finding of its own (two over-payments of 50.00, two wrongful " +
				"receipts of 66.67), none merged for being alike; the April–October base is paid its 135.17",
			h: `{"id":"AJ3","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"135.17"},
				{"programme":"lowincome","item":"uplift-a","member":"a","monthly":"50.00"},
				{"programme":"lowincome","item":"uplift-a","member":"a","monthly":"50.00"},
				{"programme":"disability","item":"living","member":"a","monthly":"66.67"},
				{"programme":"disability","item":"living","member":"a","monthly":"66.67"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-04","to":"2017-10"}}}]}`,
			want: []afinding{
				{Kind: policy.Overpayment, Programme: policy.LowIncome, Item: "uplift-a", Member: "a", Amount: "50.00",
					Why: "多发：现发 50.00 元/月，本月无此项应发，每月多发 50.00 元"},
				{Kind: policy.Overpayment, Programme: policy.LowIncome, Item: "uplift-a", Member: "a", Amount: "50.00",
					Why: "多发：现发 50.00 元/月，本月无此项应发，每月多发 50.00 元"},
				{Kind: policy.Wrongful, Programme: policy.Disability, Item: "living", Member: "a", Amount: "66.67",
					Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（该成员无残疾人证）"},
				{Kind: policy.Wrongful, Programme: policy.Disability, Item: "living", Member: "a", Amount: "66.67",
					Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（该成员无残疾人证）"},
			},
		},
		{
			name:    "receipt-before-the-certificate",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseDisability},
			desc: "评估日 2017-02-15，b 4–10月特困，全年分三段；d 的残疾人证 10–12月有效，现领生活补贴 66.67 为错发，理由是证件不含评估日所在的2月" +
				"（与全年一段评估相同，不提内部分段）；1–3月补差 3622.00 × 3 − 2000.00 = 8866.00/年，每月 738.83（第1–2月），现发 437.00，少发 301.83 / " +
				"D = 2017-02-15, b under 特困 support April–October, the year in three runs; d's certificate is valid October–December, so " +
				"the living subsidy of 66.67 received now is wrongful because the certificate does not cover February, D's month (as " +
				"for the year in one run, with no word of the runs); the January–March base 8866.00 a year pays 738.83 a month (months " +
				"1–2), paid 437.00: 301.83 short",
			h: `{"id":"AJ4","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"437.00"},
				{"programme":"disability","item":"living","member":"d","monthly":"66.67"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"d","birth_date":"1975-01-01","relation":"spouse","disability":{"type":"physical","grade":1,"period":{"from":"2017-10","to":"2017-12"}}},
				{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-04","to":"2017-10"}}}]}`,
			on: household.NewDate(2017, 2, 15),
			want: []afinding{
				{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "base", Amount: "301.83",
					Why: "少发：现发 437.00 元/月，应发 738.83 元/月（第1–2月），每月少发 301.83 元"},
				{Kind: policy.Wrongful, Programme: policy.Disability, Item: "living", Member: "d", Amount: "66.67",
					Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾：残疾人证有效期2017-10至2017-12，不含评估日所在的2月）"},
			},
		},
		{
			name:    "each-programmes-findings-together",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseTekunStandard, policy.ClauseDisability, policy.ClauseCoordination},
			desc: "同 uplift-and-subsidies-across-tekun-months，县设半自理护理补贴 600.00、未设全自理：b 全自理，护理补贴未评估（发现）；" +
				"各项目的发现排在一起，依项目次序：低保少发 0.37（全年分三段、联合后审核），特困护理补贴未评估，然后两项补贴应补尽补 / " +
				"as uplift-and-subsidies-across-tekun-months, with a county care subsidy of 600.00 for partial self-care and none " +
				"set for full self-care: b, fully self-caring, has the care subsidy not assessed (a finding); each programme's " +
				"findings stay together, in programme order: the 低保 under-payment of 0.37 (the year in three runs, audited once " +
				"joined), the 特困 care subsidy not assessed, then the two subsidies unclaimed",
			h: `{"id":"AJ6","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"135.17"},
				{"programme":"lowincome","item":"uplift-b","member":"a","monthly":"60.00"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","class":"B",
				 "disability":{"type":"physical","grade":2,"long_term_care":true},"incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"b","birth_date":"1940-01-01","relation":"parent",
				 "tekun":{"mode":"dispersed","self_care":"full","period":{"from":"2017-04","to":"2017-10"}}}]}`,
			sets: []*benefit.Params{carePartial},
			want: []afinding{
				{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "uplift-b", Member: "a", Amount: "0.37",
					Why: "少发：现发 60.00 元/月，应发 60.37 元/月（第1–11月），每月少发 0.37 元"},
				{Kind: policy.NotConfig, Programme: policy.Tekun, Item: "care", Member: "b", Amount: "0.00",
					Why: "未评估：已建立护理补贴，但全自理的补贴标准 tekun.care.full 未设定（地方参数）"},
				{Kind: policy.Unclaimed, Programme: policy.Disability, Item: "living", Member: "a", Amount: "800.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Programme: policy.Disability, Item: "nursing", Member: "a", Amount: "720.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；应发 720.00 元/年（每月 60.00 元）"},
			},
		},
		{
			name:    "first-set-from-march-tekun-from-march",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic, policy.ClauseMeansTest},
			desc: "2017 年参数集 3 月起，b 自 2017-03 起特困：特困在 3 月分段，所评估的 3–12 月只有一段，a 一人低保户，" +
				"补差 (3622.00 − 2000.00) × 10 ÷ 12 = 1351.67，每月 round(1351.67 ÷ 10) = 135.17（第3–11月；12 月 1351.67 − 9 × 135.17 = 135.14），" +
				"现发 130.00，少发 5.17 / the 2017 set from March, b under 特困 support from 2017-03: the support cuts the year in March, " +
				"but the months assessed, 3–12, are one run; a is a 低保 household of one, base (3622.00 − 2000.00) × 10 ÷ 12 = " +
				"1351.67, 135.17 a month (months 3–11; December 1351.67 − 9 × 135.17 = 135.14), paid 130.00: 5.17 short",
			h: `{"id":"AJ5","township":"示例镇","current":{"lowincome":true,"payments":[
				{"programme":"lowincome","item":"base","monthly":"130.00"}]},"members":[
				{"id":"a","birth_date":"1970-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-03"}}}]}`,
			sets: []*benefit.Params{from2017(time.March)},
			want: []afinding{
				{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "base", Amount: "5.17",
					Why: "少发：现发 130.00 元/月，应发 135.17 元/月（第3–11月），每月少发 5.17 元"},
			},
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			date := tc.on
			if date.IsZero() {
				date = on
			}
			a := a
			if tc.sets != nil {
				var err error
				if a, err = benefit.New(tc.sets...); err != nil {
					t.Fatal(err)
				}
			}
			b, err := a.Assess(hh(t, tc.h), date)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			var got []afinding
			for _, f := range b.Findings {
				got = append(got, afinding{f.Kind(), f.Programme(), f.Item(), f.Member(), f.Amount().StringFixed(2),
					f.Explanation().Render(policy.ZH)})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			checkTotals(t, b)
		})
	}
}

// TestIndividualRecipientMonths is 2.2.3 on the individual switch
// (lowincome.child_mode individual) in a household not covered: a child in
// difficulty paid the standard on its own is a 低保 recipient in the months
// of its line — the household's 低保 months, lowincome_period — and in no
// other month of the run (section 0), for the living subsidy (2.2.4) and
// for medical aid (2.3.2, the contribution sponsorship of D's month, a
// claim's group in its admission month), however the year is cut into
// runs. Every case is under the built-in 2017 set with the switch turned,
// and the July set (S = 3912.00) where a case says so.
func TestIndividualRecipientMonths(t *testing.T) {
	const (
		civil   = policy.CivilAffairsFund
		medFund = policy.MedicalAidFund
	)
	const im1 = `{"id":"IM1","township":"示例镇","lowincome_period":{"from":"2017-08","to":"2017-08"},"members":[
		{"id":"m1","birth_date":"1975-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"20000.00"}]},
		{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty","disability":{"type":"physical","grade":3}}]}`
	living := []pdecision{
		{Programme: policy.Disability, Item: "living", Member: "c1", Outcome: policy.Ineligible, Months: "01–07"},
		{Programme: policy.Disability, Item: "nursing", Member: "c1", Outcome: policy.Ineligible, Months: "01–12"},
		{Programme: policy.Disability, Item: "living", Member: "c1", Outcome: policy.Eligible, Months: "08–08"},
		{Programme: policy.Disability, Item: "living", Member: "c1", Outcome: policy.Ineligible, Months: "09–12"},
	}
	tests := []struct {
		name      string
		clauses   []policy.Clause
		desc      string
		h         string              // the household record, JSON
		childMode lowincome.ChildMode // lowincome.child_mode in every set loaded
		july      bool                // the July set (S = 3912.00) loaded too
		on        household.Date
		want      []pline
		decisions []pdecision // of the disability subsidies; nil: not stated
		medical   []mdecision // the medical-aid member decisions; nil: not stated
	}{
		{
			name:    "living-subsidy-in-the-childs-months",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren, policy.ClauseDisability},
			desc: "低保期间仅 2017-08；I = 20000.00 ≥ 3622.00 × 2 = 7244.00，家庭不在保；困境儿童 c1 个人全额享受 3622.00 × 1 ÷ 12 = 301.83（8月），" +
				"三级肢体残疾，生活补贴只在其为低保对象的8月：400.00 × 1 ÷ 12 = 33.33，而非全年 400.00；评估日 9 月不是低保对象，不资助参保 / " +
				"低保 months August 2017 only; I = 20000.00 ≥ 3622.00 × 2 = 7244.00, the household is not covered; c1, a child in " +
				"difficulty, receives the standard on its own, 3622.00 × 1 ÷ 12 = 301.83 for August, and, grade-3 physical, the living " +
				"subsidy only in August, when it is a 低保 recipient: 400.00 × 1 ÷ 12 = 33.33, not 400.00 for the year; in D's month, " +
				"September, it is no recipient and is not sponsored",
			h:         im1,
			childMode: lowincome.ChildIndividual,
			on:        household.NewDate(2017, 9, 1),
			want: []pline{
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "08–08", Annual: "301.83"},
				{Programme: policy.Disability, Item: "living", Member: "c1", Payer: civil, Months: "08–08", Annual: "33.33"},
			},
			decisions: living,
		},
		{
			name:    "sponsored-in-the-childs-month",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren, policy.ClauseSponsorship},
			desc: "低保期间仅 2017-08；I = 20000.00 ≥ 7244.00，家庭不在保；困境儿童 c1 个人全额享受 301.83（8月），三级肢体残疾，" +
				"生活补贴 33.33（8月）；评估日 2017-08-01：c1 在评估日所在8月为低保对象，资助参保 180.00 / 低保 months August 2017 " +
				"only; I = 20000.00 ≥ 7244.00, the household is not covered; c1, a child in difficulty, receives the standard on " +
				"its own, 301.83 for August, and, grade-3 physical, the living subsidy 33.33 for August; assessed on 2017-08-01: " +
				"in D's month, August, c1 is a 低保 recipient and is sponsored 180.00",
			h:         im1,
			childMode: lowincome.ChildIndividual,
			on:        household.NewDate(2017, 8, 1),
			want: []pline{
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "08–08", Annual: "301.83"},
				{Programme: policy.Disability, Item: "living", Member: "c1", Payer: civil, Months: "08–08", Annual: "33.33"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "c1", Payer: medFund, Months: "08–08", Annual: "180.00"},
			},
			decisions: living,
		},
		{
			name:    "runs-cut-by-a-set",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren, policy.ClauseDisability},
			desc: "低保期间 2017-03 至 2017-08，7 月起 S = 3912.00：家庭 I = 20000.00 不在保；c1 个人全额 3–6月 3622.00 × 4 ÷ 12 = 1207.33、" +
				"7–8月 3912.00 × 2 ÷ 12 = 652.00；生活补贴在其为低保对象的 3–8月为一条线 400.00 × 6 ÷ 12 = 200.00（不因参数集分段而变）；" +
				"评估日 9 月不是低保对象，不资助参保 / 低保 months March–August 2017, S = 3912.00 from July: the household (I = 20000.00) " +
				"is not covered; c1 is paid the standard on its own, 3622.00 × 4 ÷ 12 = 1207.33 for March–June and 3912.00 × 2 ÷ 12 " +
				"= 652.00 for July–August; the living subsidy is one line over March–August, when c1 is a recipient, 400.00 × 6 ÷ 12 " +
				"= 200.00, whatever runs the sets cut; in September, D's month, c1 is no recipient and is not sponsored",
			h: `{"id":"IM2","township":"示例镇","lowincome_period":{"from":"2017-03","to":"2017-08"},"members":[
				{"id":"m1","birth_date":"1975-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"20000.00"}]},
				{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty","disability":{"type":"physical","grade":3}}]}`,
			childMode: lowincome.ChildIndividual,
			july:      true,
			on:        household.NewDate(2017, 9, 1),
			want: []pline{
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "03–06", Annual: "1207.33"},
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "07–08", Annual: "652.00"},
				{Programme: policy.Disability, Item: "living", Member: "c1", Payer: civil, Months: "03–08", Annual: "200.00"},
			},
		},
		{
			name:    "one-recipient-run-across-sets",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren, policy.ClauseMedicalWho},
			desc: "低收入家庭，低保期间 2017-03 至 2017-08，7 月起 S = 3912.00：家庭 I = 20000.00 ≥ 3622.00 × 3 = 10866.00 不在保；困境儿童 c1 " +
				"个人全额 3–6月 3622.00 × 4 ÷ 12 = 1207.33、7–8月 3912.00 × 2 ÷ 12 = 652.00。c1 在 3–8月都是低保对象，参数集分段不改变低保结果，" +
				"医疗救助为 3–8月一段，按其离评估日（9月）最近的8月认定：m2 一级残疾证自 7 月起，8 月有效，为低收入家庭的重度残疾人，与 9–12月的决定相同，" +
				"合为 3–12月；1–2月按2月认定，证未生效，不属于救助对象 / a low-income family, 低保 months March–August 2017, S = 3912.00 " +
				"from July: the household (I = 20000.00 ≥ 3622.00 × 3 = 10866.00) is not covered; c1, a child in difficulty, is paid the " +
				"standard on its own, 3622.00 × 4 ÷ 12 = 1207.33 for March–June and 3912.00 × 2 ÷ 12 = 652.00 for July–August. c1 is a " +
				"recipient all through March–August, and the sets' cut in July does not change the 低保 outcome, so medical aid reads " +
				"March–August as one run, in its month nearest D's September, August: m2's grade-1 certificate, from July, is valid " +
				"then, so m2 is a severely disabled member of a low-income family, as in September–December, one decision for " +
				"March–December; January–February, read in February, before the certificate: no group",
			h: `{"id":"IM4","township":"示例镇","low_income_family":true,"lowincome_period":{"from":"2017-03","to":"2017-08"},"members":[
				{"id":"m1","birth_date":"1975-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"20000.00"}]},
				{"id":"m2","birth_date":"1977-01-01","relation":"spouse","disability":{"type":"physical","grade":1,"period":{"from":"2017-07"}}},
				{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"}]}`,
			childMode: lowincome.ChildIndividual,
			july:      true,
			on:        household.NewDate(2017, 9, 1),
			want: []pline{
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "03–06", Annual: "1207.33"},
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "07–08", Annual: "652.00"},
			},
			medical: []mdecision{
				{Member: "m1", Months: "01–12", Reason: "不属于医疗救助对象：低收入家庭成员，但 42 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
				{Member: "m2", Months: "01–02", Reason: "不属于医疗救助对象：低收入家庭成员，但 40 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
				{Member: "c1", Months: "01–02", Reason: "低收入家庭的未成年人：7 周岁，不满 18 周岁"},
				{Member: "m2", Months: "03–12", Reason: "低收入家庭的重度残疾人：残疾等级 1 级（1–2 级为重度）"},
				{Member: "c1", Months: "03–08", Reason: "本人单独享受低保（困境儿童全额享受最低生活保障）：低保对象，重点救助对象"},
				{Member: "c1", Months: "09–12", Reason: "低收入家庭的未成年人：7 周岁，不满 18 周岁"},
			},
		},
		{
			name:    "claims-in-and-out-of-the-childs-months",
			clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseMedicalWho, policy.ClauseInpatient},
			desc: "低保期间仅8月、家庭不在保（I = 20000.00），困境儿童 c1 个人全额，两次住院，合规费用各 15000.00、新农合各 5000.00，R = 10000.00：3月入院时不是低保对象，" +
				"按困境儿童扩大救助对象 60% × (10000.00 − 5000.00) = 3000.00；8月入院时为低保对象，70% × 10000.00 = 7000.00；" +
				"合计 10000.00 不超过年度限额 20000.00 / 低保 months August only, the household (I = 20000.00) not covered, c1, a " +
				"child in difficulty paid on its own, admitted twice, each compliant cost " +
				"15000.00 and NCMS 5000.00, R = 10000.00: admitted in March, when it is no 低保 recipient, it is in the extended " +
				"group as a child in difficulty, 60% × (10000.00 − 5000.00) = 3000.00; admitted in August, a 低保 recipient, " +
				"70% × 10000.00 = 7000.00; 10000.00 in all, within the cap of 20000.00",
			childMode: lowincome.ChildIndividual,
			h: `{"id":"IM3","township":"示例镇","lowincome_period":{"from":"2017-08","to":"2017-08"},"members":[
				{"id":"m1","birth_date":"1975-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"20000.00"}]},
				{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty","disability":{"type":"physical","grade":3},
				 "claims":[{"id":"k1","admission":"2017-03-10","total_cost":"15000.00","compliant_cost":"15000.00","ncms":"5000.00"},
				           {"id":"k2","admission":"2017-08-10","total_cost":"15000.00","compliant_cost":"15000.00","ncms":"5000.00"}]}]}`,
			on: household.NewDate(2017, 9, 1),
			want: []pline{
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "08–08", Annual: "301.83"},
				{Programme: policy.Disability, Item: "living", Member: "c1", Payer: civil, Months: "08–08", Annual: "33.33"},
				{Programme: policy.Medical, Item: "inpatient", Member: "c1", ID: "k1", Payer: medFund, Months: "03–03", Annual: "3000.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "c1", ID: "k2", Payer: medFund, Months: "08–08", Annual: "7000.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sets := []*benefit.Params{benefit.Default2017()}
			if tc.july {
				sets = append(sets, julySet(t))
			}
			for _, p := range sets {
				p.LowIncome.ChildMode.Value = tc.childMode
			}
			a, err := benefit.New(sets...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, tc.h), tc.on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if diff := cmp.Diff(tc.want, plinesOf(b)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if tc.decisions != nil {
				if diff := cmp.Diff(tc.decisions, pdecisionsOf(b, policy.Disability)); diff != "" {
					t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
				}
			}
			if tc.medical != nil {
				var got []mdecision
				for d := range b.DecisionsOf(policy.Select{Programme: policy.Medical}) {
					got = append(got, mdecision{d.Member(), d.Period().String(), d.Explanation().Render(policy.ZH)})
				}
				if diff := cmp.Diff(tc.medical, got); diff != "" {
					t.Errorf("%s\nmedical decisions (-want +got):\n%s", tc.desc, diff)
				}
			}
			checkTotals(t, b)
		})
	}
}

// TestDecisionMonthsOwnCoverage is what a decision's months say when a
// member's own coverage is part of a run (section 0, 2.2.1, 2.2.4): each
// programme decides once a run of months, cut where the parameters it reads
// change, so a certificate's months or a 特困 member's own months show in
// his lines' periods, not in the decision's months, which are the run's
// (joined with the next run when it decides the same).
func TestDecisionMonthsOwnCoverage(t *testing.T) {
	tests := []struct {
		name      string
		clauses   []policy.Clause
		desc      string
		sets      []string
		h         string
		programme policy.Programme
		decisions []pdecision
		lines     []pline
	}{
		{
			name:    "certificate-april-to-august",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability},
			desc: "一人低保户，一级肢体残疾证 4–8月，需长期照护：两项补贴均认定全年享受，补贴行只覆盖 4–8月：生活补贴 800 × 5 ÷ 12 = " +
				"333.33，护理补贴 720 × 5 ÷ 12 = 300.00 / a 低保 household of one with a grade-1 physical certificate for April–August, " +
				"needing long-term care: both subsidies are decided eligible for January–December and their lines cover April–August: " +
				"living 800 × 5 ÷ 12 = 333.33, nursing 720 × 5 ÷ 12 = 300.00",
			sets: []string{"2017"},
			h: `{"id":"OC1","township":"示例镇","members":[{"id":"m1","birth_date":"1970-01-01",
				"incomes":[{"category":"wages","amount":"1000.00"}],
				"disability":{"type":"physical","grade":1,"long_term_care":true,"period":{"from":"2017-04","to":"2017-08"}}}]}`,
			programme: policy.Disability,
			decisions: []pdecision{
				{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Eligible, Months: "01–12"},
			},
			lines: []pline{
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: policy.CivilAffairsFund, Months: "04–08", Annual: "333.33"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: policy.CivilAffairsFund, Months: "04–08", Annual: "300.00"},
			},
		},
		{
			name:    "tekun-january-to-june",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTekunStandard},
			desc: "m1 1–6月分散供养，全年一个参数集：特困决定为全年（供养 6 个月），供养行只覆盖 1–6月：3622 × 6 ÷ 12 = 1811.00 / m1 " +
				"under dispersed 特困 support for January–June, one set all year: the 特困 decision holds for January–December " +
				"(supported 6 months) and the support line covers January–June: 3622 × 6 ÷ 12 = 1811.00",
			sets: []string{"2017"},
			h: `{"id":"OC2","township":"示例镇","members":[
				{"id":"m1","birth_date":"1950-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-01","to":"2017-06"}}},
				{"id":"m2","birth_date":"1952-01-01","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			programme: policy.Tekun,
			decisions: []pdecision{{Programme: policy.Tekun, Member: "m1", Outcome: policy.Eligible, Months: "01–12"}},
			lines: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: policy.CivilAffairsFund, Months: "01–06", Annual: "1811.00"},
			},
		},
		{
			name:    "tekun-january-to-june-july-set",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTekunStandard},
			desc: "m1 1–6月分散供养，7月起分散供养标准提高至 3912：特困分 1–6月、7–12月两段评估，m1 只在 1–6月有决定，供养行 3622 × 6 ÷ 12 = 1811.00 / " +
				"m1 under dispersed 特困 support for January–June, the dispersed standard raised to 3912 from July: 特困 is assessed in two runs, " +
				"January–June and July–December, and m1 has a decision for January–June only; the support line 3622 × 6 ÷ 12 = 1811.00",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"OC3","township":"示例镇","members":[
				{"id":"m1","birth_date":"1950-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-01","to":"2017-06"}}},
				{"id":"m2","birth_date":"1952-01-01","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			programme: policy.Tekun,
			decisions: []pdecision{{Programme: policy.Tekun, Member: "m1", Outcome: policy.Eligible, Months: "01–06"}},
			lines: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: policy.CivilAffairsFund, Months: "01–06", Annual: "1811.00"},
			},
		},
		{
			name:    "tekun-march-to-august-july-set",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTekunStandard},
			desc: "m1 3–8月分散供养，7月起标准 3912：两段决定相同，合为全年一个决定；供养行按参数分段：3622 × 4 ÷ 12 = 1207.33，" +
				"3912 × 2 ÷ 12 = 652.00 / m1 under dispersed support for March–August, the standard 3912 from July: the two runs decide " +
				"the same and are one decision for the year; the support line splits where its parameter changes: 3622 × 4 ÷ 12 = " +
				"1207.33, 3912 × 2 ÷ 12 = 652.00",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"OC4","township":"示例镇","members":[
				{"id":"m1","birth_date":"1950-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-08"}}},
				{"id":"m2","birth_date":"1952-01-01","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			programme: policy.Tekun,
			decisions: []pdecision{{Programme: policy.Tekun, Member: "m1", Outcome: policy.Eligible, Months: "01–12"}},
			lines: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: policy.CivilAffairsFund, Months: "03–06", Annual: "1207.33"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: policy.CivilAffairsFund, Months: "07–08", Annual: "652.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := assessorOf(t, tc.sets).Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			lines := slices.DeleteFunc(plinesOf(b), func(l pline) bool { return l.Programme != tc.programme })
			if diff := cmp.Diff(tc.decisions, pdecisionsOf(b, tc.programme)); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			checkTotals(t, b)
		})
	}
}

// yuan writes a money operand with two places, or "not money".
func yuan(a policy.Arg) string {
	if m, ok := a.Money(); ok {
		return m.Decimal().StringFixed(2)
	}
	return "not money"
}

// TestChildAllowanceTekunMonths is 2.2.3's children's allowance beside a
// child's 特困 months (section 0): in them he is outside the 低保 household,
// so the household's lines count him out and he is paid no allowance; in
// the others he is in it and is paid both.
func TestChildAllowanceTekunMonths(t *testing.T) {
	const civil = policy.CivilAffairsFund
	p := benefit.Default2017()
	p.LowIncome.ChildAllowance = policy.New("lowincome.child_allowance", decimal.RequireFromString("1200.00"), policy.Local,
		"县定困境儿童基本生活费（示例）/ a county's children's allowance (example)")
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		p       *benefit.Params
		h       string
		want    []pline
	}{
		{
			name:    "tekun-from-july",
			clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseConventions},
			desc: "收入 6000.00，困境儿童 c0 自 7 月起分散供养，县定儿童基本生活费 1200.00：1–6 月 n = 5，补差 (3622.00 × 5 − 6000.00) × 6 ÷ 12 = " +
				"6055.00，两名儿童各 6000.00 ÷ 5 × 6 ÷ 12 = 600.00，基本生活费各 1200.00 × 6 ÷ 12 = 600.00；7–12 月 c0 不在低保家庭内，n = 4，" +
				"补差 (14488.00 − 6000.00) × 6 ÷ 12 = 4244.00，c1 1500.00 × 6 ÷ 12 = 750.00；c1 的基本生活费全年一条线 1200.00，c0 只有 1–6 月 / " +
				"I = 6000.00, c0 under dispersed 特困 support from July, a county allowance of 1200.00: months 1–6, n = 5, base " +
				"(3622.00 × 5 − 6000.00) × 6 ÷ 12 = 6055.00, each child 6000.00 ÷ 5 × 6 ÷ 12 = 600.00 and each allowance 1200.00 × 6 ÷ 12 " +
				"= 600.00; months 7–12, c0 outside the 低保 household, n = 4, base (14488.00 − 6000.00) × 6 ÷ 12 = 4244.00, c1 1500.00 × 6 ÷ 12 " +
				"= 750.00; c1's allowance one line of 1200.00 for the year, c0's for months 1–6 only",
			p: p,
			h: `{"id":"CA1","township":"示例镇","members":[
				{"id":"a1","birth_date":"1975-01-01","relation":"head","incomes":[{"category":"wages","amount":"6000.00"}]},
				{"id":"a2","birth_date":"1975-01-01","relation":"spouse"},
				{"id":"a3","birth_date":"1945-01-01","relation":"parent"},
				{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"},
				{"id":"c0","birth_date":"2010-05-01","relation":"other","child":"in-difficulty",
				 "tekun":{"mode":"dispersed","period":{"from":"2017-07"}}}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–06", Annual: "6055.00"},
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "01–06", Annual: "600.00"},
				{Programme: policy.LowIncome, Item: "children-allowance", Member: "c1", Payer: civil, Months: "01–12", Annual: "1200.00"},
				{Programme: policy.LowIncome, Item: "child", Member: "c0", Payer: civil, Months: "01–06", Annual: "600.00"},
				{Programme: policy.LowIncome, Item: "children-allowance", Member: "c0", Payer: civil, Months: "01–06", Annual: "600.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "4244.00"},
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "07–12", Annual: "750.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := benefit.New(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			got := slices.DeleteFunc(plinesOf(b), func(l pline) bool { return l.Programme != policy.LowIncome })
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			checkTotals(t, b)
		})
	}
}
