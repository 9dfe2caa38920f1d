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

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

// TestRun runs the example as a newcomer would, on the built-in sample
// h01-yaodu, and checks that it shows the amounts RULES.md's worked
// examples give: 3 (8488.00 + 1500.00), 2 (A 1086.60, B 724.40), 6 (800.00
// + 720.00), 7 (5600.00) and 8 (3018.33, 一事一议).
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"补差：3622.00 × 4 人 − 6000.00 = 8488.00 元/年",
		"困境儿童全额享受：6000.00 ÷ 4 人 = 1500.00 元/年",
		"class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
		"重度残疾人护理补贴（二级）：60.00 元/月 × 12 = 720.00 元/年",
		"(8000.00 − 起付线 0.00) × 70% = 5600.00 元",
		"按上限发放临时救助金 3018.33 元",
		"住建部门 / housing and construction",
		"总计 / all",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunSamples runs the example on every sample.
func TestRunSamples(t *testing.T) {
	for _, name := range samples.Names() {
		var out bytes.Buffer
		if err := run([]string{"-sample", name}, &out); err != nil {
			t.Errorf("-sample %s: %v", name, err)
		}
	}
	var out bytes.Buffer
	if err := run([]string{"-list"}, &out); err != nil || !strings.Contains(out.String(), "h06-wanderer") {
		t.Errorf("-list: %v\n%s", err, out.String())
	}
	if err := run([]string{"-sample", "nope"}, &out); err == nil || !strings.Contains(err.Error(), "h01-yaodu") {
		t.Errorf("-sample nope: error %v, want one listing the samples", err)
	}
}

// TestRunJSON checks that -json prints the breakdown as JSON that reads
// back, money as two-place strings.
func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json"}, &out); err != nil {
		t.Fatal(err)
	}
	var b benefit.Breakdown
	if err := json.Unmarshal(out.Bytes(), &b); err != nil {
		t.Fatalf("-json printed invalid JSON: %v\n%s", err, out.String())
	}
	if b.Household != "H-SAMPLE-01" || b.Lines[0].Annual().StringFixed(2) != "8488.00" || !strings.Contains(out.String(), `"annual": "8488.00"`) {
		t.Errorf("-json: household %q, first line %s", b.Household, b.Lines[0].Annual())
	}
}

// TestRunIn assesses a record from a file, and reports a bad record by its
// field path.
func TestRunIn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(good, []byte(`{"id":"H-FILE","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`), 0o600)
	os.WriteFile(bad, []byte(`{"id":"H-FILE","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7}}]}`), 0o600)
	var out bytes.Buffer
	if err := run([]string{"-in", good}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "3622.00 × 3 人 − 4500.00 = 6366.00") {
		t.Errorf("-in good.json: want the worked example 1 amount 6366.00:\n%s", out.String())
	}
	err := run([]string{"-in", bad}, &out)
	if err == nil || !strings.Contains(err.Error(), "members[0].disability.grade: 7 is not 1–4") {
		t.Errorf("-in bad.json: error %v, want the field path of the grade", err)
	}
}

// TestRunFlags: -h is not a failure; a bad flag or a stray argument is a
// usage error (exit 2); an unknown sample names the samples there are and
// no file path; the output ends with a newline.
func TestRunFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    error
		message string
	}{
		{name: "help", args: []string{"-h"}, want: flag.ErrHelp},
		{name: "unknown flag", args: []string{"-bogus"}, want: errUsage},
		{name: "stray argument", args: []string{"h01-yaodu"}, want: errUsage},
		{name: "unknown sample", args: []string{"-sample", "nope"}, want: errUsage,
			message: `-sample: no such sample: "nope" (samples: h01-yaodu, h02-dongliu, h03-dadukou, h04-zhangxi, h05-guandi, h06-wanderer, h07-xiangyu)`},
		{name: "bad date", args: []string{"-date", "2017-13-01"}, want: errUsage},
		{name: "two households", args: []string{"-in", "x.json", "-sample", "h02-dongliu"}, want: errUsage,
			message: "-in and -sample each name a household to assess: give one"},
		{name: "no set at all", args: []string{"-builtin=false"}, want: errUsage,
			message: "-builtin=false leaves no parameter set: give -params"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := run(tc.args, &bytes.Buffer{})
			if !errors.Is(err, tc.want) {
				t.Fatalf("run(%q) = %v, want %v", tc.args, err, tc.want)
			}
			if tc.message != "" && err.Error() != tc.message {
				t.Errorf("run(%q) says %q, want %q", tc.args, err, tc.message)
			}
		})
	}
	for _, args := range [][]string{nil, {"-json"}, {"-list"}} {
		var out bytes.Buffer
		if err := run(args, &out); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(out.String(), "\n") {
			t.Errorf("run(%q): output does not end with a newline", args)
		}
	}
}

// writeFile writes a test's input file, failing the test if it cannot.
func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunParams: -params loads a county's own parameter set beside the
// built-in one (here benefit/testdata/set-2018.json, S = 3912.00), so that a
// record is assessed on a date of its year; a date no loaded set covers is
// refused before any record is read, saying what to do — load a set for the
// year, or give a date on or after the start of the year's set; a set that
// starts when the built-in one does needs -builtin=false; a bad set file
// is named with its field path, and a record the rules refuse with its
// file.
func TestRunParams(t *testing.T) {
	rec := writeFile(t, "three.json", `{"id":"H-FILE","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`)
	badSet := writeFile(t, "bad-set.json", `{"year":2018,"base":2017,"name":"x","lowincome":{"standerd":{"value":"3912.00","provenance":"local","source":"x"}}}`)
	full2017 := writeFile(t, "full-2017.json", `{"year":2017,"base":2017,"name":"x","lowincome":{"poverty_line":{"value":"3500.00","provenance":"local","source":"x"}}}`)
	july2018 := writeFile(t, "july-2018.json", `{"year":2018,"base":2017,"from":"2018-07-01","name":"x",
		"lowincome":{"standard":{"value":"3912.00","provenance":"local","source":"x"}},"tekun":{"dispersed":{"value":"3912.00","provenance":"derived","source":"x"}}}`)
	late := writeFile(t, "late.json", `{"id":"H-LATE","township":"T","members":[{"id":"m1","birth_date":"2018-03-01"}]}`)
	set2018 := filepath.Join("..", "..", "benefit", "testdata", "set-2018.json")
	tests := []struct {
		name    string
		args    []string
		want    string // in the output
		wantErr string // the error, whole
	}{
		{name: "a county's 2018 set", args: []string{"-in", rec, "-params", set2018, "-date", "2018-09-01"},
			want: "3912.00 × 3 人 − 4500.00 = 7236.00"},
		{name: "a county's own 2017 set alone", args: []string{"-in", rec, "-params", full2017, "-builtin=false"},
			want: "3622.00 × 3 人 − 4500.00 = 6366.00"},
		{name: "a year no set covers", args: []string{"-in", rec, "-date", "2018-09-01"},
			wantErr: "date: 2018-09-01 is not covered by any parameter set (loaded: 2017) (no parameter set in force) (load a set for that year with -params, or give a -date in a year loaded)"},
		{name: "before the year's set starts", args: []string{"-in", rec, "-params", july2018, "-date", "2018-06-30"},
			wantErr: "date: 2018-06-30 is not covered by any parameter set (loaded: 2017, 2018) (no parameter set in force) (the 2018 set loaded starts later: give a -date on or after its start)"},
		{name: "a set that replaces the built-in one", args: []string{"-in", rec, "-params", full2017},
			wantErr: "from: 2017-01-01 is the start of two parameter sets (a set that replaces the built-in 2017 set needs -builtin=false)"},
		{name: "a record refused by the rules", args: []string{"-in", late},
			wantErr: late + ": members[0].birth_date: 2018-03-01 is after the assessment date 2017-09-01"},
		{name: "a bad set file", args: []string{"-in", rec, "-params", badSet},
			wantErr: "-params " + badSet + ": lowincome.standerd: is not a known field (did you mean \"standard\"?)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tc.args, &out)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.wantErr, got); diff != "" {
				t.Fatalf("run(%q): error (-want +got):\n%s", tc.args, diff)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("run(%q): output lacks %q:\n%s", tc.args, tc.want, out.String())
			}
		})
	}
}
