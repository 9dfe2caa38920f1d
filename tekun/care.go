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

// care is the optional care subsidy of 2.2.1 ("探索建立…护理补贴制度"):
// off unless the county configures amounts per self-care level; then the
// person's level's amount, paid like the basic line (to the person in
// dispersed support, to the home in centralized support), prorated the
// same way. A configured subsidy whose amount for the person's level is
// unset is not assessed: a finding naming the parameter, and no line. It
// returns ok false and a nil finding when the subsidy is off or the
// amount is 0.
func (a *assessment) care() (l policy.Line, f *policy.Finding, ok bool) {
	c := a.p.Care
	if !c.Configured() {
		return l, nil, false
	}
	level := a.m.Tekun.SelfCare
	amount, _ := c.Level(level)
	if !amount.Set {
		return l, &policy.Finding{Kind: policy.NotConfig, Programme: policy.Tekun, Item: ItemCare, Member: a.m.ID,
			Clauses: clausesStandard, Explanation: policy.Explain(formulaCareNot, levelArg(level), policy.T("name", amount.Name))}, false
	}
	if amount.Value.IsZero() {
		return l, nil, false
	}
	return a.line(ItemCare, amount.Value, clausesStandard, []policy.Used{amount.Used()},
		formulaCare, formulaCarePart, levelArg(level), policy.M("A", amount.Value)), nil, true
}
