package strictjson_test

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// doc is a small record with every kind of field the decoder reads: a
// required string, a personal one, money (two places) and a rate (four
// places), whole numbers, a bool, an optional nested object, a bounded
// array of objects that hold a bounded array, strings, a text-decoded
// date, a self-decoding value, a map and a bounded one, an array bounded
// at one, an array and a map of amounts, maps keyed by a text-decoded date
// and by a number (which no key can be), and a map bounded at one.
type doc struct {
	ID     string                     `json:"id" required:"true"`
	Name   string                     `json:"name,omitempty" personal:"true"`
	Amount decimal.Decimal            `json:"amount,omitzero"`
	Rate   decimal.Decimal            `json:"rate,omitzero" places:"4"`
	Count  int                        `json:"count,omitempty"`
	Small  int8                       `json:"small,omitempty"`
	Flag   bool                       `json:"flag,omitempty"`
	Inner  *inner                     `json:"inner,omitempty"`
	Items  []item                     `json:"items,omitempty" max:"3"`
	Tags   []string                   `json:"tags,omitempty"`
	Day    household.Date             `json:"day,omitzero"`
	Grade  grade                      `json:"grade,omitempty"`
	Grades []grade                    `json:"grades,omitempty"`
	Counts map[string]int             `json:"counts,omitempty"`
	Levels map[string]int             `json:"levels,omitempty" max:"2"`
	Notes  []string                   `json:"notes,omitempty" max:"1"`
	Shares []decimal.Decimal          `json:"shares,omitempty"`
	Prices map[string]decimal.Decimal `json:"prices,omitempty"`
	ByDay  map[household.Date]int     `json:"by_day,omitempty"`
	ByNum  map[int]string             `json:"by_num,omitempty"`
	One    map[string]int             `json:"one,omitempty" max:"1"`
	Hidden string                     `json:"-"`
}

type inner struct {
	Code string `json:"code" required:"true"`
	Note string `json:"note,omitempty"`
}

type item struct {
	ID     string          `json:"id,omitempty"`
	Amount decimal.Decimal `json:"amount" required:"true"`
	Parts  []part          `json:"parts,omitempty" max:"2"`
}

type part struct {
	Amount decimal.Decimal `json:"amount,omitzero"`
}

// grade reads itself from raw JSON (a json.Unmarshaler): a whole number
// 1–4. Out of range it returns a field error with a path relative to the
// value; anything else, a plain error.
type grade int

func (g *grade) UnmarshalJSON(b []byte) error {
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return errors.New("grade: not a number")
	}
	if n < 1 || n > 4 {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: "level", Detail: "is not 1–4"}
	}
	*g = grade(n)
	return nil
}

// fieldErr is a field error as the tables state it: its path and type.
type fieldErr struct {
	Path string
	Type policy.ErrorType
}

// fieldErrs returns the path and type of every field error of err, after
// checking that err is made of field errors only, each wrapping
// policy.ErrInvalid.
func fieldErrs(t *testing.T, err error) []fieldErr {
	t.Helper()
	if err == nil {
		return nil
	}
	if !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("error %v does not wrap policy.ErrInvalid", err)
	}
	n := 1
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		n = len(j.Unwrap())
	}
	fes := policy.FieldErrors(err)
	if len(fes) != n {
		t.Errorf("error holds %d errors, of which %d are field errors: %v", n, len(fes), err)
	}
	var out []fieldErr
	for _, fe := range fes {
		out = append(out, fieldErr{fe.Path, fe.Type})
	}
	return out
}

// decodeDoc decodes in into a doc. The input's capacity is its length, so
// that a read past its end panics where it would read spare capacity.
func decodeDoc(in string) (doc, error) {
	var d doc
	err := strictjson.Decode(slices.Clip([]byte(in)), &d)
	return d, err
}

// TestKeys: keys match a field's json name exactly, case and all; a key no
// field has is an unknown field, named by its path.
func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		desc string
		in   string
		want []fieldErr
	}{
		{name: "exact", desc: "键名完全一致 / keys spelled exactly", in: `{"id":"x","name":"n"}`},
		{name: "escaped key", desc: "转义写出的键名与原键相同 / a key written with escapes is the same key",
			in: `{"\u0069d":"x"}`},
		{name: "wrong case", desc: "大小写不符即未知字段 / a key in the wrong case is unknown",
			in:   `{"ID":"x","id":"x"}`,
			want: []fieldErr{{"ID", policy.ErrorUnknown}}},
		{name: "wrong case only", desc: "只有大小写不符的键：未知且缺必填 / only the wrong-case key: unknown, and the field missing",
			in:   `{"Id":"x"}`,
			want: []fieldErr{{"Id", policy.ErrorUnknown}, {"id", policy.ErrorRequired}}},
		{name: "unknown at the top", desc: "顶层未知字段 / an unknown field at the top",
			in:   `{"id":"x","colour":"red"}`,
			want: []fieldErr{{"colour", policy.ErrorUnknown}}},
		{name: "unknown nested", desc: "嵌套对象中的未知字段 / an unknown field in a nested object",
			in:   `{"id":"x","inner":{"code":"c","colour":{"r":1}}}`,
			want: []fieldErr{{"inner.colour", policy.ErrorUnknown}}},
		{name: "unknown in an element", desc: "数组元素中的未知字段带下标 / an unknown field in an element, with its index",
			in:   `{"id":"x","items":[{"amount":"1"},{"amount":"1","parts":[{"amount":"1","size":2}]}]}`,
			want: []fieldErr{{"items[1].parts[0].size", policy.ErrorUnknown}}},
		{name: "dash tag", desc: `json:"-" 的字段不可写入 / a field tagged json:"-" is not on the wire`,
			in:   `{"id":"x","Hidden":"h","-":"h"}`,
			want: []fieldErr{{"Hidden", policy.ErrorUnknown}, {"-", policy.ErrorUnknown}}},
		{name: "empty key", desc: "空键名在路径中写作 \"\" / the empty key is written \"\" in a path",
			in:   `{"id":"x","":1}`,
			want: []fieldErr{{`""`, policy.ErrorUnknown}}},
		{name: "long key", desc: "超长未知键名在路径中被截短 / a long unknown key is shortened in the path",
			in:   `{"id":"x","` + strings.Repeat("k", 100) + `":1}`,
			want: []fieldErr{{strings.Repeat("k", 40) + "…", policy.ErrorUnknown}}},
		{name: "key of 64 bytes", desc: "64字节的未知键名在路径中截为40字节 / an unknown key of 64 bytes is cut to 40 in the path",
			in:   `{"id":"x","` + strings.Repeat("k", 64) + `":1}`,
			want: []fieldErr{{strings.Repeat("k", 40) + "…", policy.ErrorUnknown}}},
		{name: "long key in Chinese", desc: "超长中文键名在字符边界截短 / a long key in Chinese is cut at a character boundary",
			in:   `{"id":"x","` + strings.Repeat("东", 30) + `":1}`,
			want: []fieldErr{{strings.Repeat("东", 13) + "…", policy.ErrorUnknown}}},
		{name: "long key, dot beyond the cut", desc: "截去部分的点号不影响路径：路径只写所示部分 / a dot past the cut is not shown, so the key is not quoted",
			in:   `{"id":"x","` + strings.Repeat("k", 100) + `.x":1}`,
			want: []fieldErr{{strings.Repeat("k", 40) + "…", policy.ErrorUnknown}}},
		{name: "control key", desc: "含控制字符的未知键在路径中加引号转义 / an unknown key with a control character is quoted, escaped",
			in:   "{\"id\":\"x\",\"a\\nb\":1}",
			want: []fieldErr{{`"a\nb"`, policy.ErrorUnknown}}},
		{name: "dotted key", desc: "含点号的未知键加引号，不冒充路径 / a key with a dot is quoted, never read as a path",
			in:   `{"id":"x","inner.colour":1}`,
			want: []fieldErr{{`"inner.colour"`, policy.ErrorUnknown}}},
		{name: "bidi key", desc: "含双向控制字符的键加引号 / a key with a bidi control is quoted",
			in:   "{\"id\":\"x\",\"ab\u202e\":1}",
			want: []fieldErr{{`"ab\u202e"`, policy.ErrorUnknown}}},
		{name: "map keys", desc: "映射的键不是字段，任何键都可 / a map's keys are not fields: any key goes",
			in: `{"id":"x","counts":{"a":1,"ID":2}}`},
		{name: "map keys read as text", desc: "以文本解码的键：2017-02-29 不存在，其后的键照读 / keys read as text: 2017-02-29 does not exist, the keys after it are read",
			in:   `{"id":"x","by_day":{"2017-02-28":1,"2017-02-29":2,"2017-03-01":3,"2017-02-30":4}}`,
			want: []fieldErr{{"by_day.2017-02-29", policy.ErrorInvalid}, {"by_day.2017-02-30", policy.ErrorInvalid}}},
		{name: "map keys that cannot be", desc: "以数字为键的映射：每个键都报错，照读到底 / a map keyed by a number: each key refused, all read",
			in:   `{"id":"x","by_num":{"1":"a","2":"b"}}`,
			want: []fieldErr{{"by_num.1", policy.ErrorInvalid}, {"by_num.2", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestDuplicateKeys: a key given twice in one object is refused at any
// depth — at the top, in a nested object, in an array element, in a map,
// inside a value skipped as unknown or as a repeat — with its path, and the
// two copies are never merged: the value decoded is the first copy alone.
func TestDuplicateKeys(t *testing.T) {
	tests := []struct {
		name string
		desc string
		in   string
		want []fieldErr
		// got is the value decoded (for the record: a caller gets the error);
		// it holds the first copy, never a merge.
		got doc
	}{
		{name: "top level", desc: "顶层重复键 / a key twice at the top",
			in:   `{"id":"a","id":"b"}`,
			want: []fieldErr{{"id", policy.ErrorDuplicate}},
			got:  doc{ID: "a"}},
		{name: "value then null", desc: `"x":"10000","x":null 不保留任何一份 / "x":"10000","x":null is refused`,
			in:   `{"id":"a","amount":"10000","amount":null}`,
			want: []fieldErr{{"amount", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Amount: decimal.New(10000, 0)}},
		{name: "escaped repeat", desc: "转义写出的同一键 / the same key written with an escape",
			in:   `{"id":"a","\u0069d":"b"}`,
			want: []fieldErr{{"id", policy.ErrorDuplicate}},
			got:  doc{ID: "a"}},
		{name: "arrays not merged", desc: "重复的数组不合并 / a repeated array is not merged",
			in:   `{"id":"a","items":[{"amount":"1"}],"items":[{"amount":"2"},{"amount":"3"}]}`,
			want: []fieldErr{{"items", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Items: []item{{Amount: decimal.New(1, 0)}}}},
		{name: "objects not merged", desc: "重复的对象不合并 / a repeated object is not merged",
			in:   `{"id":"a","inner":{"code":"c"},"inner":{"code":"d","note":"n"}}`,
			want: []fieldErr{{"inner", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Inner: &inner{Code: "c"}}},
		{name: "nested object", desc: "嵌套对象中的重复键 / a key twice in a nested object",
			in:   `{"id":"a","inner":{"code":"c","note":"1","note":"2"}}`,
			want: []fieldErr{{"inner.note", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Inner: &inner{Code: "c", Note: "1"}}},
		{name: "array element", desc: "数组元素中的重复键 / a key twice in an array element",
			in:   `{"id":"a","items":[{"amount":"1"},{"amount":"2","parts":[{},{"amount":"3","amount":"4"}]}]}`,
			want: []fieldErr{{"items[1].parts[1].amount", policy.ErrorDuplicate}},
			got: doc{ID: "a", Items: []item{{Amount: decimal.New(1, 0)},
				{Amount: decimal.New(2, 0), Parts: []part{{}, {Amount: decimal.New(3, 0)}}}}}},
		{name: "map", desc: "映射中的重复键 / a key twice in a map",
			in:   `{"id":"a","counts":{"k":1,"k":2}}`,
			want: []fieldErr{{"counts.k", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Counts: map[string]int{"k": 1}}},
		{name: "inside an unknown value", desc: "未知字段值内部的重复键带完整路径 / a key twice inside an unknown value, with its full path",
			in:   `{"id":"a","extra":{"list":[{"q":1},{"q":1,"q":2}]}}`,
			want: []fieldErr{{"extra.list[1].q", policy.ErrorDuplicate}, {"extra", policy.ErrorUnknown}},
			got:  doc{ID: "a"}},
		{name: "inside a repeat", desc: "重复键的值内部再有重复键 / a key twice inside the value of a repeated key",
			in:   `{"id":"a","inner":{"code":"c"},"inner":{"code":"c","code":"d"}}`,
			want: []fieldErr{{"inner", policy.ErrorDuplicate}, {"inner.code", policy.ErrorDuplicate}},
			got:  doc{ID: "a", Inner: &inner{Code: "c"}}},
		{name: "inside a value of the wrong type", desc: "类型错误的值内部的重复键 / a key twice inside a value of the wrong type",
			in:   `{"id":"a","inner":[{"k":1,"k":2}]}`,
			want: []fieldErr{{"inner[0].k", policy.ErrorDuplicate}, {"inner", policy.ErrorInvalid}},
			got:  doc{ID: "a", Inner: &inner{}}},
		{name: "beyond the limit", desc: "超出上限而跳过的元素中的重复键 / a key twice in an element skipped beyond the limit",
			in:   `{"id":"a","items":[{"amount":"1"},{"amount":"1"},{"amount":"1"},{"amount":"1","amount":"2"}]}`,
			want: []fieldErr{{"items[3].amount", policy.ErrorDuplicate}, {"items", policy.ErrorTooMany}},
			got:  doc{ID: "a", Items: []item{{Amount: decimal.New(1, 0)}, {Amount: decimal.New(1, 0)}, {Amount: decimal.New(1, 0)}}}},
		{name: "many keys", desc: "键多于16个时照样查重 / repeats found among more than 16 keys",
			in: `{"id":"a",` + func() string {
				var b strings.Builder
				for i := range 20 {
					b.WriteString(`"u` + strconv.Itoa(i) + `":0,`)
				}
				return b.String()
			}() + `"u3":0,"u19":0}`,
			want: func() []fieldErr {
				var w []fieldErr
				for i := range 20 {
					w = append(w, fieldErr{"u" + strconv.Itoa(i), policy.ErrorUnknown})
				}
				return append(w, fieldErr{"u3", policy.ErrorDuplicate}, fieldErr{"u19", policy.ErrorDuplicate})
			}(),
			got: doc{ID: "a"}},
		{name: "empty key twice", desc: "空键重复，路径写作 \"\" / the empty key twice, its path written \"\"",
			in:   `{"id":"a","":1,"":2}`,
			want: []fieldErr{{`""`, policy.ErrorUnknown}, {`""`, policy.ErrorDuplicate}},
			got:  doc{ID: "a"}},
		{name: "long key twice", desc: "超长键重复，路径截短 / a long key twice, its path shortened",
			in:   `{"id":"a","` + strings.Repeat("k", 1000) + `":1,"` + strings.Repeat("k", 1000) + `":2}`,
			want: []fieldErr{{strings.Repeat("k", 40) + "…", policy.ErrorUnknown}, {strings.Repeat("k", 40) + "…", policy.ErrorDuplicate}},
			got:  doc{ID: "a"}},
		{name: "same key in two objects", desc: "不同对象中的同名键不算重复 / the same key in two objects is no repeat",
			in:  `{"id":"a","items":[{"id":"i","amount":"1"},{"id":"i","amount":"2"}],"inner":{"code":"id"}}`,
			got: doc{ID: "a", Items: []item{{ID: "i", Amount: decimal.New(1, 0)}, {ID: "i", Amount: decimal.New(2, 0)}}, Inner: &inner{Code: "id"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.got, got); diff != "" {
				t.Errorf("%s: value decoded (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestRequired is section 0's rule that an amount a record must give is
// given: a field tagged required must be present and not null; an optional
// field given as null is left out; an element of an array or a value of a
// map is never null.
func TestRequired(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string
		want   []fieldErr
		got    doc
	}{
		{name: "present", desc: "必填字段已给 / the required field given", clause: "0",
			in: `{"id":"x"}`, got: doc{ID: "x"}},
		{name: "missing", desc: "缺必填字段 / the required field missing", clause: "0",
			in: `{}`, want: []fieldErr{{"id", policy.ErrorRequired}}},
		{name: "null", desc: "必填字段为 null / the required field null", clause: "0",
			in: `{"id":null}`, want: []fieldErr{{"id", policy.ErrorRequired}}},
		{name: "empty string", desc: "空字符串算已给（是否为空由校验判断）/ an empty string is given (validation judges it)", clause: "0",
			in: `{"id":""}`},
		{name: "nested missing", desc: "嵌套对象缺必填字段 / a nested object without its required field", clause: "0",
			in: `{"id":"x","inner":{"note":"n"}}`, want: []fieldErr{{"inner.code", policy.ErrorRequired}},
			got: doc{ID: "x", Inner: &inner{Note: "n"}}},
		{name: "element missing", desc: "数组元素缺必填金额 / an element without its required amount", clause: "0",
			in: `{"id":"x","items":[{"amount":"1"},{"id":"b"}]}`, want: []fieldErr{{"items[1].amount", policy.ErrorRequired}},
			got: doc{ID: "x", Items: []item{{Amount: decimal.New(1, 0)}, {ID: "b"}}}},
		{name: "element null", desc: "数组元素的必填金额为 null / an element's required amount null", clause: "0",
			in: `{"id":"x","items":[{"amount":null}]}`, want: []fieldErr{{"items[0].amount", policy.ErrorRequired}},
			got: doc{ID: "x", Items: []item{{}}}},
		{name: "optional null", desc: "选填字段为 null 视为未给 / optional fields given as null are left out", clause: "0",
			in:  `{"id":"x","name":null,"amount":null,"count":null,"flag":null,"inner":null,"items":null,"tags":null,"day":null,"counts":null}`,
			got: doc{ID: "x"}},
		{name: "null element", desc: "数组中的 null 元素不作零值，报错 / a null element is an error, not the zero element", clause: "0",
			in: `{"id":"x","tags":["a",null]}`, want: []fieldErr{{"tags[1]", policy.ErrorRequired}},
			got: doc{ID: "x", Tags: []string{"a", ""}}},
		{name: "null object element", desc: "null 元素不以零值混过其必填金额 / a null element does not pass its required amount as the zero element", clause: "0",
			in: `{"id":"x","items":[{"amount":"1"},null]}`, want: []fieldErr{{"items[1]", policy.ErrorRequired}},
			got: doc{ID: "x", Items: []item{{Amount: decimal.New(1, 0)}, {}}}},
		{name: "null map value", desc: "映射的 null 值报错，不存入 / a null value of a map is an error, not kept", clause: "0",
			in: `{"id":"x","counts":{"a":1,"b":null}}`, want: []fieldErr{{"counts.b", policy.ErrorRequired}},
			got: doc{ID: "x", Counts: map[string]int{"a": 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if tc.got.ID != "" || tc.want == nil {
				if diff := cmp.Diff(tc.got, got); diff != "" {
					t.Errorf("%s: value decoded (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
}

// TestMax: a slice tagged max:"N" keeps at most N elements. Beyond them it
// reports one too-many error at the slice, whose value is the number of
// elements given, and skips the rest (checked for syntax and repeated keys
// only); the first N are decoded and checked.
func TestMax(t *testing.T) {
	items := func(n int, each string) string {
		return `{"id":"x","items":[` + strings.TrimSuffix(strings.Repeat(each+",", n), ",") + `]}`
	}
	one := item{Amount: decimal.New(1, 0)}
	tests := []struct {
		name      string
		desc      string
		in        string
		want      []fieldErr
		wantValue string // the too-many error's value
		wantItems []item
	}{
		{name: "at the limit", desc: "恰好3个 / exactly the limit", in: items(3, `{"amount":"1"}`),
			wantItems: []item{one, one, one}},
		{name: "one over", desc: "多1个 / one over the limit", in: items(4, `{"amount":"1"}`),
			want: []fieldErr{{"items", policy.ErrorTooMany}}, wantValue: "4", wantItems: []item{one, one, one}},
		{name: "far over", desc: "远超上限只报一次 / far over the limit: one error", in: items(10000, `{"amount":"1"}`),
			want: []fieldErr{{"items", policy.ErrorTooMany}}, wantValue: "10000", wantItems: []item{one, one, one}},
		{name: "errors kept and skipped", desc: "前3个照常检查，其后不再检查 / the first three are checked, the rest are not",
			in:        `{"id":"x","items":[{"amount":"1"},{"amount":"bad"},{},{"amount":"bad"},{}]}`,
			want:      []fieldErr{{"items[1].amount", policy.ErrorInvalid}, {"items[2].amount", policy.ErrorRequired}, {"items", policy.ErrorTooMany}},
			wantValue: "5", wantItems: []item{one, {}, {}}},
		{name: "nested", desc: "嵌套数组的上限 / the limit of a nested array",
			in:        `{"id":"x","items":[{"amount":"1","parts":[{},{},{}]}]}`,
			want:      []fieldErr{{"items[0].parts", policy.ErrorTooMany}},
			wantValue: "3", wantItems: []item{{Amount: decimal.New(1, 0), Parts: []part{{}, {}}}}},
		{name: "no limit", desc: "无 max 标签的数组不限 / a slice without a max tag has no limit",
			in: `{"id":"x","tags":[` + strings.TrimSuffix(strings.Repeat(`"t",`, 1000), ",") + `]}`},
		{name: "empty", desc: "空数组 / an empty array", in: `{"id":"x","items":[]}`, wantItems: []item{}},
		{name: "limit of one", desc: "上限为1的数组给了2个 / two elements for an array bounded at one",
			in: `{"id":"x","notes":["a","b"]}`, want: []fieldErr{{"notes", policy.ErrorTooMany}}, wantValue: "2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			checkTooMany(t, tc.desc, err, tc.wantValue)
			if diff := cmp.Diff(tc.wantItems, got.Items); diff != "" {
				t.Errorf("%s: elements kept (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// checkTooMany checks that every too-many error of err gives the count
// want as its value.
func checkTooMany(t *testing.T, desc string, err error, want string) {
	t.Helper()
	for _, fe := range policy.FieldErrors(err) {
		if fe.Type == policy.ErrorTooMany && fe.Value != want {
			t.Errorf("%s: too-many error value %q, want %q", desc, fe.Value, want)
		}
	}
}

// TestMaxMap: a map's max tag bounds its keys as a slice's bounds its
// elements, counting the keys the map holds before (a parameter set read
// over its base): a new key past the limit is one error, and its value is
// skipped unread; a key the map holds already is replaced.
func TestMaxMap(t *testing.T) {
	tests := []struct {
		name      string
		desc      string
		before    map[string]int // the map before decoding
		in        string
		want      []fieldErr
		wantValue string // the too-many error's value
		wantMap   map[string]int
		one       bool // the map bounded at one, not levels
	}{
		{name: "at the limit", desc: "恰好2个键 / exactly the limit", in: `{"id":"x","levels":{"a":1,"b":2}}`,
			wantMap: map[string]int{"a": 1, "b": 2}},
		{name: "one over", desc: "多1个键 / one key over the limit", in: `{"id":"x","levels":{"a":1,"b":2,"c":3}}`,
			want: []fieldErr{{"levels", policy.ErrorTooMany}}, wantValue: "3", wantMap: map[string]int{"a": 1, "b": 2}},
		{name: "values past the limit unread", desc: "超限键的值不读，不报其错 / the values of keys past the limit are skipped unread",
			in:   `{"id":"x","levels":{"a":1,"b":2,"c":"bad","d":[1]}}`,
			want: []fieldErr{{"levels", policy.ErrorTooMany}}, wantValue: "4", wantMap: map[string]int{"a": 1, "b": 2}},
		{name: "counting the base", desc: "原有键计入上限 / the keys held before count", before: map[string]int{"a": 1},
			in:   `{"id":"x","levels":{"b":2,"c":3}}`,
			want: []fieldErr{{"levels", policy.ErrorTooMany}}, wantValue: "3", wantMap: map[string]int{"a": 1, "b": 2}},
		{name: "limit of one", desc: "上限为1的映射给了2个键 / two keys for a map bounded at one", one: true,
			in:   `{"id":"x","one":{"a":1,"b":2}}`,
			want: []fieldErr{{"one", policy.ErrorTooMany}}, wantValue: "2", wantMap: map[string]int{"a": 1}},
		{name: "replacing at the limit", desc: "已满时改写原有键不算超限 / replacing a key held before at the limit is not over it",
			before: map[string]int{"a": 1, "b": 2}, in: `{"id":"x","levels":{"b":5,"a":6}}`,
			wantMap: map[string]int{"a": 6, "b": 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc{Levels: maps.Clone(tc.before)}
			err := strictjson.Decode([]byte(tc.in), &d)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			checkTooMany(t, tc.desc, err, tc.wantValue)
			got := d.Levels
			if tc.one {
				got = d.One
			}
			if diff := cmp.Diff(tc.wantMap, got); diff != "" {
				t.Errorf("%s: keys kept (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestStrings: a string is valid UTF-8 without control characters, so that
// nothing is silently replaced and two different strings are never read as
// one. Invalid bytes, lone surrogate escapes, escaped control characters
// and DEL are invalid at the field's path; a raw control character is not
// JSON at all. Every other escape, surrogate pairs included, is accepted.
func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		desc string
		in   string // the JSON text of the name field, quotes included
		want []fieldErr
		got  string // the name decoded
	}{
		{name: "plain", desc: "普通字符串 / a plain string", in: `"m1"`, got: "m1"},
		{name: "chinese", desc: "汉字 / Chinese characters", in: `"示例户主"`, got: "示例户主"},
		{name: "escapes", desc: `合法转义 \" \\ \/ / valid escapes`, in: `"a\"b\\c\/d"`, got: `a"b\c/d`},
		{name: "unicode escape", desc: `\u00e9 与 \u6237 / unicode escapes`, in: `"caf\u00e9\u6237"`, got: "café户"},
		{name: "hex digits at their bounds", desc: `十六进制位 0 9 a f A F：\u00a9 \u00Fa \u00Af 即 ©ú¯ / the hex digits 0 9 a f A F: ©ú¯`,
			in: `"\u00a9\u00Fa\u00Af"`, got: "©ú¯"},
		{name: "escaped space", desc: `转义的空格 \u0020 不是控制字符 / an escaped space \u0020 is no control character`, in: `"a\u0020b"`, got: "a b"},
		{name: "surrogate pair", desc: `代理对 \ud83d\ude00 / a surrogate pair`, in: `"\ud83d\ude00"`, got: "😀"},
		{name: "raw 4-byte", desc: "四字节 UTF-8 / a raw four-byte character", in: "\"\U0001F600\"", got: "😀"},
		{name: "raw replacement character", desc: "原样写出的 U+FFFD 是合法字符，不是非法字节 / a raw U+FFFD is a valid character, not an invalid byte",
			in: "\"m\xef\xbf\xbd\"", got: "m\uFFFD"},
		{name: "invalid byte", desc: "非法 UTF-8 字节 / an invalid UTF-8 byte", in: "\"m\xff\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "truncated sequence", desc: "截断的多字节序列 / a truncated multi-byte sequence", in: "\"m\xe6\x88\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "overlong", desc: "超长编码 / an overlong encoding", in: "\"\xc0\xaf\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "encoded surrogate", desc: "UTF-8 编码的代理 / a surrogate encoded in UTF-8", in: "\"\xed\xa0\x80\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "lone continuation byte", desc: "孤立的续字节 0x80（最小的非 ASCII 字节）/ a lone continuation byte 0x80, the least byte that is not ASCII", in: "\"m\x80\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "invalid after an escape", desc: "转义之后的非法字节 / an invalid byte after an escape", in: "\"\\n\xff\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "lone high surrogate", desc: `孤立高代理 \ud800 / a lone high surrogate`, in: `"\ud800"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "lone low surrogate", desc: `孤立低代理 \udc00 / a lone low surrogate`, in: `"m\udc00"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "high then text", desc: "高代理后接普通字符 / a high surrogate followed by text", in: `"\ud800x"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "high then text with a u", desc: `高代理后接 Xudc00 文字，不与之配对 / a high surrogate followed by the text Xudc00, not paired with it`, in: `"\ud800Xudc00"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "high then non-surrogate", desc: "高代理后接非代理转义 / a high surrogate followed by a non-surrogate escape", in: `"\ud800\u0041"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "two highs", desc: "两个高代理 / two high surrogates", in: `"\ud800\ud800"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "escaped NUL", desc: `转义的 NUL \u0000 / an escaped NUL`, in: `"m\u0000"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "escaped newline", desc: `转义的换行 \n / an escaped newline`, in: `"a\nb"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "escaped tab", desc: `转义的制表符 \t / an escaped tab`, in: `"a\tb"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "escaped unit separator", desc: `转义的 \u001f / an escaped U+001F`, in: `"a\u001fb"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "raw DEL", desc: "原样的 DEL / a raw DEL", in: "\"m\x7f\"",
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "escaped DEL", desc: `转义的 DEL \u007f / an escaped DEL`, in: `"m\u007f"`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
		{name: "raw NUL", desc: "原样的 NUL 不是 JSON / a raw NUL is not JSON", in: "\"m\x00\"",
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "raw newline", desc: "原样的换行不是 JSON / a raw newline is not JSON", in: "\"a\nb\"",
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "bad escape", desc: `非法转义 \x / an invalid escape`, in: `"\x41"`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "bad hex", desc: `非法 \u 转义 / an invalid \u escape`, in: `"\u00g0"`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "short hex", desc: `过短的 \u 转义 / a short \u escape`, in: `"\u00`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "unterminated", desc: "未结束的字符串 / an unterminated string", in: `"abc`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "not a string", desc: "数字不是字符串 / a number is not a string", in: `5`,
			want: []fieldErr{{"name", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeDoc(`{"id":"x","name":` + tc.in + `}`)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if err == nil && got.Name != tc.got {
				t.Errorf("%s: name %q, want %q", tc.desc, got.Name, tc.got)
			}
		})
	}
}

// TestStringsEverywhere: the rules for strings hold for every string the
// decoder reads — an array's elements, a map's keys, a text-decoded value —
// and two ids that differ only in their invalid bytes are both refused,
// never read as one.
func TestStringsEverywhere(t *testing.T) {
	tests := []struct {
		name  string
		desc  string
		in    string
		want  []fieldErr
		value string // the first error's value, when the case states it
	}{
		{name: "array element", desc: "数组元素 / an array element", in: `{"id":"x","tags":["a","b\u0000"]}`,
			want: []fieldErr{{"tags[1]", policy.ErrorInvalid}}},
		{name: "map key", desc: "映射的键 / a map key", in: `{"id":"x","counts":{"ok":1,"k\ud800":2,"c\u0001":3}}`,
			want: []fieldErr{{"counts.\"k\uFFFD\"", policy.ErrorInvalid}, {`counts."c\x01"`, policy.ErrorInvalid}}},
		{name: "map key with a high surrogate, then an escape", desc: `键 k\ud800\u0041：高代理成 U+FFFD，其后的 \u0041 仍读作 A / the key k\ud800\u0041: the high surrogate is U+FFFD, and the \u0041 after it is still read, as A`,
			in: `{"id":"x","counts":{"k\ud800\u0041":2}}`, want: []fieldErr{{"counts.\"k\uFFFDA\"", policy.ErrorInvalid}}},
		{name: "map key with a high surrogate, then a pair", desc: `键 k\ud800\ud800\udc00：第一个高代理成 U+FFFD，其后两个转义成对，即 U+10000 / the key k\ud800\ud800\udc00: the first high surrogate is U+FFFD, the two escapes after it a pair, U+10000`,
			in: `{"id":"x","counts":{"k\ud800\ud800\udc00":2}}`, want: []fieldErr{{"counts.\"k\uFFFD\U00010000\"", policy.ErrorInvalid}}},
		{name: "inside a self-decoding value", desc: `自解码值中的坏字符串：报于其路径并引用其值 "a\x01" / a bad string in a self-decoding value: at its path, its value quoted`,
			in: `{"id":"x","grades":[1,"a\u0001"]}`, want: []fieldErr{{"grades[1]", policy.ErrorInvalid}}, value: `"a\x01"`},
		{name: "text value", desc: "以文本解码的值 / a text-decoded value", in: "{\"id\":\"x\",\"day\":\"2017-01-01\xff\"}",
			want: []fieldErr{{"day", policy.ErrorInvalid}}},
		{name: "two ids", desc: `m\xff 与 m\xfe 各自被拒，不会相撞 / m\xff and m\xfe are both refused, never one`,
			in:   "{\"id\":\"m\xff\",\"items\":[{\"id\":\"m\xfe\",\"amount\":\"1\"}]}",
			want: []fieldErr{{"id", policy.ErrorInvalid}, {"items[0].id", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if fes := policy.FieldErrors(err); tc.value != "" && (len(fes) == 0 || fes[0].Value != tc.value) {
				t.Errorf("%s: errors %v, want the first with value %s", tc.desc, err, tc.value)
			}
		})
	}
}

// TestAmounts is section 0's one money syntax: an amount is a JSON string
// matching ^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$ with at most 15 digits (a rate
// tagged places:"4" has up to four places). Anything else is refused at
// the field, with a detail that says what is wrong and the value quoted
// short, never the whole input.
func TestAmounts(t *testing.T) {
	huge := strings.Repeat("9", 1_000_000)
	tests := []struct {
		name       string
		desc       string
		clause     policy.Clause
		field      string // "amount" (two places) or "rate" (four)
		in         string // the JSON value
		want       decimal.Decimal
		wantDetail string // a part of the detail; "" when accepted
	}{
		{name: "zero", desc: `零 "0" / zero`, clause: "0", field: "amount", in: `"0"`, want: decimal.Zero},
		{name: "whole", desc: `整数元 "12" / whole yuan`, clause: "0", field: "amount", in: `"12"`, want: decimal.New(12, 0)},
		{name: "two places", desc: `两位小数 "3622.00" / two places`, clause: "0", field: "amount", in: `"3622.00"`, want: decimal.New(362200, -2)},
		{name: "one place", desc: `一位小数 "0.5" / one place`, clause: "0", field: "amount", in: `"0.5"`, want: decimal.New(5, -1)},
		{name: "zero point", desc: `带小数的零 "0.00" / zero with places`, clause: "0", field: "amount", in: `"0.00"`, want: decimal.Zero},
		{name: "fifteen digits", desc: "15位数字 / fifteen digits", clause: "0", field: "amount",
			in: `"9999999999999.99"`, want: decimal.New(999999999999999, -2)},
		{name: "escaped digits", desc: "转义写出的数字照样是字符串 / digits written with escapes are still the string", clause: "0", field: "amount",
			in: `"1\u002e5"`, want: decimal.New(15, -1)},
		{name: "element two places", desc: `数组元素的金额默认两位小数 "1.25" / an amount in an array has two places by default`, clause: "0", field: "shares",
			in: `["1.25"]`, want: decimal.New(125, -2)},
		{name: "map value two places", desc: `映射值的金额默认两位小数 "1.25" / an amount as a map's value has two places by default`, clause: "0", field: "prices",
			in: `{"k":"1.25"}`, want: decimal.New(125, -2)},
		{name: "rate four places", desc: `费率四位小数 "0.0125" / a rate of four places`, clause: "0", field: "rate",
			in: `"0.0125"`, want: decimal.New(125, -4)},
		{name: "JSON number", desc: "JSON 数字：须写成字符串 / a JSON number", clause: "0", field: "amount",
			in: `12`, wantDetail: "is a JSON number"},
		{name: "JSON zero", desc: "JSON 数字 0 / the JSON number 0", clause: "0", field: "amount",
			in: `0`, wantDetail: "is a JSON number"},
		{name: "JSON nine", desc: "JSON 数字 9 / the JSON number 9", clause: "0", field: "amount",
			in: `9`, wantDetail: "is a JSON number"},
		{name: "JSON negative number", desc: "JSON 负数 / a negative JSON number", clause: "0", field: "amount",
			in: `-1`, wantDetail: "is a JSON number"},
		{name: "JSON huge number", desc: "JSON 数字 1e9999 / a JSON number 1e9999", clause: "0", field: "amount",
			in: `1e9999`, wantDetail: "is a JSON number"},
		{name: "bool", desc: "布尔值 / a bool", clause: "0", field: "amount", in: `true`, wantDetail: "is not an amount"},
		{name: "object", desc: "对象 / an object", clause: "0", field: "amount", in: `{"v":"1"}`, wantDetail: "is not an amount"},
		{name: "trailing point", desc: `"5." 小数点后无数字 / "5." with no digits after the point`, clause: "0", field: "amount",
			in: `"5."`, wantDetail: "no sign and no leading zero"},
		{name: "leading point", desc: `".5" 小数点前无数字 / ".5" with no digit before the point`, clause: "0", field: "amount",
			in: `".5"`, wantDetail: "no sign and no leading zero"},
		{name: "plus sign", desc: `"+3" 正号 / "+3" with a sign`, clause: "0", field: "amount",
			in: `"+3"`, wantDetail: "no sign and no leading zero"},
		{name: "negative", desc: `"-1.00" 负数 / "-1.00" is negative`, clause: "0", field: "amount",
			in: `"-1.00"`, wantDetail: "is negative"},
		{name: "leading zeros", desc: `"00012" 前导零 / "00012" with leading zeros`, clause: "0", field: "amount",
			in: `"00012"`, wantDetail: "no sign and no leading zero"},
		{name: "small exponent", desc: `"3e-2" 指数 / "3e-2" with an exponent`, clause: "0", field: "amount",
			in: `"3e-2"`, wantDetail: "with an exponent"},
		{name: "large exponent", desc: `"1e13" 指数 / "1e13" with an exponent`, clause: "0", field: "amount",
			in: `"1e13"`, wantDetail: "with an exponent"},
		{name: "capital exponent", desc: `"1E+3" 指数 / "1E+3" with an exponent`, clause: "0", field: "amount",
			in: `"1E+3"`, wantDetail: "with an exponent"},
		{name: "three places", desc: `"1.005" 三位小数 / "1.005" with three places`, clause: "0", field: "amount",
			in: `"1.005"`, wantDetail: "more than two decimal places"},
		{name: "rate five places", desc: `费率五位小数 "0.12345" / a rate of five places`, clause: "0", field: "rate",
			in: `"0.12345"`, wantDetail: "more than four decimal places"},
		{name: "sixteen digits", desc: "16位数字 / sixteen digits", clause: "0", field: "amount",
			in: `"1234567890123456"`, wantDetail: "more than 15 digits"},
		{name: "seventeen digits", desc: "17位数字 / seventeen digits", clause: "0", field: "amount",
			in: `"12345678901234567"`, wantDetail: "more than 15 digits"},
		{name: "sixteen digits with places", desc: "含小数共16位 / sixteen digits with places", clause: "0", field: "amount",
			in: `"12345678901234.56"`, wantDetail: "more than 15 digits"},
		{name: "a million digits", desc: "10^6 位数字：拒绝且不回显全文 / a million digits: refused, not echoed", clause: "0", field: "amount",
			in: `"` + huge + `"`, wantDetail: "more than 15 digits"},
		{name: "a letter at byte 62", desc: "61个9、x、再3个9：错误只读前64字节，其中已有 x，不说位数过多 / 61 nines, x, 3 nines: the detail reads 64 bytes, x among them: not \"more than 15 digits\"",
			clause: "0", field: "amount", in: `"` + strings.Repeat("9", 61) + `x999"`, wantDetail: "is not an amount"},
		{name: "a character across byte 64", desc: "63个9再接 é：在字符边界截为63个9，说位数过多 / 63 nines and é: cut at the character's start, 63 nines: more than 15 digits",
			clause: "0", field: "amount", in: `"` + strings.Repeat("9", 63) + `é9"`, wantDetail: "more than 15 digits"},
		{name: "a letter before stray bytes", desc: "59个9、x、再5个续字节：截在第60字节，x 在内，不说位数过多 / 59 nines, x, 5 continuation bytes: cut at byte 60, x kept: not \"more than 15 digits\"",
			clause: "0", field: "amount", in: `"` + strings.Repeat("9", 59) + "x\x80\x80\x80\x80\x80\"", wantDetail: "is not an amount"},
		{name: "empty", desc: "空字符串 / an empty string", clause: "0", field: "amount", in: `""`, wantDetail: "is not an amount"},
		{name: "spaces", desc: `" 12" 含空格 / " 12" with a space`, clause: "0", field: "amount", in: `" 12"`, wantDetail: "is not an amount"},
		{name: "comma", desc: `"1,000" 千分位 / "1,000" with a separator`, clause: "0", field: "amount", in: `"1,000"`, wantDetail: "is not an amount"},
		{name: "full-width", desc: `"１２" 全角数字 / full-width digits`, clause: "0", field: "amount", in: `"１２"`, wantDetail: "full-width digits"},
		{name: "full-width with a point", desc: `"１２００．００" 全角数字与小数点：不说位数过多 / full-width digits and point: not "more than 15 digits"`,
			clause: "0", field: "amount", in: `"１２００．００"`, wantDetail: "full-width digits or point"},
		{name: "full-width digits, ASCII point", desc: `"１２００.００" 全角数字 / full-width digits with an ASCII point`,
			clause: "0", field: "amount", in: `"１２００.００"`, wantDetail: "full-width digits or point"},
		{name: "a long word", desc: `"twelve hundred yuan" 文字：不说位数过多 / a long word: not "more than 15 digits"`,
			clause: "0", field: "amount", in: `"twelve hundred yuan"`, wantDetail: "is not an amount"},
		{name: "a word with an e", desc: `"free" 文字：不说指数 / a word with an e: not "an exponent"`,
			clause: "0", field: "amount", in: `"free"`, wantDetail: "is not an amount"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"id":"x","` + tc.field + `":` + tc.in + `}`
			got, err := decodeDoc(in)
			if tc.wantDetail == "" {
				if err != nil {
					t.Fatalf("%s: %s refused: %v", tc.desc, tc.in, err)
				}
				v := got.Amount
				switch tc.field {
				case "rate":
					v = got.Rate
				case "shares":
					v = got.Shares[0]
				case "prices":
					v = got.Prices["k"]
				}
				if !v.Equal(tc.want) {
					t.Errorf("%s: %s decodes to %s, want %s", tc.desc, tc.in, v, tc.want)
				}
				return
			}
			if diff := cmp.Diff([]fieldErr{{tc.field, policy.ErrorInvalid}}, fieldErrs(t, err)); diff != "" {
				t.Fatalf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			fe := policy.FieldErrors(err)[0]
			if !strings.Contains(fe.Detail, tc.wantDetail) {
				t.Errorf("%s: detail %q, want it to say %q", tc.desc, fe.Detail, tc.wantDetail)
			}
			if len(fe.Value) > 50 || len(err.Error()) > 300 {
				t.Errorf("%s: value of %d bytes, error of %d bytes: not shortened", tc.desc, len(fe.Value), len(err.Error()))
			}
		})
	}
}

// TestNumbersAndBools: a whole number is a JSON number without a fraction
// or exponent that fits its Go type; a bool is true or false.
func TestNumbersAndBools(t *testing.T) {
	tests := []struct {
		name string
		desc string
		in   string // members after "id"
		want []fieldErr
		got  doc
	}{
		{name: "whole", desc: "整数 / a whole number", in: `"count":42,"small":-7`, got: doc{ID: "x", Count: 42, Small: -7}},
		{name: "zero", desc: "零与负零 / zero and minus zero", in: `"count":0,"small":-0`, got: doc{ID: "x"}},
		{name: "nine", desc: "以9开头的整数 / a whole number that starts with 9", in: `"count":9`, got: doc{ID: "x", Count: 9}},
		{name: "fraction", desc: "小数 / a fraction", in: `"count":1.5`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "exponent", desc: "指数 / an exponent", in: `"count":1e2`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "signed exponent", desc: "带符号的指数 1e+2 是 JSON 数字，但不是整数写法 / 1e+2 is a JSON number, not a whole one as written", in: `"count":1e+2`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "number skipped", desc: "未知字段中的 -1.5E-3 照常跳过 / -1.5E-3 in an unknown field is skipped", in: `"extra":-1.5E-3`, want: []fieldErr{{"extra", policy.ErrorUnknown}}},
		{name: "huge", desc: "超出 int64 / beyond int64", in: `"count":99999999999999999999`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "overflow int8", desc: "超出 int8 / beyond int8", in: `"small":300`, want: []fieldErr{{"small", policy.ErrorInvalid}}},
		{name: "string", desc: "字符串数字 / a number as a string", in: `"count":"5"`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "bool for number", desc: "布尔值 / a bool", in: `"count":true`, want: []fieldErr{{"count", policy.ErrorInvalid}}},
		{name: "true", desc: "真 / true", in: `"flag":true`, got: doc{ID: "x", Flag: true}},
		{name: "false", desc: "假 / false", in: `"flag":false`, got: doc{ID: "x"}},
		{name: "bool as string", desc: `"true" 字符串 / "true" as a string`, in: `"flag":"true"`, want: []fieldErr{{"flag", policy.ErrorInvalid}}},
		{name: "bool as number", desc: "数字1 / the number 1", in: `"flag":1`, want: []fieldErr{{"flag", policy.ErrorInvalid}}},
		{name: "misspelt literal", desc: "拼错的 tru / a misspelt literal", in: `"flag":tru`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "misspelt literal of four letters", desc: "拼错的 ture，与 true 等长 / ture, misspelt at the length of true", in: `"flag":ture`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "leading zero", desc: "前导零不是 JSON / a leading zero is not JSON", in: `"count":012`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "lone minus", desc: "只有负号不是 JSON / a minus sign alone is not JSON", in: `"count":-`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "no digits after the point", desc: "1. 小数点后无数字不是 JSON / 1. with no digit after the point is not JSON", in: `"count":1.`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "no exponent digits", desc: "1e 指数无数字不是 JSON / 1e with no exponent digits is not JSON", in: `"count":1e`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "signed exponent without digits", desc: "1e+ 指数无数字不是 JSON / 1e+ with no exponent digits is not JSON", in: `"count":1e+`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "malformed number skipped", desc: "未知字段中的 1. 也不是 JSON / 1. in an unknown field is not JSON either", in: `"extra":1.`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "self-decoding", desc: "自解码的值 / a self-decoding value", in: `"grade":3`, got: doc{ID: "x", Grade: 3}},
		{name: "self-decoding field error", desc: "自解码值的字段错误保留类型与相对路径 / its field error keeps type and relative path",
			in: `"grade":7`, want: []fieldErr{{"grade.level", policy.ErrorInvalid}}},
		{name: "self-decoding other error", desc: "自解码值的其他错误为 invalid / another error of it is invalid",
			in: `"grade":"x"`, want: []fieldErr{{"grade", policy.ErrorInvalid}}},
		{name: "self-decoding repeated key", desc: "自解码值先查重复键 / a self-decoding value is checked for repeated keys first",
			in: `"grade":{"a":1,"a":2}`, want: []fieldErr{{"grade.a", policy.ErrorDuplicate}, {"grade", policy.ErrorInvalid}}},
		{name: "text value", desc: "以文本解码的日期 / a text-decoded date", in: `"day":"2017-02-28"`,
			got: doc{ID: "x", Day: household.NewDate(2017, 2, 28)}},
		{name: "text value refused", desc: "不存在的日期 / a date that does not exist", in: `"day":"2017-02-29"`,
			want: []fieldErr{{"day", policy.ErrorInvalid}}},
		{name: "text value not a string", desc: "日期写成数字 / a date as a number", in: `"day":20170228`,
			want: []fieldErr{{"day", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeDoc(`{"id":"x",` + tc.in + `}`)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if tc.want == nil {
				if diff := cmp.Diff(tc.got, got); diff != "" {
					t.Errorf("%s: value decoded (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
}

// TestInputLimits: the input is one JSON value of at most MaxBytes, nested
// at most MaxDepth levels, with nothing after it; each of these is one
// error at "(input)", and a syntax error replaces any field errors found
// before it.
func TestInputLimits(t *testing.T) {
	nest := func(levels int) string { // levels of arrays inside an unknown field of the top object
		return `{"id":"x","deep":` + strings.Repeat("[", levels) + strings.Repeat("]", levels) + `}`
	}
	pad := func(size int) string { // a doc of exactly size bytes
		const head, tail = `{"id":"x","name":"`, `"}`
		return head + strings.Repeat("a", size-len(head)-len(tail)) + tail
	}
	tests := []struct {
		name      string
		desc      string
		in        string
		want      []fieldErr
		wantValue string // the first error's value, when it says a size
		wantText  string // a part of the error's message, when it says what the bytes are
	}{
		{name: "at the depth limit", desc: "恰好32层 / exactly 32 levels", in: nest(strictjson.MaxDepth - 1),
			want: []fieldErr{{"deep", policy.ErrorUnknown}}},
		{name: "over the depth limit", desc: "33层 / 33 levels", in: nest(strictjson.MaxDepth),
			want: []fieldErr{{"(input)", policy.ErrorTooMany}}, wantValue: "33"},
		{name: "far over the depth limit", desc: "10万层只数到33 / 100,000 levels, counted to 33", in: strings.Repeat("[", 100_000),
			want: []fieldErr{{"(input)", policy.ErrorTooMany}}, wantValue: "33"},
		{name: "deep objects", desc: "深层对象 / deep objects", in: strings.Repeat(`{"x":`, 100),
			want: []fieldErr{{"(input)", policy.ErrorTooMany}}, wantValue: "33"},
		{name: "at the size limit", desc: "恰好 4 MiB / exactly 4 MiB", in: pad(strictjson.MaxBytes)},
		{name: "over the size limit", desc: "超过 4 MiB 一字节 / one byte over 4 MiB", in: pad(strictjson.MaxBytes + 1),
			want: []fieldErr{{"(input)", policy.ErrorTooLong}}, wantValue: strconv.Itoa(strictjson.MaxBytes + 1)},
		{name: "trailing value", desc: "记录后还有值 / another value after the record", in: `{"id":"x"} {}`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "trailing word", desc: "记录后有文字 / text after the record", in: `{"id":"x"}x`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "trailing NUL", desc: "记录后的 NUL 字节 / a NUL byte after the record", in: "{\"id\":\"x\"}\x00",
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "trailing space", desc: "记录后的空白可以 / white space after the record is fine", in: "{\"id\":\"x\"} \n\t\r"},
		{name: "empty", desc: "空输入 / empty input", in: ``, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "only space", desc: "只有空白 / only white space", in: " \n", want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "NUL", desc: "只有 NUL / a NUL byte", in: "\x00", want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "truncated", desc: "截断的记录 / a truncated record", in: `{"id":`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "truncated literal", desc: "在 tru 处截断：偏移17处的字面量不全 / cut off at tru: the literal at offset 17 is short",
			in: `{"id":"x","flag":tru`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 17", wantText: "expected true"},
		{name: "truncated in an exponent", desc: "在 1e 处截断：偏移20处缺指数 / cut off at 1e: the exponent at offset 20 is missing",
			in: `{"id":"x","count":1e`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 20", wantText: "a number with no exponent digits"},
		{name: "truncated after a literal", desc: "true 之后截断：true 完整，偏移21处缺 } / cut off after true: true is whole, the } at offset 21 is missing",
			in: `{"id":"x","flag":true`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 21", wantText: "expected ',' or '}'"},
		{name: "escape at the end", desc: "输入止于偏移19处的反斜杠 / the input ends at a backslash, at offset 19",
			in: `{"id":"x","name":"a\`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 19", wantText: "an unterminated escape"},
		{name: "high surrogate at the end", desc: `输入止于 \ud800：字符串在偏移24处未结束 / the input ends at \ud800: the string is unterminated at offset 24`,
			in: `{"id":"x","name":"\ud800`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 24", wantText: "an unterminated string"},
		{name: "high surrogate and a backslash at the end", desc: `输入止于 \ud800\：偏移24处的转义未结束 / the input ends at \ud800\: the escape at offset 24 is unterminated`,
			in: `{"id":"x","name":"\ud800\`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 24", wantText: "an unterminated escape"},
		{name: "trailing comma", desc: "对象末尾逗号 / a comma before '}'", in: `{"id":"x",}`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "array trailing comma", desc: "数组末尾逗号 / a comma before ']'", in: `{"id":"x","tags":["a",]}`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "missing colon", desc: "缺冒号 / a missing colon", in: `{"id" "x"}`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "single quotes", desc: "单引号不是 JSON / single quotes are not JSON", in: `{'id':'x'}`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "syntax after field errors", desc: "语法错误取代之前的字段错误 / a syntax error replaces earlier field errors",
			in: `{"ID":"x","count":"5",`, want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "byte-order mark", desc: "开头的字节顺序标记不是 JSON / a byte-order mark at the start is not JSON",
			in: "\xef\xbb\xbf{\"id\":\"x\"}", want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 0",
			wantText: "a byte-order mark (U+FEFF) comes before the value"},
		{name: "byte-order mark after space", desc: "空白后的字节顺序标记 / a byte-order mark after white space",
			in: " \xef\xbb\xbf{\"id\":\"x\"}", want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "offset 1",
			wantText: "a byte-order mark (U+FEFF) comes before the value"},
		{name: "not an object", desc: "顶层不是对象 / the top is not an object", in: `[1]`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
		{name: "null at the top", desc: "顶层为 null：不当作空对象读 / null at the top is not read as an empty object", in: ` null `,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}, wantValue: "null", wantText: "(input): null is not an object"},
		{name: "null misspelt at the top", desc: "顶层 nul 不是 JSON / nul at the top is not JSON", in: `nul`,
			want: []fieldErr{{"(input)", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if tc.wantValue != "" {
				if fes := policy.FieldErrors(err); len(fes) == 0 || fes[0].Value != tc.wantValue {
					t.Errorf("%s: errors %v, want the value %s", tc.desc, err, tc.wantValue)
				}
			}
			if tc.wantText != "" && (err == nil || !strings.Contains(err.Error(), tc.wantText)) {
				t.Errorf("%s: error %v, want it to say %q", tc.desc, err, tc.wantText)
			}
			if err != nil && len(err.Error()) > 300 {
				t.Errorf("%s: an error of %d bytes", tc.desc, len(err.Error()))
			}
		})
	}
}

// TestErrorCap: at most MaxErrors errors are reported, then one too-many
// error at "(input)" whose value is the number left out and whose detail
// says "and N more".
func TestErrorCap(t *testing.T) {
	unknown := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"id":"x"`)
		for i := range n {
			b.WriteString(`,"u` + strconv.Itoa(i) + `":0`)
		}
		return b.String() + "}"
	}
	tests := []struct {
		name     string
		desc     string
		in       string
		wantMore string // the count of errors left out; "" for none
	}{
		{name: "under the cap", desc: "99个错误 / 99 errors", in: unknown(99)},
		{name: "at the cap", desc: "恰好100个错误 / exactly 100 errors", in: unknown(strictjson.MaxErrors)},
		{name: "one over", desc: "101个错误：另有1个 / 101 errors: and 1 more", in: unknown(strictjson.MaxErrors + 1), wantMore: "1"},
		{name: "far over", desc: "5000个错误：另有4900个 / 5,000 errors: and 4,900 more", in: unknown(5000), wantMore: "4900"},
		{name: "a bad string counted past the cap", desc: "99个未知字段后，自解码值中的坏字符串在其重复键之后才报：第101个，只计数 / after 99 unknown fields, a bad string in a self-decoding value is reported after its repeated key: the 101st, counted only",
			in: unknown(99)[:len(unknown(99))-1] + `,"grade":{"a":"\u0001","k":1,"k":2}}`, wantMore: "1"},
		{name: "repeated keys", desc: "重复键也计入上限 / repeated keys count too",
			in: `{"id":"x"` + strings.Repeat(`,"id":"x"`, 150) + `}`, wantMore: "50"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			fes := policy.FieldErrors(err)
			wantN := min(strings.Count(tc.in, ":")-1, strictjson.MaxErrors)
			if tc.wantMore != "" {
				wantN++
			}
			if len(fes) != wantN {
				t.Fatalf("%s: %d errors, want %d", tc.desc, len(fes), wantN)
			}
			last := fes[len(fes)-1]
			if tc.wantMore == "" {
				if last.Path == "(input)" {
					t.Errorf("%s: a count of errors left out, none expected: %v", tc.desc, last)
				}
				return
			}
			if last.Type != policy.ErrorTooMany || last.Path != "(input)" || last.Value != "and "+tc.wantMore+" more" ||
				!strings.Contains(last.Detail, "not shown") {
				t.Errorf("%s: last error %#v, want a too-many error at (input) saying and %s more", tc.desc, last, tc.wantMore)
			}
		})
	}
}

// TestHouseholdPaths: decoding a household record directly, every error
// names its path with indexes, type errors included.
func TestHouseholdPaths(t *testing.T) {
	const m0 = `{"id":"m0","birth_date":"1960-01-01"}`
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string
		want   []fieldErr
	}{
		{name: "amount in the third member", desc: "第3名成员第1项收入的金额 / the amount of the third member's first income", clause: "0",
			in:   `{"id":"H","township":"T","members":[` + m0 + `,` + m0 + `,{"id":"m2","incomes":[{"category":"wages","amount":"5."}]}]}`,
			want: []fieldErr{{"members[2].incomes[0].amount", policy.ErrorInvalid}}},
		{name: "id of the wrong type", desc: "成员编号为数字：路径带下标 / a member id as a number: the path has the index", clause: "0",
			in:   `{"id":"H","township":"T","members":[` + m0 + `,{"id":5}]}`,
			want: []fieldErr{{"members[1].id", policy.ErrorInvalid}}},
		{name: "enum", desc: "未知的类别 / an unknown category", clause: "0",
			in:   `{"id":"H","township":"T","members":[{"id":"m","incomes":[{"category":"lottery","amount":"1"}]}]}`,
			want: []fieldErr{{"members[0].incomes[0].category", policy.ErrorNotSupported}}},
		{name: "claim amount missing", desc: "住院记录缺必填金额 / a claim without its required amounts", clause: "2.3.4",
			in:   `{"id":"H","township":"T","members":[{"id":"m","claims":[{"id":"c","total_cost":"1","ncms":"0"}]}]}`,
			want: []fieldErr{{"members[0].claims[0].compliant_cost", policy.ErrorRequired}}},
		{name: "repeated claims", desc: "重复的 claims 数组 / a repeated claims array", clause: "2.3.4",
			in:   `{"id":"H","township":"T","members":[{"id":"m","claims":[],"claims":[]}]}`,
			want: []fieldErr{{"members[0].claims", policy.ErrorDuplicate}}},
		{name: "repeated members", desc: "重复的 members 数组 / a repeated members array", clause: "0",
			in:   `{"id":"H","township":"T","members":[` + m0 + `],"members":[` + m0 + `]}`,
			want: []fieldErr{{"members", policy.ErrorDuplicate}}},
		{name: "too many members", desc: "成员超过50人 / more than 50 members", clause: "0",
			in:   `{"id":"H","township":"T","members":[` + strings.TrimSuffix(strings.Repeat(m0+",", 51), ",") + `]}`,
			want: []fieldErr{{"members", policy.ErrorTooMany}}},
		{name: "hardship date", desc: "困难事件的日期不存在 / a hardship date that does not exist", clause: "2.4.1",
			in:   `{"id":"H","township":"T","members":[` + m0 + `],"hardships":[{"id":"e","type":"fire","date":"2017-13-01","cost":"1"}]}`,
			want: []fieldErr{{"hardships[0].date", policy.ErrorInvalid}}},
		{name: "payment", desc: "现发放金额为数字 / a payment's amount as a JSON number", clause: "0",
			in:   `{"id":"H","township":"T","members":[` + m0 + `],"current":{"payments":[{"programme":"tekun","item":"base","monthly":300}]}}`,
			want: []fieldErr{{"current.payments[0].monthly", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var h plainHousehold
			err := strictjson.Decode([]byte(tc.in), &h)
			if diff := cmp.Diff(tc.want, fieldErrs(t, err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestMessages: no error names a Go type or an internal of the decoder:
// the people who read them wrote JSON, not Go.
func TestMessages(t *testing.T) {
	inputs := []string{
		`[1]`, `"x"`, `5`, `true`,
		`{"id":5}`, `{"id":"H","members":{"id":"m"}}`, `{"id":"H","members":"x"}`, `{"id":"H","members":[5]}`,
		`{"id":"H","members":[{"birth_date":5,"relation":7,"able_to_work":"yes","disability":{"grade":"1"}}]}`,
		`{"id":"H","members":[{"incomes":[{"amount":1e9999}]}]}`,
		`{"id":"H","members":[{"incomes":[{"amount":"1e9999"}]}]}`,
		`{"id":"H","members":[{"incomes":[{"amount":{"v":1}}]}]}`,
		`{"id":"H","members":[{"claims":[{"total_cost":true}]}]}`,
		`{"id":"H","assets":{"deposits":"-1","vehicles":1.5}}`,
		`{"id":"H","current":{"payments":[{"programme":"x","monthly":"1.001"}]}}`,
		`{"id":"H","hardships":[{"type":"x","date":"x","cost":null}]}`,
		`{"id":"H","members":[{"tekun":{"months":"3","home_class":4}}]}`,
	}
	for i, in := range inputs {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			for _, v := range []any{new(plainHousehold), new(doc)} {
				err := strictjson.Decode([]byte(in), v)
				if err == nil {
					t.Fatalf("%s: no error", in)
				}
				for _, word := range []string{"household.", "decimal.", "strictjson", "reflect", "[]", "Go ", "%!"} {
					if strings.Contains(err.Error(), word) {
						t.Errorf("%s: error mentions %q:\n%v", in, word, err)
					}
				}
			}
		})
	}
}

// TestSamples: every sample household decodes with no error.
func TestSamples(t *testing.T) {
	for _, name := range samples.Names() {
		t.Run(name, func(t *testing.T) {
			b, err := samples.Raw(name)
			if err != nil {
				t.Fatal(err)
			}
			var h plainHousehold
			if err := strictjson.Decode(b, &h); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
}

// TestDecodeAllocs: decoding a sound record allocates for what it keeps
// (its strings, slices and decimals), fewer than once per five bytes of
// input for every sample.
func TestDecodeAllocs(t *testing.T) {
	for _, name := range samples.Names() {
		b, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		n := testing.AllocsPerRun(10, func() {
			var h plainHousehold
			_ = strictjson.Decode(b, &h)
		})
		if n > float64(len(b)/5) {
			t.Errorf("%s: decoding %d bytes allocates %v times, want at most %d", name, len(b), n, len(b)/5)
		}
	}
}

// TestDecodeNoCopy: decoding reads the input where it lies: a sample
// followed by 1 MiB of white space allocates as the sample alone does,
// give or take a few KiB, never a copy of the input.
func TestDecodeNoCopy(t *testing.T) {
	b, err := samples.Raw(samples.Names()[0])
	if err != nil {
		t.Fatal(err)
	}
	padded := append(slices.Clip(b), bytes.Repeat([]byte(" "), 1<<20)...)
	allocated := func(data []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range 10 {
			var h plainHousehold
			_ = strictjson.Decode(data, &h)
		}
		runtime.ReadMemStats(&after)
		return (after.TotalAlloc - before.TotalAlloc) / 10
	}
	if alone, more := allocated(b), allocated(padded); more > alone+4<<10 {
		t.Errorf("decoding %d bytes allocates %d bytes, %d more than the %d bytes without the white space", len(padded), more, more-alone, alone)
	}
}

// BenchmarkDecode decodes the first sample household.
func BenchmarkDecode(b *testing.B) {
	data, err := samples.Raw(samples.Names()[0])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var h plainHousehold
		if err := strictjson.Decode(data, &h); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeRepeatedKeys decodes 1 MiB of one key repeated: the
// errors stop at the cap, the cost stays linear.
func BenchmarkDecodeRepeatedKeys(b *testing.B) {
	data := []byte(`{"id":"x"` + strings.Repeat(`,"id":"x"`, (1<<20)/9) + `}`)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var d doc
		if err := strictjson.Decode(data, &d); err == nil {
			b.Fatal("no error")
		}
	}
}

// TestMismatchValue: a value of the wrong JSON type is quoted when it is a
// scalar, and named by its kind when it is an object or an array, which may
// hold a whole sub-record: an error never carries the personal data of a
// record beyond the one bad value.
func TestMismatchValue(t *testing.T) {
	tests := []struct {
		name, desc, in string
		want           string // the error's value
	}{
		{name: "object for a string", desc: "字符串处给了对象：只写种类 / an object for a string: its kind only",
			in: `{"id":{"name":"示例甲","birth_date":"1960-01-01"}}`, want: "(an object)"},
		{name: "array for a string", desc: "字符串处给了数组：只写种类 / an array for a string: its kind only",
			in: `{"id":["示例甲"]}`, want: "(an array)"},
		{name: "number for a string", desc: "字符串处给了数字：引用其值 / a number for a string: the value quoted",
			in: `{"id":12}`, want: "12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			fes := policy.FieldErrors(err)
			if len(fes) == 0 || fes[0].Value != tc.want {
				t.Errorf("%s: errors %v, want the first with value %s", tc.desc, err, tc.want)
			}
		})
	}
}

// TestSelfDecodingErrorValue: the error of a self-decoding value keeps the
// value its decoder gave; when it gave none, the value is the raw JSON,
// quoted, unless the error says a key is missing or unknown, which no
// value of the record shows.
func TestSelfDecodingErrorValue(t *testing.T) {
	type rec struct {
		Grade grade                         `json:"grade"`
		P     policy.Param[decimal.Decimal] `json:"p"`
	}
	tests := []struct {
		name, desc, in string
		want           fieldErr
		value          string // the error's value
	}{
		{name: "no value given", desc: "自解码值未给出错误值：引用原文 7 / the value's decoder gives none: the raw 7, quoted",
			in: `{"grade":7}`, want: fieldErr{"grade.level", policy.ErrorInvalid}, value: `"7"`},
		{name: "value given", desc: "自解码值给出的错误值保留 / the value its decoder gives is kept",
			in: `{"p":{"provenance":"bogus","value":"1"}}`, want: fieldErr{"p.provenance", policy.ErrorNotSupported}, value: `"bogus"`},
		{name: "missing key", desc: "缺少的键没有值 / a missing key has no value",
			in: `{"p":{"value":"1"}}`, want: fieldErr{"p.provenance", policy.ErrorRequired}},
		{name: "unknown key", desc: "未知的键没有值 / an unknown key has no value",
			in: `{"p":{"provenance":"law","value":"1","x":1}}`, want: fieldErr{"p.x", policy.ErrorUnknown}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rec
			err := strictjson.Decode([]byte(tc.in), &r)
			if diff := cmp.Diff([]fieldErr{tc.want}, fieldErrs(t, err)); diff != "" {
				t.Fatalf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if got := policy.FieldErrors(err)[0].Value; got != tc.value {
				t.Errorf("%s: value %q, want %q", tc.desc, got, tc.value)
			}
		})
	}
}

// TestPersonal: an error about a personal field (`personal:"true"`, a
// member's name) gives the value's length, never its text, whatever is
// wrong with it; a field beside it is quoted as before.
func TestPersonal(t *testing.T) {
	tests := []struct {
		name, desc, in string
		want           string // the error's value
	}{
		{name: "control character", desc: "姓名含控制字符：只报长度 / a name with a control character: its length only",
			in: `{"id":"a","name":"示例\n340000"}`, want: "(13 bytes, not quoted: personal data)"},
		{name: "invalid UTF-8", desc: "姓名非UTF-8：只报长度 / a name of invalid UTF-8: its length only",
			in: "{\"id\":\"a\",\"name\":\"\xff示例\"}", want: "(7 bytes, not quoted: personal data)"},
		{name: "lone surrogate", desc: "姓名含孤立代理项：只报长度 / a name with a lone surrogate: its length only",
			in: `{"id":"a","name":"\ud800示例"}`, want: "(9 bytes, not quoted: personal data)"},
		{name: "lone low surrogate before an escape", desc: "孤立低代理项后的转义照读：3+1+6=10字节 / the escape after a lone low surrogate is read: 3+1+6 = 10 bytes",
			in: `{"id":"a","name":"\udc00\u0041示例"}`, want: "(10 bytes, not quoted: personal data)"},
		{name: "high surrogate before an escape", desc: "高代理项后接非低代理转义：该转义照读，3+1+6=10字节 / a high surrogate before an escape that is no low surrogate: that escape is read, 3+1+6 = 10 bytes",
			in: `{"id":"a","name":"\ud800\u0041示例"}`, want: "(10 bytes, not quoted: personal data)"},
		{name: "number", desc: "姓名处给了数字（编造的 18 位数）：只报长度 / a number for a name (an invented 18-digit one): its length only",
			in: `{"id":"a","name":111111111111111111}`, want: "(18 bytes, not quoted: personal data)"},
		{name: "object", desc: "姓名处给了对象：只写种类 / an object for a name: its kind only",
			in: `{"id":"a","name":{"x":"示例"}}`, want: "(an object)"},
		{name: "beside it", desc: "相邻字段照常引用 / the field after it is quoted as usual",
			in: `{"name":"示例","id":"a\u0001"}`, want: `"a\x01"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeDoc(tc.in)
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Value != tc.want {
				t.Fatalf("%s: errors %v, want one with value %s", tc.desc, err, tc.want)
			}
			if strings.Contains(err.Error(), "示例") || strings.Contains(err.Error(), "340000") {
				t.Errorf("%s: error %q quotes the name", tc.desc, err)
			}
		})
	}
}

// TestPersonalOnStrings: the personal tag is for string fields, whose
// errors the decoder writes itself; on a field of another kind, whose
// errors its own decoder writes, it is a mistake of the type, refused when
// the type is first decoded.
func TestPersonalOnStrings(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "Born, which is not a string") {
			t.Errorf("personal on a date field: panic %v, want one naming the field", r)
		}
	}()
	var v struct {
		Born household.Date `json:"Born" personal:"true"`
	}
	_ = strictjson.Decode([]byte(`{}`), &v)
}

// TestFaultsPastMaxErrors: a bad string inside a self-decoding value is
// reported at its own path, but past MaxErrors it is only counted: ten
// thousand of them cost at most two allocations each, never an error
// built and thrown away (which took eight).
func TestFaultsPastMaxErrors(t *testing.T) {
	in := []byte(`{"id":"x","grades":[` + strings.TrimSuffix(strings.Repeat(`"\u0001",`, 10_000), ",") + `]}`)
	var err error
	allocs := testing.AllocsPerRun(2, func() {
		var d doc
		err = strictjson.Decode(in, &d)
	})
	fes := policy.FieldErrors(err)
	if len(fes) != strictjson.MaxErrors+1 || fes[0].Path != "grades[0]" || fes[len(fes)-1].Value != "and 9900 more" {
		t.Errorf("errors: %d, first %v, last %v; want %d, the first at grades[0], the last counting 9900 more",
			len(fes), fes[0], fes[len(fes)-1], strictjson.MaxErrors+1)
	}
	if allocs > 20_000 {
		t.Errorf("%v allocations for 10,000 bad strings, want at most 20,000 (the errors past the 100th are counted, not built)", allocs)
	}
}

// TestNearField: an unknown key names the field it most likely meant — one
// that matches but for case, "-" for "_" or one slip (two for a name of
// more than six bytes) — and none when no field is that near or the key is
// longer than 64 bytes. A key cannot be read as personal data: it is the
// record's own field name, misspelt.
func TestNearField(t *testing.T) {
	type rec struct {
		ID          string `json:"id"`
		Standard    string `json:"standard"`
		PovertyLine string `json:"poverty_line"`
		Age         int    `json:"age"`
		County      string `json:"county"`  // six bytes: one slip
		Country     string `json:"country"` // one slip from countr, as county is
		Village     string `json:"village"` // seven bytes: two slips
		Zone        string `json:"zone"`
		Long        string `json:"field_name_of_exactly_sixty_four_bytes_to_pin_the_limit_of_a_key"`
	}
	tests := []struct {
		name, desc, key string
		want            string // the error's detail
	}{
		{name: "case", desc: "大小写不同：提示 id / a different case: id", key: "ID",
			want: `is not a known field (did you mean "id"?)`},
		{name: "hyphen", desc: "连字符代替下划线：提示 poverty_line / a hyphen for the underscore: poverty_line", key: "poverty-line",
			want: `is not a known field (did you mean "poverty_line"?)`},
		{name: "one letter changed", desc: "错一个字母：提示 standard / one letter changed: standard", key: "standerd",
			want: `is not a known field (did you mean "standard"?)`},
		{name: "two letters swapped", desc: "两个字母颠倒：提示 standard / two letters swapped: standard", key: "stnadard",
			want: `is not a known field (did you mean "standard"?)`},
		{name: "two slips in a long name", desc: "长字段名错两处：提示 standard / two slips in a name of eight letters: standard", key: "stndrd",
			want: `is not a known field (did you mean "standard"?)`},
		{name: "two slips in a short name", desc: "短字段名错两处：不提示 / two slips in a name of three letters: no suggestion", key: "agge1",
			want: `is not a known field`},
		{name: "two slips in a name of six bytes", desc: "六字节字段名错两处：不提示 / two slips in county, a name of six bytes: no suggestion", key: "kounti",
			want: `is not a known field`},
		{name: "two slips in a name of seven bytes", desc: "七字节字段名错两处：提示 village / two slips in village, a name of seven bytes: village", key: "vilag",
			want: `is not a known field (did you mean "village"?)`},
		{name: "a tie", desc: "countr 与 county、country 各差一处：提示在前的 county / countr is one slip from county and from country: the first, county",
			key: "countr", want: `is not a known field (did you mean "county"?)`},
		{name: "two letters swapped in a short name", desc: "短字段名两个字母颠倒算错一处：aeg 提示 age / two letters swapped in a name of three bytes are one slip: aeg, age", key: "aeg",
			want: `is not a known field (did you mean "age"?)`},
		{name: "a letter added and two swapped in a short name", desc: "短字段名多一字母又颠倒两字母，错两处：xaeg 不提示 / a letter added and two swapped, two slips from age: xaeg, none", key: "xaeg",
			want: `is not a known field`},
		{name: "two letters left out of a short name", desc: "六字节字段名少两个字母，错两处：cnty 不提示 / two letters left out of county, two slips: cnty, none", key: "cnty",
			want: `is not a known field`},
		{name: "one letter", desc: "单个字母 x 与 id 差两处：不提示 / the one letter x is two slips from id: none", key: "x",
			want: `is not a known field`},
		{name: "capital A and one slip", desc: "大写 AGES：A 也转小写，错一处，提示 age / AGES: the A lowered too, one slip: age", key: "AGES",
			want: `is not a known field (did you mean "age"?)`},
		{name: "capital Z and one slip", desc: "大写 ZONES：Z 也转小写，错一处，提示 zone / ZONES: the Z lowered too, one slip: zone", key: "ZONES",
			want: `is not a known field (did you mean "zone"?)`},
		{name: "a key of 64 bytes", desc: "64字节的键照常比较：错一处，提示该字段 / a key of 64 bytes is compared: one slip from the field of 64 bytes",
			key:  "field_name_of_exactly_sixty_four_bytes_to_pin_the_limit_of_a_kez",
			want: `is not a known field (did you mean "field_name_of_exactly_sixty_four_bytes_to_pin_the_limit_of_a_key"?)`},
		{name: "a key of 65 bytes", desc: "65字节的键不比较，虽只多一个字母 / a key of 65 bytes is not compared, though it is one letter more than the field",
			key: "field_name_of_exactly_sixty_four_bytes_to_pin_the_limit_of_a_keys", want: `is not a known field`},
		{name: "far from every field", desc: "与各字段都相差甚远：不提示 / far from every field: no suggestion", key: "township",
			want: `is not a known field`},
		{name: "a long key", desc: "超过64字节的键：不比较（只为限定成本；没有这么长的字段名）/ a key over 64 bytes is not compared (a bound on cost alone: no field name is that long)", key: "standard" + strings.Repeat("x", 60),
			want: `is not a known field`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rec
			err := strictjson.Decode([]byte(`{"id":"x","standard":"1","poverty_line":"1","age":1,`+strconv.Quote(tc.key)+`:1}`), &r)
			fes := policy.FieldErrors(err)
			if len(fes) != 1 || fes[0].Type != policy.ErrorUnknown { // a long key's path is cut short
				t.Fatalf("%s\nerror %v, want one unknown field", tc.desc, err)
			}
			if fes[0].Detail != tc.want {
				t.Errorf("%s\ndetail %q, want %q", tc.desc, fes[0].Detail, tc.want)
			}
		})
	}
}
