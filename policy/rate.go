package policy

import "math/bits"

// Rate is an exact annual amount in fen, kept as a fraction until a line
// pays it for some months and rounds it, once (RULES.md section 0: a period
// of k months at annual rate R pays round(R × k / 12)). A rule builds its
// rate without division where it can (S × n − I) and with it where the rule
// divides (I ÷ n, S × 30%); nothing is rounded on the way. Rates are never
// negative. The zero Rate is 0.
//
// Validation bounds every amount by [MaxMoney] (10^12 元), so the
// arithmetic is exact; where a product could pass 2^63 on its way (an
// amount × a rate × months) it is carried in 128 bits.
type Rate struct {
	num uint128 // fen × den
	den uint64  // 0 for the zero Rate, else positive
}

// PerYear returns the annual rate of m 元 a year; a negative m is 0.
func PerYear(m Money) Rate {
	if m <= 0 {
		return Rate{}
	}
	return Rate{num: u128(uint64(m)), den: 1}
}

// PerMonth returns the annual rate of m 元 a month, 12 × m (section 0: an
// amount fixed per month has annual amount 12 × that).
func PerMonth(m Money) Rate { return PerYear(m).times(12, 1) }

// Times returns q × r exactly (S × 30%); a negative r gives 0.
func (q Rate) Times(r Ratio) Rate {
	if r <= 0 {
		return Rate{}
	}
	return q.times(uint64(r), uint64(One))
}

// Div returns q ÷ n exactly (I ÷ n); n must be positive.
func (q Rate) Div(n int) Rate {
	if n <= 0 {
		panic("policy: Rate.Div by a non-positive count")
	}
	return q.times(1, uint64(n))
}

// times returns q × m ÷ d, the fraction reduced so that its terms stay
// small. Validation bounds every amount, rate and count, so the terms fit;
// a product beyond 128 bits would be a bug in those bounds.
func (q Rate) times(m, d uint64) Rate {
	if q.den == 0 || m == 0 {
		return Rate{}
	}
	if g := gcd(m, d); g > 1 {
		m, d = m/g, d/g
	}
	if d > 1 {
		if g := gcd(d, remainder(q.num, d)); g > 1 { // d shares a factor with num
			q.num, _ = q.num.quoRem(g)
			d /= g
		}
	}
	if m > 1 && q.den > 1 {
		if g := gcd(m, q.den); g > 1 {
			m /= g
			q.den /= g
		}
	}
	num, ok := q.num.mul(m)
	hi, den := bits.Mul64(q.den, d)
	if !ok || hi != 0 {
		panic("policy: rate arithmetic overflows its bounds")
	}
	return Rate{num: num, den: den}
}

func remainder(x uint128, d uint64) uint64 {
	_, r := x.quoRem(d)
	return r
}

// gcd is the binary (Stein's) greatest common divisor: shifts and
// subtractions instead of divisions.
func gcd(a, b uint64) uint64 {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	case a == 1 || b == 1:
		return 1
	}
	shift := bits.TrailingZeros64(a | b)
	a >>= bits.TrailingZeros64(a)
	for b != 0 {
		b >>= bits.TrailingZeros64(b)
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << shift
}

// IsZero reports whether q is 0.
func (q Rate) IsZero() bool { return q.den == 0 || q.num.isZero() }

// Cmp compares q and o: -1, 0 or +1.
func (q Rate) Cmp(o Rate) int {
	if q.IsZero() || o.IsZero() {
		switch {
		case q.IsZero() && o.IsZero():
			return 0
		case q.IsZero():
			return -1
		}
		return 1
	}
	a, okA := q.num.mul(o.den)
	b, okB := o.num.mul(q.den)
	if !okA || !okB {
		panic("policy: rate comparison overflows its bounds")
	}
	return a.cmp(b)
}

// Equal reports whether q and o are the same rate.
func (q Rate) Equal(o Rate) bool { return q.Cmp(o) == 0 }

// Exact returns q in fen when it is a whole number of fen.
func (q Rate) Exact() (Money, bool) {
	if q.IsZero() {
		return 0, true
	}
	v, r := q.num.quoRem(q.den)
	if r != 0 || !v.fitsInt64() {
		return 0, false
	}
	return Money(v.lo), true
}

// CeilFen returns q rounded up to the fen: the smallest amount in fen not
// below it, so that comparing an amount of at most two places with it is
// exact.
func (q Rate) CeilFen() Money {
	if q.IsZero() {
		return 0
	}
	v, r := q.num.quoRem(q.den)
	if r != 0 {
		v.lo++
	}
	return Money(v.lo)
}

// decimal returns q in fen as a decimal of at most maxPlaces places beyond
// the fen's two (coef × 10^-places yuan, places ≥ 2 unless q is a whole
// number of fen), truncated there when q does not terminate sooner.
func (q Rate) decimal(maxPlaces int) (coef int64, places int) {
	if q.IsZero() {
		return 0, 2
	}
	v, r := q.num.quoRem(q.den)
	coef, places = int64(v.lo), 2
	// Stop early rather than let coef pass int64 (a large amount that does
	// not terminate).
	for r != 0 && places < maxPlaces && coef <= (1<<63-1-9)/10 {
		num, _ := u128(r).mul(10)
		var d uint128
		d, r = num.quoRem(q.den)
		coef = coef*10 + int64(d.lo)
		places++
	}
	return coef, places
}
