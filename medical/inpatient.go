package medical

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Rule is which part of 2.3.4 set a claim's aid.
type Rule string

// Rules.
const (
	RuleNone      Rule = "none"          // the member is in no group: no aid
	RuleInpatient Rule = "inpatient"     // ratio × (R − deductible)
	RuleChild     Rule = "child-disease" // share × the disease's fixed-quota cost
)

// ClaimInput is one claim as the per-claim rule of 2.3.4 sees it: whose it
// is and in which group, the claim, the member's age at admission, and the
// medical aid already paid to the member this year before it.
type ClaimInput struct {
	// Member is the member's id, named on the lines.
	Member string
	// Group is the member's group (2.3.2).
	Group Group
	Claim household.Claim
	// Age is the member's age in full years on the admission date.
	Age int
	// Paid is all medical aid (inpatient, child-disease and second aid)
	// already paid to the member this year before this claim.
	Paid decimal.Decimal
	// SecondPaid is the part of Paid that was second aid.
	SecondPaid decimal.Decimal
}

// ClaimResult is the aid for one claim (2.3.4).
type ClaimResult struct {
	// Claim and Admission identify the claim.
	Claim     string
	Admission household.Date
	// Rule is which rule set the aid.
	Rule Rule
	// Remaining is R, the compliant out-of-pocket after basic NCMS,
	// critical-illness, supplementary and guaranteed-minimum payments.
	Remaining decimal.Decimal
	// Aid is the inpatient or child-disease aid; Second the second aid.
	Aid    decimal.Decimal
	Second decimal.Decimal
	// Capped is true when the annual cap (or second aid's own cap) cut
	// the aid.
	Capped bool
	// Left is R − Aid − Second: the out-of-pocket left after all aid.
	Left decimal.Decimal
	// Lines are the aid lines: the inpatient or child-disease line, then
	// the second-aid line when second aid is enabled. None for a member in
	// no group.
	Lines []policy.Line
	// Explanation is the reason in figures: that of the first line, or
	// for a member in no group why there is no aid.
	Explanation policy.Explanation
}

// Total returns Aid + Second.
func (c ClaimResult) Total() decimal.Decimal { return c.Aid.Add(c.Second) }

var (
	clausesInpatient = []policy.Clause{policy.ClauseInpatient, policy.ClauseMedicalWho}

	formulaRemaining = policy.Formula{ID: "medical.remaining",
		ZH: "合规费用 {C} − 基本医保 {N} − 大病保险 {K} − 补充保险 {S} − 保底补偿 {G} = 剩余合规自负 {R}",
		EN: "compliant cost {C} − basic NCMS {N} − critical-illness insurance {K} − supplementary insurance {S} − guaranteed minimum {G} = remaining compliant out-of-pocket {R}"}
	formulaNoGroup = policy.Formula{ID: "medical.inpatient.no-group",
		ZH: "住院 {claim}：{Rx}；不属于医疗救助对象，不予救助",
		EN: "claim {claim}: {Rx}; not covered by medical aid, no aid"}
	formulaInpatient = policy.Formula{ID: "medical.inpatient",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {=} yuan"}
	formulaBelowDeductible = policy.Formula{ID: "medical.inpatient.below-deductible",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}，未超过起付线 {d}，救助 {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}, not above the deductible {d}, aid {=} yuan"}
	formulaInpatientCapped = policy.Formula{ID: "medical.inpatient.capped",
		ZH: "住院救助（住院 {claim}，{g}）：{Rx}；({R} − 起付线 {d}) × {r} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元",
		EN: "inpatient aid (claim {claim}, {g}): {Rx}; ({R} − deductible {d}) × {r} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan"}
	formulaChild = policy.Formula{ID: "medical.child-disease",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {=} 元（{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {=} yuan ({Rx})"}
	formulaChildBound = policy.Formula{ID: "medical.child-disease.bound",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，高于{Rx}，救助 {=} 元",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, more than the {Rx}, aid {=} yuan"}
	formulaChildCapped = policy.Formula{ID: "medical.child-disease.capped",
		ZH: "儿童重大疾病救助（住院 {claim}，入院时 {age} 周岁，不超过 {max} 周岁，{dis}）：定额费用 {Q} × {s} = {x} 元，年度救助限额 {cap} 元、本年已救助 {paid} 元，余额 {room} 元，救助 {=} 元（{Rx}）",
		EN: "child-disease aid (claim {claim}, aged {age} at admission, at most {max}, {dis}): fixed-quota cost {Q} × {s} = {x} yuan, annual cap {cap} with {paid} already paid this year leaves {room}, aid {=} yuan ({Rx})"}
	formulaSecond = policy.Formula{ID: "medical.second-aid",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {=} yuan"}
	formulaSecondBelow = policy.Formula{ID: "medical.second-aid.below-threshold",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}，未超过门槛 {t}，再次救助 {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}, not above the threshold {t}, second aid {=} yuan"}
	formulaSecondCapped = policy.Formula{ID: "medical.second-aid.capped",
		ZH: "再次救助（住院 {claim}）：救助后剩余自负 {R} − {A} = {L}；({L} − 门槛 {t}) × {r} = {x} 元，再次救助年度限额 {scap} 元、本年已再次救助 {spaid} 元，年度救助限额余额 {room} 元，再次救助 {=} 元",
		EN: "second aid (claim {claim}): out-of-pocket left after aid {R} − {A} = {L}; ({L} − threshold {t}) × {r} = {x} yuan, second-aid cap {scap} with {spaid} already paid this year and {room} left of the annual cap, second aid {=} yuan"}
)

// ClaimAid is the per-claim rule of 2.3.4. R is the compliant cost less
// basic NCMS, critical-illness, supplementary and guaranteed-minimum
// payments. For a member in a group, the aid is the group's ratio of R above
// the group's deductible (none for key recipients); for a child at most
// [Params.ChildMaxAge] at admission with acute leukaemia or congenital heart
// disease, instead the child share of the fixed-quota cost, never more than
// R. Either is rounded once and limited to what is left of the annual cap
// after in.Paid. With second aid enabled, it pays its ratio of the part of
// R left after aid above its threshold, within its own yearly cap and what
// is left of the annual cap. A member in no group gets no aid. Aid is never
// negative and never more than R.
//
// ClaimAid is [New] followed by [Assessor.ClaimAid]. It returns an error
// wrapping [policy.ErrInvalid] (each a [policy.FieldError]) for invalid
// parameters (the errors of [Params.Validate]); an unknown group or a
// negative age; paid amounts that are negative, over-precise, or second aid
// above all aid; and a claim with no id, an admission outside the parameter
// year, an unknown disease code, a negative or over-precise amount, a
// compliant cost above the total cost, insurance paying more than the
// compliant cost, or no fixed-quota cost where the child-disease rule
// applies. Field paths start with "claim" for the claim's fields.
func ClaimAid(in ClaimInput, p *Params) (ClaimResult, error) {
	a, err := New(p)
	if err != nil {
		return ClaimResult{}, err
	}
	return a.ClaimAid(in)
}

// ClaimAid is the per-claim rule of 2.3.4 on one claim (see the function
// [ClaimAid]). It returns the errors of the function [ClaimAid] other than
// those of [Params.Validate], which [New] reports.
func (a *Assessor) ClaimAid(in ClaimInput) (ClaimResult, error) {
	var errs []error
	if !in.Group.Valid() {
		errs = append(errs, policy.Path("group").Error(policy.Quote(string(in.Group)),
			"is not tekun, lowincome, registered-poor, extended or empty"))
	}
	if in.Age < 0 {
		errs = append(errs, policy.Path("age").Error(fmt.Sprint(in.Age), "is negative"))
	}
	errs = appendErr(errs, household.CheckMoney("paid", in.Paid))
	errs = appendErr(errs, household.CheckMoney("second_paid", in.SecondPaid))
	if in.SecondPaid.GreaterThan(in.Paid) {
		errs = append(errs, policy.Path("second_paid").Error(in.SecondPaid.StringFixed(2),
			"is more than all aid paid "+in.Paid.StringFixed(2)))
	}
	const path = policy.Path("claim")
	c := &in.Claim
	if c.ID == "" {
		errs = append(errs, path.Field("id").Error("", "is required"))
	}
	errs = append(errs, checkClaim(path, c)...)
	if !inYear(c, a.p.Year) {
		errs = append(errs, yearError(path, c, a.p.Year))
	}
	if len(errs) == 0 && a.needsQuota(c, in.Group, in.Age) {
		errs = append(errs, quotaError(path, c, in.Age))
	}
	if len(errs) > 0 {
		return ClaimResult{}, errors.Join(errs...)
	}
	args := make([]policy.Arg, 0, maxClaimArgs)
	res, _ := a.claimAid(&in, nil, &args)
	return res, nil
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

// checkClaim is the record check of one claim (as household.Validate
// makes it) for a claim handed to ClaimAid alone.
func checkClaim(p policy.Path, c *household.Claim) []error {
	var errs []error
	switch {
	case c.Admission.IsZero():
		errs = append(errs, p.Field("admission").Error("", "is required"))
	case !c.Admission.Valid():
		errs = append(errs, p.Field("admission").Error(c.Admission.String(), "is not a calendar date from 1900 to 9999"))
	}
	if !c.Disease.Valid() {
		errs = append(errs, p.Field("disease").Error(policy.Quote(string(c.Disease)), "is not acute-leukaemia, congenital-heart or empty"))
	}
	for _, f := range [...]struct {
		name string
		v    decimal.Decimal
	}{
		{"total_cost", c.TotalCost}, {"compliant_cost", c.CompliantCost}, {"ncms", c.NCMS},
		{"critical_illness", c.CriticalIllness}, {"supplementary", c.Supplementary},
		{"guaranteed", c.Guaranteed}, {"fixed_quota_cost", c.FixedQuotaCost},
	} {
		// The path is written only for a bad amount.
		if household.CheckMoney("", f.v) != nil {
			errs = append(errs, household.CheckMoney(p.Field(f.name), f.v))
		}
	}
	if c.CompliantCost.GreaterThan(c.TotalCost) {
		errs = append(errs, p.Field("compliant_cost").Error(c.CompliantCost.StringFixed(2), "is more than the total cost "+c.TotalCost.StringFixed(2)))
	}
	if paid := c.InsurancePaid(); paid.GreaterThan(c.CompliantCost) {
		errs = append(errs, p.Error(paid.StringFixed(2), "paid by insurance is more than the compliant cost "+c.CompliantCost.StringFixed(2)))
	}
	return errs
}

// inYear reports whether a claim is admitted in the parameter year (or has
// no valid admission date, which the record check reports).
func inYear(c *household.Claim, year int) bool {
	return !c.Admission.Valid() || c.Admission.Year == year
}

// yearError is the error of a claim at p admitted outside the parameter
// year.
func yearError(p policy.Path, c *household.Claim, year int) error {
	return p.Field("admission").Error(c.Admission.String(), fmt.Sprintf("is outside the parameter year %d", year))
}

// childRule reports whether the child-disease rule applies: a child at
// most ChildMaxAge on the admission date with acute leukaemia or congenital
// heart disease.
func (a *Assessor) childRule(c *household.Claim, age int) bool {
	return (c.Disease == household.AcuteLeukaemia || c.Disease == household.CongenitalHeart) &&
		age >= 0 && age <= a.p.ChildMaxAge.Value
}

// needsQuota reports a claim whose fixed-quota cost is required but
// missing: the child-disease rule applies to a member in a group, and
// without the cost the aid cannot be computed.
func (a *Assessor) needsQuota(c *household.Claim, g Group, age int) bool {
	return g != GroupNone && a.childRule(c, age) && !c.FixedQuotaCost.IsPositive()
}

// quotaError is the error of a claim at p that needsQuota.
func quotaError(p policy.Path, c *household.Claim, age int) error {
	return p.Field("fixed_quota_cost").Error("", fmt.Sprintf(
		"is required: the child-disease rule applies (%s, aged %d at admission)", c.Disease, age))
}

// terms are a group's inpatient-aid terms with their records and words,
// made once.
type terms struct {
	deductible, ratio decimal.Decimal
	group, d, r       policy.Arg // "g", "d" and "r"
	used              []policy.Used
}

// initClaims makes what the per-claim rule needs from the parameters.
func (a *Assessor) initClaims() {
	p := &a.p
	capUsed := p.AnnualCap.Used()
	for _, g := range []Group{GroupTekun, GroupLowIncome, GroupRegisteredPoor, GroupExtended} {
		t, _ := p.Terms(g)
		zh, en := g.Name()
		a.terms[groupIndex(g)] = terms{
			deductible: t.Deductible.Value, ratio: t.Ratio.Value,
			group: policy.T2("g", zh, en), d: policy.M("d", t.Deductible.Value), r: policy.R("r", t.Ratio.Value),
			used: []policy.Used{t.Ratio.Used(), t.Deductible.Used(), capUsed},
		}
	}
	a.usedChild = []policy.Used{p.ChildMaxAge.Used(), p.ChildShare.Used(), capUsed}
	a.childMax, a.childShare = policy.N("max", p.ChildMaxAge.Value), policy.R("s", p.ChildShare.Value)
	a.capArg = policy.M("cap", p.AnnualCap.Value)
	if s := p.SecondAid; s.On() {
		a.secondOn = true
		a.usedSecond = []policy.Used{s.Enabled.Used(), s.Threshold.Used(), s.Ratio.Used(), s.Cap.Used(), capUsed}
		a.secondT, a.secondR, a.secondCap = policy.M("t", s.Threshold.Value), policy.R("r", s.Ratio.Value), policy.M("scap", s.Cap.Value)
	}
}

// maxClaimArgs bounds the explanation arguments of one claim's lines: a
// capped child-disease line (12) and a capped second-aid line (11).
const maxClaimArgs = 23

// claimAid is ClaimAid on input already validated. It appends the claim's
// lines to lines and returns them with the result, whose Lines are the
// appended ones, sharing their storage. The explanation arguments are
// appended to args.
func (a *Assessor) claimAid(in *ClaimInput, lines []policy.Line, args *[]policy.Arg) (ClaimResult, []policy.Line) {
	p := &a.p
	c := &in.Claim
	r := nonNeg(sub(c.CompliantCost, c.InsurancePaid()))
	res := ClaimResult{Claim: c.ID, Admission: c.Admission, Remaining: r, Aid: decimal.Zero, Second: decimal.Zero, Left: r}
	rx := remainingArg(c, r)
	claim := policy.T("claim", c.ID)
	g := groupIndex(in.Group)
	if g <= 0 {
		res.Rule = RuleNone
		res.Explanation = policy.Explanation{Formula: formulaNoGroup, Args: take(args, claim, rx)}
		return res, lines
	}
	rd := p.Rounding
	capV := p.AnnualCap.Value
	room := nonNeg(sub(capV, in.Paid))
	roomU, rU := floorTo(room, rd), floorTo(r, rd)
	start := len(lines)
	var line policy.Line
	first := len(*args)
	if a.childRule(c, in.Age) {
		res.Rule = RuleChild
		x := c.FixedQuotaCost.Mul(p.ChildShare.Value)
		aid := rd.Round(x)
		*args = append(*args, claim, policy.N("age", in.Age), a.childMax, diseaseArg(c.Disease),
			policy.M("Q", c.FixedQuotaCost), a.childShare, rx)
		f := formulaChild
		switch {
		case aid.GreaterThan(roomU) && roomU.LessThanOrEqual(rU):
			aid, res.Capped, f = roomU, true, formulaChildCapped
			*args = append(*args, policy.M("x", x), a.capArg, policy.M("paid", in.Paid), policy.M("room", room))
		case aid.GreaterThan(rU):
			aid, f = rU, formulaChildBound
			*args = append(*args, policy.M("x", x))
		}
		res.Aid = aid
		line = lumpLine(ItemChildDisease, in.Member, policy.PayMember, policy.MedicalAidFund, aid,
			clausesInpatient, a.usedChild, rd, f, finish(args, first, aid))
	} else {
		res.Rule = RuleInpatient
		t := &a.terms[g]
		d, ratio := t.deductible, t.ratio
		x := nonNeg(sub(r, d)).Mul(ratio)
		aid := decimal.Min(rd.Round(x), rU) // a coarse unit may round above R
		*args = append(*args, claim, t.group, rx, policy.M("R", r), t.d, t.r)
		f := formulaInpatient
		switch {
		case aid.GreaterThan(roomU):
			aid, res.Capped, f = roomU, true, formulaInpatientCapped
			*args = append(*args, policy.M("x", x), a.capArg, policy.M("paid", in.Paid), policy.M("room", room))
		case r.LessThanOrEqual(d) && d.IsPositive():
			f = formulaBelowDeductible
		}
		res.Aid = aid
		line = lumpLine(ItemInpatient, in.Member, policy.PayMember, policy.MedicalAidFund, aid,
			clausesInpatient, t.used, rd, f, finish(args, first, aid))
	}
	lines = append(lines, line)
	res.Explanation = line.Explanation
	if a.secondOn {
		lines = append(lines, a.secondAid(in, &res, room, args))
	}
	res.Lines = lines[start:len(lines):len(lines)]
	res.Left = sub(sub(r, res.Aid), res.Second)
	return res, lines
}

// take appends xs to args and returns them, the slice capped.
func take(args *[]policy.Arg, xs ...policy.Arg) []policy.Arg {
	start := len(*args)
	*args = append(*args, xs...)
	return (*args)[start:len(*args):len(*args)]
}

// finish appends the result "=" to the arguments of a line begun at first
// in args and returns the line's arguments, the slice capped.
func finish(args *[]policy.Arg, first int, amount decimal.Decimal) []policy.Arg {
	*args = append(*args, policy.M("=", amount))
	return (*args)[first:len(*args):len(*args)]
}

// secondAid is second aid (再次救助) of 2.3.4 on the claim's out-of-pocket
// left after aid: its ratio of the part above its threshold, rounded once,
// within what is left of its own yearly cap and of the annual cap.
func (a *Assessor) secondAid(in *ClaimInput, res *ClaimResult, room decimal.Decimal, args *[]policy.Arg) policy.Line {
	p := &a.p
	s, rd := p.SecondAid, p.Rounding
	t, ratio, scap := s.Threshold.Value, s.Ratio.Value, s.Cap.Value
	left := sub(res.Remaining, res.Aid)
	x := nonNeg(sub(left, t)).Mul(ratio)
	second := decimal.Min(rd.Round(x), floorTo(left, rd)) // a coarse unit may round above what is left
	room = nonNeg(sub(room, res.Aid))
	sroom := nonNeg(sub(scap, in.SecondPaid))
	bound := floorTo(decimal.Min(room, sroom), rd)
	first := len(*args)
	*args = append(*args, policy.T("claim", res.Claim), policy.M("R", res.Remaining), policy.M("A", res.Aid),
		policy.M("L", left), a.secondT, a.secondR)
	f := formulaSecond
	switch {
	case second.GreaterThan(bound):
		second, res.Capped, f = bound, true, formulaSecondCapped
		*args = append(*args, policy.M("x", x), a.secondCap, policy.M("spaid", in.SecondPaid), policy.M("room", room))
	case !left.GreaterThan(t):
		f = formulaSecondBelow
	}
	res.Second = second
	return lumpLine(ItemSecondAid, in.Member, policy.PayMember, policy.MedicalAidFund, second,
		clausesInpatient, a.usedSecond, rd, f, finish(args, first, second))
}

func nonNeg(d decimal.Decimal) decimal.Decimal {
	if d.IsNegative() {
		return decimal.Zero
	}
	return d
}

// floorTo rounds a bound down to the rounding unit, so that an amount cut
// to it is on the unit and never above it. An amount already on the unit's
// exponent is returned as it is (RoundFloor would copy it).
func floorTo(d decimal.Decimal, r policy.Rounding) decimal.Decimal {
	if d.Exponent() == -r.Places {
		return d
	}
	return d.RoundFloor(r.Places)
}

// add and sub are a.Add(b) and a.Sub(b) — the result's exponent the
// smaller of the operands' — without the allocation when an operand that
// would be added or taken away is 0 with an exponent not below the other's:
// the result is then the other operand, value and exponent. Most amounts of
// a claim are 0 (no supplementary insurance, no deductible, no second aid),
// and each decimal operation allocates. The zero Decimal is not returned
// for a result that a.Add(b) or a.Sub(b) would have made anew.
func add(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case b.IsZero() && b.Exponent() >= a.Exponent() && a != (decimal.Decimal{}):
		return a
	case a.IsZero() && a.Exponent() >= b.Exponent() && b != (decimal.Decimal{}):
		return b
	}
	return a.Add(b)
}

func sub(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() && b.Exponent() >= a.Exponent() && a != (decimal.Decimal{}) {
		return a
	}
	return a.Sub(b)
}

// The diseases of the child-disease rule in words, "dis".
var (
	disLeukaemia = policy.T2("dis", "急性白血病", "acute leukaemia")
	disHeart     = policy.T2("dis", "先天性心脏病", "congenital heart disease")
)

func diseaseArg(d household.Disease) policy.Arg {
	switch d {
	case household.AcuteLeukaemia:
		return disLeukaemia
	case household.CongenitalHeart:
		return disHeart
	}
	return policy.T2("dis", string(d), string(d))
}
