package tekun

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesCentralized = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseNursingHome}

	formulaDispersed = policy.Formula{ID: "tekun.dispersed",
		ZH: "分散供养基本生活标准：{A} = {=} 元/年，付{to}",
		EN: "dispersed basic living standard: {A} = {=} yuan/year, paid to {to}"}
	formulaDispersedPart = policy.Formula{ID: "tekun.dispersed-part",
		ZH: "分散供养基本生活标准 {A} 元/年，供养 {m} 个月：{Y} × {m} ÷ 12 = {=} 元，付{to}",
		EN: "dispersed basic living standard {A} yuan/year, supported {m} months: {Y} × {m} ÷ 12 = {=} yuan, paid to {to}"}
	formulaCentralized = policy.Formula{ID: "tekun.centralized",
		ZH: "集中供养（未评级敬老院）基本生活标准：{A} = {=} 元/年，付{to}",
		EN: "centralized support in an unrated home, the basic living standard: {A} = {=} yuan/year, paid to {to}"}
	formulaCentralizedPart = policy.Formula{ID: "tekun.centralized-part",
		ZH: "集中供养（未评级敬老院）基本生活标准 {A} 元/年，供养 {m} 个月：{Y} × {m} ÷ 12 = {=} 元，付{to}",
		EN: "centralized support in an unrated home, the basic living standard {A} yuan/year, supported {m} months: {Y} × {m} ÷ 12 = {=} yuan, paid to {to}"}
)

// initBasic makes the basic living lines' kinds (2.2.1): the adopted
// dispersed standard and the adopted centralized standard of an unrated
// home.
func (a *Assessor) initBasic() {
	p := &a.p
	a.dispersed.init(p, ItemDispersed, p.Dispersed.Value, clausesStandard, []policy.Used{p.Dispersed.Used()},
		&formulaDispersed, &formulaDispersedPart, policy.M("A", p.Dispersed.Value))
	a.centralized.init(p, ItemCentralized, p.Centralized.Value, clausesCentralized, []policy.Used{p.Centralized.Used()},
		&formulaCentralized, &formulaCentralizedPart, policy.M("A", p.Centralized.Value))
}

// basic is the kind of the person's basic living line (2.2.1): in
// dispersed support the adopted dispersed standard, paid to the person; in
// centralized support paid to the home, the quota of a rated home (2.2.2,
// see initQuota) or the adopted centralized standard in an unrated home.
func (a *Assessor) basic(t household.Tekun) *kind {
	if t.Mode == household.TekunDispersed {
		return &a.dispersed
	}
	switch t.HomeClass {
	case household.HomeClass1:
		return &a.quota[0]
	case household.HomeClass2:
		return &a.quota[1]
	case household.HomeClass3:
		return &a.quota[2]
	}
	return &a.centralized
}
