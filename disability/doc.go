// Package disability implements the two disability subsidies
// (残疾人两项补贴) of 东政办〔2017〕43号 clause 2.2.4, as RULES.md restates
// them: the living subsidy for persons with disabilities in difficulty
// (困难残疾人生活补贴) and the nursing subsidy for the severely disabled
// (重度残疾人护理补贴), with the audit the clause asks for, "应补尽补".
// [New] validates a parameter set once; [Assessor.Assess] takes a record
// checked once by [household.Household.Check] and the [Inputs] (the run of
// months assessed, the household's 低保 coverage and the members who are
// 低保 recipients on their own, as the lowincome package decided them), and
// returns a [Result]: per holder in record order the living then the
// nursing decision ([Result.Holder]), the lines granted, and the findings.
// Which parameter set is in force for which months is package benefit's
// decision, not this package's.
//
// # The two subsidies (2.2.4)
//
// A certificate gives a type, a grade from 1 to 4 and the months it is
// valid. The living subsidy goes to holders of any grade who are members of
// a 低保 household (law: 国发〔2015〕52号) or 低保 recipients on their own
// (a child in difficulty paid the full standard on the individual switch,
// 2.2.3), or members of a registered-poor (建档立卡) household
// (provisional): 800 元/年 for grades 1–2 and 400 for grades 3–4
// (provisional, Anhui 2017); not to persons under 特困 support
// (provisional) nor orphans under orphan allowance (law: 国发〔2015〕52号).
// A 特困 person is outside the 低保 household in the months of his support
// only (the record's tekun.period, section 0): in the other months of the
// year he is an ordinary member. A run of months in which a holder's 特困
// support starts or ends is refused with an error at his tekun.period: the
// caller assesses the runs of [household.Checked.SupportRuns] one by one.
// The nursing subsidy goes to holders of grades 1–2 who need long-term
// care, 60 元/月 (seed), 720.00 元/年; grade-3 intellectual or mental
// disability is an option, off by default, at the same 60 元/月 (derived)
// unless the county sets its own; not with work-injury nursing pay (law:
// 国发〔2015〕52号). A holder may receive both. The defaults are tiers by
// grade; "鼓励有条件的地方根据残疾人困难程度制定分档补贴标准": a county may add
// tiers by hardship to each subsidy ([Tiers]), chosen by the member's county
// hardship level, 低保 or registered poor, and a line names the tier it pays
// in its parameters and explanation.
//
// # Months and 应补尽补 (section 0, 2.2.4)
//
// Both lines cover the certificate's months within the run assessed: k
// months at annual rate R pay round(R × k / 12) once (a certificate issued
// in May 2017: 720.00 × 8 ÷ 12 = 480.00); a certificate valid in none of
// them gets no line, and both decisions say why. Only the run that contains
// the assessment date's month audits the payments recorded now
// (Current.Payments, Programme [policy.Disability], items [ItemLiving] and
// [ItemNursing]) against the lines that cover that month: a holder who
// qualifies but is not recorded as receiving (unclaimed, 应补尽补), a
// receipt the rules do not support that month (wrongful), a receipt of
// another monthly amount than the regular month of the line's schedule
// (under- or over-payment). A caller that assesses the year in several
// runs and joins the lines that go on unchanged sets [Inputs.Joined] and
// audits the joined lines with [Result.AuditLines]: a subsidy due all year
// is then unclaimed for the year, not for the piece of it in one run.
// Every decision and line names its clauses
// (2.2.4; with 2.2.3 for a 低保 recipient on his own, section 0 for a
// certificate outside the months assessed), the parameters it rests on with
// their provenance, and the reason in words; the subsidies are paid to the
// member from civil-affairs funds.
package disability
