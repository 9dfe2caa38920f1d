package policy_test

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/safetynet-go/safetynet/policy"
)

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
