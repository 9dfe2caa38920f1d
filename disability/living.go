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

// living is the living subsidy for persons with disabilities in difficulty
// (困难残疾人生活补贴, 2.2.4): a holder of a grade 1–4 certificate who is a
// member of a 低保 household, or of a registered-poor household (when the
// switch is on, provisional), receives the tier of the grade (provisional),
// an annual amount; not a person under 特困 support nor an orphan under
// orphan allowance (provisional exclusions, each a switch). A 特困 person is
// outside the 低保 household (POLICY.md section 0), so even with the 特困
// exclusion off such a person qualifies only through a registered-poor
// household. The line rests on the decision's parameters: the tier, and the
// registered-poor switch when that is the basis.
func (x *assessment) living(m *household.Member, cert policy.Arg) {
	p, c := &x.p.Living, m.Disability
	t := x.grade(c.Grade)
	switch {
	case x.h.NoFixedHousehold:
		x.noHousehold(ItemLiving, m)
	case m.Tekun.Supported() && p.ExcludeTekun.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedTekun, &formulaLivingTekun, cert)
	case c.OrphanAllowance && p.ExcludeOrphan.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedOrphan, &formulaLivingOrphan, cert)
	case x.in.LowIncome && !m.Tekun.Supported():
		x.grant(m, t, t.usedLowIncome, &formulaLivingLowIncome, cert)
	case x.h.RegisteredPoor && p.RegisteredPoor.Value:
		x.grant(m, t, t.usedPoor, &formulaLivingPoor, cert)
	case p.RegisteredPoor.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedNoBasis, &formulaLivingNoBasis, cert)
	default:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedNoBasis, &formulaLivingNoBasisLowIncome, cert)
	}
}

// grant decides the living subsidy for m on the basis f and pays the
// grade's tier A a year.
func (x *assessment) grant(m *household.Member, t *grade, used []policy.Used, f *policy.Formula, cert policy.Arg) {
	x.decide(ItemLiving, m, policy.Eligible, used, f, cert)
	x.pay(ItemLiving, m, policy.PerYear(t.living), used, &formulaLivingLine,
		gradeArg(m.Disability.Grade), policy.M("A", t.living))
}
