package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/samples"
)

// logField is a key=value of slog's text format; the value may be quoted.
var logField = regexp.MustCompile(`(\w+)=("(?:[^"\\]|\\.)*"|\S+)`)

// TestLog checks the request log: one line a request with the method, the
// route pattern, the status and the duration, and nothing else — no path,
// query, body or record (newTestService also checks that no record data
// reaches the log).
func TestLog(t *testing.T) {
	s, logs := newTestService(t, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	good := sampleLine(t, "h05-guandi")
	do(t, "POST", ts.URL+"/assess?date=2017-09-01", typeJSON, good)
	do(t, "POST", ts.URL+"/assess?date=2017-09-01", typeJSON, `{"id":"H-SAMPLE-99","township":"示例镇","members":[{"id":"m1","birth_date":"1960-13-01"}]}`)
	do(t, "POST", ts.URL+"/batch?date=2017-09-01", typeNDJSON, good+good)
	do(t, "GET", ts.URL+"/secret-path/H-SAMPLE-05?name=示例", "", "")
	do(t, "GET", ts.URL+"/assess", "", "")

	var got [][2]any
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		if !strings.Contains(line, "msg=request") {
			continue
		}
		keys := []string{}
		fields := map[string]string{}
		for _, kv := range logField.FindAllStringSubmatch(line, -1) {
			keys = append(keys, kv[1])
			fields[kv[1]] = strings.Trim(kv[2], `"`)
		}
		if want := []string{"time", "level", "msg", "method", "route", "status", "duration"}; !slices.Equal(keys, want) {
			t.Errorf("log line keys %v, want %v: %s", keys, want, line)
		}
		got = append(got, [2]any{fields["method"] + " " + strings.TrimPrefix(fields["route"], fields["method"]+" "), fields["status"]})
	}
	want := [][2]any{{"POST /assess", "200"}, {"POST /assess", "400"}, {"POST /batch", "200"}, {"GET ", "404"}, {"GET ", "405"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("logged requests (-want +got):\n%s", diff)
	}
}

// TestLogStatus is the table of the status logged for a request: the one
// answered, even where the client had gone and the handler answered all
// the same; 499 for a client that went before anything was written
// (nginx's number), since the recorder's or server's default of 200 would
// say it was answered.
func TestLogStatus(t *testing.T) {
	tests := []struct {
		name, desc   string
		method, path string
		body         string
		gone         bool // the client has gone when the handler runs
		want         string
	}{
		{name: "answered", desc: "已答复 / answered", method: "GET", path: "/healthz", want: "200"},
		{name: "refused", desc: "拒绝：记下 400 / refused: 400 logged", method: "POST", path: "/assess", want: "400"},
		{name: "gone, answered", desc: "客户端已离开，处理器仍作答：记下所答 200 / the client gone, the handler answered all the same: the 200 it wrote",
			method: "GET", path: "/healthz", gone: true, want: "200"},
		{name: "gone", desc: "客户端在答复前离开，什么都没写：499 / the client went before the answer, nothing written: 499",
			method: "POST", path: "/assess?date=2017-09-01", body: sampleLine(t, "h05-guandi"), gone: true, want: "499"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, logs := newTestService(t, nil)
			req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body))
			req.Header.Set("Content-Type", typeJSON)
			if tc.gone {
				ctx, cancel := context.WithCancel(req.Context())
				cancel()
				req = req.WithContext(ctx)
			}
			s.ServeHTTP(httptest.NewRecorder(), req)
			var got []string
			for _, kv := range logField.FindAllStringSubmatch(logs.String(), -1) {
				if kv[1] == "status" {
					got = append(got, kv[2])
				}
			}
			if !slices.Equal(got, []string{tc.want}) {
				t.Errorf("%s: logged status %v, want %s", tc.desc, got, tc.want)
			}
		})
	}
}

// FuzzAssess posts any body to /assess: the service answers 200 with a
// breakdown or 4xx with field errors, never 5xx, never a panic, always
// JSON.
func FuzzAssess(f *testing.F) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte(`{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7}}]}`))
	f.Add([]byte(`not json`))
	s, err := newService(config{builtin: true, timeouts: defaultTimeouts}, io.Discard)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", "/assess?date=2017-09-01", bytes.NewReader(body))
		req.Header.Set("Content-Type", typeJSON)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		switch {
		case w.Code == http.StatusOK:
		case w.Code >= 400 && w.Code < 500:
			decodeErrors(t, w.Body.Bytes())
		default:
			t.Fatalf("status %d: %.300s", w.Code, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("the answer is not JSON: %.300s", w.Body)
		}
	})
}

// TestNetHTTPLog: net/http's own log lines reach the service's log as
// warnings with every client address withheld.
func TestNetHTTPLog(t *testing.T) {
	tests := []struct {
		name, desc, line, want string
	}{
		{name: "IPv4", desc: "TLS 握手错误，IPv4 地址不写 / a TLS handshake error: no IPv4 address",
			line: "http: TLS handshake error from 192.0.2.7:40178: EOF\n",
			want: "http: TLS handshake error from (address withheld): EOF"},
		{name: "IPv6", desc: "IPv6 地址不写 / no IPv6 address",
			line: "http2: server: error reading preface from client [2001:db8::1]:443: bogus greeting\n",
			want: "http2: server: error reading preface from client (address withheld): bogus greeting"},
		{name: "brackets", desc: "方括号内无冒号的不是地址 / brackets without a colon hold no address",
			line: "http: TLS handshake error: versions [303 304], goroutine 7 [running] from [::ffff:192.0.2.7]:9 and [fe80::1%eth0]:80\n",
			want: "http: TLS handshake error: versions [303 304], goroutine 7 [running] from (address withheld) and (address withheld)"},
		{name: "no address", desc: "无地址的行照写 / a line without an address as it is",
			line: "http: Accept error: too many open files; retrying in 5ms\n",
			want: "http: Accept error: too many open files; retrying in 5ms"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, logs := newTestService(t, nil)
			newHTTPServer(s, config{timeouts: defaultTimeouts}).ErrorLog.Print(tc.line)
			m := logField.FindAllStringSubmatch(logs.String(), -1)
			got := map[string]string{}
			for _, f := range m {
				got[f[1]] = strings.Trim(f[2], `"`)
			}
			if got["level"] != "WARN" || got["msg"] != tc.want {
				t.Errorf("%s: logged %q, want a warning %q", tc.desc, logs.String(), tc.want)
			}
		})
	}
}
