package policy

import (
	"cmp"
	"math"

	"github.com/shopspring/decimal"
)

// Sum adds amounts exactly, as a running total. Every shopspring decimal
// addition allocates; while the amounts have at most two places and the
// total fits in int64 fen, Sum adds integers instead and allocates once, in
// [Sum.Total]. Any other amount falls back to decimal addition, so the
// total is exact whatever it is given. The zero value is a total of 0.
type Sum struct {
	fen  int64
	slow bool
	big  decimal.Decimal
}

// pow10 are the powers of ten an amount's exponent may need to reach fen.
var pow10 = [...]int64{1, 10, 100, 1000, 10000, 100000, 1000000}

// fen returns d in fen when that is exact and safely inside int64.
func fen(d decimal.Decimal) (int64, bool) {
	exp := d.Exponent() + 2
	if exp < 0 || int(exp) >= len(pow10) || d.NumDigits()+int(exp) > 17 {
		return 0, false
	}
	return d.CoefficientInt64() * pow10[exp], true
}

// Add adds d to the total.
func (s *Sum) Add(d decimal.Decimal) {
	if !s.slow {
		if f, ok := fen(d); ok && s.fen < math.MaxInt64/2 && s.fen > math.MinInt64/2 {
			s.fen += f
			return
		}
		s.slow, s.big = true, decimal.New(s.fen, -2)
	}
	s.big = s.big.Add(d)
}

// Total returns the sum of the amounts added so far.
func (s *Sum) Total() decimal.Decimal {
	if s.slow {
		return s.big
	}
	if s.fen == 0 {
		return decimal.Zero
	}
	return decimal.New(s.fen, -2)
}

// Cmp compares the total with d as [decimal.Decimal.Cmp] does, without
// allocating when both are in fen.
func (s *Sum) Cmp(d decimal.Decimal) int {
	if !s.slow {
		if f, ok := fen(d); ok {
			return cmp.Compare(s.fen, f)
		}
	}
	return s.Total().Cmp(d)
}

// Merge adds the total of o to s.
func (s *Sum) Merge(o *Sum) {
	if o.slow {
		s.Add(o.big)
		return
	}
	if !s.slow && s.fen < math.MaxInt64/2 && s.fen > math.MinInt64/2 && o.fen < math.MaxInt64/2 && o.fen > math.MinInt64/2 {
		s.fen += o.fen
		return
	}
	s.Add(decimal.New(o.fen, -2))
}
