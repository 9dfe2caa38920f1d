package lowincome_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// An invented household of three (RULES.md worked example 2): one class A
// and one class B member, counted income 4500.00 a year.
func exampleHousehold() *household.Household {
	return &household.Household{
		ID: "H-EXAMPLE", Township: "尧渡镇",
		Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(1958, 4, 2), Class: household.ClassA,
				Incomes: []household.Income{{Category: household.Agriculture, Amount: decimal.RequireFromString("4500.00")}}},
			{ID: "m2", BirthDate: household.NewDate(1961, 8, 19), Class: household.ClassB},
			{ID: "m3", BirthDate: household.NewDate(1990, 1, 5), AbleToWork: true},
		},
	}
}

// check checks the example household for 1 September 2017.
func check(h *household.Household) household.Checked {
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	return c
}

func ExampleNew() {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	// One Assessor serves any number of households, from any goroutine.
	r, err := as.Assess(check(exampleHousehold()), lowincome.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Size(), r.Income().StringFixed(2), r.Line().StringFixed(2), r.Margin().StringFixed(2))
	// Output: 3 4500.00 10866.00 -6366.00
}

func ExampleAssessor_Assess() {
	as, _ := lowincome.New(lowincome.Default2017())
	r, err := as.Assess(check(exampleHousehold()), lowincome.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Coverage().Outcome(), r.Coverage().Explanation().Render(policy.ZH))
	for _, l := range r.Lines {
		fmt.Printf("%-8s %-3s %8s  %s\n", l.Item(), l.Member(), l.Annual().StringFixed(2), l.Explanation().Render(policy.EN))
	}
	fmt.Println("total", r.Total().StringFixed(2))
	// Output:
	// eligible 家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元
	// base          6366.00  top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year
	// uplift-a m1   1086.60  class A uplift: 3622.00 × 30% = 1086.60 yuan/year
	// uplift-b m2    724.40  class B uplift: 3622.00 × 20% = 724.40 yuan/year
	// total 8177.00
}

func ExampleAssessor_Assess_exitReview() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := exampleHousehold()
	h.Current.LowIncome = true // a recipient whose income rose (worked example 4)
	h.Members[0].Incomes[0].Amount = decimal.RequireFromString("12000.00")
	r, err := as.Assess(check(h), lowincome.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Coverage().Outcome(), r.Covered())
	fmt.Println(r.Coverage().Explanation().Render(policy.EN))
	// Output:
	// exit-pending true
	// recipient's income 12000.00 is above the line 3622.00 × 3 persons = 10866.00 by 1134.00 yuan; stable rise not confirmed: exit pending confirmation, still a recipient until the exit is confirmed (base 0; any uplifts and children's lines continue)
}

// A member under 特困 support for some months is out of the 低保 household
// in those months only (section 0): the year is assessed run by run.
func ExampleAssessor_Assess_supportRuns() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 3, 1),
			Incomes: []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("2000.00")}}},
		{ID: "m2", BirthDate: household.NewDate(1946, 5, 1), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.March), To: household.NewYearMonth(2017, time.August)}}},
	}}
	c := check(h)
	if _, err := as.Assess(c, lowincome.Inputs{}); err != nil {
		fmt.Println(err)
	}
	runs, n := c.SupportRuns(policy.Year)
	for _, run := range runs[:n] {
		r, _ := as.Assess(c, lowincome.Inputs{Period: run})
		fmt.Println(run, r.Size(), r.Lines[0].Annual().StringFixed(2))
	}
	// Output:
	// members[1].tekun.period: 2017-03 to 2017-08 covers only part of inputs.period 01–12 (the 特困 months of 2017 are 03–08): assess the months before, during and after the support separately (household.Checked.SupportRuns)
	// 01–02 2 874.00
	// 03–08 1 811.00
	// 09–12 2 1748.00
}

func ExampleInputs() {
	as, _ := lowincome.New(lowincome.Default2017())
	// July to December only: each recurring line pays round(R × 6 / 12).
	r, _ := as.Assess(check(exampleHousehold()), lowincome.Inputs{Period: policy.Period{From: time.July, To: time.December}})
	for _, l := range r.Lines {
		fmt.Println(l.Item(), l.Period(), l.Annual().StringFixed(2), l.Schedule().Month().StringFixed(2))
	}
	// Output:
	// base 07–12 3183.00 530.50
	// uplift-a 07–12 543.30 90.55
	// uplift-b 07–12 362.20 60.37
}

func ExampleResult_CoveredMonths() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := exampleHousehold()
	// Covered from July (lowincome_period {"from": "2017-07"}): each line
	// pays its annual rate R for six months, round(R × 6 / 12).
	h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, time.July)}
	r, _ := as.Assess(check(h), lowincome.Inputs{})
	fmt.Println(r.CoveredMonths())
	fmt.Println(r.Lines[0].Explanation().Render(policy.ZH))
	// Output:
	// 07–12 true
	// 补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年；7–12月共 6 个月：6366.00 × 6 ÷ 12 = 3183.00 元
}

func ExampleResult_IndividualRecipients() {
	p := lowincome.Default2017()
	p.ChildMode.Value = lowincome.ChildIndividual // 2.2.3 全额 read against 补差
	as, _ := lowincome.New(p)
	h := exampleHousehold()
	h.Members[0].Incomes[0].Amount = decimal.RequireFromString("20000.00") // above the line
	h.Members = append(h.Members, household.Member{ID: "m4", BirthDate: household.NewDate(2010, 5, 1),
		Child: household.ChildInDifficulty})
	r, _ := as.Assess(check(h), lowincome.Inputs{})
	fmt.Println(r.Covered(), r.IndividualRecipients(), r.Total().StringFixed(2))
	// Output: false [m4] 3622.00
}

func ExampleResult_IndividualMonths() {
	p := lowincome.Default2017()
	p.ChildMode.Value = lowincome.ChildIndividual
	as, _ := lowincome.New(p)
	h := exampleHousehold()
	h.Members[0].Incomes[0].Amount = decimal.RequireFromString("20000.00") // above the line
	h.Members = append(h.Members, household.Member{ID: "m4", BirthDate: household.NewDate(2010, 5, 1),
		Child: household.ChildInDifficulty})
	// 低保 months August only: m4 is a recipient on his own in August, paid
	// 3622.00 × 1 ÷ 12 = 301.83, and not in the other months of the run.
	h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, time.August),
		To: household.NewYearMonth(2017, time.August)}
	r, _ := as.Assess(check(h), lowincome.Inputs{})
	fmt.Println(r.IndividualRecipients(), r.Total().StringFixed(2))
	fmt.Println(r.IndividualMonths())
	// Output:
	// [m4] 301.83
	// 08–08 true
}

func ExampleResult_EveryMemberIncome() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := exampleHousehold()
	h.Members[2].Tekun.Mode = household.TekunDispersed // assessed alone
	h.Members[2].Incomes = []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("2000.00")}}
	r, _ := as.Assess(check(h), lowincome.Inputs{})
	fmt.Println(r.Size(), r.Income().StringFixed(2), r.EveryMemberIncome().StringFixed(2))
	// Output: 2 4500.00 6500.00
}

func ExampleAssessor_Incomes() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := exampleHousehold()
	h.Members[1].Incomes = []household.Income{{Category: household.DisabilityPay, Amount: decimal.RequireFromString("800.00")}}
	entries, _ := as.Incomes(check(h), lowincome.Inputs{})
	for _, in := range entries {
		fmt.Println(in.Member, in.Category, in.Amount.StringFixed(2), in.Counted)
	}
	// Output:
	// m1 agriculture 4500.00 true
	// m2 disability-subsidy 800.00 false
}

func ExampleResult_LinesOf() {
	as, _ := lowincome.New(lowincome.Default2017())
	r, _ := as.Assess(check(exampleHousehold()), lowincome.Inputs{})
	for l := range r.LinesOf(policy.Select{Member: "m2"}) {
		fmt.Println(l.Item(), l.Annual().StringFixed(2))
	}
	// Output: uplift-b 724.40
}

func ExampleAssessor_Params() {
	as, _ := lowincome.New(lowincome.Default2017())
	p := as.Params()
	u := p.Standard.Used()
	fmt.Println(u.Name, u.Value, u.Provenance)
	// Output: lowincome.standard 3622.00 seed
}

func ExampleDefault2017() {
	p := lowincome.Default2017()
	for _, q := range []policy.Used{p.Standard.Used(), p.UpliftA.Used(), p.UpliftB.Used()} {
		fmt.Println(q.Name, q.Value, q.Provenance)
	}
	fmt.Println(p.PovertyLine.Name, p.PovertyLine.Provenance, "set:", p.PovertyLine.Set)
	// Output:
	// lowincome.standard 3622.00 seed
	// lowincome.uplift_a 0.30 seed
	// lowincome.uplift_b 0.20 seed
	// lowincome.poverty_line local set: false
}

func ExampleParams_Validate() {
	p := lowincome.Default2017()
	p.UpliftA.Value = decimal.RequireFromString("1.30")
	fmt.Println(p.Validate())
	// Output: lowincome.uplift_a: 1.3 is not a rate from 0 to 1
}

func ExampleParams_CheckTwoLines() {
	p := lowincome.Default2017()
	fmt.Println(p.CheckTwoLines().Status())
	p.PovertyLine = policy.New("lowincome.poverty_line", decimal.RequireFromString("3335.00"), policy.Local, "county notice")
	c := p.CheckTwoLines()
	fmt.Println(c.Status(), c.Explanation().Render(policy.ZH))
	p.PovertyLine.Value = decimal.RequireFromString("3700.00")
	fmt.Println(p.CheckTwoLines().Shortfall())
	// Output:
	// not-assessed
	// pass 低保标准 3622.00 元/年·人 ≥ 扶贫标准 3335.00：两线合一
	// 78
}

func ExampleAssetLimits_Configured() {
	p := lowincome.Default2017()
	fmt.Println(p.Assets.Configured())
	p.Assets.Vehicles = policy.New("lowincome.assets.vehicles", 0, policy.Local, "county rule")
	fmt.Println(p.Assets.Configured())
	// Output:
	// false
	// true
}

func ExampleResult_Total() {
	as, _ := lowincome.New(lowincome.Default2017())
	r, _ := as.Assess(check(exampleHousehold()), lowincome.Inputs{})
	fmt.Println(r.Total().StringFixed(2))
	// Output: 8177.00
}

// A caller that assesses the year in runs — here because m2 is under 特困
// support from April to October — joins the lines that go on unchanged and
// compares the joined lines with what is paid now: m1's class B uplift is
// one line for the year, 60.37 a month in months 1–11.
func ExampleResult_AuditLines() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 3, 1), Class: household.ClassB,
			Incomes: []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("2000.00")}}},
		{ID: "m2", BirthDate: household.NewDate(1940, 1, 1), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.April), To: household.NewYearMonth(2017, time.October)}}},
	}}
	h.Current.LowIncome = true
	h.Current.Payments = []household.Payment{
		{Programme: policy.LowIncome, Item: lowincome.ItemBase, Monthly: decimal.RequireFromString("135.17")},
		{Programme: policy.LowIncome, Item: lowincome.ItemUpliftB, Member: "m1", Monthly: decimal.RequireFromString("60.00")},
	}
	c := check(h)
	var joined policy.Assessment
	var dated lowincome.Result
	runs, n := c.SupportRuns(policy.Period{})
	for _, run := range runs[:n] {
		r, err := as.Assess(c, lowincome.Inputs{Period: run, Joined: true})
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
	for _, l := range joined.Lines {
		fmt.Printf("%-8s %-3s %s %8s\n", l.Item(), l.Member(), l.Period(), l.Annual().StringFixed(2))
	}
	for _, f := range joined.Findings {
		fmt.Println(f.Explanation().Render(policy.EN))
	}
	// Output:
	// base         01–03  1311.00
	// uplift-b m1  01–12   724.40
	// base         04–10   946.17
	// base         11–12   874.00
	// underpaid: paid now 60.00 yuan/month, due 60.37 yuan/month (months 1–11), 0.37 yuan/month short
}

// EveryMemberIncomeFen is EveryMemberIncome in fen: less IncomeFen, it is
// the income of the members under 特困 support, who are outside the 低保
// household (section 0) but whose income the 救急难 comparison of 2.4.2
// reads: 6500.00 − 4500.00 = 2000.00, m3's wages.
func ExampleResult_EveryMemberIncomeFen() {
	as, _ := lowincome.New(lowincome.Default2017())
	h := exampleHousehold()
	h.Members[2].Tekun.Mode = household.TekunDispersed // assessed alone
	h.Members[2].Incomes = []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("2000.00")}}
	r, _ := as.Assess(check(h), lowincome.Inputs{})
	every := r.EveryMemberIncomeFen()
	fmt.Println(int64(every), every, every-r.IncomeFen())
	// Output: 650000 6500.00 2000.00
}

// The uplift's two switches and the child mode (2.1.2, 2.2.3), each with
// the default first: the choices a county's parameter form offers.
func ExampleUpliftBases() {
	fmt.Println(lowincome.UpliftBases(), lowincome.UpliftScopes(), lowincome.ChildModes())
	// Output: [standard share] [all registered-poor] [in-household individual]
}
