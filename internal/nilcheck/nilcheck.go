package nilcheck

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"
)

// Wait is how long a call may run before Check reports that it blocks.
const Wait = 2 * time.Second

var (
	writerType  = reflect.TypeFor[io.Writer]()
	readerType  = reflect.TypeFor[io.Reader]()
	contextType = reflect.TypeFor[context.Context]()
)

// Check calls every exported method of each type in types on a nil pointer
// of that type and returns one line for each problem, none when there is
// none. Each element of types is a nil pointer to one of the package's
// exported struct types, such as (*policy.Assessment)(nil), or to an
// instance of a generic one; dir is the package's directory, whose non-test
// Go files declare the exported struct types, and every one of them must be
// in types, so that a type added to the package is not left unchecked.
//
// The methods called are those of the pointer's method set that are not in
// the value's: methods declared on a pointer receiver and those promoted
// from an embedded field's, the ones that can handle a nil receiver (a
// method on a value receiver dereferences it before it runs). Each gets the
// zero value of each parameter, except io.Discard for an io.Writer, an
// empty reader for an io.Reader and context.Background() for a
// context.Context; a variadic parameter gets no values. A result that is an
// iterator is ranged over to its end. A call that panics
// or runs longer than Wait is a problem unless except has its key,
// "Type.Method", whose value is the reason the method documents for it; an
// exception whose method does not panic, or names no method called, is a
// problem too, so that the list stays true.
func Check(dir string, types []any, except map[string]string) []string {
	var problems []string
	want, err := declared(dir)
	if err != nil {
		return []string{err.Error()}
	}
	got := map[string]bool{}
	called := map[string]bool{}
	for _, x := range types {
		pt := reflect.TypeOf(x)
		if pt == nil || pt.Kind() != reflect.Pointer || !reflect.ValueOf(x).IsNil() {
			problems = append(problems, fmt.Sprintf("%T is not a nil pointer", x))
			continue
		}
		vt := pt.Elem()
		name, _, _ := strings.Cut(vt.Name(), "[")
		got[name] = true
		for i := range pt.NumMethod() {
			m := pt.Method(i)
			if _, ok := vt.MethodByName(m.Name); ok {
				continue
			}
			key := name + "." + m.Name
			called[key] = true
			msg := call(reflect.Zero(pt), m)
			_, excepted := except[key]
			switch {
			case msg != "" && !excepted:
				problems = append(problems, fmt.Sprintf("(*%s)(nil).%s %s", vt, m.Name, msg))
			case msg == "" && excepted:
				problems = append(problems, fmt.Sprintf("(*%s)(nil).%s is listed as an exception (%s) but does not panic", vt, m.Name, except[key]))
			}
		}
	}
	for _, n := range want {
		if !got[n] {
			problems = append(problems, fmt.Sprintf("type %s of %s is not checked: add (*%[1]s)(nil) to the types", n, dir))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(except)) {
		if !called[key] {
			problems = append(problems, fmt.Sprintf("exception %s names no method called", key))
		}
	}
	return problems
}

// call calls m on the receiver recv with zero arguments and returns "" or
// what went wrong.
func call(recv reflect.Value, m reflect.Method) (msg string) {
	ft := m.Type // the receiver is its first parameter
	args := []reflect.Value{recv}
	for i := 1; i < ft.NumIn(); i++ {
		args = append(args, arg(ft.In(i)))
	}
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("panics: %v", r)
			}
		}()
		var out []reflect.Value
		if ft.IsVariadic() {
			out = m.Func.CallSlice(args)
		} else {
			out = m.Func.Call(args)
		}
		for _, v := range out {
			drain(v)
		}
		done <- ""
	}()
	select {
	case msg = <-done:
		return msg
	case <-time.After(Wait):
		return fmt.Sprintf("blocks for more than %v", Wait)
	}
}

// drain runs v to its end when it is an iterator (an iter.Seq or
// iter.Seq2), which does its work, and may panic, only as it is ranged
// over.
func drain(v reflect.Value) {
	t := v.Type()
	if t.Kind() != reflect.Func || v.IsNil() || t.NumIn() != 1 || t.NumOut() != 0 {
		return
	}
	y := t.In(0)
	if y.Kind() != reflect.Func || y.NumOut() != 1 || y.Out(0).Kind() != reflect.Bool {
		return
	}
	v.Call([]reflect.Value{reflect.MakeFunc(y, func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(true)}
	})})
}

// arg returns the value passed for a parameter of type t.
func arg(t reflect.Type) reflect.Value {
	var v any
	switch t {
	case writerType:
		v = io.Discard
	case readerType:
		v = strings.NewReader("")
	case contextType:
		v = context.Background()
	default:
		return reflect.Zero(t)
	}
	r := reflect.New(t).Elem()
	r.Set(reflect.ValueOf(v))
	return r
}

// declared returns the names of the exported struct types of the package in
// dir.
func declared(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	names := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		af, err := parser.ParseFile(fset, f, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range af.Decls {
			if d, ok := d.(*ast.GenDecl); ok && d.Tok == token.TYPE {
				for _, s := range d.Specs {
					ts := s.(*ast.TypeSpec)
					if _, ok := ts.Type.(*ast.StructType); ok && ts.Name.IsExported() && ts.Assign == 0 {
						names[ts.Name.Name] = true
					}
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no exported struct types", dir)
	}
	return slices.Sorted(maps.Keys(names)), nil
}

// Adders are the methods of policy.Assessment that add to it, which panic
// on a nil receiver as its documentation says: there is nowhere to add. A
// type that embeds an Assessment has them too, promoted. Append and
// AppendRun given a nil assessment to add (as Check calls them) add
// nothing, and panic only promoted to a nil pointer of such a type.
var Adders = []string{
	"Append", "AppendRun", "Decide", "DecideAs", "DecideFrom", "Find", "FindFrom", "Grow",
	"Lump", "LumpFrom", "Recurring", "RecurringFrom", "Refer", "Reserve", "Share", "ShareFrom",
}

// Readers are the methods of policy.Assessment that read it, which a nil
// *Assessment answers as an empty one. Promoted to a nil pointer of a type
// that embeds an Assessment they panic, as reading a field of it does,
// unless the type declares its own.
var Readers = []string{"Decision", "DecisionsOf", "FindingsOf", "LinesOf", "Total", "TotalFen"}

// Except adds to except, made when nil, the exception "typ.m" for each of
// methods, with reason, and returns it.
func Except(except map[string]string, typ, reason string, methods ...string) map[string]string {
	if except == nil {
		except = map[string]string{}
	}
	for _, m := range methods {
		except[typ+"."+m] = reason
	}
	return except
}
