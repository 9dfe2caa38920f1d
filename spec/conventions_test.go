package spec

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testDate is a date a package's tests fix in their source rather than in
// a case: a package-level variable such as on, or a local on := in a
// test's body.
type testDate struct {
	name  string // the variable: "on", "june"
	date  string // 2017-09-01
	doc   string // the package-level variable's doc comment, on one line
	local bool   // set in the body of a test, not at package level
}

// testDates is, for each package directory, the dates its tests fix as
// household.NewDate(y, m, d) with literal arguments: every package-level
// variable so set, and, where no package-level on is, the distinct dates
// that tests' bodies give a local on. This is the assessment date D of a
// case that states none, read from the code so that SPEC.md follows it.
func (r *repo) testDates() map[string][]testDate {
	out := map[string][]testDate{}
	locals := map[string][]string{}
	for _, f := range r.files {
		if !strings.HasSuffix(f.path, "_test.go") {
			continue
		}
		for _, d := range f.ast.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					vs := s.(*ast.ValueSpec)
					if len(vs.Names) != 1 || len(vs.Values) != 1 {
						continue
					}
					if date, ok := newDate(f, vs.Values[0]); ok {
						doc := vs.Doc.Text()
						if doc == "" {
							doc = d.Doc.Text()
						}
						out[f.dir] = append(out[f.dir], testDate{name: vs.Names[0].Name, date: date, doc: oneLine(doc)})
					}
				}
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				ast.Inspect(d.Body, func(n ast.Node) bool {
					as, ok := n.(*ast.AssignStmt)
					if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
						return true
					}
					if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name == "on" {
						if date, ok := newDate(f, as.Rhs[0]); ok && !slices.Contains(locals[f.dir], date) {
							locals[f.dir] = append(locals[f.dir], date)
						}
					}
					return true
				})
			}
		}
	}
	for dir, dates := range locals {
		if slices.ContainsFunc(out[dir], func(d testDate) bool { return d.name == "on" }) {
			continue
		}
		slices.Sort(dates)
		for _, date := range dates {
			out[dir] = append(out[dir], testDate{name: "on", date: date, local: true})
		}
	}
	for _, ds := range out {
		slices.SortStableFunc(ds, func(a, b testDate) int { // on first, then by name
			return strings.Compare(strconv.FormatBool(a.name != "on")+a.name, strconv.FormatBool(b.name != "on")+b.name)
		})
	}
	return out
}

// hiddenDates lists the dates that the cases of a spec table are run on
// without SPEC.md showing them: a household.NewDate with literal arguments
// passed to a call or assigned in the body of a t.Run of a function whose
// tables hold cases, that is none of the dates its package's tests fix
// (testDates). Such a date belongs in the case, as its on field. Dates in
// composite literals (a record's birth date) are the record's, not the
// assessment's, and are not listed.
func (r *repo) hiddenDates(cases []testCase, dates map[string][]testDate) []string {
	fns := map[string]bool{}
	for _, c := range cases {
		fns[c.file+" "+c.fn] = true
	}
	var out []string
	for _, f := range r.files {
		if !strings.HasSuffix(f.path, "_test.go") {
			continue
		}
		fixed := func(date string) bool {
			return slices.ContainsFunc(dates[f.dir], func(d testDate) bool { return d.date == date })
		}
		check := func(fn string, e ast.Expr) {
			if date, ok := newDate(f, e); ok && !fixed(date) {
				out = append(out, fmt.Sprintf("%s:%d (%s): assessed on %s", f.path, r.fset.Position(e.Pos()).Line, fn, date))
			}
		}
		for _, d := range f.ast.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fns[f.path+" "+fd.Name.Name] {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				run, ok := n.(*ast.CallExpr)
				if !ok || len(run.Args) != 2 {
					return true
				}
				if sel, ok := run.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Run" {
					return true
				}
				body, ok := run.Args[1].(*ast.FuncLit)
				if !ok {
					return true
				}
				ast.Inspect(body.Body, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.CallExpr:
						for _, a := range n.Args {
							check(fd.Name.Name, a)
						}
					case *ast.AssignStmt:
						for _, e := range n.Rhs {
							check(fd.Name.Name, e)
						}
					}
					return true
				})
				return false
			})
		}
	}
	return out
}

// TestSpecDatesShown: no case is run on a date SPEC.md does not show — its
// on field, or a date its package's tests fix, which "How to read a case"
// lists (hiddenDates).
func TestSpecDatesShown(t *testing.T) {
	skipUnderRace(t)
	load(t)
	for _, h := range loaded.hidden {
		t.Errorf("%s, which neither the case (a field on) nor SPEC.md's dates of its package show: make it the case's on field", h)
	}
}

// TestHiddenDatesFinds checks TestSpecDatesShown's checker on a module of
// its own: of a spec test's t.Run body, a call given a literal date that is
// not the package's (2017-12-31) and one assigned it (2018-09-01) are
// listed; the package's own date (2017-09-01), a record's birth date in a
// composite literal, and a date in a test without cases are not.
func TestHiddenDatesFinds(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":         "module example.com/m\n",
		"household/h.go": "package household\n\ntype Date struct{ Y, M, D int }\n\nfunc NewDate(y, m, d int) Date { return Date{y, m, d} }\n\ntype Member struct{ Birth Date }\n",
		"p/p_test.go": `package p

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"example.com/m/household"
)

var on = household.NewDate(2017, 9, 1)

func assess(household.Date) {}

func TestCases(t *testing.T) {
	tests := []struct{ name, desc, clause string }{{name: "a", desc: "甲 / a", clause: "0"}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assess(on)
			assess(household.NewDate(2017, 9, 1))
			assess(household.NewDate(2017, 12, 31))
			d := household.NewDate(2018, 9, 1)
			_ = household.Member{Birth: household.NewDate(1960, 1, 1)}
			assess(d)
		})
	}
}

func TestNoCases(t *testing.T) {
	t.Run("x", func(t *testing.T) { assess(household.NewDate(2019, 1, 1)) })
}
`,
	}
	writeFiles(t, dir, files)
	r, err := loadRepo(dir)
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := r.cases()
	got := r.hiddenDates(cases, r.testDates())
	want := []string{
		"p/p_test.go:21 (TestCases): assessed on 2017-12-31",
		"p/p_test.go:22 (TestCases): assessed on 2018-09-01",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hidden dates (-want +got):\n%s", diff)
	}
}

// newDate is the date of household.NewDate(y, m, d) with integer literal
// arguments, as 2017-09-01.
func newDate(f *srcFile, e ast.Expr) (string, bool) {
	c, ok := e.(*ast.CallExpr)
	if !ok || len(c.Args) != 3 {
		return "", false
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "NewDate" {
		return "", false
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || f.imports[pkg.Name] != "household" {
		return "", false
	}
	var n [3]int
	for i, a := range c.Args {
		b, ok := a.(*ast.BasicLit)
		if !ok || b.Kind != token.INT {
			return "", false
		}
		v, err := strconv.Atoi(b.Value)
		if err != nil {
			return "", false
		}
		n[i] = v
	}
	return fmt.Sprintf("%04d-%02d-%02d", n[0], n[1], n[2]), true
}

// renderReading is SPEC.md's "how to read a case": the conventions a case
// leaves unsaid — its parameter set, its assessment date, what its terse
// field names mean. The dates are those the tests' code fixes (testDates),
// for each package that has cases.
func renderReading(cases []testCase, dates map[string][]testDate) string {
	var b strings.Builder
	b.WriteString("## How to read a case\n\n")
	b.WriteString("- **Parameters.** A case with no parameter field (`p`, `set`, `sets`) is assessed under " +
		"`Default2017`, the built-in 2017 parameter set of its package ([RULES.md](RULES.md)): S = 3622.00 a person a year, " +
		"rounding half away from zero to 0.01 元. `july` loads, beside it, a set in force from 2017-07-01 " +
		"(`true`: the example set with S = 3912.00; otherwise the JSON of that set's parameters). `sets` lists the sets " +
		"loaded together, as values, as JSON or by name: `2017` is the built-in set, `2017-07` the example set from " +
		"2017-07-01 (S = 3912.00), `2018` the example 2018 set (S = 3912.00) and `2018-02`, `2018-07`, `2018-12` that set " +
		"from the first of that month; `2017-07-s-only` the July set naming S = 3912.00 alone, `2017-s3912` the built-in set " +
		"with S = 3912.00 from January, `2017-07-confirmed` the 2017 values from July with the county confirming that " +
		"scholarships are not income, and `2017-04-dispersed-confirmed` the 2017 values from April with the county " +
		"confirming the dispersed standard (benefit's setsNamed and monthsSets build them).\n")
	b.WriteString("- **Assessment date D.** A case with a field `on` is assessed as of that date. Otherwise its package's " +
		"tests fix D in their code, as below (read from the test source when SPEC.md is generated); ages are full " +
		"years on D, income I is that of the 12 months before D, and the result is the entitlement for D's calendar year. " +
		"`period` or `runs` narrow it to those months of the year.\n\n")
	b.WriteString("| package | dates its tests fix |\n|---|---|\n")
	var pkgs []string
	for _, c := range cases {
		if !slices.Contains(pkgs, c.pkg) {
			pkgs = append(pkgs, c.pkg)
		}
	}
	slices.Sort(pkgs)
	for _, p := range pkgs {
		var parts []string
		var local []string
		for _, d := range dates[p] {
			switch {
			case d.local:
				local = append(local, d.date)
			case d.name == "on":
				parts = append(parts, fmt.Sprintf("D = %s (`on`)", d.date))
			default:
				s := fmt.Sprintf("`%s` = %s", d.name, d.date)
				if d.doc != "" {
					s += ": " + mdEscape(strings.TrimSuffix(strings.TrimPrefix(d.doc, d.name+" is "), "."))
				}
				parts = append(parts, s)
			}
		}
		if len(local) > 0 {
			parts = append(parts, fmt.Sprintf("D = %s, set in the body of each test that checks a record as of a date", strings.Join(local, ", ")))
		}
		if len(parts) == 0 {
			parts = append(parts, "none: its cases assess no record as of a date, or state the date (`on`)")
		}
		fmt.Fprintf(&b, "| `%s` | %s |\n", p, strings.Join(parts, "; "))
	}
	b.WriteString("\n**Field names.** A field's meaning is its table's (the test's comment above its cases says more); " +
		"the short names mean:\n\n")
	for _, g := range glossary {
		fmt.Fprintf(&b, "- `%s`: %s\n", g[0], g[1])
	}
	b.WriteString("\n")
	return b.String()
}

// glossary is the meaning of the terse field names of the spec tables.
var glossary = [][2]string{
	{"h", "the household record assessed (as JSON where the table gives a record as the service reads it)"},
	{"m", "a member record; `e`: a hardship event (temporary aid)"},
	{"p, set, sets", "the parameter set(s) the case uses, as values or as JSON (absent: `Default2017`); in the catalogue of bad input, `set: true` marks the input as a parameter set"},
	{"in, input, js", "the input under test: a value, a record or its JSON, or a JSON fragment put into a record"},
	{"r", "a rounding rule, `{mode, places}`; `DefaultRounding` is half away from zero to 0.01 (places −1 rounds to 10 元)"},
	{"s", "the 低保 standard S, 元 a person a year, where a table gives it"},
	{"n", "a count: the household size n, or how many of something (months, records)"},
	{"k", "a factor or a count that multiplies: the factor of `Times`, the k children sharing one rounding"},
	{"op", "the operation under test (e.g. `Round`, `Prorate`, `Times`, `Floor`)"},
	{"a, b", "the two operands or records compared; `o`: the other record"},
	{"typ, etype, wantType", "a type: of hardship (`fire`, `medical`, …) or of field error (`invalid`, `required`, …), as the table says"},
	{"want", "the expected result; `none` for no result (no lines, no error)"},
	{"wantX", "the expected X: `wantIs` the error it wraps, `wantMsg` a part of its text, `wantErr` its field errors, `wantPath` the field path, `wantWhy` the decision's reason"},
	{"wantN, wantI, wantL, wantM", "the expected household size n, counted income I, line L = S × n, and margin M = I − S × n, signed: negative below the line, 0.00 on it"},
	{"total", "the expected sum of the result's annual amounts, 元"},
	{"why, zh, en, explain, explainEN", "the expected reason or explanation, word for word, in Chinese and in English"},
	{"edit", "a change a case makes to the record its test starts from"},
	{"period, runs", "the months assessed, within D's year (a run is a stretch of months assessed at once); absent: the whole year"},
	{"months", "the months a line or decision covers, e.g. 07–12 for July to December"},
}
