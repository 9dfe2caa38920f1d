package synthetic_test

import (
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/synthetic"
)

var date2017 = household.NewDate(2017, 9, 1)

// TestDeterministic: the same seed gives equal records, record i does not
// depend on the records before it or on the county's size, and All yields
// Household(i) in order.
func TestDeterministic(t *testing.T) {
	n := testrun.Count(3000, 1000)
	a := synthetic.New(synthetic.Config{Seed: 42, Households: n, Date: date2017})
	b := synthetic.New(synthetic.Config{Seed: 42, Households: n, Date: date2017})
	small := synthetic.New(synthetic.Config{Seed: 42, Households: 10, Date: date2017})
	count := 0
	for i, h := range a.All() {
		if i != count {
			t.Fatalf("All yielded index %d at position %d", i, count)
		}
		count++
		if diff := cmp.Diff(h, b.Household(i)); diff != "" {
			t.Fatalf("record %d differs between two generators of one seed (-a +b):\n%s", i, diff)
		}
		if i < small.Len() {
			if diff := cmp.Diff(h, small.Household(i)); diff != "" {
				t.Fatalf("record %d depends on the county's size (-big +small):\n%s", i, diff)
			}
		}
	}
	if count != n {
		t.Errorf("All yielded %d records, want %d", count, n)
	}
	// Backwards, the records are the same: none depends on the one before.
	for i := n - 1; i >= n-50; i-- {
		if diff := cmp.Diff(a.Household(i), b.Household(i)); diff != "" {
			t.Fatalf("record %d differs when generated out of order:\n%s", i, diff)
		}
	}
}

// TestConcurrent: goroutines generating interleaved indexes from one
// Generator get the records a sequential run gets.
func TestConcurrent(t *testing.T) {
	n := testrun.Count(2000, 1000)
	g := synthetic.New(synthetic.Config{Seed: 7, Households: n, Date: date2017})
	got := make([]*household.Household, n)
	workers := max(runtime.GOMAXPROCS(0), 2)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				got[i] = g.Household(i)
			}
		})
	}
	wg.Wait()
	for i, h := range g.All() {
		if diff := cmp.Diff(h, got[i]); diff != "" {
			t.Fatalf("record %d differs when generated concurrently (-sequential +concurrent):\n%s", i, diff)
		}
	}
}

// TestSeedsDiffer: different seeds give different counties.
func TestSeedsDiffer(t *testing.T) {
	a := synthetic.New(synthetic.Config{Seed: 1, Households: 200, Date: date2017})
	b := synthetic.New(synthetic.Config{Seed: 2, Households: 200, Date: date2017})
	same := 0
	for i := range a.Len() {
		if cmp.Equal(a.Household(i), b.Household(i)) {
			same++
		}
	}
	if same > 2 {
		t.Errorf("%d of %d records equal across seeds 1 and 2", same, a.Len())
	}
	if cmp.Equal(a.Household(0), a.Household(1)) {
		t.Error("records 0 and 1 of one seed are equal")
	}
}

// TestValid: every record passes Validate and ValidateOn on the date, and
// keeps what validation does not check: events in the date's year on or
// before it and not before the member's birth, a child category only under
// 18, amounts of exactly two places at most, and a JSON round trip.
func TestValid(t *testing.T) {
	tests := []struct {
		name string
		date household.Date
		n    int
	}{
		{"2017 sample date", date2017, 20000},
		{"new year's day", household.NewDate(2017, 1, 1), 3000},
		{"year end", household.NewDate(2017, 12, 31), 3000},
		{"leap day", household.NewDate(2016, 2, 29), 3000},
		{"zero date is 2017-12-31", household.Date{}, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := synthetic.New(synthetic.Config{Seed: 2017, Households: testrun.Count(tt.n, tt.n/10), Date: tt.date})
			on := tt.date
			if on.IsZero() {
				on = household.NewDate(2017, 12, 31)
			}
			for i, h := range g.All() {
				if err := h.ValidateOn(on); err != nil {
					t.Fatalf("record %d (%s): %v", i, h.ID, err)
				}
				checkRecord(t, h, on)
				if i < 500 {
					roundTrip(t, h)
				}
			}
		})
	}
}

// TestValidAnyDate: records are valid on any date from 1900 to 9999, for
// any seed, including dates so early that births are clamped to 1900.
func TestValidAnyDate(t *testing.T) {
	dates := []household.Date{
		household.NewDate(1900, 1, 1), household.NewDate(1925, 3, 1), household.NewDate(1990, 6, 30),
		household.NewDate(2000, 2, 29), household.NewDate(2024, 12, 31), household.NewDate(9999, 12, 31),
	}
	for k := range 20 {
		// A spread of dates drawn from the index: every month, varied days.
		dates = append(dates, household.NewDate(1950+7*k, time.Month(1+k%12), 1+(k*11)%28))
	}
	for k, on := range dates {
		g := synthetic.New(synthetic.Config{Seed: uint64(k) * 0x9e3779b97f4a7c15, Households: 400, Date: on})
		for i, h := range g.All() {
			if err := h.ValidateOn(on); err != nil {
				t.Fatalf("date %s, record %d: %v", on, i, err)
			}
			checkRecord(t, h, on)
		}
	}
}

func inYear(d, on household.Date) bool { return d.Year == on.Year && !d.After(on) }

func checkRecord(t *testing.T, h *household.Household, on household.Date) {
	t.Helper()
	if !slices.Contains(synthetic.Townships(), h.Township) {
		t.Errorf("%s: township %q is not one of Townships()", h.ID, h.Township)
	}
	if n := len(h.Members); n < 1 || n > 6 {
		t.Errorf("%s: %d members, want 1–6", h.ID, n)
	}
	heads := 0
	for _, m := range h.Members {
		if m.Relation == household.Head {
			heads++
		}
		age := m.BirthDate.AgeOn(on)
		if m.Child != household.ChildNone && age >= 18 {
			t.Errorf("%s/%s: child category %q at age %d", h.ID, m.ID, m.Child, age)
		}
		for _, c := range m.Claims {
			if !inYear(c.Admission, on) || c.Admission.Before(m.BirthDate) {
				t.Errorf("%s/%s: admission %s outside [birth %s, %s] or not in %d", h.ID, m.ID, c.Admission, m.BirthDate, on, on.Year)
			}
		}
	}
	if heads > 1 || (heads == 0 && !h.NoFixedHousehold) {
		t.Errorf("%s: %d heads", h.ID, heads)
	}
	for _, e := range h.Hardships {
		if !inYear(e.Date, on) {
			t.Errorf("%s: hardship on %s, not in %d on or before %s", h.ID, e.Date, on.Year, on)
		}
	}
}

func roundTrip(t *testing.T, h *household.Household) {
	t.Helper()
	b, err := h.Marshal()
	if err != nil {
		t.Fatalf("%s: Marshal: %v", h.ID, err)
	}
	back, err := household.Unmarshal(b)
	if err != nil {
		t.Fatalf("%s: Unmarshal(Marshal): %v\n%s", h.ID, err, b)
	}
	if diff := cmp.Diff(h, back); diff != "" {
		t.Fatalf("%s: JSON round trip (-generated +decoded):\n%s", h.ID, diff)
	}
}

// TestMix: the proportions the package comment documents, within loose
// bounds over 20,000 records.
func TestMix(t *testing.T) {
	const n = 20000
	g := synthetic.New(synthetic.Config{Seed: 99, Households: n, Date: date2017})
	var covered, paid, coveredBelow, poor, lif, alone, needs, hardship, kids int
	var tekun, central, disabled, child, claims int
	var sizes [7]int
	classes := map[household.Class]int{}
	for _, h := range g.All() {
		sizes[len(h.Members)]++
		if h.Current.LowIncome {
			covered++
			if len(h.Current.Payments) > 0 {
				paid++
			}
			if perCapitaBelow(h) {
				coveredBelow++
			}
		}
		if h.RegisteredPoor {
			poor++
		}
		if h.LowIncomeFamily {
			lif++
		}
		if h.NoFixedHousehold {
			alone++
		}
		if h.Needs != (household.Needs{}) {
			needs++
		}
		if len(h.Hardships) > 0 && !h.NoFixedHousehold {
			hardship++
		}
		var hasTekun, hasCentral, hasDis, hasChild, hasClaim bool
		for _, m := range h.Members {
			hasTekun = hasTekun || m.Tekun.Supported()
			hasCentral = hasCentral || m.Tekun.Mode == household.TekunCentralized
			hasDis = hasDis || m.Disability != nil
			hasChild = hasChild || m.Child != household.ChildNone
			hasClaim = hasClaim || len(m.Claims) > 0
			if h.Current.LowIncome && !m.Tekun.Supported() {
				classes[m.Class]++
			}
			if m.BirthDate.AgeOn(date2017) < 18 {
				kids++
			}
		}
		for _, c := range []struct {
			has bool
			n   *int
		}{{hasTekun, &tekun}, {hasCentral, &central}, {hasDis, &disabled}, {hasChild, &child}, {hasClaim, &claims}} {
			if c.has {
				*c.n++
			}
		}
	}
	frac := func(k int) float64 { return float64(k) / n }
	tests := []struct {
		name   string
		got    float64
		lo, hi float64
	}{
		{"covered by 低保", frac(covered), 0.27, 0.33},
		{"covered with payments recorded", float64(paid) / float64(covered), 0.83, 0.93},
		{"covered below the line per capita", float64(coveredBelow) / float64(covered), 0.75, 0.9},
		{"registered poor", frac(poor), 0.22, 0.28},
		{"low-income family", frac(lif), 0.035, 0.065},
		{"with a 特困 member", frac(tekun), 0.04, 0.06},
		{"centralized share of 特困", float64(central) / float64(tekun), 0.13, 0.27},
		{"with a disability certificate", frac(disabled), 0.065, 0.095},
		{"with a child in a 2.2.3 category", frac(child), 0.02, 0.08},
		{"with an inpatient claim", frac(claims), 0.04, 0.06},
		{"ordinary with a hardship event", frac(hardship), 0.02, 0.04},
		{"without a fixed household", frac(alone), 0.002, 0.009},
		{"with a need flagged", frac(needs), 0.02, 0.09},
		{"of 2–4 members", frac(sizes[2] + sizes[3] + sizes[4]), 0.6, 0.75},
		{"of one member", frac(sizes[1]), 0.12, 0.2},
		{"of six members", frac(sizes[6]), 0.03, 0.08},
		{"class A among covered members", float64(classes[household.ClassA]) / float64(sumValues(classes)), 0.12, 0.25},
		{"class C among covered members", float64(classes[household.ClassC]) / float64(sumValues(classes)), 0.3, 0.45},
	}
	for _, tt := range tests {
		if tt.got < tt.lo || tt.got > tt.hi {
			t.Errorf("%s: %.4f, want %.3f–%.3f", tt.name, tt.got, tt.lo, tt.hi)
		}
	}
	if kids == 0 {
		t.Error("no member under 18")
	}
}

func sumValues(m map[household.Class]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

// perCapitaBelow reports whether the counted income (2017 default
// categories) of the members outside 特困 support is below 3622 元 a head.
func perCapitaBelow(h *household.Household) bool {
	var income int64
	n := int64(0)
	for _, m := range h.Members {
		if m.Tekun.Supported() {
			continue
		}
		n++
		for _, in := range m.Incomes {
			switch in.Category {
			case household.Wages, household.Agriculture, household.Business, household.Property,
				household.Transfers, household.OtherIncome:
				income += in.Amount.Shift(2).IntPart()
			}
		}
	}
	return income < 362200*n
}

// TestEdges: an empty county, a negative size, ids past seven digits, and
// an index out of range.
func TestEdges(t *testing.T) {
	for _, n := range []int{0, -5} {
		g := synthetic.New(synthetic.Config{Seed: 1, Households: n})
		if g.Len() != 0 {
			t.Errorf("Households %d: Len() = %d, want 0", n, g.Len())
		}
		for i := range g.All() {
			t.Errorf("Households %d: All yielded %d", n, i)
		}
	}
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 12_345_678, Date: date2017})
	for _, tt := range []struct {
		i    int
		want string
	}{{0, "SYN-0000001"}, {9_999_998, "SYN-9999999"}, {9_999_999, "SYN-10000000"}, {12_345_677, "SYN-12345678"}} {
		if got := g.Household(tt.i).ID; got != tt.want {
			t.Errorf("Household(%d).ID = %q, want %q", tt.i, got, tt.want)
		}
	}
	if got := len(synthetic.Townships()); got != 20 {
		t.Errorf("len(Townships()) = %d, want 20", got)
	}
	for _, i := range []int{-1, 12_345_678} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Household(%d) did not panic", i)
				}
			}()
			g.Household(i)
		}()
	}
	// All stops when the loop breaks.
	k := 0
	for range g.All() {
		k++
		if k == 3 {
			break
		}
	}
	if k != 3 {
		t.Errorf("broke after %d, want 3", k)
	}
}

// BenchmarkHousehold generates one new record after another.
func BenchmarkHousehold(b *testing.B) {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1 << 30, Date: date2017})
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		g.Household(i)
		i++
	}
}

// BenchmarkHouseholdValidate is generation with the validation a budget run
// would add.
func BenchmarkHouseholdValidate(b *testing.B) {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1 << 30, Date: date2017})
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if err := g.Household(i).ValidateOn(date2017); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
