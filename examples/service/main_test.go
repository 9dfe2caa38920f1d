package main

import (
	"bytes"
	"encoding/json"
	"go/parser"
	"go/token"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// syncBuffer is a log both the server and the test touch.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// personal are strings of the sample records that must never reach a log:
// names, villages, townships, ids.
var personal = []string{"示例", "官港镇", "尧渡镇", "H-SAMPLE", "H-BAD", "secret-path"}

// newTestService builds the service of c (the defaults when c is nil) and
// checks, when the test ends, that its log holds no record data.
func newTestService(t *testing.T, c *config) (*service, *syncBuffer) {
	t.Helper()
	cfg := config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown}
	if c != nil {
		cfg = *c
	}
	logs := new(syncBuffer)
	s, err := newService(cfg, logs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, p := range personal {
			if strings.Contains(logs.String(), p) {
				t.Errorf("the log holds record data (%q):\n%s", p, logs.String())
			}
		}
	})
	return s, logs
}

// server serves the default service on loopback for one test.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	s, _ := newTestService(t, nil)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// post sends a request and returns the status and body.
func do(t *testing.T, method, url, contentType, body string, header ...string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	setHeaders(req, contentType, header...)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// fieldErr is a field error as the tables state it: its type and path.
type fieldErr struct {
	Type policy.ErrorType
	Path string
}

// setHeaders gives req the Content-Type contentType (none for "") and the
// headers, name and value in turn, each added: a header named twice is
// sent twice.
func setHeaders(req *http.Request, contentType string, header ...string) {
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
}

// decodeErrors reads {"errors": [...]} strictly (fullErrors) and returns
// each error's type and path.
func decodeErrors(t *testing.T, body []byte) []fieldErr {
	t.Helper()
	return typesAndPaths(fullErrors(t, body))
}

// typesAndPaths returns each error's type and path.
func typesAndPaths(fes []policy.FieldError) []fieldErr {
	var got []fieldErr
	for _, fe := range fes {
		got = append(got, fieldErr{fe.Type, fe.Path})
	}
	return got
}

// fullErrors reads {"errors": [...]} strictly: no other key, every error
// with a detail, and the one object followed by a newline and nothing
// else, so that an answer written twice — a refusal, then what the handler
// went on to write — is no refusal.
func fullErrors(t *testing.T, body []byte) []policy.FieldError {
	t.Helper()
	var e struct {
		Errors []policy.FieldError `json:"errors"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("body is not {\"errors\": [{\"type\", \"path\", \"value\", \"detail\"}…]}: %v\n%.400s", err, body)
	}
	if rest := body[dec.InputOffset():]; string(rest) != "\n" {
		t.Errorf("after the errors comes %.200q, want one newline: %.400s", rest, body)
	}
	for _, fe := range e.Errors {
		if fe.Detail == "" {
			t.Errorf("error at %q has no detail: %s", fe.Path, body)
		}
	}
	return e.Errors
}

// TestAssessSamples posts every sample and checks that the service answers
// exactly the library's breakdown.
func TestAssessSamples(t *testing.T) {
	ts := server(t)
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range samples.Names() {
		t.Run(name, func(t *testing.T) {
			raw, err := samples.Raw(name)
			if err != nil {
				t.Fatal(err)
			}
			h, err := samples.Household(name)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(h, samples.Date())
			if err != nil {
				t.Fatal(err)
			}
			status, hdr, body := do(t, "POST", ts.URL+"/assess?date="+samples.Date().String(), "application/json", string(raw))
			if status != http.StatusOK {
				t.Fatalf("status %d: %.400s", status, body)
			}
			if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if cc := hdr.Get("Cache-Control"); cc != "no-store" { // the answer holds the record's ids and places
				t.Errorf("Cache-Control %q, want no-store", cc)
			}
			if diff := cmp.Diff(string(b.AppendJSON(nil))+"\n", string(body)); diff != "" {
				t.Errorf("the service's breakdown is not the library's (-library +service):\n%s", diff)
			}
		})
	}
}

// TestDemo runs the example as a newcomer would: no flags. It serves on
// loopback only, and says where -serve would serve.
func TestDemo(t *testing.T) {
	var out bytes.Buffer
	var addr net.Addr
	if err := run(t.Context(), nil, env{stdout: &out, stderr: io.Discard, ready: func(a net.Addr) { addr = a }}); err != nil {
		t.Fatal(err)
	}
	if ta, ok := addr.(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		t.Errorf("演示只在回环地址上服务 / the demo serves on loopback only: it listened on %v", addr)
	}
	for _, want := range []string{"POST /assess → 200 OK", `"household":"H-SAMPLE-05"`, "POST /assess → 400 Bad Request",
		`{"errors":[{"type":"invalid","path":"members[0].incomes[0].amount","value":"\"-5.00\"","detail":"is negative"}]}`,
		"Serve it with -serve and open http://127.0.0.1:8080/ for the caseworker's page; http://127.0.0.1:8080/openapi.json lists every route.\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%.2000s", want, out.String())
		}
	}
}

// TestCopyable checks that the example imports only the library's public
// packages, so that it can be copied out of the repository as it is.
func TestCopyable(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			if strings.Contains(p+"/", "/internal/") {
				t.Errorf("%s imports %s: a copy outside the repository could not", name, p)
			}
		}
	}
}
