package policy_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// oneMonth is the base line of a household covered in December only
// (section 0: k months at annual rate R pay round(R × k ÷ 12)): 4988.00 a
// year, 4988.00 × 1 ÷ 12 = 415.666… → 415.67.
func oneMonth() policy.Line {
	var a policy.Assessment
	base := basePay()
	a.Recurring(&base, policy.PerYear(fen("4988.00")), policy.Month(time.December), &formulaBase,
		policy.M("S", fen("3622.00")), policy.N("n", 4), policy.M("I", fen("9500.00")))
	return a.Lines[0]
}

// oneMonthShared is two children's lines of December only that share one
// rounding (2.2.3): 999.90 ÷ 3 = 333.30 a year each, 27.775 for the month,
// the pair rounded once to 55.55: 27.78 and 27.77.
func oneMonthShared() []policy.Line {
	var a policy.Assessment
	rate := policy.PerYear(fen("999.90")).Div(3)
	s := policy.DefaultRounding.Split(rate, 1, 2)
	for _, m := range []string{"c1", "c2"} {
		pay := policy.Pay{Programme: policy.LowIncome, Item: "child", Member: m, Payee: policy.PayMember,
			Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
		a.Share(&pay, rate, policy.Month(time.December), &s, &policy.Formula{ID: "test.child", ZH: "{I} ÷ {n} 人 = {=}",
			EN: "{I} ÷ {n} persons = {=}"}, policy.M("I", fen("999.90")), policy.N("n", 3))
	}
	return a.Lines
}

// TestOneMonthExplanation: a line of one month names its month once
// ("12月共 1 个月" / "month 12, 1 month"), not as a run from it to itself
// (section 0), alone or sharing one rounding, and reads back from its
// JSON into a line that writes the same.
func TestOneMonthExplanation(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		child              int // which child's line of oneMonthShared, or -1 for oneMonth's base line
		zh, en             string
	}{
		{name: "one month", clause: "0",
			desc:  "仅12月：4988.00 × 1 ÷ 12 = 415.67，月份只写一次 / December only: 415.67, the month named once",
			child: -1,
			zh:    "补差：3622.00 × 4 人 − 9500.00 = 4988.00 元/年；12月共 1 个月：4988.00 × 1 ÷ 12 = 415.67 元",
			en:    "top-up: 3622.00 × 4 persons − 9500.00 = 4988.00 yuan/year; month 12, 1 month: 4988.00 × 1 ÷ 12 = 415.67 yuan"},
		{name: "one month shared, the first", clause: "2.2.3",
			desc:  "两名儿童仅12月共用一次舍入：2 × 333.30 × 1 ÷ 12 = 55.55，第一名 27.78 / two children in December only share one rounding: 55.55, the first 27.78",
			child: 0,
			zh:    "999.90 ÷ 3 人 = 333.30；12月共 1 个月：2 项合计 2 × 333.30 × 1 ÷ 12 = 55.55 元（一次舍入，尾差按成员顺序分配），本项 27.78 元",
			en:    "999.90 ÷ 3 persons = 333.30; month 12, 1 month: 2 lines together 2 × 333.30 × 1 ÷ 12 = 55.55 yuan (rounded once, the remainder given in member order), this line 27.78 yuan"},
		{name: "one month shared, the second", clause: "2.2.3",
			desc:  "第二名 27.77：55.55 − 27.78 / the second 27.77: 55.55 − 27.78",
			child: 1,
			zh:    "999.90 ÷ 3 人 = 333.30；12月共 1 个月：2 项合计 2 × 333.30 × 1 ÷ 12 = 55.55 元（一次舍入，尾差按成员顺序分配），本项 27.77 元",
			en:    "999.90 ÷ 3 persons = 333.30; month 12, 1 month: 2 lines together 2 × 333.30 × 1 ÷ 12 = 55.55 yuan (rounded once, the remainder given in member order), this line 27.77 yuan"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line := oneMonth()
			if tc.child >= 0 {
				line = oneMonthShared()[tc.child]
			}
			e := line.Explanation()
			got := []string{e.Render(policy.ZH), e.Render(policy.EN)}
			if diff := cmp.Diff([]string{tc.zh, tc.en}, got); diff != "" {
				t.Errorf("%s: explanation (-want +got):\n%s", tc.desc, diff)
			}
			writesBack(t, line, new(policy.Line))
		})
	}
}

// TestOneMonthRead: a line of one month written before its month was named
// once ("12–12月"), alone or sharing one rounding, still reads, and writes
// the words of one month; the words of one month on a line of more months,
// or in one language only, are refused at explanation.formula, saying
// which.
func TestOneMonthRead(t *testing.T) {
	plain, err := json.Marshal(oneMonth())
	if err != nil {
		t.Fatal(err)
	}
	sharedLine, err := json.Marshal(oneMonthShared()[0])
	if err != nil {
		t.Fatal(err)
	}
	old := strings.NewReplacer("；{from}月共", "；{from}–{to}月共", "; month {from},", "; months {from}–{to},")
	tests := []struct {
		name, desc string
		in         string
		want       string // what the line read writes; "" for an error at explanation.formula
		wantErr    string // what that error says
	}{
		{name: "as written", desc: "原样读回 / read back as written", in: string(plain), want: string(plain)},
		{name: "written before", desc: "旧写法“12–12月”仍可读回，写出新写法 / the old \"12–12\" words read, and write the new ones",
			in: old.Replace(string(plain)), want: string(plain)},
		{name: "shared, written before", desc: "共用舍入的旧写法同样读回为新写法 / a shared line's old words read, and write the new ones",
			in: old.Replace(string(sharedLine)), want: string(sharedLine)},
		{name: "one month on two", desc: "两个月的行写“12月”：拒绝 / the words of one month on a line of two: refused",
			in: strings.NewReplacer(`"period":{"from":12,"to":12}`, `"period":{"from":11,"to":12}`,
				`{"name":"months","kind":"count","value":"1"},{"name":"from","kind":"count","value":"12"}`,
				`{"name":"months","kind":"count","value":"2"},{"name":"from","kind":"count","value":"11"}`).Replace(string(plain)),
			wantErr: "names one month for a line of 11–12"},
		{name: "one language", desc: "仅中文写“12月”：拒绝 / the words of one month in Chinese only: refused",
			in:      strings.Replace(string(plain), "; month {from},", "; months {from}–{to},", 1),
			wantErr: "in one language only, or differently in each"},
		{name: "shared, one language", desc: "共用舍入行仅英文写“month 12”：拒绝 / a shared line with the words of one month in English only: refused",
			in:      strings.Replace(string(sharedLine), "；{from}月共", "；{from}–{to}月共", 1),
			wantErr: "in one language only, or differently in each"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var l policy.Line
			err := json.Unmarshal([]byte(tc.in), &l)
			if tc.want == "" {
				fes := policy.FieldErrors(err)
				if len(fes) != 1 || fes[0].Path != "explanation.formula" || fes[0].Type != policy.ErrorInvalid ||
					!strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("%s: Unmarshal = %v, want an invalid error at explanation.formula saying %q", tc.desc, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			if got, _ := json.Marshal(l); string(got) != tc.want {
				t.Errorf("%s: read back writes\n%s\nwant\n%s", tc.desc, got, tc.want)
			}
		})
	}
}
