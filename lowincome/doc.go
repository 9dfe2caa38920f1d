// Package lowincome implements the rural minimum living allowance (农村最低
// 生活保障, 低保) of 东政办〔2017〕43号 clause 2.1, with the children in
// difficulty of 2.2.3, as POLICY.md restates them.
//
// # Eligibility and payment
//
// The standard S is 3622.00 元/年·人 for 2017 (2.1.1), checked against the
// county's poverty line by [Params.CheckTwoLines] (两线合一). Counted income
// I is summed by category over the members outside 特困 support, whose
// number is the household size n; a county may reclassify categories
// (2.1.2–2.1.3). An applicant is eligible when I < S×n — compared without
// division — and the asset test (2.1.3, local, off unless configured) does
// not fail. A covered household gets one 补差 line of S×n − I; each A member
// +30% and each B member +20% of the standard (2.1.2, with two switches:
// [UpliftBase] and [UpliftScope]); and each child in difficulty (困境儿童,
// 困境家庭儿童, 2.2.3) an extra line of I/n, so that the child has the full
// standard ([ChildMode] switches to an individual line).
//
// # Exit review and audit
//
// A current recipient continues while I ≤ S×n; above the line it exits only
// when the caseworker confirms the rise is stable, and is otherwise "exit
// pending confirmation" (2.1.2 动态管理). Every decision states its margin
// I − S×n in figures. [Assessor.Assess] also audits the household against what it is
// paid now: 应保未保 (naming the trigger: registered poor, no member able to
// work, no development path), 错保, and under- or over-payment per line.
package lowincome
