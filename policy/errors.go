package policy

import (
	"errors"
	"strconv"
)

// Sentinel errors. Every error the library returns wraps one of them, so
// callers test the kind with [errors.Is] and the detail with [errors.As].
var (
	// ErrInvalid marks bad input: a record or parameter value that breaks a
	// rule of its type or of POLICY.md.
	ErrInvalid = errors.New("invalid")
	// ErrMissingParam marks a local parameter the county must supply and has
	// not (POLICY.md section 0).
	ErrMissingParam = errors.New("missing parameter")
	// ErrNoParams marks an assessment date that no loaded parameter set covers.
	ErrNoParams = errors.New("no parameter set in force")
)

// FieldError is bad input at one field: its path in the record (e.g.
// "members[2].disability.grade"), the offending value as text, and what is
// wrong. It wraps [ErrInvalid]. Values are field values only, never a whole
// record, so errors can be logged without leaking a household's data.
type FieldError struct {
	Path  string
	Value string
	Msg   string
}

// Error formats the error as "path: value msg" (e.g.
// "members[2].disability.grade: 7 is not 1–4"); a value decoded on its own,
// before its place in a record is known, has no path.
func (e *FieldError) Error() string {
	prefix := ""
	if e.Path != "" {
		prefix = e.Path + ": "
	}
	if e.Value == "" {
		return prefix + e.Msg
	}
	return prefix + e.Value + " " + e.Msg
}

// Unwrap returns [ErrInvalid].
func (e *FieldError) Unwrap() error { return ErrInvalid }

// MissingParamError names a local parameter that a rule needs and the
// county has not supplied. It wraps [ErrMissingParam].
type MissingParamError struct {
	Name string
}

// Error formats the error as "missing parameter: name".
func (e *MissingParamError) Error() string { return "missing parameter: " + e.Name }

// Unwrap returns [ErrMissingParam].
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

// Index returns the path of element i of the slice at p.
func (p Path) Index(i int) Path {
	return p + "[" + Path(strconv.Itoa(i)) + "]"
}

// String returns the path as text.
func (p Path) String() string { return string(p) }

// Error returns a [FieldError] at p with the offending value and what is wrong.
func (p Path) Error(value, msg string) *FieldError {
	return &FieldError{Path: string(p), Value: value, Msg: msg}
}

// Quote writes a bad text value for a [FieldError]: quoted, and cut to 40
// bytes so that a huge input cannot make a huge error.
func Quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strconv.Quote(s)
}
