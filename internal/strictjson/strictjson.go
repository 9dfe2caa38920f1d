package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// Limits on one decoded value.
const (
	MaxBytes  = 4 << 20 // 4 MiB
	MaxDepth  = 32
	MaxErrors = 100
)

// CheckSize returns the error of an input over MaxBytes, nil for one
// within it: the first test Decode makes, for a caller that reads the
// input some other way first.
func CheckSize(data []byte) error {
	if len(data) > MaxBytes {
		return &policy.FieldError{Type: policy.ErrorTooLong, Path: "(input)", Value: strconv.Itoa(len(data)),
			Detail: "bytes " + overLimit}
	}
	return nil
}

// OverLimit is the error of an input read from a stream no further than
// MaxBytes + 1 bytes and found longer than MaxBytes: its length is not
// known, only that it is over the limit.
func OverLimit() error {
	return &policy.FieldError{Type: policy.ErrorTooLong, Path: "(input)", Detail: overLimit}
}

// overLimit is the words of both errors of an input over MaxBytes.
var overLimit = "is more than the limit of " + strconv.Itoa(MaxBytes) + " bytes (4 MiB)"

// Decode decodes data into v, a non-nil pointer, strictly (see the package
// documentation). It returns nil or the field errors found, joined.
func Decode(data []byte, v any) error {
	if err := CheckSize(data); err != nil {
		return err
	}
	d := &decoder{scanner: scanner{data: data}}
	d.path = d.pathBuf[:0]
	rv := reflect.ValueOf(v).Elem()
	// At the ends, test the position rather than peek: peek returns 0 for a
	// NUL byte as it does at the end of the input.
	switch d.space(); {
	case d.pos == len(d.data):
		d.syntax("empty input")
	case bytes.HasPrefix(d.data[d.pos:], bom):
		d.syntax("a byte-order mark (U+FEFF) comes before the value: JSON has none (RFC 8259 §8.1); save the text as UTF-8 without it")
	case d.data[d.pos] == 'n' && rv.Kind() == reflect.Struct: // null would leave the whole value zero, read as {}
		d.mismatch("is not an object")
	default:
		d.value(rv, planOf(rv.Type()), field{})
	}
	if d.space(); d.fatal == nil && d.pos < len(d.data) {
		d.fatal = &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Detail: "has data after the JSON value"}
	}
	if d.fatal != nil {
		return d.fatal
	}
	return d.err()
}

// bom is the UTF-8 byte-order mark, which some editors put at the start of
// a file: RFC 8259 §8.1 lets a decoder ignore it, and a strict one names it.
var bom = []byte("\xef\xbb\xbf")

// decoder walks the input beside the Go type, keeping the path to the
// value it reads as a stack of segments, written out only on error.
type decoder struct {
	scanner
	// withhold is set while a personal field is read: its errors give the
	// value's length, not its text.
	withhold bool
}

// segment is one step of a path: a key (index -1), or an index (≥ 0). The
// key is the key as read, a slice of the input or of its own buffer.
type segment struct {
	key   []byte
	index int
}

func (s *scanner) pathText() policy.Path {
	var p policy.Path
	for _, seg := range s.path {
		if seg.index >= 0 {
			p = p.Index(seg.index)
			continue
		}
		// A key is shortened as a value is, and quoted or not by what the
		// path shows of it: an unknown key may be the size of the input,
		// and every error below it names it, so only its head is read.
		p = p.Key(policy.Shorten(string(head(seg.key))))
	}
	return p
}

// head returns the start of a key or value that an error shows, cut at a
// character boundary: policy.Shorten and policy.Quote keep at most 40
// bytes, so reading or converting more of a long one is work thrown away,
// and an input may name one long key in each of its errors.
func head(b []byte) []byte {
	const n = 64 // more than Shorten keeps, so that it still marks the cut
	if len(b) <= n {
		return b
	}
	i := n
	for i > n-utf8.UTFMax && !utf8.RuneStart(b[i]) {
		i--
	}
	return b[:i]
}

// fail records e at the current path; e.Path, if set, is relative to it.
func (s *scanner) fail(e *policy.FieldError) {
	if len(s.errs) >= MaxErrors {
		s.more++
		return
	}
	p := s.pathText()
	if e.Path != "" {
		p = p.Field(e.Path)
	}
	e.Path = string(p)
	s.add(e)
}

// add records e, whose path is whole ("(input)" when empty).
func (s *scanner) add(e *policy.FieldError) {
	if len(s.errs) >= MaxErrors {
		s.more++
		return
	}
	if e.Path == "" {
		e.Path = "(input)"
	}
	s.errs = append(s.errs, e)
}

func (s *scanner) err() error {
	if s.more > 0 {
		s.errs = append(s.errs, &policy.FieldError{Type: policy.ErrorTooMany, Path: "(input)",
			Value: "and " + strconv.Itoa(s.more) + " more", Detail: "errors were found and not shown"})
	}
	return errors.Join(s.errs...)
}

// kind is how a Go type is read.
type kind uint8

const (
	kStruct kind = iota
	kPointer
	kSlice
	kMap
	kString
	kBool
	kInt
	kDecimal
	kText // encoding.TextUnmarshaler
	kJSON // json.Unmarshaler
	kOther
)

// plan is how to read one Go type, worked out once per type.
type plan struct {
	kind   kind
	typ    reflect.Type
	elem   *plan   // pointer, slice and map elements
	key    *plan   // map keys
	fields []field // struct fields
}

// field is one struct field as the JSON names it.
type field struct {
	name     string
	index    int
	plan     *plan
	required bool
	personal bool // an error never quotes the value: it gives its length (policy.Withheld)
	max      int  // slices and maps: the most elements or keys (0: no limit beyond the input's size)
	places   int  // decimals: the most decimal places
}

var (
	plans           sync.Map // reflect.Type → *plan
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	decimalType     = reflect.TypeFor[decimal.Decimal]()
)

// planOf returns the plan of type t, made once. Plans are made under a
// lock and published only when complete, so that two goroutines decoding a
// type for the first time at once never see a plan half made.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	planning.Lock()
	defer planning.Unlock()
	if p, ok := plans.Load(t); ok { // made while this goroutine waited
		return p.(*plan)
	}
	made := map[reflect.Type]*plan{}
	p := makePlan(t, made)
	for t, q := range made {
		plans.Store(t, q)
	}
	return p
}

// planning is held while plans are made.
var planning sync.Mutex

// makePlan makes the plan of t and of the types it holds, adding each to
// made before its elements so that a recursive type finds itself.
func makePlan(t reflect.Type, made map[reflect.Type]*plan) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	if p := made[t]; p != nil {
		return p
	}
	p := &plan{typ: t}
	made[t] = p
	planOf := func(t reflect.Type) *plan { return makePlan(t, made) }
	pt := reflect.PointerTo(t)
	switch {
	case t == decimalType:
		p.kind = kDecimal
	case pt.Implements(jsonUnmarshaler):
		p.kind = kJSON
	case pt.Implements(textUnmarshaler):
		p.kind = kText
	default:
		switch t.Kind() {
		case reflect.Struct:
			p.kind = kStruct
			p.fields = fieldsOf(t, planOf)
		case reflect.Pointer:
			p.kind, p.elem = kPointer, planOf(t.Elem())
		case reflect.Slice:
			p.kind, p.elem = kSlice, planOf(t.Elem())
		case reflect.Map:
			p.kind, p.key, p.elem = kMap, planOf(t.Key()), planOf(t.Elem())
		case reflect.String:
			p.kind = kString
		case reflect.Bool:
			p.kind = kBool
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			p.kind = kInt
		default:
			p.kind = kOther
		}
	}
	return p
}

func fieldsOf(t reflect.Type, planOf func(reflect.Type) *plan) []field {
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if !sf.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f := field{name: name, index: i, plan: planOf(sf.Type), required: sf.Tag.Get("required") == "true",
			personal: sf.Tag.Get("personal") == "true", places: 2}
		if m, err := strconv.Atoi(sf.Tag.Get("max")); err == nil {
			f.max = m
		}
		if n, err := strconv.Atoi(sf.Tag.Get("places")); err == nil {
			f.places = n
		}
		fs = append(fs, f)
	}
	if len(fs) > 64 {
		panic("strictjson: a struct of more than 64 fields") // object's seen set is one word
	}
	for _, f := range fs {
		if f.personal && f.plan.kind != kString { // what a self-decoding value says of itself cannot be withheld
			panic("strictjson: personal:\"true\" on " + t.String() + "." + f.name + ", which is not a string")
		}
	}
	return fs
}
