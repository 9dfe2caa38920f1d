package yearcut_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/internal/yearcut"
)

// TestRandom: the runs are one to four runs of months, in order, each
// starting the month after the one before ends, together the whole year.
func TestRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[int]bool{}
	for range 1000 {
		runs := yearcut.Random(rng)
		seen[len(runs)] = true
		if len(runs) < 1 || len(runs) > 4 {
			t.Fatalf("%v: %d runs, want 1–4", runs, len(runs))
		}
		next := time.January
		for _, r := range runs {
			if r.From != next || r.To < r.From {
				t.Fatalf("%v: run %v does not start in %s", runs, r, next)
			}
			next = r.To + 1
		}
		if next != 13 {
			t.Fatalf("%v: the runs end in %s, not December", runs, next-1)
		}
	}
	for n := 1; n <= 4; n++ {
		if !seen[n] {
			t.Errorf("no year of %d runs in 1000 draws", n)
		}
	}
}
