package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/safetynet-go/safetynet/policy"
)

// A rule makes its templates once, when its Assessor is made, and adds
// each household's lines from them.
var (
	exampleBase = policy.NewLineTemplate(policy.Pay{Programme: policy.LowIncome, Item: "base",
		Payee: policy.PayHousehold, Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic}},
		&policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=}", EN: "{S} × {n} − {I} = {=}"})
	exampleChild = policy.NewLineTemplate(policy.Pay{Programme: policy.LowIncome, Item: "child",
		Payee: policy.PayMember, Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseChildren}},
		&policy.Formula{ID: "example.child", ZH: "{I} ÷ {n} 人 = {=}", EN: "{I} ÷ {n} persons = {=}"})
	exampleSponsor = policy.NewLineTemplate(policy.Pay{Programme: policy.Medical, Item: "sponsorship",
		Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Form: policy.Cash,
		Rounding: policy.DefaultRounding, Clauses: []policy.Clause{policy.ClauseSponsorship}},
		&policy.Formula{ID: "example.sponsorship", ZH: "资助参合 {c} 元", EN: "contribution {c} yuan"})
	exampleEligible = policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible,
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseStandard}},
		&policy.Formula{ID: "example.below", ZH: "{I} < {L}", EN: "{I} is below {L}"})
	exampleOmission = policy.NewFindingTemplate(policy.Find{Kind: policy.Omission, Programme: policy.LowIncome,
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}},
		&policy.Formula{ID: "example.omission", ZH: "应发 {=} 元/年", EN: "entitled to {=} yuan/year"})
)

// RecurringFrom adds one household's line from a template made once: two
// households' 低保 base lines, S × n − I, each with its own income I.
func ExampleAssessment_RecurringFrom() {
	var a policy.Assessment
	for _, income := range []policy.Money{450000, 300000} {
		a.RecurringFrom(exampleBase, "", policy.PerYear(362200*3-income), policy.Period{},
			policy.M("S", 362200), policy.N("n", 3), policy.M("I", income))
	}
	for _, l := range a.Lines {
		fmt.Println(l.Item(), l.Payee(), l.Annual(), l.Explanation().Render(policy.EN))
	}
	// Output:
	// base household 6366 3622.00 × 3 − 4500.00 = 6366.00
	// base household 7866 3622.00 × 3 − 3000.00 = 7866.00
}

// ShareFrom adds, from a template, one of the lines that share one
// rounding: one line per child.
func ExampleAssessment_ShareFrom() {
	// Two children are each paid I ÷ n = 1000.01 ÷ 3 = 333.3366… a year, the
	// two lines rounded once together (2.2.3): 666.67, each 333.33 rounded
	// down, and the fen left over goes to the first.
	var a policy.Assessment
	rate := policy.PerYear(100001).Div(3)
	s := policy.DefaultRounding.Split(rate, 12, 2)
	for _, m := range []string{"c1", "c2"} {
		a.ShareFrom(exampleChild, m, rate, policy.Period{}, &s, policy.M("I", 100001), policy.N("n", 3))
	}
	for _, l := range a.Lines {
		fmt.Println(l.Member(), l.Payee(), l.Explanation().Render(policy.EN))
	}
	// Output:
	// c1 member 1000.01 ÷ 3 persons = 333.34
	// c2 member 1000.01 ÷ 3 persons = 333.33
}

// LumpFrom adds, from a template, a one-off amount paid in one month: the
// sponsorship of m1's contribution, 180.00 (medical.contribution), in
// September; its annual amount is the lump sum itself.
func ExampleAssessment_LumpFrom() {
	var a policy.Assessment
	a.LumpFrom(exampleSponsor, "m1", 18000, 9, policy.M("c", 18000))
	l := a.Lines[0]
	fmt.Println(l.Member(), l.Payer(), l.Lump(), l.Period(), l.Annual(), l.Explanation().Render(policy.ZH))
	// Output: m1 medical-aid-fund true 09–09 180 资助参合 180.00 元
}

// DecideFrom records a decision from a template: a household of three
// eligible for 低保, its income 4500.00 below its line 3622.00 × 3 =
// 10866.00, citing 2.1.2, 2.1.3 and 2.1.1 as the library's own does.
func ExampleAssessment_DecideFrom() {
	var a policy.Assessment
	a.DecideFrom(exampleEligible, "", policy.M("I", 450000), policy.M("L", 1086600))
	d := a.Decisions[0]
	fmt.Println(d.Outcome(), d.Clauses(), d.Explanation().Render(policy.EN))
	// Output: eligible [2.1.2 2.1.3 2.1.1] 4500.00 is below 10866.00
}

// FindFrom records an audit finding from a template: an omission, a
// household entitled to 6366.00 a year, citing 2.1.2 and 2.1.3 as every
// 低保 audit finding does first.
func ExampleAssessment_FindFrom() {
	var a policy.Assessment
	a.FindFrom(exampleOmission, "", 636600, policy.M("=", 636600))
	f := a.Findings[0]
	fmt.Println(f.Kind(), f.Clauses(), f.Amount(), f.Explanation().Render(policy.EN))
	// Output: omission [2.1.2 2.1.3] 6366 entitled to 6366.00 yuan/year
}

// With makes a template whose lines also rest on a parameter record that
// only some households bring in; the line names it and is provisional
// when the record is.
func ExampleLineTemplate_With() {
	// A household whose income a provisional rule classified (a
	// scholarship left out of I, say): its base line rests on that rule too,
	// and is provisional (section 0).
	rule := policy.New("lowincome.counted.scholarship", false, policy.Provisional, "an Anhui rule").Used()
	var a policy.Assessment
	a.RecurringFrom(exampleBase.With(rule), "", policy.PerYear(636600), policy.Period{},
		policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000))
	l := a.Lines[0]
	fmt.Println(l.Params()[0].Name, l.Provisional())
	// Output:
	// lowincome.counted.scholarship true
}

// With makes a template whose decisions also rest on a parameter record,
// as LineTemplate.With does for lines: the decision names it.
func ExampleDecisionTemplate_With() {
	rule := policy.New("lowincome.counted.scholarship", false, policy.Provisional, "an Anhui rule").Used()
	var a policy.Assessment
	a.DecideFrom(exampleEligible.With(rule), "", policy.M("I", 450000), policy.M("L", 1086600))
	fmt.Println(a.Decisions[0].Params()[0].Name)
	// Output:
	// lowincome.counted.scholarship
}

// A template fixes a rule's Pay and formula once; the line it makes is the
// very line Recurring makes from the same Pay, formula and operands. The
// Pay's Member is not part of the template: each line names its own.
func ExampleNewLineTemplate() {
	pay := policy.Pay{Programme: policy.Disability, Item: "nursing", Member: "m1", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseDisability}}
	f := policy.Formula{ID: "example.nursing", ZH: "{m} 元/月 × 12 = {=} 元/年", EN: "{m} a month × 12 = {=} a year"}
	t := policy.NewLineTemplate(pay, &f)

	var a, b policy.Assessment
	a.Recurring(&pay, policy.PerMonth(6000), policy.Period{}, &f, policy.M("m", 6000))
	b.RecurringFrom(t, "m1", policy.PerMonth(6000), policy.Period{}, policy.M("m", 6000))
	b.RecurringFrom(t, "m2", policy.PerMonth(6000), policy.Period{}, policy.M("m", 6000))
	x, err := json.Marshal(a.Lines[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	y, err := json.Marshal(b.Lines[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.Equal(x, y), b.Lines[1].Member(), b.Lines[1].Explanation().Render(policy.EN))
	// Output: true m2 60.00 a month × 12 = 720.00 a year
}

// NewDecisionTemplate makes, once, the template of a kind of decision: its
// programme, outcome, clauses and formula. Each household's decision is
// then recorded from it with its own member and figures.
func ExampleNewDecisionTemplate() {
	refused := policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Outcome: policy.Ineligible,
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}},
		&policy.Formula{ID: "example.above", ZH: "{I} 不低于 {L}", EN: "{I} is not below {L}"})
	var a policy.Assessment
	a.DecideFrom(refused, "", policy.M("I", 1200000), policy.M("L", 1086600))
	d := a.Decisions[0]
	fmt.Println(d.Programme(), d.Outcome(), d.Clauses(), d.Explanation().Render(policy.ZH))
	// Output: lowincome ineligible [2.1.2 2.1.3] 12000.00 不低于 10866.00
}

// NewFindingTemplate makes, once, the template of a kind of audit finding;
// each finding records its own amount and figures.
func ExampleNewFindingTemplate() {
	under := policy.NewFindingTemplate(policy.Find{Kind: policy.Underpayment, Programme: policy.LowIncome,
		Item: "base", Clauses: []policy.Clause{policy.ClauseDynamic}},
		&policy.Formula{ID: "example.under", ZH: "现发 {paid}，应发 {due}，每月少发 {=} 元", EN: "paid {paid}, due {due}: {=} yuan a month short"})
	var a policy.Assessment
	a.FindFrom(under, "", 3050, policy.M("paid", 50000), policy.M("due", 53050), policy.M("=", 3050))
	f := a.Findings[0]
	fmt.Println(f.Kind(), f.Item(), f.Amount().StringFixed(2), f.Explanation().Render(policy.EN))
	// Output: underpayment base 30.50 paid 500.00, due 530.50: 30.50 yuan a month short
}
