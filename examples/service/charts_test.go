package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// reformFile is the illustrative reform the chart tests load: S raised to
// 3912.00 and the A uplift to 40%, a 2017 set that passes the floors.
const reformFile = "../../benefit/testdata/reform-s3912-a40.json"

// sampleHouseholds returns the sample households and their records as
// JSON Lines.
func sampleHouseholds(t *testing.T) ([]*household.Household, string) {
	t.Helper()
	lines, err := sampleLines()
	if err != nil {
		t.Fatal(err)
	}
	var hs []*household.Household
	for _, name := range samples.Names() {
		h, err := samples.Household(name)
		if err != nil {
			t.Fatal(err)
		}
		hs = append(hs, h)
	}
	return hs, lines
}

// postChart posts body to /charts/{name} and decodes a 200 answer
// strictly, checking that its SVG is well-formed XML.
func postChart(t *testing.T, s *service, name, body string) (int, chartAnswer, []byte) {
	t.Helper()
	w := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/charts/"+name+"?date="+samples.Date().String(), strings.NewReader(body))
	req.Header.Set("Content-Type", typeNDJSON)
	s.ServeHTTP(w, req)
	var ans chartAnswer
	if w.Code != http.StatusOK {
		return w.Code, ans, w.Body.Bytes()
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", cc)
	}
	dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		t.Fatalf("the answer is not {households, failed, errors, svg}: %v\n%.400s", err, w.Body.Bytes())
	}
	if ans.Errors == nil {
		t.Errorf(`"errors" is null, want a list`)
	}
	x := xml.NewDecoder(strings.NewReader(ans.SVG))
	root := ""
	for {
		tok, err := x.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("图表须为合式 XML / the SVG is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Errorf("the document's root is <%s>, want <svg>", root)
	}
	return w.Code, ans, w.Body.Bytes()
}

// TestChartOutlays checks POST /charts/outlays on the sample households:
// the counts, and that the SVG carries the year's total of the budget the
// test computes with the library.
func TestChartOutlays(t *testing.T) {
	s, _ := newTestService(t, nil)
	hs, lines := sampleHouseholds(t)
	var b benefit.Budget
	for _, h := range hs {
		br, err := s.assessor.Assess(h, samples.Date())
		if err != nil {
			t.Fatal(err)
		}
		b.Add(h, br)
	}
	code, ans, body := postChart(t, s, "outlays", lines)
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, body)
	}
	if ans.Households != len(hs) || ans.Failed != 0 || len(ans.Errors) != 0 {
		t.Errorf("households %d failed %d errors %v, want %d, 0, none", ans.Households, ans.Failed, ans.Errors, len(hs))
	}
	total := b.OutlayAll().Total.StringFixed(2)
	if b.OutlayAll().Total.IsZero() || !strings.Contains(ans.SVG, `class="outlays" data-total="`+total+`"`) {
		t.Errorf("图表须载明全年支出 / the SVG lacks the year's outlay %s", total)
	}
	for _, o := range b.Outlays(benefit.ByPayer) {
		if !strings.Contains(ans.SVG, "全年 "+o.Total.StringFixed(2)) {
			t.Errorf("the SVG lacks payer %s's year total %s", o.Key, o.Total.StringFixed(2))
		}
	}
}

// TestChartSlowUpload: a body sent slowly, each line within the read
// timeout but the whole past the server's read and write timeouts, still
// gets its chart: each line extends the read deadline, and the answer gets
// the write timeout of its own once the body is read (without either, the
// request fails).
func TestChartSlowUpload(t *testing.T) {
	t.Parallel() // waits 1.25 s on its slow body: overlaps the other waiting tests
	c := config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown}
	c.timeouts.read, c.timeouts.write = time.Second, time.Second // a line may wait most of a second for a busy CI machine (-race)
	s, _ := newTestService(t, &c)
	ts := httptest.NewUnstartedServer(s)
	ts.Config = newHTTPServer(s, c) // the server's own timeouts, as the service runs
	ts.Start()
	t.Cleanup(ts.Close)
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", ts.URL+"/charts/outlays?date=2017-09-01", pr)
	req.Header.Set("Content-Type", typeNDJSON)
	line := sampleLine(t, "h02-dongliu")
	go func() {
		for range 25 { // 25 × 50 ms: past both timeouts, each line well within the read timeout
			io.WriteString(pw, line)
			time.Sleep(50 * time.Millisecond)
		}
		pw.Close()
	}()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("上传慢的图表须有答复 / a slow upload's chart must be answered: %v (%d bytes read)", err, len(body))
	}
	var ans chartAnswer
	if err := json.Unmarshal(body, &ans); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d, %v: %.300s", resp.StatusCode, err, body)
	}
	if ans.Households != 25 || ans.Failed != 0 {
		t.Errorf("households %d failed %d, want 25 and 0", ans.Households, ans.Failed)
	}
}

// TestChartDifference checks POST /charts/difference with a reform loaded
// (its 2017 set replacing the built-in one) against the comparison the
// test computes with the library.
func TestChartDifference(t *testing.T) {
	s, _ := newTestService(t, &config{builtin: true, reforms: []string{reformFile}, timeouts: defaultTimeouts})
	reform, err := loadParams("-reform", reformFile)
	if err != nil {
		t.Fatal(err)
	}
	ra, err := benefit.New(reform)
	if err != nil {
		t.Fatal(err)
	}
	hs, lines := sampleHouseholds(t)
	var c benefit.Comparison
	for _, h := range hs {
		base, err := s.assessor.Assess(h, samples.Date())
		if err != nil {
			t.Fatal(err)
		}
		rb, err := ra.Assess(h, samples.Date())
		if err != nil {
			t.Fatal(err)
		}
		c.Add(h, base, rb)
	}
	code, ans, body := postChart(t, s, "difference", lines)
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, body)
	}
	if ans.Households != len(hs) || ans.Failed != 0 {
		t.Errorf("households %d failed %d, want %d, 0", ans.Households, ans.Failed, len(hs))
	}
	all := c.All()
	if all.Difference.IsZero() {
		t.Fatalf("S 3622→3912 and A 30%%→40%% change nothing for the samples: the test shows nothing")
	}
	want := `class="difference" data-baseline="` + all.Baseline.Annual.StringFixed(2) + `" data-reform="` +
		all.Reform.Annual.StringFixed(2) + `" data-difference="` + all.Difference.StringFixed(2) + `"`
	if !strings.Contains(ans.SVG, want) {
		t.Errorf("图表须载明改革差额 / the SVG lacks %s", want)
	}
	bad := `{"id":"H-BAD","township":"T","members":[{"id":"m1","birth_date":"1960-13-01"}]}` + "\n"
	if _, ans, _ := postChart(t, s, "difference", bad+lines); ans.Households != len(hs) || ans.Failed != 1 ||
		len(ans.Errors) != 1 || ans.Errors[0].Line != 1 {
		t.Errorf("坏记录计入差额图的失败数 / a bad record counts among the difference chart's failed: households %d failed %d errors %v",
			ans.Households, ans.Failed, ans.Errors)
	}
}

// TestChartRefusals checks the answers of /charts that are not a chart of
// every record: a chart that does not exist, the difference without a
// reform, a bad media type, a body over the limit, and bad records, which
// are counted and listed (the first ten) without stopping the chart.
func TestChartRefusals(t *testing.T) {
	s, _ := newTestService(t, nil)
	_, lines := sampleHouseholds(t)
	n := strings.Count(lines, "\n")
	bad := `{"id":"H-BAD","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7}}]}`
	tests := []struct {
		name, desc, chart, ct, body string
		wantCode                    int
		wantErrs                    []fieldErr // a refusal's errors
		wantDetail                  string     // a refusal's first detail, where the row states it
		wantCharted, wantFailed     int
		wantLines                   []int // the lines listed as failed
	}{
		{name: "no-reform", desc: "未加载改革时无差额图 / no difference chart without -reform", chart: "difference",
			ct: typeNDJSON, body: lines, wantCode: 404, wantErrs: []fieldErr{{policy.ErrorNotFound, "name"}}},
		{name: "unknown", desc: "无此图表 / no such chart", chart: "pie", ct: typeNDJSON, body: lines,
			wantCode: 404, wantErrs: []fieldErr{{policy.ErrorNotFound, "name"}}, wantDetail: "is not a chart: outlays, difference"},
		{name: "media-type", desc: "须为 JSON Lines / JSON Lines only", chart: "outlays", ct: typeJSON, body: lines,
			wantCode: 415, wantErrs: []fieldErr{{typeUnsupportedMedia, "Content-Type"}}},
		{name: "too-large", desc: "请求体超过 16 MiB / a body over 16 MiB", chart: "outlays", ct: typeJSONL,
			body: strings.Repeat(" ", chartsLimit+1), wantCode: 413, wantErrs: []fieldErr{{policy.ErrorTooLong, "(input)"}},
			wantDetail: "the body is over the limit of 16777216 bytes (16 MiB)"},
		{name: "bad-record", desc: "坏记录计数并列出，不中断 / a bad record is counted and listed, not stopping",
			chart: "outlays", ct: typeJSONL, body: bad + "\n\n" + lines + "{not json\n", wantCode: 200,
			wantCharted: n, wantFailed: 2, wantLines: []int{1, n + 3}},
		{name: "many-bad", desc: "只列出前十个 / only the first ten listed", chart: "outlays", ct: typeNDJSON,
			body: strings.Repeat(bad+"\n", 12) + lines, wantCode: 200,
			wantCharted: n, wantFailed: 12, wantLines: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			req := httptest.NewRequest("POST", "/charts/"+tc.chart+"?date="+samples.Date().String(), strings.NewReader(tc.body))
			req.Header.Set("Content-Type", tc.ct)
			s.ServeHTTP(w, req)
			if w.Code != tc.wantCode {
				t.Fatalf("%s\nstatus %d, want %d: %.300s", tc.desc, w.Code, tc.wantCode, w.Body.Bytes())
			}
			if tc.wantCode != http.StatusOK {
				fes := fullErrors(t, w.Body.Bytes())
				if diff := cmp.Diff(tc.wantErrs, typesAndPaths(fes)); diff != "" {
					t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
				}
				if tc.wantDetail != "" && (len(fes) == 0 || fes[0].Detail != tc.wantDetail) {
					t.Errorf("%s\nerrors %v, want the first's detail %q", tc.desc, fes, tc.wantDetail)
				}
				return
			}
			_, ans, _ := postChart(t, s, tc.chart, tc.body)
			var got []int
			for _, e := range ans.Errors {
				got = append(got, e.Line)
				if len(e.Errors) == 0 {
					t.Errorf("%s\nline %d is listed without its errors", tc.desc, e.Line)
				}
			}
			if ans.Households != tc.wantCharted || ans.Failed != tc.wantFailed || !cmp.Equal(got, tc.wantLines) {
				t.Errorf("%s\nhouseholds %d failed %d lines %v, want %d, %d, %v", tc.desc, ans.Households, ans.Failed, got,
					tc.wantCharted, tc.wantFailed, tc.wantLines)
			}
			if ans.Errors[0].Errors[0].Path != "members[0].disability.grade" {
				t.Errorf("%s\nthe first error's path is %q", tc.desc, ans.Errors[0].Errors[0].Path)
			}
		})
	}
}

// TestReformSets checks how -reform builds the reform: a reform set
// replaces the baseline's set of the same start, and a reform that
// cannot be loaded is refused at start; with a reform, the page offers the
// difference chart.
func TestReformSets(t *testing.T) {
	tests := []struct {
		name, desc string
		params     []string
		reforms    []string
		wantErr    bool
	}{
		{name: "replaces-2017", desc: "改革 2017 参数集取代内置集 / the reform's 2017 set replaces the built-in one",
			reforms: []string{reformFile}},
		{name: "with-2018", desc: "基准含 2018 参数集，改革只取代 2017 / a baseline with 2018: the reform replaces 2017 only",
			params: []string{"../../benefit/testdata/set-2018.json"}, reforms: []string{reformFile}},
		{name: "twice", desc: "两个改革集同一起始日 / two reform sets of one start", reforms: []string{reformFile, reformFile},
			wantErr: true},
		{name: "missing", desc: "文件不存在 / no such file", reforms: []string{"testdata/none.json"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := newService(config{builtin: true, params: tc.params, reforms: tc.reforms, timeouts: defaultTimeouts}, io.Discard)
			if (err != nil) != tc.wantErr {
				t.Fatalf("%s\nerror %v, want one %v", tc.desc, err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if got, want := s.reform.Years(), s.assessor.Years(); !cmp.Equal(got, want) {
				t.Errorf("%s\nreform years %v, baseline %v", tc.desc, got, want)
			}
			if !bytes.Contains(s.page, []byte(`id="chart-difference"`)) {
				t.Errorf("%s\nwith a reform the page has no difference button", tc.desc)
			}
		})
	}
}
