package policy

import (
	"github.com/shopspring/decimal"
)

// Programme names a programme of 东政办〔2017〕43号 and the package that
// implements it.
type Programme string

// The programmes.
const (
	LowIncome  Programme = "lowincome"  // 2.1 最低生活保障
	Tekun      Programme = "tekun"      // 2.2.1–2.2.2 特困供养
	Disability Programme = "disability" // 2.2.4 残疾人两项补贴
	Medical    Programme = "medical"    // 2.3 医疗救助
	Temporary  Programme = "temporary"  // 2.4 临时救助
)

// Name returns the programme's Chinese and English names.
func (p Programme) Name() (zh, en string) {
	switch p {
	case LowIncome:
		return "最低生活保障", "minimum living allowance"
	case Tekun:
		return "特困人员救助供养", "support for extremely poor persons"
	case Disability:
		return "残疾人两项补贴", "disability subsidies"
	case Medical:
		return "医疗救助", "medical aid"
	case Temporary:
		return "临时救助", "temporary aid"
	}
	return string(p), string(p)
}

// Item names one kind of line within a programme, e.g. "base" or "uplift-a".
// Each programme package declares its items as constants.
type Item string

// Payee is who receives a line's amount (POLICY.md section 3).
type Payee string

// Payees.
const (
	PayHousehold   Payee = "household"   // the household as a whole
	PayMember      Payee = "member"      // the member named on the line
	PayInstitution Payee = "institution" // a nursing home or other institution
	PayNCMSFund    Payee = "ncms-fund"   // the rural cooperative medical scheme fund (新农合)
)

// Name returns the payee's Chinese and English names.
func (p Payee) Name() (zh, en string) {
	switch p {
	case PayHousehold:
		return "家庭", "household"
	case PayMember:
		return "本人", "member"
	case PayInstitution:
		return "供养机构", "institution"
	case PayNCMSFund:
		return "新农合基金", "NCMS fund"
	}
	return string(p), string(p)
}

// Payer is the fund a line is paid from (POLICY.md section 3).
type Payer string

// Payers.
const (
	CivilAffairsFund Payer = "civil-affairs-fund" // 民政 social-assistance funds
	MedicalAidFund   Payer = "medical-aid-fund"   // 城乡医疗救助资金
	CountyFinance    Payer = "county-finance"     // 县级财政
)

// Name returns the payer's Chinese and English names.
func (p Payer) Name() (zh, en string) {
	switch p {
	case CivilAffairsFund:
		return "民政救助资金", "civil-affairs fund"
	case MedicalAidFund:
		return "医疗救助资金", "medical-aid fund"
	case CountyFinance:
		return "县级财政", "county finance"
	}
	return string(p), string(p)
}

// Form is how a line is delivered (POLICY.md 2.4.3).
type Form string

// Forms.
const (
	Cash     Form = "cash"     // 救助金
	InKind   Form = "in-kind"  // 实物
	Referral Form = "referral" // 转介服务: no amount; the line names the service
)

// Name returns the form's Chinese and English names.
func (f Form) Name() (zh, en string) {
	switch f {
	case Cash:
		return "现金", "cash"
	case InKind:
		return "实物", "in kind"
	case Referral:
		return "转介服务", "referral"
	}
	return string(f), string(f)
}

// Line is one amount of a breakdown, with everything needed to trace it:
// which programme and item, for whom, paid to and by whom, in what form, the
// annual amount (rounded once), the clauses and parameters it rests on, and
// the arithmetic in words.
type Line struct {
	Programme Programme
	Item      Item
	// Member is the member's id, or empty for a household line.
	Member string
	Payee  Payee
	Payer  Payer
	Form   Form
	// Service names the service a referral line refers to.
	Service string
	// Annual is the amount for the year (for a part-year line, for its
	// months), rounded once by Rounding.
	Annual decimal.Decimal
	// Months is how many months of the year the line covers; 12 for a full
	// year. The monthly schedule spreads Annual over them.
	Months int
	// Lump is true for a one-off payment (medical and temporary aid,
	// contribution sponsorship), which has no monthly schedule.
	Lump bool
	// Rounding is the rounding the line's amounts were made with.
	Rounding Rounding
	Clauses  []Clause
	Params   []Used
	// Provisional is true when one of Params is provisional.
	Provisional bool
	Explanation Explanation
}

// NewLine returns a line with its provisional mark set from the parameters
// it used.
func NewLine(l Line) Line {
	if l.Months == 0 {
		l.Months = 12
	}
	l.Provisional = false
	for _, u := range l.Params {
		if u.Provenance == Provisional {
			l.Provisional = true
		}
	}
	return l
}

// Schedule returns the line's monthly schedule (POLICY.md section 0): the
// first Months−1 payments are round(Annual/Months) and the last pays the
// rest, so they sum to Annual exactly. A lump sum has no schedule and
// returns the zero Schedule.
func (l Line) Schedule() Schedule {
	if l.Lump {
		return Schedule{}
	}
	return l.Rounding.ScheduleOf(l.Annual, l.Months)
}

// Valid reports whether p is one of the five programmes.
func (p Programme) Valid() bool {
	switch p {
	case LowIncome, Tekun, Disability, Medical, Temporary:
		return true
	}
	return false
}

// UnmarshalText accepts exactly the five programme names.
func (p *Programme) UnmarshalText(b []byte) error {
	v := Programme(b)
	if !v.Valid() {
		return &FieldError{Value: Quote(string(b)), Msg: "is not lowincome, tekun, disability, medical or temporary"}
	}
	*p = v
	return nil
}
