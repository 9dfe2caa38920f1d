// Package disability implements the two disability subsidies
// (残疾人两项补贴) of 东政办〔2017〕43号 clause 2.2.4, as RULES.md restates
// them: the living subsidy for persons with disabilities in difficulty
// (困难残疾人生活补贴) and the nursing subsidy for the severely disabled
// (重度残疾人护理补贴), with the audit the clause asks for, "应补尽补".
// [New] validates a parameter set ([Params]; [Default2017] holds the 2017
// Dongzhi values) once; [Assessor.Assess] takes a record checked once by
// [household.Household.Check] and the [Inputs] (the run of months
// assessed, the household's 低保 coverage and the members who are 低保
// recipients on their own, as the lowincome package decided them), and
// returns a [Result]: per holder in record order the living then the
// nursing decision ([Result.Holder]), the lines granted, and the findings.
//
// # Eligibility and amounts
//
// A certificate gives a type, a grade from 1 to 4 and the months it is
// valid. The living subsidy goes to holders of any grade who are members of
// a 低保 household (law: 国发〔2015〕52号) or 低保 recipients on their own
// (a child in difficulty paid the full standard on the individual switch,
// 2.2.3), or members of a registered-poor (建档立卡) household
// (provisional): 800 元/年 for grades 1–2 and 400 for grades 3–4
// (provisional, Anhui 2017); not to persons under 特困 support
// (provisional) nor orphans under orphan allowance (law: 国发〔2015〕52号).
//
// The nursing subsidy goes to holders of grades 1–2 who need long-term
// care, 60 元/月 (seed), 720.00 元/年; grade-3 intellectual or mental
// disability is an option, off by default; not with work-injury nursing
// pay (law: 国发〔2015〕52号). A holder may receive both. The defaults are
// tiers by grade; a county may add tiers by hardship to each subsidy
// ([Tiers]).
//
// # Months, audit and explanation
//
// Both lines cover the certificate's months within the run assessed: k
// months at annual rate R pay round(R × k / 12) once (section 0; a
// certificate issued in May 2017: 720.00 × 8 ÷ 12 = 480.00); a certificate
// valid in none of them gets no line, and both decisions say why. Only the
// run that contains the assessment date's month audits the payments
// recorded now against the lines that cover that month (应补尽补, 2.2.4;
// [Result.AuditLines] for joined runs).
//
// Every decision and line names its clauses (2.2.4; with 2.2.3 for a 低保
// recipient on his own, section 0 for a certificate outside the months
// assessed; section 0 alone for a person without a household, who is not
// assessed here), the parameters it rests on with their provenance, and the
// reason in words; the subsidies are paid to the member from civil-affairs
// funds.
//
// # Nil values
//
// A nil *Result's AuditLines does nothing; the methods promoted from its
// embedded policy.Assessment panic on nil, as reading one of its fields
// does. SetName on nil [Tiers] does nothing.
package disability
