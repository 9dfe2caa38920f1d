package medical

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// RemainingArg is remainingArg, for the tests.
var RemainingArg = remainingArg

// NestedRemaining is remainingArg as policy.Nested writes it.
func NestedRemaining(c *household.Claim, r decimal.Decimal) policy.Arg {
	return policy.Nested("Rx", policy.Explain(formulaRemaining, policy.M("C", c.CompliantCost), policy.M("N", c.NCMS),
		policy.M("K", c.CriticalIllness), policy.M("S", c.Supplementary), policy.M("G", c.Guaranteed), policy.M("R", r)))
}
