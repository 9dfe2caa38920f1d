// Package nilcheck calls every pointer method of a package's exported
// struct types on a nil receiver, with zero-value arguments, and reports
// those that panic or block. The library promises that a nil record is
// handled — a typed error or a documented zero result, never a panic — and
// each package's nil test holds it to that with Check, listing the few
// methods that document a panic as exceptions with their reasons. Only
// tests import it.
package nilcheck
