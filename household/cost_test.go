package household_test

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
)

// attack is one hostile input, grown to any size: prefix, then
// each(1), each(2), … while they fit, then suffix. prefix holds the first
// element, and each element brings its own separator, so that prefix +
// each(1)×k + suffix is the attack with k+1 elements (up to distinct ids).
type attack struct {
	name   string
	desc   string
	prefix string
	each   func(i int) string
	suffix string
}

// build returns the attack at n bytes at most.
func (a attack) build(n int) []byte {
	if e := a.each(1); e == a.each(2) { // the same element each time
		return a.repeat(max(0, n-len(a.prefix)-len(a.suffix)) / len(e))
	}
	b := make([]byte, 0, n)
	b = append(b, a.prefix...)
	for i := 1; ; i++ {
		e := a.each(i)
		if len(b)+len(e)+len(a.suffix) > n {
			break
		}
		b = append(b, e...)
	}
	return append(b, a.suffix...)
}

// repeat returns the attack with its second element repeated k times.
func (a attack) repeat(k int) []byte {
	return []byte(a.prefix + strings.Repeat(a.each(1), k) + a.suffix)
}

func constant(s string) func(int) string { return func(int) string { return s } }

const (
	recordHead = `{"id":"H","township":"T","members":[`
	memberHead = recordHead + `{"id":"m0","birth_date":"1960-01-01"`
)

// attacks are the hostile inputs a service must survive: many of
// something, one huge value, repeated or deep keys.
var attacks = []attack{
	{name: "distinct member ids", desc: "大量不同编号的成员 / many members with distinct ids",
		prefix: recordHead + `{"id":"m0","birth_date":"1960-01-01"}`,
		each:   func(i int) string { return `,{"id":"m` + strconv.Itoa(i) + `","birth_date":"1960-01-01"}` },
		suffix: `]}`},
	{name: "long amount", desc: "一个金额写满 4 MiB 数字 / one amount of up to 4 MiB of digits",
		prefix: memberHead + `,"incomes":[{"category":"wages","amount":"1`, each: constant("1"), suffix: `"}]}]}`},
	{name: "exponent incomes", desc: `数万项 "1e9999" 收入 / tens of thousands of incomes of "1e9999"`,
		prefix: memberHead + `,"incomes":[{"category":"wages","amount":"1e9999"}`,
		each:   constant(`,{"category":"wages","amount":"1e9999"}`), suffix: `]}]}`},
	{name: "number incomes", desc: "数万项 JSON 数字 1e9999 收入 / tens of thousands of incomes of the JSON number 1e9999",
		prefix: memberHead + `,"incomes":[{"category":"wages","amount":1e9999}`,
		each:   constant(`,{"category":"wages","amount":1e9999}`), suffix: `]}]}`},
	{name: "empty members", desc: "4 MiB 的 {} 成员 / 4 MiB of {} members",
		prefix: recordHead + `{}`, each: constant(`,{}`), suffix: `]}`},
	{name: "hardship events", desc: "数万起困难事件 / tens of thousands of hardship events",
		prefix: memberHead + `}],"hardships":[{"id":"e0","type":"fire","date":"2017-06-18","cost":"100.00"}`,
		each: func(i int) string {
			return `,{"id":"e` + strconv.Itoa(i) + `","type":"fire","date":"2017-06-18","cost":"100.00"}`
		},
		suffix: `]}`},
	{name: "claims", desc: "数万次住院 / tens of thousands of claims",
		prefix: memberHead + `,"claims":[{"id":"c0","admission":"2017-04-10","total_cost":"100.00","compliant_cost":"100.00","ncms":"0"}`,
		each: func(i int) string {
			return `,{"id":"c` + strconv.Itoa(i) + `","admission":"2017-04-10","total_cost":"100.00","compliant_cost":"100.00","ncms":"0"}`
		},
		suffix: `]}]}`},
	{name: "repeated key", desc: "同一键重复数十万次 / one key repeated hundreds of thousands of times",
		prefix: memberHead + `}],"id":"H"`, each: constant(`,"id":"H"`), suffix: `}`},
	{name: "repeated members", desc: "members 数组重复 / the members array repeated",
		prefix: memberHead + `}]`, each: constant(`,"members":[{"id":"m1","birth_date":"1960-01-01"}]`), suffix: `}`},
	{name: "repeated keys inside", desc: "未知字段值内的重复键 / repeated keys inside an unknown value",
		prefix: memberHead + `}],"x":[{"a":1,"a":1}`, each: constant(`,{"a":1,"a":1}`), suffix: `]}`},
	{name: "long key, repeats inside", desc: "超长未知键内的重复键 / repeated keys inside a long unknown key",
		prefix: `{"` + strings.Repeat("k", 1<<14) + `":{"a":1`, each: constant(`,"a":1`), suffix: `}}`},
	{name: "key the size of the input", desc: "与输入等长的未知键，其下百余个错误 / an unknown key as long as the input, over a hundred errors below it",
		prefix: `{"k`, each: constant("k"), suffix: `":[` + strings.Repeat(`{"a":1,"a":1},`, 150) + `1]}`},
	{name: "distinct unknown keys", desc: "大量不同的未知键 / many distinct unknown keys",
		prefix: memberHead + `}],"k0":0`, each: func(i int) string { return `,"k` + strconv.Itoa(i) + `":0` }, suffix: `}`},
	{name: "deep arrays", desc: "深层数组 / deep arrays", prefix: `[`, each: constant(`[`)},
	{name: "deep objects", desc: "深层对象 / deep objects", prefix: `{"x":`, each: constant(`{"x":`)},
	{name: "long escaped id", desc: "转义写出的超长编号 / a long id written in escapes",
		prefix: `{"township":"T","members":[{"id":"m0","birth_date":"1960-01-01"}],"id":"\u0078`, each: constant(`\u0078`), suffix: `"}`},
	{name: "bad strings", desc: "成员编号为孤立代理、姓名含 NUL / lone surrogate ids and NUL names",
		prefix: recordHead + `{"id":"\ud800","name":"\u0000"}`, each: constant(`,{"id":"\ud800","name":"\u0000"}`), suffix: `]}`},
}

// cost returns the allocations of one call of f, as testing.AllocsPerRun
// counts them, and the bytes it allocates, read from the memory statistics
// around the same calls (AllocsPerRun calls f twice: once to warm up).
func cost(f func()) (allocs, bytes float64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	allocs = testing.AllocsPerRun(1, f)
	runtime.ReadMemStats(&after)
	return allocs, float64(after.TotalAlloc-before.TotalAlloc) / 2
}

// TestCostLinear: every attack, fed to Unmarshal at 1 MiB and
// at 4 MiB (the most it reads), is refused with field errors whose text
// stays short, and costs allocations and bytes allocated that grow at most
// linearly with its size: at 4 MiB at most 1.5 × 4 times the cost at
// 1 MiB, plus a small constant; and at either size at most 20 bytes
// allocated per byte read, so that no part of the input is paid for once
// per error. (Without SAFETYNET_LONG: 256 KiB and 1 MiB; under
// the race detector, which slows everything, 64 KiB and 256 KiB.)
func TestCostLinear(t *testing.T) {
	if testrun.Race && !testrun.Long() {
		t.Skip("allocation growth is measured without -race (the detector changes allocation and checks no concurrency here)")
	}
	small, large := 1<<20, 4<<20
	switch {
	case testrun.Race:
		small, large = 64<<10, 256<<10
	case !testrun.Long():
		small, large = 256<<10, 1<<20
	}
	const (
		slack      = 1.5
		allocsFree = 200     // the constant of allocations: plans, paths, up to 101 errors
		bytesFree  = 1 << 16 // the constant of bytes
		maxText    = 20_000  // the most bytes of error text
		perByte    = 20      // the most bytes allocated per byte of input (the worst attack takes 14)
	)
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			var allocs, bytes [2]float64
			for i, n := range []int{small, large} {
				in := a.build(n)
				var err error
				allocs[i], bytes[i] = cost(func() { _, err = household.Unmarshal(in) })
				if err == nil {
					t.Fatalf("%s: %d bytes accepted", a.desc, len(in))
				}
				if fes := policy.FieldErrors(err); len(fes) == 0 || len(fes) > household.MaxErrors+1 {
					t.Errorf("%s: %d field errors", a.desc, len(fes))
				}
				if bytes[i] > perByte*float64(len(in))+bytesFree {
					t.Errorf("%s: %v bytes allocated for %d bytes of input, more than %d per byte", a.desc, bytes[i], len(in), perByte)
				}
				if len(err.Error()) > maxText {
					t.Errorf("%s: %d bytes give an error of %d bytes, want at most %d", a.desc, len(in), len(err.Error()), maxText)
				}
			}
			t.Logf("%s: %v allocations, %v bytes at %d bytes; %v, %v at %d", a.desc, allocs[0], bytes[0], small, allocs[1], bytes[1], large)
			ratio := slack * float64(large) / float64(small)
			if allocs[1] > ratio*allocs[0]+allocsFree {
				t.Errorf("%s: %v allocations at %d bytes, %v at %d: more than linear", a.desc, allocs[0], small, allocs[1], large)
			}
			if bytes[1] > ratio*bytes[0]+bytesFree {
				t.Errorf("%s: %v bytes allocated at %d bytes, %v at %d: more than linear", a.desc, bytes[0], small, bytes[1], large)
			}
		})
	}
}

// BenchmarkUnmarshalAttacks reads each attack at 1 MiB.
func BenchmarkUnmarshalAttacks(b *testing.B) {
	for _, a := range attacks {
		b.Run(a.name, func(b *testing.B) {
			in := a.build(1 << 20)
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := household.Unmarshal(in); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
