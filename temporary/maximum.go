package temporary

import (
	"sync/atomic"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// twelve turns the annual 低保 standard S into the monthly standard S/12
// (POLICY.md 2.1.1: "Monthly standard S/12 … is used only where a rule says
// so"; 2.4.1 says so).
var twelve = decimal.NewFromInt(12)

// Maximum returns the most one hardship event of type t is aided (2.4.1):
// the type's multiple × S ÷ 12, where standard is the 低保 standard S in
// 元/年·人, rounded once by p.Rounding. The product is exact and the
// division keeps 10 places before the one rounding; with the 2017 defaults
// a fire's maximum is 10 × 3622.00 ÷ 12 = 3018.33 (worked example 8).
//
// Maximum returns an error wrapping [policy.ErrInvalid]: a
// [policy.FieldError] at "type" for an unknown type, at "standard" for a
// standard that is zero, negative, has more than two places or is above
// 10^12 元, or the errors of [Params.Validate].
func (p *Params) Maximum(t household.HardshipType, standard decimal.Decimal) (decimal.Decimal, error) {
	if err := p.Validate(); err != nil {
		return decimal.Decimal{}, err
	}
	if !t.Valid() {
		return decimal.Decimal{}, badType("type", t)
	}
	if err := checkStandard("standard", standard); err != nil {
		return decimal.Decimal{}, err
	}
	return p.maximum(t, standard), nil
}

// maxima are the hardship types' maxima for one 低保 standard S, each
// worked out the first time it is needed: by typeIndex.
type maxima struct {
	s decimal.Decimal
	m [8]atomic.Pointer[decimal.Decimal]
}

// maxima returns the maxima for standard s: those kept for the last
// standard when it is s, else new ones, which it keeps.
func (a *Assessor) maxima(s decimal.Decimal) *maxima {
	if m := a.last.Load(); m != nil && m.s.Equal(s) {
		return m
	}
	m := &maxima{s: s}
	a.last.Store(m)
	return m
}

// get returns the maximum of the type of index i. Goroutines racing to
// work out the same maximum work out equal ones and keep the first stored.
// A maximum depends on the value of S only, not on how it is written.
func (m *maxima) get(a *Assessor, i int) decimal.Decimal {
	slot := &m.m[i]
	if v := slot.Load(); v != nil {
		return *v
	}
	v := a.p.maximum(a.types[i].t, m.s)
	slot.CompareAndSwap(nil, &v)
	return *slot.Load()
}

// maximum is Maximum on values already validated.
func (p *Params) maximum(t household.HardshipType, standard decimal.Decimal) decimal.Decimal {
	return p.Rounding.Round(standard.Mul(p.Multiple[t].Value).DivRound(twelve, 10))
}

// checkStandard reports a 低保 standard that is missing (zero) or not a
// valid amount: a zero standard would make every maximum a silent zero.
func checkStandard(path policy.Path, s decimal.Decimal) error {
	if s.IsZero() {
		return path.Error("", "is required: the 低保 standard S (元/年·人) the maximum is a multiple of, handed in by the caller")
	}
	if err := household.CheckMoney(path, s); err != nil {
		return err
	}
	return nil
}

// badType is the error for an unknown hardship type at path.
func badType(path policy.Path, t household.HardshipType) error {
	return path.Error(policy.Quote(string(t)), "is not a hardship type")
}
