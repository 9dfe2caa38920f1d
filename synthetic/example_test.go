package synthetic_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/synthetic"
)

func ExampleNew() {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1000, Date: household.NewDate(2017, 9, 1)})
	h := g.Household(0)
	fmt.Println(len(synthetic.Townships()), g.Len(), h.ID, len(h.Members))
	// Output: 20 1000 SYN-0000001 5
}

func ExampleGenerator_All() {
	on := household.NewDate(2017, 9, 1)
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1000, Date: on})
	covered, invalid := 0, 0
	for _, h := range g.All() {
		if h.Current.LowIncome {
			covered++
		}
		if h.ValidateOn(on) != nil {
			invalid++
		}
	}
	fmt.Printf("%d records, %d covered by 低保, %d invalid\n", g.Len(), covered, invalid)
	// Output: 1000 records, 309 covered by 低保, 0 invalid
}

func ExampleGenerator_Household() {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1_000_000, Date: household.NewDate(2017, 9, 1)})
	// Any record, in any order, from any goroutine: record 999999 does not
	// need the ones before it.
	h := g.Household(999_999)
	fmt.Println(h.ID, h.Township != "", len(h.Members) > 0)
	// Output: SYN-1000000 true true
}

func ExampleGenerator_HouseholdInto() {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1000, Date: household.NewDate(2017, 9, 1)})
	// One household, filled with each record in turn: the members, incomes
	// and payments of one record are written over those of the one before.
	var h household.Household
	people := 0
	for i := range g.Len() {
		g.HouseholdInto(&h, i)
		people += len(h.Members)
	}
	fmt.Println(h.ID, people == countPeople(g))
	// Output: SYN-0001000 true
}

// countPeople counts the members of every record, each made new.
func countPeople(g *synthetic.Generator) int {
	n := 0
	for _, h := range g.All() {
		n += len(h.Members)
	}
	return n
}
