package policy_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// row is a line, decision or finding as the tables state it.
type row struct {
	Programme policy.Programme
	Item      policy.Item
	Member    string
	ID        string
	Amount    string
	Period    string
	Lump      bool
	Outcome   policy.Outcome
	Kind      policy.FindingKind
	Clauses   []policy.Clause
	ZH        string
}

func lineRow(l policy.Line) row {
	return row{Programme: l.Programme(), Item: l.Item(), Member: l.Member(), ID: l.ID(), Amount: l.Amount().String(),
		Period: l.Period().String(), Lump: l.Lump(), Clauses: l.Clauses(), ZH: l.Explanation().Render(policy.ZH)}
}

func decisionRow(d policy.Decision) row {
	return row{Programme: d.Programme(), Item: d.Item(), Member: d.Member(), ID: d.ID(), Outcome: d.Outcome(),
		Clauses: d.Clauses(), ZH: d.Explanation().Render(policy.ZH)}
}

func findingRow(f policy.Finding) row {
	return row{Programme: f.Programme(), Item: f.Item(), Member: f.Member(), ID: f.ID(), Amount: f.AmountFen().String(),
		Kind: f.Kind(), Clauses: f.Clauses(), ZH: f.Explanation().Render(policy.ZH)}
}

var formulaResult = policy.Formula{ID: "test.result", ZH: "{a} = {=}", EN: "{a} = {=}"}

// TestAssessmentLines is section 0 on a result line: a recurring line
// pays its annual rate over its period rounded once, a lump sum the amount
// the rule rounded in its month, a referral no amount; each explanation of
// an amount ends with "=".
func TestAssessmentLines(t *testing.T) {
	pay := func(prog policy.Programme, item policy.Item, member, id string) policy.Pay {
		return policy.Pay{Programme: prog, Item: item, Member: member, ID: id, Rounding: policy.DefaultRounding,
			Clauses: []policy.Clause{policy.ClauseConventions}}
	}
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		add    func(a *policy.Assessment) policy.Money
		want   row
		ret    string // what the builder returned, for Recurring
	}{
		{name: "recurring whole year", desc: "全年：3622 × 30% = 1086.60 / a whole year of S × 30%", clause: "0",
			add: func(a *policy.Assessment) policy.Money {
				p := pay(policy.LowIncome, "uplift-a", "m1", "")
				return a.Recurring(&p, policy.PerYear(fen("3622.00")).Times(ratio("0.3")), policy.Period{}, &formulaResult, policy.M("a", fen("3622.00")))
			},
			want: row{Programme: policy.LowIncome, Item: "uplift-a", Member: "m1", Amount: "1086.60", Period: "01–12",
				Clauses: []policy.Clause{"0"}, ZH: "3622.00 = 1086.60"}, ret: "1086.60"},
		{name: "recurring part year", desc: "7–12月：457.7333…×6÷12 = 228.87，只舍入一次，说明给出年额与月数 / six months of a fractional rate, rounded once, the explanation showing the rate R and the months k", clause: "0",
			add: func(a *policy.Assessment) policy.Money {
				p := pay(policy.LowIncome, "uplift-b", "m2", "")
				return a.Recurring(&p, policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")),
					policy.Period{From: time.July, To: time.December}, &formulaResult, policy.M("a", fen("6866.00")))
			},
			want: row{Programme: policy.LowIncome, Item: "uplift-b", Member: "m2", Amount: "228.87", Period: "07–12",
				Clauses: []policy.Clause{"0"}, ZH: "6866.00 = 457.7333…；7–12月共 6 个月：457.7333… × 6 ÷ 12 = 228.87 元"}, ret: "228.87"},
		{name: "lump sum", desc: "一次性支付：3月，带理赔编号 / a lump sum in March, with its claim id", clause: "0",
			add: func(a *policy.Assessment) policy.Money {
				p := pay(policy.Medical, "inpatient", "m1", "c1")
				a.Lump(&p, fen("5600.00"), time.March, &formulaResult, policy.M("a", fen("8000.00")))
				return 0
			},
			want: row{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Amount: "5600.00", Period: "03–03", Lump: true,
				Clauses: []policy.Clause{"0"}, ZH: "8000.00 = 5600.00"}, ret: "0.00"},
		{name: "referral", desc: "转介：无金额，说明不加“=” / a referral: no amount, no \"=\"", clause: "0",
			add: func(a *policy.Assessment) policy.Money {
				p := pay(policy.Temporary, "referral", "m1", "e1")
				p.Service = "counselling"
				a.Refer(&p, time.May, &formulaResult, policy.T("a", "心理疏导"))
				return 0
			},
			want: row{Programme: policy.Temporary, Item: "referral", Member: "m1", ID: "e1", Amount: "0.00", Period: "05–05", Lump: true,
				Clauses: []policy.Clause{"0"}, ZH: "心理疏导 = {=}"}, ret: "0.00"},
		{name: "share of a split", desc: "分摊额：按给定金额，不按年额舍入 / a share pays its part, not its rate rounded", clause: "2.2.3",
			add: func(a *policy.Assessment) policy.Money {
				p := pay(policy.LowIncome, "child", "c2", "")
				rate := policy.PerYear(fen("1000.02")).Div(4)  // 250.005: rounded on its own, 250.01
				s := policy.DefaultRounding.Split(rate, 12, 4) // 250.01, 250.01, 250.00, 250.00
				s.Next()
				s.Next()
				a.Share(&p, rate, policy.Period{}, &s, &formulaResult, policy.M("a", fen("1000.02")))
				return 0
			},
			want: row{Programme: policy.LowIncome, Item: "child", Member: "c2", Amount: "250.00", Period: "01–12",
				Clauses: []policy.Clause{"0"}, ZH: "1000.02 = 250.00"}, ret: "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a policy.Assessment
			ret := tc.add(&a)
			if len(a.Lines) != 1 {
				t.Fatalf("%s: %d lines, want 1", tc.desc, len(a.Lines))
			}
			if diff := cmp.Diff(tc.want, lineRow(a.Lines[0])); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			if ret.String() != tc.ret {
				t.Errorf("%s: returned %s, want %s", tc.desc, ret, tc.ret)
			}
			if got := a.Total(); !got.Equal(a.Lines[0].Annual()) || a.TotalFen() != a.Lines[0].Amount() {
				t.Errorf("%s: Total %s, want the line's %s", tc.desc, got, a.Lines[0].Annual())
			}
		})
	}
}

// TestLineAccessors: a line says what it pays, to and from whom, over
// which months, with which rounding and schedule.
func TestLineAccessors(t *testing.T) {
	var a policy.Assessment
	p := policy.Pay{Programme: policy.Tekun, Item: "support", Member: "m3", Payee: policy.PayInstitution, Payer: policy.CountyFinance,
		Form: policy.InKind, Rounding: policy.Rounding{Mode: policy.HalfEven, Places: 0}, Clauses: []policy.Clause{policy.ClauseTekunStandard}}
	a.Recurring(&p, policy.PerYear(fen("6000.00")), policy.Period{From: time.March, To: time.September}, &formulaResult)
	l := a.Lines[0]
	got := []string{string(l.Payee()), string(l.Payer()), string(l.Form()), l.Service(), l.Annual().String(),
		l.Rate().CeilFen().String(), policy.Period{From: time.March, To: time.September}.String(), l.Period().String()}
	want := []string{"institution", "county-finance", "in-kind", "", "3500", "6000.00", "03–09", "03–09"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	if l.Months() != 7 || l.Rounding() != p.Rounding || l.Schedule().Months() != 7 || l.Schedule().MonthFen() != 50000 {
		t.Errorf("Months %d, Rounding %+v, schedule %d × %s", l.Months(), l.Rounding(), l.Schedule().Months(), l.Schedule().MonthFen())
	}
	a.Lump(&p, fen("100.00"), time.June, &formulaResult)
	if lump := a.Lines[1]; lump.Schedule() != (policy.Schedule{}) || !lump.Rate().IsZero() || lump.Period() != policy.Month(time.June) {
		t.Errorf("a lump sum has no schedule and no rate: %+v, %v", lump.Schedule(), lump.Rate())
	}
}

// TestLineRate: a line keeps its annual rate exactly, whatever the size of
// its terms: one that does not fit inline (a numerator beyond 63 bits, a
// denominator beyond 32) is kept beside the line, not cut.
func TestLineRate(t *testing.T) {
	tests := []struct {
		name   string
		rate   policy.Rate
		amount string // July–December: round(R × 6 ÷ 12)
	}{
		// 6866.00 ÷ 3 × 20% × 6 ÷ 12 = 228.8666… → 228.87.
		{name: "inline", rate: policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")), amount: "228.87"},
		// 999999999999.99 ÷ 49 × 19.9999: numerator 99999999999999 × 199999 > 2^64, denominator 490000;
		// × 6 ÷ 12 = 20408061224489 + 580001/980000 fen → 204080612244.90.
		{name: "numerator beyond 64 bits", rate: policy.PerYear(99999999999999).Div(49).Times(ratio("19.9999")), amount: "204080612244.90"},
		// 0.01 ÷ 2^40 a year: nothing in six months.
		{name: "denominator beyond 32 bits", rate: policy.PerYear(1).Div(1 << 40), amount: "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a policy.Assessment
			p := policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding}
			a.Recurring(&p, tc.rate, policy.Period{From: time.July, To: time.December}, &formulaResult)
			if got := a.Lines[0].Rate(); !got.Equal(tc.rate) {
				t.Errorf("Rate() = %v, want %v", got, tc.rate)
			}
			if got := a.Lines[0].Amount().String(); got != tc.amount {
				t.Errorf("Amount() = %s, want %s", got, tc.amount)
			}
		})
	}
}

// TestLineIndexes: a line's indexes are those of its programme, payee and
// payer, for every one of them, and -1 for the zero Line.
func TestLineIndexes(t *testing.T) {
	var a policy.Assessment
	for _, prog := range policy.Programmes() {
		for _, payee := range policy.Payees() {
			for _, payer := range policy.Payers() {
				p := policy.Pay{Programme: prog, Item: "item", Payee: payee, Payer: payer, Rounding: policy.DefaultRounding}
				a.Lump(&p, fen("1.00"), time.May, &formulaResult)
			}
		}
	}
	if len(a.Lines) != 5*4*3 {
		t.Fatalf("%d lines, want 60", len(a.Lines))
	}
	for i := range a.Lines {
		l := &a.Lines[i]
		t.Run(string(l.Programme())+"/"+string(l.Payee())+"/"+string(l.Payer()), func(t *testing.T) {
			p, e, r := l.Indexes()
			want := [3]int{l.Programme().Index(), l.Payee().Index(), l.Payer().Index()}
			if got := [3]int{p, e, r}; got != want || slices.Contains(want[:], -1) {
				t.Errorf("Indexes() = %v, want %v", got, want)
			}
		})
	}
	var zero policy.Line
	if p, e, r := zero.Indexes(); p != -1 || e != -1 || r != -1 {
		t.Errorf("zero Line: Indexes() = %d, %d, %d; want -1, -1, -1", p, e, r)
	}
}

// TestAssessmentDecideFind: decisions and findings keep the order the rules
// made them in, with their item, member, id and clauses.
func TestAssessmentDecideFind(t *testing.T) {
	var a policy.Assessment
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible,
		Clauses: []policy.Clause{policy.ClauseDisability}}, &formulaWhy, policy.M("I", 1), policy.M("L", 2))
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Ineligible,
		Clauses: []policy.Clause{policy.ClauseDisability}}, &formulaWhy, policy.M("I", 3), policy.M("L", 4))
	check := policy.NewCheck(policy.CheckOf{Name: "assets", Status: policy.Fail}, &formulaWhy, policy.M("I", 5), policy.M("L", 6))
	a.DecideAs(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Ineligible, Clauses: []policy.Clause{policy.ClauseMeansTest}},
		check.Explanation())
	a.Find(&policy.Find{Kind: policy.Jiujinan, Programme: policy.Temporary, ID: "e1", Amount: fen("12.34"),
		Clauses: []policy.Clause{policy.ClauseJiujinan}}, &formulaWhy, policy.M("I", 7), policy.M("L", 8))
	want := []row{
		{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Clauses: []policy.Clause{"2.2.4"}, ZH: "收入 0.01 高于 0.02"},
		{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Ineligible, Clauses: []policy.Clause{"2.2.4"}, ZH: "收入 0.03 高于 0.04"},
		{Programme: policy.LowIncome, Outcome: policy.Ineligible, Clauses: []policy.Clause{"2.1.3"}, ZH: "收入 0.05 高于 0.06"},
		{Programme: policy.Temporary, ID: "e1", Amount: "12.34", Kind: policy.Jiujinan, Clauses: []policy.Clause{"2.4.2"}, ZH: "收入 0.07 高于 0.08"},
	}
	var got []row
	for _, d := range a.Decisions {
		got = append(got, decisionRow(d))
	}
	for _, f := range a.Findings {
		got = append(got, findingRow(f))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decisions and findings (-want +got):\n%s", diff)
	}
	if !a.Findings[0].Amount().Equal(d("12.34")) {
		t.Errorf("Finding.Amount() = %s", a.Findings[0].Amount())
	}
}

// TestAssessmentGivenLists: an assessment whose lists a caller set (copied
// from another) keeps them when it adds its first line, decision and
// finding, whichever it adds first.
func TestAssessmentGivenLists(t *testing.T) {
	var src policy.Assessment
	src.Decide(&policy.Decide{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible,
		Clauses: []policy.Clause{policy.ClauseDisability}}, &formulaWhy, policy.M("I", 1), policy.M("L", 2))
	src.Find(&policy.Find{Kind: policy.Jiujinan, Programme: policy.Temporary, ID: "e1", Amount: fen("1.00"),
		Clauses: []policy.Clause{policy.ClauseJiujinan}}, &formulaWhy, policy.M("I", 3), policy.M("L", 4))
	src.Lump(&policy.Pay{Programme: policy.Temporary, Item: "basic", Member: "m1", ID: "e1",
		Clauses: []policy.Clause{policy.ClauseTemporary}}, fen("5.00"), time.March, &formulaResult, policy.M("a", fen("5.00")))
	for _, first := range []string{"line", "decision", "finding"} {
		t.Run(first, func(t *testing.T) {
			a := policy.Assessment{Lines: slices.Clone(src.Lines), Decisions: slices.Clone(src.Decisions),
				Findings: slices.Clone(src.Findings)}
			add := map[string]func(){
				"line": func() {
					a.Lump(&policy.Pay{Programme: policy.Temporary, Item: "basic", Member: "m2", ID: "e2",
						Clauses: []policy.Clause{policy.ClauseTemporary}}, fen("6.00"), time.April, &formulaResult, policy.M("a", fen("6.00")))
				},
				"decision": func() {
					a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: "m2", Outcome: policy.Ineligible,
						Clauses: []policy.Clause{policy.ClauseDisability}}, &formulaWhy, policy.M("I", 5), policy.M("L", 6))
				},
				"finding": func() {
					a.Find(&policy.Find{Kind: policy.Jiujinan, Programme: policy.Temporary, ID: "e2", Amount: fen("2.00"),
						Clauses: []policy.Clause{policy.ClauseJiujinan}}, &formulaWhy, policy.M("I", 7), policy.M("L", 8))
				},
			}
			add[first]()
			for _, k := range []string{"line", "decision", "finding"} {
				if k != first {
					add[k]()
				}
			}
			if len(a.Lines) != 2 || len(a.Decisions) != 2 || len(a.Findings) != 2 {
				t.Fatalf("%d lines, %d decisions, %d findings; want 2 of each", len(a.Lines), len(a.Decisions), len(a.Findings))
			}
			got := []string{a.Lines[0].ID(), a.Lines[1].ID(), string(a.Decisions[0].Item()), string(a.Decisions[1].Item()),
				a.Findings[0].ID(), a.Findings[1].ID()}
			want := []string{"e1", "e2", "living", "nursing", "e1", "e2"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("the lists (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAssessmentSelect: lines, decisions and findings are found by
// programme, item and member without parsing text.
func TestAssessmentSelect(t *testing.T) {
	var a policy.Assessment
	for _, x := range []struct {
		prog   policy.Programme
		item   policy.Item
		member string
	}{{policy.LowIncome, "base", ""}, {policy.LowIncome, "uplift-a", "m1"}, {policy.Disability, "living", "m1"},
		{policy.Disability, "nursing", "m1"}, {policy.Disability, "living", "m2"}} {
		p := policy.Pay{Programme: x.prog, Item: x.item, Member: x.member, Rounding: policy.DefaultRounding}
		a.Recurring(&p, policy.PerYear(100), policy.Period{}, &formulaResult)
		a.Decide(&policy.Decide{Programme: x.prog, Item: x.item, Member: x.member, Outcome: policy.Eligible}, &formulaResult)
		a.Find(&policy.Find{Kind: policy.Unclaimed, Programme: x.prog, Item: x.item, Member: x.member}, &formulaResult)
	}
	tests := []struct {
		name string
		desc string
		sel  policy.Select
		want []string // programme/item/member of the lines, decisions and findings alike
	}{
		{name: "everything", desc: "空查询匹配全部 / the zero Select matches everything", sel: policy.Select{},
			want: []string{"lowincome/base/", "lowincome/uplift-a/m1", "disability/living/m1", "disability/nursing/m1", "disability/living/m2"}},
		{name: "a programme", desc: "按项目 / by programme", sel: policy.Select{Programme: policy.LowIncome},
			want: []string{"lowincome/base/", "lowincome/uplift-a/m1"}},
		{name: "a member", desc: "按成员 / by member", sel: policy.Select{Member: "m1"},
			want: []string{"lowincome/uplift-a/m1", "disability/living/m1", "disability/nursing/m1"}},
		{name: "an item", desc: "按项目类别 / by item", sel: policy.Select{Programme: policy.Disability, Item: "living"},
			want: []string{"disability/living/m1", "disability/living/m2"}},
		{name: "all three", desc: "三项同时 / all three", sel: policy.Select{Programme: policy.Disability, Item: "nursing", Member: "m1"},
			want: []string{"disability/nursing/m1"}},
		{name: "none", desc: "无匹配 / nothing matches", sel: policy.Select{Programme: policy.Medical}, want: nil},
	}
	key := func(p policy.Programme, i policy.Item, m string) string { return string(p) + "/" + string(i) + "/" + m }
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var lines, decisions, findings []string
			for l := range a.LinesOf(tc.sel) {
				lines = append(lines, key(l.Programme(), l.Item(), l.Member()))
			}
			for d := range a.DecisionsOf(tc.sel) {
				decisions = append(decisions, key(d.Programme(), d.Item(), d.Member()))
			}
			for f := range a.FindingsOf(tc.sel) {
				findings = append(findings, key(f.Programme(), f.Item(), f.Member()))
			}
			for what, got := range map[string][]string{"LinesOf": lines, "DecisionsOf": decisions, "FindingsOf": findings} {
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("%s: %s (-want +got):\n%s", tc.desc, what, diff)
				}
			}
			d, ok := a.Decision(tc.sel)
			if ok != (len(tc.want) > 0) || ok && key(d.Programme(), d.Item(), d.Member()) != tc.want[0] {
				t.Errorf("%s: Decision = %v, %v", tc.desc, d.Item(), ok)
			}
		})
	}
	// Stopping early stops the iteration.
	n := 0
	for range a.LinesOf(policy.Select{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after one line: %d", n)
	}
}

// TestAssessmentAppend: a breakdown is the assessments of every programme
// appended in order; appending copies the values and later additions to
// either side do not reach the other.
func TestAssessmentAppend(t *testing.T) {
	var low, dis, all policy.Assessment
	p := policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding}
	low.Recurring(&p, policy.PerYear(fen("6366.00")), policy.Period{}, &formulaResult, policy.M("a", 1))
	low.Decide(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible}, &formulaResult, policy.M("a", 2))
	q := policy.Pay{Programme: policy.Disability, Item: "living", Member: "m1", Rounding: policy.DefaultRounding}
	dis.Recurring(&q, policy.PerYear(fen("800.00")), policy.Period{}, &formulaResult, policy.M("a", 3))
	dis.Find(&policy.Find{Kind: policy.Unclaimed, Programme: policy.Disability, Member: "m1"}, &formulaResult, policy.M("a", 4))
	all.Grow(2, 1, 1)
	all.Append(&low)
	all.Append(&dis)
	// More on each side afterwards, enough to make their storage grow.
	for range 30 {
		low.Recurring(&p, policy.PerYear(1), policy.Period{}, &formulaResult, policy.M("a", 99), policy.M("b", 99))
		all.Find(&policy.Find{Kind: policy.Unclaimed, Programme: policy.Disability}, &formulaResult, policy.M("a", 98), policy.M("b", 98))
	}
	var got []string
	for _, l := range all.Lines[:2] {
		got = append(got, string(l.Programme())+" "+l.Explanation().Render(policy.ZH))
	}
	got = append(got, all.Decisions[0].Explanation().Render(policy.ZH), all.Findings[0].Explanation().Render(policy.ZH))
	want := []string{"lowincome 0.01 = 6366.00", "disability 0.03 = 800.00", "0.02 = {=}", "0.04 = {=}"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("appended (-want +got):\n%s", diff)
	}
	if len(all.Lines) != 2 || len(all.Findings) != 31 || !all.Total().Equal(d("7166.00")) {
		t.Errorf("%d lines, %d findings, total %s", len(all.Lines), len(all.Findings), all.Total())
	}
	if got := low.Lines[0].Explanation().Render(policy.ZH); got != "0.01 = 6366.00" {
		t.Errorf("the first line changed as its assessment grew: %q", got)
	}
}

// TestImmutable: a line, decision, finding and check share nothing mutable
// with the caller: what their accessors return are copies.
func TestImmutable(t *testing.T) {
	a, c := sample()
	before, _ := jsonOf(a, c)
	l, dec, f := a.Lines[0], a.Decisions[0], a.Findings[0]
	for _, cs := range [][]policy.Clause{l.Clauses(), dec.Clauses(), f.Clauses(), c.Clauses()} {
		if len(cs) > 0 {
			cs[0] = "9.9"
		}
	}
	for _, us := range [][]policy.Used{l.Params(), dec.Params()} {
		us[0].Value = "0.00"
	}
	for _, e := range []policy.Explanation{l.Explanation(), dec.Explanation(), f.Explanation(), c.Explanation()} {
		args := e.Args()
		args[0] = policy.M("x", 1)
		_ = append(args[:1], policy.M("y", 2))
		_ = append(e.Args(), policy.M("z", 3)) // appending to a copy cannot reach the result
	}
	after, _ := jsonOf(a, c)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("changing what accessors returned changed the results (-before +after):\n%s", diff)
	}
	if !slices.Equal(usedStandard, a.Lines[0].Params()) {
		t.Error("the parameter records a line was given changed")
	}
}

// jsonOf writes an assessment's records and a check, one JSON value each.
func jsonOf(a policy.Assessment, c policy.Check) ([]string, error) {
	return append(recordsJSON(&a), string(c.AppendJSON(nil))), nil
}

// TestCheckFigures: a failed check carries its figures as typed fields,
// the shortfall among them.
func TestCheckFigures(t *testing.T) {
	tests := []struct {
		name      string
		desc      string
		clause    policy.Clause
		c         policy.CheckOf
		value     string
		bound     string
		ok        bool
		shortfall string
	}{
		{name: "fail", desc: "标准低于扶贫标准 0.01 / S one fen below P", clause: "2.1.1",
			c:     policy.CheckOf{Name: "two_lines", Status: policy.Fail, Value: 362200, Bound: 362201, HasFigures: true},
			value: "3622", bound: "3622.01", ok: true, shortfall: "0.01"},
		{name: "pass", desc: "通过：无差额 / a pass has no shortfall", clause: "2.1.1",
			c:     policy.CheckOf{Name: "two_lines", Status: policy.Pass, Value: 362200, Bound: 333500, HasFigures: true},
			value: "3622", bound: "3335", ok: true, shortfall: "0"},
		{name: "fail above the bound", desc: "未通过但数值高于界限（财产）：无差额 / a failure above its bound has no shortfall", clause: "2.1.3",
			c:     policy.CheckOf{Name: "assets", Status: policy.Fail, Value: 3000001, Bound: 3000000, HasFigures: true},
			value: "30000.01", bound: "30000", ok: true, shortfall: "0"},
		{name: "pass below the bound", desc: "财产核查通过，人均存款低于限额：无差额 / an asset test passed with deposits below the limit: no shortfall", clause: "2.1.3",
			c:     policy.CheckOf{Name: "assets", Status: policy.Pass, Value: 2000000, Bound: 3000000, HasFigures: true},
			value: "20000", bound: "30000", ok: true, shortfall: "0"},
		{name: "not assessed", desc: "未评估：无数值 / not assessed: no figures", clause: "2.1.1",
			c:     policy.CheckOf{Name: "two_lines", Status: policy.NotChecked},
			value: "0", bound: "0", ok: false, shortfall: "0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := policy.NewCheck(tc.c, &formulaResult)
			v, b, ok := c.Figures()
			got := []string{v.String(), b.String(), c.Shortfall().String(), c.Name(), string(c.Status())}
			want := []string{tc.value, tc.bound, tc.shortfall, tc.c.Name, string(tc.c.Status)}
			if diff := cmp.Diff(want, got); diff != "" || ok != tc.ok {
				t.Errorf("%s: figures ok %v (-want +got):\n%s", tc.desc, ok, diff)
			}
		})
	}
}

// BenchmarkRecurring adds worked example 2's three lines to an assessment,
// the inner loop of every programme.
func BenchmarkRecurring(b *testing.B) {
	p := basePay()
	s, gap, income := fen("3622.00"), fen("6366.00"), fen("4500.00")
	b.ReportAllocs()
	for b.Loop() {
		var a policy.Assessment
		a.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, policy.M("S", s), policy.N("n", 3), policy.M("I", income))
		a.Recurring(&p, policy.PerYear(s).Times(3000), policy.Period{}, &formulaBase, policy.M("S", s), policy.R("r", 3000))
		a.Recurring(&p, policy.PerYear(s).Times(2000), policy.Period{}, &formulaBase, policy.M("S", s), policy.R("r", 2000))
		if a.TotalFen() != 817700 {
			b.Fatal(a.TotalFen())
		}
	}
}

// BenchmarkRecurringReleased is BenchmarkRecurring with each assessment
// released when done, as benefit releases the programmes' results: the
// storage is reused and nothing is allocated.
func BenchmarkRecurringReleased(b *testing.B) {
	p := basePay()
	s, gap, income := fen("3622.00"), fen("6366.00"), fen("4500.00")
	b.ReportAllocs()
	for b.Loop() {
		var a policy.Assessment
		a.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, policy.M("S", s), policy.N("n", 3), policy.M("I", income))
		a.Recurring(&p, policy.PerYear(s).Times(3000), policy.Period{}, &formulaBase, policy.M("S", s), policy.R("r", 3000))
		a.Recurring(&p, policy.PerYear(s).Times(2000), policy.Period{}, &formulaBase, policy.M("S", s), policy.R("r", 2000))
		if a.TotalFen() != 817700 {
			b.Fatal(a.TotalFen())
		}
		a.Release()
	}
}

// BenchmarkRecurringFrom is BenchmarkRecurring with the lines added from
// templates, as the rules add them: no shape to look up and match.
func BenchmarkRecurringFrom(b *testing.B) {
	benchmarkRecurringFrom(b, false)
}

// BenchmarkRecurringFromReleased is BenchmarkRecurringReleased with the
// lines added from templates.
func BenchmarkRecurringFromReleased(b *testing.B) {
	benchmarkRecurringFrom(b, true)
}

// benchmarkRecurringFrom adds the three lines from two templates, one for
// the base line and one for the uplifts, each called with the same
// operands every time, as a rule calls its templates.
func benchmarkRecurringFrom(b *testing.B, release bool) {
	base, uplift := policy.NewLineTemplate(basePay(), &formulaBase), policy.NewLineTemplate(basePay(), &formulaBase)
	s, gap, income := fen("3622.00"), fen("6366.00"), fen("4500.00")
	b.ReportAllocs()
	for b.Loop() {
		var a policy.Assessment
		a.RecurringFrom(base, "", policy.PerYear(gap), policy.Period{}, policy.M("S", s), policy.N("n", 3), policy.M("I", income))
		a.RecurringFrom(uplift, "", policy.PerYear(s).Times(3000), policy.Period{}, policy.M("S", s), policy.R("r", 3000))
		a.RecurringFrom(uplift, "", policy.PerYear(s).Times(2000), policy.Period{}, policy.M("S", s), policy.R("r", 2000))
		if a.TotalFen() != 817700 {
			b.Fatal(a.TotalFen())
		}
		if release {
			a.Release()
		}
	}
}

// formulaMany has more operands than a line, a decision or a finding keeps
// inline, so that its values, with a claim id, have storage of their own.
var formulaMany = policy.Formula{ID: "test.many", ZH: "{a} + {b} + {c} + {d} + {e} + {f} = {=}",
	EN: "{a} + {b} + {c} + {d} + {e} + {f} = {=}"}

// many returns formulaMany's operands, from v up.
func many(v Money) []policy.Arg {
	return []policy.Arg{policy.M("a", v), policy.M("b", v+1), policy.M("c", v+2), policy.M("d", v+3),
		policy.M("e", v+4), policy.M("f", v+5)}
}

// addEvery adds to a, as a rule does, values of every kind from v: a
// recurring line, a decision and a finding with their operands inline, and
// a lump sum, a decision and a finding, each for a claim, with more
// operands than fit inline.
func addEvery(a *policy.Assessment, v Money, member, id string) {
	p := basePay()
	p.Member = member
	a.Recurring(&p, policy.PerYear(fen("6366.00")+v), policy.Period{}, &formulaBase,
		policy.M("S", fen("3622.00")+v), policy.N("n", 3), policy.M("I", fen("4500.00")))
	a.Decide(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible}, &formulaResult, policy.M("a", v))
	a.Find(&policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Amount: v + 5}, &formulaResult,
		policy.M("a", v+3))
	q := policy.Pay{Programme: policy.Medical, Item: "inpatient", Payee: policy.PayMember, Member: member, ID: id,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Lump(&q, 6*v+15, time.April, &formulaMany, many(v)...)
	a.Decide(&policy.Decide{Programme: policy.Medical, Item: "inpatient", Member: member, ID: id,
		Outcome: policy.Eligible}, &formulaMany, append(many(v), policy.M("=", 6*v+15))...)
	a.Find(&policy.Find{Kind: policy.Omission, Programme: policy.Medical, Item: "inpatient", Member: member, ID: id,
		Amount: v}, &formulaMany, append(many(v), policy.M("=", 6*v+15))...)
}

// TestRelease: an assessment's storage, once released, is reused by the
// assessments made after it, and the lines, decisions and findings
// appended from it to another assessment before — by Append and by
// AppendRun — are the other's and do not change, those that keep a claim
// id and operands beyond their inline ones among them; a released
// assessment is empty.
func TestRelease(t *testing.T) {
	var first policy.Assessment
	addEvery(&first, 100, "m1", "c1")
	var kept, run policy.Assessment
	kept.Append(&first)
	run.AppendRun(&first, policy.Period{})
	before := recordsJSON(&first)
	if !strings.Contains(strings.Join(before, "\n"), `"c1"`) {
		t.Fatalf("the values keep no claim id: %s", before)
	}
	first.Release()
	if first.Lines != nil || first.Decisions != nil || first.Findings != nil {
		t.Fatalf("a released assessment is not empty: %d lines, %d decisions, %d findings",
			len(first.Lines), len(first.Decisions), len(first.Findings))
	}
	for i := range 50 { // the next assessments take the storage back and overwrite it
		var next policy.Assessment
		addEvery(&next, Money(1000+i), "m9", "c9")
		next.Release()
	}
	if diff := cmp.Diff(before, recordsJSON(&kept)); diff != "" {
		t.Errorf("an assessment appended from a released one changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(before, recordsJSON(&run)); diff != "" {
		t.Errorf("an assessment run-appended from a released one changed (-before +after):\n%s", diff)
	}
}

// TestStorageGrows: an assessment whose values keep more ids and operands
// than its storage first holds says what each of the parts made alone
// says, in order: the storage grows, and values made before it grew keep
// their operands.
func TestStorageGrows(t *testing.T) {
	tests := []struct {
		name  string
		parts int
	}{
		{"one part", 1},
		{"past the first arrays", 4},
		{"several times over", 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var all, kept policy.Assessment
			var want policy.Assessment // the parts made alone, each in a storage of its own
			for i := range tc.parts {
				v, id := Money(100*i), fmt.Sprintf("c%d", i)
				addEvery(&all, v, "m1", id)
				var part policy.Assessment
				addEvery(&part, v, "m1", id)
				want.Append(&part)
			}
			kept.Append(&all)
			together := recordsJSON(&all)
			all.Release()
			for i := range 3 { // the storage is reused
				var next policy.Assessment
				addEvery(&next, Money(9000+i), "m9", "c9")
				next.Release()
			}
			if diff := cmp.Diff(recordsJSON(&want), together); diff != "" {
				t.Errorf("one assessment of %d parts (-parts alone +together):\n%s", tc.parts, diff)
			}
			if diff := cmp.Diff(recordsJSON(&want), recordsJSON(&kept)); diff != "" {
				t.Errorf("appended, then released (-parts alone +appended):\n%s", diff)
			}
		})
	}
}

// TestReserve: once Reserve has made room for what is appended, the
// appends allocate nothing more — values with ids and operands beyond their
// inline fields, and a line whose rate is too large to keep inline, among
// them; after a Reset the lists are reused, and a value copied out before
// the Reset is unchanged by what is appended after it.
func TestReserve(t *testing.T) {
	bigRate := func(a *policy.Assessment) {
		q := policy.Pay{Programme: policy.Medical, Item: "inpatient", Payee: policy.PayMember, Member: "m1", ID: "c2",
			Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
		a.Recurring(&q, policy.PerYear(1).Div(100000).Div(100000).Div(7), policy.Period{}, &formulaMany, many(1)...)
	}
	tests := []struct {
		name string
		add  []func(*policy.Assessment)
	}{
		{"ids and operands beyond the inline ones", []func(*policy.Assessment){
			func(a *policy.Assessment) { addEvery(a, 100, "", "") },
			func(a *policy.Assessment) { addEvery(a, 200, "m1", "c1") }}},
		{"a rate too large to keep inline", []func(*policy.Assessment){bigRate}},
		{"both", []func(*policy.Assessment){func(a *policy.Assessment) { addEvery(a, 100, "m1", "c1") }, bigRate}},
		{"a rate too large to keep inline on a line with no id, beside more extras than the first arrays hold",
			[]func(*policy.Assessment){func(a *policy.Assessment) {
				addEvery(a, 100, "", "")
				addEvery(a, 200, "", "")
				p := basePay()
				a.Recurring(&p, policy.PerYear(1).Div(100000).Div(100000).Div(7), policy.Period{}, &formulaBase,
					policy.M("S", 1), policy.N("n", 3), policy.M("I", 2))
			}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parts := make([]policy.Assessment, len(tc.add))
			var room policy.Room
			for i, add := range tc.add {
				add(&parts[i])
				room.Add(&parts[i])
			}
			appendAll := func(b *policy.Assessment) {
				for i := range parts {
					b.Append(&parts[i])
				}
			}
			reserve := testing.AllocsPerRun(20, func() {
				var b policy.Assessment
				b.Reserve(room)
			})
			if n := testing.AllocsPerRun(20, func() {
				var b policy.Assessment
				b.Reserve(room)
				appendAll(&b)
			}); n != reserve {
				t.Errorf("Reserve and Append: %v allocations, Reserve alone %v", n, reserve)
			}
			var other policy.Assessment // other values, to go in the places of those before
			addEvery(&other, 900, "m9", "c9")
			bigRate(&other)
			var otherRoom policy.Room
			otherRoom.Add(&other)
			var b policy.Assessment
			b.Reserve(room)
			b.Reserve(otherRoom) // lists of room enough for other's too
			appendAll(&b)
			kept := slices.Clone(b.Lines)
			want := lineTexts(kept)
			array := &b.Lines[0]
			for range 3 {
				b.Reset()
				b.Reserve(otherRoom)
				b.Append(&other)
			}
			if &b.Lines[0] != array {
				t.Errorf("the lines after Reset are not in the array of those before")
			}
			if diff := cmp.Diff(want, lineTexts(kept)); diff != "" {
				t.Errorf("lines copied out before Reset changed (-before +after):\n%s", diff)
			}
		})
	}
}

// lineTexts returns the lines' JSON.
func lineTexts(ls []policy.Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, string(l.AppendJSON(nil)))
	}
	return out
}

// Money is policy.Money, for the tests' literals.
type Money = policy.Money
