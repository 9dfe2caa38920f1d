package temporary

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesReferral = []policy.Clause{policy.ClauseTemporaryForm}

	formulaReferral = policy.Formula{ID: "temporary.referral",
		ZH: "转介服务：{s}（事件 {e}，不计金额）",
		EN: "referral: {s} (event {e}, no amount)"}

	formCash   = policy.T2("f", "发放临时救助金", "cash")
	formInKind = policy.T2("f", "发放实物，折合", "in kind worth")
)

// formArg writes how an amount is delivered (2.4.3): cash (临时救助金) or
// in kind (实物), as the event type's [Params.Form] says.
func formArg(f policy.Form) policy.Arg {
	if f == policy.InKind {
		return formInKind
	}
	return formCash
}

// payee is the member named, or the household.
func payee(member string) policy.Payee {
	if member == "" {
		return policy.PayHousehold
	}
	return policy.PayMember
}

// referralLine is a referral (转介服务, 2.4.3): no amount, the service
// named, paid by no fund but recorded against the civil-affairs fund that
// makes the referral. args are its explanation's: the service "s" and the
// event "e".
func referralLine(service, member string, r policy.Rounding, args []policy.Arg) policy.Line {
	return policy.NewLine(policy.Line{
		Programme: policy.Temporary, Item: ItemReferral, Member: member,
		Payee: payee(member), Payer: policy.CivilAffairsFund, Form: policy.Referral, Service: service,
		Annual: decimal.Zero, Lump: true, Rounding: r, Clauses: clausesReferral,
		Explanation: policy.Explanation{Formula: formulaReferral, Args: args},
	})
}
