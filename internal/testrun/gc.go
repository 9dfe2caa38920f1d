package testrun

import (
	"flag"
	"os"
	"runtime/debug"
	"testing"
)

// GCPercent is the collector's target that [Main] sets, in percent of the
// live heap: the heap may grow to five times what is live before it is
// collected, where by default (GOGC=100) it may grow to twice.
const GCPercent = 400

// Main runs the tests of m and exits with their code, the collector set to
// GCPercent. It is for the packages whose tests make many short-lived
// inputs (records and parameter sets of up to 4 MiB, the spec's expansion
// of every table): collecting after every few of them took about a third
// of their time. The setting changes how often the collector runs, and so
// how often sync.Pool's buffers are dropped, not what the code allocates:
// the tests that measure cost count allocations and bytes allocated, with
// slack beyond such reuse, and none measures the heap. The collector is
// left as it is when GOGC is set in the environment, and when benchmarks
// run (-test.bench), so that their figures stay comparable with other
// packages' and earlier runs'. A package uses it as
//
//	func TestMain(m *testing.M) { testrun.Main(m) }
func Main(m *testing.M) {
	flag.Parse()
	if _, set := os.LookupEnv("GOGC"); !set && flag.Lookup("test.bench").Value.String() == "" {
		debug.SetGCPercent(GCPercent)
	}
	os.Exit(m.Run())
}
