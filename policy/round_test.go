package policy_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestRound is section 0: each amount is rounded once, half away from zero
// to the unit the parameter set names (default 0.01 元).
func TestRound(t *testing.T) {
	tests := []struct {
		name string
		desc string
		r    policy.Rounding
		in   string
		want string
	}{
		{"half up at the fen", "四舍五入到分：250.005→250.01 / half up to the fen", policy.DefaultRounding, "250.005", "250.01"},
		{"below half", "250.0049→250.00 / below half rounds down", policy.DefaultRounding, "250.0049", "250.00"},
		{"negative half away from zero", "−0.005→−0.01 / half away from zero", policy.DefaultRounding, "-0.005", "-0.01"},
		{"zero value is half up to the fen", "零值规则即默认 / the zero Rounding is the default", policy.Rounding{Places: 2}, "1.125", "1.13"},
		{"half even", "银行家舍入：250.005→250.00 / half-even", policy.Rounding{Mode: policy.HalfEven, Places: 2}, "250.005", "250.00"},
		{"half even odd", "银行家舍入：250.015→250.02 / half-even, odd neighbour", policy.Rounding{Mode: policy.HalfEven, Places: 2}, "250.015", "250.02"},
		{"to the yuan", "取整到元：301.5→302 / to the yuan", policy.Rounding{Places: 0}, "301.5", "302"},
		{"already on the unit", "已是分位不变 / on the unit already", policy.DefaultRounding, "6366.00", "6366"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Round(d(tc.in)); !got.Equal(d(tc.want)) {
				t.Errorf("%s: Round(%s) = %s, want %s", tc.desc, tc.in, got, tc.want)
			}
		})
	}
}

// TestQuo: a / n rounded once, with no intermediate rounding.
func TestQuo(t *testing.T) {
	tests := []struct {
		name string
		desc string
		r    policy.Rounding
		a    string
		n    int
		want string
	}{
		{"monthly standard", "3622÷12=301.8333…→301.83 / S/12", policy.DefaultRounding, "3622.00", 12, "301.83"},
		{"exact tie half up", "0.06÷12=0.005→0.01 / an exact tie rounds up", policy.DefaultRounding, "0.06", 12, "0.01"},
		{"exact tie half even", "0.06÷12=0.005→0.00 / half-even", policy.Rounding{Mode: policy.HalfEven, Places: 2}, "0.06", 12, "0.00"},
		{"tie half even odd", "0.18÷12=0.015→0.02 / half-even to the even fen", policy.Rounding{Mode: policy.HalfEven, Places: 2}, "0.18", 12, "0.02"},
		{"above tie half even", "0.0601÷12 above the tie rounds up", policy.Rounding{Mode: policy.HalfEven, Places: 2}, "0.0601", 12, "0.01"},
		{"child line", "1000.02÷4=250.005→250.01 / I/n", policy.DefaultRounding, "1000.02", 4, "250.01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Quo(d(tc.a), tc.n); !got.Equal(d(tc.want)) {
				t.Errorf("%s: Quo(%s, %d) = %s, want %s", tc.desc, tc.a, tc.n, got, tc.want)
			}
		})
	}
}

// TestSchedule is section 0: months 1–11 pay round(A/12), month 12 pays
// A − 11·round(A/12), so the year sums to A exactly.
func TestSchedule(t *testing.T) {
	tests := []struct {
		name        string
		desc        string
		annual      string
		months      int
		month, last string
	}{
		{"worked example 1", "6366÷12=530.50，12个月均为530.50 / 530.50 every month", "6366.00", 12, "530.50", "530.50"},
		{"the standard", "3622：1–11月301.83，12月301.87 / 301.83 × 11 + 301.87", "3622.00", 12, "301.83", "301.87"},
		{"B uplift", "724.40：60.37×11+60.33 / the B uplift", "724.40", 12, "60.37", "60.33"},
		{"one fen", "0.01：1–11月0，12月0.01 / one fen a year", "0.01", 12, "0.00", "0.01"},
		{"part year", "6个月3000：每月500 / six months of 3000.00", "3000.00", 6, "500.00", "500.00"},
		{"one month", "1个月：一次付清 / one month pays it all", "301.83", 1, "301.83", "301.83"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := policy.DefaultRounding.ScheduleOf(d(tc.annual), tc.months)
			got := []string{s.Month.StringFixed(2), s.Last.StringFixed(2), s.Total().StringFixed(2)}
			want := []string{tc.month, tc.last, d(tc.annual).StringFixed(2)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: month, last, total (-want +got):\n%s", tc.desc, diff)
			}
			sum := decimal.Zero
			for _, p := range s.Payments() {
				sum = sum.Add(p)
			}
			if len(s.Payments()) != tc.months || !sum.Equal(d(tc.annual)) {
				t.Errorf("%s: %d payments summing to %s, want %d summing to %s", tc.desc, len(s.Payments()), sum, tc.months, tc.annual)
			}
		})
	}
}

// TestProrate is section 0: a part-year line is A × months / 12, rounded
// once.
func TestProrate(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		annual string
		months int
		want   string
	}{
		{"full year", "12个月即全年 / twelve months is the year", "6000.00", 12, "6000.00"},
		{"seven months", "6000×7÷12=3500 / seven months of 6000.00", "6000.00", 7, "3500.00"},
		{"five months of the standard", "3622×5÷12=1509.1666…→1509.17", "3622.00", 5, "1509.17"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := policy.DefaultRounding.Prorate(d(tc.annual), tc.months); !got.Equal(d(tc.want)) {
				t.Errorf("%s: Prorate(%s, %d) = %s, want %s", tc.desc, tc.annual, tc.months, got, tc.want)
			}
		})
	}
}

// TestRoundingValidate rejects units and modes the library does not know.
func TestRoundingValidate(t *testing.T) {
	for _, tc := range []struct {
		r    policy.Rounding
		want string
	}{
		{policy.Rounding{Mode: "ceil", Places: 2}, `rounding.mode: ceil is not half-up or half-even`},
		{policy.Rounding{Places: 3}, `rounding.places: 3 is not a unit from 0.01 to 100 元 (places 2 to -2)`},
	} {
		err := tc.r.Validate("rounding")
		if err == nil || err.Error() != tc.want {
			t.Errorf("Validate(%+v) = %v, want %q", tc.r, err, tc.want)
		}
	}
	if err := policy.DefaultRounding.Validate("rounding"); err != nil {
		t.Errorf("DefaultRounding.Validate = %v", err)
	}
}

// TestSum checks the running total against decimal addition, on amounts of
// two places, of other precisions, and large enough to leave int64 fen.
func TestSum(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name string
		desc string
		in   []string
		want string
	}{
		{name: "empty", desc: "空合计为 0 / an empty total is 0", want: "0"},
		{name: "fen", desc: "两位小数相加 / amounts of two places", in: []string{"6366.00", "1086.60", "724.40"}, want: "8177"},
		{name: "integers", desc: "整数与负数 / integers and a negative", in: []string{"100", "-0.01", "5"}, want: "104.99"},
		{name: "exponent", desc: "正指数 / a positive exponent", in: []string{"1E+3", "0.5"}, want: "1000.5"},
		{name: "finer", desc: "超过两位小数时退回精确加法 / finer than the fen falls back to exact addition", in: []string{"0.01", "0.001", "2"}, want: "2.011"},
		{name: "huge", desc: "超出 int64 分时退回 / beyond int64 fen falls back", in: []string{"90000000000000000", "90000000000000000", "0.01"}, want: "180000000000000000.01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s policy.Sum
			want := decimal.Zero
			for _, x := range tc.in {
				s.Add(d(x))
				want = want.Add(d(x))
			}
			if got := s.Total(); !got.Equal(d(tc.want)) || !got.Equal(want) {
				t.Errorf("%s: Sum = %s, want %s", tc.desc, got, tc.want)
			}
		})
	}
}

// TestSumCmp compares running totals with amounts in and out of fen.
func TestSumCmp(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name string
		desc string
		in   []string
		with string
		want int
	}{
		{name: "equal", desc: "相等 / equal", in: []string{"15000.00", "2000.00"}, with: "17000", want: 0},
		{name: "above", desc: "超出一分 / one fen above", in: []string{"15000.00", "2000.01"}, with: "17000.00", want: 1},
		{name: "below", desc: "不足 / below", in: []string{"1.00"}, with: "1.001", want: -1},
		{name: "empty", desc: "空合计 / empty", with: "0.00", want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s policy.Sum
			for _, x := range tc.in {
				s.Add(d(x))
			}
			if got := s.Cmp(d(tc.with)); got != tc.want {
				t.Errorf("%s: Cmp = %d, want %d", tc.desc, got, tc.want)
			}
		})
	}
}
