package medical_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// checkSample checks the named invented sample on the samples' date, after
// edit (nil for none) changes it, and returns it with the Inputs the 低保
// assessment gives medical aid: whether the household is covered, as
// package benefit hands it on.
func checkSample(name string, edit func(*household.Household)) (household.Checked, medical.Inputs, error) {
	h, err := samples.Household(name)
	if err != nil {
		return household.Checked{}, medical.Inputs{}, err
	}
	if edit != nil {
		edit(h)
	}
	c, err := h.Check(samples.Date())
	if err != nil {
		return household.Checked{}, medical.Inputs{}, err
	}
	li, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		return household.Checked{}, medical.Inputs{}, err
	}
	lr, err := li.Assess(c, lowincome.Inputs{})
	if err != nil {
		return household.Checked{}, medical.Inputs{}, err
	}
	return c, medical.Inputs{LowIncome: lr.Covered()}, nil
}

// assessSample assesses the named sample for medical aid over the whole
// year under the built-in 2017 set.
func assessSample(name string, edit func(*household.Household)) (medical.Result, error) {
	return assessSampleWith(medical.Default2017(), name, edit)
}

// amount parses a decimal amount of an invented record.
func amount(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Params, with Params.Terms, gives the terms a member's group is assessed
// under — here those of the extended group the sample h05's head is in —
// as a copy of the Assessor's set.
func ExampleAssessor_Params() {
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	p := a.Params()
	t, ok := p.Terms(medical.GroupExtended)
	if !ok {
		fmt.Println("no terms")
		return
	}
	for _, x := range []policy.Param[decimal.Decimal]{t.Ratio, t.Deductible, t.Cap} {
		fmt.Println(x.Name, x.Value.StringFixed(2), x.Provenance)
	}
	// Output:
	// medical.extended.ratio 0.60 provisional
	// medical.extended.deductible 5000.00 provisional
	// medical.extended.annual_cap 20000.00 provisional
}

// Members gives each member's result in record order: in the sample h05,
// a low-income family, the head (67) is in the extended group and his
// claim is aided; his son, of working age, is in no group.
func ExampleResult_Members() {
	r, err := assessSample("h05-guandi", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range r.Members() {
		_, group := m.Group().Name()
		fmt.Printf("%s %s: claims %d, aid %s\n", m.ID(), group, len(m.Claims()), m.Aid().StringFixed(2))
	}
	// Output:
	// m1 extended group: claims 1, aid 1800.00
	// m2 not covered: claims 0, aid 0.00
}

// Member looks one member's result up by id; an id the record does not
// hold is not found.
func ExampleResult_Member() {
	r, err := assessSample("h01-yaodu", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, ok := r.Member("m1")
	fmt.Println(ok, m.ID(), m.Group(), m.Aid().StringFixed(2))
	_, ok = r.Member("m9")
	fmt.Println(ok)
	// Output:
	// true m1 lowincome 5600.00
	// false
}

// Remaining is the household's compliant out-of-pocket left after all
// medical aid, the figure the 救急难 rule of temporary aid (2.4.2) holds
// against the household's income: in the samples h01 (a 低保 household)
// and h05 (the extended group) the same claim leaves different amounts.
func ExampleResult_Remaining() {
	for _, name := range []string{"h01-yaodu", "h05-guandi"} {
		r, err := assessSample(name, nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Remaining().StringFixed(2))
	}
	// Output:
	// h01-yaodu 2400.00
	// h05-guandi 6200.00
}

// Period is the run of months a result covers: a claim is assessed in the
// run that holds its admission month (the sample h01's in April), the
// contribution sponsorship in the run that holds the assessment date's.
func ExampleResult_Period() {
	c, in, err := checkSample("h01-yaodu", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	var before *medical.Result
	for _, run := range []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}} {
		in.Period, in.Before = run, before
		r, err := a.Assess(c, in)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Print(r.Period(), ":")
		for _, l := range r.Lines {
			fmt.Print(" ", l.Member(), " ", l.Item())
		}
		fmt.Println()
		before = &r
	}
	// Output:
	// 01–06: m1 inpatient
	// 07–12: m1 sponsorship m2 sponsorship m3 sponsorship m4 sponsorship
}

// PaidThisYear is the medical aid of the year up to the end of the run:
// what the record says was paid before (here 3000.00, invented) and the
// aid of this run's claims; the cap is held against it.
func ExampleMemberResult_PaidThisYear() {
	r, err := assessSample("h01-yaodu", func(h *household.Household) {
		h.Members[0].MedicalAidPaid = amount("3000.00")
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	fmt.Println(m.Aid().StringFixed(2), m.PaidThisYear().StringFixed(2))
	// Output: 5600.00 8600.00
}

// A member's Remaining is the sum of his claims' Left, what each leaves
// him to pay after insurance and aid: the sample h05's head with a second,
// invented admission whose R does not pass the extended group's
// deductible, which applies to each admission.
func ExampleMemberResult_Remaining() {
	r, err := assessSample("h05-guandi", func(h *household.Household) {
		h.Members[0].Claims = append(h.Members[0].Claims, household.Claim{ID: "c2",
			Admission: household.NewDate(2017, 8, 20), TotalCost: amount("13000.00"),
			CompliantCost: amount("12000.00"), NCMS: amount("7000.00")})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	for _, cl := range m.Claims() {
		fmt.Println(cl.ID(), cl.Remaining().StringFixed(2), "−", cl.Aid().StringFixed(2), "=", cl.Left().StringFixed(2))
	}
	fmt.Println(m.ID(), m.Remaining().StringFixed(2))
	// Output:
	// c1 8000.00 − 1800.00 = 6200.00
	// c2 5000.00 − 0.00 = 5000.00
	// m1 11200.00
}

// Claims come in the order they were processed, by admission date, not
// the order of the record: a February admission (invented) recorded after
// the sample h01's April one is aided first.
func ExampleMemberResult_Claims() {
	r, err := assessSample("h01-yaodu", func(h *household.Household) {
		h.Members[0].Claims = append(h.Members[0].Claims, household.Claim{ID: "c2",
			Admission: household.NewDate(2017, 2, 15), TotalCost: amount("6000.00"),
			CompliantCost: amount("5000.00"), NCMS: amount("3000.00")})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	for _, cl := range m.Claims() {
		fmt.Println(cl.ID(), cl.Admission(), cl.Aid().StringFixed(2))
	}
	// Output:
	// c2 2017-02-15 1400.00
	// c1 2017-04-10 5600.00
}

// turning60 is an invented low-income family whose head turns 60 between
// his admission and the assessment date: elderly, so in the extended
// group, on the date, but not on admission.
func turning60() (*household.Household, household.Date) {
	return &household.Household{ID: "H-EXAMPLE", Township: "尧渡镇", LowIncomeFamily: true, Members: []household.Member{{
		ID: "m1", BirthDate: household.NewDate(1957, 6, 15),
		Claims: []household.Claim{{ID: "c1", Admission: household.NewDate(2017, 4, 1),
			TotalCost: amount("30000.00"), CompliantCost: amount("28000.00"), NCMS: amount("16000.00")}},
	}}}, household.NewDate(2017, 9, 1)
}

// A member's Group is his group on the assessment date; each claim goes
// by the group on its admission date, which may differ: aged 59 at
// admission, the head is in no group for his claim, and the claim has a
// decision of its own saying why.
func ExampleMemberResult_Group() {
	h, on := turning60()
	c, err := h.Check(on)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, medical.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	cl := m.Claims()[0]
	fmt.Printf("on %s: %q; claim %s on %s: %q, aid %s\n", on, m.Group(), cl.ID(), cl.Admission(), cl.Group(), cl.Aid().StringFixed(2))
	for _, d := range r.Decisions {
		if d.ID() == cl.ID() {
			fmt.Println(d.Outcome(), d.Explanation().Render(policy.EN))
		}
	}
	// Output:
	// on 2017-09-01: "extended"; claim c1 on 2017-04-01: "", aid 0.00
	// ineligible claim c1 (admitted 2017-04-01), as of the admission date: not covered: a member of a low-income family, but aged 59 (at least 18 and under 60), not severely disabled and not a major-disease patient
}

// Decision is the member's group with the reason, for the caseworker to
// read: the sample h05's head is in the extended group, his son in none.
func ExampleMemberResult_Decision() {
	r, err := assessSample("h05-guandi", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range r.Members() {
		d := m.Decision()
		fmt.Println(m.ID(), d.Outcome(), d.Explanation().Render(policy.EN))
	}
	// Output:
	// m1 eligible elderly member of a low-income family: aged 67, at least 60
	// m2 ineligible not covered: a member of a low-income family, but aged 39 (at least 18 and under 60), not severely disabled and not a major-disease patient
}

// Aid depends on the group the claim falls in: the sample h01's claim
// (R = 8000.00) for a 低保 member, for the 特困 person of sample h04 and for
// the elderly member of a low-income family in sample h05 (RULES.md
// worked example 7).
func ExampleClaimResult_Aid() {
	claim := func(name, id string, edit func(*household.Household)) {
		r, err := assessSample(name, edit)
		if err != nil {
			fmt.Println(err)
			return
		}
		m, _ := r.Member(id)
		for _, cl := range m.Claims() {
			_, group := cl.Group().Name()
			fmt.Println(name, cl.Remaining().StringFixed(2), cl.Aid().StringFixed(2), group)
		}
	}
	claim("h01-yaodu", "m1", nil)
	claim("h04-zhangxi", "m1", func(h *household.Household) {
		h01, err := samples.Household("h01-yaodu")
		if err != nil {
			panic(err)
		}
		h.Members[0].Claims = h01.Members[0].Claims
	})
	claim("h05-guandi", "m1", nil)
	// Output:
	// h01-yaodu 8000.00 5600.00 minimum-living-allowance member
	// h04-zhangxi 8000.00 6400.00 extremely poor person under support
	// h05-guandi 8000.00 1800.00 extended group
}

// Capped says the group's annual cap cut a claim's aid: a second, larger
// admission in July (invented) after the sample h01's April claim gets
// only what is left of the 低保 group's cap.
func ExampleClaimResult_Capped() {
	r, err := assessSample("h01-yaodu", func(h *household.Household) {
		h.Members[0].Claims = append(h.Members[0].Claims, household.Claim{ID: "c2",
			Admission: household.NewDate(2017, 7, 3), TotalCost: amount("62000.00"),
			CompliantCost: amount("60000.00"), NCMS: amount("30000.00")})
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	for _, cl := range m.Claims() {
		fmt.Println(cl.ID(), cl.Remaining().StringFixed(2), cl.Aid().StringFixed(2), cl.Capped())
	}
	fmt.Println("paid this year", m.PaidThisYear().StringFixed(2))
	// Output:
	// c1 8000.00 5600.00 false
	// c2 30000.00 14400.00 true
	// paid this year 20000.00
}

// Left is the out-of-pocket a claim leaves after all aid, R less the aid;
// what the annual cap cuts from the aid, the member bears. The sample h01's
// head, with 15000.00 of medical aid already paid this year (invented):
// his claim's 70% of R = 8000.00 would be 5600.00, but only 5000.00 is left
// of the 低保 group's cap of 20000.00, so the claim leaves him 3000.00, not
// 2400.00.
func ExampleClaimResult_Left() {
	r, err := assessSample("h01-yaodu", func(h *household.Household) {
		h.Members[0].MedicalAidPaid = amount("15000.00")
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	cl := m.Claims()[0]
	fmt.Println(cl.Remaining().StringFixed(2), "−", cl.Aid().StringFixed(2), "=", cl.Left().StringFixed(2), "capped", cl.Capped())
	// Output: 8000.00 − 5000.00 = 3000.00 capped true
}

// Explanation gives a claim's reason in figures: R and the aid of the
// sample h05's claim, and for a member in no group on the admission date,
// R and that there is no aid (the claim's decision says why, as in the
// example of MemberResult.Group).
func ExampleClaimResult_Explanation() {
	r, err := assessSample("h05-guandi", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	fmt.Println(m.Claims()[0].Explanation().Render(policy.ZH))
	h, on := turning60()
	c, err := h.Check(on)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err = a.Assess(c, medical.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ = r.Member("m1")
	fmt.Println(m.Claims()[0].Explanation().Render(policy.EN))
	// Output:
	// 住院救助（住院 c1，扩大救助对象）：合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 8000.00；(8000.00 − 起付线 5000.00) × 60% = 1800.00 元
	// claim c1: compliant cost 28000.00 − basic NCMS 16000.00 − critical-illness insurance 0.00 − supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 12000.00; not covered by medical aid, no aid
}

// Rule says which part of 2.3.4 set a claim's aid: the ratio of R above
// the deductible, or for a child of 14 or under with acute leukaemia or
// congenital heart disease the child share of the disease's fixed-quota
// cost (here an invented acute-leukaemia claim of the sample h01's
// grandchild).
func ExampleClaimResult_Rule() {
	r, err := assessSample("h01-yaodu", func(h *household.Household) {
		h.Members[3].Claims = []household.Claim{{ID: "c2", Admission: household.NewDate(2017, 5, 20),
			Disease: household.AcuteLeukaemia, TotalCost: amount("90000.00"), CompliantCost: amount("85000.00"),
			NCMS: amount("60000.00"), FixedQuotaCost: amount("80000.00")}}
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"m1", "m4"} {
		m, _ := r.Member(id)
		for _, cl := range m.Claims() {
			fmt.Println(id, cl.ID(), cl.Rule(), cl.Aid().StringFixed(2))
		}
	}
	// Output:
	// m1 c1 inpatient 5600.00
	// m4 c2 child-disease 16000.00
}

// Key marks the groups of key recipients (重点救助对象, 特困 and 低保), who
// have no deductible (2.3.4) and whose contribution the medical-aid fund
// pays (2.3.3).
func ExampleGroup_Key() {
	p := medical.Default2017()
	for _, g := range medical.Groups() {
		t, _ := p.Terms(g)
		fmt.Println(g, g.Key(), "deductible", t.Deductible.Value.StringFixed(2))
	}
	// Output:
	// tekun true deductible 0.00
	// lowincome true deductible 0.00
	// registered-poor false deductible 5000.00
	// extended false deductible 5000.00
	// child-in-difficulty false deductible 5000.00
}

// On reads second aid's switch alone; once a county turns it on, Validate
// requires its three local values, which have no default.
func ExampleSecondAid_On() {
	p := medical.Default2017()
	fmt.Println(p.SecondAid.On())
	p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "county decision")
	fmt.Println(p.SecondAid.On())
	for _, fe := range policy.FieldErrors(p.Validate()) {
		fmt.Println(fe)
	}
	// Output:
	// false
	// true
	// medical.second_aid.threshold: is required: second aid is enabled
	// medical.second_aid.ratio: is required: second aid is enabled
	// medical.second_aid.cap: is required: second aid is enabled
}

// withSecondAid is the built-in 2017 set with second aid (再次救助, 2.3.4,
// "各地酌情") configured by an invented county: 50% of what a claim leaves
// after aid above 1000.00, at most 3000.00 a person a year.
func withSecondAid() *medical.Params {
	p := medical.Default2017()
	p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "county decision (example)")
	p.SecondAid.Threshold = policy.New("medical.second_aid.threshold", amount("1000.00"), policy.Local, "county decision (example)")
	p.SecondAid.Ratio = policy.New("medical.second_aid.ratio", amount("0.50"), policy.Local, "county decision (example)")
	p.SecondAid.Cap = policy.New("medical.second_aid.cap", amount("3000.00"), policy.Local, "county decision (example)")
	return p
}

// assessSampleWith assesses the named sample, after edit (nil for none),
// for medical aid over the whole year under the set p.
func assessSampleWith(p *medical.Params, name string, edit func(*household.Household)) (medical.Result, error) {
	c, in, err := checkSample(name, edit)
	if err != nil {
		return medical.Result{}, err
	}
	a, err := medical.New(p)
	if err != nil {
		return medical.Result{}, err
	}
	return a.Assess(c, in)
}

// Second is a claim's second aid, 0.00 unless the county configures it:
// under withSecondAid's terms the sample h01's claim, R = 8000.00 and aid
// 70% × 8000.00 = 5600.00, leaves 2400.00, and second aid pays (2400.00 −
// 1000.00) × 50% = 700.00, leaving the member 2400.00 − 700.00 = 1700.00.
func ExampleClaimResult_Second() {
	r, err := assessSampleWith(withSecondAid(), "h01-yaodu", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	cl := m.Claims()[0]
	fmt.Println(cl.Remaining().StringFixed(2), cl.Aid().StringFixed(2), cl.Second().StringFixed(2), cl.Left().StringFixed(2))
	fmt.Println(cl.Lines()[1].Explanation().Render(policy.EN))
	// Output:
	// 8000.00 5600.00 700.00 1700.00
	// second aid (claim c1): out-of-pocket left after aid 8000.00 − 5600.00 = 2400.00; (2400.00 − threshold 1000.00) × 50% = 700.00 yuan
}

// Total is a claim's aid and second aid together: the sample h01's claim
// is 5600.00 + 0.00 = 5600.00 under the built-in set, which has no second
// aid, and 5600.00 + 700.00 = 6300.00 under withSecondAid's terms.
func ExampleClaimResult_Total() {
	for _, p := range []*medical.Params{medical.Default2017(), withSecondAid()} {
		r, err := assessSampleWith(p, "h01-yaodu", nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		m, _ := r.Member("m1")
		cl := m.Claims()[0]
		fmt.Println(cl.Aid().StringFixed(2), "+", cl.Second().StringFixed(2), "=", cl.Total().StringFixed(2))
	}
	// Output:
	// 5600.00 + 0.00 = 5600.00
	// 5600.00 + 700.00 = 6300.00
}

// SecondPaidThisYear is the part of PaidThisYear that is second aid, held
// against second aid's own cap: the sample h01's head, with 500.00 of
// second aid already paid this year (invented), under withSecondAid's
// terms gets 5600.00 and 700.00 on his claim, so 500.00 + 5600.00 +
// 700.00 = 6800.00 paid this year, of which 500.00 + 700.00 = 1200.00 is
// second aid.
func ExampleMemberResult_SecondPaidThisYear() {
	r, err := assessSampleWith(withSecondAid(), "h01-yaodu", func(h *household.Household) {
		h.Members[0].SecondAidPaid = amount("500.00")
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Member("m1")
	fmt.Println(m.Aid().StringFixed(2), m.PaidThisYear().StringFixed(2), m.SecondPaidThisYear().StringFixed(2))
	// Output: 6300.00 6800.00 1200.00
}

// RemainingFen is Remaining in fen, for adding households up exactly: the
// samples h01 (8000.00 − 5600.00 = 2400.00 left) and h05 (8000.00 −
// 1800.00 = 6200.00 left) together leave 8600.00.
func ExampleResult_RemainingFen() {
	var left policy.Money
	for _, name := range []string{"h01-yaodu", "h05-guandi"} {
		r, err := assessSample(name, nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, int64(r.RemainingFen()), r.RemainingFen())
		left += r.RemainingFen()
	}
	fmt.Println("together", left)
	// Output:
	// h01-yaodu 240000 2400.00
	// h05-guandi 620000 6200.00
	// together 8600.00
}

// Valid accepts the five groups and none (the empty group, a member not
// covered), and nothing else: a group read from outside is checked with
// it before it is used.
func ExampleGroup_Valid() {
	for _, g := range []medical.Group{medical.GroupNone, medical.GroupTekun, medical.GroupChildInDifficulty, "low-income"} {
		fmt.Printf("%q %v\n", g, g.Valid())
	}
	// Output:
	// "" true
	// "tekun" true
	// "child-in-difficulty" true
	// "low-income" false
}
