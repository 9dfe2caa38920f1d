package temporary_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/temporary"
)

// assessSample assesses the named invented sample for temporary aid over
// the whole year, on the samples' date, under the built-in 2017 set, with
// the 低保 standard of the built-in 低保 set as S.
func assessSample(name string) (temporary.Result, error) {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	a, err := temporary.New(p)
	if err != nil {
		return temporary.Result{}, err
	}
	h, err := samples.Household(name)
	if err != nil {
		return temporary.Result{}, err
	}
	c, err := h.Check(samples.Date())
	if err != nil {
		return temporary.Result{}, err
	}
	return a.Assess(c, temporary.Inputs{})
}

// The built-in 2017 set: each hardship type's maximum as a multiple of the
// monthly standard, with its provenance, and its form; no limit on events
// a year until the county sets one.
func ExampleDefault2017() {
	p := temporary.Default2017()
	for _, t := range []household.HardshipType{household.Fire, household.MedicalExpense, household.EducationExpense} {
		k, f := p.Multiple[t], p.Form[t]
		fmt.Println(k.Name, k.Value.StringFixed(2), k.Provenance, f.Value)
	}
	fmt.Println(p.EventsPerYear.Name, p.EventsPerYear.Provenance, "set:", p.EventsPerYear.Set)
	// Output:
	// temporary.multiple.fire 10.00 provisional cash
	// temporary.multiple.medical 10.00 provisional cash
	// temporary.multiple.education 6.00 provisional cash
	// temporary.events_per_year local set: false
}

// Validate names each bad parameter by its path: a multiple that is not
// positive, an entry for a type that is not a hardship type, and the 低保
// standard S, which Default2017 leaves to the caller to set.
func ExampleParams_Validate() {
	p := temporary.Default2017()
	fire := p.Multiple[household.Fire]
	fire.Value = decimal.Zero
	p.Multiple[household.Fire] = fire
	p.Form["theft"] = policy.New("temporary.form.theft", policy.Cash, policy.Local, "")
	for _, fe := range policy.FieldErrors(p.Validate()) {
		fmt.Println(fe)
	}
	// Output:
	// temporary.multiple.fire: 0 is not positive
	// temporary.form: "theft" is not a hardship type
	// temporary.standard: is required: the 低保 standard S (元/年·人, lowincome.standard) the maximum is a multiple of, set by the caller
}

// Params gives a copy of the Assessor's set, its maps copied too: a caller
// that changes it changes nothing the Assessor computes.
func ExampleAssessor_Params() {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	q := a.Params()
	fmt.Println(q.Multiple[household.Fire].Value.StringFixed(2))
	delete(q.Multiple, household.Fire)
	fmt.Println(a.Params().Multiple[household.Fire].Value.StringFixed(2))
	// Output:
	// 10.00
	// 10.00
}

// Events gives each assessed event's figures, in record order: the sample
// h01's fire is paid to the household, the sample h06's emergency to the
// person without a household himself, with his referral.
func ExampleResult_Events() {
	for _, name := range []string{"h01-yaodu", "h06-wanderer"} {
		r, err := assessSample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, e := range r.Events() {
			member := e.Member()
			if member == "" {
				member = "household"
			}
			fmt.Println(name, e.ID(), e.Type(), e.Date(), "→", member, e.Form(), e.Amount().StringFixed(2))
			if e.Referral() != "" {
				fmt.Println("  referred to", e.Referral())
			}
		}
	}
	// Output:
	// h01-yaodu e1 fire 2017-06-18 → household cash 3018.33
	// h06-wanderer e1 emergency-other 2017-08-20 → m1 cash 600.00
	//   referred to 救助管理站 / relief station
}

// An event's figures: the shortfall (cost less what was received), the
// maximum (k × S ÷ 12), the amount paid (the smaller) and what is left
// over for the joint meeting. The sample h01's fire is RULES.md worked
// example 8; the sample h06's event is under its maximum. Cost, Received
// and Multiple give the figures behind them.
func ExampleEvent_Shortfall() {
	s := lowincome.Default2017().Standard // S, as assessSample sets it
	for _, name := range []string{"h01-yaodu", "h06-wanderer"} {
		r, err := assessSample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, e := range r.Events() {
			fmt.Printf("%s %s: shortfall %s − %s = %s, maximum %s × %s ÷ 12 = %s, paid %s, left over %s\n",
				name, e.ID(), e.Cost().StringFixed(2), e.Received().StringFixed(2), e.Shortfall().StringFixed(2),
				e.Multiple().StringFixed(2), s.Value.StringFixed(2), e.Maximum().StringFixed(2), e.Amount().StringFixed(2),
				e.LeftOver().StringFixed(2))
		}
	}
	// Output:
	// h01-yaodu e1: shortfall 5000.00 − 1000.00 = 4000.00, maximum 10.00 × 3622.00 ÷ 12 = 3018.33, paid 3018.33, left over 981.67
	// h06-wanderer e1: shortfall 600.00 − 0.00 = 600.00, maximum 10.00 × 3622.00 ÷ 12 = 3018.33, paid 600.00, left over 0.00
}

// Priority lists the priority groups of 2.4.1 found in the household, each
// with its member, which the 救急难 flags name: in the sample h01, a
// grade-2 certificate holder and a child of a family in difficulty.
func ExampleResult_Priority() {
	r, err := assessSample("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Priority() {
		fmt.Println(p.Group, p.Member)
	}
	// Output:
	// severely-disabled m1
	// child-in-difficulty m4
}

// Name gives a priority group's Chinese and English names, as the 救急难
// flags write them.
func ExamplePriorityGroup_Name() {
	for _, g := range temporary.PriorityGroups() {
		zh, en := g.Name()
		fmt.Println(g, zh, en)
	}
	// Output:
	// sudden-illness 突发重特大疾病 sudden major illness
	// child-in-difficulty 困境儿童 child in difficulty
	// severely-disabled 重度残疾人 severely disabled
}

// OverLimit marks an event beyond a county's limit on events aided a year
// (2.4.1; here an invented limit of 1): the fire of March, shortfall
// 5000.00 − 1000.00 = 4000.00, is paid the maximum 10 × 3622.00 ÷ 12 =
// 3018.33 with 4000.00 − 3018.33 = 981.67 left over; the August education
// expense, the year's second event, is paid nothing and its whole
// shortfall of 1500.00 goes to the joint meeting.
func ExampleEvent_OverLimit() {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard // S, the 低保 parameter
	p.EventsPerYear = policy.New("temporary.events_per_year", 1, policy.Local, "county decision (example)")
	a, err := temporary.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇",
		Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1972, 5, 3)}},
		Hardships: []household.Hardship{
			{ID: "e1", Type: household.Fire, Date: household.NewDate(2017, 3, 12),
				Cost: decimal.RequireFromString("5000.00"), OtherAid: decimal.RequireFromString("1000.00")},
			{ID: "e2", Type: household.EducationExpense, Date: household.NewDate(2017, 8, 28),
				Cost: decimal.RequireFromString("1500.00")},
		}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, temporary.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Events() {
		fmt.Println(e.ID(), e.OverLimit(), e.Shortfall().StringFixed(2), e.Amount().StringFixed(2), e.LeftOver().StringFixed(2))
	}
	// Output:
	// e1 false 4000.00 3018.33 981.67
	// e2 true 1500.00 0.00 1500.00
}
