package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Result is a household's 低保 assessment.
type Result struct {
	// Size is n, the members counted in the 低保 household: all but those
	// under 特困 support, who are assessed alone (POLICY.md section 0).
	Size int
	// Income is I, the counted annual household income (2.1.2–2.1.3), and
	// Incomes every entry with whether it counted.
	Income  decimal.Decimal
	Incomes []Counted
	// Line is S × n, the household's line (低保线).
	Line decimal.Decimal
	// Margin is I − S×n: how far the household's income stands above
	// (positive) or below (negative) the line.
	Margin decimal.Decimal
	// Decision is eligibility or, for a current recipient, the exit review,
	// with its reason in figures.
	Decision policy.Decision
	// Assets is the asset test (2.1.3): not assessed unless configured.
	Assets policy.Check
	// Lines are the payments: the household's 补差, each member's A/B
	// uplift and each 2.2.3 child's line.
	Lines []policy.Line
	// Findings are the audit against what is paid now: 应保未保, 错保,
	// under- and over-payment.
	Findings []policy.Finding
}

// Total returns the sum of the lines' annual amounts.
func (r *Result) Total() decimal.Decimal { return sumLines(r.Lines) }

// assessment is one household's assessment in progress.
type assessment struct {
	h      *household.Household
	on     household.Date
	p      *Params
	n      int
	income decimal.Decimal
	gap    decimal.Decimal // S×n − I
}

// Assess assesses household h for 低保 as of date on under parameters p
// (POLICY.md 2.1 and 2.2.3): counted income, eligibility without division
// (I < S×n) and the asset test, or for a current recipient the exit review;
// the 补差, A/B uplift and child lines of a covered household; and the
// audit against what it is paid now. Members under 特困 support are left out
// of the household, its size and its income.
//
// Assess returns an error wrapping [policy.ErrInvalid] when the record or
// the parameters are invalid (each a [policy.FieldError] naming the field),
// or when the asset test is configured and the household declares no
// assets. It does not modify h or p and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, p *Params) (*Result, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !on.Valid() {
		return nil, &policy.FieldError{Path: "date", Value: on.String(), Msg: "is not a valid assessment date"}
	}
	if err := h.ValidateOn(on); err != nil {
		return nil, err
	}
	return assess(h, on, p)
}

// assess is Assess on a record and parameters already validated.
func assess(h *household.Household, on household.Date, p *Params) (*Result, error) {
	a := assessment{h: h, on: on, p: p}
	for i := range h.Members {
		if !h.Members[i].Tekun.Supported() {
			a.n++
		}
	}
	r := &Result{Size: a.n}
	a.income, r.Incomes = countIncome(h, p)
	r.Income = a.income
	r.Line = p.Standard.Value.Mul(decimal.NewFromInt(int64(a.n)))
	r.Margin = a.income.Sub(r.Line)
	a.gap = r.Margin.Neg()
	var err error
	if r.Assets, err = checkAssets(h, a.n, p); err != nil {
		return nil, err
	}
	r.Decision = decide(h, a.n, a.income, r.Line, r.Assets, p)
	r.Lines = a.payments(r.Decision.Outcome.Covered())
	r.Findings = a.audit(r.Decision, r.Lines)
	return r, nil
}
