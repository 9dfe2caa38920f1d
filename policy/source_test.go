package policy_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// TestCheckSources: policy.CheckSources holds every parameter of a set
// built in Go, wherever it is — at the top, in a nested group, in a map,
// in a group that names itself and in a map of such groups — to the
// length a source read from JSON may have, and reports each one over it at
// its name followed by ".source": a parameter without a name, and those
// of a group that names itself, by their JSON paths, as policy.Name names
// them. Errors come in field order, a map's entries by path. It reads
// lengths only: that a source is plain text is checked where it is read
// from JSON (TestCheckText).
func TestCheckSources(t *testing.T) {
	long := strings.Repeat("源", policy.MaxSourceLength/3+1) // 3 bytes each: 1002 bytes
	tests := []struct {
		name, desc string
		edit       func(*nameSet)
		want       []string // the errors, in order
	}{
		{name: "at the limit", desc: "来源正好 1000 字节：无错误 / a source of exactly 1000 bytes: no error",
			edit: func(s *nameSet) { s.Standard.Source = strings.Repeat("x", policy.MaxSourceLength) }},
		{name: "top level", desc: "顶层参数来源 1002 字节，按其名称报告 / a source at the top of 1002 bytes, reported at its name",
			edit: func(s *nameSet) { s.Standard.Source = long },
			want: []string{"own.standard.source: (1002 bytes) is longer than 1000 bytes"}},
		{name: "everywhere", desc: "嵌套组、映射、自命名组及其映射中的来源都被检查，按字段与路径的顺序报告；自命名组按路径命名 / " +
			"sources in a nested group, a map, a self-named group and a map of them are all checked, reported in field and path order; " +
			"a self-named group's parameters named by their path",
			edit: func(s *nameSet) {
				s.Group.Ratio.Source = long
				s.Counted["wages"] = withSource(s.Counted["wages"], long+"x")
				s.Counted["other"] = withSource(s.Counted["other"], long)
				s.Tiers.Grade1.Source = long
				k := s.ByKey["k"]
				k.Grade1.Source = long
				s.ByKey["k"] = k
			},
			want: []string{
				"own.ratio.source: (1002 bytes) is longer than 1000 bytes",
				"own.other.source: (1002 bytes) is longer than 1000 bytes",
				"own.wages.source: (1003 bytes) is longer than 1000 bytes",
				"p.tiers.first.source: (1002 bytes) is longer than 1000 bytes",
				"p.by_key.k.first.source: (1002 bytes) is longer than 1000 bytes",
			}},
		{name: "unnamed", desc: "未命名的参数按 JSON 路径报告，映射中各项按路径排序 / unnamed parameters reported at their JSON paths, a map's entries in path order",
			edit: func(s *nameSet) {
				s.Standard = policy.Param[decimal.Decimal]{Source: long}
				s.Counted["wages"] = policy.Param[bool]{Source: long}
				s.Counted["other"] = policy.Param[bool]{Source: long}
				s.ByKey = map[string]selfNamed{"b": {Grade1: policy.Param[int]{Source: long}}, "a": {Grade1: policy.Param[int]{Source: long}}}
			},
			want: []string{
				"p.standard.source: (1002 bytes) is longer than 1000 bytes",
				"p.counted.other.source: (1002 bytes) is longer than 1000 bytes",
				"p.counted.wages.source: (1002 bytes) is longer than 1000 bytes",
				"p.by_key.a.first.source: (1002 bytes) is longer than 1000 bytes",
				"p.by_key.b.first.source: (1002 bytes) is longer than 1000 bytes",
			}},
		{name: "lengths only", desc: "只查长度：控制字符留给 JSON 读取时检查 / lengths only: a control character is for the JSON reader to refuse",
			edit: func(s *nameSet) { s.Standard.Source = "a\nb\x00" }},
		{name: "left out of json", desc: "JSON 不写的字段不检查 / a field the JSON leaves out is not checked",
			edit: func(s *nameSet) { s.Hidden.Source = long }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newNameSet(nil)
			tc.edit(s)
			before := s.names()
			var got []string
			for _, fe := range policy.FieldErrors(policy.CheckSources(s, "p")) {
				if fe.Type != policy.ErrorTooLong {
					t.Errorf("%s: %v is a %s error, want %s", tc.desc, fe, fe.Type, policy.ErrorTooLong)
				}
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(before, s.names()); diff != "" {
				t.Errorf("%s: CheckSources changed the set's names (-before +after):\n%s", tc.desc, diff)
			}
		})
	}
}

// withSource returns p with source s.
func withSource[T any](p policy.Param[T], s string) policy.Param[T] {
	p.Source = s
	return p
}

// loop is a group of parameters that holds groups of its own kind.
type loop struct {
	A policy.Param[int] `json:"a"`
	M map[string]loop   `json:"m"`
}

func (l *loop) SetName(path string) { l.A.Name = path + ".a" }

// TestCheckSourcesEnds: anything but a pointer to a struct has nothing to
// check, and a group holding groups of its own kind, even one whose map
// holds itself, is checked in its own parameters and no deeper.
func TestCheckSourcesEnds(t *testing.T) {
	for _, set := range []any{nil, (*nameSet)(nil), nameSet{}, new(int), "set"} {
		if err := policy.CheckSources(set, "p"); err != nil {
			t.Errorf("CheckSources(%T) = %v, want nil", set, err)
		}
	}
	m := map[string]loop{}
	m["x"] = loop{A: policy.Param[int]{Source: strings.Repeat("x", policy.MaxSourceLength+1)}, M: m}
	set := struct {
		Loops map[string]loop `json:"loops"`
	}{m}
	want := "p.loops.x.a.source: (1001 bytes) is longer than 1000 bytes"
	if err := policy.CheckSources(&set, "p"); err == nil || err.Error() != want {
		t.Errorf("CheckSources of a map that holds itself = %v, want %s", err, want)
	}
}

// TestCheckText: a set's texts are held to a length in bytes, reported
// without quoting them, and to plain text, in the words a record's texts
// get.
func TestCheckText(t *testing.T) {
	tests := []struct {
		name, desc, text string
		want             string // the error, "" for none
		typ              policy.ErrorType
	}{
		{name: "at the limit", desc: "正好 10 字节：通过 / exactly 10 bytes: passes", text: "东至县x"},
		{name: "over the limit", desc: "11 字节：过长，只报长度 / 11 bytes: too long, only its length reported",
			text: "东至县xx", want: "name: (11 bytes) is longer than 10 bytes", typ: policy.ErrorTooLong},
		{name: "too long first", desc: "既过长又含控制字符：报过长 / too long and with a control character: too long",
			text: "\n\n\n\n\n\n\n\n\n\n\n", want: "name: (11 bytes) is longer than 10 bytes", typ: policy.ErrorTooLong},
		{name: "control character", desc: "含换行符 / a newline", text: "a\nb",
			want: `name: "a\nb" holds a control character`, typ: policy.ErrorInvalid},
		{name: "c1 control character", desc: "含 C1 控制字符 U+0085 / the C1 control character U+0085", text: "a\u0085",
			want: "name: \"a\\u0085\" holds a control character", typ: policy.ErrorInvalid},
		{name: "not utf-8", desc: "不是 UTF-8 / not UTF-8", text: "a\xff",
			want: `name: "a\xff" is not valid UTF-8`, typ: policy.ErrorInvalid},
		{name: "replacement character", desc: "替换字符 U+FFFD 是合法文本 / the replacement character U+FFFD is plain text", text: "a\uFFFD"},
		{name: "empty", desc: "空文本：通过 / empty text: passes", text: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := policy.CheckText("name", tc.text, 10)
			got, typ := "", policy.ErrorType("")
			if fe := policy.FieldErrors(err); len(fe) == 1 {
				got, typ = fe[0].Error(), fe[0].Type
			} else if err != nil {
				t.Fatalf("%s: CheckText = %v, not one field error", tc.desc, err)
			}
			if got != tc.want || typ != tc.typ || (err != nil && !errors.Is(err, policy.ErrInvalid)) {
				t.Errorf("%s: CheckText = %v (%s), want %q (%s)", tc.desc, err, typ, tc.want, tc.typ)
			}
		})
	}
}

// FuzzCheckText: CheckText refuses a text longer than its limit as too
// long, and one within it that is not valid UTF-8, or holds a control
// character read rune by rune, as invalid, with those words; it accepts
// every other.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "东政办〔2017〕43号 二(一)1", "a\nb", "\x7f", "\u0085", "\u00a0", "\uFFFD", "\xef\xbf", "\xc2", "\xff", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var typ policy.ErrorType
		detail := ""
		switch {
		case len(s) > 64:
			typ, detail = policy.ErrorTooLong, "is longer than 64 bytes"
		case !utf8.ValidString(s):
			typ, detail = policy.ErrorInvalid, "is not valid UTF-8"
		case strings.ContainsFunc(s, unicode.IsControl):
			typ, detail = policy.ErrorInvalid, "holds a control character"
		}
		err := policy.CheckText("x", s, 64)
		fe := policy.FieldErrors(err)
		switch {
		case typ == "" && err != nil:
			t.Fatalf("CheckText(%q) = %v, want nil", s, err)
		case typ != "" && (len(fe) != 1 || fe[0].Type != typ || fe[0].Detail != detail):
			t.Fatalf("CheckText(%q) = %v, want a %s error %q", s, err, typ, detail)
		}
	})
}
