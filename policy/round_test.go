package policy_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var halfEven = policy.Rounding{Mode: policy.HalfEven, Places: 2}

// TestRound is section 0: each amount is rounded once, half away from zero
// to the unit the parameter set names (default 0.01 元). The amount in is
// exact (a rate kept as a fraction); rates are never negative, so a
// negative amount rounds as its magnitude does, as [policy.Rounding.RoundMoney]
// and the schedule of a negative amount do.
func TestRound(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		r      policy.Rounding
		in     string
		want   string
	}{
		{name: "half up at the fen", desc: "四舍五入到分：250.005→250.01 / half up to the fen", clause: "0",
			r: policy.DefaultRounding, in: "250.005", want: "250.01"},
		{name: "below half", desc: "不足半分舍去：250.0049→250.00 / below half rounds down", clause: "0",
			r: policy.DefaultRounding, in: "250.0049", want: "250.00"},
		{name: "negative half away from zero", desc: "负数恰为半分时远离零舍入：−0.005→−0.01 / a negative tie rounds away from zero", clause: "0",
			r: policy.DefaultRounding, in: "-0.005", want: "-0.01"},
		{name: "empty mode is half up", desc: "未写舍入方式即四舍五入 / an empty mode rounds half away from zero", clause: "0",
			r: policy.Rounding{Places: 2}, in: "1.125", want: "1.13"},
		{name: "half even", desc: "银行家舍入：250.005→250.00 / half-even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, in: "250.005", want: "250.00"},
		{name: "half even odd", desc: "银行家舍入：250.015→250.02 / half-even, odd neighbour", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, in: "250.015", want: "250.02"},
		{name: "to the yuan", desc: "取整到元：301.5→302 / to the yuan", clause: "0",
			r: policy.Rounding{Places: 0}, in: "301.5", want: "302"},
		{name: "already on the unit", desc: "已是分位不变 / on the unit already", clause: "0",
			r: policy.DefaultRounding, in: "6366.00", want: "6366"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := d(tc.in)
			got := tc.r.Round(exact(in.Abs().String()))
			if in.IsNegative() {
				got = -got
			}
			if !got.Decimal().Equal(d(tc.want)) {
				t.Errorf("%s: Round(%s) = %s, want %s", tc.desc, tc.in, got, tc.want)
			}
		})
	}
}

// TestQuo: a ÷ n rounded once, with no intermediate rounding: the rate
// a ÷ n is exact and Round rounds it.
func TestQuo(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		r      policy.Rounding
		a      string
		n      int
		want   string
	}{
		{name: "monthly standard", desc: "月标准：3622÷12=301.8333…→301.83 / S/12 to the fen", clause: "0",
			r: policy.DefaultRounding, a: "3622.00", n: 12, want: "301.83"},
		{name: "exact tie half up", desc: "恰好半分，四舍五入进位：0.06÷12=0.005→0.01 / an exact tie rounds up", clause: "0",
			r: policy.DefaultRounding, a: "0.06", n: 12, want: "0.01"},
		{name: "exact tie half even", desc: "恰好半分，银行家舍入取偶：0.06÷12=0.005→0.00 / half-even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, a: "0.06", n: 12, want: "0.00"},
		{name: "tie half even odd", desc: "恰好半分，取偶数分：0.18÷12=0.015→0.02 / half-even to the even fen", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, a: "0.18", n: 12, want: "0.02"},
		{name: "above tie half even", desc: "银行家舍入，超过半分即进位：0.0601÷12→0.01 / half-even: above the tie rounds up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, a: "0.0601", n: 12, want: "0.01"},
		{name: "child line", desc: "儿童按 I/n 领取：1000.02÷4=250.005→250.01 / I/n for a child line", clause: "0",
			r: policy.DefaultRounding, a: "1000.02", n: 4, want: "250.01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Round(exact(tc.a).Div(tc.n)); !got.Decimal().Equal(d(tc.want)) {
				t.Errorf("%s: Round(%s ÷ %d) = %s, want %s", tc.desc, tc.a, tc.n, got, tc.want)
			}
		})
	}
}

// TestRoundingUnits is section 0's one rounding in both modes, at every
// unit a parameter set may name, from 0.01 to 100 元: Round (a whole
// year), Prorate (k months of an annual rate), Times (an amount times a
// ratio), RoundMoney (an amount already in fen), Floor (down to the
// unit) and FloorMoney (an amount in fen down to the unit).
func TestRoundingUnits(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		r      policy.Rounding
		op     string // Round, Prorate, Times, RoundMoney, Floor or FloorMoney
		in     string
		months int    // Prorate
		k      string // Times
		want   string
	}{
		{name: "fen half up", desc: "分：250.005→250.01 / to the fen, half up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfUp, Places: 2}, op: "Round", in: "250.005", want: "250.01"},
		{name: "fen half even", desc: "分，银行家：250.005→250.00 / to the fen, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, op: "Round", in: "250.005", want: "250.00"},
		{name: "jiao half up", desc: "角：250.05→250.1 / to 0.1 元, half up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfUp, Places: 1}, op: "Round", in: "250.05", want: "250.1"},
		{name: "jiao half even", desc: "角，银行家：250.05→250.0 / to 0.1 元, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 1}, op: "Round", in: "250.05", want: "250.0"},
		{name: "jiao half even odd", desc: "角，银行家：250.15→250.2 / to 0.1 元, half even to the even jiao", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 1}, op: "Round", in: "250.15", want: "250.2"},
		{name: "yuan half up", desc: "元：302.5→303 / to the yuan, half up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfUp, Places: 0}, op: "Round", in: "302.5", want: "303"},
		{name: "yuan half even", desc: "元，银行家：302.5→302 / to the yuan, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 0}, op: "Round", in: "302.5", want: "302"},
		{name: "ten yuan half up", desc: "十元：3625→3630 / to 10 元, half up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfUp, Places: -1}, op: "Round", in: "3625", want: "3630"},
		{name: "ten yuan half even", desc: "十元，银行家：3625→3620 / to 10 元, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: -1}, op: "Round", in: "3625", want: "3620"},
		{name: "hundred yuan half up", desc: "百元：3650→3700 / to 100 元, half up", clause: "0",
			r: policy.Rounding{Mode: policy.HalfUp, Places: -2}, op: "Round", in: "3650", want: "3700"},
		{name: "hundred yuan half even", desc: "百元，银行家：3650→3600 / to 100 元, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: -2}, op: "Round", in: "3650", want: "3600"},
		{name: "hundred yuan half even odd", desc: "百元，银行家：3750→3800 / to 100 元, half even to the even hundred", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: -2}, op: "Round", in: "3750", want: "3800"},
		{name: "prorate to the fen", desc: "五个月，舍入到分：3622×5÷12=1509.1666…→1509.17 / five months, to the fen", clause: "0",
			r: policy.DefaultRounding, op: "Prorate", in: "3622.00", months: 5, want: "1509.17"},
		{name: "prorate to the yuan", desc: "五个月，舍入到元：3622×5÷12→1509 / five months, to the yuan", clause: "0",
			r: policy.Rounding{Places: 0}, op: "Prorate", in: "3622.00", months: 5, want: "1509"},
		{name: "prorate to ten yuan", desc: "五个月，舍入到十元：3622×5÷12→1510 / five months, to 10 元", clause: "0",
			r: policy.Rounding{Places: -1}, op: "Prorate", in: "3622.00", months: 5, want: "1510"},
		{name: "prorate to a hundred yuan", desc: "五个月，舍入到百元：3622×5÷12→1500 / five months, to 100 元", clause: "0",
			r: policy.Rounding{Places: -2}, op: "Prorate", in: "3622.00", months: 5, want: "1500"},
		{name: "prorate a tie half even", desc: "一个月，恰好半分取偶：0.06×1÷12=0.005→0.00 / one month of 0.06, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, op: "Prorate", in: "0.06", months: 1, want: "0.00"},
		{name: "prorate no months", desc: "0 个月为 0 / no months pay nothing", clause: "0",
			r: policy.DefaultRounding, op: "Prorate", in: "3622.00", months: 0, want: "0"},
		{name: "times to the fen", desc: "A类上浮，舍入到分：3622×30%=1086.60 / S × 30% to the fen", clause: "0",
			r: policy.DefaultRounding, op: "Times", in: "3622.00", k: "0.3", want: "1086.60"},
		{name: "times to the yuan", desc: "A类上浮，舍入到元：3622×30%=1086.6→1087 / to the yuan", clause: "0",
			r: policy.Rounding{Places: 0}, op: "Times", in: "3622.00", k: "0.3", want: "1087"},
		{name: "times to ten yuan", desc: "A类上浮，舍入到十元：3622×30%→1090 / to 10 元", clause: "0",
			r: policy.Rounding{Places: -1}, op: "Times", in: "3622.00", k: "0.3", want: "1090"},
		{name: "times to a hundred yuan", desc: "A类上浮，舍入到百元：3622×30%→1100 / to 100 元", clause: "0",
			r: policy.Rounding{Places: -2}, op: "Times", in: "3622.00", k: "0.3", want: "1100"},
		{name: "times a multiple", desc: "倍数：10 × 301.83 = 3018.30 / a multiple", clause: "0",
			r: policy.DefaultRounding, op: "Times", in: "301.83", k: "10", want: "3018.30"},
		{name: "times a tie half even", desc: "乘比例后恰为半分，取偶：0.05×50%=0.025→0.02 / a tie after the ratio, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, op: "Times", in: "0.05", k: "0.5", want: "0.02"},
		{name: "times a negative amount", desc: "负数金额的比例为 0 / a ratio of a negative amount is 0", clause: "0",
			r: policy.DefaultRounding, op: "Times", in: "-100.00", k: "0.5", want: "0"},
		{name: "times one fen", desc: "1 分 × 1 = 0.01 / one fen times one is one fen", clause: "0",
			r: policy.DefaultRounding, op: "Times", in: "0.01", k: "1", want: "0.01"},
		{name: "times the smallest ratio", desc: "万分之一：1000000.00 × 0.0001 = 100.00 / the smallest ratio, one ten-thousandth", clause: "0",
			r: policy.DefaultRounding, op: "Times", in: "1000000.00", k: "0.0001", want: "100.00"},
		{name: "round money zero", desc: "0 舍入仍为 0 / zero rounds to zero", clause: "0",
			r: policy.Rounding{Places: 0}, op: "RoundMoney", in: "0", want: "0"},
		{name: "round money at the fen", desc: "分位不变 / already on the fen", clause: "0",
			r: policy.DefaultRounding, op: "RoundMoney", in: "1086.60", want: "1086.60"},
		{name: "round money to the yuan", desc: "舍入到元，四舍五入：1086.50→1087 / to the yuan, half up", clause: "0",
			r: policy.Rounding{Places: 0}, op: "RoundMoney", in: "1086.50", want: "1087"},
		{name: "round money to the yuan half even", desc: "舍入到元，银行家舍入：1086.50→1086 / to the yuan, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 0}, op: "RoundMoney", in: "1086.50", want: "1086"},
		{name: "round money negative", desc: "−1.50→−2：远离零 / a negative amount, half away from zero", clause: "0",
			r: policy.Rounding{Places: 0}, op: "RoundMoney", in: "-1.50", want: "-2"},
		{name: "round money negative half even", desc: "负数，银行家舍入取偶：−2.50→−2 / a negative amount, half even", clause: "0",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 0}, op: "RoundMoney", in: "-2.50", want: "-2"},
		{name: "round money to a hundred yuan", desc: "舍入到百元：3649.99→3600 / to 100 元", clause: "0",
			r: policy.Rounding{Places: -2}, op: "RoundMoney", in: "3649.99", want: "3600"},
		{name: "floor to the fen", desc: "向下取到分：250.009→250.00 / down to the fen", clause: "0",
			r: policy.DefaultRounding, op: "Floor", in: "250.009", want: "250.00"},
		{name: "floor to the yuan", desc: "向下取到元：1086.99→1086 / down to the yuan", clause: "0",
			r: policy.Rounding{Places: 0}, op: "Floor", in: "1086.99", want: "1086"},
		{name: "floor to a hundred yuan", desc: "向下取到百元：1099.99→1000 / down to 100 元", clause: "0",
			r: policy.Rounding{Places: -2}, op: "Floor", in: "1099.99", want: "1000"},
		{name: "floor money at the fen", desc: "分位不变 / already on the fen", clause: "0",
			r: policy.DefaultRounding, op: "FloorMoney", in: "2500.57", want: "2500.57"},
		{name: "floor money to the yuan", desc: "2500.50→2500：向下，不论舍入方式 / down to the yuan, whatever the mode", clause: "2.4.1",
			r: policy.Rounding{Places: 0}, op: "FloorMoney", in: "2500.50", want: "2500"},
		{name: "floor money below one unit", desc: "不足一元，向下为0：0.99→0 / less than one yuan", clause: "0",
			r: policy.Rounding{Places: 0}, op: "FloorMoney", in: "0.99", want: "0"},
		{name: "floor money negative", desc: "−1.50→−1：向零 / a negative amount, toward zero", clause: "0",
			r: policy.Rounding{Places: 0}, op: "FloorMoney", in: "-1.50", want: "-1"},
		{name: "floor money to a hundred yuan", desc: "向下取到百元：3699.99→3600 / down to 100 元", clause: "0",
			r: policy.Rounding{Places: -2}, op: "FloorMoney", in: "3699.99", want: "3600"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got policy.Money
			switch tc.op {
			case "Round":
				got = tc.r.Round(exact(tc.in))
			case "Prorate":
				got = tc.r.Prorate(exact(tc.in), tc.months)
			case "Times":
				got = tc.r.Times(fen(tc.in), ratio(tc.k))
			case "RoundMoney":
				got = tc.r.RoundMoney(fen(tc.in))
			case "Floor":
				got = tc.r.Floor(exact(tc.in))
			case "FloorMoney":
				got = tc.r.FloorMoney(fen(tc.in))
			default:
				t.Fatalf("unknown op %q", tc.op)
			}
			if !got.Decimal().Equal(d(tc.want)) {
				t.Errorf("%s: %s(%s) = %s, want %s", tc.desc, tc.op, tc.in, got, tc.want)
			}
			if u := tc.r.Unit(); got%u != 0 {
				t.Errorf("%s: %s is not a multiple of the unit %s", tc.desc, got, u)
			}
		})
	}
}

// TestUnit: the unit of each number of places, in fen.
func TestUnit(t *testing.T) {
	var got []policy.Money
	for places := int32(2); places >= -2; places-- {
		got = append(got, policy.Rounding{Places: places}.Unit())
	}
	if diff := cmp.Diff([]policy.Money{1, 10, 100, 1000, 10000}, got); diff != "" {
		t.Errorf("Unit for places 2 to -2 (-want +got):\n%s", diff)
	}
	// A rounding that skipped Validate, with places out of range, rounds to
	// the fen rather than dividing by zero or reading past the table.
	for _, places := range []int32{3, -3} {
		if got := (policy.Rounding{Places: places}).Unit(); got != 1 {
			t.Errorf("Unit for places %d = %d, want 1", places, got)
		}
	}
}

// TestSchedule is section 0: months 1–11 pay round(A/12), month 12 pays
// A − 11·round(A/12), so the year sums to A exactly.
func TestSchedule(t *testing.T) {
	tests := []struct {
		name        string
		desc        string
		clause      policy.Clause
		annual      string
		months      int
		month, last string
		payments    int
	}{
		{name: "worked example 1", desc: "6366÷12=530.50，12个月均为530.50 / 530.50 every month", clause: "0",
			annual: "6366.00", months: 12, month: "530.50", last: "530.50", payments: 12},
		{name: "the standard", desc: "低保标准3622：1–11月301.83，12月301.87 / the standard: 301.83 × 11 + 301.87", clause: "0",
			annual: "3622.00", months: 12, month: "301.83", last: "301.87", payments: 12},
		{name: "B uplift", desc: "B类上浮724.40：1–11月60.37，12月60.33 / the B uplift: 60.37 × 11 + 60.33", clause: "0",
			annual: "724.40", months: 12, month: "60.37", last: "60.33", payments: 12},
		{name: "one fen", desc: "0.01：1–11月0，12月0.01 / one fen a year", clause: "0",
			annual: "0.01", months: 12, month: "0.00", last: "0.01", payments: 12},
		{name: "part year", desc: "6个月3000：每月500 / six months of 3000.00", clause: "0",
			annual: "3000.00", months: 6, month: "500.00", last: "500.00", payments: 6},
		{name: "one month", desc: "1个月：一次付清 / one month pays it all", clause: "0",
			annual: "301.83", months: 1, month: "301.83", last: "301.83", payments: 1},
		{name: "months out of range", desc: "月数不在1–12：按12个月 / months outside 1–12 are taken as 12", clause: "0",
			annual: "3622.00", months: 0, month: "301.83", last: "301.87", payments: 12},
		{name: "thirteen months", desc: "13个月：按12个月，301.83×11＋301.87 / thirteen months are taken as 12: 301.83 × 11 + 301.87", clause: "0",
			annual: "3622.00", months: 13, month: "301.83", last: "301.87", payments: 12},
		{name: "negative amount", desc: "负数金额：−301.83×11 −301.87 / a negative amount schedules as its magnitude", clause: "0",
			annual: "-3622.00", months: 12, month: "-301.83", last: "-301.87", payments: 12},
		{name: "tiny amount", desc: "0.08：每月 min(round(0.08÷12)=0.01, 0.08÷11向下=0.00)=0.00，12月付0.08，不出现负数 / 0.08 pays 0.00 × 11 + 0.08, never a negative month",
			clause: "0", annual: "0.08", months: 12, month: "0.00", last: "0.08", payments: 12},
		{name: "at the threshold", desc: "年额0.66：round(0.66÷12)=0.06，0.66÷11=0.06：0.06×11+0.00，是每月付 round(A/m) 的最小年额 / 0.66 is the least amount paid round(A/m) a month", clause: "0",
			annual: "0.66", months: 12, month: "0.06", last: "0.00", payments: 12},
		{name: "just below the threshold", desc: "年额0.65：round(0.65÷12)=0.05，0.65÷11向下=0.05：0.05×11+0.10 / 0.65 a year: 0.05 × 11 + 0.10", clause: "0",
			annual: "0.65", months: 12, month: "0.05", last: "0.10", payments: 12},
		{name: "two months of 0.03", desc: "2个月0.03：min(round(0.015)=0.02, 0.03)=0.02：0.02+0.01 / two months of 0.03: 0.02 + 0.01", clause: "0",
			annual: "0.03", months: 2, month: "0.02", last: "0.01", payments: 2},
		{name: "three months of 0.05", desc: "3个月0.05：min(round(0.0167)=0.02, 0.05÷2向下=0.02)=0.02：0.02×2+0.01 / three months of 0.05: 0.02 × 2 + 0.01", clause: "0",
			annual: "0.05", months: 3, month: "0.02", last: "0.01", payments: 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := policy.DefaultRounding.ScheduleOf(fen(tc.annual), tc.months)
			got := []string{s.Month().StringFixed(2), s.Last().StringFixed(2), s.Total().StringFixed(2),
				s.MonthFen().String(), s.LastFen().String()}
			want := []string{tc.month, tc.last, d(tc.annual).StringFixed(2), tc.month, tc.last}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: month, last, total, in fen (-want +got):\n%s", tc.desc, diff)
			}
			sum := decimal.Zero
			for _, p := range s.Payments() {
				sum = sum.Add(p)
			}
			if len(s.Payments()) != tc.payments || s.Months() != tc.payments || !sum.Equal(d(tc.annual)) {
				t.Errorf("%s: %d payments summing to %s, want %d summing to %s", tc.desc, len(s.Payments()), sum, tc.payments, tc.annual)
			}
		})
	}
	var zero policy.Schedule
	if zero.Payments() != nil || !zero.Total().IsZero() || zero.Months() != 0 {
		t.Error("the zero Schedule (a lump sum's) has no payments and totals 0")
	}
}

// TestProrate is section 0: a period of k months at annual rate R pays
// round(R × k / 12), once.
func TestProrate(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		annual string
		div    int // the annual rate is annual ÷ div; 0 for annual itself
		months int
		want   string
	}{
		{name: "full year", desc: "12个月即全年 / twelve months is the year", clause: "0", annual: "6000.00", months: 12, want: "6000.00"},
		{name: "seven months", desc: "七个月：6000×7÷12=3500 / seven months of 6000.00", clause: "0", annual: "6000.00", months: 7, want: "3500.00"},
		{name: "five months of the standard", desc: "低保标准五个月：3622×5÷12=1509.1666…→1509.17 / five months of S", clause: "0",
			annual: "3622.00", months: 5, want: "1509.17"},
		{name: "a fraction prorated once", desc: "(6866÷3×20%)×7÷12=267.0111…→267.01，只舍入一次 / a fractional rate is rounded once", clause: "0",
			annual: "1373.20", div: 3, months: 7, want: "267.01"},
		{name: "no months", desc: "0个月付0 / no months pay 0", clause: "0", annual: "6000.00", months: 0, want: "0.00"},
		{name: "more than a year", desc: "一年内的期间至多12个月：13个月按全年 / a period within a year has at most 12 months: 13 are the year",
			clause: "0", annual: "6000.00", months: 13, want: "6000.00"},
		{name: "far more than a year", desc: "极大的月数按全年，不 panic / a huge month count is the year, not a panic",
			clause: "0", annual: "1000000000000.00", months: 1 << 40, want: "1000000000000.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rate := exact(tc.annual).Div(max(tc.div, 1))
			if got := policy.DefaultRounding.Prorate(rate, tc.months); !got.Decimal().Equal(d(tc.want)) {
				t.Errorf("%s: Prorate(%s, %d) = %s, want %s", tc.desc, tc.annual, tc.months, got, tc.want)
			}
		})
	}
}

// TestSplit is the 2.2.3 shared rounding: the k child lines of one
// household pay round(k × I/n) together; each pays I/n rounded down to the
// unit and the units left over go one each to the first children.
func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		desc    string
		clauses []policy.Clause
		r       policy.Rounding
		income  string
		n       int
		months  int
		k       int
		total   string
		want    []string
		uniform bool
	}{
		{name: "one child", desc: "一名儿童：1000.02÷4=250.005→250.01 / one child: I/n rounded once",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 12, k: 1,
			total: "250.01", want: []string{"250.01"}},
		{name: "two children share one rounding", desc: "两名儿童：2×250.005=500.01，尾差1分给第一名 / two children: 500.01, the odd fen to the first",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 12, k: 2,
			total: "500.01", want: []string{"250.01", "250.00"}},
		{name: "three children", desc: "三名儿童：3×250.005=750.015→750.02，前两名各多1分 / three children: 750.02, a fen each to the first two",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 12, k: 3,
			total: "750.02", want: []string{"250.01", "250.01", "250.00"}},
		{name: "nothing left over", desc: "1000÷4=250 整除：每名250 / I/n whole: 250.00 each",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.00", n: 4, months: 12, k: 2,
			total: "500.00", want: []string{"250.00", "250.00"}, uniform: true},
		{name: "every child gets a unit", desc: "1000.04÷5=200.008，2×=400.016→400.02：两名各200.01 / each child gets the extra fen",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.04", n: 5, months: 12, k: 2,
			total: "400.02", want: []string{"200.01", "200.01"}},
		{name: "half even", desc: "银行家舍入：一名儿童 250.005→250.00 / half even, one child",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, income: "1000.02", n: 4, months: 12, k: 1,
			total: "250.00", want: []string{"250.00"}, uniform: true},
		{name: "half even two children", desc: "银行家舍入：两名儿童 500.01 精确 / half even, two children: 500.01 exactly",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.Rounding{Mode: policy.HalfEven, Places: 2}, income: "1000.02", n: 4, months: 12, k: 2,
			total: "500.01", want: []string{"250.01", "250.00"}},
		{name: "part year", desc: "6个月：2×250.005×6÷12=250.005→250.01 / six months: 250.01 shared",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 6, k: 2,
			total: "250.01", want: []string{"125.01", "125.00"}},
		{name: "to the yuan", desc: "取整到元：3×250.005=750.015→750，每名250 / to the yuan: 750 shared, 250 each",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.Rounding{Places: 0}, income: "1000.02", n: 4, months: 12, k: 3,
			total: "750", want: []string{"250", "250", "250"}, uniform: true},
		{name: "to ten yuan", desc: "取整到十元：2×250.005=500.01→500，250、250 / to 10 元",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.Rounding{Places: -1}, income: "1000.02", n: 4, months: 12, k: 2,
			total: "500", want: []string{"250", "250"}, uniform: true},
		{name: "more than a year", desc: "13个月按全年：两名儿童 500.01 / 13 months are the year: 500.01 for two children",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 13, k: 2,
			total: "500.01", want: []string{"250.01", "250.00"}},
		{name: "no months", desc: "0 个月：两名儿童合计 0，各 0 / no months: nothing for two children, 0 each",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "1000.02", n: 4, months: 0, k: 2,
			total: "0", want: []string{"0", "0"}, uniform: true},
		{name: "no income", desc: "无收入：儿童线为0 / no income: the child lines are 0",
			clauses: []policy.Clause{"0", "2.2.3"}, r: policy.DefaultRounding, income: "0", n: 4, months: 12, k: 2,
			total: "0", want: []string{"0", "0"}, uniform: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.r.Split(policy.PerYear(fen(tc.income)).Div(tc.n), tc.months, tc.k)
			if s.Count() != tc.k || s.Uniform() != tc.uniform || !s.Total().Decimal().Equal(d(tc.total)) {
				t.Errorf("%s: Count %d, Uniform %v, Total %s; want %d, %v, %s", tc.desc, s.Count(), s.Uniform(), s.Total(), tc.k, tc.uniform, tc.total)
			}
			var got []string
			var sum policy.Money
			for range tc.k {
				m := s.Next()
				sum += m
				got = append(got, m.Decimal().String())
			}
			want := make([]string, len(tc.want))
			for i, w := range tc.want {
				want[i] = d(w).String()
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: amounts (-want +got):\n%s", tc.desc, diff)
			}
			if sum != s.Total() {
				t.Errorf("%s: the amounts sum to %s, not the total %s", tc.desc, sum, s.Total())
			}
		})
	}
}

// TestSplitProperty: over random incomes, sizes, months, units and modes,
// the k amounts sum to the total, the total is k × I/n over the months
// rounded once, and each amount is I/n over the months rounded down, or one
// unit more.
func TestSplitProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 223))
	for i := range 20000 {
		r := policy.Rounding{Mode: [...]policy.RoundingMode{policy.HalfUp, policy.HalfEven}[rng.IntN(2)], Places: int32(2 - rng.IntN(5))}
		rate := policy.PerYear(policy.Money(rng.Int64N(10_000_000))).Div(1 + rng.IntN(10))
		months, k := 1+rng.IntN(12), 1+rng.IntN(6)
		s := r.Split(rate, months, k)
		floor := r.Floor(rate.Times(policy.Ratio(months) * policy.One).Div(12))
		var sum policy.Money
		for range k {
			m := s.Next()
			if m != floor && m != floor+r.Unit() {
				t.Fatalf("case %d: amount %s is neither %s nor a unit more", i, m, floor)
			}
			sum += m
		}
		if want := r.Prorate(rate.Times(policy.Ratio(k)*policy.One), months); sum != s.Total() || sum != want {
			t.Fatalf("case %d: amounts sum to %s, total %s, want %s", i, sum, s.Total(), want)
		}
	}
}

// TestRoundingValidate rejects units and modes the library does not know,
// naming the field and the kind of error.
func TestRoundingValidate(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		r        policy.Rounding
		wantPath string
		wantType policy.ErrorType
		want     string
	}{
		{name: "unknown mode", desc: "未知舍入方式 / an unknown mode", r: policy.Rounding{Mode: "ceil", Places: 2},
			wantPath: "rounding.mode", wantType: policy.ErrorNotSupported, want: `rounding.mode: "ceil" is not half-up or half-even`},
		{name: "finer than the fen", desc: "单位小于分 / finer than the fen", r: policy.Rounding{Places: 3},
			wantPath: "rounding.places", wantType: policy.ErrorInvalid, want: `rounding.places: 3 is not a unit from 0.01 to 100 元 (places 2 to -2)`},
		{name: "coarser than a hundred yuan", desc: "单位大于百元 / coarser than 100 元", r: policy.Rounding{Places: -3},
			wantPath: "rounding.places", wantType: policy.ErrorInvalid, want: `rounding.places: -3 is not a unit from 0.01 to 100 元 (places 2 to -2)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.r.Validate("rounding")
			fes := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Fatalf("%s: Validate = %v, want one %s error at %s", tc.desc, err, tc.wantType, tc.wantPath)
			}
			if err.Error() != tc.want {
				t.Errorf("%s: message %q, want %q", tc.desc, err, tc.want)
			}
		})
	}
	for _, r := range []policy.Rounding{policy.DefaultRounding, {}, halfEven, {Places: -2}} {
		if err := r.Validate("rounding"); err != nil {
			t.Errorf("Validate(%+v) = %v", r, err)
		}
	}
}

// FuzzProrate: prorating an exact rate and rounding it once agrees with
// decimal arithmetic carried to 30 places and rounded by the same rule.
func FuzzProrate(f *testing.F) {
	f.Add(int64(362200), uint8(3), uint8(5), uint16(3000), int8(2), false)
	f.Add(int64(100002), uint8(4), uint8(12), uint16(10000), int8(0), true)
	f.Add(int64(6), uint8(1), uint8(1), uint16(10000), int8(2), true)
	f.Add(int64(365000), uint8(1), uint8(12), uint16(10000), int8(-2), true)
	f.Add(int64(362500), uint8(1), uint8(12), uint16(10000), int8(-1), false)
	f.Fuzz(func(t *testing.T, amount int64, n, months uint8, k uint16, places int8, even bool) {
		if amount < 0 || amount > int64(policy.MaxMoney) || n == 0 || n > 50 || months == 0 || months > 12 ||
			k > 10000 || places > 2 || places < -2 {
			return
		}
		r := policy.Rounding{Mode: policy.HalfUp, Places: int32(places)}
		if even {
			r.Mode = policy.HalfEven
		}
		rate := policy.PerYear(policy.Money(amount)).Div(int(n)).Times(policy.Ratio(k))
		got := r.Prorate(rate, int(months))
		// The exact value in yuan: amount/100 ÷ n × k/10000 × months ÷ 12.
		num := decimal.New(amount, -2).Mul(decimal.NewFromInt(int64(k))).Mul(decimal.NewFromInt(int64(months)))
		den := decimal.NewFromInt(int64(n) * 10000 * 12)
		q, rem := num.QuoRem(den, int32(places))
		want := q
		unit := decimal.New(1, -int32(places))
		switch c := rem.Mul(decimal.NewFromInt(2)).Cmp(den.Mul(unit)); {
		case c > 0, c == 0 && (!even || q.Div(unit).IntPart()%2 == 1):
			want = q.Add(unit)
		}
		if !got.Decimal().Equal(want) {
			t.Fatalf("Prorate(%d fen ÷ %d × %d/10000, %d months, %+v) = %s, want %s", amount, n, k, months, r, got, want)
		}
	})
}

// TestScheduleNeverNegative is section 0's schedule over every amount from
// 0.00 to 999.99 and every number of months from 1 to 12: no payment is
// negative, the payments sum to the amount exactly, and for an amount of at
// least 0.66 the regular payment is round(A ÷ m) (the rest in the last
// month), as it always was.
func TestScheduleNeverNegative(t *testing.T) {
	r := policy.DefaultRounding
	for a := policy.Money(0); a < 100000; a++ {
		for m := 1; m <= 12; m++ {
			s := r.ScheduleOf(a, m)
			if s.MonthFen() < 0 || s.LastFen() < 0 {
				t.Fatalf("%s over %d months: %s × %d + %s has a negative month", a, m, s.MonthFen(), m-1, s.LastFen())
			}
			if s.MonthFen()*policy.Money(m-1)+s.LastFen() != a {
				t.Fatalf("%s over %d months: %s × %d + %s does not sum to it", a, m, s.MonthFen(), m-1, s.LastFen())
			}
			if a >= 66 && m > 1 && s.MonthFen() != r.Round(policy.PerYear(a).Div(m)) {
				t.Fatalf("%s over %d months: regular payment %s, want round(A/m) = %s", a, m, s.MonthFen(),
					r.Round(policy.PerYear(a).Div(m)))
			}
		}
	}
}

// TestScheduleExact: the schedule's regular payment, worked in integers, is
// section 0's min(round(A ÷ m), A ÷ (m−1) rounded down to the unit) in exact
// rates, for every rounding unit and mode, over amounts from 0.00 to 99.99
// and a spread of larger ones.
func TestScheduleExact(t *testing.T) {
	amounts := make([]policy.Money, 0, 10100)
	for a := policy.Money(0); a < 10000; a++ {
		amounts = append(amounts, a)
	}
	for a := policy.Money(10007); a < policy.MaxMoney; a = a*3 + 1 {
		amounts = append(amounts, a)
	}
	for _, mode := range []policy.RoundingMode{policy.HalfUp, policy.HalfEven} {
		for places := int32(-2); places <= 2; places++ {
			r := policy.Rounding{Mode: mode, Places: places}
			for _, a := range amounts {
				for m := 2; m <= 12; m++ {
					want := min(r.Round(policy.PerYear(a).Div(m)), r.Floor(policy.PerYear(a).Div(m-1)))
					if got := r.ScheduleOf(a, m).MonthFen(); got != want {
						t.Fatalf("%v: %s over %d months: regular payment %s, want %s", r, a, m, got, want)
					}
				}
			}
		}
	}
}

// TestRoundingJSON is section 0's rounding on the wire: the mode is always
// named, an empty mode as "half-up", which it means, so that a set without
// a base, which must name its mode, reads back what was written.
func TestRoundingJSON(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		r                  policy.Rounding
		want               string
	}{
		{name: "empty mode", clause: "0", desc: "空舍入方式即四舍五入，写出其名 / an empty mode is half-up, and is written so",
			r: policy.Rounding{Places: 2}, want: `{"mode":"half-up","places":2}`},
		{name: "half-even", clause: "0", desc: "银行家舍入原样写出 / half-even is written as it is",
			r: policy.Rounding{Mode: policy.HalfEven, Places: 0}, want: `{"mode":"half-even","places":0}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := json.Marshal(tc.r)
			if err != nil {
				t.Fatalf("%s: Marshal: %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("%s: Marshal (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
