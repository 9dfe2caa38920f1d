//go:build !race

package schemas_test

const raceEnabled = false
