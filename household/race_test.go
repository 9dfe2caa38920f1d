//go:build race

package household_test

// raceEnabled: the race detector slows every test many times over, so the
// cost test reads smaller inputs.
const raceEnabled = true
