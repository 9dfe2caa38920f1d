package policy_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// dp is a set decimal parameter named "test.p".
func dp(v string) policy.Param[decimal.Decimal] { return policy.New("test.p", d(v), policy.Seed, "") }

// unsetDec is an unset (local) decimal parameter named "test.p".
var unsetDec = policy.Unset[decimal.Decimal]("test.p", "local")

// TestCheckKit is the parameter kit: each check takes its path from the
// parameter's Name and returns nil or one field error of the right type.
func TestCheckKit(t *testing.T) {
	type mode string
	tests := []struct {
		name     string
		desc     string
		err      error
		wantType policy.ErrorType // "" for nil
		want     string           // the message
	}{
		{name: "money", desc: "有效金额 / a valid amount", err: policy.CheckMoney("test.p", d("3622.00"))},
		{name: "money negative", desc: "负数金额 / a negative amount", err: policy.CheckMoney("test.p", d("-0.01")),
			wantType: policy.ErrorInvalid, want: "test.p: -0.01 is negative"},
		{name: "money three places", desc: "三位小数 / three places", err: policy.CheckMoney("test.p", d("12.345")),
			wantType: policy.ErrorInvalid, want: "test.p: 12.345 has more than two decimal places"},
		{name: "money of twelve digits, three places", desc: "整数 12 位、三位小数：报小数位，非超过上限 / twelve whole digits and three places: refused for its places, not its size",
			err: policy.CheckMoney("test.p", d("999999999999.999")), wantType: policy.ErrorInvalid,
			want: "test.p: 999999999999.999 has more than two decimal places"},
		{name: "money above the limit", desc: "超过 10^12 元 / above 10^12 元", err: policy.CheckMoney("test.p", d("1000000000000.01")),
			wantType: policy.ErrorInvalid, want: "test.p: 1000000000000.01 is above 10^12 元"},
		{name: "money huge", desc: "极大数值按系数与指数引用 / a huge value is quoted as coefficient and exponent", err: policy.CheckMoney("test.p", d("1E+400")),
			wantType: policy.ErrorInvalid, want: "test.p: 1E400 is above 10^12 元"},
		{name: "money long", desc: "过长数值只引用前40字节 / a long value is quoted to 40 bytes", err: policy.CheckMoney("test.p", d("1E+100")),
			wantType: policy.ErrorInvalid, want: "test.p: 1" + strings.Repeat("0", 39) + "… is above 10^12 元"},
		{name: "money of a huge exponent", desc: "极大指数：按指数即拒绝，不写出其零 / a huge exponent is refused from it, its zeros never written",
			err: policy.CheckMoney("test.p", decimal.New(1, 2_000_000)), wantType: policy.ErrorInvalid, want: "test.p: 1E2000000 is above 10^12 元"},
		{name: "money of a huge negative exponent", desc: "极小指数：小数位过多 / a huge negative exponent has too many places",
			err: policy.CheckMoney("test.p", decimal.New(7, -2_000_000)), wantType: policy.ErrorInvalid, want: "test.p: 7E-2000000 has more than two decimal places"},
		{name: "computed above 10^12", desc: "计算所得金额可超过 10^12 元（一户各项之和）/ a computed amount may be above 10^12 元 (a sum of a record's amounts)",
			err: policy.CheckComputed("test.p", d("2999999999999.97"))},
		{name: "computed negative", desc: "计算所得金额可为负（一项变动）/ a computed amount may be negative (a change)",
			err: policy.CheckComputed("test.p", d("-0.01"))},
		{name: "computed largest", desc: "最大 9999999999999999.99 元 / the largest, 9999999999999999.99", err: policy.CheckComputed("test.p", d("9999999999999999.99"))},
		{name: "computed three places above 10^12", desc: "超过 10^12 元且三位小数：报三位小数 / above 10^12 元 with three places: refused for its places",
			err: policy.CheckComputed("test.p", d("1000000000000.001")), wantType: policy.ErrorInvalid,
			want: "test.p: 1000000000000.001 has more than two decimal places"},
		{name: "computed of sixteen digits, three places", desc: "整数 16 位、三位小数：报小数位 / sixteen whole digits and three places: refused for its places",
			err: policy.CheckComputed("test.p", d("9999999999999999.999")), wantType: policy.ErrorInvalid,
			want: "test.p: 9999999999999999.999 has more than two decimal places"},
		{name: "computed of 10^16", desc: "10^16 元：超出上限 / 10^16 元 is beyond the bound",
			err: policy.CheckComputed("test.p", d("10000000000000000.00")), wantType: policy.ErrorInvalid,
			want: "test.p: 10000000000000000 is 10^16 元 or more in magnitude"},
		{name: "computed of −10^16", desc: "−10^16 元：负数亦按绝对值超出上限 / −10^16 元: a negative amount is beyond the bound by its magnitude too",
			err: policy.CheckComputed("test.p", d("-10000000000000000.00")), wantType: policy.ErrorInvalid,
			want: "test.p: -10000000000000000 is 10^16 元 or more in magnitude"},
		{name: "computed of 10^16 with three places", desc: "10^16 元且三位小数：报超出上限 / 10^16 元 with three places: refused for its size",
			err: policy.CheckComputed("test.p", d("10000000000000000.001")), wantType: policy.ErrorInvalid,
			want: "test.p: 10000000000000000.001 is 10^16 元 or more in magnitude"},
		{name: "rate of a huge exponent", desc: "比例的极大指数 / a rate of a huge exponent",
			err: policy.CheckRate(policy.New("test.p", decimal.New(3, 2_000_000), policy.Seed, ""), true), wantType: policy.ErrorInvalid,
			want: "test.p: 3E2000000 is not a rate from 0 to 1"},
		{name: "rate of a huge negative exponent", desc: "比例的极小指数 / a rate of a huge negative exponent",
			err: policy.CheckRate(policy.New("test.p", decimal.New(3, -2_000_000), policy.Seed, ""), true), wantType: policy.ErrorInvalid,
			want: "test.p: 3E-2000000 has more than four decimal places"},
		{name: "multiple of a huge exponent", desc: "倍数的极大指数 / a multiple of a huge exponent",
			err: policy.CheckMultiple(policy.New("test.p", decimal.New(-3, 2_000_000), policy.Seed, ""), true), wantType: policy.ErrorInvalid,
			want: "test.p: -3E2000000 is not a multiple from 0 to 1000"},
		{name: "money of many digits", desc: "数字过多只写位数 / a number of many digits is described, not written",
			err: policy.CheckMoney("test.p", d("0."+strings.Repeat("1", 130))), wantType: policy.ErrorInvalid,
			want: "test.p: (a number of 130 digits) has more than two decimal places"},
		{name: "amount set", desc: "已设定的金额 / a set amount", err: policy.CheckAmount(dp("0"), true)},
		{name: "amount required", desc: "必需金额未设定 / a required amount unset", err: policy.CheckAmount(unsetDec, true),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "amount optional", desc: "可选金额未设定 / an optional amount unset", err: policy.CheckAmount(unsetDec, false)},
		{name: "amount invalid", desc: "金额无效 / an invalid amount", err: policy.CheckAmount(dp("1.001"), false),
			wantType: policy.ErrorInvalid, want: "test.p: 1.001 has more than two decimal places"},
		{name: "positive", desc: "正数标准 / a positive standard", err: policy.CheckPositive(dp("3622.00"))},
		{name: "positive zero", desc: "标准为0 / a standard of 0", err: policy.CheckPositive(dp("0")),
			wantType: policy.ErrorInvalid, want: "test.p: 0 is not positive"},
		{name: "positive unset", desc: "标准未设定 / a standard unset", err: policy.CheckPositive(unsetDec),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "positive negative", desc: "标准为负 / a negative standard", err: policy.CheckPositive(dp("-1")),
			wantType: policy.ErrorInvalid, want: "test.p: -1 is negative"},
		{name: "optional positive unset", desc: "可选正数未设定 / an optional positive figure unset", err: policy.CheckOptionalPositive(unsetDec)},
		{name: "optional positive", desc: "可选正数已设定 / an optional positive figure set", err: policy.CheckOptionalPositive(dp("3335.00"))},
		{name: "optional positive zero", desc: "可选正数设为0 / an optional positive figure set to 0", err: policy.CheckOptionalPositive(dp("0.00")),
			wantType: policy.ErrorInvalid, want: "test.p: 0 is not positive"},
		{name: "optional positive invalid", desc: "可选正数三位小数 / an optional positive figure with three places", err: policy.CheckOptionalPositive(dp("1.001")),
			wantType: policy.ErrorInvalid, want: "test.p: 1.001 has more than two decimal places"},
		{name: "rate", desc: "比例30% / a rate of 30%", err: policy.CheckRate(dp("0.30"), true)},
		{name: "rate one", desc: "比例100% / a rate of 1", err: policy.CheckRate(dp("1"), true)},
		{name: "rate above one", desc: "比例超过1 / a rate above 1", err: policy.CheckRate(dp("1.5"), true),
			wantType: policy.ErrorInvalid, want: "test.p: 1.5 is not a rate from 0 to 1"},
		{name: "rate negative", desc: "负比例 / a negative rate", err: policy.CheckRate(dp("-0.1"), false),
			wantType: policy.ErrorInvalid, want: "test.p: -0.1 is not a rate from 0 to 1"},
		{name: "rate five places", desc: "五位小数比例 / a rate of five places", err: policy.CheckRate(dp("0.12345"), true),
			wantType: policy.ErrorInvalid, want: "test.p: 0.12345 has more than four decimal places"},
		{name: "rate required", desc: "必需比例未设定 / a required rate unset", err: policy.CheckRate(unsetDec, true),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "rate optional", desc: "可选比例未设定 / an optional rate unset", err: policy.CheckRate(unsetDec, false)},
		{name: "multiple", desc: "倍数10 / a multiple of 10", err: policy.CheckMultiple(dp("10"), true)},
		{name: "multiple at the limit", desc: "倍数1000 / a multiple of 1000", err: policy.CheckMultiple(dp("1000"), true)},
		{name: "multiple above the limit", desc: "倍数超过1000 / a multiple above 1000", err: policy.CheckMultiple(dp("1000.0001"), true),
			wantType: policy.ErrorInvalid, want: "test.p: 1000.0001 is not a multiple from 0 to 1000"},
		{name: "multiple five places", desc: "五位小数倍数 / a multiple of five places", err: policy.CheckMultiple(dp("1.00001"), true),
			wantType: policy.ErrorInvalid, want: "test.p: 1.00001 has more than four decimal places"},
		{name: "multiple of twelve digits, five places", desc: "整数 12 位、五位小数的倍数：报小数位 / a multiple of twelve whole digits and five places: refused for its places",
			err: policy.CheckMultiple(dp("999999999999.99999"), true), wantType: policy.ErrorInvalid,
			want: "test.p: 999999999999.99999 has more than four decimal places"},
		{name: "multiple of 10^12", desc: "倍数 10^12：超出 0–1000 / a multiple of 10^12: outside 0–1000",
			err: policy.CheckMultiple(dp("1000000000000"), true), wantType: policy.ErrorInvalid,
			want: "test.p: 1000000000000 is not a multiple from 0 to 1000"},
		{name: "multiple required", desc: "必需倍数未设定 / a required multiple unset", err: policy.CheckMultiple(unsetDec, true),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "multiple optional", desc: "可选倍数未设定 / an optional multiple unset", err: policy.CheckMultiple(unsetDec, false)},
		{name: "whole", desc: "整数在范围内 / a whole number in range", err: policy.CheckWhole(policy.New("test.p", 12, policy.Seed, ""), 1, 12)},
		{name: "whole at the bottom", desc: "整数等于下限 / a whole number at the bottom of its range", err: policy.CheckWhole(policy.New("test.p", 1, policy.Seed, ""), 1, 12)},
		{name: "whole out of range", desc: "整数超出范围 / a whole number out of range", err: policy.CheckWhole(policy.New("test.p", 13, policy.Seed, ""), 1, 12),
			wantType: policy.ErrorInvalid, want: "test.p: 13 is not 1–12"},
		{name: "whole unset", desc: "必需整数未设定 / a whole number unset", err: policy.CheckWhole(policy.Unset[int]("test.p", ""), 1, 12),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "optional whole unset", desc: "可选整数未设定 / an optional whole number unset", err: policy.CheckOptionalWhole(policy.Unset[int]("test.p", ""), 0, 1000)},
		{name: "optional whole negative", desc: "可选整数为负 / an optional whole number below range", err: policy.CheckOptionalWhole(policy.New("test.p", -1, policy.Seed, ""), 0, 1000),
			wantType: policy.ErrorInvalid, want: "test.p: -1 is not 0–1000"},
		{name: "one of", desc: "取值在列表中 / a value in the list", err: policy.CheckOneOf(policy.New("test.p", mode("share"), policy.Seed, ""), "is not standard or share", "standard", "share")},
		{name: "one of unknown", desc: "取值不在列表中 / a value outside the list", err: policy.CheckOneOf(policy.New("test.p", mode("half"), policy.Seed, ""), "is not standard or share", "standard", "share"),
			wantType: policy.ErrorNotSupported, want: `test.p: "half" is not standard or share`},
		{name: "one of unset", desc: "开关未设定 / a switch unset", err: policy.CheckOneOf(policy.Unset[mode]("test.p", ""), "is not standard or share", "standard", "share"),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
		{name: "set", desc: "已设定 / set", err: policy.CheckSet(policy.New("test.p", true, policy.Seed, ""))},
		{name: "set unset", desc: "未设定 / unset", err: policy.CheckSet(policy.Unset[bool]("test.p", "")),
			wantType: policy.ErrorRequired, want: "test.p: is required"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.wantType == "" {
				if tc.err != nil {
					t.Errorf("%s: %v, want nil", tc.desc, tc.err)
				}
				return
			}
			fes := policy.FieldErrors(tc.err)
			if !errors.Is(tc.err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != "test.p" || fes[0].Type != tc.wantType {
				t.Fatalf("%s: %v, want one %s error at test.p", tc.desc, tc.err, tc.wantType)
			}
			if tc.err.Error() != tc.want {
				t.Errorf("%s: message %q, want %q", tc.desc, tc.err, tc.want)
			}
		})
	}
}

// TestShortDecimal: a bad value is quoted as decimal writes it, cut to 40
// bytes, up to 120 digits and an exponent of ±120; beyond, by its count of
// digits, or its coefficient and exponent, never written out.
func TestShortDecimal(t *testing.T) {
	digits := func(n int) string { return "1" + strings.Repeat("0", n-1) }
	tests := []struct {
		name string
		in   decimal.Decimal
		want string
	}{
		{"short", d("3622.005"), "3622.005"},
		{"120 digits", d(digits(120)), digits(40) + "…"},
		{"121 digits", d(digits(121)), "(a number of 121 digits)"},
		{"exponent 120", decimal.New(7, 120), "7" + strings.Repeat("0", 39) + "…"},
		{"exponent 121", decimal.New(7, 121), "7E121"},
		{"exponent −120", decimal.New(7, -120), "0." + strings.Repeat("0", 38) + "…"},
		{"exponent −121", decimal.New(7, -121), "7E-121"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := policy.ShortDecimal(tc.in); got != tc.want {
				t.Errorf("ShortDecimal = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestParamMoney: a validated parameter converts to fen (ParamMoney) and
// ten-thousandths (ParamRatio) once; an unset one is 0.
func TestParamMoney(t *testing.T) {
	got := []int64{int64(policy.ParamMoney(dp("3622.00"))), int64(policy.ParamMoney(unsetDec)),
		int64(policy.ParamRatio(dp("0.3"))), int64(policy.ParamRatio(unsetDec))}
	if diff := cmp.Diff([]int64{362200, 0, 3000, 0}, got); diff != "" {
		t.Errorf("ParamMoney, ParamRatio (-want +got):\n%s", diff)
	}
}

// TestFieldErrors: every field error in an error's tree, in order, through
// joins and wraps; the kind through errors.Is and errors.As.
func TestFieldErrors(t *testing.T) {
	a := policy.Path("members").Index(2).Field("grade").Invalid("7", "is not 1–4")
	b := policy.Path("lowincome.standard").Required("is required")
	c := policy.Path("members").Index(0).Field("id").Duplicate(`"m1"`, "is also the id of members[1]")
	tests := []struct {
		name string
		desc string
		err  error
		want []*policy.FieldError
	}{
		{name: "nil", desc: "无错误 / no error", err: nil, want: nil},
		{name: "one", desc: "单个错误 / one error", err: a, want: []*policy.FieldError{a}},
		{name: "joined", desc: "合并的错误 / joined errors", err: errors.Join(a, nil, b), want: []*policy.FieldError{a, b}},
		{name: "wrapped", desc: "包装的错误 / a wrapped error", err: fmt.Errorf("loading: %w", b), want: []*policy.FieldError{b}},
		{name: "wrapped twice", desc: "一个包装两个错误 / one wrap of two errors", err: fmt.Errorf("%w (%w)", a, policy.ErrNoParams), want: []*policy.FieldError{a}},
		{name: "joined and wrapped", desc: "嵌套合并与包装 / joins within wraps", err: fmt.Errorf("x: %w", errors.Join(a, errors.Join(b, c))),
			want: []*policy.FieldError{a, b, c}},
		{name: "other errors", desc: "非字段错误 / no field error", err: errors.Join(policy.ErrNoParams, &policy.MissingParamError{Name: "p"}), want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, policy.FieldErrors(tc.err)); diff != "" {
				t.Errorf("%s: FieldErrors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	var fe *policy.FieldError
	if err := fmt.Errorf("x: %w", a); !errors.Is(err, policy.ErrInvalid) || !errors.As(err, &fe) || fe != a {
		t.Errorf("errors.Is / errors.As through a wrap: %v", err)
	}
}

// TestFieldError: the builders of Path set the type, the path with its
// indexes, the value and the detail, and the message reads "path: value
// detail".
func TestFieldError(t *testing.T) {
	p := policy.Path("members").Index(2).Field("disability").Field("grade")
	tests := []struct {
		name string
		desc string
		err  *policy.FieldError
		want policy.FieldError
		msg  string
	}{
		{name: "invalid", desc: "无效值 / an invalid value", err: p.Invalid("7", "is not 1–4"),
			want: policy.FieldError{Type: policy.ErrorInvalid, Path: "members[2].disability.grade", Value: "7", Detail: "is not 1–4"},
			msg:  "members[2].disability.grade: 7 is not 1–4"},
		{name: "required", desc: "缺少值 / a missing value", err: policy.Path("id").Required("is required"),
			want: policy.FieldError{Type: policy.ErrorRequired, Path: "id", Detail: "is required"}, msg: "id: is required"},
		{name: "not supported", desc: "不在列表中 / outside a list", err: policy.Path("class").NotSupported(`"D"`, "is not A, B, C or empty"),
			want: policy.FieldError{Type: policy.ErrorNotSupported, Path: "class", Value: `"D"`, Detail: "is not A, B, C or empty"},
			msg:  `class: "D" is not A, B, C or empty`},
		{name: "duplicate", desc: "重复 / a duplicate", err: policy.Path("id").Duplicate(`"m1"`, "is also the id of members[0]"),
			want: policy.FieldError{Type: policy.ErrorDuplicate, Path: "id", Value: `"m1"`, Detail: "is also the id of members[0]"},
			msg:  `id: "m1" is also the id of members[0]`},
		{name: "not found", desc: "引用不存在 / a reference to nothing", err: policy.Path("member").NotFound(`"m9"`, "is not the id of a member"),
			want: policy.FieldError{Type: policy.ErrorNotFound, Path: "member", Value: `"m9"`, Detail: "is not the id of a member"},
			msg:  `member: "m9" is not the id of a member`},
		{name: "too many", desc: "过多 / too many", err: policy.Path("members").TooMany("51", "members is more than 50"),
			want: policy.FieldError{Type: policy.ErrorTooMany, Path: "members", Value: "51", Detail: "members is more than 50"},
			msg:  "members: 51 members is more than 50"},
		{name: "too long", desc: "过长 / too long", err: policy.Path("id").TooLong("300", "bytes is more than 256"),
			want: policy.FieldError{Type: policy.ErrorTooLong, Path: "id", Value: "300", Detail: "bytes is more than 256"},
			msg:  "id: 300 bytes is more than 256"},
		{name: "no path", desc: "无路径的值 / a value with no path", err: &policy.FieldError{Type: policy.ErrorInvalid, Value: `"x"`, Detail: "is not a date"},
			want: policy.FieldError{Type: policy.ErrorInvalid, Value: `"x"`, Detail: "is not a date"}, msg: `"x" is not a date`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, *tc.err); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			if tc.err.Error() != tc.msg || !errors.Is(tc.err, policy.ErrInvalid) {
				t.Errorf("%s: %q, want %q wrapping ErrInvalid", tc.desc, tc.err, tc.msg)
			}
		})
	}
	if got := policy.Path("").Field("a").String(); got != "a" {
		t.Errorf(`Path("").Field("a") = %q`, got)
	}
}

// TestQuote: a bad value is quoted and cut to 40 bytes at a character
// boundary, so that a huge input cannot make a huge error; what cannot be
// seen is escaped.
func TestQuote(t *testing.T) {
	tests := []struct {
		name    string
		desc    string
		in      string
		shorten string
		quote   string
	}{
		{name: "short", desc: "短值原样 / a short value as it is", in: "lottery", shorten: "lottery", quote: `"lottery"`},
		{name: "exactly forty", desc: "恰40字节 / exactly 40 bytes", in: strings.Repeat("x", 40), shorten: strings.Repeat("x", 40),
			quote: `"` + strings.Repeat("x", 40) + `"`},
		{name: "forty-one", desc: "41字节截断 / 41 bytes are cut", in: strings.Repeat("x", 41), shorten: strings.Repeat("x", 40) + "…",
			quote: `"` + strings.Repeat("x", 40) + `…"`},
		{name: "at a character boundary", desc: "在字符边界截断：13个汉字为39字节 / cut at a character boundary: 13 characters are 39 bytes",
			in: "x" + strings.Repeat("尧", 20), shorten: "x" + strings.Repeat("尧", 13) + "…", quote: `"x` + strings.Repeat("尧", 13) + `…"`},
		{name: "boundary exactly", desc: "第40字节正是字符边界 / byte 40 starts a character",
			in: "x" + strings.Repeat("尧", 13) + "yz", shorten: "x" + strings.Repeat("尧", 13) + "…", quote: `"x` + strings.Repeat("尧", 13) + `…"`},
		{name: "no character starts", desc: "41个UTF-8续字节：无字符起点，只剩省略号 / 41 UTF-8 continuation bytes: no character starts, the mark alone is left",
			in: strings.Repeat("\x80", 41), shorten: "…", quote: `"…"`},
		{name: "control characters", desc: "控制字符转义 / control characters escaped", in: "a\nb\x00", shorten: "a\nb\x00", quote: `"a\nb\x00"`},
		{name: "blank characters", desc: "不显示的图形字符也转义：韩文填充符、异体选择符 / graphic characters that show nothing escaped too: the Hangul filler, a variation selector",
			in: "一类\u3164\U000e0100", shorten: "一类\u3164\U000e0100", quote: `"一类\u3164\U000e0100"`},
		{name: "combining mark kept", desc: "可见的组合符号照写 / a combining mark that shows is written as it is",
			in: "e\u0301", shorten: "e\u0301", quote: "\"e\u0301\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{policy.Shorten(tc.in), policy.Quote(tc.in)}
			if diff := cmp.Diff([]string{tc.shorten, tc.quote}, got); diff != "" {
				t.Errorf("%s: Shorten, Quote (-want +got):\n%s", tc.desc, diff)
			}
			if !utf8.ValidString(got[0]) && utf8.ValidString(tc.in) {
				t.Errorf("%s: Shorten cut a character", tc.desc)
			}
		})
	}
}
