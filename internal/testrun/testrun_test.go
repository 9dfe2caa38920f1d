package testrun_test

import (
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

// TestCount: the full count with the long runs, else the short one, a
// tenth of it under the race detector.
func TestCount(t *testing.T) {
	t.Setenv(testrun.LongEnv, "")
	want := 200
	if testrun.Race {
		want = 20
	}
	if got := testrun.Count(1000, 200); got != want {
		t.Errorf("Count(1000, 200) = %d, want %d", got, want)
	}
	t.Setenv(testrun.LongEnv, "1")
	if got := testrun.Count(1000, 200); got != 1000 {
		t.Errorf("Count(1000, 200) with the long runs = %d, want 1000", got)
	}
}

// TestScaled: the full count unless under the race detector without the
// long runs, and never below 1.
func TestScaled(t *testing.T) {
	t.Setenv(testrun.LongEnv, "")
	want := 1000
	if testrun.Race {
		want = 100
	}
	if got := testrun.Scaled(1000, 10); got != want {
		t.Errorf("Scaled(1000, 10) = %d, want %d", got, want)
	}
	if got := testrun.Scaled(3, 10); got < 1 {
		t.Errorf("Scaled(3, 10) = %d, want at least 1", got)
	}
	t.Setenv(testrun.LongEnv, "1")
	if got := testrun.Scaled(1000, 10); got != 1000 {
		t.Errorf("Scaled(1000, 10) with the long runs = %d, want 1000", got)
	}
}
