package policy

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// The parameter kit: one-line checks for a programme's Params.Validate. Each
// takes its field path from the parameter's own name (its path in the
// parameter set, e.g. "lowincome.standard"), so a name is written once, in
// the programme's Default2017. Each returns nil or one [*FieldError].

// CheckMoney reports an amount that is negative, has more than two decimal
// places, or is above 10^12 元 ([MaxMoney]), as a [*FieldError] at path. It
// is the one test of money validity for records and parameters alike.
func CheckMoney(path Path, d decimal.Decimal) error {
	m, ok := MoneyOf(d)
	switch {
	case ok && m >= 0:
		return nil
	case d.IsNegative():
		return path.Invalid(ShortDecimal(d), "is negative")
	case magnitudeDigits(d) <= 12: // below 10^12 元, so refused for its places
		return path.Invalid(ShortDecimal(d), "has more than two decimal places")
	}
	return path.Invalid(ShortDecimal(d), "is above 10^12 元")
}

// CheckComputed reports an amount that [ComputedOf] refuses — one with
// more than two decimal places, or of 10^16 元 or more in magnitude — as a
// [*FieldError] at path, and nil for one it reads (a negative one too).
// It is for amounts the library computes and a caller may hand back, such
// as a sum of a record's amounts, which may be above [MaxMoney]; the
// library's JSON reads such amounts up to the same bound.
func CheckComputed(path Path, d decimal.Decimal) error {
	if _, ok := ComputedOf(d); ok {
		return nil
	}
	if magnitudeDigits(d) <= 16 { // below 10^16 元, so refused for its places
		return path.Invalid(ShortDecimal(d), "has more than two decimal places")
	}
	return path.Invalid(ShortDecimal(d), "is 10^16 元 or more in magnitude")
}

// ShortDecimal writes d as an error quotes a bad value: as
// decimal.Decimal.String writes it, cut to 40 bytes ([Shorten]); a number of
// more than 120 digits as its count of digits, and one of an exponent
// beyond ±120 as its coefficient and exponent, so that a decimal built in
// Go with a huge exponent (decimal.New(1, 2_000_000)) never has its zeros
// written out.
func ShortDecimal(d decimal.Decimal) string {
	if d.NumDigits() > 3*maxQuoted { // do not format a huge number whole
		return fmt.Sprintf("(a number of %d digits)", d.NumDigits())
	}
	if e := d.Exponent(); e > 3*maxQuoted || e < -3*maxQuoted { // nor spell out its zeros
		return Shorten(d.Coefficient().String() + "E" + strconv.Itoa(int(e)))
	}
	return Shorten(d.String())
}

// CheckAmount checks an amount parameter: when required it must be set, and
// when set it must be valid money (see [CheckMoney]).
//
// It and the other checks of check.go ([CheckRate], [CheckOneOf], …) take
// the field path from the parameter's own name, so a programme's
// Params.Validate is a short list of one-liners.
func CheckAmount(p Param[decimal.Decimal], required bool) error {
	switch {
	case p.Set:
		return CheckMoney(Path(p.Name), p.Value)
	case required:
		return Path(p.Name).Required("is required")
	}
	return nil
}

// CheckPositive checks a required amount that must be above zero (a
// standard).
func CheckPositive(p Param[decimal.Decimal]) error {
	if err := CheckAmount(p, true); err != nil {
		return err
	}
	if !p.Value.IsPositive() {
		return Path(p.Name).Invalid(p.Value.String(), "is not positive")
	}
	return nil
}

// CheckOptionalPositive checks an amount that may be left unset but, when
// set, must be above zero: a figure the county supplies that no rule can
// read as 0.00 (the poverty line, the consumption expenditure).
func CheckOptionalPositive(p Param[decimal.Decimal]) error {
	if !p.Set {
		return nil
	}
	return CheckPositive(p)
}

// CheckRate checks a rate or share parameter: when required it must be set,
// and when set it must be from 0 to 1 with at most four places.
func CheckRate(p Param[decimal.Decimal], required bool) error {
	switch {
	case !p.Set && required:
		return Path(p.Name).Required("is required")
	case !p.Set:
		return nil
	}
	return checkRatio(p, One, "is not a rate from 0 to 1")
}

// checkRatio reports a ratio parameter that is negative or above most, or
// has more than four places. It never compares decimals: a decimal built
// in Go with a huge exponent is refused from its exponent and digits.
func checkRatio(p Param[decimal.Decimal], most Ratio, outside string) error {
	r, ok := RatioOf(p.Value)
	switch {
	case p.Value.IsNegative() || (ok && r > most) || (!ok && magnitudeDigits(p.Value) > 12):
		return Path(p.Name).Invalid(ShortDecimal(p.Value), outside)
	case !ok:
		return Path(p.Name).Invalid(ShortDecimal(p.Value), "has more than four decimal places")
	}
	return nil
}

// CheckMultiple checks a multiple parameter (a maximum as a multiple of a
// monthly standard): when required it must be set, and when set it must be
// from 0 to 1000 with at most four places.
func CheckMultiple(p Param[decimal.Decimal], required bool) error {
	switch {
	case !p.Set && required:
		return Path(p.Name).Required("is required")
	case !p.Set:
		return nil
	}
	return checkRatio(p, maxMultiple*One, "is not a multiple from 0 to 1000")
}

// maxMultiple bounds a multiple, so that a maximum stays within [MaxMoney]
// times it.
const maxMultiple = 1000

// CheckWhole checks a required whole-number parameter against its range
// lo–hi.
func CheckWhole(p Param[int], lo, hi int) error {
	switch {
	case !p.Set:
		return Path(p.Name).Required("is required")
	case p.Value < lo || p.Value > hi:
		return Path(p.Name).Invalid(strconv.Itoa(p.Value), fmt.Sprintf("is not %d–%d", lo, hi))
	}
	return nil
}

// CheckOptionalWhole checks a whole-number parameter against lo–hi when it
// is set.
func CheckOptionalWhole(p Param[int], lo, hi int) error {
	if !p.Set {
		return nil
	}
	return CheckWhole(p, lo, hi)
}

// CheckOneOf checks a required switch against its allowed values; detail
// lists them in words (e.g. "is not standard or share").
func CheckOneOf[T comparable](p Param[T], detail string, allowed ...T) error {
	if !p.Set {
		return Path(p.Name).Required("is required")
	}
	for _, a := range allowed {
		if p.Value == a {
			return nil
		}
	}
	return Path(p.Name).NotSupported(Quote(fmt.Sprint(p.Value)), detail)
}

// CheckSet checks that a parameter of any type is set.
func CheckSet[T any](p Param[T]) error {
	if !p.Set {
		return Path(p.Name).Required("is required")
	}
	return nil
}

// ParamMoney returns a validated amount parameter's value in fen, 0 when it
// is unset. It is for Assessors' constructors, after Validate has passed
// ([CheckAmount]): a value Validate refuses for more than two places or
// beyond 10^12 元 reads as 0, and a negative one as itself, so it must not
// be reached unchecked.
func ParamMoney(p Param[decimal.Decimal]) Money {
	m, _ := MoneyOf(p.Value)
	return m
}

// ParamRatio returns a validated rate or multiple parameter's value in
// ten-thousandths, 0 when it is unset; like [ParamMoney], after Validate
// ([CheckRate], [CheckMultiple]) has passed.
func ParamRatio(p Param[decimal.Decimal]) Ratio {
	r, _ := RatioOf(p.Value)
	return r
}
