package yearcut

import (
	"math/rand/v2"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// Random returns the year cut into one to four runs at random months, in
// order, together covering January–December.
func Random(rng *rand.Rand) []policy.Period {
	var cuts uint16 // bit m: a run starts in month m
	for range rng.IntN(4) {
		cuts |= 1 << (2 + rng.IntN(11))
	}
	var runs []policy.Period
	from := time.January
	for m := time.February; m <= time.December; m++ {
		if cuts&(1<<m) != 0 {
			runs = append(runs, policy.Period{From: from, To: m - 1})
			from = m
		}
	}
	return append(runs, policy.Period{From: from, To: time.December})
}
