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
	formulaNursingTierLine = policy.Formula{ID: "disability.nursing.amount-tier",
		ZH: "重度残疾人护理补贴（{g}级，{tier}分档）：{a} 元/月 × 12 = {=} 元/年",
		EN: "nursing subsidy (grade {g}, {tier} tier): {a} yuan/month × 12 = {=} yuan/year"}
	// The grade-3 option's lines say it is the county's extension: grade 3
	// is not a severe disability.
	formulaNursingLine3 = policy.Formula{ID: "disability.nursing.amount-grade3",
		ZH: "重度残疾人护理补贴（三级，本县扩大范围）：{a} 元/月 × 12 = {=} 元/年",
		EN: "nursing subsidy (grade 3, the county's option): {a} yuan/month × 12 = {=} yuan/year"}
	formulaNursingTierLine3 = policy.Formula{ID: "disability.nursing.amount-grade3-tier",
		ZH: "重度残疾人护理补贴（三级，本县扩大范围，{tier}分档）：{a} 元/月 × 12 = {=} 元/年",
		EN: "nursing subsidy (grade 3, the county's option, {tier} tier): {a} yuan/month × 12 = {=} yuan/year"}
)

// nursing is the nursing subsidy for the severely disabled (重度残疾人护理
// 补贴, 2.2.4): grades 1–2 needing long-term care, the member's monthly tier
// of the grade (60 元/月 in 2017, seed, or the county's tier by hardship)
// over the certificate's months assessed (valid); grade 3 intellectual or
// mental needing long-term care as an option, off by default, at the same
// 60 元/月 (derived) unless the county sets its own; not for a holder on
// work-injury nursing pay (law). It is not means-tested and may be received
// with the living subsidy. With the option on and the grade-3 tier unset
// (a county may leave it local) the holder is not assessed: a finding
// naming the parameter.
func (x *assessment) nursing(m *household.Member, cert policy.Arg, valid policy.Period) {
	p, c := &x.p.Nursing, m.Disability
	if x.h.NoFixedHousehold {
		x.noHousehold(ItemNursing, m)
		return
	}
	basis, used := &formulaNursingSevere, []policy.Used(nil)
	switch {
	case c.Grade <= 2: // severe: the subsidy's own grades, basis and records as set above
	case c.Grade == 3 && (c.Type == household.Intellectual || c.Type == household.Mental):
		if !p.Grade3Option.Value {
			x.decide(ItemNursing, m, policy.Ineligible, x.usedOption, &formulaNursingOptionOff, cert)
			return
		}
		basis, used = &formulaNursingGrade3, x.usedOption
	default:
		x.decide(ItemNursing, m, policy.Ineligible, nil, &formulaNursingNotSevere, cert)
		return
	}
	switch t := &x.tiersOf(m, false).nursing[c.Grade-1]; {
	case !c.LongTermCare:
		x.decide(ItemNursing, m, policy.Ineligible, used, &formulaNursingNoCare, cert)
	case c.WorkInjuryNursing && p.ExcludeWorkInjury.Value:
		x.decide(ItemNursing, m, policy.Ineligible, x.usedWorkInjury, &formulaNursingWorkInjury, cert)
	case !t.set:
		name := policy.T("name", t.name)
		x.decide(ItemNursing, m, policy.NotAssessed, t.used, &formulaNursingNotAssessed, cert, name)
		x.out.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Disability, Item: ItemNursing,
			Member: m.ID, Clauses: clausesDisability}, &formulaNursingNotAssessed, cert, name)
	default:
		x.decide(ItemNursing, m, policy.Eligible, t.used, basis, cert)
		g, a, rate := gradeArg(c.Grade), policy.M("a", t.amount), policy.PerMonth(t.amount)
		switch {
		case c.Grade == 3 && t.hardship:
			x.pay(ItemNursing, m, clausesDisability, rate, valid, t.used, &formulaNursingTierLine3, t.tier, a)
		case c.Grade == 3:
			x.pay(ItemNursing, m, clausesDisability, rate, valid, t.used, &formulaNursingLine3, a)
		case t.hardship:
			x.pay(ItemNursing, m, clausesDisability, rate, valid, t.used, &formulaNursingTierLine, g, t.tier, a)
		default:
			x.pay(ItemNursing, m, clausesDisability, rate, valid, t.used, &formulaNursingLine, g, a)
		}
	}
}
