// Package temporary implements temporary aid (临时救助) of 东政办〔2017〕43号
// clause 2.4 (二、（四）), as RULES.md restates it: hardship events, the
// aid each one gets within its maximum, the form it is delivered in, the
// joint-meeting flag (一事一议) and the 救急难 active-discovery flags.
//
// # Hardship events and bounded aid (2.4.1)
//
// A household or individual in sudden, urgent or temporary hardship
// (突发性、紧迫性、临时性) records each event as a [household.Hardship] of one
// of two families: emergency (急难型: fire, flood or other disaster, accident,
// sudden major illness, other) and expenditure (支出型: medical, education,
// other). The assessed shortfall is the event's cost less the insurance,
// compensation and other aid received, floored at 0. The aid is the
// shortfall bounded by the event type's maximum, a multiple of the monthly
// 低保 standard: multiple × S ÷ 12, rounded once ([Assessor.Maximum]; the
// multiples are provisional, from Chizhou practice), rounded once and never
// above the shortfall (a set that rounds to the yuan pays a shortfall of
// 2500.50 as 2500, not 2501). S is lowincome's parameter, which the caller
// sets as [Params.Standard], so that the lines and decisions that rest on
// it list it with its provenance. A shortfall above the maximum — above
// multiple × S ÷ 12 itself, compared before rounding — is paid at the
// maximum and flagged for the joint meeting (一事一议,
// [policy.JointMeeting]) with the amount left over; a shortfall of 0 gets
// no cash. [Assessor.EventAid] is the rule for one event;
// [Assessor.Assess] applies it to every event of a household, and decides
// each event once: eligible when it is given aid or a referral, ineligible
// otherwise.
//
// The maximum applies per event, with S the standard in force in the
// event's month (2.4.1, section 0). A year in which the county's parameter
// sets change is assessed one run of months at a time: the caller runs the
// Assessor of each run's set ([New] of parameters whose [Params.Standard]
// is that set's S) once per run, with the run as [Inputs.Period], and each
// event is assessed in the run that holds its month, so a fire in March pays at most 10 × 3622.00 ÷ 12 =
// 3018.33 under the 2017 standard while one in August, after a rise to
// 3912.00 on 1 July, pays at most 3260.00. A county may set a limit on
// events aided per year ([Params.EventsPerYear], local, off unless set): it
// counts the events of the whole year that have a shortfall of at least one
// rounding unit, in date order, whichever run assesses them, so two runs
// give the lines one run gives when S is unchanged; events of months no
// parameter set is in force in ([Inputs.InForce]) are not assessed and do
// not count.
//
// # Forms (2.4.3)
//
// Each line is cash (临时救助金), in kind (实物) or a referral (转介服务), a
// lump sum paid in the event's month that names the event. A county
// configures the form per event type ([Params.Form], cash by default); a
// referral line carries no amount and names the service. A person without a
// household (流浪乞讨人员, [household.Household.NoFixedHousehold]) is recorded
// alone: temporary aid and referral are all the library gives him, and his
// lines are paid to him.
//
// # 救急难 active discovery (2.4.2)
//
// The document sets no trigger; RULES.md's interpretation flags a
// household to approach ([policy.Jiujinan]) when the medical out-of-pocket
// left after all aid of the year is above the income its members live on,
// or when an emergency event has had no aid yet. That income, handed in as
// [Inputs.Income], is every member's counted income plus the 特困 support
// they receive, so a 特困 person alone with no income and 3622.00 support
// is flagged with 5000.00 left to pay (1378.00 over) and not with 3000.00.
// The medical flag concerns the year of the assessment date, every claim of
// the record's year (after the date too): it is made once, in the run that
// holds the date's month; the flag of an emergency
// event stays with its event's run. Each flag names the priority groups of
// 2.4.1 found in the household: sudden major illness, children in
// difficulty, the severely disabled. Figures from other programmes (the
// income, the medical remainder) are handed in as plain values in
// [Inputs], and the standard S as a parameter in [Params]: this package
// imports no other programme.
//
// # Assessing households
//
// [New] validates a parameter set once and returns an [Assessor];
// [Assessor.Assess] takes a record checked by [household.Household.Check]
// (which also checks that every event is dated in the assessment year; one
// after the date is part of the year and is assessed) and the [Inputs], among them the run of months
// assessed: an event is assessed in the run that holds its month. The
// [Result] embeds the shared [policy.Assessment] (lines, decisions,
// findings) and hands out each event's figures ([Result.Events]) and the
// priority groups ([Result.Priority]).
package temporary
