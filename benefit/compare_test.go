package benefit_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The hand-worked comparison: six small households assessed on 2017-09-01
// under the built-in 2017 set (the baseline: S = 3622.00, A uplift 30%,
// B 20%) and under testdata/reform-s3912-a40.json (the reform: S = 3912.00,
// A uplift 40%, the dispersed 特困 standard raised with S as the floor of
// 2.2.1 requires). Every figure below is worked out by hand from RULES.md
// (2.1.2: base S × n − I, uplift rate × S; 2.2.1: the dispersed standard;
// 2.3.3: 180.00 sponsorship per key recipient; 2.4.1: the maximum
// k × S ÷ 12, rounded once, section 0) and stated as a literal.

// reformS3912 reads the illustrative reform set.
func reformS3912(t testing.TB) *benefit.Params {
	t.Helper()
	return testSet(t, "reform-s3912-a40.json")
}

// baselineAndReform returns the Assessors of the baseline and the reform.
func baselineAndReform(t testing.TB) (base, reform *benefit.Assessor) {
	t.Helper()
	r, err := benefit.New(reformS3912(t))
	if err != nil {
		t.Fatalf("New(reform): %v", err)
	}
	return assessor(t), r
}

// compareCases are the six households, each with its totals over every
// programme and payee under both and the lines that change.
var compareCases = []struct {
	name, desc string
	clauses    []policy.Clause
	record     string
	// baseline and reform are the household's totals, change their
	// difference; changed lists the lines that change ("programme/item
	// member"); entrants the programmes it enters by decision.
	baseline, reform, change string
	changed                  []string
	entrants                 []policy.Programme
}{
	{name: "lowincome-a-b", clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseSponsorship},
		desc: "低保户 3 人，I = 6000.00，A、B 类各一人：补差、A、B 类增发都随 S 和比例增加 / " +
			"a 低保 household of 3, I = 6000.00, one class A and one class B member: base and both uplifts rise",
		record: `{"id":"C-01","township":"镇甲","members":[
			{"id":"m1","birth_date":"1960-03-01","relation":"head","class":"A","incomes":[{"category":"agriculture","amount":"3000.00"}]},
			{"id":"m2","birth_date":"1962-05-01","relation":"spouse","class":"B","incomes":[{"category":"wages","amount":"3000.00"}]},
			{"id":"m3","birth_date":"1990-07-01","relation":"child"}]}`,
		// baseline: base 3622.00 × 3 − 6000.00 = 4866.00; A 3622.00 × 30% = 1086.60;
		//   B 3622.00 × 20% = 724.40; sponsorship 3 × 180.00 = 540.00;
		//   4866.00 + 1086.60 + 724.40 + 540.00 = 7217.00
		// reform: base 3912.00 × 3 − 6000.00 = 5736.00; A 3912.00 × 40% = 1564.80;
		//   B 3912.00 × 20% = 782.40; sponsorship 540.00;
		//   5736.00 + 1564.80 + 782.40 + 540.00 = 8623.20
		// change: 870.00 + 478.20 + 58.00 = 1406.20
		baseline: "7217.00", reform: "8623.20", change: "1406.20",
		changed: []string{"lowincome/base", "lowincome/uplift-a m1", "lowincome/uplift-b m2"}},
	{name: "entrant", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic, policy.ClauseSponsorship},
		desc: "申请户 3 人，I = 11000.00：基准下 11000.00 ≥ 3622.00 × 3 = 10866.00 不符合，改革下 11000.00 < 11736.00 纳入低保，成员由医疗救助代缴参保费 / " +
			"an applicant household of 3, I = 11000.00: refused under the baseline, covered under the reform, its members sponsored",
		record: `{"id":"C-02","township":"镇甲","members":[
			{"id":"m1","birth_date":"1970-03-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"6000.00"}]},
			{"id":"m2","birth_date":"1972-05-01","relation":"spouse","incomes":[{"category":"agriculture","amount":"5000.00"}]},
			{"id":"m3","birth_date":"1945-07-01","relation":"parent"}]}`,
		// baseline: ineligible, no line: 0.00
		// reform: base 3912.00 × 3 − 11000.00 = 736.00; sponsorship 3 × 180.00 = 540.00;
		//   736.00 + 540.00 = 1276.00
		baseline: "0.00", reform: "1276.00", change: "1276.00",
		changed:  []string{"lowincome/base", "medical/sponsorship m1", "medical/sponsorship m2", "medical/sponsorship m3"},
		entrants: []policy.Programme{policy.LowIncome, policy.Medical}},
	{name: "tekun-dispersed", clauses: []policy.Clause{policy.ClauseTekunStandard, policy.ClauseSponsorship},
		desc: "分散供养特困人员：供养标准随 S 从 3622.00 提高到 3912.00 / " +
			"a dispersed 特困 person: the standard follows S from 3622.00 to 3912.00",
		record: `{"id":"C-03","township":"镇乙","members":[
			{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}}]}`,
		// baseline: 3622.00 + sponsorship 180.00 = 3802.00
		// reform: 3912.00 + 180.00 = 4092.00; change 3912.00 − 3622.00 = 290.00
		baseline: "3802.00", reform: "4092.00", change: "290.00",
		changed: []string{"tekun/dispersed m1"}},
	{name: "unchanged", clauses: []policy.Clause{policy.ClauseDisability},
		desc: "非低保户的一级残疾人：护理补贴 60.00 × 12 = 720.00 不经济状况核对，两者相同 / " +
			"a grade-1 holder outside 低保: the nursing subsidy 60.00 × 12 = 720.00 is not means-tested, the same under both",
		record: `{"id":"C-04","township":"镇乙","members":[
			{"id":"m1","birth_date":"1965-01-01","relation":"head","disability":{"type":"physical","grade":1,"long_term_care":true}},
			{"id":"m2","birth_date":"1966-01-01","relation":"spouse","able_to_work":true,"incomes":[{"category":"wages","amount":"20000.00"}]}]}`,
		baseline: "720.00", reform: "720.00", change: "0.00"},
	{name: "temporary-capped", clauses: []policy.Clause{policy.ClauseTemporary, policy.ClauseConventions},
		desc: "火灾，差额 6000.00 高于上限：基准 10 × 3622.00 ÷ 12 = 3018.33，改革 10 × 3912.00 ÷ 12 = 3260.00 / " +
			"a fire, shortfall 6000.00 above the maximum: 3018.33 under the baseline, 3260.00 under the reform",
		record: `{"id":"C-05","township":"镇甲","members":[
			{"id":"m1","birth_date":"1980-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"8000.00"}]}],
			"hardships":[{"id":"e1","type":"fire","date":"2017-08-20","cost":"6000.00"}]}`,
		// baseline: 36220.00 ÷ 12 = 3018.3333… → 3018.33; reform: 39120.00 ÷ 12 = 3260.00
		// change: 3260.00 − 3018.33 = 241.67
		baseline: "3018.33", reform: "3260.00", change: "241.67",
		changed: []string{"temporary/emergency"}},
	{name: "exit-pending-continues", clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseSponsorship},
		desc: "在保户 3 人，I = 11500.00，A 类一人：基准下高于 10866.00 待确认退出（补差 0.00，增发照发，仍在保），改革下 ≤ 11736.00 继续享受 / " +
			"a recipient of 3, I = 11500.00, one class A member: exit pending under the baseline (base 0.00, still covered), continuing under the reform",
		record: `{"id":"C-06","township":"镇乙","current":{"lowincome":true},"members":[
			{"id":"m1","birth_date":"1950-01-01","relation":"head","class":"A","incomes":[{"category":"transfers","amount":"1500.00"}]},
			{"id":"m2","birth_date":"1975-01-01","relation":"child","able_to_work":true,"incomes":[{"category":"wages","amount":"10000.00"}]},
			{"id":"m3","birth_date":"1952-01-01","relation":"spouse"}]}`,
		// baseline: base max(0, 10866.00 − 11500.00) = 0.00; A 1086.60; sponsorship 540.00;
		//   0.00 + 1086.60 + 540.00 = 1626.60
		// reform: base 11736.00 − 11500.00 = 236.00; A 1564.80; sponsorship 540.00;
		//   236.00 + 1564.80 + 540.00 = 2340.80
		// change: 236.00 + 478.20 = 714.20; covered under both: no entrant
		baseline: "1626.60", reform: "2340.80", change: "714.20",
		changed: []string{"lowincome/base", "lowincome/uplift-a m1"}},
}

// compareHouseholds decodes the six households, in table order.
func compareHouseholds(t testing.TB) []*household.Household {
	t.Helper()
	hs := make([]*household.Household, len(compareCases))
	for i, tc := range compareCases {
		hs[i] = hh(t, tc.record)
	}
	return hs
}

// TestCompareHandWorked is the comparison of the six households, figures
// by hand (the households' rows above add up to these).
func TestCompareHandWorked(t *testing.T) {
	base, reform := baselineAndReform(t)
	c, err := benefit.Compare(base, reform, slices.Values(compareHouseholds(t)), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Key, Baseline, Reform, Difference string }
	rowsOf := func(d benefit.Dimension) []row {
		var out []row
		for _, r := range c.Rows(d) {
			out = append(out, row{r.Key, r.Baseline.Annual.StringFixed(2), r.Reform.Annual.StringFixed(2),
				r.Difference.StringFixed(2)})
		}
		return out
	}
	tests := []struct {
		name, desc string
		clauses    []policy.Clause
		dim        benefit.Dimension
		want       []row
	}{
		{name: "by-programme", dim: benefit.ByProgramme,
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseTekunStandard, policy.ClauseSponsorship, policy.ClauseTemporary},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按项目：低保 C-01 6677.00 + C-06 1086.60 = 7763.60 → 8083.20 + 736.00 + 1800.80 = 10620.00；医疗 7 人 × 180.00 = 1260.00 → 10 人 1800.00 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"by programme: 低保 7763.60 → 10620.00; medical 7 × 180.00 = 1260.00 → 10 × 180.00 = 1800.00",
			want: []row{
				{"disability", "720.00", "720.00", "0.00"},
				{"lowincome", "7763.60", "10620.00", "2856.40"}, // 870.00 + 478.20 + 58.00 + 736.00 + 236.00 + 478.20
				{"medical", "1260.00", "1800.00", "540.00"},     // C-02's 3 × 180.00
				{"tekun", "3622.00", "3912.00", "290.00"},
				{"temporary", "3018.33", "3260.00", "241.67"},
			}},
		{name: "by-item", dim: benefit.ByItem, clauses: []policy.Clause{policy.ClauseDynamic},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按明细：补差 4866.00 + 0.00 → 5736.00 + 736.00 + 236.00；A 类 2 × 1086.60 → 2 × 1564.80 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"by item: base 4866.00 → 6708.00; uplift A 2 × 1086.60 = 2173.20 → 2 × 1564.80 = 3129.60",
			want: []row{
				{"disability/nursing", "720.00", "720.00", "0.00"},
				{"lowincome/base", "4866.00", "6708.00", "1842.00"},
				{"lowincome/uplift-a", "2173.20", "3129.60", "956.40"},
				{"lowincome/uplift-b", "724.40", "782.40", "58.00"},
				{"medical/sponsorship", "1260.00", "1800.00", "540.00"},
				{"tekun/dispersed", "3622.00", "3912.00", "290.00"},
				{"temporary/emergency", "3018.33", "3260.00", "241.67"},
			}},
		{name: "by-township", dim: benefit.ByTownship, clauses: []policy.Clause{policy.ClauseCoordination},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按乡镇：镇甲 7217.00 + 0.00 + 3018.33 = 10235.33 → 8623.20 + 1276.00 + 3260.00 = 13159.20；镇乙 3802.00 + 720.00 + 1626.60 = 6148.60 → 4092.00 + 720.00 + 2340.80 = 7152.80 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"by township: 镇甲 10235.33 → 13159.20; 镇乙 6148.60 → 7152.80",
			want: []row{
				{"镇乙", "6148.60", "7152.80", "1004.20"},
				{"镇甲", "10235.33", "13159.20", "2923.87"},
			}},
		{name: "by-payer", dim: benefit.ByPayer, clauses: []policy.Clause{policy.ClauseCoordination, policy.ClauseSponsorship},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按支付方：民政资金 7763.60 + 3622.00 + 720.00 + 3018.33 = 15123.93 → 10620.00 + 3912.00 + 720.00 + 3260.00 = 18512.00；医疗救助资金 1260.00 → 1800.00 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"by payer: the civil-affairs fund 15123.93 → 18512.00; the medical-aid fund 1260.00 → 1800.00",
			want: []row{
				{"civil-affairs-fund", "15123.93", "18512.00", "3388.07"},
				{"medical-aid-fund", "1260.00", "1800.00", "540.00"},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, rowsOf(tc.dim)); d != "" {
				t.Errorf("%s [%v] (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
		})
	}
	// The comparison's counts and totals, over every programme: each
	// household's totals (compareCases) add up to them.
	type counts struct {
		Households, Persons, Failed, Gainers, Losers, Unchanged int
		Baseline, Reform, Change, Gained, Lost                  string
	}
	movers := []struct {
		name, desc string
		clauses    []policy.Clause
		want       counts
		gains      []string // the largest gains, largest first: "household change"
	}{
		{name: "movers",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseTekunStandard, policy.ClauseDisability, policy.ClauseSponsorship, policy.ClauseTemporary},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。6 户 13 人：增加 5 户，C-04 不变，无人减少；合计 7217.00 + 0.00 + 3802.00 + 720.00 + 3018.33 + 1626.60 = 16383.93 → " +
				"8623.20 + 1276.00 + 4092.00 + 720.00 + 3260.00 + 2340.80 = 20312.00，差额 3928.07 = 各户增加之和 1406.20 + 1276.00 + 714.20 + 290.00 + 241.67 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"six households, 13 persons: five gain, C-04 is unchanged, none loses; 16383.93 → 20312.00, the change 3928.07 the sum of the gains",
			want:  counts{6, 13, 0, 5, 0, 1, "16383.93", "20312.00", "3928.07", "3928.07", "0.00"},
			gains: []string{"C-01 1406.20", "C-02 1276.00", "C-06 714.20", "C-03 290.00", "C-05 241.67"}},
	}
	for _, tc := range movers {
		t.Run(tc.name, func(t *testing.T) {
			all := c.All()
			got := counts{c.Households, c.Persons, c.Failed, c.Gainers, c.Losers, c.Unchanged,
				all.Baseline.Annual.StringFixed(2), all.Reform.Annual.StringFixed(2), all.Difference.StringFixed(2),
				c.Gained().StringFixed(2), c.Lost().StringFixed(2)}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("%s [%v]\n户数与合计 / counts (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			var gains []string
			for _, m := range c.Gains() {
				gains = append(gains, m.Household+" "+m.Change.StringFixed(2))
			}
			if d := cmp.Diff(tc.gains, gains); d != "" {
				t.Errorf("%s [%v]\n最大增加 / largest gains (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			if len(c.Losses()) != 0 {
				t.Errorf("%s [%v]\n减少 / losses %v, want none", tc.desc, tc.clauses, c.Losses())
			}
		})
	}
	coverage := []struct {
		name, desc string
		clauses    []policy.Clause
		want       []benefit.Coverage
	}{
		{name: "coverage", clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMedicalWho},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按决定的覆盖：低保 C-01、C-06（待确认退出，仍在保）→ 加 C-02；医疗救助 C-01、C-03、C-06 → 加 C-02；特困、残疾、临时救助各 1 户不变 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"coverage by decision: 低保 C-01 and C-06 (exit pending, still covered), then C-02 enters; medical aid C-01, C-03 and C-06, then C-02; " +
				"特困, disability and temporary aid one household each under both",
			want: []benefit.Coverage{
				{Programme: policy.LowIncome, Baseline: 2, Reform: 3, Entrants: 1},
				{Programme: policy.Tekun, Baseline: 1, Reform: 1},
				{Programme: policy.Disability, Baseline: 1, Reform: 1},
				{Programme: policy.Medical, Baseline: 3, Reform: 4, Entrants: 1},
				{Programme: policy.Temporary, Baseline: 1, Reform: 1},
			}},
	}
	for _, tc := range coverage {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, c.Coverage()); d != "" {
				t.Errorf("%s [%v]\n按决定的覆盖 / coverage by decision (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
		})
	}
	type cell struct{ Township, Programme, Baseline, Reform, Difference string }
	cells := []struct {
		name, desc string
		clauses    []policy.Clause
		want       []cell
	}{
		{name: "township-programme",
			clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseTekunStandard, policy.ClauseSponsorship, policy.ClauseTemporary, policy.ClauseCoordination},
			desc: "C-01 至 C-06 六户（compareCases 各行的记录），基准 2017 内置参数集、改革 reform-s3912-a40.json，评估日 2017-09-01。按乡镇和项目：镇甲 低保 C-01 6677.00 → 8083.20 + C-02 736.00 = 8819.20，医疗 3 × 180.00 = 540.00 → 6 × 180.00 = 1080.00；" +
				"镇乙 低保 C-06 1086.60 → 1800.80，特困 3622.00 → 3912.00 / the six households C-01 to C-06 (the records of the compareCases rows), baseline the built-in 2017 set, reform reform-s3912-a40.json, as of 2017-09-01; " +
				"by township and programme: 镇甲 低保 6677.00 → 8819.20, medical 540.00 → 1080.00; 镇乙 低保 1086.60 → 1800.80, 特困 3622.00 → 3912.00",
			want: []cell{
				{"镇乙", "lowincome", "1086.60", "1800.80", "714.20"},
				{"镇乙", "tekun", "3622.00", "3912.00", "290.00"},
				{"镇乙", "disability", "720.00", "720.00", "0.00"},
				{"镇乙", "medical", "720.00", "720.00", "0.00"},
				{"镇甲", "lowincome", "6677.00", "8819.20", "2142.20"},
				{"镇甲", "medical", "540.00", "1080.00", "540.00"},
				{"镇甲", "temporary", "3018.33", "3260.00", "241.67"},
			}},
	}
	for _, tc := range cells {
		t.Run(tc.name, func(t *testing.T) {
			var got []cell
			for _, x := range c.ByTownshipAndProgramme() {
				got = append(got, cell{x.Township, string(x.Programme), x.Baseline.StringFixed(2), x.Reform.StringFixed(2),
					x.Difference.StringFixed(2)})
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("%s [%v]\n按乡镇和项目 / by township and programme (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
		})
	}
	t.Run("entrants-by-decision", func(t *testing.T) {
		// Each household's entrants, from its own comparison: only C-02 enters, though C-06's base rises from 0.00.
		for _, tc := range compareCases {
			one, err := benefit.Compare(base, reform, slices.Values([]*household.Household{hh(t, tc.record)}), on,
				benefit.BatchOptions{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			var got []policy.Programme
			for _, k := range one.Coverage() {
				if k.Entrants > 0 {
					got = append(got, k.Programme)
				}
			}
			if d := cmp.Diff(tc.entrants, got); d != "" {
				t.Errorf("%s: %s: entrants (-want +got):\n%s", tc.name, tc.desc, d)
			}
		}
	})
}

// TestCompareAdd is what Comparison.Add counts of one record and its two
// breakdowns: a nil record or breakdown, or a breakdown with a line naming
// no programme, payee or payer (the zero policy.Line, which only a
// breakdown made by hand holds) or a line added by hand in month 13, is
// one record failed on both sides and adds nothing else, as Budget.Add
// counts it.
func TestCompareAdd(t *testing.T) {
	base, reform := baselineAndReform(t)
	h := hh(t, compareCases[0].record)
	b, err := base.Assess(h, on)
	if err != nil {
		t.Fatal(err)
	}
	r, err := reform.Assess(h, on)
	if err != nil {
		t.Fatal(err)
	}
	// A reform breakdown of its own with a lump sum of 1000.00 added by
	// hand in month 13, through the embedded Assessment's Lump.
	month13, err := reform.Assess(h, on)
	if err != nil {
		t.Fatal(err)
	}
	pay, f := byHand()
	month13.Lump(&pay, 100000, 13, f)
	// counts are Households, Failed, and each side's Households and Failed.
	type counts struct{ Households, Failed, BaseHouseholds, BaseFailed, ReformHouseholds, ReformFailed int }
	tests := []struct {
		name, desc string
		h          *household.Household
		base, ref  *benefit.Breakdown
		want       counts
	}{
		{name: "both", desc: "档案和两份结果俱全：对比一户 / a record and both breakdowns: one household compared",
			h: h, base: b, ref: r, want: counts{1, 0, 1, 0, 1, 0}},
		{name: "nil-record", desc: "无档案：失败一户 / no record: one failed",
			base: b, ref: r, want: counts{0, 1, 0, 1, 0, 1}},
		{name: "nil-reform", desc: "无改革结果：失败一户，基准也不计 / no reform breakdown: one failed, the baseline not added either",
			h: h, base: b, want: counts{0, 1, 0, 1, 0, 1}},
		{name: "zero-line-in-baseline", desc: "基准结果有零值行：失败一户，两边都不计 / a zero line in the baseline: one failed, neither side added",
			h: h, base: withZeroLine(b), ref: r, want: counts{0, 1, 0, 1, 0, 1}},
		{name: "zero-line-in-reform", desc: "改革结果有零值行：失败一户，两边都不计 / a zero line in the reform: one failed, neither side added",
			h: h, base: b, ref: withZeroLine(r), want: counts{0, 1, 0, 1, 0, 1}},
		{name: "month-13-in-reform", desc: "改革结果有手工添加的 13 月一次性救助：失败一户，两边都不计，不 panic / a lump sum added by hand in month 13 in the reform: one failed, neither side added, never a panic",
			h: h, base: b, ref: month13, want: counts{0, 1, 0, 1, 0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c benefit.Comparison
			c.Add(tc.h, tc.base, tc.ref)
			got := counts{c.Households, c.Failed, c.Baseline.Households, c.Baseline.Failed, c.Reform.Households, c.Reform.Failed}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestCompareOneFen: a household whose total changes by one fen is a
// gainer or a loser, not unchanged, and stays one in the comparison read
// back from its JSON (UnmarshalJSON). The reform raises S by 0.01 to 3622.01
// (New derives the dispersed 特困 standard from it, 2.2.1): a 低保
// household of one with I = 1000.00 gets 3622.01 − 1000.00 =
// 2622.01 where it got 2622.00 (2.1.2), and its sponsorship of 180.00
// (2.3.3) does not change.
func TestCompareOneFen(t *testing.T) {
	p := benefit.Default2017()
	p.LowIncome.Standard.Value = decimal.RequireFromString("3622.01")
	plus, err := benefit.New(p)
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]*benefit.Assessor{"2017": assessor(t), "S 3622.01": plus}
	h := hh(t, `{"id":"F1","township":"镇甲","members":[
		{"id":"m1","birth_date":"1950-01-01","relation":"head","incomes":[{"category":"transfers","amount":"1000.00"}]}]}`)
	type counts struct {
		Gainers, Losers, Unchanged int
		Gained, Lost               string
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		from, to string // the sets compared: "2017" (Default2017) or "S 3622.01"
		want     counts
	}{
		{name: "one-fen-gained", clause: policy.ClauseDynamic,
			desc: "S 提高 0.01：低保 2622.00 → 2622.01，增加一户 0.01 / S raised by 0.01: 低保 2622.00 → 2622.01, one gainer of 0.01",
			from: "2017", to: "S 3622.01", want: counts{Gainers: 1, Gained: "0.01", Lost: "0.00"}},
		{name: "one-fen-lost", clause: policy.ClauseDynamic,
			desc: "反向对比：低保 2622.01 → 2622.00，减少一户 0.01 / compared the other way round: 2622.01 → 2622.00, one loser of 0.01",
			from: "S 3622.01", to: "2017", want: counts{Losers: 1, Gained: "0.00", Lost: "-0.01"}},
		{name: "unchanged", clause: policy.ClauseConventions,
			desc: "同一参数集：不变一户 / the same set: one unchanged",
			from: "2017", to: "2017", want: counts{Unchanged: 1, Gained: "0.00", Lost: "0.00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := benefit.Compare(sets[tc.from], sets[tc.to], slices.Values([]*household.Household{h}), on, benefit.BatchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := counts{c.Gainers, c.Losers, c.Unchanged, c.Gained().StringFixed(2), c.Lost().StringFixed(2)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			// The comparison travels as a shard and reads back as written:
			// a mover of one fen is a gainer or a loser on the wire too.
			sent := jsonOf(t, c)
			var back benefit.Comparison
			if err := back.UnmarshalJSON([]byte(sent)); err != nil {
				t.Fatalf("%s: read back: %v", tc.desc, err)
			}
			if diff := cmp.Diff(sent, jsonOf(t, &back)); diff != "" {
				t.Errorf("%s: read back (-sent +read):\n%s", tc.desc, diff)
			}
		})
	}
}
