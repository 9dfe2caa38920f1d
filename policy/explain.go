package policy

import (
	"strings"

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
	ID string `json:"id"`
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// ArgKind says how an argument is written.
type ArgKind string

// Argument kinds.
const (
	Money  ArgKind = "money"  // yuan, two places ("3622.00"); more places are cut with "…"
	Count  ArgKind = "count"  // a whole number ("3")
	Ratio  ArgKind = "ratio"  // a fraction written as a percentage (0.3 → "30%")
	Number ArgKind = "number" // a number written as it is ("10")
	Text   ArgKind = "text"   // words: Text in Chinese, TextEN in English (Text when empty)
)

// Arg is one operand of an explanation.
type Arg struct {
	Name   string          `json:"name"`
	Kind   ArgKind         `json:"kind"`
	Value  decimal.Decimal `json:"value"`
	Text   string          `json:"text,omitempty"`
	TextEN string          `json:"text_en,omitempty"`
}

// M returns a money argument.
func M(name string, v decimal.Decimal) Arg { return Arg{Name: name, Kind: Money, Value: v} }

// N returns a count argument.
func N(name string, n int) Arg { return Arg{Name: name, Kind: Count, Value: Int(n)} }

// R returns a ratio argument.
func R(name string, v decimal.Decimal) Arg { return Arg{Name: name, Kind: Ratio, Value: v} }

// X returns a plain number argument.
func X(name string, v decimal.Decimal) Arg { return Arg{Name: name, Kind: Number, Value: v} }

// T returns a text argument, the same in both languages.
func T(name, text string) Arg { return Arg{Name: name, Kind: Text, Text: text} }

// T2 returns a text argument with a Chinese and an English text.
func T2(name, zh, en string) Arg { return Arg{Name: name, Kind: Text, Text: zh, TextEN: en} }

// Nested returns a text argument that is another explanation, rendered in
// each language.
func Nested(name string, e Explanation) Arg { return T2(name, e.Render(ZH), e.Render(EN)) }

// Explanation is the arithmetic behind an amount or a decision, kept as a
// formula and its operands and rendered only when asked.
type Explanation struct {
	Formula Formula `json:"formula"`
	Args    []Arg   `json:"args"`
}

// Explain returns an explanation of f with the given arguments.
func Explain(f Formula, args ...Arg) Explanation { return Explanation{Formula: f, Args: args} }

// Render writes the explanation in the given language, e.g.
// "3622.00 × 3 人 − 4500.00 = 6366.00 元/年". A placeholder with no argument
// is left as it is, so a wrong template shows instead of hiding.
func (e Explanation) Render(lang Lang) string {
	tmpl := e.Formula.ZH
	if lang == EN {
		tmpl = e.Formula.EN
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		name := tmpl[i+1 : i+j]
		if a, ok := e.arg(name); ok {
			b.WriteString(a.Format(lang))
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
	return b.String()
}

func (e Explanation) arg(name string) (Arg, bool) {
	for _, a := range e.Args {
		if a.Name == name {
			return a, true
		}
	}
	return Arg{}, false
}

// String writes the argument by its kind, in Chinese for text.
func (a Arg) String() string { return a.Format(ZH) }

// Format writes the argument by its kind, in the given language for text.
func (a Arg) Format(lang Lang) string {
	switch a.Kind {
	case Money:
		if a.Value.Round(2).Equal(a.Value) {
			return a.Value.StringFixed(2)
		}
		return a.Value.Truncate(4).StringFixed(4) + "…"
	case Count:
		return a.Value.Truncate(0).String()
	case Ratio:
		return a.Value.Shift(2).String() + "%"
	case Text:
		if lang == EN && a.TextEN != "" {
			return a.TextEN
		}
		return a.Text
	default:
		return a.Value.String()
	}
}
