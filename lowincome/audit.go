package lowincome

import (
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
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
	formulaNotExited = policy.Formula{ID: "lowincome.not-exited",
		ZH: "应退未退：已确认退出低保（{why}），现发 {paid} 元/月",
		EN: "still paid after a confirmed exit ({why}); paid now {paid} yuan/month"}
	formulaUnder = policy.Formula{ID: "lowincome.underpayment",
		ZH: "少发：现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月少发 {=} 元",
		EN: "underpaid: paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month short"}
	formulaOver = policy.Formula{ID: "lowincome.overpayment",
		ZH: "多发：现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月多发 {=} 元",
		EN: "overpaid: paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month too much"}
	// A line of three to eleven months: its regular month is paid in
	// months {from}–{to}, all but its last.
	formulaUnderPart = policy.Formula{ID: "lowincome.underpayment-part",
		ZH: "少发：现发 {paid} 元/月，应发 {due} 元/月（第{from}–{to}月），每月少发 {=} 元",
		EN: "underpaid: paid now {paid} yuan/month, due {due} yuan/month (months {from}–{to}), {=} yuan/month short"}
	formulaOverPart = policy.Formula{ID: "lowincome.overpayment-part",
		ZH: "多发：现发 {paid} 元/月，应发 {due} 元/月（第{from}–{to}月），每月多发 {=} 元",
		EN: "overpaid: paid now {paid} yuan/month, due {due} yuan/month (months {from}–{to}), {=} yuan/month too much"}
	// A line of one or two months: its regular month is paid in month {m}
	// only (a two-month line's first, a one-month line's one).
	formulaUnderMonth = policy.Formula{ID: "lowincome.underpayment-month",
		ZH: "少发：现发 {paid} 元/月，应发 {due} 元/月（第{m}月），每月少发 {=} 元",
		EN: "underpaid: paid now {paid} yuan/month, due {due} yuan/month (month {m}), {=} yuan/month short"}
	formulaOverMonth = policy.Formula{ID: "lowincome.overpayment-month",
		ZH: "多发：现发 {paid} 元/月，应发 {due} 元/月（第{m}月），每月多发 {=} 元",
		EN: "overpaid: paid now {paid} yuan/month, due {due} yuan/month (month {m}), {=} yuan/month too much"}
	// A payment that pays no line due in the assessment date's month.
	formulaOverNoLine = policy.Formula{ID: "lowincome.overpayment-no-line",
		ZH: "多发：现发 {paid} 元/月，本月无此项应发，每月多发 {=} 元",
		EN: "overpaid: paid now {paid} yuan/month for nothing due this month, {=} yuan/month too much"}
)

// audit compares the assessment with what the household is paid now (2.1.2,
// 2.1.3 精准识别), in the run containing the assessment date's month only:
// eligible but not covered (应保未保), naming the trigger, with what the
// household is entitled to a year; a recipient still paid after a confirmed
// exit (应退未退); a recipient that is not eligible (错保); and, line by line,
// under- and over-payment against the regular month of each line paid in
// the assessment date's month (compareLines; for Inputs.Joined, AuditLines
// over the joined lines).
func (x *assessment) audit() {
	cur, out := x.h.Current, &x.out.Assessment
	d := x.out.Coverage()
	switch {
	case !cur.LowIncome && d.Outcome() == policy.Eligible:
		total := x.annualTotal()
		t := x.t.omission
		switch {
		case x.h.RegisteredPoor:
			t = x.t.omissionPoor
		case x.noneAbleToWork():
			t = x.t.omissionNoWork
		case x.h.NoDevelopmentPath:
			t = x.t.omissionNoPath
		}
		out.FindFrom(t, "", total, policy.M("=", total))
	case cur.LowIncome && !d.Outcome().Covered():
		// Payments for a line still due (a child paid individually, a
		// children's allowance) are compared below; the rest should stop.
		paid := x.unmatched()
		kind, f := policy.Wrongful, &formulaWrongful
		if d.Outcome() == policy.Exit {
			kind, f = policy.NotExited, &formulaNotExited
		}
		args := append(d.Explanation().Nest("why"), policy.M("paid", paid))
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

// What AuditLines compares (Result.compare).
const (
	compareNone = iota // nothing: the run does not hold the date's month, or no 低保 is paid now
	compareDue         // the lines paid in the date's month
	compareAll         // those, and every 低保 payment with no such line
)

// compareLines compares the lines with what is paid now (with extra, a
// payment with no line too), or leaves it to AuditLines when the caller
// joins the lines across runs.
func (x *assessment) compareLines(extra bool) {
	mode := uint8(compareDue)
	if extra {
		mode = compareAll
	}
	if x.joined {
		x.out.compare = mode // Assess keeps the record for AuditLines
		return
	}
	payAudit{out: &x.out.Assessment, h: x.h, month: x.on.Month}.compare(x.out.Lines, mode)
}

// AuditLines makes the comparison of lines with what is paid now that
// Assess left out for in.Joined (2.1.2, 2.1.3 精准识别), over lines: the
// lines of a breakdown, each line joined across the runs it goes on
// through. For each 低保 line paid in the assessment date's month, a
// monthly amount paid now that differs from the line's regular month is
// under- or over-payment; where the run's decision covers the household,
// a 低保 payment with no such line is all over-payment. It appends the
// findings to out, once: r is the result of the run holding the
// assessment date's month, assessed with in.Joined, and keeps the record
// it was assessed on until AuditLines has used it; for any other result,
// and for r again, AuditLines does nothing. Lines of other programmes are
// passed over.
func (r *Result) AuditLines(out *policy.Assessment, lines []policy.Line) {
	if r.compare == compareNone {
		return
	}
	c := r.deferred
	mode := r.compare
	r.compare, r.deferred = compareNone, household.Checked{}
	payAudit{out: out, h: c.Household(), month: c.Date().Month}.compare(lines, mode)
}

// payAudit compares what household h is paid now with the lines paid in
// month, the assessment date's, adding the findings to out.
type payAudit struct {
	out   *policy.Assessment
	h     *household.Household
	month time.Month
}

// due reports whether line l is a 低保 line paid in the assessment date's
// month: the lines the audit compares with what is paid now.
func due(l *policy.Line, month time.Month) bool {
	return l.Programme() == policy.LowIncome && l.Period().Contains(month)
}

// pays reports whether payment pay is for line l.
func pays(pay *household.Payment, l *policy.Line) bool {
	return pay.Programme == policy.LowIncome && pay.Item == l.Item() && pay.Member == l.Member()
}

// compare reports, for each line paid in the assessment date's month, a
// monthly amount paid now that differs from the regular month of its
// schedule (months 1…m−1); a line with no payment recorded is paid 0. With
// compareAll, a payment with no such line is all over-payment.
func (a payAudit) compare(lines []policy.Line, mode uint8) {
	payments := a.h.Current.Payments
	matched := make([]bool, len(payments))
	for j := range lines {
		l := &lines[j]
		if !due(l, a.month) {
			continue
		}
		var paid policy.Money
		for i := range payments {
			if pays(&payments[i], l) {
				paid, matched[i] = paid+money(payments[i].Monthly), true
			}
		}
		if due := l.Schedule().MonthFen(); due != paid {
			a.diff(l.Item(), l.Member(), l.Clauses(), l.Period(), paid, due)
		}
	}
	if mode != compareAll {
		return
	}
	for i, pay := range payments {
		if pay.Programme == policy.LowIncome && !matched[i] && money(pay.Monthly) != 0 {
			paid := money(pay.Monthly)
			a.out.Find(&policy.Find{Kind: policy.Overpayment, Programme: policy.LowIncome, Item: pay.Item,
				Member: pay.Member, Clauses: auditClauses(clausesUplift), Amount: paid}, &formulaOverNoLine,
				policy.M("paid", paid), policy.M("=", paid))
		}
	}
}

// unmatched returns the monthly total of the 低保 payments made now that
// pay no line due in the assessment date's month.
func (x *assessment) unmatched() policy.Money {
	var total policy.Money
	for i := range x.h.Current.Payments {
		pay := &x.h.Current.Payments[i]
		if pay.Programme != policy.LowIncome {
			continue
		}
		if !slices.ContainsFunc(x.out.Lines, func(l policy.Line) bool { return due(&l, x.on.Month) && pays(pay, &l) }) {
			total += money(pay.Monthly)
		}
	}
	return total
}

// diff reports a monthly amount paid that differs from the amount due on a
// line of period: for a line of fewer than twelve months, the explanation
// names the months its regular month is paid in.
func (a payAudit) diff(item policy.Item, member string, clauses []policy.Clause, period policy.Period,
	paid, due policy.Money) {
	d := due - paid
	if d == 0 {
		return
	}
	kind, f, fp := policy.Underpayment, &formulaUnder, &formulaUnderPart
	if d < 0 {
		kind, f, fp, d = policy.Overpayment, &formulaOver, &formulaOverPart, -d
	}
	find := policy.Find{Kind: kind, Programme: policy.LowIncome, Item: item, Member: member,
		Clauses: auditClauses(clauses), Amount: d}
	if period.Months() == 12 {
		a.out.Find(&find, f, policy.M("paid", paid), policy.M("due", due), policy.M("=", d))
		return
	}
	to := period.To
	if period.Months() > 1 {
		to-- // the last month pays the rest
	}
	if to == period.From { // one month pays the regular month
		fm := &formulaUnderMonth
		if kind == policy.Overpayment {
			fm = &formulaOverMonth
		}
		a.out.Find(&find, fm, policy.M("paid", paid), policy.M("due", due), policy.N("m", int(to)), policy.M("=", d))
		return
	}
	a.out.Find(&find, fp, policy.M("paid", paid), policy.M("due", due), policy.N("from", int(period.From)),
		policy.N("to", int(to)), policy.M("=", d))
}

// noneAbleToWork reports whether no member of the 低保 household in the run
// is able to work (2.1.2 兜底).
func (x *assessment) noneAbleToWork() bool {
	for i := range x.h.Members {
		if x.inHousehold(i) && x.h.Members[i].AbleToWork {
			return false
		}
	}
	return true
}
