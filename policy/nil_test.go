package policy_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/policy"
)

// TestNilReceivers calls every pointer method of every exported struct type
// of package policy on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic — those that add to
// something, with nowhere to add — panic.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*policy.Arg)(nil), (*policy.Assessment)(nil), (*policy.Check)(nil), (*policy.CheckOf)(nil),
		(*policy.Decide)(nil), (*policy.Decision)(nil), (*policy.DecisionTemplate)(nil),
		(*policy.Explanation)(nil), (*policy.FieldError)(nil), (*policy.Find)(nil), (*policy.Finding)(nil),
		(*policy.FindingTemplate)(nil), (*policy.Formula)(nil), (*policy.Line)(nil), (*policy.LineTemplate)(nil),
		(*policy.MissingParamError)(nil), (*policy.Param[decimal.Decimal])(nil), (*policy.Pay)(nil),
		(*policy.Period)(nil), (*policy.Rate)(nil), (*policy.Room)(nil), (*policy.Rounding)(nil),
		(*policy.Schedule)(nil), (*policy.Select)(nil), (*policy.Split)(nil), (*policy.Sum)(nil),
		(*policy.Used)(nil),
	}
	// Append and AppendRun, called as the check calls them with a nil o,
	// add nothing and so do not panic (TestAppendNil).
	adders := slices.DeleteFunc(slices.Clone(nilcheck.Adders), func(m string) bool { return m == "Append" || m == "AppendRun" })
	except := nilcheck.Except(nil, "Assessment", "adds to the assessment: nowhere to add", adders...)
	nilcheck.Except(except, "Sum", "adds to the total: nowhere to add", "Add", "Merge")
	nilcheck.Except(except, "Split", "hands out the next amount: a nil split has none", "Next")
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
}

// TestNilErrors: nil errors of package policy format as "<nil>", as
// benefit.FloorError does, and still unwrap to their sentinels.
func TestNilErrors(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want error
	}{
		{name: "field error", err: (*policy.FieldError)(nil), want: policy.ErrInvalid},
		{name: "missing parameter", err: (*policy.MissingParamError)(nil), want: policy.ErrMissingParam},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != "<nil>" {
				t.Errorf("Error() = %q, want <nil>", got)
			}
			if !errors.Is(tc.err, tc.want) {
				t.Errorf("%v does not wrap %v", tc.err, tc.want)
			}
		})
	}
}

// TestNilTotals: a nil split shares nothing, a total of 0 among no
// amounts, and a nil sum is a total of 0 that fits in fen.
func TestNilTotals(t *testing.T) {
	var s *policy.Split
	if s.Total() != 0 || s.Count() != 0 || !s.Uniform() {
		t.Errorf("split: Total %s, Count %d, Uniform %v; want 0, 0, true", s.Total(), s.Count(), s.Uniform())
	}
	var sum *policy.Sum
	if f, ok := sum.Fen(); f != 0 || !ok || !sum.Total().IsZero() || sum.Cmp(0) != 0 || sum.Cmp(1) != -1 {
		t.Errorf("sum: Fen %s, %v, Total %s, Cmp(0) %d, Cmp(0.01) %d; want 0, true, 0, 0, -1", f, ok, sum.Total(), sum.Cmp(0), sum.Cmp(1))
	}
}

// TestNilAssessment: a nil assessment reads as an empty one.
func TestNilAssessment(t *testing.T) {
	var a *policy.Assessment
	if !a.Total().IsZero() || a.TotalFen() != 0 {
		t.Errorf("total %v, %v fen; want 0", a.Total(), a.TotalFen())
	}
	for range a.LinesOf(policy.Select{}) {
		t.Error("a nil assessment has a line")
	}
	if _, ok := a.Decision(policy.Select{}); ok {
		t.Error("a nil assessment has a decision")
	}
}

// TestAppendNil: appending a nil assessment, whole or as a run, adds
// nothing, as appending an empty one does.
func TestAppendNil(t *testing.T) {
	tests := []struct {
		name, desc string
		add        func(a *policy.Assessment)
	}{
		{name: "append", desc: "Append(nil) 不增加任何内容 / Append(nil) adds nothing",
			add: func(a *policy.Assessment) { a.Append(nil) }},
		{name: "append-run", desc: "AppendRun(nil, 3–12 月) 不增加任何内容 / AppendRun(nil, months 3–12) adds nothing",
			add: func(a *policy.Assessment) { a.AppendRun(nil, policy.Period{From: time.March, To: time.December}) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a policy.Assessment
			tc.add(&a)
			if len(a.Lines)+len(a.Decisions)+len(a.Findings) != 0 {
				t.Errorf("%s: %d lines, %d decisions, %d findings; want none", tc.desc, len(a.Lines), len(a.Decisions), len(a.Findings))
			}
		})
	}
}
