package lowincome

import (
	"errors"
	"fmt"
	"maps"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers (the zero Period is the whole year), within which
// no member's 特困 support starts or ends (a run of
// [household.Checked.SupportRuns]), so that the 低保 household is one
// household in all its months (section 0).
//
// The result is the entitlement for the months of the run. The household
// itself is the run's: a member under 特困 support in the run's months is
// out of it (not in n, his income not in I), a member whose 特困 months miss
// the run is in it. A run in which some member's 特困 support starts or ends
// has no one household, and [Assessor.Assess] refuses it rather than pay a
// wrong amount in some of its months. For example m1 with income 2000.00
// and m2 in dispersed 特困 support from March to August 2017 make a
// household of 2 with I = 2000.00 in January–February and
// September–December (base 3622.00 × 2 − 2000.00 = 5244.00 a year: 874.00
// and 1748.00) and of 1 with I = 2000.00 in March–August (1622.00 a year:
// 811.00).
type Inputs struct {
	// Period is the run of months assessed; the zero Period is the whole
	// year.
	Period policy.Period
	// Joined says the caller joins the lines of this run with those of
	// the runs next to it, where a line goes on unchanged, into one line
	// (as [policy.Assessment.AppendRun] does), and compares the joined
	// lines with what the household is paid now itself, with
	// [Result.AuditLines]. Assess then leaves that comparison (under- and
	// over-payment, 2.1.2, 2.1.3) out of the result: on the run's piece of
	// a longer line it would compare the piece's regular month, not the
	// line's.
	Joined bool
}

// Assessor assesses households for 低保 under one validated parameter set;
// [New] makes one. It is read-only after New and safe for concurrent use.
type Assessor struct {
	p Params
	// The parameter values in fen and ten-thousandths.
	standard, allowance policy.Money
	upliftA, upliftB    policy.Ratio
	ofStandardA         policy.Rate                // S × the A uplift, a year
	ofStandardB         policy.Rate                // S × the B uplift, a year
	counted             []household.IncomeCategory // the categories counted toward I
	named               []incomeRule               // the categories left out of I, or counted provisionally
	provisionalCounted  bool                       // some category is counted by a provisional rule
	// The parameter records lines and decisions carry.
	usedStandard, usedUpliftA, usedUpliftB, usedChild, usedAllowance []policy.Used
	usedAssets                                                       []policy.Used // the asset test's limits, which its check lists
	assetsOff, assetsNone                                            policy.Check
	t                                                                templates
}

// errZero is the error of a method of the zero or nil Assessor: it holds no
// parameters, so it assesses nothing rather than everything as 0.
var errZero = fmt.Errorf("lowincome: the zero Assessor has no parameters (make one with New): %w", policy.ErrNoParams)

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate]. A parameter of p without a name takes its path in
// a set ([policy.Named]), and the lines cite it so.
func New(p *Params) (*Assessor, error) {
	p = policy.Named(p, "lowincome")
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.p.Counted = maps.Clone(p.Counted)
	a.standard, a.allowance = policy.ParamMoney(p.Standard), policy.ParamMoney(p.ChildAllowance)
	a.upliftA, a.upliftB = policy.ParamRatio(p.UpliftA), policy.ParamRatio(p.UpliftB)
	a.ofStandardA = policy.PerYear(a.standard).Times(a.upliftA)
	a.ofStandardB = policy.PerYear(a.standard).Times(a.upliftB)
	for _, c := range household.IncomeCategories() {
		if p.Counted[c].Value {
			a.counted = append(a.counted, c)
		}
		if r := p.Counted[c]; !r.Value || r.Provenance == policy.Provisional {
			a.named = append(a.named, incomeRule{category: c, used: r.Used()})
			a.provisionalCounted = a.provisionalCounted || r.Value
		}
	}
	a.usedStandard = []policy.Used{p.Standard.Used()}
	a.usedUpliftA = []policy.Used{p.Standard.Used(), p.UpliftA.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedUpliftB = []policy.Used{p.Standard.Used(), p.UpliftB.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	a.usedChild = []policy.Used{p.Standard.Used(), p.ChildMode.Used()}
	a.usedAllowance = []policy.Used{p.ChildAllowance.Used()}
	a.usedAssets = []policy.Used{p.Assets.DepositsPerCapita.Used(), p.Assets.Vehicles.Used(), p.Assets.ExtraHousing.Used()}
	a.assetsOff = policy.NewCheck(policy.CheckOf{Name: assetsCheck, Clauses: clausesAssets,
		Status: policy.NotChecked, Params: a.usedAssets}, &formulaAssetsOff)
	a.assetsNone = policy.NewCheck(policy.CheckOf{Name: assetsCheck, Clauses: clausesAssets,
		Status: policy.NotChecked}, &formulaAssetsNone) // not applicable: it reads no limit
	a.t = newTemplates(a)
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
// A nil Assessor has none: the zero Params.
func (a *Assessor) Params() Params {
	if a == nil {
		return Params{}
	}
	p := a.p
	p.Counted = maps.Clone(a.p.Counted)
	return p
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h        *household.Household
	on       household.Date
	period   policy.Period // the run assessed
	coverage policy.Period // the household's 低保 months in the year
	months   policy.Period // the household's 低保 months within the run
	paid     bool          // false when they share no month: no lines
	alone    uint64        // bit i: member i is under 特困 support in the run, outside the household
	joined   bool          // Inputs.Joined: the caller compares the joined lines
	out      *Result
	n        int
	income   policy.Money
	gap      policy.Money // S×n − I
	// rules are the income rules I rests on beyond plain counting
	// (countIncome), which every record that reads I rests on too; nil for
	// most households.
	rules []policy.Used
}

// A record has at most household.MaxMembers members, one bit each of
// assessment.alone.
const _ = uint(64 - household.MaxMembers)

// inHousehold reports whether member i is in the 低保 household in the run:
// not under 特困 support in its months (section 0).
func (x *assessment) inHousehold(i int) bool { return x.alone&(1<<uint(i)) == 0 }

// checkInputs returns the errors of Assess for the zero Checked and a
// period that is not a run of months, and else [supported]'s.
func checkInputs(c household.Checked, in Inputs) (uint64, error) {
	if err := c.Err(); err != nil {
		return 0, err
	}
	if err := in.Period.Check("inputs.period"); err != nil {
		return 0, err
	}
	return supported(c, in.Period)
}

// supported returns the members of c under 特困 support in every month of
// the run, one bit each, and an error at members[i].tekun.period for each
// member whose 特困 months cover only some of them (section 0: in his 特困
// months a member is outside the 低保 household, in the others he is in it,
// so such a run has no one household).
func supported(c household.Checked, run policy.Period) (uint64, error) {
	var alone uint64
	var errs []error
	for i := range c.Household().Members {
		if !c.Household().Members[i].Tekun.Supported() {
			continue // an ordinary member
		}
		in, err := c.SupportedIn(i, run)
		if err != nil {
			errs = append(errs, err)
		}
		if in {
			alone |= 1 << uint(i)
		}
	}
	return alone, errors.Join(errs...)
}

// Assess assesses a checked household record for 低保 (2.1 and 2.2.3):
// counted income; eligibility without division (I < S×n) and the asset
// test, or for a current recipient the exit review; the 补差, A/B uplift,
// child and children's-allowance lines over the household's 低保 months
// (h.LowIncomePeriod, the whole year when nil) within in.Period, none when
// they share no month; and, in the run containing the assessment date's
// month only, the audit against what the household is paid now (its
// comparison of lines left to [Result.AuditLines] when in.Joined). A member
// under 特困 support in the months of in.Period (his Tekun.Period, see
// [household.Tekun.In]) is left out of the household, its size and its
// income (section 0); a member whose 特困 months miss in.Period is an
// ordinary member in it.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, a [policy.FieldError] at "inputs.period" for a period that is
// not a run of months, one at "members[i].tekun.period" for each member
// whose 特困 months cover only some of the months of in.Period (the
// household differs between them: assess the runs of
// [household.Checked.SupportRuns] one by one), and one at "assets" when
// the asset test is configured and the household declares no assets. It
// does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if a == nil || !a.p.Standard.Set {
		return Result{}, errZero
	}
	alone, err := checkInputs(c, in)
	if err != nil {
		return Result{}, err
	}
	var r Result
	x := assessment{Assessor: a, h: c.Household(), on: c.Date(), period: in.Period.Norm(), alone: alone, out: &r,
		joined: in.Joined}
	if coverage, ok := x.h.LowIncomePeriod.In(x.on.Year); ok {
		x.coverage = coverage
		x.months, x.paid = coverage.Intersect(x.period)
	}
	for i := range x.h.Members {
		if x.inHousehold(i) {
			x.n++
		}
	}
	income, named := a.countIncome(x.h, alone)
	x.income = income
	if named != 0 {
		var buf [4]policy.Used // a household brings in one or two rules, seldom more
		x.rules = a.rulesOf(named, buf[:0])
	}
	x.gap = a.standard*policy.Money(x.n) - x.income
	r.size, r.income, r.line = x.n, x.income, a.standard*policy.Money(x.n)
	r.every = x.income
	if alone != 0 {
		r.every, _ = a.countIncome(x.h, 0)
	}
	r.months, r.paid = x.months, x.paid
	if r.assets, err = x.checkAssets(); err != nil {
		return Result{}, err
	}
	x.decide()
	if x.paid {
		x.payments(r.Covered())
	}
	if x.period.Contains(x.on.Month) {
		x.audit()
	}
	if r.compare != compareNone {
		// Here, not in audit: a record kept through x would make r escape.
		r.deferred = c
	}
	return r, nil
}
