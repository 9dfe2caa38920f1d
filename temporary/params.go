package temporary

import (
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Definitions the rules use; they are not county parameters.
const (
	// severeGrade is the highest disability grade counted as severe
	// (重度残疾人: grades 1–2, RULES.md 2.3.2).
	severeGrade = 2
	// childAge is the age below which a 2.2.3 category makes a member a
	// child in difficulty (RULES.md 2.2.3: "a person under 18").
	childAge = 18
)

// Params are the parameters of 2.4 with their provenance. [Default2017]
// returns the 2017 Dongzhi values. Which set is in force for a date is
// decided by the caller (benefit), not here.
type Params struct {
	// Multiple is, for every hardship type, the maximum aid per event as a
	// multiple of the monthly 低保 standard S/12 (2.4.1).
	Multiple map[household.HardshipType]policy.Param[decimal.Decimal] `json:"multiple"`
	// Form is, for every hardship type, how its aid is delivered: cash
	// ([policy.Cash]) or in kind ([policy.InKind]) (2.4.3).
	Form map[household.HardshipType]policy.Param[policy.Form] `json:"form"`
	// EventsPerYear is the most events of one household aided in the year
	// (2.4.1); local, and there is no limit unless it is set.
	EventsPerYear policy.Param[int] `json:"events_per_year"`
	// Standard is the 低保 standard S, 元/年·人, lowincome's parameter
	// lowincome.standard (2.1.1) as the set in force holds it: the maximum
	// of 2.4.1 is a multiple of S/12, and the lines and decisions that rest
	// on it list it with its provenance. It belongs to the 低保 parameters,
	// so it is not read from or written to this JSON: the caller sets it
	// from them, as package benefit does ([Default2017] leaves it unset).
	// Required.
	Standard policy.Param[decimal.Decimal] `json:"-"`
	// Rounding is how each amount is rounded, once (section 0).
	Rounding policy.Rounding `json:"-"`
}

const (
	srcMultiple = "RULES.md 2.4.1: Chizhou practice (池州), not confirmed for Dongzhi 2017"
	srcForm     = "东政办〔2017〕43号 二(四)3 可采取发放临时救助金、发放实物、提供转介服务等方式; " +
		"RULES.md 2.4.3 [interpretation: cash unless the county configures in kind]"
	srcLimit = "RULES.md 2.4.1: there is no limit on events per year unless the county sets one"
)

// Default2017 returns the 2017 Dongzhi parameters of 2.4 (RULES.md 2.4):
// maximum multiples of the monthly standard (provisional) of 10 for each of
// the five emergency types, 10 for medical, 6 for education and 10 for other
// expenditure; every type paid in cash; no limit on events per year (local,
// unset); rounding half up to the fen. The 低保 standard S is lowincome's
// parameter and is left unset: set Standard from lowincome's parameters
// (lowincome.Default2017().Standard for 2017) before [New].
func Default2017() *Params {
	multiple := func(t household.HardshipType, k string) policy.Param[decimal.Decimal] {
		return policy.New("temporary.multiple."+string(t), decimal.RequireFromString(k), policy.Provisional, srcMultiple)
	}
	p := &Params{
		Multiple: map[household.HardshipType]policy.Param[decimal.Decimal]{
			household.Fire:             multiple(household.Fire, "10"),
			household.Disaster:         multiple(household.Disaster, "10"),
			household.Accident:         multiple(household.Accident, "10"),
			household.SuddenIllness:    multiple(household.SuddenIllness, "10"),
			household.EmergencyOther:   multiple(household.EmergencyOther, "10"),
			household.MedicalExpense:   multiple(household.MedicalExpense, "10"),
			household.EducationExpense: multiple(household.EducationExpense, "6"),
			household.ExpenseOther:     multiple(household.ExpenseOther, "10"),
		},
		Form:          make(map[household.HardshipType]policy.Param[policy.Form], 8),
		EventsPerYear: policy.Unset[int]("temporary.events_per_year", srcLimit),
		Rounding:      policy.DefaultRounding,
	}
	for _, t := range household.HardshipTypes() {
		p.Form[t] = policy.New("temporary.form."+string(t), policy.Cash, policy.Seed, srcForm)
	}
	return p
}

// Validate checks the parameters before use: for every hardship type a
// positive multiple (at most 1000, at most four places) and a form of cash or
// in kind, and no entry for an unknown type; an events-per-year limit, when
// set, of at least 1; the 低保 standard S set, named, with its provenance,
// positive and valid money; a valid rounding; and every set parameter's
// provenance one of the five classes and every source within
// [policy.MaxSourceLength] ([policy.CheckParams]). Errors are
// [policy.FieldError] values under the path "temporary" (e.g.
// "temporary.multiple.fire: 0 is not positive", `temporary.form: "theft" is
// not a hardship type`), joined, each wrapping [policy.ErrInvalid]. A
// parameter without a name, S apart (lowincome's, which the caller names), is
// checked under its path ([policy.Named]); p is not changed.
func (p *Params) Validate() error {
	if p == nil {
		return policy.Path("temporary").Required("parameters are missing")
	}
	p = policy.Named(p, "temporary")
	var errs []error
	for _, t := range household.HardshipTypes() {
		errs = append(errs, checkMultiple(entry(p.Multiple, "temporary.multiple", t)),
			checkForm(entry(p.Form, "temporary.form", t)))
	}
	for _, t := range unknownTypes(p.Multiple) {
		errs = append(errs, policy.Path("temporary.multiple").NotSupported(policy.Quote(string(t)), "is not a hardship type"))
	}
	for _, t := range unknownTypes(p.Form) {
		errs = append(errs, policy.Path("temporary.form").NotSupported(policy.Quote(string(t)), "is not a hardship type"))
	}
	if l := p.EventsPerYear; l.Set && l.Value < 1 {
		errs = append(errs, policy.Path(l.Name).Invalid(strconv.Itoa(l.Value), "is not at least 1 (leave it unset for no limit)"))
	}
	return errors.Join(append(errs, checkStandard(PathStandard, p.Standard), p.Rounding.Validate("temporary.rounding"),
		policy.CheckParams(p, "temporary"))...)
}

// PathStandard is the path at which [Params.Validate] reports
// [Params.Standard], so that a caller that validates the 低保 standard
// itself (as package benefit does, at lowincome.standard) can tell those
// errors apart.
const PathStandard policy.Path = "temporary.standard"

// entry returns the parameter of type t in m, named by its path in the set
// (prefix.t) whatever name it was given; the zero Param, unset, when m has
// none.
func entry[T any](m map[household.HardshipType]policy.Param[T], prefix string, t household.HardshipType) policy.Param[T] {
	e := m[t]
	e.Name = prefix + "." + string(t)
	return e
}

// checkMultiple checks a type's maximum multiple: set, positive, and a
// multiple the kit accepts.
func checkMultiple(m policy.Param[decimal.Decimal]) error {
	switch {
	case !m.Set:
		return policy.Path(m.Name).Required("is required: every hardship type needs a maximum multiple")
	case !m.Value.IsPositive():
		return policy.Path(m.Name).Invalid(policy.ShortDecimal(m.Value), "is not positive")
	}
	return policy.CheckMultiple(m, true)
}

// checkForm checks a type's form: set, and cash or in kind (a referral is
// not a way to pay an amount).
func checkForm(f policy.Param[policy.Form]) error {
	if !f.Set {
		return policy.Path(f.Name).Required("is required: every hardship type needs a form")
	}
	return policy.CheckOneOf(f, "is not cash or in-kind", policy.Cash, policy.InKind)
}

// unknownTypes returns the keys of m that are not hardship types, sorted so
// that errors come in a stable order.
func unknownTypes[V any](m map[household.HardshipType]V) []household.HardshipType {
	var bad []household.HardshipType
	for t := range m {
		if !t.Valid() {
			bad = append(bad, t)
		}
	}
	slices.Sort(bad)
	return bad
}

// checkStandard checks the 低保 standard S: set, positive valid money —
// a zero S would make every maximum a silent zero — and named with its
// provenance, which the lines that use it list.
func checkStandard(path policy.Path, s policy.Param[decimal.Decimal]) error {
	value := path.Field("value")
	switch m, ok := policy.MoneyOf(s.Value); {
	case !s.Set:
		return path.Required("is required: the 低保 standard S (元/年·人, lowincome.standard) the maximum is a multiple of, set by the caller")
	case s.Value.IsZero():
		return value.Invalid("0", "is not positive: the 低保 standard S the maximum is a multiple of")
	case !ok || m < 0:
		return policy.CheckMoney(value, s.Value) // negative, over-precise or too large
	case s.Name == "":
		return path.Field("name").Required("is required: the parameter's name, listed on the lines that use it")
	case !s.Provenance.Valid():
		return s.Provenance.Check(path.Field("provenance"))
	case len(s.Source) > policy.MaxSourceLength: // S is left out of the set's JSON, so CheckParams passes it over
		return policy.CheckText(path.Field("source"), s.Source, policy.MaxSourceLength)
	}
	return nil
}
