package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Counted is one income entry as the assessment counted it (2.1.2–2.1.3).
type Counted struct {
	Member   string
	Category household.IncomeCategory
	Amount   decimal.Decimal
	Counted  bool
}

// countIncome returns the counted annual income I of the members outside
// 特困 support, and every entry with whether it counted. A 特困 member is
// assessed alone and has no income counted here (POLICY.md section 0).
func countIncome(h *household.Household, p *Params) (decimal.Decimal, []Counted) {
	var total policy.Sum
	var entries []Counted
	for i := range h.Members {
		m := &h.Members[i]
		if m.Tekun.Supported() {
			continue
		}
		for _, in := range m.Incomes {
			on := p.Counted[in.Category].Value
			if on {
				total.Add(in.Amount)
			}
			entries = append(entries, Counted{Member: m.ID, Category: in.Category, Amount: in.Amount, Counted: on})
		}
	}
	return total.Total(), entries
}
