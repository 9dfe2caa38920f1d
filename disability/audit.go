package disability

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaUnclaimed = policy.Formula{ID: "disability.unclaimed",
		ZH: "应补尽补：{what}符合条件，未登记发放；应发 {=} 元/年（每月 {mo} 元）",
		EN: "应补尽补: qualifies for the {what} but is not recorded as receiving it; due {=} yuan/year ({mo} yuan a month)"}
	formulaWrongful = policy.Formula{ID: "disability.wrongful",
		ZH: "错发：{what}现发 {=} 元/月，不符合规定（{why}）",
		EN: "wrongly paid: {what} paid now {=} yuan/month ({why})"}
	formulaUnclaimedPart = policy.Formula{ID: "disability.unclaimed-part",
		ZH: "应补尽补：{what}符合条件，未登记发放；{months}应发 {=} 元（每月 {mo} 元）",
		EN: "应补尽补: qualifies for the {what} but is not recorded as receiving it; due {=} yuan for {months} ({mo} yuan a month)"}
	formulaUnder = policy.Formula{ID: "disability.underpayment",
		ZH: "少发：{what}现发 {paid} 元/月，应发 {due} 元/月（{when}），每月少发 {=} 元",
		EN: "underpaid: {what} paid now {paid} yuan/month, due {due} yuan/month ({when}), {=} yuan/month short"}
	formulaOver = policy.Formula{ID: "disability.overpayment",
		ZH: "多发：{what}现发 {paid} 元/月，应发 {due} 元/月（{when}），每月多发 {=} 元",
		EN: "overpaid: {what} paid now {paid} yuan/month, due {due} yuan/month ({when}), {=} yuan/month too much"}

	formulaNoMember = policy.Formula{ID: "disability.wrongful.no-member",
		ZH: "未指明成员：两项补贴按人发放", EN: "no member named: the subsidies are paid per person"}
	formulaNoCertificate = policy.Formula{ID: "disability.wrongful.no-certificate",
		ZH: "该成员无残疾人证", EN: "the member holds no disability certificate"}
	formulaNotNow = policy.Formula{ID: "disability.wrongful.not-now",
		ZH: "{cert}：残疾人证有效期{valid}，不含评估日所在的{m}月",
		EN: "{cert}: the certificate is valid {valid}, not in month {m} of the assessment date"}
	formulaUnknownItem = policy.Formula{ID: "disability.wrongful.unknown-item",
		ZH: "“{item}”不是两项补贴的项目（living、nursing）",
		EN: "“{item}” is not an item of the two subsidies (living, nursing)"}
)

// itemArg names the subsidy of an item, as the argument "what".
func itemArg(item policy.Item) policy.Arg {
	switch item {
	case ItemLiving:
		return policy.T2("what", "困难残疾人生活补贴", "living subsidy")
	case ItemNursing:
		return policy.T2("what", "重度残疾人护理补贴", "nursing subsidy")
	}
	return policy.T2("what", "项目“"+string(item)+"”", "item “"+string(item)+"”")
}

// audit is 应补尽补 (2.2.4: "做到应补尽补，确保…覆盖所有符合条件的残疾人"):
// in the run of months that contains the assessment date's month (section
// 0), it compares the lines that cover that month with the subsidies
// recorded as received now, or leaves that to AuditLines when the caller
// joins the lines across runs (Inputs.Joined).
func (x *assessment) audit() {
	if !x.period.Contains(x.on.Month) || x.in.Joined {
		return // for Inputs.Joined, Assess keeps the record for AuditLines
	}
	if len(x.out.Lines) == 0 && len(x.h.Current.Payments) == 0 {
		return // nothing due, nothing received: the commonest household
	}
	payAudit{out: &x.out.Assessment, h: x.h, on: x.on, decided: x.out}.compare(x.out.Lines)
}

// AuditLines makes the audit that Assess left out for in.Joined (应补尽补,
// 2.2.4) over lines: the lines of a breakdown, each line joined across the
// runs it goes on through. It appends the findings to out, once: r is the
// result of the run holding the assessment date's month, assessed with
// in.Joined, whose decisions say why a receipt is not supported, and keeps
// the record it was assessed on until AuditLines has used it; for any other
// result, and for r again, AuditLines does nothing. Lines of other
// programmes are passed over. Call it before r's assessment is released.
//
// The audit compares the lines that cover the assessment date's month with
// what is recorded as received now: a holder who qualifies but is not
// recorded as receiving is unclaimed (应补尽补), a receipt the rules do not
// support that month is wrongful, and a receipt of another monthly amount
// than the regular month of the line's schedule is under- or over-payment.
// A caller that assesses the year in several runs and joins the lines that
// go on unchanged sets [Inputs.Joined] and calls AuditLines: a subsidy due
// all year is then unclaimed for the year, not for the piece of it in one
// run. For a nil r it does nothing.
func (r *Result) AuditLines(out *policy.Assessment, lines []policy.Line) {
	if r == nil {
		return
	}
	c := r.deferred
	if c.Household() == nil {
		return
	}
	r.deferred = household.Checked{}
	payAudit{out: out, h: c.Household(), on: c.Date(), decided: r}.compare(lines)
}

// payAudit compares what household h is recorded as receiving now with the
// lines that cover the month of on, the assessment date, adding the
// findings to out; decided holds the decisions of the run of that month.
type payAudit struct {
	out     *policy.Assessment
	h       *household.Household
	on      household.Date
	decided *Result
}

// compare compares the lines of the subsidies that cover the assessment
// date's month with the subsidies recorded as received now. Such a line
// with no receipt is unclaimed (a line of 0 is not); a receipt of another
// monthly amount than the regular month of the line's schedule (all its
// months but the last) is under- or over-paid; a receipt the rules do not
// support — no member, a member with no certificate, an unknown item, a
// member who does not qualify or whose certificate is not valid that month
// — is wrongful. A receipt whose subsidy could not be assessed is left to
// the not-assessed finding. A finding's amount is what it is about: the
// line's amount for its months when unclaimed; a month's difference or
// receipt, 元/月, when under-, over- or wrongly paid.
func (a payAudit) compare(lines []policy.Line) {
	month := a.on.Month
	pays := a.h.Current.Payments
	matched := make([]bool, len(pays))
	for _, l := range lines {
		if l.Programme() != policy.Disability || !l.Period().Contains(month) {
			continue
		}
		var paid policy.Money
		found := false
		for i, pay := range pays {
			if pay.Programme == policy.Disability && pay.Item == l.Item() && pay.Member == l.Member() {
				paid, found, matched[i] = paid+money(pay.Monthly), true, true
			}
		}
		due := l.Schedule().MonthFen()
		switch {
		case !found && l.Amount() > 0:
			a.unclaimed(l, due)
		case !found:
		case paid < due:
			a.find(policy.Underpayment, l.Item(), l.Member(), due-paid, &formulaUnder,
				itemArg(l.Item()), policy.M("paid", paid), policy.M("due", due), regular(l.Period()), policy.M("=", due-paid))
		case paid > due:
			a.find(policy.Overpayment, l.Item(), l.Member(), paid-due, &formulaOver,
				itemArg(l.Item()), policy.M("paid", paid), policy.M("due", due), regular(l.Period()), policy.M("=", paid-due))
		}
	}
	for i, pay := range pays {
		if pay.Programme != policy.Disability || matched[i] {
			continue
		}
		why, skip := a.unsupported(pay)
		if skip {
			continue
		}
		paid := money(pay.Monthly)
		args := append(append([]policy.Arg{itemArg(pay.Item)}, why...), policy.M("=", paid))
		a.find(policy.Wrongful, pay.Item, pay.Member, paid, &formulaWrongful, args...)
	}
}

// unclaimed finds line l due and not recorded as received, due a month.
func (a payAudit) unclaimed(l policy.Line, due policy.Money) {
	if p := l.Period(); p.Months() < 12 {
		a.find(policy.Unclaimed, l.Item(), l.Member(), l.Amount(), &formulaUnclaimedPart,
			itemArg(l.Item()), span("months", "", int(p.From), int(p.To)), policy.M("mo", due), policy.M("=", l.Amount()))
		return
	}
	a.find(policy.Unclaimed, l.Item(), l.Member(), l.Amount(), &formulaUnclaimed,
		itemArg(l.Item()), policy.M("mo", due), policy.M("=", l.Amount()))
}

// regular names the months of a line over period that pay its regular
// monthly amount, all but the last (a one-month line's month), as the
// argument "when": "第1–11月" / "months 1–11".
func regular(p policy.Period) policy.Arg {
	if p == policy.Year {
		return yearRegular
	}
	return span("when", "第", int(p.From), max(int(p.From), int(p.To)-1))
}

// yearRegular is the regular months of a whole year's line.
var yearRegular = span("when", "第", 1, 11)

// span names the months from to to as the argument name: "5–12月" /
// "months 5–12", or one month "9月" / "month 9"; zh goes before the
// Chinese.
func span(name, zh string, from, to int) policy.Arg {
	if from == to {
		n := strconv.Itoa(from)
		return policy.T2(name, zh+n+"月", "month "+n)
	}
	r := strconv.Itoa(from) + "–" + strconv.Itoa(to)
	return policy.T2(name, zh+r+"月", "months "+r)
}

// find adds an audit finding under clause 2.2.4.
func (a payAudit) find(kind policy.FindingKind, item policy.Item, member string, amount policy.Money,
	f *policy.Formula, args ...policy.Arg) {
	a.out.Find(&policy.Find{Kind: kind, Programme: policy.Disability, Item: item, Member: member,
		Clauses: clausesDisability, Amount: amount}, f, args...)
}

// unsupported says why a receipt with no line that month is not supported,
// as the arguments that nest the reason as "why": no member, an unknown
// item, no certificate, a certificate not valid that month, or else the
// reason of the run's decision; skip when its subsidy was not assessed.
func (a payAudit) unsupported(pay household.Payment) (why []policy.Arg, skip bool) {
	switch {
	case pay.Member == "":
		return []policy.Arg{policy.Nested("why", &formulaNoMember, 0)}, false
	case pay.Item != ItemLiving && pay.Item != ItemNursing:
		return []policy.Arg{policy.Nested("why", &formulaUnknownItem, 1), policy.T("item", string(pay.Item))}, false
	}
	d, ok := a.decided.Decision(policy.Select{Programme: policy.Disability, Item: pay.Item, Member: pay.Member})
	if !ok {
		return []policy.Arg{policy.Nested("why", &formulaNoCertificate, 0)}, false
	}
	// A certificate not valid in the assessment date's month is the reason
	// first, whatever the run's decision says: it does not depend on how
	// the year was cut into runs.
	if m, _ := a.h.Member(pay.Member); !m.Disability.Period.Covers(a.on.Year, a.on.Month) {
		return []policy.Arg{policy.Nested("why", &formulaNotNow, 3), certificate(m.Disability),
			validArg(m.Disability.Period), policy.N("m", int(a.on.Month))}, false
	}
	return d.Explanation().Nest("why"), d.Outcome() == policy.NotAssessed
}

// money returns a checked amount of the record in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}
