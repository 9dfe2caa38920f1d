package policy

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// CheckParams checks what every [Param] under set, a pointer to a
// parameter set built in Go, says of itself, as reading the set from JSON
// checks it (section 0):
//
//   - a set parameter's provenance is one of the five classes, or the
//     error of [Provenance.Check] at the parameter's name followed by
//     ".provenance";
//   - its source is at most [MaxSourceLength] bytes, or an [ErrorTooLong]
//     error at its name followed by ".source".
//
// An unset parameter's provenance is not checked: whether a parameter
// must be set is for its programme's checks to say, and one left unset is
// listed as local wherever a check or decision names it ([Param.Used]), as
// the JSON reader reads every unset parameter.
//
// A parameter without a name, and every parameter of a group with a
// SetName of its own (such as a programme's tiers), is named by its JSON
// path below prefix, as [Name] names it. Errors come in the order of the
// set's fields, a map's entries in the order of their paths, and for one
// parameter in the order above. A programme's Params.Validate calls it, so
// that no line, check or decision names a parameter of no provenance, or
// of a class that does not exist, and a set built in Go is held to the
// limit that keeps its breakdowns' size bounded. It reads each source's
// length only, so that validating a set costs the same whatever its
// sources say. That a source is plain text is checked where it is read
// from JSON ([CheckText]), where its bytes are read anyway: a set built in
// Go with a control character in a source passes, and is refused when its
// JSON is read back. Anything but a pointer to a struct has nothing to
// check; set is not changed.
func CheckParams(set any, prefix string) error {
	v := reflect.ValueOf(set)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	plan := planOf(v.Elem().Type())
	if !anyBad(v.Elem(), plan) { // a set is checked on every validation: this pass builds no path
		return nil
	}
	var errs []error
	checkParams(v.Elem(), plan, prefix, &errs)
	return errors.Join(errs...)
}

// anyBad reports whether some parameter of struct v, whose fields holding
// parameters are plan, is [bad].
func anyBad(v reflect.Value, plan []field) bool {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			if bad(fv) {
				return true
			}
		case fieldStruct:
			if anyBad(fv, f.sub) {
				return true
			}
		case fieldGroup:
			if groupBad(fv) {
				return true
			}
		case fieldParams, fieldGroups:
			if fv.Len() == 0 {
				continue
			}
			e := reflect.New(fv.Type().Elem()).Elem()
			for it := fv.MapRange(); it.Next(); {
				if e.SetIterValue(it); f.kind == fieldParams && bad(e) || f.kind == fieldGroups && groupBad(e) {
					return true
				}
			}
		}
	}
	return false
}

// checkParams appends to errs the errors of the parameters of struct v,
// whose fields holding parameters are plan and whose path is path, once
// [anyBad] has found one.
func checkParams(v reflect.Value, plan []field, path string, errs *[]error) {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			if bad(fv) {
				addParam(fv, join(path, f.key), errs)
			}
		case fieldStruct:
			checkParams(fv, f.sub, join(path, f.key), errs)
		case fieldGroup:
			if groupBad(fv) {
				checkGroup(fv, join(path, f.key), errs)
			}
		case fieldParams, fieldGroups:
			if fv.Len() == 0 {
				continue
			}
			n := len(*errs)
			e := reflect.New(fv.Type().Elem()).Elem()
			for it := fv.MapRange(); it.Next(); {
				e.SetIterValue(it)
				switch {
				case f.kind == fieldParams && bad(e):
					addParam(e, joinKey(join(path, f.key), it.Key()), errs)
				case f.kind == fieldGroups && groupBad(e):
					checkGroup(e, joinKey(join(path, f.key), it.Key()), errs)
				}
			}
			slices.SortStableFunc((*errs)[n:], func(a, b error) int { // by path: the same on every call
				return strings.Compare(a.(*FieldError).Path, b.(*FieldError).Path)
			})
		}
	}
}

// bad reports whether [Param] v says something of itself that a set read
// from JSON may not (see [CheckParams]).
func bad(v reflect.Value) bool {
	return v.Field(sourceField).Len() > MaxSourceLength || v.Field(setField).Bool() && !provenanceOf(v).Valid()
}

// provenanceOf returns the provenance of [Param] v.
func provenanceOf(v reflect.Value) Provenance { return Provenance(v.Field(provenanceField).String()) }

// addParam appends to errs the errors of [Param] v, which is [bad], at its
// name, or path when it has none.
func addParam(v reflect.Value, path string, errs *[]error) {
	if name := paramName(v); name != "" {
		path = name
	}
	if v.Field(setField).Bool() {
		if err := provenanceOf(v).Check(Path(path).Field("provenance")); err != nil {
			*errs = append(*errs, err)
		}
	}
	if n := v.Field(sourceField).Len(); n > MaxSourceLength {
		*errs = append(*errs, tooLong(Path(path).Field("source"), n, MaxSourceLength))
	}
}

// groupBad reports whether some parameter of v, a group of them with a
// SetName of its own, is [bad]: of its own fields that are Params. A
// group's groups, which no set holds, are not walked, so that no type or
// value can make the walk go on for ever.
func groupBad(v reflect.Value) bool {
	if v.Kind() != reflect.Struct {
		return false
	}
	for _, i := range groupFields(v.Type()) {
		if bad(v.Field(i)) {
			return true
		}
	}
	return false
}

// checkGroup appends to errs the errors of the parameters of v, a group
// of them with a SetName of its own whose path is path, each named as
// SetName names it, on a copy.
func checkGroup(v reflect.Value, path string, errs *[]error) {
	c := reflect.New(v.Type())
	c.Elem().Set(v)
	c.Interface().(namer).SetName(path)
	for _, i := range groupFields(v.Type()) {
		if p := c.Elem().Field(i); bad(p) {
			addParam(p, path, errs)
		}
	}
}

// groupFields returns the indexes of the fields of struct type t that are
// Params, worked out once for each type.
func groupFields(t reflect.Type) []int {
	if f, ok := groups.Load(t); ok {
		return f.([]int)
	}
	var fs []int
	for i := range t.NumField() {
		if _, ok := jsonKey(t.Field(i)); ok && isParam(t.Field(i).Type) {
			fs = append(fs, i)
		}
	}
	groups.Store(t, fs)
	return fs
}

// groups holds the Param fields of each group type seen.
var groups sync.Map // reflect.Type → []int

// The indexes of Param's fields Source, Provenance and Set, the same in
// every Param.
var sourceField, provenanceField, setField = fieldIndex("Source"), fieldIndex("Provenance"), fieldIndex("Set")

// fieldIndex returns the index of Param's field name.
func fieldIndex(name string) int {
	f, _ := paramType.FieldByName(name)
	return f.Index[0]
}
