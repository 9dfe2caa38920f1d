package benefit

import (
	"math/rand/v2"
	"testing"

	"github.com/safetynet-go/safetynet/policy"
)

// TestOutlayOf: an outlay rebuilt from its months (a comparison read from
// the wire) pays exactly those months, whatever the outlay keeps inside,
// and merges as the original would.
func TestOutlayOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	for range 200 {
		var months [12]policy.Money
		for m := range months {
			if rng.IntN(3) > 0 {
				months[m] = policy.Money(rng.Int64N(1e12))
			}
		}
		o := outlayOf(months)
		got := o.settle("k")
		var sum policy.Money
		for m := range months {
			sum += months[m]
			if want := months[m].Decimal(); !got.Months[m].Equal(want) {
				t.Fatalf("month %d: %s, want %s", m+1, got.Months[m], want)
			}
		}
		if !got.Total.Equal(sum.Decimal()) {
			t.Fatalf("total %s, want %s", got.Total, sum.Decimal())
		}
		twice := outlayOf(months)
		twice.merge(&o)
		if x := twice.settle("k"); !x.Total.Equal((2 * sum).Decimal()) {
			t.Fatalf("merged total %s, want %s", x.Total, (2 * sum).Decimal())
		}
	}
}
