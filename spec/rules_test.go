package spec

// RULES.md at the repository root states the rules as the code implements
// them. Its prose is written by hand; its parameter tables are generated
// from the built-in set, benefit.Default2017(), so that every number of the
// set is written once, in the code:
//
//	go test ./spec -run TestRulesFile -update   # regenerate RULES.md's parameter tables
//	go test ./spec -run Rules                   # RULES.md up to date, every parameter tabled once, every clause anchored
//
// A table is the text between a marker line
//
//	<!-- params: lowincome.standard lowincome.poverty_line -->
//
// and the next line <!-- /params -->. The marker names the parameters by
// their paths in the set's JSON (as benefit names them: Params.Normalize);
// a name selects the parameter of that path and every parameter under it
// ("lowincome.counted" selects every income category). Each parameter of
// the set appears in exactly one table, anchored by its path
// (RULES.md#lowincome.standard), with its value, provenance and source.
// The set's own attributes (year, from, name, rounding.mode,
// rounding.places) are tabled the same way, without provenance.

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// rulesFile is the rules document at the repository root.
var rulesFile = filepath.Join(root, "RULES.md")

// updateRules is the command that regenerates RULES.md's parameter tables.
const updateRules = "go test ./spec -run TestRulesFile -update"

// paramRow is one row of a parameter table: a parameter of the built-in
// set, or one of the set's own attributes (which have no provenance).
type paramRow struct {
	path   string
	value  string // as a breakdown records it (policy.Param.Used); "" when unset
	prov   policy.Provenance
	source string
	set    bool
}

// usedType is implemented by policy.Param[T] for every T.
var usedType = reflect.TypeFor[interface{ Used() policy.Used }]()

// builtinParams returns the rows of the built-in 2017 set: the set's own
// attributes, then every policy.Param of every programme in the order of
// the set's JSON (struct fields in declaration order, map entries by key),
// each named by its path. A Param whose Name is not its path is an error:
// benefit names every parameter by its path (nameParams).
func builtinParams() ([]paramRow, error) {
	p := benefit.Default2017()
	rows := []paramRow{
		{path: "year", value: fmt.Sprint(p.Year), set: true},
		{path: "from", value: p.From.String(), set: !p.From.IsZero()},
		{path: "name", value: p.Name, set: true},
		{path: "rounding.mode", value: string(p.Rounding.Mode), set: true},
		{path: "rounding.places", value: fmt.Sprint(p.Rounding.Places), set: true},
	}
	var errs []string
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		t := v.Type()
		switch {
		case t.Implements(usedType) && t.Kind() == reflect.Struct:
			u := v.Interface().(interface{ Used() policy.Used }).Used()
			if u.Name != path {
				errs = append(errs, fmt.Sprintf("parameter at %s is named %q", path, u.Name))
			}
			rows = append(rows, paramRow{path: path, value: u.Value, prov: u.Provenance, source: u.Source,
				set: v.FieldByName("Set").Bool()})
		case t.Kind() == reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case t.Kind() == reflect.Struct:
			for i := range t.NumField() {
				f := t.Field(i)
				key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if !f.IsExported() || key == "-" {
					continue
				}
				if key == "" {
					key = f.Name
				}
				walk(v.Field(i), paramPath(path, key))
			}
		case t.Kind() == reflect.Map:
			keys := v.MapKeys()
			slices.SortFunc(keys, func(a, b reflect.Value) int {
				return strings.Compare(fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface()))
			})
			for _, k := range keys {
				walk(v.MapIndex(k), paramPath(path, fmt.Sprint(k.Interface())))
			}
		}
	}
	walk(reflect.ValueOf(p).Elem(), "") // the set's own attributes hold no Param: they are above
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return rows, nil
}

// paramPath is key under path, joined as benefit joins the set's JSON keys.
func paramPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// selects reports whether a marker's name selects the parameter at path:
// the parameter itself or one under it.
func selects(name, path string) bool {
	return path == name || strings.HasPrefix(path, name+".")
}

// renderParams is the table of rows.
func renderParams(rows []paramRow) string {
	var b strings.Builder
	b.WriteString("| parameter | value | provenance | source |\n|---|---|---|---|\n")
	for _, r := range rows {
		value := "*unset*"
		if r.set {
			value = codeSpan(r.value)
		}
		prov, source := "—", "—"
		if r.prov != "" {
			prov = "`" + string(r.prov) + "`"
		}
		if r.source != "" {
			source = sourceEscape(r.source)
		}
		fmt.Fprintf(&b, "| <a id=\"%s\"></a>`%s` | %s | %s | %s |\n", r.path, r.path, value, prov, source)
	}
	return b.String()
}

// sourceEscape keeps a parameter's source literal in a table cell. Unlike
// mdEscape it leaves underscores alone (an underscore inside a word is not
// emphasis), so that a parameter path in a source stays one word.
var sourceEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", "|", `\|`).Replace

var (
	markerOpen  = regexp.MustCompile(`^<!-- params: ([^>]*?) -->$`)
	markerClose = "<!-- /params -->"
)

// paramTable is one marked table of RULES.md.
type paramTable struct {
	line  int      // the marker's line, from 1
	names []string // the paths it selects
}

// regenerate returns doc with every marked table rewritten from rows, and
// the tables it found. Between a marker and its end, the table is set off by
// one blank line on each side.
func regenerate(doc string, rows []paramRow) (string, []paramTable, error) {
	lines := strings.Split(doc, "\n")
	var out []string
	var tables []paramTable
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		out = append(out, l)
		if l == markerClose {
			return "", nil, fmt.Errorf("RULES.md:%d: %s without a marker before it", i+1, markerClose)
		}
		m := markerOpen.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		tb := paramTable{line: i + 1, names: strings.Fields(m[1])}
		end := slices.Index(lines[i+1:], markerClose)
		if end < 0 {
			return "", nil, fmt.Errorf("RULES.md:%d: marker %q has no %s after it", i+1, l, markerClose)
		}
		if j := slices.IndexFunc(lines[i+1:i+1+end], markerOpen.MatchString); j >= 0 {
			return "", nil, fmt.Errorf("RULES.md:%d: marker inside the table of line %d", i+2+j, i+1)
		}
		var sel []paramRow
		for _, r := range rows {
			if slices.ContainsFunc(tb.names, func(n string) bool { return selects(n, r.path) }) {
				sel = append(sel, r)
			}
		}
		out = append(out, "", strings.TrimSuffix(renderParams(sel), "\n"), "", markerClose)
		tables = append(tables, tb)
		i += end + 1
	}
	return strings.Join(out, "\n"), tables, nil
}

// readRules returns RULES.md.
func readRules(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(rulesFile)
	if err != nil {
		t.Fatalf("%v: RULES.md, the rules document, is missing", err)
	}
	return string(b)
}

// TestRulesFile: RULES.md's parameter tables are what the built-in set
// generates; with -update they are rewritten in place, the prose around
// them untouched.
func TestRulesFile(t *testing.T) {
	skipUnderRace(t)
	rows, err := builtinParams()
	if err != nil {
		t.Fatal(err)
	}
	got := readRules(t)
	want, _, err := regenerate(got, rows)
	if err != nil {
		t.Fatal(err)
	}
	if *updateFlag {
		if want != got {
			if err := os.WriteFile(rulesFile, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if got != want {
		t.Fatalf("RULES.md is stale: its parameter tables differ from benefit.Default2017() (%s); regenerate them with: %s",
			firstDiff(got, want), updateRules)
	}
}

// TestRulesParams: every parameter of the built-in set is in exactly one
// table of RULES.md, and every name a marker gives selects a parameter.
func TestRulesParams(t *testing.T) {
	skipUnderRace(t)
	rows, err := builtinParams()
	if err != nil {
		t.Fatal(err)
	}
	_, tables, err := regenerate(readRules(t), rows)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) == 0 {
		t.Fatalf("RULES.md has no parameter table (a line %q)", "<!-- params: … -->")
	}
	where := map[string][]int{}
	for _, tb := range tables {
		if len(tb.names) == 0 {
			t.Errorf("RULES.md:%d: the marker names no parameter", tb.line)
		}
		for _, n := range tb.names {
			if !slices.ContainsFunc(rows, func(r paramRow) bool { return selects(n, r.path) }) {
				t.Errorf("RULES.md:%d: %q is not a parameter of the built-in set, nor a prefix of one", tb.line, n)
			}
		}
		for _, r := range rows {
			if slices.ContainsFunc(tb.names, func(n string) bool { return selects(n, r.path) }) {
				where[r.path] = append(where[r.path], tb.line)
			}
		}
	}
	for _, r := range rows {
		switch ls := where[r.path]; len(ls) {
		case 0:
			t.Errorf("parameter %s (%s) is in no table of RULES.md: add its path to the marker of the clause it belongs to",
				r.path, r.value)
		case 1:
		default:
			t.Errorf("parameter %s is in the tables of RULES.md lines %v: table it once", r.path, ls)
		}
	}
}

// TestRulesClauses: RULES.md anchors every clause of policy.Clauses by its
// id (RULES.md#2.1.2), in document order, and no id twice.
func TestRulesClauses(t *testing.T) {
	skipUnderRace(t)
	doc := readRules(t)
	ids := map[string]int{}
	for _, m := range idAttr.FindAllStringSubmatchIndex(doc, -1) {
		id := doc[m[2]:m[3]]
		if _, dup := ids[id]; dup {
			t.Errorf("RULES.md: id %q appears twice", id)
			continue
		}
		ids[id] = m[0]
	}
	last := -1
	for _, c := range policy.Clauses() {
		at, ok := ids[string(c)]
		if !ok {
			zh, en := c.Title()
			t.Errorf("RULES.md has no anchor <a id=%q></a> for clause %s (%s, %s)", c, c, zh, en)
			continue
		}
		if at < last {
			t.Errorf("RULES.md: clause %s is anchored before the clause above it in document order", c)
		}
		last = at
	}
}
