package lowincome

import (
	"slices"
	"time"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The audit's comparison, line by line, of what is paid now with the
// regular month of each line paid in the assessment date's month (2.1.2,
// 2.1.3 精准识别): under- and over-payment.
var (
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
// passed over. For a nil r it does nothing.
func (r *Result) AuditLines(out *policy.Assessment, lines []policy.Line) {
	if r == nil || r.compare == compareNone {
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
// pay no line due in the assessment date's month, and whether the record
// lists any 低保 payment at all (without one, what is paid is unknown).
func (x *assessment) unmatched() (total policy.Money, recorded bool) {
	for i := range x.h.Current.Payments {
		pay := &x.h.Current.Payments[i]
		if pay.Programme != policy.LowIncome {
			continue
		}
		recorded = true
		if !slices.ContainsFunc(x.out.Lines, func(l policy.Line) bool { return due(&l, x.on.Month) && pays(pay, &l) }) {
			total += money(pay.Monthly)
		}
	}
	return total, recorded
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
