package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRun runs the example on a small county and checks the budget's
// shape; the figures themselves are checked in benefit's budget tests.
func TestRun(t *testing.T) {
	var out, progress bytes.Buffer
	if err := run([]string{"-n", "2000", "-medical-fund", "100000"}, &out, &progress); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"预算 / budget: 2000 户 households",
		"按项目 / by programme", "按乡镇 / by township", "乡镇20", "按支付方 / by payer",
		"最低生活保障 lowincome", "合计 / all",
		"county finance covers the shortfall (2.3.1)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(progress.String(), "100% 2000/2000") {
		t.Errorf("progress bar did not reach 100%%: %q", progress.String())
	}
}

// TestRunDeterministic checks that one seed gives one budget, whatever the
// number of workers.
func TestRunDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := run([]string{"-n", "3000", "-quiet", "-workers", "1"}, &a, &b); err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := run([]string{"-n", "3000", "-quiet", "-workers", "3"}, &c, &b); err != nil {
		t.Fatal(err)
	}
	if a.String() != c.String() {
		t.Errorf("budgets differ between 1 and 3 workers")
	}
	if err := run([]string{"-n", "-1"}, &a, &b); err == nil {
		t.Errorf("-n -1 accepted")
	}
}
