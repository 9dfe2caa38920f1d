// Package spec is the auditors' specification of 东政办〔2017〕43号 as the
// repository's tests state it. It has no code of its own: its tests read the
// source of every other package's table-driven tests and gather their cases
// clause by clause.
//
// # What counts as a case
//
// A case is an element of a table — a slice literal of structs in a
// *_test.go file — with the keyed fields name (string), desc (string, Chinese
// first, then " / " and English) and either clause (a policy.ClauseXxx
// constant or a string literal such as "2.1.2") or clauses (a
// []policy.Clause literal). Tables without a clause field are not spec
// tables; a row of a spec table without one is not a case. Every other field
// of a case whose value is a plain value — a literal, a constant, a decimal
// such as d("12.00"), a composite literal of those, or a call with such
// arguments — is shown as "field: value", with constants by their value,
// struct fields by name and zero fields left out:
//
//	want: [{item: base, annual: 6366.00}]
//
// Fields holding functions or other code are left out. Source is parsed,
// never run. Every package directory of the module is read except spec and
// examples, testdata and hidden directories.
//
// # Commands
//
//	go test ./spec -run 'TestSpec$' -v       # print the specification clause by clause
//	go test ./spec -run TestSpecFile -update # regenerate SPEC.md at the repository root
//	go test ./spec                           # coverage, and SPEC.md up to date
//
// # Coverage
//
// TestSpecCoverage requires every clause of policy.Clauses, in document order,
// to be cited by at least one case — clause "0", the conventions, included:
// the code applies it and rounding and household-composition cases cite it —
// and every cited clause to be one of them. A clause that no code computes
// yet (no non-test file outside policy/ names its policy.ClauseXxx constant)
// cannot be cited by a test; its requirement is skipped with a message
// naming it, not waived, and holds as soon as code cites the clause.
//
// TestSpecFile fails when SPEC.md differs from what the tables generate, so
// any change to a spec table (even a line moving) needs SPEC.md regenerated.
package spec
