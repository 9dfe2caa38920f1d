package policy

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// unmarshalAt reads the JSON object b into *x as encoding/json does, and puts a
// field error that comes back without a path — a value's own
// UnmarshalText, such as [Programme]'s or [Provenance]'s, knows no field —
// at the field it was met in ("programme", "params[1].provenance"), found
// by decoding the fields of b one by one. It is for the error path only:
// b is decoded once when it is good.
func unmarshalAt[T any](b []byte, x *T) error {
	err := json.Unmarshal(b, x)
	var fe *FieldError
	if err == nil || !errors.As(err, &fe) || fe.Path != "" {
		return err
	}
	at := *fe
	at.Path = locate(b, reflect.TypeFor[T]())
	return &at
}

// locate returns the path, within the JSON value b of type t, of the first
// struct field or array entry that does not decode, or "" when it cannot
// tell (b is not an object or array, or every part decodes on its own).
func locate(b []byte, t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct:
		var fields map[string]json.RawMessage
		if json.Unmarshal(b, &fields) != nil {
			return ""
		}
		for i := range t.NumField() {
			f := t.Field(i)
			key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if key == "" {
				key = f.Name
			}
			v, ok := fields[key]
			if !f.IsExported() || key == "-" || !ok || json.Unmarshal(v, reflect.New(f.Type).Interface()) == nil {
				continue
			}
			switch sub := locate(v, f.Type); {
			case sub == "":
				return key
			case sub[0] == '[':
				return key + sub
			default:
				return key + "." + sub
			}
		}
	case reflect.Slice:
		var entries []json.RawMessage
		if json.Unmarshal(b, &entries) != nil {
			return ""
		}
		for i, v := range entries {
			if json.Unmarshal(v, reflect.New(t.Elem()).Interface()) == nil {
				continue
			}
			at := string(Path("").Index(i))
			if sub := locate(v, t.Elem()); sub != "" && sub[0] == '[' {
				return at + sub
			} else if sub != "" {
				return at + "." + sub
			}
			return at
		}
	}
	return ""
}
