package disability

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaNursingSevere = policy.Formula{ID: "disability.nursing.severe",
		ZH: "{cert}，需要长期照护：享受重度残疾人护理补贴",
		EN: "{cert}, needs long-term care: receives the nursing subsidy"}
	formulaNursingGrade3 = policy.Formula{ID: "disability.nursing.grade3",
		ZH: "{cert}，需要长期照护：按本县扩大范围（三级智力、精神残疾）享受护理补贴",
		EN: "{cert}, needs long-term care: receives the nursing subsidy under the county's grade-3 intellectual or mental option"}
	formulaNursingNoCare = policy.Formula{ID: "disability.nursing.no-care",
		ZH: "{cert}，不需要长期照护：不享受护理补贴",
		EN: "{cert}, does not need long-term care: no nursing subsidy"}
	formulaNursingNotSevere = policy.Formula{ID: "disability.nursing.not-severe",
		ZH: "{cert}，不是一、二级重度残疾：不享受护理补贴",
		EN: "{cert}, not a severe (grade 1–2) disability: no nursing subsidy"}
	formulaNursingOptionOff = policy.Formula{ID: "disability.nursing.option-off",
		ZH: "{cert}：三级智力、精神残疾护理补贴为可选项，本县未开展",
		EN: "{cert}: the nursing subsidy for grade-3 intellectual or mental disability is an option the county has not taken up"}
	formulaNursingWorkInjury = policy.Formula{ID: "disability.nursing.work-injury",
		ZH: "{cert}，已享受工伤保险护理费：不享受护理补贴",
		EN: "{cert}, receives work-injury nursing pay: no nursing subsidy"}
	formulaNursingNotAssessed = policy.Formula{ID: "disability.nursing.not-assessed",
		ZH: "未评估：{cert}符合三级护理补贴扩大范围，但补贴标准 {name} 未设定（地方参数）",
		EN: "not assessed: {cert} falls under the grade-3 option, but its amount {name} is not set (a local parameter)"}

	formulaNursingLine = policy.Formula{ID: "disability.nursing.amount",
		ZH: "重度残疾人护理补贴（{g}级）：{a} 元/月 × 12 = {=} 元/年",
		EN: "nursing subsidy (grade {g}): {a} yuan/month × 12 = {=} yuan/year"}
)

// initNursing makes the nursing lines of grades 1–2, and of grade 3 when
// its tier is set, and the parameter records of the nursing subsidy's
// decisions.
func (a *Assessor) initNursing() {
	p := &a.p.Nursing
	a.usedOption = []policy.Used{p.Grade3Option.Used()}
	a.usedWorkInjury = []policy.Used{p.ExcludeWorkInjury.Used()}
	for g := 1; g <= 3; g++ {
		tier, _ := p.Tier(g)
		a.usedNursing[g] = []policy.Used{tier.Used()}
		if g == 3 {
			a.usedNursing[g] = append(a.usedNursing[g], a.usedOption...)
		}
		if tier.Set {
			a.initTier(&a.nursingLines[g], ItemNursing, tier.Value.Mul(policy.Int(12)), a.usedNursing[g], formulaNursingLine,
				gradeArg(g), policy.M("a", tier.Value))
		}
	}
}

// nursing is the nursing subsidy for the severely disabled (重度残疾人护理
// 补贴, 2.2.4): grades 1–2 needing long-term care, 12 × the grade's monthly
// tier (60 元/月 in 2017, seed); grade 3 intellectual or mental needing
// long-term care as an option, off by default, at a local tier; not for a
// holder on work-injury nursing pay. It is not means-tested and may be
// received with the living subsidy. With the option on and its tier unset
// the holder is not assessed: a finding naming the parameter. It returns
// the decision, and the grade's tier when the holder receives it.
func (a *assessment) nursing(m *household.Member) (policy.Decision, *tierLine, *policy.Finding) {
	p := &a.p.Nursing
	c := m.Disability
	cert := certificate(c)
	no := func(used []policy.Used, f policy.Formula) (policy.Decision, *tierLine, *policy.Finding) {
		return decision(m, policy.Ineligible, clausesDisability, used, f, cert), nil, nil
	}
	if a.h.NoFixedHousehold {
		return decision(m, policy.Ineligible, clausesAlone, nil, formulaNoHousehold, nil), nil, nil
	}
	basis := formulaNursingSevere
	var used []policy.Used
	switch {
	case c.Grade <= 2:
	case c.Grade == 3 && (c.Type == household.Intellectual || c.Type == household.Mental):
		if !p.Grade3Option.Value {
			return no(a.usedOption, formulaNursingOptionOff)
		}
		basis = formulaNursingGrade3
		used = a.usedOption
	default:
		return no(nil, formulaNursingNotSevere)
	}
	if !c.LongTermCare {
		return no(used, formulaNursingNoCare)
	}
	if c.WorkInjuryNursing && p.ExcludeWorkInjury.Value {
		return no(a.usedWorkInjury, formulaNursingWorkInjury)
	}
	used = a.usedNursing[c.Grade]
	if tier, _ := p.Tier(c.Grade); !tier.Set {
		d := decision(m, policy.NotAssessed, clausesDisability, used, formulaNursingNotAssessed,
			[]policy.Arg{cert[0], policy.T("name", tier.Name)})
		return d, nil, &policy.Finding{Kind: policy.NotConfig, Programme: policy.Disability, Item: ItemNursing,
			Member: m.ID, Clauses: clausesDisability, Explanation: d.Explanation}
	}
	return decision(m, policy.Eligible, clausesDisability, used, basis, cert), &a.nursingLines[c.Grade], nil
}
