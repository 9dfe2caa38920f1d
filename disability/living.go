package disability

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaLivingLowIncome = policy.Formula{ID: "disability.living.lowincome",
		ZH: "{cert}，低保家庭成员：享受困难残疾人生活补贴",
		EN: "{cert}, member of a 低保 household: receives the living subsidy"}
	formulaLivingPoor = policy.Formula{ID: "disability.living.registered-poor",
		ZH: "{cert}，建档立卡贫困户成员（暂定：安徽做法）：享受困难残疾人生活补贴",
		EN: "{cert}, member of a registered-poor household (provisional: Anhui practice): receives the living subsidy"}
	formulaLivingNoBasis = policy.Formula{ID: "disability.living.no-basis",
		ZH: "{cert}，不是低保家庭成员，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴",
		EN: "{cert}, not a member of a 低保 household nor of a registered-poor household: no living subsidy"}
	formulaLivingNoBasisLowIncome = policy.Formula{ID: "disability.living.no-basis-lowincome",
		ZH: "{cert}，不是低保家庭成员：不享受困难残疾人生活补贴",
		EN: "{cert}, not a member of a 低保 household: no living subsidy"}
	formulaLivingTekun = policy.Formula{ID: "disability.living.tekun",
		ZH: "{cert}，特困供养人员不享受困难残疾人生活补贴（暂定）",
		EN: "{cert}: a person under 特困 support does not receive the living subsidy (provisional)"}
	formulaLivingOrphan = policy.Formula{ID: "disability.living.orphan",
		ZH: "{cert}，享受孤儿基本生活费的孤儿不享受困难残疾人生活补贴（暂定）",
		EN: "{cert}: an orphan under orphan allowance does not receive the living subsidy (provisional)"}

	formulaLivingLine = policy.Formula{ID: "disability.living.amount",
		ZH: "困难残疾人生活补贴（{g}级）：{A} = {=} 元/年",
		EN: "living subsidy (grade {g}): {A} = {=} yuan/year"}
)

// initLiving makes each grade's living line and the parameter records of
// the living subsidy's decisions.
func (a *Assessor) initLiving() {
	p := &a.p.Living
	poor := p.RegisteredPoor.Used()
	a.usedTekun = []policy.Used{p.ExcludeTekun.Used()}
	a.usedOrphan = []policy.Used{p.ExcludeOrphan.Used()}
	a.usedNoBasis = []policy.Used{poor}
	for g := 1; g <= 4; g++ {
		tier, _ := p.Tier(g)
		u := tier.Used()
		a.usedLowIncome[g] = []policy.Used{u}
		a.usedPoor[g] = []policy.Used{u, poor}
		a.initTier(&a.livingLines[g], ItemLiving, tier.Value, a.usedLowIncome[g], formulaLivingLine,
			gradeArg(g), policy.M("A", tier.Value))
	}
}

// living is the living subsidy for persons with disabilities in difficulty
// (困难残疾人生活补贴, 2.2.4): a holder of a grade 1–4 certificate who is a
// member of a 低保 household, or of a registered-poor household (when the
// switch is on, provisional), receives the tier of the grade (provisional);
// not a person under 特困 support nor an orphan under orphan allowance
// (provisional exclusions, each a switch). A 特困 person is outside the 低保
// household (POLICY.md section 0), so even with the 特困 exclusion off such
// a person qualifies only through a registered-poor household. It returns
// the decision and, when the holder receives it, the grade's tier, whose
// line rests on the decision's parameters.
func (a *assessment) living(m *household.Member) (policy.Decision, *tierLine) {
	p := &a.p.Living
	c := m.Disability
	cert := certificate(c)
	if a.h.NoFixedHousehold {
		return decision(m, policy.Ineligible, clausesAlone, nil, formulaNoHousehold, nil), nil
	}
	if m.Tekun.Supported() && p.ExcludeTekun.Value {
		return decision(m, policy.Ineligible, clausesDisability, a.usedTekun, formulaLivingTekun, cert), nil
	}
	if c.OrphanAllowance && p.ExcludeOrphan.Value {
		return decision(m, policy.Ineligible, clausesDisability, a.usedOrphan, formulaLivingOrphan, cert), nil
	}
	var basis policy.Formula
	var used []policy.Used
	switch {
	case a.in.LowIncome && !m.Tekun.Supported():
		basis, used = formulaLivingLowIncome, a.usedLowIncome[c.Grade]
	case a.h.RegisteredPoor && p.RegisteredPoor.Value:
		basis, used = formulaLivingPoor, a.usedPoor[c.Grade]
	case p.RegisteredPoor.Value:
		return decision(m, policy.Ineligible, clausesDisability, a.usedNoBasis, formulaLivingNoBasis, cert), nil
	default:
		return decision(m, policy.Ineligible, clausesDisability, a.usedNoBasis, formulaLivingNoBasisLowIncome, cert), nil
	}
	return decision(m, policy.Eligible, clausesDisability, used, basis, cert), &a.livingLines[c.Grade]
}
