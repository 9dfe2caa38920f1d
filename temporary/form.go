package temporary

import "github.com/safetynet-go/safetynet/policy"

var (
	clausesReferral = []policy.Clause{policy.ClauseTemporaryForm}

	formulaReferral = policy.Formula{ID: "temporary.referral",
		ZH: "转介服务：{s}（事件 {e}，不计金额）",
		EN: "referral: {s} (event {e}, no amount)"}

	formCash   = policy.T2("f", "发放临时救助金", "cash")
	formInKind = policy.T2("f", "发放实物，折合", "in kind worth")
)

// formArg writes how an amount is delivered (2.4.3): cash (临时救助金) or
// in kind (实物), as the event type's [Params.Form] says. Its words lead
// into the amount ("发放实物，折合 1810.00 元", "in kind worth 1810.00
// yuan"), so a formula writes {f} just before {=}, with nothing between.
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
