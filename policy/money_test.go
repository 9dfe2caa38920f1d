package policy_test

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// fen returns a two-place amount in fen; the tests state amounts in yuan as
// the tables of the programmes do.
func fen(s string) policy.Money {
	m, ok := policy.MoneyOf(d(s))
	if !ok {
		panic("fen: " + s + " is not an amount of money")
	}
	return m
}

// ratio returns a rate of at most four places in ten-thousandths.
func ratio(s string) policy.Ratio {
	r, ok := policy.RatioOf(d(s))
	if !ok {
		panic("ratio: " + s + " is not a ratio")
	}
	return r
}

// exact returns the non-negative amount s, of any number of places, as an
// exact annual rate: the fraction of fen that s is.
func exact(s string) policy.Rate {
	x := d(s).Shift(2) // in fen
	if e := x.Exponent(); e < 0 {
		return policy.PerYear(policy.Money(x.Coefficient().Int64())).Div(int(math.Pow10(int(-e))))
	}
	return policy.PerYear(policy.Money(x.IntPart()))
}

// TestMoneyOf is section 0: money has at most two places and is bounded by
// 10^12 元, so an amount in fen is exact; anything else is refused, never
// rounded.
func TestMoneyOf(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string
		want   policy.Money
		ok     bool
	}{
		{name: "two places", desc: "两位小数：3622.00 元 = 362200 分 / two places: 3622.00 is 362200 fen", clause: "0",
			in: "3622.00", want: 362200, ok: true},
		{name: "one place", desc: "一位小数 / one place", clause: "0", in: "1086.6", want: 108660, ok: true},
		{name: "whole yuan", desc: "整数元 / whole yuan", clause: "0", in: "6366", want: 636600, ok: true},
		{name: "positive exponent", desc: "正指数 1E+3 / a positive exponent", clause: "0", in: "1E+3", want: 100000, ok: true},
		{name: "trailing zeros", desc: "多余的零不算位数：1.5000 / trailing zeros are not places", clause: "0",
			in: "1.5000", want: 150, ok: true},
		{name: "negative", desc: "负数照样精确 / a negative amount converts exactly", clause: "0",
			in: "-0.03", want: -3, ok: true},
		{name: "zero", desc: "零 / zero", clause: "0", in: "0", want: 0, ok: true},
		{name: "at the limit", desc: "恰为 10^12 元 / exactly 10^12 元", clause: "0",
			in: "1000000000000.00", want: policy.MaxMoney, ok: true},
		{name: "largest below the limit", desc: "999999999999.99 元 / the largest amount of 12 digits", clause: "0",
			in: "999999999999.99", want: 99999999999999, ok: true},
		{name: "negative at the limit", desc: "−10^12 元 / minus the limit", clause: "0",
			in: "-1000000000000", want: -policy.MaxMoney, ok: true},
		{name: "one fen above the limit", desc: "超过 10^12 元 1 分：拒绝 / one fen above 10^12 is refused", clause: "0",
			in: "1000000000000.01"},
		{name: "far above the limit", desc: "5×10^13 元：拒绝 / 5 × 10^13 is refused", clause: "0", in: "5E+13"},
		{name: "far above the limit by exponent", desc: "1E+400：拒绝 / 1E+400 is refused", clause: "0", in: "1E+400"},
		{name: "three places", desc: "三位小数：拒绝而不舍入 / three places are refused, not rounded", clause: "0",
			in: "250.005"},
		{name: "many places", desc: "S/12 = 301.8333…：拒绝 / a repeating quotient is refused", clause: "0",
			in: "301.8333333333"},
		{name: "tiny", desc: "1E-10000：拒绝 / a tiny amount is refused", clause: "0", in: "1E-10000"},
		{name: "limit by exponent", desc: "1E+12 即 10^12 元 / 1E+12 is the limit itself", clause: "0",
			in: "1E+12", want: policy.MaxMoney, ok: true},
		{name: "above the limit by exponent", desc: "2E+12：拒绝 / 2E+12 is refused", clause: "0", in: "2E+12"},
		{name: "coefficient beyond int64", desc: "系数超出 64 位：拒绝，不截断 / a coefficient beyond 64 bits is refused, not cut",
			clause: "0", in: "18446744073709551617"},
		{name: "coefficient beyond int64 with places", desc: "2^64+1 分的系数：拒绝 / a coefficient of 2^64 + 1 fen is refused",
			clause: "0", in: "184467440737095516.17"},
		{name: "smallest int64 coefficient", desc: "系数为 −2^63：拒绝 / a coefficient of −2^63 is refused",
			clause: "0", in: "-9223372036854775808"},
		{name: "zero with places", desc: "0.00 元 / zero written with places", clause: "0", in: "0.00", want: 0, ok: true},
		{name: "zero with a large exponent", desc: "0E+20 仍是零 / zero with a large exponent is zero", clause: "0",
			in: "0E+20", want: 0, ok: true},
		{name: "huge exponent never rescaled", desc: "1E+9000：按指数即拒绝，不做换算 / refused from its exponent, never rescaled", clause: "0",
			in: "1E+9000"},
		{name: "huge negative exponent", desc: "1E-9000：按位数即拒绝 / refused from its digits and exponent", clause: "0",
			in: "1E-9000"},
		{name: "one with sixty zero places", desc: "1.000…0（60 位小数）即 1.00 元 / sixty zero places are still 1.00", clause: "0",
			in: "1.000000000000000000000000000000000000000000000000000000000000", want: 100, ok: true},
		{name: "a fen with sixty places", desc: "0.01 后跟 58 个 0 即 1 分 / one fen written with sixty places", clause: "0",
			in: "0.010000000000000000000000000000000000000000000000000000000000", want: 1, ok: true},
		// A coefficient of thousands of digits, as a decimal made in Go may
		// hold: read by one division, not by dividing by 10 once per place.
		{name: "3622.00 with 2000 zero places", desc: "3622.00 后跟 1998 个 0（系数 2004 位）即 3622.00 元 / 3622.00 followed by 1998 zeros, a coefficient of 2004 digits, is 3622.00", clause: "0",
			in: "3622.00" + strings.Repeat("0", 1998), want: 362200, ok: true},
		{name: "−3622.00 with 2000 zero places", desc: "−3622.00 后跟 1998 个 0：负数的长系数亦按值读取 / −3622.00 followed by 1998 zeros: a negative long coefficient is read by its value too", clause: "0",
			in: "-3622.00" + strings.Repeat("0", 1998), want: -362200, ok: true},
		{name: "a last place of 1 after 2000 places", desc: "1.00 后跟 1997 个 0 再一个 1：第 2000 位小数非零，拒绝 / 1.00, 1997 zeros and a 1: its 2000th place is not zero, refused", clause: "0",
			in: "1.00" + strings.Repeat("0", 1997) + "1"},
		{name: "0.014 with 2000 places", desc: "0.014 后跟 1997 个 0：系数末 1998 位二进制为 0（与所除的位数相等），但不是整分（1.4 分），拒绝 / 0.014 followed by 1997 zeros: its coefficient's last 1998 bits are zeros, as many as the places divided off, but it is 1.4 fen, refused", clause: "0",
			in: "0.014" + strings.Repeat("0", 1997)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := policy.MoneyOf(d(tc.in))
			if got != tc.want || ok != tc.ok {
				t.Errorf("%s: MoneyOf(%s) = %d, %v; want %d, %v", tc.desc, tc.in, got, ok, tc.want, tc.ok)
			}
			if ok && !got.Decimal().Equal(d(tc.in)) {
				t.Errorf("%s: MoneyOf(%s).Decimal() = %s, not the same amount", tc.desc, tc.in, got.Decimal())
			}
		})
	}
}

// TestComputedOf: an amount the library computed (a household's counted
// income, a sum) is read back exactly below 10^16 元, above what one record
// may hold, and refused from 10^16 元 or with more than two places.
func TestComputedOf(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string
		want   policy.Money
		ok     bool
	}{
		{name: "above a record's limit", desc: "三份 999999999999.99 之和 / three incomes of 999999999999.99", clause: "0",
			in: "2999999999999.97", want: 299999999999997, ok: true},
		{name: "largest", desc: "最大 9999999999999999.99 元：18 位 / the largest, of 18 digits", clause: "0",
			in: "9999999999999999.99", want: 999999999999999999, ok: true},
		{name: "largest negative", desc: "−9999999999999999.99 元 / the largest negative", clause: "0",
			in: "-9999999999999999.99", want: -999999999999999999, ok: true},
		{name: "at the bound", desc: "10^16 元：拒绝 / 10^16 元 is refused", clause: "0", in: "10000000000000000"},
		{name: "three places", desc: "三位小数：拒绝 / three places are refused", clause: "0", in: "1.005"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := policy.ComputedOf(d(tc.in))
			if got != tc.want || ok != tc.ok {
				t.Errorf("%s: ComputedOf(%s) = %d, %v; want %d, %v", tc.desc, tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestParseAmount: the one syntax of amounts, rates and multiples, at its
// bound of 15 digits.
func TestParseAmount(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		places int
		coef   int64
		exp    int32
		ok     bool
	}{
		{name: "empty", in: "", places: 2},
		{name: "fifteen digits with a point", in: "9999999999999.99", places: 2, coef: 999999999999999, exp: 2, ok: true},
		{name: "fifteen whole digits", in: "999999999999999", places: 2, coef: 999999999999999, ok: true},
		{name: "sixteen digits", in: "99999999999999.99", places: 2},
		{name: "sixteen whole digits", in: "1000000000000000", places: 2},
		// A leading 0 is a digit: "0." and 14 places is 15 digits, and one
		// place more is 16.
		{name: "zero and fourteen places", in: "0.00000000000001", places: 15, coef: 1, exp: 14, ok: true},
		{name: "zero and fifteen places", in: "0.000000000000001", places: 15},
		// After the point, digits only.
		{name: "a letter after the point", in: "1.2x", places: 2},
		{name: "a sign after the point", in: "1.-5", places: 2},
		{name: "a space after the point", in: "1.5 ", places: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			coef, exp, ok := policy.ParseAmount(tc.in, tc.places)
			if ok != tc.ok || ok && (coef != tc.coef || exp != tc.exp) {
				t.Errorf("ParseAmount(%q, %d) = %d, %d, %v; want %d, %d, %v", tc.in, tc.places, coef, exp, ok, tc.coef, tc.exp, tc.ok)
			}
		})
	}
}

// TestRatioOf: rates, shares and multiples have at most four places and
// are refused beyond, so a rate in ten-thousandths is exact.
func TestRatioOf(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string
		want   policy.Ratio
		ok     bool
	}{
		{name: "thirty per cent", desc: "百分之三十记作万分之3000 / 0.30 is 3000 ten-thousandths", clause: "0", in: "0.30", want: 3000, ok: true},
		{name: "four places", desc: "四位小数 0.0125 / four places", clause: "0", in: "0.0125", want: 125, ok: true},
		{name: "one", desc: "百分之百即 1 / 100% is one", clause: "0", in: "1", want: policy.One, ok: true},
		{name: "a multiple", desc: "倍数 10 / a multiple of 10", clause: "0", in: "10", want: 100000, ok: true},
		{name: "positive exponent", desc: "正指数 1E+2 / a positive exponent", clause: "0", in: "1E+2", want: 1000000, ok: true},
		{name: "trailing zeros", desc: "0.500000 即 0.5 / trailing zeros are not places", clause: "0", in: "0.500000", want: 5000, ok: true},
		{name: "0.7 with 2000 zero places", desc: "0.7 后跟 1999 个 0（系数 2000 位）即 0.7 / 0.7 followed by 1999 zeros, a coefficient of 2000 digits, is 0.7", clause: "0",
			in: "0.7" + strings.Repeat("0", 1999), want: 7000, ok: true},
		{name: "0.70005 with 2000 places", desc: "0.70005 后跟 1995 个 0：五位小数，拒绝 / 0.70005 followed by 1995 zeros: five places, refused", clause: "0",
			in: "0.70005" + strings.Repeat("0", 1995)},
		{name: "largest", desc: "最大 999999999999.9999 / the largest ratio", clause: "0",
			in: "999999999999.9999", want: 9999999999999999, ok: true},
		{name: "largest, with a fifth place of 0", desc: "999999999999.99990：第五位小数为 0，仍是最大值 / 999999999999.99990, a fifth place of 0: still the largest", clause: "0",
			in: "999999999999.99990", want: 9999999999999999, ok: true},
		{name: "five places", desc: "五位小数：拒绝 / five places are refused", clause: "0", in: "0.12345"},
		{name: "too large", desc: "10^12 及以上：拒绝 / 10^12 or more is refused", clause: "0", in: "1000000000000"},
		{name: "far too large", desc: "1E+30：拒绝 / 1E+30 is refused", clause: "0", in: "1E+30"},
		{name: "huge exponent", desc: "1E+9000：按指数即拒绝 / refused from its exponent, never rescaled", clause: "0", in: "1E+9000"},
		{name: "huge negative exponent", desc: "5E-9000：按位数即拒绝 / refused from its digits and exponent", clause: "0", in: "5E-9000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := policy.RatioOf(d(tc.in))
			if got != tc.want || ok != tc.ok {
				t.Errorf("%s: RatioOf(%s) = %d, %v; want %d, %v", tc.desc, tc.in, got, ok, tc.want, tc.ok)
			}
			if ok && !got.Decimal().Equal(d(tc.in)) {
				t.Errorf("%s: RatioOf(%s).Decimal() = %s, not the same rate", tc.desc, tc.in, got.Decimal())
			}
		})
	}
}

// TestAmountProblem: the words an error gives for a text that is not an
// amount, each at the bound where it starts to apply. Fifteen digits are
// the most an amount has (10^12 元 and two places); a text of digits,
// sign and point longer than 17 bytes has more.
func TestAmountProblem(t *testing.T) {
	const generic = "is not an amount written as a string of digits with at most two decimal places, no sign and no leading zero (e.g. \"1280.50\")"
	tests := []struct {
		name, desc string
		clause     policy.Clause
		in         string
		want       string
	}{
		{name: "full-width", desc: "全角数字与小数点 / full-width digits and point", clause: "0", in: "１２００.００",
			want: `is written with full-width digits or point: write 0-9 and "."`},
		{name: "a full-width zero", desc: "全角 ０ / a full-width zero", clause: "0", in: "０",
			want: `is written with full-width digits or point: write 0-9 and "."`},
		{name: "a full-width nine", desc: "全角 ９ / a full-width nine", clause: "0", in: "９",
			want: `is written with full-width digits or point: write 0-9 and "."`},
		{name: "a full-width point", desc: "全角小数点 / a full-width point", clause: "0", in: "1．5",
			want: `is written with full-width digits or point: write 0-9 and "."`},
		{name: "negative of fifteen digits", desc: "负数，15 位数字共 17 字节：报负数 / a negative amount of 15 digits, 17 bytes: negative", clause: "0", in: "-9999999999999.99",
			want: "is negative"},
		{name: "negative of sixteen digits", desc: "负数，16 位数字共 18 字节：报位数 / a negative amount of 16 digits, 18 bytes: too many digits", clause: "0", in: "-99999999999999.99",
			want: "has more than 15 digits"},
		{name: "a stray sign, 18 bytes", desc: "数字中夹一负号共 18 字节：报位数 / a sign among digits, 18 bytes: too many digits", clause: "0", in: "9999999999999999-9",
			want: "has more than 15 digits"},
		{name: "minus one fen", desc: "−0.01：报负数 / −0.01 is negative", clause: "0", in: "-0.01", want: "is negative"},
		{name: "minus zero", desc: "−0.00 不是负数：只是写法不对 / −0.00 is not negative, only wrongly written", clause: "0", in: "-0.00", want: generic},
		{name: "three places", desc: "1.555 三位小数 / three places", clause: "0", in: "1.555", want: "has more than two decimal places"},
		{name: "sixteen whole digits", desc: "16 位整数 / sixteen whole digits", clause: "0", in: "1234567890123456", want: "has more than 15 digits"},
		{name: "sixteen digits, a leading zero", desc: "16 位、首位为 0：报写法 / sixteen digits with a leading zero: wrongly written", clause: "0", in: "0123456789012345", want: generic},
		{name: "two points, 15 bytes", desc: "两个小数点共 15 字节（13 位数字）：报写法，非位数 / two points in 15 bytes (13 digits): wrongly written, not too many digits", clause: "0", in: "123456.78901.23", want: generic},
		{name: "a word", desc: "文字 / a word", clause: "0", in: "abc", want: generic},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := policy.AmountProblem(tc.in, 2); got != tc.want {
				t.Errorf("%s [%s]: AmountProblem(%q, 2) = %q, want %q", tc.desc, tc.clause, tc.in, got, tc.want)
			}
		})
	}
}

// TestMoneyString is section 0's money on the wire: yuan with two places,
// whatever the amount.
func TestMoneyString(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     policy.Money
		want   string
	}{
		{name: "the standard", desc: "362200 分写作 3622.00 / the standard", clause: "0", in: 362200, want: "3622.00"},
		{name: "one fen", desc: "1 分写作 0.01 / one fen", clause: "0", in: 1, want: "0.01"},
		{name: "ten fen", desc: "10 分写作 0.10 / ten fen", clause: "0", in: 10, want: "0.10"},
		{name: "zero", desc: "零写作 0.00 / zero", clause: "0", in: 0, want: "0.00"},
		{name: "negative", desc: "负数 −0.03 / a negative amount", clause: "0", in: -3, want: "-0.03"},
		{name: "negative yuan", desc: "负数 −1086.60 / a negative amount of yuan", clause: "0", in: -108660, want: "-1086.60"},
		{name: "the limit", desc: "10^12 元 / the limit", clause: "0", in: policy.MaxMoney, want: "1000000000000.00"},
		{name: "int64 extremes", desc: "int64 最小值不溢出 / the smallest int64 does not overflow", clause: "0",
			in: math.MinInt64, want: "-92233720368547758.08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{tc.in.String(), string(tc.in.AppendFixed([]byte("x="))), tc.in.Decimal().StringFixed(2)}
			want := []string{tc.want, "x=" + tc.want, tc.want}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: String, AppendFixed, Decimal (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	if policy.Money(0).Decimal() != decimal.Zero {
		t.Error("Money(0).Decimal() is not decimal.Zero, the one that does not allocate")
	}
	if got := policy.Ratio(3050).String(); got != "0.305" {
		t.Errorf("Ratio(3050).String() = %q, want 0.305", got)
	}
	if got := policy.Ratio(-3050).String(); got != "-0.305" {
		t.Errorf("Ratio(-3050).String() = %q, want -0.305", got)
	}
}

// TestRate is section 0's exact arithmetic: a rate is kept as a fraction
// of fen until a line rounds it, once. Each case gives the rate's exact
// value in fen where it is whole, and what rounding, rounding up and
// rounding down to the fen make of it.
func TestRate(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		rate   policy.Rate
		exact  string // the rate in yuan when it is a whole number of fen, "" when not
		round  string // rounded half up to the fen
		ceil   string
		floor  string
	}{
		{name: "per year", desc: "年额 3622.00 / an amount a year", clause: "0",
			rate: policy.PerYear(fen("3622.00")), exact: "3622.00", round: "3622.00", ceil: "3622.00", floor: "3622.00"},
		{name: "negative per year is zero", desc: "负的年额为 0 / a negative amount a year is 0", clause: "0",
			rate: policy.PerYear(fen("-5.00")), exact: "0.00", round: "0.00", ceil: "0.00", floor: "0.00"},
		{name: "per month", desc: "按月定额 60 元/月：年额 12 × 60 = 720 / 60 a month is 720 a year", clause: "0",
			rate: policy.PerMonth(fen("60.00")), exact: "720.00", round: "720.00", ceil: "720.00", floor: "720.00"},
		{name: "A uplift", desc: "3622 × 30% = 1086.60，精确 / S × 30% is exact", clause: "0",
			rate: policy.PerYear(fen("3622.00")).Times(ratio("0.3")), exact: "1086.60", round: "1086.60", ceil: "1086.60", floor: "1086.60"},
		{name: "B uplift", desc: "B类上浮：3622 × 20% = 724.40，精确 / S × 20% is exact", clause: "0",
			rate: policy.PerYear(fen("3622.00")).Times(ratio("0.2")), exact: "724.40", round: "724.40", ceil: "724.40", floor: "724.40"},
		{name: "share times thirty per cent", desc: "(10866 − 4000) ÷ 3 × 30% = 686.60，精确 / the A share is exact", clause: "0",
			rate: policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.3")), exact: "686.60", round: "686.60", ceil: "686.60", floor: "686.60"},
		{name: "share times twenty per cent", desc: "(10866 − 4000) ÷ 3 × 20% = 457.7333…，不是整分 / the B share is not whole fen", clause: "0",
			rate: policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")), round: "457.73", ceil: "457.74", floor: "457.73"},
		{name: "I over n", desc: "人均收入 1000.02 ÷ 4 = 250.005，末位恰是半分 / I ÷ n ends in half a fen", clause: "0",
			rate: policy.PerYear(fen("1000.02")).Div(4), round: "250.01", ceil: "250.01", floor: "250.00"},
		{name: "monthly standard", desc: "月标准 3622 ÷ 12 = 301.8333…，不是整分 / S ÷ 12 is not whole fen", clause: "0",
			rate: policy.PerYear(fen("3622.00")).Div(12), round: "301.83", ceil: "301.84", floor: "301.83"},
		{name: "division undone", desc: "÷ 3 再 × 3 精确复原 / dividing by 3 and multiplying back is exact", clause: "0",
			rate: policy.PerYear(fen("0.01")).Div(3).Times(ratio("3")), exact: "0.01", round: "0.01", ceil: "0.01", floor: "0.01"},
		{name: "zero ratio", desc: "× 0 为 0 / times 0 is 0", clause: "0",
			rate: policy.PerYear(fen("3622.00")).Times(0), exact: "0.00", round: "0.00", ceil: "0.00", floor: "0.00"},
		{name: "negative ratio", desc: "负比例为 0 / a negative ratio gives 0", clause: "0",
			rate: policy.PerYear(fen("3622.00")).Times(-3000), exact: "0.00", round: "0.00", ceil: "0.00", floor: "0.00"},
		{name: "the limit times a thousand", desc: "10^12 元 × 1000 倍仍精确 / the limit times 1000 stays exact", clause: "0",
			rate: policy.PerYear(policy.MaxMoney).Times(ratio("1000")), exact: "1000000000000000.00",
			round: "1000000000000000.00", ceil: "1000000000000000.00", floor: "1000000000000000.00"},
		{name: "the limit over seven", desc: "10^12 ÷ 7 × 0.9999：128 位中间值 / a 128-bit intermediate", clause: "0",
			rate: policy.PerYear(policy.MaxMoney).Div(7).Times(ratio("0.9999")), round: "142842857142.86", ceil: "142842857142.86", floor: "142842857142.85"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := tc.rate.Exact()
			got := []string{"", policy.DefaultRounding.Round(tc.rate).String(), tc.rate.CeilFen().String(),
				policy.DefaultRounding.Floor(tc.rate).String()}
			if ok {
				got[0] = m.String()
			}
			if diff := cmp.Diff([]string{tc.exact, tc.round, tc.ceil, tc.floor}, got); diff != "" {
				t.Errorf("%s: exact, round, ceil, floor (-want +got):\n%s", tc.desc, diff)
			}
			if ok != (tc.exact != "") {
				t.Errorf("%s: Exact() ok = %v", tc.desc, ok)
			}
		})
	}
}

// TestRateCmp: rates compare exactly, whatever fractions they are kept
// as.
func TestRateCmp(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		a, b   policy.Rate
		want   int
	}{
		{name: "same fraction two ways", desc: "1/3 分 = 2/6 分 / one third two ways", clause: "0",
			a: policy.PerYear(1).Div(3), b: policy.PerYear(2).Div(6), want: 0},
		{name: "order of operations", desc: "÷3×20% 与 ×20%÷3 相同 / dividing then multiplying is the same as the reverse", clause: "0",
			a: policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")), b: policy.PerYear(fen("6866.00")).Times(ratio("0.2")).Div(3), want: 0},
		{name: "a third of a fen above", desc: "B类份额 457.7333… 大于 457.73 / the B share is above 457.73", clause: "0",
			a: policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")), b: policy.PerYear(fen("457.73")), want: 1},
		{name: "below", desc: "S×n − I 低于 S×n / below", clause: "0",
			a: policy.PerYear(fen("6366.00")), b: policy.PerYear(fen("10866.00")), want: -1},
		{name: "zeros", desc: "两个零 / two zeros", clause: "0", a: policy.Rate{}, b: policy.PerYear(0), want: 0},
		{name: "zero below", desc: "零低于任何正数 / zero is below any positive rate", clause: "0",
			a: policy.Rate{}, b: policy.PerYear(1).Div(12), want: -1},
		{name: "positive above zero", desc: "正数高于零 / a positive rate is above zero", clause: "0",
			a: policy.PerYear(1).Div(12), b: policy.Rate{}, want: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.Cmp(tc.b); got != tc.want {
				t.Errorf("%s: Cmp = %d, want %d", tc.desc, got, tc.want)
			}
			if got := tc.b.Cmp(tc.a); got != -tc.want {
				t.Errorf("%s: reversed Cmp = %d, want %d", tc.desc, got, -tc.want)
			}
			if got := tc.a.Equal(tc.b); got != (tc.want == 0) {
				t.Errorf("%s: Equal = %v", tc.desc, got)
			}
		})
	}
	if !(policy.Rate{}).IsZero() || !policy.PerYear(-1).IsZero() || policy.PerYear(1).IsZero() {
		t.Error("IsZero: the zero Rate and a negative amount a year are zero, one fen a year is not")
	}
}

// TestRateDivPanics: dividing by a count that is not positive is a bug in
// the rule, not a household's data, and panics.
func TestRateDivPanics(t *testing.T) {
	for _, n := range []int{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Div(%d) did not panic", n)
				}
			}()
			policy.PerYear(100).Div(n)
		}()
	}
}

// FuzzMoneyOf: an amount MoneyOf accepts writes out and reads back as the
// same amount, and one it refuses has more than two places or is beyond
// 10^12 元.
func FuzzMoneyOf(f *testing.F) {
	for _, s := range []string{"3622.00", "0.01", "-0.03", "1E+3", "250.005", "1000000000000.01", "5E+13", "1E-3"} {
		f.Add(s)
	}
	limit := policy.MaxMoney.Decimal()
	f.Fuzz(func(t *testing.T, s string) {
		x, err := decimal.NewFromString(s)
		if err != nil || x.Exponent() > 100 || x.Exponent() < -100 || len(s) > 100 {
			return
		}
		m, ok := policy.MoneyOf(x)
		want := x.Round(2).Equal(x) && !x.Abs().GreaterThan(limit)
		if ok != want {
			t.Fatalf("MoneyOf(%s) ok = %v, want %v", s, ok, want)
		}
		if !ok {
			return
		}
		if !m.Decimal().Equal(x) {
			t.Fatalf("MoneyOf(%s) = %s", s, m)
		}
		back, err := decimal.NewFromString(m.String())
		if err != nil || !back.Equal(x) {
			t.Fatalf("MoneyOf(%s).String() = %s, which reads back as %s", s, m, back)
		}
	})
}

// TestRateOverflowPanics: a product beyond 128 bits is a bug in the bounds
// validation sets, never a household's data, and panics rather than wrap.
// Each ratio is the largest RatioOf reads (999999999999.9999), prime to
// 10^4, so nothing reduces: two of them times 99999999999999 fen pass 2^128;
// two divisions by 2^40 pass 2^64 in the denominator; comparing one such
// product with a rate of denominator 2^60 passes 2^128 on one side only.
func TestRateOverflowPanics(t *testing.T) {
	const big = policy.Ratio(9999999999999999)
	tests := []struct {
		name string
		f    func() policy.Rate
	}{
		{name: "numerator", f: func() policy.Rate { return policy.PerYear(99999999999999).Times(big).Times(big) }},
		{name: "denominator", f: func() policy.Rate { return policy.PerYear(1).Div(1 << 40).Div(1 << 40) }},
		{name: "comparison", f: func() policy.Rate {
			policy.PerYear(99999999999999).Times(big).Cmp(policy.PerYear(1).Div(1 << 60))
			return policy.Rate{}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			tc.f()
		})
	}
}

// BenchmarkMoneyOfLong reads 1000.00 written with a coefficient of n
// digits (trailing zeros), as a decimal made in Go may hold, at n and 10n:
// the second costs some ten to twenty times the first (a power of ten of n
// digits is made by Karatsuba multiplication, here and in decimal's
// NumDigits), not the hundred times it cost when each place was divided
// off in turn.
func BenchmarkMoneyOfLong(b *testing.B) {
	for _, n := range []int{4000, 40000} {
		c := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
		x := decimal.NewFromBigInt(c, int32(3-n)) // 10^n × 10^(3-n) = 1000
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if m, ok := policy.MoneyOf(x); !ok || m != 100000 {
					b.Fatalf("MoneyOf = %d, %v; want 100000, true", m, ok)
				}
			}
		})
	}
}

// TestRateExact: a rate is exact money when it is a whole number of fen
// that int64 holds; one beyond int64 is not, whatever its low 64 bits.
func TestRateExact(t *testing.T) {
	tests := []struct {
		name, desc string
		clause     policy.Clause
		in         policy.Rate
		want       policy.Money
		ok         bool
	}{
		{name: "S × 3, 10866.00", desc: "3622.00 × 3 = 10866.00 元：整分 / a whole number of fen", clause: "0",
			in: policy.PerYear(362200 * 3).Times(policy.One), want: 1086600, ok: true},
		{name: "a third of a fen", desc: "0.01 元 × 100 ÷ 3 分：非整分 / 100 fen ÷ 3 is not whole fen", clause: "0",
			in: policy.PerYear(100).Div(3)},
		{name: "the largest int64", desc: "2^63 − 1 分：int64 所能容纳 / 2^63 − 1 fen, the most int64 holds", clause: "0",
			in: policy.PerYear(math.MaxInt64), want: math.MaxInt64, ok: true},
		{name: "2^63 fen", desc: "2^62 × 2 = 2^63 分：超出 int64 / 2^62 × 2 = 2^63 fen, beyond int64", clause: "0",
			in: policy.PerYear(1 << 62).Times(2 * policy.One)},
		{name: "beyond 64 bits", desc: "10^14 × 2^62 ÷ 10^4 分：超出 64 位，无论低位 / 10^14 × 2^62 ÷ 10^4 fen, beyond 64 bits whatever its low word", clause: "0",
			in: policy.PerYear(policy.MaxMoney).Times(policy.Ratio(1 << 62))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := tc.in.Exact(); got != tc.want || ok != tc.ok {
				t.Errorf("%s [%s]: Exact() = %d, %v; want %d, %v", tc.desc, tc.clause, got, ok, tc.want, tc.ok)
			}
		})
	}
}
