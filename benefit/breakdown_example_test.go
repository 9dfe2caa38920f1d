package benefit_test

import (
	"fmt"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// sampleBreakdown assesses the named invented sample household on the
// samples' date under the built-in 2017 set.
func sampleBreakdown(name string) (*household.Household, *benefit.Breakdown) {
	h, err := samples.Household(name)
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, samples.Date(), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	return h, b
}

// A member under 特困 support lives with the household but is assessed
// alone: HouseholdSize, the n of the 低保 top-up, leaves that member out.
func ExampleBreakdown_HouseholdSize() {
	h, err := household.Unmarshal([]byte(`{"id":"H-EX","township":"示例镇","members":[
		{"id":"m1","birth_date":"1950-03-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}]},
		{"id":"m2","birth_date":"1952-06-01","relation":"spouse"},
		{"id":"m3","birth_date":"1955-01-01","relation":"sibling","tekun":{"mode":"dispersed"}}]}`))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	fmt.Println(len(h.Members), "members,", b.HouseholdSize(), "in the 低保 household")
	for _, l := range b.Lines {
		if l.Programme() == policy.LowIncome || l.Programme() == policy.Tekun {
			fmt.Println(l.Explanation().Render(policy.EN))
		}
	}
	// Output:
	// 3 members, 2 in the 低保 household
	// top-up: 3622.00 × 2 persons − 2000.00 = 5244.00 yuan/year
	// dispersed basic living standard: 3622.00 yuan/year, paid to the person
}

// Income is I, the counted income: what the members declare less the
// categories the set does not count (here sample 01's disability subsidy).
func ExampleBreakdown_Income() {
	h, b := sampleBreakdown("h01-yaodu")
	declared := decimal.Zero
	for _, m := range h.Members {
		for _, in := range m.Incomes {
			declared = declared.Add(in.Amount)
		}
	}
	fmt.Println("declared", declared.StringFixed(2), "counted", b.Income().StringFixed(2))
	for _, l := range b.Lines {
		if l.Programme() == policy.LowIncome && l.Item() == "base" {
			fmt.Println(l.Explanation().Render(policy.EN))
		}
	}
	// Output:
	// declared 6800.00 counted 6000.00
	// top-up: 3622.00 × 4 persons − 6000.00 = 8488.00 yuan/year
}

// For a county that raised its standard on 1 July, Sets names the set of
// each part of the year, so a caseworker can tell which standard paid
// which months.
func ExampleBreakdown_Sets() {
	f, err := os.Open("testdata/set-2017-07.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	july, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	a, err := benefit.New(benefit.Default2017(), july)
	if err != nil {
		panic(err)
	}
	h, err := samples.Household("h02-dongliu")
	if err != nil {
		panic(err)
	}
	b, err := a.Assess(h, samples.Date())
	if err != nil {
		panic(err)
	}
	for _, s := range b.Sets() {
		fmt.Println(s.Year, s.From, s.Name)
	}
	// Output:
	// 2017 2017-01-01 东至县 2017 (东政办〔2017〕43号)
	// 2017 2017-07-01 东至县 2017 年 7 月起（示例：标准提高至 3912 元/年·人）/ Dongzhi from July 2017 (example: standard raised to 3912)
}

// Provisional lists the parameters not yet confirmed for the county that
// this household's amounts rest on: what to confirm before paying them.
func ExampleBreakdown_Provisional() {
	_, b := sampleBreakdown("h01-yaodu")
	for _, u := range b.Provisional() {
		fmt.Println(u.Name, u.Value)
	}
	// Output:
	// lowincome.counted.disability-subsidy false
	// disability.living.grade2 800.00
	// medical.contribution 180.00
	// medical.lowincome.annual_cap 20000.00
	// temporary.multiple.fire 10.00
}

// Checks are the same for every household of the year; those not
// assessed name the local figures the county has yet to supply. The 低保
// asset test (lowincome.assets) is not among them: it is the household's
// own, in Breakdown.Assets.
func ExampleBreakdown_Checks() {
	_, b := sampleBreakdown("h02-dongliu")
	for _, c := range b.Checks() {
		if c.Status() != policy.Pass {
			fmt.Println(c.Name(), c.Status())
		}
	}
	// Output:
	// lowincome.two_lines not-assessed
	// tekun.dispersed.consumption not-assessed
	// tekun.centralized.consumption not-assessed
}

// AssetsByPeriod gives the 低保 asset test of each run of months where
// the year's tests differ: here a county allows no car until June and one
// from July, so a household with one car fails the test for months 1–6
// and passes it for 7–12; Assets is the test of the assessment date's
// month. Where the test is alike all year, AssetsByPeriod gives none.
func ExampleBreakdown_AssetsByPeriod() {
	limits := func(from time.Month, vehicles int) *benefit.Params {
		p := benefit.Default2017()
		p.From = household.NewDate(2017, from, 1)
		p.LowIncome.Assets.Vehicles = policy.New("lowincome.assets.vehicles", vehicles, policy.Local,
			"县财产核查标准（示例）/ the county's asset limits (example)")
		return p
	}
	a, err := benefit.New(limits(time.January, 0), limits(time.July, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := household.Unmarshal([]byte(`{"id":"V1","township":"示例镇",
		"assets":{"deposits":"0.00","vehicles":1,"extra_housing":0},
		"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := a.Assess(h, household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range b.AssetsByPeriod() {
		fmt.Println(c.Period(), c.Status(), c.Explanation().Render(policy.ZH))
	}
	fmt.Println("on 2017-09-01:", b.Assets.Period(), b.Assets.Status())
	// Output:
	// 01–06 fail 财产核查未通过：机动车 1 辆多于 0 辆
	// 07–12 pass 财产核查通过
	// on 2017-09-01: 07–12 pass
}

// All is the household's whole entitlement for the year, over every
// programme and payee; AllFen is the same sum in fen, for exact
// arithmetic.
func ExampleTotals_All() {
	_, b := sampleBreakdown("h01-yaodu")
	fmt.Println(b.Totals.All().StringFixed(2), "yuan =", int64(b.Totals.AllFen()), "fen")
	// Output:
	// 22657.33 yuan = 2265733 fen
}

// ByProgramme gives one row per programme the household has lines in,
// with the number of lines each adds up.
func ExampleTotals_ByProgramme() {
	_, b := sampleBreakdown("h01-yaodu")
	for _, t := range b.Totals.ByProgramme() {
		fmt.Printf("%-10s %9s lines: %d\n", t.Key, t.Annual.StringFixed(2), t.Lines)
	}
	// Output:
	// disability   1520.00 lines: 2
	// lowincome   11799.00 lines: 4
	// medical      6320.00 lines: 5
	// temporary    3018.33 lines: 1
}

// ByPayee says who receives the money: the household, a member, a nursing
// home or the medical insurance fund (contribution sponsorship).
func ExampleTotals_ByPayee() {
	_, b := sampleBreakdown("h04-zhangxi")
	for _, t := range b.Totals.ByPayee() {
		fmt.Printf("%-22s %8s lines: %d\n", t.Key, t.Annual.StringFixed(2), t.Lines)
	}
	// Output:
	// institution             6000.00 lines: 1
	// medical-insurance-fund   180.00 lines: 1
	// member                   720.00 lines: 2
}

// ByPayer says which fund pays: the civil-affairs fund or the medical-aid
// fund.
func ExampleTotals_ByPayer() {
	_, b := sampleBreakdown("h01-yaodu")
	for _, t := range b.Totals.ByPayer() {
		fmt.Printf("%-18s %9s lines: %d\n", t.Key, t.Annual.StringFixed(2), t.Lines)
	}
	// Output:
	// civil-affairs-fund  16337.33 lines: 7
	// medical-aid-fund     6320.00 lines: 5
}

// Programme reads one programme's total: sample 05, an extended-group
// inpatient claim, has medical aid and no 低保 (a programme with no lines
// is 0.00).
func ExampleTotals_Programme() {
	_, b := sampleBreakdown("h05-guandi")
	fmt.Println(b.Totals.Programme(policy.Medical).StringFixed(2), b.Totals.Programme(policy.LowIncome).StringFixed(2))
	// Output:
	// 1800.00 0.00
}

// Payee reads what one payee receives: here the class 2 nursing home
// caring for sample 04's 特困 resident.
func ExampleTotals_Payee() {
	_, b := sampleBreakdown("h04-zhangxi")
	fmt.Println(b.Totals.Payee(policy.PayInstitution).StringFixed(2))
	// Output:
	// 6000.00
}

// Payer reads what one fund pays: the medical-aid fund pays sample 01's
// inpatient aid and its four members' contribution sponsorship; county
// finance pays nothing on this household's lines.
func ExampleTotals_Payer() {
	_, b := sampleBreakdown("h01-yaodu")
	fmt.Println(b.Totals.Payer(policy.MedicalAidFund).StringFixed(2), b.Totals.Payer(policy.CountyFinance).StringFixed(2))
	// Output:
	// 6320.00 0.00
}

// The departments a breakdown refers needs to (clause 3.2), in the order
// it lists them, with their names.
func ExampleDepartments() {
	for _, d := range benefit.Departments() {
		zh, en := d.Name()
		fmt.Println(d, zh, en)
	}
	// Output:
	// housing 住建部门 housing and construction
	// health 卫计部门 health and family planning
	// human-resources 人社部门 human resources and social security
	// civil-affairs 民政部门 civil affairs
}
