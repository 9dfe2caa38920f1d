// Package lowincome implements the rural minimum living allowance (农村最低
// 生活保障, 低保) of 东政办〔2017〕43号 clause 2.1, with the children in
// difficulty of 2.2.3, as RULES.md restates them.
//
// # Eligibility and payment
//
// The standard S is 3622.00 元/年·人 for 2017 (2.1.1), checked against the
// county's poverty line by [Params.CheckTwoLines] (两线合一): pass, fail with
// the shortfall P − S, or not assessed without P; a failing set still loads
// and assesses, since the check is a finding for the county, not an error.
// Counted income I is summed by category over the members outside 特困
// support, whose number is the household size n; a county may reclassify
// categories (2.1.2–2.1.3). A member is outside the household in his 特困
// months only (the record's tekun.period, section 0) and an ordinary member
// in the other months of the year. An applicant is eligible when I < S×n —
// compared without division — and the asset test (2.1.3, local, off unless
// configured) does not fail. A covered household gets one 补差 line of S×n −
// I; each A member +30% and each B member +20% of the standard (2.1.2, with
// two switches: [UpliftBase] and [UpliftScope]); and each child in
// difficulty (困境儿童, 困境家庭儿童, 2.2.3) an extra line of I/n, so that the
// child has the full standard. The lines of several children share one
// rounding, so that 低保 never rises with income. On the individual switch
// ([ChildIndividual]) a child receives S whatever the household's income
// (a person without a household, who has temporary aid and referrals only,
// excepted), and a child so paid in a household that is not covered is a 低保
// recipient on its own ([Result.IndividualRecipients]) for medical aid
// (2.3.2) and the living subsidy (2.2.4), in the months of its line
// ([Result.IndividualMonths]) and no others.
//
// # Months
//
// The result is the entitlement for the months of one run of the year
// (Inputs.Period, section 0). Every line — 补差, uplifts, child lines, a
// children's allowance — covers the household's 低保 months (the record's
// lowincome_period, the whole year by default) within the run, and pays
// round(R × k / 12) for its k months at annual rate R; a household whose
// months lie outside the run has no line ([Result.CoveredMonths]). The
// children's shared rounding is made over those months.
//
// The household itself is the run's: a member under 特困 support in the
// run's months is out of it (not in n, his income not in I), a member whose
// 特困 months miss the run is in it. A run in which some member's 特困
// support starts or ends has no one household, and [Assessor.Assess]
// refuses it with an error at that member's tekun.period rather than pay a
// wrong amount in some of its months: the caller assesses the runs of
// [household.Checked.SupportRuns] one by one. For example m1 with income
// 2000.00 and m2 in dispersed 特困 support from March to August 2017 make a
// household of 2 with I = 2000.00 in January–February and
// September–December (base 3622.00 × 2 − 2000.00 = 5244.00 a year: 874.00
// and 1748.00) and of 1 with I = 2000.00 in March–August (1622.00 a year:
// 811.00).
//
// # Exit review and audit
//
// A current recipient continues while I ≤ S×n; above the line it exits only
// when the caseworker confirms the rise is stable, and is otherwise "exit
// pending confirmation" (2.1.2 动态管理): still a recipient until then, with
// a base of max(0, S×n − I) = 0 while its uplifts and children's lines (each
// child S) continue. Every decision states its margin I − S×n in figures.
// In the run containing the assessment date's month, [Assessor.Assess] also
// audits the household against what it is paid now (2.1.2, 2.1.3): 应保未保
// (naming the trigger: registered poor, no member able to work, no
// development path, with a year's entitlement); 应退未退 for a household still
// paid after a confirmed exit; 错保 for a recipient that is not eligible; and
// under- or over-payment of each line paid in that month against the
// regular month of its schedule. A caller that assesses the year in several
// runs and joins the lines that go on unchanged (as package benefit does)
// sets [Inputs.Joined] and compares the joined lines with
// [Result.AuditLines], so that a payment is compared with the line, not
// with its piece in one run. [Result.EveryMemberIncomeFen] gives the
// counted income of every member, 特困 members included, for the 救急难
// comparison of 2.4.2.
package lowincome
