package temporary

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

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

// Aid is the assessment of one hardship event (2.4.1, 2.4.3): its shortfall,
// its maximum, the amount paid and how, and what is left over for the joint
// meeting.
type Aid struct {
	// Event names the event: its id, or its path ("hardships[2]") when it
	// has none.
	Event string
	// Member is the member paid: the one the event names, the person
	// himself for a person without a household, otherwise empty (the
	// household).
	Member string
	Type   household.HardshipType
	Date   household.Date
	// Cost is the hardship's cost and Received what insurance,
	// compensation and other aid paid against it.
	Cost     decimal.Decimal
	Received decimal.Decimal
	// Shortfall is Cost − Received, floored at 0.
	Shortfall decimal.Decimal
	// Multiple is the type's maximum multiple and Maximum the maximum,
	// Multiple × S ÷ 12 rounded once.
	Multiple decimal.Decimal
	Maximum  decimal.Decimal
	// Amount is what is paid: min(Shortfall, Maximum), rounded once; 0 for
	// a zero shortfall or an event over the events-per-year limit.
	Amount decimal.Decimal
	// LeftOver is Shortfall − Amount when the event goes to the joint
	// meeting (一事一议), 0 otherwise.
	LeftOver decimal.Decimal
	// Form is how Amount is delivered: [policy.Cash] or [policy.InKind].
	Form policy.Form
	// OverLimit is true when the event is beyond the county's limit on
	// events aided per year.
	OverLimit bool
	// Decision is whether the event is aided, with the reason in figures.
	Decision policy.Decision
	// Lines are the event's aid line (when Amount is positive) and its
	// referral line (when the event names a service).
	Lines []policy.Line
	// Findings is the event's joint-meeting flag, if any.
	Findings []policy.Finding
}

var (
	clausesAid      = []policy.Clause{policy.ClauseTemporary, policy.ClauseTemporaryForm}
	clausesDecision = []policy.Clause{policy.ClauseTemporary}
	clausesMeeting  = []policy.Clause{policy.ClauseTemporary}

	formulaAid = policy.Formula{ID: "temporary.aid",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，不高于上限 {k} × {S} ÷ 12 = {M}：{f} {=} 元",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, not above the maximum {k} × {S} ÷ 12 = {M}: {f} {=} yuan"}
	formulaAidCapped = policy.Formula{ID: "temporary.aid-capped",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R} = 差额 {G}，高于上限 {k} × {S} ÷ 12 = {M}：按上限{f} {=} 元，余 {x} 元提交一事一议",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} = shortfall {G}, above the maximum {k} × {S} ÷ 12 = {M}: {f} at the maximum, {=} yuan; {x} yuan left over for the joint meeting"}
	formulaNoShortfall = policy.Formula{ID: "temporary.no-shortfall",
		ZH: "{t}事件 {e}：费用 {C} − 已获保险、赔偿及其他救助 {R}，差额为 {=}：不予发放救助金或实物",
		EN: "{t} event {e}: cost {C} − insurance, compensation and other aid received {R} leaves a shortfall of {=}: no aid in cash or in kind"}
	formulaMeeting = policy.Formula{ID: "temporary.joint-meeting",
		ZH: "一事一议：{t}事件 {e} 差额 {G} 高于上限 {M}，按上限救助后余 {=} 元，提交联席会议",
		EN: "joint meeting: {t} event {e}: shortfall {G} is above the maximum {M}; {=} yuan left over after aid at the maximum"}
)

// typeNames are the hardship types' names in Chinese and English.
var typeNames = map[household.HardshipType][2]string{
	household.Fire:             {"急难型（火灾）", "emergency (fire)"},
	household.Disaster:         {"急难型（水灾等自然灾害）", "emergency (flood or other disaster)"},
	household.Accident:         {"急难型（交通等意外事故）", "emergency (accident)"},
	household.SuddenIllness:    {"急难型（突发重大疾病）", "emergency (sudden major illness)"},
	household.EmergencyOther:   {"急难型（其他）", "emergency (other)"},
	household.MedicalExpense:   {"支出型（医疗）", "expenditure (medical)"},
	household.EducationExpense: {"支出型（教育）", "expenditure (education)"},
	household.ExpenseOther:     {"支出型（其他）", "expenditure (other)"},
}

func typeArg(t household.HardshipType) policy.Arg {
	n := typeNames[t]
	return policy.T2("t", n[0], n[1])
}

// itemOf is the line item of a hardship type's family.
func itemOf(t household.HardshipType) policy.Item {
	if t.Emergency() {
		return ItemEmergency
	}
	return ItemExpenditure
}

// EventAid is the rule of 2.4.1 and 2.4.3 for one hardship event on its
// own: the shortfall (cost − insurance, compensation and other aid,
// floored at 0) bounded by the type's maximum ([Params.Maximum]; standard is
// the 低保 standard S in 元/年·人), delivered in the type's configured form,
// paid to the member the event names or else to the household; a shortfall
// above the maximum is paid at the maximum and flagged for the joint
// meeting (一事一议) with the amount left over; a zero shortfall gets no
// aid line; a referral names its service on a line with no amount. The
// events-per-year limit, which depends on the household's other events, is
// applied by [Assess].
//
// EventAid is [New] followed by [Assessor.EventAid]. It returns an error
// wrapping [policy.ErrInvalid], each a [policy.FieldError] (joined): at
// "hardship" for a nil event or aid received above the cost;
// "hardship.type" for an unknown type; "hardship.date" for a missing date
// or one outside the parameter year; "hardship.cost", ".insurance",
// ".compensation", ".other_aid" for a negative, over-precise or absurd
// amount; "standard" for a zero or invalid standard; or the errors of
// [Params.Validate].
func EventAid(e *household.Hardship, standard decimal.Decimal, p *Params) (Aid, error) {
	a, err := New(p)
	if err != nil {
		return Aid{}, err
	}
	return a.EventAid(e, standard)
}

// EventAid is the rule of 2.4.1 and 2.4.3 for one hardship event on its
// own (see the function [EventAid]). It returns the errors of the function
// [EventAid] other than those of [Params.Validate], which [New] reports.
func (a *Assessor) EventAid(e *household.Hardship, standard decimal.Decimal) (Aid, error) {
	if e == nil {
		return Aid{}, &policy.FieldError{Path: "hardship", Msg: "is missing"}
	}
	if err := errors.Join(checkEvent("hardship", e, a.p.Year), checkStandard("standard", standard)); err != nil {
		return Aid{}, err
	}
	label := e.ID
	if label == "" {
		label = "hardship"
	}
	var out Aid
	a.eventAid(&out, e, label, e.Member, standard, a.maxima(standard), newArena([]household.Hardship{*e}))
	return out, nil
}

// checkEvent checks one event on its own, as [household.Household.Validate]
// does for the events of a record, and that its date is in the parameter
// year.
func checkEvent(path policy.Path, e *household.Hardship, year int) error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if !e.Type.Valid() {
		add(badType(path.Field("type"), e.Type))
	}
	switch {
	case e.Date.IsZero():
		add(path.Field("date").Error("", "is required"))
	case !e.Date.Valid():
		add(path.Field("date").Error(e.Date.String(), "is not a calendar date from 1900 to 9999"))
	default:
		add(checkYear(path.Field("date"), e.Date, year))
	}
	add(household.CheckMoney(path.Field("cost"), e.Cost))
	add(household.CheckMoney(path.Field("insurance"), e.Insurance))
	add(household.CheckMoney(path.Field("compensation"), e.Compensation))
	add(household.CheckMoney(path.Field("other_aid"), e.OtherAid))
	if got := e.Received(); got.GreaterThan(e.Cost) {
		add(path.Error(got.StringFixed(2), "received is more than the cost "+e.Cost.StringFixed(2)))
	}
	return errors.Join(errs...)
}

// checkYear reports an event date outside the parameter year.
func checkYear(path policy.Path, d household.Date, year int) error {
	if d.Year != year {
		return path.Error(d.String(), fmt.Sprintf("is outside the parameter year %d", year))
	}
	return nil
}

// eventAid is EventAid on an event and values already validated, made in
// out; label names the event and member is the member paid (empty for the
// household). The event's lines, findings and explanation arguments are
// added to x, out's Lines and Findings the parts added.
func (a *Assessor) eventAid(out *Aid, e *household.Hardship, label, member string, standard decimal.Decimal, ms *maxima, x *arena) {
	i := typeIndex(e.Type)
	ht := &a.types[i]
	*out = Aid{
		Event: label, Member: member, Type: e.Type, Date: e.Date,
		Cost: e.Cost, Received: e.Received(),
		Multiple: ht.multiple, Form: ht.form,
	}
	out.Shortfall = sub(out.Cost, out.Received)
	if out.Shortfall.IsNegative() {
		out.Shortfall = decimal.Zero
	}
	out.Maximum = ms.get(a, i)
	out.Decision = policy.Decision{Programme: policy.Temporary, Member: member, Clauses: clausesDecision, Params: ht.used}
	lines, findings := len(x.lines), len(x.findings)
	event := policy.T("e", label)
	if !out.Shortfall.IsPositive() {
		out.Amount = decimal.Zero
		out.Decision.Outcome = policy.Ineligible
		out.Decision.Explanation = policy.Explanation{Formula: formulaNoShortfall,
			Args: x.take(ht.name, event, policy.M("C", out.Cost), policy.M("R", out.Received), policy.M("=", decimal.Zero))}
	} else {
		out.Amount = a.p.Rounding.Round(decimal.Min(out.Shortfall, out.Maximum))
		start := len(x.args)
		x.args = append(x.args, ht.name, event, policy.M("C", out.Cost), policy.M("R", out.Received),
			policy.M("G", out.Shortfall), ht.k, policy.M("S", standard), policy.M("M", out.Maximum), ht.formArg)
		formula := formulaAid
		capped := out.Shortfall.GreaterThan(out.Maximum)
		if capped {
			formula = formulaAidCapped
			out.LeftOver = out.Shortfall.Sub(out.Amount)
			x.args = append(x.args, policy.M("x", out.LeftOver))
		}
		x.args = append(x.args, policy.M("=", out.Amount))
		expl := policy.Explanation{Formula: formula, Args: x.args[start:len(x.args):len(x.args)]}
		if capped {
			x.findings = append(x.findings, policy.Finding{
				Kind: policy.JointMeeting, Programme: policy.Temporary, Item: ht.item, Member: member,
				Clauses: clausesMeeting, Amount: out.LeftOver,
				Explanation: policy.Explanation{Formula: formulaMeeting, Args: x.take(ht.name, event,
					policy.M("G", out.Shortfall), policy.M("M", out.Maximum), policy.M("=", out.LeftOver))},
			})
		}
		out.Decision.Outcome = policy.Eligible
		out.Decision.Explanation = expl
		if out.Amount.IsPositive() {
			x.lines = append(x.lines, policy.NewLine(policy.Line{
				Programme: policy.Temporary, Item: ht.item, Member: member,
				Payee: payee(member), Payer: policy.CivilAffairsFund, Form: out.Form,
				Annual: out.Amount, Lump: true, Rounding: a.p.Rounding,
				Clauses: clausesAid, Params: ht.used, Explanation: expl,
			}))
		}
	}
	if e.Referral != "" {
		x.lines = append(x.lines, referralLine(e.Referral, member, a.p.Rounding, x.take(policy.T("s", e.Referral), event)))
	}
	if len(x.lines) > lines {
		out.Lines = x.lines[lines:len(x.lines):len(x.lines)]
	}
	if len(x.findings) > findings {
		out.Findings = x.findings[findings:len(x.findings):len(x.findings)]
	}
}

// sub is a.Sub(b) — the result's exponent the smaller of the operands' —
// without the allocation when b is 0 with an exponent not below a's: the
// result is then a, value and exponent. Most events have received nothing.
func sub(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() && b.Exponent() >= a.Exponent() && a != (decimal.Decimal{}) {
		return a
	}
	return a.Sub(b)
}
