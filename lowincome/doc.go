// Package lowincome implements the rural minimum living allowance
// (农村最低生活保障, 低保) of 东政办〔2017〕43号 clause 2.1, with the children
// in difficulty of 2.2.3, as RULES.md restates them. [New] validates a
// parameter set ([Params]; [Default2017] holds the 2017 Dongzhi values)
// once; [Assessor.Assess] takes a checked household record and the [Inputs]
// of one run of months and returns a [Result]: the household's 低保 lines,
// its one decision and the audit's findings, with the figures the decision
// turns on.
//
// # Standard and eligibility
//
// The standard S is 3622.00 元/年·人 for 2017 (2.1.1), checked against the
// county's poverty line by [Params.CheckTwoLines] (两线合一). Counted income
// I is summed by category over the members outside 特困 support, whose
// number is the household size n (2.1.2–2.1.3). An applicant is eligible
// when I < S×n and the asset test (2.1.3) does not fail.
//
// # Payment
//
// A covered household gets one 补差 line of S×n − I; each A member +30% and
// each B member +20% of the standard (2.1.2, with two switches: [UpliftBase]
// and [UpliftScope]); and each child in difficulty (困境儿童, 困境家庭儿童,
// 2.2.3) an extra line of min(S, I/n), so that the child has the full
// standard (S when the base is 0). A county's children's allowance
// (困境儿童基本生活保障标准, local, off unless set) is paid in full beside 低保
// and is not income.
//
// Every line covers the household's 低保 months within the run and pays
// round(R × k / 12) for its k months at annual rate R (section 0). The
// child lines of a household share one rounding: its c children at the
// rate R (I/n, or S) pay round(c × R × k / 12) together, each line
// R × k / 12 rounded down and the fen left over going one each to the first
// children in member order.
//
// On the individual switch ([ChildIndividual]) a child receives S whatever
// the household's income, and a child so paid in a household that is not
// covered is a 低保 recipient on its own ([Result.IndividualRecipients]) for
// medical aid (2.3.2) and the living subsidy (2.2.4).
//
// # Exit and audit
//
// A current recipient continues while I ≤ S×n; above the line it exits only
// when the caseworker confirms the rise is stable, and is otherwise "exit
// pending confirmation" (2.1.2 动态管理, [Result.Coverage]). In the run
// containing the assessment date's month, [Assessor.Assess] also audits the
// household against what it is paid now (2.1.2, 2.1.3): 应保未保, 应退未退,
// 错保, and under- or over-payment of each line paid in that month (for a
// caller that joins the runs' lines, in [Result.AuditLines]).
package lowincome
