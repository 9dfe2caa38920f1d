package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// TestRefusals is the table of the service's refusals: each answered with
// its status and the field errors as data, {"errors": [{"type", "path",
// "value", "detail"}…]} — 404 and 405 included.
func TestRefusals(t *testing.T) {
	t.Parallel() // the too-large case holds its connection open 500 ms after the answer (net/http's rstAvoidanceDelay)
	good, err := samples.Raw("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	const date = "?date=2017-09-01"
	incomes := func(n int, amount string) string {
		return `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[` +
			strings.TrimSuffix(strings.Repeat(`{"category":"wages","amount":"`+amount+`"},`, n), ",") + `]}]}`
	}
	tests := []struct {
		name, desc          string
		method, path, ctype string
		body                string
		wantStatus          int
		wantErrors          []fieldErr
		wantHeader          [2]string // a header the answer must carry
		header              []string  // headers the request adds, name and value in turn
	}{
		{name: "bad-fields", desc: "两处错误各列一条，指明字段 / two bad fields, each named by its path",
			method: "POST", path: "/assess" + date, ctype: typeJSON,
			body: `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7},` +
				`"incomes":[{"category":"wages","amount":"1000000000000.01"}]}]}`,
			wantStatus: http.StatusBadRequest,
			wantErrors: []fieldErr{{policy.ErrorInvalid, "members[0].disability.grade"}, {policy.ErrorInvalid, "members[0].incomes[0].amount"}}},
		{name: "unknown-field", desc: "未知字段 / an unknown field",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: `{"id":"B","township":"T","memberz":[]}`,
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "memberz"}}},
		{name: "duplicate-key", desc: "同一对象中键重复：拒绝，不合并 / a key given twice is refused, not merged",
			method: "POST", path: "/assess" + date, ctype: typeJSON,
			body:       `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"members":[{"id":"m2","birth_date":"1960-01-01"}]}`,
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorDuplicate, "members"}}},
		{name: "many-errors", desc: "错误很多时只列前100条并说明其余条数 / many errors: the first 100 and a count of the rest",
			method: "POST", path: "/assess" + date, ctype: typeJSON,
			body: strings.Replace(incomes(20, "1e9999"), `]}]}`, `],"claims":[`+
				strings.TrimSuffix(strings.Repeat(`{"id":"c","admission":"x","total_cost":"1e9","compliant_cost":"1e9","ncms":"1e9"},`, 21), ",")+`]}]}`, 1),
			wantStatus: http.StatusBadRequest, wantErrors: manyErrors()},
		{name: "empty-body", desc: "空请求体 / an empty body",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: "",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "(input)"}}},
		{name: "no-set", desc: "2019 年无参数集 / no parameter set for 2019",
			method: "POST", path: "/assess?date=2019-03-01", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "batch-no-set", desc: "批量：2019 年无参数集，读请求体之前即拒绝 / a batch for 2019, no set: refused before the body is read",
			method: "POST", path: "/batch?date=2019-09-01", ctype: typeNDJSON, body: string(good) + "\n",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "bad-date", desc: "日期格式错误 / a malformed date",
			method: "POST", path: "/assess?date=2017-13-01", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "no-date", desc: "未给评估日：400，不按默认日期 / no date: 400, never a default date",
			method: "POST", path: "/assess", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorRequired, "date"}}},
		{name: "empty-date", desc: "评估日为空 / an empty date",
			method: "POST", path: "/assess?date=", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorRequired, "date"}}},
		{name: "two-dates", desc: "评估日给了两次 / the date given twice",
			method: "POST", path: "/assess?date=2017-09-01&date=2017-10-01", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorDuplicate, "date"}}},
		{name: "query-semicolon", desc: "查询串含分号，不能整体读取：400，不默默丢掉读不出的一对 / a query with a semicolon cannot be read whole: 400, the pair it cannot read never dropped silently",
			method: "POST", path: "/assess?date=2017-09-01&date=2017-12-01;x", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "(query)"}}},
		{name: "query-bad-escape", desc: "查询串转义错误：400 / a query with a bad escape: 400",
			method: "POST", path: "/assess?date=2017-09-01&date=%zz", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "(query)"}}},
		{name: "query-other-parameter", desc: "另有参数（如拼错的 dat）：400，不默默忽略 / another parameter (a misspelt dat, say): 400, never ignored",
			method: "POST", path: "/assess?date=2017-09-01&dat=2017-12-01", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "dat"}}},
		{name: "batch-other-parameter", desc: "批量另有参数：400 / a batch with another parameter: 400",
			method: "POST", path: "/batch?date=2017-09-01&x=1", ctype: typeNDJSON, body: string(good) + "\n",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "x"}}},
		{name: "gzip-body", desc: "请求体经 gzip 编码：415，不当作 JSON 读 / a gzip-encoded body: 415, not read as JSON",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Encoding", "gzip"},
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Encoding"}},
			wantHeader: [2]string{"Accept-Encoding", "identity"}},
		{name: "identity-body", desc: "Content-Encoding 为 identity：接受 / Content-Encoding identity: taken",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Encoding", "identity"},
			wantStatus: http.StatusOK},
		{name: "two-types", desc: "Content-Type 给了两次：415，不只读第一个 / Content-Type given twice: 415, not the first alone read",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Type", "text/plain"},
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{policy.ErrorDuplicate, "Content-Type"}}},
		{name: "form-type", desc: "表单类型（curl -d 的默认）：415 / a form body (curl -d's default): 415",
			method: "POST", path: "/assess" + date, ctype: "application/x-www-form-urlencoded", body: string(good),
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Type"}},
			wantHeader: [2]string{"Accept-Post", "application/json"}},
		{name: "no-type", desc: "无 Content-Type：415 / no Content-Type: 415",
			method: "POST", path: "/assess" + date, body: string(good),
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Type"}}},
		{name: "latin1", desc: "非 UTF-8 字符集：415 / a charset other than UTF-8: 415",
			method: "POST", path: "/assess" + date, ctype: "application/json; charset=latin1", body: string(good),
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Type"}}},
		{name: "utf8", desc: "带 UTF-8 字符集：接受 / with charset UTF-8: taken",
			method: "POST", path: "/assess" + date, ctype: "application/json; charset=UTF-8", body: string(good),
			wantStatus: http.StatusOK},
		{name: "batch-json", desc: "批量须为 JSON Lines：415 / a batch must be JSON Lines: 415",
			method: "POST", path: "/batch" + date, ctype: typeJSON, body: string(good),
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Type"}},
			wantHeader: [2]string{"Accept-Post", "application/x-ndjson, application/jsonl"}},
		{name: "batch-no-date", desc: "批量未给评估日：400 / a batch without a date: 400",
			method: "POST", path: "/batch", ctype: typeNDJSON, body: "{}\n",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorRequired, "date"}}},
		{name: "too-large", desc: "超过 4 MiB：413 / over 4 MiB: 413",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: `{"id":"` + strings.Repeat("x", 5<<20) + `"}`,
			wantStatus: http.StatusRequestEntityTooLarge, wantErrors: []fieldErr{{policy.ErrorTooLong, "(input)"}}},
		{name: "wrong-method", desc: "只接受 POST：405，JSON，路径为空 / POST only: 405, as JSON, with an empty path",
			method: "GET", path: "/assess",
			wantStatus: http.StatusMethodNotAllowed, wantErrors: []fieldErr{{typeMethodNotAllowed, ""}},
			wantHeader: [2]string{"Allow", "POST"}},
		{name: "delete-health", desc: "健康检查只接受 GET / health takes GET only",
			method: "DELETE", path: "/healthz",
			wantStatus: http.StatusMethodNotAllowed, wantErrors: []fieldErr{{typeMethodNotAllowed, ""}},
			wantHeader: [2]string{"Allow", "GET, HEAD"}},
		{name: "no-route", desc: "无此路由：404，JSON，路径为空 / no such route: 404, as JSON, with an empty path",
			method: "GET", path: "/secret-path/members",
			wantStatus: http.StatusNotFound, wantErrors: []fieldErr{{policy.ErrorNotFound, ""}}},
		{name: "no-page-file", desc: "页面无此文件 / no such file of the page",
			method: "GET", path: "/page/secret-path.js",
			wantStatus: http.StatusNotFound, wantErrors: []fieldErr{{policy.ErrorNotFound, "file"}}},
	}
	ts := server(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, hdr, body := do(t, tc.method, ts.URL+tc.path, tc.ctype, tc.body, tc.header...)
			if status != tc.wantStatus {
				t.Fatalf("%s\nstatus %d, want %d: %.400s", tc.desc, status, tc.wantStatus, body)
			}
			if k := tc.wantHeader[0]; k != "" && hdr.Get(k) != tc.wantHeader[1] {
				t.Errorf("%s\n%s: %q, want %q", tc.desc, k, hdr.Get(k), tc.wantHeader[1])
			}
			if status == http.StatusOK {
				return
			}
			if ct := hdr.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("%s\nContent-Type %q, want JSON", tc.desc, ct)
			}
			if diff := cmp.Diff(tc.wantErrors, decodeErrors(t, body)); diff != "" {
				t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// manyErrors are the errors of the many-errors case: each of 20 incomes of
// "1e9999" and, on each of the first 20 claims, an admission that is not a
// date and three amounts with an exponent, 100 in all, then one counting
// the one left out (21 claims are more than the limit of 20).
func manyErrors() []fieldErr {
	var out []fieldErr
	for i := range 20 {
		out = append(out, fieldErr{policy.ErrorInvalid, fmt.Sprintf("members[0].incomes[%d].amount", i)})
	}
	for i := range 20 {
		for _, f := range []string{"admission", "total_cost", "compliant_cost", "ncms"} {
			out = append(out, fieldErr{policy.ErrorInvalid, fmt.Sprintf("members[0].claims[%d].%s", i, f)})
		}
	}
	return append(out[:100], fieldErr{policy.ErrorTooMany, "(input)"})
}

// TestReadError checks that a body that cannot be read for any reason but
// its size is a 400, not a 413 (only *http.MaxBytesError is "too large"),
// on each route that reads a body, said in the service's words: the
// reader's would name the client's address.
func TestReadError(t *testing.T) {
	s, _ := newTestService(t, nil)
	addr := &net.TCPAddr{IP: net.IPv4(192, 0, 2, 7), Port: 40178}
	reset := &net.OpError{Op: "read", Net: "tcp", Source: addr, Addr: addr, Err: syscall.ECONNRESET}
	for _, route := range []struct{ path, ctype string }{
		{"/assess?date=2017-09-01", typeJSON}, {"/charts/outlays?date=2017-09-01", typeNDJSON},
	} {
		t.Run(route.path, func(t *testing.T) {
			req := httptest.NewRequest("POST", route.path, iotest.ErrReader(reset))
			req.Header.Set("Content-Type", route.ctype)
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			if w.Code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", w.Code, w.Body)
			}
			var body errorBody
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			want := []*policy.FieldError{{Type: policy.ErrorInvalid, Path: "(input)", Detail: "reading the body: the connection failed"}}
			if diff := cmp.Diff(want, body.Errors); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// timeoutErr is a net.Error that timed out and is no *net.OpError.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout on 192.0.2.7:40178" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

// TestReadFailure: a body that could not be read is said so in the
// service's own words where the reader's would name the connection's
// addresses, which are the client's personal data; a read that timed out
// is answered 408 Request Timeout, any other failure 400.
func TestReadFailure(t *testing.T) {
	addr := &net.TCPAddr{IP: net.IPv4(192, 0, 2, 7), Port: 40178}
	tests := []struct {
		name, desc string
		err        error
		want       string
		status     int
	}{
		{name: "timeout", desc: "读取超时 / the read timed out",
			err:  &net.OpError{Op: "read", Net: "tcp", Source: addr, Addr: addr, Err: os.ErrDeadlineExceeded},
			want: "reading the body: the read timed out", status: http.StatusRequestTimeout},
		{name: "timeout of another net.Error", desc: "非 OpError 的超时 / a timeout that is no OpError",
			err: timeoutErr{}, want: "reading the body: the read timed out", status: http.StatusRequestTimeout},
		{name: "ended early", desc: "请求体提前结束 / the body ended early", err: io.ErrUnexpectedEOF,
			want: "reading the body: the body ended early", status: http.StatusBadRequest},
		{name: "connection", desc: "连接失败，不写地址 / the connection failed: no address written",
			err:  &net.OpError{Op: "read", Net: "tcp", Source: addr, Addr: addr, Err: syscall.ECONNRESET},
			want: "reading the body: the connection failed", status: http.StatusBadRequest},
		{name: "chunked", desc: "分块编码错误照写 / a chunked encoding's error as it is",
			err: errors.New("invalid byte in chunk length"), want: "reading the body: invalid byte in chunk length",
			status: http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, got := readFailure(tc.err)
			if status != tc.status {
				t.Errorf("%s: status %d, want %d", tc.desc, status, tc.status)
			}
			want := &policy.FieldError{Type: policy.ErrorInvalid, Path: "(input)", Detail: tc.want}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			if strings.Contains(got.Error(), "192.0.2.7") {
				t.Errorf("%s: the error names the client's address: %s", tc.desc, got)
			}
		})
	}
}
