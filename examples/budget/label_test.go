package main

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestMonthsLabel: a failing check that holds for part of the year is
// labelled with its months, and a check of one month names it once
// (section 0: each period assessed under its own parameters, checks
// included).
func TestMonthsLabel(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		from, to           time.Month
		want               string
	}{
		{name: "months", clause: "0", desc: "7–12月的核查 / a check of July to December",
			from: time.July, to: time.December, want: "7–12月 / months 7–12"},
		{name: "one month", clause: "0", desc: "仅12月的核查：月份只写一次 / a check of December only: the month named once",
			from: time.December, to: time.December, want: "12月 / month 12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, monthsLabel(policy.Period{From: tc.from, To: tc.to})); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
