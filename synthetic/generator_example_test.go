package synthetic_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/synthetic"
)

// Townships names the 20 invented townships records are spread over; the
// slice returned is the caller's, so changing it changes no later call's.
func ExampleTownships() {
	ts := synthetic.Townships()
	fmt.Println(len(ts), ts[0], ts[len(ts)-1])
	ts[0] = "changed"
	fmt.Println(synthetic.Townships()[0])
	// Output:
	// 20 乡镇01 乡镇20
	// 乡镇01
}

// Len is the number of records, the indexes 0 … Len()−1 that Household
// takes; a county of a negative size has none.
func ExampleGenerator_Len() {
	on := household.NewDate(2017, 9, 1)
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 250, Date: on})
	fmt.Println(g.Len(), g.Household(g.Len()-1).ID)
	none := synthetic.New(synthetic.Config{Seed: 1, Households: -5, Date: on})
	n := 0
	for range none.All() {
		n++
	}
	fmt.Println(none.Len(), n)
	// Output:
	// 250 SYN-0000250
	// 0 0
}
