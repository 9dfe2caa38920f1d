package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/google/go-cmp/cmp"
)

// TestRun runs the example on the built-in village and checks each
// household's findings, worked out by hand from RULES.md 2.1.2, 2.2.4 and
// 2.4.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// V-01: worked example 1, 6366.00 a year is 530.50 a month; 500.00 is paid.
		"每月少发 30.50 元",
		// V-02: 9000.00 above 3622.00 × 2 = 7244.00, rise confirmed stable: exit, still paid, so 应退未退 (2.1.2).
		"应退未退 / still paid after a confirmed exit",
		// V-03: registered poor, I = 2000.00 < 7244.00: 7244.00 − 2000.00 = 5244.00.
		"应发 5244.00 元/年",
		// V-04: the grade-1 member needing care is not recorded for the nursing subsidy.
		"重度残疾人护理补贴符合条件，未登记发放",
		// V-05: the uplift paid as A to a class-B member.
		"每月多发 90.55 元",
		// V-06: fire with no aid yet.
		"救急难 / approach the household",
		// V-07: its one member is under 特困 support, outside the 低保 household (section 0),
		// yet recorded as covered and paid: 错保, never having qualified (2.1.2).
		"错保：不符合低保条件（家庭成员均为特困供养人员，单独供养，不计入低保家庭），现发 301.83 元/月",
		"汇总 / summary: 7 户 households, 0 条无法评估",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "示例") {
		t.Errorf("output shows names from the records:\n%s", out.String())
	}
}

// TestRunJSON checks one JSON line per household.
func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json"}, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 7 {
		t.Fatalf("-json printed %d lines, want 7", len(lines))
	}
	var a audit
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil || a.Household != "V-01" || len(a.Findings) != 1 {
		t.Errorf("first line = %+v, %v; want V-01 with one finding", a, err)
	}
}

// TestRunIn reports a bad record by its line and field, and goes on.
func TestRunIn(t *testing.T) {
	f := filepath.Join(t.TempDir(), "v.jsonl")
	os.WriteFile(f, []byte(`{"id":"X1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":9}}]}
{"id":"X2","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"9000.00"}]}]}
`), 0o600)
	var out bytes.Buffer
	if err := run([]string{"-in", f}, &out); !errors.Is(err, errInvalid) {
		t.Fatalf("run = %v, want errInvalid (exit 1) after the report", err)
	}
	for _, want := range []string{"(line 1): 记录有误 / invalid record: members[0].disability.grade: 9 is not 1–4", "X2: 无发现"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunLongLine: a line longer than a record may be is that record's
// error, with its line number; the records before and after it are
// audited, and the report is written in full.
func TestRunLongLine(t *testing.T) {
	f := filepath.Join(t.TempDir(), "v.jsonl")
	good := `{"id":"X2","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"9000.00"}]}]}`
	long := `{"id":"X3","township":"` + strings.Repeat("镇", 2<<20) + `","members":[]}`
	if err := os.WriteFile(f, []byte(good+"\n"+long+"\n"+strings.Replace(good, "X2", "X4", 1)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-in", f}, &out); !errors.Is(err, errInvalid) {
		t.Fatalf("run = %v, want errInvalid after the report", err)
	}
	for _, want := range []string{"X2: 无发现", "(line 2): 记录有误 / invalid record: (input)", "X4: 无发现",
		"汇总 / summary: 3 户 households, 1 条无法评估"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%.2000s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "镇镇镇") {
		t.Error("the report quotes the long record's text")
	}
}

// TestRunFlags: -h is not a failure, a bad flag, a bad flag value or a
// stray argument is a usage error (exit 2).
func TestRunFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want error
	}{
		{name: "help", args: []string{"-h"}, want: flag.ErrHelp},
		{name: "unknown flag", args: []string{"-bogus"}, want: errUsage},
		{name: "stray argument", args: []string{"village.jsonl"}, want: errUsage},
		{name: "bad date", args: []string{"-date", "2017-13-01"}, want: errUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := run(tc.args, &bytes.Buffer{}); !errors.Is(err, tc.want) {
				t.Errorf("run(%q) = %v, want %v", tc.args, err, tc.want)
			}
		})
	}
}

// TestSummaryUnits: the summary never adds monthly and annual amounts in
// one column: 少发 (monthly, 196.37 元/月 over three findings) stands in the
// monthly column, 应保未保 (5244.00 元 a year) in the annual one, 救急难
// (whose figure is a cost) in neither, and the rows are aligned however
// much Chinese they hold.
func TestSummaryUnits(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	summary := out.String()[strings.Index(out.String(), "汇总 / summary"):]
	rows := map[string]string{}
	for _, l := range strings.Split(summary, "\n")[2:] {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	under, omission := rows["少发"], rows["应保未保"]
	if !strings.HasSuffix(under, " 196.37") || !strings.HasSuffix(omission, " 5244.00") {
		t.Fatalf("summary rows:\n%s", summary)
	}
	// 救急难's figure is the fire's cost, 6000.00, not money due: the row
	// counts the flag and sums nothing.
	if f := strings.Fields(rows["救急难"]); len(f) == 0 || f[len(f)-1] != "1" {
		t.Errorf("救急难 row %q, want its count alone", rows["救急难"])
	}
	// The monthly column ends 16 + 1 columns after the count; the annual
	// one 22 + 1 further: 196.37 must end before 5244.00 does.
	if w, wo := runewidth.StringWidth(under), runewidth.StringWidth(omission); w+23 != wo {
		t.Errorf("少发 row ends at column %d, 应保未保 at %d; want the annual column 23 further:\n%s", w, wo, summary)
	}
	if w1, w2 := runewidth.StringWidth(rows["应退未退"]), runewidth.StringWidth(under); w1 != w2 {
		t.Errorf("monthly rows end at columns %d and %d, want equal:\n%s", w1, w2, summary)
	}
	// Each heading ends in the screen column its figures end in.
	heading := strings.Split(summary, "\n")[1]
	for _, h := range []struct {
		name string
		row  string // a row whose last figure is in the heading's column
	}{{"条 n", ""}, {"元/月 monthly", under}, {"元 annual or one-off", omission}} {
		at := strings.Index(heading, h.name)
		if at < 0 {
			t.Fatalf("the headings lack %q:\n%s", h.name, summary)
		}
		end := runewidth.StringWidth(heading[:at+len(h.name)])
		want := runewidth.StringWidth(h.row)
		if h.row == "" { // the count: the end of "3" in the 少发 row
			want = runewidth.StringWidth(under[:strings.Index(under, " 3 ")+2])
		}
		if end != want {
			t.Errorf("heading %q ends at column %d, its figures at %d:\n%s", h.name, end, want, summary)
		}
	}
}

// TestRunInputs: -params loads a county's own set beside the built-in one
// (benefit/testdata/set-2018.json, S = 3912.00); a date no loaded set covers
// is refused once, before any record, saying how to load a set — not
// reported against every record as if the records were wrong; a record
// written over several lines, as the samples are, is said not to be JSON
// Lines on its first line, and a JSON Lines file gets no such word; a line
// cut short is refused at the offset where it ends, its line end not read
// (as the budget and the service read a line).
func TestRunInputs(t *testing.T) {
	dir := t.TempDir()
	three := filepath.Join(dir, "v.jsonl")
	if err := os.WriteFile(three, []byte(`{"id":"X1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.jsonl")
	if err := os.WriteFile(truncated, []byte(`{"id":"X2","township":"T","members":[{"id":"m1",`+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	set2018 := filepath.Join("..", "..", "benefit", "testdata", "set-2018.json")
	pretty := filepath.Join("..", "..", "samples", "households", "h02-dongliu.json")
	const cut = "starts a record written over several lines"
	tests := []struct {
		name      string
		args      []string
		wantErr   string // the error, whole; errInvalid's when records failed
		wantFirst string // the report's first line after its header
		want      string // in the report
	}{
		{name: "a county's 2018 set", args: []string{"-in", three, "-params", set2018, "-date", "2018-09-01"},
			wantFirst: "X1:", want: "应发 7236.00 元/年"}, // 3912.00 × 3 − 4500.00
		{name: "a year no set covers", args: []string{"-in", three, "-date", "2019-01-01"},
			wantErr: "date: 2019-01-01 is not covered by any parameter set (loaded: 2017) (no parameter set in force) (load a set for that year with -params, or give a -date in a year loaded)"},
		{name: "a line cut short", args: []string{"-in", truncated}, wantErr: errInvalid.Error(),
			wantFirst: `(line 1): 记录有误 / invalid record: (input): offset 48 is not valid JSON: expected '"'`},
		{name: "a pretty-printed record", args: []string{"-in", pretty},
			wantErr:   errInvalid.Error(),
			wantFirst: `(line 1): 记录有误 / invalid record: (input): "{" ` + cut + ": -in reads JSON Lines, one whole record a line (jq -c . writes them so)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tc.args, &out)
			got := ""
			if err != nil {
				got = err.Error()
			}
			_, records, _ := strings.Cut(out.String(), "\n\n") // after the header of date and sets
			first, _, _ := strings.Cut(records, "\n")
			if diff := cmp.Diff([]string{tc.wantErr, tc.wantFirst}, []string{got, first}); diff != "" {
				t.Errorf("run(%q): error and first line (-want +got):\n%s", tc.args, diff)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("run(%q): the report lacks %q:\n%s", tc.args, tc.want, out.String())
			}
			if strings.Contains(out.String(), cut) != strings.Contains(tc.wantFirst, cut) {
				t.Errorf("run(%q): the word on records cut over several lines where it does not belong:\n%s", tc.args, out.String())
			}
		})
	}
}

// TestRunHeader: the report says on what date and under which sets it
// audited, and which months no set covers (section 0); a finding whose line
// rests on a provisional parameter says so (the living subsidy's amounts
// are provisional, 2.2.4; the nursing subsidy's 60 元/月 is the document's).
func TestRunHeader(t *testing.T) {
	f := filepath.Join(t.TempDir(), "v.jsonl")
	os.WriteFile(f, []byte(`{"id":"P1","township":"T","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"353.67"}]},"members":[{"id":"m1","birth_date":"1962-04-01","disability":{"type":"physical","grade":1,"long_term_care":true},"incomes":[{"category":"transfers","amount":"1000.00"}]},{"id":"m2","birth_date":"1964-06-01","incomes":[{"category":"agriculture","amount":"2000.00"}]}]}
`), 0o600)
	expired := filepath.Join(t.TempDir(), "expired.jsonl")
	os.WriteFile(expired, []byte(`{"id":"P2","township":"T","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"353.67"},{"programme":"disability","item":"living","member":"m1","monthly":"66.67"}]},"members":[{"id":"m1","birth_date":"1962-04-01","disability":{"type":"physical","grade":3,"period":{"from":"2017-01","to":"2017-04"}},"incomes":[{"category":"transfers","amount":"1000.00"}]},{"id":"m2","birth_date":"1964-06-01","incomes":[{"category":"agriculture","amount":"2000.00"}]}]}
`), 0o600)
	const living = "应补尽补：困难残疾人生活补贴符合条件"
	const mark = "      ※ 所涉明细行含暂定参数 / the line it speaks of rests on a provisional parameter\n"
	tests := []struct {
		name, desc string
		args       []string
		want       []string
	}{
		{name: "built-in set", desc: "内置 2017 参数集，全年评估 / the built-in 2017 set, the whole year assessed",
			args: []string{"-in", f},
			want: []string{"评估日 / assessed on 2017-09-01\n参数集 / set: 东至县 2017 (东政办〔2017〕43号)（2017-01-01 起 / from 2017-01-01）\n\nP1:"}},
		{name: "set from July", desc: "7 月起的参数集：1–6 月未评估 / a set from July: months 1–6 not assessed",
			args: []string{"-in", f, "-builtin=false", "-params", "../../benefit/testdata/set-2017-07.json"},
			want: []string{"（2017-07-01 起 / from 2017-07-01）\n1–6 月无在用参数集，未评估 / months 1–6: no set in force, not assessed\n"}},
		{name: "expired", desc: "证件 4 月到期而 9 月仍发：错发说的是现发，不以 1–4 月暂定的明细行注明 / a certificate ended in April, paid in September: the finding is on today's payment, not marked by the January–April line",
			args: []string{"-in", expired}, want: []string{"错发"}},
		{name: "provisional", desc: "生活补贴金额为暂定参数：其应补尽补注明；护理补贴不注 / the living subsidy's amounts are provisional: its finding says so; the nursing subsidy's does not",
			args: []string{"-in", f},
			want: []string{living, "每月 60.00 元）\n      应补尽补: qualifies for the nursing subsidy but is not recorded as receiving it; due 720.00 yuan/year (60.00 yuan a month)\n\n汇总"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(tc.args, &out); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("%s: output lacks %q:\n%s", tc.desc, w, out.String())
				}
			}
			if tc.name == "expired" && strings.Contains(out.String(), mark) {
				t.Errorf("%s: a mark where none belongs:\n%s", tc.desc, out.String())
			}
			if tc.name == "provisional" {
				at := strings.Index(out.String(), living)
				if at < 0 || !strings.Contains(out.String()[at:], mark) || strings.Count(out.String(), mark) != 1 {
					t.Errorf("%s: want the one mark after the living subsidy's finding:\n%s", tc.desc, out.String())
				}
			}
		})
	}
}
