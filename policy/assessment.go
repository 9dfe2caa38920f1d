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
// [Assessment.Refer], [Assessment.Decide] and [Assessment.Find]. Lines,
// decisions and findings are compact values that keep their explanations'
// operands inline, and what does not fit inline (a claim or event id, more
// operands) in the assessment's storage, so adding one copies a few words
// and allocates nothing of its own once that storage has grown to the
// assessment's size; the first addition takes the assessment's storage in
// one piece, reused from assessments released before
// ([Assessment.Release]). An assessment appended to another
// ([Assessment.Append], [Assessment.AppendRun]) is copied into the other's
// storage, which [Assessment.Reserve] makes once for all that is
// appended; [Assessment.Reset] keeps the arrays of the lists for the next.
// The zero Assessment is empty and ready to use. A nil *Assessment reads as
// an empty one: no lines, decisions or findings, a total of 0; Release and
// Reset do nothing to it. The methods that add to an assessment —
// Recurring, Share, Lump, Refer, Decide, DecideAs, Find, their template
// forms (RecurringFrom, …), Append, AppendRun, Grow and Reserve — panic on
// a nil receiver, as there is nowhere to add: a rule adds to a Result's
// own, never to nil. (Append and AppendRun given a nil o add nothing, even
// to nil.) An Assessment belongs to its result:
// nothing in it is shared with the Assessor that made it except read-only
// parameter records. It is built by one rule at a time and then read: do not
// add to two copies of one Assessment, which would share its storage.
//
// A line, decision or finding keeps what the rule fixes — formula, item,
// payee, payer, form, clauses, parameters, operand names — once, in a shape
// shared by every record the rule makes. The shapes, and the words operands
// hold, are interned in two tables shared by the whole process (intern.go):
// 4096 slots each, filled
// until half full, read without a lock and written under one, so that any
// number of Assessors, with any parameter sets, use them concurrently. The
// rules of a parameter set make a few hundred shapes. What does not fit once
// a table is full — a rule that builds formulas at run time, ever-changing
// text, a result read back from JSON — gets a shape or text of its own: the
// tables change speed and memory, never a result. Entries are never
// removed, so the tables' memory is bounded by their size: they hold what
// rules and parameter sets fix (formulas, items, clauses, parameter
// records) and the words of operands, which may include a record's text
// that an explanation names (a nursing home's id, a referral's service),
// never its amounts.
type Assessment struct {
	Lines     []Line     // the lines: amounts paid, and referrals with none
	Decisions []Decision // the decisions taken, with their reasons
	Findings  []Finding  // what a caseworker or auditor should act on
	// st is the storage the slices were taken from by the first addition
	// (or made by Reserve, or by the first Append of values whose extras
	// must be copied), with the arena of the values' extras, handed back by
	// Release; own says which of the slices it gave (the others were a's
	// before).
	st  *storage
	own uint8
}

// newLine appends a line to a and returns it to be filled in: the line p
// describes, explained by f with args (the result "=" apart, which flags
// add).
func (a *Assessment) newLine(p *Pay, f *Formula, args []Arg, flags uint8) *Line {
	return a.addLine(lineShape(p, f, args), p.Member, p.ID, args, flags)
}

// addLine appends a line of shape sh to a and returns it to be filled in:
// paid to member, for the claim or event id, with the operands args.
func (a *Assessment) addLine(sh *shape, member, id string, args []Arg, flags uint8) *Line {
	if a.st == nil {
		a.acquire()
	}
	if len(a.Lines) == cap(a.Lines) {
		a.Lines = append(a.Lines, Line{})
	} else {
		a.Lines = a.Lines[:len(a.Lines)+1]
	}
	l := &a.Lines[len(a.Lines)-1]
	*l = Line{member: member, flags: flags}
	l.x = encode(a, sh, args, l.vals[:], id, true)
	return l
}

// Recurring adds a recurring line paid at annual rate over the months of
// period (the whole year for the zero Period), and returns its amount:
// round(rate × k / 12), rounded once by p.Rounding (section 0). The
// explanation is f with args and the amount as "=".
func (a *Assessment) Recurring(p *Pay, rate Rate, period Period, f *Formula, args ...Arg) Money {
	l := a.newLine(p, f, args, resultFlag(period))
	l.period = monthsOf(period)
	l.setRate(rate)
	l.amount = p.Rounding.Prorate(rate, period.Months())
	return l.amount
}

// resultFlag says what a recurring line's result "=" is: the amount for a
// whole year, the annual rate R for fewer months (the explanation goes on
// to R × k ÷ 12 = the amount, see [Line.Explanation]).
func resultFlag(period Period) uint8 {
	if period.Months() == 12 {
		return lineEqAmount
	}
	return lineEqRate
}

// Lump adds a one-off line of amount, already rounded by the rule, paid in
// month (medical and temporary aid, contribution sponsorship): it has no
// monthly schedule. The explanation is f with args and the amount as "=".
func (a *Assessment) Lump(p *Pay, amount Money, month time.Month, f *Formula, args ...Arg) {
	l := a.newLine(p, f, args, lineLump|lineEqAmount)
	l.amount, l.period = amount, monthsOf(Month(month))
}

// Refer adds a referral line (2.4.3): no amount, the service it names in
// p.Service, in month. The explanation is f with args.
func (a *Assessment) Refer(p *Pay, month time.Month, f *Formula, args ...Arg) {
	l := a.newLine(p, f, args, lineLump)
	l.period = monthsOf(Month(month))
}

// Decide adds a decision, explained by f with args.
func (a *Assessment) Decide(d *Decide, f *Formula, args ...Arg) {
	sh := decisionShape(d, f, args)
	n := a.newDecision()
	n.member = d.Member
	n.x = encode(a, sh, args, n.vals[:], d.ID, true)
}

// newDecision appends a zero decision to a and returns it.
func (a *Assessment) newDecision() *Decision {
	if a.st == nil {
		a.acquire()
	}
	if len(a.Decisions) == cap(a.Decisions) {
		a.Decisions = append(a.Decisions, Decision{})
	} else {
		a.Decisions = a.Decisions[:len(a.Decisions)+1]
		a.Decisions[len(a.Decisions)-1] = Decision{}
	}
	return &a.Decisions[len(a.Decisions)-1]
}

// Find adds a finding, explained by f with args.
func (a *Assessment) Find(x *Find, f *Formula, args ...Arg) {
	sh := findingShape(x, f, args)
	n := a.newFinding()
	*n = Finding{member: x.Member, amount: x.Amount}
	n.x = encode(a, sh, args, n.vals[:], x.ID, true)
}

// newFinding appends a finding to a and returns it to be filled in.
func (a *Assessment) newFinding() *Finding {
	if a.st == nil {
		a.acquire()
	}
	if len(a.Findings) == cap(a.Findings) {
		a.Findings = append(a.Findings, Finding{})
	} else {
		a.Findings = a.Findings[:len(a.Findings)+1]
	}
	return &a.Findings[len(a.Findings)-1]
}

// Append adds every line, decision and finding of o to a, in order. They
// are values, a's own: a shares nothing mutable with o, which may be
// released afterwards ([Assessment.Release]). A nil o, like an empty one,
// adds nothing.
func (a *Assessment) Append(o *Assessment) {
	if o == nil {
		return
	}
	l, d, f := len(a.Lines), len(a.Decisions), len(a.Findings)
	a.Lines = append(a.Lines, o.Lines...)
	a.Decisions = append(a.Decisions, o.Decisions...)
	a.Findings = append(a.Findings, o.Findings...)
	a.keep(o, l, d, f)
}

// Total returns the sum of the lines' amounts, in yuan: 0 for nil.
func (a *Assessment) Total() decimal.Decimal { return a.TotalFen().Decimal() }

// TotalFen returns the sum of the lines' amounts, in fen: 0 for nil.
func (a *Assessment) TotalFen() Money {
	if a == nil {
		return 0
	}
	var t Money
	for i := range a.Lines {
		t += a.Lines[i].amount
	}
	return t
}

// Select is a query on an assessment's lines, decisions or findings: each
// non-empty field must match. The zero Select matches everything.
type Select struct {
	Programme Programme // the programme, or "" for any
	Item      Item      // the item, or "" for any
	Member    string    // a member's id, or "" for any (household records included)
}

func (s Select) match(p Programme, item Item, member string) bool {
	return (s.Programme == "" || s.Programme == p) && (s.Item == "" || s.Item == item) &&
		(s.Member == "" || s.Member == member)
}

// LinesOf yields, in order, the lines that match s: for example every
// line of one member, or the 低保 base line. A nil assessment yields none.
func (a *Assessment) LinesOf(s Select) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		if a == nil {
			return
		}
		for _, l := range a.Lines {
			if s.match(l.Programme(), l.Item(), l.member) && !yield(l) {
				return
			}
		}
	}
}

// DecisionsOf yields, in order, the decisions that match s: none for nil.
func (a *Assessment) DecisionsOf(s Select) iter.Seq[Decision] {
	return func(yield func(Decision) bool) {
		if a == nil {
			return
		}
		for _, d := range a.Decisions {
			if s.match(d.Programme(), d.Item(), d.member) && !yield(d) {
				return
			}
		}
	}
}

// FindingsOf yields, in order, the findings that match s: none for nil.
func (a *Assessment) FindingsOf(s Select) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		if a == nil {
			return
		}
		for _, f := range a.Findings {
			if s.match(f.Programme(), f.Item(), f.member) && !yield(f) {
				return
			}
		}
	}
}

// Decision returns the first decision that matches s, and false when none
// does (always for nil).
func (a *Assessment) Decision(s Select) (Decision, bool) {
	for d := range a.DecisionsOf(s) {
		return d, true
	}
	return Decision{}, false
}

// DecideAs adds a decision whose reason is an explanation made elsewhere
// (a failed check's, a line's): its formula and operands, without the
// months a part-year line's explanation adds (which a shared line read back
// from JSON keeps).
func (a *Assessment) DecideAs(d *Decide, e Explanation) {
	var buf [argBuf]Arg
	f, args := e.view(&buf)
	a.Decide(d, f, args...)
}

// Share adds the next of the recurring lines that share one rounding (see
// [Rounding.Split]): it pays at annual rate over the months of period, its
// part of the split's total rather than the rate rounded on its own, and
// returns that part. The explanation is f with args and the result; over
// part of the year it names the lines' total, which it works out again from
// the line, so s must be p.Rounding's Split of rate over period's months,
// and as many lines as s counts must be added from it, in order. The lines
// of one split are joined to those of the run before ([Assessment.AppendRun])
// all together or not at all.
func (a *Assessment) Share(p *Pay, rate Rate, period Period, s *Split, f *Formula, args ...Arg) Money {
	l := a.newLine(p, f, args, resultFlag(period))
	l.share = share{k: uint8(s.k), i: uint8(s.next)}
	l.period = monthsOf(period)
	l.setRate(rate)
	l.amount = s.Next()
	return l.amount
}
