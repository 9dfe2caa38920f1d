package policy

import (
	"fmt"
	"time"
)

// Period is a run of whole months of one calendar year, From to To
// inclusive (RULES.md section 0): the months a recurring line covers, the
// month a lump sum is paid in, or the months an assessment runs through.
// The zero Period is the whole year.
type Period struct {
	From, To time.Month // the first and last month; both zero for the whole year
}

// Year is the whole year, January to December.
var Year = Period{From: time.January, To: time.December}

// Month returns the period of the single month m.
func Month(m time.Month) Period { return Period{From: m, To: m} }

// Norm returns p with the zero Period read as the whole year.
func (p Period) Norm() Period {
	if p == (Period{}) {
		return Year
	}
	return p
}

// Valid reports whether p is the zero Period or a run of months within
// January to December with From not after To.
func (p Period) Valid() bool {
	p = p.Norm()
	return p.From >= time.January && p.To <= time.December && p.From <= p.To
}

// Check returns nil when p is [Period.Valid], and else an [ErrorInvalid]
// error at path, with p as its value, saying that p is not a run of months
// of one year: the refusal of a period that every programme's Assess makes
// before assessing (RULES.md section 0).
func (p Period) Check(path Path) error {
	if p.Valid() {
		return nil
	}
	return path.Invalid(p.String(), "is not a run of months of one year")
}

// CheckInForce checks the run of months a programme assesses, run, and
// the months of the year some parameter set is in force in, inForce (the
// zero Period is the whole year for either): each must be a run of months
// ([Period.Check], at "inputs.period" and "inputs.in_force"), and run must
// lie within inForce, for the months no set is in force in are not
// assessed (RULES.md section 0). It returns the first error, or nil.
func CheckInForce(run, inForce Period) error {
	if err := run.Check("inputs.period"); err != nil {
		return err
	}
	if err := inForce.Check("inputs.in_force"); err != nil {
		return err
	}
	if r, f := run.Norm(), inForce.Norm(); r.From < f.From || r.To > f.To {
		return Path("inputs.period").Invalid(r.String(), "is not within the months in force "+f.String())
	}
	return nil
}

// Months returns how many months p covers (12 for the zero Period).
func (p Period) Months() int {
	p = p.Norm()
	return int(p.To-p.From) + 1
}

// Contains reports whether month m is in p.
func (p Period) Contains(m time.Month) bool {
	p = p.Norm()
	return p.From <= m && m <= p.To
}

// Intersect returns the months in both p and q, and false when they share
// none.
func (p Period) Intersect(q Period) (Period, bool) {
	p, q = p.Norm(), q.Norm()
	r := Period{From: max(p.From, q.From), To: min(p.To, q.To)}
	return r, r.From <= r.To
}

// String writes p as "01–12" (months of the year, inclusive).
func (p Period) String() string {
	p = p.Norm()
	return fmt.Sprintf("%02d–%02d", int(p.From), int(p.To))
}

// monthOf returns month number m as a time.Month.
func monthOf(m uint8) time.Month { return time.Month(m) }
