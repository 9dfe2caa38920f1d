package benefit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMonthRuns: the words of the check benefit.months_in_force name the
// months with no set as runs of consecutive months. New leaves a year
// without a set only before its first set, so a breakdown only ever shows
// one run starting in January; the words for several runs are tested here,
// on the months themselves.
func TestMonthRuns(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		months []int
		zh, en string
	}{
		{name: "one-run", desc: "1–6 月 / months 1–6", months: []int{1, 2, 3, 4, 5, 6},
			zh: "1–6月", en: "months 1–6"},
		{name: "one-month", desc: "仅 1 月 / month 1 alone", months: []int{1},
			zh: "1月", en: "month 1"},
		{name: "two-runs", desc: "1–3 月与 9 月 / months 1–3 and 9", months: []int{1, 2, 3, 9},
			zh: "1–3月、9月", en: "months 1–3 and 9"},
		{name: "three-runs", desc: "1 月、3 月与 5–6 月 / months 1, 3 and 5–6", months: []int{1, 3, 5, 6},
			zh: "1月、3月、5–6月", en: "months 1, 3 and 5–6"},
		{name: "whole-year", desc: "全年 / the whole year", months: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
			zh: "1–12月", en: "months 1–12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var gaps uint16
			for _, m := range tc.months {
				gaps |= 1 << m
			}
			zh, en := monthRuns(gaps)
			if diff := cmp.Diff([2]string{tc.zh, tc.en}, [2]string{zh, en}); diff != "" {
				t.Errorf("%s\nmonthRuns(%v) (-want +got):\n%s", tc.desc, tc.months, diff)
			}
		})
	}
}
