package spec

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safetynet-go/safetynet/policy"
)

// testCase is one row of a spec table: a table element with the keyed
// fields name, desc and clause (or clauses).
type testCase struct {
	pkg     string // directory relative to the module root, e.g. "lowincome"
	file    string // slash path relative to the module root
	line    int    // line of the row's name field
	fn      string // enclosing function (or package-level variable)
	doc     string // that function's doc comment, on one line
	name    string
	desc    string
	clauses []policy.Clause
	fields  []field // the row's other fields that render as plain values
}

// field is one rendered input or expectation of a case.
type field struct {
	name, value string
	// code is why the field shows Go rather than values: a call, a
	// variable or a function the expansion could not follow. Empty when
	// the field shows only values.
	code string
}

// maxValue is the longest a rendered field value may be, in runes.
const maxValue = 2000

// srcFile is one parsed Go file of the module.
type srcFile struct {
	dir     string // slash path relative to the module root; "." for the root
	path    string // slash path relative to the module root
	ast     *ast.File
	imports map[string]string // local name → module directory, for the module's own imports
}

// repo is the parsed source of the module: what extraction needs to name
// struct fields and resolve constants.
type repo struct {
	fset    *token.FileSet
	files   []*srcFile
	consts  map[string]string   // "dir.Name" → value of a literal constant, strings unquoted
	structs map[string][]string // "dir.Type" → field names of a struct type declared at package level
	pkgs    map[pkgKey]*decls   // the package-level declarations of each package
	pkgName map[string]string   // directory → the name of its (non-test) package
}

// skipDirs are the module-root directories whose tests are not read.
var skipDirs = map[string]bool{"spec": true, "examples": true}

// loadRepo parses every Go file of the module rooted at root, except those
// under spec/, examples/, testdata, hidden directories and nested modules.
func loadRepo(root string) (*repo, error) {
	module, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		return nil, err
	}
	r := &repo{fset: token.NewFileSet(), consts: map[string]string{}, structs: map[string][]string{}}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "." {
				return nil
			}
			n := d.Name()
			if strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || n == "testdata" || skipDirs[rel] {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") {
			return nil
		}
		f, err := parser.ParseFile(r.fset, p, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		sf := &srcFile{dir: path.Dir(rel), path: rel, ast: f, imports: map[string]string{}}
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			dir, ok := strings.CutPrefix(ip, module+"/")
			if !ok {
				continue
			}
			local := path.Base(ip)
			if im.Name != nil {
				local = im.Name.Name
			}
			sf.imports[local] = dir
		}
		r.files = append(r.files, sf)
		r.declare(sf.dir, f.Decls)
		r.index(sf)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// modulePath reads the module line of a go.mod file.
func modulePath(gomod string) (string, error) {
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if m, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(m), `"`), nil
		}
	}
	if err := s.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// declare records the literal constants and struct types of decls under dir.
func (r *repo) declare(dir string, decls []ast.Decl) {
	for _, d := range decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, s := range g.Specs {
			switch s := s.(type) {
			case *ast.ValueSpec:
				if g.Tok != token.CONST {
					continue
				}
				for i, n := range s.Names {
					if i < len(s.Values) {
						if v, ok := s.Values[i].(*ast.BasicLit); ok {
							r.consts[dir+"."+n.Name] = literal(v)
						}
					}
				}
			case *ast.TypeSpec:
				if st, ok := s.Type.(*ast.StructType); ok {
					r.structs[dir+"."+s.Name.Name] = fieldNames(st)
				}
			}
		}
	}
}

// fieldNames lists a struct type's field names in order; an embedded field
// is named by its type.
func fieldNames(st *ast.StructType) []string {
	var names []string
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			t := f.Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			if s, ok := t.(*ast.SelectorExpr); ok {
				t = s.Sel
			}
			if id, ok := t.(*ast.Ident); ok {
				names = append(names, id.Name)
			} else {
				names = append(names, "?")
			}
		}
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
	}
	return names
}

// literal is a basic literal's value as an auditor reads it: strings
// unquoted, numbers as written.
func literal(b *ast.BasicLit) string {
	if b.Kind == token.STRING {
		if s, err := strconv.Unquote(b.Value); err == nil {
			return s
		}
	}
	return b.Value
}

// cases extracts every spec-table row of the module's test files, and
// lists the rows of spec tables that are not cases (part): a row without
// its name, desc or clause, which SPEC.md would leave out.
func (r *repo) cases() (out []testCase, part []string) {
	for _, f := range r.files {
		if !strings.HasSuffix(f.path, "_test.go") {
			continue
		}
		for _, d := range f.ast.Decls {
			x := &scope{repo: r, file: f, local: map[string][]string{}, localConst: map[string]ast.Expr{}, decl: d}
			var name, doc string
			switch d := d.(type) {
			case *ast.FuncDecl:
				name, doc = d.Name.Name, oneLine(d.Doc.Text())
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						name = n.Name
					}
				}
				doc = oneLine(d.Doc.Text())
			}
			// Struct types declared inside the function name the fields of
			// its positional literals; its constants resolve like the
			// package's.
			ast.Inspect(d, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.TypeSpec:
					if st, ok := n.Type.(*ast.StructType); ok {
						x.local[n.Name.Name] = fieldNames(st)
					}
				case *ast.DeclStmt:
					if g := n.Decl.(*ast.GenDecl); g.Tok == token.CONST {
						for _, s := range g.Specs {
							vs := s.(*ast.ValueSpec)
							for i, id := range vs.Names {
								if i < len(vs.Values) {
									x.localConst[id.Name] = vs.Values[i]
								}
							}
						}
					}
				}
				return true
			})
			ast.Inspect(d, func(n ast.Node) bool {
				table, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				at, ok := table.Type.(*ast.ArrayType)
				if !ok {
					return true
				}
				names := x.structFields(at.Elt)
				x.in, x.en = nil, nil
				x.table, x.elt = table, at.Elt
				spec := slices.Contains(names, "clause") || slices.Contains(names, "clauses")
				for _, e := range table.Elts {
					if row, ok := e.(*ast.CompositeLit); ok {
						if c, ok := x.row(row, names); ok {
							c.fn, c.doc = name, doc
							out = append(out, c)
						} else if spec {
							part = append(part, fmt.Sprintf("%s:%d (%s)", f.path, r.fset.Position(row.Pos()).Line, name))
						}
					}
				}
				return true
			})
		}
	}
	return out, part
}

// computed lists the clauses the library's code cites: the policy.ClauseXxx
// constants named in a non-test file outside policy/.
func (r *repo) computed() map[policy.Clause]bool {
	out := map[policy.Clause]bool{}
	for _, f := range r.files {
		if strings.HasSuffix(f.path, "_test.go") || f.dir == "policy" {
			continue
		}
		x := &scope{repo: r, file: f}
		ast.Inspect(f.ast, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "Clause") {
				if id, ok := sel.X.(*ast.Ident); ok && f.imports[id.Name] == "policy" {
					if v, ok := x.constant(sel); ok {
						out[policy.Clause(v)] = true
					}
				}
			}
			return true
		})
	}
	return out
}

// scope resolves names inside one declaration of one file.
type scope struct {
	repo       *repo
	file       *srcFile
	local      map[string][]string // struct types declared in the function
	localConst map[string]ast.Expr // constants declared in the function

	// The table being read, and its evaluation (made at its first case).
	decl  ast.Decl
	table *ast.CompositeLit
	elt   ast.Expr
	in    *interp
	en    *env
	hints map[string]typeRef // the row type's field types
}

// row reports whether lit is a spec-table row and, if so, its case. The
// row's fields are keyed, or positional in the order of names, the fields of
// the table's element type.
func (x *scope) row(lit *ast.CompositeLit, names []string) (testCase, bool) {
	c := testCase{pkg: x.file.dir, file: x.file.path}
	var hasName, hasDesc, hasClause bool
	for i, e := range lit.Elts {
		var key string
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				return c, false
			}
			key, e = id.Name, kv.Value
		} else if len(names) == len(lit.Elts) {
			key = names[i]
		} else {
			return c, false
		}
		switch key {
		case "name":
			c.name, hasName = x.str(e)
			c.line = x.repo.fset.Position(e.Pos()).Line
		case "desc":
			c.desc, hasDesc = x.str(e)
		case "clause":
			c.clauses, hasClause = append(c.clauses, x.clause(e)), true
		case "clauses":
			hasClause = true
			if l, ok := e.(*ast.CompositeLit); ok {
				for _, e := range l.Elts {
					c.clauses = append(c.clauses, x.clause(e))
				}
			} else {
				c.clauses = append(c.clauses, policy.Clause("?"+x.source(e)))
			}
		default:
			if f, ok := x.field(key, e); ok {
				c.fields = append(c.fields, f)
			}
		}
	}
	return c, hasName && hasDesc && hasClause
}

// field renders one field of a row: by its value when the expansion
// follows it, else as the source shows it, with why in code. A function
// that takes a *testing.T checks a result and is left out; one that takes
// a record and changes it renders as its assignments (edit: id = "").
func (x *scope) field(key string, e ast.Expr) (field, bool) {
	if x.in == nil {
		x.in = newInterp(x.repo)
		x.en = x.in.tableEnv(x.file, x.decl, x.table)
		x.hints = map[string]typeRef{}
		if t, err := x.in.resolve(typeRef{x.elt, x.file, x.en}); err == nil {
			if st, ok := t.expr.(*ast.StructType); ok {
				si := x.in.structInfo(t, st)
				for i, f := range si.fields {
					x.hints[f] = si.types[i]
				}
			}
		}
	}
	x.in.steps = 0
	s, err := x.show(e, x.hints[key])
	if err == errCheck {
		return field{}, false
	}
	if err == nil {
		return field{key, truncate(s), ""}, true
	}
	src, ok := x.value(e, nil)
	if !ok {
		src = oneLine(x.source(e))
	}
	return field{key, truncate(src), err.Error()}, true
}

// errCheck is show's answer for a function that checks a result.
var errCheck = errors.New("a check")

// show evaluates e, of type hint, and renders it: a function without
// parameters by what it returns, a function that changes a record by its
// assignments.
func (x *scope) show(e ast.Expr, hint typeRef) (string, error) {
	v, err := x.in.eval(e, hint, x.en)
	if err != nil {
		return "", err
	}
	f, ok := v.(*funcV)
	if !ok {
		return render(v)
	}
	if checks(f) {
		return "", errCheck
	}
	if len(f.typ.Params.List) == 0 && f.typ.Results.NumFields() == 1 {
		if v, err = x.in.invoke(f, nil, false); err != nil {
			return "", err
		}
		return render(v)
	}
	return x.in.edits(f)
}

// checks reports whether f is a check of a result: it takes a *testing.T
// or testing.TB.
func checks(f *funcV) bool {
	for _, p := range f.typ.Params.List {
		t := p.Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		if sel, ok := t.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "testing" {
				return true
			}
		}
	}
	return false
}

// clause resolves a clause expression: a string literal or a Clause
// constant; anything else becomes an id no registry knows.
func (x *scope) clause(e ast.Expr) policy.Clause {
	if s, ok := x.str(e); ok {
		return policy.Clause(s)
	}
	return policy.Clause("?" + x.source(e))
}

// str is the value of a string literal, a literal constant or a sum of
// them.
func (x *scope) str(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return literal(e), true
		}
	case *ast.Ident, *ast.SelectorExpr:
		return x.constant(e)
	case *ast.ParenExpr:
		return x.str(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			a, ok1 := x.str(e.X)
			b, ok2 := x.str(e.Y)
			return a + b, ok1 && ok2
		}
	}
	return "", false
}

// constant resolves an identifier or pkg.Name to a literal constant of the
// module.
func (x *scope) constant(e ast.Expr) (string, bool) {
	var key string
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := x.localConst[e.Name]; ok {
			return x.str(v)
		}
		key = x.file.dir + "." + e.Name
	case *ast.SelectorExpr:
		pkg, ok := e.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		dir, ok := x.file.imports[pkg.Name]
		if !ok {
			return "", false
		}
		key = dir + "." + e.Sel.Name
	}
	v, ok := x.repo.consts[key]
	return v, ok
}

// structFields names the fields of the struct type t, if the module
// declares it.
func (x *scope) structFields(t ast.Expr) []string {
	switch t := t.(type) {
	case *ast.StarExpr:
		return x.structFields(t.X)
	case *ast.StructType:
		return fieldNames(t)
	case *ast.Ident:
		if f, ok := x.local[t.Name]; ok {
			return f
		}
		return x.repo.structs[x.file.dir+"."+t.Name]
	case *ast.SelectorExpr:
		if pkg, ok := t.X.(*ast.Ident); ok {
			return x.repo.structs[x.file.imports[pkg.Name]+"."+t.Sel.Name]
		}
	}
	return nil
}

// decimalFuncs are the helpers that only wrap a decimal string: d("12.00")
// renders as 12.00.
var decimalFuncs = map[string]bool{"d": true, "dec": true, "RequireFromString": true}

// value renders e compactly, or reports false when e is not a plain value
// (a function literal, a call with such an argument, …). elem is the type
// of e when e is a composite literal whose type the source elides.
func (x *scope) value(e ast.Expr, elem ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if s := literal(e); s != "" {
			return s, true
		}
		return `""`, true
	case *ast.Ident:
		if v, ok := x.constant(e); ok {
			return cmp.Or(v, `""`), true
		}
		if e.Name == "nil" {
			return "none", true
		}
		return e.Name, true
	case *ast.SelectorExpr:
		if v, ok := x.constant(e); ok {
			return cmp.Or(v, `""`), true
		}
		return e.Sel.Name, true
	case *ast.ParenExpr:
		return x.value(e.X, elem)
	case *ast.UnaryExpr:
		v, ok := x.value(e.X, elem)
		if e.Op == token.AND {
			return v, ok
		}
		return e.Op.String() + v, ok
	case *ast.BinaryExpr:
		if s, ok := x.str(e); ok {
			return s, true
		}
		a, ok1 := x.value(e.X, nil)
		b, ok2 := x.value(e.Y, nil)
		return a + " " + e.Op.String() + " " + b, ok1 && ok2
	case *ast.CallExpr:
		return x.call(e)
	case *ast.CompositeLit:
		return x.composite(e, elem), true
	}
	return "", false
}

// call renders a call whose arguments are all plain values; a decimal
// helper renders as its argument alone.
func (x *scope) call(e *ast.CallExpr) (string, bool) {
	var fn string
	switch f := e.Fun.(type) {
	case *ast.Ident:
		fn = f.Name
	case *ast.SelectorExpr:
		fn = f.Sel.Name
	default:
		return "", false
	}
	if len(e.Args) == 1 && decimalFuncs[fn] {
		if s, ok := x.str(e.Args[0]); ok {
			return s, true
		}
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		v, ok := x.value(a, nil)
		if !ok {
			return "", false
		}
		args[i] = v
	}
	s := fn + "(" + strings.Join(args, ", ")
	if e.Ellipsis.IsValid() {
		s += "..."
	}
	return s + ")", true
}

// composite renders a composite literal: a slice as [a, b], a struct as
// {field: value, …} without its zero fields, a map as {key: value, …}.
// Parts that are not plain values render as "…".
func (x *scope) composite(lit *ast.CompositeLit, elem ast.Expr) string {
	t := lit.Type
	if t == nil {
		t = elem
	}
	if p, ok := t.(*ast.StarExpr); ok {
		t = p.X
	}
	part := func(e, elem ast.Expr) string {
		if v, ok := x.value(e, elem); ok {
			return v
		}
		return "…"
	}
	var parts []string
	switch t := t.(type) {
	case *ast.ArrayType:
		for _, e := range lit.Elts {
			parts = append(parts, part(e, t.Elt))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *ast.MapType:
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				parts = append(parts, part(kv.Key, t.Key)+": "+part(kv.Value, t.Value))
			}
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	names := x.structFields(t)
	for i, e := range lit.Elts {
		name := ""
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			name, e = x.source(kv.Key), kv.Value
		} else if len(names) == len(lit.Elts) {
			name = names[i]
		}
		v := part(e, nil)
		if name == "" {
			parts = append(parts, v)
			continue
		}
		if v == `""` || v == "false" || v == "none" {
			continue // a zero field says nothing
		}
		parts = append(parts, lowerFirst(name)+": "+v)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// source is the text of e as gofmt prints it.
func (x *scope) source(e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, x.repo.fset, e); err != nil {
		return "?"
	}
	return b.String()
}

// lowerFirst turns a Go field name into the word an auditor reads:
// LeftOver → leftOver, ID → id, NCMSFund → ncmsFund.
func lowerFirst(s string) string {
	r := []rune(s)
	for i := range r {
		if !unicode.IsUpper(r[i]) || i > 0 && i+1 < len(r) && unicode.IsLower(r[i+1]) {
			break
		}
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

// truncate puts s on one line and shortens it to maxValue runes.
func truncate(s string) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= maxValue {
		return s
	}
	return string([]rune(s)[:maxValue-1]) + "…"
}

// oneLine joins a doc comment's lines into one.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
