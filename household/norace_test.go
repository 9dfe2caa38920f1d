//go:build !race

package household_test

const raceEnabled = false
