package policy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors. Every error the library returns wraps one of them, so
// callers test the kind with [errors.Is] and the detail with [errors.As] or
// [FieldErrors].
var (
	// ErrInvalid marks bad input: a record or parameter value that breaks a
	// rule of its type or of the rules.
	ErrInvalid = errors.New("invalid")
	// ErrMissingParam marks a local parameter the county must supply and has
	// not (section 0 of the rules).
	ErrMissingParam = errors.New("missing parameter")
	// ErrNoParams marks an assessment with no parameter set to assess
	// under: a date that no loaded set covers, a set that is nil or not
	// given (benefit.New given none), or a programme's or benefit's
	// Assessor not made by its New (the zero Assessor, or a nil pointer).
	ErrNoParams = errors.New("no parameter set in force")
)

// ErrorType is the kind of a [FieldError], on the model of Kubernetes'
// field.ErrorType: callers and tests switch on it, not on the message.
type ErrorType string

// Field error types.
const (
	ErrorRequired     ErrorType = "required"      // a value that must be given is missing or null
	ErrorInvalid      ErrorType = "invalid"       // a value of the wrong form or outside its range
	ErrorNotSupported ErrorType = "not-supported" // a value outside a closed list (an enum)
	ErrorDuplicate    ErrorType = "duplicate"     // a value, key or id given twice
	ErrorNotFound     ErrorType = "not-found"     // a reference to something the record does not hold
	ErrorTooMany      ErrorType = "too-many"      // more elements than the documented limit
	ErrorTooLong      ErrorType = "too-long"      // a value longer than the documented limit
	ErrorUnknown      ErrorType = "unknown-field" // a key the type does not have
)

// FieldError is bad input at one field: the kind of error, its path in the
// record or parameter set with indexes (e.g. "members[2].disability.grade"),
// the offending value as text, shortened by [Quote], and what is wrong. It
// wraps [ErrInvalid]. Values are field values only, never a whole record, so
// errors can be logged without leaking a household's data.
//
// It is on the model of Kubernetes' field.Error.
type FieldError struct {
	Type   ErrorType `json:"type"`            // the kind of error
	Path   string    `json:"path"`            // the field's path, e.g. "members[2].disability.grade"; empty when not known
	Value  string    `json:"value,omitempty"` // the offending value as text (a string by [Quote]); empty for none
	Detail string    `json:"detail"`          // what is wrong, e.g. "is not 1–4"
}

// Error formats the error as "path: value detail" (e.g.
// "members[2].disability.grade: 7 is not 1–4"); a value decoded on its own,
// before its place in a record is known, has no path. A nil *FieldError
// formats as "<nil>".
func (e *FieldError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Detail
	if e.Value != "" {
		s = e.Value + " " + s
	}
	if e.Path != "" {
		s = e.Path + ": " + s
	}
	return s
}

// Unwrap returns [ErrInvalid], for a nil *FieldError too.
func (e *FieldError) Unwrap() error { return ErrInvalid }

// FieldErrors returns every [*FieldError] in err's tree, in order: those of
// a joined error and of a wrapped one. It returns nil for nil.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *FieldError:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, x := range e.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}

// ErrorList returns the field errors of err as [FieldErrors] does, and for
// an error that holds none (a failed read, say) one of type invalid with no
// path whose detail is the error's text: every error as data, for a service
// or a batch to write out.
func ErrorList(err error) []*FieldError {
	if err == nil {
		return nil
	}
	if fes := FieldErrors(err); len(fes) > 0 {
		return fes
	}
	return []*FieldError{{Type: ErrorInvalid, Detail: err.Error()}}
}

// MissingParamError names a local parameter that a rule needs and the
// county has not supplied. It wraps [ErrMissingParam].
type MissingParamError struct {
	Name string // the parameter's path, e.g. "lowincome.poverty_line"; empty when unnamed
}

// Error formats the error as "missing parameter: name", and as "missing
// parameter (unnamed)" for a parameter without a name: one a set built by
// hand left unnamed, which [Named] names. A nil *MissingParamError formats
// as "<nil>".
func (e *MissingParamError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if e.Name == "" {
		return "missing parameter (unnamed)"
	}
	return "missing parameter: " + e.Name
}

// Unwrap returns [ErrMissingParam], for a nil *MissingParamError too.
func (e *MissingParamError) Unwrap() error { return ErrMissingParam }

// Path builds the field paths of [FieldError]:
// Path("members").Index(2).Field("grade") is "members[2].grade".
type Path string

// Field returns the path of a named field below p.
func (p Path) Field(name string) Path {
	if p == "" {
		return Path(name)
	}
	return p + "." + Path(name)
}

// Key returns the path of the entry with key k of the map at p (or of a
// key of the object at p): the key as it is when it reads as one step of a
// path, and quoted, escapes and all, when it holds a path's own marks
// (. [ ] " or a backslash) or a character that is not printable, so that no
// key reads as another path or forges a line of a log; the empty key is
// written "". Unlike a value, a key is not shortened: parameters are named
// by their paths.
func (p Path) Key(k string) Path {
	switch {
	case k == "":
		return p.Field(`""`)
	case plainKey(k):
		return p.Field(k)
	}
	return p.Field(escapeBlank(strconv.Quote(k)))
}

// plainKey reports whether key can stand in a path as it is: valid UTF-8
// of printable characters (no control, format or bidi character) that
// show something ([Blank]), and none of the path's own marks (. [ ] ") or a
// backslash.
func plainKey(key string) bool {
	for _, r := range key {
		if r == utf8.RuneError || !unicode.IsPrint(r) || Blank(r) || strings.ContainsRune(`.[]"\`, r) {
			return false
		}
	}
	return true
}

// Index returns the path of element i of the slice at p.
func (p Path) Index(i int) Path {
	return p + "[" + Path(strconv.Itoa(i)) + "]"
}

// String returns the path as text.
func (p Path) String() string { return string(p) }

// Invalid returns an [ErrorInvalid] error at p with the offending value and
// what is wrong.
func (p Path) Invalid(value, detail string) *FieldError {
	return &FieldError{Type: ErrorInvalid, Path: string(p), Value: value, Detail: detail}
}

// Required returns an [ErrorRequired] error at p.
func (p Path) Required(detail string) *FieldError {
	return &FieldError{Type: ErrorRequired, Path: string(p), Detail: detail}
}

// NotSupported returns an [ErrorNotSupported] error at p.
func (p Path) NotSupported(value, detail string) *FieldError {
	return &FieldError{Type: ErrorNotSupported, Path: string(p), Value: value, Detail: detail}
}

// Duplicate returns an [ErrorDuplicate] error at p.
func (p Path) Duplicate(value, detail string) *FieldError {
	return &FieldError{Type: ErrorDuplicate, Path: string(p), Value: value, Detail: detail}
}

// NotFound returns an [ErrorNotFound] error at p.
func (p Path) NotFound(value, detail string) *FieldError {
	return &FieldError{Type: ErrorNotFound, Path: string(p), Value: value, Detail: detail}
}

// TooMany returns an [ErrorTooMany] error at p.
func (p Path) TooMany(value, detail string) *FieldError {
	return &FieldError{Type: ErrorTooMany, Path: string(p), Value: value, Detail: detail}
}

// TooLong returns an [ErrorTooLong] error at p.
func (p Path) TooLong(value, detail string) *FieldError {
	return &FieldError{Type: ErrorTooLong, Path: string(p), Value: value, Detail: detail}
}

// maxQuoted is the most bytes of a bad value an error quotes.
const maxQuoted = 40

// Quote writes a bad text value for a [FieldError]: quoted, and cut to 40
// bytes (at a character boundary) so that a huge input cannot make a huge
// error. What cannot be seen is escaped: the characters that are not
// printable, as strconv.Quote escapes them, and the printable ones that
// show nothing ([Blank]: the Hangul filler as \u3164).
func Quote(s string) string {
	return escapeBlank(strconv.Quote(Shorten(s)))
}

// Blank reports whether r is a graphic character that shows nothing:
// one Unicode marks default-ignorable though it is no format character —
// the combining grapheme joiner U+034F, the Hangul fillers (U+115F, U+1160,
// U+3164, U+FFA0), the Khmer inherent vowels U+17B4–U+17B5, the variation
// selectors (U+180B–U+180F, U+FE00–U+FE0F, U+E0100–U+E01EF) — or the blank
// Braille pattern U+2800. Such a character in an id makes two ids that read
// as one; [Quote] and [Path.Key] escape it.
func Blank(r rune) bool {
	return r == 0x2800 || unicode.IsGraphic(r) &&
		unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}

// escapeBlank escapes in q, a quoted string, the characters [Blank]
// reports, which strconv.Quote writes as they are: \u3164, \U000e0100.
func escapeBlank(q string) string {
	if !strings.ContainsFunc(q, Blank) {
		return q
	}
	var b strings.Builder
	for _, r := range q {
		switch {
		case !Blank(r):
			b.WriteRune(r)
		case r > 0xffff:
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// Withheld writes a bad value of n bytes that is personal data (a member's
// name) for a [FieldError]: its length only, never its text, as in
// "(12 bytes, not quoted: personal data)".
func Withheld(n int) string {
	return "(" + strconv.Itoa(n) + " bytes, not quoted: personal data)"
}

// Shorten cuts s to 40 bytes at a character boundary, marking the cut
// with "…".
func Shorten(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	n := maxQuoted
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
