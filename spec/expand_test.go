package spec

// Expansion: a case's input written as a call of a test helper —
// home("4500.00", adults(3)...) — is shown by what the helper returns, so
// that an auditor reads the household, not the Go that builds it. The
// source is never run: the helpers' own source is evaluated here, a small
// subset of Go (literals, composite literals, variables, assignments, if,
// for, range, switch, calls of the test package's functions and closures),
// with the few library constructors a test calls (household.NewDate,
// decimal.RequireFromString, …) known by name. Anything else — a library
// function, a method, an unknown variable — stops the expansion, and the
// case shows the Go as written; TestSpecInputs fails on it.

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pkgKey names a package of the module: its directory and its name (a
// directory holds a package and its external test package).
type pkgKey struct{ dir, name string }

// decls are the package-level declarations of one package.
type decls struct {
	types  map[string]typeDecl
	funcs  map[string]funcDecl // functions, and methods as "Type.Method"
	vars   map[string]valueDecl
	consts map[string]valueDecl
}

type typeDecl struct {
	spec *ast.TypeSpec
	file *srcFile
}

type funcDecl struct {
	decl *ast.FuncDecl
	file *srcFile
}

type valueDecl struct {
	expr ast.Expr // nil for a variable declared without a value
	typ  ast.Expr
	file *srcFile
	iota int
}

// index records the package-level declarations of f.
func (r *repo) index(f *srcFile) {
	if r.pkgs == nil {
		r.pkgs, r.pkgName = map[pkgKey]*decls{}, map[string]string{}
	}
	if !strings.HasSuffix(f.path, "_test.go") {
		r.pkgName[f.dir] = f.ast.Name.Name
	}
	k := pkgKey{f.dir, f.ast.Name.Name}
	d := r.pkgs[k]
	if d == nil {
		d = &decls{map[string]typeDecl{}, map[string]funcDecl{}, map[string]valueDecl{}, map[string]valueDecl{}}
		r.pkgs[k] = d
	}
	for _, dl := range f.ast.Decls {
		switch dl := dl.(type) {
		case *ast.FuncDecl:
			name := dl.Name.Name
			if dl.Recv != nil && len(dl.Recv.List) == 1 {
				name = recvName(dl.Recv.List[0].Type) + "." + name
			}
			d.funcs[name] = funcDecl{dl, f}
		case *ast.GenDecl:
			var last *ast.ValueSpec
			for i, s := range dl.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					d.types[s.Name.Name] = typeDecl{s, f}
				case *ast.ValueSpec:
					vs := s
					if dl.Tok == token.CONST && len(vs.Values) == 0 && last != nil {
						vs = &ast.ValueSpec{Names: s.Names, Type: last.Type, Values: last.Values} // implicit repetition
					} else {
						last = s
					}
					for j, n := range vs.Names {
						v := valueDecl{typ: vs.Type, file: f, iota: i}
						if j < len(vs.Values) {
							v.expr = vs.Values[j]
						} else if len(vs.Values) == 1 && len(vs.Names) > 1 {
							v.expr = nil // a, b = f(): not expanded
						}
						if dl.Tok == token.CONST {
							d.consts[n.Name] = v
						} else if len(vs.Values) == 0 || len(vs.Values) == len(vs.Names) {
							d.vars[n.Name] = v
						}
					}
				}
			}
		}
	}
}

func recvName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}

// --- values ---

// The values of the evaluation. Strings, bools and float64s are Go's own.
type (
	intV struct {
		n   int64
		typ string // "time.Month" renders as a month's name; "policy.Money" as yuan
	}
	decV   string // a decimal as written
	nilV   struct{}
	tupleV []value
	// structV is a struct value; copied when read from a variable, a field
	// or an element, as Go copies structs.
	structV struct {
		info *structInfo
		vals map[string]value
	}
	ptrV   struct{ s *structV }
	sliceV struct{ elems []value }
	mapV   struct{ keys, vals []value }
	funcV  struct {
		typ  *ast.FuncType
		body *ast.BlockStmt
		env  *env
		recv *ast.FieldList // a method's receiver, bound to self
		self value
	}
	// opaqueV is a value made by the library that cannot be looked into,
	// such as a built-in parameter set, with the fields set on it since.
	opaqueV struct {
		name string
		root *opaqueV // nil for the value itself, else the value it is part of
		path []string
		sets *[]override
	}
	override struct {
		path string
		v    value
	}
	// namedV is a variable of a library package, such as an error value.
	namedV struct{ pkg, name string }
	// pathV is the parameter of an edit function: what is assigned to
	// its paths is recorded, not applied.
	pathV struct {
		path  string
		edits *[]override
	}
	unknownV struct{ why string }
)

type value any

type structInfo struct {
	name   string   // "household.Date" for a named type of the module
	tname  string   // "Date"
	decl   *srcFile // the file declaring the named type, for its methods
	fields []string
	types  []typeRef
}

// typeRef is a type expression where it is written.
type typeRef struct {
	expr ast.Expr
	file *srcFile
	env  *env // for types declared in a function
}

// --- environments ---

type cell struct{ v value }

type env struct {
	vars   map[string]*cell
	types  map[string]typeRef
	parent *env
	file   *srcFile
	result []typeRef // the result types of the function whose body this is
}

// results are the result types of the function e is in.
func (e *env) results() []typeRef {
	for ; e != nil; e = e.parent {
		if e.result != nil {
			return e.result
		}
	}
	return nil
}

func (e *env) child() *env {
	return &env{parent: e, file: e.file} // maps made by the first definition
}

func (e *env) lookup(name string) (*cell, bool) {
	for ; e != nil; e = e.parent {
		if c, ok := e.vars[name]; ok {
			return c, true
		}
	}
	return nil, false
}

func (e *env) define(name string, v value) {
	if name == "_" {
		return
	}
	if e.vars == nil {
		e.vars = map[string]*cell{}
	}
	e.vars[name] = &cell{v}
}

func (e *env) defineType(name string, t typeRef) {
	if e.types == nil {
		e.types = map[string]typeRef{}
	}
	e.types[name] = t
}

// --- the evaluator ---

// interp evaluates the expressions of one table.
type interp struct {
	repo    *repo
	steps   int
	pkgVars map[pkgKey]map[string]*cell
	busy    map[string]bool // package variables being evaluated
	infos   map[*ast.StructType]*structInfo
}

// maxSteps bounds an evaluation: a helper that loops long is not expanded.
const maxSteps = 2_000_000

var errStop = errors.New("too long to expand")

func newInterp(r *repo) *interp {
	return &interp{repo: r, pkgVars: map[pkgKey]map[string]*cell{}, busy: map[string]bool{},
		infos: map[*ast.StructType]*structInfo{}}
}

func (in *interp) pkgEnv(f *srcFile) *env { return &env{file: f} }

func (in *interp) key(f *srcFile) pkgKey { return pkgKey{f.dir, f.ast.Name.Name} }

func (in *interp) decls(f *srcFile) *decls { return in.repo.pkgs[in.key(f)] }

func fail(format string, args ...any) error { return fmt.Errorf(format, args...) }

func (in *interp) tick() error {
	in.steps++
	if in.steps > maxSteps {
		return errStop
	}
	return nil
}

// eval evaluates e as a value (structs copied); hint is the type of e when
// e is a composite literal whose type the source leaves out.
func (in *interp) eval(e ast.Expr, hint typeRef, en *env) (value, error) {
	if err := in.tick(); err != nil {
		return nil, err
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		return basicLit(e)
	case *ast.CompositeLit:
		return in.composite(e, hint, en)
	case *ast.FuncLit:
		return &funcV{typ: e.Type, body: e.Body, env: en}, nil
	case *ast.ParenExpr:
		return in.eval(e.X, hint, en)
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
		v, err := in.ref(e, en)
		if err != nil {
			return nil, err
		}
		if u, ok := v.(unknownV); ok {
			return nil, fail("%s", u.why)
		}
		return copyVal(v), nil
	case *ast.UnaryExpr:
		return in.unary(e, hint, en)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return in.sum(e, en)
		}
		return in.binary(e, en)
	case *ast.CallExpr:
		v, err := in.call(e, en)
		if err != nil {
			return nil, err
		}
		if t, ok := v.(tupleV); ok {
			if len(t) == 0 {
				return nil, fail("a call with no value")
			}
			return nil, fail("a call with %d values", len(t))
		}
		return v, nil
	case *ast.SliceExpr:
		x, err := in.eval(e.X, typeRef{}, en)
		if err != nil {
			return nil, err
		}
		lo, hi := 0, -1
		if e.Low != nil {
			if lo, err = in.evalInt(e.Low, en); err != nil {
				return nil, err
			}
		}
		if e.High != nil {
			if hi, err = in.evalInt(e.High, en); err != nil {
				return nil, err
			}
		}
		switch x := x.(type) {
		case string:
			if hi < 0 {
				hi = len(x)
			}
			if lo < 0 || hi > len(x) || lo > hi {
				return nil, fail("slice out of range")
			}
			return x[lo:hi], nil
		case *sliceV:
			if hi < 0 {
				hi = len(x.elems)
			}
			if lo < 0 || hi > len(x.elems) || lo > hi {
				return nil, fail("slice out of range")
			}
			return &sliceV{x.elems[lo:hi:hi]}, nil
		}
		return nil, fail("slicing %T", x)
	}
	return nil, fail("%T is not expanded", e)
}

func (in *interp) evalInt(e ast.Expr, en *env) (int, error) {
	v, err := in.eval(e, typeRef{}, en)
	if err != nil {
		return 0, err
	}
	i, ok := v.(intV)
	if !ok {
		return 0, fail("%T is not an integer", v)
	}
	return int(i.n), nil
}

func basicLit(e *ast.BasicLit) (value, error) {
	switch e.Kind {
	case token.STRING:
		return strconv.Unquote(e.Value)
	case token.INT:
		n, err := strconv.ParseInt(strings.ReplaceAll(e.Value, "_", ""), 0, 64)
		if err != nil {
			return nil, err
		}
		return intV{n: n}, nil
	case token.FLOAT:
		return strconv.ParseFloat(strings.ReplaceAll(e.Value, "_", ""), 64)
	case token.CHAR:
		s, err := strconv.Unquote(e.Value)
		if err != nil {
			return nil, err
		}
		r, _ := utf8.DecodeRuneInString(s)
		return intV{n: int64(r)}, nil
	}
	return nil, fail("literal %s", e.Value)
}

// copyVal copies a struct as Go does on assignment: its struct fields
// with it, what it points to shared.
func copyVal(v value) value {
	s, ok := v.(*structV)
	if !ok {
		return v
	}
	c := &structV{info: s.info, vals: make(map[string]value, len(s.vals))}
	for k, x := range s.vals {
		c.vals[k] = copyVal(x)
	}
	return c
}

// ref evaluates e without copying: the variable, field or element itself.
func (in *interp) ref(e ast.Expr, en *env) (value, error) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return in.ref(e.X, en)
	case *ast.Ident:
		return in.ident(e, en)
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			if _, local := en.lookup(id.Name); !local {
				if dir, ok := importPath(en.file, id.Name); ok {
					return in.qualified(dir, e.Sel.Name)
				}
			}
		}
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		return in.field(x, e.Sel.Name, false)
	case *ast.IndexExpr:
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		switch x := x.(type) {
		case *sliceV:
			i, err := in.evalInt(e.Index, en)
			if err != nil {
				return nil, err
			}
			if i < 0 || i >= len(x.elems) {
				return nil, fail("index %d out of range", i)
			}
			return x.elems[i], nil
		case string:
			i, err := in.evalInt(e.Index, en)
			if err != nil {
				return nil, err
			}
			if i < 0 || i >= len(x) {
				return nil, fail("index %d out of range", i)
			}
			return intV{n: int64(x[i])}, nil
		case *mapV:
			k, err := in.eval(e.Index, typeRef{}, en)
			if err != nil {
				return nil, err
			}
			if i := x.find(k); i >= 0 {
				return x.vals[i], nil
			}
			return nil, fail("map key not present")
		case *pathV:
			k, err := in.eval(e.Index, typeRef{}, en)
			if err != nil {
				return nil, err
			}
			ks, err := render(k)
			if err != nil {
				return nil, err
			}
			return &pathV{x.path + "[" + ks + "]", x.edits}, nil
		}
		return nil, fail("indexing %T", x)
	case *ast.StarExpr:
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		if p, ok := x.(ptrV); ok {
			return p.s, nil
		}
		return nil, fail("dereferencing %T", x)
	}
	return in.eval(e, typeRef{}, en)
}

func (m *mapV) find(k value) int {
	for i, x := range m.keys {
		if equal(x, k) {
			return i
		}
	}
	return -1
}

// importPath is the import a file names local by: a module directory or a
// path outside the module.
func importPath(f *srcFile, local string) (string, bool) {
	if dir, ok := f.imports[local]; ok {
		return dir, true
	}
	for _, im := range f.ast.Imports {
		p, _ := strconv.Unquote(im.Path.Value)
		name := p[strings.LastIndex(p, "/")+1:]
		if im.Name != nil {
			name = im.Name.Name
		}
		if name == local {
			return "ext:" + p, true
		}
	}
	return "", false
}

// ident resolves a name: a local variable, then the package's constants,
// variables and functions, then Go's predeclared names.
func (in *interp) ident(id *ast.Ident, en *env) (value, error) {
	if c, ok := en.lookup(id.Name); ok {
		return c.v, nil
	}
	if d := in.decls(en.file); d != nil {
		if v, ok := d.consts[id.Name]; ok {
			return in.constant(v, id.Name)
		}
		if v, ok := d.vars[id.Name]; ok {
			return in.pkgVar(en.file, id.Name, v)
		}
		if f, ok := d.funcs[id.Name]; ok {
			return &funcV{typ: f.decl.Type, body: f.decl.Body, env: in.pkgEnv(f.file)}, nil
		}
	}
	switch id.Name {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "nil":
		return nilV{}, nil
	}
	return nil, fail("%s is not known", id.Name)
}

func (in *interp) constant(v valueDecl, name string) (value, error) {
	if v.expr == nil {
		return nil, fail("constant %s has no value", name)
	}
	en := in.pkgEnv(v.file)
	en.define("iota", intV{n: int64(v.iota)})
	x, err := in.eval(v.expr, typeRef{}, en)
	if err != nil {
		return nil, err
	}
	if v.typ != nil {
		return in.convert(x, typeRef{v.typ, v.file, nil})
	}
	return x, nil
}

func (in *interp) pkgVar(f *srcFile, name string, v valueDecl) (value, error) {
	k := in.key(f)
	if c, ok := in.pkgVars[k][name]; ok {
		return c.v, nil
	}
	id := k.dir + "." + k.name + "." + name
	if in.busy[id] {
		return nil, fail("%s refers to itself", name)
	}
	in.busy[id] = true
	defer delete(in.busy, id)
	var x value
	var err error
	if v.expr == nil {
		if v.typ == nil {
			return nil, fail("variable %s has no value", name)
		}
		x, err = in.zero(typeRef{v.typ, v.file, nil})
	} else {
		x, err = in.eval(v.expr, typeRef{v.typ, v.file, nil}, in.pkgEnv(v.file))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if in.pkgVars[k] == nil {
		in.pkgVars[k] = map[string]*cell{}
	}
	in.pkgVars[k][name] = &cell{x}
	return x, nil
}

// qualified resolves pkg.Name: a constant of a module package, a library
// variable by its name, or one of the constants known from outside the
// module.
func (in *interp) qualified(dir, name string) (value, error) {
	if ext, ok := strings.CutPrefix(dir, "ext:"); ok {
		switch ext {
		case "time":
			for m := 1; m <= 12; m++ {
				if monthNames[m] == name {
					return intV{n: int64(m), typ: "time.Month"}, nil
				}
			}
		case "github.com/shopspring/decimal":
			if name == "Zero" {
				return decV("0"), nil
			}
		case "math":
			switch name {
			case "MaxInt64":
				return intV{n: math.MaxInt64}, nil
			case "MinInt64":
				return intV{n: math.MinInt64}, nil
			case "MaxInt32":
				return intV{n: math.MaxInt32}, nil
			}
		}
		if ast.IsExported(name) {
			return libFunc{dir, name}, nil // called, or not expanded
		}
		return nil, fail("%s.%s is not known", ext, name)
	}
	d := in.repo.pkgs[pkgKey{dir, in.repo.pkgName[dir]}]
	if d == nil {
		return nil, fail("package %s is not known", dir)
	}
	if v, ok := d.consts[name]; ok {
		return in.constant(v, name)
	}
	if _, ok := d.vars[name]; ok && ast.IsExported(name) {
		return namedV{dir, name}, nil
	}
	if _, ok := d.funcs[name]; ok {
		return libFunc{dir, name}, nil
	}
	return nil, fail("%s.%s is not known", dir, name)
}

// libFunc is a function of a library package or of the standard library.
type libFunc struct{ dir, name string }

// libMethod is a method of a library value.
type libMethod struct {
	recv value
	name string
}

// exprV is a library value shown as the expression of values that makes
// it: a rate as 6866.00 a year ÷ 3 × 0.2.
type exprV struct{ text string }

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// field reads field name of x: a struct's, through a pointer, or a part
// of an opaque or edited value. forWrite creates a zero struct field so
// that what is assigned into it stays.
func (in *interp) field(x value, name string, forWrite bool) (value, error) {
	switch x := x.(type) {
	case ptrV:
		return in.field(x.s, name, forWrite)
	case *structV:
		i := slices.Index(x.info.fields, name)
		if i < 0 {
			// A promoted field of an embedded struct.
			for j, f := range x.info.fields {
				if t, err := in.resolve(x.info.types[j]); err == nil && f == t.name[strings.LastIndex(t.name, ".")+1:] {
					if _, ok := t.expr.(*ast.StructType); ok {
						inner, err := in.field(x, f, forWrite)
						if err == nil {
							if v, err := in.field(inner, name, forWrite); err == nil {
								return v, nil
							}
						}
					}
				}
			}
			return nil, fail("no field %s in %s", name, x.info.name)
		}
		if v, ok := x.vals[name]; ok {
			return v, nil
		}
		z, err := in.zero(x.info.types[i])
		if err != nil {
			return nil, err
		}
		if _, ok := z.(*structV); ok || forWrite {
			x.vals[name] = z
		}
		return z, nil
	case *opaqueV:
		root := x
		if x.root != nil {
			root = x.root
		}
		path := append(slices.Clone(x.path), name)
		p := pathText(path)
		for _, o := range *root.sets {
			if o.path == p {
				return o.v, nil
			}
		}
		return &opaqueV{name: root.name, root: root, path: path, sets: root.sets}, nil
	case *pathV:
		if x.path == "" {
			return &pathV{lowerFirst(name), x.edits}, nil
		}
		return &pathV{x.path + "." + lowerFirst(name), x.edits}, nil
	case unknownV:
		return nil, fail("%s", x.why)
	}
	return nil, fail("field %s of %T", name, x)
}

func pathText(p []string) string {
	var b strings.Builder
	for i, s := range p {
		if strings.HasPrefix(s, "[") {
			b.WriteString(s)
			continue
		}
		if i > 0 {
			b.WriteString(".")
		}
		b.WriteString(lowerFirst(s))
	}
	return b.String()
}

func (in *interp) unary(e *ast.UnaryExpr, hint typeRef, en *env) (value, error) {
	if e.Op == token.AND {
		if lit, ok := e.X.(*ast.CompositeLit); ok {
			h := hint
			if h.expr != nil {
				if t, err := in.resolve(h); err == nil {
					if s, ok := t.expr.(*ast.StarExpr); ok {
						h = typeRef{s.X, t.file, t.env}
					}
				}
			}
			v, err := in.composite(lit, h, en)
			if err != nil {
				return nil, err
			}
			if s, ok := v.(*structV); ok {
				return ptrV{s}, nil
			}
			return nil, fail("address of %T", v)
		}
		v, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		switch v := v.(type) {
		case *structV:
			return ptrV{v}, nil
		case *pathV:
			return v, nil
		}
		return nil, fail("address of %T", v)
	}
	v, err := in.eval(e.X, typeRef{}, en)
	if err != nil {
		return nil, err
	}
	switch e.Op {
	case token.SUB:
		switch v := v.(type) {
		case intV:
			return intV{-v.n, v.typ}, nil
		case float64:
			return -v, nil
		case decV:
			if strings.HasPrefix(string(v), "-") {
				return v[1:], nil
			}
			return "-" + v, nil
		}
	case token.ADD:
		return v, nil
	case token.NOT:
		if b, ok := v.(bool); ok {
			return !b, nil
		}
	case token.XOR:
		if i, ok := v.(intV); ok {
			return intV{^i.n, i.typ}, nil
		}
	}
	return nil, fail("%s%T", e.Op, v)
}

func (in *interp) binary(e *ast.BinaryExpr, en *env) (value, error) {
	a, err := in.eval(e.X, typeRef{}, en)
	if err != nil {
		return nil, err
	}
	if e.Op == token.LAND || e.Op == token.LOR {
		ab, ok := a.(bool)
		if !ok {
			return nil, fail("%s on %T", e.Op, a)
		}
		if ab == (e.Op == token.LOR) {
			return ab, nil
		}
		b, err := in.eval(e.Y, typeRef{}, en)
		if err != nil {
			return nil, err
		}
		if bb, ok := b.(bool); ok {
			return bb, nil
		}
		return nil, fail("%s on %T", e.Op, b)
	}
	b, err := in.eval(e.Y, typeRef{}, en)
	if err != nil {
		return nil, err
	}
	return operate(e.Op, a, b)
}

// sum is a chain of +, a + b + c …, evaluated as the tree is, left to
// right, a mismatch reported where the tree reports it; but strings are
// joined in one copy, not one per +: a test's huge input is often a few
// short strings around a long one. Each + below the top one is a step, as
// when the tree is walked.
func (in *interp) sum(e *ast.BinaryExpr, en *env) (value, error) {
	var terms []ast.Expr
	x := ast.Expr(e)
	for {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			break
		}
		if b != e {
			if err := in.tick(); err != nil {
				return nil, err
			}
		}
		terms = append(terms, b.Y)
		x = b.X
	}
	terms = append(terms, x)
	slices.Reverse(terms)
	var (
		acc   value
		parts []string // the strings acc stands for, joined at the end
		size  int
	)
	for i, t := range terms {
		v, err := in.eval(t, typeRef{}, en)
		if err != nil {
			return nil, err
		}
		s, ok := v.(string)
		switch {
		case i == 0 && ok, parts != nil && ok:
			if size += len(s); size > 64<<20 {
				return nil, errStop
			}
			parts = append(parts, s)
			continue
		case i == 0:
			acc = v
			continue
		case parts != nil:
			acc, parts = strings.Join(parts, ""), nil
		}
		if acc, err = operate(token.ADD, acc, v); err != nil {
			return nil, err
		}
	}
	if parts != nil {
		return strings.Join(parts, ""), nil
	}
	return acc, nil
}

// operate applies a binary operator other than && and || to two values.
func operate(op token.Token, a, b value) (value, error) {
	switch op {
	case token.EQL:
		return equal(a, b), nil
	case token.NEQ:
		return !equal(a, b), nil
	}
	switch a := a.(type) {
	case string:
		b, ok := b.(string)
		if !ok {
			break
		}
		switch op {
		case token.ADD:
			if len(a)+len(b) > 64<<20 {
				return nil, errStop
			}
			return a + b, nil
		case token.LSS:
			return a < b, nil
		case token.GTR:
			return a > b, nil
		case token.LEQ:
			return a <= b, nil
		case token.GEQ:
			return a >= b, nil
		}
	case intV:
		b, ok := b.(intV)
		if !ok {
			break
		}
		typ := cmpOr(a.typ, b.typ)
		x, y := a.n, b.n
		switch op {
		case token.ADD:
			return intV{x + y, typ}, nil
		case token.SUB:
			return intV{x - y, typ}, nil
		case token.MUL:
			return intV{x * y, typ}, nil
		case token.QUO:
			if y == 0 {
				return nil, fail("division by zero")
			}
			return intV{x / y, typ}, nil
		case token.REM:
			if y == 0 {
				return nil, fail("division by zero")
			}
			return intV{x % y, typ}, nil
		case token.SHL:
			return intV{x << y, a.typ}, nil
		case token.SHR:
			return intV{x >> y, a.typ}, nil
		case token.AND:
			return intV{x & y, typ}, nil
		case token.OR:
			return intV{x | y, typ}, nil
		case token.LSS:
			return x < y, nil
		case token.GTR:
			return x > y, nil
		case token.LEQ:
			return x <= y, nil
		case token.GEQ:
			return x >= y, nil
		}
	case float64:
		var y float64
		switch b := b.(type) {
		case float64:
			y = b
		case intV:
			y = float64(b.n)
		default:
			return nil, fail("%s on float and %T", op, b)
		}
		switch op {
		case token.ADD:
			return a + y, nil
		case token.SUB:
			return a - y, nil
		case token.MUL:
			return a * y, nil
		case token.QUO:
			return a / y, nil
		case token.LSS:
			return a < y, nil
		case token.GTR:
			return a > y, nil
		}
	}
	return nil, fail("%T %s %T", a, op, b)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// equal is == on values the evaluation compares: scalars, nil, and
// structs field by field.
func equal(a, b value) bool {
	switch a := a.(type) {
	case intV:
		b, ok := b.(intV)
		return ok && a.n == b.n
	case nilV:
		switch b := b.(type) {
		case nilV:
			return true
		case *sliceV:
			return b == nil
		}
		return false
	case *sliceV:
		_, ok := b.(nilV)
		return ok && a == nil
	case *structV:
		b, ok := b.(*structV)
		if !ok || a.info != b.info {
			return false
		}
		for _, f := range a.info.fields {
			x, okx := a.vals[f]
			y, oky := b.vals[f]
			if okx != oky && !(isZero(x) && isZero(y)) || okx && oky && !equal(x, y) {
				return false
			}
		}
		return true
	case ptrV:
		b, ok := b.(ptrV)
		return ok && a.s == b.s
	case string, bool, float64, decV:
		return a == b
	}
	return false
}

func isZero(v value) bool {
	switch v := v.(type) {
	case nil, nilV:
		return true
	case string:
		return v == ""
	case bool:
		return !v
	case intV:
		return v.n == 0
	case decV:
		return strings.Trim(string(v), "0.") == ""
	case *structV:
		for _, f := range v.vals {
			if !isZero(f) {
				return false
			}
		}
		return true
	}
	return false
}

// --- calls ---

func (in *interp) call(c *ast.CallExpr, en *env) (value, error) {
	// A conversion: T(x).
	if t, ok := in.typeExpr(c.Fun, en); ok {
		if len(c.Args) != 1 {
			return nil, fail("conversion with %d arguments", len(c.Args))
		}
		x, err := in.eval(c.Args[0], t, en)
		if err != nil {
			return nil, err
		}
		return in.convert(x, t)
	}
	if id, ok := c.Fun.(*ast.Ident); ok {
		if _, local := en.lookup(id.Name); !local {
			if d := in.decls(en.file); d == nil || d.funcs[id.Name].decl == nil {
				if v, ok, err := in.builtin(id.Name, c, en); ok {
					return v, err
				}
			}
		}
	}
	var fn value
	if ix, ok := c.Fun.(*ast.IndexExpr); ok { // a generic function, instantiated
		f, err := in.ref(ix.X, en)
		if err != nil {
			return nil, err
		}
		fn = f
	}
	if sel, ok := c.Fun.(*ast.SelectorExpr); ok && fn == nil {
		if m, ok, err := in.method(sel, en); ok {
			if err != nil {
				return nil, err
			}
			fn = m
		}
	}
	if fn == nil {
		var err error
		if fn, err = in.ref(c.Fun, en); err != nil {
			return nil, err
		}
	}
	args, err := in.args(c, en)
	if err != nil {
		return nil, err
	}
	switch f := fn.(type) {
	case *funcV:
		return in.invoke(f, args, c.Ellipsis.IsValid())
	case libFunc:
		if c.Ellipsis.IsValid() {
			return nil, fail("%s.%s with ...", f.dir, f.name)
		}
		return in.library(f, args)
	case libMethod:
		return in.libraryMethod(f, args)
	}
	return nil, fail("calling %T", fn)
}

func (in *interp) args(c *ast.CallExpr, en *env) ([]value, error) {
	var args []value
	for _, a := range c.Args {
		v, err := in.eval(a, typeRef{}, en)
		if err != nil {
			return nil, err
		}
		if t, ok := v.(tupleV); ok && len(c.Args) == 1 {
			return t, nil
		}
		args = append(args, v)
	}
	return args, nil
}

// method resolves x.M where x is a value of a type the test package
// declares and M one of its methods.
func (in *interp) method(sel *ast.SelectorExpr, en *env) (value, bool, error) {
	if id, ok := sel.X.(*ast.Ident); ok {
		if _, local := en.lookup(id.Name); !local {
			if _, ok := importPath(en.file, id.Name); ok {
				return nil, false, nil
			}
		}
	}
	x, err := in.ref(sel.X, en)
	if err != nil {
		return nil, true, err
	}
	var s *structV
	switch v := x.(type) {
	case *structV:
		s = v
	case ptrV:
		s = v.s
	case exprV:
		return libMethod{v, sel.Sel.Name}, true, nil
	case *opaqueV, *pathV:
		if _, err := in.field(x, sel.Sel.Name, false); err == nil {
			return nil, false, nil
		}
		return nil, true, fail("method %s of a library value", sel.Sel.Name)
	default:
		return nil, false, nil
	}
	if slices.Contains(s.info.fields, sel.Sel.Name) {
		return nil, false, nil
	}
	if s.info.decl == nil {
		return nil, true, fail("method %s of %s", sel.Sel.Name, s.info.name)
	}
	if !strings.HasSuffix(s.info.decl.path, "_test.go") {
		return libMethod{s, sel.Sel.Name}, true, nil
	}
	f, ok := in.decls(s.info.decl).funcs[s.info.tname+"."+sel.Sel.Name]
	if !ok {
		return nil, true, fail("method %s of %s", sel.Sel.Name, s.info.name)
	}
	var self value = copyVal(s)
	if _, ptr := f.decl.Recv.List[0].Type.(*ast.StarExpr); ptr {
		self = ptrV{s}
	}
	return &funcV{typ: f.decl.Type, body: f.decl.Body, env: in.pkgEnv(f.file), recv: f.decl.Recv, self: self}, true, nil
}

func (in *interp) invoke(f *funcV, args []value, spread bool) (value, error) {
	en := f.env.child()
	if f.recv != nil {
		for _, n := range f.recv.List[0].Names {
			en.define(n.Name, f.self)
		}
	}
	params := f.typ.Params.List
	i := 0
	for pi, p := range params {
		names := p.Names
		if len(names) == 0 {
			names = []*ast.Ident{{Name: "_"}}
		}
		for _, n := range names {
			if _, variadic := p.Type.(*ast.Ellipsis); variadic && pi == len(params)-1 {
				if spread {
					if i != len(args)-1 {
						return nil, fail("spread arguments")
					}
					en.define(n.Name, args[i])
				} else {
					rest := &sliceV{}
					for _, a := range args[min(i, len(args)):] {
						rest.elems = append(rest.elems, copyVal(a))
					}
					en.define(n.Name, rest)
				}
				i = len(args)
				continue
			}
			if i >= len(args) {
				return nil, fail("too few arguments")
			}
			en.define(n.Name, copyVal(args[i]))
			i++
		}
	}
	if i != len(args) {
		return nil, fail("too many arguments")
	}
	var named []string
	en.result = []typeRef{}
	if f.typ.Results != nil {
		for _, r := range f.typ.Results.List {
			for range max(1, len(r.Names)) {
				en.result = append(en.result, typeRef{r.Type, en.file, en})
			}
			for _, n := range r.Names {
				z, err := in.zero(typeRef{r.Type, en.file, en})
				if err != nil {
					return nil, err
				}
				en.define(n.Name, z)
				named = append(named, n.Name)
			}
		}
	}
	ctl, vals, err := in.block(f.body.List, en)
	if err != nil {
		return nil, err
	}
	if ctl == ctlReturn && vals == nil && len(named) > 0 {
		for _, n := range named {
			c, _ := en.lookup(n)
			vals = append(vals, c.v)
		}
	}
	switch len(vals) {
	case 0:
		return tupleV{}, nil
	case 1:
		return vals[0], nil
	}
	return tupleV(vals), nil
}

// builtin calls one of Go's predeclared functions.
func (in *interp) builtin(name string, c *ast.CallExpr, en *env) (value, bool, error) {
	switch name {
	case "len":
		v, err := in.eval(c.Args[0], typeRef{}, en)
		if err != nil {
			return nil, true, err
		}
		switch v := v.(type) {
		case string:
			return intV{n: int64(len(v))}, true, nil
		case *sliceV:
			if v == nil {
				return intV{}, true, nil
			}
			return intV{n: int64(len(v.elems))}, true, nil
		case *mapV:
			return intV{n: int64(len(v.keys))}, true, nil
		case nilV:
			return intV{}, true, nil
		}
		return nil, true, fail("len of %T", v)
	case "append":
		args, err := in.args(c, en)
		if err != nil {
			return nil, true, err
		}
		if len(args) == 0 {
			return nil, true, fail("append of nothing")
		}
		var elems []value
		switch s := args[0].(type) {
		case *sliceV:
			elems = s.elems
		case nilV:
		default:
			return nil, true, fail("append to %T", s)
		}
		rest := args[1:]
		if c.Ellipsis.IsValid() {
			if len(rest) != 1 {
				return nil, true, fail("append ...")
			}
			switch s := rest[0].(type) {
			case *sliceV:
				rest = s.elems
			case nilV:
				rest = nil
			case string:
				rest = nil
				for _, b := range []byte(s) {
					rest = append(rest, intV{n: int64(b)})
				}
			default:
				return nil, true, fail("append %T...", s)
			}
		}
		for _, x := range rest {
			elems = append(elems, copyVal(x)) // shares the array as Go's append does
		}
		out := &sliceV{elems}
		return out, true, nil
	case "make":
		t, ok := in.typeExpr(c.Args[0], en)
		if !ok {
			return nil, true, fail("make of what")
		}
		rt, err := in.resolve(t)
		if err != nil {
			return nil, true, err
		}
		switch u := rt.expr.(type) {
		case *ast.MapType:
			return &mapV{}, true, nil
		case *ast.ArrayType:
			n := 0
			if len(c.Args) > 1 {
				if n, err = in.evalInt(c.Args[1], en); err != nil {
					return nil, true, err
				}
			}
			if n > 2_000_000 {
				return nil, true, errStop
			}
			s := &sliceV{elems: make([]value, n)}
			for i := range s.elems {
				if s.elems[i], err = in.zero(typeRef{u.Elt, rt.file, rt.env}); err != nil {
					return nil, true, err
				}
			}
			return s, true, nil
		}
		return nil, true, fail("make of %T", rt.expr)
	case "new":
		t, ok := in.typeExpr(c.Args[0], en)
		if !ok {
			return nil, true, fail("new of what")
		}
		z, err := in.zero(t)
		if err != nil {
			return nil, true, err
		}
		if s, ok := z.(*structV); ok {
			return ptrV{s}, true, nil
		}
		return nil, true, fail("new of %T", z)
	case "min", "max":
		args, err := in.args(c, en)
		if err != nil {
			return nil, true, err
		}
		var best intV
		for i, a := range args {
			x, ok := a.(intV)
			if !ok {
				return nil, true, fail("%s of %T", name, a)
			}
			if i == 0 || name == "min" && x.n < best.n || name == "max" && x.n > best.n {
				best = x
			}
		}
		return best, true, nil
	case "panic":
		return nil, true, fail("the helper panics")
	}
	return nil, false, nil
}

// typeExpr reports whether e names a type, and which.
func (in *interp) typeExpr(e ast.Expr, en *env) (typeRef, bool) {
	t := typeRef{e, en.file, en}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return in.typeExpr(x.X, en)
	case *ast.ArrayType, *ast.MapType, *ast.StarExpr, *ast.FuncType, *ast.StructType, *ast.ChanType, *ast.InterfaceType:
		if s, ok := x.(*ast.StarExpr); ok {
			_, ok := in.typeExpr(s.X, en)
			return t, ok
		}
		return t, true
	case *ast.Ident:
		if _, ok := en.lookup(x.Name); ok {
			return t, false
		}
		for e := en; e != nil; e = e.parent {
			if _, ok := e.types[x.Name]; ok {
				return t, true
			}
		}
		if d := in.decls(en.file); d != nil {
			if _, ok := d.types[x.Name]; ok {
				return t, true
			}
			if _, ok := d.funcs[x.Name]; ok {
				return t, false
			}
			if _, ok := d.vars[x.Name]; ok {
				return t, false
			}
		}
		_, ok := basicTypes[x.Name]
		return t, ok
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		if !ok {
			return t, false
		}
		if _, local := en.lookup(id.Name); local {
			return t, false
		}
		dir, ok := importPath(en.file, id.Name)
		if !ok {
			return t, false
		}
		if ext, ok := strings.CutPrefix(dir, "ext:"); ok {
			return t, externalTypes[ext+"."+x.Sel.Name] != ""
		}
		d := in.repo.pkgs[pkgKey{dir, in.repo.pkgName[dir]}]
		if d == nil {
			return t, false
		}
		_, ok = d.types[x.Sel.Name]
		return t, ok
	case *ast.IndexExpr:
		return in.typeExpr(x.X, en)
	}
	return t, false
}

var basicTypes = map[string]string{"string": "string", "int": "int", "int64": "int", "int32": "int", "uint": "int",
	"uint8": "int", "byte": "int", "rune": "int", "uint64": "int", "uint32": "int", "bool": "bool",
	"float64": "float", "error": "iface", "any": "iface"}

// externalTypes are the types from outside the module a table may hold.
var externalTypes = map[string]string{
	"github.com/shopspring/decimal.Decimal": "decimal",
	"time.Month":                            "month",
	"time.Duration":                         "int",
}

// resolved is a type followed to its definition: the name of the named
// type met last and the type expression of its underlying type.
type resolved struct {
	name  string
	decl  *srcFile // the file that declares the named type; nil for one declared in a function
	tname string   // its bare name
	typeRef
}

func (in *interp) resolve(t typeRef) (resolved, error) {
	name, tname := "", ""
	var decl *srcFile
	for range 20 {
		switch x := t.expr.(type) {
		case nil:
			return resolved{}, fail("no type")
		case *ast.ParenExpr:
			t.expr = x.X
			continue
		case *ast.IndexExpr: // an instantiated generic type
			t.expr = x.X
			continue
		case *ast.Ident:
			var found bool
			for e := t.env; e != nil && !found; e = e.parent {
				if lt, ok := e.types[x.Name]; ok {
					name, tname, decl, t, found = x.Name, x.Name, nil, lt, true
				}
			}
			if found {
				continue
			}
			if d := in.repo.pkgs[pkgKey{t.file.dir, t.file.ast.Name.Name}]; d != nil {
				if td, ok := d.types[x.Name]; ok {
					name, tname, decl = t.file.dir+"."+x.Name, x.Name, td.file
					t = typeRef{td.spec.Type, td.file, nil}
					continue
				}
			}
			if b, ok := basicTypes[x.Name]; ok {
				return resolved{cmpOr(name, x.Name), decl, tname, typeRef{ast.NewIdent(b), t.file, nil}}, nil
			}
			return resolved{}, fail("type %s is not known", x.Name)
		case *ast.SelectorExpr:
			id, ok := x.X.(*ast.Ident)
			if !ok {
				return resolved{}, fail("type %T", x.X)
			}
			dir, ok := importPath(t.file, id.Name)
			if !ok {
				return resolved{}, fail("package %s is not imported", id.Name)
			}
			if ext, ok := strings.CutPrefix(dir, "ext:"); ok {
				k := externalTypes[ext+"."+x.Sel.Name]
				if k == "" {
					return resolved{}, fail("type %s.%s is not known", id.Name, x.Sel.Name)
				}
				return resolved{id.Name + "." + x.Sel.Name, nil, x.Sel.Name, typeRef{ast.NewIdent(k), t.file, nil}}, nil
			}
			d := in.repo.pkgs[pkgKey{dir, in.repo.pkgName[dir]}]
			if d == nil {
				return resolved{}, fail("package %s is not known", dir)
			}
			td, ok := d.types[x.Sel.Name]
			if !ok {
				return resolved{}, fail("type %s.%s is not known", dir, x.Sel.Name)
			}
			name, tname, decl = dir+"."+x.Sel.Name, x.Sel.Name, td.file
			t = typeRef{td.spec.Type, td.file, nil}
			continue
		}
		return resolved{name, decl, tname, t}, nil
	}
	return resolved{}, fail("type too deep")
}

func (in *interp) structInfo(rt resolved, st *ast.StructType) *structInfo {
	name, t := rt.name, rt.typeRef
	if si, ok := in.infos[st]; ok && si.name == name {
		return si
	}
	si := &structInfo{name: name, tname: rt.tname, decl: rt.decl}
	for _, f := range st.Fields.List {
		ft := typeRef{f.Type, t.file, t.env}
		if len(f.Names) == 0 {
			si.fields = append(si.fields, recvName(f.Type))
			si.types = append(si.types, ft)
		}
		for _, n := range f.Names {
			si.fields = append(si.fields, n.Name)
			si.types = append(si.types, ft)
		}
	}
	in.infos[st] = si
	return si
}

// zero is the zero value of t.
func (in *interp) zero(t typeRef) (value, error) {
	rt, err := in.resolve(t)
	if err != nil {
		return nil, err
	}
	switch u := rt.expr.(type) {
	case *ast.StructType:
		return &structV{info: in.structInfo(rt, u), vals: map[string]value{}}, nil
	case *ast.StarExpr, *ast.MapType, *ast.FuncType, *ast.InterfaceType, *ast.ChanType:
		return nilV{}, nil
	case *ast.ArrayType:
		if u.Len == nil {
			return nilV{}, nil
		}
		return nil, fail("arrays are not expanded")
	case *ast.Ident:
		switch u.Name {
		case "string":
			return "", nil
		case "int":
			return intV{typ: rt.name}, nil
		case "month":
			return intV{typ: "time.Month"}, nil
		case "bool":
			return false, nil
		case "float":
			return 0.0, nil
		case "decimal":
			return decV("0"), nil
		case "iface":
			return nilV{}, nil
		}
	}
	return nil, fail("zero of %T", rt.expr)
}

// convert is the conversion T(x).
func (in *interp) convert(x value, t typeRef) (value, error) {
	rt, err := in.resolve(t)
	if err != nil {
		return nil, err
	}
	switch u := rt.expr.(type) {
	case *ast.Ident:
		switch u.Name {
		case "string":
			switch x := x.(type) {
			case string:
				return x, nil
			case intV:
				return string(rune(x.n)), nil
			}
		case "int":
			switch x := x.(type) {
			case intV:
				return intV{x.n, typeName(rt.name)}, nil
			case float64:
				return intV{n: int64(x), typ: typeName(rt.name)}, nil
			}
		case "month":
			if x, ok := x.(intV); ok {
				return intV{x.n, "time.Month"}, nil
			}
		case "float":
			switch x := x.(type) {
			case intV:
				return float64(x.n), nil
			case float64:
				return x, nil
			}
		case "bool":
			if b, ok := x.(bool); ok {
				return b, nil
			}
		case "decimal":
			if d, ok := x.(decV); ok {
				return d, nil
			}
		case "iface":
			return x, nil
		}
	case *ast.ArrayType:
		if s, ok := x.(string); ok { // []byte(s): a string of bytes stays one
			return s, nil
		}
		if s, ok := x.(*sliceV); ok {
			return s, nil
		}
	case *ast.StructType:
		if s, ok := x.(*structV); ok {
			return s, nil
		}
	case *ast.FuncType:
		return x, nil
	}
	return nil, fail("conversion of %T to %s", x, rt.name)
}

// typeName keeps the types whose integers render differently.
func typeName(n string) string {
	switch n {
	case "time.Month", "policy.Money", "policy.Ratio":
		return n
	}
	return ""
}

// composite evaluates a composite literal of its own type or of hint.
func (in *interp) composite(lit *ast.CompositeLit, hint typeRef, en *env) (value, error) {
	t := hint
	if lit.Type != nil {
		t = typeRef{lit.Type, en.file, en}
	}
	if t.expr == nil {
		return nil, fail("a literal of no known type")
	}
	rt, err := in.resolve(t)
	if err != nil {
		return nil, err
	}
	switch u := rt.expr.(type) {
	case *ast.StarExpr: // an element of []*T written {…}
		v, err := in.composite(&ast.CompositeLit{Elts: lit.Elts, Lbrace: lit.Lbrace}, typeRef{u.X, rt.file, rt.env}, en)
		if err != nil {
			return nil, err
		}
		if s, ok := v.(*structV); ok {
			return ptrV{s}, nil
		}
		return nil, fail("pointer to %T", v)
	case *ast.StructType:
		si := in.structInfo(rt, u)
		s := &structV{info: si, vals: map[string]value{}}
		for i, e := range lit.Elts {
			j := i
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					return nil, fail("struct key %T", kv.Key)
				}
				if j = slices.Index(si.fields, id.Name); j < 0 {
					return nil, fail("no field %s", id.Name)
				}
				e = kv.Value
			} else if len(lit.Elts) != len(si.fields) {
				return nil, fail("positional literal of %d fields", len(lit.Elts))
			}
			v, err := in.eval(e, si.types[j], en)
			if err != nil {
				return nil, err
			}
			if v, err = in.assignable(v, si.types[j]); err != nil {
				return nil, err
			}
			s.vals[si.fields[j]] = v
		}
		return s, nil
	case *ast.ArrayType:
		s := &sliceV{elems: []value{}}
		et := typeRef{u.Elt, rt.file, rt.env}
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				i, err := in.evalInt(kv.Key, en)
				if err != nil {
					return nil, err
				}
				for len(s.elems) < i {
					z, err := in.zero(et)
					if err != nil {
						return nil, err
					}
					s.elems = append(s.elems, z)
				}
				e = kv.Value
			}
			v, err := in.eval(e, et, en)
			if err != nil {
				return nil, err
			}
			if v, err = in.assignable(v, et); err != nil {
				return nil, err
			}
			s.elems = append(s.elems, v)
		}
		return s, nil
	case *ast.MapType:
		m := &mapV{}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				return nil, fail("map element without a key")
			}
			k, err := in.eval(kv.Key, typeRef{u.Key, rt.file, rt.env}, en)
			if err != nil {
				return nil, err
			}
			vt := typeRef{u.Value, rt.file, rt.env}
			v, err := in.eval(kv.Value, vt, en)
			if err != nil {
				return nil, err
			}
			if v, err = in.assignable(v, vt); err != nil {
				return nil, err
			}
			m.keys, m.vals = append(m.keys, k), append(m.vals, v)
		}
		return m, nil
	}
	return nil, fail("a literal of %T", rt.expr)
}

// assignable gives an untyped constant the type it is stored as: a month
// number in a time.Month field renders as the month.
func (in *interp) assignable(v value, t typeRef) (value, error) {
	i, ok := v.(intV)
	if !ok || i.typ != "" || t.expr == nil {
		return v, nil
	}
	rt, err := in.resolve(t)
	if err != nil {
		return v, nil
	}
	if id, ok := rt.expr.(*ast.Ident); ok {
		switch id.Name {
		case "month":
			return intV{i.n, "time.Month"}, nil
		case "int":
			return intV{i.n, typeName(rt.name)}, nil
		case "float":
			return float64(i.n), nil
		}
	}
	return v, nil
}
