package policy_test

import (
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
// operands — also when the operands change from one call to the next, and
// whatever member or id the template's Pay named (each record names its
// own).
func TestTemplates(t *testing.T) {
	s, gap, income := policy.Money(362200), policy.Money(636600), policy.Money(450000)
	base := basePay()
	base.Member, base.ID = "ignored", "ignored"
	lt := policy.NewLineTemplate(base, &formulaBase)
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible, Clauses: []policy.Clause{policy.ClauseMeansTest}}
	dt := policy.NewDecisionTemplate(d, &formulaBase)
	x := policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Clauses: []policy.Clause{policy.ClauseDynamic}}
	ft := policy.NewFindingTemplate(x, &formulaBase)
	ops := [][]policy.Arg{
		{policy.M("S", s), policy.N("n", 3), policy.M("I", income)},
		{policy.M("S", s), policy.R("r", 3000)},                                       // other operands, the same template
		{policy.T("c", "A"), policy.M("S", s), policy.R("r", 3000)},                   // words
		{policy.M("S", s), policy.N("n", 3), policy.M("I", income), policy.M("X", 1)}, // more than a line keeps inline
	}
	split := policy.DefaultRounding.Split(policy.PerYear(100001).Div(3), 7, 2)
	tests := []struct {
		name string
		// direct adds the record the direct way, from adds it from the template.
		direct, from func(a *policy.Assessment, member string, args []policy.Arg)
	}{
		{"2.1.2 recurring line over the whole year / 全年按月发放的补差",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Recurring(&p, policy.PerYear(gap), policy.Period{}, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) {
				a.RecurringFrom(lt, m, policy.PerYear(gap), policy.Period{}, args...)
			}},
		{"0 recurring line over part of the year / 部分月份",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Recurring(&p, policy.PerYear(gap), policy.Period{From: 4, To: 9}, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) {
				a.RecurringFrom(lt, m, policy.PerYear(gap), policy.Period{From: 4, To: 9}, args...)
			}},
		{"2.2.3 lines sharing one rounding / 共用一次舍入",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				sp := split
				a.Share(&p, policy.PerYear(100001).Div(3), policy.Period{From: 6, To: 12}, &sp, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) {
				sp := split
				a.ShareFrom(lt, m, policy.PerYear(100001).Div(3), policy.Period{From: 6, To: 12}, &sp, args...)
			}},
		{"2.3.3 lump sum / 一次性",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				p := basePay()
				p.Member = m
				a.Lump(&p, 15000, 9, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) { a.LumpFrom(lt, m, 15000, 9, args...) }},
		{"2.1.3 decision / 决定",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				d := d
				d.Member = m
				a.Decide(&d, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) { a.DecideFrom(dt, m, args...) }},
		{"2.1.2 finding / 发现",
			func(a *policy.Assessment, m string, args []policy.Arg) {
				x := x
				x.Member, x.Amount = m, gap
				a.Find(&x, &formulaBase, args...)
			},
			func(a *policy.Assessment, m string, args []policy.Arg) { a.FindFrom(ft, m, gap, args...) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want, got policy.Assessment
			for i, args := range append(ops, ops...) { // each operand list twice, in turn
				m := []string{"", "m1"}[i%2]
				tc.direct(&want, m, args)
				tc.from(&got, m, args)
			}
			if diff := cmp.Diff(recordsJSON(&want), recordsJSON(&got)); diff != "" {
				t.Errorf("records from the template differ (-direct +template):\n%s", diff)
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
