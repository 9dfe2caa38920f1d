// Package spec is the auditors' specification of 东政办〔2017〕43号 as the
// repository's tests state it. It has no code of its own: its tests read the
// source of every other package's table-driven tests and gather their cases
// clause by clause:
//
//	go test ./spec -run 'TestSpec$' -v        # prints the specification
//	go test ./spec -run TestSpecFile -update  # regenerates SPEC.md
//	go test ./spec                            # checks coverage, inputs, SPEC.md
//
// # Tests
//
// TestSpecCoverage requires every clause of policy.Clauses, in document order, to be cited
// by at least one case — clause "0", the conventions, included: the code
// applies it and rounding and household-composition cases cite it — and
// every cited clause to be one of them. A clause that no code computes yet
// (no non-test file outside policy/ names its policy.ClauseXxx constant)
// cannot be cited by a test; its requirement is skipped with a message
// naming it, not waived, and holds as soon as code cites the clause.
//
// TestSpecFile fails when SPEC.md differs from what the tables generate, so
// any change to a spec table (even a line moving) needs SPEC.md
// regenerated. TestSpecRowsComplete requires every row of a spec table to
// be a case, so that none is tested and left out of SPEC.md, and each
// case's name to be its own within its test. TestRuleFilesShort keeps
// every non-test source file of a programme package within 300 lines, so
// that each reads as a rule of the document.
//
// # Cases
//
// Every package directory of the module is read except spec and examples,
// testdata and hidden directories. A case is an element of a table — a slice literal of structs in a
// *_test.go file — with the keyed fields name (string), desc (string,
// Chinese first, then " / " and English) and either clause (a
// policy.ClauseXxx constant or a string literal such as "2.1.2") or clauses
// (a []policy.Clause literal). Tables without a clause field are not spec
// tables; a row of a spec table without one is not a case, and fails
// TestSpecRowsComplete. Every other field of a case is shown as "field:
// value", by its value: literals as written, constants by their value,
// struct fields by name with zero fields left out, dates as 2017-05-10,
// months by name, decimals as written, as in want: [{item: base, annual:
// 6366.00}].
//
// # Helpers and variables
//
// A field written as a call of a test helper or a variable is shown by
// what it holds: home("4500.00", adults(3)...) becomes the household the
// helper builds, {id: H-TEST, township: 尧渡镇, members: [{id: a1, …}, …]}.
// Source is parsed, never run: the expansion evaluates the test package's
// own helpers, closures and variables from their source (a small subset of
// Go) and knows the few library constructors a helper calls by name
// (household.NewDate, decimal.RequireFromString, policy.New, …).
//
// A parameter set made by Default2017 shows as Default2017, with the fields
// a test changes: Default2017 with {upliftBase: share}. A function that
// changes a record shows what it assigns (edit: members[0].id = ""); one
// that takes a *testing.T checks a result and is left out. A string
// repeated many times shows as ⟨x⟩×5242880, a list of more than twelve
// elements as its first three, how many more, and its last. Anything the
// expansion does not follow — library code, a method of a library value, a
// name it cannot see — shows the Go as written, and TestSpecInputs fails,
// naming the case, the field and why; the few fields that are Go by nature
// (a step under test) are listed in actions.
//
// SPEC.md opens with how to read a case: a case with no parameter field is
// assessed under Default2017, so a test that assesses its cases under
// another set states it in a field (p, sets); the assessment date of a case
// with no on field is the one its package's tests fix in their code — a
// package-level variable, or a local on :=, set by household.NewDate with
// literal arguments — read when SPEC.md is generated; and the terse field
// names mean what glossary (conventions_test.go) says: add a name there when
// a table brings a new one. TestSpecDatesShown fails when a test's t.Run
// body passes or assigns a household.NewDate with literal arguments that is
// none of those dates: such a date belongs in the case, as its on field.
// It reads the t.Run body only, so a date held in a variable made before
// the loop, or one of the package's dates used for another purpose (as
// temporary's june is the events' date), is the reviewer's to catch.
package spec
