package household_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The records in these tests are invented: no real person, name or id.
const good = `{"id":"H1","township":"尧渡镇","members":[
 {"id":"m1","birth_date":"1960-02-29","class":"A","incomes":[{"category":"wages","amount":"4500.00"}],
  "disability":{"type":"physical","grade":1,"long_term_care":true}},
 {"id":"m2","birth_date":"2010-06-01","child":"in-difficulty",
  "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"30000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]}],
 "hardships":[{"id":"e1","type":"fire","date":"2017-05-01","cost":"5000.00","other_aid":"1000.00"}]}`

// TestDecode: decoding is strict, and every failure names its field.
func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		clause   policy.Clause
		in       string
		want     string // "" for success, else a message the error must contain
		wantPath string // the first field error's path
		wantType policy.ErrorType
	}{
		{name: "a sound record", desc: "合规记录 / a sound record", clause: "0", in: good},
		{name: "unknown field", desc: "未知字段 / an unknown field", clause: "0",
			in:   `{"id":"H1","township":"T","colour":"red","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
			want: "colour: is not a known field", wantPath: "colour", wantType: policy.ErrorUnknown},
		{name: "key in the wrong case", desc: "键名大小写不符 / a key in the wrong case", clause: "0",
			in:   `{"ID":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
			want: "ID: is not a known field (did you mean \"id\"?)", wantPath: "ID", wantType: policy.ErrorUnknown},
		{name: "trailing data", desc: "记录后有多余数据 / data after the record", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]} {}`,
			want: "(input): has data after the JSON value", wantPath: "(input)", wantType: policy.ErrorInvalid},
		{name: "missing amount", desc: "缺收入金额 / an income with no amount", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages"}]}]}`,
			want: "members[0].incomes[0].amount: is required", wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorRequired},
		{name: "null amount", desc: "金额为 null / a null amount", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":null}]}]}`,
			want: "members[0].incomes[0].amount: null is not allowed: the field is required", wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorRequired},
		{name: "unknown enum", desc: "未知残疾类别 / an unknown disability type", clause: "2.2.4",
			in:       `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"moral","grade":1}}]}`,
			want:     `members[0].disability.type: "moral" is not one of visual, hearing, speech, physical, intellectual, mental, multiple`,
			wantPath: "members[0].disability.type", wantType: policy.ErrorNotSupported},
		{name: "over-precise money", desc: "金额三位小数 / money with three places", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1.005"}]}]}`,
			want: `members[0].incomes[0].amount: "1.005" has more than two decimal places`, wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid},
		{name: "three places, the third a zero", desc: "金额文本 \"10.000\" 有三位小数：报错，虽然其值为 10.00（Go 中构造的金额按值检查）/ the text \"10.000\" has three places: an error, though its value is 10.00 (an amount built in Go is checked by its value)", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"10.000"}]}]}`,
			want: `members[0].incomes[0].amount: "10.000" has more than two decimal places`, wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid},
		{name: "money not a number", desc: "金额不是数字 / money that is not a number", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"lots"}]}]}`,
			want: `members[0].incomes[0].amount: "lots"`, wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid},
		{name: "bad date", desc: "日期不存在 / a date that does not exist", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1961-02-29"}]}`,
			want: `members[0].birth_date: "1961-02-29" is not a day of the calendar: February 1961 has days 01 to 28`, wantPath: "members[0].birth_date", wantType: policy.ErrorInvalid},
		{name: "grade 0", desc: "残疾等级0 / disability grade 0", clause: "2.2.4",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"mental","grade":0}}]}`,
			want: "members[0].disability.grade: 0 is not 1–4", wantPath: "members[0].disability.grade", wantType: policy.ErrorInvalid},
		{name: "grade 5", desc: "残疾等级5 / disability grade 5", clause: "2.2.4",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"mental","grade":5}}]}`,
			want: "members[0].disability.grade: 5 is not 1–4", wantPath: "members[0].disability.grade", wantType: policy.ErrorInvalid},
		{name: "grade 4", desc: "残疾等级4：最轻的一级，有效 / disability grade 4, the mildest: sound", clause: "2.2.4",
			in: `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"mental","grade":4}}]}`},
		{name: "no fixed household, alone", desc: "无固定住所的个人单独记录：有效 / a person without a household recorded alone: sound", clause: "2.4.3",
			in: `{"id":"H1","township":"T","no_fixed_household":true,"members":[{"id":"m1","birth_date":"1960-01-01"}]}`},
		{name: "assets of nothing", desc: "申报资产为零：存款 0.00、车辆 0、多余住房 0，有效 / assets declared as nothing — deposits 0.00, no vehicle, no extra housing: sound", clause: "2.1.3",
			in: `{"id":"H1","township":"T","assets":{"deposits":"0.00","vehicles":0,"extra_housing":0},"members":[{"id":"m1","birth_date":"1960-01-01"}]}`},
		{name: "a class without centralized support", desc: "分散供养却填敬老院类别 / a nursing-home class for a member in dispersed support", clause: "2.2.2",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","home_class":"1"}}]}`,
			want: `members[0].tekun.home_class: "1" is set but the member is not in centralized support`, wantPath: "members[0].tekun.home_class", wantType: policy.ErrorInvalid},
		{name: "not JSON", desc: "不是 JSON / not JSON", clause: "0", in: `{"id":`,
			want: "(input): offset 6 is not valid JSON", wantPath: "(input)", wantType: policy.ErrorInvalid},
		{name: "an array", desc: "顶层是数组 / an array, not a record", clause: "0", in: `[]`,
			want: "(input): (an array) is not an object", wantPath: "(input)", wantType: policy.ErrorInvalid},
		{name: "null", desc: "顶层为 null：不读作空记录 / null, not read as an empty record", clause: "0", in: `null`,
			want: "(input): null is not an object", wantPath: "(input)", wantType: policy.ErrorInvalid},
		{name: "deep nesting", desc: "嵌套过深 / nested too deep", clause: "0", in: strings.Repeat("[", 40) + strings.Repeat("]", 40),
			want: "(input): 33 levels of nesting is over the limit of 32", wantPath: "(input)", wantType: policy.ErrorTooMany},
		{name: "huge input", desc: "输入过大 / input over 4 MiB", clause: "0", in: `{"id":"` + strings.Repeat("x", 5<<20) + `"}`,
			want: "(input): is more than the limit of 4194304 bytes (4 MiB)", wantPath: "(input)", wantType: policy.ErrorTooLong},
		{name: "input at the limit", desc: "记录恰好 4 MiB（4194304 字节，末尾补空格）：可读 / a record of exactly 4 MiB (4,194,304 bytes, padded with spaces): read", clause: "0",
			in: good + strings.Repeat(" ", household.MaxRecordBytes-len(good))},
		{name: "input one byte over", desc: "记录 4194305 字节，超限 1 字节 / a record of 4,194,305 bytes, one over the limit", clause: "0",
			in:   good + strings.Repeat(" ", household.MaxRecordBytes+1-len(good)),
			want: "(input): is more than the limit of 4194304 bytes (4 MiB)", wantPath: "(input)", wantType: policy.ErrorTooLong},
		{name: "empty members", desc: "无成员 / no members", clause: "0", in: `{"id":"H1","township":"T","members":[]}`,
			want: "members: is empty", wantPath: "members", wantType: policy.ErrorRequired},
		{name: "null income", desc: "收入列表中的 null：报错，不以零值混过必填金额 / a null in the incomes: an error, never a zero income that passes its required amount", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[null]}]}`,
			want: "members[0].incomes[0]: null is not allowed: give a value", wantPath: "members[0].incomes[0]", wantType: policy.ErrorRequired},
		{name: "name with a control character", desc: "姓名含控制字符：错误只报长度，不引用姓名 / a name with a control character: the error gives its length, never the name", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","name":"示例甲\t备注","birth_date":"1960-01-01"}]}`,
			want: "members[0].name: (16 bytes, not quoted: personal data) holds a control character", wantPath: "members[0].name", wantType: policy.ErrorInvalid},
		{name: "name not a string", desc: "姓名写成数字（编造的 18 位数，如身份证号误填）：错误只报长度 / a name written as a number (an invented 18-digit one, as an id number put in the wrong field): the error gives its length only", clause: "0",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","name":111111111111111111,"birth_date":"1960-01-01"}]}`,
			want: "members[0].name: (18 bytes, not quoted: personal data) is not a string", wantPath: "members[0].name", wantType: policy.ErrorInvalid},
		{name: "claim paying more than it cost", desc: "保险支付超过合规费用 / insurance paying more than the compliant cost", clause: "2.3.4",
			in:   `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100","compliant_cost":"100","ncms":"90","critical_illness":"20"}]}]}`,
			want: "members[0].claims[0]: 110.00 paid by insurance is more than the compliant cost 100.00", wantPath: "members[0].claims[0]", wantType: policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := household.Decode(strings.NewReader(tc.in))
			if tc.want == "" {
				if err != nil {
					t.Fatalf("%s: Decode: %v", tc.desc, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("%s: Decode = %+v, want error containing %q", tc.desc, h, tc.want)
			}
			if h != nil {
				t.Errorf("%s: Decode returned a record with its error", tc.desc)
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s: error %v does not wrap ErrInvalid", tc.desc, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n got %q\nwant it to contain %q", tc.desc, err, tc.want)
			}
			if fes := policy.FieldErrors(err); len(fes) == 0 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: first field error %v, want a %s error at %s", tc.desc, fes, tc.wantType, tc.wantPath)
			}
		})
	}
}

// TestRoundTrip: a record written by Marshal reads back equal.
func TestRoundTrip(t *testing.T) {
	h, err := household.Unmarshal([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	b, err := h.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := household.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Decode(Marshal(h)): %v\n%s", err, b)
	}
	if diff := cmp.Diff(h, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestMarshalTwice: a record written, read back and written again is
// written the same; a Current that says nothing is left out. The first
// row, an empty list of payments, is the record FuzzRoundTrip found written
// twice differently; the others are its neighbours.
func TestMarshalTwice(t *testing.T) {
	const members = `"members":[{"id":"m1","birth_date":"1960-01-01"}]`
	tests := []struct {
		name, desc, clause string
		in                 string
		wantCurrent        bool // the record written holds "current"
	}{
		{name: "empty payments", desc: "空的现发放列表不写出 / an empty list of payments is not written", clause: "0",
			in: `{"id":"H1","township":"T","current":{"payments":[]},` + members + `}`},
		{name: "empty current", desc: "空的现状不写出 / an empty current is not written", clause: "0",
			in: `{"id":"H1","township":"T","current":{},` + members + `}`},
		{name: "recipient", desc: "现为低保户照写 / a recipient now is written", clause: "2.1.2",
			in: `{"id":"H1","township":"T","current":{"lowincome":true,"payments":[]},` + members + `}`, wantCurrent: true},
		{name: "payment", desc: "有现发放照写 / a payment now is written", clause: "2.1.2",
			in:          `{"id":"H1","township":"T","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"301.83"}]},` + members + `}`,
			wantCurrent: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := household.Unmarshal([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			b, err := h.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			back, err := household.Unmarshal(b)
			if err != nil {
				t.Fatalf("%s: %v\n%s", tc.desc, err, b)
			}
			again, err := back.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(b), string(again)); diff != "" {
				t.Errorf("%s: written twice (-first +second):\n%s", tc.desc, diff)
			}
			if got := bytes.Contains(b, []byte(`"current"`)); got != tc.wantCurrent {
				t.Errorf("%s: \"current\" written: %v, want %v\n%s", tc.desc, got, tc.wantCurrent, b)
			}
		})
	}
}

// FuzzDecode: decoding and validating any input never panics, and a record
// that decodes writes out and reads back equal.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(`{"id":"H","township":"T","members":[{"id":"m","birth_date":"2000-01-01","tekun":{"mode":"dispersed","months":3}}]}`))
	f.Add([]byte(`{"id":"H","township":"T","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"1"}]},"members":[{"id":"m","birth_date":"2000-01-01"}]}`))
	f.Add([]byte(`{"members":[{"incomes":[{"amount":1e400}]}]}`))
	f.Add([]byte(`{"id":"H","township":"T","members":[{"id":"m","birth_date":"2017-05-01","claims":[{"id":"c","admission":"2017-04-30","total_cost":"1","compliant_cost":"1","ncms":"0"},{"id":"c","admission":"2018-01-01","total_cost":"1","compliant_cost":"1","ncms":"0"}]}],"hardships":[{"id":"e","type":"fire","date":"2016-12-31","cost":"1"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Unmarshal(data)
		if err != nil {
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a FieldError", err)
			}
			return
		}
		// Checking it for a date never panics either, and every error it
		// gives is a field error.
		if _, err := h.Check(household.NewDate(2017, 12, 31)); err != nil && len(policy.FieldErrors(err)) == 0 {
			t.Fatalf("Check: error %v holds no FieldError", err)
		}
		b, err := h.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := household.Unmarshal(b)
		if err != nil {
			t.Fatalf("a valid record does not read back: %v\n%s", err, b)
		}
		if diff := cmp.Diff(h, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// failingReader fails every read with errRead.
type failingReader struct{}

var errRead = errors.New("disk on fire")

func (failingReader) Read([]byte) (int, error) { return 0, errRead }

// TestDecodeReadError: an error reading the input is not the record's
// fault: Decode returns it wrapped, and it is not a policy.ErrInvalid. A
// nil reader is the caller's fault: an error wrapping policy.ErrInvalid,
// not a panic.
func TestDecodeReadError(t *testing.T) {
	_, err := household.Decode(failingReader{})
	if !errors.Is(err, errRead) || errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Decode of a failing reader: %v, want the reader's error wrapped and no ErrInvalid", err)
	}
	if _, err := household.Decode(nil); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Decode(nil): %v, want an error wrapping policy.ErrInvalid", err)
	}
}
