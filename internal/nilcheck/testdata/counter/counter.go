// Package counter declares the type that ExampleCheck checks, as Check
// reads a package's declarations from its directory.
package counter

// Counter counts.
type Counter struct{ n int }
