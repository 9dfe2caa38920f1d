package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/synthetic"
)

// breakdowns returns the breakdowns of every sample and of a synthetic
// county's first n households, each with its name.
func breakdowns(t *testing.T, n int) (names []string, out []*benefit.Breakdown) {
	t.Helper()
	a := assessor(t)
	for _, name := range samples.Names() {
		h, err := samples.Household(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := a.Assess(h, samples.Date())
		if err != nil {
			t.Fatal(err)
		}
		names, out = append(names, name), append(out, b)
	}
	on := household.NewDate(2017, 9, 1)
	for _, h := range synthetic.New(synthetic.Config{Seed: 16, Households: n, Date: on}).All() {
		b, err := a.Assess(h, on)
		if err != nil {
			t.Fatal(err)
		}
		names, out = append(names, h.ID), append(out, b)
	}
	return names, out
}

// TestJSONForms: a breakdown's three forms hold the same JSON —
// WriteJSON writes exactly what AppendJSON appends (in chunks, for the
// large ones), MarshalJSON returns it, and Marshal is it indented as
// json.Indent indents it, with a newline at the end — and it begins with
// "schema_version": SchemaVersion.
func TestJSONForms(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	names, bds := breakdowns(t, n)
	for i, b := range bds {
		compact := b.AppendJSON(nil)
		if !json.Valid(compact) {
			t.Fatalf("%s: AppendJSON is not valid JSON: %s", names[i], compact)
		}
		if want := `{"schema_version":"` + benefit.SchemaVersion + `",`; !bytes.HasPrefix(compact, []byte(want)) {
			t.Errorf("%s: AppendJSON begins %.40s, want %s", names[i], compact, want)
		}
		if got := b.AppendJSON([]byte("prefix")); !bytes.Equal(got, append([]byte("prefix"), compact...)) {
			t.Errorf("%s: AppendJSON onto a prefix differs", names[i])
		}
		var w bytes.Buffer
		if err := b.WriteJSON(&w); err != nil || !bytes.Equal(w.Bytes(), compact) {
			t.Errorf("%s: WriteJSON = %d bytes, %v; AppendJSON %d bytes", names[i], w.Len(), err, len(compact))
		}
		if m, err := b.MarshalJSON(); err != nil || !bytes.Equal(m, compact) {
			t.Errorf("%s: MarshalJSON differs from AppendJSON (%v)", names[i], err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact, "", "  "); err != nil {
			t.Fatal(err)
		}
		want.WriteByte('\n')
		if got, err := b.Marshal(); err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: Marshal is not AppendJSON indented (%v):\n%s", names[i], err, cmp.Diff(want.String(), string(got)))
		}
	}
}

// TestWriteJSONChunks: a large breakdown reaches its writer in more than
// one write, and WriteJSON returns the writer's first error and writes
// nothing after it.
func TestWriteJSONChunks(t *testing.T) {
	b := yaodu(t)
	var c counting
	if err := b.WriteJSON(&c); err != nil || c.writes < 2 || c.bytes != len(b.AppendJSON(nil)) {
		t.Errorf("WriteJSON: %d writes of %d bytes in all, %v; want 2 or more of %d", c.writes, c.bytes, err, len(b.AppendJSON(nil)))
	}
	broken := errors.New("connection reset")
	f := failing{err: broken}
	if err := b.WriteJSON(&f); !errors.Is(err, broken) || f.writes != 1 {
		t.Errorf("WriteJSON to a failing writer: %v after %d writes, want %v after 1", err, f.writes, broken)
	}
}

type counting struct{ writes, bytes int }

func (c *counting) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return len(p), nil
}

type failing struct {
	err    error
	writes int
}

func (f *failing) Write(p []byte) (int, error) {
	f.writes++
	return 0, f.err
}

// TestSchemaVersion: UnmarshalJSON reads a breakdown of this version, or of
// none (written before the field was), and refuses any other version.
func TestSchemaVersion(t *testing.T) {
	h, err := samples.Household("h02-dongliu")
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessor(t).Assess(h, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	js := string(b.AppendJSON(nil))
	head := `"schema_version":"` + benefit.SchemaVersion + `",`
	tests := []struct {
		name, desc string
		in         string
		wantType   policy.ErrorType // "" for none
	}{
		{name: "this version", desc: "当前版本 / this version", in: js},
		{name: "no version", desc: "无版本字段（旧输出）/ no version (older output)", in: strings.Replace(js, head, "", 1)},
		{name: "another version", desc: "其他版本被拒 / another version refused",
			in: strings.Replace(js, head, `"schema_version":"2",`, 1), wantType: policy.ErrorNotSupported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var back benefit.Breakdown
			err := json.Unmarshal([]byte(tc.in), &back)
			if tc.wantType == "" {
				if err != nil {
					t.Fatalf("%s: %v", tc.desc, err)
				}
				if diff := cmp.Diff(b, &back, sameValues); diff != "" {
					t.Errorf("%s: read back (-want +got):\n%s", tc.desc, diff)
				}
				return
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) || fe.Type != tc.wantType || fe.Path != "schema_version" {
				t.Errorf("%s: error %v, want a %s error at schema_version", tc.desc, err, tc.wantType)
			}
		})
	}
}

// TestBreakdownReadErrors: reading a breakdown's JSON fails with an error
// wrapping policy.ErrInvalid whose path names the entry at fault, and a
// household whose counted income is above what one record may hold reads
// back (section 0: I sums the members' incomes, each at most 10^12 元).
func TestBreakdownReadErrors(t *testing.T) {
	b := yaodu(t)
	js := string(b.AppendJSON(nil))
	first := func(old, new string) string {
		if !strings.Contains(js, old) {
			t.Fatalf("the sample's JSON has no %s", old)
		}
		return strings.Replace(js, old, new, 1)
	}
	// member replaces the first member of that key with a string value
	// (and the comma before it) by with; drop leaves it out.
	member := func(key, with string) string {
		loc := regexp.MustCompile(`,?"` + key + `":"[^"]*"`).FindStringIndex(js)
		if loc == nil {
			t.Fatalf("the sample's JSON has no %s", key)
		}
		return js[:loc[0]] + with + js[loc[1]:]
	}
	drop := func(key string) string { return member(key, "") }
	income := `"income":"` + b.Income().StringFixed(2) + `"`
	// second is the sample with a second referral, written by the library
	// from Go, whose department is none of the four (so that it does not
	// read back).
	second := *b
	second.Referrals = append(slices.Clone(b.Referrals), benefit.Referral{Department: "pension", Service: "养老 / pension",
		Clauses: []policy.Clause{policy.ClauseCoordination}})
	tests := []struct {
		name, desc, in string
		wantPath       string
		wantText       string           // the whole error, where the case states it
		wantType       policy.ErrorType // the error's type, where the case states it
	}{
		{name: "number", desc: "顶层为数字，不是对象 / a number at the top level, not an object",
			in: `5`, wantPath: "(input)", wantType: policy.ErrorInvalid, wantText: "(input): a JSON number is not an object"},
		{name: "array", desc: "顶层为数组，不是对象 / an array at the top level, not an object",
			in: `[]`, wantPath: "(input)", wantType: policy.ErrorInvalid, wantText: "(input): a JSON array is not an object"},
		{name: "empty object", desc: "空对象：缺少的键报为必填，不报作空金额 / an empty object: the key left out is required, not an amount \"\"",
			in: `{}`, wantPath: "lowincome", wantType: policy.ErrorRequired, wantText: "lowincome: is required"},
		{name: "no lowincome", desc: "缺 lowincome（n 与 I）/ lowincome (n and I) left out",
			in: first(`"lowincome":{`, `"lowincome_":{`), wantPath: "lowincome", wantType: policy.ErrorRequired},
		{name: "null lowincome", desc: "lowincome 为 null / lowincome null",
			in: `{"lowincome":null}`, wantPath: "lowincome", wantType: policy.ErrorRequired},
		{name: "no income", desc: "缺计算收入 I / the counted income I left out",
			in: first(`,`+income, ``), wantPath: "lowincome.income", wantType: policy.ErrorRequired,
			wantText: "lowincome.income: is required"},
		{name: "null income", desc: "计算收入为 null / the counted income null",
			in: first(income, `"income":null`), wantPath: "lowincome.income", wantType: policy.ErrorRequired},
		{name: "empty income", desc: "计算收入为空字符串：仍是无效金额 / the counted income \"\": still not an amount",
			in: first(income, `"income":""`), wantPath: "lowincome.income", wantType: policy.ErrorInvalid},
		{name: "no line amount", desc: "第一行缺金额 / the first line's amount left out",
			in: drop("annual"), wantPath: "lines[0].annual", wantType: policy.ErrorRequired},
		{name: "no line payee", desc: "第一行缺领取方 / the first line's payee left out",
			in: drop("payee"), wantPath: "lines[0].payee", wantType: policy.ErrorRequired},
		{name: "no line payer", desc: "第一行缺支付方 / the first line's payer left out",
			in: drop("payer"), wantPath: "lines[0].payer", wantType: policy.ErrorRequired},
		{name: "no line form", desc: "第一行缺发放形式 / the first line's form left out",
			in: drop("form"), wantPath: "lines[0].form", wantType: policy.ErrorRequired},
		{name: "empty line payee", desc: "第一行领取方为空字符串：仍是未知值 / the first line's payee \"\": still not a payee",
			in: member("payee", `,"payee":""`), wantPath: "lines[0].payee", wantType: policy.ErrorNotSupported},
		{name: "no finding amount", desc: "第一条发现缺金额 / the first finding's amount left out",
			in: drop("amount"), wantPath: "findings[0].amount", wantType: policy.ErrorRequired},
		{name: "syntax", desc: "不完整的 JSON / JSON cut short", in: js[:len(js)/2], wantPath: "(input)"},
		{name: "type", desc: "年份写成字符串：报出字段与应有的类型 / the year as a string: the field and the type it takes are named",
			in: first(`"year":2017`, `"year":"2017"`), wantPath: "year", wantText: "year: a JSON string is not a whole number"},
		{name: "line amount a number", desc: "第一行金额写成数字：报出字段 / the first line's amount as a JSON number: the field is named",
			in: first(`"annual":"`, `"annual":8488,"x":"`), wantPath: "lines[0].annual", wantText: "lines[0].annual: a JSON number is not a string"},
		{name: "household a number", desc: "户号写成数字 / the household id as a JSON number",
			in: first(`"household":"`, `"household":5,"x":"`), wantPath: "household", wantText: "household: a JSON number is not a string"},
		{name: "size out of range", desc: "低保户人数超出范围：不回显数值 / a 低保 household size out of range: the value is not echoed",
			in: first(fmt.Sprintf(`"size":%d`, b.HouseholdSize()), `"size":1e400`), wantPath: "lowincome.size",
			wantText: "lowincome.size: is not a whole number within the field's range"},
		{name: "line not an object", desc: "第一行不是对象 / the first line not an object",
			in: first(`"lines":[`, `"lines":[5,`), wantPath: "lines[0]", wantText: "lines[0]: a JSON number is not an object"},
		{name: "negative income", desc: "计算收入为负 / a negative counted income",
			in: first(`"income":"`+b.Income().StringFixed(2)+`"`, `"income":"-1.00"`), wantPath: "lowincome.income"},
		{name: "negative size", desc: "低保户人数为负 / a negative 低保 household size",
			in: first(fmt.Sprintf(`"size":%d`, b.HouseholdSize()), `"size":-1`), wantPath: "lowincome.size"},
		{name: "line amount", desc: "第一行金额不是金额 / the first line's amount is not an amount",
			in: first(`"annual":"`, `"annual":"x`), wantPath: "lines[0].annual"},
		{name: "schema version", desc: "未知的版本 / an unknown schema version",
			in: first(`"schema_version":"`+benefit.SchemaVersion+`"`, `"schema_version":"99"`), wantPath: "schema_version"},
		{name: "long amount", desc: "金额文字过长：解析前即拒绝 / an amount's text too long: refused before it is parsed",
			in: first(`"annual":"`, `"annual":"`+strings.Repeat("1", 1<<16)), wantPath: "lines[0].annual"},
		{name: "long income", desc: "计算收入文字过长 / a counted income's text too long",
			in: first(`"income":"`+b.Income().StringFixed(2)+`"`, `"income":"`+strings.Repeat("1", policy.MaxAmountText+1)+`"`), wantPath: "lowincome.income"},
		{name: "date", desc: "评估日不是日期 / the assessment date is not a date",
			in: first(`"date":"2017-09-01"`, `"date":"2017-13-01"`), wantPath: "date"},
		{name: "set start", desc: "参数集起始日不是日期 / a set's start is not a date",
			in: first(`"from":"2017-01-01"`, `"from":"2017-01-32"`), wantPath: "sets[0].from"},
		{name: "line programme", desc: "第一行的项目未知 / the first line's programme is unknown",
			in: first(`"programme":"`, `"programme":"x`), wantPath: "lines[0].programme"},
		{name: "referral department", desc: "转介部门未知 / a referral's department unknown",
			in: first(`"department":"housing"`, `"department":"pension"`), wantPath: "referrals[0].department",
			wantType: policy.ErrorNotSupported,
			wantText: `referrals[0].department: "pension" is not housing, health, human-resources or civil-affairs`},
		{name: "no referral department", desc: "转介缺部门 / a referral's department left out",
			in: first(`"department":"housing",`, ``), wantPath: "referrals[0].department", wantType: policy.ErrorRequired,
			wantText: "referrals[0].department: is required"},
		{name: "empty referral department", desc: "转介部门为空字符串：仍报为必填 / a referral's department \"\": still required",
			in: first(`"department":"housing"`, `"department":""`), wantPath: "referrals[0].department", wantType: policy.ErrorRequired},
		{name: "second referral department", desc: "第二条转介的部门未知：路径指向第二条 / the second referral's department unknown: the path names the second",
			in: string(second.AppendJSON(nil)), wantPath: "referrals[1].department", wantType: policy.ErrorNotSupported},
		{name: "five referral clauses", desc: "转介引五条条款，多于四条 / a referral citing five clauses, more than four",
			in:       first(`"clauses":["3.2"],"explanation":{"formula":{"id":"benefit.referral`, `"clauses":["3.2","3.2","3.2","3.2","3.2"],"explanation":{"formula":{"id":"benefit.referral`),
			wantPath: "referrals[0].clauses", wantType: policy.ErrorTooMany, wantText: "referrals[0].clauses: 5 clauses, more than 4"},
		{name: "referral clause", desc: "转介条款不是规则中的条款 / a referral's clause not one of the rules'",
			in:       first(`"clauses":["3.2"],"explanation":{"formula":{"id":"benefit.referral`, `"clauses":["3.2","9.9"],"explanation":{"formula":{"id":"benefit.referral`),
			wantPath: "referrals[0].clauses[1]", wantType: policy.ErrorNotSupported,
			wantText: `referrals[0].clauses[1]: "9.9" is not a clause of the rules`},
		{name: "null", desc: "null 不是分项表，不读作空表 / null is not a breakdown, nor read as an empty one",
			in: " null\n", wantPath: "(input)", wantText: "(input): null is not a breakdown (an object)"},
		{name: "null after NBSP", desc: "NBSP 不是 JSON 的空白：语法错误 / NBSP is not JSON's white space: a syntax error",
			in: "\u00a0null", wantPath: "(input)", wantText: "(input): invalid character"},
		{name: "assets a number", desc: "资产核查写成数字：报出字段 / the asset test as a JSON number: the field is named",
			in: first(`"assets":{`, `"assets":1,"x":{`), wantPath: "assets", wantText: "assets: a JSON number is not an object"},
		{name: "not UTF-8 at the start", desc: "首字节即非 UTF-8：偏移 0 / the first byte is not UTF-8: offset 0",
			in: "\xff" + js, wantPath: "(input)", wantText: "(input): offset 0 is not UTF-8"},
		{name: "not UTF-8", desc: "户号含非 UTF-8 字节：拒绝，不以 U+FFFD 替换 / a household id with a byte that is not UTF-8: refused, not replaced by U+FFFD",
			in:       first(`"household":"`, "\"household\":\"\xff"),
			wantPath: "(input)", wantText: fmt.Sprintf("(input): offset %d is not UTF-8", strings.Index(js, `"household":"`)+len(`"household":"`))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got benefit.Breakdown
			err := got.UnmarshalJSON([]byte(tc.in)) // json.Unmarshal reports a syntax error itself, before calling it
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: error %v does not wrap ErrInvalid", tc.desc, err)
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) || fe.Path != tc.wantPath {
				t.Errorf("%s: error %v, want a field error at %s", tc.desc, err, tc.wantPath)
			}
			if tc.wantText != "" && !strings.HasPrefix(err.Error(), tc.wantText) {
				t.Errorf("%s: error %v, want %s", tc.desc, err, tc.wantText)
			}
			if tc.wantType != "" && (fe == nil || fe.Type != tc.wantType) {
				t.Errorf("%s: error %v, want a %s error", tc.desc, err, tc.wantType)
			}
		})
	}
}

// TestBreakdownReadTooLarge: one byte more than MaxBreakdownBytes is
// refused from its length, before a byte of it is read: the input is a
// breakdown's JSON followed by zero bytes, which no reader takes for JSON.
// With SAFETYNET_LONG=1, the breakdown padded with spaces to exactly
// MaxBreakdownBytes is read (32 MiB of spaces to scan: a long run).
func TestBreakdownReadTooLarge(t *testing.T) {
	b := yaodu(t)
	js := b.AppendJSON(nil)
	// Zero bytes past the JSON: not JSON, and cheap to make. (Copied as
	// copy(over, js), the compiler makes and copies in one step that
	// clears all 32 MiB by hand; a fresh allocation needs no clearing.)
	over := make([]byte, benefit.MaxBreakdownBytes+1)
	copy(over[:len(js)], js)
	var got benefit.Breakdown
	err := got.UnmarshalJSON(over)
	var fe *policy.FieldError
	if !errors.As(err, &fe) || fe.Path != "(input)" || fe.Type != policy.ErrorTooLong || !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("MaxBreakdownBytes + 1 字节 / bytes: error %v, want a too-long field error at (input) wrapping ErrInvalid", err)
	}
	if !testrun.Long() {
		return
	}
	at := append(js, bytes.Repeat([]byte(" "), benefit.MaxBreakdownBytes-len(js))...)
	if err := got.UnmarshalJSON(at); err != nil {
		t.Errorf("恰好 MaxBreakdownBytes 字节 / exactly MaxBreakdownBytes bytes: %v, want it read", err)
	}
}

// yaodu is the breakdown of sample h01-yaodu on the samples' date.
func yaodu(t *testing.T) *benefit.Breakdown {
	t.Helper()
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessor(t).Assess(h, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestZeroBreakdownJSON: the zero Breakdown, whose date is the zero Date
// (written "0000-00-00"), reads back as it was written.
func TestZeroBreakdownJSON(t *testing.T) {
	var zero, back benefit.Breakdown
	js, err := zero.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := back.UnmarshalJSON(js); err != nil {
		t.Fatalf("读回零值结果 / reading the zero breakdown back: %v", err)
	}
	again, err := back.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(js), string(again)); diff != "" {
		t.Errorf("零值结果往返 / the zero breakdown's round trip (-written +read back):\n%s", diff)
	}
}

// TestBreakdownReadAssetsByPeriod: a breakdown read from JSON answers
// AssetsByPeriod with the tests its "assets_by_period" holds, as many as it
// holds, and none when the key is absent. One included: the Assessor never
// writes one (it folds a test alike in every month into "assets"), and the
// schema asks for two or more, but the reader is no validator of hand-made
// breakdowns (UnmarshalJSON), and what it reads it keeps: nothing read is
// dropped from the accessor while the JSON written back keeps it.
func TestBreakdownReadAssetsByPeriod(t *testing.T) {
	js := string(yaodu(t).AppendJSON(nil))
	at := strings.Index(js, `,"checks":`)
	from := strings.Index(js, `,"assets":`)
	if at < 0 || from < 0 || strings.Contains(js, `"assets_by_period"`) {
		t.Fatal("the sample's JSON has no assets and checks, or has assets_by_period")
	}
	assets := js[from+len(`,"assets":`) : at]
	tests := []struct {
		name, desc string
		in         string
		want       int // the tests AssetsByPeriod returns
	}{
		{name: "none", desc: "无 assets_by_period：无分段核查 / no assets_by_period: no tests by period", in: js, want: 0},
		{name: "one", desc: "assets_by_period 含一项：读出一项，不丢弃 / assets_by_period holding one test: one test read, none dropped",
			in: js[:at] + `,"assets_by_period":[` + assets + `]` + js[at:], want: 1},
		{name: "two", desc: "assets_by_period 含两项：读出两项 / assets_by_period holding two tests: both read",
			in: js[:at] + `,"assets_by_period":[` + assets + `,` + assets + `]` + js[at:], want: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var back benefit.Breakdown
			if err := back.UnmarshalJSON([]byte(tc.in)); err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			if got := len(back.AssetsByPeriod()); got != tc.want {
				t.Errorf("%s: AssetsByPeriod has %d tests, want %d", tc.desc, got, tc.want)
			}
			if diff := cmp.Diff(tc.in, string(back.AppendJSON(nil))); diff != "" {
				t.Errorf("%s: written back (-read +written):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestBreakdownReadKeysLeftOut: the reader takes a breakdown whose optional
// keys are left out, each read as what the library writes for nothing: the
// zero date ("0000-00-00", a zero Breakdown's), no sets, no checks, an
// asset test of no status. What the breakdown holds besides is read as it
// is: its sets without its checks, its checks without its sets. Each case is
// the JSON of sample h01-yaodu (one set, from 2017-01-01; its checks) with
// keys left out.
func TestBreakdownReadKeysLeftOut(t *testing.T) {
	b := yaodu(t)
	type read struct {
		Date, SetFrom string // the date, and the first set's start ("" for no set)
		Sets, Checks  int
		Assets        policy.CheckStatus
	}
	all := read{Date: "2017-09-01", SetFrom: "2017-01-01", Sets: 1, Checks: len(b.Checks()), Assets: policy.NotChecked}
	tests := []struct {
		name, desc string
		drop       []string // the keys left out; "sets.from" is the first set's start
		want       read
	}{
		{name: "none", desc: "键齐全：原样读出 / every key: all read", want: all},
		{name: "no date", desc: "缺评估日：读作零值日期 0000-00-00 / no date: read as the zero date, 0000-00-00",
			drop: []string{"date"}, want: read{Date: "0000-00-00", SetFrom: all.SetFrom, Sets: 1, Checks: all.Checks, Assets: all.Assets}},
		{name: "no set start", desc: "参数集缺起始日：读作零值日期 / a set without its start: read as the zero date",
			drop: []string{"sets.from"}, want: read{Date: all.Date, SetFrom: "0000-00-00", Sets: 1, Checks: all.Checks, Assets: all.Assets}},
		{name: "no sets", desc: "缺 sets：核查照读 / no sets: the checks still read",
			drop: []string{"sets"}, want: read{Date: all.Date, Checks: all.Checks, Assets: all.Assets}},
		{name: "no checks", desc: "缺 checks：参数集照读 / no checks: the sets still read",
			drop: []string{"checks"}, want: read{Date: all.Date, SetFrom: all.SetFrom, Sets: 1, Assets: all.Assets}},
		{name: "no sets or checks", desc: "sets 与 checks 均缺 / neither sets nor checks",
			drop: []string{"sets", "checks"}, want: read{Date: all.Date, Assets: all.Assets}},
		{name: "no assets", desc: "缺 assets：资产核查无状态 / no assets: an asset test of no status",
			drop: []string{"assets"}, want: read{Date: all.Date, SetFrom: all.SetFrom, Sets: 1, Checks: all.Checks}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			back := readBackEdited(t, b, func(m map[string]json.RawMessage) {
				for _, k := range tc.drop {
					if k != "sets.from" {
						delete(m, k)
						continue
					}
					var sets []map[string]json.RawMessage
					if err := json.Unmarshal(m["sets"], &sets); err != nil {
						t.Fatal(err)
					}
					delete(sets[0], "from")
					m["sets"], _ = json.Marshal(sets)
				}
			})
			got := read{Date: back.Date.String(), Sets: len(back.Sets()), Checks: len(back.Checks()), Assets: back.Assets.Status()}
			if sets := back.Sets(); len(sets) > 0 {
				got.SetFrom = sets[0].From.String()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: read back (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestJSONDates: a breakdown writes its date as household.Date.String
// writes it, "2017-09-01", for any Date a caller may put in a Breakdown
// built in Go: the zero Date as "0000-00-00", and a
// year, month or day beyond four or two digits, or below zero, as String
// spells it out, never cut to the digits a calendar date has.
func TestJSONDates(t *testing.T) {
	tests := []struct {
		name, desc string
		clause     policy.Clause
		date       household.Date
		want       string
	}{
		{name: "calendar date", desc: "日历日期 / a calendar date", clause: "0",
			date: household.NewDate(2017, 9, 1), want: "2017-09-01"},
		{name: "zero", desc: "零值日期 / the zero date", clause: "0",
			date: household.Date{}, want: "0000-00-00"},
		{name: "year 9999", desc: "9999 年：四位数的最后一年 / the year 9999, the last of four digits", clause: "0",
			date: household.NewDate(9999, 12, 31), want: "9999-12-31"},
		{name: "year 10000", desc: "10000 年：五位数照写 / the year 10000, written with its five digits", clause: "0",
			date: household.Date{Year: 10000, Month: 1, Day: 1}, want: "10000-01-01"},
		{name: "year -1", desc: "年为负数 / a negative year", clause: "0",
			date: household.Date{Year: -1, Month: 1, Day: 1}, want: "-001-01-01"},
		{name: "month 100", desc: "月为 100 / a month of 100", clause: "0",
			date: household.Date{Year: 2017, Month: 100, Day: 1}, want: "2017-100-01"},
		{name: "month 99", desc: "月为 99：两位数照写 / a month of 99, two digits", clause: "0",
			date: household.Date{Year: 2017, Month: 99, Day: 1}, want: "2017-99-01"},
		{name: "month -1", desc: "月为负数 / a negative month", clause: "0",
			date: household.Date{Year: 2017, Month: -1, Day: 1}, want: "2017--1-01"},
		{name: "day 100", desc: "日为 100 / a day of 100", clause: "0",
			date: household.Date{Year: 2017, Month: 1, Day: 100}, want: "2017-01-100"},
		{name: "day -1", desc: "日为负数 / a negative day", clause: "0",
			date: household.Date{Year: 2017, Month: 1, Day: -1}, want: "2017-01--1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.date.String(); got != tc.want {
				t.Fatalf("%s: Date.String() = %q, want %q", tc.desc, got, tc.want)
			}
			b := benefit.Breakdown{Date: tc.date}
			js := string(b.AppendJSON(nil))
			if want := `"date":"` + tc.want + `"`; !strings.Contains(js, want) {
				t.Errorf("%s: the breakdown's JSON lacks %s", tc.desc, want)
			}
		})
	}
}

// TestBreakdownReadIncome: the counted income I of a breakdown's JSON
// ("lowincome.income") is read as an amount of at most two places in at most
// policy.MaxAmountText (40) bytes of text; one byte more is refused
// (TestBreakdownReadErrors). Each case is sample h01-yaodu's JSON, I =
// 6000.00, with its income written otherwise.
func TestBreakdownReadIncome(t *testing.T) {
	js := string(yaodu(t).AppendJSON(nil))
	if !strings.Contains(js, `"income":"6000.00"`) {
		t.Fatal(`the sample's JSON has no "income":"6000.00"`)
	}
	tests := []struct {
		name, desc string
		text       string
		want       string
	}{
		{name: "as written", desc: "原样 / as written", text: "6000.00", want: "6000.00"},
		{name: "no places", desc: "无小数 / no places", text: "6000", want: "6000.00"},
		{name: "forty bytes", desc: "恰好 40 字节（前导零）：读出 / exactly 40 bytes, with leading zeros: read",
			text: strings.Repeat("0", policy.MaxAmountText-len("6000.00")) + "6000.00", want: "6000.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var back benefit.Breakdown
			in := strings.Replace(js, `"income":"6000.00"`, `"income":"`+tc.text+`"`, 1)
			if err := back.UnmarshalJSON([]byte(in)); err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			if got := back.Income().StringFixed(2); got != tc.want {
				t.Errorf("%s: income %s, want %s", tc.desc, got, tc.want)
			}
		})
	}
}
