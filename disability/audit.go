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
// not-assessed finding. tiers are the lines' tiers, in the lines' order.
func (a *assessment) audit(r *Result, tiers []*tierLine, findings []policy.Finding) []policy.Finding {
	pays := a.h.Current.Payments
	var buf [8]bool
	var matched []bool
	if len(pays) <= len(buf) {
		matched = buf[:len(pays)]
	} else {
		matched = make([]bool, len(pays))
	}
	for k, l := range r.Lines {
		paid, found := decimal.Zero, false
		for i, pay := range pays {
			if pay.Programme == policy.Disability && pay.Item == l.Item && pay.Member == l.Member {
				paid, found, matched[i] = add(paid, pay.Monthly), true, true
			}
		}
		t := tiers[k]
		due := t.due
		switch {
		case !found && l.Annual.IsPositive():
			findings = append(findings, policy.Finding{Kind: policy.Unclaimed, Programme: policy.Disability,
				Item: l.Item, Member: l.Member, Clauses: clausesDisability, Amount: l.Annual,
				Explanation: policy.Explanation{Formula: formulaUnclaimed, Args: t.unclaimed}})
		case !found:
		case paid.LessThan(due):
			diff := due.Sub(paid)
			findings = append(findings, policy.Finding{Kind: policy.Underpayment, Programme: policy.Disability,
				Item: l.Item, Member: l.Member, Clauses: clausesDisability, Amount: diff,
				Explanation: policy.Explain(formulaUnder, t.unclaimed[0], policy.M("paid", paid), policy.M("due", due), policy.M("=", diff))})
		case paid.GreaterThan(due):
			diff := paid.Sub(due)
			findings = append(findings, policy.Finding{Kind: policy.Overpayment, Programme: policy.Disability,
				Item: l.Item, Member: l.Member, Clauses: clausesDisability, Amount: diff,
				Explanation: policy.Explain(formulaOver, t.unclaimed[0], policy.M("paid", paid), policy.M("due", due), policy.M("=", diff))})
		}
	}
	for i, pay := range pays {
		if pay.Programme != policy.Disability || matched[i] {
			continue
		}
		why, skip := a.unsupported(r, pay)
		if skip {
			continue
		}
		findings = append(findings, policy.Finding{Kind: policy.Wrongful, Programme: policy.Disability,
			Item: pay.Item, Member: pay.Member, Clauses: clausesDisability, Amount: pay.Monthly,
			Explanation: policy.Explain(formulaWrongful, itemArg(pay.Item), policy.Nested("why", why), policy.M("=", pay.Monthly))})
	}
	return findings
}

// add is a.Add(b) — the sum's exponent the smaller of the operands' —
// without the allocation when a is 0 with an exponent not below b's: the
// sum is then b, value and exponent. The zero Decimal is not returned for a
// sum that a.Add(b) would have made anew.
func add(a, b decimal.Decimal) decimal.Decimal {
	if a.IsZero() && a.Exponent() >= b.Exponent() && b != (decimal.Decimal{}) {
		return b
	}
	return a.Add(b)
}

// unsupported says why a receipt with no line is not supported, or skip
// when its subsidy was not assessed.
func (a *assessment) unsupported(r *Result, pay household.Payment) (why policy.Explanation, skip bool) {
	if pay.Member == "" {
		return policy.Explain(formulaNoMember), false
	}
	if pay.Item != ItemLiving && pay.Item != ItemNursing {
		return policy.Explain(formulaUnknownItem, policy.T("item", string(pay.Item))), false
	}
	mr, ok := r.Member(pay.Member)
	if !ok {
		return policy.Explain(formulaNoCertificate), false
	}
	d := mr.Living
	if pay.Item == ItemNursing {
		d = mr.Nursing
	}
	return d.Explanation, d.Outcome == policy.NotAssessed
}
