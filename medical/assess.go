package medical

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Assessor assesses households for medical aid under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p Params
	// The parameter values in fen and ten-thousandths; sponsored is the
	// contribution rounded by the set's rounding, a sponsorship line's
	// amount (2.3.3).
	contribution, sponsored                    policy.Money
	childShare                                 policy.Ratio
	tekun, lowIncome, registeredPoor, extended groupTerms
	childInDifficulty                          groupTerms
	secondOn                                   bool
	secondThreshold, secondCap                 policy.Money
	secondRatio                                policy.Ratio
	// The parameter records lines and decisions carry.
	usedSponsorship, usedElderly, usedMinor []policy.Used
	usedSevere, usedLimits                  []policy.Used
	// The templates of the sponsorship lines (2.3.3): a key recipient's, a
	// registered-poor member's.
	sponsorKey, sponsorPoor *policy.LineTemplate
	whys                    whys // the ways into a group of 2.3.2
}

// errZero is the error of a method of the zero or nil Assessor: it holds no
// parameters, so it assesses nothing rather than everything as 0.
var errZero = fmt.Errorf("medical: the zero Assessor has no parameters (make one with New): %w", policy.ErrNoParams)

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate]. A parameter of p without a name takes its path in
// a set ([policy.Named]), and the lines cite it so.
func New(p *Params) (*Assessor, error) {
	p = policy.Named(p, "medical")
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.contribution, a.childShare = policy.ParamMoney(p.Contribution), policy.ParamRatio(p.ChildShare)
	a.sponsored = p.Rounding.RoundMoney(a.contribution)
	if s := p.SecondAid; s.On() {
		a.secondOn = true
		a.secondThreshold, a.secondCap = policy.ParamMoney(s.Threshold), policy.ParamMoney(s.Cap)
		a.secondRatio = policy.ParamRatio(s.Ratio)
	}
	a.tekun, a.lowIncome = groupTermsOf(GroupTekun, p.Tekun, p), groupTermsOf(GroupLowIncome, p.LowIncome, p)
	a.registeredPoor = groupTermsOf(GroupRegisteredPoor, p.RegisteredPoor, p)
	a.extended = groupTermsOf(GroupExtended, p.Extended, p)
	a.childInDifficulty = groupTermsOf(GroupChildInDifficulty, p.ChildInDifficulty, p)
	a.usedSponsorship = []policy.Used{p.Contribution.Used()}
	a.usedElderly = []policy.Used{p.ElderlyAge.Used()}
	a.usedMinor = []policy.Used{p.MinorAge.Used()}
	a.usedSevere = []policy.Used{p.SevereGrade.Used()}
	a.usedLimits = []policy.Used{p.ElderlyAge.Used(), p.MinorAge.Used(), p.SevereGrade.Used()}
	a.sponsorKey = a.sponsorshipTemplate(policy.MedicalAidFund, &formulaSponsorKey)
	a.sponsorPoor = a.sponsorshipTemplate(policy.CountyFinance, &formulaSponsorPoor)
	a.whys = newWhys(a)
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

// Assess assesses a checked household record for medical aid (2.3): each
// member's group on the assessment date, with the reason (2.3.2) — for a
// run of months that does not hold the assessment date's month, its 特困,
// 低保 and certificate months read in the run's month nearest it; the
// contribution sponsorship for that group (2.3.3), paid in the month of the
// assessment date when it is in in.Period; and the aid for each inpatient
// claim admitted in a month of in.Period (2.3.4) by [Assessor.ClaimAid]'s
// rule, paid in the admission month. Each claim goes by the member's group
// on its admission date (ages, 低保 months, 特困 and certificate periods
// then); where that is not the member's group in the run's decision, or is
// no group, the claim has a decision of its own naming it. A member's
// claims are processed by admission date (ties by claim id), so that the
// order they are handed in does not matter, starting from the aid already
// paid this year — the record's MedicalAidPaid and SecondAidPaid, or what
// in.Before carried — so that the year's aid stays within each claim's
// group cap and second aid within its own.
//
// Assess returns the error of [household.Checked.Err] for the zero Checked,
// a [policy.FieldError] at "inputs.period" for a period that is not a run
// of months, and errors wrapping [policy.ErrInvalid] (each a
// [policy.FieldError], joined) when the child-disease rule applies to a
// claim of in.Period with no fixed-quota cost, in.LowIncomeMembers names no member or
// one twice, or in.Before is not a result for the same year, household id
// and member ids, of the run of months just before in.Period (that it was
// made from this very record, claims and amounts alike, is the caller's to
// keep). It does not modify the record or in.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if a == nil || !a.p.Contribution.Set {
		return Result{}, errZero
	}
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if err := in.Period.Check("inputs.period"); err != nil {
		return Result{}, err
	}
	x := assessment{Assessor: a, h: c.Household(), on: c.Date(), in: in}
	errs := x.checkInputs()
	for i := range x.h.Members {
		errs = x.checkQuota(i, errs)
	}
	if len(errs) > 0 {
		return Result{}, errors.Join(errs...)
	}
	x.out.a, x.out.c, x.out.in = a, c, in
	if len(in.LowIncomeMembers) > 0 {
		x.out.in.LowIncomeMembers = slices.Clone(in.LowIncomeMembers)
	}
	// What the runs before paid is kept in paid, so that a result does not
	// hold on to them, nor follow them when asked for its figures.
	x.out.paid, x.out.carried = paidOf(in.Before, x.h, in.Period)
	x.out.in.Before = nil
	n := countClaims(x.h, in.Period)
	// Room for every line (at most a sponsorship line per member and an aid
	// and a second-aid line per claim) and a decision per member, made once.
	perClaim := 1
	if a.secondOn {
		perClaim = 2
	}
	x.out.Grow(len(x.h.Members)+perClaim*n, len(x.h.Members), 0)
	for i := range x.h.Members {
		x.member(i)
	}
	return x.out, nil
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h   *household.Household
	on  household.Date
	in  Inputs
	out Result
}

// member assesses member i: the group on the assessment date (its months
// read in decidedMonth) and its decision (2.3.2), the sponsorship (2.3.3),
// then the member's claims in the run of months in processing order
// (2.3.4), each in its group on its admission date and starting from the
// aid paid before it.
func (x *assessment) member(i int) {
	m := &x.h.Members[i]
	var r reason
	x.groupOn(m, x.on, x.decidedMonth(), &r)
	x.decide(&x.out.Assessment, m.ID, nil, &r)
	if x.in.Period.Contains(x.on.Month) {
		x.sponsorship(m.ID, r.group, x.on.Month, &x.out.Assessment)
	}
	if countIn(m.Claims, x.in.Period) == 0 {
		return // no claim in the run, the commonest member
	}
	var buf [4]ClaimResult // the claims of most members, without allocating
	claims, end := x.claims(i, r.group, x.out.start(i), &x.out.Assessment, buf[:0])
	for k := range claims {
		x.out.remaining += claims[k].left()
	}
	if x.out.paid != nil { // a run with claims has its own
		x.out.paid[i].end = x.carry(end, x.in.Period) // what the next run starts from
	}
}

// claims applies the rule of 2.3.4 to member i's claims admitted in the
// run of months, in processing order, adding their lines to out, and a
// decision naming a claim whose group on its admission date is not
// decided, the member's group in the run's decision, or is none (a claim
// no line names, for want of a group, is named by its decision). Each
// claim goes by its group on its admission date and starts from the aid
// paid before it this year, the first from the aid paid before the run
// (from). It appends the claims' results to dst, and returns them with the
// aid paid to the member this year up to the end of the run.
func (x *assessment) claims(i int, decided Group, from aidPaid, out *policy.Assessment, dst []ClaimResult) ([]ClaimResult, aidPaid) {
	m := &x.h.Members[i]
	dst = slices.Grow(dst, countIn(m.Claims, x.in.Period))
	cc := claimCase{member: m.ID, before: from}
	for j := next(m.Claims, -1); j >= 0; j = next(m.Claims, j) {
		c := &m.Claims[j]
		if !x.in.Period.Contains(c.Admission.Month) {
			continue // not assessed in this run
		}
		var cg reason
		x.groupOn(m, c.Admission, c.Admission.Month, &cg)
		if cg.group != decided || cg.group == GroupNone { // a claim with no aid is named too
			x.decide(out, m.ID, c, &cg)
		}
		cc.claim, cc.group, cc.age = c, cg.group, m.BirthDate.AgeOn(c.Admission)
		res := x.claimAid(&cc, out)
		cc.before.all += res.aid + res.second
		cc.before.second += res.second
		dst = append(dst, res)
	}
	return dst, cc.before
}

// checkQuota reports member i's claims of the run to which the child-disease
// rule applies with no fixed-quota cost: the rule depends on the member's
// group on the admission date, so the record check cannot, and a claim of
// another run is that run's to assess (its group may differ).
func (x *assessment) checkQuota(i int, errs []error) []error {
	m := &x.h.Members[i]
	for j := range m.Claims {
		c := &m.Claims[j]
		if !x.in.Period.Contains(c.Admission.Month) {
			continue
		}
		age := m.BirthDate.AgeOn(c.Admission)
		if !x.childRule(c, age) || c.FixedQuotaCost.IsPositive() {
			continue
		}
		var r reason
		if x.groupOn(m, c.Admission, c.Admission.Month, &r); r.group != GroupNone {
			errs = append(errs, quotaError(policy.Path("members").Index(i).Field("claims").Index(j), c, age))
		}
	}
	return errs
}

// countClaims counts the claims admitted in a month of period.
func countClaims(h *household.Household, period policy.Period) int {
	n := 0
	for i := range h.Members {
		n += countIn(h.Members[i].Claims, period)
	}
	return n
}

// countIn counts the claims of cs admitted in a month of period.
func countIn(cs []household.Claim, period policy.Period) int {
	n := 0
	for j := range cs {
		if period.Contains(cs[j].Admission.Month) {
			n++
		}
	}
	return n
}

// next returns the index of the claim processed after claim prev (-1 for
// the first): claims go by admission date, ties by claim id (ids are unique
// within a member). It returns -1 after the last.
func next(cs []household.Claim, prev int) int {
	after := func(i, j int) bool { // claim i comes after claim j
		return cmp.Or(cs[i].Admission.Compare(cs[j].Admission), strings.Compare(cs[i].ID, cs[j].ID)) > 0
	}
	k := -1
	for i := range cs {
		if (prev < 0 || after(i, prev)) && (k < 0 || after(k, i)) {
			k = i
		}
	}
	return k
}
