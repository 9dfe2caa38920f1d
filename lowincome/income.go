package lowincome

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Counted is one income entry as the assessment counts it (2.1.2–2.1.3).
type Counted struct {
	Member   string                   // the member's id
	Category household.IncomeCategory // the income's category
	Amount   decimal.Decimal          // the amount as recorded, yuan for the last 12 months
	Counted  bool                     // whether the parameters count the category toward I
}

// countIncome returns the counted annual income I of the members in the
// 低保 household: the sum of their incomes in the categories the
// parameters count. A member under 特困 support in the run (a bit of alone)
// is assessed alone and has no income counted here (section 0). With alone
// 0 it counts every member's income, 特困 members included, by the same
// rules (2.4.2).
//
// It also returns the rules of lowincome.counted that I rests on beyond the
// plain counting of an income, one bit each of a.named (see rulesOf): each
// rule that left an income of these members out of I, and each provisional
// rule that counted one (incomes of 0 change nothing and are passed over);
// 0, as for most households, when there are none. Every record that reads
// I rests on them too (section 0: a line that uses a provisional parameter
// is marked provisional). A rule left out is named whatever its provenance,
// so that a set that only confirms it (a change of provenance alone) does
// not split the lines that read I.
func (a *Assessor) countIncome(h *household.Household, alone uint64) (policy.Money, uint64) {
	var total policy.Money
	var named uint64 // bit k: a.named[k] classified an income
	for i := range h.Members {
		if alone&(1<<uint(i)) != 0 {
			continue
		}
		incomes := h.Members[i].Incomes
		for j := range incomes {
			in := &incomes[j]
			counted := slices.Contains(a.counted, in.Category)
			if counted {
				amount, _ := policy.MoneyOf(in.Amount) // validated money
				total += amount
			}
			if counted && !a.provisionalCounted || in.Amount.IsZero() {
				continue // counted plainly, or nothing to count
			}
			for k := range a.named {
				if a.named[k].category == in.Category {
					named |= 1 << uint(k)
				}
			}
		}
	}
	return total, named
}

// rulesOf appends to dst the records of the rules of countIncome's bits
// named, in category order.
func (a *Assessor) rulesOf(named uint64, dst []policy.Used) []policy.Used {
	for k := range a.named {
		if named&(1<<uint(k)) != 0 {
			dst = append(dst, a.named[k].used)
		}
	}
	return dst
}

// incomeRule is an income category whose rule the records that read I
// name when it classifies an income (countIncome), with the rule's record.
type incomeRule struct {
	category household.IncomeCategory
	used     policy.Used
}

// Incomes returns every income entry of the checked record's members in
// the 低保 household over the run in.Period — those not under 特困 support
// in its months (section 0) — with whether the Assessor's parameters count
// it (2.1.2–2.1.3): how the run's I was made up. It returns the errors
// [Assessor.Assess] returns for the zero Checked, a period that is not a
// run of months, and a member whose 特困 months cover only part of the run.
func (a *Assessor) Incomes(c household.Checked, in Inputs) ([]Counted, error) {
	if a == nil || !a.p.Standard.Set {
		return nil, errZero
	}
	alone, err := checkInputs(c, in)
	if err != nil {
		return nil, err
	}
	h := c.Household()
	var entries []Counted
	for i := range h.Members {
		if alone&(1<<uint(i)) != 0 {
			continue
		}
		m := &h.Members[i]
		for _, in := range m.Incomes {
			entries = append(entries, Counted{Member: m.ID, Category: in.Category, Amount: in.Amount,
				Counted: a.p.Counted[in.Category].Value})
		}
	}
	return entries, nil
}
