package main

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// TestAnswerHeaders is the table of what every answer says of itself: its
// media type, its length, nosniff, no-store for the answer to a POST, and
// for the page a Content-Security-Policy that keeps it to the service's
// own files and no referrer.
// The handler is called directly, without net/http's server, which would
// otherwise work out a short body's length and sniff a type the handler
// left out.
func TestAnswerHeaders(t *testing.T) {
	s, _ := newTestService(t, nil)
	const typeJSONUTF8 = "application/json; charset=utf-8"
	tests := []struct {
		name, desc         string
		method, path, body string
		ctype              string // the body's type, application/json when "" and there is a body
		wantStatus         int
		wantType           string
		wantBody           string            // the whole answer, where the row states it
		wantHeaders        map[string]string // more headers the answer carries
	}{
		{name: "health", desc: "健康检查：JSON，全文 / health: JSON, the whole answer",
			method: "GET", path: "/healthz", wantStatus: http.StatusOK, wantType: typeJSONUTF8, wantBody: `{"status":"ok"}` + "\n"},
		{name: "parameters", desc: "参数集 / the parameter sets",
			method: "GET", path: "/parameters", wantStatus: http.StatusOK, wantType: typeJSONUTF8},
		{name: "schema", desc: "JSON Schema 文档 / a JSON Schema document",
			method: "GET", path: "/schema/household", wantStatus: http.StatusOK, wantType: "application/schema+json"},
		{name: "openapi", desc: "OpenAPI 文档 / the OpenAPI document",
			method: "GET", path: "/openapi.json", wantStatus: http.StatusOK, wantType: typeJSONUTF8},
		{name: "assess", desc: "评估结果 / a breakdown",
			method: "POST", path: "/assess?date=2017-09-01", body: sampleLine(t, "h05-guandi"), wantStatus: http.StatusOK, wantType: typeJSONUTF8},
		{name: "refusal", desc: "拒绝：未给评估日 / a refusal: no date",
			method: "POST", path: "/assess", body: sampleLine(t, "h05-guandi"), wantStatus: http.StatusBadRequest, wantType: typeJSONUTF8},
		{name: "no-route", desc: "无此路由 / no such route",
			method: "GET", path: "/nowhere", wantStatus: http.StatusNotFound, wantType: typeJSONUTF8},
		{name: "chart", desc: "图表 / a chart",
			method: "POST", path: "/charts/outlays?date=2017-09-01", body: sampleLine(t, "h05-guandi"), ctype: typeNDJSON,
			wantStatus: http.StatusOK, wantType: typeJSONUTF8},
		{name: "page", desc: "个案工作者页面：仅限本服务的文件，不发送来源 / the caseworker's page: the service's own files only, no referrer",
			method: "GET", path: "/", wantStatus: http.StatusOK, wantType: "text/html; charset=utf-8",
			wantHeaders: map[string]string{
				"Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
					"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
				"Referrer-Policy": "no-referrer"}},
		{name: "style", desc: "页面样式表 / the page's style sheet",
			method: "GET", path: "/page/style.css", wantStatus: http.StatusOK, wantType: "text/css; charset=utf-8"},
		{name: "script", desc: "页面脚本 / the page's script",
			method: "GET", path: "/page/app.js", wantStatus: http.StatusOK, wantType: "text/javascript; charset=utf-8"},
		{name: "charts script", desc: "图表脚本 / the charts' script",
			method: "GET", path: "/page/charts.js", wantStatus: http.StatusOK, wantType: "text/javascript; charset=utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body))
			switch {
			case tc.ctype != "":
				req.Header.Set("Content-Type", tc.ctype)
			case tc.body != "":
				req.Header.Set("Content-Type", typeJSON)
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, req)
			if w.Code != tc.wantStatus {
				t.Fatalf("%s: status %d, want %d: %.300s", tc.desc, w.Code, tc.wantStatus, w.Body)
			}
			h := w.Result().Header
			if got := h.Get("Content-Type"); got != tc.wantType {
				t.Errorf("%s: Content-Type %q, want %q", tc.desc, got, tc.wantType)
			}
			if got, want := h.Get("Content-Length"), strconv.Itoa(w.Body.Len()); got != want {
				t.Errorf("%s: Content-Length %q, want %s", tc.desc, got, want)
			}
			if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("%s: X-Content-Type-Options %q, want nosniff", tc.desc, got)
			}
			wantCache := ""
			if tc.method == http.MethodPost {
				wantCache = "no-store"
			}
			if got := h.Get("Cache-Control"); got != wantCache {
				t.Errorf("%s: Cache-Control %q, want %q", tc.desc, got, wantCache)
			}
			for k, want := range tc.wantHeaders {
				if got := h.Get(k); got != want {
					t.Errorf("%s: %s %q, want %q", tc.desc, k, got, want)
				}
			}
			if tc.wantBody != "" && w.Body.String() != tc.wantBody {
				t.Errorf("%s: body %q, want %q", tc.desc, w.Body, tc.wantBody)
			}
		})
	}
}
