package policy_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/internal/enumtest"
	"github.com/safetynet-go/safetynet/policy"
)

var formulaBase = policy.Formula{ID: "test.base",
	ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
	EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}

var usedStandard = []policy.Used{policy.New("lowincome.standard", d("3622.00"), policy.Seed, "二(一)1").Used()}

// basePay is worked example 1's 补差 line as a rule fills it in.
func basePay() policy.Pay {
	return policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold, Payer: policy.CivilAffairsFund,
		Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic}, Params: usedStandard}
}

// baseLine is worked example 1's line: 3622.00 × 3 − 4500.00 = 6366.00.
func baseLine() policy.Line {
	var a policy.Assessment
	p := basePay()
	a.Recurring(&p, policy.PerYear(fen("6366.00")), policy.Period{}, &formulaBase,
		policy.M("S", fen("3622.00")), policy.N("n", 3), policy.M("I", fen("4500.00")))
	return a.Lines[0]
}

var formulaWhy = policy.Formula{ID: "test.why",
	ZH: "收入 {I} 高于 {L}", EN: "income {I} above {L}"}

var formulaWrongful = policy.Formula{ID: "test.wrongful",
	ZH: "错保：{why}，现发 {paid} 元/月", EN: "wrongful ({why}); paid {paid} yuan/month"}

// TestRender: explanations are a formula and its operands, rendered in
// Chinese and English on demand; a nested argument renders its own formula
// with the operands that follow it.
func TestRender(t *testing.T) {
	why := policy.Explain(&formulaWhy, policy.M("I", fen("12000.00")), policy.M("L", fen("10866.00")))
	tests := []struct {
		name string
		desc string
		e    policy.Explanation
		lang policy.Lang
		want string
	}{
		{name: "worked example 1 in Chinese", desc: "例1中文 / worked example 1 in Chinese",
			e: baseLine().Explanation(), lang: policy.ZH, want: "补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年"},
		{name: "worked example 1 in English", desc: "例1英文 / worked example 1 in English",
			e: baseLine().Explanation(), lang: policy.EN, want: "top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year"},
		{name: "ratio and repeating money", desc: "倍数与循环小数金额 / a multiple and a repeating amount",
			e: policy.Explain(&policy.Formula{ZH: "{k} × {m} = {=}", EN: "{r}"},
				policy.X("k", ratio("10")), policy.MExact("m", policy.PerYear(fen("3622.00")).Div(12)), policy.M("=", fen("3018.33")), policy.R("r", ratio("0.7"))),
			lang: policy.ZH, want: "10 × 301.8333… = 3018.33"},
		{name: "ratio", desc: "比例写作百分数 / a ratio is a percentage",
			e: policy.Explain(&policy.Formula{ZH: "{r}", EN: "{r}"}, policy.R("r", ratio("0.7"))), lang: policy.EN, want: "70%"},
		{name: "ratio with a fraction of a per cent", desc: "百分之30.5，带小数的百分数 / 30.5%, a percentage with a decimal place",
			e: policy.Explain(&policy.Formula{ZH: "{r}"}, policy.R("r", ratio("0.305"))), lang: policy.ZH, want: "30.5%"},
		{name: "multiple and money", desc: "倍数与金额 / a multiple and money",
			e: policy.Explain(&policy.Formula{ZH: "{k} × {m} = {=}"}, policy.X("k", ratio("10")), policy.M("m", fen("301.83")),
				policy.M("=", fen("3018.30"))), lang: policy.ZH, want: "10 × 301.83 = 3018.30"},
		{name: "count", desc: "人数 / a count",
			e: policy.Explain(&policy.Formula{ZH: "{n} 人"}, policy.N("n", 10)), lang: policy.ZH, want: "10 人"},
		{name: "bilingual text", desc: "双语文字 / bilingual text",
			e: policy.Explain(&policy.Formula{ZH: "因{t}", EN: "because {t}"}, policy.T2("t", "火灾", "fire")), lang: policy.EN, want: "because fire"},
		{name: "text in one language", desc: "单语文字两种语言相同 / text with no English is the same in both",
			e: policy.Explain(&policy.Formula{ZH: "{c}类", EN: "class {c}"}, policy.T("c", "A")), lang: policy.EN, want: "class A"},
		{name: "missing argument shows", desc: "缺参数原样显示 / a missing argument shows",
			e: policy.Explain(&policy.Formula{ZH: "{x} 元"}), lang: policy.ZH, want: "{x} 元"},
		{name: "unclosed brace", desc: "未闭合的括号 / an unclosed brace",
			e: policy.Explain(&policy.Formula{ZH: "a {b"}), lang: policy.ZH, want: "a {b"},
		{name: "nested in Chinese", desc: "嵌套说明（中文）/ a nested explanation in Chinese",
			e:    policy.Explain(&formulaWrongful, append(why.Nest("why"), policy.M("paid", fen("530.50")))...),
			lang: policy.ZH, want: "错保：收入 12000.00 高于 10866.00，现发 530.50 元/月"},
		{name: "nested in English", desc: "嵌套说明（英文）/ a nested explanation in English",
			e:    policy.Explain(&formulaWrongful, append(why.Nest("why"), policy.M("paid", fen("530.50")))...),
			lang: policy.EN, want: "wrongful (income 12000.00 above 10866.00); paid 530.50 yuan/month"},
		{name: "nested operands are its own", desc: "嵌套参数不与外层同名参数混淆 / the outer formula does not see the nested operands",
			e: policy.Explain(&policy.Formula{ZH: "{why}；{I}"}, policy.Nested("why", &formulaWhy, 2),
				policy.M("I", fen("1.00")), policy.M("L", fen("2.00")), policy.M("I", fen("3.00"))),
			lang: policy.ZH, want: "收入 1.00 高于 2.00；3.00"},
		{name: "nested beyond the arguments there are", desc: "嵌套参数个数超出其后参数时只取现有的 / a nested count beyond the arguments after it takes those there are",
			e:    policy.Explain(&policy.Formula{ZH: "{why}"}, policy.Nested("why", &formulaWhy, 5), policy.M("I", fen("1.00"))),
			lang: policy.ZH, want: "收入 1.00 高于 {L}"},
		{name: "nested count above 255", desc: "嵌套参数个数超过255按现有参数 / a nested count above 255 takes the arguments there are",
			e: policy.Explain(&policy.Formula{ZH: "{why}"}, policy.Nested("why", &formulaWhy, 300),
				policy.M("I", fen("1.00")), policy.M("L", fen("2.00"))),
			lang: policy.ZH, want: "收入 1.00 高于 2.00"},
		{name: "nested count negative", desc: "嵌套参数个数为负即无参数 / a negative nested count takes none",
			e:    policy.Explain(&policy.Formula{ZH: "{why}；{I}"}, policy.Nested("why", &formulaWhy, -1), policy.M("I", fen("1.00"))),
			lang: policy.ZH, want: "收入 {I} 高于 {L}；1.00"},
		{name: "nested beyond a line's arguments", desc: "行的嵌套参数个数超出时不吞掉结果“=” / on a line, a nested count beyond the rule's arguments never takes the result \"=\"",
			e: lineExplanation(fen("1.00"), policy.Period{}, &policy.Formula{ID: "test.nested-line", ZH: "{why} = {=}"},
				policy.Nested("why", &formulaWhy, 5), policy.M("I", fen("1.00"))),
			lang: policy.ZH, want: "收入 1.00 高于 {L} = 1.00"},
		{name: "nested beyond a line's arguments, after another", desc: "同上，嵌套参数在第二位：只取其后的规则参数，不吞掉结果“=” / the same with the nested operand second: it takes the rule's operands after it, never the result \"=\"",
			e: lineExplanation(fen("1.00"), policy.Period{}, &policy.Formula{ID: "test.nested-line-second", ZH: "{n} 人：{why} = {=}"},
				policy.N("n", 1), policy.Nested("why", &formulaWhy, 5), policy.M("I", fen("1.00"))),
			lang: policy.ZH, want: "1 人：收入 1.00 高于 {L} = 1.00"},
		{name: "part-year line with no operand", desc: "无规则参数的 7–12 月行：月份部分仍写出年额 R / a line for July–December with no operand of the rule: its months part still names the annual rate R",
			e:    lineExplanation(fen("1000.00"), policy.Period{From: time.July, To: time.December}, &policy.Formula{ID: "test.no-operand", ZH: "{=}"}),
			lang: policy.ZH, want: "1000.00；7–12月共 6 个月：1000.00 × 6 ÷ 12 = 500.00 元"},
		{name: "one person in English", desc: "英文中计数为 1 时名词用单数 / in English a count of one takes the singular",
			e: policy.Explain(&formulaBase, policy.M("S", fen("3622.00")), policy.N("n", 1), policy.M("I", fen("1000.00")),
				policy.M("=", fen("2622.00"))),
			lang: policy.EN, want: "top-up: 3622.00 × 1 person − 1000.00 = 2622.00 yuan/year"},
		{name: "one person in Chinese", desc: "中文无单复数 / Chinese has no plural",
			e: policy.Explain(&formulaBase, policy.M("S", fen("3622.00")), policy.N("n", 1), policy.M("I", fen("1000.00")),
				policy.M("=", fen("2622.00"))),
			lang: policy.ZH, want: "补差：3622.00 × 1 人 − 1000.00 = 2622.00 元/年"},
		{name: "every noun after one", desc: "月、条、儿童在 1 之后为单数，其余计数不变 / month, line and child after one; other counts unchanged",
			e: policy.Explain(&policy.Formula{EN: "{a} months: {b} lines, {c} children, {d} lines, {e} months"},
				policy.N("a", 1), policy.N("b", 1), policy.N("c", 1), policy.N("d", 0), policy.N("e", 12)),
			lang: policy.EN, want: "1 month: 1 line, 1 child, 0 lines, 12 months"},
		{name: "only whole words", desc: "仅整词：personsX、非计数参数不变 / whole words only, and counts only",
			e: policy.Explain(&policy.Formula{EN: "{a} personsX {b} persons {c} months"},
				policy.N("a", 1), policy.X("b", ratio("1")), policy.N("c", -1)),
			lang: policy.EN, want: "1 personsX 1 persons -1 months"},
		{name: "zero explanation", desc: "零值说明为空 / the zero Explanation renders as nothing",
			e: policy.Explanation{}, lang: policy.ZH, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.Render(tc.lang); got != tc.want {
				t.Errorf("%s: Render(%s) = %q, want %q", tc.desc, tc.lang, got, tc.want)
			}
			if got := string(tc.e.AppendRender([]byte(">"), tc.lang)); got != ">"+tc.want {
				t.Errorf("%s: AppendRender = %q", tc.desc, got)
			}
			if _, err := tc.e.MarshalJSON(); err != nil {
				t.Errorf("%s: MarshalJSON: %v", tc.desc, err)
			}
		})
	}
}

// lineExplanation is the explanation of a recurring line paid at rate a
// year over period, explained by f with args.
func lineExplanation(rate policy.Money, period policy.Period, f *policy.Formula, args ...policy.Arg) policy.Explanation {
	var a policy.Assessment
	p := basePay()
	a.Recurring(&p, policy.PerYear(rate), period, f, args...)
	return a.Lines[0].Explanation()
}

// TestArg: each argument writes itself by its kind.
func TestArg(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		arg      policy.Arg
		kind     policy.ArgKind
		zh, en   string
		wantName string
		value    string // Decimal, "" when it has none
		fen      string // Money, "" when it has none
	}{
		{name: "money", desc: "金额两位小数 / money with two places", arg: policy.M("S", fen("3622")), kind: policy.KindMoney, zh: "3622.00", en: "3622.00", wantName: "S",
			value: "3622", fen: "3622.00"},
		{name: "count", desc: "人数 / a count", arg: policy.N("n", 3), kind: policy.KindCount, zh: "3", en: "3", wantName: "n", value: "3"},
		{name: "ratio", desc: "百分数 / a percentage", arg: policy.R("r", ratio("0.2")), kind: policy.KindRatio, zh: "20%", en: "20%", wantName: "r", value: "0.2"},
		{name: "ratio zero", desc: "零百分数：0%，不带负号 / a ratio of 0 is 0%, with no sign", arg: policy.R("r", 0), kind: policy.KindRatio, zh: "0%", en: "0%", wantName: "r", value: "0"},
		{name: "number", desc: "倍数 / a multiple", arg: policy.X("k", ratio("1.5")), kind: policy.KindNumber, zh: "1.5", en: "1.5", wantName: "k", value: "1.5"},
		{name: "text", desc: "双语文字 / text", arg: policy.T2("t", "火灾", "fire"), kind: policy.KindText, zh: "火灾", en: "fire", wantName: "t"},
		{name: "exact money", desc: "未舍入的精确金额 11724.53 × 80% = 9379.624：三位小数照写，不加“…” / an exact amount not yet rounded, of three places: written as it is, no \"…\"",
			arg: policy.MExact("R", policy.PerYear(fen("11724.53")).Times(ratio("0.8"))), kind: policy.KindMoney, zh: "9379.624", en: "9379.624", wantName: "R",
			value: "9379.624"},
		{name: "exact money of four places", desc: "1000.03 × 25% = 250.0075：四位小数照写 / of four places: written as it is",
			arg: policy.MExact("R", policy.PerYear(fen("1000.03")).Times(ratio("0.25"))), kind: policy.KindMoney, zh: "250.0075", en: "250.0075", wantName: "R",
			value: "250.0075"},
		{name: "exact money of five places", desc: "1000.01 × 12.5% = 125.00125：截至四位加“…” / of five places: cut to four with \"…\"",
			arg: policy.MExact("R", policy.PerYear(fen("1000.01")).Times(ratio("0.125"))), kind: policy.KindMoney, zh: "125.0012…", en: "125.0012…", wantName: "R",
			value: "125.00125"},
		{name: "exact money of whole fen", desc: "精确金额恰为整分：两位小数 / an exact amount of whole fen has two places",
			arg: policy.MExact("R", policy.PerYear(fen("3622.00")).Times(ratio("0.3"))), kind: policy.KindMoney, zh: "1086.60", en: "1086.60", wantName: "R",
			value: "1086.6", fen: "1086.60"},
		{name: "exact money repeating", desc: "循环小数：301.8333… / a repeating decimal",
			arg: policy.MExact("m", policy.PerYear(fen("3622.00")).Div(12)), kind: policy.KindMoney, zh: "301.8333…", en: "301.8333…", wantName: "m",
			value: "301.833333333333"},
		{name: "exact money at the limit", desc: "10^12 元 ÷ 3 不溢出 / 10^12 元 ÷ 3 does not overflow",
			arg: policy.MExact("m", policy.PerYear(policy.MaxMoney).Div(3)), kind: policy.KindMoney, zh: "333333333333.3333…", en: "333333333333.3333…", wantName: "m",
			value: "333333333333.3333333"},
		{name: "exact money zero", desc: "精确金额为 0：0.00 / an exact amount of 0 is 0.00",
			arg: policy.MExact("R", policy.Rate{}), kind: policy.KindMoney, zh: "0.00", en: "0.00", wantName: "R",
			value: "0", fen: "0.00"},
		{name: "exact money below the last place", desc: "0.01 ÷ 10^11 元：十二位小数内全为 0，写作 0.0000…，不带负号 / an amount too small for twelve places is written 0.0000…, with no sign",
			arg: policy.MExact("m", policy.PerYear(1).Div(100000000000)), kind: policy.KindMoney, zh: "0.0000…", en: "0.0000…", wantName: "m",
			value: "0"},
		{name: "nested", desc: "嵌套说明是文字 / a nested explanation is text", arg: policy.Nested("why", &formulaWhy, 0),
			kind: policy.KindText, zh: "收入 {I} 高于 {L}", en: "income {I} above {L}", wantName: "why"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{tc.arg.Name(), string(tc.arg.Kind()), tc.arg.Format(policy.ZH), tc.arg.Format(policy.EN), tc.arg.String(), "", ""}
			if d, ok := tc.arg.Decimal(); ok {
				got[5] = d.String()
			}
			if m, ok := tc.arg.Money(); ok {
				got[6] = m.String()
			}
			want := []string{tc.wantName, string(tc.kind), tc.zh, tc.en, tc.zh, tc.value, tc.fen}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: name, kind, zh, en, String, Decimal, Money (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestExplanationImmutable: an explanation copies its arguments, and what
// it hands out are copies.
func TestExplanationImmutable(t *testing.T) {
	args := []policy.Arg{policy.M("S", fen("3622.00")), policy.N("n", 3)}
	f := policy.Formula{ID: "x", ZH: "{S} × {n}"}
	e := policy.Explain(&f, args...)
	args[0] = policy.M("S", 1)
	got := e.Args()
	got[1] = policy.N("n", 99)
	if r := e.Render(policy.ZH); r != "3622.00 × 3" {
		t.Errorf("changing the arguments given or handed out changed the explanation: %q", r)
	}
	if ff := e.Formula(); ff.ID != "x" {
		t.Errorf("Formula() = %+v", ff)
	}
	if (policy.Explanation{}).Formula() != (policy.Formula{}) || !(policy.Explanation{}).IsZero() || e.IsZero() {
		t.Error("the zero Explanation has the zero Formula and is zero; e is not")
	}
}

// TestLineProvisional: a line that used a provisional parameter is marked
// so (section 0).
func TestLineProvisional(t *testing.T) {
	var a policy.Assessment
	p := policy.Pay{Programme: policy.Disability, Item: "living", Params: []policy.Used{
		{Name: "a", Provenance: policy.Seed}, {Name: "b", Provenance: policy.Provisional},
	}}
	a.Recurring(&p, policy.PerYear(fen("800.00")), policy.Period{}, &policy.Formula{})
	l := a.Lines[0]
	if !l.Provisional() || l.Months() != 12 {
		t.Errorf("Provisional %v, Months %d; want true and 12", l.Provisional(), l.Months())
	}
	if baseLine().Provisional() {
		t.Error("a line of seed parameters is marked provisional")
	}
}

// TestParamGet: an unset local parameter is an error naming it, never a
// silent zero.
func TestParamGet(t *testing.T) {
	p := policy.Unset[int]("tekun.consumption", "local")
	_, err := p.Get()
	var me *policy.MissingParamError
	if !errors.Is(err, policy.ErrMissingParam) || !errors.As(err, &me) || me.Name != "tekun.consumption" {
		t.Errorf("Get() error = %v, want a MissingParamError naming tekun.consumption", err)
	}
	if v, err := policy.New("x", 7, policy.Seed, "").Get(); v != 7 || err != nil {
		t.Errorf("Get() = %v, %v; want 7, nil", v, err)
	}
	if _, err := (policy.Param[int]{}).Get(); err == nil || err.Error() != "missing parameter (unnamed)" {
		t.Errorf("未命名参数 / an unnamed parameter: Get() error = %v, want \"missing parameter (unnamed)\"", err)
	}
}

// TestUsed: a parameter records its value as text: money with two places,
// a finer rate without trailing zeros, an unset parameter as "". Equal
// values have one text, however many trailing zeros they were written
// with, so that a set restating a value does not read as changing it
// (section 0). A set parameter keeps its provenance; an unset one is local
// whatever a set built in Go gave it, as the JSON reader reads it.
func TestUsed(t *testing.T) {
	tests := []struct {
		name string
		desc string
		used policy.Used
		want string
		prov policy.Provenance // seed unless stated
	}{
		{name: "money", desc: "金额两位小数 / money with two places", used: policy.New("s", d("3622"), policy.Seed, "").Used(), want: "3622.00"},
		{name: "rate", desc: "比例两位 / a rate of two places", used: policy.New("r", d("0.3"), policy.Seed, "").Used(), want: "0.30"},
		{name: "finer rate", desc: "四位小数照写 / four places as they are", used: policy.New("r", d("0.0125"), policy.Seed, "").Used(), want: "0.0125"},
		{name: "money with three places", desc: "4500.000 写作 4500.00，同 4500 / 4500.000 is 4500.00, as 4500 is", used: policy.New("s", d("4500.000"), policy.Seed, "").Used(), want: "4500.00"},
		{name: "rate with four places", desc: "0.6000 写作 0.60 / 0.6000 is 0.60", used: policy.New("r", d("0.6000"), policy.Seed, "").Used(), want: "0.60"},
		{name: "finer rate with a trailing zero", desc: "0.01250 写作 0.0125 / 0.01250 is 0.0125", used: policy.New("r", d("0.01250"), policy.Seed, "").Used(), want: "0.0125"},
		{name: "three places", desc: "0.125 三位有效小数照写 / 0.125, three significant places, as it is", used: policy.New("r", d("0.125"), policy.Seed, "").Used(), want: "0.125"},
		{name: "three places and a trailing zero", desc: "0.1250 写作 0.125 / 0.1250 is 0.125", used: policy.New("r", d("0.1250"), policy.Seed, "").Used(), want: "0.125"},
		{name: "two places and a trailing zero", desc: "0.120 写作 0.12 / 0.120 is 0.12", used: policy.New("r", d("0.120"), policy.Seed, "").Used(), want: "0.12"},
		{name: "beyond money", desc: "10^13 超出金额上限：仍写两位小数 / 10^13, beyond money's bound: still two places", used: policy.New("s", d("10000000000000"), policy.Seed, "").Used(), want: "10000000000000.00"},
		{name: "in fen", desc: "分写作元 / fen in yuan", used: policy.New("m", policy.Money(1), policy.Seed, "").Used(), want: "0.01"},
		{name: "whole", desc: "整数 / a whole number", used: policy.New("n", 3, policy.Seed, "").Used(), want: "3"},
		{name: "switch", desc: "开关 / a switch", used: policy.New("b", true, policy.Seed, "").Used(), want: "true"},
		{name: "unset", desc: "未设定为空，来源类别为地方 / unset is empty, and local", used: policy.Unset[decimal.Decimal]("p", "").Used(), want: "", prov: policy.Local},
		{name: "unset zero param", desc: "零值参数：未设定，记为地方 / the zero Param: unset, recorded as local", used: policy.Param[decimal.Decimal]{Name: "p"}.Used(), want: "", prov: policy.Local},
		{name: "unset of another class", desc: "未设定而标为其他类别（含无效类别）：记为地方 / unset but marked seed, or a word that is no class: recorded as local",
			used: policy.Param[int]{Name: "p", Provenance: "bogus"}.Used(), want: "", prov: policy.Local},
		{name: "set provisional", desc: "已设定：保留其类别 / set: keeps its class", used: policy.New("p", d("180.00"), policy.Provisional, "").Used(), want: "180.00", prov: policy.Provisional},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.used.Value != tc.want {
				t.Errorf("%s: Used().Value = %q, want %q", tc.desc, tc.used.Value, tc.want)
			}
			want := tc.prov
			if want == "" {
				want = policy.Seed
			}
			if tc.used.Provenance != want {
				t.Errorf("%s: Used().Provenance = %q, want %q", tc.desc, tc.used.Provenance, want)
			}
		})
	}
}

// TestClauses: the registry knows every clause of RULES.md in document
// order, the first ("0") and the last ("3.2") included.
func TestClauses(t *testing.T) {
	want := []policy.Clause{"0", "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.2.4",
		"2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4.1", "2.4.2", "2.4.3", "3.2"}
	if diff := cmp.Diff(want, policy.Clauses()); diff != "" {
		t.Errorf("Clauses() (-want +got):\n%s", diff)
	}
	for _, c := range want {
		if !c.Known() {
			t.Errorf("%s is a clause of RULES.md, but Known() = false", c)
		}
	}
	if policy.Clause("2.5.1").Known() {
		t.Error("2.5.1 is not a clause of RULES.md")
	}
	if zh, en := policy.Clause("2.5.1").Title(); zh != "" || en != "" {
		t.Errorf("Title of an unknown clause = %q, %q", zh, en)
	}
	for _, tc := range []struct{ c, zh, en string }{{"0", "通则", "conventions"}, {"3.2", "协同办理", "coordination"}} {
		if zh, en := policy.Clause(tc.c).Title(); zh != tc.zh || en != tc.en {
			t.Errorf("Title of %s = %q, %q, want %q, %q", tc.c, zh, en, tc.zh, tc.en)
		}
	}
}

// TestFourClauses: a line may cite four clauses, the most it keeps, in the
// order the rule gives them.
func TestFourClauses(t *testing.T) {
	cs := []policy.Clause{"3.2", "0", "2.1.1", "2.4.3"}
	var a policy.Assessment
	a.Lump(&policy.Pay{Clauses: cs}, 0, 1, &policy.Formula{})
	if diff := cmp.Diff(cs, a.Lines[0].Clauses()); diff != "" {
		t.Errorf("clauses (-want +got):\n%s", diff)
	}
}

// TestClausesPanic: a rule that cites more than four clauses, or one the
// rules do not have, is caught the first time its tests run.
func TestClausesPanic(t *testing.T) {
	for _, cs := range [][]policy.Clause{{"0", "2.1.1", "2.1.2", "2.1.3", "3.2"}, {"9.9"}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("a line citing %v did not panic", cs)
				}
			}()
			var a policy.Assessment
			a.Lump(&policy.Pay{Clauses: cs}, 0, 1, &policy.Formula{})
		}()
	}
}

// TestEnumText: enums on the wire reject unknown values, each with a
// not-supported field error.
func TestEnumText(t *testing.T) {
	tests := []struct {
		name string
		desc string
		into interface{ UnmarshalText([]byte) error }
		in   string
		ok   bool
	}{
		{name: "programme", desc: "已知项目 / a known programme", into: new(policy.Programme), in: "medical", ok: true},
		{name: "unknown programme", desc: "未知项目 / an unknown programme", into: new(policy.Programme), in: "housing"},
		{name: "provenance", desc: "已知来源 / a known provenance", into: new(policy.Provenance), in: "law", ok: true},
		{name: "unknown provenance", desc: "未知来源 / an unknown provenance", into: new(policy.Provenance), in: "rumour"},
		{name: "rounding mode", desc: "银行家舍入 / half-even", into: new(policy.RoundingMode), in: "half-even", ok: true},
		{name: "unknown rounding mode", desc: "未知舍入 / an unknown mode", into: new(policy.RoundingMode), in: "ceil"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.into.UnmarshalText([]byte(tc.in))
			if tc.ok {
				if err != nil {
					t.Errorf("%s: UnmarshalText(%s) = %v", tc.desc, tc.in, err)
				}
				return
			}
			fes := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Type != policy.ErrorNotSupported ||
				fes[0].Value != `"`+tc.in+`"` {
				t.Errorf("%s: UnmarshalText(%s) = %v, want a not-supported field error quoting it", tc.desc, tc.in, err)
			}
		})
	}
}

// TestEnums: every enum a result, a parameter or a check holds is listed,
// in a fixed order, by a function a caller can range over (a service's
// choices, a schema's enum), and Valid takes exactly the values listed,
// so that a result read back holds only what the rules can say; the
// lists are copies.
func TestEnums(t *testing.T) {
	enumtest.Run(t, []enumtest.Case{
		enumtest.Of("programmes", "五个项目 / the five programmes", policy.Programmes, false, "housing",
			"lowincome", "tekun", "disability", "medical", "temporary"),
		enumtest.Of("payees", "四类领取方 / the four payees", policy.Payees, false, "bank",
			"household", "member", "institution", "medical-insurance-fund"),
		enumtest.Of("payers", "三类支付方 / the three payers", policy.Payers, false, "pension-fund",
			"civil-affairs-fund", "medical-aid-fund", "county-finance"),
		enumtest.Of("forms", "三种发放形式（2.4.3）/ the three forms (2.4.3)", policy.Forms, false, "voucher",
			"cash", "in-kind", "referral"),
		enumtest.Of("outcomes", "六种结论 / the six outcomes", policy.Outcomes, false, "approved",
			"eligible", "ineligible", "continue", "exit", "exit-pending", "not-assessed"),
		enumtest.Of("finding kinds", "九类发现 / the nine finding kinds", policy.FindingKinds, false, "rumour",
			"omission", "wrongful", "not-exited", "underpayment", "overpayment", "unclaimed", "jiujinan",
			"joint-meeting", "not-assessed"),
		enumtest.Of("check statuses", "三种检查状态 / the three check statuses", policy.CheckStatuses, false, "maybe",
			"pass", "fail", "not-assessed"),
		enumtest.Of("provenances", "五类来源（第0节）/ the five provenance classes (section 0)", policy.Provenances, false, "rumour",
			"seed", "derived", "law", "provisional", "local"),
		enumtest.Of("argument kinds", "五种参数写法 / the five ways an argument is written", policy.ArgKinds, false, "date",
			"money", "count", "ratio", "number", "text"),
		enumtest.Of("rounding modes", "两种舍入方式（空即四舍五入，不在其列）/ the two rounding modes (empty, read as half-up, is not one)",
			policy.RoundingModes, false, "ceil", "half-up", "half-even"),
	})
}

// readParam reads b as a parameter of values of type T.
func readParam[T any](b []byte) error {
	var q policy.Param[T]
	return json.Unmarshal(b, &q)
}

// TestParamJSON: a parameter goes out with its provenance and reads back
// equal; reading is strict, each error naming its field relative to the
// parameter (the decoder of the set places it) and its kind.
func TestParamJSON(t *testing.T) {
	p := policy.New("lowincome.standard", d("3912.00"), policy.Seed, "2018 notice")
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"value":"3912.00","provenance":"seed","source":"2018 notice"}`; got != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	back := policy.Param[decimal.Decimal]{Name: "lowincome.standard"}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	tests := []struct {
		name     string
		desc     string
		in       string
		wantPath string
		wantType policy.ErrorType
	}{
		{name: "unknown provenance", desc: "未知来源 / an unknown provenance", in: `{"value":"1","provenance":"rumour"}`,
			wantPath: "provenance", wantType: policy.ErrorNotSupported},
		{name: "unknown key", desc: "未知键 / an unknown key", in: `{"value":"1","provenance":"seed","colour":1}`,
			wantPath: "colour", wantType: policy.ErrorUnknown},
		{name: "key in the wrong case", desc: "键名大小写不符 / a key in the wrong case", in: `{"Value":"1","provenance":"seed"}`,
			wantPath: "Value", wantType: policy.ErrorUnknown},
		{name: "value missing", desc: "非地方参数缺值 / a value missing from a non-local parameter", in: `{"provenance":"seed"}`,
			wantPath: "value", wantType: policy.ErrorRequired},
		{name: "value not a decimal", desc: "值不是数 / a value that is not a number", in: `{"value":"x","provenance":"seed"}`,
			wantPath: "value", wantType: policy.ErrorInvalid},
		{name: "provenance missing", desc: "缺来源 / no provenance", in: `{"value":"1"}`,
			wantPath: "provenance", wantType: policy.ErrorRequired},
		{name: "source not text", desc: "出处不是文字 / a source that is not text", in: `{"value":"1","provenance":"seed","source":1}`,
			wantPath: "source", wantType: policy.ErrorInvalid},
		{name: "not an object", desc: "不是对象 / not an object", in: `[1]`,
			wantPath: "", wantType: policy.ErrorInvalid},
		{name: "null", desc: "null 不是参数对象 / null is not a parameter object", in: `null`,
			wantPath: "", wantType: policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := policy.Param[decimal.Decimal]{Name: "s"}
			err := json.Unmarshal([]byte(tc.in), &q)
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: Unmarshal(%s) = %v, want a %s error at %s", tc.desc, tc.in, err, tc.wantType, tc.wantPath)
			}
		})
	}
	// A value of the wrong kind says what the parameter takes.
	kinds := []struct {
		name, desc, in, want string
		read                 func([]byte) error
	}{
		{name: "a switch", desc: "开关写成字符串：应为 true 或 false / a switch written as a string: true or false",
			in: `{"value":"yes","provenance":"local"}`, want: `value: "yes" is not true or false`,
			read: readParam[bool]},
		{name: "an age", desc: "年龄写成字符串：应为整数 / an age written as a string: a whole number",
			in: `{"value":"-5","provenance":"local"}`, want: `value: "-5" is not a whole number (a JSON number, e.g. 60)`,
			read: readParam[int]},
		{name: "an amount as a JSON number", desc: "金额写成 JSON 数字 3622：应写成字符串 / an amount written as the JSON number 3622: a string is wanted",
			in: `{"value":3622,"provenance":"seed"}`, want: "value: 3622 is a JSON number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "a JSON number 0", desc: "JSON 数字 0 / the JSON number 0",
			in: `{"value":0,"provenance":"seed"}`, want: "value: 0 is a JSON number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "a JSON number 9", desc: "JSON 数字 9 / the JSON number 9",
			in: `{"value":9,"provenance":"seed"}`, want: "value: 9 is a JSON number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "a negative JSON number", desc: "JSON 数字 −5 / the JSON number −5",
			in: `{"value":-5,"provenance":"seed"}`, want: "value: -5 is a JSON number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "a switch for an amount", desc: "金额写成 true：不是数 / an amount written as true: not a number",
			in: `{"value":true,"provenance":"seed"}`, want: "value: true is not a number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "an empty amount", desc: "金额为空字符串 / an empty string for an amount",
			in: `{"value":"","provenance":"seed"}`, want: "value: \"\" is not a number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "an object for an amount", desc: "金额写成对象 / an object for an amount",
			in: `{"value":{},"provenance":"seed"}`, want: "value: {} is not a number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\"",
			read: readParam[decimal.Decimal]},
		{name: "five places", desc: "五位小数：参数至多四位 / five places: a parameter has at most four",
			in: `{"value":"12.34567","provenance":"seed"}`, want: "value: \"12.34567\" has more than four decimal places",
			read: readParam[decimal.Decimal]},
		{name: "a misspelt key", desc: "键名拼错：列出参数的三个键 / a misspelt key: the three keys of a parameter are named",
			in: `{"valeu":"1","provenance":"local"}`, want: `valeu: is not a known field of a parameter (value, provenance, source)`,
			read: readParam[decimal.Decimal]},
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			if err := k.read([]byte(k.in)); err == nil || err.Error() != k.want {
				t.Errorf("%s: Unmarshal(%s) = %v, want %s", k.desc, k.in, err, k.want)
			}
		})
	}
	var local policy.Param[decimal.Decimal]
	if err := json.Unmarshal([]byte(`{"provenance":"local","source":"county"}`), &local); err != nil || local.Set {
		t.Errorf("an unset local parameter: err %v, Set %v", err, local.Set)
	}
	var named policy.Param[int]
	named.SetName("tekun.months")
	if named.Name != "tekun.months" {
		t.Errorf("SetName: Name = %q", named.Name)
	}
}

// TestNames: every enum names itself in Chinese and English, and an
// unknown value names itself as it is.
func TestNames(t *testing.T) {
	type named interface{ Name() (string, string) }
	tests := []struct {
		name   string
		desc   string
		v      named
		zh, en string
	}{
		{name: "programme", desc: "项目 / a programme", v: policy.LowIncome, zh: "最低生活保障", en: "minimum living allowance"},
		{name: "unknown programme", desc: "未知项目 / an unknown programme", v: policy.Programme("x"), zh: "x", en: "x"},
		{name: "payee", desc: "收款方：基本医疗保险基金（2017年为新农合）/ a payee: the basic medical insurance fund (2017: NCMS)", v: policy.PayMedicalInsuranceFund, zh: "基本医疗保险基金（2017年：新农合）", en: "the basic medical insurance fund (2017: NCMS)"},
		{name: "payer", desc: "付款方 / a payer", v: policy.MedicalAidFund, zh: "医疗救助资金", en: "medical-aid fund"},
		{name: "form", desc: "方式 / a form", v: policy.InKind, zh: "实物", en: "in kind"},
		{name: "finding kind", desc: "发现类别 / a finding kind", v: policy.JointMeeting, zh: "一事一议", en: "for the joint meeting"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if zh, en := tc.v.Name(); zh != tc.zh || en != tc.en {
				t.Errorf("%s: Name() = %q, %q; want %q, %q", tc.desc, zh, en, tc.zh, tc.en)
			}
		})
	}
	if diff := cmp.Diff([]policy.Programme{policy.LowIncome, policy.Tekun, policy.Disability, policy.Medical, policy.Temporary},
		policy.Programmes()); diff != "" {
		t.Errorf("Programmes() (-want +got):\n%s", diff)
	}
	ps := policy.Programmes()
	ps[0] = "changed"
	if policy.Programmes()[0] != policy.LowIncome {
		t.Error("Programmes() hands out the package's own slice")
	}
}

// TestIndex: each programme, payee and payer indexes its own place in the
// listing that totals are indexed by, and anything else is -1.
func TestIndex(t *testing.T) {
	tests := []struct {
		name  string
		desc  string
		index func(i int) (got, want int)
		n     int
	}{
		{name: "programmes", desc: "项目的序号 / programme indexes", n: len(policy.Programmes()),
			index: func(i int) (int, int) { return policy.Programmes()[i].Index(), i }},
		{name: "payees", desc: "收款方的序号 / payee indexes", n: len(policy.Payees()),
			index: func(i int) (int, int) { return policy.Payees()[i].Index(), i }},
		{name: "payers", desc: "付款方的序号 / payer indexes", n: len(policy.Payers()),
			index: func(i int) (int, int) { return policy.Payers()[i].Index(), i }},
		{name: "unknown", desc: "未知值为 -1 / an unknown value is -1", n: 1,
			index: func(int) (int, int) {
				return policy.Programme("housing").Index() + policy.Payee("").Index() + policy.Payer("x").Index(), -3
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.n {
				if got, want := tc.index(i); got != want {
					t.Errorf("%s: entry %d: Index() = %d, want %d", tc.desc, i, got, want)
				}
			}
		})
	}
}
