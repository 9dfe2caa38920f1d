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
// the two lines merged (2.1.1), the 特困 minimums (2.2.1), the nursing-home
// quotas (2.2.2) and the nursing subsidy (2.2.4), see [Params.Floors] — and
// a set below a floor is rejected with a [*FloorError] naming it. The 60%
// of consumption test of 2.2.1 needs a local figure and is reported as a
// check on every breakdown instead. [New] takes several sets and chooses
// the one in force on each assessment date; a date no set covers is an
// error wrapping [policy.ErrNoParams].
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
// explanations included. [Breakdown.UnmarshalJSON] reads any of them back.
package benefit
