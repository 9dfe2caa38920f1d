package medical

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaChild = policy.Formula{ID: "medical.child-disease",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {=} 元（{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {=} yuan ({Rx})"}
	// The share itself above R, which is on the rounding unit: R is paid.
	formulaChildBound = policy.Formula{ID: "medical.child-disease.bound",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，高于剩余合规自负 {R}，救助 {=} 元（{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, more than the remaining out-of-pocket {R}, aid {=} yuan ({Rx})"}
	// A unit coarser than the fen that would round the share above R, or
	// a share above an R not on the unit: R rounded down is paid.
	formulaChildFloored = policy.Formula{ID: "medical.child-disease.floored",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，取整后将高于剩余合规自负 {R}：救助 {=} 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负；{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, which rounded would be more than the remaining out-of-pocket {R}: aid {=} yuan (the remaining out-of-pocket rounded down to the rounding unit: aid is never above it; {Rx})"}
	formulaChildCapped = policy.Formula{ID: "medical.child-disease.capped",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元（{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan ({Rx})"}
	// A unit coarser than the fen, of which what is left of the cap is not
	// a whole number.
	formulaChildCappedFloored = policy.Formula{ID: "medical.child-disease.capped-floored",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元（余额向下取整到舍入单位：救助不高于余额；{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan (what is left rounded down to the rounding unit: aid is never above it; {Rx})"}
)

// childDisease is the child-disease rule of 2.3.4: for a child at most
// ChildMaxAge at admission with acute leukaemia or congenital heart
// disease, the child share of the disease's fixed-quota cost (皖卫农〔2010〕
// 34号), rounded once, cut to what is left of the annual cap of the
// group's terms t (room) and never above R.
func (a *Assessor) childDisease(x *claimCase, t *groupTerms, res *ClaimResult, room policy.Money, pay *policy.Pay,
	out *policy.Assessment) {
	rd, r, q := a.p.Rounding, res.remaining, res.costs.quota
	aid := rd.Times(q, a.childShare)
	rx := res.costs.explain(r)
	var buf [17]policy.Arg
	args := append(buf[:0], policy.T("claim", x.claim.ID), policy.N("age", x.age), policy.N("max", a.p.ChildMaxAge.Value),
		disease(x.claim.Disease), policy.M("Q", q), policy.R("s", a.childShare))
	args = append(args, rx[:]...)
	f := &formulaChild
	// The aid without the cap is min(share, R), R rounded down to the unit;
	// the cap cuts it when that is above what is left of the cap, rounded
	// down too, as inpatient and second aid flag it ([ClaimResult.Capped]).
	roomU, rU := rd.FloorMoney(room), rd.FloorMoney(r)
	switch {
	case min(aid, rU) > roomU:
		aid, res.capped, f = roomU, true, &formulaChildCapped
		if roomU < room {
			f = &formulaChildCappedFloored
		}
		args = append(args, product("x", q, a.childShare), policy.M("cap", t.cap), policy.M("paid", x.before.all),
			policy.M("room", room))
	case aid > rU:
		aid, f = rU, &formulaChildBound
		if rU < r || policy.PerYear(q).Times(a.childShare).Cmp(policy.PerYear(r)) <= 0 {
			f = &formulaChildFloored // the share itself is not above R, or R is not on the unit
		}
		args = append(args, product("x", q, a.childShare), policy.M("R", r))
	}
	res.rule, res.aid = RuleChild, aid
	pay.Item, pay.Params = ItemChildDisease, t.usedChild
	if res.capped {
		pay.Params = a.restingOn(t.usedChild, x.before)
	}
	out.Lump(pay, aid, x.claim.Admission.Month, f, args...)
}

// disease returns the argument "dis": the disease in words.
func disease(d household.Disease) policy.Arg {
	switch d {
	case household.AcuteLeukaemia:
		return policy.T2("dis", "急性白血病", "acute leukaemia")
	case household.CongenitalHeart:
		return policy.T2("dis", "先天性心脏病", "congenital heart disease")
	}
	return policy.T2("dis", string(d), string(d))
}
