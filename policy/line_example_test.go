package policy_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/policy"
)

// The programmes in a breakdown's order, each at its Index.
func ExampleProgrammes() {
	for _, p := range policy.Programmes() {
		_, en := p.Name()
		fmt.Println(p.Index(), p, en)
	}
	// Output:
	// 0 lowincome minimum living allowance
	// 1 tekun support for extremely poor persons
	// 2 disability disability subsidies
	// 3 medical medical aid
	// 4 temporary temporary aid
}

// The payees in their fixed order, each at its Index.
func ExamplePayees() {
	for _, p := range policy.Payees() {
		fmt.Println(p.Index(), p)
	}
	// Output:
	// 0 household
	// 1 member
	// 2 institution
	// 3 medical-insurance-fund
}

// The payers (the funds a line is paid from) in their fixed order, each at
// its Index, with its names.
func ExamplePayers() {
	for _, p := range policy.Payers() {
		zh, en := p.Name()
		fmt.Println(p.Index(), p, zh, en)
	}
	// Output:
	// 0 civil-affairs-fund 民政救助资金 civil-affairs fund
	// 1 medical-aid-fund 医疗救助资金 medical-aid fund
	// 2 county-finance 县级财政 county finance
}

// Index keys an array of totals by programme; a name that is not a
// programme's has none.
func ExampleProgramme_Index() {
	var totals [5]policy.Money
	totals[policy.Medical.Index()] += 18000
	fmt.Println(totals, policy.Programme("pension").Index(), policy.Programme("pension").Valid())
	// Output: [0.00 0.00 0.00 180.00 0.00] -1 false
}
