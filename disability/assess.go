package disability

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of the two subsidies' lines; a payment recorded now names one
// of them ([household.Payment] with Programme [policy.Disability]).
const (
	ItemLiving  policy.Item = "living"  // 困难残疾人生活补贴
	ItemNursing policy.Item = "nursing" // 重度残疾人护理补贴
)

var (
	clausesDisability = []policy.Clause{policy.ClauseDisability}
	clausesAlone      = []policy.Clause{policy.ClauseConventions}

	formulaNoHousehold = policy.Formula{ID: "disability.no-household",
		ZH: "无户籍人员（流浪乞讨等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}
)

// Inputs are the values other programmes decide, handed in as plain values
// (no programme imports another).
type Inputs struct {
	// LowIncome: the household is covered by 低保 now (the 低保 assessment's
	// outcome is covered: eligible, continue or exit pending). Its members
	// outside 特困 support are then members of a 低保 household; a 特困
	// member is not (POLICY.md section 0).
	LowIncome bool
}

// Result is a household's assessment for the two disability subsidies
// (2.2.4).
type Result struct {
	// Members are the certificate holders' results, in record order.
	Members []MemberResult
	// Lines are the payments: per holder in record order, the living
	// subsidy then the nursing subsidy.
	Lines []policy.Line
	// Findings are the audit against what is recorded as received now
	// (应补尽补): a holder who qualifies and is not recorded as receiving
	// (unclaimed), a receipt the rules do not support (wrongful), a
	// receipt of another amount than due (under- or over-payment), and what
	// could not be assessed.
	Findings []policy.Finding
}

// MemberResult is one certificate holder's decisions, with the reason in
// words.
type MemberResult struct {
	Member  string
	Living  policy.Decision
	Nursing policy.Decision
}

// Total returns the sum of the lines' annual amounts.
func (r *Result) Total() decimal.Decimal {
	t := decimal.Zero
	for _, l := range r.Lines {
		t = t.Add(l.Annual)
	}
	return t
}

// Decisions returns every holder's living and nursing decisions, in record
// order.
func (r *Result) Decisions() []policy.Decision {
	ds := make([]policy.Decision, 0, 2*len(r.Members))
	for _, m := range r.Members {
		ds = append(ds, m.Living, m.Nursing)
	}
	return ds
}

// Member returns the result of the holder with the given id, and false for
// a member with no certificate or no such member.
func (r *Result) Member(id string) (*MemberResult, bool) {
	for i := range r.Members {
		if r.Members[i].Member == id {
			return &r.Members[i], true
		}
	}
	return nil, false
}

// Assessor assesses households for the two subsidies under one validated
// parameter set. [New] validates the parameters once and works out what
// does not change between households: each grade's lines, their amounts
// and monthly schedule, the parameter records decisions and lines carry,
// and the explanations that name only the grade or the certificate. An
// Assessor is read-only after New and safe for concurrent use.
//
// Results share what the Assessor made once: the Clauses and Params of
// decisions, lines and findings, and the Explanation.Args of decisions, of
// lines and of unclaimed findings. Treat them as read-only.
type Assessor struct {
	p Params

	livingLines  [5]tierLine // by grade 1–4
	nursingLines [4]tierLine // by grade 1–3; grade 3 only when its tier is set

	// The parameter records of each way a decision can go.
	usedLowIncome, usedPoor            [5][]policy.Used // living by grade: the tier; the tier and RegisteredPoor
	usedNursing                        [4][]policy.Used // nursing by grade: the tier (and for grade 3 the option)
	usedTekun, usedOrphan, usedNoBasis []policy.Used
	usedOption, usedWorkInjury         []policy.Used
}

// tierLine is one grade's line of a subsidy, made once: the line without its
// member, its monthly amount for months 1–11 (what a recorded receipt is
// compared with) and the arguments of its unclaimed finding.
type tierLine struct {
	line      policy.Line
	due       decimal.Decimal
	unclaimed []policy.Arg
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.initLiving()
	a.initNursing()
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

// initTier makes t the line of an amount before rounding, rounded once,
// its explanation ending with the result "=".
func (a *Assessor) initTier(t *tierLine, item policy.Item, amount decimal.Decimal, used []policy.Used,
	f policy.Formula, args ...policy.Arg) {
	amount = a.p.Rounding.Round(amount)
	t.line = policy.NewLine(policy.Line{
		Programme: policy.Disability, Item: item,
		Payee: policy.PayMember, Payer: policy.CivilAffairsFund, Form: policy.Cash,
		Annual: amount, Rounding: a.p.Rounding, Clauses: clausesDisability, Params: used,
		Explanation: policy.Explanation{Formula: f, Args: append(args[:len(args):len(args)], policy.M("=", amount))},
	})
	t.due = a.dueOf(&t.line)
	t.unclaimed = []policy.Arg{itemArg(item), policy.M("mo", t.due), policy.M("=", amount)}
}

// dueOf returns the monthly amount (months 1–11) of line l: that of a tier
// already made with the same annual amount (grades 1 and 2, 3 and 4 share
// theirs), or else of l's schedule.
func (a *Assessor) dueOf(l *policy.Line) decimal.Decimal {
	for _, ts := range [][]tierLine{a.livingLines[:], a.nursingLines[:]} {
		for i := range ts {
			if u := &ts[i]; u.unclaimed != nil && u.line.Annual.Equal(l.Annual) {
				return u.due
			}
		}
	}
	return l.Schedule().Month
}

// Assess assesses household h for the two disability subsidies as of date
// on under parameters p, with the household's 低保 coverage in in
// (POLICY.md 2.2.4). For each member with a disability certificate it
// decides the living subsidy (grades 1–4, members of 低保 or registered-poor
// households, not 特困 persons nor orphans under orphan allowance) and the
// nursing subsidy (grades 1–2 needing long-term care, grade 3 intellectual
// or mental as an option, not with work-injury nursing pay); a holder may
// receive both. It then audits what the household is recorded as receiving
// now (h.Current.Payments with Programme [policy.Disability] and items
// [ItemLiving] and [ItemNursing]): 应补尽补. Payee is the member; payer the
// civil-affairs fund.
//
// Assess is [New] followed by [Assessor.Assess]; to assess many households
// under one parameter set, make the Assessor once. It returns the errors of
// [Params.Validate]; a [policy.FieldError] when the date is not a valid
// date; one wrapping also [policy.ErrNoParams] when it is outside p.Year;
// and those of [household.Household.ValidateOn], among them a grade outside
// 1–4 or an unknown certificate type, each naming its field path (e.g.
// "members[2].disability.grade: 5 is not 1–4"). It does not modify h or p
// and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, in Inputs, p *Params) (*Result, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(h, on, in)
}

// smallResult is a result of a household with one or two certificate
// holders, with room for their results, lines and two findings, made in
// one allocation.
type smallResult struct {
	r        Result
	members  [2]MemberResult
	lines    [4]policy.Line
	findings [2]policy.Finding
}

// Assess assesses household h for the two disability subsidies as of date
// on, with its 低保 coverage in in (see the function [Assess]). It returns
// a [policy.FieldError] when the date is not a valid date; one wrapping
// also [policy.ErrNoParams] when it is outside the parameter year; and the
// errors of [household.Household.ValidateOn]. It does not modify h.
func (a *Assessor) Assess(h *household.Household, on household.Date, in Inputs) (*Result, error) {
	if err := a.checkDate(on); err != nil {
		return nil, err
	}
	v, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	return a.AssessValid(v, in)
}

// checkDate reports an invalid assessment date, or one outside the
// parameter year (also wrapping [policy.ErrNoParams]).
func (a *Assessor) checkDate(on household.Date) error { return on.CheckAssessment(a.p.Year) }

// AssessValid is [Assessor.Assess] for a record already checked by
// [household.Household.Check]: it does not validate the record again. It
// returns the date errors of Assess and, for the zero Valid, the error of
// [household.Valid.Checked].
func (a *Assessor) AssessValid(v household.Valid, in Inputs) (*Result, error) {
	if err := v.Checked(); err != nil {
		return nil, err
	}
	h, on := v.Household(), v.Date()
	if err := a.checkDate(on); err != nil {
		return nil, err
	}
	k := 0
	for i := range h.Members {
		if h.Members[i].Disability != nil {
			k++
		}
	}
	var r *Result
	var members []MemberResult
	var lines []policy.Line
	var findings []policy.Finding
	switch {
	case k == 0:
		r = &Result{}
	case k <= 2:
		b := new(smallResult)
		r, members, lines, findings = &b.r, b.members[:0:k], b.lines[:0:2*k], b.findings[:0:len(b.findings)]
	default:
		r, members, lines = &Result{}, make([]MemberResult, 0, k), make([]policy.Line, 0, 2*k)
	}
	// tiers are the lines' tiers, for the audit.
	var buf [4]*tierLine
	tiers := buf[:0]
	x := assessment{Assessor: a, h: h, in: in}
	for i := range h.Members {
		m := &h.Members[i]
		if m.Disability == nil {
			continue
		}
		mr := MemberResult{Member: m.ID}
		var t *tierLine
		if mr.Living, t = x.living(m); t != nil {
			// The line rests on the decision's parameters: the tier, and
			// RegisteredPoor when that is the basis.
			lines = append(lines, t.line)
			l := &lines[len(lines)-1]
			l.Member, l.Params, l.Provisional = m.ID, mr.Living.Params, provisional(mr.Living.Params)
			tiers = append(tiers, t)
		}
		var f *policy.Finding
		if mr.Nursing, t, f = x.nursing(m); f != nil {
			findings = append(findings, *f)
		} else if t != nil {
			lines = append(lines, t.line)
			lines[len(lines)-1].Member = m.ID
			tiers = append(tiers, t)
		}
		members = append(members, mr)
	}
	if len(members) > 0 {
		r.Members = members
	}
	if len(lines) > 0 {
		r.Lines = lines
	}
	findings = x.audit(r, tiers, findings)
	if len(findings) > 0 {
		r.Findings = findings
	}
	return r, nil
}

// provisional reports whether one of the parameters is provisional.
func provisional(used []policy.Used) bool {
	for _, u := range used {
		if u.Provenance == policy.Provisional {
			return true
		}
	}
	return false
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h  *household.Household
	in Inputs
}

// decision returns a decision of the subsidy for member m, its explanation
// the formula with the arguments args.
func decision(m *household.Member, outcome policy.Outcome, clauses []policy.Clause, used []policy.Used,
	f policy.Formula, args []policy.Arg) policy.Decision {
	return policy.Decision{Programme: policy.Disability, Member: m.ID, Outcome: outcome, Clauses: clauses,
		Params: used, Explanation: policy.Explanation{Formula: f, Args: args}}
}

// certificate names a certificate's grade and type in both languages, e.g.
// "一级肢体残疾" / "grade 1 physical disability", as the one argument
// "cert" of an explanation. The record has been validated, so the grade is
// 1–4 and the type known. The slice is shared: read-only.
func certificate(c *household.Disability) []policy.Arg {
	i := slices.Index(disabilityTypes, c.Type)
	return certArgs[c.Grade][i : i+1 : i+1]
}

var disabilityTypes = []household.DisabilityType{household.Visual, household.Hearing, household.Speech,
	household.Physical, household.Intellectual, household.Mental, household.Multiple}

// certArgs are the names of every grade and type, made once: read-only.
var certArgs = func() (t [5][7]policy.Arg) {
	for g := 1; g <= 4; g++ {
		for i, typ := range disabilityTypes {
			zh, en := typeNames(typ)
			t[g][i] = policy.T2("cert", gradeZH[g]+"级"+zh+"残疾", fmt.Sprintf("grade %d %s disability", g, en))
		}
	}
	return t
}()

var gradeZH = [...]string{"", "一", "二", "三", "四"}

// gradeArg names a grade: 一 to 四 in Chinese, 1 to 4 in English.
func gradeArg(g int) policy.Arg { return policy.T2("g", gradeZH[g], gradeEN[g]) }

var gradeEN = [...]string{"", "1", "2", "3", "4"}

func typeNames(t household.DisabilityType) (zh, en string) {
	switch t {
	case household.Visual:
		return "视力", "visual"
	case household.Hearing:
		return "听力", "hearing"
	case household.Speech:
		return "言语", "speech"
	case household.Physical:
		return "肢体", "physical"
	case household.Intellectual:
		return "智力", "intellectual"
	case household.Mental:
		return "精神", "mental"
	}
	return "多重", "multiple"
}
