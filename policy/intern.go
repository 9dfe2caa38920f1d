package policy

import (
	"hash/maphash"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// The compact form of results. A line, decision or finding keeps what every
// result of one rule shares — the formula, the item, the names and kinds of
// its operands, its programme, payee, payer, form, clauses, parameter records
// and rounding — in a shape interned once for the whole process, and only
// its own figures inline: the member, the amount, the operands' values. Words an operand
// holds are interned in a table of texts. Both tables are bounded: what does
// not fit (a rule that builds its formulas at run time, text that keeps
// changing, a result read back from JSON) gets a shape or texts of its own,
// as before, so the tables change speed, never results.

// shapeKind says what a shape describes.
type shapeKind uint8

const (
	shapeLine shapeKind = iota + 1
	shapeDecision
	shapeFinding
)

// shape is the part of a line, decision or finding that the rule fixes:
// everything but the member, id, amounts and operand values. Shapes are
// immutable and shared by every result made by the same rule.
type shape struct {
	key     // as the rule handed it in (its lists copied), to match
	args    []argShape
	prog    uint8
	payee   uint8
	payer   uint8
	form    uint8
	clauses clauseCodes
	round   rounding
	texts   bool // some operand is words
	prov    bool // some parameter is provisional
	hash    uint64
	// clausesAt and paramsAt are the lists the shape was first made from
	// (kept alive by it): a rule handing in the same lists again matches at
	// once. Rules do not change them (see [Pay]).
	clausesAt *Clause
	paramsAt  *Used
	// plain is the extra of a value with nothing of its own: the shape
	// alone (see [extra]).
	plain extra
}

// argShape is an operand without its value: its name and how it is
// written.
type argShape struct {
	name    string
	formula *Formula // a nested explanation's formula
	argMeta
}

// argMeta is how an operand is written, packed in one word so that a
// shape's operands compare in one step each: its kind, a nested
// explanation's operands (the args that follow) and an exact amount's
// decimal places.
type argMeta uint32

// meta packs kind, inner and places.
func meta(kind argKind, inner, places uint8) argMeta {
	return argMeta(kind) | argMeta(inner)<<8 | argMeta(places)<<16
}

func (m argMeta) kind() argKind { return argKind(m) }
func (m argMeta) inner() uint8  { return uint8(m >> 8) }
func (m argMeta) places() uint8 { return uint8(m >> 16) }

// key is what a rule hands in for a shape: all but the operands, as the
// rule wrote them. Strings and clause lists are compared, not looked up, so
// that finding a shape costs a few comparisons of constants.
type key struct {
	formula *Formula
	item    Item
	// label is a line's service, a decision's outcome, a finding's kind.
	label   string
	kind    shapeKind
	prog    Programme
	payee   Payee
	payer   Payer
	form    Form
	clauses []Clause
	params  []Used
	round   Rounding
}

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h = (h ^ v) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// quick is a cheap hash of s from its length and three of its bytes:
// strings that differ elsewhere only share a probe sequence, and shapes are
// always compared whole.
func quick(s string) uint64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	return uint64(n) | uint64(s[0])<<16 | uint64(s[n/2])<<24 | uint64(s[n-1])<<32
}

// hashOf spreads shapes by formula, item, label, kind and number of
// operands; shapes that share them differ in a few places only and are told
// apart by comparing them whole.
func hashOf(f *Formula, item Item, label string, kind shapeKind, n int) uint64 {
	h := mix(uint64(uintptr(unsafe.Pointer(f))), quick(string(item))^uint64(kind)<<40^uint64(n)<<48)
	return mix(h, quick(label))
}

// same reports whether two strings are equal, at once when they are the
// same constant.
func same[S ~string](a, b S) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(string(a)) == unsafe.StringData(string(b)) || a == b)
}

func (s *shape) sameClauses(cs []Clause) bool {
	if len(s.key.clauses) != len(cs) {
		return false
	}
	if len(cs) > 0 && unsafe.SliceData(cs) == s.clausesAt {
		return true // the list the shape was made from, which rules do not change
	}
	for i, c := range cs {
		if !same(s.key.clauses[i], c) {
			return false
		}
	}
	return true
}

func (s *shape) sameParams(used []Used) bool {
	if len(s.key.params) != len(used) {
		return false
	}
	if len(used) > 0 && unsafe.SliceData(used) == s.paramsAt {
		return true // the records the shape was made from, which rules do not change
	}
	for i := range used {
		u, v := &s.key.params[i], &used[i]
		if !same(u.Name, v.Name) || !same(u.Value, v.Value) || !same(u.Provenance, v.Provenance) || !same(u.Source, v.Source) {
			return false
		}
	}
	return true
}

// sameArgs reports whether args are named and written as the shape's
// operands. It runs for every record a rule adds, so the loop compares
// words only; names that are not the same constant are compared byte by
// byte out of line.
func (s *shape) sameArgs(args []Arg) bool {
	shapes := s.args
	if len(shapes) != len(args) {
		return false
	}
	args = args[:len(shapes)]
	for i := range shapes {
		a, t := &args[i].argShape, &shapes[i]
		if a.argMeta != t.argMeta || a.formula != t.formula || len(a.name) != len(t.name) {
			return false
		}
		if unsafe.StringData(a.name) != unsafe.StringData(t.name) && !equalBytes(a.name, t.name) {
			return false
		}
	}
	return true
}

// equalBytes reports whether a and b are equal; kept out of line so that
// the loops that call it for the rare strings that are not the same
// constant keep their values in registers.
//
//go:noinline
func equalBytes(a, b string) bool { return a == b }

// matchLine reports whether s is the shape of the line p describes.
func (s *shape) matchLine(p *Pay, f *Formula, args []Arg) bool {
	k := &s.key
	return k.formula == f && k.kind == shapeLine && same(k.item, p.Item) && same(k.label, p.Service) &&
		same(k.prog, p.Programme) && same(k.payee, p.Payee) && same(k.payer, p.Payer) && same(k.form, p.Form) &&
		k.round.Places == p.Rounding.Places && same(k.round.Mode, p.Rounding.Mode) && s.sameClauses(p.Clauses) &&
		s.sameArgs(args) && s.sameParams(p.Params)
}

// matchDecision reports whether s is the shape of the decision d describes.
func (s *shape) matchDecision(d *Decide, f *Formula, args []Arg) bool {
	k := &s.key
	return k.formula == f && k.kind == shapeDecision && same(k.item, d.Item) && same(k.label, string(d.Outcome)) &&
		same(k.prog, d.Programme) && s.sameClauses(d.Clauses) && s.sameArgs(args) && s.sameParams(d.Params)
}

// matchFinding reports whether s is the shape of the finding x describes.
func (s *shape) matchFinding(x *Find, f *Formula, args []Arg) bool {
	k := &s.key
	return k.formula == f && k.kind == shapeFinding && same(k.item, x.Item) && same(k.label, string(x.Kind)) &&
		same(k.prog, x.Programme) && s.sameClauses(x.Clauses) && s.sameArgs(args)
}

// matches reports whether s is the shape of k with args.
func (s *shape) matches(k *key, args []Arg) bool {
	t := &s.key
	return t.formula == k.formula && t.kind == k.kind && same(t.item, k.item) && same(t.label, k.label) &&
		same(t.prog, k.prog) && same(t.payee, k.payee) && same(t.payer, k.payer) && same(t.form, k.form) &&
		t.round == k.round && s.sameClauses(k.clauses) && s.sameArgs(args) && s.sameParams(k.params)
}

// newShape returns the shape of k with args, of its own.
func newShape(k *key, args []Arg, h uint64) *shape {
	s := &shape{key: *k, prog: code(programmes[:], k.prog), payee: code(payees[:], k.payee),
		payer: code(payers[:], k.payer), form: code(forms[:], k.form), clauses: clauseCodesOf(k.clauses),
		round: roundingOf(k.round), hash: h}
	s.plain.sh = s
	s.key.clauses = slices.Clone(k.clauses)
	s.key.params = slices.Clone(k.params)
	if len(k.clauses) > 0 {
		s.clausesAt = &k.clauses[0]
	}
	if len(k.params) > 0 {
		s.paramsAt = &k.params[0]
	}
	s.prov = provisional(k.params)
	if len(args) > 0 {
		s.args = make([]argShape, len(args))
		for i := range args {
			a := &args[i]
			s.args[i] = a.argShape
			s.texts = s.texts || a.kind() == argText
		}
	}
	return s
}

// payKey, decideKey and findKey return the keys of what a rule hands in.
func payKey(p *Pay, f *Formula) key {
	return key{formula: f, item: p.Item, label: p.Service, kind: shapeLine, clauses: p.Clauses, params: p.Params,
		round: p.Rounding, prog: p.Programme, payee: p.Payee, payer: p.Payer, form: p.Form}
}

func decideKey(d *Decide, f *Formula) key {
	return key{formula: f, item: d.Item, label: string(d.Outcome), kind: shapeDecision, clauses: d.Clauses,
		params: d.Params, prog: d.Programme}
}

func findKey(x *Find, f *Formula) key {
	return key{formula: f, item: x.Item, label: string(x.Kind), kind: shapeFinding, clauses: x.Clauses,
		prog: x.Programme}
}

// lineShape, decisionShape and findingShape return the interned shape of
// what a rule hands in.
func lineShape(p *Pay, f *Formula, args []Arg) *shape {
	h := hashOf(f, p.Item, p.Service, shapeLine, len(args))
	for i := h; ; i++ {
		s := shapes.slots[i%tableSize].Load()
		if s == nil {
			break
		}
		if s.hash == h && s.matchLine(p, f, args) {
			return s
		}
	}
	k := payKey(p, f)
	return internKey(&k, args, h)
}

func decisionShape(d *Decide, f *Formula, args []Arg) *shape {
	h := hashOf(f, d.Item, string(d.Outcome), shapeDecision, len(args))
	for i := h; ; i++ {
		s := shapes.slots[i%tableSize].Load()
		if s == nil {
			break
		}
		if s.hash == h && s.matchDecision(d, f, args) {
			return s
		}
	}
	k := decideKey(d, f)
	return internKey(&k, args, h)
}

func findingShape(x *Find, f *Formula, args []Arg) *shape {
	h := hashOf(f, x.Item, string(x.Kind), shapeFinding, len(args))
	for i := h; ; i++ {
		s := shapes.slots[i%tableSize].Load()
		if s == nil {
			break
		}
		if s.hash == h && s.matchFinding(x, f, args) {
			return s
		}
	}
	k := findKey(x, f)
	return internKey(&k, args, h)
}

// tableSize is the number of slots of each intern table; a table takes new
// entries until it is half full. The rules of a parameter set make a few
// hundred shapes; the tables are roots the collector scans, so they are
// kept small.
const tableSize = 1 << 12

// shapes is the process's table of shapes: open addressing, read without a
// lock, written under mu.
var shapes struct {
	mu    sync.Mutex
	n     int
	slots [tableSize]atomic.Pointer[shape]
}

// shapeOf returns the shape of k with args: the interned one when intern
// is true and the table has room, else one of its own.
func shapeOf(k *key, args []Arg, intern bool) *shape {
	h := hashOf(k.formula, k.item, k.label, k.kind, len(args))
	if !intern {
		return newShape(k, args, h)
	}
	for i := h; ; i++ {
		s := shapes.slots[i%tableSize].Load()
		if s == nil {
			break
		}
		if s.hash == h && s.matches(k, args) {
			return s
		}
	}
	return internKey(k, args, h)
}

// internKey adds the shape of k with args, whose hash is h, to the table,
// unless another goroutine just did or the table is full; it returns the
// shape.
func internKey(k *key, args []Arg, h uint64) *shape {
	shapes.mu.Lock()
	defer shapes.mu.Unlock()
	for i := h; ; i++ {
		slot := &shapes.slots[i%tableSize]
		s := slot.Load()
		if s == nil {
			n := newShape(k, args, h)
			if shapes.n < tableSize/2 {
				slot.Store(n)
				shapes.n++
			}
			return n
		}
		if s.hash == h && s.matches(k, args) {
			return s
		}
	}
}

// text is the words of a text operand, in Chinese and in English, and its
// slot in the table of texts (id).
type text struct {
	zh, en string
	id     int64
}

var (
	texts struct {
		mu    sync.Mutex
		n     int
		slots [tableSize]atomic.Pointer[text]
	}
	textSeed = maphash.MakeSeed()
	// recent holds texts of the table by where the bytes of the strings
	// they were interned from are: a rule's words are constants, which come
	// back as the very same strings, found without hashing their bytes. A
	// text keeps its strings alive, so no other string can take their
	// place while it is here.
	recent [256]atomic.Pointer[text]
)

// maxInterned is the longest text the table keeps; longer words are kept
// by the result that uses them.
const maxInterned = 256

// textID returns the id of the words zh, en in the table of texts, and
// false when they are not there and there is no room for them.
func textID(zh, en string) (int64, bool) {
	if len(zh)+len(en) > maxInterned {
		return 0, false
	}
	r := &recent[recentIndex(zh, en)]
	if t := r.Load(); t != nil && identical(t.zh, zh) && identical(t.en, en) {
		return t.id, true
	}
	t := lookupText(zh, en)
	if t == nil {
		return 0, false
	}
	if identical(t.zh, zh) && identical(t.en, en) {
		r.Store(t)
	}
	return t.id, true
}

// lookupText returns the text of the words zh, en in the table, added when
// new, and nil when they are not there and there is no room for them.
func lookupText(zh, en string) *text {
	h := maphash.String(textSeed, zh) ^ quick(en)*0x9e3779b97f4a7c15
	for i := h; ; i++ {
		t := texts.slots[i%tableSize].Load()
		if t == nil {
			break
		}
		if same(t.zh, zh) && same(t.en, en) {
			return t
		}
	}
	texts.mu.Lock()
	defer texts.mu.Unlock()
	for i := h; ; i++ {
		slot := &texts.slots[i%tableSize]
		t := slot.Load()
		if t == nil {
			if texts.n >= tableSize/2 {
				return nil
			}
			t = &text{zh: zh, en: en, id: int64(i % tableSize)}
			slot.Store(t)
			texts.n++
			return t
		}
		if t.zh == zh && t.en == en {
			return t
		}
	}
}

// recentIndex is the slot of recent for the strings zh and en, from where
// their bytes are.
func recentIndex(zh, en string) uint64 {
	h := mix(uint64(uintptr(unsafe.Pointer(unsafe.StringData(zh)))), uint64(uintptr(unsafe.Pointer(unsafe.StringData(en)))))
	return h >> 56
}

// identical reports whether a and b are the same bytes of memory: equal
// strings, known without reading them.
func identical(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b))
}
