package testrun

import (
	"os"
	"runtime/debug"
	"testing"
)

// GCPercent is the collector's target that [Main] sets, in percent of the
// live heap: the heap may grow to five times what is live before it is
// collected, where by default (GOGC=100) it may grow to twice.
const GCPercent = 400

// Main runs the tests of m and exits with their code, the collector set to
// GCPercent unless GOGC is set in the environment, which is kept. It is
// for the packages whose tests make many short-lived inputs (records and
// parameter sets of up to 4 MiB, the spec's expansion of every table):
// collecting after every few of them took about a third of their time.
// The setting changes how often the collector runs, not what is allocated:
// the tests that measure cost count allocations and bytes allocated, and
// none measures the heap. A package uses it as
//
//	func TestMain(m *testing.M) { testrun.Main(m) }
func Main(m *testing.M) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
	os.Exit(m.Run())
}
