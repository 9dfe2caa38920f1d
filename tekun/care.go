package tekun

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaCare = policy.Formula{ID: "tekun.care",
		ZH: "护理补贴（{level}）：{A} 元/年，付{payee}",
		EN: "care subsidy ({level}): {A} yuan/year, paid to {payee}"}
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

// careLine is the optional care subsidy of 2.2.1 ("探索建立…护理补贴制度"):
// off unless the county configures amounts per self-care level; then the
// amount of the member's level, paid like the basic line (to the person in
// dispersed support, to the home in centralized support) over the same
// months. A level whose amount is 0 pays nothing, and one whose amount is
// unset pays nothing either: [person.careNotAssessed] says so. Assess has
// checked that the member's level is recorded.
func (x *person) careLine() {
	level := x.m.Tekun.SelfCare
	if c, set := x.care[level]; set && c.fen != 0 {
		x.line(ItemCare, clausesStandard, c.used, c.fen, &formulaCare, levelArg(level), policy.M("A", c.fen))
	}
}

// careNotAssessed reports, once for the member, a configured care subsidy
// whose amount for his level is unset: not assessed, a finding naming the
// parameter, and no line.
func (x *person) careNotAssessed() {
	if x.care == nil {
		return
	}
	level := x.m.Tekun.SelfCare
	if _, set := x.care[level]; !set {
		p, _ := x.p.Care.Level(level)
		x.out.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Tekun, Item: ItemCare, Member: x.m.ID,
			Clauses: clausesStandard}, &formulaCareNot, levelArg(level), policy.T("name", p.Name))
	}
}
