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
// Assess returns the errors of [Params.Validate]; a [policy.FieldError]
// when the date is not a valid date; one wrapping also [policy.ErrNoParams]
// when it is outside p.Year; and those of [household.Household.ValidateOn],
// among them a grade outside 1–4 or an unknown certificate type, each
// naming its field path (e.g. "members[2].disability.grade: 5 is not
// 1–4"). It does not modify h or p and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, in Inputs, p *Params) (*Result, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !on.Valid() {
		return nil, policy.Path("date").Error(on.String(), "is not a valid assessment date")
	}
	if on.Year != p.Year {
		return nil, fmt.Errorf("%w (%w)", policy.Path("date").Error(on.String(),
			fmt.Sprintf("is outside the parameter year %d", p.Year)), policy.ErrNoParams)
	}
	if err := h.ValidateOn(on); err != nil {
		return nil, err
	}
	a := &assessment{h: h, in: in, p: p}
	r := &Result{}
	for i := range h.Members {
		m := &h.Members[i]
		if m.Disability == nil {
			continue
		}
		mr := MemberResult{Member: m.ID}
		var line policy.Line
		var ok bool
		if mr.Living, line, ok = a.living(m); ok {
			r.Lines = append(r.Lines, line)
		}
		var f *policy.Finding
		if mr.Nursing, line, f = a.nursing(m); f != nil {
			r.Findings = append(r.Findings, *f)
		} else if mr.Nursing.Outcome == policy.Eligible {
			r.Lines = append(r.Lines, line)
		}
		r.Members = append(r.Members, mr)
	}
	r.Findings = a.audit(r, r.Findings)
	return r, nil
}

// assessment is one household's assessment in progress.
type assessment struct {
	h  *household.Household
	in Inputs
	p  *Params
}

// decision returns a decision of the subsidy for member m.
func decision(m *household.Member, outcome policy.Outcome, clauses []policy.Clause, used []policy.Used,
	f policy.Formula, args ...policy.Arg) policy.Decision {
	return policy.Decision{Programme: policy.Disability, Member: m.ID, Outcome: outcome, Clauses: clauses,
		Params: used, Explanation: policy.Explain(f, args...)}
}

// line makes a line for member m of an amount rounded once, its
// explanation ending with the result "=".
func (a *assessment) line(m *household.Member, item policy.Item, amount decimal.Decimal, used []policy.Used,
	f policy.Formula, args ...policy.Arg) policy.Line {
	amount = a.p.Rounding.Round(amount)
	all := make([]policy.Arg, len(args)+1)
	copy(all, args)
	all[len(args)] = policy.M("=", amount)
	return policy.NewLine(policy.Line{
		Programme: policy.Disability, Item: item, Member: m.ID,
		Payee: policy.PayMember, Payer: policy.CivilAffairsFund, Form: policy.Cash,
		Annual: amount, Rounding: a.p.Rounding, Clauses: clausesDisability, Params: used,
		Explanation: policy.Explanation{Formula: f, Args: all},
	})
}

// certificate names a certificate's grade and type in both languages, e.g.
// "一级肢体残疾" / "grade 1 physical disability". The record has been
// validated, so the grade is 1–4 and the type known.
func certificate(c *household.Disability) policy.Arg {
	return certArgs[c.Grade][slices.Index(disabilityTypes, c.Type)]
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
