// Package benefit combines every programme of 东政办〔2017〕43号 into one
// breakdown per household: the library's main entry point (RULES.md
// section 3, clause 3.2 "一门受理、协同办理"). [Assess] (or
// [Assessor.Assess], for many households under sets validated once by
// [New]) assesses a household as of a date under every programme — 低保
// (lowincome, 2.1 and 2.2.3), 特困 (tekun, 2.2.1–2.2.2), the two disability
// subsidies (disability, 2.2.4), medical aid (medical, 2.3) and temporary
// aid (temporary, 2.4) — and returns a [Breakdown], which writes itself as
// JSON ([Breakdown.AppendJSON], [Breakdown.Marshal]). [Budget] and
// [Comparison] total many breakdowns, for a county's budget and for a
// reform set against a baseline.
//
// # Breakdown
//
// A breakdown holds every line with its explanation; the decisions with
// their reasons in figures; the findings (应保未保, 错保, under- and
// over-payment, 应补尽补, 救急难, 一事一议); referrals to other departments
// (住建, 卫计, 人社, 民政); totals by programme, payee and payer that equal
// the sum of the lines exactly; and the provisional parameters it rests
// on. The hand-offs between programmes happen in [Assessor.Assess] and
// nowhere else: no programme imports another, and each result that another
// programme needs is passed on as a plain value.
//
// # Parameter sets
//
// [Params] holds every programme's parameters for one year, with one
// rounding: [Default2017] is the built-in Dongzhi set for 2017, and a
// county loads other years with [Unmarshal] or [Decode]. Every set is
// validated before use against the document's floors — the 特困 floors and
// the 60% share of consumption the standards are tested with (2.2.1; a
// standard below 60% of C is a failing check, not a refusal), the
// nursing-home quotas (2.2.2) and the nursing subsidy (2.2.4), see
// [Params.Floors] — and a set below a floor is rejected with a
// [*FloorError] naming it. [New] takes several sets, and each month of the
// year assessed uses the set in force on its first day (section 0).
//
// # Budgets and comparisons
//
// [Budget] totals many breakdowns by programme, item, township, payee and
// payer, with the monthly outlays (section 3). [Comparison] sets a reform
// against a baseline and yields the cost under each and the difference by
// every dimension, the households that gain, lose or are unchanged, each
// programme's entrants and leavers, and the largest gains and losses;
// [Explain] sets one household's two breakdowns side by side, line by
// line.
//
// [CompareRecords] and [BudgetRecords] run over a stream of records in one
// pass on every core in bounded memory, and since budgets and comparisons
// merge exactly ([Comparison.Merge]), a province-sized run shards on any
// engine that runs a program per partition and gathers the outputs.
package benefit
