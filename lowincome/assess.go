package lowincome

import (
	"maps"

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

// Assessor assesses households under one validated parameter set. [New]
// validates the parameters once and works out what does not change between
// households (the line S×n for every size, the A and B uplifts, the
// parameter records lines carry). An Assessor is read-only after New and
// safe for concurrent use. Lines of different results share their Clauses
// and Params slices: treat them as read-only.
type Assessor struct {
	p                Params
	lines            [household.MaxMembers + 1]decimal.Decimal // S × n
	upliftA, upliftB decimal.Decimal                           // S × rate, rounded (the standard base)

	usedStandard, usedUpliftA, usedUpliftB, usedChild, usedAllowance []policy.Used
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.p.Counted = maps.Clone(p.Counted)
	s := p.Standard.Value
	for n := range a.lines {
		a.lines[n] = s.Mul(policy.Int(n))
	}
	a.upliftA = p.Rounding.Round(s.Mul(p.UpliftA.Value))
	a.upliftB = p.Rounding.Round(s.Mul(p.UpliftB.Value))
	a.usedStandard = []policy.Used{p.Standard.Used()}
	a.usedUpliftA = []policy.Used{p.Standard.Used(), p.UpliftA.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedUpliftB = []policy.Used{p.Standard.Used(), p.UpliftB.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedChild = []policy.Used{p.Standard.Used(), p.ChildMode.Used()}
	a.usedAllowance = []policy.Used{p.ChildAllowance.Used()}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (as *Assessor) Params() Params {
	p := as.p
	p.Counted = maps.Clone(as.p.Counted)
	return p
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h      *household.Household
	on     household.Date
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
// Assess is [New] followed by [Assessor.Assess]; to assess many households
// under one parameter set, make the Assessor once. It returns the errors of
// both.
func Assess(h *household.Household, on household.Date, p *Params) (*Result, error) {
	as, err := New(p)
	if err != nil {
		return nil, err
	}
	return as.Assess(h, on)
}

// Assess assesses household h for 低保 as of date on (see the function
// [Assess]). It returns an error wrapping [policy.ErrInvalid] when the record
// or the date is invalid (each a [policy.FieldError] naming the field), or
// when the asset test is configured and the household declares no assets.
// It does not modify h.
func (as *Assessor) Assess(h *household.Household, on household.Date) (*Result, error) {
	if !on.Valid() {
		return nil, &policy.FieldError{Path: "date", Value: on.String(), Msg: "is not a valid assessment date"}
	}
	v, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	return as.AssessValid(v)
}

// AssessValid is [Assessor.Assess] for a record already checked by
// [household.Household.Check]: it does not validate the record again. It
// returns the asset-test error of Assess and, for the zero Valid, the
// error of [household.Valid.Checked].
func (as *Assessor) AssessValid(v household.Valid) (*Result, error) {
	if err := v.Checked(); err != nil {
		return nil, err
	}
	h, on := v.Household(), v.Date()
	a := assessment{Assessor: as, h: h, on: on}
	for i := range h.Members {
		if !h.Members[i].Tekun.Supported() {
			a.n++
		}
	}
	r := &Result{Size: a.n}
	a.income, r.Incomes = countIncome(h, &as.p)
	r.Income = a.income
	r.Line = as.lines[a.n]
	r.Margin = a.income.Sub(r.Line)
	a.gap = r.Line.Sub(a.income)
	var err error
	if r.Assets, err = checkAssets(h, a.n, &as.p); err != nil {
		return nil, err
	}
	r.Decision = a.decide(r.Line, r.Margin, r.Assets)
	r.Lines = a.payments(r.Decision.Outcome.Covered())
	r.Findings = a.audit(r.Decision, r.Lines)
	return r, nil
}
