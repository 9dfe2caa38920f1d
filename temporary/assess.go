package temporary

import (
	"errors"
	"fmt"
	"maps"
	"sync/atomic"

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
	// Paths are written only on error: Validate runs on every assessment.
	if !in.Standard.IsZero() && household.CheckMoney("", in.Standard) == nil &&
		household.CheckMoney("", in.HouseholdIncome) == nil && household.CheckMoney("", in.MedicalRemaining) == nil {
		return nil
	}
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

// Assessor assesses households for temporary aid under one validated
// parameter set. [New] validates the parameters once and works out what
// does not change between households: each hardship type's multiple, form
// and parameter records, and the words explanations name them by. The
// maximum of each type depends on the 低保 standard S, which comes with
// each assessment's [Inputs]: the Assessor keeps the maxima of the last S
// it was given, each worked out the first time an event of its type needs
// it, so that a run under one S divides each type's maximum once. An
// Assessor is safe for concurrent use, and its parameters do not change
// after New.
//
// Results share what the Assessor made once: the Clauses and Params of
// decisions, lines and findings; and a result's events' Lines and Findings
// may be parts of the result's Lines and Findings rather than copies. Treat
// them as read-only.
type Assessor struct {
	p     Params
	types [8]hardshipType // by typeIndex
	last  atomic.Pointer[maxima]
}

// hardshipType is one hardship type's parameters and words, made once.
type hardshipType struct {
	t        household.HardshipType
	multiple decimal.Decimal
	form     policy.Form
	item     policy.Item
	used     []policy.Used // the multiple, the form and the events-per-year limit when set
	name     policy.Arg    // "t"
	k        policy.Arg    // "k", the multiple
	formArg  policy.Arg    // "f"
}

// typeIndex numbers the hardship types in the order of
// [household.HardshipTypes], and returns -1 for an unknown type.
func typeIndex(t household.HardshipType) int {
	switch t {
	case household.Fire:
		return 0
	case household.Disaster:
		return 1
	case household.Accident:
		return 2
	case household.SuddenIllness:
		return 3
	case household.EmergencyOther:
		return 4
	case household.MedicalExpense:
		return 5
	case household.EducationExpense:
		return 6
	case household.ExpenseOther:
		return 7
	}
	return -1
}

// New validates p and returns an Assessor for it. It copies p, its maps
// too, so later changes to p do not affect the Assessor. New returns the
// errors of [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p}
	a.p.Multiple, a.p.Form = maps.Clone(p.Multiple), maps.Clone(p.Form)
	p = &a.p
	var limit []policy.Used
	if p.EventsPerYear.Set {
		limit = []policy.Used{p.EventsPerYear.Used()}
	}
	for _, t := range household.HardshipTypes() {
		m, f := p.Multiple[t], p.Form[t]
		a.types[typeIndex(t)] = hardshipType{
			t: t, multiple: m.Value, form: f.Value, item: itemOf(t),
			used: append([]policy.Used{m.Used(), f.Used()}, limit...),
			name: typeArg(t), k: policy.X("k", m.Value), formArg: formArg(f.Value),
		}
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses, its maps
// copied too.
func (a *Assessor) Params() Params {
	p := a.p
	p.Multiple, p.Form = maps.Clone(a.p.Multiple), maps.Clone(a.p.Form)
	return p
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
// Assess is [New] followed by [Assessor.Assess]; to assess many households
// under one parameter set, make the Assessor once. It returns an error
// wrapping [policy.ErrInvalid], each a [policy.FieldError] naming the field
// (joined where there are several): the errors of [Params.Validate]; "date"
// for an invalid assessment date; the errors of [Inputs.Validate] (a zero
// standard is "inputs.standard: is required: …"); the errors of
// [household.Household.ValidateOn] (negative amounts, aid received above
// the cost, unknown types…); "hardships[i].date" for an event outside the
// parameter year (e.g. "hardships[0].date: 2018-03-01 is outside the
// parameter year 2017") or after the assessment date. An assessment date
// outside the parameter year also wraps [policy.ErrNoParams]. Assess does
// not modify h or p and is safe for concurrent use.
func Assess(h *household.Household, on household.Date, in Inputs, p *Params) (*Result, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(h, on, in)
}

// Assess assesses household h for temporary aid as of date on, with the
// figures of other programmes in in (see the function [Assess]). It returns
// the errors of the function [Assess] other than those of
// [Params.Validate], which [New] reports. It does not modify h.
func (a *Assessor) Assess(h *household.Household, on household.Date, in Inputs) (*Result, error) {
	if !on.Valid() {
		return nil, &policy.FieldError{Path: "date", Value: on.String(), Msg: "is not a valid assessment date"}
	}
	if on.Year != a.p.Year {
		return nil, fmt.Errorf("%w: %w", policy.ErrNoParams, checkYear("date", on, a.p.Year))
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	v, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	return a.assessValid(v, in)
}

// AssessValid is [Assessor.Assess] for a record already checked by
// [household.Household.Check]: it does not validate the record again, but
// still checks in and the events' dates. It returns the errors of Assess
// other than the record's and, for the zero Valid, the error of
// [household.Valid.Checked].
func (a *Assessor) AssessValid(v household.Valid, in Inputs) (*Result, error) {
	if err := v.Checked(); err != nil {
		return nil, err
	}
	on := v.Date()
	if !on.Valid() {
		return nil, &policy.FieldError{Path: "date", Value: on.String(), Msg: "is not a valid assessment date"}
	}
	if on.Year != a.p.Year {
		return nil, fmt.Errorf("%w: %w", policy.ErrNoParams, checkYear("date", on, a.p.Year))
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	return a.assessValid(v, in)
}

func (a *Assessor) assessValid(v household.Valid, in Inputs) (*Result, error) {
	h, on := v.Household(), v.Date()
	if err := checkDates(h, on, a.p.Year); err != nil {
		return nil, err
	}
	return a.assess(h, on, in), nil
}

// checkDates reports each event dated outside the parameter year or after
// the assessment date. Paths are written only on error.
func checkDates(h *household.Household, on household.Date, year int) error {
	var errs []error
	for i := range h.Hardships {
		d := h.Hardships[i].Date
		switch {
		case d.Year != year:
			errs = append(errs, checkYear(policy.Path("hardships").Index(i).Field("date"), d, year))
		case d.After(on):
			errs = append(errs, policy.Path("hardships").Index(i).Field("date").Error(d.String(), "is after the assessment date "+on.String()))
		}
	}
	return errors.Join(errs...)
}

// assess is Assess on a record and inputs already validated. The events'
// lines and findings are made in one slice each, the events' Lines and
// Findings parts of the result's.
func (a *Assessor) assess(h *household.Household, on household.Date, in Inputs) *Result {
	n := len(h.Hardships)
	r := &Result{Events: make([]Aid, n)}
	x := newArena(h.Hardships)
	var ms *maxima
	if n > 0 {
		ms = a.maxima(in.Standard)
	}
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
		a.eventAid(&r.Events[i], e, label, member, in.Standard, ms, x)
	}
	if a.applyLimit(r.Events) {
		// Lines and findings of events over the limit changed: gather
		// the events' anew.
		x.lines, x.findings = x.lines[:0:0], x.findings[:0:0]
		for i := range r.Events {
			x.lines = append(x.lines, r.Events[i].Lines...)
			x.findings = append(x.findings, r.Events[i].Findings...)
		}
	}
	r.Priority = priorities(h, on, r.Events)
	a.jiujinan(in, h.Hardships, r.Events, r.Priority, x)
	if len(x.lines) > 0 {
		r.Lines = x.lines
	}
	if len(x.findings) > 0 {
		r.Findings = x.findings
	}
	return r
}

// arena holds a household's lines, findings and explanation arguments as
// they are made, each in one allocation sized for the events.
type arena struct {
	lines    []policy.Line
	findings []policy.Finding
	args     []policy.Arg
}

// newArena returns an arena sized for the events: an aid line and a
// referral, a joint-meeting and a 救急难 flag for each, and the medical
// flag; and their explanations' arguments.
func newArena(events []household.Hardship) *arena {
	n := len(events)
	if n == 0 {
		return &arena{}
	}
	args := 4 // the medical flag
	for i := range events {
		args += 11 + 5 // the decision and the joint-meeting flag
		if events[i].Referral != "" {
			args += 2
		}
		if events[i].Type.Emergency() {
			args += 4
		}
	}
	return &arena{
		lines:    make([]policy.Line, 0, 2*n),
		findings: make([]policy.Finding, 0, 2*n+1),
		args:     make([]policy.Arg, 0, args),
	}
}

// take appends xs to the arena's arguments and returns them, the slice
// capped.
func (x *arena) take(xs ...policy.Arg) []policy.Arg {
	start := len(x.args)
	x.args = append(x.args, xs...)
	return x.args[start:len(x.args):len(x.args)]
}
