//go:build !race

package benefit_test

// raceEnabled is true when the race detector is on, and the tests that
// measure cost run fewer sizes (the detector makes each ten times slower).
const raceEnabled = false
