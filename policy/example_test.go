package policy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

func ExampleMoneyOf() {
	m, ok := policy.MoneyOf(decimal.RequireFromString("3622.00"))
	fmt.Println(int64(m), m, ok)
	_, ok = policy.MoneyOf(decimal.RequireFromString("250.005")) // three places: refused, not rounded
	fmt.Println(ok)
	// Output:
	// 362200 3622.00 true
	// false
}

// A household's counted income sums its members' incomes, so it may be
// above what one record may hold; ComputedOf reads it back from JSON.
func ExampleComputedOf() {
	i := decimal.RequireFromString("2999999999999.97") // three incomes of 999999999999.99
	_, record := policy.MoneyOf(i)
	m, computed := policy.ComputedOf(i)
	fmt.Println(record, computed, m)
	// Output: false true 2999999999999.97
}

func ExampleRatioOf() {
	r, ok := policy.RatioOf(decimal.RequireFromString("0.30"))
	fmt.Println(int64(r), r, ok)
	// Output: 3000 0.3 true
}

func ExampleRate() {
	// The B uplift on the member's share: (3622.00 × 3 − 4000.00) ÷ 3 × 20%,
	// kept exact until the line rounds it once.
	share := policy.PerYear(policy.Money(362200*3 - 400000)).Div(3).Times(2000)
	_, whole := share.Exact()
	fmt.Println(whole, share.CeilFen(), policy.DefaultRounding.Round(share))
	// Output: false 457.74 457.73
}

func ExamplePerMonth() {
	// An amount fixed per month has annual amount 12 × that (section 0).
	m, _ := policy.PerMonth(6000).Exact()
	fmt.Println(m)
	// Output: 720.00
}

func ExampleRounding_Round() {
	// 1000.02 ÷ 4 = 250.005, rounded once by the set's rule (section 0).
	q := policy.PerYear(100002).Div(4)
	fmt.Println(policy.DefaultRounding.Round(q))
	fmt.Println(policy.Rounding{Mode: policy.HalfEven, Places: 2}.Round(q))
	// Output:
	// 250.01
	// 250.00
}

func ExampleRounding_Prorate() {
	// Seven months in a class-1 nursing home at 6000.00 a year.
	fmt.Println(policy.DefaultRounding.Prorate(policy.PerYear(600000), 7))
	// Output: 3500.00
}

func ExampleRounding_Times() {
	// 30% of the standard, rounded to the yuan.
	fmt.Println(policy.Rounding{Places: 0}.Times(362200, 3000))
	// Output: 1087.00
}

func ExampleRounding_Split() {
	// Two children share one rounding (2.2.3): 2 × 1000.02 ÷ 4 = 500.01.
	s := policy.DefaultRounding.Split(policy.PerYear(100002).Div(4), 12, 2)
	fmt.Println(s.Total(), s.Next(), s.Next(), s.Uniform())
	// Output: 500.01 250.01 250.00 false
}

func ExampleRounding_ScheduleOf() {
	s := policy.DefaultRounding.ScheduleOf(362200, 12)
	fmt.Println(s.Month(), s.Last(), s.Total())
	// Output: 301.83 301.87 3622
}

func ExampleRounding_Unit() {
	fmt.Println(policy.DefaultRounding.Unit(), policy.Rounding{Places: 0}.Unit(), policy.Rounding{Places: -2}.Unit())
	// Output: 0.01 1.00 100.00
}

func ExampleRounding_Validate() {
	fmt.Println(policy.Rounding{Places: 4}.Validate("lowincome.rounding"))
	// Output: lowincome.rounding.places: 4 is not a unit from 0.01 to 100 元 (places 2 to -2)
}

func ExampleSchedule_Payments() {
	s := policy.DefaultRounding.ScheduleOf(72440, 12)
	p := s.Payments()
	fmt.Println(len(p), p[0], p[11])
	// Output: 12 60.37 60.33
}

func ExamplePeriod_Intersect() {
	p, ok := policy.Period{}.Intersect(policy.Period{From: time.July, To: time.December})
	fmt.Println(p, p.Months(), ok)
	// Output: 07–12 6 true
}

func ExampleExplanation_Render() {
	f := policy.Formula{ID: "example.base",
		ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
		EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}
	e := policy.Explain(&f, policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000), policy.M("=", 636600))
	fmt.Println(e.Render(policy.ZH))
	fmt.Println(e.Render(policy.EN))
	// Output:
	// 补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年
	// top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year
}

func ExampleNested() {
	why := policy.Formula{ID: "example.why", ZH: "收入 {I} 高于 {L}", EN: "income {I} above {L}"}
	f := policy.Formula{ID: "example.wrongful", ZH: "错保：{why}", EN: "wrongful: {why}"}
	e := policy.Explain(&f, policy.Nested("why", &why, 2), policy.M("I", 1200000), policy.M("L", 1086600))
	fmt.Println(e.Render(policy.EN))
	// Output: wrongful: income 12000.00 above 10866.00
}

// Nest puts an explanation made earlier inside another: a finding of
// wrongful payment (2.1.2) quotes the decision's reason as it was
// explained, with the monthly amount paid now after it.
func ExampleExplanation_Nest() {
	why := policy.Formula{ID: "example.why", ZH: "收入 {I} 高于 {L}", EN: "income {I} above {L}"}
	f := policy.Formula{ID: "example.wrongful", ZH: "错保：{why}，现发 {paid} 元/月", EN: "wrongful: {why}; paid now {paid} yuan/month"}
	reason := policy.Explain(&why, policy.M("I", 1200000), policy.M("L", 1086600))
	e := policy.Explain(&f, append(reason.Nest("why"), policy.M("paid", 53050))...)
	fmt.Println(e.Render(policy.ZH))
	fmt.Println(e.Render(policy.EN))
	// Output:
	// 错保：收入 12000.00 高于 10866.00，现发 530.50 元/月
	// wrongful: income 12000.00 above 10866.00; paid now 530.50 yuan/month
}

func ExampleArg_Format() {
	fmt.Println(policy.R("r", 7000).Format(policy.EN))
	fmt.Println(policy.T2("t", "火灾", "fire").Format(policy.EN))
	// Output:
	// 70%
	// fire
}

func ExampleAssessment_Recurring() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic}}
	f := policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=}", EN: "{S} × {n} − {I} = {=}"}
	a.Recurring(&pay, policy.PerYear(636600), policy.Period{}, &f,
		policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000))
	l := a.Lines[0]
	fmt.Println(l.Item(), l.Annual(), l.Schedule().Month(), l.Period(), l.Explanation().Render(policy.EN))
	// Output: base 6366 530.5 01–12 3622.00 × 3 − 4500.00 = 6366.00
}

// Formula gives a part-year line's formula whole: its annual rate's,
// followed by the months it pays and their amount (section 0). Here the
// household is covered from July, six months of its 6366.00 a year.
func ExampleExplanation_Formula() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic}}
	f := policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=} 元/年", EN: "{S} × {n} − {I} = {=} yuan/year"}
	a.Recurring(&pay, policy.PerYear(636600), policy.Period{From: time.July, To: time.December}, &f,
		policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000))
	e := a.Lines[0].Explanation()
	fmt.Println(e.Formula().EN)
	fmt.Println(e.Render(policy.EN))
	// Output:
	// {S} × {n} − {I} = {=} yuan/year; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan
	// 3622.00 × 3 − 4500.00 = 6366.00 yuan/year; months 7–12, 6 months: 6366.00 × 6 ÷ 12 = 3183.00 yuan
}

func ExampleAssessment_LinesOf() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.line"}
	for _, m := range []string{"m1", "m2", "m1"} {
		pay := policy.Pay{Programme: policy.Disability, Item: "living", Member: m, Rounding: policy.DefaultRounding}
		a.Recurring(&pay, policy.PerYear(80000), policy.Period{}, &f)
	}
	for l := range a.LinesOf(policy.Select{Member: "m1"}) {
		fmt.Println(l.Member(), l.Annual())
	}
	// Output:
	// m1 800
	// m1 800
}

func ExampleLine_Indexes() {
	// Adding lines up by payer, as a breakdown's totals do.
	var a policy.Assessment
	for _, payer := range []policy.Payer{policy.MedicalAidFund, policy.CivilAffairsFund, policy.MedicalAidFund} {
		pay := policy.Pay{Programme: policy.Medical, Item: "inpatient", Payer: payer, Rounding: policy.DefaultRounding}
		a.Lump(&pay, 10000, time.March, &policy.Formula{ID: "example.lump"})
	}
	var byPayer [3]policy.Money
	for i := range a.Lines {
		_, _, r := a.Lines[i].Indexes()
		byPayer[r] += a.Lines[i].Amount()
	}
	for i, payer := range policy.Payers() {
		fmt.Println(payer, byPayer[i])
	}
	// Output:
	// civil-affairs-fund 100.00
	// medical-aid-fund 200.00
	// county-finance 0.00
}

func ExampleLine_MarshalJSON() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Payee: policy.PayMember,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Lump(&pay, 560000, time.March, &policy.Formula{ID: "example.claim", ZH: "{=}", EN: "{=}"})
	b, _ := json.Marshal(a.Lines[0])
	fmt.Println(string(b))
	// Output:
	// {"programme":"medical","item":"inpatient","member":"m1","id":"c1","payee":"member","payer":"medical-aid-fund","form":"cash","annual":"5600.00","months":12,"period":{"from":3,"to":3},"lump":true,"rounding":{"mode":"half-up","places":2},"clauses":null,"params":null,"provisional":false,"explanation":{"formula":{"id":"example.claim","zh":"{=}","en":"{=}"},"args":[{"name":"=","kind":"money","value":"5600.00"}],"zh":"5600.00","en":"5600.00"}}
}

func ExampleNew() {
	s := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	u := s.Used()
	fmt.Println(u.Name, u.Value, u.Provenance)
	// Output: lowincome.standard 3622.00 seed
}

func ExampleUnset() {
	c := policy.Unset[decimal.Decimal]("tekun.consumption", "RULES.md 2.2.1: local")
	_, err := c.Get()
	fmt.Println(err)
	// Output: missing parameter: tekun.consumption
}

func ExampleCheckRate() {
	p := policy.New("lowincome.uplift_a", decimal.RequireFromString("1.30"), policy.Seed, "")
	err := policy.CheckRate(p, true)
	fe := policy.FieldErrors(err)[0]
	fmt.Println(fe.Path, fe.Type)
	fmt.Println(err)
	// Output:
	// lowincome.uplift_a invalid
	// lowincome.uplift_a: 1.3 is not a rate from 0 to 1
}

func ExampleCheckMoney() {
	fmt.Println(policy.CheckMoney("claims[0].ncms", decimal.RequireFromString("12.345")))
	// Output: claims[0].ncms: 12.345 has more than two decimal places
}

func ExampleCheckComputed() {
	// A household's incomes added up may be above the 10^12 元 of one
	// amount, never finer than the fen.
	fmt.Println(policy.CheckComputed("inputs.income", decimal.RequireFromString("2999999999999.97")))
	fmt.Println(policy.CheckComputed("inputs.income", decimal.RequireFromString("2999999999999.975")))
	// Output:
	// <nil>
	// inputs.income: 2999999999999.975 has more than two decimal places
}

func ExampleShortDecimal() {
	fmt.Println(policy.ShortDecimal(decimal.RequireFromString("3622.005")))
	fmt.Println(policy.ShortDecimal(decimal.New(1, 2_000_000))) // its two million zeros never written
	// Output:
	// 3622.005
	// 1E2000000
}

func ExampleFieldErrors() {
	err := errors.Join(
		policy.CheckPositive(policy.Unset[decimal.Decimal]("lowincome.standard", "")),
		policy.CheckWhole(policy.New("tekun.months", 13, policy.Seed, ""), 1, 12))
	for _, fe := range policy.FieldErrors(err) {
		fmt.Println(fe.Path, fe.Type, fe.Detail)
	}
	// Output:
	// lowincome.standard required is required
	// tekun.months invalid is not 1–12
}

func ExampleSum() {
	var s policy.Sum
	for _, m := range []policy.Money{636600, 108660, 72440} {
		s.Add(m)
	}
	fmt.Println(s.Total())
	// Output: 8177
}

func ExampleClauses() {
	for _, c := range policy.Clauses()[1:4] {
		zh, en := c.Title()
		fmt.Println(c, zh, en)
	}
	// Output:
	// 2.1.1 农村低保标准 rural minimum living standard
	// 2.1.2 低保动态管理 dynamic management of the minimum living allowance
	// 2.1.3 家庭经济状况核对 household means verification
}

func ExampleClause_Known() {
	fmt.Println(policy.Clause("2.3.4").Known(), policy.Clause("9.9").Known())
	// Output: true false
}

func ExamplePath() {
	err := policy.Path("members").Index(2).Field("disability").Field("grade").Invalid("7", "is not 1–4")
	fmt.Println(err)
	// Output: members[2].disability.grade: 7 is not 1–4
}

func ExampleQuote() {
	fmt.Println(policy.Quote("lottery"))
	fmt.Println(policy.Quote("m1\u200b"), policy.Quote("m1\u3164")) // invisible, escaped
	// Output:
	// "lottery"
	// "m1\u200b" "m1\u3164"
}

// Blank tells the graphic characters that show nothing from those that
// show something: the Hangul filler and the blank Braille pattern show
// nothing; a Chinese character and a combining acute accent do.
func ExampleBlank() {
	for _, r := range []rune{'\u3164', '\u2800', '尧', '\u0301'} {
		fmt.Printf("%U %v\n", r, policy.Blank(r))
	}
	// Output:
	// U+3164 true
	// U+2800 true
	// U+5C27 false
	// U+0301 false
}

func ExampleProgramme_Name() {
	fmt.Println(policy.Medical.Name())
	// Output: 医疗救助 medical aid
}

func ExampleFindingKind_Name() {
	fmt.Println(policy.Omission.Name())
	fmt.Println(policy.Wrongful.Name()) // 错保 of 低保, 错发 of a disability subsidy
	// Output:
	// 应保未保 eligible but not covered
	// 错保/错发 covered or paid but not eligible
}

func ExampleOutcome_Covered() {
	fmt.Println(policy.ExitPending.Covered(), policy.Exit.Covered())
	// Output: true false
}

func ExamplePayee_Name() {
	fmt.Println(policy.PayInstitution.Name())
	// Output: 供养机构 institution
}

func ExamplePayer_Name() {
	fmt.Println(policy.CountyFinance.Name())
	// Output: 县级财政 county finance
}

func ExampleForm_Name() {
	fmt.Println(policy.Referral.Name())
	// Output: 转介服务 referral
}

// Explain pairs a formula with its operands; in English a count of one
// takes the singular.
func ExampleExplain() {
	f := policy.Formula{ID: "example.base",
		ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
		EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}
	e := policy.Explain(&f, policy.M("S", 362200), policy.N("n", 1), policy.M("I", 100000), policy.M("=", 262200))
	fmt.Println(e.Render(policy.ZH))
	fmt.Println(e.Render(policy.EN))
	// Output:
	// 补差：3622.00 × 1 人 − 1000.00 = 2622.00 元/年
	// top-up: 3622.00 × 1 person − 1000.00 = 2622.00 yuan/year
}

// AppendRender writes the explanation into a buffer the caller keeps, as a
// writer of many lines does.
func ExampleExplanation_AppendRender() {
	f := policy.Formula{ID: "example.uplift", ZH: "A类增发：{S} × {r} = {=} 元/年", EN: "class A uplift: {S} × {r} = {=} yuan/year"}
	e := policy.Explain(&f, policy.M("S", 362200), policy.R("r", 3000), policy.M("=", 108660))
	buf := []byte("m1: ")
	buf = e.AppendRender(buf, policy.EN)
	fmt.Println(string(buf))
	// Output: m1: class A uplift: 3622.00 × 30% = 1086.60 yuan/year
}

// A line of part of the year pays its amount over its own months, the
// remainder in the last (section 0).
func ExampleLine_Schedule() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Recurring(&pay, policy.PerYear(636600), policy.Period{From: 7, To: 12}, &policy.Formula{ID: "example.part"})
	l := a.Lines[0]
	s := l.Schedule()
	fmt.Println(l.Period(), l.Annual(), s.Months(), s.Month(), s.Last())
	// Output: 07–12 3183 6 530.5 530.5
}

// A line written as JSON reads back to the same line; an unknown value is
// an error at its field.
func ExampleLine_UnmarshalJSON() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.Disability, Item: "living", Member: "m1", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseDisability}}
	a.Recurring(&pay, policy.PerYear(80000), policy.Period{}, &policy.Formula{ID: "example.living"})
	js, _ := a.Lines[0].MarshalJSON()
	var back policy.Line
	err := back.UnmarshalJSON(js)
	fmt.Println(err, back.Member(), back.Annual(), back.Programme())
	err = back.UnmarshalJSON([]byte(`{"annual":"1.00","programme":"pension"}`))
	fmt.Println(err)
	// Output:
	// <nil> m1 800 disability
	// programme: "pension" is not lowincome, tekun, disability, medical or temporary
}
