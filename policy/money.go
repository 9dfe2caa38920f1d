package policy

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Money is an exact amount in fen (分, 0.01 元): the type every rule computes
// in. Amounts the law deals in have at most two places and validation bounds
// every one by [MaxMoney], so integer fen are exact here and sums of them
// cannot overflow. Money is the computation type only: every exported field
// and JSON value of the library is a [decimal.Decimal] in yuan, converted at
// the edges by [MoneyOf] and [Money.Decimal].
type Money int64

// MaxMoney is the largest amount a record or parameter may hold: 10^12 元.
const MaxMoney Money = 1e14

// MoneyOf returns d in fen, and false when d has more than two places or
// its magnitude is above [MaxMoney] (so that no exact amount is lost).
//
// MoneyOf reads a decimal's coefficient in place when decimal.Decimal is
// laid out as the version this module requires lays it out (checked once,
// by reflection, when the package loads), and otherwise asks the decimal
// package: a record's many amounts convert without a call into the decimal
// package each.
func MoneyOf(d decimal.Decimal) (Money, bool) {
	// The common case: an amount left out, or one of at most two places
	// whose coefficient, read in place (see coefficientOf), fits in int64.
	if fieldsKnown {
		if c, fits := coefficientOf(&d); fits {
			if c == 0 { // the commonest amount of a record: nothing paid, received or owned
				return 0, true
			}
			if i := d.Exponent() + 2; uint32(i) < uint32(len(moneyLimits)) {
				if limit := moneyLimits[i]; -limit <= c && c <= limit {
					return Money(c * pow10[i]), true
				}
				return 0, false
			}
		}
	}
	return moneyOfDecimal(d)
}

// ComputedOf returns d in fen, and false when d has more than two places or
// its magnitude is 10^16 元 or more. It reads back an amount the library
// computed, which may be above [MaxMoney]: a household's counted income
// adds up to 50 members' 20 incomes of 10^12 元 each, and a breakdown's
// JSON holds such sums. Records and parameters are read by [MoneyOf].
func ComputedOf(d decimal.Decimal) (Money, bool) {
	m, ok := scaledOf(d, 2, maxComputed)
	return Money(m), ok
}

// maxComputed bounds [ComputedOf]: below 10^16 元, more than nine times
// any sum a valid record can make (at most 1000 amounts of 10^12 元, plus
// the 特困 support of its members: about 1.1 × 10^15 元 at the most).
const maxComputed = 1e18 - 1

// moneyOfDecimal is MoneyOf through the decimal package's own methods: for
// what MoneyOf does not read in place (a coefficient beyond int64, an
// exponent outside -2 to 12), and for every amount when decimal.Decimal is
// laid out otherwise than this package reads it.
func moneyOfDecimal(d decimal.Decimal) (Money, bool) {
	m, ok := scaledOf(d, 2, int64(MaxMoney))
	return Money(m), ok
}

// scaledOf returns d × 10^places when that is a whole number of magnitude
// at most limit (below 10^18), and false otherwise. It looks at d's
// exponent and digits before any arithmetic, so that a decimal built in Go
// with a huge exponent (decimal.New(1, 2_000_000)) costs time in its digits,
// not in its exponent: such a value is refused at once, never rescaled.
func scaledOf(d decimal.Decimal, places int32, limit int64) (int64, bool) {
	if d.IsZero() {
		return 0, true
	}
	exp, digits := int64(d.Exponent())+int64(places), int64(d.NumDigits())
	switch {
	case digits-1+exp > 17: // |d × 10^places| ≥ 10^18
		return 0, false
	case exp >= 0: // a whole number below 10^18: exact in int64
		return within(d.CoefficientInt64()*pow10[exp], limit)
	case digits <= -exp: // not a whole number: its fraction has -exp places, not all zeros
		return 0, false
	}
	// -exp < digits ≤ 18 - exp: the quotient by 10^-exp, if exact, has at
	// most 18 digits.
	k := uint(-exp)
	if digits <= 18 { // the coefficient is an int64, and k < 18
		v := d.CoefficientInt64()
		if v%pow10[k] != 0 {
			return 0, false
		}
		return within(v/pow10[k], limit)
	}
	// A long coefficient: 10^k = 2^k × 5^k divides it only if its last k
	// bits are zeros, and then one division of few quotient digits tells.
	// (Dividing by 10 k times, as decimal's IsInteger does, costs the
	// coefficient's length k times over.)
	c := d.Coefficient()
	if c.TrailingZeroBits() < k {
		return 0, false
	}
	q, r := c.QuoRem(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil), new(big.Int))
	if r.Sign() != 0 {
		return 0, false
	}
	return within(q.Int64(), limit)
}

// within returns v, and whether it is at most limit in magnitude (0 when
// it is not).
func within(v, limit int64) (int64, bool) {
	if v < -limit || v > limit {
		return 0, false
	}
	return v, true
}

// magnitudeDigits is how many digits d has before the point (|d| is below
// 10^magnitudeDigits and, unless d is 0, at least 10^(magnitudeDigits-1)),
// from its exponent and digits alone.
func magnitudeDigits(d decimal.Decimal) int64 {
	if d.IsZero() {
		return 0
	}
	return int64(d.NumDigits()) + int64(d.Exponent())
}

// moneyLimits[i] is the largest coefficient of exponent i-2 within
// MaxMoney, which is a multiple of every power of ten up to its own: the
// bound is exact.
var moneyLimits = [...]int64{1e14, 1e13, 1e12, 1e11, 1e10, 1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1}

// pow10 are the powers of ten up to 10^17 (scaledOf's largest).
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17}

// Decimal returns m in yuan. A non-zero decimal allocates: call it at the
// edges, not in a loop.
func (m Money) Decimal() decimal.Decimal {
	if m == 0 {
		return decimal.Zero
	}
	return decimal.New(int64(m), -2)
}

// String writes m in yuan with two places, e.g. "1280.50" or "-0.03".
func (m Money) String() string {
	var buf [24]byte // -92233720368547758.08 and room to spare
	return string(m.AppendFixed(buf[:0]))
}

// AppendFixed appends m in yuan with two places, as [Money.String] writes it.
func (m Money) AppendFixed(b []byte) []byte {
	u := uint64(m)
	if m < 0 {
		b, u = append(b, '-'), uint64(-m)
	}
	b = strconv.AppendUint(b, u/100, 10)
	return append(b, '.', byte('0'+u/10%10), byte('0'+u%10))
}

// Ratio is an exact rate, share or multiple in ten-thousandths: 0.3 is
// Ratio(3000) and a multiple of 10 is Ratio(100000). Rates and multiples of
// a parameter set have at most four places.
type Ratio int64

// One is the ratio 1 (100%).
const One Ratio = 10000

// RatioOf returns d in ten-thousandths, and false when d has more than four
// places or its magnitude is 10^12 or more.
func RatioOf(d decimal.Decimal) (Ratio, bool) {
	exp := d.Exponent()
	if exp >= -4 && d.NumDigits()+int(exp) <= 12 {
		return Ratio(d.CoefficientInt64() * pow10[exp+4]), true
	}
	r, ok := scaledOf(d, 4, 1e16-1)
	return Ratio(r), ok
}

// Decimal returns r as a decimal (0.3 for Ratio(3000)).
func (r Ratio) Decimal() decimal.Decimal { return decimal.New(int64(r), -4) }

// String writes r as a decimal without trailing zeros ("0.3", "10").
func (r Ratio) String() string { return string(appendScaled(nil, int64(r), 4)) }

// appendFixedPlaces appends v × 10^-places with exactly places digits after
// the point.
func appendFixedPlaces(b []byte, v int64, places int) []byte {
	u := uint64(v)
	if v < 0 {
		b, u = append(b, '-'), uint64(-v)
	}
	p := uint64(pow10[places])
	b = strconv.AppendUint(b, u/p, 10)
	b = append(b, '.')
	for p /= 10; p > 0; p /= 10 {
		b = append(b, byte('0'+u%(p*10)/p))
	}
	return b
}

// appendScaled appends v × 10^-places as a decimal without trailing zeros,
// the way [decimal.Decimal.String] writes it ("3622", "1086.6", "-0.03").
func appendScaled(b []byte, v int64, places int) []byte {
	u := uint64(v)
	if v < 0 {
		b, u = append(b, '-'), uint64(-v)
	}
	p := uint64(pow10[places])
	b = strconv.AppendUint(b, u/p, 10)
	frac := u % p
	if frac == 0 {
		return b
	}
	for frac%10 == 0 {
		frac /= 10
		p /= 10
	}
	b = append(b, '.')
	for p /= 10; p > 0; p /= 10 {
		b = append(b, byte('0'+frac/p%10))
	}
	return b
}

// MaxDigits bounds the digits of one amount written out: 10^12 元 with two
// places is 15 digits.
const MaxDigits = 15

// ParseAmount parses s in the one syntax records and parameter sets write
// amounts, rates and multiples in — ^(0|[1-9][0-9]*)(\.[0-9]{1,places})?$
// with at most [MaxDigits] digits: no sign, no leading zero, no exponent,
// digits on both sides of a point — and returns its coefficient and number
// of decimal places ("3622.00" is 362200 and 2).
func ParseAmount(s string, places int) (coef int64, exp int32, ok bool) {
	if s == "" || len(s) > MaxDigits+1 {
		return 0, 0, false
	}
	i, digits := 0, 0
	if s[0] == '0' {
		i, digits = 1, 1
	} else {
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			coef = coef*10 + int64(s[i]-'0')
			i++
			digits++
		}
		if digits == 0 {
			return 0, 0, false
		}
	}
	if i < len(s) {
		if s[i] != '.' || i == len(s)-1 {
			return 0, 0, false
		}
		for i++; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, 0, false
			}
			coef = coef*10 + int64(s[i]-'0')
			exp++
			digits++
		}
	}
	if int(exp) > places || digits > MaxDigits {
		return 0, 0, false
	}
	return coef, exp, true
}

// AmountProblem says, in words for an error, what keeps s from being an
// amount in the syntax of [ParseAmount] with at most places decimal
// places.
func AmountProblem(s string, places int) string {
	if strings.ContainsFunc(s, fullWidth) { // "１２００.００", as a Chinese input method may type it
		return "is written with full-width digits or point: write 0-9 and \".\""
	}
	if len(s) > MaxDigits+2 && strings.Trim(s, "-0123456789.") == "" {
		return "has more than " + strconv.Itoa(MaxDigits) + " digits"
	}
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		if coef, _, ok := ParseAmount(rest, MaxDigits); ok && coef != 0 {
			return "is negative"
		}
	}
	if strings.ContainsAny(s, "eE") && strings.Trim(s, "-+0123456789.eE") == "" {
		return "is written with an exponent: write its digits"
	}
	if point := strings.IndexByte(s, '.'); point >= 0 && len(s)-point-1 > places {
		if _, _, ok := ParseAmount(s, len(s)-point-1); ok {
			return "has more than " + placesWord(places) + " decimal places"
		}
	}
	if strings.Trim(s, "0123456789.") == "" && len(s) > MaxDigits && s[0] != '0' {
		return "has more than " + strconv.Itoa(MaxDigits) + " digits"
	}
	return "is not an amount written as a string of digits with at most " + placesWord(places) +
		" decimal places, no sign and no leading zero (e.g. \"1280.50\")"
}

// fullWidth reports a full-width digit (０–９) or point (．).
func fullWidth(r rune) bool { return r >= '０' && r <= '９' || r == '．' }

func placesWord(n int) string {
	if n >= 0 && n < len(placesWords) {
		return placesWords[n]
	}
	return strconv.Itoa(n)
}

var placesWords = [...]string{"no", "one", "two", "three", "four"}
