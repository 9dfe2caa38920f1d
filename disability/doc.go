// Package disability implements the two disability subsidies (残疾人两项
// 补贴) of 东政办〔2017〕43号 clause 2.2.4, as POLICY.md restates them: the
// living subsidy for persons with disabilities in difficulty (困难残疾人生活
// 补贴) and the nursing subsidy for the severely disabled (重度残疾人护理
// 补贴), with the audit the clause asks for, "应补尽补".
//
// # The two subsidies
//
// Each member's disability certificate gives a type (visual, hearing,
// speech, physical, intellectual, mental, multiple) and a grade from 1 to
// 4. The living subsidy goes to holders of any grade who are members of a
// 低保 household or of a registered-poor (建档立卡) household: 800 元/年 for
// grades 1–2 and 400 for grades 3–4, provisional values from Anhui practice,
// so every such line is marked provisional; not to persons under 特困
// support nor orphans under orphan allowance. The nursing subsidy goes to
// holders of grades 1–2 who need long-term care, 60 元/月 in 2017, that is
// 720.00 元/年; grade-3 intellectual or mental disability is an option, off
// by default; not to holders on work-injury nursing pay. A holder may
// receive both. The tiers by grade are parameters ("鼓励…分档补贴标准"), and
// so is each coverage rule. Whether the household is covered by 低保 is the
// lowincome package's decision: the caller hands it in ([Inputs]).
//
// # 应补尽补
//
// [Assessor.Assess] compares its lines with what the record shows is
// received now (Current.Payments with Programme [policy.Disability], items
// [ItemLiving] and [ItemNursing]). Every certificate holder who qualifies
// but is not recorded as receiving is a finding (unclaimed, 应补尽补); so is
// every recorded receipt the rules do not support (wrongful), and a receipt
// of another monthly amount than due (under- or over-payment). Every
// decision and line names clause 2.2.4, the parameters it rests on with
// their provenance, and the reason in words; the subsidies are paid to the
// member from civil-affairs funds.
//
// # Assessing households
//
// [New] validates a parameter set once and returns an [Assessor]; its
// [Assessor.Assess] takes a record checked once by
// [household.Household.Check] and the [Inputs] (the months assessed and the
// household's 低保 coverage), and returns a [Result] that embeds the shared
// [policy.Assessment]: per holder in record order, the living then the
// nursing decision, each naming its item ([Result.Holder] returns one
// holder's two), the lines granted over the months assessed, and the
// findings. Which parameter set is in force for a date is the caller's
// decision (package benefit), not this package's.
package disability
