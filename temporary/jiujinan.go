package temporary

import (
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// PriorityGroup is one of the priority groups of 2.4.1 ("确保突发重特大疾病
// 导致基本生活困难的家庭、各类困境儿童、重度残疾人等困难群众得到应有的救助").
type PriorityGroup string

// Priority groups.
const (
	// PrioritySuddenIllness: the household has a sudden-major-illness
	// event (突发重特大疾病).
	PrioritySuddenIllness PriorityGroup = "sudden-illness"
	// PriorityChild: a member in a 2.2.3 category and under 18 (各类困境儿童).
	PriorityChild PriorityGroup = "child-in-difficulty"
	// PrioritySevereDisability: a member with a disability certificate of
	// grade 1 or 2 (重度残疾人).
	PrioritySevereDisability PriorityGroup = "severely-disabled"
)

// PriorityGroups returns the priority groups, in the order above.
func PriorityGroups() []PriorityGroup {
	return []PriorityGroup{PrioritySuddenIllness, PriorityChild, PrioritySevereDisability}
}

// Name returns the group's Chinese and English names.
func (g PriorityGroup) Name() (zh, en string) {
	switch g {
	case PrioritySuddenIllness:
		return "突发重特大疾病", "sudden major illness"
	case PriorityChild:
		return "困境儿童", "child in difficulty"
	case PrioritySevereDisability:
		return "重度残疾人", "severely disabled"
	}
	return string(g), string(g)
}

// Priority is a priority group found in the household, with the member it
// concerns.
type Priority struct {
	Group PriorityGroup // the priority group
	// Member is the member's id: empty for a sudden-illness event of the
	// household, the person himself for a person without a household.
	Member string
}

var (
	clausesJiujinan = []policy.Clause{policy.ClauseJiujinan, policy.ClauseTemporary}

	formulaMedicalBurden = policy.Formula{ID: "temporary.jiujinan.medical",
		ZH: "救急难：医疗救助后自负 {R} 元高于家庭成员年收入及特困供养金 {I} 元，高 {=} 元，应主动上门核实救助；本户优先救助群体：{g}",
		EN: "救急难: medical out-of-pocket after all aid {R} yuan is above the members' annual income and 特困 support {I} yuan by {=} yuan: approach the household; priority groups in the household: {g}"}
	formulaNoAidYet = policy.Formula{ID: "temporary.jiujinan.emergency",
		ZH: "救急难：{t}事件 {e} 费用 {=} 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：{g}",
		EN: "救急难: {t} event {e}, cost {=} yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups in the household: {g}"}
)

// priorities finds the priority groups of 2.4.1 in the household: each
// member struck by a sudden-major-illness event of the year (or the
// household, when the event names no one), then each child in difficulty
// under 18 and each member with a disability of grade 1–2, in member order.
func priorities(h *household.Household, on household.Date) []Priority {
	var ps []Priority
	add := func(p Priority) {
		if !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	for i := range h.Hardships {
		if e := &h.Hardships[i]; e.Type == household.SuddenIllness {
			add(Priority{Group: PrioritySuddenIllness, Member: memberPaid(h, e)})
		}
	}
	for i := range h.Members {
		m := &h.Members[i]
		if m.Child != household.ChildNone && m.BirthDate.AgeOn(on) < childAge {
			add(Priority{Group: PriorityChild, Member: m.ID})
		}
		if m.Disability != nil && m.Disability.Grade <= severeGrade && m.Disability.Period.Covers(on.Year, on.Month) {
			add(Priority{Group: PrioritySevereDisability, Member: m.ID})
		}
	}
	return ps
}

// groupsArg names the priority groups for an explanation: "困境儿童 c1、
// 重度残疾人 m2" / "child in difficulty c1, severely disabled m2", or
// "无" / "none". Members are named by id only.
func groupsArg(ps []Priority) policy.Arg {
	if len(ps) == 0 {
		return policy.T2("g", "无", "none")
	}
	var zh, en strings.Builder
	for i, p := range ps {
		if i > 0 {
			zh.WriteString("、")
			en.WriteString(", ")
		}
		z, e := p.Group.Name()
		zh.WriteString(z)
		en.WriteString(e)
		if p.Member == "" {
			zh.WriteString("（本户）")
			en.WriteString(" (household)")
		} else {
			zh.WriteString(" " + p.Member)
			en.WriteString(" " + p.Member)
		}
	}
	return policy.T2("g", zh.String(), en.String())
}

// jiujinan adds the 救急难 flags of 2.4.2 ([interpretation]: the document
// sets no trigger): the medical out-of-pocket left after all aid of the
// year above the income the members live on — their counted income plus
// the 特困 support they receive — made once a year, in the run that holds
// the assessment date's month (like every finding against the year as of
// that date); and each emergency event assessed in this run that has had
// no insurance, compensation or other aid yet. Each names the priority
// groups found in the household.
func (r *Result) jiujinan(events []Event) {
	x := &r.in
	var g policy.Arg
	groups := func() policy.Arg {
		if g.Name() == "" {
			g = groupsArg(r.Priority())
		}
		return g
	}
	if x.period.Contains(r.c.Date().Month) && x.remaining > x.income {
		over := x.remaining - x.income
		r.Find(&policy.Find{Kind: policy.Jiujinan, Programme: policy.Temporary, Item: ItemMedicalBurden,
			Clauses: clausesJiujinan, Amount: over}, &formulaMedicalBurden,
			policy.M("R", x.remaining), policy.M("I", x.income), groups(), policy.M("=", over))
	}
	for i := range events {
		ev := &events[i]
		if !ev.typ.Emergency() || ev.received != 0 {
			continue
		}
		r.Find(&policy.Find{Kind: policy.Jiujinan, Programme: policy.Temporary, Item: ItemNoAidYet,
			Member: ev.member, ID: ev.id, Clauses: clausesJiujinan, Amount: ev.cost}, &formulaNoAidYet,
			typeNames[ev.typ], policy.T("e", ev.id), groups(), policy.M("=", ev.cost))
	}
}
