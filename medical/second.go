package medical

import "github.com/safetynet-go/safetynet/policy"

var (
	formulaSecond = policy.Formula{ID: "medical.second-aid",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {=} yuan"}
	formulaSecondBelow = policy.Formula{ID: "medical.second-aid.below-threshold",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}，未超过门槛 {t}，再次救助 {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}, not above the threshold {t}, second aid {=} yuan"}
	formulaSecondFloored = policy.Formula{ID: "medical.second-aid.floored",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {x} 元，取整后将高于剩余自负 {L}：再次救助 {=} 元（剩余自负向下取整到舍入单位：救助不高于剩余自负）",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {x} yuan, which rounded would be above what is left {L}: second aid {=} yuan (what is left rounded down to the rounding unit: aid is never above it)"}
	formulaSecondCapped = policy.Formula{ID: "medical.second-aid.capped",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {x} 元，再次救助年度限额 {scap} 元、本年已再次救助 {spaid} 元，年度救助限额余额 {room} 元，再次救助 {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {x} yuan, second-aid cap {scap} with {spaid} already paid this year and {room} left of the annual cap, second aid {=} yuan"}
	// A unit coarser than the fen, of which what is left of the caps is not
	// a whole number.
	formulaSecondCappedFloored = policy.Formula{ID: "medical.second-aid.capped-floored",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {x} 元，再次救助年度限额 {scap} 元、本年已再次救助 {spaid} 元，年度救助限额余额 {room} 元，再次救助 {=} 元（限额余额向下取整到舍入单位：救助不高于余额）",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {x} yuan, second-aid cap {scap} with {spaid} already paid this year and {room} left of the annual cap, second aid {=} yuan (what is left of the caps rounded down to the rounding unit: aid is never above it)"}
)

// secondAid is second aid (再次救助) of 2.3.4 on the claim's out-of-pocket
// left after aid: its ratio of the part above its threshold, rounded once,
// never above what is left, within what is left of its own yearly cap and
// of the annual cap of the group's terms t after the claim's aid (room).
func (a *Assessor) secondAid(x *claimCase, t *groupTerms, res *ClaimResult, room policy.Money, pay *policy.Pay,
	out *policy.Assessment) {
	rd := a.p.Rounding
	left := res.remaining - res.aid
	above := max(left-a.secondThreshold, 0)
	share := rd.Times(above, a.secondRatio)
	second := min(share, rd.FloorMoney(left)) // a coarse unit may round above what is left
	sroom := max(a.secondCap-x.before.second, 0)
	var buf [10]policy.Arg
	args := append(buf[:0], policy.T("claim", x.claim.ID), policy.M("R", res.remaining), policy.M("A", res.aid),
		policy.M("L", left), policy.M("t", a.secondThreshold), policy.R("r", a.secondRatio))
	f, capped := &formulaSecond, false
	capLeft := min(room, sroom) // what is left of the two caps
	switch bound := rd.FloorMoney(capLeft); {
	case second > bound:
		second, capped, f = bound, true, &formulaSecondCapped
		if bound < capLeft {
			f = &formulaSecondCappedFloored
		}
		args = append(args, product("x", above, a.secondRatio), policy.M("scap", a.secondCap),
			policy.M("spaid", x.before.second), policy.M("room", room))
	case left <= a.secondThreshold:
		f = &formulaSecondBelow
	case second < share:
		f = &formulaSecondFloored
		args = append(args, product("x", above, a.secondRatio))
	}
	res.second, res.capped = second, res.capped || capped
	pay.Item, pay.Params = ItemSecondAid, t.usedSecond
	if res.rule == RuleChild {
		pay.Params = t.usedSecondChild
	}
	if capped { // cut by the annual cap or its own: it rests on the aid paid before too
		pay.Params = a.restingOn(pay.Params, x.before)
	}
	out.Lump(pay, second, x.claim.Admission.Month, f, args...)
}
