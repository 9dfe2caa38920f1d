package medical

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are the values other programmes decide, handed in as plain values
// (no programme imports another).
type Inputs struct {
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

// Result is a household's medical-aid assessment (2.3).
type Result struct {
	// Members are the members' results, in record order.
	Members []MemberResult
	// Lines are the payments: per member in record order, the
	// sponsorship line (2.3.3), then each claim's aid lines in the order
	// the claims were processed (2.3.4).
	Lines []policy.Line
	// Remaining is the household's compliant out-of-pocket left after
	// all medical aid: the sum of the members' Remaining.
	Remaining decimal.Decimal
}

// MemberResult is one member's medical-aid assessment.
type MemberResult struct {
	Member string
	// Group is the member's group and Decision the reason (2.3.2).
	Group    Group
	Decision policy.Decision
	// Claims are the member's claims in the order they were processed:
	// by admission date, ties by claim id.
	Claims []ClaimResult
	// Aid is the medical aid over these claims (inpatient, child-disease
	// and second aid); PaidThisYear is MedicalAidPaid + Aid.
	Aid          decimal.Decimal
	PaidThisYear decimal.Decimal
	// Remaining is the compliant out-of-pocket of these claims left after
	// all medical aid (the sum of the claims' Left), for the 救急难 rule of
	// temporary aid (2.4.2).
	Remaining decimal.Decimal
}

// Total returns the sum of the lines' amounts, sponsorship included.
func (r *Result) Total() decimal.Decimal {
	t := decimal.Zero
	for _, l := range r.Lines {
		t = t.Add(l.Annual)
	}
	return t
}

// Decisions returns the members' decisions, in record order.
func (r *Result) Decisions() []policy.Decision {
	ds := make([]policy.Decision, len(r.Members))
	for i := range r.Members {
		ds[i] = r.Members[i].Decision
	}
	return ds
}

// Member returns the result of the member with the given id.
func (r *Result) Member(id string) (*MemberResult, bool) {
	for i := range r.Members {
		if r.Members[i].Member == id {
			return &r.Members[i], true
		}
	}
	return nil, false
}

// Assessor assesses households for medical aid under one validated
// parameter set. [New] validates the parameters once and works out what
// does not change between households: each group's sponsorship line, its
// inpatient-aid terms in words, and the parameter records decisions and
// lines carry. An Assessor is read-only after New and safe for concurrent
// use.
//
// Results share what the Assessor made once: the Clauses and Params of
// decisions and lines, and the Explanation.Args of sponsorship lines; and a
// result's claims' Lines are parts of the result's Lines, not copies. Treat
// them as read-only.
type Assessor struct {
	p Params

	sponsor [5]*policy.Line // by group index: the sponsorship line, nil for none
	terms   [5]terms        // by group index: the inpatient-aid terms

	usedElderly, usedMinor, usedSevere, usedLimits []policy.Used // the groups of 2.3.2
	usedChild, usedSecond                          []policy.Used // child-disease and second aid
	childMax, childShare, capArg                   policy.Arg    // "max", "s" and "cap"
	secondOn                                       bool
	secondT, secondR, secondCap                    policy.Arg // "t", "r" and "scap" of second aid
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
	a.usedElderly = []policy.Used{p.ElderlyAge.Used()}
	a.usedMinor = []policy.Used{p.MinorAge.Used()}
	a.usedSevere = []policy.Used{p.SevereGrade.Used()}
	a.usedLimits = []policy.Used{a.usedElderly[0], a.usedMinor[0], a.usedSevere[0]}
	a.initSponsorship()
	a.initClaims()
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses.
func (a *Assessor) Params() Params { return a.p }

// Assess assesses household h for medical aid as of date on under
// parameters p, with the other programmes' results in in (POLICY.md 2.3):
// each member's group with the reason (2.3.2), the contribution sponsorship
// (2.3.3), and the aid for each inpatient claim (2.3.4) by [ClaimAid], a
// member's claims processed by admission date (ties by claim id) so that the
// order they are handed in does not matter, starting from the member's
// MedicalAidPaid, so that the year's aid stays within the annual cap. Ages
// for the groups are full years on the assessment date; for the
// child-disease rule, on the admission date.
//
// Assess is [New] followed by [Assessor.Assess]; to assess many households
// under one parameter set, make the Assessor once. It returns an error
// wrapping [policy.ErrInvalid] (each a [policy.FieldError] naming the
// field, joined) when the parameters are invalid (the errors of
// [Params.Validate]), the assessment date is not a date, the record fails
// [household.Household.ValidateOn], a claim has no id or the id of another
// claim of the member, a claim is admitted outside the parameter year, after
// the assessment date or before the member's birth, the child-disease rule
// applies to a claim with no fixed-quota cost, or in.SecondAidPaid names no
// member or holds a bad amount. An assessment date outside the parameter
// year is also an error wrapping [policy.ErrNoParams]. Assess does not
// modify h, in or p and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, in Inputs, p *Params) (*Result, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(h, on, in)
}

// Assess assesses household h for medical aid as of date on, with the
// other programmes' results in in (see the function [Assess]). It returns
// the errors of the function [Assess] other than those of
// [Params.Validate], which [New] reports. It does not modify h or in.
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
// [household.Household.Check]: it does not validate the record again, but
// still checks the claims against the parameter year and in. It returns
// the errors of Assess other than the record's and, for the zero Valid,
// the error of [household.Valid.Checked].
func (a *Assessor) AssessValid(v household.Valid, in Inputs) (*Result, error) {
	if err := v.Checked(); err != nil {
		return nil, err
	}
	h, on := v.Household(), v.Date()
	if err := a.checkDate(on); err != nil {
		return nil, err
	}
	// The explanation arguments of the members' decisions and of the
	// claims' lines, and the claims' results, are made in one allocation
	// each.
	claims := 0
	for i := range h.Members {
		claims += len(h.Members[i].Claims)
	}
	perClaim := maxClaimArgs
	if !a.secondOn {
		perClaim = 12
	}
	var args []policy.Arg
	if n := claims*perClaim + 3*len(h.Members)*b2i(h.LowIncomeFamily); n > 0 {
		args = make([]policy.Arg, 0, n)
	}
	r := &Result{Members: make([]MemberResult, len(h.Members)), Remaining: decimal.Zero}
	var errs []error
	nLines := 0
	for i := range h.Members {
		m := &h.Members[i]
		mr := &r.Members[i]
		mr.Member = m.ID
		mr.Group, mr.Decision = a.classify(h, m, on, in, &args)
		errs = append(errs, a.checkClaims(i, m, mr.Group, on)...)
		if g := groupIndex(mr.Group); g > 0 {
			if a.sponsor[g] != nil {
				nLines++
			}
			nLines += len(m.Claims) * (1 + b2i(a.secondOn))
		}
	}
	errs = append(errs, checkInputs(h, in)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var lines []policy.Line
	if nLines > 0 {
		lines = make([]policy.Line, 0, nLines)
	}
	results := make([]ClaimResult, claims)
	for i := range h.Members {
		n := len(h.Members[i].Claims)
		lines = a.assessMember(&h.Members[i], &r.Members[i], in, r, lines, results[:0:n], &args)
		results = results[n:]
	}
	r.Lines = lines
	return r, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// assessMember makes member m's sponsorship line and processes its claims
// in order, adding the lines to lines, the claims' results to claims, and
// the remaining out-of-pocket to r.
func (a *Assessor) assessMember(m *household.Member, mr *MemberResult, in Inputs, r *Result,
	lines []policy.Line, claims []ClaimResult, args *[]policy.Arg) []policy.Line {
	if l, ok := a.sponsorship(m.ID, mr.Group); ok {
		lines = append(lines, l)
	}
	mr.Aid, mr.Remaining = decimal.Zero, decimal.Zero
	paid := m.MedicalAidPaid
	second := decimal.Zero
	if v, ok := in.SecondAidPaid[m.ID]; ok {
		second = v
	}
	var buf [8]int
	for _, j := range claimOrder(m.Claims, buf[:0]) {
		c := &m.Claims[j]
		var cr ClaimResult
		cr, lines = a.claimAid(&ClaimInput{Member: m.ID, Group: mr.Group, Claim: *c, Age: m.BirthDate.AgeOn(c.Admission),
			Paid: paid, SecondPaid: second}, lines, args)
		total := add(cr.Aid, cr.Second) // cr.Total()
		paid = add(paid, total)
		if a.secondOn { // else second aid is 0 and second is not used
			second = add(second, cr.Second)
		}
		mr.Aid = add(mr.Aid, total)
		mr.Remaining = add(mr.Remaining, cr.Left)
		claims = append(claims, cr)
	}
	mr.Claims = claims
	mr.PaidThisYear = paid
	r.Remaining = add(r.Remaining, mr.Remaining)
	return lines
}

// claimOrder returns the indices of the claims by admission date, ties by
// claim id (ids are unique within a member), appended to idx.
func claimOrder(cs []household.Claim, idx []int) []int {
	for i := range cs {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cs[a].Admission.Compare(cs[b].Admission); c != 0 {
			return c
		}
		return strings.Compare(cs[a].ID, cs[b].ID)
	})
	return idx
}

// checkClaims checks member i's claims beyond the record check: ids present
// and unique within the member (the order of processing rests on them),
// admissions in the parameter year, not after the assessment date and not
// before the member's birth, and the fixed-quota cost where the
// child-disease rule applies. Paths are written only on error.
func (a *Assessor) checkClaims(i int, m *household.Member, g Group, on household.Date) []error {
	var errs []error
	path := func(j int) policy.Path { return policy.Path("members").Index(i).Field("claims").Index(j) }
	for j := range m.Claims {
		c := &m.Claims[j]
		switch {
		case c.ID == "":
			errs = append(errs, path(j).Field("id").Error("", "is required"))
		default:
			for k := range j {
				if m.Claims[k].ID == c.ID {
					errs = append(errs, path(j).Field("id").Error(policy.Quote(c.ID), fmt.Sprintf("is also the id of claims[%d]", k)))
					break
				}
			}
		}
		if !inYear(c, a.p.Year) {
			errs = append(errs, yearError(path(j), c, a.p.Year))
			continue
		}
		switch {
		case c.Admission.After(on):
			errs = append(errs, path(j).Field("admission").Error(c.Admission.String(), "is after the assessment date "+on.String()))
			continue
		case c.Admission.Before(m.BirthDate):
			errs = append(errs, path(j).Field("admission").Error(c.Admission.String(), "is before the member's birth date"))
			continue
		}
		if age := m.BirthDate.AgeOn(c.Admission); a.needsQuota(c, g, age) {
			errs = append(errs, quotaError(path(j), c, age))
		}
	}
	return errs
}

// checkInputs checks the second aid already paid: a member id of the
// household, an amount that is money and not more than the member's
// MedicalAidPaid. Ids are checked in sorted order so errors come out the
// same each time.
func checkInputs(h *household.Household, in Inputs) []error {
	if len(in.SecondAidPaid) == 0 {
		return nil
	}
	var errs []error
	ids := make([]string, 0, len(in.SecondAidPaid))
	for id := range in.SecondAidPaid {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		v := in.SecondAidPaid[id]
		path := func() policy.Path { return policy.Path(fmt.Sprintf("inputs.second_aid_paid[%s]", policy.Quote(id))) }
		m, ok := h.Member(id)
		if !ok {
			errs = append(errs, path().Error("", "is not the id of a member"))
			continue
		}
		if household.CheckMoney("", v) != nil {
			errs = append(errs, household.CheckMoney(path(), v))
			continue
		}
		if v.GreaterThan(m.MedicalAidPaid) {
			errs = append(errs, path().Error(v.StringFixed(2), "is more than the member's medical_aid_paid "+m.MedicalAidPaid.StringFixed(2)))
		}
	}
	return errs
}
