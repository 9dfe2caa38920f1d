package policy

import (
	"slices"

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

// Programmes returns the five programmes in the order a breakdown lists
// them (the order benefit assesses them in).
func Programmes() []Programme { return slices.Clone(programmes[1:]) }

var programmes = [...]Programme{"", LowIncome, Tekun, Disability, Medical, Temporary}

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

// Index returns the programme's position in [Programmes], or -1.
func (p Programme) Index() int {
	switch p {
	case LowIncome:
		return 0
	case Tekun:
		return 1
	case Disability:
		return 2
	case Medical:
		return 3
	case Temporary:
		return 4
	}
	return -1
}

// Valid reports whether p is one of the five programmes.
func (p Programme) Valid() bool { return p.Index() >= 0 }

// UnmarshalText accepts exactly the five programme names.
func (p *Programme) UnmarshalText(b []byte) error {
	v := Programme(b)
	if !v.Valid() {
		return &FieldError{Type: ErrorNotSupported, Value: Quote(string(b)),
			Detail: "is not lowincome, tekun, disability, medical or temporary"}
	}
	*p = v
	return nil
}

// Item names one kind of line within a programme, e.g. "base" or "uplift-a".
// Each programme package declares its items as constants.
type Item string

// Payee is who receives a line's amount (section 3 of the rules).
type Payee string

// Payees.
const (
	PayHousehold   Payee = "household"   // the household as a whole
	PayMember      Payee = "member"      // the member named on the line
	PayInstitution Payee = "institution" // a nursing home or other institution
	// PayMedicalInsuranceFund is the basic medical insurance fund: for rural
	// residents in 2017 the NCMS (新农合), later 城乡居民医保 (2.3.3).
	PayMedicalInsuranceFund Payee = "medical-insurance-fund"
)

var payees = [...]Payee{"", PayHousehold, PayMember, PayInstitution, PayMedicalInsuranceFund}

// Payees returns the payees, in a fixed order.
func Payees() []Payee { return slices.Clone(payees[1:]) }

// Index returns the payee's position in [Payees], or -1.
func (p Payee) Index() int {
	switch p {
	case PayHousehold:
		return 0
	case PayMember:
		return 1
	case PayInstitution:
		return 2
	case PayMedicalInsuranceFund:
		return 3
	}
	return -1
}

// Valid reports whether p is one of the payees.
func (p Payee) Valid() bool { return p.Index() >= 0 }

// Name returns the payee's Chinese and English names.
func (p Payee) Name() (zh, en string) {
	switch p {
	case PayHousehold:
		return "家庭", "household"
	case PayMember:
		return "本人", "member"
	case PayInstitution:
		return "供养机构", "institution"
	case PayMedicalInsuranceFund:
		return "基本医疗保险基金（2017年：新农合）", "the basic medical insurance fund (2017: NCMS)"
	}
	return string(p), string(p)
}

// Payer is the fund a line is paid from (section 3 of the rules).
type Payer string

// Payers.
const (
	CivilAffairsFund Payer = "civil-affairs-fund" // 民政 social-assistance funds
	MedicalAidFund   Payer = "medical-aid-fund"   // 城乡医疗救助资金
	CountyFinance    Payer = "county-finance"     // 县级财政
)

var payers = [...]Payer{"", CivilAffairsFund, MedicalAidFund, CountyFinance}

// Payers returns the payers, in a fixed order.
func Payers() []Payer { return slices.Clone(payers[1:]) }

// Index returns the payer's position in [Payers], or -1.
func (p Payer) Index() int {
	switch p {
	case CivilAffairsFund:
		return 0
	case MedicalAidFund:
		return 1
	case CountyFinance:
		return 2
	}
	return -1
}

// Valid reports whether p is one of the payers.
func (p Payer) Valid() bool { return p.Index() >= 0 }

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

// Form is how a line is delivered (2.4.3).
type Form string

// Forms.
const (
	Cash     Form = "cash"     // 救助金
	InKind   Form = "in-kind"  // 实物
	Referral Form = "referral" // 转介服务: no amount; the line names the service
)

var forms = [...]Form{"", Cash, InKind, Referral}

// Forms returns the forms, in a fixed order.
func Forms() []Form { return slices.Clone(forms[1:]) }

// Valid reports whether f is one of the three forms.
func (f Form) Valid() bool { return slices.Contains(forms[1:], f) }

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

// code returns the index of v in table, 0 (the empty entry) when it is not
// there.
func code[T ~string](table []T, v T) uint8 {
	for i := 1; i < len(table); i++ {
		if same(table[i], v) {
			return uint8(i)
		}
	}
	return 0
}

// Pay is everything of a line but its amount and explanation: which
// programme and item, for whom, paid to and by whom, in what form, under
// which clauses and parameters, rounded how. A rule fills one in and hands it
// to [Assessment.Recurring] or [Assessment.Lump]; the line copies what it
// needs, so a Pay can be reused.
type Pay struct {
	Programme Programme // the paying programme
	Item      Item      // the kind of line, e.g. "base"
	// Member is the member's id, empty for a household line.
	Member string
	// ID names the claim or event a lump sum pays.
	ID string
	// Service names the service a referral line refers to.
	Service string
	Payee   Payee // who receives the amount
	Payer   Payer // the fund it is paid from
	Form    Form  // cash, in kind or referral (2.4.3)
	// Clauses are at most four of [Clauses], kept as they are: do not change
	// them afterwards. Any other clause, or a fifth, panics when the line
	// is made: a fault in the rule, which its tests find.
	Clauses  []Clause
	Params   []Used   // kept as it is: do not change it afterwards
	Rounding Rounding // how a recurring line's amount and schedule are rounded (section 0)
}

// Line is one amount of a breakdown, with everything needed to trace it:
// which programme and item, for whom, paid to and by whom, in what form, the
// amount (rounded once) and the months it covers, the clauses and parameters
// it rests on, and the arithmetic in words.
//
// A Line is an immutable value: its accessors return copies, so nothing a
// caller does with one changes another result or the Assessor that made it.
// What it keeps beyond its inline fields is in the storage of the
// assessment it was made in: a line is valid until that assessment is
// released ([Assessment.Release]), which only its owner does, and a line
// appended to another assessment is the other's.
// Lines are made by [Assessment.Recurring], [Assessment.Share],
// [Assessment.Lump] and [Assessment.Refer], and from a [LineTemplate] by
// [Assessment.RecurringFrom], [Assessment.ShareFrom] and
// [Assessment.LumpFrom]. A line is compact: what the rule fixes (formula,
// item, payee, payer, form, clauses, operand names) is shared with every
// line of that rule, and the line holds its member, amount, rate and
// operand values.
type Line struct {
	member string
	x      *extra // the shape; id, operands beyond the inline ones, a large rate
	amount Money
	rnum   int64 // the rate: rnum ÷ rden, or x.rate (lineRateX)
	vals   [lineVals]int64
	rden   uint32
	period months
	share  share // a line that shares one rounding with others
	flags  uint8
}

// lineVals, decisionVals and findingVals are how many operand values a
// line, a decision and a finding keep inline; more go to their extra.
const (
	lineVals     = 3
	decisionVals = 5
	findingVals  = 4
)

// Line flags.
const (
	lineLump  = 1 << iota
	lineRateX // the rate is in x
	lineEqAmount
	lineEqRate
	linePartRead // a part-year line read from JSON whose explanation holds its months part
)

// share says which of k lines sharing one rounding a line is ([Split]):
// the i'th, from 0; k is 0 for a line rounded on its own.
type share struct{ k, i uint8 }

// months is a [Period] in one byte: the first month in the high four bits,
// the last in the low four; 0 is the whole year.
type months uint8

func monthsOf(p Period) months {
	p = p.Norm()
	return months(uint8(p.From)<<4 | uint8(p.To)&15)
}

func (m months) from() uint8 { return uint8(m) >> 4 }
func (m months) to() uint8   { return uint8(m) & 15 }

// withTo returns m ending in month to instead.
func (m months) withTo(to uint8) months { return months(uint8(m)&^15 | to&15) }

func (m months) period() Period {
	if m == 0 {
		return Year
	}
	return Period{From: monthOf(m.from()), To: monthOf(m.to())}
}

// rounding is a [Rounding] in two bytes.
type rounding struct {
	mode   uint8 // 0 empty (half-up), 1 half-up, 2 half-even
	places int8
}

func roundingOf(r Rounding) rounding {
	var m uint8
	switch r.Mode {
	case HalfUp:
		m = 1
	case HalfEven:
		m = 2
	}
	return rounding{mode: m, places: int8(r.Places)}
}

func (r rounding) rounding() Rounding {
	return Rounding{Mode: [...]RoundingMode{"", HalfUp, HalfEven}[r.mode], Places: int32(r.places)}
}

// shape returns the line's shape, an empty one for the zero Line.
func (l *Line) shape() *shape {
	if l.x == nil {
		return &zeroShape
	}
	return l.x.sh
}

var zeroShape shape

// Programme returns the line's programme.
func (l Line) Programme() Programme { return programmes[l.shape().prog] }

// Item returns the line's item within its programme.
func (l Line) Item() Item { return l.shape().item }

// Member returns the member's id, or "" for a household line.
func (l Line) Member() string { return l.member }

// ID returns the id of the claim or event a lump sum pays, or "".
func (l Line) ID() string { return idOf(l.x) }

// Service returns the service a referral line names, or "".
func (l Line) Service() string { return l.shape().label }

// Payee returns who receives the amount.
func (l Line) Payee() Payee { return payees[l.shape().payee] }

// Payer returns the fund the amount is paid from.
func (l Line) Payer() Payer { return payers[l.shape().payer] }

// Indexes returns the [Programme.Index], [Payee.Index] and [Payer.Index] of
// the line's programme, payee and payer, read from its shape without going
// through their names: for adding lines up by key. Each is -1 where the
// line has none (the zero Line, or a Pay that left it empty).
func (l Line) Indexes() (programme, payee, payer int) {
	sh := l.shape()
	return int(sh.prog) - 1, int(sh.payee) - 1, int(sh.payer) - 1
}

// Form returns how the amount is delivered.
func (l Line) Form() Form { return forms[l.shape().form] }

// Annual returns the line's amount in yuan: for a recurring line what it
// pays over its months, for a lump sum the sum itself.
func (l Line) Annual() decimal.Decimal { return l.amount.Decimal() }

// Amount returns the line's amount in fen.
func (l Line) Amount() Money { return l.amount }

// Rate returns a recurring line's annual rate R (the line pays
// round(R × k / 12) for its k months), and the zero Rate for a lump sum.
func (l Line) Rate() Rate {
	if l.flags&lineRateX != 0 {
		return l.x.rare.rate
	}
	return Rate{num: u128(uint64(l.rnum)), den: uint64(l.rden)}
}

// setRate keeps q in l, in x when it does not fit inline.
func (l *Line) setRate(q Rate) {
	if q.num.hi == 0 && q.num.lo <= 1<<63-1 && q.den <= 1<<32-1 {
		l.rnum, l.rden = int64(q.num.lo), uint32(q.den)
		l.flags &^= lineRateX
		return
	}
	x := newExtra(l.shape(), 0)
	if l.x != nil {
		*x = *l.x
	}
	r := new(rare)
	if x.rare != nil {
		*r = *x.rare
	}
	r.rate = q
	x.rare = r
	l.x = x
	l.flags |= lineRateX
}

// Period returns the months the line covers: a recurring line's run of
// months, or the month a lump sum is paid in.
func (l Line) Period() Period { return l.period.period() }

// Months returns how many months a recurring line covers (12 for a full
// year); the monthly schedule spreads its amount over them.
func (l Line) Months() int { return l.Period().Months() }

// Lump reports whether the line is a one-off payment (medical and temporary
// aid, contribution sponsorship), which has no monthly schedule.
func (l Line) Lump() bool { return l.flags&lineLump != 0 }

// Rounding returns the rounding the line's amounts were made with.
func (l Line) Rounding() Rounding { return l.shape().round.rounding() }

// Clauses returns the clauses the line rests on.
func (l Line) Clauses() []Clause { return l.shape().clauses.clauses() }

// Params returns a copy of the parameters the line used, with their values
// and provenance.
func (l Line) Params() []Used { return slices.Clone(l.usedList()) }

// usedList returns the line's parameter records, shared: never hand it out.
func (l *Line) usedList() []Used { return l.shape().params }

// NumParams returns how many parameters the line used.
func (l Line) NumParams() int { return len(l.shape().params) }

// Param returns the i'th parameter the line used, 0 ≤ i < NumParams.
func (l Line) Param(i int) Used { return l.usedList()[i] }

// Provisional reports whether one of the parameters the line used is
// provisional (section 0).
func (l Line) Provisional() bool { return l.shape().prov }

// Explanation returns the arithmetic behind the amount.
func (l Line) Explanation() Explanation {
	if l.x == nil {
		return Explanation{}
	}
	e := Explanation{sh: l.x.sh, x: l.x.own(), inline: lineVals}
	copy(e.vals[:], l.vals[:])
	switch {
	case l.flags&lineEqAmount != 0:
		e.eq = result{kind: resultMoney, num: int64(l.amount)}
	case l.flags&lineEqRate != 0:
		e.eq = resultOf(l.Rate())
	}
	if p := l.Period(); l.flags&(lineLump|linePartRead) == 0 && p.Months() < 12 {
		e.part = part{k: uint8(p.Months()), from: uint8(p.From), to: uint8(p.To), amount: l.amount}
		// Lines sharing one rounding name their total when a unit of it
		// was handed out: else each pays round(R × k / 12) as said.
		if k := int(l.share.k); k > 1 {
			if s := l.Rounding().Split(l.Rate(), p.Months(), k); !s.Uniform() {
				e.part.lines, e.part.shared = uint8(k), s.Total()
			}
		}
	}
	return e
}

// Schedule returns the line's monthly schedule (section 0): the first m−1
// payments are round(amount ÷ m) and the last pays the rest, so they sum to
// the amount exactly. A lump sum has no schedule and returns the zero
// Schedule.
func (l Line) Schedule() Schedule {
	if l.flags&lineLump != 0 {
		return Schedule{}
	}
	return l.Rounding().ScheduleOf(l.amount, l.Months())
}

func provisional(used []Used) bool {
	for i := range used {
		if used[i].Provenance == Provisional {
			return true
		}
	}
	return false
}
