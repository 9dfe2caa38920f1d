package lowincome

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// UpliftBase is what the A/B uplift of 2.1.2 is a percentage of
// ("按其本人享受低保标准的30%和20%").
type UpliftBase string

// Uplift bases.
const (
	// BaseStandard: the standard S (RULES.md 2.1.2, the literal reading;
	// the default).
	BaseStandard UpliftBase = "standard"
	// BaseShare: the member's own share of the payment, (S×n − I)/n, or S
	// for a 2.2.3 child (无为县's reading of the same provincial rule).
	BaseShare UpliftBase = "share"
)

// UpliftBases returns the uplift's bases, the default first.
func UpliftBases() []UpliftBase { return []UpliftBase{BaseStandard, BaseShare} }

// UpliftScope is who receives the A/B uplift.
type UpliftScope string

// Uplift scopes.
const (
	// ScopeAll: every A/B member of a covered household (the default).
	ScopeAll UpliftScope = "all"
	// ScopeRegisteredPoor: only members of registered-poor (建档立卡)
	// households, since the sentence follows "将所有符合条件的扶贫对象纳入
	// 低保范围".
	ScopeRegisteredPoor UpliftScope = "registered-poor"
)

// UpliftScopes returns the uplift's scopes, the default first.
func UpliftScopes() []UpliftScope { return []UpliftScope{ScopeAll, ScopeRegisteredPoor} }

// ChildMode is how a 2.2.3 child receives the full standard.
//
// The lines of several children in a covered household share one
// rounding, made over the household's 低保 months within the run, so that
// a year's 低保 never rises with income (over part of a year the base and
// the children's lines are each rounded on their months, and one fen more
// income can pay one fen more; see RULES.md 2.2.3). On the individual
// switch ([ChildIndividual]) a person without a household, who has
// temporary aid and referrals only, is excepted.
type ChildMode string

// Child modes.
const (
	// ChildInHousehold: inside an eligible household, an extra line of I/n
	// per child, so the child's share is the full S (the default).
	ChildInHousehold ChildMode = "in-household"
	// ChildIndividual: the child receives S as an individual line whatever
	// the household's income (全额 read against 补差); in an eligible
	// household the result is the same.
	ChildIndividual ChildMode = "individual"
)

// ChildModes returns the child modes, the default first.
func ChildModes() []ChildMode { return []ChildMode{ChildInHousehold, ChildIndividual} }

// Params are the parameters of 2.1 with their provenance. [Default2017]
// returns the 2017 Dongzhi values. A Params is read-only during assessment
// and safe to share between goroutines.
type Params struct {
	// Standard is the rural standard S, 元/年·人 (2.1.1).
	Standard policy.Param[decimal.Decimal] `json:"standard"`
	// PovertyLine is the poverty line P (扶贫标准) for the two-lines check
	// (2.1.1); local, no default.
	PovertyLine policy.Param[decimal.Decimal] `json:"poverty_line"`
	// UpliftA and UpliftB are the A and B uplift rates (2.1.2).
	UpliftA policy.Param[decimal.Decimal] `json:"uplift_a"` // class A (2017: 0.30)
	UpliftB policy.Param[decimal.Decimal] `json:"uplift_b"` // class B (2017: 0.20)
	// UpliftBase and UpliftScope are the uplift's two switches (2.1.2).
	UpliftBase  policy.Param[UpliftBase]  `json:"uplift_base"`  // what the uplift is a percentage of
	UpliftScope policy.Param[UpliftScope] `json:"uplift_scope"` // who receives it
	// ChildMode is how a 2.2.3 child receives the full standard.
	ChildMode policy.Param[ChildMode] `json:"child_mode"`
	// ChildAllowance is the separate children's allowance
	// (困境儿童基本生活保障标准, 2.2.3), 元/年; local, off unless set. It is
	// paid in full beside 低保, covered or not, over the record's 低保
	// months, to each 2.2.3 child of the 低保 household (not to one under
	// 特困 support, who is outside it, nor to a person without a
	// household), and not counted as income.
	ChildAllowance policy.Param[decimal.Decimal] `json:"child_allowance"`
	// Counted says, for every income category, whether it is counted
	// toward household income (2.1.2–2.1.3). A county may reclassify.
	Counted map[household.IncomeCategory]policy.Param[bool] `json:"counted"`
	// Assets are the asset test's limits (2.1.3); local, and the test is
	// off unless at least one is set.
	Assets AssetLimits `json:"assets"`
	// Rounding is how each line's annual amount is rounded (section 0).
	Rounding policy.Rounding `json:"-"`
}

// AssetLimits are the asset test's named limits (2.1.3). Each is local; an
// unset limit is not tested, and with none set the test is off.
type AssetLimits struct {
	// DepositsPerCapita: deposits must not exceed this × household size.
	DepositsPerCapita policy.Param[decimal.Decimal] `json:"deposits_per_capita"`
	// Vehicles: motor vehicles must not exceed this number.
	Vehicles policy.Param[int] `json:"vehicles"`
	// ExtraHousing: dwellings beyond the one lived in must not exceed this.
	ExtraHousing policy.Param[int] `json:"extra_housing"`
}

// Configured reports whether any asset limit is set.
func (a AssetLimits) Configured() bool {
	return a.DepositsPerCapita.Set || a.Vehicles.Set || a.ExtraHousing.Set
}

// childAge is the age below which a member in a 2.2.3 category is a child
// in difficulty: RULES.md 2.2.3, "a person under 18" (a minor, 未成年人, as
// the law defines one). It is the rule's own definition, not a county
// figure, so it is no parameter.
const childAge = 18

const src211 = "东政办〔2017〕43号 二(一)1: 2017年农村最低生活保障标准提高8%，达到3622元/年·人"

// Default2017 returns the 2017 Dongzhi parameters of 2.1 (RULES.md 2.1 and
// 2.2.3): S = 3622.00 (seed), A 30% and B 20% (seed), the default switches,
// the default income counting, and the local parameters (poverty line,
// children's allowance, asset limits) unset.
func Default2017() *Params {
	counted := func(c household.IncomeCategory, on bool, prov policy.Provenance, source string) policy.Param[bool] {
		return policy.New("lowincome.counted."+string(c), on, prov, source)
	}
	const (
		srcCounted = "《社会救助暂行办法》第九条 家庭收入; RULES.md 2.1.2–2.1.3: counted by default"
		srcAnhui   = "RULES.md 2.1.2–2.1.3: Anhui rule, not confirmed for Dongzhi 2017"
		srcNot     = "RULES.md 2.1.2–2.1.3: assistance is not income"
	)
	return &Params{
		Standard:    policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, src211),
		PovertyLine: policy.Unset[decimal.Decimal]("lowincome.poverty_line", "RULES.md 2.1.1: the poverty line (扶贫标准) is local"),
		UpliftA: policy.New("lowincome.uplift_a", decimal.RequireFromString("0.30"), policy.Seed,
			"东政办〔2017〕43号 二(一)2: A类…按其本人享受低保标准的30%"),
		UpliftB: policy.New("lowincome.uplift_b", decimal.RequireFromString("0.20"), policy.Seed,
			"东政办〔2017〕43号 二(一)2: B类…20%"),
		UpliftBase: policy.New("lowincome.uplift_base", BaseStandard, policy.Seed,
			"东政办〔2017〕43号 二(一)2 其本人享受低保标准, RULES.md 2.1.2 [interpretation: literal reading]"),
		UpliftScope: policy.New("lowincome.uplift_scope", ScopeAll, policy.Seed,
			"东政办〔2017〕43号 二(一)2 对纳入低保范围的A类、B类对象, RULES.md 2.1.2 [interpretation]"),
		ChildMode: policy.New("lowincome.child_mode", ChildInHousehold, policy.Seed,
			"东政办〔2017〕43号 二(二)3 困境儿童、困境家庭儿童全额享受最低生活保障补助资金, RULES.md 2.2.3 [interpretation]"),
		ChildAllowance: policy.Unset[decimal.Decimal]("lowincome.child_allowance",
			"RULES.md 2.2.3: 困境儿童基本生活保障标准 is local, off unless set"),
		Counted: map[household.IncomeCategory]policy.Param[bool]{
			household.Wages:             counted(household.Wages, true, policy.Law, srcCounted),
			household.Agriculture:       counted(household.Agriculture, true, policy.Law, srcCounted),
			household.Business:          counted(household.Business, true, policy.Law, srcCounted),
			household.Property:          counted(household.Property, true, policy.Law, srcCounted),
			household.Transfers:         counted(household.Transfers, true, policy.Law, srcCounted),
			household.OtherIncome:       counted(household.OtherIncome, true, policy.Law, srcCounted),
			household.DisabilityPay:     counted(household.DisabilityPay, false, policy.Provisional, srcAnhui),
			household.BraveryAward:      counted(household.BraveryAward, false, policy.Provisional, srcAnhui),
			household.Scholarship:       counted(household.Scholarship, false, policy.Provisional, srcAnhui),
			household.LowIncomePay:      counted(household.LowIncomePay, false, policy.Derived, srcNot),
			household.TekunPay:          counted(household.TekunPay, false, policy.Derived, srcNot),
			household.TemporaryAid:      counted(household.TemporaryAid, false, policy.Derived, srcNot),
			household.MedicalAid:        counted(household.MedicalAid, false, policy.Derived, srcNot),
			household.ChildrenAllowance: counted(household.ChildrenAllowance, false, policy.Derived, srcNot),
		},
		Assets: AssetLimits{
			DepositsPerCapita: policy.Unset[decimal.Decimal]("lowincome.assets.deposits_per_capita", "RULES.md 2.1.3: local, off unless configured"),
			Vehicles:          policy.Unset[int]("lowincome.assets.vehicles", "RULES.md 2.1.3: local, off unless configured"),
			ExtraHousing:      policy.Unset[int]("lowincome.assets.extra_housing", "RULES.md 2.1.3: local, off unless configured"),
		},
		Rounding: policy.DefaultRounding,
	}
}

// Validate checks the parameters before use: the standard set and positive,
// the poverty line, where set, positive, and the children's allowance a valid
// amount where set, uplift rates from 0 to 1, known switch values, a counting
// rule for every income category, non-negative asset limits, a valid
// rounding, and every set parameter's provenance one of the five classes and
// every source within [policy.MaxSourceLength] ([policy.CheckParams]). Errors
// are [policy.FieldError] values named by the parameters' paths
// ("lowincome.standard"), joined. The two-lines check is a finding about the
// county's standard, not an error: see [Params.CheckTwoLines]. A parameter
// without a name is checked under its path ([policy.Named]); p is not
// changed.
func (p *Params) Validate() error {
	if p == nil {
		return policy.Path("lowincome").Required("parameters are missing")
	}
	p = policy.Named(p, "lowincome")
	errs := []error{
		policy.CheckPositive(p.Standard),
		policy.CheckOptionalPositive(p.PovertyLine),
		policy.CheckAmount(p.ChildAllowance, false),
		policy.CheckRate(p.UpliftA, true),
		policy.CheckRate(p.UpliftB, true),
		policy.CheckOneOf(p.UpliftBase, "is not standard or share", UpliftBases()...),
		policy.CheckOneOf(p.UpliftScope, "is not all or registered-poor", UpliftScopes()...),
		policy.CheckOneOf(p.ChildMode, "is not in-household or individual", ChildModes()...),
		policy.CheckAmount(p.Assets.DepositsPerCapita, false),
		policy.CheckOptionalWhole(p.Assets.Vehicles, 0, 1000),
		policy.CheckOptionalWhole(p.Assets.ExtraHousing, 0, 1000),
		p.Rounding.Validate("lowincome.rounding"),
		policy.CheckParams(p, "lowincome"),
	}
	for _, c := range household.IncomeCategories() {
		if r, ok := p.Counted[c]; !ok || !r.Set {
			errs = append(errs, policy.Path("lowincome.counted").Field(string(c)).
				Required("is required: every income category needs a counting rule"))
		}
	}
	return errors.Join(errs...)
}
