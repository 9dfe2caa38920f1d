package medical_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// A 低保 member admitted once (RULES.md worked example 7): the
// contribution sponsorship, paid in the month of the assessment date, and
// 70% of the remaining out-of-pocket 8000, paid in the admission month.
func ExampleAssessor_Assess() {
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{{
		ID: "m1", BirthDate: household.NewDate(1970, 3, 1),
		Claims: []household.Claim{{
			ID: "ZY-0042", Admission: household.NewDate(2017, 5, 10),
			TotalCost: decimal.RequireFromString("26000"), CompliantCost: decimal.RequireFromString("25000"),
			NCMS: decimal.RequireFromString("15000"), CriticalIllness: decimal.RequireFromString("2000"),
		}},
	}}}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := h.Check(household.NewDate(2017, 12, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, medical.Inputs{LowIncome: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Decisions[0].Explanation().Render(policy.EN))
	for _, l := range r.Lines {
		fmt.Printf("%s %s %s → %s by %s in month %d, provisional %v\n", l.Item(), l.ID(), l.Annual().StringFixed(2),
			l.Payee(), l.Payer(), l.Period().From, l.Provisional())
		fmt.Println(" ", l.Explanation().Render(policy.EN))
	}
	fmt.Println("left to pay:", r.Remaining().StringFixed(2))
	// Output:
	// member of a 低保 household: a key recipient
	// sponsorship  180.00 → medical-insurance-fund by medical-aid-fund in month 12, provisional true
	//   contribution sponsorship (minimum-living-allowance member, a key recipient): the individual basic medical insurance contribution 180.00 paid in full by the medical-aid fund to the basic medical insurance fund (2017: NCMS), 180.00 yuan
	// inpatient ZY-0042 5600.00 → member by medical-aid-fund in month 5, provisional true
	//   inpatient aid (claim ZY-0042, minimum-living-allowance member): compliant cost 25000.00 − basic NCMS 15000.00 − critical-illness insurance 2000.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 8000.00; (8000.00 − deductible 0.00) × 70% = 5600.00 yuan
	// left to pay: 2400.00
}

// A county run makes one Assessor, which validates the parameters once,
// and assesses every checked household with it.
func ExampleNew() {
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	on := household.NewDate(2017, 12, 31)
	for _, h := range []*household.Household{
		{ID: "H-1", Township: "尧渡镇", RegisteredPoor: true, Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(1966, 4, 2)}}},
		{ID: "H-2", Township: "尧渡镇", Members: []household.Member{{
			ID: "m1", BirthDate: household.NewDate(1970, 3, 1), Tekun: household.Tekun{Mode: household.TekunDispersed},
			Claims: []household.Claim{{
				ID: "ZY-0043", Admission: household.NewDate(2017, 7, 1),
				TotalCost: decimal.RequireFromString("25000"), CompliantCost: decimal.RequireFromString("25000"),
				NCMS: decimal.RequireFromString("15000"), CriticalIllness: decimal.RequireFromString("2000"),
			}},
		}}},
	} {
		c, err := h.Check(on)
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := a.Assess(c, medical.Inputs{})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, l := range r.Lines {
			fmt.Println(h.ID, l.Member(), l.Item(), l.Annual().StringFixed(2), l.Payer())
		}
	}
	// Output:
	// H-1 m1 sponsorship 180.00 county-finance
	// H-2 m1 sponsorship 180.00 medical-aid-fund
	// H-2 m1 inpatient 6400.00 medical-aid-fund
}

// A claim the child-disease rule applies to needs the disease's
// fixed-quota cost; without it the claim is refused with its field path.
func ExampleAssessor_Assess_missingQuota() {
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", RegisteredPoor: true, Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 3, 1)},
		{ID: "k1", BirthDate: household.NewDate(2010, 3, 1), Claims: []household.Claim{{
			ID: "c1", Admission: household.NewDate(2017, 2, 1), Disease: household.AcuteLeukaemia,
			TotalCost: decimal.RequireFromString("100"), CompliantCost: decimal.RequireFromString("100"),
		}}},
	}}
	a, _ := medical.New(medical.Default2017())
	c, err := h.Check(household.NewDate(2017, 12, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = a.Assess(c, medical.Inputs{})
	for _, fe := range policy.FieldErrors(err) {
		fmt.Println(fe.Type, fe.Path)
	}
	fmt.Println(err)
	// Output:
	// required members[1].claims[0].fixed_quota_cost
	// members[1].claims[0].fixed_quota_cost: is required: the child-disease rule applies (acute-leukaemia, aged 6 at admission)
}

// The per-claim rule on its own: 18000.00 of this year's cap of 20000.00 is
// already paid, so the 5600.00 due is cut to 2000.00.
func ExampleAssessor_ClaimAid() {
	a, _ := medical.New(medical.Default2017())
	r, err := a.ClaimAid(medical.ClaimInput{
		Member: "m1", Group: medical.GroupLowIncome, Age: 47, Paid: decimal.RequireFromString("18000"),
		Claim: household.Claim{ID: "c1", Admission: household.NewDate(2017, 5, 10),
			TotalCost: decimal.RequireFromString("25000"), CompliantCost: decimal.RequireFromString("25000"),
			NCMS: decimal.RequireFromString("15000"), CriticalIllness: decimal.RequireFromString("2000")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Rule(), r.Remaining().StringFixed(2), r.Aid().StringFixed(2), r.Capped(), r.Left().StringFixed(2))
	fmt.Println(r.Explanation().Render(policy.ZH))
	// Output:
	// inpatient 8000.00 2000.00 true 6000.00
	// 住院救助（住院 c1，低保对象）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 0.00) × 70% = 5600.00 元，年度救助限额 20000.00 元、本年已救助 18000.00 元，余额 2000.00 元，救助 2000.00 元
}

// The child-disease rule: a child of 9 at admission with congenital heart
// disease gets 20% of the fixed-quota cost.
func ExampleAssessor_ClaimAid_childDisease() {
	a, _ := medical.New(medical.Default2017())
	r, err := a.ClaimAid(medical.ClaimInput{
		Member: "k1", Group: medical.GroupRegisteredPoor, Age: 9,
		Claim: household.Claim{ID: "c7", Admission: household.NewDate(2017, 8, 1), Disease: household.CongenitalHeart,
			TotalCost: decimal.RequireFromString("32000"), CompliantCost: decimal.RequireFromString("30000"),
			NCMS: decimal.RequireFromString("21000"), FixedQuotaCost: decimal.RequireFromString("30000")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Rule(), r.Aid().StringFixed(2), r.Lines()[0].Provisional())
	fmt.Println(r.Explanation().Render(policy.EN))
	// Output:
	// child-disease 6000.00 true
	// child-disease aid (claim c7, aged 9 at admission, at most 14, congenital heart disease): fixed-quota cost 30000.00 × 20% = 6000.00 yuan (compliant cost 30000.00 − basic NCMS 21000.00 − critical-illness insurance 0.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 9000.00)
}

// The built-in 2017 set, with the provenance of its values; second aid is
// off until the county configures it.
func ExampleDefault2017() {
	p := medical.Default2017()
	for _, x := range []policy.Param[decimal.Decimal]{p.LowIncome.Ratio, p.Tekun.Ratio, p.Extended.Deductible,
		p.ChildInDifficulty.Ratio, p.LowIncome.Cap, p.Extended.Cap, p.Contribution} {
		fmt.Println(x.Name, x.Value.StringFixed(2), x.Provenance)
	}
	fmt.Println("second aid on:", p.SecondAid.On())
	// Output:
	// medical.lowincome.ratio 0.70 seed
	// medical.tekun.ratio 0.80 provisional
	// medical.extended.deductible 5000.00 provisional
	// medical.child_in_difficulty.ratio 0.60 provisional
	// medical.lowincome.annual_cap 20000.00 provisional
	// medical.extended.annual_cap 20000.00 provisional
	// medical.contribution 180.00 provisional
	// second aid on: false
}

// A year assessed in two runs of months (a county standard rising on 1
// July, say): the aid paid in the first run counts toward the cap in the
// second, through Inputs.Before. R = 20000 each time; 70% = 14000.00 in
// March, then only 20000 − 14000 = 6000.00 of the cap is left in August.
func ExampleInputs_before() {
	claim := func(id string, month int) household.Claim {
		return household.Claim{ID: id, Admission: household.NewDate(2017, time.Month(month), 1),
			TotalCost: decimal.RequireFromString("40000"), CompliantCost: decimal.RequireFromString("40000"),
			NCMS: decimal.RequireFromString("20000")}
	}
	h := &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", Members: []household.Member{{
		ID: "m1", BirthDate: household.NewDate(1970, 3, 1), Claims: []household.Claim{claim("c1", 3), claim("c2", 8)}}}}
	a, _ := medical.New(medical.Default2017())
	c, err := h.Check(household.NewDate(2017, 12, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	var before *medical.Result
	for _, run := range []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}} {
		r, err := a.Assess(c, medical.Inputs{Period: run, LowIncome: true, Before: before})
		if err != nil {
			fmt.Println(err)
			return
		}
		m, _ := r.Member("m1")
		for _, cl := range m.Claims() {
			fmt.Println(run, cl.ID(), cl.Aid().StringFixed(2), cl.Capped(), "paid this year", m.PaidThisYear().StringFixed(2))
		}
		before = &r
	}
	// Output:
	// 01–06 c1 14000.00 false paid this year 14000.00
	// 07–12 c2 6000.00 true paid this year 20000.00
}

// Validate checks a county's set against the document's floors.
func ExampleParams_Validate() {
	p := medical.Default2017()
	p.LowIncome.Ratio.Value = decimal.RequireFromString("0.65")
	fmt.Println(p.Validate())
	// Output:
	// medical.lowincome.ratio: 0.65 is below the floor 0.7 for key recipients (二(三)4 不低于70%)
}

// Terms gives a group's ratio and deductible.
func ExampleParams_Terms() {
	t, ok := medical.Default2017().Terms(medical.GroupRegisteredPoor)
	fmt.Println(ok, t.Ratio.Value.StringFixed(2), t.Deductible.Value.StringFixed(2))
	// Output:
	// true 0.60 5000.00
}

// A group's names and whether it is a key recipient group.
func ExampleGroup_Name() {
	for _, g := range []medical.Group{medical.GroupTekun, medical.GroupExtended} {
		zh, en := g.Name()
		fmt.Println(zh, en, g.Key())
	}
	// Output:
	// 特困供养人员 extremely poor person under support true
	// 扩大救助对象 extended group false
}

// The groups of 2.3.2, from the most favourable, with their English names.
func ExampleGroups() {
	for _, g := range medical.Groups() {
		_, en := g.Name()
		fmt.Println(g, en)
	}
	// Output:
	// tekun extremely poor person under support
	// lowincome minimum-living-allowance member
	// registered-poor registered-poor member
	// extended extended group
	// child-in-difficulty child in difficulty (extended group)
}

// The parts of 2.3.4 that may set a claim's aid.
func ExampleRules() {
	fmt.Println(medical.Rules())
	// Output: [none inpatient child-disease]
}
