package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		"汇总 / summary: 6 户 households, 0 条无法评估",
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
	if len(lines) != 6 {
		t.Fatalf("-json printed %d lines, want 6", len(lines))
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
	if err := run([]string{"-in", f}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(line 1): 记录有误 / invalid record: members[0].disability.grade: 9 is not 1–4", "X2: 无发现"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
