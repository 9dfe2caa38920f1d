package medical

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Result is a household's medical-aid assessment (2.3) over a run of
// months: its lines (per member in record order, the sponsorship line of
// 2.3.3, then each assessed claim's aid lines in the order the claims were
// processed), its decisions (per member in record order, the member's group
// on the assessment date, 2.3.2 — in a run without its month, with the 特困,
// 低保 and certificate months read in the run's month nearest it —,
// followed by a decision for each claim whose group on its admission date
// is another, or none), and the figures behind them,
// read through its methods. It keeps the record it assessed, which must not
// change while the result is in use: its members' results are worked out
// from it when asked for. A nil *Result reads as empty: no period, members
// or remaining cost; the methods promoted from the embedded Assessment
// panic on nil, as reading one of its fields does.
type Result struct {
	policy.Assessment
	remaining policy.Money
	// What the result was made from: the members' results are worked out
	// from them again when asked for, and they identify the run for the
	// next run's Inputs.Before.
	a  *Assessor
	c  household.Checked
	in Inputs // its LowIncomeMembers a copy; its Before nil, kept in paid
	// paid is the aid paid to each member this year before the run and up
	// to its end, in a run of a split year: the run's own when it has
	// claims; the run before's when it has none (carried), whose ends are
	// then both its starts and its ends; nil for the whole year (no run
	// follows it) and when no run so far has had claims (each member's
	// start and end are his record's MedicalAidPaid and SecondAidPaid).
	// With the amounts go the parameter records the aid rests on
	// (aidPaid.rests), for the lines a cap cuts in the runs after.
	paid    []runPaid
	carried bool
}

// Period returns the run of months assessed.
func (r *Result) Period() policy.Period {
	if r == nil || r.a == nil {
		return policy.Period{}
	}
	return r.in.Period.Norm()
}

// Members returns the members' results, in record order.
func (r *Result) Members() []MemberResult {
	if r == nil || r.a == nil {
		return nil
	}
	h := r.c.Household()
	out := make([]MemberResult, len(h.Members))
	for i := range h.Members {
		out[i] = r.member(i)
	}
	return out
}

// Member returns the result of the member with the given id.
func (r *Result) Member(id string) (MemberResult, bool) {
	if r == nil || r.a == nil {
		return MemberResult{}, false
	}
	for i := range r.c.Household().Members {
		if r.c.Household().Members[i].ID == id {
			return r.member(i), true
		}
	}
	return MemberResult{}, false
}

// aidPaid is the aid, and the part of it that is second aid, paid to a
// member this year up to some point: what his next claim starts from
// (2.3.4), with the parameters that aid rests on (rests.go): records
// carried from the runs before, and the lists of this run's claims so far,
// 0 in a run's end handed on.
type aidPaid struct {
	all, second policy.Money
	rests       []policy.Used
	lists       uint32
}

// runPaid is the aid paid to a member this year before a run (start) and
// up to its end.
type runPaid struct{ start, end aidPaid }

// recordPaid is the aid member m was paid this year before the record's
// claims: his MedicalAidPaid and SecondAidPaid.
func recordPaid(m *household.Member) aidPaid {
	second := fen(m.SecondAidPaid)
	return aidPaid{all: fen(m.MedicalAidPaid) + second, second: second}
}

// start returns the aid paid to member i this year before the run.
func (r *Result) start(i int) aidPaid {
	switch {
	case r.carried:
		return r.paid[i].end
	case r.paid != nil:
		return r.paid[i].start
	}
	return recordPaid(&r.c.Household().Members[i])
}

// paidBy returns the aid paid to member i this year up to the end of the
// run: what the next run starts from.
func (r *Result) paidBy(i int) aidPaid {
	if r.paid != nil {
		return r.paid[i].end
	}
	return recordPaid(&r.c.Household().Members[i])
}

// paidOf returns the paid of a run of household h over period, after the
// run before (nil for the first run), and whether it is carried from it
// (see Result.paid). In a run with claims each member's end is his start
// until Assess has assessed his claims.
func paidOf(before *Result, h *household.Household, period policy.Period) (paid []runPaid, carried bool) {
	switch {
	case period.Norm() == policy.Year:
		return nil, false
	case countClaims(h, period) == 0:
		if before == nil {
			return nil, false
		}
		return before.paid, before.paid != nil
	}
	paid = make([]runPaid, len(h.Members))
	for i := range h.Members {
		start := recordPaid(&h.Members[i])
		if before != nil {
			start = before.paidBy(i)
		}
		paid[i] = runPaid{start: start, end: start}
	}
	return paid, false
}

// member works out the result of member i again: the group and decision
// as Assess made them, and the figures of the member's claims, whose lines
// are kept in an assessment of their own.
func (r *Result) member(i int) MemberResult {
	x := assessment{Assessor: r.a, h: r.c.Household(), on: r.c.Date(), in: r.in}
	m := &x.h.Members[i]
	var g reason
	x.groupOn(m, x.on, x.decidedMonth(), &g)
	x.decide(&x.out.Assessment, m.ID, nil, &g)
	// x.out is not released: the decision copied out of it keeps its shape and operands in its storage.
	mr := MemberResult{id: m.ID, group: g.group, decision: x.out.Decisions[0]}
	var lines policy.Assessment // the claims' lines, which they view: never released
	var end aidPaid
	mr.claims, end = x.claims(i, g.group, r.start(i), &lines, nil)
	mr.paid, mr.second = end.all, end.second
	for _, c := range mr.claims {
		mr.aid += c.aid + c.second
		mr.remaining += c.left()
	}
	return mr
}

// Remaining returns the household's compliant out-of-pocket left after all
// medical aid on the assessed claims: the sum of the members' Remaining,
// which the 救急难 rule of temporary aid (2.4.2) compares with income. A
// nil Result has none: 0.
func (r *Result) Remaining() decimal.Decimal { return r.RemainingFen().Decimal() }

// RemainingFen returns the same figure in fen: 0 for nil.
func (r *Result) RemainingFen() policy.Money {
	if r == nil {
		return 0
	}
	return r.remaining
}

// MemberResult is one member's medical-aid assessment: an immutable value
// read through its methods.
type MemberResult struct {
	id        string
	group     Group
	decision  policy.Decision
	claims    []ClaimResult // the member's claims, worked out for this MemberResult: never handed out
	aid       policy.Money  // aid on these claims
	paid      policy.Money  // all aid this year up to the end of the run, with aid
	second    policy.Money  // the part of paid that is second aid
	remaining policy.Money
}

// ID returns the member's id.
func (m MemberResult) ID() string { return m.id }

// Group returns the member's group on the assessment date (2.3.2), which
// decides the sponsorship (in a run without that date's month, with the
// months of 特困 support, 低保 and the certificate read in the run's month
// nearest it); each claim has its own ([ClaimResult.Group]).
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
