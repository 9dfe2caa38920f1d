package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Counted is one income entry as the assessment counts it (2.1.2–2.1.3).
type Counted struct {
	Member   string
	Category household.IncomeCategory
	Amount   decimal.Decimal
	Counted  bool
}

// countIncome returns the counted annual income I of the members outside
// 特困 support: the sum of their incomes in the categories the parameters
// count. A 特困 member is assessed alone and has no income counted here
// (section 0).
func countIncome(h *household.Household, p *Params) policy.Money {
	var total policy.Money
	for i := range h.Members {
		m := &h.Members[i]
		if m.Tekun.Supported() {
			continue
		}
		for _, in := range m.Incomes {
			if p.Counted[in.Category].Value {
				amount, _ := policy.MoneyOf(in.Amount) // validated money
				total += amount
			}
		}
	}
	return total
}

// Incomes returns every income entry of the checked record's members
// outside 特困 support, with whether the Assessor's parameters count it
// (2.1.2–2.1.3): how I was made up.
func (a *Assessor) Incomes(c household.Checked) []Counted {
	h := c.Household()
	if h == nil {
		return nil
	}
	var entries []Counted
	for i := range h.Members {
		m := &h.Members[i]
		if m.Tekun.Supported() {
			continue
		}
		for _, in := range m.Incomes {
			entries = append(entries, Counted{Member: m.ID, Category: in.Category, Amount: in.Amount,
				Counted: a.p.Counted[in.Category].Value})
		}
	}
	return entries
}
