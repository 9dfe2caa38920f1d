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

// TestScanText: the one scan of plain text tells valid UTF-8 and control
// characters as utf8.ValidString and unicode.IsControl do, on its fast path
// for three-byte characters (U+1000–U+CFFF, U+E000–U+FFFF) and off it:
// the leading bytes E0 and ED, whose sequences may be overlong or
// surrogates, a sequence cut short at the end, a third byte that does not
// continue it, four-byte characters and stray continuation bytes.
func TestScanText(t *testing.T) {
	tests := []struct {
		name, desc, text string
		valid, control   bool
	}{
		{name: "han", desc: "汉字：三字节快速路径 / Han characters: the three-byte fast path", text: "东至县", valid: true},
		{name: "first and last of the fast path", desc: "U+1000 与 U+FFFF / U+1000 and U+FFFF", text: "\u1000\uffff", valid: true},
		{name: "private use", desc: "私用区 U+E000 / the private-use U+E000", text: "\ue000", valid: true},
		{name: "E0 in order", desc: "E0 开头的合法字符 U+0800 / a valid character led by E0, U+0800", text: "\u0800", valid: true},
		{name: "overlong", desc: "E0 80 80：超长编码，不合法 / E0 80 80, an overlong encoding: invalid", text: "\xe0\x80\x80"},
		{name: "surrogate", desc: "ED A0 80：代理项，不合法 / ED A0 80, a surrogate: invalid", text: "\xed\xa0\x80"},
		{name: "ED in order", desc: "ED 开头的合法字符 U+D7FF / a valid character led by ED, U+D7FF", text: "\ud7ff", valid: true},
		{name: "cut short", desc: "末尾的三字节字符缺一字节 / a three-byte character cut short at the end", text: "尧\xe5\xb0"},
		{name: "third byte a control", desc: "第三字节是控制字符而非续字节：不合法，且含控制字符 / a third byte that is a control character, not a continuation: invalid, and a control character", text: "\xe5\xb0\x01", control: true},
		{name: "third byte a lead", desc: "第三字节是两字节字符的首字节 C3 / a third byte that leads a two-byte character, C3", text: "\xe5\xb0\xc3"},
		{name: "third byte plain", desc: "第三字节是 ASCII 字母 / a third byte that is an ASCII letter", text: "\xe5\xb0A"},
		{name: "second byte plain", desc: "第二字节是 ASCII 字母，第三字节是续字节 / a second byte that is an ASCII letter, a third that continues", text: "\xe5A\x80"},
		{name: "lead byte then letters", desc: "三字节首字节后跟两个 ASCII 字母 / a three-byte lead followed by two ASCII letters", text: "\xe5AB"},
		{name: "four bytes", desc: "四字节字符 U+1F600 / a four-byte character, U+1F600", text: "\U0001f600", valid: true},
		{name: "stray continuations", desc: "三个孤立的续字节 / three stray continuation bytes", text: "\x80\x80\x80"},
		{name: "two-byte control", desc: "两字节的 C1 控制字符 U+0080 / the two-byte C1 control U+0080", text: "\u0080", valid: true, control: true},
		{name: "no-break space", desc: "U+00A0 不是控制字符 / U+00A0 is no control character", text: "\u00a0", valid: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			valid, control := policy.ScanText(tc.text)
			if valid != tc.valid || control != tc.control {
				t.Errorf("%s: ScanText(%q) = %v, %v, want %v, %v", tc.desc, tc.text, valid, control, tc.valid, tc.control)
			}
			if tc.valid != utf8.ValidString(tc.text) || tc.valid && tc.control != strings.ContainsFunc(tc.text, unicode.IsControl) {
				t.Errorf("%s: the row disagrees with utf8.ValidString or unicode.IsControl", tc.desc)
			}
		})
	}
}

// FuzzCheckText: CheckText refuses a text longer than its limit as too
// long, and one within it that is not valid UTF-8, or holds a control
// character read rune by rune, as invalid, with those words; it accepts
// every other.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "东政办〔2017〕43号 二(一)1", "a\nb", "\x7f", "\u0085", "\u00a0", "\uFFFD", "\xef\xbf", "\xc2", "\xff", "\u2028",
		"\xe0\x80\x80", "\xed\xa0\x80", "\xe5\xb0\x01", "\x80\x80\x80", "\U0001f600"} {
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
