package policy

import (
	"slices"
	"sync/atomic"
	"time"
)

// The templates of a rule's records. A rule that adds many records of one
// sort — the 低保 base line of every household, the contribution
// sponsorship of every member — can fix once, when its Assessor is made,
// everything of them but the member, the amount and the operands' values:
// the Pay (or Decide, Find) and the formula. A record added from a
// template skips looking its shape up in the table of shapes (see
// intern.go) and matching the Pay against it, which is most of what adding
// a record costs. Its operands are still named at the call, and their names
// and kinds are compared with those of the shape the template last used, so
// a record made from a template is the very record [Assessment.Recurring]
// and the others make from the same Pay, formula and operands. A template
// is for operands named the same at every call, as a rule's are: operands
// that change from call to call are right too, but each change costs the
// lookup the template saves.

// LineTemplate is what a rule fixes of its lines of one sort: everything a
// [Pay] holds but the member and the id, and the formula that explains
// them. It is made once, by [NewLineTemplate], and is safe for concurrent
// use.
//
// A rule that adds many records of one sort fixes their Pay (or Decide,
// Find) and formula once, when its Assessor is made, as a LineTemplate,
// [DecisionTemplate] or [FindingTemplate], and adds each with
// [Assessment.RecurringFrom] and the like: the record is the same, and
// finding its shape costs a comparison of the operands' names instead of a
// lookup.
type LineTemplate struct {
	pay  Pay
	f    *Formula
	sh   atomic.Pointer[shape] // the shape of the last operands seen
	with withs[LineTemplate]   // the templates With made last
}

// NewLineTemplate returns the template of the lines p describes, explained
// by f. p's Member and ID are not part of it: each line names its own
// member. p's Clauses and Params are kept as they are, as a Pay's are: do
// not change them afterwards.
func NewLineTemplate(p Pay, f *Formula) *LineTemplate {
	p.Member, p.ID = "", ""
	return &LineTemplate{pay: p, f: f}
}

// With returns t for lines that rest on the parameter records used as well,
// after t's own: for a line whose figures read a parameter that only some
// households bring in (a 低保 line of a household whose income a
// provisional rule classified, say). It keeps the last eight templates it
// made and hands one out again for the same records, so that a rule may
// call it for every line: households that bring in the same records share
// one template, its shapes and all.
func (t *LineTemplate) With(used ...Used) *LineTemplate {
	if len(used) == 0 {
		return t
	}
	return t.with.get(used, func(w *LineTemplate) []Used { return w.pay.Params[len(t.pay.Params):] },
		func() *LineTemplate {
			p := t.pay
			p.Params = append(slices.Clip(p.Params), used...)
			return &LineTemplate{pay: p, f: t.f}
		})
}

// keptWiths is how many templates With keeps, so that households taking
// turns with different records do not each make a template: 100,000
// synthetic households bring in seventeen combinations of 低保's income
// rules, and keeping eight templates made 281 of them where keeping the
// last one made 8,822.
const keptWiths = 8

// withs are the templates a template's With made last, the latest first,
// up to keptWiths of them, shared: a list is never changed once stored,
// and a new template stores a new list. A template handed out again stays
// where it is (moving it would store a list at every call), so the oldest
// made goes first however often it is used. Two goroutines making
// templates at once may each store a list without the other's, which
// costs only making that template again.
type withs[T any] struct{ last atomic.Pointer[[]*T] }

// get returns the kept template whose own records (params) are used, or
// else the one made by newT, kept first.
func (ws *withs[T]) get(used []Used, params func(*T) []Used, newT func() *T) *T {
	var kept []*T
	if p := ws.last.Load(); p != nil {
		kept = *p
	}
	for _, w := range kept {
		if slices.Equal(params(w), used) {
			return w
		}
	}
	w := newT()
	list := make([]*T, 0, min(len(kept)+1, keptWiths))
	list = append(append(list, w), kept[:min(len(kept), keptWiths-1)]...)
	ws.last.Store(&list)
	return w
}

func (t *LineTemplate) shape(args []Arg) *shape {
	return lastShape(&t.sh, args, func() *shape { return lineShape(&t.pay, t.f, args) })
}

// lastShape returns the shape of a template's records with args: the one
// kept in last when its operands are named and typed as args are, else the
// one look finds, kept in last for the next call.
func lastShape(last *atomic.Pointer[shape], args []Arg, look func() *shape) *shape {
	if sh := last.Load(); sh != nil && sh.sameArgs(args) {
		return sh
	}
	sh := look()
	last.Store(sh)
	return sh
}

// RecurringFrom is [Assessment.Recurring] for a line of template t for
// member ("" for a household line; t fixes the payee): it adds a recurring
// line paid at annual
// rate over the months of period, explained by t's formula with args, and
// returns its amount, rounded once by t's rounding.
func (a *Assessment) RecurringFrom(t *LineTemplate, member string, rate Rate, period Period, args ...Arg) Money {
	l := a.addLine(t.shape(args), member, "", args, resultFlag(period))
	l.period = monthsOf(period)
	l.setRate(rate)
	l.amount = t.pay.Rounding.Prorate(rate, period.Months())
	return l.amount
}

// ShareFrom is [Assessment.Share] for a line of template t for member: the
// next of the lines that share one rounding (s).
func (a *Assessment) ShareFrom(t *LineTemplate, member string, rate Rate, period Period, s *Split, args ...Arg) Money {
	l := a.addLine(t.shape(args), member, "", args, resultFlag(period))
	l.share = share{k: uint8(s.k), i: uint8(s.next)}
	l.period = monthsOf(period)
	l.setRate(rate)
	l.amount = s.Next()
	return l.amount
}

// LumpFrom is [Assessment.Lump] for a line of template t for member, with
// no claim or event id: a one-off line of amount, already rounded by the
// rule, paid in month.
func (a *Assessment) LumpFrom(t *LineTemplate, member string, amount Money, month time.Month, args ...Arg) {
	l := a.addLine(t.shape(args), member, "", args, lineLump|lineEqAmount)
	l.amount, l.period = amount, monthsOf(Month(month))
}

// DecisionTemplate is what a rule fixes of its decisions of one sort:
// everything a [Decide] holds but the member and the id, and the formula
// that explains them. It is made once, by [NewDecisionTemplate], and is
// safe for concurrent use.
type DecisionTemplate struct {
	d    Decide
	f    *Formula
	sh   atomic.Pointer[shape]
	with withs[DecisionTemplate] // the templates With made last
}

// NewDecisionTemplate returns the template of the decisions d describes,
// explained by f. d's Member and ID are not part of it; its Clauses and
// Params are kept as they are.
func NewDecisionTemplate(d Decide, f *Formula) *DecisionTemplate {
	d.Member, d.ID = "", ""
	return &DecisionTemplate{d: d, f: f}
}

// With returns t for decisions that rest on the parameter records used as
// well, after t's own, as [LineTemplate.With] does for lines.
func (t *DecisionTemplate) With(used ...Used) *DecisionTemplate {
	if len(used) == 0 {
		return t
	}
	return t.with.get(used, func(w *DecisionTemplate) []Used { return w.d.Params[len(t.d.Params):] },
		func() *DecisionTemplate {
			d := t.d
			d.Params = append(slices.Clip(d.Params), used...)
			return &DecisionTemplate{d: d, f: t.f}
		})
}

func (t *DecisionTemplate) shape(args []Arg) *shape {
	return lastShape(&t.sh, args, func() *shape { return decisionShape(&t.d, t.f, args) })
}

// DecideFrom is [Assessment.Decide] for a decision of template t about
// member ("" for the household), with no claim or event id, explained by
// t's formula with args.
func (a *Assessment) DecideFrom(t *DecisionTemplate, member string, args ...Arg) {
	sh := t.shape(args)
	n := a.newDecision()
	n.member = member
	n.x = encode(a, sh, args, n.vals[:], "", true)
}

// FindingTemplate is what a rule fixes of its findings of one sort:
// everything a [Find] holds but the member, the id and the amount, and the
// formula that explains them. It is made once, by [NewFindingTemplate],
// and is safe for concurrent use.
type FindingTemplate struct {
	x  Find
	f  *Formula
	sh atomic.Pointer[shape]
}

// NewFindingTemplate returns the template of the findings x describes,
// explained by f. x's Member, ID and Amount are not part of it; its Clauses
// are kept as they are.
func NewFindingTemplate(x Find, f *Formula) *FindingTemplate {
	x.Member, x.ID, x.Amount = "", "", 0
	return &FindingTemplate{x: x, f: f}
}

func (t *FindingTemplate) shape(args []Arg) *shape {
	return lastShape(&t.sh, args, func() *shape { return findingShape(&t.x, t.f, args) })
}

// FindFrom is [Assessment.Find] for a finding of template t about member
// ("" for the household), with no claim or event id, of amount, explained
// by t's formula with args.
func (a *Assessment) FindFrom(t *FindingTemplate, member string, amount Money, args ...Arg) {
	sh := t.shape(args)
	n := a.newFinding()
	*n = Finding{member: member, amount: amount}
	n.x = encode(a, sh, args, n.vals[:], "", true)
}
