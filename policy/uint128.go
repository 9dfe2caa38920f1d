package policy

import "math/bits"

// uint128 is an unsigned 128-bit integer, the intermediate of exact money
// arithmetic: a product of an amount in fen, a rate in ten-thousandths and
// a number of months can pass 2^63 before it is divided back down. It is
// the one place the library's speed asks for something the language lacks,
// as net/netip keeps its addresses in one.
type uint128 struct{ hi, lo uint64 }

func u128(v uint64) uint128 { return uint128{lo: v} }

// mul returns x × m, and false when the product does not fit in 128 bits.
func (x uint128) mul(m uint64) (uint128, bool) {
	if x.hi == 0 {
		hi, lo := bits.Mul64(x.lo, m)
		return uint128{hi, lo}, true
	}
	hh, hl := bits.Mul64(x.hi, m)
	lh, ll := bits.Mul64(x.lo, m)
	hi, carry := bits.Add64(hl, lh, 0)
	return uint128{hi, ll}, hh == 0 && carry == 0
}

// quoRem returns x ÷ d and x mod d; d must not be 0.
func (x uint128) quoRem(d uint64) (uint128, uint64) {
	if x.hi == 0 { // the common case: one 64-bit division
		return uint128{lo: x.lo / d}, x.lo % d
	}
	qhi, r := x.hi/d, x.hi%d
	qlo, r := bits.Div64(r, x.lo, d)
	return uint128{qhi, qlo}, r
}

func (x uint128) cmp(y uint128) int {
	switch {
	case x.hi < y.hi, x.hi == y.hi && x.lo < y.lo:
		return -1
	case x == y:
		return 0
	}
	return 1
}

func (x uint128) isZero() bool { return x == uint128{} }

// fitsInt64 reports whether x is at most the largest int64.
func (x uint128) fitsInt64() bool { return x.hi == 0 && x.lo <= 1<<63-1 }
