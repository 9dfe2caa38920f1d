//go:build race

package schemas_test

// raceEnabled: the race detector slows every test many times over, so the
// mutation tests try fewer records.
const raceEnabled = true
