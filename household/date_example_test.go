package household_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/safetynet-go/safetynet/household"
)

// NewDate builds a date from its parts as given, without normalising: a
// day that does not exist stays as it is, and Valid (or ParseDate, for
// text) is how to tell.
func ExampleNewDate() {
	d := household.NewDate(2017, time.September, 1)
	fmt.Println(d, d.Valid())
	bad := household.NewDate(2017, time.February, 29)
	fmt.Println(bad, bad.Valid())
	// Output:
	// 2017-09-01 true
	// 2017-02-29 false
}

// NewYearMonth names a month of a year, the unit a record's periods are
// written in ("2017-07").
func ExampleNewYearMonth() {
	ym := household.NewYearMonth(2017, time.July)
	fmt.Println(ym, ym.Valid(), ym.IsZero())
	fmt.Println(household.YearMonth{}.IsZero())
	// Output:
	// 2017-07 true false
	// true
}

// Compare orders dates, so a slice of them sorts with slices.SortFunc —
// here a member's admissions, in the order a claim list may give them.
func ExampleDate_Compare() {
	admissions := []household.Date{
		household.NewDate(2017, 8, 2), household.NewDate(2017, 4, 10), household.NewDate(2017, 4, 9),
	}
	slices.SortFunc(admissions, household.Date.Compare)
	fmt.Println(admissions)
	fmt.Println(admissions[0].Compare(admissions[0]), admissions[0].Compare(admissions[1]), admissions[2].Compare(admissions[1]))
	// Output:
	// [2017-04-09 2017-04-10 2017-08-02]
	// 0 -1 1
}

// Before and After place an event against the assessment date: a claim
// or hardship event dated after it is refused by Household.ValidateOn, and
// one on the date itself is neither before nor after it.
func ExampleDate_Before() {
	on := household.NewDate(2017, 9, 1)
	for _, d := range []household.Date{household.NewDate(2017, 8, 20), on, household.NewDate(2017, 10, 1)} {
		fmt.Println(d, "before:", d.Before(on), "after:", d.After(on))
	}
	// Output:
	// 2017-08-20 before: true after: false
	// 2017-09-01 before: false after: false
	// 2017-10-01 before: false after: true
}

// In clips a period of months to one year: a 特困 stay from October 2016
// to March 2017 covers January–March of 2017 and none of 2018; a nil
// period (none recorded) covers the whole year.
func ExampleMonthPeriod_In() {
	stay := &household.MonthPeriod{From: household.NewYearMonth(2016, time.October), To: household.NewYearMonth(2017, time.March)}
	p, ok := stay.In(2017)
	fmt.Println(stay, "in 2017:", p, ok)
	_, ok = stay.In(2018)
	fmt.Println("in 2018:", ok)
	var whole *household.MonthPeriod
	p, ok = whole.In(2017)
	fmt.Println(whole, "in 2017:", p, ok)
	// Output:
	// 2016-10 to 2017-03 in 2017: 01–03 true
	// in 2018: false
	// the whole year in 2017: 01–12 true
}

// Covers asks of one month what In gives for the year: a certificate valid
// from October 2016 to March 2017 covers March 2017, not April; a nil
// period covers every month.
func ExampleMonthPeriod_Covers() {
	valid := &household.MonthPeriod{From: household.NewYearMonth(2016, time.October), To: household.NewYearMonth(2017, time.March)}
	fmt.Println(valid.Covers(2017, time.March), valid.Covers(2017, time.April))
	var whole *household.MonthPeriod
	fmt.Println(whole.Covers(2017, time.December))
	// Output:
	// true false
	// true
}

// Valid tells the classes a caseworker may give (A, B, C, or none) from
// any other code, before a record is built from a form.
func ExampleClass_Valid() {
	for _, c := range []household.Class{household.ClassA, household.ClassNone, "D", "a"} {
		fmt.Printf("%q %v\n", c, c.Valid())
	}
	// Output:
	// "A" true
	// "" true
	// "D" false
	// "a" false
}
