package tekun

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesStandard = []policy.Clause{policy.ClauseTekunStandard}
	clausesQuota    = []policy.Clause{policy.ClauseNursingHome}

	formulaMinDispersed = policy.Formula{ID: "tekun.minimum.dispersed",
		ZH: "分散供养最低标准：max({r} × 上年度人均消费支出 {C}, 低保标准 {S}, {F}) = {=} 元/年",
		EN: "dispersed minimum: max({r} × last year's consumption per capita {C}, the 低保 standard {S}, {F}) = {=} yuan/year"}
	formulaMinDispersedNot = policy.Formula{ID: "tekun.minimum.dispersed.not-assessed",
		ZH: "分散供养最低标准：max(低保标准 {S}, {F}) = {=} 元/年；{r} × 上年度人均消费支出未评估（{name} 为地方参数，未提供）",
		EN: "dispersed minimum: max(the 低保 standard {S}, {F}) = {=} yuan/year; the {r} consumption test is not assessed ({name} is a local parameter and was not supplied)"}
	formulaMinCentralized = policy.Formula{ID: "tekun.minimum.centralized",
		ZH: "集中供养最低标准：max({r} × 上年度人均消费支出 {C}, {F}) = {=} 元/年",
		EN: "centralized minimum: max({r} × last year's consumption per capita {C}, {F}) = {=} yuan/year"}
	formulaMinCentralizedNot = policy.Formula{ID: "tekun.minimum.centralized.not-assessed",
		ZH: "集中供养最低标准：{F} 元/年；{r} × 上年度人均消费支出未评估（{name} 为地方参数，未提供）",
		EN: "centralized minimum: {F} yuan/year; the {r} consumption test is not assessed ({name} is a local parameter and was not supplied)"}

	formulaFloorDispersedPass = policy.Formula{ID: "tekun.check.dispersed-floor.pass",
		ZH: "分散供养标准 {A} 元/年 不低于低保标准 {S}，且不低于 {F}",
		EN: "dispersed standard {A} yuan/year is not below the 低保 standard {S} nor {F}"}
	formulaFloorDispersedFail = policy.Formula{ID: "tekun.check.dispersed-floor.fail",
		ZH: "分散供养标准 {A} 元/年 低于 max(低保标准 {S}, {F}) = {M}，差 {d} 元",
		EN: "dispersed standard {A} yuan/year is below max(the 低保 standard {S}, {F}) = {M} by {d} yuan"}
	formulaFloorCentralizedPass = policy.Formula{ID: "tekun.check.centralized-floor.pass",
		ZH: "集中供养标准 {A} 元/年 不低于 {F}",
		EN: "centralized standard {A} yuan/year is not below {F}"}
	formulaFloorCentralizedFail = policy.Formula{ID: "tekun.check.centralized-floor.fail",
		ZH: "集中供养标准 {A} 元/年 低于 {F}，差 {d} 元",
		EN: "centralized standard {A} yuan/year is below {F} by {d} yuan"}
	formulaConsumptionPass = policy.Formula{ID: "tekun.check.consumption.pass",
		ZH: "{mode}标准 {A} 元/年 不低于 {r} × 上年度人均消费支出 {C} = {M}",
		EN: "{mode} standard {A} yuan/year is not below {r} × last year's consumption per capita {C} = {M}"}
	formulaConsumptionFail = policy.Formula{ID: "tekun.check.consumption.fail",
		ZH: "{mode}标准 {A} 元/年 低于 {r} × 上年度人均消费支出 {C} = {M}，差 {d} 元",
		EN: "{mode} standard {A} yuan/year is below {r} × last year's consumption per capita {C} = {M} by {d} yuan"}
	formulaConsumptionNot = policy.Formula{ID: "tekun.check.consumption.not-assessed",
		ZH: "未评估：{mode}标准与 {r} × 上年度人均消费支出的比较需要 {name}（地方参数，未提供）",
		EN: "not assessed: comparing the {mode} standard with {r} of last year's consumption per capita needs {name} (a local parameter, not supplied)"}
	formulaQuotaPass = policy.Formula{ID: "tekun.check.quota.pass",
		ZH: "{k}类敬老院综合定额补助 {A} 元/年·人 不低于 {F}",
		EN: "class {k} nursing-home quota {A} yuan/year per resident is not below {F}"}
	formulaQuotaFail = policy.Formula{ID: "tekun.check.quota.fail",
		ZH: "{k}类敬老院综合定额补助 {A} 元/年·人 低于 {F}，差 {d} 元",
		EN: "class {k} nursing-home quota {A} yuan/year per resident is below {F} by {d} yuan"}
	formulaCarePass = policy.Formula{ID: "tekun.check.care.pass",
		ZH: "护理补贴（{level}）{A} 元/年 不低于 {r} × 较高的基本生活标准 {B} = {M}（暂定）",
		EN: "care subsidy ({level}) {A} yuan/year is not below {r} × the higher basic standard {B} = {M} (provisional)"}
	formulaCareFail = policy.Formula{ID: "tekun.check.care.fail",
		ZH: "护理补贴（{level}）{A} 元/年 低于 {r} × 较高的基本生活标准 {B} = {M}，差 {d} 元（暂定）",
		EN: "care subsidy ({level}) {A} yuan/year is below {r} × the higher basic standard {B} = {M} by {d} yuan (provisional)"}
	// The care checks once the county sets the care share as its own: not
	// provisional.
	formulaCarePassSet = policy.Formula{ID: "tekun.check.care.pass.set",
		ZH: "护理补贴（{level}）{A} 元/年 不低于 {r} × 较高的基本生活标准 {B} = {M}",
		EN: "care subsidy ({level}) {A} yuan/year is not below {r} × the higher basic standard {B} = {M}"}
	formulaCareFailSet = policy.Formula{ID: "tekun.check.care.fail.set",
		ZH: "护理补贴（{level}）{A} 元/年 低于 {r} × 较高的基本生活标准 {B} = {M}，差 {d} 元",
		EN: "care subsidy ({level}) {A} yuan/year is below {r} × the higher basic standard {B} = {M} by {d} yuan"}
)

// Minimum is the minimum lawful basic-living standard of one mode (2.2.1):
// the larger of ConsumptionShare × C and the mode's floor.
type Minimum struct {
	Mode household.TekunMode // dispersed or centralized
	// Floor is the mode's floor: for dispersed support the larger of the
	// 低保 standard S and DispersedFloor; for centralized support
	// CentralizedFloor.
	Floor decimal.Decimal
	// Assessed is true when C is supplied; Consumption is then
	// ConsumptionShare × C rounded up to the fen (the smallest amount in fen
	// that is not below it, so comparing an amount of at most two places
	// with it is exact), and zero otherwise.
	Assessed    bool
	Consumption decimal.Decimal // ConsumptionShare × C, or zero (see Assessed)
	// Value is the minimum: the larger of Floor and Consumption. Without C
	// it is Floor, a lower bound only: the 60% test is not assessed.
	Value       decimal.Decimal
	Params      []policy.Used      // the mode's floor parameter, ConsumptionShare and C, as used
	Explanation policy.Explanation // the minimum in words and figures
}

// Minimums are the minimum lawful standards of both modes.
type Minimums struct {
	Dispersed   Minimum // 分散供养
	Centralized Minimum // 集中供养
}

// Minimums returns the minimum lawful basic-living standard of each mode
// (2.2.1): dispersed, the larger of ConsumptionShare × C, the 低保
// standard and DispersedFloor; centralized, the larger of
// ConsumptionShare × C and CentralizedFloor. The 低保 standard S belongs to
// the lowincome package: the caller hands it in as standard, in yuan.
// Without C the 60% test is not assessed and each minimum is its floor,
// marked so.
//
// Minimums returns the errors of [Params.Validate], and a
// [policy.FieldError] at "standard" when standard is not a positive amount
// of at most two places.
func (p *Params) Minimums(standard decimal.Decimal) (Minimums, error) {
	f, err := p.figuresFor(standard)
	if err != nil {
		return Minimums{}, err
	}
	used := []policy.Used{p.ConsumptionShare.Used(), p.Consumption.Used()}
	disp := Minimum{Mode: household.TekunDispersed, Floor: f.dispFloor.Decimal(), Assessed: f.assessed,
		Consumption: f.consumption.Decimal(), Value: max(f.dispFloor, f.consumption).Decimal(),
		Params: append([]policy.Used{p.DispersedFloor.Used()}, used...)}
	cent := Minimum{Mode: household.TekunCentralized, Floor: f.centFloor.Decimal(), Assessed: f.assessed,
		Consumption: f.consumption.Decimal(), Value: max(f.centFloor, f.consumption).Decimal(),
		Params: append([]policy.Used{p.CentralizedFloor.Used()}, used...)}
	r := policy.R("r", f.share)
	if f.assessed {
		disp.Explanation = policy.Explain(&formulaMinDispersed, r, policy.M("C", f.c), policy.M("S", f.s),
			policy.M("F", f.dispFixed), policy.M("=", max(f.dispFloor, f.consumption)))
		cent.Explanation = policy.Explain(&formulaMinCentralized, r, policy.M("C", f.c),
			policy.M("F", f.centFloor), policy.M("=", max(f.centFloor, f.consumption)))
	} else {
		name := policy.T("name", p.Consumption.Name)
		disp.Explanation = policy.Explain(&formulaMinDispersedNot, policy.M("S", f.s), policy.M("F", f.dispFixed),
			r, name, policy.M("=", f.dispFloor))
		cent.Explanation = policy.Explain(&formulaMinCentralizedNot, policy.M("F", f.centFloor),
			r, name, policy.M("=", f.centFloor))
	}
	return Minimums{Dispersed: disp, Centralized: cent}, nil
}

// figures are the amounts the minimums and checks compare, in fen.
type figures struct {
	s         policy.Money // the 低保 standard S
	dispFixed policy.Money // DispersedFloor
	dispFloor policy.Money // max(S, DispersedFloor)
	centFloor policy.Money // CentralizedFloor
	share     policy.Ratio // ConsumptionShare
	c         policy.Money // the consumption expenditure C, 0 when unset
	// consumption is ConsumptionShare × C rounded up to the fen; assessed
	// is false, and consumption 0, when C is unset.
	consumption policy.Money
	assessed    bool
}

// figuresFor validates p and the 低保 standard and returns the figures in
// fen.
func (p *Params) figuresFor(standard decimal.Decimal) (figures, error) {
	if err := p.Validate(); err != nil {
		return figures{}, err
	}
	if err := policy.CheckMoney("standard", standard); err != nil {
		return figures{}, err
	}
	s, _ := policy.MoneyOf(standard)
	if s == 0 {
		return figures{}, policy.Path("standard").Invalid("0", "is not positive: the 低保 standard S is required")
	}
	f := figures{s: s, dispFixed: policy.ParamMoney(p.DispersedFloor), centFloor: policy.ParamMoney(p.CentralizedFloor),
		share: policy.ParamRatio(p.ConsumptionShare), c: policy.ParamMoney(p.Consumption), assessed: p.Consumption.Set}
	f.dispFloor = max(f.s, f.dispFixed)
	if f.assessed {
		f.consumption = policy.PerYear(f.c).Times(f.share).CeilFen()
	}
	return f, nil
}

// Check names, in the order [Params.Checks] returns them.
const (
	CheckDispersedFloor         = "tekun.dispersed.floor"
	CheckDispersedConsumption   = "tekun.dispersed.consumption"
	CheckCentralizedFloor       = "tekun.centralized.floor"
	CheckCentralizedConsumption = "tekun.centralized.consumption"
	CheckQuotaClass1            = "tekun.quota.class1"
	CheckQuotaClass2            = "tekun.quota.class2"
	CheckQuotaClass3            = "tekun.quota.class3"
	// The care checks are present only for the levels the county has set.
	CheckCareFull    = "tekun.care.full"
	CheckCarePartial = "tekun.care.partial"
	CheckCareNone    = "tekun.care.none"
)

// Checks validates the county's adopted parameters against the minimums of
// 2.2.1–2.2.2, one check per test: the dispersed standard against the
// larger of the 低保 standard (handed in as standard, in yuan) and
// DispersedFloor; the centralized standard against CentralizedFloor; each
// standard against ConsumptionShare × C (not assessed without C); each
// class's adopted quota against its floor; and, for each care level the
// county has set, the amount against CareShare of the higher basic
// standard (provisional). Every check that compares amounts carries them
// as its figures (the adopted amount and the bound), so that a failed check
// states its shortfall, and lists the parameters it read with their
// provenance (this package's; S, lowincome's, is named in its words). A
// failed check is a finding for the county, not an error: assessment still
// pays the adopted amounts.
//
// Checks returns the errors of [Params.Minimums].
func (p *Params) Checks(standard decimal.Decimal) ([]policy.Check, error) {
	f, err := p.figuresFor(standard)
	if err != nil {
		return nil, err
	}
	dispersed, centralized := policy.ParamMoney(p.Dispersed), policy.ParamMoney(p.Centralized)
	checks := make([]policy.Check, 0, 10)
	checks = append(checks, checkDispersedFloor(dispersed, f, []policy.Used{p.Dispersed.Used(), p.DispersedFloor.Used()}),
		p.checkConsumption(CheckDispersedConsumption, p.Dispersed, f, "分散供养", "dispersed"),
		checkAtLeast(CheckCentralizedFloor, clausesStandard, centralized, f.centFloor,
			[]policy.Used{p.Centralized.Used(), p.CentralizedFloor.Used()},
			&formulaFloorCentralizedPass, &formulaFloorCentralizedFail),
		p.checkConsumption(CheckCentralizedConsumption, p.Centralized, f, "集中供养", "centralized"))
	for _, q := range []struct {
		name string
		c    household.HomeClass
		q    Quota
	}{
		{CheckQuotaClass1, household.HomeClass1, p.Quota.Class1},
		{CheckQuotaClass2, household.HomeClass2, p.Quota.Class2},
		{CheckQuotaClass3, household.HomeClass3, p.Quota.Class3},
	} {
		checks = append(checks, checkAtLeast(q.name, clausesQuota, policy.ParamMoney(q.q.Adopted),
			policy.ParamMoney(q.q.Floor), []policy.Used{q.q.Adopted.Used(), q.q.Floor.Used()},
			&formulaQuotaPass, &formulaQuotaFail, classArg(q.c)))
	}
	base := max(dispersed, centralized)
	share := policy.ParamRatio(p.CareShare)
	least := policy.PerYear(base).Times(share).CeilFen()
	for _, c := range []struct {
		name   string
		zh, en string
		p      policy.Param[decimal.Decimal]
	}{
		{CheckCareFull, "全自理", "full self-care", p.Care.Full},
		{CheckCarePartial, "半自理", "partial self-care", p.Care.Partial},
		{CheckCareNone, "全护理", "full care", p.Care.None},
	} {
		if !c.p.Set {
			continue
		}
		checks = append(checks, checkAtLeast(c.name, clausesStandard, policy.ParamMoney(c.p), least,
			[]policy.Used{c.p.Used(), p.CareShare.Used(), p.Dispersed.Used(), p.Centralized.Used()},
			p.CareShare.Provenance.Pick(&formulaCarePass, &formulaCarePassSet),
			p.CareShare.Provenance.Pick(&formulaCareFail, &formulaCareFailSet),
			policy.T2("level", c.zh, c.en), policy.R("r", share), policy.M("B", base)))
	}
	return checks, nil
}

// checkDispersedFloor checks the adopted dispersed standard a against the
// larger of the 低保 standard S and DispersedFloor; the check lists used.
func checkDispersedFloor(a policy.Money, f figures, used []policy.Used) policy.Check {
	c := policy.CheckOf{Name: CheckDispersedFloor, Clauses: clausesStandard, Status: policy.Pass,
		Value: a, Bound: f.dispFloor, HasFigures: true, Params: used}
	if a < f.dispFloor {
		c.Status = policy.Fail
		return policy.NewCheck(c, &formulaFloorDispersedFail, policy.M("A", a), policy.M("S", f.s),
			policy.M("F", f.dispFixed), policy.M("M", f.dispFloor), policy.M("d", f.dispFloor-a))
	}
	return policy.NewCheck(c, &formulaFloorDispersedPass, policy.M("A", a), policy.M("S", f.s), policy.M("F", f.dispFixed))
}

// checkConsumption checks the adopted standard std of a mode against
// ConsumptionShare × C; without C it is not assessed, naming the parameter.
func (p *Params) checkConsumption(name string, std policy.Param[decimal.Decimal], f figures, zh, en string) policy.Check {
	mode := policy.T2("mode", zh, en)
	r := policy.R("r", f.share)
	if !f.assessed { // it compares nothing: it lists the share and the C it needed
		used := []policy.Used{p.ConsumptionShare.Used(), p.Consumption.Used()}
		return policy.NewCheck(policy.CheckOf{Name: name, Clauses: clausesStandard, Status: policy.NotChecked, Params: used},
			&formulaConsumptionNot, mode, r, policy.T("name", p.Consumption.Name))
	}
	used := []policy.Used{std.Used(), p.ConsumptionShare.Used(), p.Consumption.Used()}
	return checkAtLeast(name, clausesStandard, policy.ParamMoney(std), f.consumption, used,
		&formulaConsumptionPass, &formulaConsumptionFail, mode, r, policy.M("C", f.c))
}

// checkAtLeast passes when a is not below m and otherwise fails with the
// shortfall d; the check lists used, and the explanations have the extra
// arguments, a as "A", m as "M" and "F", and for a failure d.
func checkAtLeast(name string, clauses []policy.Clause, a, m policy.Money, used []policy.Used, pass, fail *policy.Formula,
	extra ...policy.Arg) policy.Check {
	c := policy.CheckOf{Name: name, Clauses: clauses, Status: policy.Pass, Value: a, Bound: m, HasFigures: true,
		Params: used}
	args := append(extra[:len(extra):len(extra)], policy.M("A", a), policy.M("M", m), policy.M("F", m))
	if a < m {
		c.Status = policy.Fail
		return policy.NewCheck(c, fail, append(args, policy.M("d", m-a))...)
	}
	return policy.NewCheck(c, pass, args...)
}
