package spec

import "testing"

// skipUnderRace skips a test that parses the repository's files in one
// goroutine when the race detector is on: it has no concurrency for the
// detector to check, and the detector makes it many times slower. The same
// test runs in the plain go test ./... (and in CI) without -race.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceEnabled {
		t.Skip("single-goroutine parsing of the repository's files: run without -race")
	}
}
