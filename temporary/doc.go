// Package temporary implements temporary aid (临时救助) of 东政办〔2017〕43号
// clause 2.4 (二、（四）), as RULES.md restates it: hardship events, the
// aid each one gets within its maximum, the form it is delivered in, the
// joint-meeting flag (一事一议) and the 救急难 active-discovery flags. [New]
// validates a parameter set once and returns an [Assessor];
// [Assessor.Assess] takes a record checked by [household.Household.Check]
// and the [Inputs], among them the run of months assessed, and returns a
// [Result] that embeds the shared [policy.Assessment] (lines, decisions,
// findings) and hands out each event's figures ([Result.Events]) and the
// priority groups ([Result.Priority]); [Assessor.EventAid] is the rule for
// one event.
//
// # Events and aid
//
// A household or individual in sudden, urgent or temporary hardship
// (突发性、紧迫性、临时性) records each event as a [household.Hardship] of one
// of two families: emergency (急难型: fire, flood or other disaster,
// accident, sudden major illness, other) and expenditure (支出型: medical,
// education, other). The assessed shortfall is the event's cost less the
// insurance, compensation and other aid received, floored at 0.
//
// The aid is the shortfall bounded by the event type's maximum, a multiple
// of the monthly 低保 standard: multiple × S ÷ 12, rounded once
// ([Assessor.Maximum]; the multiples are provisional, from Chizhou
// practice), with S the standard in force in the event's month (2.4.1,
// section 0). A shortfall above the maximum is paid at the maximum and
// flagged for the joint meeting (一事一议, [policy.JointMeeting]) with the
// amount left over.
//
// # Form of aid
//
// Each line (2.4.3) is cash (临时救助金) or in kind (实物), as the county
// configures the form per event type ([Params.Form]), paid in the event's
// month as a lump sum that names the event; or a referral (转介服务), which
// carries no amount and names the service.
//
// # Active discovery
//
// For 救急难 active discovery (2.4.2) the document sets no trigger;
// RULES.md's interpretation flags a household to approach
// ([policy.Jiujinan]) when the medical out-of-pocket left after all aid of
// the year is above the income its members live on, or when an emergency
// event has had no aid yet. Each flag names the priority groups of 2.4.1
// found in the household: sudden major illness, children in difficulty,
// the severely disabled. Figures from other programmes (the income, the
// medical remainder) are handed in as plain values in [Inputs], and the
// standard S as a parameter in [Params]: this package imports no other
// programme.
package temporary
