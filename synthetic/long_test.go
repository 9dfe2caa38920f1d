package synthetic_test

import "os"

// longEnv names the environment variable that turns on the long runs: the
// properties over the whole synthetic county, the largest cost sizes and
// the full fuzz-corpus texts. `go test ./...` runs the short forms, which
// check the same things on fewer records; CI runs both
// (SAFETYNET_LONG=1 go test ./...).
const longEnv = "SAFETYNET_LONG"

// long reports whether the long runs are on: SAFETYNET_LONG is set to
// anything but "" or "0".
func long() bool {
	v := os.Getenv(longEnv)
	return v != "" && v != "0"
}

// scaled returns n, the count of records or cases a property runs over,
// or a tenth of it under the race detector unless SAFETYNET_LONG is set:
// the race run checks that the code is safe for concurrent use, the long
// run and the plain run the full count.
func scaled(n int) int {
	if raceEnabled && !long() {
		return max(n/10, 1)
	}
	return n
}
