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
// Assess returns an error wrapping [policy.ErrInvalid] (each a
// [policy.FieldError] naming the field, joined) when the parameters are
// invalid, the assessment date is not a date, the record fails
// [household.Household.ValidateOn], a claim has no id or the id of another
// claim of the member, a claim is admitted outside the parameter year, after
// the assessment date or before the member's birth, the child-disease rule
// applies to a claim with no fixed-quota cost, or in.SecondAidPaid names no
// member or holds a bad amount. An assessment date outside the parameter
// year is also an error wrapping [policy.ErrNoParams]. Assess does not
// modify h, in or p and is safe for concurrent use.
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
	r := &Result{Members: make([]MemberResult, len(h.Members)), Remaining: decimal.Zero}
	var errs []error
	for i := range h.Members {
		m := &h.Members[i]
		mr := &r.Members[i]
		mr.Member = m.ID
		mr.Group, mr.Decision = classify(h, m, on, in, p)
		errs = append(errs, checkClaims(policy.Path("members").Index(i), m, mr.Group, on, p)...)
	}
	errs = append(errs, checkInputs(h, in)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for i := range h.Members {
		assessMember(&h.Members[i], &r.Members[i], in, p, r)
	}
	return r, nil
}

// assessMember makes member m's sponsorship line and processes its claims
// in order, adding the lines and the remaining out-of-pocket to r.
func assessMember(m *household.Member, mr *MemberResult, in Inputs, p *Params, r *Result) {
	if l, ok := sponsorship(m.ID, mr.Group, p); ok {
		r.Lines = append(r.Lines, l)
	}
	mr.Aid, mr.Remaining = decimal.Zero, decimal.Zero
	paid := m.MedicalAidPaid
	second := decimal.Zero
	if v, ok := in.SecondAidPaid[m.ID]; ok {
		second = v
	}
	mr.Claims = make([]ClaimResult, 0, len(m.Claims))
	for _, j := range claimOrder(m.Claims) {
		c := m.Claims[j]
		cr := claimAid(&ClaimInput{Member: m.ID, Group: mr.Group, Claim: c, Age: m.BirthDate.AgeOn(c.Admission),
			Paid: paid, SecondPaid: second}, p)
		paid = paid.Add(cr.Total())
		second = second.Add(cr.Second)
		mr.Aid = mr.Aid.Add(cr.Total())
		mr.Remaining = mr.Remaining.Add(cr.Left)
		r.Lines = append(r.Lines, cr.Lines...)
		mr.Claims = append(mr.Claims, cr)
	}
	mr.PaidThisYear = paid
	r.Remaining = r.Remaining.Add(mr.Remaining)
}

// claimOrder returns the indices of the claims by admission date, ties by
// claim id (ids are unique within a member).
func claimOrder(cs []household.Claim) []int {
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cs[a].Admission.Compare(cs[b].Admission); c != 0 {
			return c
		}
		return strings.Compare(cs[a].ID, cs[b].ID)
	})
	return idx
}

// checkClaims checks member m's claims beyond the record check: ids present
// and unique within the member (the order of processing rests on them),
// admissions in the parameter year, not after the assessment date and not
// before the member's birth, and the fixed-quota cost where the
// child-disease rule applies.
func checkClaims(path policy.Path, m *household.Member, g Group, on household.Date, p *Params) []error {
	var errs []error
	seen := make(map[string]int, len(m.Claims))
	for j := range m.Claims {
		c := &m.Claims[j]
		cp := path.Field("claims").Index(j)
		switch k, dup := seen[c.ID]; {
		case c.ID == "":
			errs = append(errs, cp.Field("id").Error("", "is required"))
		case dup:
			errs = append(errs, cp.Field("id").Error(policy.Quote(c.ID), fmt.Sprintf("is also the id of claims[%d]", k)))
		default:
			seen[c.ID] = j
		}
		if err := checkYear(cp, c, p); err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case c.Admission.After(on):
			errs = append(errs, cp.Field("admission").Error(c.Admission.String(), "is after the assessment date "+on.String()))
			continue
		case c.Admission.Before(m.BirthDate):
			errs = append(errs, cp.Field("admission").Error(c.Admission.String(), "is before the member's birth date"))
			continue
		}
		errs = appendErr(errs, checkChild(cp, c, g, m.BirthDate.AgeOn(c.Admission), p))
	}
	return errs
}

// checkInputs checks the second aid already paid: a member id of the
// household, an amount that is money and not more than the member's
// MedicalAidPaid. Ids are checked in sorted order so errors come out the
// same each time.
func checkInputs(h *household.Household, in Inputs) []error {
	var errs []error
	ids := make([]string, 0, len(in.SecondAidPaid))
	for id := range in.SecondAidPaid {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		v := in.SecondAidPaid[id]
		p := policy.Path(fmt.Sprintf("inputs.second_aid_paid[%s]", policy.Quote(id)))
		m, ok := h.Member(id)
		if !ok {
			errs = append(errs, p.Error("", "is not the id of a member"))
			continue
		}
		if err := household.CheckMoney(p, v); err != nil {
			errs = append(errs, err)
			continue
		}
		if v.GreaterThan(m.MedicalAidPaid) {
			errs = append(errs, p.Error(v.StringFixed(2), "is more than the member's medical_aid_paid "+m.MedicalAidPaid.StringFixed(2)))
		}
	}
	return errs
}
