package tekun_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// RULES.md worked example 5: a dispersed 特困 person, and a centralized
// one in a class-2 home. The persons and the home are invented.
func ExampleAssessor_Assess() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed}},
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
			Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2}},
	}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Lines {
		fmt.Println(l.Member(), l.Item(), l.Annual().StringFixed(2), l.Payee())
		fmt.Println("  ", l.Explanation().Render(policy.EN))
	}
	// Output:
	// t1 dispersed 3622.00 member
	//    dispersed basic living standard: 3622.00 yuan/year, paid to the person
	// t2 quota 6000.00 institution
	//    class 2 nursing-home quota subsidy: max(quota 6000.00, centralized standard 4800.00) = 6000.00 yuan/year, paid to the institution JLY-01
}

// A resident of a class-2 home from March to October: eight months,
// prorated, the explanation going on from the whole-year formula to the
// months.
func ExampleAssessor_Assess_partYear() {
	a, _ := tekun.New(tekun.Default2017())
	stay := &household.MonthPeriod{From: household.NewYearMonth(2017, time.March), To: household.NewYearMonth(2017, time.October)}
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20), Tekun: household.Tekun{
			Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2, Period: stay}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, tekun.Inputs{})
	l := r.Lines[0]
	fmt.Println(l.Annual().StringFixed(2), l.Months(), l.Period(), l.Schedule().Month().StringFixed(2))
	fmt.Println(l.Explanation().Render(policy.ZH))
	// Output:
	// 4000.00 8 03–10 500.00
	// 二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01；3–10月共 8 个月：6000.00 × 8 ÷ 12 = 4000.00 元
}

// 2.2.2 referrals: a person in full care is referred to a nursing-type
// institution, one with a mental illness to a psychiatric welfare
// institution, in the month of the assessment date; referrals pay nothing.
func ExampleAssessor_Assess_referral() {
	a, _ := tekun.New(tekun.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1938, 4, 12), MentalIllness: true,
			Tekun: household.Tekun{Mode: household.TekunDispersed, SelfCare: household.SelfCareNone}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, tekun.Inputs{})
	for _, l := range r.Lines {
		if l.Form() == policy.Referral {
			fmt.Println(l.Item(), l.Period(), l.Service())
			fmt.Println("  ", l.Explanation().Render(policy.EN))
		}
	}
	fmt.Println(r.SupportFen())
	// Output:
	// refer-nursing 09–09 护理型特困供养机构或特护区 / nursing-type 特困 institution or special-care ward
	//    a 特困 person who needs full care: referred to a nursing-type 特困 institution or special-care ward for nursing care (no amount)
	// refer-psychiatric 09–09 精神病人福利机构 / psychiatric welfare institution
	//    a 特困 person who has a recorded diagnosis of mental illness: referred to a psychiatric welfare institution for specialised care (no amount)
	// 3622.00
}

// Assessing the first half of the year: the lines cover January to June.
func ExampleInputs() {
	a, _ := tekun.New(tekun.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, tekun.Inputs{Period: policy.Period{From: time.January, To: time.June}})
	for _, l := range r.Lines {
		fmt.Println(l.Item(), l.Annual().StringFixed(2), l.Period())
	}
	// Output: dispersed 1811.00 01–06
}

// One decision per supported member, in record order; the other members
// are the 低保 household's.
func ExampleResult() {
	a, _ := tekun.New(tekun.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 5)},
		{ID: "m2", BirthDate: household.NewDate(1941, 7, 9), Tekun: household.Tekun{Mode: household.TekunDispersed}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Decisions {
		var total policy.Money
		for l := range r.LinesOf(policy.Select{Member: d.Member()}) {
			total += l.Amount()
		}
		fmt.Println(d.Member(), d.Outcome(), total)
		fmt.Println(d.Explanation().Render(policy.EN))
	}
	// Output:
	// m2 eligible 3622.00
	// under 特困 support (dispersed) for 12 months: assessed alone, outside the 低保 household, neither counted in its size nor its income
}

// With the care subsidy configured, a supported member must have a
// self-care level.
func ExampleAssessor_Assess_error() {
	p := tekun.Default2017()
	p.Care.None = policy.New("tekun.care.none", decimal.RequireFromString("1200.00"), policy.Local, "county scheme (invented)")
	a, _ := tekun.New(p)
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20), Tekun: household.Tekun{Mode: household.TekunDispersed}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	_, err := a.Assess(c, tekun.Inputs{})
	fmt.Println(errors.Is(err, policy.ErrInvalid), err)
	// Output: true members[0].tekun.self_care: is required: the care subsidy is configured
}

// A county run makes one Assessor, which validates the parameters once,
// and assesses every household with it; New refuses a parameter set that
// does not validate.
func ExampleNew() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	on := household.NewDate(2017, 9, 1)
	for _, m := range []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.July)}}},
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
			Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-03", HomeClass: household.HomeClass3}},
	} {
		h := &household.Household{ID: "H-" + m.ID, Township: "尧渡镇", Members: []household.Member{m}}
		c, err := h.Check(on)
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.Assess(c, tekun.Inputs{})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(l.Member(), l.Item(), l.Annual().StringFixed(2), l.Payee())
		}
	}
	p := tekun.Default2017()
	p.Dispersed.Set = false
	_, err = tekun.New(p)
	fmt.Println(errors.Is(err, policy.ErrInvalid), err)
	// Output:
	// t1 dispersed 1811.00 member
	// t2 quota 7200.00 institution
	// true tekun.dispersed: is required
}

func ExampleParams_Minimums() {
	p := tekun.Default2017()
	s := decimal.RequireFromString("3622.00") // the 低保 standard, from lowincome
	m, _ := p.Minimums(s)
	fmt.Println(m.Dispersed.Value.StringFixed(2), m.Centralized.Value.StringFixed(2), m.Dispersed.Assessed)
	p.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("9000.00"), policy.Local, "county statistics (invented)")
	m, _ = p.Minimums(s)
	fmt.Println(m.Dispersed.Explanation.Render(policy.EN))
	// Output:
	// 3622.00 4800.00 false
	// dispersed minimum: max(60% × last year's consumption per capita 9000.00, the 低保 standard 3622.00, 3600.00) = 5400.00 yuan/year
}

// With a realistic consumption figure the 2017 defaults fail the 60% test:
// a finding for the county, with its shortfall.
func ExampleParams_Checks() {
	p := tekun.Default2017()
	p.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("9000.00"), policy.Local, "county statistics (invented)")
	cs, err := p.Checks(decimal.RequireFromString("3622.00"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		if c.Status() != policy.Pass {
			fmt.Println(c.Name(), c.Status(), c.Shortfall().StringFixed(2))
			fmt.Println("  ", c.Explanation().Render(policy.EN))
		}
	}
	// Output:
	// tekun.dispersed.consumption fail 1778.00
	//    dispersed standard 3622.00 yuan/year is below 60% × last year's consumption per capita 9000.00 = 5400.00 by 1778.00 yuan
	// tekun.centralized.consumption fail 600.00
	//    centralized standard 4800.00 yuan/year is below 60% × last year's consumption per capita 9000.00 = 5400.00 by 600.00 yuan
}

func ExampleParams_Validate() {
	p := tekun.Default2017()
	p.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("-9000.00"), policy.Local, "")
	fmt.Println(p.Validate())
	// Output: tekun.consumption: -9000 is negative
}

func ExampleDefault2017() {
	p := tekun.Default2017()
	for _, u := range []policy.Used{p.Dispersed.Used(), p.Centralized.Used(), p.Quota.Class3.Adopted.Used(), p.CareShare.Used()} {
		fmt.Println(u.Name, u.Value, u.Provenance)
	}
	fmt.Println(p.Consumption.Name, p.Consumption.Provenance, "set:", p.Consumption.Set, "care:", p.Care.Configured())
	// Output:
	// tekun.dispersed 3622.00 derived
	// tekun.centralized 4800.00 seed
	// tekun.quota.class3.adopted 7200.00 seed
	// tekun.care_share 0.10 provisional
	// tekun.consumption local set: false care: false
}

func ExampleCare_Configured() {
	p := tekun.Default2017()
	fmt.Println(p.Care.Configured())
	p.Care.None = policy.New("tekun.care.none", decimal.RequireFromString("1200.00"), policy.Local, "county scheme (invented)")
	fmt.Println(p.Care.Configured())
	// Output:
	// false
	// true
}

func ExampleCare_Level() {
	p := tekun.Default2017()
	c, ok := p.Care.Level(household.SelfCarePartial)
	fmt.Println(c.Name, c.Set, ok)
	// Output: tekun.care.partial false true
}

func ExampleQuotas_Class() {
	q, ok := tekun.Default2017().Quota.Class(household.HomeClass2)
	fmt.Println(q.Floor.Value.StringFixed(2), q.Adopted.Value.StringFixed(2), ok)
	_, ok = tekun.Default2017().Quota.Class(household.HomeUnrated)
	fmt.Println(ok)
	// Output:
	// 6000.00 6000.00 true
	// false
}

// A result's total is the sum of its lines.
func ExampleResult_total() {
	a, _ := tekun.New(tekun.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.January), To: household.NewYearMonth(2017, time.May)}}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, tekun.Inputs{})
	fmt.Println(r.Total().StringFixed(2))
	// Output: 1509.17
}

// The support a household's supported members receive in a run, which
// 救急难 adds to the household's income (RULES.md 2.4.2): here a dispersed
// member from July, 3622.00 × 6 ÷ 12 = 1811.00, and a class-2 resident all
// year, 6000.00.
func ExampleResult_SupportFen() {
	a, _ := tekun.New(tekun.Default2017())
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.July)}}},
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
			Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2}},
	}}
	c, _ := h.Check(household.NewDate(2017, 9, 1))
	r, _ := a.Assess(c, tekun.Inputs{})
	fmt.Println(r.SupportFen(), r.Support().StringFixed(2))
	// Output: 7811.00 7811.00
}

// A county's set that raises the 低保 standard S to 3912.00 and adopts no
// dispersed standard of its own has the dispersed standard 2.2.1 derives:
// the larger of S and the dispersed floor 3600.00, provisional when S is.
func ExampleParams_DerivedDispersed() {
	p := tekun.Default2017()
	s := policy.New("lowincome.standard", decimal.RequireFromString("3912.00"), policy.Local, "county (example)")
	d := p.DerivedDispersed(s)
	fmt.Println(d.Name, d.Value.StringFixed(2), d.Provenance)
	s.Value, s.Provenance = decimal.RequireFromString("3550.00"), policy.Provisional
	d = p.DerivedDispersed(s)
	fmt.Println(d.Value.StringFixed(2), d.Provenance)
	// Output:
	// tekun.dispersed 3912.00 derived
	// 3600.00 provisional
}

// The built-in dispersed standard and one DerivedDispersed made are the
// rule's own; one a county adopts is not, and package benefit keeps it.
func ExampleParams_DispersedIsRule() {
	p := tekun.Default2017()
	fmt.Println(p.DispersedIsRule())
	p.Dispersed = p.DerivedDispersed(policy.New("lowincome.standard", decimal.RequireFromString("3912.00"), policy.Local, "county (example)"))
	fmt.Println(p.DispersedIsRule())
	p.Dispersed = policy.New("tekun.dispersed", decimal.RequireFromString("4000.00"), policy.Local, "county (example)")
	fmt.Println(p.DispersedIsRule())
	// Output:
	// true
	// true
	// false
}
