package schemas_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/schemas"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestMain runs the tests with the collector at testrun.GCPercent: the
// mutation tests marshal and read thousands of parameter sets and records.
func TestMain(m *testing.M) { testrun.Main(m) }

// compile compiles the named schema with the 2020-12 draft, failing the
// test when it does not compile.
func compile(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	compiledMu.Lock()
	defer compiledMu.Unlock()
	if s, ok := compiled[name]; ok {
		return s
	}
	s := compileOnce(t, name)
	compiled[name] = s
	return s
}

// compiled holds each schema compiled once for the package's tests: a
// compiled schema only reads when it validates, so the tests share it.
var (
	compiledMu sync.Mutex
	compiled   = map[string]*jsonschema.Schema{}
)

func compileOnce(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	raw, ok := schemas.Get(name)
	if !ok {
		t.Fatalf("Get(%q): no schema", name)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	url := name + ".json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

// validate reports whether the JSON document data is valid under s.
func validate(s *jsonschema.Schema, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(doc)
}

// TestNames: the three schemas, each found by Get, each a JSON Schema
// that compiles, each with its $id; nothing else is found.
func TestNames(t *testing.T) {
	if got, want := schemas.Names(), []string{"household", "params", "breakdown"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	for _, name := range schemas.Names() {
		compile(t, name)
		raw, _ := schemas.Get(name)
		var head struct {
			Schema string `json:"$schema"`
			ID     string `json:"$id"`
		}
		if err := json.Unmarshal(raw, &head); err != nil || head.Schema != "https://json-schema.org/draft/2020-12/schema" ||
			!strings.HasSuffix(head.ID, "/schemas/"+name+".json") {
			t.Errorf("%s: $schema %q, $id %q (%v)", name, head.Schema, head.ID, err)
		}
		raw[0] = 'x' // the caller's copy
		if again, _ := schemas.Get(name); again[0] != '{' {
			t.Errorf("%s: Get returns a slice shared between calls", name)
		}
	}
	for _, name := range []string{"", "household.json", "Household", "../go.mod", "doc.go", "schemas.go"} {
		if b, ok := schemas.Get(name); ok || b != nil {
			t.Errorf("Get(%q) = %d bytes, %v; want none", name, len(b), ok)
		}
	}
}

// synthetics is how many synthetic households the tests below check.
func synthetics() int {
	if testing.Short() {
		return 100
	}
	return testrun.Count(400, 100)
}

// on is the date the synthetic county is assessed on.
var on = household.NewDate(2017, 9, 1)

// TestHouseholdSchema: every sample record, and every record of a
// synthetic county as Marshal writes it, is valid under the household
// schema.
func TestHouseholdSchema(t *testing.T) {
	s := compile(t, "household")
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(s, raw); err != nil {
			t.Errorf("sample %s: %v", name, err)
		}
	}
	for _, h := range synthetic.New(synthetic.Config{Seed: 16, Households: synthetics(), Date: on}).All() {
		js, err := h.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := household.Unmarshal(js); err != nil {
			t.Fatalf("%s: the library refuses its own record: %v", h.ID, err)
		}
		if err := validate(s, js); err != nil {
			t.Errorf("synthetic %s: %v\n%s", h.ID, err, js)
		}
	}
}

// TestBreakdownSchema: every golden breakdown, and the breakdown of every
// record of a synthetic county (compact and indented), is valid under the
// breakdown schema.
func TestBreakdownSchema(t *testing.T) {
	s := compile(t, "breakdown")
	goldens, err := filepath.Glob(filepath.Join("..", "benefit", "testdata", "h0*.json"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden breakdowns (%v)", err)
	}
	for _, g := range goldens {
		js, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(s, js); err != nil {
			t.Errorf("%s: %v", g, err)
		}
	}
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range synthetic.New(synthetic.Config{Seed: 16, Households: synthetics(), Date: on}).All() {
		b, err := a.Assess(h, on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		js := b.AppendJSON(nil)
		if i%4 == 0 {
			if js, err = b.Marshal(); err != nil {
				t.Fatal(err)
			}
		}
		if err := validate(s, js); err != nil {
			t.Errorf("synthetic %s: %v", h.ID, err)
		}
	}
}

// TestParamsSchema: the built-in set as Marshal writes it, and every set
// of the benefit package's test data, is valid under the parameter set's
// schema.
func TestParamsSchema(t *testing.T) {
	s := compile(t, "params")
	js, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(s, js); err != nil {
		t.Errorf("Default2017: %v", err)
	}
	sets, err := filepath.Glob(filepath.Join("..", "benefit", "testdata", "set-*.json"))
	if err != nil || len(sets) == 0 {
		t.Fatalf("no parameter sets (%v)", err)
	}
	for _, name := range sets {
		js, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := benefit.Unmarshal(js)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := validate(s, js); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// And the set as the library writes it back, whole.
		back, err := p.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(s, back); err != nil {
			t.Errorf("%s, marshalled: %v", name, err)
		}
	}
}

// corpusInputs reads the fuzz corpora of the decoders, each file's input
// by the target it belongs to (the directory it is in).
func corpusInputs(t testing.TB) map[string][][]byte {
	t.Helper()
	out := map[string][][]byte{}
	for _, dir := range []string{filepath.Join("..", "household", "testdata", "fuzz"), filepath.Join("..", "benefit", "testdata", "fuzz")} {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			values, err := corpusValues(raw)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return nil
			}
			target := filepath.Base(filepath.Dir(path))
			in, ok := corpusInput(target, values)
			if !ok {
				t.Errorf("%s: no known input of %s with %d values: teach corpusInput the target", path, target, len(values))
				return nil
			}
			out[target] = append(out[target], in)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// corpusValues reads a corpus file of "go test fuzz v1": one value a line,
// written as a Go literal such as []byte("…") or string("…").
func corpusValues(raw []byte) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) == 0 || lines[0] != "go test fuzz v1" {
		return nil, strconv.ErrSyntax
	}
	var out []any
	for _, l := range lines[1:] {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "[]byte(") && strings.HasSuffix(l, ")"):
			s, err := strconv.Unquote(l[len("[]byte(") : len(l)-1])
			if err != nil {
				return nil, err
			}
			out = append(out, []byte(s))
		case strings.HasPrefix(l, "string(") && strings.HasSuffix(l, ")"):
			s, err := strconv.Unquote(l[len("string(") : len(l)-1])
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		case strings.HasPrefix(l, "uint16(") && strings.HasSuffix(l, ")"):
			n, err := strconv.ParseUint(l[len("uint16("):len(l)-1], 0, 16)
			if err != nil {
				return nil, err
			}
			out = append(out, uint16(n))
		default:
			return nil, strconv.ErrSyntax
		}
	}
	return out, nil
}

// corpusInput is the JSON a fuzz target builds from its values.
func corpusInput(target string, values []any) ([]byte, bool) {
	switch target {
	case "FuzzDecode", "FuzzRoundTrip", "FuzzAssess", "FuzzUnmarshalParams":
		if len(values) == 1 {
			b, ok := values[0].([]byte)
			return b, ok
		}
	case "FuzzCost": // prefix, element, suffix, count
		if len(values) == 4 {
			prefix, ok1 := values[0].(string)
			each, ok2 := values[1].(string)
			suffix, ok3 := values[2].(string)
			n, ok4 := values[3].(uint16)
			return []byte(prefix + strings.Repeat(each, int(n)) + suffix), ok1 && ok2 && ok3 && ok4
		}
	}
	return nil, false
}

// TestFuzzCorpora: every input of the decoders' fuzz corpora that the
// library accepts is valid under its schema — a record under the
// household schema (and its breakdown under the breakdown schema), a set
// under the parameter set's.
func TestFuzzCorpora(t *testing.T) {
	inputs := corpusInputs(t)
	if len(inputs) == 0 {
		t.Fatal("no fuzz corpora found")
	}
	check := schemaChecker(t)
	n := 0
	for target, ins := range inputs {
		for _, in := range ins {
			n += check(t, target, in)
		}
	}
	t.Logf("%d accepted inputs checked", n)
}

// schemaChecker returns a function that checks one input against every
// schema whose library reader accepts it, and returns how many accepted it.
func schemaChecker(t testing.TB) func(t testing.TB, label string, in []byte) int {
	hs, bs, ps := compile(t, "household"), compile(t, "breakdown"), compile(t, "params")
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	return func(t testing.TB, label string, in []byte) int {
		t.Helper()
		n := 0
		if h, err := household.Unmarshal(in); err == nil {
			n++
			if err := validate(hs, in); err != nil {
				t.Errorf("%s: household.Unmarshal accepts %q, the household schema does not: %v", label, in, err)
			}
			if b, err := a.Assess(h, on); err == nil {
				if err := validate(bs, b.AppendJSON(nil)); err != nil {
					t.Errorf("%s: the breakdown of %q is not valid: %v", label, in, err)
				}
			}
		}
		if _, err := benefit.Unmarshal(in); err == nil {
			n++
			if err := validate(ps, in); err != nil {
				t.Errorf("%s: benefit.Unmarshal accepts %q, the parameter set's schema does not: %v", label, in, err)
			}
		}
		return n
	}
}

// FuzzSchemas: whatever household.Unmarshal accepts the household schema
// accepts, with its breakdown valid under the breakdown schema, and
// whatever benefit.Unmarshal accepts the parameter set's schema accepts.
// The seeds are the samples, the sets of the benefit package's test data,
// the decoders' corpora and the table of refused inputs.
func FuzzSchemas(f *testing.F) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	if sets, _ := filepath.Glob(filepath.Join("..", "benefit", "testdata", "set-*.json")); len(sets) > 0 {
		for _, name := range sets {
			if js, err := os.ReadFile(name); err == nil {
				f.Add(js)
			}
		}
	}
	for _, ins := range corpusInputs(f) {
		for _, in := range ins {
			f.Add(in)
		}
	}
	for _, r := range rejects {
		f.Add([]byte(r.in))
	}
	check := schemaChecker(f)
	f.Fuzz(func(t *testing.T, in []byte) { check(t, "input", in) })
}
