package household

import (
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/policy"
)

// parseEnum sets *e to the text when it is one of the allowed values, and
// otherwise returns a field error listing them. The empty string is allowed
// where the zero value means "none".
//
// It compares without converting b, and sets *e to the allowed value
// itself, so that reading an enum allocates nothing.
func parseEnum[E ~string](e *E, b []byte, what string, allowed []E) error {
	for _, a := range allowed {
		if string(a) == string(b) {
			*e = a
			return nil
		}
	}
	names := make([]string, 0, len(allowed))
	for _, a := range allowed {
		if a != "" {
			names = append(names, string(a))
		}
	}
	return &policy.FieldError{Type: policy.ErrorNotSupported, Value: policy.Quote(string(b)),
		Detail: "is not one of " + strings.Join(names, ", ")}
}

// Relation is a member's relation to the head of household.
type Relation string

// Relations; the zero value is unrecorded.
const (
	Head       Relation = "head"       // 户主
	Spouse     Relation = "spouse"     // 配偶
	Child      Relation = "child"      // 子女
	Parent     Relation = "parent"     // 父母
	Grandchild Relation = "grandchild" // 孙子女
	Sibling    Relation = "sibling"    // 兄弟姐妹
	Other      Relation = "other"      // 其他
)

var relations = []Relation{"", Head, Spouse, Child, Parent, Grandchild, Sibling, Other}

// Relations returns the relations a record may name, in the order above;
// the zero value, unrecorded, is not listed.
func Relations() []Relation { return slices.Clone(relations[1:]) }

// Valid reports whether r is a known relation or unrecorded.
func (r Relation) Valid() bool { return slices.Contains(relations, r) }

// UnmarshalText rejects unknown relations.
func (r *Relation) UnmarshalText(b []byte) error { return parseEnum(r, b, "relation", relations) }

// Class is the 低保 class (A/B/C) a caseworker gives a member (2.1.2); it is
// an input, not computed. The zero value is no class.
type Class string

// Classes.
const (
	ClassNone Class = ""
	ClassA    Class = "A" // +30% of the standard (2.1.2)
	ClassB    Class = "B" // +20% of the standard (2.1.2)
	ClassC    Class = "C" // no uplift
)

var classes = []Class{ClassNone, ClassA, ClassB, ClassC}

// Classes returns A, B and C; the zero value, no class, is not listed.
func Classes() []Class { return slices.Clone(classes[1:]) }

// Valid reports whether c is A, B, C or none.
func (c Class) Valid() bool { return slices.Contains(classes, c) }

// UnmarshalText rejects classes other than A, B, C and "".
func (c *Class) UnmarshalText(b []byte) error { return parseEnum(c, b, "class", classes) }

// TekunMode is how a 特困 person is supported (2.2.1). The zero value is not
// under 特困 support.
type TekunMode string

// 特困 modes.
const (
	TekunNone        TekunMode = ""
	TekunDispersed   TekunMode = "dispersed"   // 分散供养: paid to the person
	TekunCentralized TekunMode = "centralized" // 集中供养: paid to the institution (in the months of Tekun.Stay)
)

var tekunModes = []TekunMode{TekunNone, TekunDispersed, TekunCentralized}

// TekunModes returns dispersed and centralized; the zero value, not under
// 特困 support, is not listed.
func TekunModes() []TekunMode { return slices.Clone(tekunModes[1:]) }

// Valid reports whether m is dispersed, centralized or none.
func (m TekunMode) Valid() bool { return slices.Contains(tekunModes, m) }

// UnmarshalText rejects unknown modes.
func (m *TekunMode) UnmarshalText(b []byte) error { return parseEnum(m, b, "tekun.mode", tekunModes) }

// HomeClass is the rating of a rural nursing home (敬老院, 2.2.2). The zero
// value is an unrated home: a centralized resident there has the
// centralized standard, not a class's quota.
type HomeClass string

// Nursing-home classes.
const (
	HomeClass1     HomeClass = "1"       // 一类 (quota floor: tekun.quota.class1.floor)
	HomeClass2     HomeClass = "2"       // 二类 (quota floor: tekun.quota.class2.floor)
	HomeClass3     HomeClass = "3"       // 三类 (quota floor: tekun.quota.class3.floor)
	HomeUnrated    HomeClass = "unrated" // not rated: the centralized standard
	homeClassUnset HomeClass = ""
)

var homeClasses = []HomeClass{homeClassUnset, HomeClass1, HomeClass2, HomeClass3, HomeUnrated}

// HomeClasses returns the nursing-home ratings 1, 2, 3 and unrated; the
// zero value, unset, is not listed.
func HomeClasses() []HomeClass { return slices.Clone(homeClasses[1:]) }

// Valid reports whether c is 1, 2, 3, unrated or unset.
func (c HomeClass) Valid() bool { return slices.Contains(homeClasses, c) }

// UnmarshalText rejects unknown classes.
func (c *HomeClass) UnmarshalText(b []byte) error {
	return parseEnum(c, b, "tekun.home_class", homeClasses)
}

// SelfCare is a 特困 person's self-care level (2.2.1 care subsidy).
type SelfCare string

// Self-care levels; the zero value is unrecorded.
const (
	SelfCareFull    SelfCare = "full"    // 全自理
	SelfCarePartial SelfCare = "partial" // 半自理
	SelfCareNone    SelfCare = "none"    // 全护理 (needs full care)
)

var selfCares = []SelfCare{"", SelfCareFull, SelfCarePartial, SelfCareNone}

// SelfCareLevels returns the self-care levels, in the order above ("none"
// is a level, one who needs full care); the zero value, unrecorded, is not
// listed.
func SelfCareLevels() []SelfCare { return slices.Clone(selfCares[1:]) }

// Valid reports whether s is a known level or unrecorded.
func (s SelfCare) Valid() bool { return slices.Contains(selfCares, s) }

// UnmarshalText rejects unknown levels.
func (s *SelfCare) UnmarshalText(b []byte) error {
	return parseEnum(s, b, "tekun.self_care", selfCares)
}

// ChildCategory is the 2.2.3 category of a person under 18. The zero value is
// neither.
type ChildCategory string

// Child categories (2.2.3).
const (
	ChildNone            ChildCategory = ""
	ChildInDifficulty    ChildCategory = "in-difficulty"       // 困境儿童
	ChildInDifficultHome ChildCategory = "in-difficult-family" // 困境家庭儿童
)

var childCategories = []ChildCategory{ChildNone, ChildInDifficulty, ChildInDifficultHome}

// ChildCategories returns the two categories of 2.2.3; the zero value,
// neither, is not listed.
func ChildCategories() []ChildCategory { return slices.Clone(childCategories[1:]) }

// Valid reports whether c is a known category or none.
func (c ChildCategory) Valid() bool { return slices.Contains(childCategories, c) }

// UnmarshalText rejects unknown categories.
func (c *ChildCategory) UnmarshalText(b []byte) error {
	return parseEnum(c, b, "child", childCategories)
}

// DisabilityType is the type on a disability certificate (2.2.4).
type DisabilityType string

// Disability types.
const (
	Visual       DisabilityType = "visual"       // 视力
	Hearing      DisabilityType = "hearing"      // 听力
	Speech       DisabilityType = "speech"       // 言语
	Physical     DisabilityType = "physical"     // 肢体
	Intellectual DisabilityType = "intellectual" // 智力
	Mental       DisabilityType = "mental"       // 精神
	Multiple     DisabilityType = "multiple"     // 多重
)

var disabilityTypes = []DisabilityType{Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple}

// DisabilityTypes returns the types of disability a certificate names, in
// the order above.
func DisabilityTypes() []DisabilityType { return slices.Clone(disabilityTypes) }

// Valid reports whether t is one of the seven certificate types.
func (t DisabilityType) Valid() bool { return slices.Contains(disabilityTypes, t) }

// UnmarshalText rejects unknown types.
func (t *DisabilityType) UnmarshalText(b []byte) error {
	return parseEnum(t, b, "disability.type", disabilityTypes)
}

// IncomeCategory is a category of income (2.1.2–2.1.3). Whether a category
// is counted toward 低保 income is a parameter of the lowincome package.
type IncomeCategory string

// Income categories.
const (
	Wages             IncomeCategory = "wages"              // 工资性收入
	Agriculture       IncomeCategory = "agriculture"        // 农业生产经营净收入
	Business          IncomeCategory = "business"           // 其他经营净收入
	Property          IncomeCategory = "property"           // 财产性收入
	Transfers         IncomeCategory = "transfers"          // 养老金等转移性收入
	OtherIncome       IncomeCategory = "other"              // 其他收入
	DisabilityPay     IncomeCategory = "disability-subsidy" // 残疾人两项补贴
	LowIncomePay      IncomeCategory = "lowincome-payment"  // 低保金 (incl. the A/B uplift)
	BraveryAward      IncomeCategory = "bravery-award"      // 见义勇为奖励
	Scholarship       IncomeCategory = "scholarship"        // 奖学金
	TekunPay          IncomeCategory = "tekun-support"      // 特困供养金
	TemporaryAid      IncomeCategory = "temporary-aid"      // 临时救助金
	MedicalAid        IncomeCategory = "medical-aid"        // 医疗救助金
	ChildrenAllowance IncomeCategory = "children-allowance" // 困境儿童基本生活费
)

var incomeCategories = []IncomeCategory{
	Wages, Agriculture, Business, Property, Transfers, OtherIncome, DisabilityPay, LowIncomePay,
	BraveryAward, Scholarship, TekunPay, TemporaryAid, MedicalAid, ChildrenAllowance,
}

// IncomeCategories lists every income category.
func IncomeCategories() []IncomeCategory { return slices.Clone(incomeCategories) }

// Valid reports whether c is a known category.
func (c IncomeCategory) Valid() bool { return slices.Contains(incomeCategories, c) }

// UnmarshalText rejects unknown categories.
func (c *IncomeCategory) UnmarshalText(b []byte) error {
	return parseEnum(c, b, "category", incomeCategories)
}

// Disease is a disease code on an inpatient claim, for the child-disease
// rule of 2.3.4: a code says that the claim is treated under
// 皖卫农〔2010〕34号 for that disease, at the fixed-quota cost the claim
// gives. The zero value is any other disease, or one of these treated
// outside that programme.
type Disease string

// Disease codes.
const (
	DiseaseOther    Disease = ""
	AcuteLeukaemia  Disease = "acute-leukaemia"  // 急性白血病
	CongenitalHeart Disease = "congenital-heart" // 先天性心脏病
)

var diseases = []Disease{DiseaseOther, AcuteLeukaemia, CongenitalHeart}

// Diseases returns the disease codes of 2.3.4's child-disease rule; the
// zero value, any other disease, is not listed, so a form offers it as a
// choice of its own.
func Diseases() []Disease { return slices.Clone(diseases[1:]) }

// Valid reports whether d is a known code or other.
func (d Disease) Valid() bool { return slices.Contains(diseases, d) }

// UnmarshalText rejects unknown codes.
func (d *Disease) UnmarshalText(b []byte) error { return parseEnum(d, b, "disease", diseases) }

// HardshipType is the type of a hardship event (2.4.1): emergency (急难型)
// or expenditure (支出型).
type HardshipType string

// Hardship types.
const (
	Fire             HardshipType = "fire"              // 火灾
	Disaster         HardshipType = "disaster"          // 水灾等自然灾害
	Accident         HardshipType = "accident"          // 交通等意外事故
	SuddenIllness    HardshipType = "sudden-illness"    // 突发重特大疾病
	EmergencyOther   HardshipType = "emergency-other"   // 其他急难
	MedicalExpense   HardshipType = "medical"           // 支出型: 医疗
	EducationExpense HardshipType = "education"         // 支出型: 教育
	ExpenseOther     HardshipType = "expenditure-other" // 支出型: 其他
)

var hardshipTypes = []HardshipType{Fire, Disaster, Accident, SuddenIllness, EmergencyOther, MedicalExpense, EducationExpense, ExpenseOther}

// HardshipTypes lists every hardship type.
func HardshipTypes() []HardshipType { return slices.Clone(hardshipTypes) }

// Valid reports whether t is a known type.
func (t HardshipType) Valid() bool { return slices.Contains(hardshipTypes, t) }

// Emergency reports whether t is of the emergency family (急难型).
func (t HardshipType) Emergency() bool {
	switch t {
	case Fire, Disaster, Accident, SuddenIllness, EmergencyOther:
		return true
	}
	return false
}

// UnmarshalText rejects unknown types.
func (t *HardshipType) UnmarshalText(b []byte) error {
	return parseEnum(t, b, "type", hardshipTypes)
}
