package disability_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
)

// BenchmarkAssess assesses a 低保 household of three with two certificate
// holders, one receiving both subsidies and one with a living subsidy not
// recorded.
func BenchmarkAssess(b *testing.B) {
	h := paid(home(adult("a1"), holder("d1", household.Physical, 1, care), holder("d2", household.Hearing, 3)),
		pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"))
	p := disability.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := disability.Assess(h, on, covered, p); err != nil {
			b.Fatal(err)
		}
	}
}
