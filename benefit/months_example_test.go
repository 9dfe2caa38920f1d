package benefit_test

import (
	"fmt"
	"os"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// A county whose 2018 set comes into force on 1 July has no set for
// January to June: those months are not assessed, and every 2018 breakdown
// says so in the check CheckMonthsInForce.
func ExampleCheckMonthsInForce() {
	_, b := fromJuly2018()
	for _, c := range b.Checks() {
		if c.Name() == benefit.CheckMonthsInForce {
			fmt.Println(c.Status(), c.Clauses())
			fmt.Println(c.Explanation().Render(policy.ZH))
			fmt.Println(c.Explanation().Render(policy.EN))
		}
	}
	// Output:
	// not-assessed [0]
	// 2018年1–6月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）
	// 2018 months 1–6: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)
}

// A budget of 2018 under a set in force from 1 July names January to June
// as not assessed: their outlays of 0.00 are not "nothing due". From July
// the one-member household is paid the 2018 standard, 3912.00 ÷ 12 = 326.00
// a month.
func ExampleBudget_NotAssessed() {
	h, b := fromJuly2018()
	var budget benefit.Budget
	budget.Add(h, b)
	fmt.Println(budget.NotAssessed())
	fmt.Println(budget.OutlayAll().Months[0].StringFixed(2), budget.OutlayAll().Months[6].StringFixed(2))
	// Output:
	// [January February March April May June]
	// 0.00 326.00
}

// fromJuly2018 assesses an invented one-member household on 2018-09-01
// under the 2018 example set in force from 1 July, leaving January to June
// without a set.
func fromJuly2018() (*household.Household, *benefit.Breakdown) {
	f, err := os.Open("testdata/set-2018.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	p.From = household.NewDate(2018, 7, 1)
	a, err := benefit.New(p)
	if err != nil {
		panic(err)
	}
	h, err := household.Unmarshal([]byte(`{"id":"X1","township":"示例镇",
		"members":[{"id":"m1","birth_date":"1958-02-01","relation":"head"}]}`))
	if err != nil {
		panic(err)
	}
	b, err := a.Assess(h, household.NewDate(2018, 9, 1))
	if err != nil {
		panic(err)
	}
	return h, b
}
