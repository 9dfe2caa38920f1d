package temporary

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Maximum returns the most one hardship event of type t is aided (2.4.1):
// the type's multiple × S ÷ 12, where S is the set's 低保 standard
// ([Params.Standard], 元/年·人), rounded once; with the 2017 defaults a
// fire's maximum is 10 × 3622.00 ÷ 12 = 3018.33 (worked example 8). It
// returns a [policy.FieldError] at "type" for an unknown type.
func (a *Assessor) Maximum(t household.HardshipType) (decimal.Decimal, error) {
	if a == nil || !a.p.Standard.Set {
		return decimal.Decimal{}, errZero
	}
	if !t.Valid() {
		return decimal.Decimal{}, policy.Path("type").NotSupported(policy.Quote(string(t)), "is not a hardship type")
	}
	return a.maximum(a.types[t].multiple, a.standard).Decimal(), nil
}

// exactMaximum is k × S ÷ 12 before rounding, which the shortfall is
// compared with (2.4.1).
func exactMaximum(k policy.Ratio, s policy.Money) policy.Rate {
	return policy.PerYear(s).Times(k).Div(12)
}

// maximumArg is the maximum M as an explanation shows it: rounded, as it is
// paid, unless the rounded figure would put the shortfall on the wrong side
// of it (a shortfall between k × S ÷ 12 and its rounded figure), where it
// is shown exactly.
func (a *Assessor) maximumArg(ev *Event) policy.Arg {
	if ev.above == (ev.shortfall > ev.maximum) {
		return policy.M("M", ev.maximum)
	}
	return policy.MExact("M", exactMaximum(ev.multiple, a.standard))
}

// maximum is the most one event is aided (2.4.1): k × S ÷ 12, the multiple
// k of the monthly standard, rounded once (RULES.md 2.1.1: the monthly
// standard S/12 is used where a rule says so; 2.4.1 says so).
func (a *Assessor) maximum(k policy.Ratio, s policy.Money) policy.Money {
	return a.p.Rounding.Round(exactMaximum(k, s))
}
