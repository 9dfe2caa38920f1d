package tekun_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// POLICY.md worked example 5: a dispersed 特困 person, and a centralized
// one in a class-2 home. The persons and the home are invented.
func ExampleAssess() {
	on := household.NewDate(2017, 9, 1)
	p := tekun.Default2017()
	for _, m := range []*household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed}},
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
			Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2}},
	} {
		r, err := tekun.Assess(m, on, p)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(l.Member, l.Item, l.Annual.StringFixed(2), l.Payee)
			fmt.Println("  ", l.Explanation.Render(policy.EN))
		}
	}
	// Output:
	// t1 dispersed 3622.00 member
	//    dispersed basic living standard: 3622.00 = 3622.00 yuan/year, paid to the person
	// t2 quota 6000.00 institution
	//    class 2 nursing-home quota subsidy: max(quota 6000.00, centralized standard 4800.00) = 6000.00 yuan/year, paid to the institution JLY-01
}

// A resident who entered a class-2 home in June: seven months, prorated.
func ExampleAssess_partYear() {
	m := &household.Member{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
		Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2, Months: 7}}
	r, _ := tekun.Assess(m, household.NewDate(2017, 9, 1), tekun.Default2017())
	l := r.Lines[0]
	s := l.Schedule()
	fmt.Println(l.Annual.StringFixed(2), l.Months, s.Month.StringFixed(2))
	fmt.Println(l.Explanation.Render(policy.ZH))
	// Output:
	// 3500.00 7 500.00
	// 二类敬老院综合定额补助 max(定额 6000.00, 集中供养标准 4800.00) 元/年，供养 7 个月：6000.00 × 7 ÷ 12 = 3500.00 元，付供养机构 JLY-01
}

// A centralized member handed in without a nursing-home class.
func ExampleAssess_error() {
	m := &household.Member{ID: "t2", Tekun: household.Tekun{Mode: household.TekunCentralized}}
	_, err := tekun.Assess(m, household.NewDate(2017, 9, 1), tekun.Default2017())
	fmt.Println(errors.Is(err, policy.ErrInvalid), err)
	// Output: true member.tekun.home_class: is required for centralized support (1, 2, 3 or unrated)
}

func ExampleAssessHousehold() {
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 5)},
		{ID: "m2", BirthDate: household.NewDate(1941, 7, 9), Tekun: household.Tekun{Mode: household.TekunDispersed}},
	}}
	rs, err := tekun.AssessHousehold(h, household.NewDate(2017, 9, 1), tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Println(r.Member, r.Decision.Outcome, r.Total().StringFixed(2))
		fmt.Println(r.Decision.Explanation.Render(policy.EN))
	}
	// Output:
	// m2 eligible 3622.00
	// under 特困 support (dispersed) for 12 months: assessed alone, outside the 低保 household, neither counted in its size nor its income
}

// A county run makes one Assessor, which validates the parameters once,
// and assesses every 特困 person with it; New refuses a parameter set that
// does not validate.
func ExampleNew() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	on := household.NewDate(2017, 9, 1)
	for _, m := range []*household.Member{
		{ID: "t1", BirthDate: household.NewDate(1948, 3, 2), Tekun: household.Tekun{Mode: household.TekunDispersed, Months: 6}},
		{ID: "t2", BirthDate: household.NewDate(1939, 11, 20),
			Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-03", HomeClass: household.HomeClass3}},
	} {
		r, err := a.Assess(m, on)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(l.Member, l.Item, l.Annual.StringFixed(2), l.Payee)
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

func ExampleAssessor_AssessHousehold() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 5)},
		{ID: "m2", BirthDate: household.NewDate(1941, 7, 9), Tekun: household.Tekun{Mode: household.TekunDispersed}},
	}}
	rs, err := a.AssessHousehold(h, household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Println(r.Member, r.Decision.Outcome, r.Total().StringFixed(2))
	}
	// Output: m2 eligible 3622.00
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
// a finding for the county.
func ExampleParams_Checks() {
	p := tekun.Default2017()
	p.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("9000.00"), policy.Local, "county statistics (invented)")
	cs, err := p.Checks(decimal.RequireFromString("3622.00"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		if c.Status != policy.Pass {
			fmt.Println(c.Name, c.Status)
			fmt.Println("  ", c.Explanation.Render(policy.EN))
		}
	}
	// Output:
	// tekun.dispersed.consumption fail
	//    dispersed standard 3622.00 yuan/year is below 60% × last year's consumption per capita 9000.00 = 5400.00 by 1778.00 yuan
	// tekun.centralized.consumption fail
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

func ExampleResult_Total() {
	m := &household.Member{ID: "t1", Tekun: household.Tekun{Mode: household.TekunDispersed, Months: 5}}
	r, _ := tekun.Assess(m, household.NewDate(2017, 9, 1), tekun.Default2017())
	fmt.Println(r.Total().StringFixed(2))
	// Output: 1509.17
}
