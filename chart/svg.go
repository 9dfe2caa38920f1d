package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// svg builds an SVG document by hand: elements written as text, every
// attribute value and text escaped.
type svg struct {
	b bytes.Buffer
}

func newSVG(width, height int, title, desc string) *svg {
	s := new(svg)
	fmt.Fprintf(&s.b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n",
		width, height, width, height)
	s.elem("title", nil, title)
	s.elem("desc", nil, desc)
	fmt.Fprintf(&s.b, `<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	return s
}

// attr is one attribute of an element, written in order.
type attr struct{ name, value string }

// a makes the attributes of an element from name, value pairs.
func a(pairs ...string) []attr {
	out := make([]attr, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, attr{pairs[i], pairs[i+1]})
	}
	return out
}

// open writes a start tag.
func (s *svg) open(name string, attrs []attr) {
	s.b.WriteString("<" + name)
	for _, x := range attrs {
		s.b.WriteString(" " + x.name + `="`)
		xml.EscapeText(&s.b, []byte(x.value))
		s.b.WriteString(`"`)
	}
	s.b.WriteString(">")
}

func (s *svg) close(name string) { s.b.WriteString("</" + name + ">\n") }

// elem writes an element holding text (or nothing).
func (s *svg) elem(name string, attrs []attr, text string) {
	s.open(name, attrs)
	xml.EscapeText(&s.b, []byte(text))
	s.close(name)
}

// rect writes a rectangle with a tooltip (its <title>).
func (s *svg) rect(x, y, w, h float64, fill, tip string, data []attr) {
	attrs := append(a("x", num(x), "y", num(y), "width", num(math.Max(w, 0)), "height", num(math.Max(h, 0)),
		"fill", fill), data...)
	s.open("rect", attrs)
	s.elem("title", nil, tip)
	s.close("rect")
}

func (s *svg) line(x1, y1, x2, y2 float64, stroke string) {
	fmt.Fprintf(&s.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`+"\n", num(x1), num(y1), num(x2), num(y2), stroke)
}

func (s *svg) text(x, y float64, anchor, text string, extra ...attr) {
	s.elem("text", append(a("x", num(x), "y", num(y), "text-anchor", anchor), extra...), text)
}

// errNilWriter is the error of writing a chart to a nil io.Writer.
var errNilWriter = fmt.Errorf("chart: write to a nil io.Writer: %w", policy.ErrInvalid)

// finish closes the document and writes it to w.
func (s *svg) finish(w io.Writer) error {
	s.b.WriteString("</svg>\n")
	_, err := w.Write(s.b.Bytes())
	return err
}

// num writes a coordinate with at most two places.
func num(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

// yuan writes an amount with two places, as every table of the library
// does.
func yuan(d decimal.Decimal) string { return d.StringFixed(2) }

// signed writes an amount with its sign: "+736.00", "-12.50", "0.00".
func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + d.StringFixed(2)
	}
	return d.StringFixed(2)
}

// short writes an axis label: 12000 as "12k", 2500000 as "2.5M".
func short(v float64) string {
	av := math.Abs(v)
	switch {
	case av < 1e-9:
		return "0"
	case av >= 1e6:
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v/1e6), "0"), ".") + "M"
	case av >= 1e3:
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v/1e3), "0"), ".") + "k"
	}
	return num(v)
}

// nice returns a round step for an axis up to max with about n ticks.
func nice(max float64, n int) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / float64(n)
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

// Colours of the programmes and payers, fixed so that one programme has
// one colour in every chart.
var (
	programmeColours = map[policy.Programme]string{
		policy.LowIncome: "#4e79a7", policy.Tekun: "#f28e2b", policy.Disability: "#e15759",
		policy.Medical: "#76b7b2", policy.Temporary: "#59a14f",
	}
	payerColours = map[policy.Payer]string{
		policy.CivilAffairsFund: "#4e79a7", policy.MedicalAidFund: "#76b7b2", policy.CountyFinance: "#edc948",
	}
)

func colour(dim, key string) string {
	var c string
	if dim == "payer" {
		c = payerColours[policy.Payer(key)]
	} else {
		c = programmeColours[policy.Programme(key)]
	}
	if c == "" {
		return "#999999"
	}
	return c
}

// textWidth estimates the width of s in pixels at the charts' 12px
// sans-serif: a wide (CJK) character 12, any other 7, a little more than
// most fonts need, so that texts placed by it do not overlap.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
			r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
			r >= 0xffe0 && r <= 0xffe6 || r >= 0x20000) {
			w += 12
		} else {
			w += 7
		}
	}
	return w
}

// label names a programme or payer in Chinese and English.
func label(dim, key string) string {
	var zh string
	if dim == "payer" {
		zh, _ = policy.Payer(key).Name()
	} else {
		zh, _ = policy.Programme(key).Name()
	}
	if zh == key {
		return key
	}
	return zh + " " + key
}
