package household

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Validate checks the record on its own: the limits on its size first
// (members, incomes, claims, hardship events and payments: [MaxMembers]
// and the limits beside it; a
// list over its limit is reported and not walked), then required fields,
// ids (unique) and place names (visible characters only: no control,
// format or other invisible character, no space but U+0020 and none at
// either end, not blank; other texts, a member's name among them, only
// valid UTF-8 without control characters), enums, amounts
// (non-negative, at most two places, at most 10^12 元), references between
// members, claims and events, and each claim's amounts against its costs
// (an event's aid received above its cost is no error: 2.4.1 floors its
// shortfall at 0). It returns the problems found, joined, each a
// [policy.FieldError] naming the field path and wrapping
// [policy.ErrInvalid]; at most [MaxErrors] of them, then one that counts
// the rest. Checks that need the assessment date are in
// [Household.ValidateOn]. Its cost is linear in the record's size.
func (h *Household) Validate() error {
	if h == nil {
		return policy.Path("household").Required("is missing")
	}
	var v validator
	v.id("id", h.ID, false)
	if h.Township == "" {
		v.required("township", "is required")
	}
	v.place("township", h.Township)
	v.place("village", h.Village)
	v.period("lowincome_period", h.LowIncomePeriod)
	members := v.count("members", len(h.Members), MaxMembers)
	switch n := len(h.Members); {
	case n == 0:
		v.required("members", "is empty: a household has at least one member")
	case h.NoFixedHousehold && n != 1 && members:
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
	if members {
		for i := range h.Members {
			m := &h.Members[i]
			v.enter("members", i)
			v.id("id", m.ID, false)
			if j := h.earlier(i); j >= 0 {
				v.add(func(p policy.Path) *policy.FieldError {
					return p.Duplicate(policy.Quote(m.ID), "is also the id of members["+strconv.Itoa(j)+"]")
				}, "id")
			}
			v.member(m)
			v.leave()
		}
	}
	v.enter("current", -1)
	if v.count("payments", len(h.Current.Payments), MaxPayments) {
		for i, pay := range h.Current.Payments {
			v.enter("payments", i)
			v.payment(h, pay)
			v.leave()
		}
	}
	v.leave()
	if v.count("hardships", len(h.Hardships), MaxHardships) {
		for i := range h.Hardships {
			v.enter("hardships", i)
			v.hardship(h, i)
			v.leave()
		}
	}
	return v.err()
}

func (v *validator) payment(h *Household, pay Payment) {
	v.enum("programme", pay.Programme.Valid(), string(pay.Programme), "is not lowincome, tekun, disability, medical or temporary")
	switch pay.Programme {
	case policy.LowIncome:
		if !h.Current.LowIncome {
			v.fail("programme", "lowincome", "is paid but current.lowincome is false")
		}
	case policy.Tekun, policy.Medical, policy.Temporary: // recorded, it would be dropped unread
		v.fail("programme", string(pay.Programme), "is not audited against what is paid now (only lowincome and disability are: 2.1.2, 2.2.4)")
	}
	v.id("item", string(pay.Item), false)
	v.reference("member", h, pay.Member)
	v.money("monthly", pay.Monthly)
}

// reference checks an optional member id that must name a member.
func (v *validator) reference(field string, h *Household, id string) {
	if id != "" && h.memberIndex(id) < 0 {
		v.add(func(p policy.Path) *policy.FieldError {
			return p.NotFound(policy.Quote(id), "is not the id of a member")
		}, field)
	}
}

func (v *validator) hardship(h *Household, i int) {
	e := &h.Hardships[i]
	v.id("id", e.ID, false)
	for k := range i {
		if e.ID != "" && h.Hardships[k].ID == e.ID {
			v.add(func(p policy.Path) *policy.FieldError {
				return p.Duplicate(policy.Quote(e.ID), "is also the id of hardships["+strconv.Itoa(k)+"]")
			}, "id")
			break
		}
	}
	v.enum("type", e.Type.Valid(), string(e.Type), "is not a hardship type")
	v.reference("member", h, e.Member)
	v.date("date", e.Date)
	// Aid received above the cost is not an error: the shortfall is
	// floored at 0 (2.4.1), unlike a claim's insurance above its
	// compliant cost.
	v.money("cost", e.Cost)
	v.money("insurance", e.Insurance)
	v.money("compensation", e.Compensation)
	v.money("other_aid", e.OtherAid)
	v.text("referral", e.Referral)
	if j := h.memberIndex(e.Member); e.Member != "" && j >= 0 && e.Date.Valid() && e.Date.Before(h.Members[j].BirthDate) {
		v.fail("date", e.Date.String(), "is before the birth date of members["+strconv.Itoa(j)+"]")
	}
}

// earlier returns the index of the first member before member i with the
// same id, or -1 when there is none or the id is empty. Ids are told apart
// by their length and last byte before they are compared whole.
func (h *Household) earlier(i int) int {
	id := h.Members[i].ID
	if id == "" {
		return -1
	}
	last := id[len(id)-1]
	for k := range i {
		if o := h.Members[k].ID; len(o) == len(id) && o[len(o)-1] == last && o == id {
			return k
		}
	}
	return -1
}

// memberIndex returns the index of the first member with the id, or -1
// (always for a nil h).
func (h *Household) memberIndex(id string) int {
	if h == nil {
		return -1
	}
	for i := range h.Members {
		if h.Members[i].ID == id {
			return i
		}
	}
	return -1
}

func (v *validator) member(m *Member) {
	v.personal("name", m.Name)
	v.date("birth_date", m.BirthDate)
	v.enum("relation", m.Relation.Valid(), string(m.Relation), "is not a relation")
	v.enum("class", m.Class.Valid(), string(m.Class), "is not A, B, C or empty")
	v.enum("child", m.Child.Valid(), string(m.Child), "is not in-difficulty, in-difficult-family or empty")
	if !m.Tekun.empty() { // most members: nothing set, nothing to check
		v.enter("tekun", -1)
		v.tekun(&m.Tekun)
		v.leave()
	}
	if d := m.Disability; d != nil {
		v.enter("disability", -1)
		v.enum("type", d.Type.Valid(), string(d.Type), "is not a disability type")
		if d.Grade < 1 || d.Grade > 4 {
			v.fail("grade", strconv.Itoa(d.Grade), "is not 1–4")
		}
		v.period("period", d.Period)
		v.leave()
	}
	if v.count("incomes", len(m.Incomes), MaxIncomes) {
		for j, in := range m.Incomes {
			v.enter("incomes", j)
			v.enum("category", in.Category.Valid(), string(in.Category), "is not an income category")
			v.money("amount", in.Amount)
			v.leave()
		}
	}
	v.id("hardship_level", m.HardshipLevel, true)
	if basisLevel(m.HardshipLevel) {
		v.add(func(p policy.Path) *policy.FieldError {
			return p.Invalid(policy.Quote(m.HardshipLevel), "is a hardship basis the subsidies are tiered by, not a county hardship level")
		}, "hardship_level")
	}
	v.money("medical_aid_paid", m.MedicalAidPaid)
	v.money("second_aid_paid", m.SecondAidPaid)
	if v.count("claims", len(m.Claims), MaxClaims) {
		for j := range m.Claims {
			v.enter("claims", j)
			c := &m.Claims[j]
			v.id("id", c.ID, false)
			for k := range j {
				if c.ID != "" && m.Claims[k].ID == c.ID {
					v.add(func(p policy.Path) *policy.FieldError {
						return p.Duplicate(policy.Quote(c.ID), "is also the id of claims["+strconv.Itoa(k)+"]")
					}, "id")
					break
				}
			}
			v.claim(c)
			if c.Admission.Valid() && m.BirthDate.Valid() && c.Admission.Before(m.BirthDate) {
				v.fail("admission", c.Admission.String(), "is before the member's birth date")
			}
			v.leave()
		}
	}
}

// empty reports whether nothing of t is set. It reads every field (a
// field added to Tekun is added here too: TestTekunEmpty sets each in turn)
// and is faster than comparing with Tekun{}.
func (t *Tekun) empty() bool {
	return t.Mode == TekunNone && t.HomeID == "" && t.HomeClass == homeClassUnset && t.SelfCare == "" &&
		!t.Incapacitated && t.Period == nil && t.Stay == nil
}

func (v *validator) tekun(t *Tekun) {
	v.enum("mode", t.Mode.Valid(), string(t.Mode), "is not dispersed, centralized or empty")
	v.enum("home_class", t.HomeClass.Valid(), string(t.HomeClass), "is not 1, 2, 3 or unrated")
	v.enum("self_care", t.SelfCare.Valid(), string(t.SelfCare), "is not full, partial or none")
	v.id("home_id", t.HomeID, true)
	// A centralized resident's home with no class recorded is unrated
	// (2.2.2: the quota is for a rated home; an unrated one gets the
	// centralized standard).
	if t.Mode != TekunCentralized && t.HomeClass != homeClassUnset {
		v.fail("home_class", policy.Quote(string(t.HomeClass)), "is set but the member is not in centralized support")
	}
	if t.Mode != TekunCentralized && t.HomeID != "" {
		v.fail("home_id", policy.Quote(t.HomeID), "is set but the member is not in centralized support")
	}
	v.period("period", t.Period)
	v.period("stay", t.Stay)
	switch {
	case t.Stay == nil || !t.Stay.From.Valid(): // a missing or bad month is reported as such
	case t.Mode != TekunCentralized:
		v.fail("stay", t.Stay.String(), "is set but the member is not in centralized support")
	case !t.stayBegins():
		v.fail("stay", t.Stay.String(), "begins outside the support's period "+t.Period.String())
	}
	if t.Mode == TekunNone && (t.Period != nil || t.SelfCare != "" || t.Incapacitated) {
		v.required("mode", "is required when a period, self-care or incapacity is set")
	}
}

// Validate checks one claim on its own, as [Household.Validate] checks each
// claim of a record: its id (required, at most [MaxIDLength] bytes of
// visible text), its admission date, its disease code, its amounts (each
// money: not negative, at most two places, at most 10^12 元), a compliant
// cost not above the total cost, and insurance paying no more than the
// compliant cost (2.3.4; the costs are compared only when they are money).
// path is the claim's own path, which every field path starts with: "claim"
// gives "claim.id", "members[0].claims[2]" the paths a record check gives
// that claim. It returns the problems found, in the record check's order,
// joined, each a [policy.FieldError] wrapping [policy.ErrInvalid]; a nil
// claim is reported missing at path. What needs the rest of the record is
// not checked here: an id another claim of the member has, an admission
// before the member's birth date, or outside the assessment's year
// ([Household.ValidateOn]).
func (c *Claim) Validate(path policy.Path) error {
	if c == nil {
		return path.Required("is missing")
	}
	v := validator{root: path}
	v.id("id", c.ID, false)
	v.claim(c)
	return v.err()
}

func (v *validator) claim(c *Claim) {
	v.date("admission", c.Admission)
	v.enum("disease", c.Disease.Valid(), string(c.Disease), "is not acute-leukaemia, congenital-heart or empty")
	// The costs are compared only when they are money.
	total, totalOK := v.moneyOK("total_cost", c.TotalCost)
	compliant, compliantOK := v.moneyOK("compliant_cost", c.CompliantCost)
	insurance := v.money("ncms", c.NCMS) + v.money("critical_illness", c.CriticalIllness) +
		v.money("supplementary", c.Supplementary) + v.money("guaranteed", c.Guaranteed)
	v.money("fixed_quota_cost", c.FixedQuotaCost)
	if totalOK && compliantOK && compliant > total {
		v.fail("compliant_cost", c.CompliantCost.StringFixed(2), "is more than the total cost "+c.TotalCost.StringFixed(2))
	}
	// Insurance is summed as validated: an amount that is not money counts
	// as 0, a negative one as it is (both reported).
	if compliantOK && insurance > compliant {
		v.fail("", c.InsurancePaid().StringFixed(2), "paid by insurance is more than the compliant cost "+c.CompliantCost.StringFixed(2))
	}
}

// InsurancePaid is what basic, critical-illness, supplementary and
// guaranteed-minimum compensation paid of the claim (2.3.4): 0 for a nil
// claim.
func (c *Claim) InsurancePaid() decimal.Decimal {
	if c == nil {
		return decimal.Zero
	}
	return sum(c.NCMS, c.CriticalIllness, c.Supplementary, c.Guaranteed)
}

// Received is what insurance, compensation and other aid paid against the
// hardship (2.4.1): 0 for a nil hardship.
func (e *Hardship) Received() decimal.Decimal {
	if e == nil {
		return decimal.Zero
	}
	return sum(e.Insurance, e.Compensation, e.OtherAid)
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

// basisLevel reports whether a member's hardship level is spelled as one of
// the two hardship bases a county may tier the disability subsidies by
// besides its own levels (2.2.4; package disability's HardshipLowIncome and
// HardshipRegisteredPoor): such a level would be passed over, so the
// record is refused instead. A member has those bases by his 低保 coverage
// and his household's RegisteredPoor.
func basisLevel(level string) bool {
	return level == "lowincome" || level == "registered-poor"
}
