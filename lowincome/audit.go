package lowincome

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesOmission      = []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}
	clausesOmissionChild = []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseChildren}

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
	// A registered-poor household that is also one for 兜底 is named for
	// both triggers, and for the first ground of 兜底 that it meets.
	formulaOmissionPoorNoWork = policy.Formula{ID: "lowincome.omission-registered-poor-no-work",
		ZH: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”；且家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 {=} 元/年",
		EN: "eligible but not covered: a registered-poor household that qualifies must be covered (将所有符合条件的扶贫对象纳入), and with no member able to work it is one for 兜底 (全部纳入); entitled to {=} yuan/year"}
	formulaOmissionPoorNoPath = policy.Formula{ID: "lowincome.omission-registered-poor-no-development",
		ZH: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”；且暂时无法通过扶贫开发脱贫，应“全部纳入农村低保范围，实行兜底保障”，应发 {=} 元/年",
		EN: "eligible but not covered: a registered-poor household that qualifies must be covered (将所有符合条件的扶贫对象纳入), and unable for now to escape poverty through development it is one for 兜底 (全部纳入); entitled to {=} yuan/year"}
	formulaOmissionChild = policy.Formula{ID: "lowincome.omission-child",
		ZH: "应保未保：困境儿童（含困境家庭儿童）个人全额享受低保标准，家庭未纳入低保，应发 {=} 元/年",
		EN: "eligible but not covered: a child in difficulty (or of a family in difficulty) receives the full standard on his own, and the household is not covered; entitled to {=} yuan/year"}
	formulaWrongful = policy.Formula{ID: "lowincome.wrongful",
		ZH: "错保：不符合低保条件（{why}），现发 {paid} 元/月",
		EN: "covered but not eligible ({why}); paid now {paid} yuan/month"}
	formulaNotExited = policy.Formula{ID: "lowincome.not-exited",
		ZH: "应退未退：已确认退出低保（{why}），现发 {paid} 元/月",
		EN: "still paid after a confirmed exit ({why}); paid now {paid} yuan/month"}
	// The same two when the record says the household is covered but
	// records no amount it is paid: the amount is not 0.00, it is unknown.
	formulaWrongfulUnrecorded = policy.Formula{ID: "lowincome.wrongful-unrecorded",
		ZH: "错保：不符合低保条件（{why}），现发金额未登记",
		EN: "covered but not eligible ({why}); the amount paid now is not recorded"}
	formulaNotExitedUnrecorded = policy.Formula{ID: "lowincome.not-exited-unrecorded",
		ZH: "应退未退：已确认退出低保（{why}），现发金额未登记",
		EN: "still paid after a confirmed exit ({why}); the amount paid now is not recorded"}
)

// audit compares the assessment with what the household is paid now (2.1.2,
// 2.1.3 精准识别), in the run containing the assessment date's month only:
// eligible but not covered (应保未保), naming the triggers, with what the
// household is entitled to a year, or, for a household neither eligible nor
// covered, each child paid the standard on his own (2.2.3) with S a year;
// a recipient still paid after a confirmed exit (应退未退); a recipient that
// is not eligible (错保); and, line by line, under- and over-payment against
// the regular month of each line paid in the assessment date's month
// (compareLines; for Inputs.Joined, AuditLines over the joined lines).
func (x *assessment) audit() {
	cur, out := x.h.Current, &x.out.Assessment
	d := x.out.Coverage()
	switch {
	case !cur.LowIncome && d.Outcome() == policy.Eligible:
		total := x.annualTotal()
		// The triggers that apply: registered poor, and 兜底 (no member
		// able to work, else no development path).
		t := x.t.omission
		switch poor, noWork := x.h.RegisteredPoor, x.noneAbleToWork(); {
		case poor && noWork:
			t = x.t.omissionPoorNoWork
		case poor && x.h.NoDevelopmentPath:
			t = x.t.omissionPoorNoPath
		case poor:
			t = x.t.omissionPoor
		case noWork:
			t = x.t.omissionNoWork
		case x.h.NoDevelopmentPath:
			t = x.t.omissionNoPath
		}
		out.FindFrom(t, "", total, policy.M("=", total))
	case !cur.LowIncome && x.p.ChildMode.Value == ChildIndividual && !x.h.NoFixedHousehold:
		// A household not covered, whose children in difficulty are paid
		// the standard on their own (2.2.3, the individual switch): each
		// is a 低保 recipient who is not covered, entitled to S a year,
		// whatever months the record and the run cover (as above).
		for i := range x.h.Members {
			if m := &x.h.Members[i]; x.inHousehold(i) && x.isChild(m) {
				out.FindFrom(x.t.omissionChild, m.ID, x.standard, policy.M("=", x.standard))
			}
		}
	case cur.LowIncome && !d.Outcome().Covered():
		// Payments for a line still due (a child paid individually, a
		// children's allowance) are compared below; the rest should stop.
		paid, recorded := x.unmatched()
		kind, f, unrecorded := policy.Wrongful, &formulaWrongful, &formulaWrongfulUnrecorded
		if d.Outcome() == policy.Exit {
			kind, f, unrecorded = policy.NotExited, &formulaNotExited, &formulaNotExitedUnrecorded
		}
		args := append(d.Explanation().Nest("why"), policy.M("paid", paid))
		if !recorded {
			f, args = unrecorded, args[:len(args)-1]
		}
		out.Find(&policy.Find{Kind: kind, Programme: policy.LowIncome, Clauses: auditClauses(d.Clauses()),
			Amount: paid}, f, args...)
		x.compareLines(false)
	case cur.LowIncome:
		x.compareLines(true)
	}
}

// auditClauses returns the clauses of a finding of the audit that rests on
// a decision or a line (错保 and 应退未退, under- and over-payment): those of
// 精准识别 (2.1.2, 2.1.3), which 应保未保 cites too, then the decision's or
// the line's own, not already among them.
func auditClauses(decided []policy.Clause) []policy.Clause {
	cs := slices.Clone(clausesOmission)
	for _, c := range decided {
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	return cs
}

// annualTotal returns what the household's lines pay over a whole year
// under this run's parameters, whatever months the record and the run
// cover: the 应保未保 amount, a year's entitlement.
func (x *assessment) annualTotal() policy.Money {
	if x.paid && x.months == policy.Year {
		return x.out.TotalFen()
	}
	y := *x
	var r Result
	y.out, y.months = &r, policy.Year
	y.payments(true)
	return r.TotalFen()
}

// money returns a validated amount of the record in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}
