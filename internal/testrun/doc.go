// Package testrun says how much the repository's tests should run: the
// long runs behind SAFETYNET_LONG, and the race detector's smaller counts.
// Only tests import it.
package testrun
