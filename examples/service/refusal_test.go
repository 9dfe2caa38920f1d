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
// "value", "detail"}…]} — 404 and 405 included. Each is asked again of the
// handler alone, where nothing that the answer's length would cut off
// over HTTP is hidden: after a refusal the handler writes nothing more.
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
		value, detail       string    // the first error's value and detail, where the row states them
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
		{name: "born-after", desc: "记录本身无误，但成员生于评估日之后：400，指明字段 / a record sound on its own with a member born after the date: 400 at the field",
			method: "POST", path: "/assess" + date, ctype: typeJSON,
			body:       `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"2017-10-01"}]}`,
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "members[0].birth_date"}},
			value: "2017-10-01", detail: "is after the assessment date 2017-09-01"},
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
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorDuplicate, "date"}}, value: `"2017-10-01"`},
		{name: "query-semicolon", desc: "查询串含分号，不能整体读取：400，不默默丢掉读不出的一对 / a query with a semicolon cannot be read whole: 400, the pair it cannot read never dropped silently",
			method: "POST", path: "/assess?date=2017-09-01&date=2017-12-01;x", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "(query)"}}},
		{name: "query-bad-escape", desc: "查询串转义错误：400 / a query with a bad escape: 400",
			method: "POST", path: "/assess?date=2017-09-01&date=%zz", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "(query)"}},
			detail: `is not a query string of name=value pairs, each escaped: invalid URL escape "%zz"`},
		{name: "query-other-parameter", desc: "另有参数（如拼错的 dat）：400，不默默忽略 / another parameter (a misspelt dat, say): 400, never ignored",
			method: "POST", path: "/assess?date=2017-09-01&dat=2017-12-01", ctype: typeJSON, body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "dat"}}},
		{name: "batch-other-parameter", desc: "批量另有参数：400 / a batch with another parameter: 400",
			method: "POST", path: "/batch?date=2017-09-01&x=1", ctype: typeNDJSON, body: string(good) + "\n",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "x"}}},
		{name: "gzip-body", desc: "请求体经 gzip 编码：415，不当作 JSON 读 / a gzip-encoded body: 415, not read as JSON",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Encoding", "gzip"},
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Encoding"}},
			value: `"gzip"`, detail: "is not identity: send the body as it is", wantHeader: [2]string{"Accept-Encoding", "identity"}},
		{name: "two-encodings", desc: "Content-Encoding 给了两次，即使都是 identity：415 / Content-Encoding given twice, identity both times: 415",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Encoding", "identity", "Content-Encoding", "identity"},
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Encoding"}},
			value: `"identity, identity"`, wantHeader: [2]string{"Accept-Encoding", "identity"}},
		{name: "identity-body", desc: "Content-Encoding 为 identity：接受 / Content-Encoding identity: taken",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Encoding", "identity"},
			wantStatus: http.StatusOK},
		{name: "two-types", desc: "Content-Type 给了两次：415，不只读第一个 / Content-Type given twice: 415, not the first alone read",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: string(good), header: []string{"Content-Type", "text/plain"},
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{policy.ErrorDuplicate, "Content-Type"}},
			value: `"application/json, text/plain"`, detail: "is given more than once"},
		{name: "form-type", desc: "表单类型（curl -d 的默认）：415 / a form body (curl -d's default): 415",
			method: "POST", path: "/assess" + date, ctype: "application/x-www-form-urlencoded", body: string(good),
			wantStatus: http.StatusUnsupportedMediaType, wantErrors: []fieldErr{{typeUnsupportedMedia, "Content-Type"}},
			value: `"application/x-www-form-urlencoded"`, detail: "is not application/json (UTF-8)", wantHeader: [2]string{"Accept-Post", "application/json"}},
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
			detail: "is not application/x-ndjson or application/jsonl (UTF-8)", wantHeader: [2]string{"Accept-Post", "application/x-ndjson, application/jsonl"}},
		{name: "batch-no-date", desc: "批量未给评估日：400 / a batch without a date: 400",
			method: "POST", path: "/batch", ctype: typeNDJSON, body: "{}\n",
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorRequired, "date"}}},
		{name: "too-large", desc: "超过 4 MiB：413 / over 4 MiB: 413",
			method: "POST", path: "/assess" + date, ctype: typeJSON, body: `{"id":"` + strings.Repeat("x", 5<<20) + `"}`,
			wantStatus: http.StatusRequestEntityTooLarge, wantErrors: []fieldErr{{policy.ErrorTooLong, "(input)"}},
			detail: "the body is over the limit of 4194304 bytes (4 MiB)"},
		{name: "wrong-method", desc: "只接受 POST：405，JSON，路径为空 / POST only: 405, as JSON, with an empty path",
			method: "GET", path: "/assess",
			wantStatus: http.StatusMethodNotAllowed, wantErrors: []fieldErr{{typeMethodNotAllowed, ""}},
			detail: "the route does not take this method; it takes POST", wantHeader: [2]string{"Allow", "POST"}},
		{name: "delete-health", desc: "健康检查只接受 GET / health takes GET only",
			method: "DELETE", path: "/healthz",
			wantStatus: http.StatusMethodNotAllowed, wantErrors: []fieldErr{{typeMethodNotAllowed, ""}},
			detail: "the route does not take this method; it takes GET, HEAD", wantHeader: [2]string{"Allow", "GET, HEAD"}},
		{name: "no-route", desc: "无此路由：404，JSON，路径为空 / no such route: 404, as JSON, with an empty path",
			method: "GET", path: "/secret-path/members",
			wantStatus: http.StatusNotFound, wantErrors: []fieldErr{{policy.ErrorNotFound, ""}}, detail: "no such route: see /openapi.json"},
		{name: "no-schema", desc: "无此模式：404，列出有的模式 / no such schema: 404, naming those there are",
			method: "GET", path: "/schema/nope",
			wantStatus: http.StatusNotFound, wantErrors: []fieldErr{{policy.ErrorNotFound, "name"}},
			value: `"nope"`, detail: "is not a schema: household, params, breakdown"},
		{name: "no-page-file", desc: "页面无此文件 / no such file of the page",
			method: "GET", path: "/page/secret-path.js",
			wantStatus: http.StatusNotFound, wantErrors: []fieldErr{{policy.ErrorNotFound, "file"}}},
	}
	s, _ := newTestService(t, nil)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body)) // the handler alone
			setHeaders(req, tc.ctype, tc.header...)
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			if w.Code != tc.wantStatus {
				t.Errorf("%s\nthe handler alone answers %d, want %d", tc.desc, w.Code, tc.wantStatus)
			} else if w.Code != http.StatusOK {
				fullErrors(t, w.Body.Bytes())
			}
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
			fes := fullErrors(t, body)
			if diff := cmp.Diff(tc.wantErrors, typesAndPaths(fes)); diff != "" {
				t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
			}
			if tc.value == "" && tc.detail == "" {
				return
			}
			if len(fes) == 0 {
				t.Fatalf("%s\nno errors", tc.desc)
			}
			first := fes[0]
			if tc.value != "" && first.Value != tc.value {
				t.Errorf("%s\nvalue %s, want %s", tc.desc, first.Value, tc.value)
			}
			if tc.detail != "" && first.Detail != tc.detail {
				t.Errorf("%s\ndetail %q, want %q", tc.desc, first.Detail, tc.detail)
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

// TestWriteError is the table of how an error from the library is
// answered: bad input, or a date no set covers, 400 with its field errors
// (a date error of its own where the error names no field); anything else
// 500 with nothing of the error in the answer or the log, which says only
// the error's Go type.
func TestWriteError(t *testing.T) {
	noSet := fmt.Errorf("assessing: %w", policy.ErrNoParams)
	tests := []struct {
		name, desc string
		err        error
		wantStatus int
		want       []policy.FieldError
		wantLog    string // the error's log line's fields after the time, "" for none
	}{
		{name: "field", desc: "字段错误：400 / a field error: 400",
			err: policy.Path("members[0].birth_date").Invalid("2017-10-01", "is after the assessment date 2017-09-01"), wantStatus: http.StatusBadRequest,
			want: []policy.FieldError{{Type: policy.ErrorInvalid, Path: "members[0].birth_date", Value: "2017-10-01", Detail: "is after the assessment date 2017-09-01"}}},
		{name: "no set, a field named", desc: "无参数集，错误点名 date：照答一次 / no set, the error naming date: answered once, as it is",
			err:        fmt.Errorf("%w (%w)", policy.Path("date").Invalid("2019-03-01", "is not covered by any parameter set (loaded: 2017)"), policy.ErrNoParams),
			wantStatus: http.StatusBadRequest,
			want:       []policy.FieldError{{Type: policy.ErrorInvalid, Path: "date", Value: "2019-03-01", Detail: "is not covered by any parameter set (loaded: 2017)"}}},
		{name: "no set, no field", desc: "无参数集，错误未点名字段：作为 date 的错误 / no set, the error naming no field: an error at date",
			err: noSet, wantStatus: http.StatusBadRequest,
			want: []policy.FieldError{{Type: policy.ErrorInvalid, Path: "date", Detail: "assessing: no parameter set in force"}}},
		{name: "other", desc: "其他错误：500，答复与日志都不含其文字 / any other error: 500, its text in neither the answer nor the log",
			err: errors.New("failed on 示例 H-SAMPLE-01"), wantStatus: http.StatusInternalServerError,
			want:    []policy.FieldError{{Type: typeInternal, Detail: "internal error"}},
			wantLog: `level=ERROR msg="internal error" kind=*errors.errorString`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, logs := newTestService(t, nil)
			w := httptest.NewRecorder()
			s.writeError(w, tc.err)
			if w.Code != tc.wantStatus {
				t.Errorf("%s: status %d, want %d", tc.desc, w.Code, tc.wantStatus)
			}
			if diff := cmp.Diff(tc.want, fullErrors(t, w.Body.Bytes())); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			var logged string // the log line after its time
			if line := strings.TrimSpace(logs.String()); line != "" {
				_, logged, _ = strings.Cut(line, " ")
			}
			if logged != tc.wantLog {
				t.Errorf("%s: logged %q, want %q after the time", tc.desc, logs, tc.wantLog)
			}
		})
	}
}

// TestErrorTypeNames states the service's own error types as a client
// reads them in "type", beside the library's.
func TestErrorTypeNames(t *testing.T) {
	tests := []struct {
		name, desc string
		typ        policy.ErrorType
		want       string
	}{
		{name: "405", desc: "方法不允许 / a method the route does not take", typ: typeMethodNotAllowed, want: "method-not-allowed"},
		{name: "415", desc: "不支持的媒体类型 / a media type the route does not take", typ: typeUnsupportedMedia, want: "unsupported-media-type"},
		{name: "401", desc: "缺少或错误的令牌 / no token, or a wrong one", typ: typeUnauthorized, want: "unauthorized"},
		{name: "500", desc: "内部错误 / an internal error", typ: typeInternal, want: "internal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(&policy.FieldError{Type: tc.typ, Detail: "d"})
			if err != nil {
				t.Fatal(err)
			}
			if want := `{"type":"` + tc.want + `","path":"","detail":"d"}`; string(b) != want {
				t.Errorf("%s: written %s, want %s", tc.desc, b, want)
			}
		})
	}
}
