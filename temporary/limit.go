package temporary

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaOverLimit = policy.Formula{ID: "temporary.over-limit",
		ZH: "{t}事件 {e}：差额 {G}，为本户本年第 {i} 次救助，超过每户每年 {L} 次的限额：不予救助，差额 {=} 元提交一事一议",
		EN: "{t} event {e}: shortfall {G}; it would be the household's aided event {i} of the year, above the limit of {L} a year: no aid, the shortfall of {=} yuan goes to the joint meeting"}
	formulaMeetingLimit = policy.Formula{ID: "temporary.joint-meeting-limit",
		ZH: "一事一议：{t}事件 {e} 为本户本年第 {i} 次救助，超过每户每年 {L} 次的限额，差额 {=} 元提交联席会议",
		EN: "joint meeting: {t} event {e} would be the household's aided event {i} of the year, above the limit of {L} a year: the shortfall of {=} yuan goes to the joint meeting"}
)

// applyLimit applies the county's limit on events aided per year (2.4.1,
// local, off unless set). The events that would be paid are counted in date
// order (record order on the same day); from the first beyond the limit on,
// an event is paid nothing, keeps its referral, and goes whole to the joint
// meeting (一事一议) with its shortfall as the amount left over. It reports
// whether it changed an event.
func (a *Assessor) applyLimit(aids []Aid) bool {
	p := &a.p
	if !p.EventsPerYear.Set {
		return false
	}
	limit := p.EventsPerYear.Value
	order := make([]int, 0, len(aids))
	for i := range aids {
		if aids[i].Amount.IsPositive() {
			order = append(order, i)
		}
	}
	if len(order) <= limit {
		return false
	}
	slices.SortStableFunc(order, func(i, j int) int { return aids[i].Date.Compare(aids[j].Date) })
	for k, i := range order[limit:] {
		e := &aids[i]
		e.OverLimit = true
		e.Amount = decimal.Zero
		e.LeftOver = e.Shortfall
		args := []policy.Arg{typeArg(e.Type), policy.T("e", e.Event), policy.N("i", limit+k+1),
			policy.N("L", limit)}
		e.Decision.Outcome = policy.Ineligible
		e.Decision.Explanation = policy.Explain(formulaOverLimit,
			append(args, policy.M("G", e.Shortfall), policy.M("=", e.LeftOver))...)
		e.Lines = slices.DeleteFunc(e.Lines, func(l policy.Line) bool { return l.Form != policy.Referral })
		e.Findings = []policy.Finding{{
			Kind: policy.JointMeeting, Programme: policy.Temporary, Item: itemOf(e.Type), Member: e.Member,
			Clauses: clausesMeeting, Amount: e.LeftOver,
			Explanation: policy.Explain(formulaMeetingLimit, append(args, policy.M("=", e.LeftOver))...),
		}}
	}
	return true
}
