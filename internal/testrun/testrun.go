package testrun

import "os"

// LongEnv names the environment variable that turns on the long runs: the
// properties over the whole synthetic county, the largest cost sizes, the
// full fuzz-corpus texts and the browser test outside CI. go test ./...
// runs the short forms, which check the same things on fewer records; CI
// runs both (SAFETYNET_LONG=1 go test ./...).
const LongEnv = "SAFETYNET_LONG"

// Long reports whether the long runs are on: SAFETYNET_LONG is set to
// anything but "" or "0".
func Long() bool {
	v := os.Getenv(LongEnv)
	return v != "" && v != "0"
}

// Scaled returns n, the count of records or cases a property runs over, or
// n/div under the race detector unless the long runs are on: the race run
// checks that the code is safe for concurrent use, the plain and the long
// run the full count.
func Scaled(n, div int) int {
	if Race && !Long() {
		return max(n/div, 1)
	}
	return n
}

// Count returns full with the long runs on and short otherwise, a tenth of
// short under the race detector: for a property whose short form checks
// the same on fewer records.
func Count(full, short int) int {
	if Long() {
		return full
	}
	return Scaled(short, 10)
}
