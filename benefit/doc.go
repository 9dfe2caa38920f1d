// Package benefit combines every programme of 东政办〔2017〕43号 into one
// breakdown per household: the library's main entry point (RULES.md
// section 3, clause 3.2 "一门受理、协同办理").
//
// # Assessment
//
// [Assess] (or [Assessor.Assess], for many households under sets validated
// once by [New]) assesses a household as of a date under every programme —
// 低保 (lowincome, 2.1 and 2.2.3), 特困 (tekun, 2.2.1–2.2.2), the two
// disability subsidies (disability, 2.2.4), medical aid (medical, 2.3) and
// temporary aid (temporary, 2.4) — and returns a [Breakdown]: every line
// with its programme, item, member, payee, payer, form, annual amount,
// monthly schedule, clauses, parameters and explanation; the decisions with
// their reasons in figures; the findings (应保未保, 错保, under- and
// over-payment, 应补尽补, 救急难, 一事一议); referrals to other departments
// (住建, 卫计, 人社, 民政); totals by programme, payee and payer that equal
// the sum of the lines exactly; and the provisional parameters the
// breakdown rests on. The hand-offs between programmes happen in
// [Assessor.Assess] and nowhere else: no programme imports another, and
// each result that another programme needs is passed on as a plain value.
//
// # Parameter sets
//
// [Params] holds every programme's parameters for one year, with one
// rounding. [Default2017] is the built-in Dongzhi set, in force for
// assessment dates in 2017; a county loads other years with [Unmarshal] or
// [Decode] (strict JSON, optionally over the built-in set with "base":
// 2017). Every set is validated before use against the document's floors —
// the 特困 minimums (2.2.1), the nursing-home quotas (2.2.2) and the
// nursing subsidy (2.2.4), see [Params.Floors] — and a set below a floor is
// rejected with a [*FloorError] naming it. The two lines merged (2.1.1) and
// the 60% of consumption test of 2.2.1 need local figures and are checks on
// every breakdown instead: a set that fails them still loads and assesses. [New] takes several sets and chooses
// the one in force on each assessment date; a date no set covers is an
// error wrapping [policy.ErrNoParams]. Months of a year before its first
// set are not assessed, and every breakdown of that year says so in the
// check [CheckMonthsInForce].
//
// # JSON
//
// A breakdown writes itself in one pass: [Breakdown.AppendJSON] appends
// compact JSON to a buffer (reused, it allocates nothing),
// [Breakdown.WriteJSON] writes the same bytes to a writer in chunks, and
// [Breakdown.Marshal] indents them. The first key is "schema_version",
// [SchemaVersion]; the schema "breakdown" of package schemas
// (schemas/breakdown.json, JSON Schema 2020-12) describes every field. Money
// is yuan as a string with two places everywhere, the arguments of
// explanations included, but for an amount an explanation shows worked out
// exactly and not yet rounded, which keeps its own 3 to 12 places.
// [Breakdown.UnmarshalJSON] reads any of them back.
//
// # Budgets and reforms compared
//
// [Budget] totals many breakdowns by programme, item, township, payee and
// payer, with the monthly outlays (section 3). [Comparison] sets a reform
// against a baseline — two Assessors, each built by [New] from one or more
// parameter sets, assessing the same households as of the same date — and
// yields the cost under each and the difference by every dimension
// ([Comparison.Rows], [Comparison.ByTownshipAndProgramme]), the households
// that gain, lose or are unchanged on their total over every programme and
// payee, each programme's entrants and leavers by its covered decision
// ([Comparison.Coverage]), and the [MaxMovers] largest gains and losses;
// [Explain] sets one household's two breakdowns side by side, line by
// line. A reform is a parameter set like any other and passes the same
// floors. [CompareRecords] and [BudgetRecords] run over a stream of
// records in one pass on every core in bounded memory: each record is read
// (decoded, generated) and assessed on a worker, and each worker adds to a
// comparison or budget of its own.
//
// # Sharding a province
//
// A [Budget] and a [Comparison] are exact, mergeable monoids: the zero
// value is the identity, Merge is associative and commutative, every sum is
// exact (integer fen, in decimal beyond int64), and the largest gains and
// losses are kept in a total order (the change, then the household id), so
// that merging the results of any partition of the households, in any
// order, gives exactly the result of one pass over all of them — the tests
// prove it for every split of a small population and for shards of a
// synthetic county. A province-sized run therefore shards on any engine
// that runs a program per partition and gathers the outputs — a batch
// scheduler's array job, a Kubernetes Job with completions, a MapReduce or
// Beam pipeline with a combine step: partition the records (by township,
// by input file, by a hash of the household id), have each task load the
// same parameter sets and run [CompareRecords] over its partition as of the
// same date, and write its comparison as JSON ([Comparison.MarshalJSON],
// which holds its whole state); the reducing task reads each with
// [Comparison.UnmarshalJSON] and merges them, in any order or as a tree.
// Records that fail are counted where they fail and reported by the task
// that read them. Nothing needs the records again after the map step: the
// partial results are a few kilobytes whatever the partition's size.
package benefit
