package strictjson

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/safetynet-go/safetynet/policy"
)

// scanner reads JSON tokens from data in one pass. It reports a syntax
// error by setting fatal and stops; everything else it reads is checked by
// the decoder above it. Every method costs time linear in the bytes it
// consumes.
type scanner struct {
	data  []byte
	pos   int
	depth int
	fatal *policy.FieldError
	// faulty is set when skip reads a string (or key) of invalid UTF-8, a
	// lone surrogate or a control character, and fault is the error of the
	// first such string, at its whole path.
	faulty bool
	fault  *policy.FieldError
	// path is the path to the value being read, kept by the decoder and by
	// skip alike, so that an error inside a skipped value has its full path;
	// it starts in pathBuf, so that a record of usual depth costs no
	// allocation for it.
	path    []segment
	pathBuf [12]segment
	// errs are the field errors found, at most MaxErrors; more counts the
	// rest.
	errs []error
	more int
}

// at calls read with the path extended by one segment.
func (s *scanner) at(seg segment, read func()) {
	s.path = append(s.path, seg)
	read()
	s.path = s.path[:len(s.path)-1]
}

func (s *scanner) syntax(detail string) {
	if s.fatal == nil {
		s.fatal = &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)",
			Value: "offset " + strconv.Itoa(s.pos), Detail: "is not valid JSON: " + detail}
	}
	s.pos = len(s.data)
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// peek returns the next non-space byte, or 0 at the end.
func (s *scanner) peek() byte {
	s.space()
	if s.pos >= len(s.data) {
		return 0
	}
	return s.data[s.pos]
}

// expect consumes byte c, or reports a syntax error.
func (s *scanner) expect(c byte) bool {
	if s.peek() != c {
		if s.fatal == nil {
			s.syntax("expected " + strconv.QuoteRune(rune(c)))
		}
		return false
	}
	s.pos++
	return true
}

// literal consumes the literal word (true, false, null).
func (s *scanner) literal(word string) bool {
	s.space()
	if len(s.data)-s.pos < len(word) || string(s.data[s.pos:s.pos+len(word)]) != word {
		s.syntax("expected " + word)
		return false
	}
	s.pos += len(word)
	return true
}

// enter and leave bound nesting by MaxDepth.
func (s *scanner) enter() bool {
	s.depth++
	if s.depth > MaxDepth {
		if s.fatal == nil {
			s.fatal = &policy.FieldError{Type: policy.ErrorTooMany, Path: "(input)", Value: strconv.Itoa(s.depth),
				Detail: "levels of nesting is over the limit of " + strconv.Itoa(MaxDepth)}
		}
		s.pos = len(s.data)
		return false
	}
	return true
}

func (s *scanner) leave() { s.depth-- }

// text is a JSON string as read: its value, and whether it held invalid
// UTF-8, a lone surrogate escape or a control character (which JSON allows
// only escaped). The value is a slice of the input when the string has no
// escapes, and a buffer of its own when it has: either way it is only read,
// and copied (into a Go string) only where the decoder keeps it.
type text struct {
	value   []byte
	badUTF8 bool // invalid UTF-8 or a lone surrogate
	control bool // a character below U+0020 (escaped) or U+007F
}

// str reads a JSON string. Without escapes it slices the input; with them
// it decodes them. Invalid UTF-8 and lone surrogates are kept as U+FFFD in
// the value and flagged, for the decoder to refuse: nothing is silently
// replaced.
func (s *scanner) str() (text, bool) { return s.readString(true) }

// readString reads a JSON string as str does; without build it only checks
// it, building no value (a string skipped costs no allocation, but for
// one scratch buffer, made at its first escape, for the escapes to be
// decoded and checked).
func (s *scanner) readString(build bool) (text, bool) {
	if !s.expect('"') {
		return text{}, false
	}
	var t text
	start := s.pos
	var buf []byte
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			switch {
			case !build:
			case buf == nil:
				t.value = s.data[start:s.pos:s.pos]
			default:
				t.value = append(buf, s.data[start:s.pos]...)
			}
			s.pos++
			return t, true
		case c < 0x20:
			s.syntax("a control character in a string")
			return text{}, false
		case c == 0x7f:
			t.control = true
			s.pos++
		case c == '\\':
			if build {
				buf = append(buf, s.data[start:s.pos]...)
			}
			var ok bool
			if buf, ok = s.escape(buf, &t); !ok {
				return text{}, false
			}
			if !build {
				buf = buf[:0]
			}
			start = s.pos
		case c < utf8.RuneSelf:
			s.pos++
		default:
			r, size := utf8.DecodeRune(s.data[s.pos:])
			if r == utf8.RuneError && size == 1 {
				t.badUTF8 = true
			}
			s.pos += size
		}
	}
	s.syntax("an unterminated string")
	return text{}, false
}

// escape decodes the escape at s.pos onto buf.
func (s *scanner) escape(buf []byte, t *text) ([]byte, bool) {
	if s.pos+1 >= len(s.data) {
		s.syntax("an unterminated escape")
		return nil, false
	}
	c := s.data[s.pos+1]
	s.pos += 2
	switch c {
	case '"', '\\', '/':
		return append(buf, c), true
	case 'b':
		t.control = true
		return append(buf, '\b'), true
	case 'f':
		t.control = true
		return append(buf, '\f'), true
	case 'n':
		t.control = true
		return append(buf, '\n'), true
	case 'r':
		t.control = true
		return append(buf, '\r'), true
	case 't':
		t.control = true
		return append(buf, '\t'), true
	case 'u':
		r, ok := s.hex4()
		if !ok {
			return nil, false
		}
		if utf16.IsSurrogate(r) {
			if r < 0xdc00 && s.pos+1 < len(s.data) && s.data[s.pos] == '\\' && s.data[s.pos+1] == 'u' {
				s.pos += 2
				r2, ok := s.hex4()
				if !ok {
					return nil, false
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					return utf8.AppendRune(buf, dec), true
				}
				s.pos -= 6 // not a low surrogate: that escape is read on its own, next
			}
			t.badUTF8 = true
			return utf8.AppendRune(buf, utf8.RuneError), true
		}
		if r < 0x20 || r == 0x7f {
			t.control = true
		}
		return utf8.AppendRune(buf, r), true
	}
	s.syntax("an invalid escape")
	return nil, false
}

func (s *scanner) hex4() (rune, bool) {
	if s.pos+4 > len(s.data) {
		s.syntax("a short \\u escape")
		return 0, false
	}
	var r rune
	for _, c := range s.data[s.pos : s.pos+4] {
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			s.syntax("an invalid \\u escape")
			return 0, false
		}
	}
	s.pos += 4
	return r, true
}

// number reads a JSON number and returns its text.
func (s *scanner) number() ([]byte, bool) {
	s.space()
	start := s.pos
	if s.pos < len(s.data) && s.data[s.pos] == '-' {
		s.pos++
	}
	digits := func() int {
		n := 0
		for s.pos < len(s.data) && '0' <= s.data[s.pos] && s.data[s.pos] <= '9' {
			s.pos++
			n++
		}
		return n
	}
	if s.pos < len(s.data) && s.data[s.pos] == '0' {
		s.pos++
	} else if digits() == 0 {
		s.syntax("expected a value")
		return nil, false
	}
	if s.pos < len(s.data) && s.data[s.pos] == '.' {
		s.pos++
		if digits() == 0 {
			s.syntax("a number with no digits after the point")
			return nil, false
		}
	}
	if s.pos < len(s.data) && (s.data[s.pos] == 'e' || s.data[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.data) && (s.data[s.pos] == '+' || s.data[s.pos] == '-') {
			s.pos++
		}
		if digits() == 0 {
			s.syntax("a number with no exponent digits")
			return nil, false
		}
	}
	return s.data[start:s.pos], true
}

// skip consumes any one value, checked for syntax and for duplicate keys.
func (s *scanner) skip() {
	switch s.peek() {
	case '{':
		if !s.enter() {
			return
		}
		s.pos++
		s.members(func(k text) bool {
			s.at(segment{key: k.value, index: -1}, func() {
				s.noteFault(k)
				s.skip()
			})
			return true
		})
		s.leave()
	case '[':
		if !s.enter() {
			return
		}
		s.pos++
		s.elements(func(i int) { s.at(segment{index: i}, s.skip) })
		s.leave()
	case '"':
		start := s.pos
		t, _ := s.readString(false)
		if (t.badUTF8 || t.control) && !s.faulty && len(s.errs) < MaxErrors { // the first bad string is read again, to quote it
			end := s.pos
			s.pos = start
			t, _ = s.readString(true)
			s.pos = end
		}
		s.noteFault(t)
	case 't':
		s.literal("true")
	case 'f':
		s.literal("false")
	case 'n':
		s.literal("null")
	default:
		s.number()
	}
}

// noteFault notes a string or key that skip reads, when it is not valid
// UTF-8 or holds a control character: the first such, with its path, is
// the error of the value that holds it.
func (s *scanner) noteFault(t text) {
	if !t.badUTF8 && !t.control || s.faulty {
		return
	}
	s.faulty = true
	if len(s.errs) >= MaxErrors { // the error would only be counted: build none
		return
	}
	detail := "holds a control character"
	if t.badUTF8 {
		detail = "is not valid UTF-8 (or holds a lone surrogate escape)"
	}
	s.fault = &policy.FieldError{Type: policy.ErrorInvalid, Path: string(s.pathText()),
		Value: policy.Quote(string(head(t.value))), Detail: detail}
}

// members reads the members of an object whose '{' has been consumed,
// calling value for each key (as read, with its flags), which must consume
// the value. A key that repeats one before it in the same object is
// reported at its path and its value skipped, never merged. It consumes the
// closing '}'.
func (s *scanner) members(value func(key text) bool) {
	if s.peek() == '}' {
		s.pos++
		return
	}
	var few [16][]byte
	var many map[string]bool
	n := 0
	for s.fatal == nil {
		k, ok := s.str()
		if !ok || !s.expect(':') {
			return
		}
		dup := false
		if many != nil {
			dup = many[string(k.value)]
			if !dup {
				many[string(k.value)] = true
			}
		} else {
			for _, seen := range few[:n] {
				if string(seen) == string(k.value) {
					dup = true
					break
				}
			}
			if !dup && n < len(few) {
				few[n] = k.value
				n++
			} else if !dup {
				many = make(map[string]bool, 2*len(few))
				for _, seen := range few {
					many[string(seen)] = true
				}
				many[string(k.value)] = true
			}
		}
		if dup {
			s.duplicate(k.value)
		} else if !value(k) {
			return
		}
		switch s.peek() {
		case ',':
			s.pos++
			if s.peek() == '}' {
				s.syntax("a comma before '}'")
				return
			}
		case '}':
			s.pos++
			return
		default:
			s.syntax("expected ',' or '}'")
			return
		}
	}
}

// duplicate reports a key given twice in one object, at the key's own path
// (written as every path is: a key shortened, the empty key shown), and
// skips its value.
func (s *scanner) duplicate(key []byte) {
	s.path = append(s.path, segment{key: key, index: -1})
	s.fail(&policy.FieldError{Type: policy.ErrorDuplicate, Value: policy.Quote(string(head(key))),
		Detail: "is given twice in one object: a key may appear once"})
	s.skip()
	s.path = s.path[:len(s.path)-1]
}

// elements reads the elements of an array whose '[' has been consumed,
// calling value with each index; it consumes the closing ']'.
func (s *scanner) elements(value func(i int)) {
	if s.peek() == ']' {
		s.pos++
		return
	}
	for i := 0; s.fatal == nil; i++ {
		value(i)
		switch s.peek() {
		case ',':
			s.pos++
			if s.peek() == ']' {
				s.syntax("a comma before ']'")
				return
			}
		case ']':
			s.pos++
			return
		default:
			s.syntax("expected ',' or ']'")
			return
		}
	}
}
