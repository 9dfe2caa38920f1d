package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesOmission = []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}

	formulaOmission = policy.Formula{ID: "lowincome.omission",
		ZH: "应保未保：符合条件但未纳入低保，应发 {=} 元/年",
		EN: "eligible but not covered: entitled to {=} yuan/year"}
	formulaOmissionPoor = policy.Formula{ID: "lowincome.omission-registered-poor",
		ZH: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”，应发 {=} 元/年",
		EN: "eligible but not covered: a registered-poor household that qualifies must be covered (将所有符合条件的扶贫对象纳入); entitled to {=} yuan/year"}
	formulaOmissionNoWork = policy.Formula{ID: "lowincome.omission-no-work",
		ZH: "应保未保：家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 {=} 元/年",
		EN: "eligible but not covered: no member is able to work, so the household must be covered (兜底, 全部纳入); entitled to {=} yuan/year"}
	formulaOmissionNoPath = policy.Formula{ID: "lowincome.omission-no-development",
		ZH: "应保未保：暂时无法通过扶贫开发脱贫，应“全部纳入农村低保范围，实行兜底保障”，应发 {=} 元/年",
		EN: "eligible but not covered: cannot for now escape poverty through development, so must be covered (兜底, 全部纳入); entitled to {=} yuan/year"}
	formulaWrongful = policy.Formula{ID: "lowincome.wrongful",
		ZH: "错保：不符合低保条件（{why}），现发 {paid} 元/月",
		EN: "covered but not eligible ({why}); paid now {paid} yuan/month"}
	formulaUnder = policy.Formula{ID: "lowincome.underpayment",
		ZH: "少发：现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月少发 {=} 元",
		EN: "underpaid: paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month short"}
	formulaOver = policy.Formula{ID: "lowincome.overpayment",
		ZH: "多发：现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月多发 {=} 元",
		EN: "overpaid: paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month too much"}
)

// audit compares the assessment with what the household is paid now (2.1.2,
// 2.1.3 精准识别): eligible but not covered (应保未保), naming the trigger;
// covered but not eligible (错保); and, for a covered recipient, under- and
// over-payment per line against months 1–11 of the schedule.
func (x *assessment) audit() {
	cur, out := x.h.Current, &x.out.Assessment
	d := x.out.Coverage()
	switch {
	case !cur.LowIncome && d.Outcome() == policy.Eligible:
		total := out.TotalFen()
		f := &formulaOmission
		switch {
		case x.h.RegisteredPoor:
			f = &formulaOmissionPoor
		case x.noneAbleToWork():
			f = &formulaOmissionNoWork
		case x.h.NoDevelopmentPath:
			f = &formulaOmissionNoPath
		}
		out.Find(&policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Clauses: clausesOmission,
			Amount: total}, f, policy.M("=", total))
	case cur.LowIncome && !d.Outcome().Covered():
		var paid policy.Money
		for _, pay := range cur.Payments {
			if pay.Programme == policy.LowIncome {
				paid += money(pay.Monthly)
			}
		}
		args := append(d.Explanation().Nest("why"), policy.M("paid", paid))
		out.Find(&policy.Find{Kind: policy.Wrongful, Programme: policy.LowIncome, Clauses: d.Clauses(),
			Amount: paid}, &formulaWrongful, args...)
	case cur.LowIncome:
		x.compare()
	}
}

// money returns a validated amount of the record in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}

// compare reports, line by line, a monthly amount paid now that differs from
// the schedule's regular month; a line with no payment recorded is paid 0,
// and a payment with no line is all over-payment.
func (x *assessment) compare() {
	pays := x.h.Current.Payments
	matched := make([]bool, len(pays))
	for _, l := range x.out.Lines {
		var paid policy.Money
		for i, pay := range pays {
			if pay.Programme == policy.LowIncome && pay.Item == l.Item() && pay.Member == l.Member() {
				paid, matched[i] = paid+money(pay.Monthly), true
			}
		}
		if due := l.Schedule().MonthFen(); due != paid {
			x.diff(l.Item(), l.Member(), l.Clauses(), paid, due)
		}
	}
	for i, pay := range pays {
		if pay.Programme == policy.LowIncome && !matched[i] {
			x.diff(pay.Item, pay.Member, clausesUplift, money(pay.Monthly), 0)
		}
	}
}

// diff reports a monthly amount paid that differs from the amount due.
func (x *assessment) diff(item policy.Item, member string, clauses []policy.Clause, paid, due policy.Money) {
	d := due - paid
	if d == 0 {
		return
	}
	kind, f := policy.Underpayment, &formulaUnder
	if d < 0 {
		kind, f, d = policy.Overpayment, &formulaOver, -d
	}
	x.out.Find(&policy.Find{Kind: kind, Programme: policy.LowIncome, Item: item, Member: member, Clauses: clauses,
		Amount: d}, f, policy.M("paid", paid), policy.M("due", due), policy.M("=", d))
}

func (x *assessment) noneAbleToWork() bool {
	for i := range x.h.Members {
		m := &x.h.Members[i]
		if !m.Tekun.Supported() && m.AbleToWork {
			return false
		}
	}
	return true
}
