package disability_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
)

// benchHousehold is a 低保 household of three with two certificate
// holders, one receiving both subsidies and one with a living subsidy not
// recorded.
func benchHousehold() *household.Household {
	return paid(home(adult("a1"), holder("d1", household.Physical, 1, care), holder("d2", household.Hearing, 3)),
		pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"))
}

// BenchmarkAssessor assesses the household of benchHousehold under an
// Assessor made once: the hot path of a county run.
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	a, err := disability.New(disability.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(h, on, covered); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess is the same household through the one-call Assess, which
// validates the parameters every time.
func BenchmarkAssess(b *testing.B) {
	h := benchHousehold()
	p := disability.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := disability.Assess(h, on, covered, p); err != nil {
			b.Fatal(err)
		}
	}
}
