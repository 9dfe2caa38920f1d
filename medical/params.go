package medical

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Params are the parameters of 2.3 with their provenance. [Default2017]
// returns the 2017 Dongzhi values. A Params is read-only during assessment
// and safe to share between goroutines.
type Params struct {
	// ElderlyAge: a member of a low-income family this old or older is
	// elderly (老年人, 2.3.2). Ages are full years on the admission date for
	// a claim, on the assessment date for the member's decision and the
	// contribution.
	ElderlyAge policy.Param[int] `json:"elderly_age"`
	// MinorAge: a member younger than this is a minor (未成年人, 2.3.2), and
	// a child of a 2.2.3 category younger than this is a child in
	// difficulty.
	MinorAge policy.Param[int] `json:"minor_age"`
	// SevereGrade: a disability grade from 1 to this is severe
	// (重度残疾人, 2.3.2).
	SevereGrade policy.Param[int] `json:"severe_grade"`

	// Contribution is the individual basic medical insurance contribution
	// per person for the year (个人基本医疗保险缴费; for rural residents in
	// 2017 the NCMS contribution, 新农合个人参合费, 2.3.3), 元/人.
	Contribution policy.Param[decimal.Decimal] `json:"contribution"`

	// The inpatient-aid terms of each group (2.3.4): ratio, deductible and
	// annual cap. ChildInDifficulty is the children in difficulty of 2.2.3
	// who are in no other group, extended-group members with terms of
	// their own [interpretation].
	Tekun             Terms `json:"tekun"`               // 特困供养人员
	LowIncome         Terms `json:"lowincome"`           // 低保对象
	RegisteredPoor    Terms `json:"registered_poor"`     // 建档立卡贫困人口
	Extended          Terms `json:"extended"`            // 扩大救助对象 ([GroupExtended])
	ChildInDifficulty Terms `json:"child_in_difficulty"` // 困境儿童 and 困境家庭儿童 in no other group

	// ChildMaxAge: a child this old or younger (full years on the admission
	// date) falls under the child-disease rule ("0-14周岁", 2.3.4).
	ChildMaxAge policy.Param[int] `json:"child_max_age"`
	// ChildShare is the share of the disease's fixed-quota cost (定额费用,
	// 皖卫农〔2010〕34号) that medical aid pays under the child-disease rule.
	ChildShare policy.Param[decimal.Decimal] `json:"child_share"`
	// SecondAid is second aid (再次救助, 2.3.4): off unless configured.
	SecondAid SecondAid `json:"second_aid"`

	// Rounding is how each line's amount is rounded (section 0).
	Rounding policy.Rounding `json:"-"`
}

// Terms are the inpatient-aid terms of one group (2.3.4): the ratio of the
// remaining compliant out-of-pocket above the deductible that aid pays, and
// the group's annual cap (年度救助限额), the most medical aid one person
// receives in the calendar year over inpatient, child-disease and second aid
// together, 元/年·人. A claim counts against the cap of the group the member
// is in on its admission date, less all medical aid already paid that year.
type Terms struct {
	// Ratio is the share of R above the deductible that aid pays (0.70 for
	// 低保, seed: "不低于70%").
	Ratio policy.Param[decimal.Decimal] `json:"ratio"`
	// Deductible is the part of R aid does not cover, 元 per claim (0.00 for
	// key recipients, seed: "救助门槛全面取消").
	Deductible policy.Param[decimal.Decimal] `json:"deductible"`
	// Cap is the group's annual cap, 元/年·人.
	Cap policy.Param[decimal.Decimal] `json:"annual_cap"`
}

// SecondAid is second aid (再次救助, 2.3.4, "各地酌情"): for the part of a
// claim's remaining compliant out-of-pocket left after aid that is above
// Threshold, Ratio of it, up to Cap per person in the year (and within the
// annual cap). It is off unless configured (RULES.md 2.3.4): Enabled, when
// the county sets it, turns it on or off; left unset (the default), second
// aid is on when its three local values are all set. When on, or unset
// with any of the three set, all three are required, so a county's
// half-made configuration is an error naming what is missing, never a
// silent zero. There are no defaults.
type SecondAid struct {
	// Enabled, when set, turns second aid on or off.
	Enabled policy.Param[bool] `json:"enabled"`
	// Threshold is the part of a claim's out-of-pocket left after aid that
	// second aid does not cover, 元.
	Threshold policy.Param[decimal.Decimal] `json:"threshold"`
	// Ratio is the share of what is left above Threshold that it pays.
	Ratio policy.Param[decimal.Decimal] `json:"ratio"`
	// Cap is the most second aid one person receives in the year, 元/年·人.
	Cap policy.Param[decimal.Decimal] `json:"cap"`
}

// On reports whether second aid is on: Enabled's value when the county has
// set it, else whether its threshold, ratio and cap are all set.
func (s SecondAid) On() bool {
	if s.Enabled.Set {
		return s.Enabled.Value
	}
	return s.Threshold.Set && s.Ratio.Set && s.Cap.Set
}

// configured reports whether the county is configuring second aid, so that
// its three values are required: Enabled set and true, or unset with any
// of the three set.
func (s SecondAid) configured() bool {
	if s.Enabled.Set {
		return s.Enabled.Value
	}
	return s.Threshold.Set || s.Ratio.Set || s.Cap.Set
}

// check checks one of second aid's values with c: when set, as c checks
// it; when unset while second aid is configured, an error that says why it
// is required.
func (s SecondAid) check(p policy.Param[decimal.Decimal], c func(policy.Param[decimal.Decimal], bool) error) error {
	switch {
	case p.Set || !s.configured():
		return c(p, false)
	case s.Enabled.Set:
		return policy.Path(p.Name).Required("is required: second aid is enabled")
	}
	return policy.Path(p.Name).Required("is required: another of second aid's threshold, ratio and cap is set, and the three go together")
}

// keyRatioFloor is the document's floor a parameter set is validated
// against: "住院自负费用救助比例不低于70%" for key recipients
// (东政办〔2017〕43号 二(三)4, seed): 70%, a [policy.Ratio] being in
// ten-thousandths.
const keyRatioFloor policy.Ratio = 7000

const (
	src232   = "东政办〔2017〕43号 二(三)2: 扩大至低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者及因病致贫家庭重特大疾病患者"
	src234   = "东政办〔2017〕43号 二(三)4"
	srcNoDed = src234 + ": 重点救助对象救助门槛全面取消"
	srcProv  = "RULES.md 2.3.4: provisional, not in the text"
	srcChild = "东政办〔2017〕43号 二(二)3: 实施针对困境儿童的医疗救助项目; RULES.md 2.2.3 [interpretation]: " +
		"a child in difficulty in no other group is an extended-group member with terms of its own, " +
		"by default the extended group's, provisional"
	srcKeyCap = src234 + ": 对重点救助对象在年度救助限额内 (no amount given); RULES.md 2.3.4: 20000 provisional"
	srcCap    = src234 + ": the text names a cap for key recipients only; RULES.md 2.3.4 [interpretation]: " +
		"a cap for every group, 20000 provisional"
)

// annualCap returns the 2017 annual cap of the group named by prefix
// ("medical.tekun"): 20000.00, provisional (RULES.md 2.3.4).
func annualCap(prefix, source string) policy.Param[decimal.Decimal] {
	return policy.New(prefix+".annual_cap", decimal.RequireFromString("20000.00"), policy.Provisional, source)
}

// Default2017 returns the 2017 Dongzhi parameters of 2.3 with the
// provenance RULES.md 2.3 gives them: the individual basic medical
// insurance contribution 180.00 (provisional); 低保 70% with no deductible
// (seed); 特困 80% (provisional) with no deductible (seed); registered-poor
// and extended 60% above 5000.00 (provisional), and children in difficulty
// in no other group the same (provisional, [interpretation] of 2.2.3); an
// annual cap of 20000.00 for each group (provisional; one for groups other
// than the key recipients is an [interpretation]); the child-disease rule
// for ages 0–14 (seed) at 20% of the fixed-quota cost (provisional); second
// aid off; the age and grade limits of 2.3.2 from national law.
func Default2017() *Params {
	d := decimal.RequireFromString
	return &Params{
		ElderlyAge: policy.New("medical.elderly_age", 60, policy.Law,
			"《中华人民共和国老年人权益保障法》第二条 老年人是指六十周岁以上的公民; "+src232),
		MinorAge: policy.New("medical.minor_age", 18, policy.Law,
			"《中华人民共和国未成年人保护法》第二条 未成年人是指未满十八周岁的公民; "+src232),
		SevereGrade: policy.New("medical.severe_grade", 2, policy.Law,
			"重度残疾人: 残疾等级一级、二级 (国发〔2015〕52号); RULES.md 2.3.2 severely disabled (grade 1–2)"),
		Contribution: policy.New("medical.contribution", d("180.00"), policy.Provisional,
			"RULES.md 2.3.3: the individual basic medical insurance contribution (2017: the NCMS contribution), "+
				"the national 2017 average guideline, 财社〔2017〕36号, not a county figure"),
		Tekun: Terms{
			Ratio: policy.New("medical.tekun.ratio", d("0.80"), policy.Provisional,
				src234+": 对特困供养人员的救助比例适当提高; RULES.md 2.3.4: Chizhou counties use 80%"),
			Deductible: policy.New("medical.tekun.deductible", d("0.00"), policy.Seed, srcNoDed),
			Cap:        annualCap("medical.tekun", srcKeyCap),
		},
		LowIncome: Terms{
			Ratio: policy.New("medical.lowincome.ratio", d("0.70"), policy.Seed,
				src234+": 对重点救助对象在年度救助限额内，住院自负费用救助比例不低于70%"),
			Deductible: policy.New("medical.lowincome.deductible", d("0.00"), policy.Seed, srcNoDed),
			Cap:        annualCap("medical.lowincome", srcKeyCap),
		},
		RegisteredPoor: Terms{
			Ratio:      policy.New("medical.registered_poor.ratio", d("0.60"), policy.Provisional, srcProv),
			Deductible: policy.New("medical.registered_poor.deductible", d("5000.00"), policy.Provisional, srcProv),
			Cap:        annualCap("medical.registered_poor", srcCap),
		},
		Extended: Terms{
			Ratio:      policy.New("medical.extended.ratio", d("0.60"), policy.Provisional, srcProv),
			Deductible: policy.New("medical.extended.deductible", d("5000.00"), policy.Provisional, srcProv),
			Cap:        annualCap("medical.extended", srcCap),
		},
		ChildInDifficulty: Terms{
			Ratio:      policy.New("medical.child_in_difficulty.ratio", d("0.60"), policy.Provisional, srcChild),
			Deductible: policy.New("medical.child_in_difficulty.deductible", d("5000.00"), policy.Provisional, srcChild),
			Cap:        annualCap("medical.child_in_difficulty", srcCap),
		},
		ChildMaxAge: policy.New("medical.child_max_age", 14, policy.Seed,
			src234+": 农村0-14周岁急性白血病及先天性心脏病儿童"),
		ChildShare: policy.New("medical.child_share", d("0.20"), policy.Provisional,
			src234+": 按皖卫农〔2010〕34号确定的医疗救助标准执行; RULES.md 2.3.4: 20% of the fixed-quota cost, provisional"),
		SecondAid: SecondAid{
			Enabled: policy.Unset[bool]("medical.second_aid.enabled",
				src234+": 各地酌情予以再次救助; RULES.md 2.3.4: off unless configured (local: true or false turns it on or off; unset, the three values set turn it on)"),
			Threshold: policy.Unset[decimal.Decimal]("medical.second_aid.threshold", "RULES.md 2.3.4: local, off unless configured"),
			Ratio:     policy.Unset[decimal.Decimal]("medical.second_aid.ratio", "RULES.md 2.3.4: local, off unless configured"),
			Cap:       policy.Unset[decimal.Decimal]("medical.second_aid.cap", "RULES.md 2.3.4: local, off unless configured"),
		},
		Rounding: policy.DefaultRounding,
	}
}

// Validate checks the parameters before use: the age and grade limits set and
// in range; the contribution, deductibles and caps set, non-negative, at most
// two places; ratios and the child share from 0 to 1; the document's floors —
// key recipients with no deductible ("门槛全面取消") and a ratio of at least 70%,
// and 特困 not below 低保 ("适当提高"); second aid, once enabled or any of its values
// set, with its threshold, ratio and cap all set; a valid rounding; and every
// set parameter's provenance one of the five classes and every source within
// [policy.MaxSourceLength] ([policy.CheckParams]). Errors are
// [policy.FieldError] values named by the parameters' paths
// ("medical.tekun.annual_cap"), joined. A parameter without a name is checked
// under its path ([policy.Named]); p is not changed.
func (p *Params) Validate() error {
	if p == nil {
		return policy.Path("medical").Required("parameters are missing")
	}
	p = policy.Named(p, "medical")
	s := p.SecondAid
	return errors.Join(
		policy.CheckWhole(p.ElderlyAge, 0, 150),
		policy.CheckWhole(p.MinorAge, 0, 150),
		policy.CheckWhole(p.SevereGrade, 1, 4),
		policy.CheckWhole(p.ChildMaxAge, 0, 150),
		policy.CheckAmount(p.Contribution, true),
		policy.CheckRate(p.ChildShare, true),
		p.Tekun.validate(true),
		p.LowIncome.validate(true),
		p.RegisteredPoor.validate(false),
		p.Extended.validate(false),
		p.ChildInDifficulty.validate(false),
		p.tekunAboveLowIncome(),
		s.check(s.Threshold, policy.CheckAmount),
		s.check(s.Ratio, policy.CheckRate),
		s.check(s.Cap, policy.CheckAmount),
		p.Rounding.Validate("medical.rounding"),
		policy.CheckParams(p, "medical"),
	)
}

// validate checks a group's ratio, deductible and annual cap, and for key
// recipients (key) the document's floors: a ratio of at least 70% and no
// deductible.
func (t Terms) validate(key bool) error {
	rerr, derr := policy.CheckRate(t.Ratio, true), policy.CheckAmount(t.Deductible, true)
	errs := []error{rerr, derr, policy.CheckAmount(t.Cap, true)}
	if key && rerr == nil && policy.ParamRatio(t.Ratio) < keyRatioFloor {
		errs = append(errs, policy.Path(t.Ratio.Name).Invalid(t.Ratio.Value.String(),
			"is below the floor "+keyRatioFloor.String()+" for key recipients (二(三)4 不低于70%)"))
	}
	if key && derr == nil && !t.Deductible.Value.IsZero() {
		errs = append(errs, policy.Path(t.Deductible.Name).Invalid(t.Deductible.Value.String(),
			"is not 0: key recipients have no deductible (二(三)4 救助门槛全面取消)"))
	}
	return errors.Join(errs...)
}

// tekunAboveLowIncome checks that the 特困 ratio is not below the 低保
// ratio (二(三)4 对特困供养人员的救助比例适当提高).
func (p *Params) tekunAboveLowIncome() error {
	t, l := p.Tekun.Ratio, p.LowIncome.Ratio
	tr, tok := policy.RatioOf(t.Value)
	lr, lok := policy.RatioOf(l.Value)
	if !t.Set || !l.Set || !tok || !lok || tr >= lr ||
		policy.CheckRate(t, true) != nil || policy.CheckRate(l, true) != nil { // compared as valid rates only (CheckRate reports the rest)
		return nil
	}
	return policy.Path(t.Name).Invalid(t.Value.String(),
		"is below the 低保 ratio "+l.Value.String()+" (二(三)4 对特困供养人员的救助比例适当提高)")
}
