package policy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestCheckSources: policy.CheckSources holds every parameter of a set
// built in Go, wherever it is — at the top, in a nested group, in a map,
// in a group that names itself and in a map of such groups — to the limit
// on a source read from JSON, and reports each one that breaks it at its
// name followed by ".source", in field order, a map's entries by key.
func TestCheckSources(t *testing.T) {
	long := strings.Repeat("源", policy.MaxSourceLength/3+1) // 3 bytes each: 1002 bytes
	tests := []struct {
		name, desc string
		edit       func(*nameSet)
		want       []string // the errors, in order
	}{
		{name: "none", desc: "来源都合规：无错误 / every source within the limit: no error",
			edit: func(s *nameSet) { s.Standard.Source = strings.Repeat("x", policy.MaxSourceLength) }},
		{name: "top level", desc: "顶层参数来源超过 1000 字节 / a source at the top over 1000 bytes",
			edit: func(s *nameSet) { s.Standard.Source = long },
			want: []string{"own.standard.source: (1002 bytes) is longer than 1000 bytes"}},
		{name: "everywhere", desc: "嵌套组、映射、自命名组及其映射中的来源都被检查，按字段与键的顺序报告 / " +
			"sources in a nested group, a map, a self-named group and a map of them are all checked, reported in field and key order",
			edit: func(s *nameSet) {
				s.Group.Ratio.Source = long
				s.Counted["wages"] = withSource(s.Counted["wages"], "a\nb")
				s.Counted["other"] = withSource(s.Counted["other"], long)
				s.Tiers.Grade1.Source = "\x00"
				k := s.ByKey["k"]
				k.Grade1.Source = long
				s.ByKey["k"] = k
			},
			want: []string{
				"own.ratio.source: (1002 bytes) is longer than 1000 bytes",
				"own.other.source: (1002 bytes) is longer than 1000 bytes",
				`own.wages.source: "a\nb" is not valid UTF-8 or holds a control character`,
				`own.tiers.source: "\x00" is not valid UTF-8 or holds a control character`,
				"own.k.source: (1002 bytes) is longer than 1000 bytes",
			}},
		{name: "not utf-8", desc: "来源不是 UTF-8 / a source that is not UTF-8",
			edit: func(s *nameSet) { s.Standard.Source = "\xff" },
			want: []string{`own.standard.source: "\xff" is not valid UTF-8 or holds a control character`}},
		{name: "left out of json", desc: "JSON 不写的字段不检查 / a field the JSON leaves out is not checked",
			edit: func(s *nameSet) { s.Hidden.Source = long }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newNameSet(nil)
			tc.edit(s)
			var got []string
			for _, fe := range policy.FieldErrors(policy.CheckSources(s)) {
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// withSource returns p with source s.
func withSource[T any](p policy.Param[T], s string) policy.Param[T] {
	p.Source = s
	return p
}

// TestCheckSourcesNotASet: anything but a pointer to a struct has nothing
// to check.
func TestCheckSourcesNotASet(t *testing.T) {
	for _, set := range []any{nil, (*nameSet)(nil), nameSet{}, new(int), "set"} {
		if err := policy.CheckSources(set); err != nil {
			t.Errorf("CheckSources(%T) = %v, want nil", set, err)
		}
	}
}

// TestCheckText: a set's texts are held to a length in bytes, reported
// without quoting them, and to UTF-8 without control characters.
func TestCheckText(t *testing.T) {
	tests := []struct {
		name, desc, text string
		want             string // the error, "" for none
		wantIs           error
	}{
		{name: "at the limit", desc: "正好 10 字节：通过 / exactly 10 bytes: passes", text: "东至县x"},
		{name: "over the limit", desc: "11 字节：过长，只报长度 / 11 bytes: too long, only its length reported",
			text: "东至县xx", want: "name: (11 bytes) is longer than 10 bytes", wantIs: policy.ErrInvalid},
		{name: "control character", desc: "含换行符 / a newline", text: "a\nb",
			want: `name: "a\nb" is not valid UTF-8 or holds a control character`, wantIs: policy.ErrInvalid},
		{name: "replacement character", desc: "含替换字符 U+FFFD / the replacement character U+FFFD", text: "a\uFFFD",
			want: "name: \"a\uFFFD\" is not valid UTF-8 or holds a control character", wantIs: policy.ErrInvalid},
		{name: "empty", desc: "空文本：通过 / empty text: passes", text: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := policy.CheckText("name", tc.text, 10)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want || (tc.wantIs != nil && !errors.Is(err, tc.wantIs)) {
				t.Errorf("%s: CheckText = %v, want %q (is %v)", tc.desc, err, tc.want, tc.wantIs)
			}
		})
	}
}
