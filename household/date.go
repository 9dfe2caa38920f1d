package household

import (
	"fmt"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// Date is a calendar date with no time of day, written "2006-01-02". The
// zero Date is missing.
type Date struct {
	Year  int        // the year, 1900–9999 in a valid date
	Month time.Month // January to December
	Day   int        // the day of the month, from 1
}

// NewDate returns the date y-m-d; it does not normalise, so check with
// [ParseDate] or [Date.Valid] when the parts come from outside.
func NewDate(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

// ParseDate parses "2006-01-02" and rejects dates that do not exist.
func ParseDate(s string) (Date, error) {
	d, ok := parseDate(s)
	if !ok {
		return Date{}, badDate(s)
	}
	return d, nil
}

// badDate is the error of s, which parseDate refused: written wrong, or
// written right but naming a month or day that does not exist.
func badDate(s string) error {
	detail := "is not a date YYYY-MM-DD"
	if y, m, _, ok := dateParts(s); ok {
		switch {
		case m < time.January || m > time.December:
			detail = fmt.Sprintf("has no month %02d: a date is YYYY-MM-DD", int(m))
		default:
			detail = fmt.Sprintf("is not a day of the calendar: %s %04d has days 01 to %d", m, y, daysIn(y, m))
		}
	}
	return &policy.FieldError{Type: policy.ErrorInvalid, Value: policy.Quote(s), Detail: detail}
}

// parseDate reads exactly what time.Parse(time.DateOnly, s) reads — four
// digits, a hyphen, a month of two digits 01–12, a hyphen, a day of two
// digits that exists in that month of that (Gregorian) year, nothing more
// — without its cost.
func parseDate[S ~string | ~[]byte](s S) (Date, bool) {
	y, m, d, ok := dateParts(s)
	if !ok || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{Year: y, Month: m, Day: d}, true
}

// dateParts reads the year, month and day of s when it is written
// YYYY-MM-DD, whether or not they exist.
func dateParts[S ~string | ~[]byte](s S) (y int, m time.Month, d int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	n := 0
	for _, c := range []byte{s[0], s[1], s[2], s[3], s[5], s[6], s[8], s[9]} {
		if c < '0' || c > '9' {
			return 0, 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n / 10000, time.Month(n / 100 % 100), n % 100, true
}

// IsZero reports whether d is the zero (missing) date.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real calendar date from year 1900 to 9999.
func (d Date) Valid() bool {
	if d.Year < 1900 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

// daysIn returns the days in month m of year y (Gregorian calendar).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// String writes d as "2006-01-02".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// MarshalText writes d as "2006-01-02".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "2006-01-02".
func (d *Date) UnmarshalText(b []byte) error {
	v, ok := parseDate(b)
	if !ok {
		return badDate(string(b))
	}
	*d = v
	return nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AgeOn returns the full years from d (a birth date) to on (RULES.md
// section 0: ages are full years on the assessment date). A person born on
// 29 February has a birthday on 1 March in common years.
func (d Date) AgeOn(on Date) int {
	age := on.Year - d.Year
	if on.Month < d.Month || (on.Month == d.Month && on.Day < d.Day) {
		age--
	}
	return age
}
