package lowincome

import (
	"maps"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers (the zero Period is the whole year).
type Inputs struct {
	Period policy.Period
}

// Result is a household's 低保 assessment: its lines (the 补差, each A/B
// uplift, each 2.2.3 child's line), its one decision (eligibility, or for a
// recipient the exit review) and its findings (应保未保, 错保, under- and
// over-payment), with the figures the decision turns on.
type Result struct {
	policy.Assessment
	size   int
	income policy.Money
	line   policy.Money
	assets policy.Check
}

// Size returns n, the members counted in the 低保 household: all but those
// under 特困 support, who are assessed alone (section 0).
func (r *Result) Size() int { return r.size }

// Income returns I, the counted annual household income (2.1.2–2.1.3).
func (r *Result) Income() decimal.Decimal { return r.income.Decimal() }

// IncomeFen returns I in fen.
func (r *Result) IncomeFen() policy.Money { return r.income }

// Line returns S × n, the household's line (低保线).
func (r *Result) Line() decimal.Decimal { return r.line.Decimal() }

// Margin returns I − S × n: how far the household's income stands above
// (positive) or below (negative) the line.
func (r *Result) Margin() decimal.Decimal { return (r.income - r.line).Decimal() }

// Coverage returns the household's decision: eligibility, or for a current
// recipient the exit review, with its reason in figures.
func (r *Result) Coverage() policy.Decision {
	if len(r.Decisions) == 0 {
		return policy.Decision{}
	}
	return r.Decisions[0]
}

// Covered reports whether the household is covered by 低保 (eligible,
// continuing, or exit pending): what the living subsidy and medical aid
// read (2.2.4, 2.3.2).
func (r *Result) Covered() bool { return r.Coverage().Outcome().Covered() }

// Assets returns the asset test (2.1.3): not assessed unless configured.
func (r *Result) Assets() policy.Check { return r.assets }

// Assessor assesses households for 低保 under one validated parameter set;
// [New] makes one. It is read-only after New and safe for concurrent use.
type Assessor struct {
	p Params
	// The parameter values in fen and ten-thousandths.
	standard, allowance policy.Money
	upliftA, upliftB    policy.Ratio
	// The parameter records lines and decisions carry.
	usedStandard, usedUpliftA, usedUpliftB, usedChild, usedAllowance []policy.Used
	assetsOff                                                        policy.Check
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
	a.standard, a.allowance = policy.MustMoney(p.Standard), policy.MustMoney(p.ChildAllowance)
	a.upliftA, a.upliftB = policy.MustRatio(p.UpliftA), policy.MustRatio(p.UpliftB)
	a.usedStandard = []policy.Used{p.Standard.Used()}
	a.usedUpliftA = []policy.Used{p.Standard.Used(), p.UpliftA.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedUpliftB = []policy.Used{p.Standard.Used(), p.UpliftB.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedChild = []policy.Used{p.Standard.Used(), p.ChildMode.Used()}
	a.usedAllowance = []policy.Used{p.ChildAllowance.Used()}
	a.assetsOff = policy.NewCheck(policy.CheckOf{Name: checkAssets, Clauses: clausesAssets,
		Status: policy.NotChecked}, &formulaAssetsOff)
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params {
	p := a.p
	p.Counted = maps.Clone(a.p.Counted)
	return p
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h      *household.Household
	on     household.Date
	period policy.Period
	out    *Result
	n      int
	income policy.Money
	gap    policy.Money // S×n − I
}

// Assess assesses a checked household record for 低保 (2.1 and 2.2.3):
// counted income; eligibility without division (I < S×n) and the asset
// test, or for a current recipient the exit review; the 补差, A/B uplift and
// child lines of a covered household over the months of in.Period; and the
// audit against what it is paid now. Members under 特困 support are left out
// of the household, its size and its income.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, a [policy.FieldError] at "inputs.period" for a period that is
// not a run of months, and one at "assets" when the asset test is
// configured and the household declares no assets. It does not modify the
// record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if !in.Period.Valid() {
		return Result{}, policy.Path("inputs.period").Invalid(in.Period.String(), "is not a run of months of one year")
	}
	var r Result
	x := assessment{Assessor: a, h: c.Household(), on: c.Date(), period: in.Period.Norm(), out: &r}
	for i := range x.h.Members {
		if !x.h.Members[i].Tekun.Supported() {
			x.n++
		}
	}
	x.income = countIncome(x.h, &a.p)
	x.gap = a.standard*policy.Money(x.n) - x.income
	r.size, r.income, r.line = x.n, x.income, a.standard*policy.Money(x.n)
	var err error
	if r.assets, err = x.checkAssets(); err != nil {
		return Result{}, err
	}
	x.decide()
	x.payments(r.Covered())
	x.audit()
	return r, nil
}
