package policy

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Lang selects the language an explanation is rendered in.
type Lang string

// Languages of [Explanation.Render].
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// Formula is the shape of an explanation, written once per rule as a
// package-level value: templates in Chinese and English whose {name}
// placeholders are filled from the explanation's arguments, e.g.
// "{S} × {n} 人 − {I} = {=} 元/年".
type Formula struct {
	ID string `json:"id"` // names the formula, e.g. "tekun.minimum.dispersed"
	ZH string `json:"zh"` // the Chinese template
	EN string `json:"en"` // the English template
}

// ArgKind says how an argument is written.
type ArgKind string

// Argument kinds.
const (
	KindMoney  ArgKind = "money"  // yuan, two places ("1280.50")
	KindCount  ArgKind = "count"  // a whole number ("3")
	KindRatio  ArgKind = "ratio"  // a fraction written as a percentage (0.3 → "30%")
	KindNumber ArgKind = "number" // a number written as it is ("10")
	KindText   ArgKind = "text"   // words, in Chinese and in English
)

// argKind is an [ArgKind] as an argument holds it.
type argKind uint8

const (
	argMoney argKind = iota
	argCount
	argRatio
	argNumber
	argText
	// The kinds below are an argument's own: each is written as one of
	// those above ([ArgKinds] lists those, up to argNested).
	argNested
	argExact // money with more places than the fen: num × 10^-places
)

var argKinds = [...]ArgKind{argMoney: KindMoney, argCount: KindCount, argRatio: KindRatio,
	argNumber: KindNumber, argText: KindText, argNested: KindText, argExact: KindMoney}

// ArgKinds returns the argument kinds, in the order above.
func ArgKinds() []ArgKind { return slices.Clone(argKinds[:argNested]) }

// Valid reports whether k is one of the argument kinds above.
func (k ArgKind) Valid() bool { return slices.Contains(argKinds[:argNested], k) }

// Arg is one operand of an explanation: a name, and an amount in fen, a
// count, a ratio or number in ten-thousandths, or words. An argument made by
// [Nested] is an explanation within the explanation, rendered as words.
// Args are values: build them with [M], [N], [R], [X], [T], [T2] and
// [Nested].
type Arg struct {
	argShape // its name and how it is written, which a record's shape keeps
	zh, en   string
	num      int64
}

// arg returns the operand name of meta m and value num.
func arg(name string, m argMeta, num int64) Arg {
	return Arg{argShape: argShape{name: name, argMeta: m}, num: num}
}

// M returns a money argument.
func M(name string, v Money) Arg { return arg(name, meta(argMoney, 0, 0), int64(v)) }

// MExact returns a money argument for an amount worked out exactly but not
// yet rounded, such as R × 80% before the annual cap cuts it: written with
// two places when it has no more, with its own three or four places
// ("11724.536"), and with more cut to four with "…" ("301.8333…"); on the
// wire and by [Arg.Decimal] its exact value ("11724.536",
// "301.833333333333"). An amount that is not a terminating decimal within 12
// places is cut there, or sooner where one more digit could overflow
// int64 (333333333333.3333333, 19 digits, for 10^12 元 ÷ 3).
func MExact(name string, q Rate) Arg {
	coef, places := q.decimal(12)
	if places <= 2 {
		return M(name, Money(coef*pow10[2-places]))
	}
	return arg(name, meta(argExact, 0, uint8(places)), coef)
}

// N returns a count argument.
func N(name string, n int) Arg { return arg(name, meta(argCount, 0, 0), int64(n)) }

// R returns a ratio argument, written as a percentage.
func R(name string, v Ratio) Arg { return arg(name, meta(argRatio, 0, 0), int64(v)) }

// X returns a plain number argument (a multiple).
func X(name string, v Ratio) Arg { return arg(name, meta(argNumber, 0, 0), int64(v)) }

// T returns a text argument, the same in both languages.
func T(name, text string) Arg {
	a := arg(name, meta(argText, 0, 0), 0)
	a.zh = text
	return a
}

// T2 returns a text argument with a Chinese and an English text.
func T2(name, zh, en string) Arg {
	a := arg(name, meta(argText, 0, 0), 0)
	a.zh, a.en = zh, en
	return a
}

// Nested returns an argument that is formula f rendered with the n
// arguments that follow it in the same list: an explanation within an
// explanation (the arithmetic of a claim's remaining out-of-pocket, say).
// Those n arguments are its own, not the outer formula's. On the wire it is
// a text argument holding both renderings. n beyond the arguments that
// follow stands for those there are (on a line or decision, those the rule
// handed in, never the result "="), a negative n for none, and n above 255
// for 255.
func Nested(name string, f *Formula, n int) Arg {
	a := arg(name, meta(argNested, uint8(min(max(n, 0), math.MaxUint8)), 0), 0)
	a.formula = f
	return a
}

// Name returns the argument's name, its placeholder in the formula.
func (a Arg) Name() string { return a.name }

// Kind returns how the argument is written.
func (a Arg) Kind() ArgKind { return argKinds[a.kind()] }

// Money returns a money argument's amount in fen, and whether the argument
// is one ([M]): false for an argument of another kind, and for an exact
// amount of more than two places ([MExact]), which has no amount in fen;
// [Arg.Decimal] gives its value.
func (a Arg) Money() (Money, bool) {
	if a.kind() != argMoney {
		return 0, false
	}
	return Money(a.num), true
}

// Decimal returns the value of a number argument: a money amount in yuan
// (an exact one with all its places: 11724.536), a count, a ratio as a
// fraction (0.3 for 30%) or a number (10); false for words and nested
// explanations.
func (a Arg) Decimal() (decimal.Decimal, bool) {
	switch a.kind() {
	case argMoney:
		return decimal.New(a.num, -2), true
	case argCount:
		return decimal.New(a.num, 0), true
	case argRatio, argNumber:
		return decimal.New(a.num, -4), true
	case argExact:
		return decimal.New(a.num, -int32(a.places())), true
	}
	return decimal.Decimal{}, false
}

// String writes the argument by its kind, in Chinese for text.
func (a Arg) String() string { return a.Format(ZH) }

// Format writes the argument by its kind, in the given language for text.
// A nested argument needs its operands: see [Explanation.Render].
func (a Arg) Format(lang Lang) string { return string(a.appendFormat(nil, nil, lang)) }

func (a Arg) appendFormat(b []byte, inner []Arg, lang Lang) []byte {
	switch a.kind() {
	case argMoney:
		return Money(a.num).AppendFixed(b)
	case argCount:
		return strconv.AppendInt(b, a.num, 10)
	case argRatio:
		return append(appendScaled(b, a.num, 2), '%')
	case argNumber:
		return appendScaled(b, a.num, 4)
	case argNested:
		return appendRender(b, a.formula, inner, lang)
	case argExact:
		p := int(a.places())
		if p <= 4 {
			return appendFixedPlaces(b, a.num, p) // exact: nothing is cut
		}
		return append(appendFixedPlaces(b, a.num/pow10[p-4], 4), "…"...) // cut to four places
	}
	if lang == EN && a.en != "" {
		return append(b, a.en...)
	}
	return append(b, a.zh...)
}

// appendValue appends the argument's value as the wire writes it: money
// with two places ("3622.00"), an exact amount with its own 3 to 12
// ("11724.536"), a count as a whole number, a ratio or number as a decimal
// without trailing zeros ("0.3", "10"), "0" for words.
func (a Arg) appendValue(b []byte) []byte {
	switch a.kind() {
	case argMoney:
		return Money(a.num).AppendFixed(b)
	case argCount:
		return strconv.AppendInt(b, a.num, 10)
	case argRatio, argNumber:
		return appendScaled(b, a.num, 4)
	case argExact:
		return appendScaled(b, a.num, int(a.places()))
	}
	return append(b, '0')
}

// Explanation is the arithmetic behind an amount or a decision, kept as a
// formula and its operands and rendered only when asked. It is a value: the
// formula and operands it holds cannot be changed through it. It holds its
// operands either as a list of its own (made by [Explain] or read from
// JSON) or in the compact form of the line, decision or finding it explains
// (a shape, the values and, for a line, its result "=").
type Explanation struct {
	formula *Formula
	args    []Arg
	sh      *shape
	x       *extra
	vals    [decisionVals]int64
	inline  uint8 // how many of vals the value kept inline
	eq      result
	part    part // a recurring line's months when they are fewer than twelve
}

// result is the operand "=" a line adds after its own, worked out from
// its amount or rate: none, a money amount, or an exact amount (num ×
// 10^-places yuan).
type result struct {
	kind   uint8 // 0 none, resultMoney, resultExact
	places uint8
	num    int64
}

const (
	resultMoney = 1
	resultExact = 2
)

// resultOf returns the result "=" as [MExact] writes q: money when q is a
// whole number of fen.
func resultOf(q Rate) result {
	a := MExact("=", q)
	if a.kind() == argMoney {
		return result{kind: resultMoney, num: a.num}
	}
	return result{kind: resultExact, num: a.num, places: a.places()}
}

func (r result) arg() Arg {
	if r.kind == resultExact {
		return arg("=", meta(argExact, 0, r.places), r.num)
	}
	return arg("=", meta(argMoney, 0, 0), r.num)
}

// part is what a line paying an annual rate R for k months of the year
// adds to the explanation of R (section 0: round(R × k / 12)): the months
// and the amount. R is the explanation's result "=", which the words part
// adds name again. A line that shares one rounding with others ([Split],
// 2.2.3) names how many share it and their rounded total, of which its
// amount is a part: lines is 0 for a line rounded on its own.
type part struct {
	k, from, to, lines uint8
	amount, shared     Money
}

// formulaPart and formulaPartShared are the words part adds, in each
// language; formulaPartMonth and formulaPartMonthShared are the same for a
// line of one month, which names it once ("12月" / "month 12", not
// "12–12").
var (
	formulaPart = Formula{ZH: "；{from}–{to}月共 {months} 个月：{=} × {months} ÷ 12 = {prorated} 元",
		EN: "; months {from}–{to}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan"}
	formulaPartShared = Formula{ZH: "；{from}–{to}月共 {months} 个月：{lines} 项合计 {lines} × {=} × {months} ÷ 12 = {shared} 元（一次舍入，尾差按成员顺序分配），本项 {prorated} 元",
		EN: "; months {from}–{to}, {months} months: {lines} lines together {lines} × {=} × {months} ÷ 12 = {shared} yuan (rounded once, the remainder given in member order), this line {prorated} yuan"}
	formulaPartMonth = Formula{ZH: "；{from}月共 {months} 个月：{=} × {months} ÷ 12 = {prorated} 元",
		EN: "; month {from}, {months} months: {=} × {months} ÷ 12 = {prorated} yuan"}
	formulaPartMonthShared = Formula{ZH: "；{from}月共 {months} 个月：{lines} 项合计 {lines} × {=} × {months} ÷ 12 = {shared} 元（一次舍入，尾差按成员顺序分配），本项 {prorated} 元",
		EN: "; month {from}, {months} months: {lines} lines together {lines} × {=} × {months} ÷ 12 = {shared} yuan (rounded once, the remainder given in member order), this line {prorated} yuan"}
)

// hasPart reports whether e adds the months part of a part-year line: it
// has one, and a formula to add it to.
func (e *Explanation) hasPart() bool { return e.part.k != 0 && e.formulaPtr() != nil }

// partFormula returns the words e's part adds.
func (e *Explanation) partFormula() *Formula {
	shared := e.part.lines > 1
	switch {
	case e.part.k == 1 && shared:
		return &formulaPartMonthShared
	case e.part.k == 1:
		return &formulaPartMonth
	case shared:
		return &formulaPartShared
	}
	return &formulaPart
}

// partArgs returns the arguments of e's part formula in buf: "months",
// "from", "to", for a shared line "lines" and "shared", then "prorated".
func (e *Explanation) partArgs(buf *[6]Arg) []Arg {
	p := e.part
	args := append(buf[:0], N("months", int(p.k)), N("from", int(p.from)), N("to", int(p.to)))
	if p.lines > 1 {
		args = append(args, N("lines", int(p.lines)), M("shared", p.shared))
	}
	return append(args, M("prorated", p.amount))
}

// view returns the explanation's formula and operands, decoding a compact
// form into buf.
func (e *Explanation) view(buf *[argBuf]Arg) (*Formula, []Arg) {
	if e.sh == nil {
		return e.formula, e.args
	}
	args := decode(buf[:0], e.sh, e.vals[:e.inline], e.x)
	// A nested argument takes its operands from the rule's arguments
	// only, never the result "=" added after them.
	for i := range args {
		if rest := len(args) - i - 1; int(args[i].inner()) > rest {
			args[i].argMeta = meta(args[i].kind(), uint8(rest), args[i].places())
		}
	}
	if e.eq.kind != 0 {
		args = append(args, e.eq.arg())
	}
	return e.sh.formula, args
}

// numArgs returns how many operands the explanation has.
func (e *Explanation) numArgs() int {
	if e.sh == nil {
		return len(e.args)
	}
	n := len(e.sh.args)
	if e.eq.kind != 0 {
		n++
	}
	return n
}

// Explain returns an explanation of f with the given arguments, copied.
func Explain(f *Formula, args ...Arg) Explanation {
	return Explanation{formula: f, args: append([]Arg(nil), args...)}
}

// IsZero reports whether e is the zero Explanation, which renders as "".
func (e Explanation) IsZero() bool { return e.formulaPtr() == nil }

// formulaPtr returns the explanation's own formula, without the words of a
// part year (but for a shared line read back from JSON, which holds them:
// see [Line.UnmarshalJSON]).
func (e *Explanation) formulaPtr() *Formula {
	if e.sh != nil {
		return e.sh.formula
	}
	return e.formula
}

// Formula returns the explanation's formula: for a line that pays fewer
// than twelve months, the formula of its annual rate followed by the months
// and the amount (and for a line sharing one rounding with others, how many
// share it and their total).
func (e Explanation) Formula() Formula {
	fp := e.formulaPtr()
	if fp == nil {
		return Formula{}
	}
	f := *fp
	if e.hasPart() {
		pf := e.partFormula()
		f.ZH += pf.ZH
		f.EN += pf.EN
	}
	return f
}

// Args returns a copy of the explanation's arguments, a nested argument
// followed by its own (and for a part-year line the months and amount:
// "months", "from", "to", for a line sharing one rounding "lines" and
// "shared", then "prorated").
func (e Explanation) Args() []Arg {
	var buf [argBuf]Arg
	_, view := e.view(&buf)
	args := make([]Arg, len(view), len(view)+6)
	copy(args, view)
	if e.hasPart() {
		var pa [6]Arg
		args = append(args, e.partArgs(&pa)...)
	}
	if len(args) == 0 {
		return nil
	}
	return args
}

// Nest returns the arguments that put e inside another explanation as the
// argument name: [Nested] followed by e's own arguments.
func (e Explanation) Nest(name string) []Arg {
	var buf [argBuf]Arg
	f, view := e.view(&buf)
	return append([]Arg{Nested(name, f, len(view))}, view...)
}

// Render writes the explanation in the given language, e.g.
// "3622.00 × 3 人 − 4500.00 = 6366.00 元/年". A placeholder with no argument
// is left as it is, so a wrong template shows instead of hiding. In
// English, a noun the formulas write in the plural after a count takes
// its singular after a count of 1 ("3622.00 × 1 person", "for 1 month").
func (e Explanation) Render(lang Lang) string { return string(e.AppendRender(nil, lang)) }

// AppendRender appends what [Explanation.Render] writes.
func (e Explanation) AppendRender(b []byte, lang Lang) []byte {
	var buf [argBuf]Arg
	f, args := e.view(&buf)
	return e.appendRender(b, f, args, lang)
}

func (e *Explanation) appendRender(b []byte, f *Formula, args []Arg, lang Lang) []byte {
	b = appendRender(b, f, args, lang)
	if e.hasPart() {
		var pa [6]Arg
		var pargs [7]Arg
		n := copy(pargs[:], e.partArgs(&pa))
		if k := find(args, "="); k >= 0 { // the annual rate R; a line read back may lack it
			pargs[n] = args[k]
			n++
		}
		b = appendRender(b, e.partFormula(), pargs[:n], lang)
	}
	return b
}

func appendRender(b []byte, f *Formula, args []Arg, lang Lang) []byte {
	if f == nil {
		return b
	}
	tmpl := f.ZH
	if lang == EN {
		tmpl = f.EN
	}
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return append(b, tmpl...)
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return append(b, tmpl...)
		}
		b = append(b, tmpl[:i]...)
		k := find(args, tmpl[i+1:i+j])
		if k >= 0 {
			b = args[k].appendFormat(b, operands(args, k), lang)
		} else {
			b = append(b, tmpl[i:i+j+1]...)
		}
		tmpl = tmpl[i+j+1:]
		if lang == EN && k >= 0 && args[k].kind() == argCount && args[k].num == 1 {
			b, tmpl = singular(b, tmpl)
		}
	}
}

// singulars are the nouns the English formulas write after a count, each
// with the form it takes after a count of 1.
var singulars = [...]struct{ plural, one string }{
	{" persons", " person"}, {" months", " month"}, {" lines", " line"}, {" children", " child"},
	{" motor vehicles", " motor vehicle"}, {" extra dwellings", " extra dwelling"},
}

// singular appends to b the singular of the plural noun tmpl starts with,
// which follows a count of 1 ("3622.00 × 1 person", "for 1 month"), and
// returns the rest of tmpl; when tmpl starts with none of them it returns
// both as they are.
func singular(b []byte, tmpl string) ([]byte, string) {
	for _, s := range singulars {
		rest, ok := strings.CutPrefix(tmpl, s.plural)
		if next, _ := utf8.DecodeRuneInString(rest); ok && !unicode.IsLetter(next) {
			return append(b, s.one...), rest
		}
	}
	return b, tmpl
}

// operands returns the operands of args[k], a nested argument's own (at
// most the arguments after it) and none for any other.
func operands(args []Arg, k int) []Arg {
	rest := args[k+1:]
	return rest[:min(int(args[k].inner()), len(rest))]
}

// find returns the index of the argument called name among args, skipping
// the operands of nested arguments, or -1.
func find(args []Arg, name string) int {
	for k := 0; k < len(args); k += 1 + int(args[k].inner()) {
		if args[k].name == name {
			return k
		}
	}
	return -1
}
