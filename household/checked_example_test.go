package household_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// HardshipTypes lists every type of hardship event, each an emergency
// (急难型) or an expenditure (支出型) type (2.4.1).
func ExampleHardshipTypes() {
	var emergency, expenditure []household.HardshipType
	for _, t := range household.HardshipTypes() {
		if t.Emergency() {
			emergency = append(emergency, t)
		} else {
			expenditure = append(expenditure, t)
		}
	}
	fmt.Println("emergency:", emergency)
	fmt.Println("expenditure:", expenditure)
	// Output:
	// emergency: [fire disaster accident sudden-illness emergency-other]
	// expenditure: [medical education expenditure-other]
}

// Received is what an event has had paid against it from every source,
// which temporary aid takes off its cost (2.4.1).
func ExampleHardship_Received() {
	e := household.Hardship{ID: "e1", Type: household.Accident, Date: household.NewDate(2017, 5, 3),
		Cost:      decimal.RequireFromString("8000.00"),
		Insurance: decimal.RequireFromString("2500.00"), Compensation: decimal.RequireFromString("1000.00"),
		OtherAid: decimal.RequireFromString("300.00")}
	fmt.Println(e.Received().StringFixed(2), e.Cost.Sub(e.Received()).StringFixed(2))
	// Output: 3800.00 4200.00
}

// Supported says the record gives the member a mode of 特困 support; the
// months of a year it covers are Tekun.In's, which may be none: here
// support that ended in 2016.
func ExampleTekun_Supported() {
	ended := household.Tekun{Mode: household.TekunDispersed,
		Period: &household.MonthPeriod{From: household.NewYearMonth(2015, time.January), To: household.NewYearMonth(2016, time.December)}}
	_, in2017 := ended.In(2017)
	fmt.Println(ended.Supported(), in2017)
	fmt.Println(household.Tekun{}.Supported())
	// Output:
	// true false
	// false
}

// checkedExample checks a small invented household on 1 September 2017:
// m1 an ordinary member, m2 under dispersed 特困 support all year, m3 from
// July.
func checkedExample() (household.Checked, error) {
	h := &household.Household{ID: "H-EX", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)},
		{ID: "m2", BirthDate: household.NewDate(1941, 8, 8), Tekun: household.Tekun{Mode: household.TekunDispersed}},
		{ID: "m3", BirthDate: household.NewDate(1949, 5, 5), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.July)}}},
	}}
	return h.Check(household.NewDate(2017, 9, 1))
}

// Date is the date the record was checked for, the date ages and the
// assessment year are read on.
func ExampleChecked_Date() {
	c, err := checkedExample()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("checked for", c.Date(), "- assessment year", c.Date().Year)
	for _, m := range c.Household().Members {
		fmt.Println(m.ID, "aged", m.BirthDate.AgeOn(c.Date()))
	}
	// Output:
	// checked for 2017-09-01 - assessment year 2017
	// m1 aged 47
	// m2 aged 76
	// m3 aged 68
}

// Household gives back the record that was checked — the same record, not
// a copy, so it must not change while the Checked is in use — and nil for
// the zero Checked.
func ExampleChecked_Household() {
	h := &household.Household{ID: "H-EX", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)}}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Household() == h, household.Checked{}.Household() == nil)
	// Output: true true
}

// Err tells a Checked made by Household.Check from the zero Checked, a
// record no one checked, which every programme's Assessor refuses with
// this error: a field error at "household".
func ExampleChecked_Err() {
	var c household.Checked
	err := c.Err()
	var fe *policy.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path, fe.Type, errors.Is(err, policy.ErrInvalid))
	}
	// Output: household required true
}

// SupportedIn tells, run by run, whether a member is under 特困 support in
// every month of it (then assessed alone) or in none (an ordinary member);
// see Checked.SupportRuns for a run his support covers only in part.
func ExampleChecked_SupportedIn() {
	c, err := checkedExample()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, run := range []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}} {
		for i, m := range c.Household().Members {
			supported, err := c.SupportedIn(i, run)
			fmt.Println(run, m.ID, supported, err)
		}
	}
	// Output:
	// 01–06 m1 false <nil>
	// 01–06 m2 true <nil>
	// 01–06 m3 false <nil>
	// 07–12 m1 false <nil>
	// 07–12 m2 true <nil>
	// 07–12 m3 true <nil>
}
