package household

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// MaxMembers bounds the members of one household record.
const MaxMembers = 50

// validator collects field errors. It keeps the path to the record being
// checked as a stack of segments and writes a path out only when it reports
// an error, so validating a sound record allocates nothing.
type validator struct {
	errs  []error
	stack [4]segment
	depth int
}

// segment is one step of a path: a field name, with an index when the
// field is a slice element (index ≥ 0).
type segment struct {
	name  string
	index int
}

// enter steps into element index of the slice field name (index -1 for a
// plain field); leave steps back out.
func (v *validator) enter(name string, index int) {
	v.stack[v.depth] = segment{name, index}
	v.depth++
}

func (v *validator) leave() { v.depth-- }

// path writes the current path with field appended.
func (v *validator) path(field string) policy.Path {
	var p policy.Path
	for _, s := range v.stack[:v.depth] {
		p = p.Field(s.name)
		if s.index >= 0 {
			p = p.Index(s.index)
		}
	}
	if field != "" {
		p = p.Field(field)
	}
	return p
}

func (v *validator) fail(field, value, msg string) {
	v.errs = append(v.errs, v.path(field).Invalid(value, msg))
}

func (v *validator) required(field, msg string) {
	v.errs = append(v.errs, v.path(field).Required(msg))
}

func (v *validator) money(field string, d decimal.Decimal) {
	if m, ok := policy.MoneyOf(d); !ok || m < 0 {
		v.errs = append(v.errs, policy.CheckMoney(v.path(field), d))
	}
}

func (v *validator) date(field string, d Date) {
	switch {
	case d.IsZero():
		v.required(field, "is required")
	case !d.Valid():
		v.fail(field, d.String(), "is not a calendar date from 1900 to 9999")
	}
}

func (v *validator) enum(field string, ok bool, value, msg string) {
	if !ok {
		v.errs = append(v.errs, v.path(field).NotSupported(policy.Quote(value), msg))
	}
}

// Validate checks the record on its own: required fields, enums, amounts
// (non-negative, at most two places, at most 10^12 元), member ids unique,
// references between members, claims and events consistent. It returns every
// problem found, joined, each a [policy.FieldError] naming the field path and
// wrapping [policy.ErrInvalid]; nil when the record is sound. Checks that need
// the assessment date are in [Household.ValidateOn].
func (h *Household) Validate() error {
	if h == nil {
		return policy.Path("household").Required("is missing")
	}
	var v validator
	if h.ID == "" {
		v.required("id", "is required")
	}
	if h.Township == "" {
		v.required("township", "is required")
	}
	switch n := len(h.Members); {
	case n == 0:
		v.required("members", "is empty: a household has at least one member")
	case n > MaxMembers:
		v.errs = append(v.errs, policy.Path("members").TooMany(strconv.Itoa(n), fmt.Sprintf("members is more than %d", MaxMembers)))
	case h.NoFixedHousehold && n != 1:
		v.fail("members", strconv.Itoa(n), "members, but a person without a household is recorded alone")
	}
	if a := h.Assets; a != nil {
		v.enter("assets", -1)
		v.money("deposits", a.Deposits)
		if a.Vehicles < 0 {
			v.fail("vehicles", strconv.Itoa(a.Vehicles), "is negative")
		}
		if a.ExtraHousing < 0 {
			v.fail("extra_housing", strconv.Itoa(a.ExtraHousing), "is negative")
		}
		v.leave()
	}
	for i := range h.Members {
		m := &h.Members[i]
		v.enter("members", i)
		if m.ID == "" {
			v.required("id", "is required")
		} else if j := h.memberIndex(m.ID); j < i {
			v.errs = append(v.errs, v.path("id").Duplicate(policy.Quote(m.ID), "is also the id of members["+strconv.Itoa(j)+"]"))
		}
		v.member(m)
		v.leave()
	}
	for i, pay := range h.Current.Payments {
		v.enter("current", -1)
		v.enter("payments", i)
		v.enum("programme", pay.Programme.Valid(), string(pay.Programme), "is not lowincome, tekun, disability, medical or temporary")
		if pay.Programme == policy.LowIncome && !h.Current.LowIncome {
			v.fail("programme", "lowincome", "is paid but current.lowincome is false")
		}
		if pay.Item == "" {
			v.required("item", "is required")
		}
		if pay.Member != "" && h.memberIndex(pay.Member) < 0 {
			v.errs = append(v.errs, v.path("member").NotFound(policy.Quote(pay.Member), "is not the id of a member"))
		}
		v.money("monthly", pay.Monthly)
		v.leave()
		v.leave()
	}
	for i := range h.Hardships {
		e := &h.Hardships[i]
		v.enter("hardships", i)
		v.enum("type", e.Type.Valid(), string(e.Type), "is not a hardship type")
		if e.Member != "" && h.memberIndex(e.Member) < 0 {
			v.errs = append(v.errs, v.path("member").NotFound(policy.Quote(e.Member), "is not the id of a member"))
		}
		v.date("date", e.Date)
		v.money("cost", e.Cost)
		v.money("insurance", e.Insurance)
		v.money("compensation", e.Compensation)
		v.money("other_aid", e.OtherAid)
		if exceeds(e.Cost, e.Insurance, e.Compensation, e.OtherAid) {
			v.fail("", e.Received().StringFixed(2), "received is more than the cost "+e.Cost.StringFixed(2))
		}
		v.leave()
	}
	return errors.Join(v.errs...)
}

// memberIndex returns the index of the first member with the id, or -1.
func (h *Household) memberIndex(id string) int {
	for i := range h.Members {
		if h.Members[i].ID == id {
			return i
		}
	}
	return -1
}

func (v *validator) member(m *Member) {
	v.date("birth_date", m.BirthDate)
	v.enum("relation", m.Relation.Valid(), string(m.Relation), "is not a relation")
	v.enum("class", m.Class.Valid(), string(m.Class), "is not A, B, C or empty")
	v.enum("child", m.Child.Valid(), string(m.Child), "is not in-difficulty, in-difficult-family or empty")
	v.enter("tekun", -1)
	v.tekun(m.Tekun)
	v.leave()
	if d := m.Disability; d != nil {
		v.enter("disability", -1)
		v.enum("type", d.Type.Valid(), string(d.Type), "is not a disability type")
		if d.Grade < 1 || d.Grade > 4 {
			v.fail("grade", strconv.Itoa(d.Grade), "is not 1–4")
		}
		v.leave()
	}
	for j, in := range m.Incomes {
		v.enter("incomes", j)
		v.enum("category", in.Category.Valid(), string(in.Category), "is not an income category")
		v.money("amount", in.Amount)
		v.leave()
	}
	v.money("medical_aid_paid", m.MedicalAidPaid)
	for j := range m.Claims {
		v.enter("claims", j)
		v.claim(&m.Claims[j])
		v.leave()
	}
}

func (v *validator) tekun(t Tekun) {
	v.enum("mode", t.Mode.Valid(), string(t.Mode), "is not dispersed, centralized or empty")
	v.enum("home_class", t.HomeClass.Valid(), string(t.HomeClass), "is not 1, 2, 3 or unrated")
	v.enum("self_care", t.SelfCare.Valid(), string(t.SelfCare), "is not full, partial or none")
	switch {
	case t.Mode == TekunCentralized && t.HomeClass == homeClassUnset:
		v.required("home_class", "is required for centralized support (1, 2, 3 or unrated)")
	case t.Mode != TekunCentralized && (t.HomeClass != homeClassUnset || t.HomeID != ""):
		v.fail("home_class", policy.Quote(string(t.HomeClass)), "is set but the member is not in centralized support")
	}
	if t.Months < 0 || t.Months > 12 {
		v.fail("months", strconv.Itoa(t.Months), "is not 1–12 (0 for the whole year)")
	}
	if t.Mode == TekunNone && (t.Months != 0 || t.SelfCare != "") {
		v.required("mode", "is required when months or self-care are set")
	}
}

func (v *validator) claim(c *Claim) {
	v.date("admission", c.Admission)
	v.enum("disease", c.Disease.Valid(), string(c.Disease), "is not acute-leukaemia, congenital-heart or empty")
	v.money("total_cost", c.TotalCost)
	v.money("compliant_cost", c.CompliantCost)
	v.money("ncms", c.NCMS)
	v.money("critical_illness", c.CriticalIllness)
	v.money("supplementary", c.Supplementary)
	v.money("guaranteed", c.Guaranteed)
	v.money("fixed_quota_cost", c.FixedQuotaCost)
	if c.CompliantCost.GreaterThan(c.TotalCost) {
		v.fail("compliant_cost", c.CompliantCost.StringFixed(2), "is more than the total cost "+c.TotalCost.StringFixed(2))
	}
	if exceeds(c.CompliantCost, c.NCMS, c.CriticalIllness, c.Supplementary, c.Guaranteed) {
		v.fail("", c.InsurancePaid().StringFixed(2), "paid by insurance is more than the compliant cost "+c.CompliantCost.StringFixed(2))
	}
}

// InsurancePaid is what basic, critical-illness, supplementary and
// guaranteed-minimum compensation paid of the claim (2.3.4).
func (c *Claim) InsurancePaid() decimal.Decimal {
	return sum(c.NCMS, c.CriticalIllness, c.Supplementary, c.Guaranteed)
}

// Received is what insurance, compensation and other aid paid against the
// hardship (2.4.1).
func (e *Hardship) Received() decimal.Decimal {
	return sum(e.Insurance, e.Compensation, e.OtherAid)
}

// exceeds reports whether the amounts add up to more than limit. The
// amounts have been validated as money, so they are exact in fen; an
// invalid one has been reported already and counts as 0 here.
func exceeds(limit decimal.Decimal, ds ...decimal.Decimal) bool {
	l, _ := policy.MoneyOf(limit)
	return fenSum(ds...) > l
}

func sum(ds ...decimal.Decimal) decimal.Decimal { return fenSum(ds...).Decimal() }

func fenSum(ds ...decimal.Decimal) policy.Money {
	var total policy.Money
	for _, d := range ds {
		m, _ := policy.MoneyOf(d)
		total += m
	}
	return total
}

// ValidateOn runs [Household.Validate] and the checks that need the
// assessment date: no member born after it; each claim (2.3.4) with an id
// unique within its member, admitted in the assessment year, not after the
// date nor before the member's birth; each hardship event (2.4) dated in the
// assessment year and not after the date. The record is assessed for the
// calendar year of the date (section 0), so a claim or event of another
// year does not belong in it.
func (h *Household) ValidateOn(on Date) error {
	if err := h.Validate(); err != nil {
		return err
	}
	var v validator
	for i := range h.Members {
		m := &h.Members[i]
		v.enter("members", i)
		if m.BirthDate.After(on) {
			v.fail("birth_date", m.BirthDate.String(), "is after the assessment date "+on.String())
		}
		for j := range m.Claims {
			c := &m.Claims[j]
			v.enter("claims", j)
			switch {
			case c.ID == "":
				v.required("id", "is required")
			default:
				for k := range j {
					if m.Claims[k].ID == c.ID {
						v.errs = append(v.errs, v.path("id").Duplicate(policy.Quote(c.ID), "is also the id of claims["+strconv.Itoa(k)+"]"))
						break
					}
				}
			}
			v.inYear("admission", c.Admission, on)
			if c.Admission.Before(m.BirthDate) {
				v.fail("admission", c.Admission.String(), "is before the member's birth date")
			}
			v.leave()
		}
		v.leave()
	}
	for i := range h.Hardships {
		v.enter("hardships", i)
		v.inYear("date", h.Hardships[i].Date, on)
		v.leave()
	}
	return errors.Join(v.errs...)
}

// inYear reports a date outside the year of the assessment date on, or
// after it.
func (v *validator) inYear(field string, d, on Date) {
	switch {
	case d.Year != on.Year:
		v.fail(field, d.String(), "is outside the assessment year "+strconv.Itoa(on.Year))
	case d.After(on):
		v.fail(field, d.String(), "is after the assessment date "+on.String())
	}
}

// Checked is a household record that [Household.Check] has validated for
// one assessment date: the one way into every programme's Assessor, which
// does not validate the record again (one record goes through every
// programme). The record must not change while a Checked of it is in use.
// The zero Checked holds no record, and every Assessor refuses it.
type Checked struct {
	h  *Household
	on Date
}

// Check validates h for assessment on date on, as [Household.ValidateOn]
// does, and returns it as a [Checked]. It returns a [policy.FieldError] at
// "date" for an invalid date, and the errors of ValidateOn.
func (h *Household) Check(on Date) (Checked, error) {
	if !on.Valid() {
		return Checked{}, policy.Path("date").Invalid(on.String(), "is not a valid assessment date")
	}
	if err := h.ValidateOn(on); err != nil {
		return Checked{}, err
	}
	return Checked{h: h, on: on}, nil
}

// Household returns the record, nil for the zero Checked.
func (c Checked) Household() *Household { return c.h }

// Date returns the assessment date the record was checked for.
func (c Checked) Date() Date { return c.on }

// Err returns nil for a Checked made by [Household.Check], and a
// [policy.FieldError] at "household" for the zero Checked.
func (c Checked) Err() error {
	if c.h == nil {
		return policy.Path("household").Required("has not been checked (the zero household.Checked)")
	}
	return nil
}
