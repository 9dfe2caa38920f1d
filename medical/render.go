package medical

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// A claim's explanation nests the arithmetic of its remaining out-of-pocket
// R as text (the argument "Rx", [policy.Nested]): rendering it is the one
// piece of text every claim needs. template renders it as Nested does, in
// one allocation for both languages and without parsing the formula again.

// template is a formula split once into its literal text and the arguments
// between, in each language.
type template struct {
	zh, en []piece
}

// piece is literal text followed by argument arg (-1 for none).
type piece struct {
	text string
	arg  int
}

// newTemplate splits formula f, whose arguments are names, by rendering it
// with policy's own renderer with markers for the arguments, so that the
// split is the renderer's.
func newTemplate(f policy.Formula, names ...string) template {
	marks := make([]policy.Arg, len(names))
	for i, n := range names {
		marks[i] = policy.T(n, "\x00"+string(rune('A'+i))+"\x00")
	}
	e := policy.Explain(f, marks...)
	return template{zh: split(e.Render(policy.ZH)), en: split(e.Render(policy.EN))}
}

// split splits a text rendered with markers into pieces.
func split(s string) []piece {
	var ps []piece
	for {
		i := strings.Index(s, "\x00")
		if i < 0 || i+2 >= len(s) || s[i+2] != 0 {
			return append(ps, piece{text: s, arg: -1})
		}
		ps = append(ps, piece{text: s[:i], arg: int(s[i+1] - 'A')})
		s = s[i+3:]
	}
}

// nested returns policy.Nested(name, policy.Explain(f, args...)) for the
// formula f the template was made of, args in the order of its names.
func (t *template) nested(name string, args ...policy.Arg) policy.Arg {
	var a [512]byte
	b := t.appendText(a[:0], t.zh, args, policy.ZH)
	n := len(b)
	b = t.appendText(b, t.en, args, policy.EN)
	s := string(b)
	return policy.T2(name, s[:n], s[n:])
}

func (t *template) appendText(b []byte, ps []piece, args []policy.Arg, lang policy.Lang) []byte {
	for _, p := range ps {
		b = append(b, p.text...)
		if p.arg >= 0 {
			b = appendArg(b, args[p.arg], lang)
		}
	}
	return b
}

// appendArg appends the argument as [policy.Arg.Format] writes it: an
// amount of at most two places and at most 15 digits without allocating,
// any other by Format.
func appendArg(b []byte, a policy.Arg, lang policy.Lang) []byte {
	if a.Kind == policy.Money {
		if b, ok := appendFixed2(b, a.Value); ok {
			return b
		}
	}
	return append(b, a.Format(lang)...)
}

// appendFixed2 appends d.StringFixed(2) for an amount of at most two
// places and at most 15 digits, and reports false for any other.
func appendFixed2(b []byte, d decimal.Decimal) ([]byte, bool) {
	e := d.Exponent()
	if e < -2 || e > 2 || d.NumDigits() > 15 {
		return b, false
	}
	c := d.CoefficientInt64()
	for ; e > -2; e-- {
		c *= 10
	}
	if c < 0 {
		b, c = append(b, '-'), -c
	}
	b = strconv.AppendInt(b, c/100, 10)
	return append(b, '.', byte('0'+c/10%10), byte('0'+c%10)), true
}

// remaining is formulaRemaining split once.
var remaining = newTemplate(formulaRemaining, "C", "N", "K", "S", "G", "R")

// remainingArg is the argument "Rx": the arithmetic of the claim's
// remaining compliant out-of-pocket r in words.
func remainingArg(c *household.Claim, r decimal.Decimal) policy.Arg {
	return remaining.nested("Rx", policy.M("C", c.CompliantCost), policy.M("N", c.NCMS),
		policy.M("K", c.CriticalIllness), policy.M("S", c.Supplementary), policy.M("G", c.Guaranteed), policy.M("R", r))
}
