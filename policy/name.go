package policy

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// namer is a parameter, or a group of them, that takes its name from its
// path in its parameter set.
type namer interface{ SetName(string) }

// fieldKind is what a field of a parameter set holds, for naming.
type fieldKind uint8

// The kinds of field to name.
const (
	fieldParam  fieldKind = iota // a Param
	fieldGroup                   // a group of parameters with a SetName of its own
	fieldStruct                  // a struct that holds either
	fieldParams                  // a map of Params
	fieldGroups                  // a map of groups
)

// field is one field of a parameter set to name: its index, its json key,
// what it holds and, for a struct, its own fields.
type field struct {
	index int
	key   string
	kind  fieldKind
	sub   []field
}

// plans holds the fields to name of each struct type seen, worked out once:
// a set's type is walked by reflection once, not on every call.
var plans sync.Map // reflect.Type → []field

var (
	namerType = reflect.TypeFor[namer]()
	paramType = reflect.TypeFor[Param[int]]()
	// nameField is the index of Param's field Name, the same in every Param.
	nameField = func() int {
		f, _ := paramType.FieldByName("Name")
		return f.Index[0]
	}()
)

// isParam reports whether t is a [Param] of some value type: a type that
// embeds one is not.
func isParam(t reflect.Type) bool {
	return t.PkgPath() == paramType.PkgPath() && strings.HasPrefix(t.Name(), "Param[")
}

// jsonKey returns the key encoding/json writes struct field f under, and
// false for a field it leaves out (unexported, or tagged "-").
func jsonKey(f reflect.StructField) (string, bool) {
	key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if !f.IsExported() || key == "-" {
		return "", false
	}
	if key == "" {
		key = f.Name
	}
	return key, true
}

// planOf returns the fields of struct type t that hold parameters.
func planOf(t reflect.Type) []field {
	if p, ok := plans.Load(t); ok {
		return p.([]field)
	}
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		key, ok := jsonKey(f)
		if !ok {
			continue
		}
		x := field{index: i, key: key}
		switch ft := f.Type; {
		case isParam(ft):
			x.kind = fieldParam
		case reflect.PointerTo(ft).Implements(namerType):
			x.kind = fieldGroup
		case ft.Kind() == reflect.Struct:
			if x.sub = planOf(ft); len(x.sub) == 0 {
				continue
			}
			x.kind = fieldStruct
		case ft.Kind() == reflect.Map && isParam(ft.Elem()):
			x.kind = fieldParams
		case ft.Kind() == reflect.Map && reflect.PointerTo(ft.Elem()).Implements(namerType):
			x.kind = fieldGroups
		default:
			continue
		}
		fs = append(fs, x)
	}
	plans.Store(t, fs)
	return fs
}

// Name names every parameter under set, a pointer to a parameter set, by
// its JSON path below prefix, whatever name it had: a struct field by its
// json key (an embedded struct, without one, by its type's name, as the
// strict JSON reader names it), a map entry by its key
// ("lowincome.standard", "lowincome.counted.wages"). A [Param] is named
// with its path, and a group of parameters with a SetName method of its
// own, such as a programme's tiers, by that method. A map of groups, and a
// map of Params not all so named already, is replaced by a named copy, so
// that a map the set shares with another is never changed under it. A
// field the JSON leaves out (`json:"-"`) is not named, and anything else, a
// nil set included, is left alone.
func Name(set any, prefix string) {
	v := reflect.ValueOf(set)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return
	}
	name(v.Elem(), planOf(v.Elem().Type()), prefix, true)
}

// Named returns set with every [Param] below it that has no name named by
// its JSON path below prefix, as [Name] names it; a parameter with a name
// keeps it, and groups with a SetName method of their own, and fields the
// JSON leaves out, are left to their package. It returns set itself when
// every parameter has a name (and for a nil set), else a named copy in
// which each map it names an entry of is a copy too: set is never changed.
// A programme's New and Params.Validate call it, so that a set built by
// hand, even the zero one, is checked and cited under its parameters'
// paths ("lowincome.standard: is required", not a bare "is required"). T
// is a struct type.
func Named[T any](set *T, prefix string) *T {
	if set == nil {
		return set
	}
	v := reflect.ValueOf(set).Elem()
	if v.Kind() != reflect.Struct {
		return set
	}
	plan := planOf(v.Type())
	if !anyUnnamed(v, plan) {
		return set
	}
	c := *set
	name(reflect.ValueOf(&c).Elem(), plan, prefix, false)
	return &c
}

// name names the parameters of struct v, whose fields to name are plan, by
// their paths below path: every one and every group when all is true
// ([Name]), else the parameters without a name ([Named]). A map is replaced
// by a named copy when an entry of it is to be named.
func name(v reflect.Value, plan []field, path string, all bool) {
	for _, f := range plan {
		fv, at := v.Field(f.index), join(path, f.key)
		switch f.kind {
		case fieldParam:
			if all || paramName(fv) == "" {
				fv.Addr().Interface().(namer).SetName(at)
			}
		case fieldGroup:
			if all {
				fv.Addr().Interface().(namer).SetName(at)
			}
		case fieldStruct:
			name(fv, f.sub, at, all)
		case fieldParams, fieldGroups:
			if fv.IsNil() || !all && (f.kind == fieldGroups || !anyUnnamedIn(fv)) ||
				all && f.kind == fieldParams && namedIn(fv, at) {
				continue
			}
			named := reflect.MakeMapWithSize(fv.Type(), fv.Len())
			for iter := fv.MapRange(); iter.Next(); {
				e := reflect.New(fv.Type().Elem())
				e.Elem().Set(iter.Value())
				if all || paramName(e.Elem()) == "" {
					e.Interface().(namer).SetName(joinKey(at, iter.Key()))
				}
				named.SetMapIndex(iter.Key(), e.Elem())
			}
			fv.Set(named)
		}
	}
}

// anyUnnamed reports whether some [Param] of struct v, whose fields to name
// are plan, has no name.
func anyUnnamed(v reflect.Value, plan []field) bool {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch {
		case f.kind == fieldParam && paramName(fv) == "",
			f.kind == fieldStruct && anyUnnamed(fv, f.sub),
			f.kind == fieldParams && anyUnnamedIn(fv):
			return true
		}
	}
	return false
}

// anyUnnamedIn reports whether some [Param] in map m has no name.
func anyUnnamedIn(m reflect.Value) bool {
	for iter := m.MapRange(); iter.Next(); {
		if paramName(iter.Value()) == "" {
			return true
		}
	}
	return false
}

// namedIn reports whether every [Param] in map m is named by its path below
// path already, so that [Name] leaves the map as it is.
func namedIn(m reflect.Value, path string) bool {
	for iter := m.MapRange(); iter.Next(); {
		n := paramName(iter.Value())
		rest, ok := strings.CutPrefix(n, path)
		if !ok || len(rest) == 0 || rest[0] != '.' || rest[1:] != joinKey("", iter.Key()) {
			return false
		}
	}
	return true
}

// paramName returns the name of [Param] v.
func paramName(v reflect.Value) string { return v.Field(nameField).String() }

// joinKey returns the path of the entry with key k of the map at path, the
// key quoted when it is not plain ([Path.Key]).
func joinKey(path string, k reflect.Value) string {
	return string(Path(path).Key(fmt.Sprint(k.Interface())))
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
