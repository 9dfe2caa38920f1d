package policy

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// RoundingMode is how [Rounding] breaks ties.
type RoundingMode string

// Rounding modes.
const (
	// HalfUp rounds half away from zero (四舍五入), RULES.md section 0's default.
	HalfUp RoundingMode = "half-up"
	// HalfEven rounds half to the even neighbour (banker's rounding).
	HalfEven RoundingMode = "half-even"
)

var roundingModes = [...]RoundingMode{HalfUp, HalfEven}

// RoundingModes returns the rounding modes, in the order above.
func RoundingModes() []RoundingMode { return slices.Clone(roundingModes[:]) }

// Valid reports whether m is one of the rounding modes above. The empty
// mode, which a [Rounding] reads as half-up, is not one.
func (m RoundingMode) Valid() bool { return slices.Contains(roundingModes[:], m) }

// UnmarshalText accepts "half-up" and "half-even".
func (m *RoundingMode) UnmarshalText(b []byte) error {
	if v := RoundingMode(b); v.Valid() {
		*m = v
		return nil
	}
	return &FieldError{Type: ErrorNotSupported, Value: Quote(string(b)), Detail: "is not half-up or half-even"}
}

// Rounding is the one rounding rule of a parameter set: each amount is
// rounded once, by it (RULES.md section 0). Places is the number of decimal
// places of the unit: 2 rounds to the fen (0.01 元), 0 to the yuan, -2 to
// 100 元. An empty mode is half-up; the zero Rounding rounds half up to the
// yuan, so sets name theirs ([DefaultRounding]).
type Rounding struct {
	Mode   RoundingMode `json:"mode"`   // how ties break; empty is half-up
	Places int32        `json:"places"` // the unit's decimal places, from 2 (the fen) to -2 (100 元)
}

// MarshalJSON writes the rounding with its mode named: an empty mode is
// written as "half-up", which it means, so that a reader requiring the
// mode (a parameter set without a base, section 0) reads it back.
func (r Rounding) MarshalJSON() ([]byte, error) {
	if r.Mode == "" {
		r.Mode = HalfUp
	}
	type plain Rounding // without this method
	return json.Marshal(plain(r))
}

// DefaultRounding is RULES.md section 0's default: half away from zero to
// 0.01 元.
var DefaultRounding = Rounding{Mode: HalfUp, Places: 2}

// Validate reports a mode other than half-up, half-even or empty, or a unit
// finer than the fen or coarser than 100 元, at path.
func (r Rounding) Validate(path Path) error {
	if r.Mode != "" && !r.Mode.Valid() {
		return path.Field("mode").NotSupported(Quote(string(r.Mode)), "is not half-up or half-even")
	}
	if r.Places > 2 || r.Places < -2 {
		return path.Field("places").Invalid(strconv.Itoa(int(r.Places)), "is not a unit from 0.01 to 100 元 (places 2 to -2)")
	}
	return nil
}

// unit returns the rounding unit in fen (1 for the fen, 100 for the yuan).
func (r Rounding) unit() uint64 {
	if r.Places > 2 || r.Places < -2 {
		return 1 // Validate rejects these; never divide by zero
	}
	return uint64(pow10[2-r.Places])
}

// Unit returns the rounding unit in fen: 1 for the fen, 100 for the yuan.
func (r Rounding) Unit() Money { return Money(r.unit()) }

// Round returns the annual rate q rounded once to the unit: the amount of a
// line that covers the whole year.
func (r Rounding) Round(q Rate) Money { return r.Prorate(q, 12) }

// Prorate returns q × months ÷ 12 rounded once to the unit (RULES.md
// section 0: a period of k months at annual rate R pays round(R × k / 12)).
// Months of 12 give the whole year's amount; months are those of a period
// within one year, so none or fewer pay 0 and more than 12 are taken as
// 12, as [Rounding.ScheduleOf] takes them.
func (r Rounding) Prorate(q Rate, months int) Money {
	if q.IsZero() || months <= 0 {
		return 0
	}
	months = min(months, 12)
	num, ok := q.num.mul(uint64(months))
	if !ok {
		panic("policy: prorating overflows its bounds")
	}
	return r.div(num, q.den*12)
}

// RoundMoney returns m rounded once to the unit: m itself when the unit is
// the fen. A negative m rounds as its magnitude does.
func (r Rounding) RoundMoney(m Money) Money {
	if m < 0 {
		return -r.RoundMoney(-m)
	}
	return r.div(u128(uint64(m)), 1)
}

// FloorMoney returns m rounded down to the unit (toward zero for a
// negative m), whatever the mode: the most a coarse unit may pay of an
// amount it must not exceed (aid never above what is left to pay, 2.3.4,
// 2.4.1). It is m itself when the unit is the fen.
func (r Rounding) FloorMoney(m Money) Money {
	u := Money(r.unit())
	return m / u * u
}

// Times returns m × k rounded once to the unit (a ratio of an amount:
// 70% of R, 10 × S).
func (r Rounding) Times(m Money, k Ratio) Money {
	if m <= 0 || k <= 0 {
		return 0
	}
	return r.Round(PerYear(m).Times(k))
}

// Floor returns q rounded down to the unit.
func (r Rounding) Floor(q Rate) Money {
	if q.IsZero() {
		return 0
	}
	u := r.unit()
	v, _ := q.num.quoRem(q.den * u)
	return Money(v.lo * u)
}

// div rounds num ÷ den fen to the unit by the mode: the one rounding of
// every amount the library makes.
func (r Rounding) div(num uint128, den uint64) Money {
	u := r.unit()
	d := den * u
	q, rem := num.quoRem(d)
	if !q.fitsInt64() {
		panic("policy: an amount overflows its bounds")
	}
	v := q.lo
	switch twice := 2 * rem; {
	case twice > d, twice == d && (r.Mode != HalfEven || v%2 == 1):
		v++
	}
	return Money(v * u)
}

// Schedule is the monthly schedule of an amount A over m months (section 0
// of the rules; m is 12 for a full year): months 1 to m−1 each pay Month
// and month m pays Last, so that the payments sum to A exactly and none is
// negative.
type Schedule struct {
	months      int
	month, last Money
}

// ScheduleOf returns the schedule of a non-negative amount a over months
// payments (1–12; anything else is taken as 12): months 1 to m−1 each pay
// min(round(a ÷ m), a ÷ (m−1) rounded down to the unit), rounded by r, and
// month m the rest (section 0). For a ≥ 0.66 元 at the fen this is
// round(a ÷ m) with the remainder in the last month (724.40 → 60.37 × 11 +
// 60.33); a tiny amount such as 0.08 pays 0.00 × 11 + 0.08, never a
// negative month. A one-month schedule pays a in its month.
func (r Rounding) ScheduleOf(a Money, months int) Schedule {
	if months < 1 || months > 12 {
		months = 12
	}
	switch {
	case months == 1:
		return Schedule{months: 1, month: a, last: a}
	case a < 0: // never a line's amount; scheduled as its magnitude
		s := r.ScheduleOf(-a, months)
		return Schedule{months: months, month: -s.month, last: -s.last}
	}
	// round(a ÷ m) and a ÷ (m−1) rounded down, in integers: a ≥ 0 fen
	// over a count.
	u := r.unit()
	month := min(r.div(u128(uint64(a)), uint64(months)), Money(uint64(a)/(uint64(months-1)*u)*u))
	return Schedule{months: months, month: month, last: a - month*Money(months-1)}
}

// Months returns the number of payments, 0 for a lump sum's empty schedule.
func (s Schedule) Months() int { return s.months }

// Month returns the regular payment of months 1 to m−1, in yuan.
func (s Schedule) Month() decimal.Decimal { return s.month.Decimal() }

// Last returns the payment of the last month, in yuan.
func (s Schedule) Last() decimal.Decimal { return s.last.Decimal() }

// MonthFen and LastFen return the same payments in fen.
func (s Schedule) MonthFen() Money { return s.month }

// LastFen returns the last month's payment in fen.
func (s Schedule) LastFen() Money { return s.last }

// Payments returns the schedule's payments in order, in yuan.
func (s Schedule) Payments() []decimal.Decimal {
	if s.months == 0 {
		return nil
	}
	p := make([]decimal.Decimal, s.months)
	for i := range s.months - 1 {
		p[i] = s.month.Decimal()
	}
	p[s.months-1] = s.last.Decimal()
	return p
}

// Total returns the sum of the payments: the scheduled amount.
func (s Schedule) Total() decimal.Decimal {
	if s.months == 0 {
		return decimal.Zero
	}
	return (s.month*Money(s.months-1) + s.last).Decimal()
}

// Split is k amounts that share one rounding: together they pay k × q over
// months rounded once, each pays q over months rounded down to the unit, and
// the units left over go one each to the first of them (2.2.3: several
// children's lines of one household). Rounding each on its own could make k
// lines gain more from a change than the one amount they stand beside loses.
type Split struct {
	each, unit Money
	extra, k   int
	next       int // the index of the next amount
	total      Money
}

// Split returns the split of k × q over months among k amounts; months are
// taken as [Rounding.Prorate] takes them.
func (r Rounding) Split(q Rate, months, k int) Split {
	if k <= 0 || q.IsZero() {
		return Split{k: k}
	}
	months = max(min(months, 12), 0)
	total := r.Prorate(q.times(uint64(k), 1), months)
	each := r.Floor(q.times(uint64(months), 12))
	return Split{each: each, unit: r.Unit(), total: total, k: k, extra: int((total - each*Money(k)) / r.Unit())}
}

// Total returns what the k amounts pay together: 0 for nil.
func (s *Split) Total() Money {
	if s == nil {
		return 0
	}
	return s.total
}

// Count returns k, how many amounts share the total: 0 for nil.
func (s *Split) Count() int {
	if s == nil {
		return 0
	}
	return s.k
}

// Uniform reports whether no unit was left over to hand out: the total is
// k times the amount rounded down, so the k amounts are all that amount.
// When every one of the k gets a unit more (k × q rounds up by k units) the
// amounts are equal too, but Uniform is false: the units were handed out.
// A nil split, like the zero one, shares nothing and is uniform.
func (s *Split) Uniform() bool { return s == nil || s.total == s.each*Money(s.k) }

// Next returns the next amount, in order. It panics on a nil receiver,
// which has no amounts to hand out.
func (s *Split) Next() Money {
	s.next++
	if s.extra > 0 {
		s.extra--
		return s.each + s.unit
	}
	return s.each
}

// nth returns amount i (from 0) of the split, whatever Next has handed out.
func (s *Split) nth(i int) Money {
	if s.unit == 0 { // the split of a zero rate: every amount is 0
		return s.each
	}
	if i < int((s.total-s.each*Money(s.k))/s.unit) {
		return s.each + s.unit
	}
	return s.each
}
