package temporary

import (
	"fmt"
	"maps"
	"slices"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Result is a household's temporary-aid assessment: one decision per
// hardship event assessed, each event's aid line and referral line, the
// joint-meeting flags (一事一议) of the events in record order and then the
// 救急难 flags (2.4.2); with each event's figures and the priority groups
// found in the household. It keeps the record it assessed, which must not
// change while the result is in use: the events' figures and the priority
// groups are worked out from it when asked for.
//
// The 救急难 medical flag concerns the year of the assessment date, every
// claim of the record's year (after the date too): it is made once, in the
// run that holds the date's month; the flag of an emergency event stays
// with its event's run.
//
// A nil *Result has no events or priority groups; the methods promoted
// from the embedded Assessment panic on nil, as reading one of its fields
// does.
type Result struct {
	policy.Assessment
	// What the result was made from: the events' figures are worked out
	// from them again when asked for, as Assess made them.
	a  *Assessor
	c  household.Checked // the record, for its events and priority groups
	in inputs
	// counted is the number of events counted toward the limit up to the
	// end of the run, those of the runs before included, for the run
	// after (Inputs.Before).
	counted int
}

// Events returns the figures of the events assessed, in record order.
func (r *Result) Events() []Event {
	if r == nil || r.a == nil {
		return nil
	}
	events, _ := r.a.events(nil, r.c.Household(), &r.in)
	return events
}

// Priority returns the priority groups of 2.4.1 found in the household.
func (r *Result) Priority() []Priority {
	if r == nil || r.c.Household() == nil {
		return nil
	}
	return priorities(r.c.Household(), r.c.Date())
}

// Assessor assesses households for temporary aid under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p        Params
	types    map[household.HardshipType]eventType
	limit    int          // events aided per year, 0 for no limit
	standard policy.Money // the 低保 standard S
}

// errZero is the error of a method of the zero or nil Assessor: it holds no
// parameters, so it assesses nothing rather than everything as 0.
var errZero = fmt.Errorf("temporary: the zero Assessor has no parameters (make one with New): %w", policy.ErrNoParams)

// eventType is one hardship type's parameters, worked out once.
type eventType struct {
	multiple policy.Ratio
	form     policy.Form
	item     policy.Item
	used     []policy.Used // the multiple, the standard S, the form and the events-per-year limit when set
}

// New validates p and returns an Assessor for it. It copies p, its maps
// too, so later changes to p do not affect the Assessor. New returns the
// errors of [Params.Validate]. A parameter of p without a name, S apart,
// takes its path in a set ([policy.Named]), and the lines cite it so.
func New(p *Params) (*Assessor, error) {
	p = policy.Named(p, "temporary")
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p, types: make(map[household.HardshipType]eventType, 8), standard: money(p.Standard.Value)}
	a.p.Multiple, a.p.Form = maps.Clone(p.Multiple), maps.Clone(p.Form)
	var limit []policy.Used
	if p.EventsPerYear.Set {
		a.limit, limit = p.EventsPerYear.Value, []policy.Used{p.EventsPerYear.Used()}
	}
	for _, t := range household.HardshipTypes() {
		m, f := p.Multiple[t], p.Form[t]
		a.types[t] = eventType{multiple: policy.ParamRatio(m), form: f.Value, item: itemOf(t),
			used: append([]policy.Used{m.Used(), p.Standard.Used(), f.Used()}, limit...)}
	}
	return a, nil
}

// Params returns a copy of the parameters the Assessor uses, its maps
// copied too.
// A nil Assessor has none: the zero Params.
func (a *Assessor) Params() Params {
	if a == nil {
		return Params{}
	}
	p := a.p
	p.Multiple, p.Form = maps.Clone(a.p.Multiple), maps.Clone(a.p.Form)
	return p
}

// memberPaid returns the member an event's aid is paid to: the member it
// names, else the household (""). A person without a household is an
// individual object (个人对象, 2.4.3): the aid is his.
func memberPaid(h *household.Household, e *household.Hardship) string {
	if e.Member == "" && h.NoFixedHousehold {
		return h.Members[0].ID
	}
	return e.Member
}

// Assess assesses a checked household record for temporary aid (RULES.md
// 2.4) over the months of in.Period, one run of the year under one
// parameter set: each hardship event dated in them by the rule of
// [Assessor.EventAid] — the shortfall bounded by its type's maximum, a
// multiple of the set's standard [Params.Standard] (the standard in force
// in the event's month: each run is assessed under its own set), in its
// type's form, paid in the event's month to the
// member it names or to the household (to the person himself for a person
// without a household, 2.4.3), with the joint-meeting flag above the
// maximum and its referral line — and one decision per event; the county's
// limit on events aided per year when set, counting the year's events of
// the months in force (in.InForce) in date order whichever run assesses
// them, those of the runs before under their own sets when in.Before
// hands over the run before; the priority groups of 2.4.1; and
// the 救急难 flags of 2.4.2: the medical flag (in.MedicalRemaining against
// in.Income) in the run that holds the assessment date's month only, and
// the flag of an emergency event with no aid yet in the run of its event.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, and [policy.FieldError] values under "inputs" for bad inputs:
// "inputs.period" for a period that is not a run of months or not within
// the months in force, "inputs.in_force" for months in force that are not
// a run of months, "inputs.income" and
// "inputs.medical_remaining" for a negative or over-precise amount,
// "inputs.before" for a result that is not of the same year, household id
// and member ids, with the same months in force, of the run of months just
// before in.Period, and
// "members[*].incomes[*].amount" or "members[*].claims[*].compliant_cost"
// for an income or R of 10^16 元 or more. The record's events were checked by
// [household.Household.Check] (types, amounts, dates in the assessment
// year, after the date or not). Assess does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if a == nil || !a.p.Standard.Set {
		return Result{}, errZero
	}
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	x, err := in.check(c)
	if err != nil {
		return Result{}, err
	}
	h := c.Household()
	r := Result{a: a, c: c, in: x, counted: x.counted}
	var events []Event
	if len(h.Hardships) > 0 { // most records have none
		var buf [4]Event // the events of most records, without allocating
		events, r.counted = a.events(buf[:0], h, &x)
	}
	if n := len(events); n > 0 {
		r.Grow(2*n, n, n+1) // an aid line and a referral, a decision, a flag per event
	}
	for i := range events {
		a.add(&r.Assessment, &events[i])
	}
	r.jiujinan(events)
	return r, nil
}

// events appends to dst the figures of the record's events dated in the
// months of in.period, in record order:
// each by the rule of [Assessor.EventAid], with the county's limit on
// events aided per year applied to the year's events in the months in
// force — those of the runs before counted by their own runs when the
// inputs took them from Inputs.Before, all of them here otherwise —, and
// returns the events counted toward the limit up to the end of in.period.
func (a *Assessor) events(dst []Event, h *household.Household, in *inputs) ([]Event, int) {
	start := len(dst)
	dst = slices.Grow(dst, len(h.Hardships))
	for i := range h.Hardships {
		e := &h.Hardships[i] // checked: its id is given (household.Household.Check)
		if month := e.Date.Month; in.inForce.Contains(month) && (!in.chained || month >= in.period.From) {
			dst = append(dst, a.event(e, e.ID, memberPaid(h, e)))
		}
	}
	counted := a.applyLimit(dst[start:], in)
	kept := slices.DeleteFunc(dst[start:], func(ev Event) bool { return !in.period.Contains(ev.date.Month) })
	return dst[:start+len(kept)], counted
}
