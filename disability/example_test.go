package disability_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// RULES.md worked example 6: a grade-1 physically disabled member of a
// 低保 household who needs long-term care. The household is invented.
func exampleHousehold() *household.Household {
	return &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1962, 5, 3)},
		{ID: "m2", BirthDate: household.NewDate(1988, 10, 12),
			Disability: &household.Disability{Type: household.Physical, Grade: 1, LongTermCare: true}},
	}}
}

// exampleResult checks the example household on 2017-09-01 and assesses
// it with its 低保 coverage.
func exampleResult(lowIncome bool) disability.Result {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		panic(err)
	}
	c, err := exampleHousehold().Check(household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	r, err := a.Assess(c, disability.Inputs{LowIncome: lowIncome})
	if err != nil {
		panic(err)
	}
	return r
}

// A county run makes one Assessor, which validates the parameters once,
// and assesses every checked household with it.
func ExampleNew() {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	on := household.NewDate(2017, 9, 1)
	poor := &household.Household{ID: "H-POOR", Township: "尧渡镇", RegisteredPoor: true, Members: []household.Member{
		{ID: "p1", BirthDate: household.NewDate(1958, 2, 14),
			Disability: &household.Disability{Type: household.Visual, Grade: 3}},
	}}
	for _, h := range []*household.Household{exampleHousehold(), poor} {
		c, err := h.Check(on)
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.Assess(c, disability.Inputs{LowIncome: h.ID == "H-EXAMPLE"})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(h.ID, l.Member(), l.Item(), l.Annual().StringFixed(2))
		}
	}
	// Output:
	// H-EXAMPLE m2 living 800.00
	// H-EXAMPLE m2 nursing 720.00
	// H-POOR p1 living 400.00
}

func ExampleAssessor_Assess() {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := exampleHousehold().Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	// Whether the household is covered by 低保 is the lowincome package's
	// decision, handed in.
	r, err := a.Assess(c, disability.Inputs{LowIncome: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Lines {
		mark := ""
		if l.Provisional() {
			mark = " (provisional)"
		}
		fmt.Printf("%s %-7s %s%s\n", l.Member(), l.Item(), l.Annual().StringFixed(2), mark)
		fmt.Println("  ", l.Explanation().Render(policy.ZH))
	}
	fmt.Println("total", r.Total().StringFixed(2))
	// Output:
	// m2 living  800.00 (provisional)
	//    困难残疾人生活补贴（一级）：800.00 元/年
	// m2 nursing 720.00
	//    重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年
	// total 1520.00
}

// 应补尽补: the record shows the nursing subsidy received, the living
// subsidy not.
func ExampleAssessor_Assess_audit() {
	h := exampleHousehold()
	h.Current.Payments = []household.Payment{{Programme: policy.Disability, Item: disability.ItemNursing, Member: "m2",
		Monthly: decimal.RequireFromString("60.00")}}
	a, _ := disability.New(disability.Default2017())
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, disability.Inputs{LowIncome: true})
	for _, f := range r.Findings {
		fmt.Println(f.Kind(), f.Member(), f.Amount().StringFixed(2))
		fmt.Println("  ", f.Explanation().Render(policy.EN))
	}
	// Output:
	// unclaimed m2 800.00
	//    应补尽补: qualifies for the living subsidy but is not recorded as receiving it; due 800.00 yuan/year (66.67 yuan a month)
}

// A part of the year: the lines cover the months assessed, each rounded
// once (section 0: k months at annual rate R pay round(R × k / 12)).
func ExampleAssessor_Assess_period() {
	a, _ := disability.New(disability.Default2017())
	c, _ := exampleHousehold().Check(household.NewDate(2017, 9, 1))
	in := disability.Inputs{Period: policy.Period{From: time.July, To: time.December}, LowIncome: true}
	r, _ := a.Assess(c, in)
	for _, l := range r.Lines {
		fmt.Println(l.Item(), l.Period(), l.Annual().StringFixed(2), l.Schedule().Month().StringFixed(2))
	}
	// Output:
	// living 07–12 400.00 66.67
	// nursing 07–12 360.00 60.00
}

// A certificate issued in May 2017: both subsidies cover May to December,
// 8 months at their annual rates (section 0: round(R × 8 / 12), once).
func ExampleAssessor_Assess_certificate() {
	h := exampleHousehold()
	h.Members[1].Disability.Period = &household.MonthPeriod{From: household.NewYearMonth(2017, time.May)}
	a, _ := disability.New(disability.Default2017())
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, disability.Inputs{LowIncome: true})
	for _, l := range r.Lines {
		fmt.Println(l.Item(), l.Period(), l.Annual().StringFixed(2))
		fmt.Println("  ", l.Explanation().Render(policy.EN))
	}
	// Output:
	// living 05–12 533.33
	//    living subsidy (grade 1): 800.00 yuan/year; months 5–12, 8 months: 800.00 × 8 ÷ 12 = 533.33 yuan
	// nursing 05–12 480.00
	//    nursing subsidy (grade 1): 60.00 yuan/month × 12 = 720.00 yuan/year; months 5–12, 8 months: 720.00 × 8 ÷ 12 = 480.00 yuan
}

// A county tiers the living subsidy by hardship (分档补贴标准): grade 1
// members of 低保 households 1000.00 a year, and members of its hardship
// level 一类 1200.00. The line names the tier it pays.
func ExampleTiers() {
	county := func(v string) policy.Param[decimal.Decimal] {
		return policy.New("", decimal.RequireFromString(v), policy.Local, "county notice (invented)")
	}
	p := disability.Default2017()
	p.Living.ByHardship = map[string]disability.Tiers{
		disability.HardshipLowIncome: {Grade1: county("1000.00")},
		"一类":                         {Grade1: county("1200.00")},
	}
	a, err := disability.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	h := exampleHousehold()
	h.Members = append(h.Members, household.Member{ID: "m3", BirthDate: household.NewDate(1950, 6, 1), HardshipLevel: "一类",
		Disability: &household.Disability{Type: household.Visual, Grade: 1}})
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, disability.Inputs{LowIncome: true})
	for l := range r.LinesOf(policy.Select{Programme: policy.Disability, Item: disability.ItemLiving}) {
		fmt.Println(l.Member(), l.Annual().StringFixed(2), l.Params()[0].Name)
		fmt.Println("  ", l.Explanation().Render(policy.ZH))
	}
	// Output:
	// m2 1000.00 disability.living.by_hardship.lowincome.grade1
	//    困难残疾人生活补贴（一级，低保分档）：1000.00 元/年
	// m3 1200.00 disability.living.by_hardship.一类.grade1
	//    困难残疾人生活补贴（一级，一类分档）：1200.00 元/年
}

// A child in difficulty paid the full standard on the individual switch
// (2.2.3) is a 低保 recipient on his own: though the household is not
// covered, he receives the living subsidy as a member of a 低保 household.
func ExampleInputs() {
	h := &household.Household{ID: "H-CHILD", Township: "尧渡镇", Members: []household.Member{
		{ID: "a1", BirthDate: household.NewDate(1980, 2, 1)},
		{ID: "c1", BirthDate: household.NewDate(2010, 3, 1),
			Disability: &household.Disability{Type: household.Intellectual, Grade: 2}},
	}}
	a, _ := disability.New(disability.Default2017())
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, disability.Inputs{LowIncomeMembers: []string{"c1"}})
	living, _, _ := r.Holder("c1")
	fmt.Println(living.Outcome(), living.Clauses())
	fmt.Println(r.Lines[0].Member(), r.Lines[0].Item(), r.Lines[0].Annual().StringFixed(2))
	// Output:
	// eligible [2.2.4 2.2.3]
	// c1 living 800.00
}

// A certificate of grade 5 is bad input, named by its path: the record is
// refused when it is checked, before any programme assesses it.
func ExampleAssessor_Assess_error() {
	h := exampleHousehold()
	h.Members[1].Disability.Grade = 5
	_, err := h.Check(household.NewDate(2017, 9, 1))
	fmt.Println(errors.Is(err, policy.ErrInvalid), err)
	// Output: true members[1].disability.grade: 5 is not 1–4
}

func ExampleDefault2017() {
	p := disability.Default2017()
	for _, u := range []policy.Used{p.Living.Grade1.Used(), p.Living.Grade3.Used(), p.Nursing.Grade1.Used(),
		p.Nursing.Grade3Option.Used(), p.Nursing.Grade3.Used()} {
		fmt.Println(u.Name, u.Value, u.Provenance)
	}
	// Output:
	// disability.living.grade1 800.00 provisional
	// disability.living.grade3 400.00 provisional
	// disability.nursing.grade1 60.00 seed
	// disability.nursing.grade3_option false law
	// disability.nursing.grade3 60.00 derived
}

func ExampleParams_Validate() {
	p := disability.Default2017()
	p.Living.Grade2.Set = false
	fmt.Println(p.Validate())
	// Output: disability.living.grade2: is required
}

func ExampleLiving_Tier() {
	t, ok := disability.Default2017().Living.Tier(3)
	fmt.Println(t.Value.StringFixed(2), t.Provenance, ok)
	_, ok = disability.Default2017().Living.Tier(5)
	fmt.Println(ok)
	// Output:
	// 400.00 provisional true
	// false
}

func ExampleNursing_Tier() {
	t, ok := disability.Default2017().Nursing.Tier(2)
	fmt.Println(t.Value.StringFixed(2), ok)
	t, ok = disability.Default2017().Nursing.Tier(3)
	fmt.Println(t.Value.StringFixed(2), t.Provenance, ok)
	// Output:
	// 60.00 true
	// 60.00 derived true
}

// Each decision names its item, so a holder's living and nursing decisions
// are told apart without relying on their order.
func ExampleResult_Decisions() {
	r := exampleResult(false)
	for _, d := range r.Decisions {
		fmt.Println(d.Member(), d.Item(), d.Outcome(), d.Explanation().Render(policy.EN))
	}
	// Output:
	// m2 living ineligible grade 1 physical disability, not a member of a 低保 household nor of a registered-poor household: no living subsidy
	// m2 nursing eligible grade 1 physical disability, needs long-term care: receives the nursing subsidy
}

func ExampleResult_Holder() {
	r := exampleResult(true)
	living, nursing, ok := r.Holder("m2")
	fmt.Println(ok, living.Outcome(), nursing.Outcome())
	_, _, ok = r.Holder("m1") // no certificate
	fmt.Println(ok)
	// Output:
	// true eligible eligible
	// false
}

func ExampleResult_Total() {
	r := exampleResult(true)
	fmt.Println(r.Total().StringFixed(2))
	// Output: 1520.00
}

// A caller that assesses the year in runs (here January–March, April–
// October and November–December) joins the lines that go on unchanged and
// audits the joined lines: the unclaimed subsidies are the year's, not
// those of April–October, the run that holds the date.
func ExampleResult_AuditLines() {
	a, _ := disability.New(disability.Default2017())
	c, err := exampleHousehold().Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	var joined policy.Assessment
	var dated disability.Result
	for _, run := range []policy.Period{{From: 1, To: 3}, {From: 4, To: 10}, {From: 11, To: 12}} {
		r, err := a.Assess(c, disability.Inputs{Period: run, LowIncome: true, Joined: true})
		if err != nil {
			fmt.Println(err)
			return
		}
		joined.AppendRun(&r.Assessment, run)
		if run.Contains(time.September) {
			dated = r
		}
	}
	dated.AuditLines(&joined, joined.Lines)
	for _, f := range joined.Findings {
		fmt.Println(f.Explanation().Render(policy.EN))
	}
	// Output:
	// 应补尽补: qualifies for the living subsidy but is not recorded as receiving it; due 800.00 yuan/year (66.67 yuan a month)
	// 应补尽补: qualifies for the nursing subsidy but is not recorded as receiving it; due 720.00 yuan/year (60.00 yuan a month)
}
