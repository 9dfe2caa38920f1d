package synthetic_test

import (
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestAuditMix cross-checks the recorded payments with the programmes'
// audits under the 2017 defaults: a quarter of covered households at or
// below the line with payments recorded carry a deliberate error, so about
// a quarter (not all, which would mean the "correct" amounts are wrong, and
// not none) have a 低保 finding; and the disability audit finds each kind
// the generator plants.
func TestAuditMix(t *testing.T) {
	on := household.NewDate(2017, 9, 1)
	g := synthetic.New(synthetic.Config{Seed: 5, Households: 20000, Date: on})
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	ds, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	var continuing, withFinding, omissions int
	disKinds := map[policy.FindingKind]int{}
	for _, h := range g.All() {
		c, err := h.Check(on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		// The run of months containing D, within which no member's 特困
		// support starts or ends (section 0).
		var run policy.Period
		runs, n := c.SupportRuns(policy.Year)
		for _, p := range runs[:n] {
			if p.Contains(on.Month) {
				run = p
			}
		}
		r, err := as.Assess(c, lowincome.Inputs{Period: run})
		if err != nil {
			t.Fatalf("%s: lowincome: %v", h.ID, err)
		}
		paid := false
		for _, p := range h.Current.Payments {
			paid = paid || p.Programme == policy.LowIncome
		}
		for _, f := range r.Findings {
			if f.Kind() == policy.Omission {
				omissions++
			}
		}
		if h.Current.LowIncome && paid && r.Coverage().Outcome() == policy.Continue {
			continuing++
			if len(r.Findings) > 0 {
				withFinding++
			}
		}
		// The living subsidy reads 低保 in the household's 低保 months
		// only: the part of the run containing D that is all in them or
		// all out of them (2.2.4, section 0).
		part, covered := run, false
		if months, ok := r.CoveredMonths(); ok {
			part, covered = partOf(run, months, on.Month)
		}
		dr, err := ds.Assess(c, disability.Inputs{Period: part, LowIncome: covered})
		if err != nil {
			t.Fatalf("%s: disability: %v", h.ID, err)
		}
		for _, f := range dr.Findings {
			disKinds[f.Kind()]++
		}
	}
	if rate := float64(withFinding) / float64(continuing); rate < 0.18 || rate > 0.32 {
		t.Errorf("%d of %d continuing recipients with payments have a 低保 finding (%.3f), want about 0.25", withFinding, continuing, rate)
	}
	if omissions == 0 {
		t.Error("no 应保未保 (omission) finding")
	}
	for _, k := range []policy.FindingKind{policy.Unclaimed, policy.Wrongful, policy.Underpayment, policy.Overpayment} {
		if disKinds[k] == 0 {
			t.Errorf("no disability %s finding", k)
		}
	}
}

// partOf returns the months of run that contain m and are either all
// within months or all outside them, and whether they are within.
func partOf(run, months policy.Period, m time.Month) (policy.Period, bool) {
	switch {
	case months.Contains(m):
		both, _ := run.Intersect(months)
		return both, true
	case m < months.From:
		return policy.Period{From: run.From, To: min(run.To, months.From-1)}, false
	}
	return policy.Period{From: max(run.From, months.To+1), To: run.To}, false
}
