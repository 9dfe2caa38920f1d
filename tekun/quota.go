package tekun

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesQuotaLine = []policy.Clause{policy.ClauseNursingHome, policy.ClauseTekunStandard}

	formulaQuota = policy.Formula{ID: "tekun.quota",
		ZH: "{k}类敬老院综合定额补助：max(定额 {Q}, 集中供养标准 {A}) = {=} 元/年，付{payee}",
		EN: "class {k} nursing-home quota subsidy: max(quota {Q}, centralized standard {A}) = {=} yuan/year, paid to {payee}"}
)

// classArg names a nursing-home class: 一, 二, 三 in Chinese, 1, 2, 3 in
// English.
func classArg(c household.HomeClass) policy.Arg {
	switch c {
	case household.HomeClass1:
		return policy.T2("k", "一", "1")
	case household.HomeClass2:
		return policy.T2("k", "二", "2")
	case household.HomeClass3:
		return policy.T2("k", "三", "3")
	}
	return policy.T("k", string(c))
}

// quotaLine adds the line of a centralized resident of a rated nursing home
// of class c (2.2.2 综合定额补助): the class's adopted quota q is
// comprehensive and replaces the centralized standard for the resident, so
// the home receives the larger of the two, in one line [interpretation,
// RULES.md 2.2.2].
func (x *person) quotaLine(c household.HomeClass, q amount) {
	a := x.centralized.fen
	x.line(ItemQuota, clausesQuotaLine, q.used, max(q.fen, a), &formulaQuota,
		classArg(c), policy.M("Q", q.fen), policy.M("A", a))
}
