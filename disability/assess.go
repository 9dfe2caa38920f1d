package disability

import (
	"strconv"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of the two subsidies: each line and each decision names one,
// and a payment recorded now names one ([household.Payment] with Programme
// [policy.Disability]).
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

// Inputs are what a caller hands the assessment besides the record: the run
// of months it covers, and the values other programmes decide, as plain
// values (no programme imports another).
type Inputs struct {
	// Period is the run of months assessed; the zero Period is the whole
	// year.
	Period policy.Period
	// LowIncome: the household is covered by 低保 now (the 低保 assessment's
	// outcome is covered: eligible, continue or exit pending). Its members
	// outside 特困 support are then members of a 低保 household; a 特困
	// member is not (POLICY.md section 0).
	LowIncome bool
}

// Result is a household's assessment for the two disability subsidies
// (2.2.4). Its decisions are, per certificate holder in record order, the
// living decision then the nursing decision, each naming its item; its
// lines are, per holder, the living subsidy then the nursing subsidy; its
// findings are the subsidies that could not be assessed, then the audit
// against what is recorded as received now (应补尽补): a holder who
// qualifies and is not recorded as receiving (unclaimed), a receipt of
// another amount than due (under- or over-payment), a receipt the rules do
// not support (wrongful).
type Result struct {
	policy.Assessment
}

// Holder returns the living and the nursing decision of the certificate
// holder with the given id, and false for a member with no certificate or
// no such member.
func (r *Result) Holder(id string) (living, nursing policy.Decision, ok bool) {
	if id == "" {
		return policy.Decision{}, policy.Decision{}, false
	}
	living, ok = r.Decision(policy.Select{Programme: policy.Disability, Item: ItemLiving, Member: id})
	nursing, _ = r.Decision(policy.Select{Programme: policy.Disability, Item: ItemNursing, Member: id})
	return living, nursing, ok
}

// Assessor assesses households for the two subsidies under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p Params
	// grades are what each certificate grade's subsidies rest on: grades[0]
	// is grade 1, grades[3] grade 4 (see [Assessor.grade]).
	grades [4]grade
	// The parameter records of the other ways a decision can go.
	usedTekun, usedOrphan, usedNoBasis []policy.Used
	usedOption, usedWorkInjury         []policy.Used
}

// grade is one certificate grade's tiers in fen and the parameter records
// its decisions and lines carry, worked out once by [New].
type grade struct {
	living        policy.Money  // the living tier, 元/年
	usedLowIncome []policy.Used // the living tier
	usedPoor      []policy.Used // the living tier and the registered-poor switch
	nursing       policy.Money  // the nursing tier, 元/月
	nursingSet    bool          // false for grade 4, and for grade 3 while its local tier is unset
	nursingName   string        // the nursing tier's parameter name
	usedNursing   []policy.Used // the nursing tier, and for grade 3 the option
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	poor := p.Living.RegisteredPoor.Used()
	a.usedTekun = []policy.Used{p.Living.ExcludeTekun.Used()}
	a.usedOrphan = []policy.Used{p.Living.ExcludeOrphan.Used()}
	a.usedNoBasis = []policy.Used{poor}
	a.usedOption = []policy.Used{p.Nursing.Grade3Option.Used()}
	a.usedWorkInjury = []policy.Used{p.Nursing.ExcludeWorkInjury.Used()}
	for g := 1; g <= 4; g++ {
		t := a.grade(g)
		living, _ := p.Living.Tier(g)
		t.living = policy.MustMoney(living)
		t.usedLowIncome = []policy.Used{living.Used()}
		t.usedPoor = []policy.Used{living.Used(), poor}
		if nursing, ok := p.Nursing.Tier(g); ok {
			t.nursing, t.nursingSet, t.nursingName = policy.MustMoney(nursing), nursing.Set, nursing.Name
			t.usedNursing = []policy.Used{nursing.Used()}
		}
		if g == 3 { // the grade-3 tier applies only under the option
			t.usedNursing = append(t.usedNursing, a.usedOption...)
		}
	}
	return a, nil
}

// grade returns what certificate grade g (1–4) rests on.
func (a *Assessor) grade(g int) *grade { return &a.grades[g-1] }

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h      *household.Household
	in     Inputs
	period policy.Period
	out    *Result
}

// Assess assesses a checked household record for the two disability
// subsidies (POLICY.md 2.2.4), with the household's 低保 coverage in in.
// For each member with a disability certificate, in record order, it
// decides the living subsidy (grades 1–4, members of 低保 or
// registered-poor households, not 特困 persons nor orphans under orphan
// allowance) and the nursing subsidy (grades 1–2 needing long-term care,
// grade 3 intellectual or mental as an option, not with work-injury nursing
// pay), and pays each it grants over the months of in.Period; a holder may
// receive both. It then audits what the household is recorded as receiving
// now (Current.Payments with Programme [policy.Disability] and items
// [ItemLiving] and [ItemNursing]): 应补尽补. Payee is the member; payer the
// civil-affairs fund.
//
// Assess returns the error of [household.Checked.Err] for the zero Checked,
// and a [policy.FieldError] at "inputs.period" for a period that is not a
// run of months. It does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if !in.Period.Valid() {
		return Result{}, policy.Path("inputs.period").Invalid(in.Period.String(), "is not a run of months of one year")
	}
	var r Result
	x := assessment{Assessor: a, h: c.Household(), in: in, period: in.Period.Norm(), out: &r}
	for i := range x.h.Members {
		m := &x.h.Members[i]
		if m.Disability == nil {
			continue
		}
		cert := certificate(m.Disability)
		x.living(m, cert)
		x.nursing(m, cert)
	}
	x.audit()
	return r, nil
}

// decide adds member m's decision on the subsidy item under clause 2.2.4,
// explained by f with args.
func (x *assessment) decide(item policy.Item, m *household.Member, outcome policy.Outcome, used []policy.Used,
	f *policy.Formula, args ...policy.Arg) {
	x.out.Decide(&policy.Decide{Programme: policy.Disability, Item: item, Member: m.ID, Outcome: outcome,
		Clauses: clausesDisability, Params: used}, f, args...)
}

// noHousehold refuses the subsidy item to a person without a household
// (section 0: temporary aid and referral only).
func (x *assessment) noHousehold(item policy.Item, m *household.Member) {
	x.out.Decide(&policy.Decide{Programme: policy.Disability, Item: item, Member: m.ID,
		Outcome: policy.Ineligible, Clauses: clausesAlone}, &formulaNoHousehold)
}

// pay adds member m's line of the subsidy item at the annual rate over the
// assessed months, rounded once; its explanation ends with the result "=".
func (x *assessment) pay(item policy.Item, m *household.Member, rate policy.Rate, used []policy.Used,
	f *policy.Formula, args ...policy.Arg) {
	pay := policy.Pay{Programme: policy.Disability, Item: item, Member: m.ID, Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Clauses: clausesDisability, Params: used,
		Rounding: x.p.Rounding}
	x.out.Recurring(&pay, rate, x.period, f, args...)
}

// certificate names a certificate's grade and type in both languages, e.g.
// "一级肢体残疾" / "grade 1 physical disability", as the argument "cert" of
// an explanation. The record has been checked, so the grade is 1–4 and the
// type known.
func certificate(c *household.Disability) policy.Arg {
	zh, en := typeNames(c.Type)
	return policy.T2("cert", gradeZH[c.Grade]+"级"+zh+"残疾", "grade "+strconv.Itoa(c.Grade)+" "+en+" disability")
}

// gradeArg names a grade: 一 to 四 in Chinese, 1 to 4 in English.
func gradeArg(g int) policy.Arg { return policy.T2("g", gradeZH[g], strconv.Itoa(g)) }

var gradeZH = [...]string{"", "一", "二", "三", "四"}

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
