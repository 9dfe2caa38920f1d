package policy

import (
	"sync"
	"sync/atomic"
)

// The storage of assessments: the arrays of their lists, and the arena
// where their lines, decisions and findings keep what does not fit inline
// (a claim or event id, operands beyond the inline ones). A programme's
// result takes a released assessment's storage, or a new block; benefit
// releases each result once it is appended to the breakdown, and the
// breakdown makes room once for all of them (Room, Reserve) and keeps the
// arrays of its lists from one household to the next (Reset).

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
// decision, finding and explanation copied out of it: what they keep
// beyond their inline fields (their shape — programme, item, clauses,
// formula — with a claim or event id and operands) may be in the storage,
// which is reused. Those appended to another assessment
// ([Assessment.Append], [Assessment.AppendRun]) are the other's, and stay
// valid. Release of an assessment that holds no storage only empties it;
// of nil, it does nothing.
func (a *Assessment) Release() {
	if a == nil {
		return
	}
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

// Reset empties the assessment and keeps the arrays of its lists, for a
// caller that reads an assessment and then makes the next one in its place
// (a budget adding up a county): the lists of the next reuse them, so the
// slices a held before must not be used after Reset. What its values keep
// beyond their inline fields is not reused: a line, decision or finding
// copied out of a before stays valid. Reset of nil does nothing.
func (a *Assessment) Reset() {
	if a == nil {
		return
	}
	a.Lines, a.Decisions, a.Findings = a.Lines[:0], a.Decisions[:0], a.Findings[:0]
	if a.hasArena() {
		a.st.arena = arena{} // values copied out keep the arrays: the next values get new ones
	}
}

// arena is where an assessment makes the extras of its lines, decisions
// and findings, and their values beyond the inline ones: storage reused
// from one assessment to the next once released (Release), so that adding
// a value with an extra allocates nothing once the arena has grown to the
// assessment's size. A full array is not grown in place, which would move
// the extras that values point at: the next ones go into a new array, and
// the old one lives on while values point into it.
type arena struct {
	extras []extra
	vals   []int64
}

// Initial sizes of an arena's arrays.
const (
	arenaExtras = 4
	arenaVals   = 24
)

// extra returns a new extra of shape sh with room for more values, made in
// r.
func (r *arena) extra(sh *shape, more int) *extra {
	if len(r.extras) == cap(r.extras) {
		r.extras = make([]extra, 0, max(arenaExtras, 2*cap(r.extras)))
	}
	r.extras = r.extras[:len(r.extras)+1]
	x := &r.extras[len(r.extras)-1]
	*x = extra{sh: sh}
	if more > 0 {
		if more > cap(r.vals)-len(r.vals) {
			r.vals = make([]int64, 0, max(arenaVals, 2*cap(r.vals), more))
		}
		n := len(r.vals)
		r.vals = r.vals[:n+more]
		x.more = &r.vals[n]
	}
	return x
}

// copyOf returns x, the extra of a value that keeps inline values inline,
// as one made in r: a copy, its values copied too. A nil x, or a shape's
// plain extra, is shared, not copied.
func (r *arena) copyOf(x *extra, inline int) *extra {
	if x.own() == nil {
		return x
	}
	n := max(len(x.sh.args)-inline, 0)
	y := r.extra(x.sh, n)
	more := y.more
	*y = *x
	y.more = more
	if n > 0 {
		copy(y.values(n), x.values(n))
	}
	return y
}

// reset empties r, keeping its last arrays for reuse.
func (r *arena) reset() {
	r.extras, r.vals = r.extras[:0], r.vals[:0]
}

// keep makes the values of a appended from o — its lines from the l-th,
// decisions from the d-th and findings from the f-th on — a's own: the
// extras o made in its arena, which o's release hands on for reuse, are
// copied into a's. Values of an o without storage keep extras made on
// their own, which nothing reuses, and are left as they are.
func (a *Assessment) keep(o *Assessment, l, d, f int) {
	if !o.hasArena() || o.st == a.st {
		return // o made no extra in an arena of its own
	}
	for i := l; i < len(a.Lines); i++ {
		if x := a.Lines[i].x; x.own() != nil {
			a.Lines[i].x = a.arena(0, 0).copyOf(x, lineVals)
		}
	}
	for i := d; i < len(a.Decisions); i++ {
		if x := a.Decisions[i].x; x.own() != nil {
			a.Decisions[i].x = a.arena(0, 0).copyOf(x, decisionVals)
		}
	}
	for i := f; i < len(a.Findings); i++ {
		if x := a.Findings[i].x; x.own() != nil {
			a.Findings[i].x = a.arena(0, 0).copyOf(x, findingVals)
		}
	}
}

// hasArena reports whether a has storage of its own, with the arena its
// values' extras are made in: none before its first addition, nor while its
// lists are a new block's and it has made no extra.
func (a *Assessment) hasArena() bool { return a.st != nil && a.st != &newBlock }

// newExtra returns a new extra of shape sh with room for more values,
// made in a's arena, or on its own for a nil a.
func (a *Assessment) newExtra(sh *shape, more int) *extra {
	if a == nil {
		return newExtra(sh, more)
	}
	return a.arena(0, 0).extra(sh, more)
}

// arena returns a's arena with room for extras more holding vals values,
// making a's storage when it has none of its own. Arrays of the initial
// sizes, when they are room enough, are made in one allocation, with the
// storage when it is made too.
func (a *Assessment) arena(extras, vals int) *arena {
	small := extras <= arenaExtras && vals <= arenaVals
	if !a.hasArena() {
		if small {
			b := new(arenaBlock)
			b.st.extras, b.st.vals = b.extras[:0], b.vals[:0]
			a.st = &b.st
			return &b.st.arena
		}
		a.st = new(storage)
	}
	r := &a.st.arena
	if cap(r.extras)-len(r.extras) >= extras && cap(r.vals)-len(r.vals) >= vals {
		return r
	}
	if small {
		b := new(arenaArrays)
		r.extras, r.vals = b.extras[:0], b.vals[:0]
	} else {
		r.extras, r.vals = make([]extra, 0, extras), make([]int64, 0, vals)
	}
	return r
}

// arenaArrays are an arena's arrays of the initial sizes, in one
// allocation.
type arenaArrays struct {
	extras [arenaExtras]extra
	vals   [arenaVals]int64
}

// arenaBlock is an assessment's storage and the first arrays of its arena,
// in one allocation of at most 512 bytes.
type arenaBlock struct {
	st storage
	arenaArrays
}

// Grow makes room for lines, decisions and findings more, so that appending
// several assessments allocates once for each. [Assessment.Reserve] makes
// room for all that appending them takes.
func (a *Assessment) Grow(lines, decisions, findings int) {
	if a.st == nil {
		a.acquire()
	}
	a.Reserve(Room{lines: lines, decisions: decisions, findings: findings})
}

// Room is what appending assessments to another takes: their lines,
// decisions and findings, and the operands and ids these keep beyond their
// inline fields. The zero Room is none; [Room.Add] counts an assessment in.
type Room struct {
	lines, decisions, findings int
	extras, vals               int
}

// Add counts o in r; a nil o is an empty assessment, which takes no room.
// Counting a non-nil o panics on a nil r, as there is nowhere to count.
func (r *Room) Add(o *Assessment) {
	if o == nil {
		return
	}
	r.lines += len(o.Lines)
	r.decisions += len(o.Decisions)
	r.findings += len(o.Findings)
	if !o.hasArena() {
		return // no extra to copy (keep)
	}
	for i := range o.Lines {
		r.extra(o.Lines[i].x, lineVals)
	}
	for i := range o.Decisions {
		r.extra(o.Decisions[i].x, decisionVals)
	}
	for i := range o.Findings {
		r.extra(o.Findings[i].x, findingVals)
	}
}

// extra counts x, the extra of a value that keeps inline values inline,
// when appending copies it (arena.copyOf).
func (r *Room) extra(x *extra, inline int) {
	if x.own() != nil {
		r.extras++
		r.vals += max(len(x.sh.args)-inline, 0)
	}
}

// Reserve makes room in a for r, so that appending the assessments r
// counts ([Assessment.Append], [Assessment.AppendRun]) allocates nothing
// more. Reserve allocates once for each list that lacks the room, and for
// what the values keep beyond their inline fields once (up to 4 extras and
// 24 operands: a household's usual) or twice; after [Assessment.Reset] the
// lists have room already.
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
