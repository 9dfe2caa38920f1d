package benefit

import (
	"fmt"
	"slices"
	"strings"

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
// validates every set once and builds each programme's assessor; an
// Assessor is read-only afterwards and safe for concurrent use. The lines,
// decisions and checks of different breakdowns share their Clauses and
// Params slices: treat them as read-only.
type Assessor struct {
	sets []*set // by year, ascending
}

// set is one validated parameter set with its programmes' assessors.
type set struct {
	params     Params
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
			return nil, policy.Path("year").Error(fmt.Sprint(p.Year), "is the year of two parameter sets")
		}
		a.sets = append(a.sets, s)
	}
	slices.SortFunc(a.sets, func(x, y *set) int { return x.params.Year - y.params.Year })
	return a, nil
}

func newSet(p *Params) (*set, error) {
	s := &set{params: *p}
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
	tk, err := q.Tekun.Checks(q.LowIncome.Standard.Value)
	if err != nil {
		return nil, err
	}
	s.checks = append([]policy.Check{q.LowIncome.CheckTwoLines()}, tk...)
	return s, nil
}

// pushDown writes the set's Year and Rounding into every programme.
func (p *Params) pushDown() {
	p.LowIncome.Rounding = p.Rounding
	p.Tekun.Year, p.Tekun.Rounding = p.Year, p.Rounding
	p.Disability.Year, p.Disability.Rounding = p.Year, p.Rounding
	p.Medical.Year, p.Medical.Rounding = p.Year, p.Rounding
	p.Temporary.Year, p.Temporary.Rounding = p.Year, p.Rounding
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
	p := s.params
	return &p, nil
}

func (a *Assessor) setFor(on household.Date) (*set, error) {
	if !on.Valid() {
		return nil, policy.Path("date").Error(on.String(), "is not a valid assessment date")
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
	return nil, fmt.Errorf("%w (%w)", policy.Path("date").Error(on.String(),
		"is not covered by any parameter set (loaded: "+strings.Join(ys, ", ")+")"), policy.ErrNoParams)
}

// Assess assesses household h as of date on under the parameter set in
// force on that date, under every programme, and returns its breakdown
// (POLICY.md section 3). The hand-offs between programmes happen here and
// nowhere else:
//
//   - a member under 特困 support is outside the 低保 household (section 0,
//     2.1): lowincome leaves the member out and tekun assesses the member
//     alone;
//   - the 低保 outcome (covered or not) decides the disability living
//     subsidy (2.2.4) and the medical-aid groups (2.3.2);
//   - the 低保 standard S and the household's counted income I, with the
//     medical out-of-pocket left after medical aid (2.3.4), go to temporary
//     aid for its maximum (2.4.1) and the 救急难 flags (2.4.2);
//   - needs the record shows that other departments decide become
//     referrals, not amounts (clause 3.2).
//
// Assess returns an error wrapping [policy.ErrNoParams] for a date no set
// covers (naming the years loaded), and otherwise the errors of the
// programmes' assessments: a [policy.FieldError] (wrapping
// [policy.ErrInvalid]) naming the field path of each bad value of the
// record, e.g. "members[2].disability.grade: 5 is not 1–4". It does not
// modify h.
func (a *Assessor) Assess(h *household.Household, on household.Date) (*Breakdown, error) {
	if h == nil {
		return nil, policy.Path("household").Error("", "is missing")
	}
	s, err := a.setFor(on)
	if err != nil {
		return nil, err
	}
	return s.assess(h, on)
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

func (s *set) assess(h *household.Household, on household.Date) (*Breakdown, error) {
	// The record is validated once here; each programme takes it as
	// checked.
	v, err := h.Check(on)
	if err != nil {
		return nil, err
	}
	// 2.1, 2.2.3: the 低保 household, 特困 members left out (section 0).
	low, err := s.lowIncome.AssessValid(v)
	if err != nil {
		return nil, err
	}
	// 2.2.1–2.2.2: each 特困 member assessed alone.
	tk, err := s.tekun.AssessValid(v)
	if err != nil {
		return nil, err
	}
	covered := low.Decision.Outcome.Covered()
	// 2.2.4: the living subsidy follows the 低保 outcome.
	dis, err := s.disability.AssessValid(v, disability.Inputs{LowIncome: covered})
	if err != nil {
		return nil, err
	}
	// 2.3.2: 低保 members are key recipients of medical aid.
	med, err := s.medical.AssessValid(v, medical.Inputs{LowIncome: covered})
	if err != nil {
		return nil, err
	}
	// 2.4.1–2.4.2: the maximum is a multiple of S/12; 救急难 compares the
	// medical out-of-pocket left after aid with the counted income I.
	tmp, err := s.temporary.AssessValid(v, temporary.Inputs{
		Standard:         s.params.LowIncome.Standard.Value,
		HouseholdIncome:  low.Income,
		MedicalRemaining: med.Remaining,
	})
	if err != nil {
		return nil, err
	}

	b := &Breakdown{
		Household: h.ID, Township: h.Township, Village: h.Village,
		Date: on, Year: s.params.Year,
	}
	nl := len(low.Lines) + len(dis.Lines) + len(med.Lines) + len(tmp.Lines)
	for _, r := range tk {
		nl += len(r.Lines)
	}
	b.Lines = make([]policy.Line, 0, nl)
	b.Lines = append(b.Lines, low.Lines...)
	for _, r := range tk {
		b.Lines = append(b.Lines, r.Lines...)
	}
	b.Lines = append(b.Lines, dis.Lines...)
	b.Lines = append(b.Lines, med.Lines...)
	b.Lines = append(b.Lines, tmp.Lines...)

	b.Decisions = make([]policy.Decision, 0, 1+len(tk)+2*len(dis.Members)+len(med.Members))
	b.Decisions = append(b.Decisions, low.Decision)
	for _, r := range tk {
		b.Decisions = append(b.Decisions, r.Decision)
	}
	for i := range dis.Members {
		b.Decisions = append(b.Decisions, dis.Members[i].Living, dis.Members[i].Nursing)
	}
	for i := range med.Members {
		b.Decisions = append(b.Decisions, med.Members[i].Decision)
	}

	nf := len(low.Findings) + len(dis.Findings) + len(tmp.Findings)
	for _, r := range tk {
		nf += len(r.Findings)
	}
	if nf > 0 {
		b.Findings = make([]policy.Finding, 0, nf)
		b.Findings = append(b.Findings, low.Findings...)
		for _, r := range tk {
			b.Findings = append(b.Findings, r.Findings...)
		}
		b.Findings = append(b.Findings, dis.Findings...)
		b.Findings = append(b.Findings, tmp.Findings...)
	}

	b.Referrals = referrals(h)
	b.Assets = low.Assets
	b.Checks = s.checks
	b.Totals = totalsOf(b.Lines)
	b.Provisional = provisionalOf(b.Lines)
	return b, nil
}
