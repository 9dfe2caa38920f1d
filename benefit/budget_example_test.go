package benefit_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
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
	// 7 households 40690.33
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
	// 香隅镇   4391.00 1 households
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
	// 预算 / budget: 7 户 households, 13 人 persons, 0 条无法评估 could not be assessed
	// 有待遇的 / with entitlements: 7 户 households, 12 人 persons (named on member lines)
	//
	// 按项目 / by programme
	//                                      本年合计 year total 月额 monthly rate    一次性 lump     lines     户 hh   人 pers
	//   残疾人两项补贴 disability                      2240.00            186.67           0.00         3         2         2
	//   最低生活保障 lowincome                        11799.00            983.25           0.00         5         2         3
	//   医疗救助 medical                               9200.00              0.00        9200.00        12         6        11
	//   特困人员救助供养 tekun                        13833.00           1503.66           0.00         5         3         3
	//   临时救助 temporary                             3618.33              0.00        3618.33         3         2         1
}

// All is the grand total: the year's amount, split into the monthly rate
// of the lines paid by month and the lump sums paid once.
func ExampleBudget_All() {
	all := samplesBudget().All()
	fmt.Println("year", all.Annual.StringFixed(2), "monthly rate", all.Monthly.StringFixed(2), "lump sums", all.Lump.StringFixed(2))
	fmt.Println(all.Lines, "lines,", all.Households, "households,", all.Persons, "persons named")
	// Output:
	// year 40690.33 monthly rate 2673.58 lump sums 12818.33
	// 28 lines, 7 households, 12 persons named
}

// OutlayAll is the cash paid out in each month of the year, against the
// monthly rate, which counts every recurring line as if it paid every
// month. The samples' whole-year lines pay 1971.75 in months 1–11; in
// December each pays its last month, whose remainders here happen to
// cancel out (h01's base +0.04, B uplift −0.04 and living subsidy −0.04,
// h02's 特困 support +0.04), so December too pays 1971.75. h07's 特困
// support is two lines: 301.83 a month to the person in January–June
// (301.85 in June, the schedule's last month) and 400.00 a month to the
// nursing home from July, so each month pays one of them and not the
// other. The months add lump sums: April, h01's inpatient claim
// (5600.00); June, h01's fire (3018.33); August, h05's inpatient claim
// (1800.00) and h06's emergency of 2017-08-20 (600.00); September, the
// month of assessment, the contribution sponsorship of ten members
// (10 × 180.00).
func ExampleBudget_OutlayAll() {
	b := samplesBudget()
	rate := b.All().Monthly
	fmt.Println("monthly rate", rate.StringFixed(2))
	o := b.OutlayAll()
	for m, amount := range o.Months {
		if d := amount.Sub(rate); !d.IsZero() {
			sign := "+"
			if d.IsNegative() {
				sign = ""
			}
			fmt.Printf("month %d: %s (%s%s against the rate)\n", m+1, amount.StringFixed(2), sign, d.StringFixed(2))
		}
	}
	fmt.Println("year", o.Total.StringFixed(2))
	// Output:
	// monthly rate 2673.58
	// month 1: 2273.58 (-400.00 against the rate)
	// month 2: 2273.58 (-400.00 against the rate)
	// month 3: 2273.58 (-400.00 against the rate)
	// month 4: 7873.58 (+5200.00 against the rate)
	// month 5: 2273.58 (-400.00 against the rate)
	// month 6: 5291.93 (+2618.35 against the rate)
	// month 7: 2371.75 (-301.83 against the rate)
	// month 8: 4771.75 (+2098.17 against the rate)
	// month 9: 4171.75 (+1498.17 against the rate)
	// month 10: 2371.75 (-301.83 against the rate)
	// month 11: 2371.75 (-301.83 against the rate)
	// month 12: 2371.75 (-301.83 against the rate)
	// year 40690.33
}

// MedicalShortfall is what county finance must add when the medical-aid
// fund holds less than the medical aid due; it is zero when the fund
// suffices; a fund that is not money is refused. The fund balances here are
// invented for the example.
func ExampleBudget_MedicalShortfall() {
	b := samplesBudget()
	for _, fund := range []string{"5000.00", "20000.00", "-1.00"} {
		short, err := b.MedicalShortfall(decimal.RequireFromString(fund))
		if err != nil {
			fmt.Println("fund", fund, "refused:", err)
			continue
		}
		fmt.Println("fund", fund, "shortfall", short.StringFixed(2))
	}
	// Output:
	// fund 5000.00 shortfall 4200.00
	// fund 20000.00 shortfall 0.00
	// fund -1.00 refused: fund: -1 is negative
}

// AddError counts a record that could not be assessed: a budget says how
// many households it rests on and how many failed, never dropping one
// silently.
func ExampleBudget_AddError() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	b := samplesBudget("h01-yaodu")
	bad := &household.Household{ID: "X", Township: "T"} // no members: invalid
	if _, err := a.Assess(bad, samples.Date()); err != nil {
		b.AddError()
	}
	fmt.Println(b.Households, "assessed,", b.Failed, "failed")
	// Output: 1 assessed, 1 failed
}

// The dimensions a budget totals by, in the order its text lists them.
func ExampleDimensions() {
	fmt.Println(benefit.Dimensions())
	// Output: [programme item township payee payer]
}
