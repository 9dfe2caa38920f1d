package temporary

import (
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

// Name returns the group's Chinese and English names.
func (g PriorityGroup) Name() (zh, en string) {
	switch g {
	case PrioritySuddenIllness:
		return "突发重大疾病", "sudden major illness"
	case PriorityChild:
		return "困境儿童", "child in difficulty"
	case PrioritySevereDisability:
		return "重度残疾人", "severely disabled"
	}
	return string(g), string(g)
}

// Priority is a priority group found in the household, with the member it
// concerns (empty for a sudden-illness event of the household).
type Priority struct {
	Group  PriorityGroup
	Member string
}

var (
	clausesJiujinan = []policy.Clause{policy.ClauseJiujinan, policy.ClauseTemporary}

	formulaMedicalBurden = policy.Formula{ID: "temporary.jiujinan.medical",
		ZH: "救急难：医疗救助后自负 {R} 元高于家庭年收入 {I} 元，高 {=} 元，应主动上门核实救助；重点对象：{g}",
		EN: "救急难: medical out-of-pocket after all aid {R} yuan is above the household's annual income {I} yuan by {=} yuan: approach the household; priority groups: {g}"}
	formulaNoAidYet = policy.Formula{ID: "temporary.jiujinan.emergency",
		ZH: "救急难：{t}事件 {e} 费用 {=} 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；重点对象：{g}",
		EN: "救急难: {t} event {e}, cost {=} yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups: {g}"}
)

// priorities finds the priority groups of 2.4.1 in the household: each
// member struck by a sudden-major-illness event (or the household, when the
// event names no one), then each child in difficulty under 18 and each
// member with a disability of grade 1–2, in member order.
func priorities(h *household.Household, on household.Date, aids []Aid) []Priority {
	var ps []Priority
	add := func(p Priority) {
		for _, q := range ps {
			if q == p {
				return
			}
		}
		ps = append(ps, p)
	}
	for i := range aids {
		if aids[i].Type == household.SuddenIllness {
			add(Priority{Group: PrioritySuddenIllness, Member: aids[i].Member})
		}
	}
	for i := range h.Members {
		m := &h.Members[i]
		if m.Child != household.ChildNone && m.BirthDate.AgeOn(on) < childAge {
			add(Priority{Group: PriorityChild, Member: m.ID})
		}
		if m.Disability != nil && m.Disability.Grade <= severeGrade {
			add(Priority{Group: PrioritySevereDisability, Member: m.ID})
		}
	}
	return ps
}

// groupsArg names the priority groups for an explanation: "困境儿童 c1、
// 重度残疾人 m2" / "child in difficulty c1, severely disabled m2", or
// "无" / "none". Members are named by id only. Both languages' words are
// made in one allocation.
func groupsArg(ps []Priority) policy.Arg {
	if len(ps) == 0 {
		return policy.T2("g", "无", "none")
	}
	var a [256]byte
	b := a[:0]
	for i, p := range ps {
		if i > 0 {
			b = append(b, "、"...)
		}
		z, _ := p.Group.Name()
		b = append(b, z...)
		if p.Member == "" {
			b = append(b, "（本户）"...)
		} else {
			b = append(b, ' ')
			b = append(b, p.Member...)
		}
	}
	n := len(b)
	for i, p := range ps {
		if i > 0 {
			b = append(b, ", "...)
		}
		_, e := p.Group.Name()
		b = append(b, e...)
		if p.Member == "" {
			b = append(b, " (household)"...)
		} else {
			b = append(b, ' ')
			b = append(b, p.Member...)
		}
	}
	s := string(b)
	return policy.T2("g", s[:n], s[n:])
}

// jiujinan adds to x's findings the 救急难 flags of 2.4.2
// ([interpretation]: the document sets no trigger): the medical
// out-of-pocket left after all aid above the household's annual counted
// income, and each emergency event that has had no insurance, compensation
// or other aid yet. Each names the priority groups found in the household.
func (a *Assessor) jiujinan(in Inputs, events []household.Hardship, aids []Aid, ps []Priority, x *arena) {
	fs := x.findings
	var g policy.Arg
	named := false
	groups := func() policy.Arg {
		if !named {
			g, named = groupsArg(ps), true
		}
		return g
	}
	if in.MedicalRemaining.GreaterThan(in.HouseholdIncome) {
		over := in.MedicalRemaining.Sub(in.HouseholdIncome)
		fs = append(fs, policy.Finding{
			Kind: policy.Jiujinan, Programme: policy.Temporary, Item: ItemMedicalBurden,
			Clauses: clausesJiujinan, Amount: over,
			Explanation: policy.Explanation{Formula: formulaMedicalBurden, Args: x.take(policy.M("R", in.MedicalRemaining),
				policy.M("I", in.HouseholdIncome), groups(), policy.M("=", over))},
		})
	}
	for i := range events {
		e := &events[i]
		if !e.Type.Emergency() || !e.Received().IsZero() {
			continue
		}
		aid := &aids[i]
		fs = append(fs, policy.Finding{
			Kind: policy.Jiujinan, Programme: policy.Temporary, Item: ItemNoAidYet, Member: aid.Member,
			Clauses: clausesJiujinan, Amount: e.Cost,
			Explanation: policy.Explanation{Formula: formulaNoAidYet, Args: x.take(a.types[typeIndex(e.Type)].name,
				policy.T("e", aid.Event), groups(), policy.M("=", e.Cost))},
		})
	}
	x.findings = fs
}
