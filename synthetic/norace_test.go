//go:build !race

package synthetic_test

// raceEnabled is true under the race detector, which slows every test
// many times over: see scaled.
const raceEnabled = false
