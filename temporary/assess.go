package temporary

import (
	"errors"
	"maps"
	"math"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the run
// of months it covers, and the figures temporary aid takes from other
// programmes, as plain values (this package imports no other programme).
// A caller whose year is split into runs by parameter sets (section 0)
// assesses each run with its own Inputs.
type Inputs struct {
	// Period is the run of months assessed (the zero Period is the whole
	// year), in which one parameter set is in force: an event is assessed
	// in the run that holds its month, and the 救急难 medical flag is made
	// in the run that holds the assessment date's month.
	Period policy.Period
	// Standard is the 低保 standard S, 元/年·人 (lowincome, 2.1.1), in force
	// in the months of Period: the maximum of 2.4.1 for an event of these
	// months is a multiple of S/12. Required: zero is an error.
	Standard decimal.Decimal
	// Income is the income the 救急难 medical trigger compares with (2.4.2):
	// every member's counted annual income (lowincome, 2.1.2–2.1.3: the
	// 12 months before the assessment date, 特困 members' own incomes
	// included) plus the 特困 support the members receive in the year
	// (tekun, 2.2.1–2.2.2), so that a household of 特困 persons alone is not
	// compared against 0. It is not the 低保 household's income I, which
	// leaves 特困 members out.
	Income decimal.Decimal
	// MedicalRemaining is the household's medical out-of-pocket left after
	// all insurance and medical aid of the year (medical, 2.3.4), for the
	// 救急难 medical trigger (2.4.2). Zero when there is none.
	MedicalRemaining decimal.Decimal
}

// inputs are the Inputs checked and in fen.
type inputs struct {
	period                      policy.Period
	standard, income, remaining policy.Money
}

// check checks the inputs and returns them in fen: a run of months, a
// standard that is set (not zero) and valid money, and an income and a
// remaining out-of-pocket that are not negative and have at most two
// places. The income and R are sums of the record's amounts (and of the
// 特困 support), so they may be above the 10^12 元 that bounds one amount;
// a sum beyond what int64 fen hold (about 9.2 × 10^16 元) is an error
// naming the record's fields it adds up.
func (in *Inputs) check() (inputs, error) {
	var x inputs
	var errPeriod, errStandard, errIncome, errRemaining error
	if !in.Period.Valid() {
		errPeriod = policy.Path("inputs.period").Invalid(in.Period.String(), "is not a run of months of one year")
	}
	x.period = in.Period.Norm()
	x.standard, errStandard = standardFen("inputs.standard", in.Standard)
	x.income, errIncome = sumFen(in.Income, "inputs.income", "members[*].incomes[*].amount")
	x.remaining, errRemaining = sumFen(in.MedicalRemaining, "inputs.medical_remaining", "members[*].claims[*].compliant_cost")
	return x, errors.Join(errPeriod, errStandard, errIncome, errRemaining)
}

// standardFen returns the 低保 standard S in fen. A zero S is an error, for
// it would make every maximum a silent zero.
func standardFen(path policy.Path, s decimal.Decimal) (policy.Money, error) {
	if m, ok := policy.MoneyOf(s); ok && m > 0 {
		return m, nil
	}
	if s.IsZero() {
		return 0, path.Required("is required: the 低保 standard S (元/年·人) the maximum is a multiple of, handed in by the caller")
	}
	return 0, policy.CheckMoney(path, s) // negative, over-precise or too large
}

// maxSum is the largest sum the assessment holds: math.MaxInt64 fen.
var maxSum = decimal.New(math.MaxInt64, -2)

// sumFen returns d, a sum of the record's amounts the caller made, in fen:
// an error at path when it is negative or has more than two places (no sum
// of amounts is), and one naming the fields it adds up (from) when it is
// beyond int64 fen.
func sumFen(d decimal.Decimal, path, from policy.Path) (policy.Money, error) {
	if m, ok := policy.MoneyOf(d); ok && m >= 0 {
		return m, nil
	}
	switch {
	case d.IsNegative() || !d.Round(2).Equal(d):
		return 0, policy.CheckMoney(path, d)
	case d.NumDigits()+int(d.Exponent()) > 17 || d.GreaterThan(maxSum):
		return 0, from.Invalid("", "add up to more than "+maxSum.String()+" 元, the most a sum can hold")
	}
	return policy.Money(d.Shift(2).IntPart()), nil
}

// money returns an amount validated as money in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}

// Result is a household's temporary-aid assessment: one decision per
// hardship event assessed, each event's aid line and referral line, the
// joint-meeting flags (一事一议) of the events in record order and then the
// 救急难 flags (2.4.2); with each event's figures and the priority groups
// found in the household. It keeps the record it assessed, which must not
// change while the result is in use: the events' figures and the priority
// groups are worked out from it when asked for.
type Result struct {
	policy.Assessment
	// What the result was made from: the events' figures are worked out
	// from them again when asked for, as Assess made them.
	a        *Assessor
	c        household.Checked // the record, for its events and priority groups
	period   policy.Period
	standard policy.Money
}

// Events returns the figures of the events assessed, in record order.
func (r *Result) Events() []Event {
	if r.a == nil {
		return nil
	}
	return r.a.events(nil, r.c.Household(), r.period, r.standard)
}

// Priority returns the priority groups of 2.4.1 found in the household.
func (r *Result) Priority() []Priority {
	if r.c.Household() == nil {
		return nil
	}
	return priorities(r.c.Household(), r.c.Date())
}

// Assessor assesses households for temporary aid under one validated
// parameter set; [New] makes one. It is read-only after New and safe for
// concurrent use.
type Assessor struct {
	p     Params
	types map[household.HardshipType]eventType
	limit int // events aided per year, 0 for no limit
}

// eventType is one hardship type's parameters, worked out once.
type eventType struct {
	multiple policy.Ratio
	form     policy.Form
	item     policy.Item
	used     []policy.Used // the multiple, the form and the events-per-year limit when set
}

// New validates p and returns an Assessor for it. It copies p, its maps
// too, so later changes to p do not affect the Assessor. New returns the
// errors of [Params.Validate].
func New(p *Params) (*Assessor, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	a := &Assessor{p: *p, types: make(map[household.HardshipType]eventType, 8)}
	a.p.Multiple, a.p.Form = maps.Clone(p.Multiple), maps.Clone(p.Form)
	var limit []policy.Used
	if p.EventsPerYear.Set {
		a.limit, limit = p.EventsPerYear.Value, []policy.Used{p.EventsPerYear.Used()}
	}
	for _, t := range household.HardshipTypes() {
		m, f := p.Multiple[t], p.Form[t]
		a.types[t] = eventType{multiple: policy.ParamRatio(m), form: f.Value, item: itemOf(t),
			used: append([]policy.Used{m.Used(), f.Used()}, limit...)}
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
// multiple of the run's standard in.Standard (the standard in force in the
// event's month), in its type's form, paid in the event's month to the
// member it names or to the household (to the person himself for a person
// without a household, 2.4.3), with the joint-meeting flag above the
// maximum and its referral line — and one decision per event; the county's
// limit on events aided per year when set, counting the year's events in
// date order whichever run assesses them; the priority groups of 2.4.1; and
// the 救急难 flags of 2.4.2: the medical flag (in.MedicalRemaining against
// in.Income) in the run that holds the assessment date's month only, and
// the flag of an emergency event with no aid yet in the run of its event.
//
// Assess returns the error of [household.Checked.Err] for the zero
// Checked, and [policy.FieldError] values under "inputs" for bad inputs:
// "inputs.period" for a period that is not a run of months,
// "inputs.standard" for a zero or invalid standard, "inputs.income" and
// "inputs.medical_remaining" for a negative or over-precise amount, and
// "members[*].incomes[*].amount" or "members[*].claims[*].compliant_cost"
// for an income or R beyond int64 fen. The record's events were checked by
// [household.Household.Check] (types, amounts, dates in the assessment year
// and not after the date). Assess does not modify the record.
func (a *Assessor) Assess(c household.Checked, in Inputs) (Result, error) {
	if err := c.Err(); err != nil {
		return Result{}, err
	}
	x, err := in.check()
	if err != nil {
		return Result{}, err
	}
	h := c.Household()
	r := Result{a: a, c: c, period: x.period, standard: x.standard}
	var events []Event
	if len(h.Hardships) > 0 { // most records have none
		var buf [4]Event // the events of most records, without allocating
		events = a.events(buf[:0], h, x.period, x.standard)
	}
	if n := len(events); n > 0 {
		r.Grow(2*n, n, n+1) // an aid line and a referral, a decision, a flag per event
	}
	for i := range events {
		a.add(&r.Assessment, &events[i], x.standard)
	}
	r.jiujinan(x, events)
	return r, nil
}

// events appends to dst the figures of the record's events dated in the
// months of period, in record order, under the standard s: each by the rule
// of [Assessor.EventAid], with the county's limit on events aided per year
// applied to the year's events, all of them whichever run is assessed.
func (a *Assessor) events(dst []Event, h *household.Household, period policy.Period, s policy.Money) []Event {
	start := len(dst)
	dst = slices.Grow(dst, len(h.Hardships))
	for i := range h.Hardships {
		e := &h.Hardships[i] // checked: its id is given (household.Household.Check)
		dst = append(dst, a.event(e, e.ID, memberPaid(h, e), s))
	}
	a.applyLimit(dst[start:])
	kept := slices.DeleteFunc(dst[start:], func(ev Event) bool { return !period.Contains(ev.date.Month) })
	return dst[:start+len(kept)]
}
