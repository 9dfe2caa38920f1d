package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// sampleLine returns a sample as one line of JSON Lines.
func sampleLine(t testing.TB, name string) string {
	t.Helper()
	raw, err := samples.Raw(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(raw), "\n", " ") + "\n"
}

// breakdownLine is the line the service should answer for a sample.
func breakdownLine(t *testing.T, name string) string {
	t.Helper()
	a, err := benefit.New(benefit.Default2017())
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
	return string(b.AppendJSON(nil)) + "\n"
}

// errLine is an answer line of a record that failed, as the table states
// it.
type errLine struct {
	Line   int
	Errors []fieldErr
}

// TestBatch is the table of batches: each answer line, in input order, is
// the record's breakdown or its line number and field errors.
func TestBatch(t *testing.T) {
	h01, h02, h05 := sampleLine(t, "h01-yaodu"), sampleLine(t, "h02-dongliu"), sampleLine(t, "h05-guandi")
	b01, b02, b05 := breakdownLine(t, "h01-yaodu"), breakdownLine(t, "h02-dongliu"), breakdownLine(t, "h05-guandi")
	tests := []struct {
		name, desc, ctype, body string
		want                    []any  // a breakdown line (string) or an errLine
		detail                  string // the first error line's first detail, where the row states it
	}{
		{name: "samples", desc: "样例逐行答复，顺序不变 / samples answered line by line, in order",
			ctype: typeNDJSON, body: h01 + h02 + h05, want: []any{b01, b02, b05}},
		{name: "jsonl", desc: "application/jsonl 亦可 / application/jsonl too", ctype: typeJSONL, body: h02, want: []any{b02}},
		{name: "blank-lines", desc: "空行跳过，行号照计 / blank lines skipped, still counted",
			ctype: typeNDJSON, body: "\n" + h02 + "  \n\n" + `{"id":"B","township":"T","memberz":[]}` + "\n" + h05,
			want: []any{b02, errLine{5, []fieldErr{{policy.ErrorUnknown, "memberz"}}}, b05}},
		{name: "no-final-newline", desc: "末行无换行 / a last line without a newline",
			ctype: typeNDJSON, body: h02 + strings.TrimSuffix(h05, "\n"), want: []any{b02, b05}},
		{name: "not-json", desc: "非 JSON 行只影响本行 / a line that is not JSON fails alone",
			ctype: typeNDJSON, body: "not json\n" + h02, want: []any{errLine{1, []fieldErr{{policy.ErrorInvalid, "(input)"}}}, b02}},
		{name: "too-long", desc: "超过 4 MiB 的行只影响本行 / a line over 4 MiB fails alone",
			ctype: typeNDJSON, body: `{"id":"` + strings.Repeat("x", household.MaxRecordBytes) + "\"}\n" + h02,
			want:   []any{errLine{1, []fieldErr{{policy.ErrorTooLong, "(input)"}}}, b02},
			detail: "the line is over the limit of 4194304 bytes (4 MiB)"},
		{name: "exactly-4MiB", desc: "恰为 4 MiB 的记录照读，换行不计 / a record of exactly 4 MiB is read, its newline not counted",
			ctype: typeNDJSON, body: padded(t, h02, household.MaxRecordBytes) + "\n", want: []any{b02}},
		{name: "exactly-4MiB-crlf", desc: "恰为 4 MiB 的记录以 CRLF 结尾亦照读 / and so when it ends in CRLF",
			ctype: typeNDJSON, body: padded(t, h02, household.MaxRecordBytes) + "\r\n" + h02, want: []any{b02, b02}},
		{name: "4MiB-and-1", desc: "4 MiB 多 1 字节的记录超限 / a record of 4 MiB and 1 byte is over the limit",
			ctype: typeNDJSON, body: padded(t, h02, household.MaxRecordBytes+1) + "\r\n" + h02,
			want: []any{errLine{1, []fieldErr{{policy.ErrorTooLong, "(input)"}}}, b02}},
	}
	ts := server(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, hdr, body := do(t, "POST", ts.URL+"/batch?date=2017-09-01", tc.ctype, tc.body)
			if status != http.StatusOK {
				t.Fatalf("%s\nstatus %d: %.300s", tc.desc, status, body)
			}
			if ct := hdr.Get("Content-Type"); ct != tc.ctype+"; charset=utf-8" {
				t.Errorf("%s\nContent-Type %q", tc.desc, ct)
			}
			var got []any
			var details []string // each error line's first detail
			for _, l := range strings.SplitAfter(string(body), "\n") {
				switch {
				case l == "":
				case strings.HasPrefix(l, `{"line":`):
					var e struct {
						Line   int                 `json:"line"`
						Errors []policy.FieldError `json:"errors"`
					}
					if err := json.Unmarshal([]byte(l), &e); err != nil {
						t.Fatalf("%s\n%v: %.200s", tc.desc, err, l)
					}
					el := errLine{Line: e.Line}
					if len(e.Errors) > 0 {
						details = append(details, e.Errors[0].Detail)
					}
					for _, fe := range e.Errors {
						el.Errors = append(el.Errors, fieldErr{fe.Type, fe.Path})
					}
					got = append(got, el)
				default:
					got = append(got, l)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nanswer lines (-want +got):\n%s", tc.desc, diff)
			}
			if tc.detail != "" && (len(details) == 0 || details[0] != tc.detail) {
				t.Errorf("%s\nerror details %q, want the first %q", tc.desc, details, tc.detail)
			}
		})
	}
}

// padded is the record line (its newline dropped) padded with spaces to n
// bytes: JSON's white space, so the record reads as before.
func padded(t *testing.T, line string, n int) string {
	t.Helper()
	r := strings.TrimSuffix(line, "\n")
	if len(r) > n {
		t.Fatalf("a record of %d bytes cannot be padded to %d", len(r), n)
	}
	return r + strings.Repeat(" ", n-len(r))
}

// TestBatchStalls: a client that stalls in the middle of a record past the
// read timeout gets the answers of the records it sent whole, then a last
// line saying that reading the body failed — though net/http ends the
// request's context when the read fails — never a stream that just ends.
func TestBatchStalls(t *testing.T) {
	t.Parallel() // waits out a read timeout: overlaps the other waiting tests
	c := config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown}
	c.timeouts.read = 300 * time.Millisecond
	s, _ := newTestService(t, &c)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	pr, pw := io.Pipe()
	defer pw.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/batch?date=2017-09-01", pr)
	req.Header.Set("Content-Type", typeNDJSON)
	h02 := sampleLine(t, "h02-dongliu")
	go io.WriteString(pw, h02+h02[:50]) // a whole record, then the start of one, then nothing
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := make(chan []byte, 1)
	go func() { b, _ := io.ReadAll(resp.Body); got <- b }()
	var body []byte
	select {
	case body = <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("停顿的客户端未得到答复 / no answer to a client that stalled")
	}
	lines := strings.SplitAfter(string(body), "\n")
	if len(lines) != 3 || lines[2] != "" {
		t.Fatalf("want the record's answer and an error line, got %d lines: %.300s", len(lines)-1, body)
	}
	if want := breakdownLine(t, "h02-dongliu"); lines[0] != want {
		t.Errorf("answer 1: %.200s, want %.200s", lines[0], want)
	}
	var e errorBody
	if err := json.Unmarshal([]byte(lines[1]), &e); err != nil {
		t.Fatalf("%v: %.200s", err, lines[1])
	}
	want := []*policy.FieldError{{Type: policy.ErrorInvalid, Path: "(input)", Detail: "reading the body: the read timed out"}}
	if diff := cmp.Diff(want, e.Errors); diff != "" {
		t.Errorf("the last line's errors (-want +got):\n%s", diff)
	}
}

// TestBatchStreams sends records one at a time and reads each answer
// before sending the next: the answers are streamed, not held until the
// input ends.
func TestBatchStreams(t *testing.T) {
	ts := server(t)
	pr, pw := io.Pipe()
	defer pw.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/batch?date=2017-09-01", pr)
	req.Header.Set("Content-Type", typeNDJSON)
	go io.WriteString(pw, sampleLine(t, "h02-dongliu"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	br := bufio.NewReader(resp.Body)
	for i, name := range []string{"h02-dongliu", "h05-guandi", "h01-yaodu"} {
		got := make(chan string, 1)
		go func() { l, _ := br.ReadString('\n'); got <- l }()
		select {
		case l := <-got:
			if want := breakdownLine(t, name); l != want {
				t.Fatalf("answer %d: %.200s, want %.200s", i, l, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("答复须逐条送出 / no answer to record %d while the input is still open", i)
		}
		if i < 2 {
			next := []string{"h05-guandi", "h01-yaodu"}[i]
			go io.WriteString(pw, sampleLine(t, next))
		}
	}
}

// failingBody gives its records, then, on the next read, does what
// net/http does when a read fails: ends the request's context, and only
// then returns the error.
type failingBody struct {
	r      io.Reader
	cancel context.CancelFunc
}

func (b *failingBody) Read(p []byte) (int, error) {
	if n, err := b.r.Read(p); err != io.EOF {
		return n, err
	}
	b.cancel()
	time.Sleep(100 * time.Millisecond) // the gap in which the handler sees the context ended and no error yet
	return 0, errors.New("read failed")
}

// TestBatchReadFails: when reading fails after six whole records, the six
// are answered and a last line says reading failed — though the request's
// context ended before the reader could say why.
func TestBatchReadFails(t *testing.T) {
	s, _ := newTestService(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	body := &failingBody{r: strings.NewReader(strings.Repeat(sampleLine(t, "h02-dongliu"), 6)), cancel: cancel}
	req := httptest.NewRequestWithContext(ctx, "POST", "/batch?date=2017-09-01", body)
	req.Header.Set("Content-Type", typeNDJSON)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	lines := strings.SplitAfter(w.Body.String(), "\n")
	want := breakdownLine(t, "h02-dongliu")
	got := 0
	for _, l := range lines {
		if l == want {
			got++
		}
	}
	if got != 6 || len(lines) != 8 || !strings.Contains(lines[6], `"detail":"reading the body: read failed"`) {
		t.Errorf("读取失败前的六条记录须答复，再报错 / six answers then the error line: %d answers in %d lines, last %.200s",
			got, len(lines)-1, lines[len(lines)-2])
	}
	if cl := w.Header().Get("Content-Length"); cl != "" {
		t.Errorf("已开始逐行答复，不再设长度 / an answer already streaming is given no length: Content-Length %s", cl)
	}
}

// plainWriter is a ResponseWriter that cannot flush, as some middleware's
// is not.
type plainWriter struct{ w http.ResponseWriter }

func (p plainWriter) Header() http.Header         { return p.w.Header() }
func (p plainWriter) Write(b []byte) (int, error) { return p.w.Write(b) }
func (p plainWriter) WriteHeader(status int)      { p.w.WriteHeader(status) }

// TestBatchWithoutFlush: a writer that cannot flush still gets every
// answer line; a flush it does not support is not a failed write.
func TestBatchWithoutFlush(t *testing.T) {
	s, _ := newTestService(t, nil)
	req := httptest.NewRequest("POST", "/batch?date=2017-09-01", strings.NewReader(strings.Repeat(sampleLine(t, "h02-dongliu"), 3)))
	req.Header.Set("Content-Type", typeNDJSON)
	w := httptest.NewRecorder()
	s.ServeHTTP(plainWriter{w}, req)
	if want := strings.Repeat(breakdownLine(t, "h02-dongliu"), 3); w.Body.String() != want {
		t.Errorf("不能刷新的写入者也得到三行答复 / a writer that cannot flush gets the three answers: %d bytes, want %d: %.200s",
			w.Body.Len(), len(want), w.Body)
	}
}

// TestBatchOptions: a batch runs on every core Go uses, up to
// benefit.MaxWorkers, one record a slot, reusing breakdowns; working that
// out leaves the number of cores as it was. The test sets it to 3 for the
// while, so that a change to it shows whatever ran before.
func TestBatchOptions(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(3))
	got := batchOptions()
	if now := runtime.GOMAXPROCS(0); now != 3 {
		t.Errorf("GOMAXPROCS %d after batchOptions, want the 3 it was", now)
	}
	n := min(3, benefit.MaxWorkers)
	if want := (benefit.BatchOptions{Workers: n, Window: n, Reuse: true}); got != want {
		t.Errorf("batchOptions() = %+v, want %+v", got, want)
	}
}

// failAfter is a ResponseWriter whose writes fail once it has written n
// lines, as to a client that has gone without the request's context
// saying so.
type failAfter struct {
	http.ResponseWriter
	n int
}

func (w *failAfter) Write(b []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("broken pipe")
	}
	w.n -= strings.Count(string(b), "\n")
	return w.ResponseWriter.Write(b)
}

// TestBatchStopsOnWrite: a write that fails ends the batch, within the
// records in flight, though the body never ends and the request's context
// does not.
func TestBatchStopsOnWrite(t *testing.T) {
	s, _ := newTestService(t, nil)
	body := &endless{line: sampleLine(t, "h05-guandi")}
	req := httptest.NewRequest("POST", "/batch?date=2017-09-01", body)
	req.Header.Set("Content-Type", typeNDJSON)
	done := make(chan struct{})
	go func() { s.ServeHTTP(&failAfter{ResponseWriter: httptest.NewRecorder(), n: 10}, req); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("写入失败后批量未停止 / the batch did not stop when a write failed")
	}
	if read, max := body.lines.Load(), int64(10+2*s.batch.Window+2); read > max {
		t.Errorf("read %d records after writes failed at 10; want at most %d (the records in flight)", read, max)
	}
}

// endless is a body that never ends: the same record, line after line.
type endless struct {
	line  string
	lines atomic.Int64
	off   int
}

func (e *endless) Read(p []byte) (int, error) {
	n := copy(p, e.line[e.off:])
	e.off += n
	if e.off == len(e.line) {
		e.off = 0
		e.lines.Add(1)
	}
	return n, nil
}

// cancelAfter is a ResponseWriter that cancels the request's context once
// it has written n lines, as a client that goes away.
type cancelAfter struct {
	http.ResponseWriter
	n      int
	cancel context.CancelFunc
}

func (w *cancelAfter) Write(b []byte) (int, error) {
	w.n -= strings.Count(string(b), "\n")
	if w.n <= 0 {
		w.cancel()
	}
	return w.ResponseWriter.Write(b)
}

// TestBatchStops: the work stops when the client goes. The body never ends,
// so only the request's context can stop the batch; it must stop within
// the records in flight.
func TestBatchStops(t *testing.T) {
	s, _ := newTestService(t, nil)
	body := &endless{line: sampleLine(t, "h05-guandi")}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req := httptest.NewRequestWithContext(ctx, "POST", "/batch?date=2017-09-01", body)
	req.Header.Set("Content-Type", typeNDJSON)
	w := &cancelAfter{ResponseWriter: httptest.NewRecorder(), n: 10, cancel: cancel}
	done := make(chan struct{})
	go func() { s.ServeHTTP(w, req); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("客户端离开后批量未停止 / the batch did not stop when its client went")
	}
	read := body.lines.Load()
	if max := int64(10 + 2*s.batch.Window + 2); read > max {
		t.Errorf("read %d records after the client went at 10; want at most %d (the records in flight)", read, max)
	}
	t.Logf("client went after 10 answers; %d records read in all (window %d)", read, s.batch.Window)
}
