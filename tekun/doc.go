// Package tekun implements support for extremely poor persons
// (特困人员救助供养) of 东政办〔2017〕43号 clauses 2.2.1 and 2.2.2, as
// RULES.md restates them. [New] validates a parameter set ([Params];
// [Default2017] holds the 2017 Dongzhi values) once; its Assessor is
// read-only and safe for concurrent use. [Assessor.Assess] assesses each
// supported member alone, outside the 低保 household (section 0), over the
// run of months [Inputs] names, and returns a [Result]; [Params.Minimums]
// and [Params.Checks] hold the county's adopted standards to the minimums
// of the document.
//
// # Standards and minimums
//
// The county adopts a basic living standard for dispersed (分散供养) and
// centralized (集中供养) support (2.2.1); the minimum lawful standard of
// each is the larger of 60% of the previous year's per-capita consumption
// expenditure C (local; without it that test is not assessed) and the
// mode's floor, for dispersed support the 低保 standard S and 3600 (so
// 3622.00 for 2017), for centralized support 4800.00. [Params.Checks]
// reports each adopted standard or nursing-home quota below its minimum
// with its shortfall: a finding for the county, not an error.
//
// Package benefit, which loads whole parameter sets, goes further for the
// document's own floors: a set whose adopted standard or quota is below
// one, or that tests against less than 60% of C, is refused when loaded
// (benefit.FloorError), so on a breakdown the floor and quota checks pass,
// and of this package's checks only the consumption test and the care
// subsidy's checks against its share of the standard can fail.
//
// # Payment and referral
//
// A dispersed person receives the dispersed standard; a centralized
// resident's home receives the centralized standard, or in a rated home
// (敬老院) of class 1, 2 or 3 the class's comprehensive quota (综合定额补助,
// 2.2.2: floors 4800, 6000, 7200) where it is larger, the quota replacing
// the standard; the care subsidy (护理补贴, 2.2.1) is paid by self-care level
// when the county configures it. Each line covers the months of the run
// that the member's support covers and pays round(R × k ÷ 12) for its k
// months at the annual rate R, rounded once (section 0): dispersed from
// July, 3622.00 × 6 ÷ 12 = 1811.00.
//
// In the run containing the assessment date's month, a member supported in
// that month is referred (2.2.2; referrals, not amounts) to a nursing-type
// institution or special-care ward when he needs full care or is
// incapacitated, and to a psychiatric welfare institution when he holds a
// mental-disability certificate valid that month or has a recorded
// diagnosis of mental illness. [Result.SupportFen] is the support the members receive in
// the run, which 救急难 counts with the household's income (2.4.2).
package tekun
