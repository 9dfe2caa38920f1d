package disability

import (
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
		EN: "not supported: {what} paid now {=} yuan/month ({why})"}
	formulaUnder = policy.Formula{ID: "disability.underpayment",
		ZH: "少发：{what}现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月少发 {=} 元",
		EN: "underpaid: {what} paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month short"}
	formulaOver = policy.Formula{ID: "disability.overpayment",
		ZH: "多发：{what}现发 {paid} 元/月，应发 {due} 元/月（第1–11月），每月多发 {=} 元",
		EN: "overpaid: {what} paid now {paid} yuan/month, due {due} yuan/month (months 1–11), {=} yuan/month too much"}

	formulaNoMember = policy.Formula{ID: "disability.wrongful.no-member",
		ZH: "未指明成员：两项补贴按人发放", EN: "no member named: the subsidies are paid per person"}
	formulaNoCertificate = policy.Formula{ID: "disability.wrongful.no-certificate",
		ZH: "该成员无残疾人证", EN: "the member holds no disability certificate"}
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
// it compares the lines with the subsidies recorded as received now. A line
// with no receipt is unclaimed (a line of 0 is not); a receipt of another
// monthly amount than the schedule's months 1–11 is under- or over-paid; a
// receipt the rules do not support — no member, a member with no
// certificate, an unknown item, a member who does not qualify — is
// wrongful. A receipt whose subsidy could not be assessed is left to the
// not-assessed finding.
func (x *assessment) audit() {
	pays := x.h.Current.Payments
	matched := make([]bool, len(pays))
	for _, l := range x.out.Lines {
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
			x.find(policy.Unclaimed, l.Item(), l.Member(), l.Amount(), &formulaUnclaimed,
				itemArg(l.Item()), policy.M("mo", due), policy.M("=", l.Amount()))
		case !found:
		case paid < due:
			x.find(policy.Underpayment, l.Item(), l.Member(), due-paid, &formulaUnder,
				itemArg(l.Item()), policy.M("paid", paid), policy.M("due", due), policy.M("=", due-paid))
		case paid > due:
			x.find(policy.Overpayment, l.Item(), l.Member(), paid-due, &formulaOver,
				itemArg(l.Item()), policy.M("paid", paid), policy.M("due", due), policy.M("=", paid-due))
		}
	}
	for i, pay := range pays {
		if pay.Programme != policy.Disability || matched[i] {
			continue
		}
		why, skip := x.unsupported(pay)
		if skip {
			continue
		}
		paid := money(pay.Monthly)
		args := append(append([]policy.Arg{itemArg(pay.Item)}, why...), policy.M("=", paid))
		x.find(policy.Wrongful, pay.Item, pay.Member, paid, &formulaWrongful, args...)
	}
}

// find adds an audit finding under clause 2.2.4.
func (x *assessment) find(kind policy.FindingKind, item policy.Item, member string, amount policy.Money,
	f *policy.Formula, args ...policy.Arg) {
	x.out.Find(&policy.Find{Kind: kind, Programme: policy.Disability, Item: item, Member: member,
		Clauses: clausesDisability, Amount: amount}, f, args...)
}

// unsupported says why a receipt with no line is not supported, as the
// arguments that nest the reason as "why"; skip when its subsidy was not
// assessed.
func (x *assessment) unsupported(pay household.Payment) (why []policy.Arg, skip bool) {
	switch {
	case pay.Member == "":
		return []policy.Arg{policy.Nested("why", &formulaNoMember, 0)}, false
	case pay.Item != ItemLiving && pay.Item != ItemNursing:
		return []policy.Arg{policy.Nested("why", &formulaUnknownItem, 1), policy.T("item", string(pay.Item))}, false
	}
	d, ok := x.out.Decision(policy.Select{Programme: policy.Disability, Item: pay.Item, Member: pay.Member})
	if !ok {
		return []policy.Arg{policy.Nested("why", &formulaNoCertificate, 0)}, false
	}
	return d.Explanation().Nest("why"), d.Outcome() == policy.NotAssessed
}

// money returns a checked amount of the record in fen.
func money(d decimal.Decimal) policy.Money {
	m, _ := policy.MoneyOf(d)
	return m
}
