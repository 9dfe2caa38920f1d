package main

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// service is the HTTP handler: the assessor, what the routes serve, and
// the token when one is required. It is read-only once built, so one
// service serves any number of requests at once.
type service struct {
	assessor   *benefit.Assessor
	reform     *benefit.Assessor // the -reform sets over the baseline's; nil without -reform
	parameters []byte            // the body of GET /parameters
	token      *[32]byte         // SHA-256 of the bearer token; nil when none is required
	logger     *slog.Logger
	mux        *http.ServeMux
	public     map[string]bool // route patterns served without the token
	page       []byte          // the caseworker's page
	batch      benefit.BatchOptions
	timeouts   timeouts
}

// newService loads the parameter sets and the token that c names and
// builds the routes. The log goes to logw.
func newService(c config, logw io.Writer) (*service, error) {
	s := &service{
		logger:   slog.New(slog.NewTextHandler(logw, nil)),
		timeouts: c.timeouts,
		batch:    batchOptions(),
	}
	var sets []*benefit.Params
	if c.builtin {
		sets = append(sets, benefit.Default2017())
	}
	for _, name := range c.params {
		p, err := loadParams("-params", name)
		if err != nil {
			return nil, err
		}
		sets = append(sets, p)
	}
	if len(sets) == 0 {
		return nil, errors.New("no parameter set: give -params or leave -builtin on")
	}
	var err error
	if s.assessor, err = benefit.New(sets...); err != nil {
		return nil, err
	}
	if s.reform, err = reformAssessor(s.assessor, c.reforms); err != nil {
		return nil, err
	}
	if s.parameters, err = parametersBody(sets); err != nil {
		return nil, err
	}
	if c.tokenFile != "" {
		if s.token, err = readToken(c.tokenFile); err != nil {
			return nil, err
		}
	}
	if s.page, err = renderPage(s.token != nil, s.reform != nil); err != nil {
		return nil, err
	}
	s.mux = http.NewServeMux()
	s.public = make(map[string]bool)
	for _, rt := range routes {
		s.mux.HandleFunc(rt.pattern(), func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) })
		if rt.public {
			s.public[rt.pattern()] = true
		}
	}
	return s, nil
}

// loadParams reads a parameter set from a JSON file, given by flag.
func loadParams(flag, name string) (*benefit.Params, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", flag, name, err)
	}
	return p, nil
}

// reformAssessor builds the reform's assessor from the baseline's and the
// -reform files (benefit.Assessor.With): the baseline's sets, each one that
// starts on the same day as a reform set replaced by it, and the other
// reform sets added. It is nil without -reform.
func reformAssessor(baseline *benefit.Assessor, files []string) (*benefit.Assessor, error) {
	if len(files) == 0 {
		return nil, nil
	}
	var reforms []*benefit.Params
	for _, name := range files {
		p, err := loadParams("-reform", name)
		if err != nil {
			return nil, err
		}
		reforms = append(reforms, p)
	}
	a, err := baseline.With(reforms...)
	if err != nil {
		return nil, fmt.Errorf("-reform: %w", err)
	}
	return a, nil
}

// parametersBody is the answer of GET /parameters: {"sets": [...]}, each
// set as benefit.Params.Marshal writes it, with every parameter's value,
// provenance and source.
func parametersBody(sets []*benefit.Params) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"sets":[`)
	for i, p := range sets {
		js, err := p.Marshal()
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteByte(',')
		}
		if err := json.Compact(&b, js); err != nil {
			return nil, err
		}
	}
	b.WriteString("]}\n")
	return b.Bytes(), nil
}

// minToken is the shortest token the service accepts: a token is a secret
// made by a machine, not a password.
const minToken = 16

// readToken reads the bearer token from a file (surrounding space trimmed)
// and returns its SHA-256, which is what requests are compared against.
func readToken(name string) (*[32]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	tok := bytes.TrimSpace(b)
	if len(tok) < minToken {
		return nil, fmt.Errorf("-token-file %s: the token is shorter than %d bytes", name, minToken)
	}
	sum := sha256.Sum256(tok)
	return &sum, nil
}

// authorized reports whether r carries the bearer token. Both sides are
// hashed first, so the comparison takes the same time whatever the token
// sent, its length included.
func (s *service) authorized(r *http.Request) bool {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(sum[:], s.token[:]) == 1
}

// ServeHTTP serves a request: the token check, the route, and one log
// line with the method, route pattern, status and duration — never the
// path, query or body, which may hold personal data. The answer to a POST,
// worked out from the records it carries, is marked Cache-Control:
// no-store.
func (s *service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	_, pattern := s.mux.Handler(r)
	defer func() {
		s.logger.Info("request", "method", r.Method, "route", pattern,
			"status", sw.logStatus(r), "duration", time.Since(start))
	}()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodPost { // its answer is worked out from the records it carries: never stored
		w.Header().Set("Cache-Control", "no-store")
	}
	if s.token != nil && !s.public[pattern] && !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="safetynet"`)
		writeErrors(sw, http.StatusUnauthorized, &policy.FieldError{Type: typeUnauthorized,
			Detail: "this route needs the header Authorization: Bearer <token>"})
		return
	}
	if pattern == "" { // no route: the mux answers 404 or 405, which missWriter turns into JSON
		s.mux.ServeHTTP(&missWriter{statusWriter: sw}, r)
		return
	}
	s.mux.ServeHTTP(sw, r)
}

// statusWriter remembers the status a handler answered, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap gives http.ResponseController the writer underneath, for Flush
// and deadlines.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// statusGone is the status logged for a request whose client went before
// it was answered (nginx's 499): nothing was written.
const statusGone = 499

func (w *statusWriter) logStatus(r *http.Request) int {
	switch {
	case w.status != 0:
		return w.status
	case r.Context().Err() != nil:
		return statusGone
	}
	return http.StatusOK
}

// missWriter turns the mux's plain-text 404 and 405 into the service's
// JSON errors, keeping the Allow header of a 405.
type missWriter struct {
	*statusWriter
	swallow bool
}

func (w *missWriter) WriteHeader(status int) {
	switch status {
	case http.StatusNotFound:
		w.swallow = true
		writeErrors(w.statusWriter, status, &policy.FieldError{Type: policy.ErrorNotFound,
			Detail: "no such route: see /openapi.json"})
	case http.StatusMethodNotAllowed:
		w.swallow = true
		writeErrors(w.statusWriter, status, &policy.FieldError{Type: typeMethodNotAllowed,
			Detail: "the route does not take this method; it takes " + w.Header().Get("Allow")})
	default:
		w.statusWriter.WriteHeader(status)
	}
}

func (w *missWriter) Write(b []byte) (int, error) {
	if w.swallow {
		return len(b), nil
	}
	return w.statusWriter.Write(b)
}
