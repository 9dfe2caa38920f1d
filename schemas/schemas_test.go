package schemas_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/schemas"
)

// compile compiles the named schema with the 2020-12 draft, failing the
// test when it does not compile.
func compile(t testing.TB, name string) *jsonschema.Schema {
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

// TestNames: the three schemas, each found by Get, and nothing else.
func TestNames(t *testing.T) {
	if got, want := schemas.Names(), []string{"household", "params", "breakdown"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	for _, name := range schemas.Names() {
		compile(t, name)
	}
	for _, name := range []string{"", "household.json", "Household", "../go.mod", "doc.go"} {
		if b, ok := schemas.Get(name); ok || b != nil {
			t.Errorf("Get(%q) = %d bytes, %v; want none", name, len(b), ok)
		}
	}
}

// TestSamples: every sample household is valid under the household schema.
func TestSamples(t *testing.T) {
	s := compile(t, "household")
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(s, raw); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
