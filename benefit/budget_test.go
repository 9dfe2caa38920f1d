package benefit_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// budgetOf assesses the records and adds them to one budget.
func budgetOf(t *testing.T, a *benefit.Assessor, hs []*household.Household) *benefit.Budget {
	t.Helper()
	var b benefit.Budget
	for _, h := range hs {
		br, err := a.Assess(h, on)
		if err != nil {
			b.AddError()
			continue
		}
		b.Add(h, br)
	}
	return &b
}

// TestBudget is the table of a small budget worked out by hand: a 低保
// household (worked example 1, B1) and a dispersed 特困 person (worked
// example 5, B2) in two townships, and a household with no entitlement
// (B3), each assessed as of 2017-09-01 and added to one budget.
func TestBudget(t *testing.T) {
	a := assessor(t)
	records := []string{
		`{"id":"B1","township":"甲乡","members":[
			{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
			{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
			{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`,
		`{"id":"B2","township":"乙乡","members":[
			{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"dispersed"}}]}`,
		`{"id":"B3","township":"乙乡","members":[
			{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"9000.00"}]}]}`,
	}
	budget := func(t *testing.T, records []string) *benefit.Budget {
		var hs []*household.Household
		for _, r := range records {
			hs = append(hs, hh(t, r))
		}
		return budgetOf(t, a, hs)
	}
	type row struct {
		Key                        string
		Annual, Monthly, Lump      string
		Lines, Households, Persons int
	}
	rowsOf := func(b *benefit.Budget, d benefit.Dimension) []row {
		var out []row
		for _, r := range b.Rows(d) {
			out = append(out, row{r.Key, r.Annual.StringFixed(2), r.Monthly.StringFixed(2), r.Lump.StringFixed(2), r.Lines, r.Households, r.Persons})
		}
		return out
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		records []string // the household records, JSON, added to one budget
		dim     benefit.Dimension
		want    []row
	}{
		{name: "by-programme", clause: policy.ClauseCoordination,
			desc: "按项目：低保 6366.00（月 530.50）；特困 3622.00（月 301.83）；资助参合 4 人 × 180.00 = 720.00 一次性 / " +
				"by programme: 低保 6366.00 (530.50 a month); 特困 3622.00 (301.83 a month); sponsorship 4 × 180.00 = 720.00 lump",
			records: records, dim: benefit.ByProgramme,
			want: []row{
				{Key: "lowincome", Annual: "6366.00", Monthly: "530.50", Lump: "0.00", Lines: 1, Households: 1, Persons: 0},
				{Key: "medical", Annual: "720.00", Monthly: "0.00", Lump: "720.00", Lines: 4, Households: 2, Persons: 4},
				{Key: "tekun", Annual: "3622.00", Monthly: "301.83", Lump: "0.00", Lines: 1, Households: 1, Persons: 1},
			}},
		{name: "by-township", clause: policy.ClauseCoordination,
			desc: "按乡镇：甲乡 6366.00 + 3 × 180.00 = 6906.00；乙乡 3622.00 + 180.00 = 3802.00，B3 无待遇 / " +
				"by township: 甲乡 6906.00; 乙乡 3802.00, B3 has no entitlement",
			records: records, dim: benefit.ByTownship,
			want: []row{
				{Key: "乙乡", Annual: "3802.00", Monthly: "301.83", Lump: "180.00", Lines: 2, Households: 1, Persons: 1},
				{Key: "甲乡", Annual: "6906.00", Monthly: "530.50", Lump: "540.00", Lines: 4, Households: 1, Persons: 3},
			}},
		{name: "by-payer", clause: policy.ClauseCoordination,
			desc:    "按支付方：民政 6366.00 + 3622.00 = 9988.00；医疗救助资金 720.00 / by payer: civil affairs 9988.00; medical-aid fund 720.00",
			records: records, dim: benefit.ByPayer,
			want: []row{
				{Key: "civil-affairs-fund", Annual: "9988.00", Monthly: "832.33", Lump: "0.00", Lines: 2, Households: 2, Persons: 1},
				{Key: "medical-aid-fund", Annual: "720.00", Monthly: "0.00", Lump: "720.00", Lines: 4, Households: 2, Persons: 4},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, rowsOf(budget(t, tc.records), tc.dim)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	b := budget(t, records)
	all := b.All()
	if b.Households != 3 || b.Persons != 5 || all.Households != 2 || all.Annual.StringFixed(2) != "10708.00" {
		t.Errorf("budget: %d households, %d persons, %d with lines, all %s; want 3, 5, 2, 10708.00",
			b.Households, b.Persons, all.Households, all.Annual.StringFixed(2))
	}
}

// TestBudgetAdd is what Add files of one record and its breakdown. Given
// another record than the one assessed, one that lacks a member the
// breakdown names, the budget still counts that member once, by id. A nil
// record or breakdown, or a breakdown with a line naming no programme,
// payee or payer (the zero policy.Line, which only a breakdown made by hand
// holds) or months outside January–December (a line added by hand), is
// counted as failed and adds nothing, never a panic.
func TestBudgetAdd(t *testing.T) {
	a := assessor(t)
	// B1 of TestBudget: 低保 6366.00 for three, and each member sponsored
	// 180.00 (2.3.3): 6366.00 + 3 × 180.00 = 6906.00.
	assessed := hh(t, `{"id":"B1","township":"甲乡","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`)
	b1, err := a.Assess(assessed, on)
	if err != nil {
		t.Fatal(err)
	}
	// Lines added by hand with the building methods of the embedded
	// Assessment, each to a breakdown of its own: one for a Period whose
	// To is left zero, one a lump sum in month 13.
	pay, f := byHand()
	halfPeriod, err := a.Assess(assessed, on)
	if err != nil {
		t.Fatal(err)
	}
	halfPeriod.Recurring(&pay, policy.PerYear(120000), policy.Period{From: time.March}, f)
	month13 := &benefit.Breakdown{Household: "B1", Township: "甲乡"}
	month13.Lump(&pay, 100000, 13, f)
	// and lump sums in June, one lacking its payee, one its payer.
	noPayee, noPayer := &benefit.Breakdown{Household: "B1", Township: "甲乡"}, &benefit.Breakdown{Household: "B1", Township: "甲乡"}
	withoutPayee, withoutPayer := pay, pay
	withoutPayee.Payee, withoutPayer.Payer = "", ""
	noPayee.Lump(&withoutPayee, 100000, 6, f)
	noPayer.Lump(&withoutPayer, 100000, 6, f)
	type got struct {
		Households, Persons, Failed int
		Medical                     int    // the persons of the medical row
		Annual                      string // the budget's whole annual amount
	}
	tests := []struct {
		name, desc string
		members    []string // the ids of the record given to Add; nil for a nil record
		br         *benefit.Breakdown
		want       got
	}{
		{name: "the-record-assessed",
			desc:    "与结果同一份档案：3 人，医疗救助行 3 人，共 6906.00 / the record assessed: 3 persons, 3 in the medical row, 6906.00 in all",
			members: []string{"m1", "m2", "m3"}, br: b1,
			want: got{Households: 1, Persons: 3, Medical: 3, Annual: "6906.00"}},
		{name: "a-record-without-m2-and-m3",
			desc:    "档案只有 m1：预算 1 人，医疗救助行仍按编号数 m2、m3 各一次，共 3 人 / a record of m1 alone: 1 person in the budget, and the medical row still counts m2 and m3 once each by id, 3 in all",
			members: []string{"m1"}, br: b1,
			want: got{Households: 1, Persons: 1, Medical: 3, Annual: "6906.00"}},
		{name: "nil-record",
			desc: "无档案：记为失败一户，不计任何行 / no record: one failed, no line added",
			br:   b1, want: got{Failed: 1, Annual: "0.00"}},
		{name: "nil-breakdown",
			desc:    "无结果：记为失败一户 / no breakdown: one failed",
			members: []string{"m1", "m2", "m3"},
			want:    got{Failed: 1, Annual: "0.00"}},
		{name: "a-zero-line",
			desc:    "结果中有一行未注明项目、领取方和支付方（零值行）：记为失败一户，其余各行也不计 / a breakdown with a line naming no programme, payee or payer (the zero Line): one failed, and none of its other lines added",
			members: []string{"m1", "m2", "m3"}, br: withZeroLine(b1),
			want: got{Failed: 1, Annual: "0.00"}},
		{name: "a-period-without-its-end",
			desc:    "手工添加一行，月份 3 月至 0 月（Period 的 To 未填）：记为失败一户，其余各行也不计 / a line added by hand for March to month 0 (a Period whose To is left zero): one failed, and none of its other lines added",
			members: []string{"m1", "m2", "m3"}, br: halfPeriod,
			want: got{Failed: 1, Annual: "0.00"}},
		{name: "a-lump-in-month-13",
			desc:    "手工添加一笔 13 月的一次性救助 1000.00：记为失败一户 / a lump sum of 1000.00 added by hand in month 13: one failed",
			members: []string{"m1", "m2", "m3"}, br: month13,
			want: got{Failed: 1, Annual: "0.00"}},
		{name: "a-lump-without-its-payee",
			desc:    "手工添加一笔 6 月的一次性救助 1000.00，未注明领取方：记为失败一户 / a lump sum of 1000.00 added by hand in June with no payee: one failed",
			members: []string{"m1", "m2", "m3"}, br: noPayee,
			want: got{Failed: 1, Annual: "0.00"}},
		{name: "a-lump-without-its-payer",
			desc:    "手工添加一笔 6 月的一次性救助 1000.00，未注明支付方：记为失败一户 / a lump sum of 1000.00 added by hand in June with no payer: one failed",
			members: []string{"m1", "m2", "m3"}, br: noPayer,
			want: got{Failed: 1, Annual: "0.00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var h *household.Household
			if tc.members != nil {
				h = &household.Household{ID: "B1", Township: "甲乡"}
				for _, id := range tc.members {
					h.Members = append(h.Members, household.Member{ID: id})
				}
			}
			var b benefit.Budget
			b.Add(h, tc.br)
			g := got{Households: b.Households, Persons: b.Persons, Failed: b.Failed, Annual: b.All().Annual.StringFixed(2)}
			for _, r := range b.Rows(benefit.ByProgramme) {
				if r.Key == "medical" {
					g.Medical = r.Persons
				}
			}
			if diff := cmp.Diff(tc.want, g); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestMedicalShortfall is 2.3.1: county finance covers any shortfall of the
// medical-aid fund.
func TestMedicalShortfall(t *testing.T) {
	a := assessor(t)
	// m1 alone, I = 1000.00: 低保, sponsored 180.00, and aided 70% of
	// R = 25000.00 − 15000.00 − 2000.00 = 8000.00, 5600.00, for his claim.
	const m1 = `{"id":"M1","township":"甲乡","members":[
		{"id":"m1","birth_date":"1950-01-01","relation":"head","incomes":[{"category":"transfers","amount":"1000.00"}],
		 "claims":[{"id":"c1","admission":"2017-04-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]}]}`
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      string // the one household of the budget, as JSON
		fund   string
		want   string
		err    []fieldErr // a fund that is not money: no shortfall, the error at "fund"
	}{
		{name: "shortfall", clause: policy.ClauseMedicalFunds,
			desc: "一人低保户，住院 R = 8000.00：医疗救助支出 资助参合 180.00 + 住院救助 5600.00 = 5780.00，资金 5000.00，缺口 780.00 由县级财政弥补 / " +
				"a 低保 household of one, a claim of R = 8000.00: medical aid 180.00 + 5600.00 = 5780.00 against a fund of 5000.00: county finance covers 780.00",
			h: m1, fund: "5000.00", want: "780.00"},
		{name: "enough", clause: policy.ClauseMedicalFunds,
			desc: "医疗救助支出 180.00 + 5600.00 = 5780.00，资金 5780.00 足额：无缺口 / medical aid 5780.00 against a fund of 5780.00: no shortfall",
			h:    m1, fund: "5780.00", want: "0.00"},
		{name: "one fen short", clause: policy.ClauseMedicalFunds,
			desc: "医疗救助支出 5780.00，资金 5779.99：缺口 0.01 / medical aid 5780.00 against a fund of 5779.99: county finance covers 0.01",
			h:    m1, fund: "5779.99", want: "0.01"},
		{name: "negative fund", clause: policy.ClauseMedicalFunds,
			desc: "医疗救助支出 5780.00，资金 −100.00 不是金额：拒绝，不算出大于支出的缺口 / medical aid 5780.00, a negative fund of −100.00 is not money: refused, never a shortfall above the payments",
			h:    m1, fund: "-100.00", want: "0.00", err: []fieldErr{{policy.ErrorInvalid, "fund"}}},
		{name: "fund of three places", clause: policy.ClauseMedicalFunds,
			desc: "医疗救助支出 5780.00，资金 5000.005 超过两位小数：拒绝 / medical aid 5780.00, a fund of 5000.005, more than two places: refused",
			h:    m1, fund: "5000.005", want: "0.00", err: []fieldErr{{policy.ErrorInvalid, "fund"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := budgetOf(t, a, []*household.Household{hh(t, tc.h)})
			got, err := b.MedicalShortfall(decimal.RequireFromString(tc.fund))
			if diff := cmp.Diff(tc.err, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nMedicalShortfall(%s) error (-want +got):\n%s", tc.desc, tc.fund, diff)
			}
			if got.StringFixed(2) != tc.want {
				t.Errorf("%s\nMedicalShortfall(%s) = %s, want %s", tc.desc, tc.fund, got.StringFixed(2), tc.want)
			}
		})
	}
}

// TestBudgetProvisional is section 0 on provenance in a budget: each cell
// says how much of its annual amount lines resting on a provisional
// parameter pay. Worked example 6's household (3 members, I = 4500.00 of
// wages, a grade-1 member needing long-term care): the base 6366.00 and
// the nursing subsidy 720.00 (60 元/月, the document's) rest on none; the
// living subsidy 800.00 and the three sponsorships of 180.00 (both
// provisional values) do.
func TestBudgetProvisional(t *testing.T) {
	a := assessor(t)
	h := hh(t, `{"id":"P","township":"甲乡","current":{"lowincome":true},"members":[
		{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}],"disability":{"type":"physical","grade":1,"long_term_care":true}},
		{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`)
	b := budgetOf(t, a, []*household.Household{h})
	type cell struct{ Annual, Provisional string }
	got := map[string]cell{"all": {b.All().Annual.StringFixed(2), b.All().Provisional.StringFixed(2)}}
	for _, d := range []benefit.Dimension{benefit.ByProgramme, benefit.ByPayer} {
		for _, r := range b.Rows(d) {
			got[string(d)+":"+r.Key] = cell{r.Annual.StringFixed(2), r.Provisional.StringFixed(2)}
		}
	}
	tests := []struct {
		name, key string
		clause    policy.Clause
		desc      string
		want      cell
	}{
		{name: "all", key: "all", clause: policy.ClauseConventions,
			desc: "全部 6366.00 + 800.00 + 720.00 + 3 × 180.00 = 8426.00，其中暂定 800.00 + 540.00 = 1340.00 / in all 8426.00, of which 1340.00 provisional",
			want: cell{"8426.00", "1340.00"}},
		{name: "lowincome", key: "programme:lowincome", clause: policy.ClauseConventions,
			desc: "低保补差不依暂定参数 / the 低保 base rests on no provisional value", want: cell{"6366.00", "0.00"}},
		{name: "disability", key: "programme:disability", clause: policy.ClauseConventions,
			desc: "生活补贴 800.00 暂定，护理补贴 720.00 不是 / the living subsidy's 800.00 is provisional, the nursing subsidy's 720.00 is not",
			want: cell{"1520.00", "800.00"}},
		{name: "medical", key: "programme:medical", clause: policy.ClauseConventions,
			desc: "资助参合 3 × 180.00 全部暂定 / the sponsorships, 3 × 180.00, all provisional", want: cell{"540.00", "540.00"}},
		{name: "civil affairs", key: "payer:civil-affairs-fund", clause: policy.ClauseConventions,
			desc: "民政资金 6366.00 + 800.00 + 720.00 = 7886.00，其中暂定 800.00 / the civil-affairs fund 7886.00, of which 800.00",
			want: cell{"7886.00", "800.00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, got[tc.key]); diff != "" {
				t.Errorf("%s\n%s (-want +got):\n%s", tc.desc, tc.key, diff)
			}
		})
	}
}

// TestBudgetTextOutlays: the budget's text ends with its grand total and
// two tables of monthly outlays (section 0: a line's schedule pays its
// regular month in every month but the last, which takes the rest; the
// contribution sponsorship, a lump sum, falls in the month of the date). A
// 低保 household of one with I = 3000.00 (2.1.2) is paid 3622.00 − 3000.00 =
// 622.00 a year: 622.00 ÷ 12 = 51.83 in months 1–11 and 622.00 − 11 ×
// 51.83 = 51.87 in December; its sponsorship of 180.00 (2.3.3) falls in
// September, the month of 2017-09-01: 51.83 + 180.00 = 231.83 that month,
// 802.00 in all.
func TestBudgetTextOutlays(t *testing.T) {
	h := hh(t, oneRecipientI3000)
	text := textOf(t, budgetOf(t, assessor(t), []*household.Household{h}))
	months := func(head string) string {
		return head +
			"  1                      51.83               0.00              51.83\n" +
			"  2                      51.83               0.00              51.83\n" +
			"  3                      51.83               0.00              51.83\n" +
			"  4                      51.83               0.00              51.83\n" +
			"  5                      51.83               0.00              51.83\n" +
			"  6                      51.83               0.00              51.83\n" +
			"  7                      51.83               0.00              51.83\n" +
			"  8                      51.83               0.00              51.83\n" +
			"  9                      51.83             180.00             231.83\n" +
			"  10                     51.83               0.00              51.83\n" +
			"  11                     51.83               0.00              51.83\n" +
			"  12                     51.87               0.00              51.87\n" +
			"  全年 year             622.00             180.00             802.00\n"
	}
	tests := []struct {
		name, desc string
		clauses    []policy.Clause
		title      string // the section's first line
		want       string
	}{
		{name: "all", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic, policy.ClauseSponsorship},
			desc:  "总计 802.00：按月 51.83，一次性 180.00，2 条明细，1 户 1 人 / in all 802.00: 51.83 a month, 180.00 in lump sums, 2 lines, 1 household, 1 person",
			title: "  合计 / all",
			want:  "  合计 / all                                      802.00             51.83         180.00         2         1         1\n"},
		{name: "by-programme", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic, policy.ClauseSponsorship},
			desc:  "按项目逐月：低保 51.83 × 11 + 51.87，医疗 9 月 180.00 / by programme, month by month: 低保 51.83 × 11 + 51.87, medical 180.00 in September",
			title: "按月支出，按项目（元）/ outlay by month and programme (yuan)",
			want: "按月支出，按项目（元）/ outlay by month and programme (yuan)\n" +
				months("  月 month           lowincome            medical           合计 all\n")},
		{name: "by-payer", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseSponsorship, policy.ClauseCoordination},
			desc:  "按支付方逐月：民政资金付低保，医疗救助资金付资助参合 / by payer, month by month: the civil-affairs fund pays 低保, the medical-aid fund the sponsorship",
			title: "按月支出，按支付方（元）/ outlay by month and payer (yuan)",
			want: "按月支出，按支付方（元）/ outlay by month and payer (yuan)\n" +
				months("  月 month  civil-affairs-fund   medical-aid-fund           合计 all\n")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, textSection(t, text, tc.title)); diff != "" {
				t.Errorf("%s [%v] (-want +got):\n%s", tc.desc, tc.clauses, diff)
			}
		})
	}
}

// TestBudgetMerge checks that a budget merged from 4 shards, in any order,
// equals the single pass exactly. Households 0, 1001, 2002 and 3003, one in
// each shard ((i × 7) mod 4 = 0, 3, 2, 1), are counted as records that could
// not be assessed: 4 failed, in the merged budget as in the single pass.
func TestBudgetMerge(t *testing.T) {
	a := assessor(t)
	g := county(4000)
	var single benefit.Budget
	shards := make([]benefit.Budget, 4)
	for i := range g.Len() {
		if i%1001 == 0 {
			single.AddError()
			shards[(i*7)%4].AddError()
			continue
		}
		h := g.Household(i)
		br, err := a.Assess(h, on)
		if err != nil {
			t.Fatal(err)
		}
		single.Add(h, br)
		shards[(i*7)%4].Add(h, br)
	}
	var merged benefit.Budget
	for _, i := range []int{2, 0, 3, 1} {
		merged.Merge(&shards[i])
	}
	if merged.Households != single.Households || merged.Persons != single.Persons {
		t.Errorf("merged %d/%d households/persons, single %d/%d", merged.Households, merged.Persons, single.Households, single.Persons)
	}
	if merged.Failed != 4 || single.Failed != 4 {
		t.Errorf("merged %d failed, single %d; want 4 and 4", merged.Failed, single.Failed)
	}
	for _, d := range benefit.Dimensions() {
		if diff := cmp.Diff(single.Rows(d), merged.Rows(d), sameValues, cmp.AllowUnexported(benefit.Cell{}, policy.Sum{})); diff != "" {
			t.Errorf("%s (-single +merged):\n%s", d, diff)
		}
	}
	if diff := cmp.Diff(single.All(), merged.All(), sameValues, cmp.AllowUnexported(benefit.Cell{}, policy.Sum{})); diff != "" {
		t.Errorf("all (-single +merged):\n%s", diff)
	}
	if single.All().Annual.IsZero() || len(single.Rows(benefit.ByTownship)) != 20 {
		t.Errorf("the synthetic county has %s in all and %d townships", single.All().Annual, len(single.Rows(benefit.ByTownship)))
	}
}

// outlay is a monthly outlay as the table states it: the key, each
// month's cash January first and the year's.
type outlay struct {
	Key    string
	Months [12]string
	Total  string
}

func outlaysOf(os []benefit.Outlay) []outlay {
	var out []outlay
	for _, o := range os {
		x := outlay{Key: o.Key, Total: o.Total.StringFixed(2)}
		for m := range o.Months {
			x.Months[m] = o.Months[m].StringFixed(2)
		}
		out = append(out, x)
	}
	return out
}

// TestOutlays is the table of a small county's cash month by month
// (section 0 and RULES.md 3.2, budgets by month) under the built-in 2017 set
// and the set from 2017-07-01 with S = 3912.00: a 低保 household of 3 with
// I = 4500.00 and a fire in March, a dispersed 特困 person, and a household
// above the line with a fire in August, assessed as of 2017-09-01. A
// recurring line pays its schedule over its months, a lump sum in its
// month; the rise of the standard shows in July.
func TestOutlays(t *testing.T) {
	sets := []string{"2017", "2017-07"} // as setsNamed names them
	records := []string{
		`{"id":"B1","township":"甲乡","members":[
			{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
			{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
			{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
			"hardships":[{"id":"e1","type":"fire","date":"2017-03-18","cost":"5000.00","other_aid":"1000.00"}]}`,
		`{"id":"B2","township":"乙乡","members":[
			{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"dispersed"}}]}`,
		`{"id":"B3","township":"乙乡","members":[
			{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"9000.00"}]}],
			"hardships":[{"id":"e2","type":"fire","date":"2017-08-18","cost":"5000.00","other_aid":"1000.00"}]}`,
	}
	budget := func(t *testing.T, sets, records []string) *benefit.Budget {
		var hs []*household.Household
		for _, r := range records {
			hs = append(hs, hh(t, r))
		}
		b := budgetOf(t, assessorOf(t, sets), hs)
		if b.Failed != 0 {
			t.Fatalf("%d records failed", b.Failed)
		}
		return b
	}
	const (
		lowH1, lowH2   = "530.50", "603.00" // 3183.00 ÷ 6, 3618.00 ÷ 6
		tekH1, tekH2   = "301.83", "326.00" // 1811.00: 301.83 × 5 + 301.85; 1956.00 ÷ 6
		tekJun         = "301.85"
		civH1, civH2   = "832.33", "929.00" // 530.50 + 301.83; 603.00 + 326.00
		civJun, civMar = "832.35", "3850.66"
		civAug         = "4189.00" // 929.00 + 3260.00
		zero           = "0.00"
	)
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		sets    []string // the sets loaded
		records []string // the household records, JSON, added to one budget
		dim     benefit.Dimension
		want    []outlay
	}{
		{
			name:    "outlay-by-programme",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseCoordination},
			desc: "按月按项目：低保 1–6 月 3183.00 ÷ 6 = 530.50，7 月起 3618.00 ÷ 6 = 603.00，全年 6801.00；特困 1–6 月 1811.00 = 301.83 × 5 + 301.85，" +
				"7 月起 1956.00 ÷ 6 = 326.00，全年 3767.00；资助参保 4 × 180.00 = 720.00 在 9 月；临时救助 3 月 3018.33、8 月 3260.00 / " +
				"by month and programme: 低保 530.50 a month for January–June (3183.00) and 603.00 from July (3618.00), 6801.00 in the year; " +
				"特困 301.83 × 5 + 301.85 (1811.00) then 326.00 (1956.00), 3767.00; sponsorship 4 × 180.00 = 720.00 in September; " +
				"temporary aid 3018.33 in March and 3260.00 in August",
			sets: sets, records: records, dim: benefit.ByProgramme,
			want: []outlay{
				{Key: "lowincome", Months: [12]string{lowH1, lowH1, lowH1, lowH1, lowH1, lowH1, lowH2, lowH2, lowH2, lowH2, lowH2, lowH2}, Total: "6801.00"},
				{Key: "medical", Months: [12]string{zero, zero, zero, zero, zero, zero, zero, zero, "720.00", zero, zero, zero}, Total: "720.00"},
				{Key: "tekun", Months: [12]string{tekH1, tekH1, tekH1, tekH1, tekH1, tekJun, tekH2, tekH2, tekH2, tekH2, tekH2, tekH2}, Total: "3767.00"},
				{Key: "temporary", Months: [12]string{zero, zero, "3018.33", zero, zero, zero, zero, "3260.00", zero, zero, zero, zero}, Total: "6278.33"},
			},
		},
		{
			name:    "outlay-by-payer",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseCoordination},
			desc: "按月按支付方：民政 1–5 月 530.50 + 301.83 = 832.33，3 月另加 3018.33 = 3850.66，6 月 530.50 + 301.85 = 832.35，" +
				"7 月起 603.00 + 326.00 = 929.00，8 月另加 3260.00 = 4189.00，全年 6801.00 + 3767.00 + 6278.33 = 16846.33；医疗救助资金 9 月 720.00 / " +
				"by month and payer: civil affairs 832.33 a month for January–May (3850.66 in March with the fire), 832.35 in June, 929.00 " +
				"from July (4189.00 in August with the fire), 16846.33 in the year; the medical-aid fund 720.00 in September",
			sets: sets, records: records, dim: benefit.ByPayer,
			want: []outlay{
				{Key: "civil-affairs-fund", Months: [12]string{civH1, civH1, civMar, civH1, civH1, civJun, civH2, civAug, civH2, civH2, civH2, civH2}, Total: "16846.33"},
				{Key: "medical-aid-fund", Months: [12]string{zero, zero, zero, zero, zero, zero, zero, zero, "720.00", zero, zero, zero}, Total: "720.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, outlaysOf(budget(t, tc.sets, tc.records).Outlays(tc.dim))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	b := budget(t, sets, records)
	all := b.OutlayAll()
	if got := all.Total.StringFixed(2); got != "17566.33" {
		t.Errorf("OutlayAll().Total = %s, want 16846.33 + 720.00 = 17566.33", got)
	}
	if got := all.Months[8].StringFixed(2); got != "1649.00" {
		t.Errorf("OutlayAll().Months[September] = %s, want 929.00 + 720.00 = 1649.00", got)
	}
	checkOutlays(t, b)
	if b.Outlays(benefit.ByTownship) != nil {
		t.Errorf("Outlays(ByTownship) = %v, want nil", b.Outlays(benefit.ByTownship))
	}
}

// checkOutlays checks that each monthly outlay's months sum to its total,
// that each total is the annual total of its budget row (programme or
// payer), and that the months of all the lines are the sum of the
// programmes' months.
func checkOutlays(t *testing.T, b *benefit.Budget) {
	t.Helper()
	all := b.OutlayAll()
	for _, d := range []benefit.Dimension{benefit.ByProgramme, benefit.ByPayer} {
		annual := map[string]decimal.Decimal{}
		for _, r := range b.Rows(d) {
			annual[r.Key] = r.Annual
		}
		var months [12]decimal.Decimal
		total := decimal.Zero
		for _, o := range b.Outlays(d) {
			sum := decimal.Zero
			for m, x := range o.Months {
				if x.IsNegative() {
					t.Errorf("%s %s: month %d pays %s", d, o.Key, m+1, x)
				}
				sum = sum.Add(x)
				months[m] = months[m].Add(x)
			}
			if !sum.Equal(o.Total) {
				t.Errorf("%s %s: the months sum to %s, the year is %s", d, o.Key, sum, o.Total)
			}
			if !o.Total.Equal(annual[o.Key]) {
				t.Errorf("%s %s: the year's outlay %s, the annual total of the row %s", d, o.Key, o.Total, annual[o.Key])
			}
			total = total.Add(o.Total)
		}
		for m := range months {
			if !months[m].Equal(all.Months[m]) {
				t.Errorf("%s: month %d sums to %s, OutlayAll has %s", d, m+1, months[m], all.Months[m])
			}
		}
		if !total.Equal(all.Total) || !all.Total.Equal(b.All().Annual) {
			t.Errorf("%s: outlays total %s, OutlayAll %s, the budget's annual total %s", d, total, all.Total, b.All().Annual)
		}
	}
}

// TestOutlaysMerge: over a synthetic county under the two sets of 2017
// (the standard raised from July), monthly outlays sum to the annual
// totals, and a budget merged from 4 shards in any order has exactly the
// monthly outlays of a single pass.
func TestOutlaysMerge(t *testing.T) {
	a := assessorOf(t, []string{"2017", "2017-07"})
	g := county(4000)
	var single benefit.Budget
	shards := make([]benefit.Budget, 4)
	for i := range g.Len() {
		h := g.Household(i)
		br, err := a.Assess(h, on)
		if err != nil {
			t.Fatal(err)
		}
		single.Add(h, br)
		shards[(i*7)%4].Add(h, br)
	}
	var merged benefit.Budget
	for _, i := range []int{3, 1, 0, 2} {
		merged.Merge(&shards[i])
	}
	for _, d := range []benefit.Dimension{benefit.ByProgramme, benefit.ByPayer} {
		if diff := cmp.Diff(outlaysOf(single.Outlays(d)), outlaysOf(merged.Outlays(d))); diff != "" {
			t.Errorf("%s outlays (-single +merged):\n%s", d, diff)
		}
	}
	if diff := cmp.Diff(outlaysOf([]benefit.Outlay{single.OutlayAll()}), outlaysOf([]benefit.Outlay{merged.OutlayAll()})); diff != "" {
		t.Errorf("all outlays (-single +merged):\n%s", diff)
	}
	checkOutlays(t, &single)
	checkOutlays(t, &merged)
	// The rise shows in July: the 低保 outlay of July is above June's.
	for _, o := range single.Outlays(benefit.ByProgramme) {
		if o.Key == string(policy.LowIncome) && !o.Months[6].GreaterThan(o.Months[5]) {
			t.Errorf("lowincome outlay: June %s, July %s; want the rise in July", o.Months[5], o.Months[6])
		}
	}
}
