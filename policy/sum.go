package policy

import "github.com/shopspring/decimal"

// Sum adds amounts exactly, as a running total that may grow past what one
// household holds (a county's budget). It adds integer fen while the total
// fits in int64 and goes on in decimal beyond, so it is exact whatever it is
// given and allocates nothing until then. The zero value is a total of 0,
// and a nil *Sum reads as one; Add and Merge panic on a nil receiver, as
// there is nowhere to add.
type Sum struct {
	fen  int64
	slow bool
	big  decimal.Decimal
}

// Add adds m to the total.
func (s *Sum) Add(m Money) {
	if t, ok := add64(s.fen, int64(m)); ok && !s.slow {
		s.fen = t
		return
	}
	s.addDecimal(m)
}

// addDecimal adds m in decimal, from the first sum that does not fit in
// int64 on.
func (s *Sum) addDecimal(m Money) {
	if !s.slow {
		s.slow, s.big = true, decimal.New(s.fen, -2)
	}
	s.big = s.big.Add(m.Decimal())
}

// add64 returns a + b and false on overflow: when a and b have one sign
// and the wrapped sum the other.
func add64(a, b int64) (int64, bool) {
	r := a + b
	return r, (a^r)&(b^r) >= 0
}

// Total returns the sum of the amounts added so far, in yuan.
func (s *Sum) Total() decimal.Decimal {
	if s == nil {
		return decimal.Zero
	}
	if s.slow {
		return s.big
	}
	return Money(s.fen).Decimal()
}

// Fen returns the total in fen, and false when it no longer fits in int64.
func (s *Sum) Fen() (Money, bool) {
	if s == nil {
		return 0, true
	}
	return Money(s.fen), !s.slow
}

// Cmp compares the total with m: -1, 0 or +1.
func (s *Sum) Cmp(m Money) int {
	if s == nil {
		return (&Sum{}).Cmp(m)
	}
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

// Merge adds the total of o to s; a nil o is a total of 0.
func (s *Sum) Merge(o *Sum) {
	if o == nil {
		o = &Sum{}
	}
	if !o.slow {
		s.Add(Money(o.fen))
		return
	}
	if !s.slow {
		s.slow, s.big = true, decimal.New(s.fen, -2)
	}
	s.big = s.big.Add(o.big)
}
