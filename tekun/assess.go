package tekun

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of 特困 lines.
const (
	ItemDispersed   policy.Item = "dispersed"   // 分散供养 basic living, paid to the person (2.2.1)
	ItemCentralized policy.Item = "centralized" // 集中供养 in an unrated home, paid to the home (2.2.1)
	ItemQuota       policy.Item = "quota"       // 敬老院综合定额补助, paid to the home (2.2.2)
	ItemCare        policy.Item = "care"        // 护理补贴 by self-care level (2.2.1, optional)

	// Referrals (2.2.2): no amount.
	ItemReferNursing     policy.Item = "refer-nursing"     // to a nursing-type institution or special-care ward (护理型机构 / 特护区)
	ItemReferPsychiatric policy.Item = "refer-psychiatric" // to a psychiatric welfare institution (精神病人福利机构)
)

var (
	clausesAlone       = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseConventions}
	clausesConventions = []policy.Clause{policy.ClauseConventions}

	formulaAlone = policy.Formula{ID: "tekun.alone",
		ZH: "特困供养人员（{mode}），供养 {m} 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		EN: "under 特困 support ({mode}) for {m} months: assessed alone, outside the 低保 household, neither counted in its size nor its income"}
	formulaNotThisYear = policy.Formula{ID: "tekun.not-this-year",
		ZH: "特困供养期间{period}，不含 {year} 年的任何月份：本年不是特困供养人员",
		EN: "the 特困 support's period {period} covers no month of {year}: not under 特困 support this year"}
	formulaNoHousehold = policy.Formula{ID: "tekun.no-household",
		ZH: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}

	// The mode of support in words, "mode"; a centralized resident in the
	// home only in some months of his support names his stay.
	modeDispersed   = policy.T2("mode", "分散供养", "dispersed")
	modeCentralized = policy.T2("mode", "集中供养", "centralized")
	formulaModeStay = policy.Formula{ID: "tekun.mode.stay",
		ZH: "入住敬老院{stay}集中供养，其余月份分散供养",
		EN: "centralized while in the home {stay}, dispersed in the other months"}
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers (the zero Period is the whole year).
type Inputs struct {
	// Period is the run of months assessed; the zero Period is the whole
	// year.
	Period policy.Period
	// InForce is the run of months of the year that some parameter set is
	// in force in (section 0), which holds Period; the zero Period is the
	// whole year. A member's decision counts the months of his support
	// within it: the months not in force are not assessed.
	InForce policy.Period
}

// Result is the 特困 assessment of a household's supported members
// (2.2.1–2.2.2) over the run of months assessed. A 特困 person is assessed
// alone: each member whose support covers some month of the run has one
// decision, in record order, and the lines and findings that are the
// member's own; none of it belongs to the 低保 household, and the lines are
// not 低保 income (RULES.md section 0). A member whose support covers no
// month of the run has nothing in it; one whose support covers no month of
// the year has, in the run containing the assessment date's month, one
// ineligible decision saying so. A household with no supported member has
// an empty result.
//
// The lines of a member are the basic living line (dispersed, to the
// person; centralized, to the home: the centralized standard in an unrated
// home, the class's quota in a rated one) and the care line when the county
// has configured the care subsidy, each over the months of the run the
// support covers, split where a centralized resident enters or leaves the
// home (outside his stay he is in dispersed support); a finding reports a
// care level the county has not set.
// In the run containing the assessment date's month, a member who needs
// full care or is incapacitated, or who is mentally ill, has a referral
// line (2.2.2), with no amount.
//
// Every line is paid from civil-affairs funds and names its clauses, its
// parameters with their provenance, and its arithmetic. A nil *Result's
// Support is 0; the methods promoted from the embedded Assessment panic on
// nil, as reading one of its fields does.
type Result struct {
	policy.Assessment
	support policy.Money // the sum of the lines: the support the members receive
}

// Support returns the 特困 support the household's supported members
// receive over the run assessed: the sum of the result's lines (referrals
// pay nothing). 救急难 counts it with the members' incomes (RULES.md
// 2.4.2). A nil Result has none: 0.
func (r *Result) Support() decimal.Decimal { return r.SupportFen().Decimal() }

// SupportFen returns [Result.Support] in fen: 0 for nil.
func (r *Result) SupportFen() policy.Money {
	if r == nil {
		return 0
	}
	return r.support
}

// Assessor assesses households for 特困 support under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p Params
	// The amounts lines pay, in fen, with the records of the parameters
	// each rests on.
	dispersed, centralized amount
	quota                  map[household.HomeClass]amount // by the class of a rated home
	care                   map[household.SelfCare]amount  // the levels the county has set; nil when off
}

// errZero is the error of a method of the zero or nil Assessor: it holds no
// parameters, so it assesses nothing rather than everything as 0.
var errZero = fmt.Errorf("tekun: the zero Assessor has no parameters (make one with New): %w", policy.ErrNoParams)

// amount is an amount a line pays, in fen, and the parameter records the
// line carries.
type amount struct {
	fen  policy.Money
	used []policy.Used
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate]. A parameter of p without a name takes its path in
// a set ([policy.Named]), and the lines cite it so.
func New(p *Params) (*Assessor, error) {
	p = policy.Named(p, "tekun")
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.dispersed = amount{policy.ParamMoney(p.Dispersed), []policy.Used{p.Dispersed.Used()}}
	a.centralized = amount{policy.ParamMoney(p.Centralized), []policy.Used{p.Centralized.Used()}}
	a.quota = make(map[household.HomeClass]amount, 3)
	for _, c := range []household.HomeClass{household.HomeClass1, household.HomeClass2, household.HomeClass3} {
		q, _ := p.Quota.Class(c)
		a.quota[c] = amount{policy.ParamMoney(q.Adopted), []policy.Used{q.Adopted.Used(), p.Centralized.Used()}}
	}
	if p.Care.Configured() {
		a.care = make(map[household.SelfCare]amount, 3)
		for _, s := range []household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone} {
			if c, _ := p.Care.Level(s); c.Set {
				a.care[s] = amount{policy.ParamMoney(c), []policy.Used{c.Used()}}
			}
		}
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses. A nil
// Assessor has none: the zero Params.
func (a *Assessor) Params() Params {
	if a == nil {
		return Params{}
	}
	return a.p
}

// Assess assesses the members of a checked household record under 特困
// support (救助供养, RULES.md 2.2.1–2.2.2) over the run of months
// in.Period, each alone, in record order; members not under support are
// left out, and so is a member whose support (his Tekun.Period, see
// [household.Tekun.In]) covers no month of the run: no line and no
// decision in it. A member whose support covers no month of the year at
// all (a period wholly before or after it) gets, in the run that contains
// the assessment date's month, one ineligible decision naming the period:
// he is not under 特困 support this year (2.2.1, section 0), and is an
// ordinary member of the household. A person in dispersed support receives the adopted dispersed
// standard, paid to the person; one in centralized support is paid to the
// institution, the home named in the explanation: in a rated home the
// class's quota or the centralized standard, whichever is larger (the
// quota is comprehensive and replaces the standard), in an unrated home
// the centralized standard. The care subsidy is added when the county has
// configured it. Every line covers the months of in.Period that the
// support covers (Tekun.Period, clipped to the year of the assessment
// date; the whole year when it is nil), split where a centralized resident
// enters or leaves the home (Tekun.Stay: in the months of his support
// outside it he is in dispersed support, paid to himself, see
// [household.Tekun.InHome]), and pays round(R × k ÷ 12) for its k
// months at the annual rate R; a support that shares no month with the run
// has no line. In the run that contains the assessment date's month, a
// person supported in that month is referred (2.2.2): to a nursing-type
// institution or special-care ward when he needs full care or is
// incapacitated, to a psychiatric welfare institution when he is mentally
// ill. A person without a household (h.NoFixedHousehold) gets an
// ineligible decision: temporary aid and referral only.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, a [policy.FieldError] at "inputs.period" for a period that is
// not a run of months or not within in.InForce, one at "inputs.in_force"
// for an InForce that is not a run of months, and one at
// "members[i].tekun.self_care" for each member supported in some month of
// the run with no self-care level while the care subsidy is configured.
// It does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if a == nil || !a.p.Dispersed.Set {
		return Result{}, errZero
	}
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if err := policy.CheckInForce(in.Period, in.InForce); err != nil {
		return Result{}, err
	}
	h, on, run, inForce := c.Household(), c.Date(), in.Period.Norm(), in.InForce.Norm()
	if err := a.checkSelfCare(h, on.Year, run); err != nil {
		return Result{}, err
	}
	var r Result
	for i := range h.Members {
		m := &h.Members[i]
		if !m.Tekun.Supported() {
			continue // an ordinary member
		}
		switch support, ok := m.Tekun.In(on.Year); {
		case h.NoFixedHousehold:
			r.Decide(&policy.Decide{Programme: policy.Tekun, Member: m.ID, Outcome: policy.Ineligible,
				Clauses: clausesConventions}, &formulaNoHousehold)
		case !ok: // no month of the year: said once, in the assessment date's run
			if run.Contains(on.Month) {
				r.Decide(&policy.Decide{Programme: policy.Tekun, Member: m.ID, Outcome: policy.Ineligible,
					Clauses: clausesAlone}, &formulaNotThisYear, monthsArg("period", m.Tekun.Period), policy.N("year", on.Year))
			}
		default:
			if months, ok := support.Intersect(run); ok {
				x := person{Assessor: a, m: m, on: on, out: &r.Assessment, support: support, period: months}
				x.assessed, _ = support.Intersect(inForce) // holds months, so never empty
				x.home, x.inHome = m.Tekun.InHome(on.Year)
				x.assess(run)
			}
		}
	}
	r.support = r.TotalFen()
	return r, nil
}

// checkSelfCare reports each member supported in some month of the run
// with no self-care level while the care subsidy is configured: the care
// line could be neither paid nor reported as not assessed. A person
// without a household, whom 特困 support does not reach (section 0), is
// not asked for one.
func (a *Assessor) checkSelfCare(h *household.Household, year int, run policy.Period) error {
	if a.care == nil || h.NoFixedHousehold {
		return nil
	}
	var errs []error
	for i := range h.Members {
		t := h.Members[i].Tekun
		support, ok := t.In(year)
		if _, inRun := support.Intersect(run); ok && inRun && t.SelfCare == "" {
			errs = append(errs, policy.Path("members").Index(i).Field("tekun.self_care").
				Required("is required: the care subsidy is configured"))
		}
	}
	return errors.Join(errs...)
}

// monthsArg names a record's months (a support's period, a stay) as the
// argument name: "2016-01至2016-12" / "2016-01 to 2016-12", or with an open
// end "2018-02起" / "from 2018-02".
func monthsArg(name string, p *household.MonthPeriod) policy.Arg {
	if p.To.IsZero() {
		return policy.T2(name, p.From.String()+"起", p.String())
	}
	return policy.T2(name, p.From.String()+"至"+p.To.String(), p.String())
}
