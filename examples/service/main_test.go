package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/internal/sample"
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

// TestAssess is the table of the service's answers.
func TestAssess(t *testing.T) {
	good, err := sample.Raw("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		desc       string
		method     string
		query      string
		body       string
		wantStatus int
		wantIn     []string
	}{
		{"sample", "样例户：200 与完整明细 / a sample household: 200 and its full breakdown", "POST", "?date=2017-09-01", string(good),
			http.StatusOK, []string{`"household": "H-SAMPLE-01"`, `"all":`}},
		{"default-date", "未给日期时按样例日期评估 / without a date the sample date applies", "POST", "", string(good),
			http.StatusOK, []string{`"date": "2017-09-01"`}},
		{"bad-fields", "两处错误各列一条，指明字段 / two bad fields, each named by its path", "POST", "",
			`{"id":"B","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7},"incomes":[{"category":"wages","amount":"-5.00"}]}]}`,
			http.StatusBadRequest, []string{"members[0].disability.grade: 7 is not 1–4", "members[0].incomes[0].amount"}},
		{"unknown-field", "未知字段 / an unknown field", "POST", "", `{"id":"B","township":"T","memberz":[]}`,
			http.StatusBadRequest, []string{"memberz"}},
		{"no-set", "2019 年无参数集 / no parameter set for 2019", "POST", "?date=2019-03-01", string(good),
			http.StatusBadRequest, []string{"not covered by any parameter set"}},
		{"bad-date", "日期格式错误 / a malformed date", "POST", "?date=2017-13-01", string(good),
			http.StatusBadRequest, []string{"2017-13-01"}},
		{"wrong-method", "只接受 POST / POST only", "GET", "", "", http.StatusMethodNotAllowed, nil},
		{"too-large", "超过 4 MiB / over 4 MiB", "POST", "", `{"id":"` + strings.Repeat("x", 5<<20) + `"}`,
			http.StatusRequestEntityTooLarge, []string{"over the limit"}},
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
				t.Fatalf("%s\nstatus %d, want %d: %s", tc.desc, resp.StatusCode, tc.wantStatus, body)
			}
			for _, w := range tc.wantIn {
				if !bytes.Contains(body, []byte(w)) {
					t.Errorf("%s\nbody lacks %q:\n%.400s", tc.desc, w, body)
				}
			}
			if resp.StatusCode == http.StatusBadRequest {
				var e errorBody
				if err := json.Unmarshal(body, &e); err != nil || len(e.Errors) == 0 {
					t.Errorf("400 body is not {\"errors\": [...]}: %s", body)
				}
			}
			if resp.StatusCode == http.StatusOK {
				var b benefit.Breakdown
				if err := json.Unmarshal(body, &b); err != nil {
					t.Errorf("200 body is not a breakdown: %v", err)
				}
			}
		})
	}
}

// TestDemo runs the example as a newcomer would.
func TestDemo(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"POST /assess → 200 OK", "POST /assess → 400 Bad Request", "members[0].disability.grade: 7 is not 1–4"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%.2000s", want, out.String())
		}
	}
}
