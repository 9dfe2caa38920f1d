package testrun_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
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

// gcChild names the environment variable that makes TestGCReport, run by
// TestMainSetsGC in a test binary of its own, print the collector's
// setting.
const gcChild = "TESTRUN_GC_CHILD"

// TestGCReport prints the collector's setting ("gc=400") when TestMainSetsGC
// runs it, and does nothing otherwise.
func TestGCReport(t *testing.T) {
	if os.Getenv(gcChild) != "1" {
		t.Skip("run by TestMainSetsGC")
	}
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	fmt.Printf("gc=%d\n", p)
}

// TestMainSetsGC runs this package's test binary again under each setting
// and reads the collector's setting Main left: GCPercent with GOGC unset;
// GOGC's own where it is set (off is -1); the default, 100, with GOGC unset
// when benchmarks run.
func TestMainSetsGC(t *testing.T) {
	tests := []struct {
		name string
		gogc string // "" for unset
		args []string
		want int
	}{
		{name: "unset", want: testrun.GCPercent},
		{name: "set", gogc: "100", want: 100},
		{name: "set-50", gogc: "50", want: 50},
		{name: "off", gogc: "off", want: -1},
		{name: "benchmarks", args: []string{"-test.bench=^$"}, want: 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestGCReport$", "-test.count=1"}, tc.args...)...)
			env := []string{gcChild + "=1"}
			for _, kv := range os.Environ() {
				if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, gcChild+"=") {
					env = append(env, kv)
				}
			}
			if tc.gogc != "" {
				env = append(env, "GOGC="+tc.gogc)
			}
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			if want := fmt.Sprintf("gc=%d\n", tc.want); !strings.Contains(string(out), want) {
				t.Errorf("GOGC=%q %v: the child printed\n%s\nwant %q", tc.gogc, tc.args, out, want)
			}
		})
	}
}
