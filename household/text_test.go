package household_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestTextControl: a text or id of the record holds no control character
// (unicode.IsControl: C0, DEL and the C1 range U+0080–U+009F), while
// letters beyond ASCII are text, and the no-break space is text in a
// member's name (not in an id or place name: TestVisible).
func TestTextControl(t *testing.T) {
	tests := []struct {
		name string
		desc string
		edit func(h *household.Household)
		want []fieldErr
	}{
		{name: "first C1 control", desc: "村名含 C1 控制符 U+0080 / a village name holding U+0080",
			edit: func(h *household.Household) { h.Village = "村\u0080" },
			want: []fieldErr{{"village", policy.ErrorInvalid}}},
		{name: "last C1 control", desc: "编号含 C1 控制符 U+009F / an id holding U+009F",
			edit: func(h *household.Household) { h.Members[0].ID = "m\u009f" },
			want: []fieldErr{{"members[0].id", policy.ErrorInvalid}}},
		{name: "no-break space", desc: "姓名含不间断空格，不是控制符 / a member's name holding U+00A0, not a control",
			edit: func(h *household.Household) { h.Members[1].Name = "李\u00a0四" }},
		{name: "latin letters", desc: "乡镇名含带音标的字母 / a township name with accented letters",
			edit: func(h *household.Household) { h.Township = "Évian-Ā" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members = members(3)
			tc.edit(h)
			if diff := cmp.Diff(tc.want, fieldErrs(h.Validate())); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestTextControlEveryRune: for every rune of the Basic Multilingual Plane
// and some beyond, and for bytes that are not UTF-8, a record's text (a
// member's name) is refused exactly when it is not valid UTF-8 or holds a
// control character as unicode.IsControl has it, and a place name (a
// village) exactly when it is not valid UTF-8 or holds a rune that is not
// graphic (unicode.IsGraphic), a graphic one that shows nothing (Unicode's
// default-ignorable ones and the blank Braille pattern U+2800), or a space
// other than U+0020.
func TestTextControlEveryRune(t *testing.T) {
	texts := []string{"\xff", "村\xc2", "\xe4\xb8", "\xe4\xb8\x41", "\xe4\x41\x80", "\xed\xa0\x80", "\xe0\x80\x80",
		"\xef\xbf", "\xee\x80\xc0", "\xf4\x90\x80\x80", "\xc2\x85\xff", "\xe4\xb8\x80\xc2\x9f"}
	for r := rune(0); r < 0x10000; r++ {
		texts = append(texts, "村"+string(r)+"一")
	}
	for r := rune(0x10000); r <= 0x10ffff; r += 0x3fd {
		texts = append(texts, string(r))
	}
	hidden := func(r rune) bool {
		return !unicode.IsGraphic(r) || r != ' ' && unicode.Is(unicode.Zs, r) || r == 0x2800 ||
			unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
	}
	for _, text := range texts {
		h := sound()
		h.Members[0].Name = text
		want := !utf8.ValidString(text) || strings.ContainsFunc(text, unicode.IsControl)
		if got := h.Validate() != nil; got != want {
			t.Errorf("name %q: refused %v, want %v", text, got, want)
		}
		h = sound()
		h.Village = text
		want = !utf8.ValidString(text) || strings.ContainsFunc(text, hidden)
		if got := h.Validate() != nil; got != want {
			t.Errorf("village %q: refused %v, want %v", text, got, want)
		}
	}
}
