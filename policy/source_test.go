package policy_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestCheckSources: policy.CheckSources holds every parameter of a set
// built in Go, wherever it is — at the top, in a nested group, in a map,
// in a group that names itself and in a map of such groups — to the
// length a source read from JSON may have, and reports each one over it at
// its name followed by ".source", in field order, a map's entries by
// path. It reads lengths only: that a source is plain text is checked
// where it is read from JSON (TestCheckText).
func TestCheckSources(t *testing.T) {
	long := strings.Repeat("源", policy.MaxSourceLength/3+1) // 3 bytes each: 1002 bytes
	tests := []struct {
		name, desc string
		edit       func(*nameSet)
		want       []string // the errors, in order
	}{
		{name: "at the limit", desc: "来源正好 1000 字节：无错误 / a source of exactly 1000 bytes: no error",
			edit: func(s *nameSet) { s.Standard.Source = strings.Repeat("x", policy.MaxSourceLength) }},
		{name: "top level", desc: "顶层参数来源 1002 字节 / a source at the top of 1002 bytes",
			edit: func(s *nameSet) { s.Standard.Source = long },
			want: []string{"own.standard.source: (1002 bytes) is longer than 1000 bytes"}},
		{name: "everywhere", desc: "嵌套组、映射、自命名组及其映射中的来源都被检查，按字段与路径的顺序报告 / " +
			"sources in a nested group, a map, a self-named group and a map of them are all checked, reported in field and path order",
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
				"own.tiers.source: (1002 bytes) is longer than 1000 bytes",
				"own.k.source: (1002 bytes) is longer than 1000 bytes",
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

// FuzzCheckText: CheckText, which reads bytes, refuses exactly the texts
// that are not valid UTF-8 or hold a control character or U+FFFD, read
// rune by rune, and those longer than its limit.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "东政办〔2017〕43号 二(一)1", "a\nb", "\x7f", "\u0085", "\u00a0", "\uFFFD", "\xef\xbf", "\xc2", "\xff", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := utf8.ValidString(s) && !strings.ContainsRune(s, utf8.RuneError) && !strings.ContainsFunc(s, unicode.IsControl)
		err := policy.CheckText("x", s, 64)
		switch {
		case len(s) > 64 && !errors.Is(err, policy.ErrInvalid):
			t.Fatalf("CheckText(%q) = %v for %d bytes, want too long", s, err, len(s))
		case len(s) <= 64 && (err == nil) != want:
			t.Fatalf("CheckText(%q) = %v, want plain text %v", s, err, want)
		}
	})
}
