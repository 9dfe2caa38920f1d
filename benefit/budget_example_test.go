package benefit_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

// samplesBudget adds the invented sample households named (every sample
// when none is named), assessed on the samples' date under the built-in
// 2017 set, to a new budget.
func samplesBudget(names ...string) *benefit.Budget {
	if len(names) == 0 {
		names = samples.Names()
	}
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	var b benefit.Budget
	for _, name := range names {
		h, err := samples.Household(name)
		if err != nil {
			panic(err)
		}
		br, err := a.Assess(h, samples.Date())
		if err != nil {
			panic(err)
		}
		b.Add(h, br)
	}
	return &b
}

// Add counts the household and its persons, and adds each line under its
// programme, item, township, payee and payer. A household whose lines
// come to nothing still counts.
func ExampleBudget_Add() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	var b benefit.Budget
	for _, name := range []string{"h01-yaodu", "h03-dadukou"} {
		h, err := samples.Household(name)
		if err != nil {
			panic(err)
		}
		br, err := a.Assess(h, samples.Date())
		if err != nil {
			panic(err)
		}
		b.Add(h, br)
		fmt.Println(h.ID, "added:", b.Households, "households,", b.Persons, "persons,", b.All().Annual.StringFixed(2))
	}
	// Output:
	// H-SAMPLE-01 added: 1 households, 4 persons, 22657.33
	// H-SAMPLE-03 added: 2 households, 7 persons, 23197.33
}

// Budgets of two shards (say two townships' offices) merge into exactly
// the budget of one pass over every household.
func ExampleBudget_Merge() {
	names := samples.Names()
	east, west := samplesBudget(names[:2]...), samplesBudget(names[2:]...)
	var total benefit.Budget
	total.Merge(west)
	total.Merge(east)
	one := samplesBudget()
	fmt.Println(total.Households, "households", total.All().Annual.StringFixed(2))
	fmt.Println("same as one pass:", total.All().Annual.Equal(one.All().Annual), total.Persons == one.Persons)
	// Output:
	// 6 households 36299.33
	// same as one pass: true true
}

// Rows gives one dimension's table: here the cost of each township, with
// the households that have lines there.
func ExampleBudget_Rows() {
	for _, r := range samplesBudget().Rows(benefit.ByTownship) {
		fmt.Printf("%s %9s %d households\n", r.Key, r.Annual.StringFixed(2), r.Households)
	}
	// Output:
	// 东流镇   3802.00 1 households
	// 大渡口镇    540.00 1 households
	// 官港镇   1800.00 1 households
	// 尧渡镇  23257.33 2 households
	// 张溪镇   6900.00 1 households
}

// WriteText writes the budget for finance: the counts, then a table per
// dimension (here the first, by programme) and the monthly outlays.
func ExampleBudget_WriteText() {
	var text strings.Builder
	if err := samplesBudget().WriteText(&text); err != nil {
		panic(err)
	}
	head, _, _ := strings.Cut(text.String(), "\n按明细")
	fmt.Println(head)
	// Output:
	// 预算 / budget: 6 户 households, 12 人 persons, 0 条无法评估 could not be assessed
	// 有待遇的 / with entitlements: 6 户 households, 11 人 persons (named on member lines)
	//
	// 按项目 / by programme
	//                                      本年合计 year total 月额 monthly rate    一次性 lump     lines     户 hh   人 pers
	//   残疾人两项补贴 disability                      2240.00            186.67           0.00         3         2         2
	//   最低生活保障 lowincome                        11799.00            983.25           0.00         5         2         3
	//   医疗救助 medical                               9020.00              0.00        9020.00        11         5        10
	//   特困人员救助供养 tekun                         9622.00            801.83           0.00         3         2         2
	//   临时救助 temporary                             3618.33              0.00        3618.33         3         2         1
}

// All is the grand total: the year's amount, split into the monthly rate
// of the lines paid by month and the lump sums paid once.
func ExampleBudget_All() {
	all := samplesBudget().All()
	fmt.Println("year", all.Annual.StringFixed(2), "monthly rate", all.Monthly.StringFixed(2), "lump sums", all.Lump.StringFixed(2))
	fmt.Println(all.Lines, "lines,", all.Households, "households,", all.Persons, "persons named")
	// Output:
	// year 36299.33 monthly rate 1971.75 lump sums 12638.33
	// 25 lines, 6 households, 11 persons named
}

// OutlayAll is the cash paid out in each month of the year. The samples'
// lines paid by month all run the whole year and pay 1971.75 in months
// 1–11; in December each pays its last month, whose remainders here happen
// to cancel out (h01's base +0.04, B uplift −0.04 and living subsidy
// −0.04, h02's 特困 support +0.04), so December too pays 1971.75. The
// months shown add lump sums: April, h01's inpatient claim (5600.00); June,
// h01's fire (3018.33); August, h05's inpatient claim (1800.00) and h06's
// emergency of 2017-08-20 (600.00); September, the month of assessment,
// the contribution sponsorship of nine members (9 × 180.00).
func ExampleBudget_OutlayAll() {
	b := samplesBudget()
	rate := b.All().Monthly
	fmt.Println("monthly rate", rate.StringFixed(2))
	o := b.OutlayAll()
	for m, amount := range o.Months {
		if !amount.Equal(rate) {
			fmt.Printf("month %d: %s (%s above)\n", m+1, amount.StringFixed(2), amount.Sub(rate).StringFixed(2))
		}
	}
	fmt.Println("year", o.Total.StringFixed(2))
	// Output:
	// monthly rate 1971.75
	// month 4: 7571.75 (5600.00 above)
	// month 6: 4990.08 (3018.33 above)
	// month 8: 4371.75 (2400.00 above)
	// month 9: 3591.75 (1620.00 above)
	// year 36299.33
}

// MedicalShortfall is what county finance must add when the medical-aid
// fund holds less than the medical aid due; it is zero when the fund
// suffices. The fund balances here are invented for the example.
func ExampleBudget_MedicalShortfall() {
	b := samplesBudget()
	for _, fund := range []string{"5000.00", "20000.00"} {
		fmt.Println("fund", fund, "shortfall", b.MedicalShortfall(decimal.RequireFromString(fund)).StringFixed(2))
	}
	// Output:
	// fund 5000.00 shortfall 4020.00
	// fund 20000.00 shortfall 0.00
}
