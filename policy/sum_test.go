package policy_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// TestSum is section 0's exact money in a running total: checked against
// decimal addition, on amounts in fen and large enough to leave int64 fen.
func TestSum(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     []string
		want   string
		fits   bool // the total is still in int64 fen
	}{
		{name: "empty", clause: policy.ClauseConventions, desc: "空合计为 0 / an empty total is 0", want: "0", fits: true},
		{name: "fen", clause: policy.ClauseConventions, desc: "两位小数相加 / amounts of two places", in: []string{"6366.00", "1086.60", "724.40"}, want: "8177", fits: true},
		{name: "integers", clause: policy.ClauseConventions, desc: "整数与负数 / integers and a negative", in: []string{"100", "-0.01", "5"}, want: "104.99", fits: true},
		{name: "exponent", clause: policy.ClauseConventions, desc: "正指数 / a positive exponent", in: []string{"1E+3", "0.5"}, want: "1000.5", fits: true},
		{name: "huge", clause: policy.ClauseConventions, desc: "超出 int64 分时退回 / beyond int64 fen falls back", in: []string{"90000000000000000", "90000000000000000", "0.01"},
			want: "180000000000000000.01"},
		{name: "huge negative", clause: policy.ClauseConventions, desc: "负向超出 int64 分 / beyond int64 fen below zero", in: []string{"-90000000000000000", "-90000000000000000"},
			want: "-180000000000000000"},
		{name: "back within range", clause: policy.ClauseConventions, desc: "退回后即使回到范围内仍精确 / exact after falling back, even back in range",
			in: []string{"90000000000000000", "90000000000000000", "-90000000000000000"}, want: "90000000000000000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s policy.Sum
			want := decimal.Zero
			for _, x := range tc.in {
				m, ok := moneyUnbounded(x)
				if !ok {
					t.Fatalf("%s 不是整分 / %s is not in fen", x, x)
				}
				s.Add(m)
				want = want.Add(d(x))
			}
			if got := s.Total(); !got.Equal(d(tc.want)) || !got.Equal(want) {
				t.Errorf("%s [%s]\n合计 / Sum = %s, want %s", tc.desc, tc.clause, got, tc.want)
			}
			if f, ok := s.Fen(); ok != tc.fits || ok && !f.Decimal().Equal(d(tc.want)) {
				t.Errorf("%s [%s]\n以分计 / Fen() = %s, %v; want %v", tc.desc, tc.clause, f, ok, tc.fits)
			}
		})
	}
}

// moneyUnbounded returns s in fen without MoneyOf's bound of 10^12 元:
// a county's totals may pass it, and Sum must stay exact.
func moneyUnbounded(s string) (policy.Money, bool) {
	x := d(s).Shift(2)
	if !x.IsInteger() {
		return 0, false
	}
	return policy.Money(x.IntPart()), true
}

// TestSumCmp (section 0) compares running totals with amounts in fen, in
// and beyond int64 fen.
func TestSumCmp(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     []string
		with   string
		want   int
	}{
		{name: "equal", clause: policy.ClauseConventions, desc: "相等 / equal", in: []string{"15000.00", "2000.00"}, with: "17000", want: 0},
		{name: "above", clause: policy.ClauseConventions, desc: "超出一分 / one fen above", in: []string{"15000.00", "2000.01"}, with: "17000.00", want: 1},
		{name: "below", clause: policy.ClauseConventions, desc: "不足 / below", in: []string{"1.00"}, with: "1.01", want: -1},
		{name: "empty", clause: policy.ClauseConventions, desc: "空合计 / empty", with: "0.00", want: 0},
		{name: "huge above", clause: policy.ClauseConventions, desc: "超出 int64 的合计高于任何金额 / a total beyond int64 fen is above any amount",
			in: []string{"90000000000000000", "90000000000000000"}, with: "90000000000000000", want: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s policy.Sum
			for _, x := range tc.in {
				m, _ := moneyUnbounded(x)
				s.Add(m)
			}
			w, _ := moneyUnbounded(tc.with)
			if got := s.Cmp(w); got != tc.want {
				t.Errorf("%s [%s]\n比较 / Cmp = %d, want %d", tc.desc, tc.clause, got, tc.want)
			}
		})
	}
}

// TestSumMerge (section 0): merging the totals of parts gives the total of
// the whole, whichever of them has left int64 fen (a county's budget summed
// by township).
func TestSumMerge(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		a, b   []string
		want   string
	}{
		{name: "small", clause: policy.ClauseConventions, desc: "两个小合计 / two small totals", a: []string{"6366.00"}, b: []string{"1086.60", "724.40"}, want: "8177.00"},
		{name: "empty into small", clause: policy.ClauseConventions, desc: "空合计并入 / an empty total merged", a: []string{"1.00"}, want: "1.00"},
		{name: "overflow on merge", clause: policy.ClauseConventions, desc: "合并时超出 int64 / the merge leaves int64 fen", a: []string{"90000000000000000"},
			b: []string{"90000000000000000"}, want: "180000000000000000"},
		{name: "big into small", clause: policy.ClauseConventions, desc: "大合计并入小合计 / a big total merged into a small one", a: []string{"0.01"},
			b: []string{"90000000000000000", "90000000000000000"}, want: "180000000000000000.01"},
		{name: "small into big", clause: policy.ClauseConventions, desc: "小合计并入大合计 / a small total merged into a big one",
			a: []string{"90000000000000000", "90000000000000000"}, b: []string{"0.01"}, want: "180000000000000000.01"},
		{name: "big into big", clause: policy.ClauseConventions, desc: "两个大合计 / two big totals",
			a: []string{"90000000000000000", "90000000000000000"}, b: []string{"90000000000000000", "90000000000000000"}, want: "360000000000000000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a, b, whole policy.Sum
			for _, x := range tc.a {
				m, _ := moneyUnbounded(x)
				a.Add(m)
				whole.Add(m)
			}
			for _, x := range tc.b {
				m, _ := moneyUnbounded(x)
				b.Add(m)
				whole.Add(m)
			}
			a.Merge(&b)
			if got := a.Total(); !got.Equal(d(tc.want)) || !got.Equal(whole.Total()) {
				t.Errorf("%s [%s]\n合并 / merged %s, 整体 / whole %s, want %s", tc.desc, tc.clause, got, whole.Total(), tc.want)
			}
		})
	}
}

// BenchmarkSum adds amounts in fen: no allocation while the total fits.
func BenchmarkSum(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var s policy.Sum
		for i := range 100 {
			s.Add(policy.Money(i * 530_50))
		}
		if _, ok := s.Fen(); !ok {
			b.Fatal("overflow")
		}
	}
}
