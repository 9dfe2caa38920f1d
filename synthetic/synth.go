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
