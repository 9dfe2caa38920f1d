package policy

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// Sum adds amounts exactly, as a running total that may grow past what one
// household holds (a county's budget). It adds integer fen while the total
// fits in int64 and goes on in decimal beyond, so it is exact whatever it is
// given and allocates nothing until then. The zero value is a total of 0.
type Sum struct {
	fen  int64
	slow bool
	big  decimal.Decimal
}

// Add adds m to the total.
func (s *Sum) Add(m Money) {
	if !s.slow {
		if t, ok := add64(s.fen, int64(m)); ok {
			s.fen = t
			return
		}
		s.slow, s.big = true, decimal.New(s.fen, -2)
	}
	s.big = s.big.Add(m.Decimal())
}

// add64 returns a + b and false on overflow.
func add64(a, b int64) (int64, bool) {
	t, _ := bits.Add64(uint64(a), uint64(b), 0)
	r := int64(t)
	return r, (a >= 0) != (b >= 0) || (r >= 0) == (a >= 0)
}

// Total returns the sum of the amounts added so far, in yuan.
func (s *Sum) Total() decimal.Decimal {
	if s.slow {
		return s.big
	}
	return Money(s.fen).Decimal()
}

// Fen returns the total in fen, and false when it no longer fits in int64.
func (s *Sum) Fen() (Money, bool) { return Money(s.fen), !s.slow }

// Cmp compares the total with m: -1, 0 or +1.
func (s *Sum) Cmp(m Money) int {
	if s.slow {
		return s.big.Cmp(m.Decimal())
	}
	switch {
	case s.fen < int64(m):
		return -1
	case s.fen > int64(m):
		return 1
	}
	return 0
}

// Merge adds the total of o to s.
func (s *Sum) Merge(o *Sum) {
	if !o.slow {
		s.Add(Money(o.fen))
		return
	}
	if !s.slow {
		s.slow, s.big = true, decimal.New(s.fen, -2)
	}
	s.big = s.big.Add(o.big)
}
