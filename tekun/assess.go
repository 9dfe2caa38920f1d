package tekun

import (
	"errors"
	"time"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of 特困 lines.
const (
	ItemDispersed   policy.Item = "dispersed"   // 分散供养 basic living, paid to the person (2.2.1)
	ItemCentralized policy.Item = "centralized" // 集中供养 in an unrated home, paid to the home (2.2.1)
	ItemQuota       policy.Item = "quota"       // 敬老院综合定额补助, paid to the home (2.2.2)
	ItemCare        policy.Item = "care"        // 护理补贴 by self-care level (2.2.1, optional)
)

var (
	clausesAlone       = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseConventions}
	clausesConventions = []policy.Clause{policy.ClauseConventions}

	formulaAlone = policy.Formula{ID: "tekun.alone",
		ZH: "特困供养人员（{mode}），供养 {m} 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		EN: "under 特困 support ({mode}) for {m} months: assessed alone, outside the 低保 household, neither counted in its size nor its income"}
	formulaNoHousehold = policy.Formula{ID: "tekun.no-household",
		ZH: "无户籍人员（流浪乞讨等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}

	// The mode of support in words, "mode".
	modeDispersed   = policy.T2("mode", "分散供养", "dispersed")
	modeCentralized = policy.T2("mode", "集中供养", "centralized")
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers (the zero Period is the whole year).
type Inputs struct {
	Period policy.Period
}

// Result is the 特困 assessment of a household's supported members
// (2.2.1–2.2.2). A 特困 person is assessed alone: each supported member has
// one decision, in record order, and the lines and findings that are the
// member's own; none of it belongs to the 低保 household, and the lines are
// not 低保 income (POLICY.md section 0). A household with no supported
// member has an empty result.
//
// The lines of a member are the basic living line (dispersed, to the
// person; centralized, to the home: the centralized standard in an unrated
// home, the class's quota in a rated one) and the care line when the county
// has configured the care subsidy; a finding reports a care level the
// county has not set.
type Result struct {
	policy.Assessment
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

// amount is an amount a line pays, in fen, and the parameter records the
// line carries.
type amount struct {
	fen  policy.Money
	used []policy.Used
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.dispersed = amount{policy.MustMoney(p.Dispersed), []policy.Used{p.Dispersed.Used()}}
	a.centralized = amount{policy.MustMoney(p.Centralized), []policy.Used{p.Centralized.Used()}}
	a.quota = make(map[household.HomeClass]amount, 3)
	for _, c := range []household.HomeClass{household.HomeClass1, household.HomeClass2, household.HomeClass3} {
		q, _ := p.Quota.Class(c)
		a.quota[c] = amount{policy.MustMoney(q.Adopted), []policy.Used{q.Adopted.Used(), p.Centralized.Used()}}
	}
	if p.Care.Configured() {
		a.care = make(map[household.SelfCare]amount, 3)
		for _, s := range []household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone} {
			if c, _ := p.Care.Level(s); c.Set {
				a.care[s] = amount{policy.MustMoney(c), []policy.Used{c.Used()}}
			}
		}
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

// Assess assesses the members of a checked household record under 特困
// support (救助供养, POLICY.md 2.2.1–2.2.2), each alone, in record order;
// members not under support are left out. A person in dispersed support
// receives the adopted dispersed standard, paid to the person; one in
// centralized support is paid to the institution, the home named in the
// explanation: in a rated home the class's quota or the centralized
// standard, whichever is larger (the quota is comprehensive and replaces
// the standard), in an unrated home the centralized standard. The care
// subsidy is added when the county has configured it. A person supported
// for m months of the year (Tekun.Months 1–11) is paid for months January to
// m; every line covers the months of in.Period that the support covers,
// and pays its annual amount × those months ÷ 12, rounded once. A person
// without a household (h.NoFixedHousehold) gets an ineligible decision:
// temporary aid and referral only.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, a [policy.FieldError] at "inputs.period" for a period that is
// not a run of months, and one at "members[i].tekun.self_care" for each
// supported member with no self-care level while the care subsidy is
// configured. It does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if !in.Period.Valid() {
		return Result{}, policy.Path("inputs.period").Invalid(in.Period.String(), "is not a run of months of one year")
	}
	h := c.Household()
	if err := a.checkSelfCare(h); err != nil {
		return Result{}, err
	}
	var r Result
	for i := range h.Members {
		m := &h.Members[i]
		switch {
		case !m.Tekun.Supported():
		case h.NoFixedHousehold:
			r.Decide(&policy.Decide{Programme: policy.Tekun, Member: m.ID, Outcome: policy.Ineligible,
				Clauses: clausesConventions}, &formulaNoHousehold)
		default:
			x := person{Assessor: a, m: m, out: &r.Assessment}
			x.assess(in.Period)
		}
	}
	return r, nil
}

// checkSelfCare reports each supported member with no self-care level
// while the care subsidy is configured: the care line could be neither
// paid nor reported as not assessed.
func (a *Assessor) checkSelfCare(h *household.Household) error {
	if a.care == nil {
		return nil
	}
	var errs []error
	for i := range h.Members {
		if t := h.Members[i].Tekun; t.Supported() && t.SelfCare == "" {
			errs = append(errs, policy.Path("members").Index(i).Field("tekun.self_care").
				Required("is required: the care subsidy is configured"))
		}
	}
	return errors.Join(errs...)
}

// person is one supported member's assessment in progress.
type person struct {
	*Assessor
	m      *household.Member
	out    *policy.Assessment
	period policy.Period // the months the member's lines cover
}

// assess decides that the member is supported and assessed alone, and adds
// the member's lines over the months of assessed that the support covers:
// the basic living line and the care subsidy.
func (x *person) assess(assessed policy.Period) {
	t := x.m.Tekun
	months := t.Months
	if months == 0 {
		months = 12
	}
	mode := modeDispersed
	if t.Mode == household.TekunCentralized {
		mode = modeCentralized
	}
	x.out.Decide(&policy.Decide{Programme: policy.Tekun, Member: x.m.ID, Outcome: policy.Eligible,
		Clauses: clausesAlone}, &formulaAlone, mode, policy.N("m", months))
	var ok bool
	if x.period, ok = (policy.Period{From: time.January, To: time.Month(months)}).Intersect(assessed); !ok {
		return // the support covers none of the assessed months
	}
	x.basic()
	x.careLine()
}

// line adds a line of the member's paying annual a year over the member's
// months, rounded once, to the person in dispersed support and to the home
// in centralized support. Its explanation is full for the whole year and
// part otherwise, with the lead arguments, the payee in words "to", for
// part of a year the annual amount "Y" and the months "m", and the result.
func (x *person) line(item policy.Item, clauses []policy.Clause, used []policy.Used, annual policy.Money,
	full, part *policy.Formula, lead ...policy.Arg) {
	payee := policy.PayMember
	if x.m.Tekun.Mode == household.TekunCentralized {
		payee = policy.PayInstitution
	}
	pay := policy.Pay{Programme: policy.Tekun, Item: item, Member: x.m.ID, Payee: payee,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Clauses: clauses, Params: used, Rounding: x.p.Rounding}
	args := make([]policy.Arg, 0, 8)
	args = append(args, lead...)
	args = appendTo(args, x.m.Tekun)
	f, k := full, x.period.Months()
	if k != 12 {
		f = part
		args = append(args, policy.M("Y", annual), policy.N("m", k))
	}
	x.out.Recurring(&pay, policy.PerYear(annual), x.period, f, args...)
}
