package temporary

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the run
// of months it covers, and the figures temporary aid takes from other
// programmes, as plain values (this package imports no other programme).
//
// A year split into runs by parameter sets (section 0) is assessed one run
// at a time: the caller runs the Assessor of each run's set ([New] of
// parameters whose [Params.Standard] is that set's S) with the run as
// Inputs.Period, so a fire in March pays at most 10 × 3622.00 ÷ 12 =
// 3018.33 under the 2017 standard while one in August, after a rise to
// 3912.00 on 1 July, pays at most 3260.00. Since Income counts the 特困
// support received, a 特困 person alone with no income and 3622.00 support
// is flagged with 5000.00 left to pay (1378.00 over) and not with 3000.00.
type Inputs struct {
	// Period is the run of months assessed (the zero Period is the whole
	// year), in which one parameter set is in force: an event is assessed
	// in the run that holds its month, and the 救急难 medical flag is made
	// in the run that holds the assessment date's month.
	Period policy.Period
	// InForce is the run of months of the year that some parameter set is
	// in force in (section 0), which holds Period; the zero Period is the
	// whole year. An event of a month outside it is not assessed by any
	// run, so it does not count toward the events-per-year limit.
	InForce policy.Period
	// Before is the result of the run of months just before this one in
	// the same year, for the same record (nil for the first run). The
	// events it counted toward the events-per-year limit — those of the
	// months in force up to its end whose shortfall the set of their own
	// run would pay, whatever its limit — count before this run's events,
	// so that each event counts under the rounding of the set in force in
	// its month (2.4.1, section 0). Without it, the events of the months in
	// force before Period count under this Assessor's set, as they do for
	// a year in one set. Assess reads it only while it runs: the result
	// keeps the count, not Before, so a caller may chain the runs through
	// one variable.
	Before *Result
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

// inputs are the Inputs checked and in fen, and what was taken from
// Before: whether it was given, and the events it counted.
type inputs struct {
	period, inForce   policy.Period
	income, remaining policy.Money
	chained           bool
	counted           int
}

// check checks the inputs for the record c and returns them in fen: a run
// of months within the run in force, an income and a remaining
// out-of-pocket that are not negative and have at most two places, and
// the run before (takeBefore). The income and R are sums of the record's
// amounts (and of the 特困 support), so they may be above the 10^12 元
// that bounds one amount; a sum of 10^16 元 or more (more than nine times
// the most a valid record adds up to) is an error naming the record's
// fields it adds up.
func (in *Inputs) check(c household.Checked) (inputs, error) {
	var x inputs
	var errIncome, errRemaining, errBefore error
	x.period, x.inForce = in.Period.Norm(), in.InForce.Norm()
	errPeriod := policy.CheckInForce(in.Period, in.InForce)
	x.income, errIncome = sumFen(in.Income, "inputs.income", "members[*].incomes[*].amount")
	x.remaining, errRemaining = sumFen(in.MedicalRemaining, "inputs.medical_remaining", "members[*].claims[*].compliant_cost")
	if errPeriod == nil {
		errBefore = x.takeBefore(in.Before, c)
	}
	return x, errors.Join(errPeriod, errIncome, errRemaining, errBefore)
}

// takeBefore takes from b, the result of the run before, the events it
// counted toward the limit: an error at inputs.before when b is not a
// result for the same year, household id and member ids as c, with the
// same months in force, of the run of months just before x.period.
func (x *inputs) takeBefore(b *Result, c household.Checked) error {
	if b == nil {
		return nil
	}
	const path = policy.Path("inputs.before")
	other := c.Household().CheckSameHousehold(path, b.c.Household())
	switch year := b.c.Date().Year; {
	case year != c.Date().Year:
		return path.Invalid(strconv.Itoa(year), "is a result for another year than "+strconv.Itoa(c.Date().Year))
	case other != nil:
		return other
	case b.in.inForce != x.inForce:
		return path.Invalid(b.in.inForce.String(), "is a result with other months in force than "+x.inForce.String())
	case b.in.period.To+1 != x.period.From:
		return path.Invalid(b.in.period.String(), "is not the run of months just before "+x.period.String())
	}
	x.chained, x.counted = true, b.counted
	return nil
}

// sumFen returns d, a sum of the record's amounts the caller made, in fen,
// read as policy.ComputedOf reads the library's own amounts, so that the
// lines and findings that show it are read back from their JSON: an error
// at path when it is negative or has more than two places, and one naming
// the fields it adds up (from) when it is 10^16 元 or more.
func sumFen(d decimal.Decimal, path, from policy.Path) (policy.Money, error) {
	m, ok := policy.ComputedOf(d)
	switch {
	case ok && m >= 0:
		return m, nil
	case d.IsNegative():
		return 0, policy.CheckMoney(path, d) // negative, at any size
	case d.NumDigits()+int(d.Exponent()) > 16:
		return 0, from.Invalid("", "add up to 10^16 元 or more, more than a sum may hold")
	}
	return 0, policy.CheckComputed(path, d) // below 10^16 元, so refused for its places
}

// money returns an amount validated as money in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}
