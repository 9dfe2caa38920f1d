package medical

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Result is a household's medical-aid assessment (2.3) over a run of
// months: its lines (per member in record order, the sponsorship line of
// 2.3.3, then each assessed claim's aid lines in the order the claims were
// processed), its decisions (per member in record order, the member's group
// on the assessment date, 2.3.2, followed by a decision for each claim whose
// group on its admission date is another), and the figures behind them,
// read through its methods.
type Result struct {
	policy.Assessment
	members   []MemberResult
	remaining policy.Money
	// What identifies the run, for the next run's Inputs.Before.
	period    policy.Period
	year      int
	household string
}

// Period returns the run of months assessed.
func (r *Result) Period() policy.Period { return r.period }

// Members returns a copy of the members' results, in record order.
func (r *Result) Members() []MemberResult { return slices.Clone(r.members) }

// Member returns the result of the member with the given id.
func (r *Result) Member(id string) (MemberResult, bool) {
	for i := range r.members {
		if r.members[i].id == id {
			return r.members[i], true
		}
	}
	return MemberResult{}, false
}

// Remaining returns the household's compliant out-of-pocket left after all
// medical aid on the assessed claims: the sum of the members' Remaining,
// which the 救急难 rule of temporary aid (2.4.2) compares with income.
func (r *Result) Remaining() decimal.Decimal { return r.remaining.Decimal() }

// RemainingFen returns the same figure in fen.
func (r *Result) RemainingFen() policy.Money { return r.remaining }

// MemberResult is one member's medical-aid assessment: an immutable value
// read through its methods.
type MemberResult struct {
	id        string
	group     Group
	decision  policy.Decision
	claims    []ClaimResult // part of the result's claims: never handed out
	aid       policy.Money  // aid on these claims
	paid      policy.Money  // all aid this year up to the end of the run, with aid
	second    policy.Money  // the part of paid that is second aid
	remaining policy.Money
}

// ID returns the member's id.
func (m MemberResult) ID() string { return m.id }

// Group returns the member's group on the assessment date (2.3.2), which
// decides the sponsorship; each claim has its own ([ClaimResult.Group]).
func (m MemberResult) Group() Group { return m.group }

// Decision returns the member's decision: the group and the reason.
func (m MemberResult) Decision() policy.Decision { return m.decision }

// Claims returns a copy of the member's assessed claims in the order they
// were processed: by admission date, ties by claim id.
func (m MemberResult) Claims() []ClaimResult { return slices.Clone(m.claims) }

// Aid returns the medical aid on these claims (inpatient, child-disease and
// second aid).
func (m MemberResult) Aid() decimal.Decimal { return m.aid.Decimal() }

// PaidThisYear returns all medical aid of the year up to the end of the
// run: what was paid before it (the record's MedicalAidPaid and
// SecondAidPaid, or what Inputs.Before carried) plus Aid. The next run
// starts from it.
func (m MemberResult) PaidThisYear() decimal.Decimal { return m.paid.Decimal() }

// SecondPaidThisYear returns the part of PaidThisYear that is second aid
// (再次救助), which counts against second aid's own cap.
func (m MemberResult) SecondPaidThisYear() decimal.Decimal { return m.second.Decimal() }

// Remaining returns the compliant out-of-pocket of these claims left after
// all medical aid (the sum of the claims' Left).
func (m MemberResult) Remaining() decimal.Decimal { return m.remaining.Decimal() }
