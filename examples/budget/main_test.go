package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/policy"
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
		// The cash month by month (issue 14), by programme and by payer.
		"按月支出，按项目（元）/ outlay by month and programme (yuan)",
		"按月支出，按支付方（元）/ outlay by month and payer (yuan)", "全年 year",
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
}

// TestRunBadFlags: flags out of range are errors naming what is wrong,
// before any household is assessed; too many workers is the batch's own
// error (benefit.BatchOptions.Validate), as data.
func TestRunBadFlags(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		args     []string
		wantPath string // the path of the batch option's field error, if any
		wantText string // a part of the error's text
	}{
		{name: "negative-n", desc: "户数为负 / a negative number of households",
			args: []string{"-n", "-1"}, wantText: "-n -1 is negative"},
		{name: "too-many-workers", desc: "工作协程超过上限 / more workers than the limit",
			args: []string{"-n", "10", "-workers", "1025"}, wantPath: "workers", wantText: "1025"},
		{name: "negative-workers", desc: "工作协程为负 / a negative number of workers",
			args: []string{"-n", "10", "-workers", "-1"}, wantPath: "workers", wantText: "-1"},
		{name: "bad-date", desc: "日期格式错误 / a malformed date",
			args: []string{"-n", "10", "-date", "2017-13-01"}, wantText: "2017-13-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, progress bytes.Buffer
			err := run(append([]string{"-quiet"}, tc.args...), &out, &progress)
			if err == nil {
				t.Fatalf("%s: accepted", tc.desc)
			}
			if !strings.Contains(err.Error(), tc.wantText) {
				t.Errorf("%s: error %q lacks %q", tc.desc, err, tc.wantText)
			}
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				if fe.Type == policy.ErrorInvalid {
					paths = append(paths, fe.Path)
				}
			}
			if tc.wantPath != "" && !slices.Contains(paths, tc.wantPath) {
				t.Errorf("%s: invalid-field errors at %q, want one at %q", tc.desc, paths, tc.wantPath)
			}
			if out.Len() > 0 {
				t.Errorf("%s: a budget was written:\n%s", tc.desc, out.String())
			}
		})
	}
}
