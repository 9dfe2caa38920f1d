package medical

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesInpatient = []policy.Clause{policy.ClauseInpatient, policy.ClauseMedicalWho}

	formulaRemaining = policy.Formula{ID: "medical.remaining",
		ZH: "合规费用 {C} − 基本医保 {N} − 大病保险 {K} − 补充保险 {S} − 保底补偿 {G} = 剩余合规自负 {R}",
		EN: "compliant cost {C} − basic NCMS {N} − critical-illness insurance {K} − supplementary insurance {S} − guaranteed minimum {G} = remaining compliant out-of-pocket {R}"}
	formulaNoGroup = policy.Formula{ID: "medical.inpatient.no-group",
		ZH: "住院 {claim}：{Rx}；不属于医疗救助对象，不予救助",
		EN: "claim {claim}: {Rx}; not covered by medical aid, no aid"}
)

// costs are a claim's amounts in fen: the compliant cost, what the four
// insurances paid of it, and the disease's fixed-quota cost.
type costs struct {
	compliant, ncms, critical, supplementary, guaranteed, quota policy.Money
}

// costsOf returns the amounts of a validated claim in fen.
func costsOf(c *household.Claim) costs {
	return costs{compliant: fen(c.CompliantCost), ncms: fen(c.NCMS), critical: fen(c.CriticalIllness),
		supplementary: fen(c.Supplementary), guaranteed: fen(c.Guaranteed), quota: fen(c.FixedQuotaCost)}
}

// fen returns a validated amount in fen.
func fen(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}

// insurance is what basic NCMS, critical-illness, supplementary and
// guaranteed-minimum compensation paid of the claim.
func (k *costs) insurance() policy.Money { return k.ncms + k.critical + k.supplementary + k.guaranteed }

// remaining is R of 2.3.4: the compliant cost less what insurance paid,
// never below 0.
func (k *costs) remaining() policy.Money { return max(k.compliant-k.insurance(), 0) }

// explain returns the argument "Rx", the arithmetic of the remaining
// out-of-pocket r in words, followed by its six operands.
func (k *costs) explain(r policy.Money) [7]policy.Arg {
	return [7]policy.Arg{policy.Nested("Rx", &formulaRemaining, 6),
		policy.M("C", k.compliant), policy.M("N", k.ncms), policy.M("K", k.critical),
		policy.M("S", k.supplementary), policy.M("G", k.guaranteed), policy.M("R", r)}
}

// product returns the money argument name = m × r: the exact amount due
// before rounding and caps, with its fractions of a fen (an exact amount is
// a policy.Rate).
func product(name string, m policy.Money, r policy.Ratio) policy.Arg {
	return policy.MExact(name, policy.PerYear(m).Times(r))
}
