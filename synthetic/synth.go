package synthetic

import (
	"fmt"
	"iter"
	"slices"

	"github.com/safetynet-go/safetynet/household"
)

// Config says which county to generate.
type Config struct {
	// Seed selects the county: the same seed gives the same records.
	Seed uint64
	// Households is how many records; zero or negative means none.
	Households int
	// Date is the assessment date: every record is valid on it
	// (ValidateOn(Date) == nil), and claims and hardship events fall in
	// its calendar year on or before it. A Date that is not a valid
	// calendar date, the zero Date among them, is taken as 2017-12-31, the
	// last day of the built-in 2017 parameter set.
	Date household.Date
}

// defaultDate replaces a Config.Date that is not a valid date.
var defaultDate = household.NewDate(2017, 12, 31)

// Generator generates the records of one [Config]. It holds no state
// that generation changes, so it is safe for concurrent use.
//
// A Generator is a pure function of its Config: record i is drawn from a
// PCG source (math/rand/v2) seeded from (Seed, i) alone, so any shard or
// goroutine can generate any index without the records before it (and
// record i is the same whatever Households is), and the same seed and date
// always give the same records. Record i has the id "SYN-" followed by i+1
// in at least seven digits. Amounts are whole yuan or yuan and fen, never
// more than two places; the constant amounts (pensions, subsidies, monthly
// payments) are shared between records, which is safe because a
// decimal.Decimal is never changed in place.
//
// The proportions of the county are those of the draws; a county of a few
// thousand records shows them to within a point or two. The tests check
// them loosely, and check the planted audit findings against the lowincome
// and disability packages.
//
//   - Kinds: 0.5% one-member records of a person without a fixed household
//     (NoFixedHousehold; 40% of them with an "emergency-other" hardship,
//     70% of those referred to a relief station); 4.2% one-member
//     households of a 特困 person; the rest ordinary households, 0.8% of all
//     records with a 特困 member (an unmarried sibling of 40–80) living
//     among them. In all about 5% of households have a 特困 member: 80%
//     dispersed; 20% centralized in the township's nursing home (of class
//     1, 2, 3 or unrated by township), one in eight of those supported all
//     year having entered the home during it (a stay from a month between
//     February and the assessment date's, dispersed support before);
//     self-care full 60%, partial 25%, none 15%; 10% with a period of support (section 0) starting in a
//     month of the year (one in five the year before) and ending in a
//     later month of the year or (two in five) left open.
//   - Sizes of ordinary households: 1 12%, 2 22%, 3 26%, 4 22%, 5 12%,
//     6 6% (70% of 2–4). Shapes: elderly people alone or in couples, young
//     families with children (sometimes with the head's parents), left-
//     behind grandparents with grandchildren (sometimes with an adult child
//     and the child's spouse, relation "other"), and extended households
//     with a parent and a sibling of the head.
//   - 低保: 31.5% of ordinary households (30% of all) are covered now
//     (Current.LowIncome). Their counted income per person is below the
//     standard 3622 元 in 83%, exactly at it in 2% and above it (3700–5500)
//     in 15%; of those above, 40% have the rise confirmed stable.
//     Households not covered have 600–3600 元 per person in 9% (20% when
//     registered poor), the candidates for 应保未保, and 3650–8000 otherwise.
//     Each covered member outside 特困 support has class A 15%, B 20%, C 40%
//     or none 25% (A 40%, B 20%, C 25%, none 15% from 75 or when severely
//     disabled).
//   - Current payments: 88% of covered households have their 低保 lines
//     recorded (household "base", "uplift-a"/"uplift-b" per class A/B
//     member, "child" per 2.2.3 child), at the amounts due under the
//     built-in 2017 defaults (the regular month, months 1–11, of each
//     line's schedule); 25% of those at or below the line carry one
//     deliberate error — the base off by 5–120 元 (half of them), a member
//     line missing or an uplift line for a member without class A or B (a
//     quarter each). Households above the line carry a stale base of
//     50–300 元/月. Under the 2017 defaults the 低保 audit then finds about
//     11% of all households under- or over-paid, 7% eligible but not
//     covered (应保未保) and 2% still paid above the line though their rise
//     was confirmed (应退未退). Disability subsidies of
//     qualifying holders are recorded in 70% (living) and 65% (nursing,
//     for 特困 persons too) of cases, 6% of living receipts at a wrong
//     amount (50.00 元/月), and 3% of holders outside 低保 and 建档立卡
//     wrongly receive the living subsidy.
//   - Disability certificates: about 8% of households (7% of ordinary
//     households, a tenth of them with two holders; 35% of 特困 persons
//     alone). Grades 1 15%, 2 25%, 3 30%, 4 30%; types physical 35%,
//     hearing 15%, mental 13%, visual 12%, intellectual 12%, multiple 10%,
//     speech 3%; long-term care for 60% of grades 1–2 and 10% of grade 3;
//     work-injury nursing pay for 3% of adults of grades 1–2; orphan
//     allowance for 10% of disabled children.
//   - Children in difficulty: a member under 18 is in a 2.2.3 category with
//     15% in covered households, 5% in registered-poor ones and 1%
//     otherwise (60% when an adult member holds a grade 1–2 certificate);
//     40% 困境儿童 ("in-difficulty", always for a disabled child), 60%
//     困境家庭儿童. About 5% of households have such a child.
//   - Registered poor (建档立卡): 55% of covered households, 12% of others,
//     30% of 特困 persons alone: about 25% in all. Low-income family: 7% of
//     ordinary households not covered. No development path: 35% of covered
//     registered-poor households, 5% of other registered poor.
//     Impoverished by illness: 60% of registered-poor households with a
//     major-disease patient, 8% of other registered-poor households.
//   - Ability to work: 92% of 18–59 (5% if severely disabled or a
//     major-disease patient), 35% of 60–64, 10% of 16–17, no 特困 person.
//     Major disease: 1.5% of members, 35% of claimants.
//   - Incomes: members of 60 and over have a pension (transfers) of 840 元
//     (90%, a tenth of them 1080); the rest of the household's counted
//     income (per person as drawn above) is shared, four to eight parts
//     each, by those able to work as wages with agriculture or business,
//     and one part each by the other adults up to 80 who are not severely
//     disabled, as agriculture; a quarter of agricultural amounts carry
//     fen, and 2% of those able to work have some property income.
//     Uncounted incomes appear where they belong: 低保 received (the head),
//     disability subsidies received, 特困 support (3622 for a dispersed
//     person supported all year), medical aid, and occasional scholarships
//     (4% of 15–17) and bravery awards (0.05% of adults).
//   - Inpatient claims: 5% of households, one member (the oldest in 55%),
//     one claim (two in 15%), admitted in the assessment year. Total cost
//     2000–64000 元 with fen; compliant 80–98% of it; NCMS 45–65% of the
//     compliant cost; critical-illness insurance 40–60% of what remains
//     above 10000; for registered-poor members supplementary (50%) and
//     guaranteed (20%) compensation of 10–30% of the rest, so insurance
//     never exceeds the compliant cost. A quarter of claims of children of
//     14 or under are for acute leukaemia (fixed quota 80000) or congenital
//     heart disease (35000). 10% of claimants have 500–5000 元 of medical
//     aid already paid this year.
//   - Hardship events: 3% of households, one event each: fire 12%,
//     disaster 12%, accident 15%, sudden illness 20%, other emergency 6%,
//     medical 20%, education 10%, other expenditure 5%; 40% with nothing
//     received against the cost, the rest with 10–90% of it received as
//     insurance, compensation or other aid; 10% with a referral.
//   - Needs: unsafe housing 8% of registered-poor households and 1% of
//     others (30% after a fire); no pension 3% of households with a member
//     of 16–59; disease emergency 3% of claim households; disaster victim
//     60% after a disaster. About 5.5% of households have a need flagged.
//   - Assets declared: 75% of covered households (deposits 0–6000 元),
//     25% of other ordinary households (0–50000, 10% with a vehicle, 5%
//     with extra housing), none for a 特困 person alone.
type Generator struct {
	key uint64 // the mixed seed
	n   int
	on  household.Date
	doy int // on's day of the year, 1–366
}

// New returns the generator of the configured county. It never fails: a
// negative Households is taken as zero and an invalid Date as 2017-12-31.
func New(c Config) *Generator {
	on := c.Date
	if !on.Valid() {
		on = defaultDate
	}
	return &Generator{key: mix(c.Seed), n: max(c.Households, 0), on: on, doy: dayOfYear(on)}
}

// Len returns the number of records, Config.Households (0 if negative).
func (g *Generator) Len() int { return g.n }

// Household returns record i, 0 ≤ i < [Generator.Len], a new record the
// caller may change. It depends only on the seed, the date and i, not on
// any other record, so shards and goroutines can generate any index
// independently. It panics when i is out of range, as a slice index does.
//
// Every record passes [household.Household.Validate] and
// [household.Household.ValidateOn] on the configured date: births are on or
// before it, and inpatient claims and hardship events fall in its calendar
// year, on or before it (and not before the member concerned was born):
// the claims and events a county knows of on the date, though a record may
// hold later ones of the year, which are assessed in their months. Ages fit
// relations: a spouse is within a few years of the head, a child 20–40
// years younger, a parent 20–32 years older, a grandchild at least 18 years
// younger than the parent generation; a 2.2.3 child category is given only
// to a member under 18. (On dates before about 2000 the oldest are born on
// 1 January 1900 instead, the earliest date a record may hold.)
func (g *Generator) Household(i int) *household.Household {
	h := new(household.Household)
	g.HouseholdInto(h, i)
	return h
}

// HouseholdInto overwrites *h with record i, the record [Generator.Household]
// returns, reusing what h held where the record has room for it: the array
// of h's members up to its capacity, each member's incomes and claims, the
// payments, the hardship events and the assets. A caller who fills one
// household over and over so allocates a fraction of what new records
// cost: the id and the amounts, which are new values. Whatever else h held
// is dropped. Nothing may still be using h or what it held, copies of its
// members included: they are written over. h must not be nil. It panics
// when i is out of range, as a slice index does.
func (g *Generator) HouseholdInto(h *household.Household, i int) {
	if i < 0 || i >= g.n {
		panic(fmt.Sprintf("synth: record index %d out of range [0, %d)", i, g.n))
	}
	b := builder{on: g.on, doy: g.doy, h: h}
	b.spare.take(h)
	hi := mix(g.key ^ mix(uint64(i)))
	b.r.src.Seed(hi, mix(hi+uint64(i)))
	b.build(i)
}

// All yields every record with its index, in index order: the records
// [Generator.Household] returns for each index from 0 to Len()−1. It stops
// when the loop body breaks.
func (g *Generator) All() iter.Seq2[int, *household.Household] {
	return func(yield func(int, *household.Household) bool) {
		for i := range g.n {
			if !yield(i, g.Household(i)) {
				return
			}
		}
	}
}

// townships are the invented township names; nothing here names a real
// township of Dongzhi.
var townships = func() []string {
	t := make([]string, 20)
	for i := range t {
		t[i] = fmt.Sprintf("乡镇%02d", i+1)
	}
	return t
}()

// Townships returns the 20 township names records are spread over,
// "乡镇01" to "乡镇20". They are invented, numbered so that none can be
// taken for a real township. The slice is the caller's to change.
func Townships() []string { return slices.Clone(townships) }

// villages are the invented village names, the same in every township.
var villages = func() []string {
	v := make([]string, 12)
	for i := range v {
		v[i] = fmt.Sprintf("村%02d", i+1)
	}
	return v
}()

// homes are the township nursing homes (敬老院) and their classes.
var (
	homeIDs = func() []string {
		h := make([]string, len(townships))
		for i, t := range townships {
			h[i] = t + "敬老院"
		}
		return h
	}()
	homeClasses = [...]household.HomeClass{
		household.HomeClass1, household.HomeClass2, household.HomeClass1, household.HomeUnrated,
		household.HomeClass3, household.HomeClass2, household.HomeClass1, household.HomeClass2,
		household.HomeUnrated, household.HomeClass1, household.HomeClass2, household.HomeClass3,
		household.HomeClass1, household.HomeClass2, household.HomeUnrated, household.HomeClass1,
		household.HomeClass2, household.HomeClass1, household.HomeClass3, household.HomeClass2,
	}
)
