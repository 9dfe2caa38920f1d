// Package strictjson decodes JSON the way a policy library must: keys
// matched exactly (encoding/json matches them case-insensitively), no
// unknown fields, required fields present and not null, nothing after the
// value, and bounded size and nesting. Every failure is a
// [policy.FieldError] naming the field path.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/safetynet-go/safetynet/policy"
)

// Limits on one decoded value.
const (
	MaxBytes = 4 << 20 // 4 MiB
	MaxDepth = 32
)

// Decode decodes data into v strictly. A struct field tagged
// `required:"true"` must be present and not null.
func Decode(data []byte, v any) error {
	if len(data) > MaxBytes {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Value: fmt.Sprint(len(data)), Detail: fmt.Sprintf("bytes is over the limit of %d", MaxBytes)}
	}
	if d := depth(data); d > MaxDepth {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Value: fmt.Sprint(d), Detail: fmt.Sprintf("levels of nesting is over the limit of %d", MaxDepth)}
	}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return syntaxError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Detail: "has data after the JSON value"}
	}
	var errs []error
	check(reflect.TypeOf(v).Elem(), tree, "", &errs)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return typeError(err)
	}
	return nil
}

func syntaxError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Value: fmt.Sprintf("offset %d", se.Offset), Detail: "is not valid JSON: " + se.Error()}
	}
	return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Detail: "is not valid JSON: " + err.Error()}
}

func typeError(err error) error {
	var fe *policy.FieldError
	if errors.As(err, &fe) {
		return fe
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &policy.FieldError{Type: policy.ErrorInvalid, Path: te.Field, Value: te.Value, Detail: "is not a " + te.Type.String()}
	}
	return &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Detail: err.Error()}
}

// depth returns the deepest nesting of objects and arrays in data,
// skipping strings.
func depth(data []byte) int {
	d, maxd, inStr, esc := 0, 0, false, false
	for _, c := range data {
		switch {
		case inStr:
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			d++
			maxd = max(maxd, d)
		case c == '}' || c == ']':
			d--
		}
	}
	return maxd
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// leaf reports whether t decodes itself, so its inside is not walked.
func leaf(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t.Implements(jsonUnmarshaler) || pt.Implements(jsonUnmarshaler) ||
		t.Implements(textUnmarshaler) || pt.Implements(textUnmarshaler)
}

type field struct {
	name     string
	typ      reflect.Type
	required bool
}

var fieldCache sync.Map // reflect.Type → []field

func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fs = append(fs, field{name: name, typ: sf.Type, required: sf.Tag.Get("required") == "true"})
	}
	fieldCache.Store(t, fs)
	return fs
}

// check walks the decoded tree beside the Go type, reporting keys that do
// not match a field exactly and required fields that are missing or null.
func check(t reflect.Type, v any, path policy.Path, errs *[]error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if v == nil {
		return
	}
	if leaf(t) {
		checkLeaf(t, v, path, errs)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return // a type error; the typed decode reports it
		}
		fs := fieldsOf(t)
		for _, key := range slices.Sorted(maps.Keys(obj)) {
			val := obj[key]
			f, ok := lookup(fs, key)
			if !ok {
				*errs = append(*errs, (&policy.FieldError{Type: policy.ErrorUnknown, Path: string(pathOr(path.Field(key))), Detail: "is not a known field"}))
				continue
			}
			check(f.typ, val, path.Field(key), errs)
		}
		for _, f := range fs {
			if !f.required {
				continue
			}
			if val, ok := obj[f.name]; !ok {
				*errs = append(*errs, path.Field(f.name).Required("is required"))
			} else if val == nil {
				*errs = append(*errs, (&policy.FieldError{Type: policy.ErrorRequired, Path: string(path.Field(f.name)), Value: "null", Detail: "is not allowed: the field is required"}))
			}
		}
	case reflect.Slice, reflect.Array:
		arr, ok := v.([]any)
		if !ok {
			return
		}
		for i, e := range arr {
			check(t.Elem(), e, path.Index(i), errs)
		}
	case reflect.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			check(t.Elem(), obj[k], path.Field(k), errs)
		}
	}
}

func lookup(fs []field, key string) (field, bool) {
	for _, f := range fs {
		if f.name == key {
			return f, true
		}
	}
	return field{}, false
}

func pathOr(p policy.Path) policy.Path {
	if p == "" {
		return "(input)"
	}
	return p
}

// checkLeaf decodes one self-decoding value (an enum, a date, a decimal) on
// its own, so that its error carries the field path.
func checkLeaf(t reflect.Type, v any, path policy.Path, errs *[]error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return
	}
	pv := reflect.New(t)
	if u, ok := pv.Interface().(json.Unmarshaler); ok {
		err = u.UnmarshalJSON(raw)
	} else if u, ok := pv.Interface().(encoding.TextUnmarshaler); ok {
		s, isString := v.(string)
		if !isString {
			*errs = append(*errs, pathOr(path).Invalid(short(raw), "is not a string"))
			return
		}
		err = u.UnmarshalText([]byte(s))
	}
	if err == nil {
		return
	}
	var fe *policy.FieldError
	if errors.As(err, &fe) {
		// A leaf reports its own relative path (a parameter's "value"), if any.
		if fe.Path != "" {
			path = path.Field(fe.Path)
		}
		value := fe.Value
		if value == "" {
			value = short(raw)
		}
		*errs = append(*errs, &policy.FieldError{Type: fe.Type, Path: string(pathOr(path)), Value: value, Detail: fe.Detail})
		return
	}
	*errs = append(*errs, pathOr(path).Invalid(short(raw), err.Error()))
}

// short cuts a raw JSON value to 40 bytes for an error message.
func short(raw []byte) string {
	if len(raw) > 40 {
		return string(raw[:40]) + "…"
	}
	return string(raw)
}
