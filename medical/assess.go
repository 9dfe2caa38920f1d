package medical

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers, and the values other programmes decide, as plain
// values (no programme imports another).
type Inputs struct {
	// Period is the run of months assessed (the zero Period is the whole
	// year): a claim is assessed when its admission month is in it, and the
	// contribution sponsorship when the assessment date's month is.
	Period policy.Period
	// LowIncome: the household is covered by 低保, so its members outside
	// 特困 support are 低保 members, key recipients (2.3.2). The caller
	// takes it from the 低保 assessment.
	LowIncome bool
	// SecondAidPaid is the second aid (再次救助) already paid this year
	// before these claims, by member id; it is part of the member's
	// MedicalAidPaid. It matters only when second aid is enabled; a member
	// not listed has had none.
	SecondAidPaid map[string]decimal.Decimal
}

// Assessor assesses households for medical aid under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p Params
	// The parameter values in fen and ten-thousandths.
	contribution, annualCap                    policy.Money
	childShare                                 policy.Ratio
	tekun, lowIncome, registeredPoor, extended terms
	secondOn                                   bool
	secondThreshold, secondCap                 policy.Money
	secondRatio                                policy.Ratio
	// The parameter records lines and decisions carry.
	usedSponsorship, usedChild, usedSecond         []policy.Used
	usedElderly, usedMinor, usedSevere, usedLimits []policy.Used
}

// New validates p and returns an Assessor for it. It copies p, so later
// changes to p do not affect the Assessor. New returns the errors of
// [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.contribution, a.annualCap = policy.MustMoney(p.Contribution), policy.MustMoney(p.AnnualCap)
	a.childShare = policy.MustRatio(p.ChildShare)
	a.tekun, a.lowIncome = termsOf(p.Tekun, p.AnnualCap), termsOf(p.LowIncome, p.AnnualCap)
	a.registeredPoor, a.extended = termsOf(p.RegisteredPoor, p.AnnualCap), termsOf(p.Extended, p.AnnualCap)
	a.usedSponsorship = []policy.Used{p.Contribution.Used()}
	a.usedChild = []policy.Used{p.ChildMaxAge.Used(), p.ChildShare.Used(), p.AnnualCap.Used()}
	a.usedElderly = []policy.Used{p.ElderlyAge.Used()}
	a.usedMinor = []policy.Used{p.MinorAge.Used()}
	a.usedSevere = []policy.Used{p.SevereGrade.Used()}
	a.usedLimits = []policy.Used{p.ElderlyAge.Used(), p.MinorAge.Used(), p.SevereGrade.Used()}
	if s := p.SecondAid; s.On() {
		a.secondOn = true
		a.secondThreshold, a.secondCap = policy.MustMoney(s.Threshold), policy.MustMoney(s.Cap)
		a.secondRatio = policy.MustRatio(s.Ratio)
		a.usedSecond = []policy.Used{s.Enabled.Used(), s.Threshold.Used(), s.Ratio.Used(), s.Cap.Used(),
			p.AnnualCap.Used()}
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

// Assess assesses a checked household record for medical aid (2.3): each
// member's group with the reason (2.3.2); the contribution sponsorship
// (2.3.3), paid in the month of the assessment date; and the aid for each
// inpatient claim admitted in a month of in.Period (2.3.4) by
// [Assessor.ClaimAid]'s rule, paid in the admission month. A member's claims
// are processed by admission date (ties by claim id), so that the order they
// are handed in does not matter, starting from the member's MedicalAidPaid,
// so that the year's aid stays within the annual cap. Ages for the groups
// are full years on the assessment date; for the child-disease rule, on the
// admission date.
//
// Assess returns the error of [household.Checked.Err] for the zero Checked,
// a [policy.FieldError] at "inputs.period" for a period that is not a run
// of months, and errors wrapping [policy.ErrInvalid] (each a
// [policy.FieldError], joined) when the child-disease rule applies to a
// claim with no fixed-quota cost, or in.SecondAidPaid names no member or
// holds an amount that is not money or is more than the member's
// MedicalAidPaid. It does not modify the record or in.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	if !in.Period.Valid() {
		return Result{}, policy.Path("inputs.period").Invalid(in.Period.String(), "is not a run of months of one year")
	}
	x := assessment{Assessor: a, h: c.Household(), on: c.Date(), in: in}
	x.out.members = make([]MemberResult, len(x.h.Members))
	n := countClaims(x.h, in.Period)
	if n > 0 {
		x.claims = make([]ClaimResult, 0, n)
	}
	// Room for every line (at most a sponsorship line per member and an aid
	// and a second-aid line per claim) and every decision, made once.
	perClaim := 1
	if a.secondOn {
		perClaim = 2
	}
	x.out.Grow(len(x.h.Members)+perClaim*n, len(x.h.Members), 0)
	for i := range x.h.Members {
		x.member(i)
	}
	if errs := checkInputs(x.h, in, x.errs); len(errs) > 0 {
		return Result{}, errors.Join(errs...)
	}
	return x.out, nil
}

// assessment is one household's assessment in progress.
type assessment struct {
	*Assessor
	h      *household.Household
	on     household.Date
	in     Inputs
	out    Result
	claims []ClaimResult // the claims' results of every member, in order
	errs   []error
}

// member assesses member i: the group and its decision (2.3.2), the
// sponsorship (2.3.3), then the member's claims in the run of months in
// processing order (2.3.4), each starting from the aid paid before it.
func (x *assessment) member(i int) {
	m, mr, out := &x.h.Members[i], &x.out.members[i], &x.out.Assessment
	mr.id = m.ID
	mr.group = x.classify(x.h, m, x.on, x.in.LowIncome, out)
	mr.decision = out.Decisions[len(out.Decisions)-1]
	x.errs = x.checkQuota(i, m, mr.group, x.errs)
	if x.in.Period.Contains(x.on.Month) {
		x.sponsorship(m.ID, mr.group, x.on.Month, out)
	}
	cc := claimCase{member: m.ID, group: mr.group, paid: fen(m.MedicalAidPaid), secondPaid: x.secondPaid(x.in, m.ID)}
	mr.paid = cc.paid
	first := len(x.claims)
	for j := next(m.Claims, -1); j >= 0; j = next(m.Claims, j) {
		c := &m.Claims[j]
		if !x.in.Period.Contains(c.Admission.Month) {
			continue // not assessed in this run
		}
		cc.claim, cc.age = c, m.BirthDate.AgeOn(c.Admission)
		res := x.claimAid(&cc, out)
		cc.paid += res.aid + res.second
		cc.secondPaid += res.second
		mr.aid += res.aid + res.second
		mr.remaining += res.left()
		x.claims = append(x.claims, res)
	}
	mr.paid += mr.aid
	mr.claims = x.claims[first:len(x.claims):len(x.claims)]
	x.out.remaining += mr.remaining
}

// checkQuota reports member i's claims to which the child-disease rule
// applies with no fixed-quota cost: the rule depends on the member's group
// g, so the record check cannot.
func (a *Assessor) checkQuota(i int, m *household.Member, g Group, errs []error) []error {
	for j := range m.Claims {
		c := &m.Claims[j]
		if age := m.BirthDate.AgeOn(c.Admission); a.needsQuota(c, g, age) {
			errs = append(errs, quotaError(policy.Path("members").Index(i).Field("claims").Index(j), c, age))
		}
	}
	return errs
}

// checkInputs checks the second aid already paid: a member id of the
// household, an amount that is money and not more than the member's
// MedicalAidPaid. Ids are checked in sorted order so errors come out the
// same each time.
func checkInputs(h *household.Household, in Inputs, errs []error) []error {
	ids := make([]string, 0, len(in.SecondAidPaid))
	for id := range in.SecondAidPaid {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		v, path := in.SecondAidPaid[id], policy.Path("inputs.second_aid_paid["+policy.Quote(id)+"]")
		m, ok := h.Member(id)
		switch {
		case !ok:
			errs = append(errs, path.NotFound("", "is not the id of a member"))
		case policy.CheckMoney(path, v) != nil:
			errs = append(errs, policy.CheckMoney(path, v))
		case v.GreaterThan(m.MedicalAidPaid):
			errs = append(errs, path.Invalid(v.StringFixed(2),
				"is more than the member's medical_aid_paid "+m.MedicalAidPaid.StringFixed(2)))
		}
	}
	return errs
}

// secondPaid returns the second aid already paid to the member, in fen.
func (a *Assessor) secondPaid(in Inputs, member string) policy.Money {
	if !a.secondOn || len(in.SecondAidPaid) == 0 {
		return 0 // without second aid it is not used
	}
	return fen(in.SecondAidPaid[member])
}

// countClaims counts the claims admitted in a month of period.
func countClaims(h *household.Household, period policy.Period) int {
	n := 0
	for i := range h.Members {
		for j := range h.Members[i].Claims {
			if period.Contains(h.Members[i].Claims[j].Admission.Month) {
				n++
			}
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
