package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun runs the example as a newcomer would, on the built-in sample,
// and checks that it shows the worked-out amounts.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"补差：3622.00 × 4 人 − 6000.00 = 8488.00 元/年",
		"class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
		"合计 / total: 11799.00 元/年",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestRunJSON checks that -json prints valid JSON with money as two-place
// strings.
func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-json"}, &out); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Total string `json:"total"`
		Lines []struct {
			Annual string `json:"annual"`
		} `json:"lines"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("-json printed invalid JSON: %v\n%s", err, out.String())
	}
	if got.Total != "11799.00" || len(got.Lines) != 4 || got.Lines[0].Annual != "8488.00" {
		t.Errorf("-json total %q, %d lines, want 11799.00 and 4 lines starting 8488.00", got.Total, len(got.Lines))
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
	if !strings.Contains(out.String(), "6366.00") {
		t.Errorf("-in good.json: want the worked example 1 amount 6366.00:\n%s", out.String())
	}
	err := run([]string{"-in", bad}, &out)
	if err == nil || !strings.Contains(err.Error(), "members[0].disability.grade: 7 is not 1–4") {
		t.Errorf("-in bad.json: error %v, want the field path of the grade", err)
	}
}
