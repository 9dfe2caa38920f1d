package synthetic

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// The 2017 figures the recorded payments are due under, in fen a year
// unless named monthly, read from the programmes' built-in parameters so
// that the law's numbers stay in their params files (RULES.md 2.1.1,
// 2.1.2, 2.2.4).
var (
	low2017 = lowincome.Default2017()
	dis2017 = disability.Default2017()

	standard       = fen(low2017.Standard.Value)                            // S (2.1.1)
	upliftA        = fen(low2017.Standard.Value.Mul(low2017.UpliftA.Value)) // A uplift (2.1.2)
	upliftB        = fen(low2017.Standard.Value.Mul(low2017.UpliftB.Value)) // B uplift (2.1.2)
	livingSevere   = fen(dis2017.Living.Grade1.Value)                       // living subsidy, grades 1–2 (2.2.4)
	livingMild     = fen(dis2017.Living.Grade3.Value)                       // living subsidy, grades 3–4 (2.2.4)
	nursingMonthly = fen(dis2017.Nursing.Grade1.Value)                      // nursing subsidy a month (2.2.4)
)

// fen is an amount of at most two places in fen.
func fen(d decimal.Decimal) int64 { return d.Shift(2).IntPart() }

// The items of the payment lines, as the programme packages name them;
// written out here so that this package imports no programme.
const (
	itemBase    policy.Item = "base"
	itemUpliftA policy.Item = "uplift-a"
	itemUpliftB policy.Item = "uplift-b"
	itemChild   policy.Item = "child"
	itemLiving  policy.Item = "living"
	itemNursing policy.Item = "nursing"
)

// maxSize bounds the members of a generated household.
const maxSize = 6

var (
	memberIDs   = [maxSize]string{"m1", "m2", "m3", "m4", "m5", "m6"}
	memberNames = [maxSize]string{"合成成员1", "合成成员2", "合成成员3", "合成成员4", "合成成员5", "合成成员6"}
	claimIDs    = [2]string{"c1", "c2"}
	referrals   = [...]string{"救助管理站 / relief station", "慈善总会 / charity federation",
		"法律援助中心 / legal aid centre", "心理疏导 / counselling"}
)

// shared holds the amounts many records carry, made once: a decimal is
// never changed in place, so records can share them.
var shared = func() map[int64]decimal.Decimal {
	m := make(map[int64]decimal.Decimal)
	for _, c := range []int64{
		84000, 108000, // pensions
		standard, upliftA, upliftB, livingSevere, livingMild, 12 * nursingMonthly, // annual
		monthly(upliftA), monthly(upliftB), monthly(standard), // monthly 低保 lines
		monthly(livingSevere), monthly(livingMild), nursingMonthly, 5000, // monthly subsidies
		8000000, 3500000, // fixed-quota costs
	} {
		m[c] = decimal.New(c, -2)
	}
	return m
}()

// amount returns c fen as a decimal of two places.
func amount(c int64) decimal.Decimal {
	if d, ok := shared[c]; ok {
		return d
	}
	return decimal.New(c, -2)
}

// monthly is the regular month of the schedule of an annual amount in fen
// (months 1–11, RULES.md section 0): a/12 rounded half away from zero.
func monthly(a int64) int64 { return (a + 6) / 12 }

// The kinds of record and their weights (per 1000).
const (
	kindOrdinary = iota
	kindNoHousehold
	kindTekunAlone
	kindTekunAmong
)

var (
	kindWeights  = []int{945, 5, 42, 8}
	sizeWeights  = []int{12, 22, 26, 22, 12, 6} // sizes 1–6
	disTypes     = []household.DisabilityType{household.Physical, household.Hearing, household.Mental, household.Visual, household.Intellectual, household.Multiple, household.Speech}
	disTypeW     = []int{35, 15, 13, 12, 12, 10, 3}
	gradeW       = []int{15, 25, 30, 30}
	selfCares    = []household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone}
	selfCareW    = []int{60, 25, 15}
	classes      = []household.Class{household.ClassA, household.ClassB, household.ClassC, household.ClassNone}
	classW       = []int{15, 20, 40, 25}
	classWFrail  = []int{40, 20, 25, 15}
	hardships    = []household.HardshipType{household.Fire, household.Disaster, household.Accident, household.SuddenIllness, household.EmergencyOther, household.MedicalExpense, household.EducationExpense, household.ExpenseOther}
	hardshipW    = []int{12, 12, 15, 20, 6, 20, 10, 5}
	incomeBandsW = []int{83, 2, 15} // covered: below, at, above the line
)

// entry is one income while a record is built: a category and fen.
type entry struct {
	cat   household.IncomeCategory
	cents int64
}

// line is one current payment while a record is built.
type line struct {
	prog   policy.Programme
	item   policy.Item
	member string
	cents  int64 // monthly
}

// builder builds one record. It lives on the caller's stack; its arrays
// hold what the record needs before its slices are made to size.
type builder struct {
	r     rng
	i     int // the record's index
	on    household.Date
	doy   int
	h     *household.Household
	spare spare // what h held before, to fill again

	town  int
	size  int
	rel   [maxSize]household.Relation
	age   [maxSize]int
	tekun [maxSize]bool

	covered, poor, exact bool

	inc   [maxSize][8]entry
	ninc  [maxSize]int
	pays  [2 + 4*maxSize]line
	npays int
}

// recordID returns "SYN-" and i+1 in at least seven digits.
func recordID(i int) string {
	var digits [20]byte
	k := len(digits)
	for n := uint64(i) + 1; n > 0 || k > len(digits)-7; n /= 10 {
		k--
		digits[k] = byte('0' + n%10)
	}
	var buf [24]byte
	b := append(buf[:0], "SYN-"...)
	b = append(b, digits[k:]...)
	return string(b)
}

// build draws record i into b.h: its kind and members first, then each programme's
// facts in a fixed order, so that the draws, and so the record, depend on
// the seed, the date and i alone.
func (b *builder) build(i int) {
	r, h := &b.r, b.h
	b.i = i
	h.ID = recordID(i)
	b.town = r.intn(len(townships))
	h.Township = townships[b.town]
	kind := r.pick(kindWeights)
	switch kind {
	case kindNoHousehold:
		b.noHousehold()
		return
	case kindTekunAlone:
		h.Village = villages[r.intn(len(villages))]
		if r.chance(0.8) {
			b.add(household.Head, r.between(60, 95))
		} else {
			b.add(household.Head, r.between(30, 59))
		}
		b.tekun[0] = true
	case kindTekunAmong:
		h.Village = villages[r.intn(len(villages))]
		b.compose(2 + r.pick(sizeWeights[1:5]))
		b.add(household.Sibling, r.between(40, 80))
		b.tekun[b.size-1] = true
	default:
		h.Village = villages[r.intn(len(villages))]
		b.compose(1 + r.pick(sizeWeights))
	}
	h.Members = reuse(b.spare.members, b.size)
	for j := range b.size {
		m := &h.Members[j]
		m.ID, m.Name, m.Relation = memberIDs[j], memberNames[j], b.rel[j]
		m.BirthDate = b.birth(b.age[j])
		if b.tekun[j] {
			b.setTekun(m)
		}
	}
	b.disabilities(kind)
	for j := range h.Members {
		if r.chance(0.015) {
			h.Members[j].MajorDisease = true
		}
	}
	b.statuses(kind)
	b.ableToWork()
	b.classes()
	b.claims()
	if b.poor {
		ill := 0.08
		for j := range h.Members {
			if h.Members[j].MajorDisease {
				ill = 0.6
			}
		}
		h.ImpoverishedByIllness = r.chance(ill)
	}
	b.incomes(kind)
	b.payments()
	b.materialize()
	if r.chance(0.03) {
		b.hardship(false)
	}
	b.needs()
	b.assets(kind)
}

// add appends a member of the relation and age to the household's shape.
func (b *builder) add(rel household.Relation, age int) {
	b.rel[b.size], b.age[b.size] = rel, min(max(age, 0), 98)
	b.size++
}

// childAge is the age of a child of a head of age hd: 20–40 years younger.
func (b *builder) childAge(hd int) int { return b.r.between(max(0, hd-40), hd-20) }

// spouseAge is the age of the spouse of a head of age hd.
func (b *builder) spouseAge(hd int) int { return max(20, hd+b.r.between(-6, 3)) }

// compose draws the relations and ages of an ordinary household of n
// members.
func (b *builder) compose(n int) {
	r := &b.r
	switch {
	case n == 1:
		if r.chance(0.55) {
			b.add(household.Head, r.between(60, 90))
		} else {
			b.add(household.Head, r.between(25, 59))
		}
	case n == 2:
		switch r.pick([]int{45, 20, 20, 15}) {
		case 0: // elderly couple
			hd := r.between(58, 88)
			b.add(household.Head, hd)
			b.add(household.Spouse, b.spouseAge(hd))
		case 1: // couple whose children have left
			hd := r.between(40, 57)
			b.add(household.Head, hd)
			b.add(household.Spouse, b.spouseAge(hd))
		case 2: // single parent
			hd := r.between(28, 55)
			b.add(household.Head, hd)
			b.add(household.Child, b.childAge(hd))
		default: // head and an old parent
			hd := r.between(35, 60)
			b.add(household.Head, hd)
			b.add(household.Parent, hd+r.between(20, 32))
		}
	default:
		switch r.pick([]int{50, 35, 15}) {
		case 0: // young family, with the head's parents in some larger ones
			hd := r.between(26, 50)
			b.add(household.Head, hd)
			b.add(household.Spouse, b.spouseAge(hd))
			kids := n - 2
			if n >= 5 && r.chance(0.5) {
				parents := 1 + r.intn(2)
				for range parents {
					b.add(household.Parent, hd+r.between(20, 32))
				}
				kids -= parents
			}
			for range kids {
				b.add(household.Child, b.childAge(hd))
			}
		case 1: // left-behind grandparents and grandchildren
			hd := r.between(52, 78)
			b.add(household.Head, hd)
			slots := n - 1
			if r.chance(0.85) {
				b.add(household.Spouse, b.spouseAge(hd))
				slots--
			}
			if slots == 1 {
				b.add(household.Grandchild, r.between(0, min(17, hd-40)))
				break
			}
			ca := r.between(max(18, hd-38), hd-20)
			b.add(household.Child, ca)
			slots--
			if slots >= 2 && r.chance(0.5) {
				b.add(household.Other, max(18, ca+r.between(-3, 3))) // the child's spouse
				slots--
			}
			for range slots {
				b.add(household.Grandchild, r.between(0, min(17, ca-18)))
			}
		default: // extended: a parent and a sibling of the head
			hd := r.between(30, 55)
			b.add(household.Head, hd)
			b.add(household.Spouse, b.spouseAge(hd))
			b.add(household.Parent, hd+r.between(20, 32))
			if n > 3 {
				b.add(household.Sibling, max(18, hd+r.between(-10, 10)))
			}
			for b.size < n {
				b.add(household.Child, b.childAge(hd))
			}
		}
	}
}

// noHousehold is the one-member record of a person without a fixed
// household (2.4.3): temporary aid and referral only.
func (b *builder) noHousehold() {
	h := b.h
	h.NoFixedHousehold = true
	age := b.r.between(20, 70)
	h.Members = reuse(b.spare.members, 1)
	h.Members[0] = household.Member{ID: memberIDs[0], Name: memberNames[0], BirthDate: b.birth(age)}
	b.size, b.age[0] = 1, age
	if b.r.chance(0.4) {
		b.hardship(true)
	}
}

// birth returns a birth date on which a person is age full years old on
// the assessment date (never 29 February, and not before 1900).
func (b *builder) birth(age int) household.Date {
	m := 1 + b.r.intn(12)
	d := 1 + b.r.intn(commonDays[m])
	y := b.on.Year - age
	if m > int(b.on.Month) || (m == int(b.on.Month) && d > b.on.Day) {
		y--
	}
	if y < 1900 {
		return household.NewDate(1900, 1, 1)
	}
	return household.NewDate(y, time.Month(m), d)
}

// dateFrom returns a day of the assessment year from the later of 1
// January and from, to the assessment date.
func (b *builder) dateFrom(from household.Date) household.Date {
	lo := 1
	if from.Year == b.on.Year {
		lo = dayOfYear(from)
	}
	return fromDayOfYear(b.on.Year, b.r.between(lo, b.doy))
}
