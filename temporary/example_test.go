package temporary_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// Worked example 8 of RULES.md: a fire costing 5000.00 with 1000.00 of
// other aid is paid at the maximum and flagged for the joint meeting.
func ExampleAssessor_EventAid() {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	e := household.Hardship{ID: "E1", Type: household.Fire, Date: household.NewDate(2017, 6, 1),
		Cost: decimal.RequireFromString("5000.00"), OtherAid: decimal.RequireFromString("1000.00")}
	aid, err := a.EventAid(&e)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("shortfall", aid.Shortfall().StringFixed(2), "maximum", aid.Maximum().StringFixed(2))
	for _, l := range aid.Lines {
		fmt.Println(l.Item(), l.Form(), l.Annual().StringFixed(2), "provisional:", l.Provisional())
		fmt.Println(l.Explanation().Render(policy.EN))
	}
	for _, f := range aid.Findings {
		fmt.Println(f.Kind(), f.Amount().StringFixed(2))
	}
	// Output:
	// shortfall 4000.00 maximum 3018.33
	// emergency cash 3018.33 provisional: true
	// emergency (fire) event E1: cost 5000.00 − insurance, compensation and other aid received 1000.00 = shortfall 4000.00, above the maximum 10 × 3622.00 ÷ 12 = 3018.33: cash 3018.33 yuan at the maximum; 981.67 yuan left over for the joint meeting
	// joint-meeting 981.67
}

// A county run makes one Assessor, which validates the parameters once —
// among them the 低保 standard S, lowincome's parameter, which the caller
// sets — and assesses every checked household with it.
func ExampleNew() {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	on := household.NewDate(2017, 9, 1)
	in := temporary.Inputs{} // the whole year; no income or medical remainder handed in
	for _, h := range []*household.Household{
		{ID: "H-1", Township: "尧渡镇", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1970, 3, 1)}},
			Hardships: []household.Hardship{{ID: "E1", Type: household.Fire, Date: household.NewDate(2017, 6, 1),
				Cost: decimal.RequireFromString("5000.00"), Insurance: decimal.RequireFromString("1000.00")}}},
		{ID: "H-2", Township: "尧渡镇", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1980, 3, 1)}},
			Hardships: []household.Hardship{{ID: "E2", Type: household.EducationExpense, Date: household.NewDate(2017, 8, 20),
				Cost: decimal.RequireFromString("1500.00"), Member: "m1"}}},
	} {
		c, err := h.Check(on)
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.Assess(c, in)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(h.ID, l.Item(), l.Payee(), l.Annual().StringFixed(2))
		}
		for _, f := range r.Findings {
			fmt.Println(h.ID, f.Kind(), f.Amount().StringFixed(2))
		}
	}
	// Output:
	// H-1 emergency household 3018.33
	// H-1 joint-meeting 981.67
	// H-2 expenditure member 1500.00
}

// The maximum of each type's event is a multiple of the monthly standard
// S/12 of the set: 10 × 3622.00 ÷ 12 for a fire, 6 × 3622.00 ÷ 12 for an
// education expense.
func ExampleAssessor_Maximum() {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range []household.HardshipType{household.Fire, household.EducationExpense} {
		m, err := a.Maximum(t)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(t, m.StringFixed(2))
	}
	// Output:
	// fire 3018.33
	// education 1811.00
}

// A household with an education expense paid in kind, a sudden illness
// with no aid yet and a referral, and medical bills above its income: one
// decision per event, the lines paid in the events' months, the flags.
func ExampleAssessor_Assess() {
	illness := household.Hardship{ID: "E2", Member: "m1", Type: household.SuddenIllness,
		Date: household.NewDate(2017, 8, 10), Cost: decimal.RequireFromString("1200.00"), Referral: "县人民医院社工部"}
	h := &household.Household{ID: "H1", Township: "尧渡镇",
		Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(1975, 4, 1)},
			{ID: "c1", BirthDate: household.NewDate(2009, 9, 1), Child: household.ChildInDifficulty},
		},
		Hardships: []household.Hardship{
			{ID: "E1", Type: household.EducationExpense, Date: household.NewDate(2017, 3, 1),
				Cost: decimal.RequireFromString("2500.00"), OtherAid: decimal.RequireFromString("1000.00")},
			illness,
		},
	}
	p := temporary.Default2017()
	p.Form[household.EducationExpense] = policy.New("temporary.form.education", policy.InKind, policy.Local, "county decision")
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	in := temporary.Inputs{
		Income:           decimal.RequireFromString("5000.00"),
		MedicalRemaining: decimal.RequireFromString("7200.00"),
	}
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, in)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Decisions {
		fmt.Println("decision", d.ID(), d.Outcome())
	}
	for _, l := range r.Lines {
		member := l.Member()
		if member == "" {
			member = "-"
		}
		fmt.Printf("%s %s %s %s %s", l.Item(), member, l.Payee(), l.Form(), l.Annual().StringFixed(2))
		if l.Service() != "" {
			fmt.Print(" ", l.Service())
		}
		fmt.Println(" month", int(l.Period().From))
	}
	for _, f := range r.Findings {
		fmt.Println(f.Kind(), f.Item(), f.Amount().StringFixed(2))
		if f.Kind() == policy.Jiujinan {
			fmt.Println(" ", f.Explanation().Render(policy.ZH))
		}
	}
	fmt.Println("total", r.Total().StringFixed(2))
	// Output:
	// decision E1 eligible
	// decision E2 eligible
	// expenditure - household in-kind 1500.00 month 3
	// emergency m1 member cash 1200.00 month 8
	// referral m1 member referral 0.00 县人民医院社工部 month 8
	// jiujinan jiujinan-medical 2200.00
	//   救急难：医疗救助后自负 7200.00 元高于家庭成员年收入及特困供养金 5000.00 元，高 2200.00 元，应主动上门核实救助；本户优先救助群体：突发重特大疾病 m1、困境儿童 c1
	// jiujinan jiujinan-emergency 1200.00
	//   救急难：急难型（突发重特大疾病）事件 E2 费用 1200.00 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：突发重特大疾病 m1、困境儿童 c1
	// total 2700.00
}

// A year split at 1 July, when the county raises the standard from 3622.00
// to 3912.00: each run is assessed under its own set (an Assessor for
// each, with its standard), each event in the run of its month, and the
// medical flag once, in the run of the assessment date (1 September). The
// household is a 特困 person alone with no income and 3622.00 of support,
// and 5000.00 of medical bills left after aid.
func ExampleAssessor_Assess_runs() {
	fire := func(id string, m time.Month) household.Hardship {
		return household.Hardship{ID: id, Type: household.Fire, Date: household.NewDate(2017, m, 10),
			Cost: decimal.RequireFromString("5000.00"), OtherAid: decimal.RequireFromString("1000.00")}
	}
	h := &household.Household{ID: "H1", Township: "尧渡镇",
		Members: []household.Member{{ID: "t1", BirthDate: household.NewDate(1950, 2, 1),
			Tekun: household.Tekun{Mode: household.TekunDispersed}}},
		Hardships: []household.Hardship{fire("E1", time.March), fire("E2", time.August)},
	}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	first := temporary.Default2017()
	first.Standard = lowincome.Default2017().Standard // S = 3622.00
	july := temporary.Default2017()
	july.Standard = policy.New("lowincome.standard", decimal.RequireFromString("3912.00"), policy.Local,
		"county standard from July 2017 (example)")
	runs := []struct {
		period policy.Period
		p      *temporary.Params
	}{
		{policy.Period{From: time.January, To: time.June}, first},
		{policy.Period{From: time.July, To: time.December}, july},
	}
	for _, run := range runs {
		a, err := temporary.New(run.p)
		if err != nil {
			fmt.Println(err)
			return
		}
		in := temporary.Inputs{Period: run.period}
		in.Income = decimal.RequireFromString("3622.00") // 0.00 income + 3622.00 特困 support
		in.MedicalRemaining = decimal.RequireFromString("5000.00")
		r, err := a.Assess(c, in)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("run", in.Period)
		for _, l := range r.Lines {
			fmt.Println(" ", l.ID(), "month", int(l.Period().From), l.Annual().StringFixed(2))
		}
		for _, f := range r.Findings {
			fmt.Println(" ", f.Kind(), f.Item(), f.Amount().StringFixed(2))
		}
	}
	// Output:
	// run 01–06
	//   E1 month 3 3018.33
	//   joint-meeting emergency 981.67
	// run 07–12
	//   E2 month 8 3260.00
	//   joint-meeting emergency 740.00
	//   jiujinan jiujinan-medical 1378.00
}

// The priority groups of 2.4.1 ("突发重特大疾病…、各类困境儿童、重度残疾人").
func ExamplePriorityGroups() {
	fmt.Println(temporary.PriorityGroups())
	// Output: [sudden-illness child-in-difficulty severely-disabled]
}
