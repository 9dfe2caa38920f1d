package household

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// maxAmount is the largest amount a record may hold, 10^12 元: anything
// above it is a data error, not a household.
var maxAmount = decimal.New(1, 12)

// MaxMembers bounds the members of one household record.
const MaxMembers = 50

// CheckMoney reports an amount that is negative, has more than two decimal
// places, or is above 10^12 元, as a [policy.FieldError] at path.
func CheckMoney(path policy.Path, d decimal.Decimal) error {
	switch {
	case d.IsNegative():
		return path.Error(d.String(), "is negative")
	case !d.Round(2).Equal(d):
		return path.Error(d.String(), "has more than two decimal places")
	case d.GreaterThan(maxAmount):
		return path.Error(d.String(), "is above 10^12 元")
	}
	return nil
}

// validator collects field errors.
type validator struct{ errs []error }

func (v *validator) add(err error) {
	if err != nil {
		v.errs = append(v.errs, err)
	}
}

func (v *validator) fail(p policy.Path, value, msg string) {
	v.errs = append(v.errs, p.Error(value, msg))
}

func (v *validator) money(p policy.Path, d decimal.Decimal) { v.add(CheckMoney(p, d)) }

func (v *validator) date(p policy.Path, d Date) {
	switch {
	case d.IsZero():
		v.fail(p, "", "is required")
	case !d.Valid():
		v.fail(p, d.String(), "is not a calendar date from 1900 to 9999")
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
		return &policy.FieldError{Path: "household", Msg: "is missing"}
	}
	var v validator
	if h.ID == "" {
		v.fail("id", "", "is required")
	}
	if h.Township == "" {
		v.fail("township", "", "is required")
	}
	switch n := len(h.Members); {
	case n == 0:
		v.fail("members", "", "is empty: a household has at least one member")
	case n > MaxMembers:
		v.fail("members", fmt.Sprint(n), fmt.Sprintf("members is more than %d", MaxMembers))
	case h.NoFixedHousehold && n != 1:
		v.fail("members", fmt.Sprint(n), "members, but a person without a household is recorded alone")
	}
	if h.Assets != nil {
		v.money("assets.deposits", h.Assets.Deposits)
		if h.Assets.Vehicles < 0 {
			v.fail("assets.vehicles", fmt.Sprint(h.Assets.Vehicles), "is negative")
		}
		if h.Assets.ExtraHousing < 0 {
			v.fail("assets.extra_housing", fmt.Sprint(h.Assets.ExtraHousing), "is negative")
		}
	}
	seen := make(map[string]int, len(h.Members))
	for i := range h.Members {
		p := policy.Path("members").Index(i)
		m := &h.Members[i]
		if m.ID == "" {
			v.fail(p.Field("id"), "", "is required")
		} else if j, dup := seen[m.ID]; dup {
			v.fail(p.Field("id"), policy.Quote(m.ID), fmt.Sprintf("is also the id of members[%d]", j))
		} else {
			seen[m.ID] = i
		}
		v.member(p, m)
	}
	for i, pay := range h.Current.Payments {
		p := policy.Path("current.payments").Index(i)
		if !pay.Programme.Valid() {
			v.fail(p.Field("programme"), policy.Quote(string(pay.Programme)), "is not lowincome, tekun, disability, medical or temporary")
		}
		if pay.Programme == policy.LowIncome && !h.Current.LowIncome {
			v.fail(p.Field("programme"), "lowincome", "is paid but current.lowincome is false")
		}
		if pay.Item == "" {
			v.fail(p.Field("item"), "", "is required")
		}
		if _, ok := seen[pay.Member]; pay.Member != "" && !ok {
			v.fail(p.Field("member"), policy.Quote(pay.Member), "is not the id of a member")
		}
		v.money(p.Field("monthly"), pay.Monthly)
	}
	for i := range h.Hardships {
		p := policy.Path("hardships").Index(i)
		e := &h.Hardships[i]
		if !e.Type.Valid() {
			v.fail(p.Field("type"), policy.Quote(string(e.Type)), "is not a hardship type")
		}
		if _, ok := seen[e.Member]; e.Member != "" && !ok {
			v.fail(p.Field("member"), policy.Quote(e.Member), "is not the id of a member")
		}
		v.date(p.Field("date"), e.Date)
		v.money(p.Field("cost"), e.Cost)
		v.money(p.Field("insurance"), e.Insurance)
		v.money(p.Field("compensation"), e.Compensation)
		v.money(p.Field("other_aid"), e.OtherAid)
		if got := e.Received(); got.GreaterThan(e.Cost) {
			v.fail(p, got.StringFixed(2), "received is more than the cost "+e.Cost.StringFixed(2))
		}
	}
	return errors.Join(v.errs...)
}

func (v *validator) member(p policy.Path, m *Member) {
	v.date(p.Field("birth_date"), m.BirthDate)
	if !m.Relation.Valid() {
		v.fail(p.Field("relation"), policy.Quote(string(m.Relation)), "is not a relation")
	}
	if !m.Class.Valid() {
		v.fail(p.Field("class"), policy.Quote(string(m.Class)), "is not A, B, C or empty")
	}
	if !m.Child.Valid() {
		v.fail(p.Field("child"), policy.Quote(string(m.Child)), "is not in-difficulty, in-difficult-family or empty")
	}
	v.tekun(p.Field("tekun"), m.Tekun)
	if d := m.Disability; d != nil {
		dp := p.Field("disability")
		if !d.Type.Valid() {
			v.fail(dp.Field("type"), policy.Quote(string(d.Type)), "is not a disability type")
		}
		if d.Grade < 1 || d.Grade > 4 {
			v.fail(dp.Field("grade"), fmt.Sprint(d.Grade), "is not 1–4")
		}
	}
	for j, in := range m.Incomes {
		ip := p.Field("incomes").Index(j)
		if !in.Category.Valid() {
			v.fail(ip.Field("category"), policy.Quote(string(in.Category)), "is not an income category")
		}
		v.money(ip.Field("amount"), in.Amount)
	}
	v.money(p.Field("medical_aid_paid"), m.MedicalAidPaid)
	for j := range m.Claims {
		v.claim(p.Field("claims").Index(j), &m.Claims[j])
	}
}

func (v *validator) tekun(p policy.Path, t Tekun) {
	if !t.Mode.Valid() {
		v.fail(p.Field("mode"), policy.Quote(string(t.Mode)), "is not dispersed, centralized or empty")
	}
	if !t.HomeClass.Valid() {
		v.fail(p.Field("home_class"), policy.Quote(string(t.HomeClass)), "is not 1, 2, 3 or unrated")
	}
	if !t.SelfCare.Valid() {
		v.fail(p.Field("self_care"), policy.Quote(string(t.SelfCare)), "is not full, partial or none")
	}
	switch {
	case t.Mode == TekunCentralized && t.HomeClass == homeClassUnset:
		v.fail(p.Field("home_class"), "", "is required for centralized support (1, 2, 3 or unrated)")
	case t.Mode != TekunCentralized && (t.HomeClass != homeClassUnset || t.HomeID != ""):
		v.fail(p.Field("home_class"), policy.Quote(string(t.HomeClass)), "is set but the member is not in centralized support")
	}
	if t.Months < 0 || t.Months > 12 {
		v.fail(p.Field("months"), fmt.Sprint(t.Months), "is not 1–12 (0 for the whole year)")
	}
	if t.Mode == TekunNone && (t.Months != 0 || t.SelfCare != "") {
		v.fail(p.Field("mode"), "", "is required when months or self-care are set")
	}
}

func (v *validator) claim(p policy.Path, c *Claim) {
	v.date(p.Field("admission"), c.Admission)
	if !c.Disease.Valid() {
		v.fail(p.Field("disease"), policy.Quote(string(c.Disease)), "is not acute-leukaemia, congenital-heart or empty")
	}
	v.money(p.Field("total_cost"), c.TotalCost)
	v.money(p.Field("compliant_cost"), c.CompliantCost)
	v.money(p.Field("ncms"), c.NCMS)
	v.money(p.Field("critical_illness"), c.CriticalIllness)
	v.money(p.Field("supplementary"), c.Supplementary)
	v.money(p.Field("guaranteed"), c.Guaranteed)
	v.money(p.Field("fixed_quota_cost"), c.FixedQuotaCost)
	if c.CompliantCost.GreaterThan(c.TotalCost) {
		v.fail(p.Field("compliant_cost"), c.CompliantCost.StringFixed(2), "is more than the total cost "+c.TotalCost.StringFixed(2))
	}
	if paid := c.InsurancePaid(); paid.GreaterThan(c.CompliantCost) {
		v.fail(p, paid.StringFixed(2), "paid by insurance is more than the compliant cost "+c.CompliantCost.StringFixed(2))
	}
}

// InsurancePaid is what basic, critical-illness, supplementary and
// guaranteed-minimum compensation paid of the claim (2.3.4).
func (c *Claim) InsurancePaid() decimal.Decimal {
	return c.NCMS.Add(c.CriticalIllness).Add(c.Supplementary).Add(c.Guaranteed)
}

// Received is what insurance, compensation and other aid paid against the
// hardship (2.4.1).
func (e *Hardship) Received() decimal.Decimal {
	return e.Insurance.Add(e.Compensation).Add(e.OtherAid)
}

// ValidateOn runs [Household.Validate] and the checks that need the
// assessment date: no member born after it.
func (h *Household) ValidateOn(on Date) error {
	if err := h.Validate(); err != nil {
		return err
	}
	var v validator
	for i := range h.Members {
		if b := h.Members[i].BirthDate; b.After(on) {
			v.fail(policy.Path("members").Index(i).Field("birth_date"), b.String(), "is after the assessment date "+on.String())
		}
	}
	return errors.Join(v.errs...)
}
