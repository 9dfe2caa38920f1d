package policy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// The wire form of results: each type writes itself in one pass, appending
// to a byte slice, money as two-place strings ("6366.00") everywhere, the
// arguments of explanations included ("3622.00"; an amount worked out
// exactly but not yet rounded keeps its places, "457.733333333333"), and
// other arguments as decimals without trailing zeros ("0.3", "10").
// Explanations render straight into the slice. Reading
// back (UnmarshalJSON) goes through encoding/json and gives an equal value;
// a nested explanation comes back as the words it rendered to.

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaped as encoding/json escapes
// it by default (HTML-safe, invalid UTF-8 as U+FFFD).
func appendString[S ~string | ~[]byte](b []byte, s S) []byte {
	b = append(b, '"')
	b = appendEscaped(b, s)
	return append(b, '"')
}

// safe marks the ASCII bytes a JSON string holds as they are.
var safe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendEscaped appends s escaped as the inside of a JSON string.
func appendEscaped[S ~string | ~[]byte](b []byte, s S) []byte {
	for i := 0; ; {
		j := safePrefix(s, i)
		b = append(b, s[i:j]...)
		if j == len(s) {
			return b
		}
		if c := s[j]; c < utf8.RuneSelf {
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i = j + 1
			continue
		}
		r, size := decodeRune(s, j)
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else { // U+2028 or U+2029
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		}
		i = j + size
	}
}

// safePrefix returns the index of the first byte of s from i on that a
// JSON string cannot hold as it is (encoding/json's default escaping: a
// control character, ", \, <, >, &, U+2028, U+2029 or a byte of invalid
// UTF-8), or len(s). Three-byte characters, Chinese among them, are
// checked without decoding them.
func safePrefix[S ~string | ~[]byte](s S, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !safe[c] {
				return i
			}
			i++
			continue
		}
		// A lead byte E1–EC or EE–EF and two continuation bytes are a valid
		// character (no overlong form, no surrogate); E2 80 A8 and E2 80 A9
		// are U+2028 and U+2029.
		if i+2 < len(s) && c >= 0xe1 && c <= 0xef && c != 0xed && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			if c == 0xe2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xa8 {
				return i
			}
			i += 3
			continue
		}
		r, size := decodeRune(s, i)
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return i
		}
		i += size
	}
	return i
}

// decodeRune decodes the character at s[i]. Only utf8.UTFMax bytes are
// converted to a string, which costs no allocation.
func decodeRune[S ~string | ~[]byte](s S, i int) (rune, int) {
	return utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
}

// escapeTail escapes b[start:], text just appended, as the inside of a JSON
// string, as appendEscaped would have written it. Text that needs no escape
// (all the library's own words) is left where it is.
func escapeTail(b []byte, start int) []byte {
	i := safePrefix(b, start)
	if i == len(b) {
		return b
	}
	var buf [256]byte
	rest := append(buf[:0], b[i:]...)
	return appendEscaped(b[:i], rest)
}

// AppendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it by default: HTML-safe, invalid UTF-8 as U+FFFD.
func AppendJSONString(b []byte, s string) []byte { return appendString(b, s) }

// appendKey appends ,"key": (no comma before the first key of an object).
func appendKey(b []byte, key string) []byte {
	if n := len(b); n > 0 && b[n-1] != '{' && b[n-1] != '[' {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

func appendMoney(b []byte, m Money) []byte {
	b = append(b, '"')
	b = m.AppendFixed(b)
	return append(b, '"')
}

func appendClauses(b []byte, k clauseCodes) []byte {
	if k[0] == 0 {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, c := range k {
		if c == 0 {
			break
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, string(clauseTable[c-1].id))
	}
	return append(b, ']')
}

// AppendJSON appends the parameter record as JSON.
func (u Used) AppendJSON(b []byte) []byte {
	b = append(b, '{')
	b = appendKey(b, "name")
	b = appendString(b, u.Name)
	b = appendKey(b, "value")
	b = appendString(b, u.Value)
	b = appendKey(b, "provenance")
	b = appendString(b, string(u.Provenance))
	if u.Source != "" {
		b = appendKey(b, "source")
		b = appendString(b, u.Source)
	}
	return append(b, '}')
}

func appendUsed(b []byte, us []Used) []byte {
	if len(us) == 0 {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range us {
		if i > 0 {
			b = append(b, ',')
		}
		b = us[i].AppendJSON(b)
	}
	return append(b, ']')
}

// AppendJSON appends the explanation as JSON: the formula, the arguments
// and both renderings, rendered straight into b.
func (e Explanation) AppendJSON(b []byte) []byte {
	var buf [argBuf]Arg
	fp, args := e.view(&buf)
	b = append(b, `{"formula":{"id":`...)
	var f Formula
	if fp != nil {
		f = *fp
	}
	b = appendString(b, f.ID)
	b = append(b, `,"zh":"`...)
	b = appendEscaped(b, f.ZH)
	var pa [6]Arg
	var part []Arg
	if e.hasPart() {
		b = appendEscaped(b, e.partFormula().ZH)
		part = e.partArgs(&pa)
	}
	b = append(b, `","en":"`...)
	b = appendEscaped(b, f.EN)
	if part != nil {
		b = appendEscaped(b, e.partFormula().EN)
	}
	b = append(b, `"},"args":`...)
	if len(args)+len(part) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for k := 0; k < len(args); k += 1 + int(args[k].inner()) {
			if k > 0 {
				b = append(b, ',')
			}
			b = args[k].appendJSON(b, operands(args, k))
		}
		for k, a := range part {
			if k > 0 || len(args) > 0 {
				b = append(b, ',')
			}
			b = a.appendJSON(b, nil)
		}
		b = append(b, ']')
	}
	b = append(b, `,"zh":"`...)
	start := len(b)
	b = escapeTail(e.appendRender(b, fp, args, ZH), start)
	b = append(b, `","en":"`...)
	start = len(b)
	b = escapeTail(e.appendRender(b, fp, args, EN), start)
	return append(b, `"}`...)
}

func (a Arg) appendJSON(b []byte, inner []Arg) []byte {
	b = append(b, `{"name":`...)
	b = appendString(b, a.name)
	b = append(b, `,"kind":"`...)
	b = append(b, a.Kind()...)
	b = append(b, `","value":"`...)
	b = a.appendValue(b)
	b = append(b, '"')
	if a.kind() == argNested { // both renderings, each left out when empty as the words of a text argument are
		b = appendRendered(b, `,"text":"`, a.formula, inner, ZH)
		b = appendRendered(b, `,"text_en":"`, a.formula, inner, EN)
	} else {
		if a.zh != "" {
			b = append(b, `,"text":`...)
			b = appendString(b, a.zh)
		}
		if a.en != "" {
			b = append(b, `,"text_en":`...)
			b = appendString(b, a.en)
		}
	}
	return append(b, '}')
}

// appendRendered appends key and f rendered with args as a JSON string,
// or nothing when f renders as the empty string.
func appendRendered(b []byte, key string, f *Formula, args []Arg, lang Lang) []byte {
	mark := len(b)
	b = append(b, key...)
	start := len(b)
	if b = escapeTail(appendRender(b, f, args, lang), start); len(b) == start {
		return b[:mark]
	}
	return append(b, '"')
}

// MarshalJSON writes the explanation as [Explanation.AppendJSON] does.
func (e Explanation) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }

type argJSON struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Value  string `json:"value"`
	Text   string `json:"text"`
	TextEN string `json:"text_en"`
}

type explanationJSON struct {
	Formula Formula   `json:"formula"`
	Args    []argJSON `json:"args"`
}

// UnmarshalJSON reads an explanation written by [Explanation.MarshalJSON];
// the renderings are derived and ignored, and a nested explanation comes back
// as the words it rendered to. One with neither formula nor operands, as the
// zero Explanation writes itself, reads back as the zero Explanation.
func (e *Explanation) UnmarshalJSON(b []byte) error {
	var x explanationJSON
	if err := unmarshalAt(b, &x); err != nil {
		return err
	}
	f := x.Formula
	args := make([]Arg, 0, len(x.Args))
	for _, a := range x.Args {
		arg := Arg{argShape: argShape{name: a.Name}, zh: a.Text, en: a.TextEN}
		var ok bool
		switch ArgKind(a.Kind) {
		case KindMoney:
			arg.argMeta = meta(argMoney, 0, 0)
			var m Money
			if m, ok = parseMoneyValue(a.Value); !ok { // an exact amount of more places ([MExact])
				var places uint8
				arg.num, places, ok = parseExactValue(a.Value)
				arg.argMeta = meta(argExact, 0, places)
			} else {
				arg.num = int64(m)
			}
		case KindCount:
			arg.argMeta = meta(argCount, 0, 0)
			arg.num, ok = parseCount(a.Value)
		case KindRatio, KindNumber:
			arg.argMeta = meta(argRatio, 0, 0)
			if ArgKind(a.Kind) == KindNumber {
				arg.argMeta = meta(argNumber, 0, 0)
			}
			var r Ratio
			r, ok = parseRatioValue(a.Value)
			arg.num = int64(r)
		case KindText:
			arg.argMeta, ok = meta(argText, 0, 0), true
		}
		if !ok {
			return &FieldError{Type: ErrorInvalid, Path: "args." + a.Name, Value: Quote(a.Value),
				Detail: "is not a " + a.Kind + " argument"}
		}
		args = append(args, arg)
	}
	if len(args) == 0 {
		args = nil
		if f == (Formula{}) { // as the zero Explanation writes itself
			*e = Explanation{}
			return nil
		}
	}
	*e = Explanation{formula: &f, args: args}
	return nil
}

// MaxAmountText is the longest text of an amount the library's JSON
// readers parse: 17 integer digits (below 10^16 元), a point, 12 places and
// a sign fit with room to spare. A longer one is refused before it is
// parsed, since parsing a number of n digits costs n² (decimal.NewFromString).
const MaxAmountText = 40

// parseDecimal parses s as a decimal of at most [MaxAmountText] bytes.
func parseDecimal(s string) (decimal.Decimal, error) {
	if len(s) > MaxAmountText {
		return decimal.Decimal{}, errLongAmount
	}
	return decimal.NewFromString(s)
}

var errLongAmount = errors.New("policy: an amount of more than MaxAmountText bytes")

// parseMoneyValue reads an amount of the JSON this package writes, as
// [ComputedOf] reads it: what the library computed, it reads back.
func parseMoneyValue(s string) (Money, bool) {
	d, err := parseDecimal(s)
	if err != nil {
		return 0, false
	}
	return ComputedOf(d)
}

// parseExactValue reads an exact amount of 3 to 12 places as [MExact]
// writes it: its coefficient and places, without trailing zeros, so that
// "9470.1760" reads as the 9470.176 MExact makes and renders so. A
// negative amount, which MExact never makes, is refused.
func parseExactValue(s string) (int64, uint8, bool) {
	d, err := parseDecimal(s)
	if err != nil || d.Exponent() < -12 || d.Exponent() > -3 || !d.Coefficient().IsInt64() || d.Sign() < 0 ||
		magnitudeDigits(d) > 16 { // the bound of a computed amount (10^16 元)
		return 0, 0, false
	}
	c, p := d.Coefficient().Int64(), uint8(-d.Exponent())
	for p > 3 && c%10 == 0 { // not below 3: an amount of whole fen reads as money (parseMoneyValue)
		c, p = c/10, p-1
	}
	return c, p, true
}

func parseRatioValue(s string) (Ratio, bool) {
	d, err := parseDecimal(s)
	if err != nil {
		return 0, false
	}
	return RatioOf(d)
}

func parseCount(s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// AppendJSON appends the line as JSON: money as two-place strings, the
// monthly schedule of a recurring line spelled out, the period as its first
// and last month.
func (l Line) AppendJSON(b []byte) []byte {
	b = append(b, '{')
	sh := l.shape()
	lump := l.flags&lineLump != 0
	b = appendKey(b, "programme")
	b = appendString(b, string(l.Programme()))
	b = appendKey(b, "item")
	b = appendString(b, string(sh.item))
	if l.member != "" {
		b = appendKey(b, "member")
		b = appendString(b, l.member)
	}
	if id := l.ID(); id != "" {
		b = appendKey(b, "id")
		b = appendString(b, id)
	}
	b = appendKey(b, "payee")
	b = appendString(b, string(l.Payee()))
	b = appendKey(b, "payer")
	b = appendString(b, string(l.Payer()))
	b = appendKey(b, "form")
	b = appendString(b, string(l.Form()))
	if sh.label != "" {
		b = appendKey(b, "service")
		b = appendString(b, sh.label)
	}
	b = appendKey(b, "annual")
	b = appendMoney(b, l.amount)
	// A lump sum has no schedule; the wire has always given it 12 months
	// (the year it is paid in), and its month is in "period".
	months := l.Months()
	if lump {
		months = 12
	}
	b = appendKey(b, "months")
	b = strconv.AppendInt(b, int64(months), 10)
	b = appendKey(b, "period")
	b = l.period.appendJSON(b)
	if lump {
		b = appendKey(b, "lump")
		b = append(b, "true"...)
	} else {
		s := l.Schedule()
		b = appendKey(b, "schedule")
		b = append(b, `{"months":`...)
		b = strconv.AppendInt(b, int64(s.months), 10)
		b = append(b, `,"month":`...)
		b = appendMoney(b, s.month)
		b = append(b, `,"last":`...)
		b = appendMoney(b, s.last)
		b = append(b, '}')
	}
	b = appendKey(b, "rounding")
	b = sh.round.appendJSON(b)
	b = appendKey(b, "clauses")
	b = appendClauses(b, sh.clauses)
	b = appendKey(b, "params")
	b = appendUsed(b, l.usedList())
	b = appendKey(b, "provisional")
	b = strconv.AppendBool(b, sh.prov)
	b = appendKey(b, "explanation")
	b = l.Explanation().AppendJSON(b)
	return append(b, '}')
}

func (m months) appendJSON(b []byte) []byte {
	p := m.period()
	b = append(b, `{"from":`...)
	b = strconv.AppendInt(b, int64(p.From), 10)
	b = append(b, `,"to":`...)
	b = strconv.AppendInt(b, int64(p.To), 10)
	return append(b, '}')
}

func (r rounding) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if m := r.rounding().Mode; m != "" {
		b = appendKey(b, "mode")
		b = appendString(b, string(m))
	}
	b = appendKey(b, "places")
	b = strconv.AppendInt(b, int64(r.places), 10)
	return append(b, '}')
}

// MarshalJSON writes the line as [Line.AppendJSON] does.
func (l Line) MarshalJSON() ([]byte, error) { return l.AppendJSON(nil), nil }

type periodJSON struct {
	From time.Month `json:"from"`
	To   time.Month `json:"to"`
}

type lineJSON struct {
	Programme   Programme   `json:"programme"`
	Item        Item        `json:"item"`
	Member      string      `json:"member"`
	ID          string      `json:"id"`
	Payee       *Payee      `json:"payee"` // the pointers are nil for a key left out (or null): required
	Payer       *Payer      `json:"payer"`
	Form        *Form       `json:"form"`
	Service     string      `json:"service"`
	Annual      *string     `json:"annual"`
	Period      *periodJSON `json:"period"`
	Lump        bool        `json:"lump"`
	Rounding    Rounding    `json:"rounding"`
	Clauses     []Clause    `json:"clauses"`
	Params      []Used      `json:"params"`
	Explanation Explanation `json:"explanation"`
}

// UnmarshalJSON reads a line written by [Line.MarshalJSON]; the schedule,
// the months and the provisional mark are derived and ignored. A part-year
// line's explanation is read without its months part, which the line
// derives again, except for a line that shared one rounding with others:
// its months part names their total, which it cannot derive, so it is
// kept as written, once checked against the line's period and amount.
// "programme", "annual", "payee", "payer" and "form" left out or null are
// each an [ErrorRequired] error at that key.
func (l *Line) UnmarshalJSON(b []byte) error {
	var x lineJSON
	if err := unmarshalAt(b, &x); err != nil {
		return err
	}
	if x.Annual == nil {
		return Path("annual").Required("is required")
	}
	amount, ok := parseMoneyValue(*x.Annual)
	switch {
	case !ok:
		return Path("annual").Invalid(Quote(*x.Annual), "is not an amount")
	case amount < 0:
		return Path("annual").Invalid(Quote(*x.Annual), "is negative, which no line pays")
	}
	period := Year
	if x.Period != nil {
		period = Period{From: x.Period.From, To: x.Period.To}
	}
	if err := period.Check("period"); err != nil {
		return err
	}
	if x.Lump && period.Months() != 1 {
		return Path("period").Invalid(period.String(), "is not the one month a lump sum is paid in")
	}
	clauses, err := readClauses(x.Clauses)
	if err != nil {
		return err
	}
	if err := checkUsed(x.Params); err != nil {
		return err
	}
	if err := x.Rounding.Validate("rounding"); err != nil {
		return err
	}
	k := key{item: x.Item, label: x.Service, kind: shapeLine, clauses: clauses.clauses(), round: x.Rounding,
		params: x.Params, prog: x.Programme}
	switch {
	case x.Programme == "":
		return Path("programme").Required("is required")
	case code(programmes[:], k.prog) == 0:
		return Path("programme").NotSupported(Quote(string(x.Programme)), "is not a programme")
	case x.Payee == nil:
		return Path("payee").Required("is required")
	case x.Payer == nil:
		return Path("payer").Required("is required")
	case x.Form == nil:
		return Path("form").Required("is required")
	}
	k.payee, k.payer, k.form = *x.Payee, *x.Payer, *x.Form
	switch {
	case !k.payee.Valid():
		return Path("payee").NotSupported(Quote(string(k.payee)), "is not a payee")
	case !k.payer.Valid():
		return Path("payer").NotSupported(Quote(string(k.payer)), "is not a payer")
	case !k.form.Valid():
		return Path("form").NotSupported(Quote(string(k.form)), "is not a form")
	}
	formula, args := x.Explanation.formula, x.Explanation.args
	if formula == nil { // no explanation written: an empty one, as a line without one writes
		formula = new(Formula)
	}
	var rate Rate
	var flags uint8
	if (x.Lump || period.Months() == 12) && monthsPart(formula) {
		return Path("explanation.formula").Invalid(Quote(formula.ID), "names months of a part of the year "+
			"on a lump sum or a line of the whole year")
	}
	if x.Lump {
		flags |= lineLump
	} else {
		rate = rateOver(amount, period.Months())
		if period.Months() < 12 {
			if formula, args, flags, err = wholeYear(formula, args, period, amount, x.Rounding.Unit()); err != nil {
				return err
			}
		}
	}
	k.formula = formula
	n := Line{member: x.Member, flags: flags, amount: amount, period: monthsOf(period)}
	n.x = encode(nil, shapeOf(&k, args, false), args, n.vals[:], x.ID, false)
	n.setRate(rate)
	*l = n
	return nil
}

// wholeYear takes off a part-year line's formula and arguments what
// [Line.Explanation] adds back: the months and the amount after its annual
// rate. The months part of a line that shared one rounding names the
// lines' total, which the line read back cannot work out again: it stays
// in the formula, and the flags returned say so (linePartRead), once its
// arguments are checked against the line's period and amount.
//
// The words of one month ("12月") are read only for a line of one month; a
// line of one month written before they existed ("12–12月") reads too, and
// is given them.
func wholeYear(f *Formula, args []Arg, period Period, amount, unit Money) (*Formula, []Arg, uint8, error) {
	zh, en := partIn(f.ZH, ZH), partIn(f.EN, EN)
	switch {
	case zh != en:
		return nil, nil, 0, Path("explanation.formula").Invalid(Quote(f.ID),
			"names the months of a part of the year in one language only, or differently in each")
	case zh == nil:
		return f, args, 0, nil // no months part: the line adds it
	case (zh == &formulaPartMonth || zh == &formulaPartMonthShared) && period.Months() != 1:
		return nil, nil, 0, Path("explanation.formula").Invalid(Quote(f.ID), "names one month for a line of "+period.String())
	case zh == &formulaPartShared || zh == &formulaPartMonthShared:
		if !sharedPart(args, period, amount, unit) {
			return nil, nil, 0, Path("explanation.args").Invalid(period.String(), "do not end in these months, the lines "+
				"sharing one rounding, their total and the line's amount")
		}
		if zh == &formulaPartShared && period.Months() == 1 { // written before one month had its words
			f = &Formula{ID: f.ID, ZH: strings.TrimSuffix(f.ZH, zh.ZH) + formulaPartMonthShared.ZH,
				EN: strings.TrimSuffix(f.EN, zh.EN) + formulaPartMonthShared.EN}
		}
		return f, args, linePartRead, nil
	}
	if !plainPart(args, period, amount) {
		return nil, nil, 0, Path("explanation.args").Invalid(period.String(), "do not end in these months and the line's amount")
	}
	return &Formula{ID: f.ID, ZH: strings.TrimSuffix(f.ZH, zh.ZH), EN: strings.TrimSuffix(f.EN, zh.EN)},
		args[:len(args)-4], 0, nil
}

// partFormulas are the months parts a part-year line's formula may end in.
var partFormulas = [...]*Formula{&formulaPart, &formulaPartShared, &formulaPartMonth, &formulaPartMonthShared}

// partIn returns the months part that s, a formula in lang, ends in, or
// nil.
func partIn(s string, lang Lang) *Formula {
	for _, p := range partFormulas {
		w := p.ZH
		if lang == EN {
			w = p.EN
		}
		if strings.HasSuffix(s, w) {
			return p
		}
	}
	return nil
}

// monthsPart reports whether f ends in the months part of a part-year line,
// plain or shared, of a run of months or of one, in either language.
func monthsPart(f *Formula) bool { return partIn(f.ZH, ZH) != nil || partIn(f.EN, EN) != nil }

// plainPart reports whether args end in what the months part of a line of
// period and amount writes: its months, then the amount.
func plainPart(args []Arg, period Period, amount Money) bool {
	if len(args) < 4 {
		return false
	}
	p := args[len(args)-4:]
	return monthsArgs(p[:3], period) && p[3].name == "prorated" && p[3].kind() == argMoney && p[3].num == int64(amount)
}

// monthsArgs reports whether p is "months", "from" and "to" of period.
func monthsArgs(p []Arg, period Period) bool {
	return countArg(&p[0], "months", int64(period.Months())) && countArg(&p[1], "from", int64(period.From)) &&
		countArg(&p[2], "to", int64(period.To))
}

// countArg reports whether a is the count name of value v.
func countArg(a *Arg, name string, v int64) bool {
	return a.name == name && a.kind() == argCount && a.num == v
}

// sharedPart reports whether args end in what the months part of a shared
// line of period and amount writes: its months, the lines sharing one
// rounding (two or more), their total and the amount. Each of k lines pays
// its part rounded down or one unit more, so their total is within k − 1
// units of k times any one of them.
func sharedPart(args []Arg, period Period, amount, unit Money) bool {
	if len(args) < 6 {
		return false
	}
	p := args[len(args)-6:]
	return monthsArgs(p[:3], period) && p[3].name == "lines" && p[3].kind() == argCount && 2 <= p[3].num && p[3].num <= 255 &&
		p[4].name == "shared" && p[4].kind() == argMoney && p[5].name == "prorated" && p[5].kind() == argMoney &&
		p[5].num == int64(amount) && abs(p[4].num-p[3].num*int64(amount)) <= (p[3].num-1)*int64(unit)
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// rateOver returns the annual rate at which k months pay amount, amount ×
// 12 ÷ k: what a line read back from JSON can say of its rate.
func rateOver(amount Money, k int) Rate {
	return PerYear(amount).times(12, uint64(k))
}

// checkUsed refuses a parameter record read back without a name or a
// provenance, which every record the library writes has: one read without
// them would write what cannot be read again.
func checkUsed(us []Used) error {
	for i := range us {
		switch {
		case us[i].Name == "":
			return Path("params").Index(i).Field("name").Required("is required")
		case !us[i].Provenance.Valid():
			return Path("params").Index(i).Field("provenance").Required("is required")
		}
	}
	return nil
}

func readClauses(cs []Clause) (clauseCodes, error) {
	var k clauseCodes
	if len(cs) > len(k) {
		return k, Path("clauses").TooMany(strconv.Itoa(len(cs)), "clauses, more than "+strconv.Itoa(MaxClauses))
	}
	for i, c := range cs {
		j := c.index()
		if j < 0 {
			return k, Path("clauses").Index(i).NotSupported(Quote(string(c)), "is not a clause of the rules")
		}
		k[i] = uint8(j + 1)
	}
	return k, nil
}

// AppendJSON appends the decision as JSON.
func (d Decision) AppendJSON(b []byte) []byte {
	b = append(b, '{')
	sh := d.shape()
	b = appendKey(b, "programme")
	b = appendString(b, string(d.Programme()))
	if sh.item != "" {
		b = appendKey(b, "item")
		b = appendString(b, string(sh.item))
	}
	if d.member != "" {
		b = appendKey(b, "member")
		b = appendString(b, d.member)
	}
	if id := d.ID(); id != "" {
		b = appendKey(b, "id")
		b = appendString(b, id)
	}
	b = appendKey(b, "outcome")
	b = appendString(b, sh.label)
	b = appendKey(b, "period")
	b = d.period.appendJSON(b)
	b = appendKey(b, "clauses")
	b = appendClauses(b, sh.clauses)
	if len(sh.params) > 0 {
		b = appendKey(b, "params")
		b = appendUsed(b, sh.params)
	}
	b = appendKey(b, "explanation")
	b = d.Explanation().AppendJSON(b)
	return append(b, '}')
}

// MarshalJSON writes the decision as [Decision.AppendJSON] does.
func (d Decision) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil), nil }

type decisionJSON struct {
	Programme   Programme   `json:"programme"`
	Item        Item        `json:"item"`
	Member      string      `json:"member"`
	ID          string      `json:"id"`
	Outcome     Outcome     `json:"outcome"`
	Period      *periodJSON `json:"period"`
	Clauses     []Clause    `json:"clauses"`
	Params      []Used      `json:"params"`
	Explanation Explanation `json:"explanation"`
}

// UnmarshalJSON reads a decision written by [Decision.MarshalJSON]. It
// refuses a programme or outcome the library does not make.
func (d *Decision) UnmarshalJSON(b []byte) error {
	var x decisionJSON
	if err := unmarshalAt(b, &x); err != nil {
		return err
	}
	clauses, err := readClauses(x.Clauses)
	if err != nil {
		return err
	}
	period := Year
	if x.Period != nil {
		period = Period{From: x.Period.From, To: x.Period.To}
	}
	if err := period.Check("period"); err != nil {
		return err
	}
	if err := checkUsed(x.Params); err != nil {
		return err
	}
	if !x.Programme.Valid() { // left out: "" would not read back
		return Path("programme").Required("is required")
	}
	if x.Outcome == "" {
		return Path("outcome").Required("is required")
	}
	if !x.Outcome.Valid() {
		return Path("outcome").NotSupported(Quote(string(x.Outcome)),
			"is not eligible, ineligible, continue, exit, exit-pending or not-assessed")
	}
	k := key{formula: x.Explanation.formula, item: x.Item, label: string(x.Outcome), kind: shapeDecision,
		clauses: clauses.clauses(), params: x.Params, prog: x.Programme}
	n := Decision{member: x.Member, period: monthsOf(period)}
	n.x = encode(nil, shapeOf(&k, x.Explanation.args, false), x.Explanation.args, n.vals[:], x.ID, false)
	*d = n
	return nil
}

// AppendJSON appends the finding as JSON, its amount a two-place string.
func (f Finding) AppendJSON(b []byte) []byte {
	b = append(b, '{')
	sh := f.shape()
	b = appendKey(b, "kind")
	b = appendString(b, sh.label)
	b = appendKey(b, "programme")
	b = appendString(b, string(f.Programme()))
	if sh.item != "" {
		b = appendKey(b, "item")
		b = appendString(b, string(sh.item))
	}
	if f.member != "" {
		b = appendKey(b, "member")
		b = appendString(b, f.member)
	}
	if id := f.ID(); id != "" {
		b = appendKey(b, "id")
		b = appendString(b, id)
	}
	b = appendKey(b, "clauses")
	b = appendClauses(b, sh.clauses)
	b = appendKey(b, "amount")
	b = appendMoney(b, f.amount)
	b = appendKey(b, "explanation")
	b = f.Explanation().AppendJSON(b)
	return append(b, '}')
}

// MarshalJSON writes the finding as [Finding.AppendJSON] does.
func (f Finding) MarshalJSON() ([]byte, error) { return f.AppendJSON(nil), nil }

type findingJSON struct {
	Kind        FindingKind `json:"kind"`
	Programme   Programme   `json:"programme"`
	Item        Item        `json:"item"`
	Member      string      `json:"member"`
	ID          string      `json:"id"`
	Clauses     []Clause    `json:"clauses"`
	Amount      *string     `json:"amount"` // nil for a key left out (or null): required
	Explanation Explanation `json:"explanation"`
}

// UnmarshalJSON reads a finding written by [Finding.MarshalJSON]. It
// refuses a programme or kind the library does not make; "kind",
// "programme" and "amount" left out or null are each an [ErrorRequired]
// error at that key.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var x findingJSON
	if err := unmarshalAt(b, &x); err != nil {
		return err
	}
	if x.Amount == nil {
		return Path("amount").Required("is required")
	}
	amount, ok := parseMoneyValue(*x.Amount)
	if !ok {
		return Path("amount").Invalid(Quote(*x.Amount), "is not an amount")
	}
	clauses, err := readClauses(x.Clauses)
	if err != nil {
		return err
	}
	if !x.Programme.Valid() { // left out: "" would not read back
		return Path("programme").Required("is required")
	}
	if x.Kind == "" {
		return Path("kind").Required("is required")
	}
	if !x.Kind.Valid() {
		return Path("kind").NotSupported(Quote(string(x.Kind)), "is not omission, wrongful, not-exited, "+
			"underpayment, overpayment, unclaimed, jiujinan, joint-meeting or not-assessed")
	}
	k := key{formula: x.Explanation.formula, item: x.Item, label: string(x.Kind), kind: shapeFinding,
		clauses: clauses.clauses(), prog: x.Programme}
	n := Finding{member: x.Member, amount: amount}
	n.x = encode(nil, shapeOf(&k, x.Explanation.args, false), x.Explanation.args, n.vals[:], x.ID, false)
	*f = n
	return nil
}

// AppendJSON appends the check as JSON, with its figures when it compared
// amounts.
func (c Check) AppendJSON(b []byte) []byte {
	b = append(b, '{')
	b = appendKey(b, "name")
	b = appendString(b, c.name)
	b = appendKey(b, "clauses")
	b = appendClauses(b, c.clauses)
	b = appendKey(b, "status")
	b = appendString(b, string(c.status))
	if c.period != 0 {
		b = appendKey(b, "period")
		b = c.period.appendJSON(b)
	}
	if c.figures {
		b = appendKey(b, "value")
		b = appendMoney(b, c.value)
		b = appendKey(b, "bound")
		b = appendMoney(b, c.bound)
		if c.status == Fail && c.bound > c.value {
			b = appendKey(b, "shortfall")
			b = appendMoney(b, c.bound-c.value)
		}
	}
	if len(c.params) > 0 {
		b = appendKey(b, "params")
		b = appendUsed(b, c.params)
	}
	b = appendKey(b, "explanation")
	b = c.Explanation().AppendJSON(b)
	return append(b, '}')
}

// MarshalJSON writes the check as [Check.AppendJSON] does.
func (c Check) MarshalJSON() ([]byte, error) { return c.AppendJSON(nil), nil }

type checkJSON struct {
	Name        string      `json:"name"`
	Clauses     []Clause    `json:"clauses"`
	Status      CheckStatus `json:"status"`
	Period      *periodJSON `json:"period"`
	Value       *string     `json:"value"`
	Bound       *string     `json:"bound"`
	Params      []Used      `json:"params"`
	Explanation Explanation `json:"explanation"`
}

// UnmarshalJSON reads a check written by [Check.MarshalJSON]. It refuses a
// status the library does not make, but for the empty status of the zero
// Check.
func (c *Check) UnmarshalJSON(b []byte) error {
	var x checkJSON
	if err := unmarshalAt(b, &x); err != nil {
		return err
	}
	clauses, err := readClauses(x.Clauses)
	if err != nil {
		return err
	}
	if x.Status != "" && !x.Status.Valid() { // "": the zero Check, as it writes itself
		return Path("status").NotSupported(Quote(string(x.Status)), "is not pass, fail or not-assessed")
	}
	if err := checkUsed(x.Params); err != nil {
		return err
	}
	n := Check{name: x.Name, clauses: clauses, status: x.Status, formula: x.Explanation.formula,
		args: x.Explanation.args, params: x.Params}
	if x.Period != nil {
		p := Period{From: x.Period.From, To: x.Period.To}
		if p == (Period{}) || !p.Valid() {
			return Path("period").Invalid(fmt.Sprintf("%d–%d", x.Period.From, x.Period.To), "is not a run of months of one year")
		}
		n = n.InPeriod(p)
	}
	switch {
	case x.Value != nil && x.Bound == nil:
		return Path("bound").Required("is required with a value")
	case x.Value == nil && x.Bound != nil:
		return Path("value").Required("is required with a bound")
	case x.Value != nil:
		v, ok := parseMoneyValue(*x.Value)
		if !ok {
			return Path("value").Invalid(Quote(*x.Value), "is not an amount")
		}
		w, ok := parseMoneyValue(*x.Bound)
		if !ok {
			return Path("bound").Invalid(Quote(*x.Bound), "is not an amount")
		}
		n.value, n.bound, n.figures = v, w, true
	}
	*c = n
	return nil
}
