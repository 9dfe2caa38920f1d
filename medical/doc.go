// Package medical implements medical aid (医疗救助) of 东政办〔2017〕43号
// clause 2.3 as RULES.md restates it. [New] validates a parameter set
// once and returns an [Assessor]; [Assessor.Assess] takes a record checked
// by [household.Household.Check] (a household.Checked) and the [Inputs] of
// one run of months — the 低保 outcome handed in as plain values, and the
// [Result] of the run before — and returns a [Result] that embeds the
// shared policy.Assessment, with the figures behind it (groups, each
// claim's R, aid, second aid and cap, the aid paid this year, the
// out-of-pocket left) read through its methods.
//
// # Who is covered
//
// Each member falls in one [Group] (2.3.2), the most favourable that
// applies: 特困 > 低保 > registered poor (建档立卡) > extended (the elderly,
// minor, severely disabled and major-disease members of low-income
// families, and the major-disease patients of families impoverished by
// illness) > a child in difficulty (困境儿童, 困境家庭儿童, 2.2.3) in no
// other group.
//
// The group on the assessment date decides the member's decision and the
// contribution sponsorship (2.3.3), paid by the medical-aid fund for key
// recipients and by county finance for registered-poor members; each claim
// goes by the member's group on its admission date.
//
// # Inpatient aid
//
// Inpatient aid (2.3.4), per claim in the run: R is the compliant cost less
// basic NCMS, critical-illness, supplementary and guaranteed-minimum
// payments; aid is the claim group's ratio of R above its deductible (none
// for key recipients), or for a child aged 0–14 at admission with acute
// leukaemia or congenital heart disease a share of the fixed-quota cost,
// never more than R; either is cut to the annual cap of the claim's group
// less all medical aid already paid this year. Second aid (再次救助,
// "各地酌情") is off unless the county configures it.
//
// [Assessor.ClaimAid] is the per-claim rule alone; [Result.Remaining] is
// the out-of-pocket left after all aid, which the 救急难 rule of temporary
// aid (2.4.2) compares with income.
package medical
