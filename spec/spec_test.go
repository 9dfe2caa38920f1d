package spec

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
)

// TestMain runs the tests with the collector at testrun.GCPercent: the
// expansion of every table makes many short-lived values and strings.
func TestMain(m *testing.M) { testrun.Main(m) }

var updateFlag = flag.Bool("update", false, "rewrite ../SPEC.md from the test tables")

// root is the module root, seen from this package's directory.
const root = ".."

// specFile is the generated specification.
var specFile = filepath.Join(root, "SPEC.md")

// load extracts the cases of every spec table of the module, and the
// clauses its code computes, once for all the tests of the run.
func load(t *testing.T) ([]testCase, map[policy.Clause]bool) {
	t.Helper()
	loaded.Do(func() {
		r, err := loadRepo(root)
		if err != nil {
			loaded.err = fmt.Errorf("reading the test tables: %v", err)
			return
		}
		loaded.cases, loaded.part = r.cases()
		loaded.computed = r.computed()
		loaded.dates = r.testDates()
		loaded.hidden = r.hiddenDates(loaded.cases, loaded.dates)
	})
	if loaded.err != nil {
		t.Fatal(loaded.err)
	}
	if len(loaded.cases) == 0 {
		t.Fatal("no spec-table cases found: is the module root at ..?")
	}
	return loaded.cases, loaded.computed
}

// loaded is what load read.
var loaded struct {
	sync.Once
	cases    []testCase
	part     []string // rows of spec tables that are not cases
	computed map[policy.Clause]bool
	dates    map[string][]testDate // the dates each package's tests fix
	hidden   []string              // dates cases are run on that SPEC.md does not show
	err      error
}

// TestSpecRowsComplete: every row of a spec table (a table whose rows
// have a clause or clauses field) is a case, with its name, desc and
// clause, and its name is its own in its test. A row without one would be
// tested but left out of SPEC.md, where an auditor reads the cases; two of
// one name would be told apart only by the numbers t.Run adds.
func TestSpecRowsComplete(t *testing.T) {
	skipUnderRace(t)
	load(t)
	for _, p := range loaded.part {
		t.Errorf("%s: 表格的此行缺少 name、desc 或 clause，不会列入 SPEC.md / a row of a spec table without its name, desc or clause, left out of SPEC.md", p)
	}
	seen := map[string]int{}
	for _, c := range loaded.cases {
		k := c.file + " " + c.fn + " " + strings.ReplaceAll(c.name, " ", "_") // as t.Run names the subtest
		if line, ok := seen[k]; ok {
			t.Errorf("%s:%d: 用例名 %q 与第 %d 行重复 / case name %q repeats line %d's in %s", c.file, c.line, c.name, line, c.name, line, c.fn)
		}
		seen[k] = c.line
	}
}

// TestSpecCoverage: every clause of policy.Clauses is cited by at least one
// case, and every case cites only clauses RULES.md defines. Clause "0"
// (the conventions) is required like any other: the code cites it and
// cases cite it. A clause no code computes yet (no non-test file outside
// policy/ names its constant) cannot be cited by a test; its requirement is
// skipped with a message naming it, and holds as soon as code computes it.
func TestSpecCoverage(t *testing.T) {
	skipUnderRace(t)
	cases, computed := load(t)
	cited := map[policy.Clause]int{}
	for _, c := range cases {
		if len(c.clauses) == 0 {
			t.Errorf("%s:%d: case %q has an empty clauses list", c.file, c.line, c.name)
		}
		for _, cl := range c.clauses {
			cited[cl]++
			if !cl.Known() {
				t.Errorf("%s:%d: case %q cites %q, which is not a clause of RULES.md (policy.Clauses)", c.file, c.line, c.name, cl)
			}
		}
	}
	for _, cl := range policy.Clauses() {
		t.Run(string(cl), func(t *testing.T) {
			if cited[cl] > 0 {
				return
			}
			zh, en := cl.Title()
			if !computed[cl] {
				t.Skipf("clause %s (%s, %s) has no case, and no code computes it yet (no non-test file outside policy/ cites it)", cl, zh, en)
			}
			t.Errorf("clause %s (%s, %s) has no case: no table row has clause: %q", cl, zh, en, cl)
		})
	}
}

// TestSpecDescriptions: every case says what it shows in plain words,
// Chinese first and English after, as "中文 / English": a Chinese part
// with at least one Chinese character, then "/ " (most often with a space
// before it), then an English part with at least one word. An
// auditor reading SPEC.md in either language finds each case described.
func TestSpecDescriptions(t *testing.T) {
	skipUnderRace(t)
	cases, _ := load(t)
	for _, c := range cases {
		zh, en, ok := splitDesc(c.desc)
		switch {
		case !ok:
			t.Errorf("%s:%d: case %q: the description %q is not \"中文 / English\"", c.file, c.line, c.name, c.desc)
		case !strings.ContainsFunc(zh, func(r rune) bool { return unicode.Is(unicode.Han, r) }):
			t.Errorf("%s:%d: case %q: the Chinese part of %q has no Chinese", c.file, c.line, c.name, c.desc)
		case !strings.ContainsFunc(en, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }):
			t.Errorf("%s:%d: case %q: the English part of %q has no English", c.file, c.line, c.name, c.desc)
		}
	}
}

// splitDesc splits a case's description at its first "/ " into the Chinese
// part before it (without the space before the mark) and the English part
// after it.
func splitDesc(d string) (zh, en string, ok bool) {
	zh, en, ok = strings.Cut(d, "/ ")
	return strings.TrimSuffix(zh, " "), en, ok
}

// actions are the case fields that hold Go by nature, not a value: each
// "file field" with why. TestSpecInputs requires every other field of every
// case to show values.
var actions = map[string]string{
	"policy/assessment_test.go add": "the step under test: a call of a policy.Assessment method",
}

// TestSpecInputs: every case shows its inputs and expected values as
// values an auditor reads without Go — literals, constants by their value,
// struct fields by name — never a call, a variable or a function: a call
// of a test helper or a variable shows what it holds (the expansion reads
// the helper's source), and a field the expansion cannot follow (library
// code, a method, a name it cannot see) fails here, with the reason. Nor
// is a value cut short. A field that is Go by nature is listed in actions.
func TestSpecInputs(t *testing.T) {
	skipUnderRace(t)
	cases, _ := load(t)
	used := map[string]bool{}
	for _, c := range cases {
		for _, f := range c.fields {
			if utf8.RuneCountInString(f.value) >= maxValue {
				t.Errorf("%s:%d: case %q, field %s: the value is cut at %d characters: %s", c.file, c.line, c.name, f.name, maxValue, f.value)
			}
			if f.code == "" {
				continue
			}
			if _, ok := actions[c.file+" "+f.name]; ok {
				used[c.file+" "+f.name] = true
				continue
			}
			t.Errorf("%s:%d: case %q, field %s shows Go, not values: %s\n\t(%s)\n\twrite it as literal values, keyed struct fields, or a call of a test helper whose source the expansion follows",
				c.file, c.line, c.name, f.name, f.value, f.code)
		}
	}
	for k := range actions {
		if !used[k] {
			t.Errorf("actions lists %q, which no case holds as Go any more: remove it", k)
		}
	}
}

// TestSpec prints the specification clause by clause; run it with
// go test ./spec -run 'TestSpec$' -v.
func TestSpec(t *testing.T) {
	skipUnderRace(t)
	cases, _ := load(t)
	secs := sections(cases)
	t.Log("东政办〔2017〕43号 as the tests state it: each clause, then each case that cites it —" +
		" its name, what it shows (Chinese, then English), and its inputs and expected values.\n" +
		renderText(secs))
}

// TestSpecFile: SPEC.md is what the test tables generate; with -update it
// is rewritten.
func TestSpecFile(t *testing.T) {
	skipUnderRace(t)
	cases, _ := load(t)
	want := renderMarkdown(sections(cases), loaded.dates)
	if *updateFlag {
		if err := os.WriteFile(specFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatalf("%v; generate it with: %s", err, update)
	}
	if string(got) != want {
		t.Fatalf("SPEC.md is stale: the test tables have changed since it was generated (%s); regenerate it with: %s",
			firstDiff(string(got), want), update)
	}
}

// firstDiff describes the first line where SPEC.md and its regeneration
// differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d is %q, want %q", i+1, gl, wl)
		}
	}
	return "no line differs"
}

// TestExtract: the shapes of spec table the extractor reads, from the
// module under testdata/mod.
func TestExtract(t *testing.T) {
	r, err := loadRepo(filepath.Join("testdata", "mod"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	cases, part := r.cases()
	for _, c := range cases {
		s := fmt.Sprintf("%s:%d %s %s %q %v %q", c.file, c.line, c.fn, c.name, c.desc, c.clauses, c.doc)
		for _, f := range c.fields {
			s += " | " + f.name + ": " + f.value
			if f.code != "" {
				s += " [code: " + f.code + "]"
			}
		}
		got = append(got, s)
	}
	want := []string{
		`a/a_test.go:49 TestBase keyed "中文 / English" [2.1.1] "TestBase shows every shape a spec table takes."` +
			` | in: 4500.00 | want: [{item: base, annual: 6366.00}] | f: func() {} [code: a function]`,
		`a/a_test.go:56 TestBase positional "位置 / positional" [2.1.2] "TestBase shows every shape a spec table takes."` +
			` | in: ab | want: none | f: none`,
		`a/a_test.go:70 TestBase two clauses "两条 / two" [0 2.1.1] "TestBase shows every shape a spec table takes."` +
			` | n: -3 | m: {x: true} | cents: 0.07 | huge: 1E2000000 | nought: 0`,
		`a/a_test.go:92 TestExpand helpers "助手 / helpers" [2.1.2] "TestExpand shows what the expansion follows."` +
			` | h: {id: H, members: [{id: a1, incomes: [4500.00]}, {id: a2}], poor: true} | p: Default2017`,
		`a/a_test.go:94 TestExpand variables "变量 / variables" [2.1.2] "TestExpand shows what the expansion follows."` +
			` | h: {id: H, members: [{id: c1, class: A}, {id: x, born: {year: 1970, month: 3, day: 1}}]} | p: Default2017 with {uplift: share}`,
		`a/a_test.go:96 TestExpand edit "修改 / an edit" [2.1.2] "TestExpand shows what the expansion follows."` +
			` | edit: members = [{id: a1}]; members[0].id = ""`,
		`a/a_test.go:99 TestExpand library "库函数 / library code" [2.1.2] "TestExpand shows what the expansion follows."` +
			` | h: Lookup(H1) [code: a.Lookup is library code]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cases (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a/a_test.go:55 (TestBase)"}, part); diff != "" {
		t.Errorf("rows of spec tables that are not cases (-want +got):\n%s", diff)
	}
	if c := r.computed(); !c["2.1.1"] || len(c) != 1 {
		t.Errorf("computed clauses = %v, want only 2.1.1", c)
	}
}
