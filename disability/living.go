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
		ZH: "{cert}，建档立卡贫困户成员（暂定）：享受困难残疾人生活补贴",
		EN: "{cert}, member of a registered-poor household (provisional): receives the living subsidy"}
	formulaLivingPoorSet = policy.Formula{ID: "disability.living.registered-poor.set",
		ZH: "{cert}，建档立卡贫困户成员：享受困难残疾人生活补贴",
		EN: "{cert}, member of a registered-poor household: receives the living subsidy"}
	formulaLivingNoBasis = policy.Formula{ID: "disability.living.no-basis",
		ZH: "{cert}，不是低保家庭成员，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴",
		EN: "{cert}, not a member of a 低保 household nor of a registered-poor household: no living subsidy"}
	formulaLivingNoBasisLowIncome = policy.Formula{ID: "disability.living.no-basis-lowincome",
		ZH: "{cert}，不是低保家庭成员：不享受困难残疾人生活补贴",
		EN: "{cert}, not a member of a 低保 household: no living subsidy"}
	formulaLivingTekun = policy.Formula{ID: "disability.living.tekun",
		ZH: "{cert}，特困供养人员不享受困难残疾人生活补贴（暂定）",
		EN: "{cert}: a person under 特困 support does not receive the living subsidy (provisional)"}
	formulaLivingTekunSet = policy.Formula{ID: "disability.living.tekun.set",
		ZH: "{cert}，特困供养人员不享受困难残疾人生活补贴",
		EN: "{cert}: a person under 特困 support does not receive the living subsidy"}
	formulaLivingTekunOutside = policy.Formula{ID: "disability.living.tekun-outside",
		ZH: "{cert}，特困供养人员供养期间不属低保家庭，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴",
		EN: "{cert}: a person under 特困 support is outside the 低保 household in the months of his support, and not a member of a registered-poor household: no living subsidy"}
	formulaLivingTekunOutsideLowIncome = policy.Formula{ID: "disability.living.tekun-outside-lowincome",
		ZH: "{cert}，特困供养人员供养期间不属低保家庭：不享受困难残疾人生活补贴",
		EN: "{cert}: a person under 特困 support is outside the 低保 household in the months of his support: no living subsidy"}
	formulaLivingOrphan = policy.Formula{ID: "disability.living.orphan",
		ZH: "{cert}，享受孤儿基本生活费的孤儿不享受困难残疾人生活补贴（国发〔2015〕52号）",
		EN: "{cert}: an orphan under orphan allowance does not receive the living subsidy (国发〔2015〕52号)"}
	formulaLivingIndividual = policy.Formula{ID: "disability.living.lowincome-member",
		ZH: "{cert}，本人享受低保（困境儿童全额享受）：按低保家庭成员享受困难残疾人生活补贴",
		EN: "{cert}, a 低保 recipient on his own (a child in difficulty paid the full standard): receives the living subsidy as a member of a 低保 household"}

	formulaLivingLine = policy.Formula{ID: "disability.living.amount",
		ZH: "困难残疾人生活补贴（{g}级）：{a} 元/年",
		EN: "living subsidy (grade {g}): {a} yuan/year"}
	formulaLivingTierLine = policy.Formula{ID: "disability.living.amount-tier",
		ZH: "困难残疾人生活补贴（{g}级，{tier}分档）：{a} 元/年",
		EN: "living subsidy (grade {g}, {tier} tier): {a} yuan/year"}
)

// living is the living subsidy for persons with disabilities in difficulty
// (困难残疾人生活补贴, 2.2.4): a holder of a grade 1–4 certificate who is a
// member of a 低保 household or a 低保 recipient on his own (a 2.2.3 child
// paid the full standard on the individual switch), or a member of a
// registered-poor household (when the switch is on, provisional), receives
// the member's tier of the grade (the grade tier, provisional, or the
// county's tier by hardship), an annual amount, over the certificate's
// months assessed (valid); not a person under 特困 support in the months
// assessed (x.tekun; provisional) nor an orphan under orphan allowance
// (law), each exclusion a switch. A 特困 person is outside the 低保
// household in the months of his support (RULES.md section 0), so even
// with the 特困 exclusion off such a person qualifies there only through a
// registered-poor household, and the decision that refuses him says so
// (resting on both switches); in the other months of the year he is an
// ordinary member. The line rests on the decision's parameters: the tier,
// and the registered-poor switch when that is the basis. Where the basis
// changes within the certificate's months (低保 from July in a
// registered-poor household), the rate does not: benefit joins the runs'
// lines into one, naming the switch (section 0).
func (x *assessment) living(m *household.Member, cert policy.Arg, valid policy.Period) {
	p, c := &x.p.Living, m.Disability
	switch {
	case x.h.NoFixedHousehold:
		x.noHousehold(ItemLiving, m)
	case x.tekun && p.ExcludeTekun.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedTekun,
			p.ExcludeTekun.Provenance.Pick(&formulaLivingTekun, &formulaLivingTekunSet), cert)
	case c.OrphanAllowance && p.ExcludeOrphan.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedOrphan, &formulaLivingOrphan, cert)
	case x.in.LowIncome && !x.tekun:
		t := x.livingTier(m)
		x.grant(m, clausesDisability, t, valid, t.usedLowIncome, &formulaLivingLowIncome, cert)
	case x.individual(m):
		t := x.livingTier(m)
		x.grant(m, clausesChildren, t, valid, t.usedLowIncome, &formulaLivingIndividual, cert)
	case x.h.RegisteredPoor && p.RegisteredPoor.Value:
		t := x.livingTier(m)
		x.grant(m, clausesDisability, t, valid, t.usedPoor,
			p.RegisteredPoor.Provenance.Pick(&formulaLivingPoor, &formulaLivingPoorSet), cert)
	case x.tekun && x.in.LowIncome && p.RegisteredPoor.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedTekunOutside, &formulaLivingTekunOutside, cert)
	case x.tekun && x.in.LowIncome:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedTekunOutside, &formulaLivingTekunOutsideLowIncome, cert)
	case p.RegisteredPoor.Value:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedNoBasis, &formulaLivingNoBasis, cert)
	default:
		x.decide(ItemLiving, m, policy.Ineligible, x.usedNoBasis, &formulaLivingNoBasisLowIncome, cert)
	}
}

// livingTier returns m's living subsidy for its grade (see [Tiers]).
func (x *assessment) livingTier(m *household.Member) *livingTier {
	return &x.tiersOf(m, true).living[m.Disability.Grade-1]
}

// grant decides the living subsidy for m on the basis f and pays the tier
// t, a a year, over the months valid. (The annual tier is the argument "a":
// a line over fewer months adds, after the rule's own arguments, "months",
// "from" and "to", then "prorated", the amount for its months; see
// policy.Explanation.Args.)
func (x *assessment) grant(m *household.Member, clauses []policy.Clause, t *livingTier, valid policy.Period,
	used []policy.Used, f *policy.Formula, cert policy.Arg) {
	x.decideUnder(clauses, ItemLiving, m, policy.Eligible, used, f, cert)
	g, a := gradeArg(m.Disability.Grade), policy.M("a", t.amount)
	if t.hardship {
		x.pay(ItemLiving, m, clauses, policy.PerYear(t.amount), valid, used, &formulaLivingTierLine, g, t.tier, a)
		return
	}
	x.pay(ItemLiving, m, clauses, policy.PerYear(t.amount), valid, used, &formulaLivingLine, g, a)
}
