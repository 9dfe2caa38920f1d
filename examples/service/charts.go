package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/chart"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// chartsLimit is the largest body POST /charts takes: 16 MiB of JSON
// Lines. A chart is one answer drawn from every record, so the body is
// bounded, unlike /batch's.
const chartsLimit = 16 << 20

// maxChartErrors is how many of the records that failed a chart's answer
// lists, the first in the input; "failed" counts them all.
const maxChartErrors = 10

// chartAnswer is the answer of POST /charts/{name}: the households
// charted, the records that could not be (and the first of them with their
// line and field errors, as /batch writes them), and the SVG document.
type chartAnswer struct {
	Households int         `json:"households"`
	Failed     int         `json:"failed"`
	Errors     []errorLine `json:"errors"`
	SVG        string      `json:"svg"`
}

// serveCharts answers POST /charts/{name}?date=YYYY-MM-DD: household
// records as JSON Lines in, a chart of them as SVG out, inside JSON —
// "outlays", the monthly outlay by programme and by payer
// (chart.Outlays), or "difference", the reform's cost difference by
// township and programme (chart.Difference; only with -reform, else 404).
// Records are read, decoded and assessed one by one into a budget or a
// comparison, the request's context checked before each; a record that
// cannot be decoded or assessed is counted and listed, and the chart is
// drawn from the others. The body is limited to chartsLimit (413 over it).
func (s *service) serveCharts(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	switch {
	case name == "difference" && s.reform == nil:
		writeErrors(w, http.StatusNotFound, &policy.FieldError{Type: policy.ErrorNotFound, Path: "name",
			Value: policy.Quote(name), Detail: "needs a reform: the service was started without -reform"})
		return
	case name != "outlays" && name != "difference":
		writeErrors(w, http.StatusNotFound, &policy.FieldError{Type: policy.ErrorNotFound, Path: "name",
			Value: policy.Quote(name), Detail: "is not a chart: outlays, difference"})
		return
	}
	if _, ok := mediaType(w, r, typeNDJSON, typeJSONL); !ok {
		return
	}
	on, ok := assessDate(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	rc := http.NewResponseController(w)
	in := &records{br: bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, chartsLimit), 64<<10)}
	ans := chartAnswer{Errors: []errorLine{}}
	var budget benefit.Budget
	var cmp benefit.Comparison
	fail := func(line int, err error) {
		if len(ans.Errors) < maxChartErrors {
			ans.Errors = append(ans.Errors, errorLine{Line: line, Errors: policy.ErrorList(err)})
		}
		if name == "difference" {
			cmp.AddError()
		} else {
			budget.AddError()
		}
	}
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return // the client has gone
		}
		rc.SetReadDeadline(time.Now().Add(s.timeouts.read)) // not every writer can: then the server's timeout stands
		line, tooLong, err := in.line()
		if err != nil && err != io.EOF {
			chartReadError(w, err)
			return
		}
		switch {
		case tooLong:
			fail(n, errTooLong)
		case !benefit.BlankLine(line):
			if e := s.chartRecord(name, line, on, &budget, &cmp); e != nil {
				fail(n, e)
			}
		}
		if err == io.EOF {
			break
		}
	}
	// The body's last line may have come long after the server's write
	// deadline was set, each line having extended only the read deadline:
	// the answer gets its own time.
	rc.SetWriteDeadline(time.Now().Add(s.timeouts.write))
	var svg bytes.Buffer
	var err error
	if name == "difference" {
		ans.Households, ans.Failed = cmp.Households, cmp.Failed
		err = chart.Difference(&svg, &cmp)
	} else {
		ans.Households, ans.Failed = budget.Households, budget.Failed
		err = chart.Outlays(&svg, &budget)
	}
	if err != nil {
		s.writeError(w, err)
		return
	}
	ans.SVG = svg.String()
	js, err := json.Marshal(ans)
	if err != nil {
		s.writeError(w, err)
		return
	}
	js = append(js, '\n')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(js)))
	w.Write(js)
}

// chartRecord decodes one record and adds it to the budget ("outlays") or,
// assessed under the baseline and the reform, to the comparison
// ("difference"). It returns the record's error, if any.
func (s *service) chartRecord(name string, line []byte, on household.Date, budget *benefit.Budget,
	cmp *benefit.Comparison) error {
	h, err := household.Unmarshal(line)
	if err != nil {
		return err
	}
	base, err := s.assessor.Assess(h, on)
	if err != nil {
		return err
	}
	if name != "difference" {
		budget.Add(h, base)
		return nil
	}
	reform, err := s.reform.Assess(h, on)
	if err != nil {
		return err
	}
	cmp.Add(h, base, reform)
	return nil
}

// chartReadError answers a body that could not be read: 413 over the
// limit, 408 for a read that timed out, 400 for any other failure.
func chartReadError(w http.ResponseWriter, err error) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeErrors(w, http.StatusRequestEntityTooLarge, policy.Path("(input)").TooLong("",
			"the body is over the limit of "+strconv.FormatInt(tooBig.Limit, 10)+" bytes (16 MiB)"))
		return
	}
	status, fe := readFailure(err)
	writeErrors(w, status, fe)
}
