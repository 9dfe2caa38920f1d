// Package medical implements medical aid (医疗救助) of 东政办〔2017〕43号
// clause 2.3 as RULES.md restates it. [New] validates a parameter set
// once and returns an [Assessor]; [Assessor.Assess] takes a record checked
// by household.Checked and the [Inputs] of one run of months — the 低保
// outcome handed in as plain values, and the [Result] of the run before —
// and returns a [Result] that embeds the shared policy.Assessment, with the
// figures behind it (groups, each claim's R, aid, second aid and cap, the
// aid paid this year, the out-of-pocket left) read through its methods.
//
// Who is covered (2.3.2): each member falls in one [Group], the most
// favourable that applies: 特困 > 低保 (the household in its 低保 months, or a
// member paid 低保 on his own, 2.2.3) > registered poor (建档立卡, "贫困人口全部
// 纳入") > extended (elderly, minor, severely disabled or major-disease
// members of low-income families; major-disease patients of families
// impoverished by illness) > a child in difficulty (困境儿童, 困境家庭儿童,
// 2.2.3) in no other group, an extended-group member with terms of its own
// [interpretation]. The group is decided on the assessment date D for the
// member's decision (in a run of months without D's month, with the months
// of 特困 support, 低保 and a certificate read in the run's month nearest
// D's) and the contribution sponsorship (2.3.3: the individual
// basic medical insurance contribution, paid to the basic medical insurance
// fund — 2017: the NCMS — by the medical-aid fund for key recipients and by
// county finance for registered-poor members, in D's month), and on the
// admission date for each claim: ages, and the months of 特困 support, 低保
// and a disability certificate, are taken then, so a member's group can
// differ per claim, and such a claim has a decision of its own.
//
// Inpatient aid (2.3.4), per claim in the run: R is the compliant cost less
// basic NCMS, critical-illness, supplementary and guaranteed-minimum
// payments; aid is the claim group's ratio of R above its deductible (none
// for key recipients), or for a child aged 0–14 at admission with acute
// leukaemia or congenital heart disease a share of the fixed-quota cost,
// never more than R; either is cut to the annual cap of the claim's group
// less all medical aid already paid this year (main and second aid, from
// the record or carried by the run before), never below 0. Second aid
// (再次救助, "各地酌情") is off unless the county configures it, and stays
// within its own yearly cap too. A member's claims go by admission date
// (ties by claim id), so the year's aid never exceeds the caps whatever the
// order they are handed in or the runs they fall in. [Assessor.ClaimAid] is
// the per-claim rule alone; [Result.Remaining] is the out-of-pocket left
// after all aid, which the 救急难 rule of temporary aid (2.4.2) compares
// with income.
package medical
