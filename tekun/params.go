package tekun

import (
	"errors"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Params are the parameters of 2.2.1–2.2.2 with their provenance.
// [Default2017] returns the 2017 Dongzhi values. A Params is read-only
// during assessment and safe to share between goroutines.
type Params struct {
	// Dispersed and Centralized are the county's adopted basic-living
	// standards (基本生活标准) for dispersed (分散供养) and centralized
	// (集中供养) support, 元/年·人 (2.2.1). Each person's entitlement is the
	// adopted standard of the mode; [Params.Checks] validates them against
	// the minimums.
	Dispersed   policy.Param[decimal.Decimal] `json:"dispersed"`   // 分散供养
	Centralized policy.Param[decimal.Decimal] `json:"centralized"` // 集中供养

	// DispersedFloor is the fixed floor of the dispersed standard
	// ("必须达到3600元/年以上"); the dispersed standard must also not be
	// below the 低保 standard S, which the caller hands in (2.2.1).
	DispersedFloor policy.Param[decimal.Decimal] `json:"dispersed_floor"`
	// CentralizedFloor is the floor of the centralized standard
	// ("集中供养不低于4800元/年", 2.2.1).
	CentralizedFloor policy.Param[decimal.Decimal] `json:"centralized_floor"`
	// ConsumptionShare is the share of the previous year's per-capita
	// consumption expenditure that neither standard may fall below
	// ("不低于上年度当地人均消费性支出的60%", 2.2.1). A county may test
	// against a larger share; package benefit refuses a set whose share is
	// below the document's 0.60 (benefit.FloorError).
	ConsumptionShare policy.Param[decimal.Decimal] `json:"consumption_share"`
	// Consumption is C, the county's per-capita consumption expenditure of
	// the previous year as the statistics bureau publishes it, 元/年; local,
	// no default: without it the 60% test is not assessed.
	Consumption policy.Param[decimal.Decimal] `json:"consumption"`

	// Quota is the comprehensive quota subsidy (综合定额补助) per resident
	// of a rated rural nursing home (敬老院), by class (2.2.2).
	Quota Quotas `json:"quota"`

	// Care is the optional care subsidy (护理补贴) by self-care level
	// (2.2.1); off unless the county configures it.
	Care Care `json:"care"`
	// CareShare is the share of the basic standard that Anhui practice sets
	// the care subsidy at or above; a configured care amount below it is
	// reported by [Params.Checks] (provisional).
	CareShare policy.Param[decimal.Decimal] `json:"care_share"`

	// Rounding is how each line's amount is rounded, once (section 0);
	// benefit writes the set's rounding.
	Rounding policy.Rounding `json:"-"`
}

// Quotas are the nursing-home quota subsidies of the three classes (2.2.2).
type Quotas struct {
	Class1 Quota `json:"class1"` // 一类敬老院
	Class2 Quota `json:"class2"` // 二类敬老院
	Class3 Quota `json:"class3"` // 三类敬老院
}

// Quota is one class's quota subsidy: the document's floor and the
// county's adopted amount, 元/年·人. The home receives the adopted amount,
// or the centralized standard where that is larger (2.2.2: one institution
// line of the larger); [Params.Checks] reports an adopted amount below its
// floor.
type Quota struct {
	Floor   policy.Param[decimal.Decimal] `json:"floor"`   // the document's floor for the class
	Adopted policy.Param[decimal.Decimal] `json:"adopted"` // the county's amount
}

// Care is the care subsidy by self-care level (2.2.1 "探索建立…护理补贴
// 制度"), 元/年·人. Every level is local. With none set the subsidy is off;
// with some set, a person whose level is unset is reported as not assessed,
// naming the parameter (never a silent zero). A county that pays a level
// nothing sets it to 0.
type Care struct {
	Full    policy.Param[decimal.Decimal] `json:"full"`    // 全自理
	Partial policy.Param[decimal.Decimal] `json:"partial"` // 半自理
	None    policy.Param[decimal.Decimal] `json:"none"`    // 全护理
}

// Configured reports whether the county has set the care subsidy for any
// level.
func (c Care) Configured() bool { return c.Full.Set || c.Partial.Set || c.None.Set }

// Level returns the care parameter of a self-care level, and false for an
// unrecorded or unknown level.
func (c Care) Level(s household.SelfCare) (policy.Param[decimal.Decimal], bool) {
	switch s {
	case household.SelfCareFull:
		return c.Full, true
	case household.SelfCarePartial:
		return c.Partial, true
	case household.SelfCareNone:
		return c.None, true
	}
	return policy.Param[decimal.Decimal]{}, false
}

// Class returns the quota of a nursing-home class, and false for an
// unrated home or an unknown class.
func (q Quotas) Class(c household.HomeClass) (Quota, bool) {
	switch c {
	case household.HomeClass1:
		return q.Class1, true
	case household.HomeClass2:
		return q.Class2, true
	case household.HomeClass3:
		return q.Class3, true
	}
	return Quota{}, false
}

const (
	src221 = "东政办〔2017〕43号 二(二)1"
	src222 = "东政办〔2017〕43号 二(二)2"
	srcQ   = src222 + ": 按类别实施综合定额补助管理; "
)

// DerivedDispersed returns the dispersed standard as 2.2.1 derives it for a
// county that adopts none of its own ("分散供养标准不得低于农村低保标准，必须
// 达到3600元/年以上"): the larger of the 低保 standard s and the dispersed
// floor. Its provenance is derived, or provisional when s or the floor is
// (a value computed from a provisional one is no firmer), and its source
// names both figures. With the 2017 values it is 3622.00. The two are
// compared in fen; when either is not money (which Validate reports) they
// are not compared, and the value is S. Nil parameters have no floor to
// derive it from: the zero Param, unset, which [Params.Validate] would
// report missing.
func (p *Params) DerivedDispersed(s policy.Param[decimal.Decimal]) policy.Param[decimal.Decimal] {
	if p == nil {
		return policy.Param[decimal.Decimal]{}
	}
	prov := policy.Derived
	if s.Provenance == policy.Provisional || p.DispersedFloor.Provenance == policy.Provisional {
		prov = policy.Provisional
	}
	floor := p.DispersedFloor.Value
	value := s.Value
	sm, sOK := policy.MoneyOf(s.Value)
	fm, fOK := policy.MoneyOf(floor)
	if sOK && fOK && fm > sm {
		value = floor
	}
	return policy.New("tekun.dispersed", value, prov,
		srcDerived+"lowincome.standard "+figure(s.Value)+" ("+string(s.Provenance)+") and tekun.dispersed_floor "+
			figure(floor))
}

// figure writes an amount for a derived standard's source: with two
// places, or, when it is not money (which Validate reports), as an error
// quotes it, never rescaled.
func figure(d decimal.Decimal) string {
	if m, ok := policy.MoneyOf(d); ok {
		return m.String()
	}
	return policy.ShortDecimal(d)
}

// srcDerived begins the source of every standard DerivedDispersed makes.
const srcDerived = src221 + ": 分散供养标准不得低于农村低保标准，必须达到3600元/年以上; RULES.md 2.2.1: derived, the larger of "

// DispersedIsRule reports whether the dispersed standard is the rule's own,
// not a county's: one [Params.DerivedDispersed] made (its source says so),
// or the built-in 2017 one (3622.00, derived, its source). Package benefit
// derives such a standard again whenever a set's S or floor changes. Nil
// parameters have no standard: false.
func (p *Params) DispersedIsRule() bool {
	if p == nil {
		return false
	}
	d, builtin := p.Dispersed, dispersed2017()
	if !d.Set || d.Provenance != policy.Derived && d.Provenance != policy.Provisional {
		return false
	}
	return strings.HasPrefix(d.Source, srcDerived) ||
		d.Provenance == builtin.Provenance && d.Source == builtin.Source && sameMoney(d.Value, builtin.Value)
}

// sameMoney reports whether a and b are the same amount of money, compared
// in fen: a decimal of a huge exponent, which Validate refuses, is never
// rescaled to be compared.
func sameMoney(a, b decimal.Decimal) bool {
	m, ok := policy.MoneyOf(a)
	n, okB := policy.MoneyOf(b)
	return ok && okB && m == n
}

// dispersed2017 is the built-in dispersed standard, derived: the larger of
// the 2017 低保 standard 3622.00 and the floor 3600.00.
func dispersed2017() policy.Param[decimal.Decimal] {
	return policy.New("tekun.dispersed", decimal.RequireFromString("3622.00"), policy.Derived,
		src221+": 分散供养标准不得低于农村低保标准（3622元，二(一)1），必须达到3600元/年以上; "+
			"RULES.md 2.2.1: the larger of the two, the 2017 default")
}

// Default2017 returns the 2017 Dongzhi parameters of 2.2.1–2.2.2 (RULES.md
// 2.2): the adopted standards at their floors — dispersed
// 3622.00 (derived: the larger of the 低保 standard 3622.00 and 3600) and
// centralized 4800.00 (seed); the floors 3600.00 and 4800.00 and the share
// 60% (seed); the consumption expenditure C unset (local); the quotas of
// classes 1, 2 and 3 at their floors 4800.00, 6000.00 and 7200.00 (seed);
// the care subsidy off (local, unset) with Anhui's 10% (provisional);
// rounding half up to the fen.
func Default2017() *Params {
	d := decimal.RequireFromString
	quota := func(class, floor, text string) Quota {
		name := "tekun.quota.class" + class
		return Quota{
			Floor: policy.New(name+".floor", d(floor), policy.Seed, srcQ+text),
			Adopted: policy.New(name+".adopted", d(floor), policy.Seed,
				srcQ+text+"; RULES.md 2.2.2: the adopted amount defaults to the floor"),
		}
	}
	const srcCare = "东政办〔2017〕43号 二(二)1: 有条件的地方…探索建立特困供养人员护理保险、护理补贴制度; RULES.md 2.2.1: local, off unless configured"
	return &Params{
		Dispersed: dispersed2017(),
		Centralized: policy.New("tekun.centralized", d("4800.00"), policy.Seed,
			src221+": 集中供养不低于4800元/年; RULES.md 2.2.1: the 2017 default is the floor"),
		DispersedFloor: policy.New("tekun.dispersed_floor", d("3600.00"), policy.Seed,
			src221+": 分散供养标准…必须达到3600元/年以上"),
		CentralizedFloor: policy.New("tekun.centralized_floor", d("4800.00"), policy.Seed,
			src221+": 集中供养不低于4800元/年"),
		ConsumptionShare: policy.New("tekun.consumption_share", d("0.60"), policy.Seed,
			src221+": 按照不低于上年度当地人均消费性支出的60%合理确定"),
		Consumption: policy.Unset[decimal.Decimal]("tekun.consumption",
			"RULES.md 2.2.1: the previous year's per-capita consumption expenditure published by the statistics bureau is local"),
		Quota: Quotas{
			Class1: quota("1", "4800.00", "一类农村敬老院综合定额补助标准不低于4800元/年·人"),
			Class2: quota("2", "6000.00", "二类农村敬老院综合定额补助标准不低于6000元/年·人"),
			Class3: quota("3", "7200.00", "三类农村敬老院综合定额补助标准不低于7200元/年·人"),
		},
		Care: Care{
			Full:    policy.Unset[decimal.Decimal]("tekun.care.full", srcCare),
			Partial: policy.Unset[decimal.Decimal]("tekun.care.partial", srcCare),
			None:    policy.Unset[decimal.Decimal]("tekun.care.none", srcCare),
		},
		CareShare: policy.New("tekun.care_share", d("0.10"), policy.Provisional,
			"RULES.md 2.2.1: Anhui practice sets care at or above 10% of the basic standard, not confirmed for Dongzhi 2017"),
		Rounding: policy.DefaultRounding,
	}
}

// Validate checks the parameters before use: the adopted standards, the
// floors and every quota set, non-negative, at most two places and at most
// 10^12 元; the shares from 0 to 1 with at most four places; the consumption
// expenditure, where set, likewise and above zero, and the care amounts,
// where set, likewise; a valid rounding; and every set parameter's provenance
// one of the five classes and every source within [policy.MaxSourceLength]
// ([policy.CheckParams]). Errors are [policy.FieldError] values named by the
// parameters' paths ("tekun.dispersed"), joined. An adopted standard or quota
// below its minimum is a finding about the county's parameters, not an error:
// see [Params.Checks] (benefit refuses a whole set below the document's
// floors). A parameter without a name is checked under its path
// ([policy.Named]); p is not changed.
func (p *Params) Validate() error {
	if p == nil {
		return policy.Path("tekun").Required("parameters are missing")
	}
	p = policy.Named(p, "tekun")
	return errors.Join(
		policy.CheckAmount(p.Dispersed, true),
		policy.CheckAmount(p.Centralized, true),
		policy.CheckAmount(p.DispersedFloor, true),
		policy.CheckAmount(p.CentralizedFloor, true),
		policy.CheckRate(p.ConsumptionShare, true),
		policy.CheckOptionalPositive(p.Consumption),
		policy.CheckAmount(p.Quota.Class1.Floor, true),
		policy.CheckAmount(p.Quota.Class1.Adopted, true),
		policy.CheckAmount(p.Quota.Class2.Floor, true),
		policy.CheckAmount(p.Quota.Class2.Adopted, true),
		policy.CheckAmount(p.Quota.Class3.Floor, true),
		policy.CheckAmount(p.Quota.Class3.Adopted, true),
		policy.CheckAmount(p.Care.Full, false),
		policy.CheckAmount(p.Care.Partial, false),
		policy.CheckAmount(p.Care.None, false),
		policy.CheckRate(p.CareShare, true),
		p.Rounding.Validate("tekun.rounding"),
		policy.CheckParams(p, "tekun"),
	)
}
