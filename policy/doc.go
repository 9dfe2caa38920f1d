// Package policy is the shared vocabulary of every rule in safetynet: the
// clause ids of 东政办〔2017〕43号, the provenance of a parameter value, exact
// money, the result [Line] that carries one amount with everything a
// caseworker or auditor needs to trace it, the [Assessment] every programme's
// result shares, and the one rounding function and monthly schedule of the
// rules' section 0.
//
// # Money
//
// Rules compute in [Money], exact integer fen, in [Ratio] (rates, shares and
// multiples in ten-thousandths) and in [Rate], an annual amount kept as an
// exact fraction until a line pays it for some months. Validation bounds
// every amount by [MaxMoney] (10^12 元), so the arithmetic is exact; where a
// product could pass 2^63 on its way (an amount × a rate × months) it is
// carried in 128 bits. Each amount is rounded once, by [Rounding] (default
// half away from zero to the fen). Every exported amount of the library is a
// [decimal.Decimal] in yuan, converted at the edges ([Money.Decimal],
// [MoneyOf]). MoneyOf reads a decimal's coefficient in place when
// decimal.Decimal is laid out as the version this module requires lays it
// out (checked once, by reflection, when the package loads), and otherwise
// asks the decimal package: a record's many amounts convert without a call
// into the decimal package each.
//
// # Provenance and the parameter kit
//
// Every parameter is a [Param] that records its value, its [Provenance]
// (seed, derived, law, provisional, local) and its source. A line that used a
// provisional value says so ([Line.Provisional]); a rule that needs a local
// value the county has not supplied reports it as not assessed, naming the
// parameter ([ErrMissingParam]), never as a silent zero. The checks of
// check.go ([CheckAmount], [CheckRate], [CheckOneOf], …) take the field path
// from the parameter's own name, so a programme's Params.Validate is a short
// list of one-liners. [Named] gives a set built by hand, even the zero one,
// the names a set read from JSON has ([Name]), so its errors and lines name
// every parameter by its path.
//
// # Lines, decisions, findings
//
// A [Line] is one amount: programme, item, member, payee, payer, form, the
// amount and the months it covers ([Period]), a claim or event id for a lump
// sum, the clauses and parameters it rests on and an [Explanation] — a
// formula and its operands, rendered in Chinese or English only when asked.
// Lines, [Decision], [Finding] and [Check] are immutable values read through
// accessors, so nothing a caller does with a result reaches another result
// or the Assessor that made it. Rules add them to an [Assessment] with
// [Assessment.Recurring], [Assessment.Lump], [Assessment.Decide] and
// [Assessment.Find]. A line is compact: what the rule fixes — formula,
// item, payee, payer, form, clauses, parameters, operand names — is kept
// once in a shape shared by every line the rule makes, and the line holds
// its member, amount and operand values inline, so that a line costs no
// allocation of its own and a result's lines, decisions and findings take
// one allocation, reused once the result is released
// ([Assessment.Release]). A rule that adds many records of one sort fixes
// their Pay (or Decide, Find) and formula once, when its Assessor is made,
// as a [LineTemplate], [DecisionTemplate] or [FindingTemplate], and adds
// each with [Assessment.RecurringFrom] and the like: the record is the
// same, and finding its shape costs a comparison of the operands' names
// instead of a lookup. Errors are [FieldError]
// values with a type and a field path, on the model of Kubernetes'
// field.Error.
//
// # Process-wide tables
//
// The shapes, and the words operands hold, are interned in two tables
// shared by the whole process (intern.go): 4096 slots each, filled until
// half full, read without a lock and written under one, so that any number
// of Assessors, with any parameter sets, use them concurrently. The rules of
// a parameter set make a few hundred shapes. What does not fit once a table
// is full — a rule that builds formulas at run time, ever-changing text, a
// result read back from JSON — gets a shape or text of its own: the tables
// change speed and memory, never a result. Entries are never removed, so
// the tables' memory is bounded by their size: they hold what rules and
// parameter sets fix (formulas, items, clauses, parameter records) and the
// words of operands, which may include a record's text that an explanation
// names (a nursing home's id, a referral's service), never its amounts.
//
// This package imports nothing else of safetynet's; every programme package
// builds on it.
package policy
