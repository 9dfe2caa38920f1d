package benefit

import (
	"errors"
	"fmt"
	"iter"
	"sync"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Records is a stream of input records and how to read a household from
// each: the records may be households already ([Compare] reads them as
// they are), lines of JSON (Read decodes one, on the worker that assesses
// it, so decoding runs on every core too) or indexes into a generator
// (Read generates the record). Read returns the record's errors; Failed,
// when set, is told of each record that could not be read or assessed,
// with its error, in input order and on the goroutine that runs the
// comparison or budget. Release, when set, is given back every household
// Read returned, once it has been added or has failed, on the worker that
// read it: nothing of the run holds it any longer, so Read may hand it out
// again (a generator filling the same few households over and over, as
// synthetic.Generator.HouseholdInto does, allocates a fraction of what new
// ones cost). With Release set, Failed must not read a record that is the
// household itself: it may be filled again by then.
type Records[T any] struct {
	Seq     iter.Seq[T]                           // the records, in input order; nil is none
	Read    func(T) (*household.Household, error) // reads a record's household; required
	Failed  func(record T, err error)             // optional: told of each record that failed
	Release func(*household.Household)            // optional: given back each household Read returned
}

// Compare compares the reform with the baseline over the households of
// in, as of date on: see [CompareRecords]. A nil household is a record
// that cannot be assessed.
func Compare(baseline, reform *Assessor, in iter.Seq[*household.Household], on household.Date, opt BatchOptions) (*Comparison, error) {
	return CompareRecords(baseline, reform, Records[*household.Household]{Seq: in, Read: asIs}, on, opt)
}

func asIs(h *household.Household) (*household.Household, error) { return h, nil }

// CompareRecords compares the reform with the baseline over the records of
// in, as of date on, in one pass: each record is read once and assessed
// under both on one of opt.Workers goroutines, and each goroutine adds its
// households to a comparison of its own, which are merged at the end
// ([Comparison.Merge]: the result is exactly that of adding every
// household in order). At most opt.Window records are in flight, so a
// stream of any length runs in bounded memory; opt.Reuse is implied (no
// breakdown outlives its household). A record that cannot be read or
// assessed under either is counted ([Comparison.AddError]), reported to
// in.Failed, and does not stop the rest.
//
// It returns the errors of [BatchOptions.Validate], [policy.ErrNoParams]
// for a nil Assessor, the error of [Assessor.Assess] for a date on that
// either Assessor has no set for (every record would fail alike), at
// "baseline.date" or "reform.date", and a [policy.FieldError] at "read"
// when in.Read is nil.
func CompareRecords[T any](baseline, reform *Assessor, in Records[T], on household.Date, opt BatchOptions) (*Comparison, error) {
	if baseline == nil || reform == nil {
		return nil, policy.ErrNoParams
	}
	if err := errors.Join(under("baseline", baseline.covers(on)), under("reform", reform.covers(on))); err != nil {
		return nil, err
	}
	type state struct {
		c            Comparison
		base, reform Breakdown
	}
	states, err := fold(in, on, opt, func() *state { return new(state) },
		func(s *state, h *household.Household) error {
			if err := baseline.AssessInto(&s.base, h, on); err != nil {
				return err
			}
			if err := reform.AssessInto(&s.reform, h, on); err != nil {
				return err
			}
			s.c.Add(h, &s.base, &s.reform)
			return nil
		},
		func(s *state) { s.c.AddError() })
	if err != nil {
		return nil, err
	}
	c := new(Comparison)
	for _, s := range states {
		c.Merge(&s.c)
	}
	return c, nil
}

// under returns err, an error of [Assessor.covers], under which Assessor
// of a comparison it is: a field error's path below "baseline" or
// "reform" ("reform.date"), any other error prefixed so; nil for nil.
func under(which string, err error) error {
	fes := policy.FieldErrors(err)
	if len(fes) != 1 {
		if err == nil {
			return nil
		}
		return fmt.Errorf("%s: %w", which, err)
	}
	fe := *fes[0]
	fe.Path = which + "." + fe.Path
	if errors.Is(err, policy.ErrNoParams) {
		return fmt.Errorf("%w (%w)", &fe, policy.ErrNoParams)
	}
	return &fe
}

// BudgetRecords is the budget of the records of in under a, as of date on,
// run as [CompareRecords] runs a comparison: each record read and assessed
// on one of opt.Workers goroutines, each goroutine's budget merged at the
// end ([Budget.Merge]), a failed record counted ([Budget.AddError]) and
// reported to in.Failed. It returns the errors of CompareRecords.
func BudgetRecords[T any](a *Assessor, in Records[T], on household.Date, opt BatchOptions) (*Budget, error) {
	if a == nil {
		return nil, policy.ErrNoParams
	}
	if err := a.covers(on); err != nil {
		return nil, err
	}
	type state struct {
		b  Budget
		br Breakdown
	}
	states, err := fold(in, on, opt, func() *state { return new(state) },
		func(s *state, h *household.Household) error {
			if err := a.AssessInto(&s.br, h, on); err != nil {
				return err
			}
			s.b.Add(h, &s.br)
			return nil
		},
		func(s *state) { s.b.AddError() })
	if err != nil {
		return nil, err
	}
	b := new(Budget)
	for _, s := range states {
		b.Merge(&s.b)
	}
	return b, nil
}

// failure is a record that could not be read or assessed, on its way to
// Records.Failed.
type failure[T any] struct {
	record T
	err    error
}

// fold reads and adds every record of in on the batch's workers (the
// ordered pipeline of [Assessor.Batch]), each worker goroutine into a
// state of its own, so that no two goroutines ever share one, and returns
// the states. add adds a household; fail counts a failed record.
func fold[T, S any](in Records[T], on household.Date, opt BatchOptions, newState func() *S,
	add func(*S, *household.Household) error, fail func(*S)) ([]*S, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if in.Read == nil {
		return nil, policy.Path("read").Required("is missing: records need a function to read a household")
	}
	seq := in.Seq
	if seq == nil {
		seq = func(func(T) bool) {}
	}
	var (
		mu  sync.Mutex
		all []*S
	)
	worker := func() *S {
		s := newState()
		mu.Lock()
		all = append(all, s)
		mu.Unlock()
		return s
	}
	for f := range orderedBy(seq, opt, worker, func(s *S, _ int, record T) *failure[T] {
		h, err := in.Read(record)
		if err == nil && h == nil {
			err = policy.Path("household").Required("is missing")
		}
		if err == nil {
			err = add(s, h)
		}
		if h != nil && in.Release != nil {
			in.Release(h)
		}
		if err != nil {
			fail(s)
			return &failure[T]{record: record, err: err}
		}
		return nil
	}) {
		if f != nil && in.Failed != nil {
			in.Failed(f.record, f.err)
		}
	}
	return all, nil
}
