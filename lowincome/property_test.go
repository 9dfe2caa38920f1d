package lowincome_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// randomHousehold returns an invented household of 1–10 members with
// random classes, children, 特困 members, incomes and current status.
func randomHousehold(rng *rand.Rand) *household.Household {
	n := 1 + rng.IntN(10)
	h := &household.Household{ID: "H-RANDOM", Township: "T", RegisteredPoor: rng.IntN(2) == 0}
	classes := []household.Class{"", household.ClassA, household.ClassB, household.ClassC}
	for i := range n {
		m := household.Member{ID: "m" + string(rune('a'+i)), BirthDate: household.NewDate(1950+rng.IntN(66), 1+rngMonth(rng), 1)}
		m.Class = classes[rng.IntN(len(classes))]
		if m.BirthDate.AgeOn(on) < 18 && rng.IntN(3) == 0 {
			m.Child = household.ChildInDifficulty
		}
		if rng.IntN(8) == 0 {
			m.Tekun.Mode = household.TekunDispersed
		}
		if rng.IntN(2) == 0 {
			m.Incomes = []household.Income{{Category: household.Wages, Amount: decimal.New(rng.Int64N(800000), -2)}}
		}
		h.Members = append(h.Members, m)
	}
	h.Current.LowIncome = rng.IntN(2) == 0
	h.Current.RiseStable = rng.IntN(2) == 0
	return h
}

// withSupportMonths gives each member of h under 特困 support a random
// period (randomMonths) one time in two: with partial, any period; without,
// one that covers the whole of 2017 or none of it, so that the whole year
// is one run (household.Checked.SupportRuns).
func withSupportMonths(rng *rand.Rand, h *household.Household, partial bool) {
	for i := range h.Members {
		t := &h.Members[i].Tekun
		if !t.Supported() || rng.IntN(2) == 0 {
			continue
		}
		switch {
		case partial:
			t.Period = randomMonths(rng)
		case rng.IntN(2) == 0:
			t.Period = &household.MonthPeriod{From: household.NewYearMonth(2018, 1+rngMonth(rng))}
		default:
			t.Period = &household.MonthPeriod{From: household.NewYearMonth(2016, 1+rngMonth(rng))}
		}
	}
}

// exactRates returns the sum of the lines' exact annual rates R, times
// 2520 × 10000 so that it is a whole number of fen: every rate here is fen
// over a divisor of 10000 × n with n ≤ 10, and 2520 is lcm(1, …, 10).
func exactRates(t *testing.T, r *lowincome.Result) policy.Money {
	t.Helper()
	const scale = 2520 * 10000
	var sum policy.Money
	for _, l := range r.Lines {
		q, ok := l.Rate().Times(policy.Ratio(scale) * policy.One).Exact()
		if !ok {
			t.Fatalf("line %s %s: rate × %d is not a whole number of fen", l.Item(), l.Member(), scale)
		}
		sum += q
	}
	return sum
}

// randomMonths returns a 低保 period from 2016 to 2018, its end open one
// time in four.
func randomMonths(rng *rand.Rand) *household.MonthPeriod {
	from := household.NewYearMonth(2016+rng.IntN(3), 1+rngMonth(rng))
	p := &household.MonthPeriod{From: from}
	if rng.IntN(4) != 0 {
		to := household.NewYearMonth(from.Year+rng.IntN(2), 1+rngMonth(rng))
		if to.Year > from.Year || to.Month >= from.Month {
			p.To = to
		}
	}
	return p
}

// randomRun returns a run of months of the year, the whole year one time
// in three.
func randomRun(rng *rand.Rand) policy.Period {
	if rng.IntN(3) == 0 {
		return policy.Period{}
	}
	a, b := 1+rngMonth(rng), 1+rngMonth(rng)
	return policy.Period{From: min(a, b), To: max(a, b)}
}

func rngMonth(rng *rand.Rand) time.Month { return time.Month(rng.IntN(12)) }

// TestIncomeMonotone: over the whole year, every line covering twelve
// months, raising any member's counted income never raises the household's
// 低保 total (2.1.2), whatever the switches. 特困 members are supported all
// year or (section 0) not in 2017 at all, and then counted as ordinary
// members.
func TestIncomeMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	params := []*lowincome.Params{lowincome.Default2017()}
	for _, base := range []lowincome.UpliftBase{lowincome.BaseStandard, lowincome.BaseShare} {
		for _, mode := range []lowincome.ChildMode{lowincome.ChildInHousehold, lowincome.ChildIndividual} {
			p := lowincome.Default2017()
			p.UpliftBase.Value, p.ChildMode.Value = base, mode
			params = append(params, p)
		}
	}
	var assessors []*lowincome.Assessor
	for _, p := range params {
		as, err := lowincome.New(p)
		if err != nil {
			t.Fatal(err)
		}
		assessors = append(assessors, as)
	}
	assessOn := func(as *lowincome.Assessor, h *household.Household) (lowincome.Result, error) {
		c, err := h.Check(on)
		if err != nil {
			return lowincome.Result{}, err
		}
		return as.Assess(c, lowincome.Inputs{})
	}
	for i := range 3000 {
		h := randomHousehold(rng)
		withSupportMonths(rng, h, false)
		as := assessors[i%len(assessors)]
		before, err := assessOn(as, h)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		j := rng.IntN(len(h.Members))
		raise := decimal.New(1+rng.Int64N(500000), -2)
		h.Members[j].Incomes = append(h.Members[j].Incomes, household.Income{Category: household.Agriculture, Amount: raise})
		after, err := assessOn(as, h)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if after.TotalFen() > before.TotalFen() {
			t.Fatalf("case %d: raising members[%d]'s income by %s raised the total from %s to %s",
				i, j, raise, before.Total().StringFixed(2), after.Total().StringFixed(2))
		}
		for _, l := range after.Lines {
			a := l.Annual()
			if a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("case %d: line %s = %s is negative or over-precise", i, l.Item(), a)
			}
			if !l.Schedule().Total().Equal(a) {
				t.Fatalf("case %d: line %s schedule sums to %s, not %s", i, l.Item(), l.Schedule().Total(), a)
			}
		}
	}
}

// TestIncomeMonotonePartYear: over part of the year — a household covered
// for some months, a run of months, members under 特困 support for some
// months (each run of household.Checked.SupportRuns assessed alone) —
// raising a member's counted income never raises the sum of the lines'
// exact annual rates R, and raises the paid total by at most one fen. Each
// line pays round(R × k / 12) on its own (section 0), so the 补差 and the
// children's shared total are two roundings: when both halves round up, the
// total can gain a fen that the whole-year rounding (exact, S×n − I) never
// does. See TestPartYearRounding (2.2.3: 3933.33 → 3933.34).
func TestIncomeMonotonePartYear(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 7))
	var assessors []*lowincome.Assessor
	for _, base := range []lowincome.UpliftBase{lowincome.BaseStandard, lowincome.BaseShare} {
		for _, mode := range []lowincome.ChildMode{lowincome.ChildInHousehold, lowincome.ChildIndividual} {
			p := lowincome.Default2017()
			p.UpliftBase.Value, p.ChildMode.Value = base, mode
			as, err := lowincome.New(p)
			if err != nil {
				t.Fatal(err)
			}
			assessors = append(assessors, as)
		}
	}
	assessOn := func(as *lowincome.Assessor, h *household.Household, run policy.Period) lowincome.Result {
		c, err := h.Check(on)
		if err != nil {
			t.Fatal(err)
		}
		r, err := as.Assess(c, lowincome.Inputs{Period: run})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for i := range 3000 {
		as := assessors[i%len(assessors)]
		h := randomHousehold(rng)
		h.LowIncomePeriod = randomMonths(rng)
		withSupportMonths(rng, h, true)
		c, err := h.Check(on)
		if err != nil {
			t.Fatal(err)
		}
		runs, n := c.SupportRuns(randomRun(rng))
		j := rng.IntN(len(h.Members))
		raise := decimal.New(1+rng.Int64N(500000), -2)
		for _, run := range runs[:n] {
			before := assessOn(as, h, run)
			was := h.Members[j].Incomes
			h.Members[j].Incomes = append(was, household.Income{Category: household.Agriculture, Amount: raise})
			after := assessOn(as, h, run)
			h.Members[j].Incomes = was
			if r, q := exactRates(t, &after), exactRates(t, &before); r > q {
				t.Fatalf("case %d, run %s: raising members[%d]'s income by %s raised the exact annual rates", i, run, j, raise)
			}
			if after.TotalFen() > before.TotalFen()+1 {
				t.Fatalf("case %d, run %s: raising members[%d]'s income by %s raised the total from %s to %s",
					i, run, j, raise, before.Total().StringFixed(2), after.Total().StringFixed(2))
			}
		}
	}
}

// TestLinesWithinCoverage: the months of the household's lines never
// exceed its coverage — its 低保 months within the assessed run (section
// 0) — every line's schedule spreads its amount over exactly its months,
// none of them negative, and CoveredMonths is those months. With members
// under 特困 support for some months, each run of
// household.Checked.SupportRuns is assessed alone; a member's lines lie in
// months he is not under 特困 support, and n counts the others.
func TestLinesWithinCoverage(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 14))
	var assessors []*lowincome.Assessor
	for _, mode := range []lowincome.ChildMode{lowincome.ChildInHousehold, lowincome.ChildIndividual} {
		p := lowincome.Default2017()
		p.ChildMode.Value = mode
		p.ChildAllowance = policy.New("lowincome.child_allowance", decimal.RequireFromString("1200.00"), policy.Local, "test")
		as, err := lowincome.New(p)
		if err != nil {
			t.Fatal(err)
		}
		assessors = append(assessors, as)
	}
	for i := range 5000 {
		h := randomHousehold(rng)
		if rng.IntN(2) == 0 {
			h.LowIncomePeriod = randomMonths(rng)
		}
		withSupportMonths(rng, h, true)
		c, err := h.Check(on)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		runs, n := c.SupportRuns(randomRun(rng))
		for _, run := range runs[:n] {
			r, err := assessors[i%len(assessors)].Assess(c, lowincome.Inputs{Period: run})
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			size := 0
			for j := range h.Members {
				if alone, err := c.SupportedIn(j, run); err != nil {
					t.Fatalf("case %d: SupportRuns gave the run %s: %v", i, run, err)
				} else if !alone {
					size++
				}
			}
			if r.Size() != size {
				t.Fatalf("case %d, run %s: n = %d, want %d", i, run, r.Size(), size)
			}
			coverage, any := h.LowIncomePeriod.In(on.Year)
			if any {
				coverage, any = coverage.Intersect(run)
			}
			if !any && len(r.Lines) > 0 {
				t.Fatalf("case %d: %d lines but coverage %+v shares no month with the run %s", i, len(r.Lines), h.LowIncomePeriod, run)
			}
			for _, l := range r.Lines {
				p := l.Period()
				if p.From < coverage.From || p.To > coverage.To {
					t.Fatalf("case %d: line %s %s covers %s, beyond the coverage %s (record %+v, run %s)",
						i, l.Item(), l.Member(), p, coverage, h.LowIncomePeriod, run)
				}
				if m, ok := h.Member(l.Member()); ok {
					if s, ok := m.Tekun.In(on.Year); ok {
						if _, overlap := s.Intersect(p); overlap {
							t.Fatalf("case %d: line %s %s covers %s, in the member's 特困 months %s", i, l.Item(), l.Member(), p, s)
						}
					}
				}
				s := l.Schedule()
				if s.Months() != p.Months() || !s.Total().Equal(l.Annual()) || s.Month().IsNegative() || s.Last().IsNegative() {
					t.Fatalf("case %d: line %s %s of %s: schedule %d months %s × … + %s for %s",
						i, l.Item(), l.Member(), p, s.Months(), s.Month(), s.Last(), l.Annual())
				}
			}
			got, ok := r.CoveredMonths()
			if ok != (any && r.Covered()) || (ok && got != coverage) {
				t.Fatalf("case %d: CoveredMonths = %s, %v; want %s, %v", i, got, ok, coverage, any && r.Covered())
			}
		}
	}
}
