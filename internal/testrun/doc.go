// Package testrun says how much the repository's tests should run: the
// long runs behind SAFETYNET_LONG, the race detector's smaller counts, and
// the collector's setting of the packages whose tests make the most
// short-lived data (Main). Only tests import it.
package testrun
