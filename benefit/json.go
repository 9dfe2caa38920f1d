package benefit

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// SchemaVersion is the version of the breakdown's JSON, written first in
// every breakdown as "schema_version" and described by the schema
// "breakdown" of package schemas (schemas/breakdown.json). It changes when a field is
// removed, renamed or changes meaning; fields added leave it as it is.
const SchemaVersion = "1"

// The breakdown on the wire. It is written in one pass, appending to a
// byte slice (each line, decision, finding and check writes itself; the
// explanations render straight into it), with money as two-place strings;
// [Breakdown.WriteJSON] hands the bytes to its writer in chunks as they
// fill, and [Breakdown.Marshal] indents them.

// jsonChunk is how many bytes [Breakdown.WriteJSON] gathers before it
// writes them.
const jsonChunk = 16 << 10

// sink is where the breakdown's JSON goes: appended to buf and, with a
// writer or an indenter, handed on each time buf holds a chunk (always
// between two elements, never inside a string).
type sink struct {
	buf []byte
	w   io.Writer
	err error
	// indenting, when set, indents each chunk onto out.
	indenting bool
	indent    indenter
	out       []byte
}

// flush hands on what buf holds once it holds a chunk (or, with all,
// whatever it holds).
func (s *sink) flush(all bool) {
	if len(s.buf) < jsonChunk && !all {
		return
	}
	switch {
	case s.indenting:
		s.out = s.indent.append(s.out, s.buf)
	case s.w == nil:
		return
	case s.err == nil:
		_, s.err = s.w.Write(s.buf)
	}
	s.buf = s.buf[:0] // after an error, what is left is dropped
}

// chunks are the buffers WriteJSON and Marshal gather a chunk in, kept for
// the next call: a breakdown written to a writer then costs no allocation.
// A buffer that grew far beyond a chunk (an element of a huge breakdown)
// is not kept.
var chunks = sync.Pool{New: func() any { b := make([]byte, 0, jsonChunk+jsonChunk/4); return &b }}

func getChunk() *[]byte { return chunks.Get().(*[]byte) }

func putChunk(b *[]byte, used []byte) {
	if cap(used) <= 4*jsonChunk {
		*b = used[:0]
		chunks.Put(b)
	}
}

// sizeHint is about how many bytes the breakdown's compact JSON takes:
// about 1.2 KB an element (line, decision, finding, check, referral).
func (b *Breakdown) sizeHint() int {
	return 2048 + 1200*(len(b.Lines)+len(b.Decisions)+len(b.Findings)+len(b.checks())+len(b.Referrals))
}

// AppendJSON appends the breakdown as compact JSON to buf and returns the
// extended buffer; a nil breakdown is null, as encoding/json writes it.
//
// The breakdown writes itself in one pass; a reused buffer makes it
// allocate nothing. The first key is "schema_version", [SchemaVersion]; the
// schema "breakdown" of package schemas (schemas/breakdown.json, JSON
// Schema 2020-12) describes every field. Money is yuan as a string with two
// places everywhere, the arguments of explanations included, but for an
// amount an explanation shows worked out exactly and not yet rounded,
// which keeps its own 3 to 12 places.
func (b *Breakdown) AppendJSON(buf []byte) []byte {
	if b == nil {
		return append(buf, "null"...)
	}
	if buf == nil {
		buf = make([]byte, 0, b.sizeHint())
	}
	s := sink{buf: buf}
	b.encode(&s)
	return s.buf
}

// WriteJSON writes the breakdown to w as compact JSON, the bytes
// [Breakdown.AppendJSON] appends, in chunks of about 16 KiB: a large
// breakdown is never held whole. It returns the first error of w, and one
// wrapping [policy.ErrInvalid] for a nil w.
func (b *Breakdown) WriteJSON(w io.Writer) error {
	if w == nil {
		return errNilWriter
	}
	if b == nil {
		_, err := io.WriteString(w, "null")
		return err
	}
	chunk := getChunk()
	s := sink{buf: *chunk, w: w}
	b.encode(&s)
	s.flush(true)
	putChunk(chunk, s.buf)
	return s.err
}

func (b *Breakdown) encode(s *sink) {
	buf := append(s.buf, `{"schema_version":"`+SchemaVersion+`","household":`...)
	buf = appendString(buf, b.Household)
	buf = append(buf, `,"township":`...)
	buf = appendString(buf, b.Township)
	if b.Village != "" {
		buf = append(buf, `,"village":`...)
		buf = appendString(buf, b.Village)
	}
	buf = append(buf, `,"date":"`...)
	buf = appendDate(buf, b.Date)
	buf = append(buf, `","year":`...)
	buf = strconv.AppendInt(buf, int64(b.Year), 10)
	buf = append(buf, `,"sets":`...)
	buf = appendAll(buf, b.sets(), true, SetUsed.appendJSON)
	buf = append(buf, `,"lowincome":{"size":`...)
	buf = strconv.AppendInt(buf, int64(b.size), 10)
	buf = append(buf, `,"income":"`...)
	buf = b.income.AppendFixed(buf)
	buf = append(buf, `"},"lines":`...)
	s.buf = buf
	streamAll(s, b.Lines, false, policy.Line.AppendJSON)
	s.buf = append(s.buf, `,"decisions":`...)
	streamAll(s, b.Decisions, false, policy.Decision.AppendJSON)
	s.buf = append(s.buf, `,"findings":`...)
	streamAll(s, b.Findings, true, policy.Finding.AppendJSON)
	buf = append(s.buf, `,"referrals":`...)
	buf = appendAll(buf, b.Referrals, true, Referral.appendJSON)
	buf = append(buf, `,"assets":`...)
	buf = b.Assets.AppendJSON(buf)
	if tests := b.assetsByPeriod(); len(tests) > 0 { // only when the year's tests differ
		buf = append(buf, `,"assets_by_period":`...)
		buf = appendAll(buf, tests, false, policy.Check.AppendJSON)
	}
	buf = append(buf, `,"checks":`...)
	s.buf = buf
	streamAll(s, b.checks(), true, policy.Check.AppendJSON)
	buf = append(s.buf, `,"totals":`...)
	buf = b.Totals.appendJSON(buf)
	buf = append(buf, `,"provisional":`...)
	buf = appendProvisional(buf, b.Lines)
	s.buf = append(buf, '}')
}

// streamAll appends the elements as a JSON array as appendAll does,
// flushing the sink after each.
func streamAll[T any](s *sink, xs []T, nullEmpty bool, write func(T, []byte) []byte) {
	if len(xs) == 0 && nullEmpty {
		s.buf = append(s.buf, "null"...)
		return
	}
	s.buf = append(s.buf, '[')
	for i := range xs {
		if i > 0 {
			s.buf = append(s.buf, ',')
		}
		s.buf = write(xs[i], s.buf)
		s.flush(false)
	}
	s.buf = append(s.buf, ']')
}

// appendAll appends the elements as a JSON array; an empty one is null
// when nullEmpty is true and [] otherwise.
func appendAll[T any](buf []byte, xs []T, nullEmpty bool, write func(T, []byte) []byte) []byte {
	if len(xs) == 0 && nullEmpty {
		return append(buf, "null"...)
	}
	buf = append(buf, '[')
	for i := range xs {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = write(xs[i], buf)
	}
	return append(buf, ']')
}

// appendString appends s as a JSON string, escaped as encoding/json does.
func appendString(buf []byte, s string) []byte { return policy.AppendJSONString(buf, s) }

// appendDate appends d as "2006-01-02" (a year of four digits, as
// household.Date.String writes one), without formatting through fmt.
func appendDate(buf []byte, d household.Date) []byte {
	if d.Year < 0 || d.Year > 9999 {
		return append(buf, d.String()...)
	}
	y, m, day := d.Year, int(d.Month), d.Day
	if m < 0 || m > 99 || day < 0 || day > 99 {
		return append(buf, d.String()...)
	}
	return append(buf, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10))
}

func (u SetUsed) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"year":`...)
	buf = strconv.AppendInt(buf, int64(u.Year), 10)
	buf = append(buf, `,"from":"`...)
	buf = appendDate(buf, u.From)
	buf = append(buf, `","name":`...)
	buf = appendString(buf, u.Name)
	return append(buf, '}')
}

func (r Referral) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"department":`...)
	buf = appendString(buf, string(r.Department))
	buf = append(buf, `,"service":`...)
	buf = appendString(buf, r.Service)
	if r.Member != "" {
		buf = append(buf, `,"member":`...)
		buf = appendString(buf, r.Member)
	}
	buf = append(buf, `,"clauses":`...)
	buf = appendAll(buf, r.Clauses, true, func(c policy.Clause, buf []byte) []byte {
		return appendString(buf, string(c))
	})
	buf = append(buf, `,"explanation":`...)
	buf = r.Explanation.AppendJSON(buf)
	return append(buf, '}')
}

// Keys of the totals in the order the wire lists them, sorted, as indexes
// into the tallies: worked out once from the policy package's lists.
var (
	programmeOrder = sortedKeys(policy.Programmes())
	payeeOrder     = sortedKeys(policy.Payees())
	payerOrder     = sortedKeys(policy.Payers())
)

// keyOrder lists keys sorted, each with its index in the list it came from.
type keyOrder []keyIndex

type keyIndex struct {
	key   string
	index int
}

func sortedKeys[K ~string](keys []K) keyOrder {
	o := make(keyOrder, len(keys))
	for i, k := range keys {
		o[i] = keyIndex{string(k), i}
	}
	slices.SortFunc(o, func(a, b keyIndex) int { return strings.Compare(a.key, b.key) })
	return o
}

// appendTotals appends the tallies that have lines, in key order, as
// [totals] lists them; null when none has.
func appendTotals(buf []byte, order keyOrder, sums []policy.Money, counts []int32) []byte {
	n := 0
	for _, k := range order {
		sum, lines := sums[k.index], counts[k.index]
		if lines == 0 {
			continue
		}
		if n == 0 {
			buf = append(buf, '[')
		} else {
			buf = append(buf, ',')
		}
		n++
		buf = append(buf, `{"key":`...)
		buf = appendString(buf, k.key)
		buf = append(buf, `,"annual":"`...)
		buf = sum.AppendFixed(buf)
		buf = append(buf, `","lines":`...)
		buf = strconv.AppendInt(buf, int64(lines), 10)
		buf = append(buf, '}')
	}
	if n == 0 {
		return append(buf, "null"...)
	}
	return append(buf, ']')
}

// MarshalJSON writes the totals as the breakdown's JSON writes its
// "totals": by programme, payee and payer, each a list of the sums of the
// lines that share a key with how many lines each adds up (null for none),
// and "all". A breakdown's reader computes its totals from its lines, so
// Totals has no reader of its own.
func (t Totals) MarshalJSON() ([]byte, error) { return t.appendJSON(nil), nil }

func (t *Totals) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"by_programme":`...)
	buf = appendTotals(buf, programmeOrder, t.programme[:], t.programmeLines[:])
	buf = append(buf, `,"by_payee":`...)
	buf = appendTotals(buf, payeeOrder, t.payee[:], t.payeeLines[:])
	buf = append(buf, `,"by_payer":`...)
	buf = appendTotals(buf, payerOrder, t.payer[:], t.payerLines[:])
	buf = append(buf, `,"all":"`...)
	buf = t.AllFen().AppendFixed(buf)
	return append(buf, `"}`...)
}

// appendProvisional appends the provisional parameters the lines used, as
// [Breakdown.Provisional] lists them; null when there are none.
func appendProvisional(buf []byte, lines []policy.Line) []byte {
	var usedBuf [32]policy.Used
	used := appendProvisionalOf(usedBuf[:0], lines)
	if len(used) == 0 {
		return append(buf, "null"...)
	}
	buf = append(buf, '[')
	for i := range used {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = used[i].AppendJSON(buf)
	}
	return append(buf, ']')
}

// MarshalJSON writes the breakdown as compact JSON, as
// [Breakdown.AppendJSON] does. Its receiver is a value, so that
// encoding/json writes a Breakdown held by value (a variable, or a field
// of a struct) as it writes a *Breakdown, never as a plain struct; the
// zero Breakdown writes its zero fields. json.Marshal of a nil *Breakdown
// writes null without calling it; called directly on a nil *Breakdown it
// panics, as every value method does: [Breakdown.AppendJSON] writes a nil
// breakdown as null.
func (b Breakdown) MarshalJSON() ([]byte, error) { return b.AppendJSON(nil), nil }

// Marshal writes the breakdown as indented JSON (two spaces, a newline at
// the end): the JSON of [Breakdown.AppendJSON], fields in a fixed order,
// "schema_version" first, money as two-place strings, explanations as
// their formula and operands with both renderings, indented as
// json.Indent(dst, src, "", "  ") would indent it. [Breakdown.UnmarshalJSON]
// reads it back to a breakdown that writes the same JSON. A service that
// does not need the indentation writes less, faster, with
// [Breakdown.WriteJSON].
func (b *Breakdown) Marshal() ([]byte, error) {
	if b == nil {
		return []byte("null\n"), nil
	}
	chunk := getChunk()
	s := sink{buf: *chunk, indenting: true, out: make([]byte, 0, b.sizeHint()*8/5)}
	b.encode(&s)
	s.flush(true)
	putChunk(chunk, s.buf)
	return append(s.out, '\n'), nil
}

// indenter indents compact JSON as json.Indent(dst, src, "", "  ") does —
// each element and member on a line of its own, "key": value, an empty
// object or array kept as {} or [] — a chunk at a time, each chunk ending
// between two tokens.
type indenter struct {
	depth   int
	pending bool // an object or array opened, its first line not yet begun
}

// structural marks the bytes the indenter acts on; every other byte outside
// a string is copied as it is.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true, ',': true, ':': true}

// spaces are the indentation, sliced: two a level.
const spaces = "\n                                                                "

// newline appends a newline and the indentation of depth.
func newline(dst []byte, depth int) []byte {
	n := 1 + 2*depth
	if n <= len(spaces) {
		return append(dst, spaces[:n]...)
	}
	dst = append(dst, spaces...)
	for n -= len(spaces); n > 0; n -= len(spaces) - 1 {
		dst = append(dst, spaces[1:min(n+1, len(spaces))]...)
	}
	return dst
}

// append appends src indented.
func (in *indenter) append(dst, src []byte) []byte {
	depth, pending := in.depth, in.pending
	for i := 0; i < len(src); {
		c := src[i]
		if pending && c != '}' && c != ']' {
			pending = false
			depth++
			dst = newline(dst, depth)
		}
		if !structural[c] { // a number or a literal: copied to the next structural byte
			j := i + 1
			for j < len(src) && !structural[src[j]] {
				j++
			}
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		switch c {
		case '"':
			end := stringEnd(src, i+1)
			dst = append(dst, src[i:end]...)
			i = end
			continue
		case '{', '[':
			dst = append(dst, c)
			pending = true
		case '}', ']':
			if pending {
				pending = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
		case ',':
			dst = newline(append(dst, ','), depth)
		case ':':
			dst = append(dst, ':', ' ')
		}
		i++
	}
	in.depth, in.pending = depth, pending
	return dst
}

// stringEnd returns the index just past the closing quote of the JSON
// string whose contents begin at src[i].
func stringEnd(src []byte, i int) int {
	for {
		q := bytes.IndexByte(src[i:], '"')
		if q < 0 {
			return len(src)
		}
		q += i
		backslashes := 0
		for k := q - 1; k >= i && src[k] == '\\'; k-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return q + 1
		}
		i = q + 1
	}
}
