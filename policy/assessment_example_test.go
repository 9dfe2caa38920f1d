package policy_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// A medical-aid claim paid once, in the month of the stay: the rule rounds
// the amount itself, and the line covers that one month with no monthly
// schedule.
func ExampleAssessment_Lump() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Payee: policy.PayMember,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	f := policy.Formula{ID: "example.claim", ZH: "{R} × {r} = {=} 元", EN: "{R} × {r} = {=} yuan"}
	amount := pay.Rounding.Times(800000, 7000)
	a.Lump(&pay, amount, time.May, &f, policy.M("R", 800000), policy.R("r", 7000))
	l := a.Lines[0]
	fmt.Println(l.ID(), l.Lump(), l.Period(), l.Schedule().Months())
	fmt.Println(l.Explanation().Render(policy.EN))
	// Output:
	// c1 true 05–05 0
	// 8000.00 × 70% = 5600.00 yuan
}

// A referral line (2.4.3) names a service in Pay.Service and carries no
// amount.
func ExampleAssessment_Refer() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.Tekun, Item: "refer-psychiatric", Member: "m1",
		Service: "精神病人福利机构 / psychiatric welfare institution", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Referral, Rounding: policy.DefaultRounding}
	f := policy.Formula{ID: "example.refer", ZH: "转介{s}（不计金额）", EN: "referred to {s} (no amount)"}
	a.Refer(&pay, time.September, &f, policy.T2("s", "精神病人福利机构", "a psychiatric welfare institution"))
	l := a.Lines[0]
	fmt.Println(l.Form(), l.Amount(), l.Period(), l.Service())
	fmt.Println(l.Explanation().Render(policy.EN))
	// Output:
	// referral 0.00 09–09 精神病人福利机构 / psychiatric welfare institution
	// referred to a psychiatric welfare institution (no amount)
}

// A recipient household whose income has risen above the line (2.1.2):
// the exit waits for confirmation, and until then the household is still
// covered. The decision names the parameter it read.
func ExampleAssessment_Decide() {
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.ExitPending,
		Clauses: []policy.Clause{policy.ClauseDynamic}, Params: []policy.Used{standard.Used()}}
	f := policy.Formula{ID: "example.exit-pending",
		ZH: "收入 {I} 高于 {S} × {n} 人 = {L}：待确认退出", EN: "income {I} is above {S} × {n} persons = {L}: exit pending"}
	var a policy.Assessment
	a.Decide(&d, &f, policy.M("I", 1200000), policy.M("S", 362200), policy.N("n", 3), policy.M("L", 1086600))
	x := a.Decisions[0]
	fmt.Println(x.Outcome(), x.Outcome().Covered(), x.Params()[0].Name)
	fmt.Println(x.Explanation().Render(policy.EN))
	// Output:
	// exit-pending true lowincome.standard
	// income 12000.00 is above 3622.00 × 3 persons = 10866.00: exit pending
}

// A decision whose reason is an explanation made elsewhere, here a line's:
// it takes the formula and operands, not the months a part-year line adds.
func ExampleAssessment_DecideAs() {
	var a policy.Assessment
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold, Rounding: policy.DefaultRounding}
	f := policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=}", EN: "{S} × {n} − {I} = {=}"}
	a.Recurring(&pay, policy.PerYear(636600), policy.Period{From: time.July, To: time.December}, &f,
		policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000))
	e := a.Lines[0].Explanation()
	a.DecideAs(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Continue}, e)
	fmt.Println(e.Render(policy.EN))
	fmt.Println(a.Decisions[0].Outcome(), a.Decisions[0].Explanation().Render(policy.EN))
	// Output:
	// 3622.00 × 3 − 4500.00 = 6366.00; months 7–12, 6 months: 6366.00 × 6 ÷ 12 = 3183.00 yuan
	// continue 3622.00 × 3 − 4500.00 = 6366.00
}

// An underpayment found by the audit: the finding's amount is the figure it
// turns on, here what is short each month. Like every 低保 audit finding it
// cites 2.1.2 and 2.1.3 first, then the base line's other clause, 2.1.1.
// The explanation's "=" is an operand like any other, given by the rule.
func ExampleAssessment_Find() {
	var a policy.Assessment
	x := policy.Find{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "base",
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseStandard}, Amount: 3050}
	f := policy.Formula{ID: "example.underpayment",
		ZH: "现发 {paid} 元/月，应发 {due} 元/月，每月少发 {=} 元", EN: "paid {paid}, due {due} a month: {=} short"}
	a.Find(&x, &f, policy.M("paid", 50000), policy.M("due", 53050), policy.M("=", 3050))
	g := a.Findings[0]
	fmt.Println(g.Kind(), g.Item(), g.Amount())
	fmt.Println(g.Explanation().Render(policy.EN))
	// Output:
	// underpayment base 30.5
	// paid 500.00, due 530.50 a month: 30.50 short
}

// Two children covered from July share one rounding (2.2.3): each is paid
// 1000.05 ÷ 3 = 333.35 a year, 166.675 for the six months, and the pair is
// rounded once, to 333.35, so one line pays 166.68 and the other 166.67.
// Each line's explanation goes on from the annual rate to its months and
// the pair's total, of which it is a part.
func ExampleAssessment_Share() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.child", ZH: "{I} ÷ {n} 人 = {=}", EN: "{I} ÷ {n} persons = {=}"}
	rate := policy.PerYear(100005).Div(3)
	july := policy.Period{From: time.July, To: time.December}
	s := policy.DefaultRounding.Split(rate, july.Months(), 2)
	for _, m := range []string{"c1", "c2"} {
		pay := policy.Pay{Programme: policy.LowIncome, Item: "child", Member: m, Payee: policy.PayMember,
			Rounding: policy.DefaultRounding}
		fmt.Println(m, a.Share(&pay, rate, july, &s, &f, policy.M("I", 100005), policy.N("n", 3)))
	}
	fmt.Println(a.Lines[1].Explanation().Render(policy.EN))
	// Output:
	// c1 166.68
	// c2 166.67
	// 1000.05 ÷ 3 persons = 333.35; months 7–12, 6 months: 2 lines together 2 × 333.35 × 6 ÷ 12 = 333.35 yuan (rounded once, the remainder given in member order), this line 166.67 yuan
}

// A breakdown is the programmes' results appended together. Append copies
// the lines, decisions and findings, so a programme's result may be
// released once it is appended.
func ExampleAssessment_Append() {
	f := policy.Formula{ID: "example.line"}
	var lowincome, medical, b policy.Assessment
	lowincome.Recurring(&policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding},
		policy.PerYear(636600), policy.Period{}, &f)
	medical.Lump(&policy.Pay{Programme: policy.Medical, Item: "sponsorship", Member: "m1",
		Rounding: policy.DefaultRounding}, 18000, time.January, &f)
	b.Append(&lowincome)
	b.Append(&medical)
	lowincome.Release()
	medical.Release()
	for _, l := range b.Lines {
		fmt.Println(l.Programme(), l.Item(), l.Member(), l.Annual())
	}
	// Output:
	// lowincome base  6366
	// medical sponsorship m1 180
}

// A year split between two parameter sets is assessed in two runs. A line
// that reads the same values in both runs is joined into one line over the
// year, and so is a decision that is the same in both.
func ExampleAssessment_AppendRun() {
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	used := []policy.Used{standard.Used()}
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Rounding: policy.DefaultRounding, Params: used}
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible, Params: used}
	f := policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=}", EN: "{S} × {n} − {I} = {=}"}
	var b policy.Assessment
	for _, run := range []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}} {
		var o policy.Assessment
		o.Recurring(&pay, policy.PerYear(636600), run, &f, policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000))
		o.Decide(&d, &f, policy.M("S", 362200), policy.N("n", 3), policy.M("I", 450000), policy.M("=", 636600))
		fmt.Println(run, o.Lines[0].Amount())
		b.AppendRun(&o, run)
	}
	fmt.Println(len(b.Lines), b.Lines[0].Period(), b.Lines[0].Amount())
	fmt.Println(len(b.Decisions), b.Decisions[0].Period())
	// Output:
	// 01–06 3183.00
	// 07–12 3183.00
	// 1 01–12 6366.00
	// 1 01–12
}

// Grow makes room once for what is about to be appended, so that the
// appends that follow do not move the lines.
func ExampleAssessment_Grow() {
	f := policy.Formula{ID: "example.line"}
	var lowincome, disability policy.Assessment
	lowincome.Recurring(&policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding},
		policy.PerYear(636600), policy.Period{}, &f)
	for _, m := range []string{"m1", "m2"} {
		disability.Recurring(&policy.Pay{Programme: policy.Disability, Item: "nursing", Member: m,
			Rounding: policy.DefaultRounding}, policy.PerMonth(6000), policy.Period{}, &f)
	}
	var b policy.Assessment
	b.Grow(len(lowincome.Lines)+len(disability.Lines), 0, 0)
	c := cap(b.Lines)
	b.Append(&lowincome)
	b.Append(&disability)
	fmt.Println(len(b.Lines), cap(b.Lines) == c, b.Total())
	// Output: 3 true 7806
}

// Reserve makes room once for all that is about to be appended — the
// lines, decisions and findings, and the ids and operands they keep beyond
// their inline fields — counted by a Room: the appends that follow do not
// move the lines.
func ExampleAssessment_Reserve() {
	f := policy.Formula{ID: "example.line"}
	var lowincome, medical policy.Assessment
	lowincome.Recurring(&policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding},
		policy.PerYear(636600), policy.Period{}, &f)
	medical.Lump(&policy.Pay{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1",
		Rounding: policy.DefaultRounding}, 290000, time.April, &f)
	var room policy.Room
	room.Add(&lowincome)
	room.Add(&medical)
	var b policy.Assessment
	b.Reserve(room)
	c := cap(b.Lines)
	b.Append(&lowincome)
	b.Append(&medical)
	lowincome.Release()
	medical.Release()
	fmt.Println(len(b.Lines), cap(b.Lines) == c, b.Total(), b.Lines[1].ID())
	// Output: 2 true 9266 c1
}

// A Room counts the runs of a year split between two parameter sets before
// they are appended: the receiving assessment makes its room once, even
// though the runs' lines are joined into one as they are appended.
func ExampleRoom_Add() {
	pay := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
		Rounding: policy.DefaultRounding}
	f := policy.Formula{ID: "example.base", ZH: "{S} × {n} − {I} = {=}", EN: "{S} × {n} − {I} = {=}"}
	runs := []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}}
	outcomes := make([]policy.Assessment, len(runs))
	var room policy.Room
	for i, run := range runs {
		outcomes[i].Recurring(&pay, policy.PerYear(636600), run, &f, policy.M("S", 362200), policy.N("n", 3),
			policy.M("I", 450000))
		room.Add(&outcomes[i])
	}
	var b policy.Assessment
	b.Reserve(room)
	for i, run := range runs {
		b.AppendRun(&outcomes[i], run)
		outcomes[i].Release()
	}
	fmt.Println(len(b.Lines), b.Lines[0].Period(), b.Lines[0].Amount())
	// Output: 1 01–12 6366.00
}

// The owner of a result hands its storage back when done with it, for
// assessments made later. Lines appended to another assessment before are
// the other's, and stay valid.
func ExampleAssessment_Release() {
	var a, b policy.Assessment
	a.Recurring(&policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding},
		policy.PerYear(636600), policy.Period{}, &policy.Formula{ID: "example.line"})
	b.Append(&a)
	a.Release()
	fmt.Println(len(a.Lines), b.Lines[0].Annual())
	// Output: 0 6366
}

// A caller that reads each assessment and is done with it makes the next
// in its place: Reserve makes room for what is appended once, and after a
// Reset the next appends reuse the arrays of the lists. A line copied out
// before the Reset is a value, and stays as it was.
func ExampleAssessment_Reset() {
	f := policy.Formula{ID: "example.lump", ZH: "{claim}: {a} + {b} + {c} + {d} = {=}",
		EN: "{claim}: {a} + {b} + {c} + {d} = {=}"}
	var b policy.Assessment
	var first policy.Line
	for i, amount := range []policy.Money{100000, 250000} {
		b.Reset()
		var medical policy.Assessment
		medical.Lump(&policy.Pay{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1",
			Rounding: policy.DefaultRounding}, amount, time.April, &f, policy.T("claim", "c1"),
			policy.M("a", amount/4), policy.M("b", amount/4), policy.M("c", amount/4), policy.M("d", amount/4))
		var room policy.Room
		room.Add(&medical)
		b.Reserve(room)
		b.Append(&medical)
		medical.Release()
		if i == 0 {
			first = b.Lines[0]
		}
		fmt.Println(b.Lines[0].Explanation().Render(policy.ZH))
	}
	fmt.Println(first.Explanation().Render(policy.ZH))
	// Output:
	// c1: 250.00 + 250.00 + 250.00 + 250.00 = 1000.00
	// c1: 625.00 + 625.00 + 625.00 + 625.00 = 2500.00
	// c1: 250.00 + 250.00 + 250.00 + 250.00 = 1000.00
}

// Decision finds the first decision that matches, here the household's own
// (no member) among a programme's decisions.
func ExampleAssessment_Decision() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.decision"}
	a.Decide(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Eligible}, &f)
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Eligible}, &f)
	d, ok := a.Decision(policy.Select{Programme: policy.LowIncome})
	fmt.Println(d.Outcome(), ok)
	_, ok = a.Decision(policy.Select{Programme: policy.Tekun})
	fmt.Println(ok)
	// Output:
	// eligible true
	// false
}

// DecisionsOf yields one member's decisions, item by item.
func ExampleAssessment_DecisionsOf() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.decision"}
	for _, m := range []string{"m1", "m2"} {
		a.Decide(&policy.Decide{Programme: policy.Disability, Item: "living", Member: m, Outcome: policy.Eligible}, &f)
		a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: m, Outcome: policy.Ineligible}, &f)
	}
	for d := range a.DecisionsOf(policy.Select{Member: "m2"}) {
		fmt.Println(d.Member(), d.Item(), d.Outcome())
	}
	// Output:
	// m2 living eligible
	// m2 nursing ineligible
}

// FindingsOf yields the findings of one programme.
func ExampleAssessment_FindingsOf() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.finding"}
	a.Find(&policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Amount: 636600}, &f)
	a.Find(&policy.Find{Kind: policy.JointMeeting, Programme: policy.Temporary, Member: "m1", Amount: 98167}, &f)
	for g := range a.FindingsOf(policy.Select{Programme: policy.Temporary}) {
		fmt.Println(g.Kind(), g.Member(), g.Amount())
	}
	// Output: joint-meeting m1 981.67
}

// Total adds up the lines' amounts, in yuan (TotalFen in fen); a referral
// line adds nothing.
func ExampleAssessment_Total() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.line"}
	a.Recurring(&policy.Pay{Programme: policy.LowIncome, Item: "base", Rounding: policy.DefaultRounding},
		policy.PerYear(636600), policy.Period{}, &f)
	a.Lump(&policy.Pay{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Rounding: policy.DefaultRounding},
		18000, time.January, &f)
	a.Refer(&policy.Pay{Programme: policy.Temporary, Item: "referral", Form: policy.Referral}, time.June, &f)
	fmt.Println(a.Total(), a.TotalFen())
	// Output: 6546 6546.00
}

// AmountFen is a finding's figure in fen, for adding figures up exactly:
// a household paid 500.00 and 90.00 a month where its base is due 6366.00
// ÷ 12 = 530.50 and its class A uplift 30% × 3622.00 ÷ 12 = 90.55 (2.1.2)
// is short 30.50 + 0.55 = 31.05 a month.
func ExampleFinding_AmountFen() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.underpayment"}
	a.Find(&policy.Find{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "base",
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseStandard},
		Amount:  53050 - 50000}, &f)
	a.Find(&policy.Find{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "uplift-a", Member: "m1",
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}, Amount: 9055 - 9000}, &f)
	var short policy.Money
	for _, g := range a.Findings {
		fmt.Println(g.Item(), int64(g.AmountFen()), g.AmountFen())
		short += g.AmountFen()
	}
	fmt.Println("short a month", short)
	// Output:
	// base 3050 30.50
	// uplift-a 55 0.55
	// short a month 31.05
}
