package policy_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// The programmes in a breakdown's order, each at its Index.
func ExampleProgrammes() {
	for _, p := range policy.Programmes() {
		_, en := p.Name()
		fmt.Println(p.Index(), p, en)
	}
	// Output:
	// 0 lowincome minimum living allowance
	// 1 tekun support for extremely poor persons
	// 2 disability disability subsidies
	// 3 medical medical aid
	// 4 temporary temporary aid
}

// The payees in their fixed order, each at its Index.
func ExamplePayees() {
	for _, p := range policy.Payees() {
		fmt.Println(p.Index(), p)
	}
	// Output:
	// 0 household
	// 1 member
	// 2 institution
	// 3 medical-insurance-fund
}

// The payers (the funds a line is paid from) in their fixed order, each at
// its Index, with its names.
func ExamplePayers() {
	for _, p := range policy.Payers() {
		zh, en := p.Name()
		fmt.Println(p.Index(), p, zh, en)
	}
	// Output:
	// 0 civil-affairs-fund 民政救助资金 civil-affairs fund
	// 1 medical-aid-fund 医疗救助资金 medical-aid fund
	// 2 county-finance 县级财政 county finance
}

// Index keys an array of totals by programme; a name that is not a
// programme's has none.
func ExampleProgramme_Index() {
	var totals [5]policy.Money
	totals[policy.Medical.Index()] += 18000
	fmt.Println(totals, policy.Programme("pension").Index(), policy.Programme("pension").Valid())
	// Output: [0.00 0.00 0.00 180.00 0.00] -1 false
}

// Rate is a recurring line's annual rate R, kept exact, from which its
// amount over k months is rounded once (section 0): a household covered
// from July at the base of RULES.md worked example 1, R = 3622.00 × 3 −
// 4500.00 = 6366.00 a year, is paid 6366.00 × 6 ÷ 12 = 3183.00. A lump sum
// has no rate.
func ExampleLine_Rate() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Recurring(&pay, policy.PerYear(636600), policy.Period{From: time.July, To: time.December},
		&policy.Formula{ID: "example.base"})
	lump := policy.Pay{Programme: policy.Medical, Item: "inpatient", Payee: policy.PayMember,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Lump(&lump, 560000, time.May, &policy.Formula{ID: "example.claim"})
	base := a.Lines[0]
	r, exact := base.Rate().Exact()
	fmt.Println(r, exact, base.Months(), base.Amount())
	fmt.Println(a.Lines[1].Rate().IsZero(), a.Lines[1].Amount())
	// Output:
	// 6366.00 true 6 3183.00
	// true 5600.00
}

// Rounding is the rounding a line's amount and schedule were made with:
// under a set that rounds to the yuan, a class A uplift of 30% × 3622.00 =
// 1086.60 a year (2.1.2) is 1087.00, paid 1087.00 ÷ 12 = 90.58, rounded to
// 91.00, in months 1–11 and 1087.00 − 11 × 91.00 = 86.00 in month 12.
func ExampleLine_Rounding() {
	var a policy.Assessment
	yuan := policy.Rounding{Mode: policy.HalfUp, Places: 0}
	pay := policy.Pay{Programme: policy.LowIncome, Item: "uplift-a", Member: "m1", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: yuan}
	a.Recurring(&pay, policy.PerYear(108660), policy.Period{}, &policy.Formula{ID: "example.uplift"})
	l := a.Lines[0]
	s := l.Schedule()
	fmt.Println(l.Rounding().Mode, l.Rounding().Unit(), l.Amount(), s.Month(), s.Last())
	// Output: half-up 1.00 1087.00 91 86
}

// NumParams and Param read the parameters a line used one by one, without
// the copy Params makes: a class B uplift, 20% × 3622.00 = 724.40 a year
// (2.1.2), rests on the standard and the uplift's rate.
func ExampleLine_NumParams() {
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	upliftB := policy.New("lowincome.uplift_b", decimal.RequireFromString("0.20"), policy.Seed, "东政办〔2017〕43号 二(一)2")
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "uplift-b", Member: "m2", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Params: []policy.Used{standard.Used(), upliftB.Used()}}
	a.Recurring(&pay, policy.PerYear(72440), policy.Period{}, &policy.Formula{ID: "example.uplift"})
	l := a.Lines[0]
	fmt.Println(l.Amount(), l.NumParams())
	// Output: 724.40 2
}

// Param gives the i'th parameter a line used, with its value and
// provenance: a fire's temporary aid at its maximum, 10 × 3622.00 ÷ 12 =
// 3018.33 (2.4.1), rests on a provisional multiple and the 低保 standard.
func ExampleLine_Param() {
	multiple := policy.New("temporary.multiple.fire", decimal.RequireFromString("10"), policy.Provisional, "RULES.md 2.4.1")
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.Temporary, Item: "emergency", ID: "e1", Payee: policy.PayHousehold,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Params: []policy.Used{multiple.Used(), standard.Used()}}
	a.Lump(&pay, 301833, time.June, &policy.Formula{ID: "example.emergency"})
	l := a.Lines[0]
	for i := range l.NumParams() {
		u := l.Param(i)
		fmt.Println(i, u.Name, u.Value, u.Provenance)
	}
	fmt.Println(l.Amount(), l.Provisional())
	// Output:
	// 0 temporary.multiple.fire 10.00 provisional
	// 1 lowincome.standard 3622.00 seed
	// 3018.33 true
}
