// Package tekun implements support for extremely poor persons (特困人员救助
// 供养) of 东政办〔2017〕43号 clauses 2.2.1 and 2.2.2, as POLICY.md restates
// them: the basic living standards and their minimums, the optional care
// subsidy, and the nursing-home quota subsidy.
//
// # Standards and their minimums
//
// The county adopts a basic living standard for each mode of support
// (2.2.1): dispersed (分散供养) and centralized (集中供养). The minimum lawful
// standard of each mode is the larger of 60% of the previous year's
// per-capita consumption expenditure C (local; without it that test is not
// assessed) and the mode's floor: for dispersed support the 低保 standard S
// and 3600, so 3622.00 for 2017; for centralized support 4800.00. S belongs
// to the lowincome package and is handed in as a plain value:
// [Params.Minimums] works the minimums out and [Params.Checks] validates the
// adopted standards and quotas against them, reporting each shortfall with
// its figures. With a realistic C the 2017 defaults fail the 60% test: that
// is a finding for the county, not an error.
//
// # One person, assessed alone
//
// A 特困 person is assessed alone and is outside the 低保 household: not
// counted in its size, its income not counted there (POLICY.md section 0).
// So the [Result] of a household holds one decision per supported member,
// in record order, and the member's own lines and findings, none of them the
// household's. A person in dispersed support receives the adopted dispersed
// standard, paid to the person. A person in centralized support is paid to
// the institution: in a rated rural nursing home (敬老院) of class 1, 2 or 3,
// the class's comprehensive quota subsidy (综合定额补助, 2.2.2: floors 4800,
// 6000, 7200), which replaces the centralized standard for that resident as
// the larger of the two; in an unrated home, the centralized standard. The
// care subsidy (护理补贴, 2.2.1) by self-care level is off unless the county
// configures it. A part-year person is paid for the months of support, each
// line rounded once. Every line is paid from civil-affairs funds and names
// its clauses, the parameters it used with their provenance, and its
// arithmetic.
//
// # Assessing many households
//
// [New] validates a parameter set once and returns an [Assessor], whose
// [Assessor.Assess] a county run calls for every household record checked
// by [household.Household.Check]: the parameters are not validated again,
// and their amounts in fen and the parameter records lines carry are worked
// out once. [Inputs] name the months assessed (the whole year by default):
// each line covers the months of them that the support covers.
package tekun
