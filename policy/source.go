package policy

import (
	"strconv"
	"unicode/utf8"
)

// MaxSourceLength is the most bytes a parameter's source may hold. A
// line names the source of every parameter it used, so a set's sources are
// written again in every breakdown it makes: the limit keeps a breakdown's
// size bounded whatever the set. The built-in sources are under 300 bytes.
const MaxSourceLength = 1000

// ScanText reads s once and reports whether it is valid UTF-8 and whether
// it holds a control character (unicode.IsControl: U+0000–U+001F and
// U+007F–U+009F). It is the one test of plain text, for the texts of
// records and of parameter sets alike.
func ScanText(s string) (valid, control bool) {
	valid = true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			control = control || c < 0x20 || c == 0x7f
			i++
			continue
		case (0xe1 <= c && c <= 0xec || c == 0xee || c == 0xef) && i+2 < len(s) && continuation(s[i+1]) &&
			continuation(s[i+2]):
			i += 3 // U+1000–U+CFFF or U+E000–U+FFFF, the Han characters among them (RFC 3629)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 { // an invalid byte
			valid = false
		}
		control = control || r < 0xa0
		i += size
	}
	return valid, control
}

// continuation reports whether b continues a multi-byte UTF-8 sequence.
func continuation(b byte) bool { return b&0xc0 == 0x80 }

// CheckText reports a text of a parameter set (a source, a set's name)
// that is longer than most bytes, as an [ErrorTooLong] error that gives
// its length rather than quoting it, and one that is not valid UTF-8 or
// holds a control character ([ScanText]), as an [ErrorInvalid] one, in
// the words a record's texts get; the error is a [*FieldError] at path.
func CheckText(path Path, s string, most int) error {
	if len(s) > most {
		return tooLong(path, len(s), most)
	}
	switch valid, control := ScanText(s); {
	case !valid:
		return path.Invalid(Quote(s), "is not valid UTF-8")
	case control:
		return path.Invalid(Quote(s), "holds a control character")
	}
	return nil
}

// tooLong is the error of a text of n bytes at path, longer than most: it
// gives the length, not the text.
func tooLong(path Path, n, most int) *FieldError {
	return path.TooLong("("+strconv.Itoa(n)+" bytes)", "is longer than "+strconv.Itoa(most)+" bytes")
}
