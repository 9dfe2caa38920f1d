package lowincome

import "github.com/safetynet-go/safetynet/policy"

var (
	clausesStandard = []policy.Clause{policy.ClauseStandard}

	formulaTwoLinesPass = policy.Formula{ID: "lowincome.two-lines.pass",
		ZH: "低保标准 {S} 元/年·人 ≥ 扶贫标准 {P}：两线合一",
		EN: "standard {S} yuan/year per person ≥ poverty line {P}: the two lines are merged"}
	formulaTwoLinesFail = policy.Formula{ID: "lowincome.two-lines.fail",
		ZH: "低保标准 {S} 元/年·人 低于扶贫标准 {P}，差 {d} 元",
		EN: "standard {S} yuan/year per person is below the poverty line {P} by {d} yuan"}
	formulaTwoLinesNot = policy.Formula{ID: "lowincome.two-lines.not-assessed",
		ZH: "未评估：扶贫标准（{name}）为地方参数，未提供",
		EN: "not assessed: the poverty line ({name}) is a local parameter and was not supplied"}
)

// CheckTwoLines is the two-lines check of 2.1.1 (两线合一): the standard S
// must not be below the poverty line P. P is local: without it the check is
// not assessed, naming the parameter.
func (p *Params) CheckTwoLines() policy.Check {
	c := policy.Check{Name: "lowincome.two_lines", Clauses: clausesStandard}
	s := p.Standard.Value
	if !p.PovertyLine.Set {
		c.Status = policy.NotChecked
		c.Explanation = policy.Explain(formulaTwoLinesNot, policy.T("name", p.PovertyLine.Name))
		return c
	}
	pl := p.PovertyLine.Value
	if s.LessThan(pl) {
		c.Status = policy.Fail
		c.Explanation = policy.Explain(formulaTwoLinesFail, policy.M("S", s), policy.M("P", pl), policy.M("d", pl.Sub(s)))
		return c
	}
	c.Status = policy.Pass
	c.Explanation = policy.Explain(formulaTwoLinesPass, policy.M("S", s), policy.M("P", pl))
	return c
}
