package policy

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// unmarshalAt reads the JSON object b into *x as encoding/json does, and
// puts a field error that comes back from a field's value at that field:
// encoding/json passes on a value's error as it is, so a value that knows
// no field of its own — [Programme]'s or [Provenance]'s UnmarshalText —
// says nothing of where it was, and one with a path of its own (an
// explanation's "args.n") says where within the value only. The field is
// found by decoding the fields of b one by one until one gives the same
// error ("programme", "params[1].provenance", "explanation.args.n"). It
// costs nothing when b is good, and on an error a few decodings of the
// part at fault, one per level of T's fields.
func unmarshalAt[T any](b []byte, x *T) error {
	err := json.Unmarshal(b, x)
	var fe *FieldError
	if err == nil || !errors.As(err, &fe) {
		return err
	}
	at := locate(b, reflect.TypeFor[T](), fe)
	if at == "" {
		return err
	}
	located := *fe
	located.Path = joinPath(at, fe.Path)
	return &located
}

// locate returns the path, within the JSON value b of type t, of the
// struct field or array entry whose own decoding gives the error fe, or ""
// when there is none (b is not an object or array, or no part of it gives
// fe alone). Keys match as encoding/json matches them: exactly, else
// without regard to case.
func locate(b []byte, t reflect.Type, fe *FieldError) string {
	switch t.Kind() {
	case reflect.Struct:
		var fields map[string]json.RawMessage
		if json.Unmarshal(b, &fields) != nil {
			return ""
		}
		for i := range t.NumField() {
			f := t.Field(i)
			key, ok := jsonKey(f)
			if !ok {
				continue
			}
			if v, ok := member(fields, key); ok && gives(v, f.Type, fe) {
				return joinPath(key, locate(v, f.Type, fe))
			}
		}
	case reflect.Slice:
		var entries []json.RawMessage
		if json.Unmarshal(b, &entries) != nil {
			return ""
		}
		for i, v := range entries {
			if gives(v, t.Elem(), fe) {
				return joinPath(string(Path("").Index(i)), locate(v, t.Elem(), fe))
			}
		}
	}
	return ""
}

// member returns the value of key in fields: the one of that key, else one
// whose key differs only in case.
func member(fields map[string]json.RawMessage, key string) (json.RawMessage, bool) {
	if v, ok := fields[key]; ok {
		return v, true
	}
	for k, v := range fields {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

// gives reports whether decoding the JSON value b as a t fails with fe.
func gives(b []byte, t reflect.Type, fe *FieldError) bool {
	var got *FieldError
	err := json.Unmarshal(b, reflect.New(t).Interface())
	return errors.As(err, &got) && *got == *fe
}

// joinPath returns path below prefix: "lines[0]" and "annual" make
// "lines[0].annual", "params" and "[1]" make "params[1]".
func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}
