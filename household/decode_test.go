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
		name string
		desc string
		in   string
		want string // "" for success, else a message the error must contain
	}{
		{"a sound record", "合规记录 / a sound record", good, ""},
		{"unknown field", "未知字段 / an unknown field", `{"id":"H1","township":"T","colour":"red","members":[{"id":"m1","birth_date":"1960-01-01"}]}`, "colour: is not a known field"},
		{"key in the wrong case", "键名大小写不符 / a key in the wrong case", `{"ID":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`, "ID: is not a known field"},
		{"trailing data", "记录后有多余数据 / data after the record", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]} {}`, "(input): has data after the JSON value"},
		{"missing amount", "缺收入金额 / an income with no amount", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages"}]}]}`, "members[0].incomes[0].amount: is required"},
		{"null amount", "金额为 null / a null amount", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":null}]}]}`, "members[0].incomes[0].amount: null is not allowed: the field is required"},
		{"unknown enum", "未知残疾类别 / an unknown disability type", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"moral","grade":1}}]}`, `members[0].disability.type: "moral" is not one of visual, hearing, speech, physical, intellectual, mental, multiple`},
		{"over-precise money", "金额三位小数 / money with three places", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1.005"}]}]}`, "members[0].incomes[0].amount: 1.005 has more than two decimal places"},
		{"money not a number", "金额不是数字 / money that is not a number", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"lots"}]}]}`, `members[0].incomes[0].amount: "lots"`},
		{"bad date", "日期不存在 / a date that does not exist", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1961-02-29"}]}`, `members[0].birth_date: "1961-02-29" is not a date YYYY-MM-DD`},
		{"grade 0", "残疾等级0 / disability grade 0", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"mental","grade":0}}]}`, "members[0].disability.grade: 0 is not 1–4"},
		{"grade 5", "残疾等级5 / disability grade 5", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"mental","grade":5}}]}`, "members[0].disability.grade: 5 is not 1–4"},
		{"centralized without a class", "集中供养缺敬老院类别 / centralized with no nursing-home class", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"centralized"}}]}`, "members[0].tekun.home_class: is required for centralized support"},
		{"not JSON", "不是 JSON / not JSON", `{"id":`, "(input): is not valid JSON"},
		{"an array", "顶层是数组 / an array, not a record", `[]`, "is not a household.Household"},
		{"deep nesting", "嵌套过深 / nested too deep", strings.Repeat("[", 40) + strings.Repeat("]", 40), "(input): 40 levels of nesting is over the limit of 32"},
		{"huge input", "输入过大 / input over 4 MiB", `{"id":"` + strings.Repeat("x", 5<<20) + `"}`, "bytes is over the limit of 4194304"},
		{"empty members", "无成员 / no members", `{"id":"H1","township":"T","members":[]}`, "members: is empty"},
		{"claim paying more than it cost", "保险支付超过合规费用 / insurance paying more than the compliant cost", `{"id":"H1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100","compliant_cost":"100","ncms":"90","critical_illness":"20"}]}]}`, "members[0].claims[0]: 110.00 paid by insurance is more than the compliant cost 100.00"},
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
			if !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s: error %v does not wrap ErrInvalid", tc.desc, err)
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("%s: error %v is not a *policy.FieldError", tc.desc, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n got %q\nwant it to contain %q", tc.desc, err, tc.want)
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
