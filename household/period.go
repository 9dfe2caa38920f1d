package household

import (
	"fmt"
	"strconv"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// YearMonth is a month of a year, written "2017-07". The zero YearMonth is
// missing.
type YearMonth struct {
	Year  int        // the year, 1900–9999 in a valid month
	Month time.Month // January to December
}

// NewYearMonth returns the month m of year y.
func NewYearMonth(y int, m time.Month) YearMonth { return YearMonth{Year: y, Month: m} }

// IsZero reports whether ym is the zero (missing) month.
func (ym YearMonth) IsZero() bool { return ym == YearMonth{} }

// Valid reports whether ym is a month of a year from 1900 to 9999.
func (ym YearMonth) Valid() bool {
	return ym.Year >= 1900 && ym.Year <= 9999 && ym.Month >= time.January && ym.Month <= time.December
}

// String writes ym as "2017-07".
func (ym YearMonth) String() string { return fmt.Sprintf("%04d-%02d", ym.Year, int(ym.Month)) }

// MarshalText writes ym as "2017-07".
func (ym YearMonth) MarshalText() ([]byte, error) { return []byte(ym.String()), nil }

// UnmarshalText reads "2017-07" and rejects anything else.
func (ym *YearMonth) UnmarshalText(b []byte) error {
	if len(b) != 7 || b[4] != '-' {
		return badMonth(b)
	}
	y, err1 := strconv.Atoi(string(b[:4]))
	m, err2 := strconv.Atoi(string(b[5:]))
	v := YearMonth{Year: y, Month: time.Month(m)}
	if err1 != nil || err2 != nil || b[0] == '+' || b[5] == '+' || !v.Valid() {
		return badMonth(b)
	}
	*ym = v
	return nil
}

func badMonth(b []byte) error {
	return &policy.FieldError{Type: policy.ErrorInvalid, Value: policy.Quote(string(b)), Detail: "is not a month YYYY-MM"}
}

// index numbers months in sequence, so that consecutive months differ by one.
func (ym YearMonth) index() int { return ym.Year*12 + int(ym.Month) - 1 }

// MonthPeriod is a run of whole months a record covers, From to To
// inclusive (section 0): a household's 低保 months, a member's 特困 support
// or a disability certificate's months. To may be left out for an open end.
// On the wire: {"from": "2017-07", "to": "2017-12"}.
type MonthPeriod struct {
	From YearMonth `json:"from" required:"true"` // the first month covered; required
	To   YearMonth `json:"to,omitzero"`          // the last month covered, not before From; zero for an open end
}

// In returns the months of year that p covers, clipped to the year, and
// false when it covers none of them (a period wholly outside the year means
// no coverage that year). A nil period covers the whole year.
func (p *MonthPeriod) In(year int) (policy.Period, bool) {
	if p == nil {
		return policy.Year, true
	}
	first, last := NewYearMonth(year, time.January).index(), NewYearMonth(year, time.December).index()
	from, to := max(p.From.index(), first), last
	if !p.To.IsZero() {
		to = min(p.To.index(), last)
	}
	if from > to {
		return policy.Period{}, false
	}
	return policy.Period{From: time.Month(from-first) + 1, To: time.Month(to-first) + 1}, true
}

// Covers reports whether p covers month m of year; a nil period covers
// every month (a certificate's, 特困 support's or the household's 低保
// months, section 0).
func (p *MonthPeriod) Covers(year int, m time.Month) bool {
	run, ok := p.In(year)
	return ok && run.Contains(m)
}

// validate reports a missing or bad month, or a reversed period.
func (v *validator) period(field string, p *MonthPeriod) {
	if p == nil {
		return
	}
	v.enter(field, -1)
	switch {
	case p.From.IsZero():
		v.required("from", "is required")
	case !p.From.Valid():
		v.fail("from", p.From.String(), "is not a month from 1900-01 to 9999-12")
	}
	if !p.To.IsZero() && !p.To.Valid() {
		v.fail("to", p.To.String(), "is not a month from 1900-01 to 9999-12")
	}
	if p.From.Valid() && p.To.Valid() && p.To.index() < p.From.index() {
		v.fail("to", p.To.String(), "is before from "+p.From.String()+": the period is reversed")
	}
	v.leave()
}
