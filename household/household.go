package household

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Household is one rural household's record: who lives in it, what they
// earn, what the household is paid now, and the claims and events the
// programmes assess. Amounts are yuan; incomes are for the 12 months before
// the assessment date (RULES.md section 0).
//
// Read a record with [Unmarshal] or [Decode]; json.Unmarshal into a
// Household reads it the same way ([Household.UnmarshalJSON]): strictly,
// validated, with the same errors.
type Household struct {
	ID       string `json:"id"`                // the household's id, required; its breakdown carries it
	Township string `json:"township"`          // 乡镇
	Village  string `json:"village,omitempty"` // the village in the township; empty when not recorded

	// RegisteredPoor: the household is registered in the poverty
	// alleviation system (建档立卡贫困户).
	RegisteredPoor bool `json:"registered_poor,omitempty"`
	// LowIncomeFamily: civil affairs has found the household a low-income
	// family (低收入家庭, 2.3.2); its income line is the county's.
	LowIncomeFamily bool `json:"low_income_family,omitempty"`
	// ImpoverishedByIllness: the household is poor because of illness
	// (因病致贫, 2.3.2).
	ImpoverishedByIllness bool `json:"impoverished_by_illness,omitempty"`
	// NoFixedHousehold: a person without a household (e.g. 流浪乞讨人员,
	// 2.4.3), recorded as a one-member household: temporary aid and
	// referral only.
	NoFixedHousehold bool `json:"no_fixed_household,omitempty"`
	// NoDevelopmentPath: the caseworker finds the household cannot
	// (for now) escape poverty through development (暂时无法通过扶贫开发
	// 脱贫, 2.1.2 兜底).
	NoDevelopmentPath bool `json:"no_development_path,omitempty"`
	// LowIncomePeriod is the household's 低保 months (section 0): nil for
	// the whole year, or a run of months such as {"from": "2017-07"} for a
	// household covered from July.
	LowIncomePeriod *MonthPeriod `json:"lowincome_period,omitempty"`

	// Assets are the household's declared assets for the 低保 asset test
	// (2.1.3); nil when not declared.
	Assets *Assets `json:"assets,omitempty"`
	// Needs records needs that other departments decide (section 3).
	Needs Needs `json:"needs,omitzero"`
	// Current is what the household receives now, for audit.
	Current Current `json:"current,omitzero"`

	// Members are the co-resident members, at least one and at most
	// [MaxMembers]; a person without a household is recorded alone.
	Members []Member `json:"members" max:"50"`
	// Hardships are the household's hardship events for temporary aid
	// (2.4), each dated in the assessment year; at most [MaxHardships].
	Hardships []Hardship `json:"hardships,omitempty" max:"20"`
}

// Assets are a household's declared assets (2.1.3 财产认定).
type Assets struct {
	Deposits     decimal.Decimal `json:"deposits" required:"true"` // bank deposits and cash, all members
	Vehicles     int             `json:"vehicles"`                 // motor vehicles, not farm machinery
	ExtraHousing int             `json:"extra_housing"`            // dwellings beyond the one lived in
}

// Needs are needs the record shows that other departments meet (section 3):
// the breakdown refers them, it does not price them.
type Needs struct {
	UnsafeHousing    bool `json:"unsafe_housing,omitempty"`    // 危房: housing aid, 住建
	DiseaseEmergency bool `json:"disease_emergency,omitempty"` // 疾病应急救助, 卫计
	NoPension        bool `json:"no_pension,omitempty"`        // an adult not in rural pension insurance, 人社
	DisasterVictim   bool `json:"disaster_victim,omitempty"`   // 受灾人员救助, 民政
}

// Current is what the household receives now, as the record shows it.
type Current struct {
	// LowIncome: the household is covered by 低保 now (a recipient, not an
	// applicant: 2.1.2's exit review applies).
	LowIncome bool `json:"lowincome,omitempty"`
	// RiseStable: the caseworker confirms that a rise in income is stable
	// (稳定脱贫, 2.1.2), which a recipient above the line needs to exit.
	RiseStable bool `json:"rise_stable,omitempty"`
	// Payments are the amounts paid now, one per line, of the programmes
	// audited against them: 低保 (2.1.2) and the disability subsidies
	// (2.2.4). A payment of another programme is an error, not dropped;
	// two payments for one line are added up.
	Payments []Payment `json:"payments,omitempty" max:"100"`
}

// IsZero reports whether c says nothing: not a recipient, no confirmed
// rise, no payment. A record's JSON leaves such a Current out, so that one
// with an empty list of payments, "current": {"payments": []}, is written
// as it reads back.
func (c Current) IsZero() bool { return !c.LowIncome && !c.RiseStable && len(c.Payments) == 0 }

// Payment is one amount paid now: the programme and item of the line it
// pays, the member (empty for a household line) and the monthly amount.
type Payment struct {
	Programme policy.Programme `json:"programme"`               // lowincome or disability: the programmes audited
	Item      policy.Item      `json:"item"`                    // the item of the line it pays, e.g. "base"
	Member    string           `json:"member,omitempty"`        // the member's id, empty for a household line
	Monthly   decimal.Decimal  `json:"monthly" required:"true"` // the amount paid a month, yuan
}

// Member is one co-resident family member (共同生活的家庭成员).
type Member struct {
	// ID is the member's id, required and unique in the household: lines,
	// payments and events name the member by it.
	ID string `json:"id"`
	// Name is the member's name: personal data. The library reads it only
	// to check it (valid UTF-8, no control character, at most
	// [MaxTextLength] bytes) and never writes it into a result, an error
	// or a log; an error about it gives its length, not its text.
	Name string `json:"name,omitempty" personal:"true"`
	// BirthDate is the member's date of birth, required; ages are full
	// years on the date a rule reads (the assessment or admission date).
	BirthDate Date `json:"birth_date"`
	// Relation is the member's relation to the head of the household
	// (户主, 配偶, 子女…), as the record gives it; no rule reads it.
	Relation Relation `json:"relation,omitempty"`
	// AbleToWork: the member is able to work (有劳动能力).
	AbleToWork bool `json:"able_to_work,omitempty"`
	// Class is the 低保 class the caseworker gives (2.1.2).
	Class Class `json:"class,omitempty"`
	// Tekun is the member's 特困 support (2.2); in the months it covers
	// ([Tekun.In]) the member is assessed alone, outside the 低保 household,
	// and in the other months of the year he is an ordinary member (section
	// 0).
	Tekun Tekun `json:"tekun,omitzero"`
	// Child is the member's 2.2.3 category, for a person under 18.
	Child ChildCategory `json:"child,omitempty"`
	// Disability is the member's disability certificate, nil if none.
	Disability *Disability `json:"disability,omitempty"`
	// MajorDisease: a patient of a major or critical disease (重特大疾病患者).
	MajorDisease bool `json:"major_disease,omitempty"`
	// MentalIllness: the member has a recorded diagnosis of mental illness
	// (精神病患者, 2.2.2 referral), with or without a mental-disability
	// certificate.
	MentalIllness bool `json:"mental_illness,omitempty"`
	// HardshipLevel is the county's hardship level of the member, where the
	// county tiers the disability subsidies by it (2.2.4 分档补贴); empty
	// when none is recorded. It is never "lowincome" or "registered-poor":
	// those are the bases the subsidies may also be tiered by, which a
	// member has by his 低保 coverage or his household's RegisteredPoor,
	// not by a level recorded ([Household.Validate] refuses them).
	HardshipLevel string `json:"hardship_level,omitempty"`
	// Incomes are the member's incomes by category, for the 12 months
	// before the assessment date.
	Incomes []Income `json:"incomes,omitempty" max:"20"`
	// MedicalAidPaid is the inpatient and child-disease aid already paid to
	// the member this calendar year before the claims below, and
	// SecondAidPaid the second aid (再次救助) already paid: both count
	// against the annual cap, and second aid against its own cap too
	// (2.3.4).
	MedicalAidPaid decimal.Decimal `json:"medical_aid_paid,omitzero"`
	SecondAidPaid  decimal.Decimal `json:"second_aid_paid,omitzero"` // 再次救助 already paid this year, yuan
	// Claims are the member's inpatient claims (2.3.4).
	Claims []Claim `json:"claims,omitempty" max:"20"`
}

// Tekun is a member's 特困 support (2.2.1–2.2.2).
type Tekun struct {
	// Mode is the form of support (2.2.1): dispersed (分散供养, paid to the
	// person) or centralized (集中供养, in a nursing home, paid to it); empty
	// when the member is not under 特困 support.
	Mode TekunMode `json:"mode,omitempty"`
	// HomeID and HomeClass name the nursing home of a centralized resident;
	// a home with no class recorded is unrated (2.2.2: the quota is for a
	// rated home).
	HomeID    string    `json:"home_id,omitempty"`
	HomeClass HomeClass `json:"home_class,omitempty"` // 1, 2, 3 or unrated; empty is unrated
	// SelfCare is the person's self-care level (全自理, 半自理, 全护理), which
	// sets the care subsidy where the county has one (2.2.1) and, at full
	// care, the 2.2.2 referral to nursing care; empty when not assessed.
	SelfCare SelfCare `json:"self_care,omitempty"`
	// Incapacitated: the person is sick and unable to care for himself
	// (患病或失能失智), for the 2.2.2 referral to nursing care.
	Incapacitated bool `json:"incapacitated,omitempty"`
	// Period is the months the support covers — the support and the care
	// subsidy (section 0); nil for the whole year.
	Period *MonthPeriod `json:"period,omitempty"`
	// Stay, for centralized support only, is the months of the support
	// the member lives in the nursing home (HomeID, HomeClass): a
	// nursing-home stay is coverage of its own (section 0). In the other
	// months of the support he is in dispersed support, paid to himself.
	// It begins in a month of Period; months after the support ends (a
	// stay left open, say) are not support months and hold nothing. nil:
	// every month of the support.
	Stay *MonthPeriod `json:"stay,omitempty"`
}

// Supported reports whether the record gives the member a mode of 特困
// support: he is under support in the months [Tekun.In] returns, which may
// be none of the assessed year's, and an ordinary member in the others.
func (t Tekun) Supported() bool { return t.Mode != TekunNone }

// Disability is a disability certificate (残疾人证, 2.2.4).
type Disability struct {
	Type  DisabilityType `json:"type"`  // the certificate's type (视力, 肢体…), required
	Grade int            `json:"grade"` // 1 (most severe) to 4
	// LongTermCare: the holder needs long-term care (长期照护).
	LongTermCare bool `json:"long_term_care,omitempty"`
	// WorkInjuryNursing: the holder receives work-injury nursing pay
	// (工伤保险护理费), which excludes the nursing subsidy.
	WorkInjuryNursing bool `json:"work_injury_nursing,omitempty"`
	// OrphanAllowance: the holder is an orphan under orphan allowance
	// (孤儿基本生活费), which excludes the living subsidy.
	OrphanAllowance bool `json:"orphan_allowance,omitempty"`
	// Period is the months the certificate is valid in (section 0); nil
	// for the whole year.
	Period *MonthPeriod `json:"period,omitempty"`
}

// Income is one category of a member's income for the last 12 months.
type Income struct {
	Category IncomeCategory  `json:"category"`               // required; the 低保 parameters say whether it counts
	Amount   decimal.Decimal `json:"amount" required:"true"` // yuan, for the 12 months before the assessment date
}

// Claim is one inpatient admission (2.3.4). Amounts are what the hospital
// settlement shows: the compliant cost (合规医疗费用) and what each insurance
// paid of it.
type Claim struct {
	// ID is the claim's id, required and unique among the member's claims.
	ID string `json:"id"`
	// Admission is the date of admission, in the assessment year: the
	// member's group and age are read on it, and aid is paid in its month.
	Admission Date `json:"admission"`
	// Disease is the disease code for the child-disease rule; empty for
	// any other disease.
	Disease Disease `json:"disease,omitempty"`
	// TotalCost is the whole bill; CompliantCost the part the rules count.
	TotalCost     decimal.Decimal `json:"total_cost" required:"true"`
	CompliantCost decimal.Decimal `json:"compliant_cost" required:"true"` // 合规医疗费用, at most TotalCost
	// Payments of the compliant cost before medical aid.
	NCMS            decimal.Decimal `json:"ncms" required:"true"`      // basic NCMS (新农合基本医疗保险)
	CriticalIllness decimal.Decimal `json:"critical_illness,omitzero"` // 大病保险
	Supplementary   decimal.Decimal `json:"supplementary,omitzero"`    // 各类补充保险
	Guaranteed      decimal.Decimal `json:"guaranteed,omitzero"`       // 保底补偿
	// FixedQuotaCost is the disease's fixed-quota cost under
	// 皖卫农〔2010〕34号, for the child-disease rule.
	FixedQuotaCost decimal.Decimal `json:"fixed_quota_cost,omitzero"`
}

// Hardship is one hardship event for temporary aid (2.4).
type Hardship struct {
	// ID is the event's id, required and unique in the household.
	ID string `json:"id"`
	// Member is the member the event struck, empty for the household.
	Member string       `json:"member,omitempty"`
	Type   HardshipType `json:"type"` // required: an emergency (急难型) or expenditure (支出型) type
	Date   Date         `json:"date"` // required, in the assessment year; aid is paid in its month
	// Cost is the hardship's cost; Insurance, Compensation and OtherAid are
	// what has been received against it.
	Cost         decimal.Decimal `json:"cost" required:"true"`
	Insurance    decimal.Decimal `json:"insurance,omitzero"`    // insurance paid for it (保险)
	Compensation decimal.Decimal `json:"compensation,omitzero"` // compensation received (赔偿)
	OtherAid     decimal.Decimal `json:"other_aid,omitzero"`    // other aid received (其他救助)
	// Referral names a service the household is referred to (转介服务,
	// 2.4.3), empty for none.
	Referral string `json:"referral,omitempty"`
}

// Member returns the member with the given id; a nil h has none.
func (h *Household) Member(id string) (*Member, bool) {
	if i := h.memberIndex(id); i >= 0 {
		return &h.Members[i], true
	}
	return nil, false
}

// CheckSameHousehold checks that o, the record a programme's result for
// an earlier run of months was made from, is of the same household as h:
// the same household id and the same member ids in the same order. A
// programme hands what one run paid or counted to the next (the
// Inputs.Before of medical and temporary) only within one household. It
// returns an error at path naming o's household id when o is not, or is
// nil (the zero result's).
func (h *Household) CheckSameHousehold(path policy.Path, o *Household) error {
	if h != nil && o != nil && h.ID == o.ID &&
		slices.EqualFunc(h.Members, o.Members, func(m, n Member) bool { return m.ID == n.ID }) {
		return nil
	}
	id := ""
	if o != nil {
		id = o.ID
	}
	return path.Invalid(policy.Quote(id), "is the result of another household or other members")
}

// CheckMemberIDs checks ids, member ids a caller hands a programme beside
// the record (such as inputs.lowincome_members): each must be the id of a
// member of h, listed once. It returns an error at path[k] for each id k
// that is not, a [policy.ErrorNotFound] or a [policy.ErrorDuplicate], and
// nil when all are; nothing is merged or dropped. Its cost is linear in
// len(ids) (times the members, at most [MaxMembers]). A nil h has no
// member: every id is reported.
func (h *Household) CheckMemberIDs(path policy.Path, ids []string) []error {
	if len(ids) == 0 {
		return nil
	}
	var errs []error
	var listed []bool // member i's id came before
	if h != nil {
		listed = make([]bool, len(h.Members))
	}
	for k, id := range ids {
		i := h.memberIndex(id)
		switch {
		case i < 0:
			errs = append(errs, path.Index(k).NotFound(policy.Quote(id), "is not the id of a member"))
		case listed[i]:
			errs = append(errs, path.Index(k).Duplicate(policy.Quote(id), "is listed twice"))
		}
		if i >= 0 {
			listed[i] = true
		}
	}
	return errs
}
