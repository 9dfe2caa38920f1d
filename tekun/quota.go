package tekun

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesQuotaLine = []policy.Clause{policy.ClauseNursingHome, policy.ClauseTekunStandard}

	formulaQuota = policy.Formula{ID: "tekun.quota",
		ZH: "{k}类敬老院综合定额补助：max(定额 {Q}, 集中供养标准 {A}) = {=} 元/年，付{to}",
		EN: "class {k} nursing-home quota subsidy: max(quota {Q}, centralized standard {A}) = {=} yuan/year, paid to {to}"}
	formulaQuotaPart = policy.Formula{ID: "tekun.quota-part",
		ZH: "{k}类敬老院综合定额补助 max(定额 {Q}, 集中供养标准 {A}) 元/年，供养 {m} 个月：{Y} × {m} ÷ 12 = {=} 元，付{to}",
		EN: "class {k} nursing-home quota subsidy max(quota {Q}, centralized standard {A}) yuan/year, supported {m} months: {Y} × {m} ÷ 12 = {=} yuan, paid to {to}"}
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

// initQuota makes the kinds of the lines of centralized residents of rated
// nursing homes (2.2.2 综合定额补助): the class's adopted quota is
// comprehensive and replaces the centralized standard for the resident, so
// the home receives the larger of the two, in one line [interpretation,
// POLICY.md 2.2.2].
func (a *Assessor) initQuota() {
	p := &a.p
	centralized := a.centralized.used[0] // made by initBasic
	for i, c := range []household.HomeClass{household.HomeClass1, household.HomeClass2, household.HomeClass3} {
		q, _ := p.Quota.Class(c)
		amount := decimal.Max(q.Adopted.Value, p.Centralized.Value)
		a.quota[i].init(p, ItemQuota, amount, clausesQuotaLine, []policy.Used{q.Adopted.Used(), centralized},
			&formulaQuota, &formulaQuotaPart,
			classArg(c), policy.M("Q", q.Adopted.Value), policy.M("A", p.Centralized.Value))
	}
}
