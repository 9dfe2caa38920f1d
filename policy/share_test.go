package policy_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestShareExplanation is how a line sharing one rounding (2.2.3) explains
// its months: it names the lines' total when a unit of it was handed out,
// and otherwise pays round(R × k ÷ 12) and says so, as a line of its own.
func TestShareExplanation(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		income string // I, shared among n = 3 or 4
		n      int
		from   time.Month
		want   []string // each line's explanation in English
	}{
		{name: "a fen handed out", clause: "2.2.3",
			desc:   "I ÷ 3 = 333.35，7–12 月：2 × 333.35 × 6 ÷ 12 = 333.35 一次舍入，166.68 + 166.67 / two lines from July: 333.35 together, 166.68 + 166.67",
			income: "1000.05", n: 3, from: time.July,
			want: []string{
				"1000.05 ÷ 3 persons = 333.35; months 7–12, 6 months: 2 lines together 2 × 333.35 × 6 ÷ 12 = 333.35 yuan (rounded once, the remainder given in member order), this line 166.68 yuan",
				"1000.05 ÷ 3 persons = 333.35; months 7–12, 6 months: 2 lines together 2 × 333.35 × 6 ÷ 12 = 333.35 yuan (rounded once, the remainder given in member order), this line 166.67 yuan",
			}},
		{name: "nothing handed out", clause: "2.2.3",
			desc:   "I ÷ 4 = 300.00，7–12 月各 300.00 × 6 ÷ 12 = 150.00，无尾差：不提共用舍入 / 300.00 each from July, 150.00 each, nothing left over: no mention of the shared rounding",
			income: "1200.00", n: 4, from: time.July,
			want: []string{
				"1200.00 ÷ 4 persons = 300.00; months 7–12, 6 months: 300.00 × 6 ÷ 12 = 150.00 yuan",
				"1200.00 ÷ 4 persons = 300.00; months 7–12, 6 months: 300.00 × 6 ÷ 12 = 150.00 yuan",
			}},
		{name: "the whole year", clause: "2.2.3",
			desc:   "全年：无月数部分，合计由年额公式说明 / a whole year has no months part: the annual formula states the total",
			income: "1000.05", n: 3, from: time.January,
			want: []string{"1000.05 ÷ 3 persons = 333.35", "1000.05 ÷ 3 persons = 333.35"},
		},
		{name: "eleven months", clause: policy.ClauseConventions,
			desc:   "2–12 月共 11 个月：2 × 333.35 × 11 ÷ 12 = 611.14，各 305.57，无尾差，仍有月数部分 / February–December, 11 months: 611.14 together, 305.57 each, nothing left over, the months part still written",
			income: "1000.05", n: 3, from: time.February,
			want: []string{
				"1000.05 ÷ 3 persons = 333.35; months 2–12, 11 months: 333.35 × 11 ÷ 12 = 305.57 yuan",
				"1000.05 ÷ 3 persons = 333.35; months 2–12, 11 months: 333.35 × 11 ÷ 12 = 305.57 yuan",
			}},
	}
	f := policy.Formula{ID: "test.child", ZH: "{I} ÷ {n} 人 = {=}", EN: "{I} ÷ {n} persons = {=}"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rate := policy.PerYear(fen(tc.income)).Div(tc.n)
			period := policy.Period{From: tc.from, To: time.December}
			s := policy.DefaultRounding.Split(rate, period.Months(), 2)
			var a policy.Assessment
			var got []string
			for _, m := range []string{"c1", "c2"} {
				p := policy.Pay{Programme: policy.LowIncome, Item: "child", Member: m, Payee: policy.PayMember,
					Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
				a.Share(&p, rate, period, &s, &f, policy.M("I", fen(tc.income)), policy.N("n", tc.n))
			}
			for _, l := range a.Lines {
				got = append(got, l.Explanation().Render(policy.EN))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nexplanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestSharedLineRead: a shared line read back keeps its months part as
// written, so reading checks it against the line (its period, its amount)
// and refuses one that does not agree: it names two to 255 lines sharing
// one rounding, whose total is within k − 1 units of k times the line's
// amount (each of k lines pays its share rounded down or one unit more,
// 2.2.3), and the six operands of the months part, which are all it needs.
// The second child's line, 166.67 of 333.35, reads with 255 lines and a
// total of 255 × 166.67 = 42500.85; rounded to the yuan, its 166 of 333
// is one unit, 1 元, from 2 × 166. A part-year line whose annual rate "="
// is missing reads and renders with the placeholder left, never a panic.
func TestSharedLineRead(t *testing.T) {
	written := func(r policy.Rounding) string {
		b, err := json.Marshal(sharedRounded(r)[1]) // over July–December: 166.67 of 333.35, or 166 of 333 to the yuan
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	good, yuan := written(policy.DefaultRounding), written(policy.Rounding{Mode: policy.HalfUp, Places: 0})
	lines := func(k, total string) func(string) string {
		return strings.NewReplacer(`"name":"lines","kind":"count","value":"2"`, `"name":"lines","kind":"count","value":"`+k+`"`,
			`"name":"shared","kind":"money","value":"333.35"`, `"name":"shared","kind":"money","value":"`+total+`"`).Replace
	}
	const before = `{"name":"I","kind":"money","value":"1000.05"},{"name":"n","kind":"count","value":"3"},{"name":"=","kind":"money","value":"333.35"},`
	tests := []struct {
		name     string
		desc     string
		yuan     bool                // the line rounded to the yuan, not to the fen
		edit     func(string) string // nil: the line as written
		wantPath string              // "" for no error
		amount   string              // with no error: the amount read back
	}{
		{name: "as written", desc: "原样读回 / read back as written", amount: "166.67"},
		{name: "to the yuan", desc: "按元舍入：333 中的 166，与 2 × 166 差 1 元，照读 / rounded to the yuan: 166 of 333, one unit from 2 × 166, read",
			yuan: true, amount: "166.00"},
		{name: "255 lines", desc: "255 项共用一次舍入，合计 255 × 166.67 = 42500.85：照读 / 255 lines sharing one rounding, 255 × 166.67 = 42500.85 in all: read",
			edit: lines("255", "42500.85"), amount: "166.67"},
		{name: "256 lines", desc: "256 项，合计 256 × 166.67 = 42667.52：拒绝 / 256 lines, 256 × 166.67 = 42667.52 in all: refused",
			edit: lines("256", "42667.52"), wantPath: "explanation.args"},
		{name: "the months part alone", desc: "去掉年额及其前的参数，只剩月数部分的六个参数：照读 / without the rate and the operands before it, the months part's six operands alone: read",
			edit: func(s string) string { return strings.Replace(s, before, ``, 1) }, amount: "166.67"},
		{name: "five operands", desc: "去掉年额及其前的参数，月数部分又缺本项金额：只剩五个参数，拒绝 / without the rate and the operands before it, and the months part without the line's amount: five operands, refused",
			edit:     strings.NewReplacer(before, ``, `,{"name":"prorated","kind":"money","value":"166.67"}`, ``).Replace,
			wantPath: "explanation.args"},
		{name: "another amount named", desc: "本项金额与行金额不符 / the line's amount named otherwise",
			edit: func(s string) string {
				return strings.Replace(s, `"name":"prorated","kind":"money","value":"166.67"`, `"name":"prorated","kind":"money","value":"500.00"`, 1)
			},
			wantPath: "explanation.args"},
		{name: "a total below the amount", desc: "合计低于本项 / a total below the line's amount",
			edit: func(s string) string {
				return strings.Replace(s, `"name":"shared","kind":"money","value":"333.35"`, `"name":"shared","kind":"money","value":"1.00"`, 1)
			},
			wantPath: "explanation.args"},
		{name: "a total two fen off", desc: "2 项合计 333.36，与 2 × 166.67 = 333.34 差 2 分，超出 1 分：拒绝 / two lines' total 333.36, two fen from 2 × 166.67 = 333.34, beyond one: refused",
			edit: lines("2", "333.36"), wantPath: "explanation.args"},
		{name: "one line sharing", desc: "仅一行共用，合计即本项：拒绝 / a split of one line, its total its own amount: refused",
			edit: lines("1", "166.67"), wantPath: "explanation.args"},
		{name: "a whole year", desc: "全年行带月数部分 / the months part on a line of the whole year",
			edit: func(s string) string {
				return strings.Replace(s, `"period":{"from":7,"to":12}`, `"period":{"from":1,"to":12}`, 1)
			},
			wantPath: "explanation.formula"},
		{name: "a lump sum", desc: "一次性支付带月数部分 / the months part on a lump sum",
			edit: func(s string) string {
				return strings.Replace(s, `"period":{"from":7,"to":12},`, `"period":{"from":7,"to":7},"lump":true,`, 1)
			},
			wantPath: "explanation.formula"},
		{name: "other months", desc: "期间与月数部分不符 / a period other than the months part names",
			edit: func(s string) string {
				return strings.Replace(s, `"period":{"from":7,"to":12}`, `"period":{"from":3,"to":8}`, 1)
			},
			wantPath: "explanation.args"},
		{name: "one language", desc: "仅中文写共用舍入 / the shared part in Chinese only",
			edit: func(s string) string {
				return strings.Replace(s, `{lines} lines together {lines} × {=} × {months} ÷ 12 = {shared} yuan (rounded once, the remainder given in member order), this line {prorated} yuan`,
					`{=} × {months} ÷ 12 = {prorated} yuan`, 1)
			},
			wantPath: "explanation.formula"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := good
			if tc.yuan {
				in = yuan
			}
			var l policy.Line
			edited := in
			if tc.edit != nil {
				edited = tc.edit(in)
			}
			err := json.Unmarshal([]byte(edited), &l)
			if tc.wantPath == "" {
				if err != nil {
					t.Fatalf("%s: %v", tc.desc, err)
				}
				if got := l.Amount().String(); got != tc.amount {
					t.Errorf("%s: read back %s, want %s", tc.desc, got, tc.amount)
				}
				if tc.edit != nil {
					return // the edit changes what the line writes
				}
				if again, _ := json.Marshal(l); string(again) != in {
					t.Errorf("%s: read back writes\n%s\nwant\n%s", tc.desc, again, in)
				}
				return
			}
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Path != tc.wantPath || fes[0].Type != policy.ErrorInvalid {
				t.Errorf("%s: Unmarshal = %v, want an invalid error at %s", tc.desc, err, tc.wantPath)
			}
		})
	}
	t.Run("no annual rate", func(t *testing.T) {
		a, _ := sample()
		b, err := json.Marshal(a.Lines[1]) // 228.87 over July–December
		if err != nil {
			t.Fatal(err)
		}
		in := strings.Replace(string(b), `{"name":"=","kind":"money"`, `{"name":"R","kind":"money"`, 1)
		var l policy.Line
		if err := json.Unmarshal([]byte(in), &l); err != nil {
			t.Fatalf("Unmarshal: %v", err)
		}
		got := l.Explanation().Render(policy.EN)
		if want := "; months 7–12, 6 months: {=} × 6 ÷ 12 = 228.87 yuan"; !strings.HasSuffix(got, want) {
			t.Errorf("Render = %q, want it to end %q", got, want)
		}
	})
}

// FuzzLineJSON: whatever bytes a line is read from, reading never panics,
// and a line read back renders and writes itself, and reads back from what
// it wrote into a line that writes the same again.
func FuzzLineJSON(f *testing.F) {
	a, _ := sample()
	for _, l := range append(append(append(a.Lines, shared()...), oneMonth()), oneMonthShared()...) {
		b, err := json.Marshal(l)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var l policy.Line
		if json.Unmarshal(in, &l) != nil {
			return
		}
		e := l.Explanation()
		_, _ = e.Render(policy.ZH), e.Render(policy.EN)
		writesBack(t, l, new(policy.Line))
	})
}

// FuzzResultJSON: a decision, a finding or a check read from any bytes
// never panics, and one read writes itself and reads back the same.
func FuzzResultJSON(f *testing.F) {
	a, c := sample()
	seeds := []json.Marshaler{c}
	for _, d := range a.Decisions {
		seeds = append(seeds, d)
	}
	for _, x := range a.Findings {
		seeds = append(seeds, x)
	}
	for i, v := range seeds {
		b, err := v.MarshalJSON()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), b)
	}
	f.Fuzz(func(t *testing.T, which uint8, in []byte) {
		var v interface {
			json.Marshaler
			json.Unmarshaler
		}
		var w interface {
			json.Marshaler
			json.Unmarshaler
		}
		switch which % 3 {
		case 0:
			v, w = new(policy.Decision), new(policy.Decision)
		case 1:
			v, w = new(policy.Finding), new(policy.Finding)
		default:
			v, w = new(policy.Check), new(policy.Check)
		}
		if json.Unmarshal(in, v) != nil {
			return
		}
		writesBack(t, v, w)
	})
}

// writesBack writes v as JSON, reads it into fresh, a new value of v's
// type, and fails unless that writes the same JSON again.
func writesBack(t *testing.T, v, fresh any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if err := json.Unmarshal(b, fresh); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if again, _ := json.Marshal(fresh); string(again) != string(b) {
		t.Fatalf("round trip:\n%s\n%s", b, again)
	}
}

// TestReadRefused: what the library never writes is refused on reading,
// with the field at fault, rather than read into a value that writes back
// something else: a rounding out of range, a negative line, a lump sum
// over several months, a months part that is not the line's, or on a line
// with no operands, or on a lump sum in one language only, an exact
// amount beyond the bounds of money, a check with half its figures.
func TestReadRefused(t *testing.T) {
	a, c := sample()
	js := func(v json.Marshaler) string {
		b, err := v.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	part, lump, check := js(a.Lines[1]), js(a.Lines[2]), js(c) // 228.87 over July–December; 5600.00 in March
	tests := []struct {
		name     string
		desc     string
		into     json.Unmarshaler
		in       string
		wantPath string
	}{
		{name: "rounding places", desc: "舍入位数超出 −2…2 / rounding places outside −2…2", into: new(policy.Line),
			in: strings.Replace(part, `"places":2`, `"places":7`, 1), wantPath: "rounding.places"},
		{name: "negative line", desc: "负数年额 / a negative annual amount", into: new(policy.Line),
			in: strings.Replace(part, `"annual":"228.87"`, `"annual":"-228.87"`, 1), wantPath: "annual"},
		{name: "lump over months", desc: "一次性支付跨多月 / a lump sum over several months", into: new(policy.Line),
			in: strings.Replace(lump, `"period":{"from":3,"to":3}`, `"period":{"from":3,"to":5}`, 1), wantPath: "period"},
		{name: "another amount", desc: "月数部分的金额与行不符 / a months part naming another amount", into: new(policy.Line),
			in:       strings.Replace(part, `{"name":"prorated","kind":"money","value":"228.87"}`, `{"name":"prorated","kind":"money","value":"999.99"}`, 1),
			wantPath: "explanation.args"},
		{name: "other months", desc: "月数部分的月份与期间不符 / a months part naming other months", into: new(policy.Line),
			in:       strings.Replace(part, `{"name":"from","kind":"count","value":"7"}`, `{"name":"from","kind":"count","value":"1"}`, 1),
			wantPath: "explanation.args"},
		{name: "months part in one language", desc: "仅中文有月数部分 / the months part in Chinese only", into: new(policy.Line),
			in:       strings.Replace(part, `; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan`, ``, 1),
			wantPath: "explanation.formula"},
		{name: "months part on a lump sum", desc: "一次性支付带月数部分 / a months part on a lump sum", into: new(policy.Line),
			in:       strings.Replace(part, `"period":{"from":7,"to":12},`, `"period":{"from":7,"to":7},"lump":true,`, 1),
			wantPath: "explanation.formula"},
		{name: "months part on a lump sum, in Chinese only", desc: "一次性支付仅中文带月数部分 / a months part on a lump sum, in Chinese only", into: new(policy.Line),
			in: strings.NewReplacer(`"period":{"from":7,"to":12},`, `"period":{"from":7,"to":7},"lump":true,`,
				`; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan`, ``).Replace(part),
			wantPath: "explanation.formula"},
		{name: "other last month", desc: "月数部分的末月与期间不符 / a months part naming another last month", into: new(policy.Line),
			in:       strings.Replace(part, `{"name":"to","kind":"count","value":"12"}`, `{"name":"to","kind":"count","value":"11"}`, 1),
			wantPath: "explanation.args"},
		{name: "other count of months", desc: "月数部分的月数与期间不符 / a months part naming another count of months", into: new(policy.Line),
			in:       strings.Replace(part, `{"name":"months","kind":"count","value":"6"}`, `{"name":"months","kind":"count","value":"5"}`, 1),
			wantPath: "explanation.args"},
		{name: "no operands", desc: "部分年度的行说明没有任何参数 / a part-year line whose explanation has no operands at all", into: new(policy.Line),
			in:       regexp.MustCompile(`"args":\[[^\]]*\]`).ReplaceAllString(part, `"args":null`),
			wantPath: "explanation.args"},
		{name: "no programme", desc: "缺项目 / no programme", into: new(policy.Line),
			in: strings.Replace(part, `"programme":"lowincome",`, ``, 1), wantPath: "programme"},
		{name: "exact amount beyond computed", desc: "精确金额达 10^16 元 / an exact amount of 10^16 元 or more", into: new(policy.Explanation),
			in: `{"args":[{"name":"a","kind":"money","value":"10000000000000000.001"}]}`, wantPath: "args.a"},
		{name: "amount beyond computed", desc: "金额达 10^16 元 / an amount of 10^16 元 or more", into: new(policy.Explanation),
			in: `{"args":[{"name":"a","kind":"money","value":"10000000000000000.00"}]}`, wantPath: "args.a"},
		{name: "value without bound", desc: "检查只有数值 / a check with a value and no bound", into: new(policy.Check),
			in: strings.Replace(check, `"bound":"3622.01",`, ``, 1), wantPath: "bound"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.in), tc.into)
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Path != tc.wantPath {
				t.Errorf("%s: Unmarshal = %v, want an error at %s", tc.desc, err, tc.wantPath)
			}
		})
	}
}
