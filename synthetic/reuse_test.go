package synthetic_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestHouseholdInto: filling one household over and over, in an order
// that mixes large and small records, gives each time the record
// Household returns, whatever the household held before: another record,
// a record with more members and incomes than any generated one, or the
// zero household.
func TestHouseholdInto(t *testing.T) {
	n := testrun.Scaled(5000, 10)
	g := synthetic.New(synthetic.Config{Seed: 11, Households: n, Date: date2017})
	h := new(household.Household)
	for k := range n {
		i := k * 7919 % n
		g.HouseholdInto(h, i)
		if diff := cmp.Diff(g.Household(i), h); diff != "" {
			t.Fatalf("record %d filled over record %d differs (-new +filled):\n%s", i, (k-1)*7919%n, diff)
		}
	}
	big := &household.Household{ID: "X", Members: make([]household.Member, 50), Hardships: make([]household.Hardship, 3),
		Assets: &household.Assets{Vehicles: 2}, LowIncomePeriod: &household.MonthPeriod{}}
	for j := range big.Members {
		m := &big.Members[j]
		m.ID, m.Incomes, m.Claims = "old", make([]household.Income, 20), make([]household.Claim, 20)
		m.Disability = &household.Disability{Grade: 1}
	}
	big.Current.Payments = make([]household.Payment, 100)
	for i := range min(n, 300) {
		h := *big
		h.Members = append([]household.Member(nil), big.Members...)
		g.HouseholdInto(&h, i)
		if diff := cmp.Diff(g.Household(i), &h); diff != "" {
			t.Fatalf("record %d filled over a large household differs (-new +filled):\n%s", i, diff)
		}
	}
}

// TestHouseholdIntoAllocs: once a household has held records of every
// shape, filling it with a record saves at least two allocations of the
// ones Household makes (the household and its members); what is left is
// the id and the decimal amounts, which are new values.
func TestHouseholdIntoAllocs(t *testing.T) {
	g := synthetic.New(synthetic.Config{Seed: 3, Households: 1 << 20, Date: date2017})
	h := new(household.Household)
	for i := range 2000 {
		g.HouseholdInto(h, i)
	}
	var fresh, reused float64
	const records = 500
	for i := 2000; i < 2000+records; i++ {
		fresh += testing.AllocsPerRun(1, func() { g.Household(i) })
		reused += testing.AllocsPerRun(1, func() { g.HouseholdInto(h, i) })
	}
	if reused > fresh-2*records {
		t.Errorf("over %d records HouseholdInto allocates %.0f times, Household %.0f: want at least %d fewer",
			records, reused, fresh, 2*records)
	}
}

func BenchmarkHouseholdInto(b *testing.B) {
	g := synthetic.New(synthetic.Config{Seed: 1, Households: 1 << 30, Date: date2017})
	h := new(household.Household)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		g.HouseholdInto(h, i)
		i++
	}
}
