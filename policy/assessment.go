package policy

import (
	"iter"
	"sync"
	"sync/atomic"
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
// storage, which [Assessment.Reserve] makes once for all that is appended
// and [Assessment.Reset] keeps for the next. The zero
// Assessment is empty and ready to use. An Assessment belongs to its result:
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

// storage is the slices of a released assessment, kept for reuse, and the
// arena where the assessment makes its values' extras.
type storage struct {
	lines     []Line
	decisions []Decision
	findings  []Finding
	arena
}

// Initial capacities: enough for most programmes' results, made in one
// allocation.
const (
	initialLines     = 4
	initialDecisions = 1
	initialFindings  = 1
)

// block is new storage: the slices' first arrays in one allocation, of at
// most 512 bytes (the largest allocation Go makes without a header).
type block struct {
	lines     [initialLines]Line
	decisions [initialDecisions]Decision
	findings  [initialFindings]Finding
}

// storages holds the storage of released assessments; released says
// whether any was ever released, so that a program that releases none does
// not look. newBlock marks an assessment whose lists are a new block's and
// which has no storage of its own yet: one is made when it first makes an
// extra ([Assessment.arena]) or is released, so that an assessment that
// does neither — a programme's result that its caller keeps — takes one
// allocation.
var (
	storages sync.Pool
	released atomic.Bool
	newBlock storage
)

// Which slices an assessment's storage gave it.
const (
	ownLines = 1 << iota
	ownDecisions
	ownFindings
)

// acquire gives a its storage: a released one, or a new block. Slices a
// already has are kept.
func (a *Assessment) acquire() {
	var st *storage
	if released.Load() {
		st, _ = storages.Get().(*storage)
	}
	var lines []Line
	var decisions []Decision
	var findings []Finding
	if st == nil {
		b := new(block)
		st, lines, decisions, findings = &newBlock, b.lines[:0], b.decisions[:0], b.findings[:0]
	} else {
		lines, decisions, findings = st.lines[:0], st.decisions[:0], st.findings[:0]
	}
	a.st = st
	if a.Lines == nil {
		a.Lines, a.own = lines, a.own|ownLines
	}
	if a.Decisions == nil {
		a.Decisions, a.own = decisions, a.own|ownDecisions
	}
	if a.Findings == nil {
		a.Findings, a.own = findings, a.own|ownFindings
	}
}

// Release empties the assessment and hands its storage back, to be reused
// by assessments made later. It is for the owner of an assessment that is
// done with it — benefit releases the programmes' results once they are
// appended to the breakdown — and it must be the last use of the
// assessment, of every copy of it and of its slices, and of every line,
// decision, finding and explanation copied out of it: their explanations'
// operands may be in the storage, which is reused. Those appended to
// another assessment ([Assessment.Append], [Assessment.AppendRun]) are the
// other's, and stay valid. Release of an assessment that holds no storage
// only empties it.
func (a *Assessment) Release() {
	st, own := a.st, a.own
	lines, decisions, findings := a.Lines, a.Decisions, a.Findings
	*a = Assessment{}
	if st == nil {
		return
	}
	if st == &newBlock {
		st = new(storage)
	}
	st.lines, st.decisions, st.findings = nil, nil, nil
	if own&ownLines != 0 {
		st.lines = lines[:0]
	}
	if own&ownDecisions != 0 {
		st.decisions = decisions[:0]
	}
	if own&ownFindings != 0 {
		st.findings = findings[:0]
	}
	st.arena.reset()
	if !released.Load() {
		released.Store(true)
	}
	storages.Put(st)
}

// Reset empties the assessment and keeps its storage, for a caller that
// reads an assessment and then makes the next one in its place (a budget
// adding up a county): what is added next reuses it. Like
// [Assessment.Release], it must be the last use of what a held before,
// copies and values copied out of it included.
func (a *Assessment) Reset() {
	a.Lines, a.Decisions, a.Findings = a.Lines[:0], a.Decisions[:0], a.Findings[:0]
	if a.st != nil && a.st != &newBlock {
		a.st.arena.reset()
	}
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
// released afterwards ([Assessment.Release]).
func (a *Assessment) Append(o *Assessment) {
	l, d, f := len(a.Lines), len(a.Decisions), len(a.Findings)
	a.Lines = append(a.Lines, o.Lines...)
	a.Decisions = append(a.Decisions, o.Decisions...)
	a.Findings = append(a.Findings, o.Findings...)
	a.keep(o, l, d, f)
}

// keep makes the values of a appended from o — its lines from the l-th,
// decisions from the d-th and findings from the f-th on — a's own: the
// extras o made in its arena, which o's release hands on for reuse, are
// copied into a's. Values of an o without storage keep extras made on
// their own, which nothing reuses, and are left as they are.
func (a *Assessment) keep(o *Assessment, l, d, f int) {
	if o.st == nil || o.st == &newBlock || o.st == a.st {
		return // o made no extra in an arena of its own
	}
	for i := l; i < len(a.Lines); i++ {
		if x := a.Lines[i].x; x.own() != nil {
			a.Lines[i].x = a.arena(0, 0).keep(x, lineVals)
		}
	}
	for i := d; i < len(a.Decisions); i++ {
		if x := a.Decisions[i].x; x.own() != nil {
			a.Decisions[i].x = a.arena(0, 0).keep(x, decisionVals)
		}
	}
	for i := f; i < len(a.Findings); i++ {
		if x := a.Findings[i].x; x.own() != nil {
			a.Findings[i].x = a.arena(0, 0).keep(x, findingVals)
		}
	}
}

// newExtra returns a new extra of shape sh with room for more values,
// made in a's arena, or on its own for a nil a.
func (a *Assessment) newExtra(sh *shape, more int) *extra {
	if a == nil {
		return newExtra(sh, more)
	}
	return a.arena(0, 0).extra(sh, more)
}

// arena returns a's arena with room for extras more holding vals values,
// making a's storage when it has none of its own: an arena of the initial
// sizes and the storage in one allocation when they are room enough.
func (a *Assessment) arena(extras, vals int) *arena {
	if a.st == nil || a.st == &newBlock {
		if extras <= arenaExtras && vals <= arenaVals {
			b := new(arenaBlock)
			b.st.extras, b.st.vals = b.extras[:0], b.vals[:0]
			a.st = &b.st
			return &b.st.arena
		}
		a.st = new(storage)
	}
	r := &a.st.arena
	if cap(r.extras)-len(r.extras) < extras {
		r.extras = make([]extra, 0, extras)
	}
	if cap(r.vals)-len(r.vals) < vals {
		r.vals = make([]int64, 0, vals)
	}
	return r
}

// arenaBlock is an assessment's storage and the first arrays of its arena,
// in one allocation of at most 512 bytes.
type arenaBlock struct {
	st     storage
	extras [arenaExtras]extra
	vals   [arenaVals]int64
}

// Grow makes room for lines, decisions and findings more, so that appending
// several assessments allocates once for each. [Assessment.Reserve] makes
// room for all that appending them takes.
func (a *Assessment) Grow(lines, decisions, findings int) {
	if a.st == nil {
		a.acquire()
	}
	a.Lines = grow(a.Lines, lines)
	a.Decisions = grow(a.Decisions, decisions)
	a.Findings = grow(a.Findings, findings)
}

// Room is what appending assessments to another takes: their lines,
// decisions and findings, and the operands and ids these keep beyond their
// inline fields. The zero Room is none; [Room.Add] counts an assessment in.
type Room struct {
	lines, decisions, findings int
	extras, vals               int
}

// Add counts o in r.
func (r *Room) Add(o *Assessment) {
	r.lines += len(o.Lines)
	r.decisions += len(o.Decisions)
	r.findings += len(o.Findings)
	if o.st != nil {
		r.extras += o.st.made
		r.vals += o.st.madeVals
	}
}

// Reserve makes room in a for r, so that appending the assessments r
// counts ([Assessment.Append], [Assessment.AppendRun]) allocates once for
// each list and once for what the values keep beyond their inline fields,
// or not at all when a has room already (after [Assessment.Reset]).
func (a *Assessment) Reserve(r Room) {
	a.Lines = grow(a.Lines, r.lines)
	a.Decisions = grow(a.Decisions, r.decisions)
	a.Findings = grow(a.Findings, r.findings)
	if r.extras > 0 {
		a.arena(r.extras, r.vals)
	}
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
	Programme Programme // the programme, or "" for any
	Item      Item      // the item, or "" for any
	Member    string    // a member's id, or "" for any (household records included)
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
			if s.match(l.Programme(), l.Item(), l.member) && !yield(l) {
				return
			}
		}
	}
}

// DecisionsOf yields, in order, the decisions that match s.
func (a *Assessment) DecisionsOf(s Select) iter.Seq[Decision] {
	return func(yield func(Decision) bool) {
		for _, d := range a.Decisions {
			if s.match(d.Programme(), d.Item(), d.member) && !yield(d) {
				return
			}
		}
	}
}

// FindingsOf yields, in order, the findings that match s.
func (a *Assessment) FindingsOf(s Select) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for _, f := range a.Findings {
			if s.match(f.Programme(), f.Item(), f.member) && !yield(f) {
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
