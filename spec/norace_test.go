//go:build !race

package spec

// raceEnabled is true under the race detector; see skipUnderRace.
const raceEnabled = false
