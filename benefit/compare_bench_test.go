package benefit_test

import (
	"slices"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
)

// BenchmarkCompareCounty compares the reform with the baseline over 1,000
// synthetic households on every core; BenchmarkBudgetCounty, its peer, is
// the budget of the same households under the baseline alone. A
// comparison assesses each household twice, so the ratio of the two is
// about 2.
func BenchmarkCompareCounty(b *testing.B) {
	base, reform := baselineAndReform(b)
	hs := countyRecords(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benefit.Compare(base, reform, slices.Values(hs), on, benefit.BatchOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBudgetCounty(b *testing.B) {
	a := assessor(b)
	hs := countyRecords(1000)
	in := benefit.Records[int]{Seq: upTo(len(hs))}
	in.Read = func(i int) (*household.Household, error) { return hs[i], nil }
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benefit.BudgetRecords(a, in, on, benefit.BatchOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
