package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

func server(t *testing.T) *httptest.Server {
	t.Helper()
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	ts := httptest.NewServer(newHandler(a, slog.New(slog.NewTextHandler(&logs, nil))))
	t.Cleanup(func() {
		ts.Close()
		if strings.Contains(logs.String(), "示例") {
			t.Errorf("the log holds record data:\n%s", logs.String())
		}
	})
	return ts
}

// fieldErr is a field error as the tables state it: its type and path.
type fieldErr struct {
	Type policy.ErrorType
	Path string
}

// TestAssess is the table of the service's answers: a breakdown, or the
// field errors as data, {"errors": [{"type", "path", "value", "detail"}…]}.
func TestAssess(t *testing.T) {
	good, err := samples.Raw("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	incomes := func(n int, amount string) string {
		return `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[` +
			strings.TrimSuffix(strings.Repeat(`{"category":"wages","amount":"`+amount+`"},`, n), ",") + `]}]}`
	}
	tests := []struct {
		name       string
		desc       string
		method     string
		query      string
		body       string
		wantStatus int
		wantIn     []string   // a breakdown: parts of its JSON
		wantErrors []fieldErr // a refusal: its field errors
	}{
		{name: "sample", desc: "样例户：200 与完整明细 / a sample household: 200 and its full breakdown",
			method: "POST", query: "?date=2017-09-01", body: string(good),
			wantStatus: http.StatusOK, wantIn: []string{`"household": "H-SAMPLE-01"`, `"all":`}},
		{name: "default-date", desc: "未给日期时按样例日期评估 / without a date the sample date applies",
			method: "POST", body: string(good),
			wantStatus: http.StatusOK, wantIn: []string{`"date": "2017-09-01"`}},
		{name: "bad-fields", desc: "两处错误各列一条，指明字段 / two bad fields, each named by its path",
			method: "POST",
			body: `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7},` +
				`"incomes":[{"category":"wages","amount":"1000000000000.01"}]}]}`,
			wantStatus: http.StatusBadRequest,
			wantErrors: []fieldErr{{policy.ErrorInvalid, "members[0].disability.grade"}, {policy.ErrorInvalid, "members[0].incomes[0].amount"}}},
		{name: "unknown-field", desc: "未知字段 / an unknown field",
			method: "POST", body: `{"id":"B","township":"T","memberz":[]}`,
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorUnknown, "memberz"}}},
		{name: "duplicate-key", desc: "同一对象中键重复：拒绝，不合并 / a key given twice is refused, not merged",
			method: "POST", body: `{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"members":[{"id":"m2","birth_date":"1960-01-01"}]}`,
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorDuplicate, "members"}}},
		{name: "many-errors", desc: "错误很多时只列前100条并说明其余条数 / many errors: the first 100 and a count of the rest",
			method: "POST", body: strings.Replace(incomes(20, "1e9999"), `]}]}`, `],"claims":[`+
				strings.TrimSuffix(strings.Repeat(`{"id":"c","admission":"x","total_cost":"1e9","compliant_cost":"1e9","ncms":"1e9"},`, 21), ",")+`]}]}`, 1),
			wantStatus: http.StatusBadRequest, wantErrors: manyErrors()},
		{name: "no-set", desc: "2019 年无参数集 / no parameter set for 2019",
			method: "POST", query: "?date=2019-03-01", body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "bad-date", desc: "日期格式错误 / a malformed date",
			method: "POST", query: "?date=2017-13-01", body: string(good),
			wantStatus: http.StatusBadRequest, wantErrors: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "wrong-method", desc: "只接受 POST / POST only",
			method: "GET", wantStatus: http.StatusMethodNotAllowed},
		{name: "too-large", desc: "超过 4 MiB / over 4 MiB",
			method: "POST", body: `{"id":"` + strings.Repeat("x", 5<<20) + `"}`,
			wantStatus: http.StatusRequestEntityTooLarge, wantErrors: []fieldErr{{policy.ErrorTooLong, "(input)"}}},
	}
	ts := server(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, ts.URL+"/assess"+tc.query, strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("%s\nstatus %d, want %d: %.400s", tc.desc, resp.StatusCode, tc.wantStatus, body)
			}
			for _, w := range tc.wantIn {
				if !bytes.Contains(body, []byte(w)) {
					t.Errorf("%s\nbody lacks %q:\n%.400s", tc.desc, w, body)
				}
			}
			switch {
			case resp.StatusCode == http.StatusOK:
				var b benefit.Breakdown
				if err := json.Unmarshal(body, &b); err != nil {
					t.Errorf("200 body is not a breakdown: %v", err)
				}
			case tc.wantErrors != nil:
				var e struct {
					Errors []policy.FieldError `json:"errors"`
				}
				dec := json.NewDecoder(bytes.NewReader(body))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&e); err != nil {
					t.Fatalf("%s\nbody is not {\"errors\": [{\"type\", \"path\", \"value\", \"detail\"}…]}: %v\n%.400s", tc.desc, err, body)
				}
				var got []fieldErr
				for _, fe := range e.Errors {
					got = append(got, fieldErr{fe.Type, fe.Path})
					if fe.Detail == "" {
						t.Errorf("%s\nerror at %q has no detail", tc.desc, fe.Path)
					}
				}
				if diff := cmp.Diff(tc.wantErrors, got); diff != "" {
					t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
				}
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

// TestDemo runs the example as a newcomer would.
func TestDemo(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"POST /assess → 200 OK", "POST /assess → 400 Bad Request",
		`{"errors":[{"type":"invalid","path":"members[0].incomes[0].amount","value":"\"-5.00\"","detail":"is negative"}]}`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%.2000s", want, out.String())
		}
	}
}
