package policy

import (
	"iter"
	"time"

	"github.com/shopspring/decimal"
)

// Assessment is the outcome every programme's result shares: the lines it
// pays, the decisions it took and the findings it reports, in the order the
// rules made them. A programme's Result embeds one, and a breakdown is the
// assessments of every programme appended together.
//
// Rules add to it with [Assessment.Recurring], [Assessment.Lump],
// [Assessment.Refer], [Assessment.Decide] and [Assessment.Find]; those keep
// the explanations' arguments in one slice the assessment owns, so that a
// line costs no allocation of its own. The zero Assessment is empty and
// ready to use. An Assessment belongs to its result: nothing in it is
// shared with the Assessor that made it except read-only parameter records.
// It is built by one rule at a time and then read: do not add to two copies
// of one Assessment, which would share the slice of arguments.
type Assessment struct {
	Lines     []Line
	Decisions []Decision
	Findings  []Finding
	args      []Arg
}

// Initial capacities: enough for most households in one allocation each.
const (
	initialLines     = 4
	initialDecisions = 4
	initialArgs      = 24
)

// keep copies args, and "=" with amount when result is true, into the
// assessment's arguments and returns the copy, its capacity clipped so that
// appending to it cannot reach another explanation's arguments.
func (a *Assessment) keep(args []Arg, result bool, amount Money) []Arg {
	n := len(args)
	if result {
		n++
	}
	if n == 0 {
		return nil
	}
	if cap(a.args)-len(a.args) < n {
		a.args = make([]Arg, 0, max(initialArgs, 2*cap(a.args), n))
	}
	start := len(a.args)
	a.args = append(a.args, args...)
	if result {
		a.args = append(a.args, M("=", amount))
	}
	return a.args[start:len(a.args):len(a.args)]
}

func (a *Assessment) addLine(l Line) {
	if a.Lines == nil {
		a.Lines = make([]Line, 0, initialLines)
	}
	a.Lines = append(a.Lines, l)
}

// Recurring adds a recurring line paid at annual rate over the months of
// period (the whole year for the zero Period), and returns its amount:
// round(rate × k / 12), rounded once by p.Rounding (section 0). The
// explanation is f with args and the amount as "=".
func (a *Assessment) Recurring(p *Pay, rate Rate, period Period, f *Formula, args ...Arg) Money {
	l := makeLine(p)
	l.rate, l.period, l.formula = rate, monthsOf(period), f
	l.amount = p.Rounding.Prorate(rate, period.Months())
	l.args = a.keep(args, true, l.amount)
	a.addLine(l)
	return l.amount
}

// Lump adds a one-off line of amount, already rounded by the rule, paid in
// month (medical and temporary aid, contribution sponsorship): it has no
// monthly schedule. The explanation is f with args and the amount as "=".
func (a *Assessment) Lump(p *Pay, amount Money, month time.Month, f *Formula, args ...Arg) {
	l := makeLine(p)
	l.amount, l.lump, l.period, l.formula = amount, true, monthsOf(Month(month)), f
	l.args = a.keep(args, true, amount)
	a.addLine(l)
}

// Refer adds a referral line (2.4.3): no amount, the service it names in
// p.Service, in month. The explanation is f with args.
func (a *Assessment) Refer(p *Pay, month time.Month, f *Formula, args ...Arg) {
	l := makeLine(p)
	l.lump, l.period, l.formula = true, monthsOf(Month(month)), f
	l.args = a.keep(args, false, 0)
	a.addLine(l)
}

// Decide adds a decision, explained by f with args.
func (a *Assessment) Decide(d *Decide, f *Formula, args ...Arg) {
	a.addDecision(d, f, a.keep(args, false, 0))
}

func (a *Assessment) addDecision(d *Decide, f *Formula, args []Arg) {
	if a.Decisions == nil {
		a.Decisions = make([]Decision, 0, initialDecisions)
	}
	a.Decisions = append(a.Decisions, Decision{
		item: d.Item, member: d.Member, id: d.ID, params: d.Params, outcome: d.Outcome,
		clauses: clauseCodesOf(d.Clauses), prog: code(programmes[:], d.Programme), formula: f, args: args,
	})
}

// Find adds a finding, explained by f with args.
func (a *Assessment) Find(x *Find, f *Formula, args ...Arg) {
	a.Findings = append(a.Findings, Finding{
		item: x.Item, member: x.Member, id: x.ID, amount: x.Amount, kind: x.Kind,
		clauses: clauseCodesOf(x.Clauses), prog: code(programmes[:], x.Programme),
		formula: f, args: a.keep(args, false, 0),
	})
}

// Append adds every line, decision and finding of o to a, in order. Their
// explanations keep referring to o's arguments, which no one changes.
func (a *Assessment) Append(o *Assessment) {
	a.Lines = append(a.Lines, o.Lines...)
	a.Decisions = append(a.Decisions, o.Decisions...)
	a.Findings = append(a.Findings, o.Findings...)
}

// Grow makes room for lines, decisions and findings more, so that appending
// several assessments allocates once for each.
func (a *Assessment) Grow(lines, decisions, findings int) {
	a.Lines = grow(a.Lines, lines)
	a.Decisions = grow(a.Decisions, decisions)
	a.Findings = grow(a.Findings, findings)
}

func grow[T any](s []T, n int) []T {
	if n <= 0 || cap(s)-len(s) >= n {
		return s
	}
	t := make([]T, len(s), len(s)+n)
	copy(t, s)
	return t
}

// Total returns the sum of the lines' amounts, in yuan.
func (a *Assessment) Total() decimal.Decimal { return a.TotalFen().Decimal() }

// TotalFen returns the sum of the lines' amounts, in fen.
func (a *Assessment) TotalFen() Money {
	var t Money
	for i := range a.Lines {
		t += a.Lines[i].amount
	}
	return t
}

// Select is a query on an assessment's lines, decisions or findings: each
// non-empty field must match. The zero Select matches everything.
type Select struct {
	Programme Programme
	Item      Item
	Member    string
}

func (s Select) match(p Programme, item Item, member string) bool {
	return (s.Programme == "" || s.Programme == p) && (s.Item == "" || s.Item == item) &&
		(s.Member == "" || s.Member == member)
}

// LinesOf yields, in order, the lines that match s: for example every
// line of one member, or the 低保 base line.
func (a *Assessment) LinesOf(s Select) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		for _, l := range a.Lines {
			if s.match(l.Programme(), l.item, l.member) && !yield(l) {
				return
			}
		}
	}
}

// DecisionsOf yields, in order, the decisions that match s.
func (a *Assessment) DecisionsOf(s Select) iter.Seq[Decision] {
	return func(yield func(Decision) bool) {
		for _, d := range a.Decisions {
			if s.match(d.Programme(), d.item, d.member) && !yield(d) {
				return
			}
		}
	}
}

// FindingsOf yields, in order, the findings that match s.
func (a *Assessment) FindingsOf(s Select) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for _, f := range a.Findings {
			if s.match(f.Programme(), f.item, f.member) && !yield(f) {
				return
			}
		}
	}
}

// Decision returns the first decision that matches s, and false when none
// does.
func (a *Assessment) Decision(s Select) (Decision, bool) {
	for d := range a.DecisionsOf(s) {
		return d, true
	}
	return Decision{}, false
}

// DecideAs adds a decision whose reason is an explanation made elsewhere
// (a failed check's, a line's): the decision shares its arguments, which no
// one can change.
func (a *Assessment) DecideAs(d *Decide, e Explanation) { a.addDecision(d, e.formula, e.args) }

// Share adds a recurring line at annual rate over the months of period
// whose amount is its part of an amount several lines share (see
// [Rounding.Split]), rather than the rate rounded on its own. The
// explanation is f with args and the amount as "=".
func (a *Assessment) Share(p *Pay, rate Rate, period Period, amount Money, f *Formula, args ...Arg) {
	l := makeLine(p)
	l.rate, l.period, l.formula, l.amount = rate, monthsOf(period), f, amount
	l.args = a.keep(args, true, amount)
	a.addLine(l)
}
