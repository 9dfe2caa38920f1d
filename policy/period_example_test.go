package policy_test

import (
	"fmt"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// The period of one month: the month a lump sum is paid in.
func ExampleMonth() {
	p := policy.Month(time.March)
	fmt.Println(p, p.Months(), p.Contains(time.March), p.Contains(time.April))
	// Output: 03–03 1 true false
}

// Contains tells whether a month is in a period; the zero Period holds
// every month.
func ExamplePeriod_Contains() {
	july := policy.Period{From: time.July, To: time.December}
	fmt.Println(july.Contains(time.March), july.Contains(time.September), policy.Period{}.Contains(time.March))
	// Output: false true true
}

// Norm reads the zero Period as the whole year.
func ExamplePeriod_Norm() {
	var p policy.Period
	fmt.Println(p.Norm() == policy.Year, p.Norm().From, p.Months())
	// Output: true January 12
}

// Valid rejects a period that ends before it starts or leaves the year.
func ExamplePeriod_Valid() {
	for _, p := range []policy.Period{{}, {From: time.July, To: time.December}, {From: time.October, To: time.March},
		{From: time.January, To: 13}} {
		fmt.Println(p.Valid())
	}
	// Output:
	// true
	// true
	// false
	// false
}

// Check is Valid as an error naming the input: what a programme returns
// for a run of months it cannot assess.
func ExamplePeriod_Check() {
	fmt.Println(policy.Period{From: time.July, To: time.December}.Check("inputs.period"))
	fmt.Println(policy.Period{From: time.October, To: time.March}.Check("inputs.period"))
	// Output:
	// <nil>
	// inputs.period: 10–03 is not a run of months of one year
}

// CheckInForce refuses a run that reaches into months no parameter set is
// in force in: a year whose first set starts in July is assessed from July.
func ExampleCheckInForce() {
	july := policy.Period{From: time.July, To: time.December}
	fmt.Println(policy.CheckInForce(july, july))
	fmt.Println(policy.CheckInForce(policy.Period{}, july))
	// Output:
	// <nil>
	// inputs.period: 01–12 is not within the months in force 07–12
}
