package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/schemas"
)

// TestSchemaRoute is the table of GET /schema/{name}: each schema of
// package schemas by its name, and 404 for anything else.
func TestSchemaRoute(t *testing.T) {
	ts := server(t)
	type tcase struct {
		name, desc, schema string
		want               int
	}
	var tests []tcase
	for _, n := range schemas.Names() {
		tests = append(tests, tcase{name: n, desc: "模式 " + n + " / the schema " + n, schema: n, want: http.StatusOK})
	}
	tests = append(tests,
		tcase{name: "unknown", desc: "无此模式 / no such schema", schema: "person", want: http.StatusNotFound},
		tcase{name: "file-name", desc: "名称不带 .json / the name has no .json", schema: "household.json", want: http.StatusNotFound})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, hdr, body := do(t, "GET", ts.URL+"/schema/"+tc.schema, "", "")
			if status != tc.want {
				t.Fatalf("%s\nstatus %d, want %d", tc.desc, status, tc.want)
			}
			if status != http.StatusOK {
				if diff := cmp.Diff([]fieldErr{{policy.ErrorNotFound, "name"}}, decodeErrors(t, body)); diff != "" {
					t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
				}
				return
			}
			want, _ := schemas.Get(tc.schema)
			if !bytes.Equal(body, want) || hdr.Get("Content-Type") != "application/schema+json" {
				t.Errorf("%s\nnot the schema of package schemas, or Content-Type %q", tc.desc, hdr.Get("Content-Type"))
			}
		})
	}
}

// compileServed compiles the schema the service serves under name.
func compileServed(t *testing.T, url, name string) *jsonschema.Schema {
	t.Helper()
	status, _, body := do(t, "GET", url+"/schema/"+name, "", "")
	if status != http.StatusOK {
		t.Fatalf("GET /schema/%s: %d", name, status)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(name+".json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAnswersValid holds the service's answers to the schema it serves:
// every breakdown /assess and /batch answer for the samples is valid under
// /schema/breakdown, the samples under /schema/household, and the sets of
// /parameters under /schema/params.
func TestAnswersValid(t *testing.T) {
	ts := server(t)
	breakdown := compileServed(t, ts.URL, "breakdown")
	record := compileServed(t, ts.URL, "household")
	valid := func(s *jsonschema.Schema, what string, data []byte) {
		t.Helper()
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err == nil {
			err = s.Validate(doc)
		}
		if err != nil {
			t.Errorf("%s is not valid under its schema: %v", what, err)
		}
	}
	var lines strings.Builder
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		valid(record, name, raw)
		status, _, body := do(t, "POST", ts.URL+"/assess?date=2017-09-01", typeJSON, string(raw))
		if status != http.StatusOK {
			t.Fatalf("%s: %d", name, status)
		}
		valid(breakdown, "the answer for "+name, body)
		lines.WriteString(sampleLine(t, name))
	}
	status, _, body := do(t, "POST", ts.URL+"/batch?date=2017-09-01", typeNDJSON, lines.String())
	if status != http.StatusOK {
		t.Fatalf("batch: %d", status)
	}
	out := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	if len(out) != len(samples.Names()) {
		t.Fatalf("batch: %d lines for %d records", len(out), len(samples.Names()))
	}
	for i, l := range out {
		valid(breakdown, "batch line "+samples.Names()[i], []byte(l))
	}
	params := compileServed(t, ts.URL, "params")
	_, _, body = do(t, "GET", ts.URL+"/parameters", "", "")
	var sets struct {
		Sets []json.RawMessage `json:"sets"`
	}
	if err := json.Unmarshal(body, &sets); err != nil || len(sets.Sets) == 0 {
		t.Fatalf("/parameters: %v", err)
	}
	for _, set := range sets.Sets {
		valid(params, "a set of /parameters", set)
	}
}
