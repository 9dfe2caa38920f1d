package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

const reform = "../../benefit/testdata/reform-s3912-a40.json"

// runCmd runs the command with stdin empty and returns its exit status,
// stdout and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

// TestGolden runs the command on the synthetic county, on JSON Lines files
// (one with bad records) and with a reform, in every format, and compares
// stdout and stderr with testdata/NAME.golden and NAME.stderr (go test
// -update rewrites them; read the diff before committing it).
func TestGolden(t *testing.T) {
	tests := []struct {
		name, desc string
		args       []string
		code       int
	}{
		{name: "synthetic-text", desc: "合成县预算 / the synthetic county's budget", args: []string{"-n", "300"}},
		{name: "synthetic-csv", desc: "CSV 格式 / as CSV", args: []string{"-n", "300", "-format", "csv"}},
		{name: "synthetic-json", desc: "JSON 格式，含医疗救助资金缺口 / as JSON, with the medical-aid fund's shortfall",
			args: []string{"-n", "300", "-format", "json", "-medical-fund", "20000"}},
		{name: "midyear-params", desc: "7 月起的参数集 / a set from July",
			args: []string{"-n", "200", "-params", "../../benefit/testdata/set-2017-07.json", "-params", "testdata/base-2017.json"}},
		{name: "months-not-assessed", desc: "2018 年参数集 7 月起：1–6 月未评估 / a 2018 set from July: months 1–6 not assessed",
			args: []string{"-n", "100", "-date", "2018-09-01", "-params", "testdata/set-2018-from-july.json"}},
		{name: "jsonl-text", desc: "JSON Lines 输入，3 条坏记录 / JSON Lines input with 3 bad records",
			args: []string{"-in", "testdata/county.jsonl"}, code: exitFailed},
		{name: "six-compare-text", desc: "六户手算对比 / the six hand-worked households compared",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform}},
		{name: "six-compare-csv", desc: "六户对比 CSV / compared, as CSV",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-format", "csv"}},
		{name: "six-compare-json", desc: "六户对比 JSON / compared, as JSON",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-format", "json"}},
		{name: "county-compare-text", desc: "合成县对比 / the synthetic county compared",
			args: []string{"-n", "300", "-reform", reform}},
		{name: "compare-not-assessed", desc: "基准 2018 年参数集 7 月起、改革 1 月起：基准的 1–6 月未评估 / a baseline 2018 set from July, a reform from January: months 1–6 not assessed on the baseline's side",
			args: []string{"-n", "20", "-date", "2018-09-01", "-params", "testdata/set-2018-from-july.json", "-reform", "../../benefit/testdata/set-2018.json"}},
		{name: "explain-text", desc: "一户的逐行对比 / one household explained line by line",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-explain", "C-02"}},
		{name: "explain-json", desc: "一户的逐行对比 JSON / one household explained, as JSON",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-explain", "C-06", "-format", "json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tc.args...)
			if code != tc.code {
				t.Errorf("%s: exit status %d, want %d; stderr:\n%s", tc.desc, code, tc.code, errs)
			}
			if !strings.HasSuffix(out, "\n") {
				t.Errorf("%s: output does not end with a newline", tc.desc)
			}
			golden(t, tc.name+".golden", out)
			golden(t, tc.name+".stderr", errs)
		})
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if got == "" {
			os.Remove(path)
			return
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s differs (-golden +got):\n%s", path, d)
	}
}

// TestExitStatus: -h is help (0), a bad command line is 2 before any
// record is read, a run that fails or has records that cannot be assessed
// is 1.
func TestExitStatus(t *testing.T) {
	tests := []struct {
		name, desc string
		args       []string
		code       int
		stderr     string // a part of stderr
	}{
		{name: "help", desc: "帮助 / help", args: []string{"-h"}, code: exitOK, stderr: "-workers"},
		{name: "negative-workers", desc: "工作协程为负 / negative workers", args: []string{"-workers", "-3"},
			code: exitUsage, stderr: "-workers -3 is negative"},
		{name: "too-many-workers", desc: "工作协程超过上限 / more workers than the limit", args: []string{"-workers", "1025"},
			code: exitUsage, stderr: "-workers 1025 is more than 1024"},
		{name: "negative-n", desc: "户数为负 / a negative number of households", args: []string{"-n", "-1"},
			code: exitUsage, stderr: "-n -1 is negative"},
		{name: "bad-format", desc: "未知格式 / an unknown format", args: []string{"-format", "xml"},
			code: exitUsage, stderr: `-format "xml" is not text, csv or json`},
		{name: "unknown-flag", desc: "未知参数 / an unknown flag", args: []string{"-frobnicate"},
			code: exitUsage, stderr: "flag provided but not defined"},
		{name: "bad-date", desc: "日期格式错误 / a malformed date", args: []string{"-date", "2017-13-01"},
			code: exitUsage, stderr: "2017-13-01"},
		{name: "explain-alone", desc: "-explain 需要 -reform / -explain needs -reform", args: []string{"-explain", "C-01"},
			code: exitUsage, stderr: "-explain needs -reform"},
		{name: "bad-fund", desc: "资金不是金额 / a fund that is not an amount", args: []string{"-medical-fund", "12.345"},
			code: exitUsage, stderr: "-medical-fund: 12.345 has more than two decimal places"},
		{name: "negative-fund", desc: "资金为负：拒绝 / a negative fund is refused", args: []string{"-medical-fund", "-5"},
			code: exitUsage, stderr: "-medical-fund: -5 is negative"},
		{name: "fund-not-a-number", desc: "资金不是数 / a fund that is not a number", args: []string{"-medical-fund", "lots"},
			code: exitUsage, stderr: `-medical-fund "lots" is not an amount in yuan`},
		{name: "fund-with-reform", desc: "对比不显示资金缺口：不默默忽略 -medical-fund / a comparison shows no shortfall: -medical-fund is refused, not ignored",
			args: []string{"-reform", "testdata/set-2018-from-july.json", "-medical-fund", "1000"},
			code: exitUsage, stderr: "-medical-fund is for a budget"},
		{name: "no-input", desc: "输入文件不存在 / no such input file", args: []string{"-in", "testdata/none.jsonl"},
			code: exitFailed, stderr: "none.jsonl"},
		{name: "bad-params", desc: "参数集低于底线 / a parameter set below a floor",
			args: []string{"-params", "testdata/below-floor.json"}, code: exitFailed, stderr: "tekun.dispersed"},
		{name: "date-not-covered", desc: "日期无参数集 / a date no set covers", args: []string{"-date", "2018-03-01"},
			code: exitFailed, stderr: "is not covered by any parameter set (loaded: 2017) (no parameter set in force) (load a set for that year with -params, or give a -date in a year loaded)"},
		{name: "date-before-set", desc: "日期早于所载参数集的起始日 / a date before the loaded set starts",
			args: []string{"-params", "../../benefit/testdata/set-2017-07.json", "-date", "2017-03-01"},
			code: exitFailed, stderr: "(the 2017 set loaded starts later: give a -date on or after its start)"},
		{name: "reform-other-year", desc: "改革参数集属另一年：拒绝，不默默显示毫无变化 / a reform set of another year than the date's: refused, not shown silently changing nothing",
			args: []string{"-reform", "testdata/set-2018-from-july.json"}, code: exitFailed,
			stderr: "reform set testdata/set-2018-from-july.json is for 2018 and the assessment date 2017-09-01 is in 2017: it would change nothing"},
		{name: "unknown-household", desc: "找不到要解释的户 / no household to explain",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-explain", "C-99"}, code: exitFailed, stderr: "C-99"},
		{name: "explain-unreadable", desc: "要解释的户读不出：报其行号和错误，不说找不到 / the household to explain cannot be read: its line and error, not \"no household\"",
			args: []string{"-in", "testdata/county.jsonl", "-reform", reform, "-explain", "BAD-1"}, code: exitFailed,
			stderr: `no household with id "BAD-1" could be read; line 11, which holds "BAD-1", could not be read: members[0].disability.grade: 7 is not 1–4`},
		{name: "explain-unassessable", desc: "要解释的户无法评估：报其行号 / the household to explain cannot be assessed: its line named",
			args: []string{"-in", "testdata/county.jsonl", "-reform", reform, "-explain", "BAD-3"}, code: exitFailed,
			stderr: "budget: line 34: members[0].birth_date: 2018-03-01 is after the assessment date 2017-09-01"},
		{name: "explain-duplicate", desc: "要解释的户号在两行出现：报两行，不默默解释第一户 / the id to explain is on two lines: both named, not the first explained silently",
			args: []string{"-in", "testdata/duplicate-id.jsonl", "-reform", reform, "-explain", "D-01"}, code: exitFailed,
			stderr: `household id "D-01" is on line 1 and again on line 3: -explain needs one household`},
		{name: "explain-csv", desc: "-explain 不写 csv：拒绝，不默默改写文本 / -explain writes no csv: refused, not text written silently",
			args: []string{"-in", "testdata/six.jsonl", "-reform", reform, "-explain", "C-01", "-format", "csv"}, code: exitUsage,
			stderr: "-explain writes one household's change as text or json, not csv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append([]string{"-n", "10"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("%s: exit status %d, want %d", tc.desc, code, tc.code)
			}
			if !strings.Contains(errs, tc.stderr) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.desc, tc.stderr, errs)
			}
			if tc.code != exitOK && out != "" {
				t.Errorf("%s: a report was written:\n%s", tc.desc, out)
			}
		})
	}
}

// TestBadRecordsReported: each bad record of a JSON Lines file is reported
// with its line number and field path, and the rest are assessed.
func TestBadRecordsReported(t *testing.T) {
	code, out, errs := runCmd(t, "-in", "testdata/county.jsonl")
	want := []string{
		"budget: line 11: members[0].disability.grade: 7 is not 1–4",
		"budget: line 23: (input): offset 83 is not valid JSON: expected ',' or '}'",
		"budget: line 34: members[0].birth_date: 2018-03-01 is after the assessment date 2017-09-01",
		"budget: 3 of 43 条 records could not be assessed (reported above)",
	}
	if d := cmp.Diff(want, strings.Split(strings.TrimSpace(errs), "\n")); d != "" || code != exitFailed {
		t.Errorf("exit status %d; stderr (-want +got):\n%s", code, d)
	}
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "户 households 40 人 persons") {
		t.Errorf("the 40 good records are not in the report:\n%s", out)
	}
}

// TestReportNotes: what the report says besides its amounts. A parameter
// check that fails — here a county set whose poverty line P = 4000.00 is
// above its S = 3912.00 (2.1.1, short 88.00) — is said once for each side,
// in a table of its own keyed by side and check, with the clauses it holds
// to, since it holds on every household's breakdown alike. A reform whose
// 全自理 care amount is 0.00 fails the care share (2.2.1: 10% × 4800.00 =
// 480.00, short 480.00) on the reform's side alone. The built-in set fails
// none and has no such table. A record written over several lines, as the samples are, is said
// not to be JSON Lines on its first line.
func TestReportNotes(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set-2018-p4000.json")
	if err := os.WriteFile(set, []byte(`{"year": 2018, "base": 2017, "name": "示例县 2018",
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (invented)"},
		              "poverty_line": {"value": "4000.00", "provenance": "local", "source": "county 2018 (invented)"}},
		"tekun": {"dispersed": {"value": "3912.00", "provenance": "derived", "source": "not below S (2.2.1)"}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	care := filepath.Join(t.TempDir(), "set-2018-care.json")
	if err := os.WriteFile(care, []byte(`{"year": 2018, "base": 2017, "name": "示例县 2018，全自理无护理补贴",
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (invented)"},
		              "poverty_line": {"value": "4000.00", "provenance": "local", "source": "county 2018 (invented)"}},
		"tekun": {"dispersed": {"value": "3912.00", "provenance": "derived", "source": "not below S (2.2.1)"},
		          "care": {"full": {"value": "0.00", "provenance": "local", "source": "county 2018 (invented)"},
		                   "partial": {"value": "600.00", "provenance": "local", "source": "county 2018 (invented)"},
		                   "none": {"value": "1200.00", "provenance": "local", "source": "county 2018 (invented)"}}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	whyCare := "护理补贴（全自理）0.00 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 480.00 元（暂定） / " +
		"care subsidy (full self-care) 0.00 yuan/year is below 10% × the higher basic standard 4800.00 = 480.00 by 480.00 yuan (provisional)"
	why := "低保标准 3912.00 元/年·人 低于扶贫标准 4000.00，差 88.00 元 / standard 3912.00 yuan/year per person is below the poverty line 4000.00 by 88.00 yuan"
	twoLines := func(side string) []string { // the CSV rows of the two-lines check (2.1.1) failing by 88.00 on one side
		key := "failed-checks," + side + "/lowincome.two_lines,"
		return []string{key + "shortfall,88.00", key + "clauses,2.1.1", key + "why," + why}
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // the lines of stdout that hold "failed-checks" or "参数核查"
		stderr string   // the first line of stderr
	}{
		{name: "a failing check, in text", args: []string{"-params", set, "-date", "2018-09-01", "-n", "50"},
			stdout: []string{"参数核查未通过：县里的发现，不是错误 / parameter checks that fail: findings for the county, not errors"}},
		{name: "the same set as baseline and reform, in CSV", args: []string{"-params", set, "-reform", set, "-date", "2018-09-01", "-n", "50", "-format", "csv"},
			stdout: slices.Concat(twoLines("baseline"), twoLines("reform"))},
		{name: "a care level at 0, against the reform only", args: []string{"-params", set, "-reform", care, "-date", "2018-09-01", "-n", "50", "-format", "csv"},
			stdout: slices.Concat(twoLines("baseline"), twoLines("reform"), []string{
				"failed-checks,reform/tekun.care.full,shortfall,480.00",
				"failed-checks,reform/tekun.care.full,clauses,2.2.1",
				"failed-checks,reform/tekun.care.full,why," + whyCare,
			})},
		{name: "the built-in set fails none", args: []string{"-n", "50"}},
		{name: "a pretty-printed record", args: []string{"-in", filepath.Join("..", "..", "samples", "households", "h02-dongliu.json")},
			code:   exitFailed,
			stderr: `budget: line 1: (input): "{" starts a record written over several lines: -in reads JSON Lines, one whole record a line (jq -c . writes them so)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tc.args...)
			var lines []string
			for _, l := range strings.Split(out, "\n") {
				if strings.Contains(l, "failed-checks") || strings.Contains(l, "参数核查") {
					lines = append(lines, l)
				}
			}
			first, _, _ := strings.Cut(errs, "\n")
			if diff := cmp.Diff(tc.stdout, lines); diff != "" || code != tc.code || first != tc.stderr {
				t.Errorf("run(%q): exit status %d, want %d; stderr starts %q, want %q; stdout (-want +got):\n%s",
					tc.args, code, tc.code, first, tc.stderr, diff)
			}
		})
	}
}

// TestReformFromJuly: a reform set from July is put into the baseline's
// sets (benefit.Assessor.With), so January–June stay under the built-in
// 2017 set: a reform that raises S from July (3622.00 → 3912.00) makes no
// household lose, and gives the same comparison as naming the baseline's
// set beside it. (Alone, the July set would leave January–June
// unassessed, and every household would seem to lose them.)
func TestReformFromJuly(t *testing.T) {
	july := filepath.Join("..", "..", "benefit", "testdata", "set-2017-07.json")
	figures := func(args ...string) []string {
		code, out, errs := runCmd(t, append([]string{"-n", "300", "-format", "csv"}, args...)...)
		if code != 0 {
			t.Fatalf("run(%q): exit status %d: %s", args, code, errs)
		}
		var lines []string
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "summary,losers,") || strings.HasPrefix(l, "summary,lost,") || strings.HasPrefix(l, "all,all,difference,") {
				lines = append(lines, l)
			}
		}
		return lines
	}
	got := figures("-reform", july)
	if len(got) != 3 || got[0] != "summary,losers,value,0" || got[1] != "summary,lost,value,0.00" || got[2] == "all,all,difference,0.00" {
		t.Errorf("a reform raising S from July: %q, want no loser, nothing lost, a difference", got)
	}
	if both := figures("-reform", filepath.Join("testdata", "base-2017.json"), "-reform", july); !slices.Equal(got, both) {
		t.Errorf("the July set alone gives %q, with the baseline's set named beside it %q", got, both)
	}
}
