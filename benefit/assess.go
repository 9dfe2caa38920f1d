package benefit

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Assessor assesses households under one or more validated parameter sets,
// choosing for each assessment the set in force on its date. [New]
// validates every set once and builds each programme's Assessor; an
// Assessor is read-only afterwards and safe for concurrent use.
type Assessor struct {
	sets []*set // by year, ascending
}

// set is one validated parameter set with its programmes' Assessors.
type set struct {
	params     Params
	standard   decimal.Decimal // the 低保 standard S, handed to temporary aid
	lowIncome  *lowincome.Assessor
	tekun      *tekun.Assessor
	disability *disability.Assessor
	medical    *medical.Assessor
	temporary  *temporary.Assessor
	checks     []policy.Check
}

// New validates each parameter set and returns an Assessor for them. Each
// set covers the assessment dates of its year; no two may share a year.
// New copies the sets, so later changes to them do not affect the
// Assessor.
//
// New returns [policy.ErrNoParams] when given no set or a nil one, the
// errors of [Params.Validate] (prefixed with the set's year when given
// several), and a [policy.FieldError] at "year" for two sets of one year.
func New(sets ...*Params) (*Assessor, error) {
	if len(sets) == 0 {
		return nil, policy.ErrNoParams
	}
	a := &Assessor{sets: make([]*set, 0, len(sets))}
	for _, p := range sets {
		if p == nil {
			return nil, policy.ErrNoParams
		}
		s, err := newSet(p)
		if err != nil {
			if len(sets) > 1 {
				return nil, fmt.Errorf("parameter set %d: %w", p.Year, err)
			}
			return nil, err
		}
		if slices.ContainsFunc(a.sets, func(t *set) bool { return t.params.Year == p.Year }) {
			return nil, policy.Path("year").Duplicate(fmt.Sprint(p.Year), "is the year of two parameter sets")
		}
		a.sets = append(a.sets, s)
	}
	slices.SortFunc(a.sets, func(x, y *set) int { return x.params.Year - y.params.Year })
	return a, nil
}

func newSet(p *Params) (*set, error) {
	s := &set{params: p.clone()}
	q := &s.params
	q.pushDown()
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var err error
	// Validate has checked every programme's parameters, so the
	// programmes' New cannot fail here; their errors are kept all the same.
	if s.lowIncome, err = lowincome.New(&q.LowIncome); err != nil {
		return nil, err
	}
	if s.tekun, err = tekun.New(&q.Tekun); err != nil {
		return nil, err
	}
	if s.disability, err = disability.New(&q.Disability); err != nil {
		return nil, err
	}
	if s.medical, err = medical.New(&q.Medical); err != nil {
		return nil, err
	}
	if s.temporary, err = temporary.New(&q.Temporary); err != nil {
		return nil, err
	}
	s.standard = q.LowIncome.Standard.Value
	tk, err := q.Tekun.Checks(s.standard)
	if err != nil {
		return nil, err
	}
	s.checks = append([]policy.Check{q.LowIncome.CheckTwoLines()}, tk...)
	return s, nil
}

// pushDown writes the set's rounding into every programme.
func (p *Params) pushDown() {
	p.LowIncome.Rounding = p.Rounding
	p.Tekun.Rounding = p.Rounding
	p.Disability.Rounding = p.Rounding
	p.Medical.Rounding = p.Rounding
	p.Temporary.Rounding = p.Rounding
}

// Years returns the years of the sets, ascending.
func (a *Assessor) Years() []int {
	ys := make([]int, len(a.sets))
	for i, s := range a.sets {
		ys[i] = s.params.Year
	}
	return ys
}

// Params returns a copy of the parameter set in force on date on. It
// returns the error of [Assessor.Assess] for a date no set covers.
func (a *Assessor) Params(on household.Date) (*Params, error) {
	s, err := a.setFor(on)
	if err != nil {
		return nil, err
	}
	p := s.params.clone()
	return &p, nil
}

// clone returns a copy of p that shares nothing mutable with it: the
// tables (maps) of the programmes are copied too.
func (p *Params) clone() Params {
	q := *p
	q.LowIncome.Counted = maps.Clone(p.LowIncome.Counted)
	q.Temporary.Multiple = maps.Clone(p.Temporary.Multiple)
	q.Temporary.Form = maps.Clone(p.Temporary.Form)
	return q
}

// setFor returns the set in force on date on (section 0: the set of the
// date's year), or an error naming the years loaded.
func (a *Assessor) setFor(on household.Date) (*set, error) {
	if !on.Valid() {
		return nil, policy.Path("date").Invalid(on.String(), "is not a valid assessment date")
	}
	for _, s := range a.sets {
		if s.params.Year == on.Year {
			return s, nil
		}
	}
	ys := make([]string, len(a.sets))
	for i, s := range a.sets {
		ys[i] = fmt.Sprint(s.params.Year)
	}
	return nil, fmt.Errorf("%w (%w)", policy.Path("date").Invalid(on.String(),
		"is not covered by any parameter set (loaded: "+strings.Join(ys, ", ")+")"), policy.ErrNoParams)
}

// Assess assesses household h as of date on under the parameter set in
// force on that date, under every programme, and returns its breakdown
// (section 3). The record is validated once, here, and each programme
// takes it as checked. The hand-offs between programmes happen in
// [set.assess] and nowhere else.
//
// Assess returns an error wrapping [policy.ErrNoParams] for a date no set
// covers (naming the years loaded), and otherwise the errors of checking
// the record ([household.Household.Check]) and of the programmes'
// assessments: each a [policy.FieldError] (wrapping [policy.ErrInvalid])
// naming the field path of a bad value, e.g.
// "members[2].disability.grade: 5 is not 1–4". It does not modify h.
func (a *Assessor) Assess(h *household.Household, on household.Date) (*Breakdown, error) {
	if h == nil {
		return nil, policy.Path("household").Required("is missing")
	}
	s, err := a.setFor(on)
	if err != nil {
		return nil, err
	}
	c, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	b := &Breakdown{Household: h.ID, Township: h.Township, Village: h.Village, Date: on, Year: s.params.Year}
	if err := s.assess(c, policy.Year, b); err != nil {
		return nil, err
	}
	b.Referrals = referrals(h)
	b.checks = s.checks
	b.Totals = totalsOf(b.Lines)
	b.Provisional = provisionalOf(b.Lines)
	return b, nil
}

// Assess assesses household h as of date on under the parameter set p: see
// [Assessor.Assess]. It validates p on every call; a service assessing
// many households builds an [Assessor] once with [New].
//
// Assess returns the errors of [New] and of [Assessor.Assess].
func Assess(h *household.Household, on household.Date, p *Params) (*Breakdown, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(h, on)
}

// assess runs every programme over the months of period, in the order the
// programmes depend on one another, and appends their outcomes to b:
//
//   - 2.1, 2.2.3: the 低保 household, 特困 members left out of it (section
//     0); 2.2.1–2.2.2: each 特困 member assessed alone;
//   - 2.2.4 and 2.3.2: the 低保 outcome (covered or not) decides the
//     disability living subsidy and the medical-aid groups;
//   - 2.4.1–2.4.2: temporary aid's maximum is a multiple of S/12, and 救急难
//     compares the medical out-of-pocket left after aid with the counted
//     income I.
func (s *set) assess(c household.Checked, period policy.Period, b *Breakdown) error {
	low, err := s.lowIncome.Assess(c, lowincome.Inputs{Period: period})
	if err != nil {
		return err
	}
	tk, err := s.tekun.Assess(c, tekun.Inputs{Period: period})
	if err != nil {
		return err
	}
	dis, err := s.disability.Assess(c, disability.Inputs{Period: period, LowIncome: low.Covered()})
	if err != nil {
		return err
	}
	med, err := s.medical.Assess(c, medical.Inputs{Period: period, LowIncome: low.Covered()})
	if err != nil {
		return err
	}
	tmp, err := s.temporary.Assess(c, temporary.Inputs{Period: period, Standard: s.standard,
		HouseholdIncome: low.Income(), MedicalRemaining: med.Remaining()})
	if err != nil {
		return err
	}
	outcomes := [...]*policy.Assessment{&low.Assessment, &tk.Assessment, &dis.Assessment, &med.Assessment,
		&tmp.Assessment}
	var lines, decisions, findings int
	for _, o := range outcomes {
		lines, decisions, findings = lines+len(o.Lines), decisions+len(o.Decisions), findings+len(o.Findings)
	}
	b.Grow(lines, decisions, findings)
	for _, o := range outcomes {
		b.Append(o)
	}
	b.size, b.income, b.Assets = low.Size(), low.IncomeFen(), low.Assets()
	return nil
}
