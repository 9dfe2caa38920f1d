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
func (a *assessment) audit(d policy.Decision, lines []policy.Line) []policy.Finding {
	cur := a.h.Current
	var findings []policy.Finding
	switch {
	case !cur.LowIncome && d.Outcome == policy.Eligible:
		total := sumLines(lines)
		f := formulaOmission
		switch {
		case a.h.RegisteredPoor:
			f = formulaOmissionPoor
		case a.noneAbleToWork():
			f = formulaOmissionNoWork
		case a.h.NoDevelopmentPath:
			f = formulaOmissionNoPath
		}
		findings = append(findings, policy.Finding{
			Kind: policy.Omission, Programme: policy.LowIncome, Clauses: clausesOmission, Amount: total,
			Explanation: policy.Explain(f, policy.M("=", total)),
		})
	case cur.LowIncome && !d.Outcome.Covered():
		paid := decimal.Zero
		for _, pay := range cur.Payments {
			if pay.Programme == policy.LowIncome {
				paid = paid.Add(pay.Monthly)
			}
		}
		findings = append(findings, policy.Finding{
			Kind: policy.Wrongful, Programme: policy.LowIncome, Clauses: d.Clauses, Amount: paid,
			Explanation: policy.Explain(formulaWrongful, policy.Nested("why", d.Explanation), policy.M("paid", paid)),
		})
	case cur.LowIncome:
		findings = a.compare(lines, findings)
	}
	return findings
}

// compare reports, line by line, a monthly amount paid now that differs from
// the schedule's regular month; a line with no payment recorded is paid 0,
// and a payment with no line is all over-payment.
func (a *assessment) compare(lines []policy.Line, findings []policy.Finding) []policy.Finding {
	pays := a.h.Current.Payments
	matched := make([]bool, len(pays))
	for _, l := range lines {
		paid := decimal.Zero
		for i, pay := range pays {
			if pay.Programme == policy.LowIncome && pay.Item == l.Item && pay.Member == l.Member {
				paid, matched[i] = paid.Add(pay.Monthly), true
			}
		}
		findings = appendDiff(findings, l.Item, l.Member, l.Clauses, paid, l.Schedule().Month)
	}
	for i, pay := range pays {
		if pay.Programme == policy.LowIncome && !matched[i] {
			findings = appendDiff(findings, pay.Item, pay.Member, clausesUplift, pay.Monthly, decimal.Zero)
		}
	}
	return findings
}

func appendDiff(findings []policy.Finding, item policy.Item, member string, clauses []policy.Clause, paid, due decimal.Decimal) []policy.Finding {
	diff := due.Sub(paid)
	if diff.IsZero() {
		return findings
	}
	kind, f := policy.Underpayment, formulaUnder
	if diff.IsNegative() {
		kind, f, diff = policy.Overpayment, formulaOver, diff.Neg()
	}
	return append(findings, policy.Finding{
		Kind: kind, Programme: policy.LowIncome, Item: item, Member: member, Clauses: clauses, Amount: diff,
		Explanation: policy.Explain(f, policy.M("paid", paid), policy.M("due", due), policy.M("=", diff)),
	})
}

func (a *assessment) noneAbleToWork() bool {
	for i := range a.h.Members {
		m := &a.h.Members[i]
		if !m.Tekun.Supported() && m.AbleToWork {
			return false
		}
	}
	return true
}

func sumLines(lines []policy.Line) decimal.Decimal {
	var total policy.Sum
	for _, l := range lines {
		total.Add(l.Annual)
	}
	return total.Total()
}
