package testrun_test

import (
	"os"
	"runtime/debug"
	"strconv"
	"testing"

	"github.com/safetynet-go/safetynet/internal/testrun"
)

// TestLong: "" and "0" leave the long runs off; anything else turns them on.
func TestLong(t *testing.T) {
	tests := []struct {
		name, value string
		want        bool
	}{
		{name: "empty", value: "", want: false},
		{name: "zero", value: "0", want: false},
		{name: "one", value: "1", want: true},
		{name: "word", value: "yes", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(testrun.LongEnv, tc.value)
			if got := testrun.Long(); got != tc.want {
				t.Errorf("Long() with %s=%q = %v, want %v", testrun.LongEnv, tc.value, got, tc.want)
			}
		})
	}
}

// TestCounts: Count gives the full count with the long runs, else the
// short one, a tenth of it under the race detector; Scaled gives the full
// count unless under the race detector without the long runs, and never
// less than 1.
func TestCounts(t *testing.T) {
	tests := []struct {
		name, long string
		count      func() int
		want, race int // without and with the race detector
	}{
		{"Count, short runs", "", func() int { return testrun.Count(1000, 200) }, 200, 20},
		{"Count, long runs", "1", func() int { return testrun.Count(1000, 200) }, 1000, 1000},
		{"Scaled, short runs", "", func() int { return testrun.Scaled(1000, 10) }, 1000, 100},
		{"Scaled, long runs", "1", func() int { return testrun.Scaled(1000, 10) }, 1000, 1000},
		{"Scaled, never below 1", "", func() int { return testrun.Scaled(3, 10) }, 3, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(testrun.LongEnv, tc.long)
			want := tc.want
			if testrun.Race {
				want = tc.race
			}
			if got := tc.count(); got != want {
				t.Errorf("%d, want %d", got, want)
			}
		})
	}
}

func TestMain(m *testing.M) { testrun.Main(m) }

// TestMainSetsGC: Main runs the tests with the collector at GCPercent, or
// at GOGC when the environment sets it.
func TestMainSetsGC(t *testing.T) {
	want := testrun.GCPercent
	if v := os.Getenv("GOGC"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Skipf("GOGC=%s is not a percentage", v)
		}
		want = n
	}
	got := debug.SetGCPercent(want)
	if got != want {
		t.Errorf("the collector is at %d%%, want %d%%", got, want)
	}
}
