package temporary

import (
	"slices"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaOverLimit = policy.Formula{ID: "temporary.over-limit",
		ZH: "{t}事件 {e}：差额 {G}，为本户本年第 {i} 起可获救助的事件，超过每户每年 {L} 次的限额：不予救助，差额 {=} 元提交一事一议",
		EN: "{t} event {e}: shortfall {G}; it is the household's event {i} of the year that would be aided, above the limit of {L} a year: no aid, the shortfall of {=} yuan goes to the joint meeting"}
	formulaMeetingLimit = policy.Formula{ID: "temporary.joint-meeting-limit",
		ZH: "一事一议：{t}事件 {e} 为本户本年第 {i} 起可获救助的事件，超过每户每年 {L} 次的限额，差额 {=} 元提交联席会议",
		EN: "joint meeting: {t} event {e} is the household's event {i} of the year that would be aided, above the limit of {L} a year: the shortfall of {=} yuan goes to the joint meeting"}
)

// applyLimit applies the county's limit on events aided per year (2.4.1,
// local, off unless set) to events, the year's events of the months in
// force that in leaves to this run: all of them, whichever run of months
// is assessed, so that each run ranks its own events as the whole year
// does; or, after the runs before (Inputs.Before), those from in.period
// on, ranked after the in.counted events the runs before counted. The
// events counted are those that would be paid — with a shortfall of at
// least one rounding unit of the set in force in their month, which
// rounded down to the unit is more than 0 — in date order (record order
// on the same day); from the first beyond the limit on, an event is paid
// nothing, keeps its referral, and goes whole to the joint meeting
// (一事一议) with its shortfall as the amount left over. Whether an event
// counts does not depend on the standard S, which may differ between the
// runs of the year (an event is paid whenever its shortfall is, for its
// maximum is at least one unit unless a multiple × S ÷ 12 rounds to 0),
// nor on the limit of its run's set: a run with no limit counts its events
// too, for the runs after. applyLimit returns the events counted up to the
// end of in.period, in.counted included.
func (a *Assessor) applyLimit(events []Event, in *inputs) int {
	upTo, n := in.counted, 0 // counted up to the end of the run; of all events
	for i := range events {
		if a.counts(&events[i]) {
			n++
			if events[i].date.Month <= in.period.To {
				upTo++
			}
		}
	}
	if a.limit == 0 || in.counted+n <= a.limit {
		return upTo
	}
	paid := make([]int, 0, n)
	for i := range events {
		if a.counts(&events[i]) {
			paid = append(paid, i)
		}
	}
	slices.SortStableFunc(paid, func(i, j int) int { return events[i].date.Compare(events[j].date) })
	within := max(a.limit-in.counted, 0) // the events of this run the limit still allows
	for k, i := range paid[within:] {
		e := &events[i]
		e.overLimit, e.rank, e.amount, e.leftOver = true, in.counted+within+k+1, 0, e.shortfall
	}
	return upTo
}

// counts reports whether an event counts toward the limit: whether its
// shortfall is at least one rounding unit, so that it would be paid.
func (a *Assessor) counts(e *Event) bool { return a.p.Rounding.FloorMoney(e.shortfall) > 0 }

// overLimit adds the decision and the joint-meeting flag of an event over
// the limit.
func (a *Assessor) overLimit(out *policy.Assessment, d *policy.Decide, ev *Event, item policy.Item) {
	name, event := typeNames[ev.typ], policy.T("e", ev.id)
	i, limit := policy.N("i", ev.rank), policy.N("L", a.limit)
	out.Decide(d, &formulaOverLimit, name, event, i, limit, policy.M("G", ev.shortfall), policy.M("=", ev.leftOver))
	out.Find(&policy.Find{Kind: policy.JointMeeting, Programme: policy.Temporary, Item: item, Member: ev.member,
		ID: ev.id, Clauses: clausesMeeting, Amount: ev.leftOver}, &formulaMeetingLimit, name, event, i, limit,
		policy.M("=", ev.leftOver))
}
