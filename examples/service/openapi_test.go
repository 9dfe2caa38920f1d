package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/schemas"
)

// openAPIDoc is as much of an OpenAPI document as the tests read.
type openAPIDoc struct {
	OpenAPI  string                                 `json:"openapi"`
	Security []map[string][]string                  `json:"security"`
	Paths    map[string]map[string]openAPIOperation `json:"paths"`
}

type openAPIOperation struct {
	OperationID string                     `json:"operationId"`
	Security    *[]map[string][]string     `json:"security"`
	Responses   map[string]json.RawMessage `json:"responses"`
}

// pathParam is a path parameter in a route, {name}.
var pathParam = regexp.MustCompile(`\{[a-z]+\}`)

// TestOpenAPI checks the OpenAPI document against the service: it parses
// as OpenAPI 3.1, every route the mux serves is in it with its method, and
// every operation in it is served by the mux; every internal reference
// resolves; every route behind the token documents its 401.
func TestOpenAPI(t *testing.T) {
	s, _ := newTestService(t, nil)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/openapi.json", nil))
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), openAPI) {
		t.Fatalf("GET /openapi.json: %d, or not the embedded document", w.Code)
	}
	var doc openAPIDoc
	dec := json.NewDecoder(bytes.NewReader(openAPI))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("the document does not parse: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1.") {
		t.Errorf("openapi %q, want 3.1.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			key := strings.ToUpper(method) + " " + path
			documented[key] = true
			if op.OperationID == "" || len(op.Responses) == 0 {
				t.Errorf("%s: no operationId or no responses", key)
			}
			// The mux serves it, by the route of the same key.
			concrete := pathParam.ReplaceAllStringFunc(path, func(string) string { return "x" })
			_, pattern := s.mux.Handler(httptest.NewRequest(strings.ToUpper(method), concrete, nil))
			i := slices.IndexFunc(routes, func(rt route) bool { return rt.pattern() == pattern })
			if i < 0 || routes[i].method+" "+routes[i].path != key {
				t.Errorf("文档中的操作须由服务提供 / the document's %s is not served (mux pattern %q)", key, pattern)
				continue
			}
			public := routes[i].public
			if noAuth := op.Security != nil && len(*op.Security) == 0; noAuth != public {
				t.Errorf("%s: documented without the token %v, served without it %v", key, noAuth, public)
			}
			if _, ok := op.Responses["401"]; !public && !ok {
				t.Errorf("%s is behind the token but documents no 401", key)
			}
			// A route that reads a body answers one too slow for the read
			// timeout 408 (readFailure): /assess, /batch before its first
			// answer, /charts.
			if _, ok := op.Responses["408"]; method == "post" && !ok {
				t.Errorf("%s reads a body but documents no 408 (a body too slow for the read timeout)", key)
			}
		}
	}
	// The schema names documented are the ones served.
	var names struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Schema struct {
					Enum []string `json:"enum"`
				} `json:"schema"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	json.Unmarshal(openAPI, &names)
	if p := names.Paths["/schema/{name}"]["get"].Parameters; len(p) != 1 || !slices.Equal(p[0].Schema.Enum, schemas.Names()) {
		t.Errorf("the document's schema names are not schemas.Names() %v", schemas.Names())
	}
	for _, rt := range routes {
		if key := rt.method + " " + rt.path; !documented[key] {
			t.Errorf("服务的路由须写入文档 / the route %s is not in the document", key)
		}
	}
	// Every internal reference resolves.
	var raw map[string]any
	json.Unmarshal(openAPI, &raw)
	for _, ref := range regexp.MustCompile(`"\$ref":\s*"([^"]+)"`).FindAllStringSubmatch(string(openAPI), -1) {
		if name, ok := strings.CutPrefix(ref[1], "/schema/"); ok {
			if _, ok := schemas.Get(name); !ok {
				t.Errorf("$ref %s names no schema the service serves", ref[1])
			}
			continue
		}
		if !strings.HasPrefix(ref[1], "#/") {
			t.Errorf("$ref %s is neither internal nor a schema route", ref[1])
			continue
		}
		var node any = raw
		for _, key := range strings.Split(strings.TrimPrefix(ref[1], "#/"), "/") {
			m, ok := node.(map[string]any)
			if !ok {
				node = nil
				break
			}
			node = m[key]
		}
		if node == nil {
			t.Errorf("$ref %s does not resolve", ref[1])
		}
	}
}

// TestParameters checks GET /parameters: every loaded set, every
// parameter with its provenance and source, as benefit.Params.Marshal
// writes it (and benefit.Unmarshal reads back).
func TestParameters(t *testing.T) {
	tests := []struct {
		name, desc string
		params     []string
		wantYears  []int
		wantIn     string // part of the JSON
	}{
		{name: "builtin", desc: "内置 2017 参数集 / the built-in 2017 set", wantYears: []int{2017},
			wantIn: `"provenance":"seed","source":"东政办〔2017〕43号`},
		{name: "county-2018", desc: "加载县 2018 参数集 / a county's 2018 set loaded too",
			params: []string{"../../benefit/testdata/set-2018.json"}, wantYears: []int{2017, 2018},
			wantIn: `"value":"3912.00","provenance":"local"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestService(t, &config{builtin: true, params: tc.params, timeouts: defaultTimeouts})
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest("GET", "/parameters", nil))
			if w.Code != http.StatusOK {
				t.Fatalf("%s\nstatus %d", tc.desc, w.Code)
			}
			var got struct {
				Sets []json.RawMessage `json:"sets"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			var years []int
			for _, js := range got.Sets {
				p, err := benefit.Unmarshal(js)
				if err != nil {
					t.Fatalf("%s\na set does not read back: %v", tc.desc, err)
				}
				years = append(years, p.Year)
			}
			if !slices.Equal(years, tc.wantYears) || !strings.Contains(w.Body.String(), tc.wantIn) {
				t.Errorf("%s\nyears %v, want %v; or the JSON lacks %s", tc.desc, years, tc.wantYears, tc.wantIn)
			}
		})
	}
}
