package policy

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxSourceLength is the most bytes a parameter's source may hold. A
// line names the source of every parameter it used, so a set's sources are
// written again in every breakdown it makes: the limit keeps a breakdown's
// size bounded whatever the set. The built-in sources are under 300 bytes.
const MaxSourceLength = 1000

// ScanText reads s once and reports whether it is valid UTF-8 and whether
// it holds a control character (unicode.IsControl: U+0000–U+001F and
// U+007F–U+009F). It is the one test of plain text, for the texts of
// records and of parameter sets alike.
func ScanText(s string) (valid, control bool) {
	valid = true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			control = control || c < 0x20 || c == 0x7f
			i++
			continue
		case (0xe1 <= c && c <= 0xec || c == 0xee || c == 0xef) && i+2 < len(s) && continuation(s[i+1]) &&
			continuation(s[i+2]):
			i += 3 // U+1000–U+CFFF or U+E000–U+FFFF, the Han characters among them (RFC 3629)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 { // an invalid byte
			valid = false
		}
		control = control || r < 0xa0
		i += size
	}
	return valid, control
}

// continuation reports whether b continues a multi-byte UTF-8 sequence.
func continuation(b byte) bool { return b&0xc0 == 0x80 }

// CheckText reports a text of a parameter set (a source, a set's name)
// that is longer than most bytes, as an [ErrorTooLong] error that gives
// its length rather than quoting it, and one that is not valid UTF-8 or
// holds a control character ([ScanText]), as an [ErrorInvalid] one, in
// the words a record's texts get; the error is a [*FieldError] at path.
func CheckText(path Path, s string, most int) error {
	if len(s) > most {
		return tooLong(path, len(s), most)
	}
	switch valid, control := ScanText(s); {
	case !valid:
		return path.Invalid(Quote(s), "is not valid UTF-8")
	case control:
		return path.Invalid(Quote(s), "holds a control character")
	}
	return nil
}

// tooLong is the error of a text of n bytes at path, longer than most: it
// gives the length, not the text.
func tooLong(path Path, n, most int) *FieldError {
	return path.TooLong("("+strconv.Itoa(n)+" bytes)", "is longer than "+strconv.Itoa(most)+" bytes")
}

// CheckSources checks that the source of every [Param] under set, a
// pointer to a parameter set, is at most [MaxSourceLength] bytes, as
// reading one from JSON checks it. Each error is a [*FieldError] at the
// parameter's name followed by ".source" ("lowincome.standard.source"): a
// parameter without a name, and every parameter of a group with a SetName
// of its own (such as a programme's tiers), named by its JSON path below
// prefix, as [Name] names it. Errors come in the order of the set's
// fields, a map's entries in the order of their paths. A programme's
// Params.Validate calls it, so that a set built in Go is held to the limit
// that keeps its breakdowns' size bounded; it reads each source's length
// only, so that validating a set costs the same whatever its sources say.
// That a source is plain text is checked where it is read from JSON
// ([CheckText]), where its bytes are read anyway: a set built in Go with a
// control character in a source passes, and is refused when its JSON is
// read back. Anything but a pointer to a struct has nothing to check; set
// is not changed.
func CheckSources(set any, prefix string) error {
	v := reflect.ValueOf(set)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	plan := planOf(v.Elem().Type())
	if !anyOver(v.Elem(), plan) { // a set is checked on every validation: this pass builds no path
		return nil
	}
	var errs []error
	checkSources(v.Elem(), plan, prefix, &errs)
	return errors.Join(errs...)
}

// anyOver reports whether some source of the parameters of struct v, whose
// fields holding parameters are plan, is over the limit.
func anyOver(v reflect.Value, plan []field) bool {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			if over(fv) {
				return true
			}
		case fieldStruct:
			if anyOver(fv, f.sub) {
				return true
			}
		case fieldGroup:
			if groupOver(fv) {
				return true
			}
		case fieldParams, fieldGroups:
			if fv.Len() == 0 {
				continue
			}
			e := reflect.New(fv.Type().Elem()).Elem()
			for it := fv.MapRange(); it.Next(); {
				if e.SetIterValue(it); f.kind == fieldParams && over(e) || f.kind == fieldGroups && groupOver(e) {
					return true
				}
			}
		}
	}
	return false
}

// checkSources appends to errs the errors of the sources of the parameters
// of struct v, whose fields holding parameters are plan and whose path is
// path, once [anyOver] has found one over the limit.
func checkSources(v reflect.Value, plan []field, path string, errs *[]error) {
	for _, f := range plan {
		fv := v.Field(f.index)
		switch f.kind {
		case fieldParam:
			if over(fv) {
				addSource(fv, join(path, f.key), errs)
			}
		case fieldStruct:
			checkSources(fv, f.sub, join(path, f.key), errs)
		case fieldGroup:
			if groupOver(fv) {
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
				case f.kind == fieldParams && over(e):
					addSource(e, joinKey(join(path, f.key), it.Key()), errs)
				case f.kind == fieldGroups && groupOver(e):
					checkGroup(e, joinKey(join(path, f.key), it.Key()), errs)
				}
			}
			slices.SortStableFunc((*errs)[n:], func(a, b error) int { // by path: the same on every call
				return strings.Compare(a.(*FieldError).Path, b.(*FieldError).Path)
			})
		}
	}
}

// over reports whether the source of [Param] v is longer than
// [MaxSourceLength] bytes.
func over(v reflect.Value) bool { return v.Field(sourceField).Len() > MaxSourceLength }

// addSource appends to errs the error of the source of [Param] v, which
// is over the limit, at its name, or path when it has none, followed by
// ".source".
func addSource(v reflect.Value, path string, errs *[]error) {
	if name := paramName(v); name != "" {
		path = name
	}
	*errs = append(*errs, tooLong(Path(path).Field("source"), v.Field(sourceField).Len(), MaxSourceLength))
}

// groupOver reports whether some source of v, a group of parameters with a
// SetName of its own, is over the limit: of its own fields that are
// Params. A group's groups, which no set holds, are not walked, so that no
// type or value can make the walk go on for ever.
func groupOver(v reflect.Value) bool {
	if v.Kind() != reflect.Struct {
		return false
	}
	for _, i := range groupFields(v.Type()) {
		if over(v.Field(i)) {
			return true
		}
	}
	return false
}

// checkGroup appends to errs the errors of the sources of the parameters
// of v, a group of them with a SetName of its own whose path is path, each
// named as SetName names it, on a copy.
func checkGroup(v reflect.Value, path string, errs *[]error) {
	c := reflect.New(v.Type())
	c.Elem().Set(v)
	c.Interface().(namer).SetName(path)
	for _, i := range groupFields(v.Type()) {
		if p := c.Elem().Field(i); over(p) {
			addSource(p, path, errs)
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

// sourceField is the index of Param's field Source, the same in every
// Param.
var sourceField = func() int {
	f, _ := paramType.FieldByName("Source")
	return f.Index[0]
}()
