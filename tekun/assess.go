package tekun

import (
	"errors"
	"fmt"
	"strconv"

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
)

var (
	clausesAlone = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseConventions}

	formulaAlone = policy.Formula{ID: "tekun.alone",
		ZH: "特困供养人员（{mode}），供养 {m} 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		EN: "under 特困 support ({mode}) for {m} months: assessed alone, outside the 低保 household, neither counted in its size nor its income"}
	formulaNotSupported = policy.Formula{ID: "tekun.not-supported",
		ZH: "未纳入特困供养", EN: "not under 特困 support"}
	formulaNoHousehold = policy.Formula{ID: "tekun.no-household",
		ZH: "无户籍人员（流浪乞讨等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}
)

// Result is one 特困 person's assessment (2.2.1–2.2.2). A 特困 person is
// assessed alone: the result belongs to the person, never to a 低保
// household, and its lines are not 低保 income (POLICY.md section 0).
type Result struct {
	Member string
	// Mode, HomeID and HomeClass are the person's support as recorded.
	Mode      household.TekunMode
	HomeID    string
	HomeClass household.HomeClass
	// Months is how many months of the year the support covers (1–12).
	Months int
	// Decision says whether the person is under 特困 support, and that a
	// supported person is assessed alone.
	Decision policy.Decision
	// Lines are the payments: the basic living line (dispersed, to the
	// person; centralized, to the home: the centralized standard in an
	// unrated home, the quota in a rated one) and the care line when the
	// county has configured the care subsidy.
	Lines []policy.Line
	// Findings report what could not be assessed: a care level the county
	// has not set.
	Findings []policy.Finding
}

// Total returns the sum of the lines' amounts.
func (r *Result) Total() decimal.Decimal {
	t := decimal.Zero
	for _, l := range r.Lines {
		t = t.Add(l.Annual)
	}
	return t
}

// Assess assesses one member for 特困 support (救助供养) as of date on
// under parameters p (POLICY.md 2.2.1–2.2.2). A 特困 person is assessed
// alone, outside the 低保 household (POLICY.md section 0), so Assess takes
// the member, not the household. A person in dispersed support receives
// the adopted dispersed standard, paid to the person; one in centralized
// support is paid to the institution, the home named in the explanation: in
// a rated home the class's quota or the centralized standard, whichever is
// larger (the quota is comprehensive and replaces the standard), in an
// unrated home the centralized standard. The care subsidy is added when the
// county has configured it. A part-year person (Tekun.Months 1–11) gets
// every line prorated by months, rounded once. A member not under support
// gets an ineligible decision and no lines.
//
// Assess returns the errors of [Params.Validate]; a [policy.FieldError]
// when the date is not a valid date; one wrapping also
// [policy.ErrNoParams] when it is outside p.Year; and a
// [policy.FieldError] under "member" when m is nil or its 特困 record is
// invalid: no id, an unknown mode, home class or self-care level,
// centralized support without a home class, a home class or home for
// dispersed support, months outside 0–12, or no self-care level while the
// care subsidy is configured. It does not modify m or p.
func Assess(m *household.Member, on household.Date, p *Params) (*Result, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := checkDate(on, p); err != nil {
		return nil, err
	}
	if err := checkMember("member", m, p); err != nil {
		return nil, err
	}
	return assess(m, p), nil
}

// AssessHousehold assesses, as of date on, each member of h under 特困
// support and returns their results in record order; members not under
// support are left out. These members are outside the 低保 household
// (POLICY.md section 0): each is assessed alone, as by [Assess], and none of
// the results is the household's. A person without a household
// (h.NoFixedHousehold) gets an ineligible decision: temporary aid and
// referral only.
//
// AssessHousehold returns the errors of [Params.Validate], the date errors
// of [Assess], those of [household.Household.ValidateOn], and a
// [policy.FieldError] under "members[i]" for a supported member with no
// self-care level while the care subsidy is configured. It does not modify
// h or p.
func AssessHousehold(h *household.Household, on household.Date, p *Params) ([]*Result, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := checkDate(on, p); err != nil {
		return nil, err
	}
	if err := h.ValidateOn(on); err != nil {
		return nil, err
	}
	var errs []error
	for i := range h.Members {
		if m := &h.Members[i]; m.Tekun.Supported() {
			if err := checkMember(policy.Path("members").Index(i), m, p); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var out []*Result
	for i := range h.Members {
		m := &h.Members[i]
		if !m.Tekun.Supported() {
			continue
		}
		if h.NoFixedHousehold {
			out = append(out, &Result{Member: m.ID, Mode: m.Tekun.Mode, HomeID: m.Tekun.HomeID, HomeClass: m.Tekun.HomeClass,
				Months: months(m.Tekun), Decision: policy.Decision{Programme: policy.Tekun, Member: m.ID,
					Outcome: policy.Ineligible, Clauses: []policy.Clause{policy.ClauseConventions},
					Explanation: policy.Explain(formulaNoHousehold)}})
			continue
		}
		out = append(out, assess(m, p))
	}
	return out, nil
}

func checkDate(on household.Date, p *Params) error {
	if !on.Valid() {
		return policy.Path("date").Error(on.String(), "is not a valid assessment date")
	}
	if on.Year != p.Year {
		return fmt.Errorf("%w (%w)", policy.Path("date").Error(on.String(),
			fmt.Sprintf("is outside the parameter year %d", p.Year)), policy.ErrNoParams)
	}
	return nil
}

// checkMember checks the member's 特困 record as the household validator
// does, for a member handed in on its own, and that a supported member has
// a self-care level when the care subsidy is configured.
func checkMember(path policy.Path, m *household.Member, p *Params) error {
	if m == nil {
		return path.Error("", "is missing")
	}
	var errs []error
	fail := func(field, value, msg string) {
		errs = append(errs, path.Field(field).Error(value, msg))
	}
	if m.ID == "" {
		fail("id", "", "is required")
	}
	t := m.Tekun
	if !t.Mode.Valid() {
		fail("tekun.mode", policy.Quote(string(t.Mode)), "is not dispersed, centralized or empty")
	}
	if !t.HomeClass.Valid() {
		fail("tekun.home_class", policy.Quote(string(t.HomeClass)), "is not 1, 2, 3 or unrated")
	}
	if !t.SelfCare.Valid() {
		fail("tekun.self_care", policy.Quote(string(t.SelfCare)), "is not full, partial or none")
	}
	switch {
	case t.Mode == household.TekunCentralized && t.HomeClass == "":
		fail("tekun.home_class", "", "is required for centralized support (1, 2, 3 or unrated)")
	case t.Mode != household.TekunCentralized && (t.HomeClass != "" || t.HomeID != ""):
		fail("tekun.home_class", policy.Quote(string(t.HomeClass)), "is set but the member is not in centralized support")
	}
	if t.Months < 0 || t.Months > 12 {
		fail("tekun.months", strconv.Itoa(t.Months), "is not 1–12 (0 for the whole year)")
	}
	if t.Mode == household.TekunNone && (t.Months != 0 || t.SelfCare != "") {
		fail("tekun.mode", "", "is required when months or self-care are set")
	}
	if t.Supported() && t.SelfCare == "" && p.Care.Configured() {
		fail("tekun.self_care", "", "is required: the care subsidy is configured")
	}
	return errors.Join(errs...)
}

// months returns the months of the year the support covers: 0 is 12.
func months(t household.Tekun) int {
	if t.Months == 0 {
		return 12
	}
	return t.Months
}

// assess makes a checked member's result.
func assess(m *household.Member, p *Params) *Result {
	t := m.Tekun
	r := &Result{Member: m.ID, Mode: t.Mode, HomeID: t.HomeID, HomeClass: t.HomeClass, Months: months(t)}
	r.Decision = policy.Decision{Programme: policy.Tekun, Member: m.ID, Clauses: clausesAlone}
	if !t.Supported() {
		r.Decision.Outcome = policy.Ineligible
		r.Decision.Explanation = policy.Explain(formulaNotSupported)
		return r
	}
	a := &assessment{p: p, m: m, months: r.Months}
	a.payTo, a.to = payee(t)
	r.Decision.Outcome = policy.Eligible
	r.Decision.Explanation = policy.Explain(formulaAlone, a.modeArg(), policy.N("m", r.Months))
	r.Lines = make([]policy.Line, 0, 2)
	r.Lines = append(r.Lines, a.basic())
	if l, f, ok := a.care(); ok {
		r.Lines = append(r.Lines, l)
	} else if f != nil {
		r.Findings = append(r.Findings, *f)
	}
	return r
}

// assessment is one person's assessment in progress.
type assessment struct {
	p      *Params
	m      *household.Member
	months int
	payTo  policy.Payee
	to     policy.Arg // the payee in words, "to"
}

func (a *assessment) modeArg() policy.Arg {
	if a.m.Tekun.Mode == household.TekunCentralized {
		return policy.T2("mode", "集中供养", "centralized")
	}
	return policy.T2("mode", "分散供养", "dispersed")
}

// payee returns who a line of the person's is paid to, and the words for
// it: the person in dispersed support, the home in centralized support.
func payee(t household.Tekun) (policy.Payee, policy.Arg) {
	if t.Mode != household.TekunCentralized {
		return policy.PayMember, policy.T2("to", "本人", "the person")
	}
	id := t.HomeID
	if id == "" {
		return policy.PayInstitution, policy.T2("to", "供养机构（编号未登记）", "the institution (id not recorded)")
	}
	return policy.PayInstitution, policy.T2("to", "供养机构 "+id, "the institution "+id)
}

// line makes a line of an annual amount: for a full year the amount rounded
// once, for part of a year the amount × months / 12 rounded once, with the
// full-year or part-year explanation; either ends with the result "=".
func (a *assessment) line(item policy.Item, annual decimal.Decimal, clauses []policy.Clause, used []policy.Used,
	full, part policy.Formula, args ...policy.Arg) policy.Line {
	r := a.p.Rounding
	f, amount := full, r.Round(annual)
	all := make([]policy.Arg, 0, len(args)+4)
	all = append(all, args...)
	all = append(all, a.to)
	if a.months != 12 {
		f, amount = part, r.Prorate(annual, a.months)
		all = append(all, policy.M("Y", annual), policy.N("m", a.months))
	}
	all = append(all, policy.M("=", amount))
	return policy.NewLine(policy.Line{
		Programme: policy.Tekun, Item: item, Member: a.m.ID,
		Payee: a.payTo, Payer: policy.CivilAffairsFund, Form: policy.Cash,
		Annual: amount, Months: a.months, Rounding: r, Clauses: clauses, Params: used,
		Explanation: policy.Explanation{Formula: f, Args: all},
	})
}
