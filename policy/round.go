package policy

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// RoundingMode is how [Rounding.Round] breaks ties.
type RoundingMode string

// Rounding modes.
const (
	// HalfUp rounds half away from zero (四舍五入), POLICY.md section 0's default.
	HalfUp RoundingMode = "half-up"
	// HalfEven rounds half to the even neighbour (banker's rounding).
	HalfEven RoundingMode = "half-even"
)

// UnmarshalText accepts "half-up" and "half-even".
func (m *RoundingMode) UnmarshalText(b []byte) error {
	switch v := RoundingMode(b); v {
	case HalfUp, HalfEven:
		*m = v
		return nil
	}
	return &FieldError{Value: Quote(string(b)), Msg: "is not half-up or half-even"}
}

// Rounding is the one rounding rule of a parameter set: each result line's
// annual amount is rounded once, by it (POLICY.md section 0). Places is the
// number of decimal places of the unit: 2 rounds to the fen (0.01 元), 0 to
// the yuan, -1 to ten yuan. The zero Rounding rounds half up to the fen.
type Rounding struct {
	Mode   RoundingMode `json:"mode,omitempty"`
	Places int32        `json:"places"`
}

// DefaultRounding is POLICY.md section 0's default: half away from zero to
// 0.01 元.
var DefaultRounding = Rounding{Mode: HalfUp, Places: 2}

// Round rounds d to the unit, breaking ties by the mode. An amount already
// on the unit is returned as it is.
func (r Rounding) Round(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= -r.Places {
		return d
	}
	if r.Mode == HalfEven {
		return d.RoundBank(r.Places)
	}
	return d.Round(r.Places)
}

// Quo returns a / n rounded once to the unit: the exact quotient, rounded
// by the mode, with no intermediate rounding. n must be positive.
func (r Rounding) Quo(a decimal.Decimal, n int) decimal.Decimal {
	dn := Int(n)
	if r.Mode != HalfEven {
		return a.DivRound(dn, r.Places) // exact half away from zero
	}
	q, rem := a.QuoRem(dn, r.Places)
	switch c := rem.Abs().Mul(Int(2)).Cmp(dn.Mul(r.Unit())); {
	case c > 0, c == 0 && !q.Div(r.Unit()).Mod(Int(2)).IsZero():
		if a.IsNegative() {
			return q.Sub(r.Unit())
		}
		return q.Add(r.Unit())
	}
	return q
}

// Unit returns the rounding unit in yuan, e.g. 0.01.
func (r Rounding) Unit() decimal.Decimal { return decimal.New(1, -r.Places) }

// Validate reports a mode other than half-up, half-even or empty, or a unit
// finer than the fen or coarser than 100 元.
func (r Rounding) Validate(path Path) error {
	switch r.Mode {
	case "", HalfUp, HalfEven:
	default:
		return path.Field("mode").Error(string(r.Mode), "is not half-up or half-even")
	}
	if r.Places > 2 || r.Places < -2 {
		return path.Field("places").Error(fmt.Sprint(r.Places), "is not a unit from 0.01 to 100 元 (places 2 to -2)")
	}
	return nil
}

// Prorate returns annual × months / 12 rounded once by r, for a line that
// covers only part of a year (POLICY.md section 0). Months of 12 return the
// annual amount unchanged.
func (r Rounding) Prorate(annual decimal.Decimal, months int) decimal.Decimal {
	if months == 12 {
		return annual
	}
	// The product is exact and Quo rounds the exact quotient once.
	return r.Quo(annual.Mul(Int(months)), 12)
}

// Schedule is the monthly schedule of an amount A over m months (POLICY.md
// section 0; m is 12 for a full year): months 1 to m−1 each pay
// Month = round(A/m) and month m pays Last = A − (m−1)·Month, so the
// payments sum to A exactly.
type Schedule struct {
	Months int             `json:"months"`
	Month  decimal.Decimal `json:"month"`
	Last   decimal.Decimal `json:"last"`
}

// ScheduleOf returns the schedule of amount a over months payments (1–12),
// rounding the regular payment by r.
func (r Rounding) ScheduleOf(a decimal.Decimal, months int) Schedule {
	if months < 1 || months > 12 {
		months = 12
	}
	if months == 1 {
		return Schedule{Months: 1, Month: a, Last: a}
	}
	month := r.Quo(a, months)
	return Schedule{Months: months, Month: month, Last: a.Sub(month.Mul(Int(months - 1)))}
}

// Payments returns the schedule's payments in order.
func (s Schedule) Payments() []decimal.Decimal {
	if s.Months == 0 {
		return nil
	}
	p := make([]decimal.Decimal, s.Months)
	for i := range s.Months - 1 {
		p[i] = s.Month
	}
	p[s.Months-1] = s.Last
	return p
}

// Total returns the sum of the payments.
func (s Schedule) Total() decimal.Decimal {
	if s.Months == 0 {
		return decimal.Zero
	}
	return s.Month.Mul(Int(s.Months - 1)).Add(s.Last)
}
