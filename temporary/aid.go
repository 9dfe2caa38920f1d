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
// EventAid returns an error wrapping [policy.ErrInvalid], each a
// [policy.FieldError] (joined): at "hardship" for a nil event or aid
// received above the cost; "hardship.type" for an unknown type;
// "hardship.date" for a missing date or one outside the parameter year;
// "hardship.cost", ".insurance", ".compensation", ".other_aid" for a
// negative, over-precise or absurd amount; "standard" for a zero or invalid
// standard; or the errors of [Params.Validate].
func EventAid(e *household.Hardship, standard decimal.Decimal, p *Params) (Aid, error) {
	if err := p.Validate(); err != nil {
		return Aid{}, err
	}
	if e == nil {
		return Aid{}, &policy.FieldError{Path: "hardship", Msg: "is missing"}
	}
	if err := errors.Join(checkEvent("hardship", e, p.Year), checkStandard("standard", standard)); err != nil {
		return Aid{}, err
	}
	label := e.ID
	if label == "" {
		label = "hardship"
	}
	return p.eventAid(e, label, e.Member, standard), nil
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

// eventAid is EventAid on an event and values already validated; label
// names the event and member is the member paid (empty for the household).
func (p *Params) eventAid(e *household.Hardship, label, member string, standard decimal.Decimal) Aid {
	t := e.Type
	a := Aid{
		Event: label, Member: member, Type: t, Date: e.Date,
		Cost: e.Cost, Received: e.Received(),
		Multiple: p.Multiple[t].Value, Form: p.Form[t].Value,
	}
	a.Shortfall = a.Cost.Sub(a.Received)
	if a.Shortfall.IsNegative() {
		a.Shortfall = decimal.Zero
	}
	a.Maximum = p.maximum(t, standard)
	used := p.used(t)
	a.Decision = policy.Decision{Programme: policy.Temporary, Member: member, Clauses: clausesDecision, Params: used}
	base := []policy.Arg{typeArg(t), policy.T("e", label), policy.M("C", a.Cost), policy.M("R", a.Received)}
	if !a.Shortfall.IsPositive() {
		a.Amount = decimal.Zero
		a.Decision.Outcome = policy.Ineligible
		a.Decision.Explanation = policy.Explain(formulaNoShortfall, append(base, policy.M("=", decimal.Zero))...)
	} else {
		a.Amount = p.Rounding.Round(decimal.Min(a.Shortfall, a.Maximum))
		args := append(base, policy.M("G", a.Shortfall), policy.X("k", a.Multiple), policy.M("S", standard),
			policy.M("M", a.Maximum), formArg(a.Form))
		formula := formulaAid
		if a.Shortfall.GreaterThan(a.Maximum) {
			formula = formulaAidCapped
			a.LeftOver = a.Shortfall.Sub(a.Amount)
			args = append(args, policy.M("x", a.LeftOver))
			a.Findings = append(a.Findings, policy.Finding{
				Kind: policy.JointMeeting, Programme: policy.Temporary, Item: itemOf(t), Member: member,
				Clauses: clausesMeeting, Amount: a.LeftOver,
				Explanation: policy.Explain(formulaMeeting, typeArg(t), policy.T("e", label),
					policy.M("G", a.Shortfall), policy.M("M", a.Maximum), policy.M("=", a.LeftOver)),
			})
		}
		expl := policy.Explain(formula, append(args, policy.M("=", a.Amount))...)
		a.Decision.Outcome = policy.Eligible
		a.Decision.Explanation = expl
		if a.Amount.IsPositive() {
			a.Lines = append(a.Lines, policy.NewLine(policy.Line{
				Programme: policy.Temporary, Item: itemOf(t), Member: member,
				Payee: payee(member), Payer: policy.CivilAffairsFund, Form: a.Form,
				Annual: a.Amount, Lump: true, Rounding: p.Rounding,
				Clauses: clausesAid, Params: used, Explanation: expl,
			}))
		}
	}
	if e.Referral != "" {
		a.Lines = append(a.Lines, referralLine(e.Referral, label, member, p.Rounding))
	}
	return a
}

// used lists the parameters an event of type t rests on.
func (p *Params) used(t household.HardshipType) []policy.Used {
	used := []policy.Used{p.Multiple[t].Used(), p.Form[t].Used()}
	if p.EventsPerYear.Set {
		used = append(used, p.EventsPerYear.Used())
	}
	return used
}
