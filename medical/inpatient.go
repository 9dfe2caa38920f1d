package medical

import (
	"slices"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaInpatient = policy.Formula{ID: "medical.inpatient",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {=} yuan"}
	formulaBelowDeductible = policy.Formula{ID: "medical.inpatient.below-deductible",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}，未超过起付线 {d}，救助 {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}, not above the deductible {d}, aid {=} yuan"}
	// A unit coarser than the fen that would round the ratio's amount
	// above R.
	formulaInpatientFloored = policy.Formula{ID: "medical.inpatient.floored",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {x} 元，取整后将高于剩余合规自负 {R}：救助 {=} 元（剩余合规自负向下取整到舍入单位：救助不高于剩余合规自负）",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {x} yuan, which rounded would be above the remaining out-of-pocket {R}: aid {=} yuan (the remaining out-of-pocket rounded down to the rounding unit: aid is never above it)"}
	formulaInpatientCapped = policy.Formula{ID: "medical.inpatient.capped",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan"}
	// A unit coarser than the fen, of which what is left of the cap is not
	// a whole number.
	formulaInpatientCappedFloored = policy.Formula{ID: "medical.inpatient.capped-floored",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元（余额向下取整到舍入单位：救助不高于余额）",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan (what is left rounded down to the rounding unit: aid is never above it)"}
)

// groupTerms are a group's inpatient-aid terms (its [Terms]) in fen and
// ten-thousandths, with the parameter records its lines carry: its
// inpatient and child-disease lines (each with the group's annual cap),
// and a second-aid line after each, which lists its own parameters and
// then those of the aid it follows, since it is paid on what that aid left
// (2.3.4), so that a provisional ratio or share behind the aid makes it
// provisional too (section 0).
type groupTerms struct {
	deductible, cap                              policy.Money
	ratio                                        policy.Ratio
	used, usedChild, usedSecond, usedSecondChild []policy.Used
	index                                        int // the group's place in groupOrder (rests.go)
}

// groupTermsOf returns the terms t of group g under the parameters p.
func groupTermsOf(g Group, t Terms, p *Params) groupTerms {
	x := groupTerms{deductible: policy.ParamMoney(t.Deductible), cap: policy.ParamMoney(t.Cap), ratio: policy.ParamRatio(t.Ratio),
		index:     slices.Index(groupOrder[:], g),
		used:      []policy.Used{t.Ratio.Used(), t.Deductible.Used(), t.Cap.Used()},
		usedChild: []policy.Used{p.ChildMaxAge.Used(), p.ChildShare.Used(), t.Cap.Used()}}
	if s := p.SecondAid; s.On() {
		own := []policy.Used{s.Threshold.Used(), s.Ratio.Used(), s.Cap.Used()}
		if s.Enabled.Set { // the switch, when the county set it, is what turned second aid on
			own = append([]policy.Used{s.Enabled.Used()}, own...)
		}
		x.usedSecond = append(slices.Clip(own), x.used...)
		x.usedSecondChild = append(slices.Clip(own), x.usedChild...)
	}
	return x
}

// terms returns the inpatient-aid terms of group g, nil for a member in no
// group.
func (a *Assessor) terms(g Group) *groupTerms {
	switch g {
	case GroupTekun:
		return &a.tekun
	case GroupLowIncome:
		return &a.lowIncome
	case GroupRegisteredPoor:
		return &a.registeredPoor
	case GroupExtended:
		return &a.extended
	case GroupChildInDifficulty:
		return &a.childInDifficulty
	}
	return nil
}

// inpatient is inpatient aid of 2.3.4: the group's ratio of R above the
// group's deductible, rounded once, never above R, and cut to what is left
// of the group's annual cap (room).
func (a *Assessor) inpatient(x *claimCase, t *groupTerms, res *ClaimResult, room policy.Money, pay *policy.Pay,
	out *policy.Assessment) {
	rd, r := a.p.Rounding, res.remaining
	above := max(r-t.deductible, 0)
	share := rd.Times(above, t.ratio)
	aid := min(share, rd.FloorMoney(r)) // a coarse unit may round above R
	zh, en := x.group.Name()
	rx := res.costs.explain(r)
	var buf [17]policy.Arg
	args := append(buf[:0], policy.T("claim", x.claim.ID), policy.T2("g", zh, en))
	args = append(append(args, rx[:]...), policy.M("R", r), policy.M("d", t.deductible), policy.R("r", t.ratio))
	f := &formulaInpatient
	switch roomU := rd.FloorMoney(room); {
	case aid > roomU:
		aid, res.capped, f = roomU, true, &formulaInpatientCapped
		if roomU < room {
			f = &formulaInpatientCappedFloored
		}
		args = append(args, product("x", above, t.ratio), policy.M("cap", t.cap), policy.M("paid", x.before.all),
			policy.M("room", room))
	case r <= t.deductible && t.deductible > 0:
		f = &formulaBelowDeductible
	case aid < share:
		f = &formulaInpatientFloored
		args = append(args, product("x", above, t.ratio))
	}
	res.rule, res.aid = RuleInpatient, aid
	pay.Item, pay.Params = ItemInpatient, t.used
	if res.capped {
		pay.Params = a.restingOn(t.used, x.before)
	}
	out.Lump(pay, aid, x.claim.Admission.Month, f, args...)
}

// Terms returns the inpatient-aid terms of group g, and false for
// [GroupNone] or an unknown group. Nil parameters have no terms: the zero
// Terms and false, as [Params.Validate] reports the parameters missing.
func (p *Params) Terms(g Group) (Terms, bool) {
	if p == nil {
		return Terms{}, false
	}
	switch g {
	case GroupTekun:
		return p.Tekun, true
	case GroupLowIncome:
		return p.LowIncome, true
	case GroupRegisteredPoor:
		return p.RegisteredPoor, true
	case GroupExtended:
		return p.Extended, true
	case GroupChildInDifficulty:
		return p.ChildInDifficulty, true
	}
	return Terms{}, false
}
