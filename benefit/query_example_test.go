package benefit_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// The 低保 lines of a sample household; a nil breakdown has none.
func ExampleBreakdown_LinesOf() {
	_, b := sampleBreakdown("h01-yaodu")
	n := 0
	for range b.LinesOf(policy.Select{Programme: policy.LowIncome}) {
		n++
	}
	var none *benefit.Breakdown
	m := 0
	for range none.LinesOf(policy.Select{}) {
		m++
	}
	fmt.Println(n > 0, m)
	// Output: true 0
}

// A nil breakdown has no decisions.
func ExampleBreakdown_DecisionsOf() {
	_, b := sampleBreakdown("h01-yaodu")
	n := 0
	for range b.DecisionsOf(policy.Select{}) {
		n++
	}
	var none *benefit.Breakdown
	m := 0
	for range none.DecisionsOf(policy.Select{}) {
		m++
	}
	fmt.Println(n > 0, m)
	// Output: true 0
}

// A nil breakdown has no findings.
func ExampleBreakdown_FindingsOf() {
	var none *benefit.Breakdown
	m := 0
	for range none.FindingsOf(policy.Select{}) {
		m++
	}
	fmt.Println(m)
	// Output: 0
}

// The 低保 decision of a sample household; a nil breakdown has none.
func ExampleBreakdown_Decision() {
	_, b := sampleBreakdown("h01-yaodu")
	d, ok := b.Decision(policy.Select{Programme: policy.LowIncome})
	fmt.Println(ok, d.Outcome() != "")
	var none *benefit.Breakdown
	_, ok = none.Decision(policy.Select{})
	fmt.Println(ok)
	// Output:
	// true true
	// false
}

// TotalFen is every line's amount added up, as Totals.All is in yuan.
func ExampleBreakdown_TotalFen() {
	_, b := sampleBreakdown("h01-yaodu")
	fmt.Println(b.TotalFen().Decimal().Equal(b.Totals.All()))
	var none *benefit.Breakdown
	fmt.Println(none.TotalFen())
	// Output:
	// true
	// 0.00
}
