package benefit_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/synthetic"
)

// jsonOf is the comparison's JSON, which holds everything it observes:
// counts, every row of both budgets, coverage, movers, townships and both
// sides' monthly outlays.
func jsonOf(t testing.TB, c *benefit.Comparison) string {
	t.Helper()
	b, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sequential is the comparison of the households added one by one, in
// order, on this goroutine: the reference a parallel run must equal.
func sequential(t testing.TB, base, reform *benefit.Assessor, hs []*household.Household) *benefit.Comparison {
	t.Helper()
	var c benefit.Comparison
	for _, h := range hs {
		b, errB := base.Assess(h, on)
		r, errR := reform.Assess(h, on)
		if errB != nil || errR != nil {
			c.AddError()
			continue
		}
		c.Add(h, b, r)
	}
	return &c
}

func countyRecords(n int) []*household.Household {
	g := synthetic.New(synthetic.Config{Seed: 17, Households: n, Date: on})
	hs := make([]*household.Household, n)
	for i, h := range g.All() {
		hs[i] = h
	}
	return hs
}

// TestCompareMergeSplits proves the monoid: for every split of the six
// hand-worked households into two shards, each shard compared on its own
// and the two merged in either order give exactly the comparison of the
// whole (RULES.md section 3: budgets by shard).
func TestCompareMergeSplits(t *testing.T) {
	base, reform := baselineAndReform(t)
	hs := compareHouseholds(t)
	whole := jsonOf(t, sequential(t, base, reform, hs))
	for mask := range 1 << len(hs) {
		var a, b []*household.Household
		for i, h := range hs {
			if mask&(1<<i) != 0 {
				a = append(a, h)
			} else {
				b = append(b, h)
			}
		}
		ca, cb := sequential(t, base, reform, a), sequential(t, base, reform, b)
		var ab, ba benefit.Comparison
		ab.Merge(ca)
		ab.Merge(cb)
		ba.Merge(cb)
		ba.Merge(ca)
		if got := jsonOf(t, &ab); got != whole {
			t.Fatalf("split %06b merged a+b differs from the whole (-whole +merged):\n%s", mask, cmp.Diff(whole, got))
		}
		if got := jsonOf(t, &ba); got != whole {
			t.Fatalf("split %06b merged b+a differs from the whole (-whole +merged):\n%s", mask, cmp.Diff(whole, got))
		}
	}
}

// TestCompareMergeCounty: a synthetic county compared whole, in parallel
// on several workers, and in shards (interleaved and contiguous, merged in
// several orders) gives one comparison (600 households; 20,000 with
// SAFETYNET_LONG=1), in both directions (the reform
// against the baseline, where most gain, and the other way round, where
// most lose and ties among the largest losses are broken by id).
func TestCompareMergeCounty(t *testing.T) {
	n := 600
	if testrun.Long() {
		n = 20000
	}
	hs := countyRecords(n)
	b, r := baselineAndReform(t)
	for _, dir := range []struct {
		name         string
		base, reform *benefit.Assessor
	}{{"reform-vs-baseline", b, r}, {"baseline-vs-reform", r, b}} {
		t.Run(dir.name, func(t *testing.T) {
			whole := jsonOf(t, sequential(t, dir.base, dir.reform, hs))
			for _, workers := range []int{1, 2, 5} {
				c, err := benefit.Compare(dir.base, dir.reform, slices.Values(hs), on,
					benefit.BatchOptions{Workers: workers, Window: 40})
				if err != nil {
					t.Fatal(err)
				}
				if got := jsonOf(t, c); got != whole {
					t.Fatalf("%d workers differ from one pass (-whole +parallel):\n%s", workers, cmp.Diff(whole, got))
				}
			}
			shardings := map[string]func(i int) int{
				"interleaved-3": func(i int) int { return i % 3 },
				"contiguous-4":  func(i int) int { return i * 4 / n },
				"uneven-2":      func(i int) int { return min(i/7, 1) },
			}
			for name, shardOf := range shardings {
				parts := map[int][]*household.Household{}
				for i, h := range hs {
					parts[shardOf(i)] = append(parts[shardOf(i)], h)
				}
				var shards []*benefit.Comparison
				for k := range len(parts) {
					c, err := benefit.Compare(dir.base, dir.reform, slices.Values(parts[k]), on, benefit.BatchOptions{})
					if err != nil {
						t.Fatal(err)
					}
					shards = append(shards, c)
				}
				for _, order := range [][]int{identity(len(shards)), reversed(len(shards))} {
					var m benefit.Comparison
					for _, k := range order {
						m.Merge(shards[k])
					}
					if got := jsonOf(t, &m); got != whole {
						t.Fatalf("%s merged in order %v differs (-whole +merged):\n%s", name, order, cmp.Diff(whole, got))
					}
				}
			}
		})
	}
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func reversed(n int) []int {
	out := identity(n)
	slices.Reverse(out)
	return out
}

// TestCompareWire: shards compared on other machines travel as JSON; each
// read back with UnmarshalJSON merges into exactly the comparison of the
// whole, and a comparison read back writes the same JSON.
func TestCompareWire(t *testing.T) {
	b, r := baselineAndReform(t)
	hs := countyRecords(900)
	for _, dir := range []struct {
		name         string
		base, reform *benefit.Assessor
	}{{"reform-vs-baseline", b, r}, {"baseline-vs-reform", r, b}} {
		t.Run(dir.name, func(t *testing.T) {
			whole := jsonOf(t, sequential(t, dir.base, dir.reform, hs))
			var m benefit.Comparison
			for k := range 3 {
				shard := sequential(t, dir.base, dir.reform, hs[k*300:(k+1)*300])
				sent, err := json.Marshal(shard)
				if err != nil {
					t.Fatal(err)
				}
				var got benefit.Comparison
				if err := json.Unmarshal(sent, &got); err != nil {
					t.Fatalf("shard %d: %v", k, err)
				}
				if back := jsonOf(t, &got); back != jsonOf(t, shard) {
					t.Fatalf("shard %d read back differs (-sent +read):\n%s", k, cmp.Diff(jsonOf(t, shard), back))
				}
				m.Merge(&got)
			}
			if got := jsonOf(t, &m); got != whole {
				t.Fatalf("merged from the wire differs (-whole +merged):\n%s", cmp.Diff(whole, got))
			}
		})
	}
}
