package household

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safetynet-go/safetynet/policy"
)

// visibleFault returns what is wrong with an id or place name s that is
// not empty, "" when nothing is: such a text is valid UTF-8 of visible
// characters — graphic (unicode.IsGraphic), so no control or format
// character (zero-width and bidi controls, U+FEFF), line or paragraph
// separator, private-use or unassigned code point, and none of the graphic
// characters that show nothing ([policy.Blank]) — with no space but U+0020, and
// that not at its start or end, so that two texts a caseworker reads as one
// are one. The first character at fault is told, with its byte offset (a
// control character or a byte that is not UTF-8 without one); then a text
// of spaces only, then a space at the start, then at the end. It reads s
// once and allocates only for a fault.
func visibleFault(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case ' ' <= c && c < 0x7f: // printable ASCII, the space among them
			i++
			continue
		case c < utf8.RuneSelf:
			return "holds a control character"
		case 0xe4 <= c && c <= 0xe9 && i+2 < len(s) && continuation(s[i+1]) && continuation(s[i+2]):
			i += 3 // U+4000–U+9FFF: CJK ideographs (and the Yijing hexagrams), all graphic
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case size == 1: // an invalid byte
			return "is not valid UTF-8"
		case r < 0xa0:
			return "holds a control character"
		case unicode.Is(unicode.Zs, r):
			return fault("a non-ASCII space", r, i)
		case unicode.Is(unicode.Co, r):
			return fault("a private-use character", r, i)
		case unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp):
			return fault("an invisible character", r, i)
		case !unicode.IsGraphic(r):
			return fault("an unassigned character", r, i)
		case policy.Blank(r): // graphic, yet it shows nothing
			return fault("an invisible character", r, i)
		}
		i += size
	}
	switch {
	case strings.Trim(s, " ") == "":
		return "is only spaces"
	case s[0] == ' ':
		return "has a space at its start"
	case s[len(s)-1] == ' ':
		return "has a space at its end"
	}
	return ""
}

// IDFault returns what is wrong with s as an id or place name of a record,
// "" when nothing is: the rule the record's ids and its township and
// village follow (visible characters only, see [Household.Validate]), for a
// caller that names a record's ids elsewhere — a parameter set keying its
// tiers by a member's hardship level, a form checking a field before it
// builds a record. The empty string is "is empty"; the length limit
// ([MaxIDLength]) is the caller's to check.
func IDFault(s string) string {
	if s == "" {
		return "is empty"
	}
	return visibleFault(s)
}

// continuation reports whether b continues a multi-byte UTF-8 sequence.
func continuation(b byte) bool { return b&0xc0 == 0x80 }

// fault says that a text has what, rune r, at byte i: "has an invisible
// character U+200B at byte 2".
func fault(what string, r rune, i int) string {
	return fmt.Sprintf("has %s %U at byte %d", what, r, i)
}
