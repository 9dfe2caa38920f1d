package main

import (
	"errors"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/schemas"
)

// route is one route of the service: its method and path as the OpenAPI
// document writes them, whether it is served without the token, and its
// handler. The mux is built from this table and a test checks the table
// against the OpenAPI document both ways.
type route struct {
	method, path string
	public       bool
	handle       func(*service, http.ResponseWriter, *http.Request)
}

// pattern is the route's ServeMux pattern; "/" matches only itself.
func (rt route) pattern() string {
	if rt.path == "/" {
		return rt.method + " /{$}"
	}
	return rt.method + " " + rt.path
}

var routes = []route{
	{method: "GET", path: "/", public: true, handle: (*service).servePage},
	{method: "GET", path: "/page/{file}", public: true, handle: (*service).servePageFile},
	{method: "POST", path: "/assess", handle: (*service).assess},
	{method: "POST", path: "/batch", handle: (*service).serveBatch},
	{method: "POST", path: "/charts/{name}", handle: (*service).serveCharts},
	{method: "GET", path: "/parameters", handle: (*service).serveParameters},
	{method: "GET", path: "/schema/{name}", handle: (*service).serveSchema},
	{method: "GET", path: "/openapi.json", handle: (*service).serveOpenAPI},
	{method: "GET", path: "/healthz", public: true, handle: (*service).health},
}

// healthBody is the answer of GET /healthz.
const healthBody = `{"status":"ok"}` + "\n"

// health answers that the service is up; it is never behind the token.
func (s *service) health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(healthBody)))
	io.WriteString(w, healthBody)
}

func (s *service) serveParameters(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(s.parameters)))
	w.Write(s.parameters)
}

// serveSchema answers GET /schema/{name}: the JSON Schema (2020-12) of a
// document on the wire, from package schemas — "household", "params" or
// "breakdown".
func (s *service) serveSchema(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	b, ok := schemas.Get(name)
	if !ok {
		writeErrors(w, http.StatusNotFound, &policy.FieldError{Type: policy.ErrorNotFound, Path: "name",
			Value: policy.Quote(name), Detail: "is not a schema: " + strings.Join(schemas.Names(), ", ")})
		return
	}
	w.Header().Set("Content-Type", "application/schema+json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Write(b)
}

// Media types the routes take.
const (
	typeJSON   = "application/json"
	typeNDJSON = "application/x-ndjson"
	typeJSONL  = "application/jsonl"
)

// mediaType checks that the request's Content-Type is one of want (any
// charset parameter must be UTF-8), given once, and that its body is not
// encoded (no Content-Encoding but identity, which the service does not
// decode), and answers 415 when it is not: a body read as what it is not
// would be refused for the wrong reason, or read wrong.
func mediaType(w http.ResponseWriter, r *http.Request, want ...string) (string, bool) {
	if ce := r.Header.Values("Content-Encoding"); len(ce) > 0 && (len(ce) > 1 || !strings.EqualFold(strings.TrimSpace(ce[0]), "identity")) {
		w.Header().Set("Accept-Encoding", "identity")
		writeErrors(w, http.StatusUnsupportedMediaType, &policy.FieldError{Type: typeUnsupportedMedia,
			Path: "Content-Encoding", Value: policy.Quote(strings.Join(ce, ", ")), Detail: "is not identity: send the body as it is"})
		return "", false
	}
	cts := r.Header.Values("Content-Type")
	if len(cts) > 1 {
		writeErrors(w, http.StatusUnsupportedMediaType, &policy.FieldError{Type: policy.ErrorDuplicate,
			Path: "Content-Type", Value: policy.Quote(strings.Join(cts, ", ")), Detail: "is given more than once"})
		return "", false
	}
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil && slices.Contains(want, mt) {
		if cs, ok := params["charset"]; !ok || strings.EqualFold(cs, "utf-8") {
			return mt, true
		}
	}
	w.Header().Set("Accept-Post", strings.Join(want, ", "))
	writeErrors(w, http.StatusUnsupportedMediaType, &policy.FieldError{Type: typeUnsupportedMedia,
		Path: "Content-Type", Value: policy.Quote(ct), Detail: "is not " + strings.Join(want, " or ") + " (UTF-8)"})
	return "", false
}

// assessDate reads the required ?date=YYYY-MM-DD, and answers 400 when it
// is missing or bad, when the query cannot be read whole (a pair that is
// not name=value escaped, which url.Values would drop) or when it names
// another parameter: a date must not be taken from a query that says
// something else besides.
func assessDate(w http.ResponseWriter, r *http.Request) (household.Date, bool) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, policy.Path("(query)").Invalid(policy.Quote(r.URL.RawQuery),
			"is not a query string of name=value pairs, each escaped: "+err.Error()))
		return household.Date{}, false
	}
	for _, k := range slices.Sorted(maps.Keys(q)) { // the first other, in order: one error, however many
		if k != "date" {
			writeErrors(w, http.StatusBadRequest, &policy.FieldError{Type: policy.ErrorUnknown, Path: string(policy.Path("").Key(k)),
				Detail: "is not a parameter of this route, which takes ?date=YYYY-MM-DD alone"})
			return household.Date{}, false
		}
	}
	vals := q["date"]
	var fe *policy.FieldError
	switch {
	case len(vals) == 0 || vals[0] == "":
		fe = policy.Path("date").Required("the assessment date is required: ?date=YYYY-MM-DD")
	case len(vals) > 1:
		fe = policy.Path("date").Duplicate(policy.Quote(vals[1]), "is given more than once")
	default:
		on, err := household.ParseDate(vals[0])
		if err == nil {
			return on, true
		}
		fes := policy.ErrorList(err)
		for i, e := range fes {
			c := *e
			c.Path = "date"
			fes[i] = &c
		}
		writeErrors(w, http.StatusBadRequest, fes...)
		return household.Date{}, false
	}
	writeErrors(w, http.StatusBadRequest, fe)
	return household.Date{}, false
}

// outBuffers recycles the buffers breakdowns are written into.
var outBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// assess answers POST /assess?date=YYYY-MM-DD: one household record in,
// its breakdown out as compact JSON. The request's context is checked
// before each step, so nothing more is done for a client that has gone.
func (s *service) assess(w http.ResponseWriter, r *http.Request) {
	if _, ok := mediaType(w, r, typeJSON); !ok {
		return
	}
	on, ok := assessDate(w, r)
	if !ok {
		return
	}
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	if ctx.Err() != nil {
		return
	}
	h, err := household.Unmarshal(body)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, policy.ErrorList(err)...)
		return
	}
	if ctx.Err() != nil {
		return
	}
	b, err := s.assessor.Assess(h, on)
	if err != nil {
		s.writeError(w, err)
		return
	}
	if ctx.Err() != nil {
		return
	}
	buf := outBuffers.Get().(*[]byte)
	out := append(b.AppendJSON((*buf)[:0]), '\n')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.Write(out)
	if cap(out) <= 1<<20 { // keep the pool from holding huge buffers
		*buf = out
		outBuffers.Put(buf)
	}
}

// readBody reads a request body of at most household.MaxRecordBytes. Over
// the limit (an *http.MaxBytesError) it answers 413; a client too slow for
// the read timeout 408; any other failure to read — a broken connection, a
// body ended early — 400.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	const limit = household.MaxRecordBytes
	rd := http.MaxBytesReader(w, r.Body, limit)
	size := 4 << 10
	if r.ContentLength > 0 && r.ContentLength <= limit {
		size = int(r.ContentLength) + 1 // +1: room to see the end without growing
	}
	b := make([]byte, 0, size)
	for {
		n, err := rd.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == nil {
			if len(b) == cap(b) {
				b = slices.Grow(b, len(b))
			}
			continue
		}
		if err == io.EOF {
			return b, true
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeErrors(w, http.StatusRequestEntityTooLarge, policy.Path("(input)").TooLong("",
				"the body is over the limit of "+strconv.FormatInt(tooBig.Limit, 10)+" bytes (4 MiB)"))
			return nil, false
		}
		status, fe := readFailure(err)
		writeErrors(w, status, fe)
		return nil, false
	}
}
