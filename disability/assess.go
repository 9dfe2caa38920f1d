package disability

import (
	"errors"
	"fmt"
	"maps"

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
		ZH: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}
)

// Inputs are what a caller hands the assessment besides the record: the run
// of months it covers, and the values other programmes decide, as plain
// values (no programme imports another).
type Inputs struct {
	// Period is the run of months assessed; the zero Period is the whole
	// year.
	Period policy.Period
	// LowIncome: the household is covered by 低保 in the months of Period
	// (the 低保 assessment's outcome is covered: eligible, continue or exit
	// pending). Its members not under 特困 support in those months are then
	// members of a 低保 household; a member under 特困 support in them is
	// not (RULES.md section 0). Those months must be within the record's
	// 低保 months (its LowIncomePeriod): a caller cuts the year where they
	// start or end, as package benefit does (lowincome's
	// Result.CoveredMonths), and Assess refuses a run they miss.
	LowIncome bool
	// LowIncomeMembers are the ids of members who are 低保 recipients on
	// their own though the household is not covered: a child in difficulty
	// paid the full standard on the individual switch (2.2.3). Each counts
	// as a member of a 低保 household for the living subsidy in every month
	// of Period. Such a child is a recipient in the months of its line
	// alone (lowincome's Result.IndividualMonths), the household's 低保
	// months: a caller cuts Period there, as package benefit does, and
	// Assess refuses a run they miss. Each is a member's id, listed once.
	LowIncomeMembers []string
	// Joined says the caller joins the lines of this run with those of
	// the runs next to it, where a line goes on unchanged, into one line
	// (as [policy.Assessment.AppendRun] does), and audits the joined lines
	// against what is received now itself, with [Result.AuditLines].
	// Assess then leaves that audit (应补尽补) out of the result: on the
	// run's piece of a longer line it would compare the piece's amount and
	// regular month, not the line's.
	Joined bool
}

// Result is a household's assessment for the two disability subsidies
// (2.2.4). Its decisions are, per certificate holder in record order, the
// living decision then the nursing decision, each naming its item; its
// lines are, per holder, the living subsidy then the nursing subsidy; its
// findings are the subsidies that could not be assessed, then the audit
// against what is recorded as received now (应补尽补): a holder who
// qualifies and is not recorded as receiving (unclaimed), a receipt of
// another amount than due (under- or over-payment), a receipt the rules do
// not support (wrongful); for Inputs.Joined the audit is left to
// [Result.AuditLines].
type Result struct {
	policy.Assessment
	// deferred is the record whose audit, in the run holding the
	// assessment date's month, Assess left to AuditLines (Inputs.Joined);
	// the zero Checked when none waits.
	deferred household.Checked
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
	// grades are the grade tiers, the default of every member.
	grades tiers
	// byHardship are the county's tiers by hardship, by key, each grade the
	// county left unset filled in with the grade tier.
	byHardship map[string]*tiers
	// The parameter records of the other ways a decision can go
	// (usedTekunOutside: the 特困 exclusion off, in a 低保 household).
	usedTekun, usedOrphan, usedNoBasis, usedTekunOutside []policy.Used
	usedOption, usedWorkInjury                           []policy.Used
}

// errZero is the error of a method of the zero or nil Assessor: it holds no
// parameters, so it assesses nothing rather than everything as 0.
var errZero = fmt.Errorf("disability: the zero Assessor has no parameters (make one with New): %w", policy.ErrNoParams)

// New validates p and returns an Assessor for it. It copies p, the tiers
// by hardship too, so later changes to p do not affect the Assessor. New
// returns the errors of [Params.Validate]. A parameter of p without a name
// takes its path in a set ([policy.Named]), and the lines cite it so.
func New(p *Params) (*Assessor, error) {
	p = policy.Named(p, "disability")
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.p.Living.ByHardship = namedTiers(pathLivingTiers, p.Living.ByHardship)
	a.p.Nursing.ByHardship = namedTiers(pathNursingTiers, p.Nursing.ByHardship)
	a.usedTekun = []policy.Used{p.Living.ExcludeTekun.Used()}
	a.usedOrphan = []policy.Used{p.Living.ExcludeOrphan.Used()}
	a.usedNoBasis = []policy.Used{p.Living.RegisteredPoor.Used()}
	a.usedTekunOutside = []policy.Used{p.Living.ExcludeTekun.Used(), p.Living.RegisteredPoor.Used()}
	a.usedOption = []policy.Used{p.Nursing.Grade3Option.Used()}
	a.usedWorkInjury = []policy.Used{p.Nursing.ExcludeWorkInjury.Used()}
	a.grades = tiers{living: a.livingTiers("", nil), nursing: a.nursingTiers("", nil)}
	a.byHardship = a.hardship()
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses, each tier by
// hardship named by its path in the set.
// A nil Assessor has none: the zero Params.
func (a *Assessor) Params() Params {
	if a == nil {
		return Params{}
	}
	p := a.p
	p.Living.ByHardship = maps.Clone(a.p.Living.ByHardship)
	p.Nursing.ByHardship = maps.Clone(a.p.Nursing.ByHardship)
	return p
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h      *household.Household
	on     household.Date
	in     Inputs
	period policy.Period
	out    *Result
	// tekun: the holder being decided is under 特困 support in every
	// month of the run (section 0: outside the 低保 household in them).
	tekun bool
}

// Assess assesses a checked household record for the two disability
// subsidies (RULES.md 2.2.4), with the household's 低保 coverage in in.
// For each member with a disability certificate, in record order, it
// decides the living subsidy (grades 1–4, members of 低保 or
// registered-poor households or 低保 recipients on their own, not 特困
// persons in the months of their support nor orphans under orphan
// allowance) and the nursing subsidy
// (grades 1–2 needing long-term care, grade 3 intellectual or mental as an
// option, not with work-injury nursing pay), each at the member's tier (by
// grade, or by hardship where the county tiers so), and pays each it grants
// over the certificate's months within in.Period (section 0: k months at
// annual rate R pay round(R × k / 12)); a holder may receive both. A
// certificate valid in none of the months assessed gets no line. In the run
// of months that contains the assessment date's month, it then audits what
// the household is recorded as receiving now (Current.Payments with
// Programme [policy.Disability] and items [ItemLiving] and [ItemNursing])
// against the lines that cover that month: 应补尽补 (left to
// [Result.AuditLines] when in.Joined). Payee is the member;
// payer the civil-affairs fund.
//
// A holder under 特困 support in the months of in.Period (his
// Tekun.Period, see [household.Tekun.In]) is a 特困 person there, outside
// the 低保 household (section 0); a holder whose 特困 months miss the run is
// an ordinary member in it.
//
// Assess returns the error of [household.Checked.Err] for the zero Checked,
// a [policy.FieldError] at "inputs.period" for a period that is not a run
// of months, one at "inputs.lowincome" when in.LowIncome is true (in a
// record with a certificate holder), or at "inputs.lowincome_members[k]"
// for the first holder it names, for a run some month of which is outside
// the record's LowIncomePeriod, one at "inputs.lowincome_members[i]" for
// each id that names no member of the record or is listed before, and one
// at "members[i].tekun.period" for each certificate holder whose 特困 months
// cover only some of the months of in.Period (assess the runs of
// [household.Checked.SupportRuns] one by one). It does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if a == nil || !a.p.Living.Grade1.Set {
		return Result{}, errZero
	}
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if err := in.Period.Check("inputs.period"); err != nil {
		return Result{}, err
	}
	h := c.Household()
	errs := h.CheckMemberIDs("inputs.lowincome_members", in.LowIncomeMembers)
	errs = append(errs, lowIncomeIn(h, c.Date().Year, in))
	var tekun uint64 // bit i: holder i is under 特困 support in the run
	for i := range h.Members {
		if h.Members[i].Disability == nil {
			continue
		}
		switch supported, err := c.SupportedIn(i, in.Period); {
		case err != nil:
			errs = append(errs, err)
		case supported:
			tekun |= 1 << uint(i)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Result{}, err
	}
	var r Result
	x := assessment{Assessor: a, h: h, on: c.Date(), in: in, period: in.Period.Norm(), out: &r}
	for i := range x.h.Members {
		m := &x.h.Members[i]
		if m.Disability == nil {
			continue
		}
		x.tekun = tekun&(1<<uint(i)) != 0
		x.holder(m)
	}
	x.audit()
	if in.Joined && x.period.Contains(x.on.Month) {
		// Here, not in audit: a record kept through x would make r escape.
		r.deferred = c
	}
	return r, nil
}

// A record has at most household.MaxMembers members, one bit each of the
// holders' 特困 support in Assess.
const _ = uint(64 - household.MaxMembers)

// holder decides both subsidies for certificate holder m over the months of
// the certificate within those assessed, x.tekun saying whether he is under
// 特困 support in them.
func (x *assessment) holder(m *household.Member) {
	cert := certificate(m.Disability)
	valid, ok := m.Disability.Period.In(x.on.Year)
	if ok {
		valid, ok = valid.Intersect(x.period)
	}
	if !ok && !x.h.NoFixedHousehold {
		x.notValid(m, cert)
		return
	}
	x.living(m, cert, valid)
	x.nursing(m, cert, valid)
}

// decide adds member m's decision on the subsidy item under the clauses,
// explained by f with args.
func (x *assessment) decide(item policy.Item, m *household.Member, outcome policy.Outcome, used []policy.Used,
	f *policy.Formula, args ...policy.Arg) {
	x.decideUnder(clausesDisability, item, m, outcome, used, f, args...)
}

func (x *assessment) decideUnder(clauses []policy.Clause, item policy.Item, m *household.Member, outcome policy.Outcome,
	used []policy.Used, f *policy.Formula, args ...policy.Arg) {
	x.out.Decide(&policy.Decide{Programme: policy.Disability, Item: item, Member: m.ID, Outcome: outcome,
		Clauses: clauses, Params: used}, f, args...)
}

// noHousehold refuses the subsidy item to a person without a household
// (section 0: temporary aid and referral only).
func (x *assessment) noHousehold(item policy.Item, m *household.Member) {
	x.out.Decide(&policy.Decide{Programme: policy.Disability, Item: item, Member: m.ID,
		Outcome: policy.Ineligible, Clauses: clausesAlone}, &formulaNoHousehold)
}

// pay adds member m's line of the subsidy item at the annual rate over the
// months of period, rounded once; its explanation ends with the result "=".
func (x *assessment) pay(item policy.Item, m *household.Member, clauses []policy.Clause, rate policy.Rate,
	period policy.Period, used []policy.Used, f *policy.Formula, args ...policy.Arg) {
	pay := policy.Pay{Programme: policy.Disability, Item: item, Member: m.ID, Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Clauses: clauses, Params: used,
		Rounding: x.p.Rounding}
	x.out.Recurring(&pay, rate, period, f, args...)
}
