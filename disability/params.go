package disability

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Params are the parameters of 2.2.4 with their provenance. [Default2017]
// returns the 2017 Dongzhi values. [New] copies a Params, its tiers by
// hardship (maps) too, and validates it once. Which set is in force for
// which months is decided by the caller (benefit), not here.
type Params struct {
	// Living is the living subsidy for persons with disabilities in
	// difficulty (困难残疾人生活补贴).
	Living Living `json:"living"`
	// Nursing is the nursing subsidy for the severely disabled
	// (重度残疾人护理补贴).
	Nursing Nursing `json:"nursing"`
	// Rounding is how each line's amount is rounded, once (section 0).
	Rounding policy.Rounding `json:"-"`
}

// Living is the living subsidy's tiers by grade, the county's tiers by
// hardship, and its coverage rules (2.2.4). Tiers are annual amounts,
// 元/年·人; a county may set its own ("鼓励有条件的地方根据残疾人困难程度制定
// 分档补贴标准").
type Living struct {
	// Grade1 … Grade4 are the annual amounts for a certificate of that
	// grade, 元/年 (2017: 800.00 for grades 1–2, 400.00 for grades 3–4,
	// provisional).
	Grade1 policy.Param[decimal.Decimal] `json:"grade1"` // grade 1 (2017: 800.00)
	Grade2 policy.Param[decimal.Decimal] `json:"grade2"` // grade 2 (2017: 800.00)
	Grade3 policy.Param[decimal.Decimal] `json:"grade3"` // grade 3 (2017: 400.00)
	Grade4 policy.Param[decimal.Decimal] `json:"grade4"` // grade 4 (2017: 400.00)
	// RegisteredPoor: members of registered-poor (建档立卡) households
	// qualify as well as members of 低保 households.
	RegisteredPoor policy.Param[bool] `json:"registered_poor"`
	// ExcludeTekun: persons under 特困 support do not receive it in the
	// months of their support.
	ExcludeTekun policy.Param[bool] `json:"exclude_tekun"`
	// ExcludeOrphan: orphans under orphan allowance (孤儿基本生活费) do not
	// receive it (国发〔2015〕52号).
	ExcludeOrphan policy.Param[bool] `json:"exclude_orphan"`
	// ByHardship are the county's tiers by hardship (分档补贴标准), annual
	// amounts by grade, keyed by a hardship basis: [HardshipLowIncome],
	// [HardshipRegisteredPoor] or a county hardship level
	// ([household.Member.HardshipLevel]). None by default: the grade
	// tiers above apply. See [Tiers].
	ByHardship map[string]Tiers `json:"by_hardship,omitempty" max:"32"`
}

// Nursing is the nursing subsidy's tiers by grade, the county's tiers by
// hardship, and its rules (2.2.4).
// Tiers are monthly amounts, 元/月·人; the annual amount is 12 times the
// monthly one (section 0).
type Nursing struct {
	// Grade1 and Grade2 are the monthly amounts for a holder of that grade
	// who needs long-term care, 元/月 (2017: 60.00, seed: "60元/月·人";
	// a county set may raise them, never lower them: package benefit's
	// floors hold a set to it, disability.New alone does not).
	Grade1 policy.Param[decimal.Decimal] `json:"grade1"` // grade 1 (2017: 60.00)
	Grade2 policy.Param[decimal.Decimal] `json:"grade2"` // grade 2 (2017: 60.00)
	// Grade3 is the tier of the grade-3 option: by default the grade-1
	// and grade-2 amount, 60 元/月 (derived), unless the county sets its
	// own. A county may leave it unset (local): with the option on, a
	// holder it would cover is then not assessed.
	Grade3 policy.Param[decimal.Decimal] `json:"grade3"`
	// Grade3Option extends the subsidy to grade-3 intellectual or mental
	// disability; off by default.
	Grade3Option policy.Param[bool] `json:"grade3_option"`
	// ExcludeWorkInjury: holders who receive work-injury nursing pay
	// (工伤保险护理费) do not receive it (国发〔2015〕52号).
	ExcludeWorkInjury policy.Param[bool] `json:"exclude_work_injury"`
	// ByHardship are the county's tiers by hardship, monthly amounts by
	// grade (1–3; grade 3 under the option only), keyed as
	// [Living.ByHardship]. None by default. See [Tiers].
	ByHardship map[string]Tiers `json:"by_hardship,omitempty" max:"32"`
}

// Tier returns the living subsidy's annual amount for a grade, and false
// for a grade outside 1–4.
func (l Living) Tier(grade int) (policy.Param[decimal.Decimal], bool) {
	switch grade {
	case 1:
		return l.Grade1, true
	case 2:
		return l.Grade2, true
	case 3:
		return l.Grade3, true
	case 4:
		return l.Grade4, true
	}
	return policy.Param[decimal.Decimal]{}, false
}

// Tier returns the nursing subsidy's monthly amount for a grade, and false
// for a grade outside 1–3.
func (n Nursing) Tier(grade int) (policy.Param[decimal.Decimal], bool) {
	switch grade {
	case 1:
		return n.Grade1, true
	case 2:
		return n.Grade2, true
	case 3:
		return n.Grade3, true
	}
	return policy.Param[decimal.Decimal]{}, false
}

const (
	src224    = "东政办〔2017〕43号 二(二)4"
	src52     = "国发〔2015〕52号 (国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见)"
	srcLiving = src224 + ": 实施困难残疾人生活补贴 (no amount); RULES.md 2.2.4: Anhui 2017, grades 1–2 800 元/年, grades 3–4 400 元/年, not confirmed for Dongzhi 2017"
	srcTiered = src224 + ": 鼓励有条件的地方根据残疾人困难程度制定分档补贴标准"
)

// Default2017 returns the 2017 Dongzhi parameters of 2.2.4 (RULES.md
// 2.2.4): the living subsidy 800.00 a year for grades 1–2 and 400.00 for
// grades 3–4 (provisional), for members of 低保 households and of
// registered-poor households (provisional), not for 特困 persons
// (provisional) nor orphans under orphan allowance (law: 国发〔2015〕52号);
// the nursing subsidy 60.00 a month for grades 1–2 (seed), not with
// work-injury nursing pay (law: 国发〔2015〕52号), the grade-3 intellectual
// or mental option off, its tier the same 60.00 a month (derived); no tiers
// by hardship; rounding half up to the fen.
func Default2017() *Params {
	d := decimal.RequireFromString
	living := func(g, v string) policy.Param[decimal.Decimal] {
		return policy.New("disability.living.grade"+g, d(v), policy.Provisional, srcLiving)
	}
	nursing := func(g string) policy.Param[decimal.Decimal] {
		return policy.New("disability.nursing.grade"+g, d("60.00"), policy.Seed,
			src224+": 2017年重度残疾人护理补贴标准为60元/月·人; "+srcTiered)
	}
	return &Params{
		Living: Living{
			Grade1: living("1", "800.00"),
			Grade2: living("2", "800.00"),
			Grade3: living("3", "400.00"),
			Grade4: living("4", "400.00"),
			RegisteredPoor: policy.New("disability.living.registered_poor", true, policy.Provisional,
				"RULES.md 2.2.4: members of registered-poor (建档立卡) households, Anhui practice, not in the text"),
			ExcludeTekun: policy.New("disability.living.exclude_tekun", true, policy.Provisional,
				"RULES.md 2.2.4: not for 特困 supported persons, not in the text"),
			ExcludeOrphan: policy.New("disability.living.exclude_orphan", true, policy.Law,
				src52+": disabled children under the orphan basic-living allowance (孤儿基本生活保障) do not receive the living subsidy; RULES.md 2.2.4"),
		},
		Nursing: Nursing{
			Grade1: nursing("1"),
			Grade2: nursing("2"),
			Grade3: policy.New("disability.nursing.grade3", d("60.00"), policy.Derived,
				"RULES.md 2.2.4: the grade-3 option pays the same 60 元/月 as grades 1–2 ("+src224+
					": 2017年重度残疾人护理补贴标准为60元/月·人) unless the county sets its own amount"),
			Grade3Option: policy.New("disability.nursing.grade3_option", false, policy.Law,
				src52+": the subsidy is for grades 1–2, and a place whose conditions allow may extend it to non-severe intellectual or mental disability; RULES.md 2.2.4: optional, off by default"),
			ExcludeWorkInjury: policy.New("disability.nursing.exclude_work_injury", true, policy.Law,
				src52+": not with work-injury nursing pay (工伤保险生活护理费); RULES.md 2.2.4"),
		},
		Rounding: policy.DefaultRounding,
	}
}

// Validate checks the parameters before use: the living tiers of grades 1–4
// and the nursing tiers of grades 1–2 set, and every tier set a valid amount
// (non-negative, at most two places, at most 10^12 元); every switch set; the
// tiers by hardship (see [Tiers]: a key that can name a hardship basis, at
// least one grade set, valid amounts, no nursing tier for grade 4); a valid
// rounding; and every set parameter's provenance one of the five classes and
// every source within [policy.MaxSourceLength] ([policy.CheckParams]). Errors
// are [policy.FieldError] values named by the parameters' paths
// ("disability.living.grade1",
// "disability.living.by_hardship.lowincome.grade1"), joined. The grade-3
// nursing tier may be unset: with the option on, a holder it would cover is
// then not assessed, naming it. A parameter without a name is checked under
// its path ([policy.Named]); p is not changed.
func (p *Params) Validate() error {
	if p == nil {
		return policy.Path("disability").Required("parameters are missing")
	}
	p = policy.Named(p, "disability")
	return errors.Join(
		policy.CheckAmount(p.Living.Grade1, true),
		policy.CheckAmount(p.Living.Grade2, true),
		policy.CheckAmount(p.Living.Grade3, true),
		policy.CheckAmount(p.Living.Grade4, true),
		policy.CheckSet(p.Living.RegisteredPoor),
		policy.CheckSet(p.Living.ExcludeTekun),
		policy.CheckSet(p.Living.ExcludeOrphan),
		checkTiers(pathLivingTiers, p.Living.ByHardship, 4),
		policy.CheckAmount(p.Nursing.Grade1, true),
		policy.CheckAmount(p.Nursing.Grade2, true),
		policy.CheckAmount(p.Nursing.Grade3, false),
		policy.CheckSet(p.Nursing.Grade3Option),
		policy.CheckSet(p.Nursing.ExcludeWorkInjury),
		checkTiers(pathNursingTiers, p.Nursing.ByHardship, 3),
		p.Rounding.Validate("disability.rounding"),
		policy.CheckParams(p, "disability"),
	)
}
