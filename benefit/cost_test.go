package benefit_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/internal/testrun"
)

// batchCost is what one BatchJSONL run over an input cost: the heap
// allocations, the bytes allocated and the bytes written.
type batchCost struct {
	allocs, bytes uint64
	out           int
}

// measureBatch runs BatchJSONL over in on one worker and returns what it
// cost, the least of two runs (the runtime's own allocations are noise).
func measureBatch(t *testing.T, a *benefit.Assessor, in string) batchCost {
	t.Helper()
	var best batchCost
	for run := range 2 {
		var out bytes.Buffer
		out.Grow(64 << 10)
		r := strings.NewReader(in)
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		st, err := a.BatchJSONL(r, &out, on, benefit.BatchOptions{Workers: 1})
		runtime.ReadMemStats(&m1)
		if err != nil {
			t.Fatalf("BatchJSONL: %v", err)
		}
		if st.Records == 0 || st.Errors != st.Records {
			t.Fatalf("stats %+v: want every record refused", st)
		}
		c := batchCost{allocs: m1.Mallocs - m0.Mallocs, bytes: m1.TotalAlloc - m0.TotalAlloc, out: out.Len()}
		if run == 0 || c.bytes < best.bytes {
			best.bytes = c.bytes
		}
		if run == 0 || c.allocs < best.allocs {
			best.allocs = c.allocs
		}
		best.out = c.out
	}
	return best
}

// Slack for costs that do not grow with the input: buffers, goroutines, the
// runtime's own allocations.
const (
	slackBytes  = 512 << 10
	slackAllocs = 4000
)

// TestBatchCostLinear: the cost of bad input is linear in its size and
// bounded (issue: cost linear in the input). BatchJSONL reads inputs made
// of each attack at sizes doubling up to 4 MiB a line (or up to 12 MB of
// such lines), and the allocations, the bytes allocated and the bytes
// written grow at most in proportion to the input (with room for noise:
// each doubling of the input may at most ×2.6 them, beyond fixed slack),
// while a quadratic cost would ×4. Errors are capped, so one bad record
// writes at most 32 KiB whatever its size. No clock is read. Without
// SAFETYNET_LONG the two smallest sizes are compared, with it all four;
// under the race detector (which changes allocation) it is skipped.
func TestBatchCostLinear(t *testing.T) {
	if testrun.Race && !testrun.Long() {
		t.Skip("allocation growth is measured without -race (the detector changes allocation and checks no concurrency here)")
	}
	line := func(s string) string { return s + "\n" }
	distinct := func(n int) string {
		ms := make([]string, n)
		for i := range ms {
			ms[i] = fmt.Sprintf(`{"id":"m%d","birth_date":"1960-01-01"}`, i)
		}
		return line(`{"id":"H1","township":"T","members":[` + strings.Join(ms, ",") + `]}`)
	}
	tests := []struct {
		name  string
		desc  string
		input func(k int) string // the input at size k
		sizes []int              // doubling
		one   bool               // one record: its output is bounded
	}{
		{name: "bad-incomes", desc: "50 名成员各 k 条收入 \"1e9999\" / 50 members with k incomes of \"1e9999\" each",
			input: func(k int) string { return line(manyBadIncomes(50, k, "1e9999")) }, sizes: []int{100, 200, 400, 800}, one: true},
		{name: "lines-of-bad-incomes", desc: "k 行，每行 40,000 条收入 \"1e9999\" / k lines of 40,000 incomes of \"1e9999\"",
			input: func(k int) string { return strings.Repeat(line(manyBadIncomes(50, 800, "1e9999")), k) }, sizes: []int{1, 2, 4, 8}},
		{name: "many-small-bad-lines", desc: "k 行各有一处错误 / k lines of one error each",
			input: func(k int) string {
				return strings.Repeat(line(`{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":9}}]}`), k)
			}, sizes: []int{2000, 4000, 8000, 16000}},
		{name: "digits", desc: "一个金额有 k 位数字 / one amount of k digits",
			input: func(k int) string {
				return line(`{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1` +
					strings.Repeat("0", k) + `"}]}]}`)
			}, sizes: []int{1 << 19, 1 << 20, 1 << 21, 1<<22 - 256}, one: true},
		{name: "empty-members", desc: "k 个空成员 {} / k empty members {}",
			input: func(k int) string {
				return line(`{"id":"H1","township":"T","members":[` + strings.Repeat("{},", k) + `{}]}`)
			}, sizes: []int{1 << 17, 1 << 18, 1 << 19, 1 << 20}, one: true},
		{name: "distinct-members", desc: "k 名编号各不相同的成员 / k members with distinct ids",
			input: distinct, sizes: []int{10000, 20000, 40000, 80000}, one: true},
		{name: "fires", desc: "k 次火灾 / k fire events",
			input: func(k int) string { return line(fireEvents(k)) }, sizes: []int{5000, 10000, 20000, 40000}, one: true},
		{name: "claims", desc: "一名成员 k 条住院记录 / k claims of one member",
			input: func(k int) string { return line(manyClaims(k)) }, sizes: []int{3750, 7500, 15000, 30000}, one: true},
		{name: "duplicate-keys", desc: "同一键重复 k 次 / one key given k times",
			input: func(k int) string {
				return line(`{"id":"H1",` + strings.Repeat(`"township":"T",`, k) + `"members":[{"id":"m1","birth_date":"1960-01-01"}]}`)
			}, sizes: []int{1 << 15, 1 << 16, 1 << 17, 1 << 18}, one: true},
		{name: "long-strings", desc: "编号长 k 字节 / an id of k bytes",
			input: func(k int) string {
				return line(`{"id":"` + strings.Repeat("\\u00e9", k/6) + `","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`)
			}, sizes: []int{1 << 19, 1 << 20, 1 << 21, 1<<22 - 256}, one: true},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sizes := tc.sizes
			switch {
			case testrun.Race:
				sizes = sizes[:2]
			case !testrun.Long():
				sizes = sizes[:2]
			}
			var prev batchCost
			var prevLen int
			for i, k := range sizes {
				in := tc.input(k)
				c := measureBatch(t, a, in)
				t.Logf("size %d: input %d bytes, %d allocations, %d bytes allocated, %d bytes written", k, len(in), c.allocs, c.bytes, c.out)
				if tc.one && c.out > 32<<10 {
					t.Errorf("%s\nsize %d: %d bytes written for one record, want at most 32 KiB", tc.desc, k, c.out)
				}
				if i > 0 {
					r := float64(len(in)) / float64(prevLen) * 1.3 // the input's growth, with room for noise
					if float64(c.allocs) > r*float64(prev.allocs)+slackAllocs {
						t.Errorf("%s\nsize %d → %d (input ×%.2f): allocations %d → %d grow faster than the input", tc.desc, sizes[i-1], k, r/1.3, prev.allocs, c.allocs)
					}
					if float64(c.bytes) > r*float64(prev.bytes)+slackBytes {
						t.Errorf("%s\nsize %d → %d (input ×%.2f): bytes allocated %d → %d grow faster than the input", tc.desc, sizes[i-1], k, r/1.3, prev.bytes, c.bytes)
					}
					if float64(c.out) > r*float64(prev.out)+1024 {
						t.Errorf("%s\nsize %d → %d (input ×%.2f): bytes written %d → %d grow faster than the input", tc.desc, sizes[i-1], k, r/1.3, prev.out, c.out)
					}
				}
				prev, prevLen = c, len(in)
			}
		})
	}
}

// TestParamsCost: a hostile parameter set costs, to be refused, at most 20
// bytes allocated per byte read, at 256 KiB and at 1 MiB (4 MiB, the most
// Unmarshal reads, with SAFETYNET_LONG): hardship bases far past
// disability.MaxTiers are skipped unread once the limit is reached, and a
// key as long as the input is read once, not once per error below it.
func TestParamsCost(t *testing.T) {
	if testrun.Race {
		t.Skip("allocation is measured without -race")
	}
	sizes := []int{256 << 10, 1 << 20}
	if testrun.Long() {
		sizes = append(sizes, 4<<20-1024)
	}
	const perByte = 20
	attacks := []struct {
		name, desc string
		build      func(n int) string
	}{
		{name: "hardship bases", desc: "数万个分档依据 / tens of thousands of hardship bases", build: func(n int) string {
			head, tail := `{"year":2018,"base":2017,"disability":{"living":{"by_hardship":{`, `}}}}`
			return head + manyTiers((n-len(head)-len(tail))/70) + tail
		}},
		{name: "long key", desc: "与输入等长的未知键，其下百余个重复键 / an unknown key as long as the input, over a hundred repeated keys below it", build: func(n int) string {
			inside := strings.Repeat(`{"a":1,"a":2},`, 150) + `1`
			return `{"year":2018,"base":2017,"` + strings.Repeat("k", n-len(inside)-40) + `":[` + inside + `]}`
		}},
		{name: "repeated key", desc: "同一键重复数万次 / one key given tens of thousands of times", build: func(n int) string {
			return `{"year":2018,"base":2017` + strings.Repeat(`,"year":2018`, (n-40)/12) + `}`
		}},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			for _, n := range sizes {
				in := []byte(a.build(n))
				var m0, m1 runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&m0)
				_, err := benefit.Unmarshal(in)
				runtime.ReadMemStats(&m1)
				if err == nil {
					t.Fatalf("%s: %d bytes accepted", a.desc, len(in))
				}
				if got := m1.TotalAlloc - m0.TotalAlloc; got > perByte*uint64(len(in))+slackBytes {
					t.Errorf("%s: %d bytes allocated for %d bytes of input, more than %d per byte", a.desc, got, len(in), perByte)
				}
			}
		})
	}
}
