package lowincome_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
)

func benchHousehold() *household.Household {
	return home("6000.00", classed(adult("a1", ""), household.ClassA), classed(adult("a2", ""), household.ClassB),
		adult("a3", ""), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty))
}

// BenchmarkAssessor assesses a 4-member household with an A and a B member
// and a child in difficulty under an Assessor made once: the hot path of a
// county run.
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := as.Assess(h, on); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess is the same household through the one-call Assess, which
// validates the parameters every time.
func BenchmarkAssess(b *testing.B) {
	h := benchHousehold()
	p := lowincome.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lowincome.Assess(h, on, p); err != nil {
			b.Fatal(err)
		}
	}
}
