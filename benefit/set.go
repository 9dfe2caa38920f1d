package benefit

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Assessor assesses households under one or more validated parameter sets:
// a date is assessed when a set is in force on it, and each month of its
// year under the set in force on the month's first day (section 0). [New]
// validates every set once and builds each programme's Assessor; an
// Assessor is read-only afterwards and safe for concurrent use.
type Assessor struct {
	sets  []*set     // by year, ascending
	years []yearRuns // each year's runs, worked out once by New
}

// yearRuns is a year split into runs of months by the set in force, and
// for each programme into the runs in which its own parameters do not
// change, worked out once by [New].
type yearRuns struct {
	year int
	all  runs // by the set in force
	// Each programme's runs: consecutive runs of all whose sets give the
	// programme the same parameters are one run, under the first of them,
	// so that a mid-year set that changes one programme leaves the others'
	// years whole (section 0: a line splits only where the value of a
	// parameter it reads changes).
	low, tekun, disability, medical, temporary runs
	// assessed is the run of months some set is in force in.
	assessed policy.Period
	inForce
}

// inForce is what a breakdown names of the sets in force in its year: every
// set, by start, and the year's checks: the sets' (checksOf: once each, or
// once per run of months where the sets check differently), then
// [CheckMonthsInForce] when some months have no set. A breakdown shares its
// year's, and hands out copies only.
type inForce struct {
	sets   []SetUsed
	checks []policy.Check
	gaps   uint16 // the months no set is in force, bit m for month m
}

// runs is up to twelve runs of months of one year, in order.
type runs struct {
	rs [12]run
	n  int
}

// list returns the runs.
func (r *runs) list() []run { return r.rs[:r.n] }

// set is one validated parameter set with its programmes' Assessors.
type set struct {
	params     Params
	lowIncome  *lowincome.Assessor
	tekun      *tekun.Assessor
	disability *disability.Assessor
	medical    *medical.Assessor
	temporary  *temporary.Assessor
	checks     []policy.Check
	name       []SetUsed // the set as a breakdown names it
}

// New validates each parameter set and returns an Assessor for them, the
// sets in order of their start. A set is in force from its start (the
// first day of a month, 1 January unless it says "from") until the next
// set's start or the end of its own year, so one year may have several
// sets (a standard raised from July); each month is assessed under the set
// in force on its first day (RULES.md section 0). A month before the first
// set of its year has no set and is not assessed: every breakdown of that
// year carries the check [CheckMonthsInForce], not assessed, naming those
// months. New copies the sets, so later changes to them do not affect the
// Assessor.
//
// New returns an error wrapping [policy.ErrNoParams] when given no set or
// a nil one, the errors of [Params.Validate] (prefixed with the day the
// set comes into force when given several, "parameter set from
// 2017-07-01: …", as a year may have more than one), and a
// [policy.FieldError] at "from" for two sets that start on the same day.
func New(sets ...*Params) (*Assessor, error) {
	if len(sets) == 0 {
		return nil, noSet("benefit: New was given no parameter set (benefit.Default2017() is the built-in one)")
	}
	a := &Assessor{sets: make([]*set, 0, len(sets))}
	for i, p := range sets {
		if p == nil {
			return nil, noSet(fmt.Sprintf("benefit: parameter set %d of %d given to New is nil", i+1, len(sets)))
		}
		s, err := newSet(p)
		if err != nil {
			if len(sets) > 1 {
				return nil, fmt.Errorf("parameter set from %s: %w", p.Start(), err)
			}
			return nil, err
		}
		if slices.ContainsFunc(a.sets, func(t *set) bool { return t.params.Start() == p.Start() }) {
			return nil, policy.Path("from").Duplicate(p.Start().String(), "is the start of two parameter sets")
		}
		a.sets = append(a.sets, s)
	}
	slices.SortFunc(a.sets, func(x, y *set) int { return x.params.Start().Compare(y.params.Start()) })
	for _, y := range a.Years() {
		a.years = append(a.years, a.splitYear(y))
	}
	return a, nil
}

// noSet is New's error for a set it was not given: it says so in its own
// words, where the words of policy.ErrNoParams, which it wraps, speak of a
// date no set covers.
type noSet string

func (e noSet) Error() string { return string(e) }

// Unwrap returns [policy.ErrNoParams].
func (e noSet) Unwrap() error { return policy.ErrNoParams }

func newSet(p *Params) (*set, error) {
	s := &set{params: p.clone()}
	q := &s.params
	q.Normalize()
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
	s.name = []SetUsed{{Year: q.Year, From: q.Start(), Name: q.Name}}
	return s, nil
}

// pushDown writes the set's rounding into every programme, and the 低保
// standard S into temporary aid, whose maxima are multiples of it (2.4.1).
func (p *Params) pushDown() {
	p.LowIncome.Rounding = p.Rounding
	p.Tekun.Rounding = p.Rounding
	p.Disability.Rounding = p.Rounding
	p.Medical.Rounding = p.Rounding
	p.Temporary.Rounding = p.Rounding
	p.Temporary.Standard = p.LowIncome.Standard
}

// checksOf returns the checks of the sets in force in runs, in the order of
// the first set's, each check of a name followed by the same check of later
// months, each once with the months it holds for (section 0: each period is assessed
// under its own parameters, checks included): a check alike in two runs
// in a row, but for the provenance and source of its parameters, is one
// over both ([policy.Check.Join]). A check that holds for every month some set
// is in force in — every — names no months, so a year under one set, or
// under sets that check alike, reads as it always has.
func checksOf(runs []run, every policy.Period) []policy.Check {
	var checks []policy.Check
	for _, r := range runs {
		for _, c := range r.set.checks {
			c := c.InPeriod(r.period)
			joined := false
			for i := range checks {
				if checks[i], joined = checks[i].Join(c); joined {
					break
				}
			}
			if joined {
				continue
			}
			// After the same check of the months before, if any.
			at := len(checks)
			for k, d := range checks {
				if d.Name() == c.Name() {
					at = k + 1
				}
			}
			checks = slices.Insert(checks, at, c)
		}
	}
	for i, c := range checks {
		if c.Period() == every {
			checks[i] = c.InPeriod(policy.Period{})
		}
	}
	return checks
}

// With returns an Assessor for a's parameter sets with sets put in: each
// of a's sets that starts on the same day as one of sets is replaced by
// it, and the others are added. It is how a reform is built from the
// baseline: a set raising S from July, put into the built-in 2017 set,
// leaves January–June under the baseline's set and assesses July–December
// under the reform's (a line that splits at July pays January–June as a
// period of its own, rounded once, so a month's cash there may differ from
// the baseline's by a few fen, June above all, which pays the rest of
// January–June: section 0), where an Assessor of the July set alone would assess
// no month before July. A set of a that starts later than one put in
// still takes over from its start: put a July set into sets from January
// and October, and the July set is in force July–September. a is not
// changed.
//
// With returns the errors of [New] for the sets it puts together, and one
// wrapping [policy.ErrNoParams] for a nil or zero a.
func (a *Assessor) With(sets ...*Params) (*Assessor, error) {
	switch {
	case a == nil:
		return nil, errNilAssessor
	case len(a.sets) == 0:
		return nil, errZeroAssessor
	}
	all := make([]*Params, 0, len(a.sets)+len(sets))
	for _, s := range a.sets {
		if !slices.ContainsFunc(sets, func(p *Params) bool { return p != nil && p.Start() == s.params.Start() }) {
			all = append(all, &s.params)
		}
	}
	return New(append(all, sets...)...)
}

// errNilAssessor is the error of every method of a nil *Assessor that
// needs a parameter set.
var errNilAssessor = fmt.Errorf("benefit: a nil *Assessor has no parameter set (use New): %w", policy.ErrNoParams)

// errZeroAssessor is the same error for the zero Assessor.
var errZeroAssessor = fmt.Errorf("benefit: the zero Assessor has no parameter set (use New): %w", policy.ErrNoParams)

// Years returns the years the sets cover, ascending, each once: none for
// a nil or zero Assessor.
func (a *Assessor) Years() []int {
	if a == nil {
		return nil
	}
	var ys []int
	for _, s := range a.sets {
		if n := len(ys); n == 0 || ys[n-1] != s.params.Year {
			ys = append(ys, s.params.Year)
		}
	}
	return ys
}

// Checks returns the checks of the parameter sets of the year of on, as
// every breakdown of that year carries them ([Breakdown.Checks]): the two
// lines merged (2.1.1), the 特困 minimums and quotas and the care share
// (2.2.1–2.2.2), each naming its months where sets differ, and the months
// no set is in force in. A failing check is a finding for the county that
// holds whatever household is assessed, so a budget or a service can report
// it once. Checks returns the error of [Assessor.Assess] for a date no set
// covers.
func (a *Assessor) Checks(on household.Date) ([]policy.Check, error) {
	if _, err := a.setFor(on); err != nil {
		return nil, err
	}
	return slices.Clone(a.year(on).checks), nil
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
	q.Disability.Living.ByHardship = maps.Clone(p.Disability.Living.ByHardship)
	q.Disability.Nursing.ByHardship = maps.Clone(p.Disability.Nursing.ByHardship)
	return q
}

// setFor returns the set in force on date on, or an error naming the years
// loaded (section 0: a set is in force from its start until the next set's
// start or the end of its own year).
func (a *Assessor) setFor(on household.Date) (*set, error) {
	if a == nil {
		return nil, errNilAssessor
	}
	if !on.Valid() {
		return nil, policy.Path("date").Invalid(on.String(), "is not a valid assessment date")
	}
	if s := a.inForce(on); s != nil {
		return s, nil
	}
	if len(a.sets) == 0 {
		return nil, errZeroAssessor
	}
	ys := make([]string, 0, len(a.sets))
	for _, y := range a.Years() {
		ys = append(ys, fmt.Sprint(y))
	}
	return nil, fmt.Errorf("%w (%w)", policy.Path("date").Invalid(on.String(),
		"is not covered by any parameter set (loaded: "+strings.Join(ys, ", ")+")"), policy.ErrNoParams)
}

// covers returns the error of [Assessor.Assess] for a date on that no set
// of a covers, or for a nil or zero a, and nil when a set is in force on
// it: a run over many households refuses such a date once, up front.
func (a *Assessor) covers(on household.Date) error {
	_, err := a.setFor(on)
	return err
}

// inForce returns the set in force on day d, or nil.
func (a *Assessor) inForce(d household.Date) *set {
	var in *set
	for _, s := range a.sets {
		if s.params.Year == d.Year && !s.params.Start().After(d) {
			in = s // sets are in start order: the last that has started
		}
	}
	return in
}

// run is a run of months of the year in which one set is in force.
type run struct {
	set    *set
	period policy.Period
}

// year returns the runs of the year of on; the year has a set (setFor has
// found one).
func (a *Assessor) year(on household.Date) *yearRuns {
	for i := range a.years {
		if a.years[i].year == on.Year {
			return &a.years[i]
		}
	}
	y := a.splitYear(on.Year) // not reached: New works out every year's runs
	return &y
}

// splitYear splits a year into runs of months by the set in force on each
// month's first day (section 0), and each programme's runs by the
// parameters it reads. Months no set covers are left out of the runs and
// named by the year's check [CheckMonthsInForce], not assessed, which every
// breakdown of the year carries.
func (a *Assessor) splitYear(year int) yearRuns {
	y := yearRuns{year: year}
	var gaps uint16 // bit m: month m has no set in force
	for m := time.January; m <= time.December; m++ {
		s := a.inForce(household.NewDate(year, m, 1))
		switch {
		case s == nil:
			gaps |= 1 << m
		case y.all.n > 0 && y.all.rs[y.all.n-1].set == s && y.all.rs[y.all.n-1].period.To == m-1:
			y.all.rs[y.all.n-1].period.To = m
		default:
			y.all.rs[y.all.n] = run{set: s, period: policy.Month(m)}
			y.all.n++
			y.sets = append(y.sets, s.name[0])
		}
	}
	y.assessed = monthsInForce(gaps)
	y.checks = checksOf(y.all.list(), y.assessed)
	if gaps != 0 {
		y.checks = append(y.checks, checkMonthsInForce(year, gaps))
	}
	y.gaps = gaps
	y.low = y.all.joined(func(s *set) any { return s.params.LowIncome })
	y.tekun = y.all.joined(func(s *set) any { return s.params.Tekun })
	y.disability = y.all.joined(func(s *set) any { return s.params.Disability })
	y.medical = y.all.joined(func(s *set) any { return s.params.Medical })
	// Temporary aid's parameters hold the 低保 standard too (2.4.1).
	y.temporary = y.all.joined(func(s *set) any { return s.params.Temporary })
	return y
}

// joined returns the runs with consecutive runs whose sets give the same
// parameters (of) joined into one, under the first set.
func (r *runs) joined(of func(*set) any) runs {
	var j runs
	for _, x := range r.list() {
		if last := &j.rs[max(j.n-1, 0)]; j.n > 0 && last.period.To+1 == x.period.From &&
			reflect.DeepEqual(of(last.set), of(x.set)) {
			last.period.To = x.period.To
			continue
		}
		j.rs[j.n] = x
		j.n++
	}
	return j
}
