package policy

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxSourceLength is the most bytes a parameter's source may hold. A
// line names the source of every parameter it used, so a set's sources are
// written again in every breakdown it makes: the limit keeps a breakdown's
// size bounded whatever the set. The built-in sources are under 300 bytes.
const MaxSourceLength = 1000

// checkSource reports a source that is longer than [MaxSourceLength]
// bytes, is not valid UTF-8 or holds a control character, as a
// [*FieldError] at path: the check of a source read from JSON.
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
	case !plainText(s):
		return path.Invalid(Quote(s), "is not valid UTF-8 or holds a control character")
	}
	return nil
}

// plainText reports whether s is valid UTF-8 without a control character
// (U+0000–U+001F, U+007F–U+009F) or U+FFFD. It reads bytes, not runes,
// as it reads every source of a set read from JSON. The control characters
// above U+007F are the two-byte sequences C2 80 to C2 9F, and U+FFFD is
// EF BF BD.
func plainText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f:
			return false
		case c == 0xc2 && s[i+1] < 0xa0, // valid UTF-8: a continuation byte follows
			c == 0xef && s[i+1] == 0xbf && s[i+2] == 0xbd:
			return false
		}
	}
	return true
}

// CheckSources checks that the source of every [Param] under set, a
// pointer to a parameter set, is at most [MaxSourceLength] bytes, as
// reading one from JSON checks it. Each error is a [*FieldError] at the
// parameter's name followed by ".source" ("lowincome.standard.source"), in
// the order of the set's fields (a map's entries in the order of their
// paths). A programme's Params.Validate calls it, so that a set built in
// Go is held to the limit that keeps its breakdowns' size bounded; it
// reads each source's length only, so that validating a set costs the same
// whatever its sources say. That a source is plain text is checked where
// it is read from JSON ([CheckText]), where the bytes are read anyway.
// Anything but a pointer to a struct has nothing to check.
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
// of struct v, whose fields holding parameters are plan. It allocates
// nothing while every source is within the limit (a map's one value to
// read its entries into apart): a set is checked on every validation, the
// one-shot benefit.Assess's included.
func checkSources(v reflect.Value, plan []field, errs *[]error) {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			checkParamSource(fv, errs)
		case fieldGroup, fieldStruct:
			checkSources(fv, f.sub, errs)
		case fieldParams, fieldGroups:
			if fv.Len() == 0 {
				continue
			}
			n := len(*errs)
			e := reflect.New(fv.Type().Elem()).Elem()
			for it := fv.MapRange(); it.Next(); {
				e.SetIterValue(it)
				if f.kind == fieldParams {
					checkParamSource(e, errs)
				} else if e.Kind() == reflect.Struct {
					checkSources(e, f.sub, errs)
				}
			}
			// A map's entries by their paths, the same on every call.
			slices.SortStableFunc((*errs)[n:], func(a, b error) int {
				return strings.Compare(a.(*FieldError).Path, b.(*FieldError).Path)
			})
		}
	}
}

// checkParamSource appends to errs the error of the source of [Param] v
// when it is longer than [MaxSourceLength] bytes, at its name followed by
// ".source".
func checkParamSource(v reflect.Value, errs *[]error) {
	if n := v.Field(sourceField).Len(); n > MaxSourceLength {
		*errs = append(*errs, Path(paramName(v)).Field("source").TooLong("("+strconv.Itoa(n)+" bytes)",
			"is longer than "+strconv.Itoa(MaxSourceLength)+" bytes"))
	}
}

// sourceField is the index of Param's field Source, the same in every
// Param.
var sourceField = func() int {
	f, _ := paramType.FieldByName("Source")
	return f.Index[0]
}()
