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
// must not be below the poverty line P; a failing check carries the
// shortfall P − S. P is local: without it the check is not assessed, naming
// the parameter. The check lists S and P, or P alone when it is not
// assessed. Call it on validated parameters.
//
// A set that fails the check still loads and assesses, since the check is
// a finding for the county, not an error. Nil parameters supply no
// poverty line: the check is not assessed, naming lowincome.poverty_line,
// as [Params.Validate] reports the parameters missing.
func (p *Params) CheckTwoLines() policy.Check {
	c := policy.CheckOf{Name: "lowincome.two_lines", Clauses: clausesStandard, Status: policy.NotChecked}
	if p == nil {
		return policy.NewCheck(c, &formulaTwoLinesNot, policy.T("name", "lowincome.poverty_line"))
	}
	if !p.PovertyLine.Set {
		c.Params = []policy.Used{p.PovertyLine.Used()}
		return policy.NewCheck(c, &formulaTwoLinesNot, policy.T("name", p.PovertyLine.Name))
	}
	s, pl := policy.ParamMoney(p.Standard), policy.ParamMoney(p.PovertyLine)
	c.Value, c.Bound, c.HasFigures = s, pl, true
	c.Params = []policy.Used{p.Standard.Used(), p.PovertyLine.Used()}
	if s < pl {
		c.Status = policy.Fail
		return policy.NewCheck(c, &formulaTwoLinesFail, policy.M("S", s), policy.M("P", pl), policy.M("d", pl-s))
	}
	c.Status = policy.Pass
	return policy.NewCheck(c, &formulaTwoLinesPass, policy.M("S", s), policy.M("P", pl))
}
