// Package policy is the shared vocabulary of every rule in safetynet: the
// clause ids of 东政办〔2017〕43号, the provenance of a parameter value, exact
// money, the result [Line] that carries one amount with everything a
// caseworker or auditor needs to trace it, the [Assessment] every programme's
// result shares, and the one rounding function and monthly schedule of the
// rules' section 0. This package imports nothing else of safetynet's; every
// programme package builds on it.
//
// # Money and rounding
//
// Rules compute in [Money], exact integer fen, in [Ratio] (rates, shares and
// multiples in ten-thousandths) and in [Rate], an annual amount kept as an
// exact fraction until a line pays it for some months; each amount is
// rounded once, by [Rounding] (section 0). Every field of a record, a
// parameter set and a result that holds money, every JSON value, and every
// amount a result's methods return ([Line.Annual], [Assessment.Total], …)
// is a [decimal.Decimal] in yuan, converted at the edges ([Money.Decimal],
// [MoneyOf]); beside them, [Line.Amount] and the methods named …Fen return
// the same amounts as [Money], for exact sums that allocate nothing, and
// the tools the rules are written with ([Rate], [Rounding], [Split],
// [Arg], [Find], [CheckOf]) work in Money.
//
// # Parameters
//
// Every parameter is a [Param] that records its value, its [Provenance]
// (seed, derived, law, provisional, local) and its source. A line that
// used a provisional value says so ([Line.Provisional]); a rule that needs
// a local value the county has not supplied reports it as not assessed,
// naming the parameter ([ErrMissingParam]), never as a silent zero.
//
// # Lines and assessments
//
// A [Line] is one amount: programme, item, member, payee, payer, form, the
// amount and the months it covers ([Period]), a claim or event id for a lump
// sum, the clauses and parameters it rests on and an [Explanation] — a
// formula and its operands, rendered in Chinese or English only when asked.
// Lines, [Decision], [Finding] and [Check] are immutable values read through
// accessors; rules add them to an [Assessment] with [Assessment.Recurring],
// [Assessment.Lump], [Assessment.Decide] and [Assessment.Find], or from a
// [LineTemplate]. Errors are [FieldError] values with a type and a field
// path.
package policy
