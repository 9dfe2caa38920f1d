//go:build race

package testrun

// Race is true when the race detector is on: it slows every test many
// times over.
const Race = true
