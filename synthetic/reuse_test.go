package synthetic_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestHouseholdInto: a household filled with record i is the record
// Household returns, whatever it held before — nothing, another record, a
// household larger than any generated one, members whose incomes or
// claims share one array — for records that take every path of the
// generator, and for a run of records filled one over another in an order
// that mixes large and small.
func TestHouseholdInto(t *testing.T) {
	g := synthetic.New(synthetic.Config{Seed: 11, Households: 20000, Date: date2017})
	paths := []struct {
		name string
		has  func(*household.Household) bool
	}{
		{"no fixed household / 无固定住所的个人", func(h *household.Household) bool { return h.NoFixedHousehold }},
		{"six members / 六口之家", func(h *household.Household) bool { return len(h.Members) == 6 }},
		{"two claims / 两次住院", func(h *household.Household) bool {
			return someMember(h, func(m *household.Member) bool { return len(m.Claims) == 2 })
		}},
		{"hardship event / 临时困难", func(h *household.Household) bool { return len(h.Hardships) > 0 && !h.NoFixedHousehold }},
		{"assets and payments / 资产与在发待遇", func(h *household.Household) bool { return h.Assets != nil && len(h.Current.Payments) > 0 }},
		{"特困 period / 特困期间", func(h *household.Household) bool {
			return someMember(h, func(m *household.Member) bool { return m.Tekun.Period != nil })
		}},
		{"disability / 残疾证", func(h *household.Household) bool {
			return someMember(h, func(m *household.Member) bool { return m.Disability != nil })
		}},
	}
	var records []int
	for _, p := range paths {
		i := slices.IndexFunc(indexes(g.Len()), func(i int) bool { return p.has(g.Household(i)) })
		if i < 0 {
			t.Fatalf("no record of the first %d takes the path %q", g.Len(), p.name)
		}
		records = append(records, i)
	}
	before := []struct {
		name string
		make func() *household.Household
	}{
		{"zero household / 空户", func() *household.Household { return new(household.Household) }},
		{"another record / 另一户", func() *household.Household { return g.Household(records[1]) }},
		{"larger than any record / 超大户", largeHousehold},
		{"incomes in one array / 收入共用一个数组", func() *household.Household {
			h := largeHousehold()
			all := make([]household.Income, 40)
			for j := range h.Members {
				h.Members[j].Incomes = all[j%6 : j%6+1] // each runs on into the next member's
			}
			return h
		}},
		{"one incomes slice for all / 所有成员同一收入切片", func() *household.Household {
			h := largeHousehold()
			for j := range h.Members {
				h.Members[j].Incomes = h.Members[0].Incomes
			}
			return h
		}},
		{"claims in one array / 住院共用一个数组", func() *household.Household {
			h := largeHousehold()
			all := make([]household.Claim, 40)
			for j := range h.Members {
				h.Members[j].Claims = all[j%3 : j%3+2]
			}
			return h
		}},
	}
	for _, b := range before {
		t.Run(b.name, func(t *testing.T) {
			for k, i := range records {
				h := b.make()
				g.HouseholdInto(h, i)
				if diff := cmp.Diff(g.Household(i), h); diff != "" {
					t.Errorf("%s: record %d filled differs (-new +filled):\n%s", paths[k].name, i, diff)
				}
			}
			n := testrun.Count(20000, 200)
			h := b.make()
			for k := range n {
				i := k * 7919 % n
				g.HouseholdInto(h, i)
				if diff := cmp.Diff(g.Household(i), h); diff != "" {
					t.Fatalf("record %d filled over record %d differs (-new +filled):\n%s", i, (k-1)*7919%n, diff)
				}
			}
		})
	}
}

// largeHousehold is a household larger than any generated one: 50 members,
// each with 20 incomes, 20 claims and a certificate, 100 payments and 3
// hardship events.
func largeHousehold() *household.Household {
	h := &household.Household{ID: "X", Members: make([]household.Member, 50), Hardships: make([]household.Hardship, 3),
		Assets: &household.Assets{Vehicles: 2}, LowIncomePeriod: &household.MonthPeriod{}}
	for j := range h.Members {
		m := &h.Members[j]
		m.ID, m.Incomes, m.Claims = "old", make([]household.Income, 20), make([]household.Claim, 20)
		m.Disability = &household.Disability{Grade: 1}
	}
	h.Current.Payments = make([]household.Payment, 100)
	return h
}

// someMember reports whether a member of h has the property.
func someMember(h *household.Household, has func(*household.Member) bool) bool {
	return slices.ContainsFunc(h.Members, func(m household.Member) bool { return has(&m) })
}

// indexes returns 0, 1, …, n−1.
func indexes(n int) []int {
	is := make([]int, n)
	for i := range is {
		is[i] = i
	}
	return is
}

// TestHouseholdIntoAllocs: once a household has held records of every
// shape, filling it with each next record saves at least two allocations
// of the ones Household makes (the household and its members); what is
// left is the id and the decimal amounts, which are new values.
func TestHouseholdIntoAllocs(t *testing.T) {
	g := synthetic.New(synthetic.Config{Seed: 3, Households: 1 << 20, Date: date2017})
	h := new(household.Household)
	for i := range 2000 {
		g.HouseholdInto(h, i)
	}
	const records = 500
	next := 2000
	fresh := testing.AllocsPerRun(records, func() { g.Household(next); next++ })
	next = 2000
	reused := testing.AllocsPerRun(records, func() { g.HouseholdInto(h, next); next++ })
	if reused > fresh-2 {
		t.Errorf("HouseholdInto allocates %.1f times a record, Household %.1f: want at least 2 fewer", reused, fresh)
	}
}

// BenchmarkHouseholdInto is BenchmarkHousehold filling one household over
// and over.
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
