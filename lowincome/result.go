package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Result is a household's 低保 assessment over the months of one run: its
// lines (the 补差, each A/B uplift, each 2.2.3 child's line, a children's
// allowance), its one decision (eligibility, or for a recipient the exit
// review) and its findings (应保未保, 错保, 应退未退, under- and
// over-payment, the last two left to [Result.AuditLines] for
// Inputs.Joined), with the figures the decision turns on.
//
// The audit runs in the run containing the assessment date's month (2.1.2,
// 2.1.3): 应保未保 names its trigger (registered poor, no member able to
// work, no development path) with a year's entitlement, or, on the
// individual switch of 2.2.3 in a household neither eligible nor covered,
// names each child paid the standard on his own, with S; 应退未退 is a
// household still paid after a confirmed exit; 错保 a recipient that is not
// eligible; and under- or over-payment compares each line paid in that
// month with the regular month of its schedule.
//
// A nil *Result reads as the zero one: its own methods return no figures
// (n, I and the line 0, no decision, not covered) and AuditLines does
// nothing. The methods promoted from the embedded Assessment panic on nil,
// as reading one of its fields does.
type Result struct {
	policy.Assessment
	size   int
	income policy.Money
	every  policy.Money // every member's counted income, 特困 members included
	line   policy.Money
	assets policy.Check
	months policy.Period // coverage ∩ the run: the months the lines cover
	paid   bool          // months is not empty
	// compare is the comparison of lines with what is paid now that
	// Assess left to AuditLines (Inputs.Joined), in the run holding the
	// assessment date's month: compareNone, compareDue or compareAll; and
	// deferred the record it compares.
	compare  uint8
	deferred household.Checked
}

// Size returns n, the members counted in the 低保 household in the run: all
// but those under 特困 support in its months, who are assessed alone
// (section 0).
func (r *Result) Size() int { return r.read().size }

// Income returns I, the counted annual household income (2.1.2–2.1.3) of
// the members counted in n.
func (r *Result) Income() decimal.Decimal { return r.read().income.Decimal() }

// IncomeFen returns I in fen.
func (r *Result) IncomeFen() policy.Money { return r.read().income }

// EveryMemberIncome returns the counted income of every member, those
// under 特困 support included, by the same counting rules as I: what the
// 救急难 medical comparison of 2.4.2 reads (with the 特困 support they
// receive, which is not counted income).
func (r *Result) EveryMemberIncome() decimal.Decimal { return r.read().every.Decimal() }

// EveryMemberIncomeFen returns [Result.EveryMemberIncome] in fen.
func (r *Result) EveryMemberIncomeFen() policy.Money { return r.read().every }

// Line returns S × n, the household's line (低保线).
func (r *Result) Line() decimal.Decimal { return r.read().line.Decimal() }

// Margin returns I − S × n: how far the household's income stands above
// (positive) or below (negative) the line.
func (r *Result) Margin() decimal.Decimal {
	r = r.read()
	return (r.income - r.line).Decimal()
}

// Coverage returns the household's decision: eligibility, or for a current
// recipient the exit review, with its reason in figures.
//
// A recipient above the line whose rise the caseworker has not confirmed
// stable is "exit pending confirmation" (2.1.2 动态管理): still a recipient
// until then, with a base of max(0, S×n − I) = 0 while its uplifts and
// children's lines (each child S) continue. Every decision states its
// margin I − S×n in figures.
func (r *Result) Coverage() policy.Decision {
	if r == nil || len(r.Decisions) == 0 {
		return policy.Decision{}
	}
	return r.Decisions[0]
}

// Covered reports whether the household is covered by 低保 (eligible,
// continuing, or exit pending — a household whose exit is pending is still
// a recipient, 2.1.2): what the living subsidy and medical aid read (2.2.4,
// 2.3.2). It is the decision's; the months it holds in are
// [Result.CoveredMonths].
func (r *Result) Covered() bool { return r.Coverage().Outcome().Covered() }

// CoveredMonths returns the months of the assessed run in which the
// household is covered: its 低保 months (the record's lowincome_period,
// the whole year when it has none) within the run, and false when the
// household is not covered or those share no month (section 0: months
// outside the record's period are not assessed).
func (r *Result) CoveredMonths() (policy.Period, bool) {
	if r == nil || !r.Covered() || !r.paid {
		return policy.Period{}, false
	}
	return r.months, true
}

// IndividualRecipients returns the ids of the members who are 低保
// recipients on their own (2.2.3, the individual switch [ChildIndividual]):
// children in difficulty paid the standard S individually in a household
// that is not covered. They count as 低保 recipients for medical aid (2.3.2)
// and the disability living subsidy (2.2.4) in the months of their lines
// ([Result.IndividualMonths]). It is empty when the household is covered
// (every member is then a recipient through it) and when no such child is
// paid in the run's months.
func (r *Result) IndividualRecipients() []string {
	if r == nil || r.Covered() {
		return nil
	}
	var ids []string
	for _, l := range r.Lines {
		if l.Item() == ItemChild {
			ids = append(ids, l.Member())
		}
	}
	return ids
}

// IndividualMonths returns the months of the assessed run in which the
// members of [Result.IndividualRecipients] are paid the standard on their
// own, and so are 低保 recipients (2.2.3): the household's 低保 months (the
// record's lowincome_period, the whole year when it has none) within the
// run, the months of their lines; false when there is no such member. In
// the run's other months they are not recipients (section 0: months
// outside the record's period are not assessed).
func (r *Result) IndividualMonths() (policy.Period, bool) {
	if r == nil || r.Covered() || !r.paid {
		return policy.Period{}, false
	}
	for i := range r.Lines {
		if r.Lines[i].Item() == ItemChild {
			return r.months, true
		}
	}
	return policy.Period{}, false
}

// Assets returns the asset test (2.1.3): not assessed unless configured.
func (r *Result) Assets() policy.Check { return r.read().assets }

// noResult is what a nil *Result reads as: never written.
var noResult Result

// read returns r, or the zero Result for nil, to be read only.
func (r *Result) read() *Result {
	if r == nil {
		return &noResult
	}
	return r
}
