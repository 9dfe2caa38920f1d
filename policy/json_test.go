package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// sample is one of each result value, as rules make them.
func sample() (policy.Assessment, policy.Check) {
	var a policy.Assessment
	base := basePay()
	a.Recurring(&base, policy.PerYear(fen("6366.00")), policy.Period{}, &formulaBase,
		policy.M("S", fen("3622.00")), policy.N("n", 3), policy.M("I", fen("4500.00")))
	uplift := policy.Pay{Programme: policy.LowIncome, Item: "uplift-b", Member: "m2", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseDynamic}}
	a.Recurring(&uplift, policy.PerYear(fen("6866.00")).Div(3).Times(ratio("0.2")), policy.Period{From: time.July, To: time.December},
		&policy.Formula{ID: "test.uplift", ZH: "{c}类：({S}×{n}−{I})÷{n}×{r} = {=}", EN: "class {c}: ({S}×{n}−{I})÷{n}×{r} = {=}"},
		policy.T("c", "B"), policy.M("S", fen("3622.00")), policy.N("n", 3), policy.M("I", fen("4000.00")), policy.R("r", ratio("0.2")))
	claim := policy.Pay{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Payee: policy.PayMember,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseInpatient}, Params: []policy.Used{{Name: "medical.cap", Value: "15000.00", Provenance: policy.Provisional}}}
	a.Lump(&claim, fen("5600.00"), time.March, &policy.Formula{ID: "test.claim", ZH: "{k} × {r} = {=}", EN: "{k} × {r} = {=}"},
		policy.M("k", fen("8000.00")), policy.R("r", ratio("0.7")))
	refer := policy.Pay{Programme: policy.Temporary, Item: "referral", Member: "m1", ID: "e1", Service: "counselling <&>",
		Payee: policy.PayMember, Payer: policy.CivilAffairsFund, Form: policy.Referral, Clauses: []policy.Clause{policy.ClauseTemporaryForm}}
	a.Refer(&refer, time.May, &policy.Formula{ID: "test.refer", ZH: "转介：{s}", EN: "referral: {s}"}, policy.T2("s", "心理疏导", "counselling"))
	why := policy.Explain(&formulaWhy, policy.M("I", fen("12000.00")), policy.M("L", fen("10866.00")))
	a.Decide(&policy.Decide{Programme: policy.LowIncome, Outcome: policy.Exit, Clauses: []policy.Clause{policy.ClauseDynamic},
		Params: usedStandard}, &formulaWhy, policy.M("I", fen("12000.00")), policy.M("L", fen("10866.00")))
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: "m1", ID: "x", Outcome: policy.NotAssessed}, &policy.Formula{ID: "test.empty"})
	a.Find(&policy.Find{Kind: policy.Wrongful, Programme: policy.LowIncome, Clauses: []policy.Clause{policy.ClauseDynamic},
		Amount: fen("530.50")}, &formulaWrongful, append(why.Nest("why"), policy.M("paid", fen("530.50")))...)
	a.Find(&policy.Find{Kind: policy.Underpayment, Programme: policy.LowIncome, Item: "base", Member: "m1", ID: "p",
		Amount: fen("-0.03")}, &policy.Formula{ID: "test.under"})
	c := policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines", Clauses: []policy.Clause{policy.ClauseStandard},
		Status: policy.Fail, Value: fen("3622.00"), Bound: fen("3622.01"), HasFigures: true},
		&policy.Formula{ID: "test.two-lines", ZH: "{S} 低于 {P}，差 {d}", EN: "{S} below {P} by {d}"},
		policy.M("S", fen("3622.00")), policy.M("P", fen("3622.01")), policy.M("d", fen("0.01")))
	return a, c
}

// standardFromJuly is a line whose explanation has no operand but its
// rate: a dispersed 特困 person's standard of 3622.00 a year from July
// (2.2.1), 3622.00 × 6 ÷ 12 = 1811.00, paid 301.83 × 5 + 301.85.
func standardFromJuly() policy.Line {
	var a policy.Assessment
	p := policy.Pay{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payee: policy.PayMember,
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
	a.Recurring(&p, policy.PerYear(fen("3622.00")), policy.Period{From: time.July, To: time.December},
		&policy.Formula{ID: "test.standard", ZH: "标准 {=} 元/年", EN: "standard {=} yuan/year"})
	return a.Lines[0]
}

// shared is two children's lines from July that share one rounding
// (2.2.3): 1000.05 ÷ 3 = 333.35 a year each, 166.675 for six months, the
// pair rounded once to 333.35: 166.68 and 166.67.
func shared() []policy.Line { return sharedRounded(policy.DefaultRounding) }

// sharedRounded is shared's two lines rounded by r: to the yuan, 333.35
// for the pair rounds to 333, paid 167 and 166.
func sharedRounded(r policy.Rounding) []policy.Line {
	var a policy.Assessment
	rate := policy.PerYear(fen("1000.05")).Div(3)
	july := policy.Period{From: time.July, To: time.December}
	s := r.Split(rate, july.Months(), 2)
	for _, m := range []string{"c1", "c2"} {
		pay := policy.Pay{Programme: policy.LowIncome, Item: "child", Member: m, Payee: policy.PayMember,
			Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: r}
		a.Share(&pay, rate, july, &s, &policy.Formula{ID: "test.child", ZH: "{I} ÷ {n} 人 = {=}", EN: "{I} ÷ {n} persons = {=}"},
			policy.M("I", fen("1000.05")), policy.N("n", 3))
	}
	return a.Lines
}

// TestLineJSON: a line goes out with money as two-place strings, its
// months and period, its schedule (or "lump"), and its explanation's
// arguments as decimals without trailing zeros. Read back, it knows its
// annual rate as its amount × 12 ÷ its months: 228.87 over six months is
// 457.74 a year, where the rule's rate was 457.7333….
func TestLineJSON(t *testing.T) {
	a, _ := sample()
	children := shared()
	tests := []struct {
		name string
		desc string
		line policy.Line
		want string
		rate string // the annual rate read back: the amount × 12 ÷ its months ("" for a lump sum, which has none)
	}{
		{name: "worked example 1", desc: "例1补差 / worked example 1's base line", line: a.Lines[0], rate: "6366.00",
			want: `{"programme":"lowincome","item":"base","payee":"household","payer":"civil-affairs-fund","form":"cash",` +
				`"annual":"6366.00","months":12,"period":{"from":1,"to":12},"schedule":{"months":12,"month":"530.50","last":"530.50"},` +
				`"rounding":{"mode":"half-up","places":2},"clauses":["2.1.1","2.1.2"],` +
				`"params":[{"name":"lowincome.standard","value":"3622.00","provenance":"seed","source":"二(一)1"}],"provisional":false,` +
				`"explanation":{"formula":{"id":"test.base","zh":"补差：{S} × {n} 人 − {I} = {=} 元/年","en":"top-up: {S} × {n} persons − {I} = {=} yuan/year"},` +
				`"args":[{"name":"S","kind":"money","value":"3622.00"},{"name":"n","kind":"count","value":"3"},{"name":"I","kind":"money","value":"4500.00"},` +
				`{"name":"=","kind":"money","value":"6366.00"}],` +
				`"zh":"补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年","en":"top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year"}}`},
		{name: "half a year of a fraction", desc: "半年的分数年额：457.7333…×6÷12=228.87，说明给出年额与月数 / six months of 457.7333… a year, the explanation showing the rate and the months", line: a.Lines[1], rate: "457.74",
			want: `{"programme":"lowincome","item":"uplift-b","member":"m2","payee":"member","payer":"civil-affairs-fund","form":"cash","annual":"228.87","months":6,"period":{"from":7,"to":12},"schedule":{"months":6,"month":"38.15","last":"38.12"},"rounding":{"mode":"half-up","places":2},"clauses":["2.1.2"],"params":null,"provisional":false,"explanation":{"formula":{"id":"test.uplift","zh":"{c}类：({S}×{n}−{I})÷{n}×{r} = {=}；{from}–{to}月共 {months} 个月：{=} × {months} ÷ 12 = {prorated} 元","en":"class {c}: ({S}×{n}−{I})÷{n}×{r} = {=}; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan"},"args":[{"name":"c","kind":"text","value":"0","text":"B"},{"name":"S","kind":"money","value":"3622.00"},{"name":"n","kind":"count","value":"3"},{"name":"I","kind":"money","value":"4000.00"},{"name":"r","kind":"ratio","value":"0.2"},{"name":"=","kind":"money","value":"457.733333333333"},{"name":"months","kind":"count","value":"6"},{"name":"from","kind":"count","value":"7"},{"name":"to","kind":"count","value":"12"},{"name":"prorated","kind":"money","value":"228.87"}],"zh":"B类：(3622.00×3−4000.00)÷3×20% = 457.7333…；7–12月共 6 个月：457.7333… × 6 ÷ 12 = 228.87 元","en":"class B: (3622.00×3−4000.00)÷3×20% = 457.7333…; months 7–12, 6 months: 457.7333… × 6 ÷ 12 = 228.87 yuan"}}`},
		{name: "rate alone over six months", desc: "说明只有年额一个参数，7月起：月份部分跟在其后 / an explanation whose one operand is the rate, from July: the months' part follows it", line: standardFromJuly(), rate: "3622.00",
			want: `{"programme":"tekun","item":"dispersed","member":"m1","payee":"member","payer":"civil-affairs-fund","form":"cash",` +
				`"annual":"1811.00","months":6,"period":{"from":7,"to":12},"schedule":{"months":6,"month":"301.83","last":"301.85"},` +
				`"rounding":{"mode":"half-up","places":2},"clauses":null,"params":null,"provisional":false,` +
				`"explanation":{"formula":{"id":"test.standard","zh":"标准 {=} 元/年；{from}–{to}月共 {months} 个月：{=} × {months} ÷ 12 = {prorated} 元",` +
				`"en":"standard {=} yuan/year; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan"},` +
				`"args":[{"name":"=","kind":"money","value":"3622.00"},{"name":"months","kind":"count","value":"6"},` +
				`{"name":"from","kind":"count","value":"7"},{"name":"to","kind":"count","value":"12"},{"name":"prorated","kind":"money","value":"1811.00"}],` +
				`"zh":"标准 3622.00 元/年；7–12月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元","en":"standard 3622.00 yuan/year; months 7–12, 6 months: 3622.00 × 6 ÷ 12 = 1811.00 yuan"}}`},
		{name: "lump sum", desc: "一次性支付：无月度安排，period 为支付月 / a lump sum has no schedule; its period is its month", line: a.Lines[2],
			want: `{"programme":"medical","item":"inpatient","member":"m1","id":"c1","payee":"member","payer":"medical-aid-fund","form":"cash",` +
				`"annual":"5600.00","months":12,"period":{"from":3,"to":3},"lump":true,` +
				`"rounding":{"mode":"half-up","places":2},"clauses":["2.3.4"],` +
				`"params":[{"name":"medical.cap","value":"15000.00","provenance":"provisional"}],"provisional":true,` +
				`"explanation":{"formula":{"id":"test.claim","zh":"{k} × {r} = {=}","en":"{k} × {r} = {=}"},` +
				`"args":[{"name":"k","kind":"money","value":"8000.00"},{"name":"r","kind":"ratio","value":"0.7"},{"name":"=","kind":"money","value":"5600.00"}],` +
				`"zh":"8000.00 × 70% = 5600.00","en":"8000.00 × 70% = 5600.00"}}`},
		{name: "referral", desc: "转介：无金额、无“=”，服务名转义 / a referral: no amount, no \"=\", the service escaped", line: a.Lines[3],
			want: `{"programme":"temporary","item":"referral","member":"m1","id":"e1","payee":"member","payer":"civil-affairs-fund","form":"referral",` +
				`"service":"counselling \u003c\u0026\u003e","annual":"0.00","months":12,"period":{"from":5,"to":5},"lump":true,` +
				`"rounding":{"places":0},"clauses":["2.4.3"],"params":null,"provisional":false,` +
				`"explanation":{"formula":{"id":"test.refer","zh":"转介：{s}","en":"referral: {s}"},` +
				`"args":[{"name":"s","kind":"text","value":"0","text":"心理疏导","text_en":"counselling"}],` +
				`"zh":"转介：心理疏导","en":"referral: counselling"}}`},
		{name: "shared over six months", desc: "两名儿童7月起共用一次舍入：2×333.35×6÷12=333.35，第一名 166.68 / two children from July share one rounding: 2 × 333.35 × 6 ÷ 12 = 333.35, the first 166.68", line: children[0], rate: "333.36",
			want: `{"programme":"lowincome","item":"child","member":"c1","payee":"member","payer":"civil-affairs-fund","form":"cash",` +
				`"annual":"166.68","months":6,"period":{"from":7,"to":12},"schedule":{"months":6,"month":"27.78","last":"27.78"},` +
				`"rounding":{"mode":"half-up","places":2},"clauses":null,"params":null,"provisional":false,` +
				`"explanation":{"formula":{"id":"test.child","zh":"{I} ÷ {n} 人 = {=}；{from}–{to}月共 {months} 个月：{lines} 项合计 {lines} × {=} × {months} ÷ 12 = {shared} 元（一次舍入，尾差按成员顺序分配），本项 {prorated} 元",` +
				`"en":"{I} ÷ {n} persons = {=}; months {from}–{to}, {months} months: {lines} lines together {lines} × {=} × {months} ÷ 12 = {shared} yuan (rounded once, the remainder given in member order), this line {prorated} yuan"},` +
				`"args":[{"name":"I","kind":"money","value":"1000.05"},{"name":"n","kind":"count","value":"3"},{"name":"=","kind":"money","value":"333.35"},` +
				`{"name":"months","kind":"count","value":"6"},{"name":"from","kind":"count","value":"7"},{"name":"to","kind":"count","value":"12"},` +
				`{"name":"lines","kind":"count","value":"2"},{"name":"shared","kind":"money","value":"333.35"},{"name":"prorated","kind":"money","value":"166.68"}],` +
				`"zh":"1000.05 ÷ 3 人 = 333.35；7–12月共 6 个月：2 项合计 2 × 333.35 × 6 ÷ 12 = 333.35 元（一次舍入，尾差按成员顺序分配），本项 166.68 元",` +
				`"en":"1000.05 ÷ 3 persons = 333.35; months 7–12, 6 months: 2 lines together 2 × 333.35 × 6 ÷ 12 = 333.35 yuan (rounded once, the remainder given in member order), this line 166.68 yuan"}}`},
		{name: "shared, the second", desc: "第二名 166.67：333.35−166.68 / the second 166.67: 333.35 − 166.68", line: children[1], rate: "333.34",
			want: `{"programme":"lowincome","item":"child","member":"c2","payee":"member","payer":"civil-affairs-fund","form":"cash",` +
				`"annual":"166.67","months":6,"period":{"from":7,"to":12},"schedule":{"months":6,"month":"27.78","last":"27.77"},` +
				`"rounding":{"mode":"half-up","places":2},"clauses":null,"params":null,"provisional":false,` +
				`"explanation":{"formula":{"id":"test.child","zh":"{I} ÷ {n} 人 = {=}；{from}–{to}月共 {months} 个月：{lines} 项合计 {lines} × {=} × {months} ÷ 12 = {shared} 元（一次舍入，尾差按成员顺序分配），本项 {prorated} 元",` +
				`"en":"{I} ÷ {n} persons = {=}; months {from}–{to}, {months} months: {lines} lines together {lines} × {=} × {months} ÷ 12 = {shared} yuan (rounded once, the remainder given in member order), this line {prorated} yuan"},` +
				`"args":[{"name":"I","kind":"money","value":"1000.05"},{"name":"n","kind":"count","value":"3"},{"name":"=","kind":"money","value":"333.35"},` +
				`{"name":"months","kind":"count","value":"6"},{"name":"from","kind":"count","value":"7"},{"name":"to","kind":"count","value":"12"},` +
				`{"name":"lines","kind":"count","value":"2"},{"name":"shared","kind":"money","value":"333.35"},{"name":"prorated","kind":"money","value":"166.67"}],` +
				`"zh":"1000.05 ÷ 3 人 = 333.35；7–12月共 6 个月：2 项合计 2 × 333.35 × 6 ÷ 12 = 333.35 元（一次舍入，尾差按成员顺序分配），本项 166.67 元",` +
				`"en":"1000.05 ÷ 3 persons = 333.35; months 7–12, 6 months: 2 lines together 2 × 333.35 × 6 ÷ 12 = 333.35 yuan (rounded once, the remainder given in member order), this line 166.67 yuan"}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.line)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(b)); diff != "" {
				t.Errorf("%s: JSON (-want +got):\n%s", tc.desc, diff)
			}
			if !json.Valid(b) || !bytes.Equal(b, tc.line.AppendJSON(nil)) {
				t.Errorf("%s: MarshalJSON is not valid JSON or differs from AppendJSON", tc.desc)
			}
			var back policy.Line
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: Unmarshal: %v", tc.desc, err)
			}
			again, _ := json.Marshal(back)
			if diff := cmp.Diff(string(b), string(again)); diff != "" {
				t.Errorf("%s: round trip (-want +got):\n%s", tc.desc, diff)
			}
			if tc.rate != "" && !back.Rate().Equal(policy.PerYear(fen(tc.rate))) {
				t.Errorf("%s: read back at a rate of %v a year, want %s", tc.desc, back.Rate(), tc.rate)
			}
			if back.Amount() != tc.line.Amount() || back.Period() != tc.line.Period() || back.Lump() != tc.line.Lump() {
				t.Errorf("%s: read back %s %v %v, want %s %v %v", tc.desc, back.Amount(), back.Period(), back.Lump(),
					tc.line.Amount(), tc.line.Period(), tc.line.Lump())
			}
		})
	}
}

// fourClauses is a decision citing four clauses, the most one holds, the
// conventions of every rule (section 0, clause "0") among them.
func fourClauses() policy.Decision {
	var a policy.Assessment
	a.Decide(&policy.Decide{Programme: policy.Medical, Member: "m1", Outcome: policy.Eligible,
		Clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalFunds, policy.ClauseMedicalWho, policy.ClauseInpatient}},
		&policy.Formula{ID: "test.four", ZH: "重点救助对象", EN: "a key recipient"})
	return a.Decisions[0]
}

// TestResultJSON: decisions, findings, checks and explanations go out in
// one pass, with a nested explanation as text in both languages, and read
// back into values that write the same JSON.
func TestResultJSON(t *testing.T) {
	a, c := sample()
	tests := []struct {
		name string
		desc string
		v    json.Marshaler
		back interface {
			json.Marshaler
			json.Unmarshaler
		}
		want string
	}{
		{name: "decision", desc: "决定：参数、说明 / a decision with its parameters and reason", v: a.Decisions[0], back: new(policy.Decision),
			want: `{"programme":"lowincome","outcome":"exit","period":{"from":1,"to":12},"clauses":["2.1.2"],` +
				`"params":[{"name":"lowincome.standard","value":"3622.00","provenance":"seed","source":"二(一)1"}],` +
				`"explanation":{"formula":{"id":"test.why","zh":"收入 {I} 高于 {L}","en":"income {I} above {L}"},` +
				`"args":[{"name":"I","kind":"money","value":"12000.00"},{"name":"L","kind":"money","value":"10866.00"}],` +
				`"zh":"收入 12000.00 高于 10866.00","en":"income 12000.00 above 10866.00"}}`},
		{name: "decision on an item", desc: "按项目的决定：item、id，无参数无条款 / a decision on one item, with no params or clauses", v: a.Decisions[1], back: new(policy.Decision),
			want: `{"programme":"disability","item":"nursing","member":"m1","id":"x","outcome":"not-assessed","period":{"from":1,"to":12},"clauses":null,` +
				`"explanation":{"formula":{"id":"test.empty","zh":"","en":""},"args":null,"zh":"","en":""}}`},
		{name: "decision of four clauses", desc: "四个条款（含通则“0”）照写照读 / a decision of four clauses, the conventions \"0\" among them, written and read back",
			v: fourClauses(), back: new(policy.Decision),
			want: `{"programme":"medical","member":"m1","outcome":"eligible","period":{"from":1,"to":12},"clauses":["0","2.3.1","2.3.2","2.3.4"],` +
				`"explanation":{"formula":{"id":"test.four","zh":"重点救助对象","en":"a key recipient"},"args":null,"zh":"重点救助对象","en":"a key recipient"}}`},
		{name: "finding with a nested reason", desc: "错保发现：嵌套说明写作文字 / a finding whose reason nests an explanation, as text", v: a.Findings[0], back: new(policy.Finding),
			want: `{"kind":"wrongful","programme":"lowincome","clauses":["2.1.2"],"amount":"530.50",` +
				`"explanation":{"formula":{"id":"test.wrongful","zh":"错保：{why}，现发 {paid} 元/月","en":"wrongful ({why}); paid {paid} yuan/month"},` +
				`"args":[{"name":"why","kind":"text","value":"0","text":"收入 12000.00 高于 10866.00","text_en":"income 12000.00 above 10866.00"},` +
				`{"name":"paid","kind":"money","value":"530.50"}],` +
				`"zh":"错保：收入 12000.00 高于 10866.00，现发 530.50 元/月","en":"wrongful (income 12000.00 above 10866.00); paid 530.50 yuan/month"}}`},
		{name: "finding with a negative amount", desc: "负数金额两位小数 / a negative amount with two places", v: a.Findings[1], back: new(policy.Finding),
			want: `{"kind":"underpayment","programme":"lowincome","item":"base","member":"m1","id":"p","clauses":null,"amount":"-0.03",` +
				`"explanation":{"formula":{"id":"test.under","zh":"","en":""},"args":null,"zh":"","en":""}}`},
		{name: "failed check", desc: "未通过的检查：数值、界限、差额 / a failed check with its value, bound and shortfall", v: c, back: new(policy.Check),
			want: `{"name":"lowincome.two_lines","clauses":["2.1.1"],"status":"fail","value":"3622.00","bound":"3622.01","shortfall":"0.01",` +
				`"explanation":{"formula":{"id":"test.two-lines","zh":"{S} 低于 {P}，差 {d}","en":"{S} below {P} by {d}"},` +
				`"args":[{"name":"S","kind":"money","value":"3622.00"},{"name":"P","kind":"money","value":"3622.01"},{"name":"d","kind":"money","value":"0.01"}],` +
				`"zh":"3622.00 低于 3622.01，差 0.01","en":"3622.00 below 3622.01 by 0.01"}}`},
		{name: "passed check below its bound", desc: "通过的检查数值低于界限：无差额，参数照写 / a check passed below its bound: no shortfall, its one parameter written",
			v: policy.NewCheck(policy.CheckOf{Name: "lowincome.assets", Clauses: []policy.Clause{policy.ClauseMeansTest}, Status: policy.Pass,
				Value: fen("20000.00"), Bound: fen("30000.00"), HasFigures: true,
				Params: []policy.Used{{Name: "lowincome.assets.deposits", Value: "10000.00", Provenance: policy.Local}}},
				&policy.Formula{ID: "test.assets", ZH: "存款 {d} 不超过 {L}", EN: "deposits {d} within {L}"},
				policy.M("d", fen("20000.00")), policy.M("L", fen("30000.00"))), back: new(policy.Check),
			want: `{"name":"lowincome.assets","clauses":["2.1.3"],"status":"pass","value":"20000.00","bound":"30000.00",` +
				`"params":[{"name":"lowincome.assets.deposits","value":"10000.00","provenance":"local"}],` +
				`"explanation":{"formula":{"id":"test.assets","zh":"存款 {d} 不超过 {L}","en":"deposits {d} within {L}"},` +
				`"args":[{"name":"d","kind":"money","value":"20000.00"},{"name":"L","kind":"money","value":"30000.00"}],` +
				`"zh":"存款 20000.00 不超过 30000.00","en":"deposits 20000.00 within 30000.00"}}`},
		{name: "check of some months", desc: "仅适用于7–12月的检查写出其月份 / a check that holds for months 7–12 names them",
			v: policy.NewCheck(policy.CheckOf{Name: "lowincome.assets", Status: policy.NotChecked}, &policy.Formula{ID: "test.off"}).
				InPeriod(policy.Period{From: 7, To: 12}), back: new(policy.Check),
			want: `{"name":"lowincome.assets","clauses":null,"status":"not-assessed","period":{"from":7,"to":12},` +
				`"explanation":{"formula":{"id":"test.off","zh":"","en":""},"args":null,"zh":"","en":""}}`},
		{name: "check without figures", desc: "未评估的检查：无数值 / a check not assessed has no figures",
			v: policy.NewCheck(policy.CheckOf{Name: "lowincome.assets", Status: policy.NotChecked}, &policy.Formula{ID: "test.off"}), back: new(policy.Check),
			want: `{"name":"lowincome.assets","clauses":null,"status":"not-assessed",` +
				`"explanation":{"formula":{"id":"test.off","zh":"","en":""},"args":null,"zh":"","en":""}}`},
		{name: "explanation with exact money", desc: "精确金额写出全部位数 / an exact amount goes out with all its places",
			v: policy.Explain(&policy.Formula{ID: "e", ZH: "{R} × 80% = {x}"}, policy.MExact("x", policy.PerYear(fen("11724.53")).Times(ratio("0.8"))),
				policy.MExact("R", policy.PerYear(fen("3622.00")).Div(12))),
			back: new(policy.Explanation),
			want: `{"formula":{"id":"e","zh":"{R} × 80% = {x}","en":""},"args":[{"name":"x","kind":"money","value":"9379.624"},` +
				`{"name":"R","kind":"money","value":"301.833333333333"}],"zh":"301.8333… × 80% = 9379.624","en":""}`},
		{name: "explanation with marks to escape", desc: "说明文字中的 <、>、& 与引号按 encoding/json 转义 / the marks <, >, & and quotes in the rendered words are escaped as encoding/json escapes them",
			v:    policy.Explain(&policy.Formula{ID: "e", ZH: "事件 {t}", EN: "event {t}"}, policy.T2("t", "<火灾> & \"水\"", "<fire> & \"flood\"")),
			back: new(policy.Explanation),
			want: `{"formula":{"id":"e","zh":"事件 {t}","en":"event {t}"},"args":[{"name":"t","kind":"text","value":"0",` +
				`"text":"\u003c火灾\u003e \u0026 \"水\"","text_en":"\u003cfire\u003e \u0026 \"flood\""}],` +
				`"zh":"事件 \u003c火灾\u003e \u0026 \"水\"","en":"event \u003cfire\u003e \u0026 \"flood\""}`},
		{name: "explanation", desc: "说明：倍数、比例、人数 / an explanation with a multiple, a ratio and a count",
			v:    policy.Explain(&policy.Formula{ID: "e", ZH: "{k}×{r}×{n}"}, policy.X("k", ratio("10")), policy.R("r", ratio("0.0125")), policy.N("n", 3)),
			back: new(policy.Explanation),
			want: `{"formula":{"id":"e","zh":"{k}×{r}×{n}","en":""},"args":[{"name":"k","kind":"number","value":"10"},` +
				`{"name":"r","kind":"ratio","value":"0.0125"},{"name":"n","kind":"count","value":"3"}],"zh":"10×1.25%×3","en":""}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, string(b)); diff != "" {
				t.Errorf("%s: JSON (-want +got):\n%s", tc.desc, diff)
			}
			if err := json.Unmarshal(b, tc.back); err != nil {
				t.Fatalf("%s: Unmarshal: %v", tc.desc, err)
			}
			again, _ := json.Marshal(tc.back)
			if diff := cmp.Diff(string(b), string(again)); diff != "" {
				t.Errorf("%s: round trip (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestZeroExplanationJSON: an explanation with neither formula nor
// operands, as the zero Explanation writes itself, reads back as the zero
// Explanation; one with a formula of its own does not.
func TestZeroExplanationJSON(t *testing.T) {
	zero, _ := json.Marshal(policy.Explanation{})
	tests := []struct {
		name string
		desc string
		in   string
		want bool
	}{
		{name: "zero written", desc: "零值写出后读回仍为零值 / the zero Explanation as it writes itself", in: string(zero), want: true},
		{name: "empty object", desc: "空对象为零值 / an empty object", in: `{}`, want: true},
		{name: "formula id", desc: "有公式编号则非零 / a formula with an id is not zero", in: `{"formula":{"id":"test.off"}}`, want: false},
		{name: "operand only", desc: "仅有参数亦非零 / an operand alone is not zero", in: `{"args":[{"name":"n","kind":"count","value":"1"}]}`, want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e policy.Explanation
			if err := json.Unmarshal([]byte(tc.in), &e); err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			if got := e.IsZero(); got != tc.want {
				t.Errorf("%s: IsZero() = %v, want %v", tc.desc, got, tc.want)
			}
		})
	}
}

// TestUnmarshalErrors: reading a result back refuses what it cannot hold,
// naming the field.
func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		into     json.Unmarshaler
		in       string
		wantPath string
		wantType policy.ErrorType
	}{
		{name: "line amount of three places", desc: "金额三位小数 / an amount of three places", into: new(policy.Line),
			in: `{"annual":"1.005"}`, wantPath: "annual", wantType: policy.ErrorInvalid},
		{name: "line period reversed", desc: "期间颠倒 / a reversed period", into: new(policy.Line),
			in: `{"annual":"1.00","period":{"from":7,"to":6}}`, wantPath: "period", wantType: policy.ErrorInvalid},
		{name: "unknown clause", desc: "未知条款 / an unknown clause", into: new(policy.Line),
			in: `{"annual":"1.00","clauses":["2.1.1","9.9"]}`, wantPath: "clauses[1]", wantType: policy.ErrorNotSupported},
		{name: "five clauses", desc: "条款超过4个 / more than four clauses", into: new(policy.Decision),
			in: `{"clauses":["0","0","0","0","0"]}`, wantPath: "clauses", wantType: policy.ErrorTooMany},
		{name: "finding amount", desc: "发现金额不是数 / a finding amount that is not a number", into: new(policy.Finding),
			in: `{"amount":"x"}`, wantPath: "amount", wantType: policy.ErrorInvalid},
		{name: "check value", desc: "检查数值不是金额 / a check value that is not an amount", into: new(policy.Check),
			in: `{"value":"1.001","bound":"1.00"}`, wantPath: "value", wantType: policy.ErrorInvalid},
		{name: "check bound", desc: "检查界限不是金额 / a check bound that is not an amount", into: new(policy.Check),
			in: `{"value":"1.00","bound":"y"}`, wantPath: "bound", wantType: policy.ErrorInvalid},
		{name: "check period reversed", desc: "检查月份颠倒 / a check's months reversed", into: new(policy.Check),
			in: `{"period":{"from":9,"to":3}}`, wantPath: "period", wantType: policy.ErrorInvalid},
		{name: "check period of no months", desc: "检查月份为0 / a check's months of 0 to 0", into: new(policy.Check),
			in: `{"period":{"from":0,"to":0}}`, wantPath: "period", wantType: policy.ErrorInvalid},
		{name: "line programme unknown", desc: "未知项目：错误指明字段 / an unknown programme, named by its field", into: new(policy.Line),
			in: `{"annual":"1.00","programme":"welfare"}`, wantPath: "programme", wantType: policy.ErrorNotSupported},
		{name: "line payee unknown", desc: "未知受领人：错误指明字段 / an unknown payee, named by its field", into: new(policy.Line),
			in: `{"annual":"1.00","programme":"lowincome","payee":"neighbour","payer":"civil-affairs-fund","form":"cash"}`, wantPath: "payee", wantType: policy.ErrorNotSupported},
		{name: "line form unknown", desc: "未知发放形式：错误指明字段 / an unknown form, named by its field", into: new(policy.Line),
			in: `{"annual":"1.00","programme":"lowincome","payee":"household","payer":"civil-affairs-fund","form":"cheque"}`, wantPath: "form", wantType: policy.ErrorNotSupported},
		{name: "decision programme unknown", desc: "决定的未知项目 / a decision's unknown programme", into: new(policy.Decision),
			in: `{"programme":"welfare"}`, wantPath: "programme", wantType: policy.ErrorNotSupported},
		{name: "finding programme unknown", desc: "发现的未知项目 / a finding's unknown programme", into: new(policy.Finding),
			in: `{"kind":"joint-meeting","programme":"welfare"}`, wantPath: "programme", wantType: policy.ErrorNotSupported},
		{name: "decision outcome unknown", desc: "决定的未知结论：按 schema 拒绝 / a decision's unknown outcome, refused as the schema does", into: new(policy.Decision),
			in: `{"programme":"lowincome","outcome":"bogus"}`, wantPath: "outcome", wantType: policy.ErrorNotSupported},
		{name: "decision outcome left out", desc: "决定缺少结论 / a decision without an outcome", into: new(policy.Decision),
			in: `{"programme":"lowincome"}`, wantPath: "outcome", wantType: policy.ErrorRequired},
		{name: "finding kind unknown", desc: "发现的未知类别 / a finding's unknown kind", into: new(policy.Finding),
			in: `{"kind":"rumour","programme":"temporary","amount":"0.00"}`, wantPath: "kind", wantType: policy.ErrorNotSupported},
		{name: "finding kind left out", desc: "发现缺少类别 / a finding without a kind", into: new(policy.Finding),
			in: `{"programme":"temporary","amount":"0.00"}`, wantPath: "kind", wantType: policy.ErrorRequired},
		{name: "check status unknown", desc: "检查的未知状态（空状态为零值检查）/ a check's unknown status (an empty one is the zero Check)", into: new(policy.Check),
			in: `{"name":"x","status":"maybe"}`, wantPath: "status", wantType: policy.ErrorNotSupported},
		{name: "parameter provenance unknown", desc: "参数来源类别未知：指明第几个参数 / a parameter's unknown provenance, named by its index", into: new(policy.Line),
			in:       `{"annual":"1.00","programme":"lowincome","params":[{"name":"a","value":"1","provenance":"seed"},{"name":"b","value":"1","provenance":"guess"}]}`,
			wantPath: "params[1].provenance", wantType: policy.ErrorNotSupported},
		{name: "rounding mode unknown", desc: "未知舍入方式 / an unknown rounding mode", into: new(policy.Line),
			in: `{"annual":"1.00","programme":"lowincome","rounding":{"mode":"up","places":2}}`, wantPath: "rounding.mode", wantType: policy.ErrorNotSupported},
		{name: "amount too long", desc: "金额文字超过 MaxAmountText：解析前即拒绝 / an amount over MaxAmountText bytes is refused unparsed", into: new(policy.Line),
			in: `{"annual":"` + strings.Repeat("9", policy.MaxAmountText+1) + `"}`, wantPath: "annual", wantType: policy.ErrorInvalid},
		{name: "the field that failed", desc: "两处错误：报告 JSON 解码实际失败的那处 / two bad fields: the one decoding failed on is named", into: new(policy.Line),
			in: `{"annual":"1.00","rounding":{"mode":"up","places":2},"programme":"welfare"}`, wantPath: "rounding.mode", wantType: policy.ErrorNotSupported},
		{name: "key in another case", desc: "键名大小写不同：仍指明字段 / a key in another case is still named", into: new(policy.Line),
			in: `{"annual":"1.00","Programme":"welfare"}`, wantPath: "programme", wantType: policy.ErrorNotSupported},
		{name: "explanation argument in a line", desc: "行内说明的参数：路径含 explanation / a line's explanation argument: the path goes through explanation", into: new(policy.Line),
			in:       `{"annual":"1.00","programme":"lowincome","explanation":{"args":[{"name":"n","kind":"count","value":"1.5"}]}}`,
			wantPath: "explanation.args.n", wantType: policy.ErrorInvalid},
		{name: "argument of the wrong kind", desc: "参数值与类别不符 / an argument value of the wrong kind", into: new(policy.Explanation),
			in: `{"args":[{"name":"n","kind":"count","value":"1.5"}]}`, wantPath: "args.n", wantType: policy.ErrorInvalid},
		{name: "argument of no kind", desc: "未知参数类别 / an argument of an unknown kind", into: new(policy.Explanation),
			in: `{"args":[{"name":"n","kind":"colour","value":"1"}]}`, wantPath: "args.n", wantType: policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.in), tc.into)
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: Unmarshal(%s) = %v, want a %s error at %s", tc.desc, tc.in, err, tc.wantType, tc.wantPath)
			}
		})
	}
}

// TestExplanationArgValues: an explanation read back takes each operand's
// value as the library writes it, within the bounds its reader holds to:
// an amount's text of at most MaxAmountText bytes, parsed (exact amounts:
// TestExactRead); a count in decimal; a ratio or a multiple that is a
// number. Each value read is written again as want says; one refused is an
// error at the operand's path.
func TestExplanationArgValues(t *testing.T) {
	tests := []struct {
		name, desc  string
		kind, value string
		want        string // the value written again; "" for an error
	}{
		{name: "money", desc: "两位小数金额 / an amount of two places", kind: "money", value: "3622.00", want: "3622.00"},
		{name: "money at the limit", desc: "金额文字恰为 MaxAmountText 字节（前导零）：照读 / an amount of exactly MaxAmountText bytes (leading zeros) is read",
			kind: "money", value: strings.Repeat("0", policy.MaxAmountText-7) + "3622.00", want: "3622.00"},
		{name: "money beyond the limit", desc: "多一个字节：拒绝 / a byte more: refused",
			kind: "money", value: strings.Repeat("0", policy.MaxAmountText-6) + "3622.00"},
		{name: "count with a leading zero", desc: "人数按十进制读 / a count is read in decimal", kind: "count", value: "010", want: "10"},
		{name: "count in hexadecimal", desc: "十六进制的人数：拒绝 / a count in hexadecimal: refused", kind: "count", value: "0x1f"},
		{name: "ratio", desc: "比例 / a ratio", kind: "ratio", value: "0.0125", want: "0.0125"},
		{name: "ratio not a number", desc: "比例不是数：拒绝，不读作 0 / a ratio that is not a number: refused, not read as 0", kind: "ratio", value: "x"},
		{name: "number", desc: "倍数 / a multiple", kind: "number", value: "10", want: "10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf(`{"formula":{"id":"e","zh":"{x}"},"args":[{"name":"x","kind":%q,"value":%q}]}`, tc.kind, tc.value)
			var e policy.Explanation
			err := json.Unmarshal([]byte(in), &e)
			if tc.want == "" {
				if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != "args.x" || fes[0].Type != policy.ErrorInvalid {
					t.Errorf("%s: Unmarshal(%s) = %v, want an invalid value at args.x", tc.desc, in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: Unmarshal(%s): %v", tc.desc, in, err)
			}
			var out struct{ Args []struct{ Value string } }
			if err := json.Unmarshal(e.AppendJSON(nil), &out); err != nil || len(out.Args) != 1 {
				t.Fatalf("%s: written again as %s: %v", tc.desc, e.AppendJSON(nil), err)
			}
			if out.Args[0].Value != tc.want {
				t.Errorf("%s: %q read back and written as %q, want %q", tc.desc, tc.value, out.Args[0].Value, tc.want)
			}
		})
	}
}

// FuzzExplanationJSON: any explanation written out reads back into one
// that writes the same JSON, whatever its texts hold.
func FuzzExplanationJSON(f *testing.F) {
	f.Add("补差：{S} × {n} = {=}", "S", "text <&> \u2028", int64(362200), 3)
	f.Add("{x} {why} {t}", "x", "{why}", int64(-3), 0)
	f.Add("", "", "", int64(policy.MaxMoney), int(1e9))
	f.Fuzz(func(t *testing.T, tmpl, name, text string, m int64, n int) {
		// The wire writes valid UTF-8 (invalid bytes become U+FFFD) and
		// holds amounts up to 10^12 元 and ratios below 10^12.
		if !utf8.ValidString(tmpl) || !utf8.ValidString(name) || !utf8.ValidString(text) || m > int64(policy.MaxMoney) || m < -int64(policy.MaxMoney) ||
			n > 1e9 || n < -1e9 {
			return
		}
		f := policy.Formula{ID: name, ZH: tmpl, EN: text}
		e := policy.Explain(&f, policy.M(name, policy.Money(m)), policy.N("n", n), policy.T2("t", text, tmpl),
			policy.MExact("x", policy.PerYear(policy.Money(m)).Div(max(1, n%13+1))),
			policy.Nested("why", &f, 1), policy.R("r", policy.Ratio(m)), policy.X("k", policy.Ratio(n)))
		writesBack(t, e, new(policy.Explanation))
	})
}

// BenchmarkLineJSON writes worked example 1's line, the wire's hot path.
func BenchmarkLineJSON(b *testing.B) {
	l := baseLine()
	buf := make([]byte, 0, 2048)
	b.ReportAllocs()
	for b.Loop() {
		buf = l.AppendJSON(buf[:0])
	}
}

// FuzzAppendJSONString: strings are escaped exactly as before the fast
// path — as encoding/json escapes them by default (HTML-safe, U+2028 and
// U+2029 escaped, invalid UTF-8 as U+FFFD), with \u0008 and \u000c for
// backspace and form feed — and read back as the string, invalid bytes
// replaced.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "补差：3622.00 × 4 人", "<&>\"\\\n\r\t\b\f\x00\x1f\x7f", "\u2028\u2029\u2027\u202a",
		"\xff\xe2\x80", "\xe2\x80\xa8x", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbf\xf0\x9f\x98\x80", "a\xc3",
		"\xe4 \x80", "\xe4\x80 "} { // a lead byte of three, then a byte that does not continue it
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := policy.AppendJSONString([]byte("x"), s)
		if want := append([]byte("x"), referenceString(s)...); !bytes.Equal(got, want) {
			t.Fatalf("AppendJSONString(%q) = %s, want %s", s, got, want)
		}
		var back string
		if err := json.Unmarshal(got[1:], &back); err != nil || back != string([]rune(s)) { // each invalid byte a U+FFFD
			t.Fatalf("AppendJSONString(%q) = %s reads back as %q, %v", s, got, back, err)
		}
	})
}

// referenceString is the escaping of the library before its fast path,
// kept as the reference: one character at a time.
func referenceString(s string) []byte {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&':
				b = append(b, c)
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, `\n`...)
			case c == '\r':
				b = append(b, `\r`...)
			case c == '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// TestCheckInPeriod: a check holds for a run of months of the year, or for
// every month assessed (the zero Period), which the whole year and a Period
// that is no run of months stand for too (section 0).
func TestCheckInPeriod(t *testing.T) {
	c := policy.NewCheck(policy.CheckOf{Name: "lowincome.assets", Status: policy.NotChecked}, &policy.Formula{ID: "test.off"})
	tests := []struct {
		name string
		desc string
		in   policy.Period
		want policy.Period
	}{
		{name: "months 7–12", desc: "7–12月 / months 7–12", in: policy.Period{From: 7, To: 12}, want: policy.Period{From: 7, To: 12}},
		{name: "one month", desc: "单月 / one month", in: policy.Month(3), want: policy.Month(3)},
		{name: "zero", desc: "零值：评估的每个月 / the zero Period: every month assessed", in: policy.Period{}, want: policy.Period{}},
		{name: "whole year", desc: "全年同零值 / the whole year is the zero Period", in: policy.Year, want: policy.Period{}},
		{name: "reversed", desc: "颠倒的月份不是期间 / reversed months are no run", in: policy.Period{From: 9, To: 3}, want: policy.Period{}},
		{name: "month 13", desc: "第13月不是期间 / month 13 is no run", in: policy.Period{From: 1, To: 13}, want: policy.Period{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := c.InPeriod(tc.in)
			if got.Period() != tc.want {
				t.Errorf("%s: InPeriod(%v).Period() = %v, want %v", tc.desc, tc.in, got.Period(), tc.want)
			}
			var back policy.Check
			if err := back.UnmarshalJSON(got.AppendJSON(nil)); err != nil || back.Period() != tc.want {
				t.Errorf("%s: read back %v, %v; want %v", tc.desc, back.Period(), err, tc.want)
			}
		})
	}
}
