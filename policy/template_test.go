package policy_test

import (
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// recordsJSON writes an assessment's records, one JSON value each, in order.
func recordsJSON(a *policy.Assessment) []string {
	var out []string
	for _, l := range a.Lines {
		out = append(out, string(l.AppendJSON(nil)))
	}
	for _, d := range a.Decisions {
		out = append(out, string(d.AppendJSON(nil)))
	}
	for _, f := range a.Findings {
		out = append(out, string(f.AppendJSON(nil)))
	}
	return out
}

// TestTemplates: a record added from a template is the record the Pay,
// Decide or Find it was made from adds with the same member, figures and
// operands — also when the operands change from one call to the next (in
// their names, kinds, places, nested formula or number), for members and
// the household in turn, and whatever member or id the template's Pay
// named (each record names its own).
func TestTemplates(t *testing.T) {
	s, gap, income := policy.Money(362200), policy.Money(636600), policy.Money(450000)
	base := basePay()
	base.Member, base.ID = "ignored", "ignored"
	lt := policy.NewLineTemplate(base, &formulaBase)
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible, Clauses: []policy.Clause{policy.ClauseMeansTest}}
	dt := policy.NewDecisionTemplate(d, &formulaBase)
	x := policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Clauses: []policy.Clause{policy.ClauseDynamic}}
	ft := policy.NewFindingTemplate(x, &formulaBase)
	other := &policy.Formula{ID: "test.other", ZH: "{a}", EN: "{a}"}
	ops := [][]policy.Arg{
		{policy.M("S", s), policy.N("n", 3), policy.M("I", income)},
		{policy.M("S", s), policy.R("r", 3000)},
		{policy.T("c", "A"), policy.M("S", s), policy.R("r", 3000)},
		{policy.M("S", s), policy.N("n", 3), policy.M("I", income), policy.M("X", 1)},
		{policy.MExact("S", policy.PerYear(100001).Div(3))},
		{policy.MExact("S", policy.PerYear(100001).Div(7))},
		{policy.Nested("why", &formulaBase, 1), policy.M("S", s)},
		{policy.Nested("why", other, 1), policy.M("S", s)},
		{policy.Nested("why", other, 0), policy.M("S", s)},
	}
	members := []string{"", "m1", "m2"}
	rate := policy.PerYear(100001).Div(3)
	tests := []struct {
		name, desc string
		// direct adds the record the direct way, from adds it from the
		// template; split is the assessment's shared rounding, if any.
		direct, from func(a *policy.Assessment, split *policy.Split, member string, args []policy.Arg)
	}{
		{"recurring, whole year", "全年按月发放的行 / a recurring line over the whole year",
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, args...)
			},
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				a.RecurringFrom(lt, m, policy.PerYear(gap), policy.Period{}, args...)
			}},
		{"recurring, part year", "4–9月发放的行 / a recurring line over part of the year",
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Recurring(&p, policy.PerYear(gap), policy.Period{From: 4, To: 9}, &formulaBase, args...)
			},
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				a.RecurringFrom(lt, m, policy.PerYear(gap), policy.Period{From: 4, To: 9}, args...)
			}},
		{"shared rounding", "一次舍入、依次分配的各行 / each line in turn of one shared rounding",
			func(a *policy.Assessment, sp *policy.Split, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Share(&p, rate, policy.Period{From: 6, To: 12}, sp, &formulaBase, args...)
			},
			func(a *policy.Assessment, sp *policy.Split, m string, args []policy.Arg) {
				a.ShareFrom(lt, m, rate, policy.Period{From: 6, To: 12}, sp, args...)
			}},
		{"lump sum", "一次性支付 / a lump sum",
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Lump(&p, 15000, 9, &formulaBase, args...)
			},
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				a.LumpFrom(lt, m, 15000, 9, args...)
			}},
		{"decision", "决定 / a decision",
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				d := d
				d.Member = m
				a.Decide(&d, &formulaBase, args...)
			},
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) { a.DecideFrom(dt, m, args...) }},
		{"finding", "发现 / a finding",
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				x := x
				x.Member, x.Amount = m, gap
				a.Find(&x, &formulaBase, args...)
			},
			func(a *policy.Assessment, _ *policy.Split, m string, args []policy.Arg) {
				a.FindFrom(ft, m, gap, args...)
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 2 * len(ops) // each operand list twice, in turn
			var want, got policy.Assessment
			sw := policy.DefaultRounding.Split(rate, 7, n)
			sg := sw
			for i := range n {
				m := members[i%len(members)]
				tc.direct(&want, &sw, m, ops[i%len(ops)])
				tc.from(&got, &sg, m, ops[i%len(ops)])
			}
			if diff := cmp.Diff(recordsJSON(&want), recordsJSON(&got)); diff != "" {
				t.Errorf("%s: records from the template differ (-direct +template):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestTemplatesConcurrent: goroutines adding records from one template,
// with operand lists that change from call to call, each get their own
// records right (run with -race).
func TestTemplatesConcurrent(t *testing.T) {
	lt := policy.NewLineTemplate(basePay(), &formulaBase)
	a1 := []policy.Arg{policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000)}
	a2 := []policy.Arg{policy.M("S", 362200), policy.R("r", 3000)}
	var want policy.Assessment
	p := basePay()
	want.Recurring(&p, policy.PerYear(636600), policy.Period{}, &formulaBase, a1...)
	want.Recurring(&p, policy.PerYear(108660), policy.Period{}, &formulaBase, a2...)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 200 {
				var got policy.Assessment
				got.RecurringFrom(lt, "", policy.PerYear(636600), policy.Period{}, a1...)
				got.RecurringFrom(lt, "", policy.PerYear(108660), policy.Period{}, a2...)
				if diff := cmp.Diff(recordsJSON(&want), recordsJSON(&got)); diff != "" {
					errs <- diff
					return
				}
				got.Release()
			}
		})
	}
	wg.Wait()
	close(errs)
	for diff := range errs {
		t.Errorf("records from the template differ (-direct +template):\n%s", diff)
	}
}

// TestTemplateWith: a template With more parameter records adds the
// records its Pay or Decide adds with those records after its own — marked
// provisional when one of them is (section 0) — and leaves the template it
// came from as it was, even when that template's list has room to spare;
// With no records is the template itself.
func TestTemplateWith(t *testing.T) {
	s, gap, income := policy.Money(362200), policy.Money(636600), policy.Money(450000)
	args := []policy.Arg{policy.M("S", s), policy.N("n", 3), policy.M("I", income)}
	rule := policy.New("test.counted.scholarship", false, policy.Provisional, "test").Used()
	law := policy.New("test.counted.wages", true, policy.Law, "test").Used()
	spare := make([]policy.Used, 1, 4) // room a careless append would write into
	copy(spare, usedStandard)
	base := basePay()
	base.Params = spare
	lt := policy.NewLineTemplate(base, &formulaBase)
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible, Clauses: []policy.Clause{policy.ClauseMeansTest},
		Params: spare}
	dt := policy.NewDecisionTemplate(d, &formulaBase)
	tests := []struct {
		name, desc string
		used       []policy.Used
		prov       bool
	}{
		{"a provisional rule", "暂定规则：记录列出并标为暂定 / a provisional rule: listed, and the record is provisional",
			[]policy.Used{rule}, true},
		{"a rule of law", "法定规则：列出，不标暂定 / a rule of law: listed, not provisional", []policy.Used{law}, false},
		{"both", "两条：依次列在模板自身参数之后 / both, in order, after the template's own", []policy.Used{law, rule}, true},
		{"none", "无：与模板相同 / none: the template itself", nil, false},
	}
	// Each case's templates are made before any is used: one With must not
	// write into the list of another.
	lines := make([]*policy.LineTemplate, len(tests))
	decisions := make([]*policy.DecisionTemplate, len(tests))
	for i, tc := range tests {
		lines[i], decisions[i] = lt.With(tc.used...), dt.With(tc.used...)
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := basePay()
			p.Params = append(slices.Clone(usedStandard), tc.used...)
			dd := d
			dd.Params = p.Params
			var want, got policy.Assessment
			want.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, args...)
			want.Decide(&dd, &formulaBase, args...)
			got.RecurringFrom(lines[i], "", policy.PerYear(gap), policy.Period{}, args...)
			got.DecideFrom(decisions[i], "", args...)
			if diff := cmp.Diff(recordsJSON(&want), recordsJSON(&got)); diff != "" {
				t.Errorf("%s: records (-Pay +template With):\n%s", tc.desc, diff)
			}
			if got.Lines[0].Provisional() != tc.prov {
				t.Errorf("%s: Provisional() = %v, want %v", tc.desc, got.Lines[0].Provisional(), tc.prov)
			}
			if (tc.used == nil) != (lines[i] == lt) || (tc.used == nil) != (decisions[i] == dt) {
				t.Errorf("%s: With(%d records) made a new template: %v, want %v", tc.desc, len(tc.used), lines[i] != lt, tc.used != nil)
			}
			// The template it came from adds what it added before.
			var plain, before policy.Assessment
			plain.RecurringFrom(lt, "", policy.PerYear(gap), policy.Period{}, args...)
			p.Params = usedStandard
			before.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, args...)
			if diff := cmp.Diff(recordsJSON(&before), recordsJSON(&plain)); diff != "" {
				t.Errorf("%s: With changed the template it came from (-before +after):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestTemplateWithKept: With hands out a template it made again for the
// same records, so a rule calling it for every record makes none after
// the first — households taking turns with different records included;
// other records make another, and the same records after them are right
// again (run with -race).
func TestTemplateWithKept(t *testing.T) {
	rule := policy.New("test.counted.scholarship", false, policy.Provisional, "test").Used()
	other := policy.New("test.counted.bravery-award", false, policy.Provisional, "test").Used()
	lt := policy.NewLineTemplate(basePay(), &formulaBase)
	dt := policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible}, &formulaBase)
	l1, d1 := lt.With(rule), dt.With(rule)
	if l2, d2 := lt.With(rule), dt.With(rule); l1 != l2 || d1 != d2 {
		t.Error("With made a second template for the same records")
	}
	confirmed := policy.New("test.counted.scholarship", false, policy.Local, "test").Used() // its provenance alone differs
	if lt.With(rule) == lt.With(confirmed) {
		t.Error("With handed out the template of a provisional record for a local one")
	}
	if n := testing.AllocsPerRun(100, func() { lt.With(rule); dt.With(rule) }); n != 0 {
		t.Errorf("With for the same records allocates %v times, want 0", n)
	}
	if l3, d3 := lt.With(other), dt.With(other); l3 == l1 || d3 == d1 {
		t.Error("With handed out the template of other records")
	} else if l4, d4 := lt.With(rule), dt.With(rule); l4 != l1 || d4 != d1 {
		t.Error("With made a template again for records it made one for before the last")
	}
	if n := testing.AllocsPerRun(100, func() { lt.With(rule); lt.With(other); dt.With(rule); dt.With(other) }); n != 0 {
		t.Errorf("With for records taking turns allocates %v times, want 0", n)
	}
	names := func(us []policy.Used) (ns []string) {
		for _, u := range us {
			ns = append(ns, u.Name)
		}
		return ns
	}
	var many []policy.Used // more records than With keeps templates for
	for i := range 12 {
		many = append(many, policy.New("test.counted.r"+strconv.Itoa(i), false, policy.Provisional, "test").Used())
	}
	for round := range 2 {
		for _, u := range many {
			var a policy.Assessment
			a.RecurringFrom(lt.With(u), "", policy.PerYear(636600), policy.Period{}, policy.M("S", 362200))
			a.DecideFrom(dt.With(u), "", policy.M("S", 362200))
			want := []string{"lowincome.standard", u.Name}
			if got := names(a.Lines[0].Params()); !slices.Equal(got, want) {
				t.Errorf("round %d: With(%s) rests on %v, want %v", round, u.Name, got, want)
			}
			if got := names(a.Decisions[0].Params()); !slices.Equal(got, []string{u.Name}) {
				t.Errorf("round %d: the decision of With(%s) rests on %v, want [%s]", round, u.Name, got, u.Name)
			}
		}
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 200 {
				u := []policy.Used{rule, other}[(i+j)%2]
				var a policy.Assessment
				a.RecurringFrom(lt.With(u), "", policy.PerYear(636600), policy.Period{}, policy.M("S", 362200))
				a.DecideFrom(dt.With(u), "", policy.M("S", 362200))
				want := []string{"lowincome.standard", u.Name}
				if got := names(a.Lines[0].Params()); !slices.Equal(got, want) {
					t.Errorf("line rests on %v, want %v", got, want)
				}
				if got := names(a.Decisions[0].Params()); !slices.Equal(got, []string{u.Name}) {
					t.Errorf("decision rests on %v, want [%s]", got, u.Name)
				}
			}
		})
	}
	wg.Wait()
}
