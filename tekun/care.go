package tekun

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaCare = policy.Formula{ID: "tekun.care",
		ZH: "护理补贴（{level}）：{A} = {=} 元/年，付{to}",
		EN: "care subsidy ({level}): {A} = {=} yuan/year, paid to {to}"}
	formulaCarePart = policy.Formula{ID: "tekun.care-part",
		ZH: "护理补贴（{level}）{A} 元/年，供养 {m} 个月：{Y} × {m} ÷ 12 = {=} 元，付{to}",
		EN: "care subsidy ({level}) {A} yuan/year, supported {m} months: {Y} × {m} ÷ 12 = {=} yuan, paid to {to}"}
	formulaCareNot = policy.Formula{ID: "tekun.care.not-assessed",
		ZH: "未评估：已建立护理补贴，但{level}的补贴标准 {name} 未设定（地方参数）",
		EN: "not assessed: the care subsidy is configured but the amount for {level}, {name}, is not set (a local parameter)"}
)

// levelArg names a self-care level in both languages.
func levelArg(s household.SelfCare) policy.Arg {
	switch s {
	case household.SelfCareFull:
		return policy.T2("level", "全自理", "full self-care")
	case household.SelfCarePartial:
		return policy.T2("level", "半自理", "partial self-care")
	}
	return policy.T2("level", "全护理", "full care")
}

// selfCares are the self-care levels in the order of the Assessor's.
var selfCares = [3]household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone}

// careLevel is the care subsidy of one self-care level as configured: a
// line kind when its amount is set and not 0, the not-assessed explanation
// when it is unset.
type careLevel struct {
	set, pays bool
	kind      kind
	not       policy.Explanation
}

// initCare makes the care subsidy's levels (2.2.1, "探索建立…护理补贴制度").
func (a *Assessor) initCare() {
	p := &a.p
	a.levels = new([3]careLevel)
	for i, s := range selfCares {
		c := &a.levels[i]
		amount, _ := p.Care.Level(s)
		c.set, c.pays = amount.Set, amount.Set && !amount.Value.IsZero()
		if !amount.Set {
			c.not = policy.Explain(formulaCareNot, levelArg(s), policy.T("name", amount.Name))
			continue
		}
		if c.pays {
			c.kind.init(p, ItemCare, amount.Value, clausesStandard, []policy.Used{amount.Used()},
				&formulaCare, &formulaCarePart, levelArg(s), policy.M("A", amount.Value))
		}
	}
}

// care is the optional care subsidy of 2.2.1 ("探索建立…护理补贴制度"):
// off unless the county configures amounts per self-care level; then the
// person's level's amount, paid like the basic line (to the person in
// dispersed support, to the home in centralized support), prorated the
// same way. A configured subsidy whose amount for the person's level is
// unset is not assessed: a finding naming the parameter, and no line. It
// returns the line's kind, or nil and a nil finding when the subsidy is off
// or the amount is 0.
func (a *Assessor) care(m *household.Member) (*kind, *policy.Finding) {
	if !a.careOn {
		return nil, nil
	}
	level := m.Tekun.SelfCare
	var c *careLevel
	switch level {
	case household.SelfCareFull:
		c = &a.levels[0]
	case household.SelfCarePartial:
		c = &a.levels[1]
	case household.SelfCareNone:
		c = &a.levels[2]
	default: // not reached: a supported member's level is checked
		c = &careLevel{not: policy.Explain(formulaCareNot, levelArg(level), policy.T("name", ""))}
	}
	switch {
	case !c.set:
		return nil, &policy.Finding{Kind: policy.NotConfig, Programme: policy.Tekun, Item: ItemCare, Member: m.ID,
			Clauses: clausesStandard, Explanation: c.not}
	case !c.pays:
		return nil, nil
	}
	return &c.kind, nil
}
