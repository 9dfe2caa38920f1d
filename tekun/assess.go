package tekun

import (
	"errors"
	"strconv"
	"sync/atomic"

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
	clausesAlone       = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseConventions}
	clausesConventions = []policy.Clause{policy.ClauseConventions}

	formulaAlone = policy.Formula{ID: "tekun.alone",
		ZH: "特困供养人员（{mode}），供养 {m} 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		EN: "under 特困 support ({mode}) for {m} months: assessed alone, outside the 低保 household, neither counted in its size nor its income"}
	formulaNotSupported = policy.Formula{ID: "tekun.not-supported",
		ZH: "未纳入特困供养", EN: "not under 特困 support"}
	formulaNoHousehold = policy.Formula{ID: "tekun.no-household",
		ZH: "无户籍人员（流浪乞讨等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}

	// The payee in words, "to", of a line paid to the person and of one
	// paid to a home whose id is not recorded.
	toPerson  = policy.T2("to", "本人", "the person")
	toUnnamed = policy.T2("to", "供养机构（编号未登记）", "the institution (id not recorded)")

	// The mode of support in words, "mode".
	modeDispersed   = policy.T2("mode", "分散供养", "dispersed")
	modeCentralized = policy.T2("mode", "集中供养", "centralized")
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

// Assessor assesses 特困 persons under one validated parameter set; make
// one with [New]. New validates the parameters once and works out what does
// not change between persons: each kind of line's amount for the whole
// year, the clauses and parameter records lines carry, and the explanations
// of lines paid to the person. An amount prorated for part of a year is
// worked out the first time a person needs it, and kept. An Assessor's
// parameters do not change after New, and it is safe for concurrent use.
//
// Results share what the Assessor made once: the Clauses and Params of
// lines, decisions and findings, and the Explanation.Args of lines paid to
// the person and of findings. Treat them as read-only.
type Assessor struct {
	p      Params
	careOn bool // the county has configured the care subsidy

	dispersed, centralized kind
	quota                  [3]kind       // classes 1, 2 and 3
	levels                 *[3]careLevel // care by self-care level (full, partial, none); nil when off
}

// kind is one kind of line (the dispersed standard, the centralized
// standard, a class's quota, a care level) with what does not change
// between persons.
type kind struct {
	item       policy.Item
	clauses    []policy.Clause
	used       []policy.Used
	full, part *policy.Formula
	lead       []policy.Arg // the explanation's arguments before "to"
	annual     decimal.Decimal
	rounding   policy.Rounding

	year  share                     // the whole year
	parts [11]atomic.Pointer[share] // months 1–11, made on first use
}

// share is a kind's amount for some months, rounded once, with the whole
// explanation of a line paid to the person.
type share struct {
	amount decimal.Decimal
	args   []policy.Arg
}

// init makes k a line kind of an annual amount and works out its year
// share.
func (k *kind) init(p *Params, item policy.Item, annual decimal.Decimal, clauses []policy.Clause, used []policy.Used,
	full, part *policy.Formula, lead ...policy.Arg) {
	k.item, k.clauses, k.used, k.full, k.part, k.lead, k.annual = item, clauses, used, full, part, lead, annual
	k.rounding = p.Rounding
	k.year = k.share(12)
}

// share works out the kind's share for months (1–12).
func (k *kind) share(months int) share {
	amount := k.rounding.Round(k.annual)
	if months != 12 {
		amount = k.rounding.Prorate(k.annual, months)
	}
	return share{amount: amount, args: k.appendArgs(nil, toPerson, months, amount)}
}

// at returns the kind's share for months (1–12), working a part-year share
// out on first use. Goroutines racing to make the same share make equal
// ones and keep the first stored.
func (k *kind) at(months int) *share {
	if months == 12 {
		return &k.year
	}
	slot := &k.parts[months-1]
	if s := slot.Load(); s != nil {
		return s
	}
	s := k.share(months)
	slot.CompareAndSwap(nil, &s)
	return slot.Load()
}

// appendArgs appends a line's explanation arguments: the lead, the payee,
// for part of a year the annual amount "Y" and the months "m", and the
// result "=".
func (k *kind) appendArgs(dst []policy.Arg, to policy.Arg, months int, amount decimal.Decimal) []policy.Arg {
	if dst == nil {
		n := len(k.lead) + 2
		if months != 12 {
			n += 2
		}
		dst = make([]policy.Arg, 0, n)
	}
	dst = append(dst, k.lead...)
	dst = append(dst, to)
	if months != 12 {
		dst = append(dst, policy.M("Y", k.annual), policy.N("m", months))
	}
	return append(dst, policy.M("=", amount))
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	p = &a.p
	a.careOn = p.Care.Configured()
	a.initBasic()
	a.initQuota()
	if a.careOn {
		a.initCare()
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

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
// Assess is [New] followed by [Assessor.Assess]; to assess many persons
// under one parameter set, make the Assessor once. It returns the errors of
// [Params.Validate]; a [policy.FieldError] when the date is not a valid
// date; one wrapping also [policy.ErrNoParams] when it is outside p.Year;
// and a [policy.FieldError] under "member" when m is nil or its 特困 record
// is invalid: no id, an unknown mode, home class or self-care level,
// centralized support without a home class, a home class or home for
// dispersed support, months outside 0–12, or no self-care level while the
// care subsidy is configured. It does not modify m or p.
func Assess(m *household.Member, on household.Date, p *Params) (*Result, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(m, on)
}

// AssessHousehold assesses, as of date on, each member of h under 特困
// support and returns their results in record order; members not under
// support are left out. These members are outside the 低保 household
// (POLICY.md section 0): each is assessed alone, as by [Assess], and none of
// the results is the household's. A person without a household
// (h.NoFixedHousehold) gets an ineligible decision: temporary aid and
// referral only.
//
// AssessHousehold is [New] followed by [Assessor.AssessHousehold]. It
// returns the errors of [Params.Validate], the date errors of [Assess],
// those of [household.Household.ValidateOn], and a [policy.FieldError]
// under "members[i]" for a supported member with no self-care level while
// the care subsidy is configured. It does not modify h or p.
func AssessHousehold(h *household.Household, on household.Date, p *Params) ([]*Result, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.AssessHousehold(h, on)
}

// Assess assesses one member for 特困 support as of date on (see the
// function [Assess]). It returns a [policy.FieldError] when the date is not
// a valid date; one wrapping also [policy.ErrNoParams] when it is outside
// the parameter year; and a [policy.FieldError] under "member" when m is
// nil or its 特困 record is invalid (as listed for the function [Assess]).
// It does not modify m.
func (a *Assessor) Assess(m *household.Member, on household.Date) (*Result, error) {
	if err := checkDate(on, a.p.Year); err != nil {
		return nil, err
	}
	if err := checkMember(-1, m, a.careOn); err != nil {
		return nil, err
	}
	return a.assess(m), nil
}

// AssessHousehold assesses, as of date on, each member of h under 特困
// support (see the function [AssessHousehold]). It returns the date errors
// of [Assessor.Assess], those of [household.Household.ValidateOn], and a
// [policy.FieldError] under "members[i]" for a supported member with no
// self-care level while the care subsidy is configured. It does not modify
// h.
func (a *Assessor) AssessHousehold(h *household.Household, on household.Date) ([]*Result, error) {
	if err := checkDate(on, a.p.Year); err != nil {
		return nil, err
	}
	v, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	return a.AssessValid(v)
}

// AssessValid is [Assessor.AssessHousehold] for a record already checked
// by [household.Household.Check]: it does not validate the record again.
// It returns the errors of AssessHousehold other than the record's and, for
// the zero Valid, the error of [household.Valid.Checked].
func (a *Assessor) AssessValid(v household.Valid) ([]*Result, error) {
	if err := v.Checked(); err != nil {
		return nil, err
	}
	h, on := v.Household(), v.Date()
	if err := checkDate(on, a.p.Year); err != nil {
		return nil, err
	}
	var errs []error
	n := 0
	for i := range h.Members {
		if m := &h.Members[i]; m.Tekun.Supported() {
			n++
			if err := checkMember(i, m, a.careOn); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]*Result, 0, n)
	for i := range h.Members {
		m := &h.Members[i]
		if !m.Tekun.Supported() {
			continue
		}
		if h.NoFixedHousehold {
			out = append(out, &Result{Member: m.ID, Mode: m.Tekun.Mode, HomeID: m.Tekun.HomeID, HomeClass: m.Tekun.HomeClass,
				Months: months(m.Tekun), Decision: policy.Decision{Programme: policy.Tekun, Member: m.ID,
					Outcome: policy.Ineligible, Clauses: clausesConventions,
					Explanation: policy.Explain(formulaNoHousehold)}})
			continue
		}
		out = append(out, a.assess(m))
	}
	return out, nil
}

func checkDate(on household.Date, year int) error { return on.CheckAssessment(year) }

// checkMember checks the member's 特困 record as the household validator
// does, for a member handed in on its own, and that a supported member has
// a self-care level when the care subsidy is configured (careOn). Errors are
// under "member", or under "members[i]" for index i ≥ 0; the path is
// written only on error.
func checkMember(index int, m *household.Member, careOn bool) error {
	path := func() policy.Path {
		if index < 0 {
			return "member"
		}
		return policy.Path("members").Index(index)
	}
	if m == nil {
		return path().Error("", "is missing")
	}
	var errs []error
	fail := func(field, value, msg string) {
		errs = append(errs, path().Field(field).Error(value, msg))
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
	if t.Supported() && t.SelfCare == "" && careOn {
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

// maxArgs bounds the explanation arguments of one person's lines: a
// part-year quota line (7) and a part-year care line (6).
const maxArgs = 13

// personResult is a result with room for its lines and its decision's
// arguments, made in one allocation; homeResult adds room for the
// arguments of lines paid to a home, which name it.
type personResult struct {
	r     Result
	lines [2]policy.Line
	why   [2]policy.Arg
}

type homeResult struct {
	personResult
	args [maxArgs]policy.Arg
}

// assess makes a checked member's result.
func (a *Assessor) assess(m *household.Member) *Result {
	t := m.Tekun
	if !t.Supported() {
		return &Result{Member: m.ID, Mode: t.Mode, HomeID: t.HomeID, HomeClass: t.HomeClass, Months: months(t),
			Decision: policy.Decision{Programme: policy.Tekun, Member: m.ID, Clauses: clausesAlone,
				Outcome: policy.Ineligible, Explanation: policy.Explain(formulaNotSupported)}}
	}
	pay := payTo(t)
	var b *personResult
	if pay.payee == policy.PayMember {
		b = new(personResult)
	} else {
		h := new(homeResult)
		b, pay.args = &h.personResult, h.args[:0:maxArgs]
	}
	r := &b.r
	*r = Result{Member: m.ID, Mode: t.Mode, HomeID: t.HomeID, HomeClass: t.HomeClass, Months: months(t),
		Lines: b.lines[:0:len(b.lines)]}
	b.why = [2]policy.Arg{modeDispersed, policy.N("m", r.Months)}
	if t.Mode == household.TekunCentralized {
		b.why[0] = modeCentralized
	}
	r.Decision = policy.Decision{Programme: policy.Tekun, Member: m.ID, Clauses: clausesAlone,
		Outcome: policy.Eligible, Explanation: policy.Explanation{Formula: formulaAlone, Args: b.why[:]}}
	r.Lines = append(r.Lines, a.line(a.basic(t), m.ID, r.Months, &pay))
	if k, f := a.care(m); k != nil {
		r.Lines = append(r.Lines, a.line(k, m.ID, r.Months, &pay))
	} else if f != nil {
		r.Findings = append(r.Findings, *f)
	}
	return r
}

// payment is who a person's lines are paid to, with the words for it, and
// room for the arguments of lines paid to a home.
type payment struct {
	payee policy.Payee
	to    policy.Arg // the payee in words, "to"
	args  []policy.Arg
}

// payTo returns who a line of the person's is paid to, and the words for
// it: the person in dispersed support, the home in centralized support.
func payTo(t household.Tekun) payment {
	if t.Mode != household.TekunCentralized {
		return payment{payee: policy.PayMember, to: toPerson}
	}
	id := t.HomeID
	if id == "" {
		return payment{payee: policy.PayInstitution, to: toUnnamed}
	}
	// One string holds both languages' words, made in one allocation.
	const zh, en = "供养机构 ", "the institution "
	s := zh + id + en + id
	n := len(zh) + len(id)
	return payment{payee: policy.PayInstitution, to: policy.T2("to", s[:n], s[n:])}
}

// line makes a line of kind k for member for months: for a full year the
// amount rounded once, for part of a year the amount × months / 12 rounded
// once, with the full-year or part-year explanation; either ends with the
// result "=". A line paid to the person shares its kind's explanation
// arguments; one paid to a home has its own, in pay.args.
func (a *Assessor) line(k *kind, member string, months int, pay *payment) policy.Line {
	s := k.at(months)
	args := s.args
	if pay.payee != policy.PayMember {
		start := len(pay.args)
		pay.args = k.appendArgs(pay.args, pay.to, months, s.amount)
		args = pay.args[start:len(pay.args):len(pay.args)]
	}
	f := k.full
	if months != 12 {
		f = k.part
	}
	return policy.NewLine(policy.Line{
		Programme: policy.Tekun, Item: k.item, Member: member,
		Payee: pay.payee, Payer: policy.CivilAffairsFund, Form: policy.Cash,
		Annual: s.amount, Months: months, Rounding: k.rounding, Clauses: k.clauses, Params: k.used,
		Explanation: policy.Explanation{Formula: *f, Args: args},
	})
}
