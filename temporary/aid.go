package temporary

import (
	"errors"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of temporary-aid lines and findings.
const (
	ItemEmergency   policy.Item = "emergency"   // 急难型临时救助 (2.4.1)
	ItemExpenditure policy.Item = "expenditure" // 支出型临时救助 (2.4.1)
	ItemReferral    policy.Item = "referral"    // 转介服务 (2.4.3): no amount
	// ItemMedicalBurden and ItemNoAidYet name the two 救急难 triggers of
	// 2.4.2 on a [policy.Jiujinan] finding.
	ItemMedicalBurden policy.Item = "jiujinan-medical"   // medical out-of-pocket above income
	ItemNoAidYet      policy.Item = "jiujinan-emergency" // an emergency event with no aid yet
)

var (
	clausesAid      = []policy.Clause{policy.ClauseTemporary, policy.ClauseTemporaryForm}
	clausesDecision = []policy.Clause{policy.ClauseTemporary}
	clausesMeeting  = []policy.Clause{policy.ClauseTemporary}

	formulaAid = policy.Formula{ID: "temporary.aid",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，不高于上限 {k} × {S} ÷ 12 = {M}：{f} {=} 元",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, not above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan"}
	formulaAidCapped = policy.Formula{ID: "temporary.aid-capped",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，高于上限 {k} × {S} ÷ 12 = {M}：按上限{f} {=} 元，余 {x} 元提交一事一议",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan at the maximum; {x} yuan left over for the joint meeting"}
	// A set whose unit is coarser than the fen, and a shortfall not on the
	// unit: rounding it would pay above it, so it is rounded down.
	formulaAidFloored = policy.Formula{ID: "temporary.aid-floored",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，不高于上限 {k} × {S} ÷ 12 = {M}：{f} {=} 元（差额向下取整到舍入单位：救助不高于差额）",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, not above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan (the shortfall rounded down to the rounding unit: aid is never above it)"}
	// Above the maximum k × S ÷ 12, and paid its figure rounded to the
	// unit, which is above it (the shortfall on that figure exactly).
	formulaAidCappedRounded = policy.Formula{ID: "temporary.aid-capped-rounded",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，高于上限 {k} × {S} ÷ 12 = {M}：按上限取整到舍入单位{f} {=} 元，余 {x} 元提交一事一议",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan at the maximum rounded to the rounding unit; {x} yuan left over for the joint meeting"}
	// The same above the maximum, where the maximum rounded to a coarse
	// unit would be above the shortfall.
	formulaAidCappedFloored = policy.Formula{ID: "temporary.aid-capped-floored",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，高于上限 {k} × {S} ÷ 12 = {M}：{f} {=} 元（上限取整后高于差额，按差额向下取整到舍入单位：救助不高于差额），余 {x} 元提交一事一议",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan (the maximum rounded is above the shortfall, so the shortfall is rounded down to the rounding unit: aid is never above it); {x} yuan left over for the joint meeting"}
	formulaNoShortfall = policy.Formula{ID: "temporary.no-shortfall",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R}，差额为 {=}（差额不计负数）：不予发放救助金或实物",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} leaves a shortfall of {=} (never below 0): no aid in cash or in kind"}
	formulaMeeting = policy.Formula{ID: "temporary.joint-meeting",
		ZH: "一事一议：{t}事件 {e} 差额 {G} 高于上限 {M}，按上限救助后余 {=} 元，提交联席会议",
		EN: "joint meeting: {t} event {e}: shortfall {G} is above the maximum {M}; {=} yuan left over after aid at the maximum"}
	formulaMeetingRounded = policy.Formula{ID: "temporary.joint-meeting-rounded",
		ZH: "一事一议：{t}事件 {e} 差额 {G} 高于上限 {M}，按上限取整到舍入单位救助后余 {=} 元，提交联席会议",
		EN: "joint meeting: {t} event {e}: shortfall {G} is above the maximum {M}; {=} yuan left over after aid at the maximum rounded to the rounding unit"}
	formulaMeetingFloored = policy.Formula{ID: "temporary.joint-meeting-floored",
		ZH: "一事一议：{t}事件 {e} 差额 {G} 高于上限 {M}，救助 {a} 元（上限取整后高于差额，按差额向下取整到舍入单位）后余 {=} 元，提交联席会议",
		EN: "joint meeting: {t} event {e}: shortfall {G} is above the maximum {M}; {=} yuan left over after aid of {a} yuan (the maximum rounded is above the shortfall, so the shortfall rounded down to the rounding unit)"}
)

// typeNames are the hardship types' names in Chinese and English, as the
// explanations' argument "t".
var typeNames = map[household.HardshipType]policy.Arg{
	household.Fire:             policy.T2("t", "急难型（火灾）", "emergency (fire)"),
	household.Disaster:         policy.T2("t", "急难型（水灾等自然灾害）", "emergency (flood or other disaster)"),
	household.Accident:         policy.T2("t", "急难型（交通等意外事故）", "emergency (accident)"),
	household.SuddenIllness:    policy.T2("t", "急难型（突发重特大疾病）", "emergency (sudden major illness)"),
	household.EmergencyOther:   policy.T2("t", "急难型（其他）", "emergency (other)"),
	household.MedicalExpense:   policy.T2("t", "支出型（医疗）", "expenditure (medical)"),
	household.EducationExpense: policy.T2("t", "支出型（教育）", "expenditure (education)"),
	household.ExpenseOther:     policy.T2("t", "支出型（其他）", "expenditure (other)"),
}

// itemOf is the line item of a hardship type's family.
func itemOf(t household.HardshipType) policy.Item {
	if t.Emergency() {
		return ItemEmergency
	}
	return ItemExpenditure
}

// Aid is the rule of 2.4.1 and 2.4.3 for one hardship event on its own, as
// [Assessor.EventAid] makes it: the event's figures, and its decision, its
// aid and referral lines and its joint-meeting flag. The methods promoted
// from the embedded Assessment panic on a nil *Aid, as reading one of its
// fields does.
type Aid struct {
	Event
	policy.Assessment
}

// EventAid is the rule of 2.4.1 and 2.4.3 for one hardship event on its
// own: the shortfall (cost − insurance, compensation and other aid, floored
// at 0) bounded by the type's maximum ([Assessor.Maximum] of the set's 低保
// standard S, [Params.Standard]), rounded once and never above the
// shortfall (under a unit coarser than the fen, the shortfall rounded
// down), delivered in the type's configured form, paid
// in the event's month to the member the event names or else to the
// household; a shortfall above the maximum (above k × S ÷ 12 itself, before
// rounding) is paid at the maximum, rounded once and never above the
// shortfall, and flagged for the joint meeting (一事一议) with the amount
// left over; a zero
// shortfall gets no aid line; a referral names its service on a line with no
// amount. The events-per-year limit, which depends on the household's other
// events, is applied by [Assessor.Assess].
//
// EventAid returns an error wrapping [policy.ErrInvalid], each a
// [policy.FieldError] (joined): at "hardship" for a nil event;
// "hardship.type" for an unknown type;
// "hardship.date" for a missing or impossible date; "hardship.cost",
// ".insurance", ".compensation", ".other_aid" for a negative, over-precise
// or absurd amount.
func (a *Assessor) EventAid(e *household.Hardship) (Aid, error) {
	if a == nil || !a.p.Standard.Set {
		return Aid{}, errZero
	}
	if e == nil {
		return Aid{}, policy.Path("hardship").Required("is missing")
	}
	if err := checkEvent("hardship", e); err != nil {
		return Aid{}, err
	}
	id := e.ID
	if id == "" {
		id = "hardship"
	}
	var aid Aid
	aid.Event = a.event(e, id, e.Member)
	a.add(&aid.Assessment, &aid.Event)
	return aid, nil
}

// checkEvent checks one event on its own, as [household.Household.Validate]
// does for the events of a record.
func checkEvent(path policy.Path, e *household.Hardship) error {
	var errType, errDate error
	if !e.Type.Valid() {
		errType = path.Field("type").NotSupported(policy.Quote(string(e.Type)), "is not a hardship type")
	}
	switch {
	case e.Date.IsZero():
		errDate = path.Field("date").Required("is required")
	case !e.Date.Valid():
		errDate = path.Field("date").Invalid(e.Date.String(), "is not a calendar date from 1900 to 9999")
	}
	// Aid received above the cost is not an error: the shortfall is
	// floored at 0 (2.4.1).
	errMoney := errors.Join(policy.CheckMoney(path.Field("cost"), e.Cost),
		policy.CheckMoney(path.Field("insurance"), e.Insurance),
		policy.CheckMoney(path.Field("compensation"), e.Compensation),
		policy.CheckMoney(path.Field("other_aid"), e.OtherAid))
	return errors.Join(errType, errDate, errMoney)
}

// event works out the figures of event e, whose amounts have been checked
// (2.4.1): the shortfall, the maximum of its type under the set's standard
// S, and the amount, min(shortfall, maximum) rounded once and never above
// the shortfall, with what is left over when the shortfall is above the
// maximum; id names the event and member is the member paid.
func (a *Assessor) event(e *household.Hardship, id, member string) Event {
	t := a.types[e.Type]
	ev := Event{id: id, member: member, typ: e.Type, date: e.Date, form: t.form, referral: e.Referral,
		multiple: t.multiple}
	ev.cost = money(e.Cost)
	ev.received = money(e.Insurance) + money(e.Compensation) + money(e.OtherAid)
	ev.shortfall = max(ev.cost-ev.received, 0)
	exact := exactMaximum(t.multiple, a.standard)
	ev.maximum = a.p.Rounding.Round(exact)
	// Above the maximum k × S ÷ 12 itself, not its rounded figure
	// (section 0: nothing is rounded on the way).
	ev.above = policy.PerYear(ev.shortfall).Cmp(exact) > 0
	if ev.shortfall > 0 { // rounded once, never above the shortfall: a coarse unit may round above it
		paid := a.p.Rounding.RoundMoney(ev.shortfall)
		if ev.above {
			paid = ev.maximum
		}
		ev.amount = min(paid, a.p.Rounding.FloorMoney(ev.shortfall))
	}
	if ev.above {
		ev.leftOver = ev.shortfall - ev.amount
	}
	return ev
}

// cappedTexts returns the formulas of the decision and of the joint-meeting
// finding of an event whose shortfall is above its maximum (2.4.1): paid at
// the maximum; at the maximum's rounded figure above k × S ÷ 12 (the
// shortfall on that figure, the maximum shown exactly); or, the rounded
// maximum being above the shortfall, the shortfall rounded down, which the
// finding names as aid "a".
func cappedTexts(ev *Event) (decision, meeting *policy.Formula) {
	switch {
	case ev.amount < ev.maximum:
		return &formulaAidCappedFloored, &formulaMeetingFloored
	case ev.shortfall <= ev.maximum:
		return &formulaAidCappedRounded, &formulaMeetingRounded
	}
	return &formulaAidCapped, &formulaMeeting
}

// add adds the event's decision, its aid line when an amount is paid, its
// joint-meeting flag and its referral line to out.
func (a *Assessor) add(out *policy.Assessment, ev *Event) {
	t := a.types[ev.typ]
	d := policy.Decide{Programme: policy.Temporary, Member: ev.member, ID: ev.id, Outcome: ev.Outcome(),
		Clauses: clausesDecision, Params: t.used}
	if d.Outcome == policy.Eligible {
		d.Clauses = clausesAid
	}
	name, event := typeNames[ev.typ], policy.T("e", ev.id)
	switch {
	case ev.overLimit:
		a.overLimit(out, &d, ev, t.item)
	case ev.shortfall == 0:
		out.Decide(&d, &formulaNoShortfall, name, event, policy.M("C", ev.cost), policy.M("R", ev.received),
			policy.M("=", 0))
	default:
		// x, the amount left over, is an argument of the capped formulas only.
		var buf [11]policy.Arg
		g, m := policy.M("G", ev.shortfall), a.maximumArg(ev)
		args := append(buf[:0], name, event, policy.M("C", ev.cost), policy.M("R", ev.received),
			g, policy.X("k", ev.multiple), policy.M("S", a.standard), m,
			formArg(ev.form), policy.M("x", ev.leftOver))
		var f, meeting *policy.Formula
		switch {
		case ev.capped():
			f, meeting = cappedTexts(ev)
		case ev.amount < ev.shortfall:
			f, args = &formulaAidFloored, args[:len(args)-1]
		default:
			f, args = &formulaAid, args[:len(args)-1]
		}
		if ev.amount > 0 {
			pay := a.pay(t.item, ev, ev.form, clausesAid, t.used)
			out.Lump(&pay, ev.amount, ev.date.Month, f, args...)
		}
		// The decision gives the line's reason, or why nothing is paid.
		out.Decide(&d, f, append(args, policy.M("=", ev.amount))...)
		if meeting != nil {
			var mbuf [6]policy.Arg
			margs := append(mbuf[:0], name, event, g, m)
			if meeting == &formulaMeetingFloored {
				margs = append(margs, policy.M("a", ev.amount))
			}
			out.Find(&policy.Find{Kind: policy.JointMeeting, Programme: policy.Temporary, Item: t.item,
				Member: ev.member, ID: ev.id, Clauses: clausesMeeting, Amount: ev.leftOver}, meeting,
				append(margs, policy.M("=", ev.leftOver))...)
		}
	}
	if ev.referral != "" {
		pay := a.pay(ItemReferral, ev, policy.Referral, clausesReferral, nil)
		pay.Service = ev.referral
		out.Refer(&pay, ev.date.Month, &formulaReferral, policy.T("s", ev.referral), event)
	}
}

// pay returns the Pay of an event's line: to the member paid or the
// household, from civil-affairs funds, naming the event.
func (a *Assessor) pay(item policy.Item, ev *Event, form policy.Form, clauses []policy.Clause, used []policy.Used) policy.Pay {
	return policy.Pay{Programme: policy.Temporary, Item: item, Member: ev.member, ID: ev.id,
		Payee: payee(ev.member), Payer: policy.CivilAffairsFund, Form: form, Clauses: clauses, Params: used,
		Rounding: a.p.Rounding}
}
