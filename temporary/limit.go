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
// meeting (一事一议) with its shortfall as the amount left over.
func (p *Params) applyLimit(aids []Aid) {
	if !p.EventsPerYear.Set {
		return
	}
	limit := p.EventsPerYear.Value
	order := make([]int, 0, len(aids))
	for i := range aids {
		if aids[i].Amount.IsPositive() {
			order = append(order, i)
		}
	}
	if len(order) <= limit {
		return
	}
	slices.SortStableFunc(order, func(i, j int) int { return aids[i].Date.Compare(aids[j].Date) })
	for k, i := range order[limit:] {
		a := &aids[i]
		a.OverLimit = true
		a.Amount = decimal.Zero
		a.LeftOver = a.Shortfall
		args := []policy.Arg{typeArg(a.Type), policy.T("e", a.Event), policy.N("i", limit+k+1),
			policy.N("L", limit)}
		a.Decision.Outcome = policy.Ineligible
		a.Decision.Explanation = policy.Explain(formulaOverLimit,
			append(args, policy.M("G", a.Shortfall), policy.M("=", a.LeftOver))...)
		a.Lines = slices.DeleteFunc(a.Lines, func(l policy.Line) bool { return l.Form != policy.Referral })
		a.Findings = []policy.Finding{{
			Kind: policy.JointMeeting, Programme: policy.Temporary, Item: itemOf(a.Type), Member: a.Member,
			Clauses: clausesMeeting, Amount: a.LeftOver,
			Explanation: policy.Explain(formulaMeetingLimit, append(args, policy.M("=", a.LeftOver))...),
		}}
	}
}
