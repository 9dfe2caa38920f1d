// Package policy is the shared vocabulary of every rule in safetynet: the
// clause ids of 东政办〔2017〕43号 as POLICY.md numbers them, the provenance of a
// parameter value, the result [Line] that carries one amount with everything a
// caseworker or auditor needs to trace it, and the one rounding function and
// monthly schedule of POLICY.md section 0.
//
// # Provenance
//
// Every parameter is a [Param] that records its value, its [Provenance]
// (seed, derived, law, provisional, local) and its source. A line that used a
// provisional value says so ([Line.Provisional]); a rule that needs a local
// value the county has not supplied reports it as not assessed, naming the
// parameter ([ErrMissingParam]), never as a silent zero.
//
// # Lines, explanations and rounding
//
// A [Line] is one amount: programme, item, member, payee, payer, form, annual
// amount, clause ids, the parameters used and an [Explanation] — a formula
// and its operands, rendered in Chinese or English only when asked
// ([Explanation.Render]). Annual amounts are rounded once by [Rounding.Round]
// (default half away from zero to the fen, section 0), and [Line.Schedule]
// spreads an annual amount over twelve payments that sum to it exactly.
//
// This package imports nothing else of safetynet's; every programme package
// builds on it.
package policy
