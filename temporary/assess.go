package temporary

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are the figures temporary aid takes from other programmes, handed
// in as plain values (this package imports no other programme).
type Inputs struct {
	// Standard is the 低保 standard S, 元/年·人 (lowincome, 2.1.1); the
	// maximum of 2.4.1 is a multiple of S/12. Required: zero is an error.
	Standard decimal.Decimal
	// HouseholdIncome is the household's counted annual income I
	// (lowincome, 2.1.2–2.1.3), for the 救急难 medical trigger (2.4.2).
	HouseholdIncome decimal.Decimal
	// MedicalRemaining is the household's medical out-of-pocket left after
	// all insurance and medical aid this year (medical, 2.3.4), for the
	// 救急难 medical trigger (2.4.2). Zero when there is none.
	MedicalRemaining decimal.Decimal
}

// Validate checks the inputs: a standard that is set (not zero), and
// amounts that are not negative, have at most two places and are at most
// 10^12 元. Errors are [policy.FieldError] values under the path "inputs"
// (e.g. "inputs.standard: is required: …"), joined, each wrapping
// [policy.ErrInvalid].
func (in Inputs) Validate() error {
	root := policy.Path("inputs")
	return errors.Join(
		checkStandard(root.Field("standard"), in.Standard),
		household.CheckMoney(root.Field("household_income"), in.HouseholdIncome),
		household.CheckMoney(root.Field("medical_remaining"), in.MedicalRemaining),
	)
}

// Result is a household's temporary-aid assessment.
type Result struct {
	// Events are the hardship events' assessments, in record order.
	Events []Aid
	// Priority are the priority groups of 2.4.1 found in the household.
	Priority []Priority
	// Lines are the events' aid and referral lines, in record order.
	Lines []policy.Line
	// Findings are the joint-meeting flags (一事一议) of the events, in
	// record order, then the 救急难 flags (2.4.2).
	Findings []policy.Finding
}

// Total returns the sum of the lines' amounts (referral lines are 0).
func (r *Result) Total() decimal.Decimal {
	t := decimal.Zero
	for _, l := range r.Lines {
		t = t.Add(l.Annual)
	}
	return t
}

// Assess assesses household h for temporary aid as of date on under
// parameters p (POLICY.md 2.4): each hardship event by [EventAid]'s rule —
// the shortfall bounded by its type's maximum, in its type's form, paid to
// the member it names or to the household (to the person himself for a
// person without a household, 2.4.3), with the joint-meeting flag above
// the maximum and its referral line; the county's limit on events aided per
// year when set; the priority groups of 2.4.1; and the 救急难 flags of 2.4.2
// from in.MedicalRemaining, in.HouseholdIncome and the emergency events.
//
// Assess returns an error wrapping [policy.ErrInvalid], each a
// [policy.FieldError] naming the field (joined where there are several):
// the errors of [Params.Validate]; "date" for an invalid assessment date;
// the errors of [Inputs.Validate] (a zero standard is
// "inputs.standard: is required: …"); the errors of
// [household.Household.ValidateOn] (negative amounts, aid received above
// the cost, unknown types…); "hardships[i].date" for an event outside the
// parameter year (e.g. "hardships[0].date: 2018-03-01 is outside the
// parameter year 2017") or after the assessment date. An assessment date
// outside the parameter year also wraps [policy.ErrNoParams]. Assess does
// not modify h or p and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, in Inputs, p *Params) (*Result, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !on.Valid() {
		return nil, &policy.FieldError{Path: "date", Value: on.String(), Msg: "is not a valid assessment date"}
	}
	if on.Year != p.Year {
		return nil, fmt.Errorf("%w: %w", policy.ErrNoParams, checkYear("date", on, p.Year))
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if err := h.ValidateOn(on); err != nil {
		return nil, err
	}
	if err := checkDates(h, on, p.Year); err != nil {
		return nil, err
	}
	return assess(h, on, in, p), nil
}

// checkDates reports each event dated outside the parameter year or after
// the assessment date.
func checkDates(h *household.Household, on household.Date, year int) error {
	var errs []error
	for i := range h.Hardships {
		path := policy.Path("hardships").Index(i).Field("date")
		d := h.Hardships[i].Date
		if err := checkYear(path, d, year); err != nil {
			errs = append(errs, err)
		} else if d.After(on) {
			errs = append(errs, path.Error(d.String(), "is after the assessment date "+on.String()))
		}
	}
	return errors.Join(errs...)
}

// assess is Assess on a record, inputs and parameters already validated.
func assess(h *household.Household, on household.Date, in Inputs, p *Params) *Result {
	r := &Result{Events: make([]Aid, len(h.Hardships))}
	for i := range h.Hardships {
		e := &h.Hardships[i]
		label := e.ID
		if label == "" {
			label = string(policy.Path("hardships").Index(i))
		}
		member := e.Member
		if member == "" && h.NoFixedHousehold {
			// A person without a household is an individual object
			// (个人对象, 2.4.3): the aid is his.
			member = h.Members[0].ID
		}
		r.Events[i] = p.eventAid(e, label, member, in.Standard)
	}
	p.applyLimit(r.Events)
	for i := range r.Events {
		r.Lines = append(r.Lines, r.Events[i].Lines...)
		r.Findings = append(r.Findings, r.Events[i].Findings...)
	}
	r.Priority = priorities(h, on, r.Events)
	r.Findings = append(r.Findings, jiujinan(in, h.Hardships, r.Events, r.Priority)...)
	return r
}
