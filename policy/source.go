package policy

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSourceLength is the most bytes a parameter's source may hold. A
// line names the source of every parameter it used, so a set's sources are
// written again in every breakdown it makes: the limit keeps a breakdown's
// size bounded whatever the set. The built-in sources are under 300 bytes.
const MaxSourceLength = 1000

// checkSource reports a source that is longer than [MaxSourceLength]
// bytes, is not valid UTF-8 or holds a control character, as a
// [*FieldError] at path.
func checkSource(path Path, s string) error { return CheckText(path, s, MaxSourceLength) }

// CheckText reports a text of a parameter set (a source, a set's name)
// that is longer than most bytes, as an [ErrorTooLong] error that gives
// its length rather than quoting it, or is not valid UTF-8 or holds a
// control character or the replacement character U+FFFD (what a reader
// puts for bytes that are not UTF-8), as an [ErrorInvalid] one; the error
// is a [*FieldError] at path.
func CheckText(path Path, s string, most int) error {
	switch {
	case len(s) > most:
		return path.TooLong("("+strconv.Itoa(len(s))+" bytes)", "is longer than "+strconv.Itoa(most)+" bytes")
	case !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) || strings.ContainsFunc(s, unicode.IsControl):
		return path.Invalid(Quote(s), "is not valid UTF-8 or holds a control character")
	}
	return nil
}

// CheckSources checks the source of every [Param] under set, a pointer to
// a parameter set, as reading one from JSON checks it: at most
// [MaxSourceLength] bytes of UTF-8 without control characters. Each error
// is a [*FieldError] at the parameter's name followed by ".source"
// ("lowincome.standard.source"), in the order of the set's fields (a map's
// entries in the order of their keys). A programme's Params.Validate calls
// it, so that a set built in Go is held to the limit of one read from
// JSON; anything but a pointer to a struct has nothing to check.
func CheckSources(set any) error {
	v := reflect.ValueOf(set)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	var errs []error
	checkSources(v.Elem(), planOf(v.Elem().Type()), &errs)
	return errors.Join(errs...)
}

// checkSources appends to errs the errors of the sources of the parameters
// of struct v, whose fields holding parameters are plan.
func checkSources(v reflect.Value, plan []field, errs *[]error) {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			checkParamSource(fv, errs)
		case fieldGroup, fieldStruct:
			checkSources(fv, f.sub, errs)
		case fieldParams, fieldGroups:
			keys := fv.MapKeys()
			slices.SortFunc(keys, func(a, b reflect.Value) int {
				return strings.Compare(fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface()))
			})
			for _, k := range keys {
				e := fv.MapIndex(k)
				if f.kind == fieldParams {
					checkParamSource(e, errs)
				} else if e.Kind() == reflect.Struct {
					checkSources(e, f.sub, errs)
				}
			}
		}
	}
}

// checkParamSource appends to errs the error of the source of [Param] v.
func checkParamSource(v reflect.Value, errs *[]error) {
	if err := checkSource(Path(paramName(v)).Field("source"), v.Field(sourceField).String()); err != nil {
		*errs = append(*errs, err)
	}
}

// sourceField is the index of Param's field Source, the same in every
// Param.
var sourceField = func() int {
	f, _ := paramType.FieldByName("Source")
	return f.Index[0]
}()
