package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

func county(n int) *synthetic.Generator {
	return synthetic.New(synthetic.Config{Seed: 2017, Households: n, Date: on})
}

func records(g *synthetic.Generator, bad map[int]bool) iter.Seq[*household.Household] {
	return func(yield func(*household.Household) bool) {
		for i := range g.Len() {
			h := g.Household(i)
			if bad[i] {
				h = nil
			}
			if !yield(h) {
				return
			}
		}
	}
}

// TestBatchOrder checks that a batch yields every record's outcome in
// input order, equal to assessing the records one by one, with an error
// in one record reported at its position without stopping the rest: 1000
// records with SAFETYNET_LONG, 300 otherwise (60 under -race). With Reuse
// each breakdown is read in the loop body; without, each is the caller's
// to keep, and still equal to its record's when the batch is done. Each
// record is assessed one by one once, and its breakdown's JSON is what
// every batch's is compared with.
func TestBatchOrder(t *testing.T) {
	a := assessor(t)
	g := county(testrun.Scaled(300, 5))
	if testrun.Long() {
		g = county(1000)
	}
	bad := map[int]bool{7: true, g.Len() - 10: true}
	wants := make([]string, g.Len())
	for i := range wants {
		if bad[i] {
			continue
		}
		want, err := a.Assess(g.Household(i), on)
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		wants[i] = string(want.AppendJSON(nil))
	}
	for _, opt := range []benefit.BatchOptions{{}, {Workers: 1}, {Workers: 4, Window: 4}, {Workers: 3, Window: 1},
		{Workers: 1, Reuse: true}, {Workers: 3, Window: 2, Reuse: true}} {
		t.Run(fmt.Sprintf("workers=%d,window=%d,reuse=%v", opt.Workers, opt.Window, opt.Reuse), func(t *testing.T) {
			outcomes, err := a.Batch(records(g, bad), on, opt)
			if err != nil {
				t.Fatalf("Batch(%+v): %v", opt, err)
			}
			i := 0
			kept := map[int]*benefit.Breakdown{}
			for o := range outcomes {
				if o.Index != i {
					t.Fatalf("outcome %d has index %d", i, o.Index)
				}
				if bad[i] {
					if !errors.Is(o.Err, policy.ErrInvalid) {
						t.Errorf("record %d: error %v, want ErrInvalid", i, o.Err)
					}
				} else if o.Err != nil {
					t.Errorf("record %d: %v", i, o.Err)
				} else if diff := cmp.Diff(wants[i], string(o.Breakdown.AppendJSON(nil))); diff != "" {
					t.Fatalf("record %d (-one by one +batch):\n%s", i, diff)
				} else if !opt.Reuse {
					kept[i] = o.Breakdown
				}
				i++
			}
			if i != g.Len() {
				t.Errorf("batch yielded %d outcomes, want %d", i, g.Len())
			}
			for i, b := range kept {
				if diff := cmp.Diff(wants[i], string(b.AppendJSON(nil))); diff != "" {
					t.Fatalf("record %d kept after the batch (-one by one +batch):\n%s", i, diff)
				}
			}
		})
	}
}

// TestBatchStop checks that stopping early stops reading the input, with
// work handed out several records at a time (a window of 8 for 2 workers)
// or one at a time (a window of 2).
func TestBatchStop(t *testing.T) {
	a := assessor(t)
	g := county(100000)
	for _, opt := range []benefit.BatchOptions{{Workers: 2, Window: 8}, {Workers: 2, Window: 2}} {
		t.Run(fmt.Sprintf("workers=%d,window=%d", opt.Workers, opt.Window), func(t *testing.T) {
			read := 0
			in := func(yield func(*household.Household) bool) {
				for i := range g.Len() {
					read++
					if !yield(g.Household(i)) {
						return
					}
				}
			}
			outcomes, err := a.Batch(in, on, opt)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for range outcomes {
				if n++; n == 10 {
					break
				}
			}
			if read > 10+opt.Window+32 {
				t.Errorf("read %d records after stopping at 10 with a window of %d", read, opt.Window)
			}
		})
	}
}

// outLine is an output line of BatchJSONL as the tables state it: a
// breakdown by its household and 低保 total, or an error line by its input
// line number and its field errors.
type outLine struct {
	Household string
	LowIncome string
	Line      int
	Errors    []fieldErr
}

// readOutLine reads one output line of BatchJSONL. An error line must have
// exactly the keys "line" and "errors", and each error exactly "type",
// "path", "detail" and, when there is one, "value".
func readOutLine(t *testing.T, js []byte) outLine {
	t.Helper()
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(js, &keys); err != nil {
		t.Fatalf("output line is not a JSON object: %v: %.200s", err, js)
	}
	if _, ok := keys["line"]; ok {
		var e struct {
			Line   int                  `json:"line"`
			Errors []*policy.FieldError `json:"errors"`
		}
		dec := json.NewDecoder(bytes.NewReader(js))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil || len(keys) != 2 {
			t.Fatalf("error line is not {\"line\": n, \"errors\": [...]}: %v: %.200s", err, js)
		}
		for _, fe := range e.Errors {
			if fe.Type == "" || fe.Detail == "" {
				t.Errorf("line %d: field error %+v has no type or no detail", e.Line, fe)
			}
		}
		return outLine{Line: e.Line, Errors: typedPaths(e.Errors)}
	}
	var b struct {
		Household string `json:"household"`
		Totals    struct {
			ByProgramme []struct {
				Key    string `json:"key"`
				Annual string `json:"annual"`
			} `json:"by_programme"`
		} `json:"totals"`
	}
	if err := json.Unmarshal(js, &b); err != nil {
		t.Fatalf("output line is not a breakdown: %v: %.200s", err, js)
	}
	o := outLine{Household: b.Household}
	for _, x := range b.Totals.ByProgramme {
		if x.Key == string(policy.LowIncome) {
			o.LowIncome = x.Annual
		}
	}
	return o
}

// manyBadIncomes is a JSON line of one household whose members members
// each have perMember incomes of amount.
func manyBadIncomes(members, perMember int, amount string) string {
	ms := make([]string, members)
	for i := range ms {
		ms[i] = fmt.Sprintf(`{"id":"m%d","birth_date":"1960-01-01","incomes":[%s]}`, i,
			strings.TrimSuffix(strings.Repeat(`{"category":"wages","amount":"`+amount+`"},`, perMember), ","))
	}
	return `{"id":"X1","township":"T","members":[` + strings.Join(ms, ",") + `]}`
}

// cappedIncomeErrors are the field errors of manyBadIncomes(members, n, …)
// with n > household.MaxIncomes and every amount refused: for each member
// its first MaxIncomes amounts and then its incomes over the limit, the
// first household.MaxErrors of those, then one that counts the rest.
func cappedIncomeErrors(members int) []fieldErr {
	var out []fieldErr
	for i := range members {
		for j := range household.MaxIncomes {
			out = append(out, fieldErr{policy.ErrorInvalid, fmt.Sprintf("members[%d].incomes[%d].amount", i, j)})
		}
		out = append(out, fieldErr{policy.ErrorTooMany, fmt.Sprintf("members[%d].incomes", i)})
	}
	if len(out) > household.MaxErrors {
		out = append(out[:household.MaxErrors], fieldErr{policy.ErrorTooMany, "(input)"})
	}
	return out
}

// TestBatchJSONL is the table of JSON Lines batches: one output line per
// record, in order; a record refused is a line {"line": n, "errors": [...]}
// with its field errors as data.
func TestBatchJSONL(t *testing.T) {
	good := `{"id":"J1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`
	j1 := outLine{Household: "J1", LowIncome: "6366.00"}
	tests := []struct {
		name       string
		desc       string
		in         string
		want       []outLine
		wantErrors int
	}{
		{name: "one", desc: "一条记录：实例1 / one record: worked example 1", in: good + "\n",
			want: []outLine{j1}},
		{name: "blank-lines", desc: "空行跳过 / blank lines are skipped", in: "\n" + good + "\n\n" + good,
			want: []outLine{j1, j1}},
		{name: "json-space-lines", desc: "只含 JSON 空白（空格、制表符、CRLF）的行跳过 / lines of JSON white space only (spaces, tabs, CRLF) are skipped",
			in: " \t \r\n" + good + "\r\n\r\n" + good, want: []outLine{j1, j1}},
		{name: "other-space-lines", desc: "其他空白（不换行空格、全角空格、垂直制表符）的行不跳过，以行号报错 / lines of other spaces (no-break, ideographic, vertical tab) are not skipped: each an error by its line",
			in: good + "\n\u00a0\n\u3000\n\v\f\n" + good,
			want: []outLine{j1, {Line: 2, Errors: []fieldErr{{policy.ErrorInvalid, "(input)"}}},
				{Line: 3, Errors: []fieldErr{{policy.ErrorInvalid, "(input)"}}},
				{Line: 4, Errors: []fieldErr{{policy.ErrorInvalid, "(input)"}}}, j1}, wantErrors: 3},
		{name: "bad-record", desc: "坏记录以行号报错，不影响其余 / a bad record is reported by line, the rest go on",
			in:   good + "\n" + `{"id":"J2","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":9}}]}` + "\n" + good,
			want: []outLine{j1, {Line: 2, Errors: []fieldErr{{policy.ErrorInvalid, "members[0].disability.grade"}}}, j1}, wantErrors: 1},
		{name: "not-json", desc: "非 JSON / not JSON", in: "{\n" + good,
			want: []outLine{{Line: 1, Errors: []fieldErr{{policy.ErrorInvalid, "(input)"}}}, j1}, wantErrors: 1},
		{name: "too-long", desc: "超长行 / a line over the limit", in: `{"id":"` + strings.Repeat("x", 5<<20) + `"}` + "\n" + good,
			want: []outLine{{Line: 1, Errors: []fieldErr{{policy.ErrorTooLong, "(input)"}}}, j1}, wantErrors: 1},
		{name: "exactly-4-MiB", desc: "正好 4 MiB 的一行（记录后补空格）照读 / a line of exactly 4 MiB (the record padded with spaces) is read",
			in: good + strings.Repeat(" ", 4<<20-len(good)) + "\n" + good, want: []outLine{j1, j1}},
		{name: "4-MiB-and-one-byte", desc: "4 MiB 多一个字节的一行：超长 / a line of 4 MiB and one byte: over the limit",
			in:   good + strings.Repeat(" ", 4<<20-len(good)+1) + "\n" + good,
			want: []outLine{{Line: 1, Errors: []fieldErr{{policy.ErrorTooLong, "(input)"}}}, j1}, wantErrors: 1},
		{name: "duplicate-key", desc: "键重复的记录被拒绝，不合并 / a record with a key given twice is refused, not merged",
			in:   strings.Replace(good, `"township":"T"`, `"township":"T","township":"U"`, 1) + "\n" + good,
			want: []outLine{{Line: 1, Errors: []fieldErr{{policy.ErrorDuplicate, "township"}}}, j1}, wantErrors: 1},
		{name: "refused-by-assess", desc: "评估时拒绝（入院日期不在评估年度）：以行号报错 / refused by Assess (an admission outside the year): reported by line",
			in:   strings.Replace(good, `"birth_date":"1960-01-01"}`, `"birth_date":"1960-01-01","claims":[{"id":"c1","admission":"2016-12-31","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"}]}`, 1),
			want: []outLine{{Line: 1, Errors: []fieldErr{{policy.ErrorInvalid, "members[1].claims[0].admission"}}}}, wantErrors: 1},
		{name: "capped-errors", desc: "4万条错误收入：只列前100条错误并计数其余 / 40,000 bad incomes: the first 100 errors and a count of the rest",
			in:   manyBadIncomes(50, 800, "1e9999") + "\n" + good,
			want: []outLine{{Line: 1, Errors: cappedIncomeErrors(50)}, j1}, wantErrors: 1},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := a.BatchJSONL(strings.NewReader(tc.in), &out, on, benefit.BatchOptions{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			var got []outLine
			for l := range strings.Lines(out.String()) {
				got = append(got, readOutLine(t, []byte(l)))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\noutput lines (-want +got):\n%s", tc.desc, diff)
			}
			if want := (benefit.BatchStats{Records: len(tc.want), Errors: tc.wantErrors}); st != want {
				t.Errorf("%s\nstats %+v, want %+v", tc.desc, st, want)
			}
		})
	}
}

// failReader fails the test that reads it.
type failReader struct{ t *testing.T }

func (r failReader) Read([]byte) (int, error) {
	r.t.Error("the input was read")
	return 0, io.EOF
}

// TestBatchOptions is the table of batch options: out of range they are
// errors as data (BatchOptions.Validate), from Batch and BatchJSONL alike,
// before any record is read — a window of 2^40 is an error, not an
// out-of-memory; in range they run.
func TestBatchOptions(t *testing.T) {
	tests := []struct {
		name    string
		desc    string
		opt     benefit.BatchOptions
		wantErr []fieldErr
	}{
		{name: "zero", desc: "零值：每个核心，每个协程64条 / the zero value: every core, 64 records a worker"},
		{name: "one-by-one", desc: "一个协程，窗口1 / one worker, a window of 1", opt: benefit.BatchOptions{Workers: 1, Window: 1}},
		{name: "at-the-limits", desc: "协程与窗口恰为上限 / workers and window at their limits",
			opt: benefit.BatchOptions{Workers: benefit.MaxWorkers, Window: benefit.MaxWindow}},
		{name: "most-workers", desc: "协程为上限、窗口默认 / the most workers, the window by default",
			opt: benefit.BatchOptions{Workers: benefit.MaxWorkers}},
		{name: "huge-window", desc: "窗口 2^40：报错而非耗尽内存 / a window of 2^40 is an error, not an out-of-memory",
			opt: benefit.BatchOptions{Window: 1 << 40}, wantErr: []fieldErr{{policy.ErrorInvalid, "window"}}},
		{name: "window-over", desc: "窗口超过上限1 / a window one over the limit",
			opt: benefit.BatchOptions{Window: benefit.MaxWindow + 1}, wantErr: []fieldErr{{policy.ErrorInvalid, "window"}}},
		{name: "negative-window", desc: "窗口为负 / a negative window",
			opt: benefit.BatchOptions{Window: -1}, wantErr: []fieldErr{{policy.ErrorInvalid, "window"}}},
		{name: "workers-over", desc: "协程超过上限1 / one worker over the limit",
			opt: benefit.BatchOptions{Workers: benefit.MaxWorkers + 1}, wantErr: []fieldErr{{policy.ErrorInvalid, "workers"}}},
		{name: "negative-workers", desc: "协程为负 / negative workers",
			opt: benefit.BatchOptions{Workers: -1}, wantErr: []fieldErr{{policy.ErrorInvalid, "workers"}}},
		{name: "both", desc: "两项都错：各报一条 / both wrong: one error each",
			opt:     benefit.BatchOptions{Workers: -1 << 40, Window: 1 << 40},
			wantErr: []fieldErr{{policy.ErrorInvalid, "workers"}, {policy.ErrorInvalid, "window"}}},
	}
	a := assessor(t)
	g := county(100)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.opt.Validate()
			if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nValidate errors (-want +got):\n%s", tc.desc, diff)
			}
			if err != nil && !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s\nValidate error %v does not wrap ErrInvalid", tc.desc, err)
			}
			outcomes, err := a.Batch(records(g, nil), on, tc.opt)
			if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nBatch errors (-want +got):\n%s", tc.desc, diff)
			}
			var out bytes.Buffer
			if tc.wantErr != nil {
				if outcomes != nil {
					t.Errorf("%s\nBatch returned a sequence with its error", tc.desc)
				}
				st, err := a.BatchJSONL(failReader{t}, &out, on, tc.opt)
				if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
					t.Errorf("%s\nBatchJSONL errors (-want +got):\n%s", tc.desc, diff)
				}
				if st != (benefit.BatchStats{}) || out.Len() > 0 {
					t.Errorf("%s\nBatchJSONL wrote %d bytes, stats %+v, with its error", tc.desc, out.Len(), st)
				}
				return
			}
			n := 0
			for o := range outcomes {
				if o.Index != n || o.Err != nil {
					t.Fatalf("%s\noutcome %d: index %d, error %v", tc.desc, n, o.Index, o.Err)
				}
				n++
			}
			if n != g.Len() {
				t.Errorf("%s\n%d outcomes, want %d", tc.desc, n, g.Len())
			}
			good := `{"id":"J1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}` + "\n"
			st, err := a.BatchJSONL(strings.NewReader(strings.Repeat(good, 10)), &out, on, tc.opt)
			if err != nil || st != (benefit.BatchStats{Records: 10}) {
				t.Errorf("%s\nBatchJSONL: stats %+v, error %v", tc.desc, st, err)
			}
		})
	}
}

// BenchmarkBatch is the batch over 100,000 synthetic households, with the
// budget, on every core.
func BenchmarkBatch(b *testing.B) {
	a := assessor(b)
	g := county(100000)
	b.ReportAllocs()
	for b.Loop() {
		var bu benefit.Budget
		outcomes, err := a.Batch(records(g, nil), on, benefit.BatchOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for o := range outcomes {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
			bu.Add(o.Household, o.Breakdown)
		}
	}
}

// TestRunsRefuseDate: a run over many households refuses, once and up
// front, a date no loaded set covers (section 0), as Assess refuses it for
// one household, rather than failing every record alike; so does a run
// under the zero Assessor, which has no set at all.
func TestRunsRefuseDate(t *testing.T) {
	a := assessor(t)
	hs := records(county(3), nil)
	budget := func(a *benefit.Assessor, on household.Date) error {
		_, err := benefit.BudgetRecords(a, benefit.Records[*household.Household]{Seq: hs,
			Read: func(h *household.Household) (*household.Household, error) { return h, nil }}, on, benefit.BatchOptions{})
		return err
	}
	tests := []struct {
		name, desc string
		clause     policy.Clause
		run        string // "batch", "JSON lines", "budget" or "comparison"
		// assessor is the Assessor, a comparison's baseline: "2017" the
		// built-in set, "zero" the zero Assessor; reform is a comparison's
		// reform, alike.
		assessor, reform string
		on               household.Date
		paths            []string // the paths its field errors name
	}{
		{name: "batch", clause: policy.ClauseConventions, desc: "批量评估 2019 年 / a batch for 2019",
			run: "batch", assessor: "2017", on: household.NewDate(2019, 9, 1), paths: []string{"date"}},
		{name: "JSON lines", clause: policy.ClauseConventions, desc: "JSON Lines 批量 2019 年 / JSON Lines for 2019",
			run: "JSON lines", assessor: "2017", on: household.NewDate(2019, 9, 1), paths: []string{"date"}},
		{name: "budget", clause: policy.ClauseConventions, desc: "预算 2019 年 / a budget for 2019",
			run: "budget", assessor: "2017", on: household.NewDate(2019, 9, 1), paths: []string{"date"}},
		{name: "comparison", clause: policy.ClauseConventions,
			desc: "对比 2019 年：基准与改革各报一次，路径指明是哪一个 / a comparison for 2019: once for the baseline, once for the reform, each path saying which",
			run:  "comparison", assessor: "2017", reform: "2017", on: household.NewDate(2019, 9, 1), paths: []string{"baseline.date", "reform.date"}},
		{name: "zero assessor", clause: policy.ClauseConventions, desc: "零值评估器的预算 / a budget under the zero Assessor",
			run: "budget", assessor: "zero", on: on},
		{name: "zero reform", clause: policy.ClauseConventions, desc: "改革为零值评估器的对比 / a comparison with the zero Assessor as reform",
			run: "comparison", assessor: "2017", reform: "zero", on: on},
	}
	assessorNamed := func(n string) *benefit.Assessor {
		if n == "zero" {
			return new(benefit.Assessor)
		}
		return a
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := assessorNamed(tc.assessor)
			var err error
			switch tc.run {
			case "batch":
				_, err = x.Batch(hs, tc.on, benefit.BatchOptions{})
			case "JSON lines":
				_, err = x.BatchJSONL(strings.NewReader("{}\n"), io.Discard, tc.on, benefit.BatchOptions{})
			case "budget":
				err = budget(x, tc.on)
			case "comparison":
				_, err = benefit.Compare(x, assessorNamed(tc.reform), hs, tc.on, benefit.BatchOptions{})
			default:
				t.Fatalf("no run %q", tc.run)
			}
			if !errors.Is(err, policy.ErrNoParams) {
				t.Fatalf("%s [%s]\n错误 / error %v, want one wrapping policy.ErrNoParams", tc.desc, tc.clause, err)
			}
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			if diff := cmp.Diff(tc.paths, paths); diff != "" {
				t.Errorf("%s [%s]\n错误 / error %v: 路径 / paths (-want +got):\n%s", tc.desc, tc.clause, err, diff)
			}
		})
	}
}
