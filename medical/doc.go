// Package medical implements medical aid (医疗救助) of 东政办〔2017〕43号
// clause 2.3 as POLICY.md restates it: who is covered (2.3.2), the
// sponsorship of the individual NCMS contribution (资助参合, 2.3.3) and
// inpatient aid with its annual cap, the child-disease rule and second aid
// (住院救助, 再次救助, 2.3.4).
//
// # Who is covered
//
// Each member falls in one [Group] with a reason: 特困 persons and 低保
// members are the key recipients (重点救助对象); members of registered-poor
// households (建档立卡) are all covered ("贫困人口全部纳入"); the extended
// group is members of low-income families who are elderly, minors, severely
// disabled or major-disease patients, and major-disease patients of families
// impoverished by illness (因病致贫). A member in several groups takes the
// most favourable: 特困 > 低保 > registered poor > extended. 低保 status is
// another programme's result and is handed in as a plain value in [Inputs];
// 特困 status is on the member record.
//
// # Sponsorship and inpatient aid
//
// Key recipients have the individual NCMS contribution paid by the
// medical-aid fund, registered-poor members by county finance (2.3.3); the
// payee is the NCMS fund. For each inpatient claim (2.3.4) the remaining
// compliant out-of-pocket R is the compliant cost less basic NCMS,
// critical-illness, supplementary and guaranteed-minimum payments; aid is
// the group's ratio of R above the group's deductible (none for key
// recipients), limited by what is left of the per-person annual cap. A child
// aged 0–14 at admission with acute leukaemia or congenital heart disease
// gets instead a share of the disease's fixed-quota cost. Second aid
// (再次救助, "各地酌情") is off unless the county configures it. A member's
// claims are processed in admission-date order (ties by claim id), so a
// year's aid never exceeds the cap and does not depend on the order the
// claims are handed in. [Assessor.ClaimAid] is the per-claim rule on its
// own; [Assessor.Assess] applies everything to a household.
//
// # The contract
//
// [New] validates a parameter set once and returns an [Assessor];
// [Assessor.Assess] takes a record checked by household.Checked and the
// [Inputs] (the run of months assessed and the 低保 outcome), and returns a
// [Result] that embeds the shared policy.Assessment: one decision per
// member in record order, and the lines — per member the sponsorship line,
// paid in the month of the assessment date, then the aid lines of each claim
// admitted in the run of months, each naming its claim id and paid in the
// admission month. The figures behind them — each member's group and aid,
// each claim's rule, R, aid, second aid, cap and what is left — are read
// through the result's methods.
//
// # Remaining out-of-pocket
//
// [Result.Remaining] is what is left of the members' compliant
// out-of-pocket after all medical aid: the figure the 救急难 rule of
// temporary aid (2.4.2) compares with household income, handed over by the
// caller ([Result.RemainingFen] in fen).
package medical
