package benefit

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// The comparison on the wire: money as two-place strings in yuan, counts
// as numbers, every list in a fixed order, so that equal comparisons write
// equal JSON.

// fixed is an amount written as a two-place string.
type fixed decimal.Decimal

// MarshalJSON writes the amount as a string of yuan with exactly two
// decimal places, e.g. "3622.00".
func (f fixed) MarshalJSON() ([]byte, error) {
	return json.Marshal(decimal.Decimal(f).StringFixed(2))
}

// UnmarshalJSON reads an amount written as MarshalJSON writes it: a string
// of digits with exactly two decimal places and an optional minus sign,
// at most 18 digits in all: below 10^16 元.
func (f *fixed) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return &policy.FieldError{Type: policy.ErrorInvalid, Value: policy.Shorten(string(b)), Detail: "is not an amount in yuan as a string"}
	}
	m, ok := parseFen(s)
	if !ok {
		return &policy.FieldError{Type: policy.ErrorInvalid, Value: policy.Quote(s),
			Detail: "is not an amount in yuan with exactly two decimal places, below 10^16 元"}
	}
	*f = fixed(m.Decimal())
	return nil
}

// parseFen parses an amount as MarshalJSON writes it, -?digits.dd of at
// most 18 digits with no leading zero and no minus zero, in fen: one
// spelling per amount, so that what is read is written back the same.
func parseFen(s string) (policy.Money, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole)+len(frac) > 18 || len(frac) != 2 || len(whole) > 1 && whole[0] == '0' ||
		neg && strings.Trim(whole+frac, "0") == "" {
		return 0, false
	}
	var v int64
	for _, c := range whole + frac + strings.Repeat("0", 2-len(frac)) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return policy.Money(v), true
}

// cellJSON is a cell on the wire. Every field is written, so every field
// is required: a shard without one (written before "provisional" was, say)
// is refused, never read as 0.
type cellJSON struct {
	Annual      fixed `json:"annual" required:"true"`
	Monthly     fixed `json:"monthly" required:"true"`
	Lump        fixed `json:"lump" required:"true"`
	Provisional fixed `json:"provisional" required:"true"`
	Lines       int   `json:"lines" required:"true"`
	Households  int   `json:"households" required:"true"`
	Persons     int   `json:"persons" required:"true"`
}

func cellOf(c Cell) cellJSON {
	return cellJSON{fixed(c.Annual), fixed(c.Monthly), fixed(c.Lump), fixed(c.Provisional), c.Lines, c.Households, c.Persons}
}

type rowJSON struct {
	Key        string   `json:"key"`
	Baseline   cellJSON `json:"baseline"`
	Reform     cellJSON `json:"reform"`
	Difference fixed    `json:"difference"`
	Monthly    fixed    `json:"monthly_difference"`
	Lump       fixed    `json:"lump_difference"`
}

func rowOf(r CompareRow) rowJSON {
	return rowJSON{r.Key, cellOf(r.Baseline), cellOf(r.Reform), fixed(r.Difference), fixed(r.Monthly), fixed(r.Lump)}
}

type outlayJSON struct {
	Key    string  `json:"key"`
	Months []fixed `json:"months"` // always 12
	Total  fixed   `json:"total"`
}

func outlaysOf(os []Outlay) []outlayJSON {
	out := make([]outlayJSON, len(os))
	for i, o := range os {
		out[i] = outlayJSON{Key: o.Key, Months: make([]fixed, len(o.Months)), Total: fixed(o.Total)}
		for m := range o.Months {
			out[i].Months[m] = fixed(o.Months[m])
		}
	}
	return out
}

type outlaysJSON struct {
	Programme []outlayJSON `json:"programme"`
	Payer     []outlayJSON `json:"payer"`
	All       outlayJSON   `json:"all"`
	// NotAssessed are the months no parameter set was in force
	// ([Budget.NotAssessed]), left out when every month was assessed.
	NotAssessed []time.Month `json:"not_assessed,omitempty"`
}

func budgetOutlays(b *Budget) outlaysJSON {
	return outlaysJSON{outlaysOf(b.Outlays(ByProgramme)), outlaysOf(b.Outlays(ByPayer)), outlaysOf([]Outlay{b.OutlayAll()})[0],
		b.NotAssessed()}
}

type moverJSON struct {
	Household string `json:"household"`
	Township  string `json:"township"`
	Baseline  fixed  `json:"baseline"`
	Reform    fixed  `json:"reform"`
	Change    fixed  `json:"change"`
}

func moversOf(ms []Mover) []moverJSON {
	out := make([]moverJSON, len(ms))
	for i, m := range ms {
		out[i] = moverJSON{m.Household, m.Township, fixed(m.Baseline), fixed(m.Reform), fixed(m.Change)}
	}
	return out
}

type coverageJSON struct {
	Programme policy.Programme `json:"programme"`
	Baseline  int              `json:"baseline"`
	Reform    int              `json:"reform"`
	Entrants  int              `json:"entrants"`
	Leavers   int              `json:"leavers"`
}

type townshipJSON struct {
	Township   string           `json:"township"`
	Programme  policy.Programme `json:"programme"`
	Baseline   fixed            `json:"baseline"`
	Reform     fixed            `json:"reform"`
	Difference fixed            `json:"difference"`
}

// comparisonJSON is the comparison on the wire.
type comparisonJSON struct {
	Households int                    `json:"households"`
	Persons    int                    `json:"persons"`
	Failed     int                    `json:"failed"`
	Gainers    int                    `json:"gainers"`
	Losers     int                    `json:"losers"`
	Unchanged  int                    `json:"unchanged"`
	Gained     fixed                  `json:"gained"`
	Lost       fixed                  `json:"lost"`
	All        rowJSON                `json:"all"`
	Rows       map[string][]rowJSON   `json:"rows"`
	Coverage   []coverageJSON         `json:"coverage"`
	Gains      []moverJSON            `json:"gains"`
	Losses     []moverJSON            `json:"losses"`
	Townships  []townshipJSON         `json:"townships"`
	Outlays    map[string]outlaysJSON `json:"outlays"`
}

// MarshalJSON writes the comparison: the counts; the grand totals
// ("all"); the rows of every dimension ("rows": {"programme": […], "item",
// "township", "payee", "payer"}), each with its baseline and reform cells
// and differences; "coverage" by programme; the largest "gains" and
// "losses"; "townships", the cost by township and programme; and
// "outlays", each side's monthly outlay by programme and payer. Money is a
// two-place string in yuan. The JSON is the comparison's whole state:
// [Comparison.UnmarshalJSON] reads it back into a comparison that merges
// as the original does, so shards run on other machines send theirs as
// JSON. Amounts of 10^16 yuan or more, far beyond any county's, are
// written but not read back. The receiver is a value, so that
// encoding/json writes a Comparison held by value as it writes a
// *Comparison; the zero Comparison writes an empty comparison. json.Marshal
// of a nil *Comparison writes null without calling it; called directly on
// a nil *Comparison it panics, as every value method does.
func (c Comparison) MarshalJSON() ([]byte, error) {
	d := comparisonJSON{Households: c.Households, Persons: c.Persons, Failed: c.Failed, Gainers: c.Gainers, Losers: c.Losers,
		Unchanged: c.Unchanged, Gained: fixed(c.Gained()), Lost: fixed(c.Lost()), All: rowOf(c.All()),
		Rows: map[string][]rowJSON{}, Gains: moversOf(c.Gains()), Losses: moversOf(c.Losses()),
		Townships: []townshipJSON{},
		Outlays:   map[string]outlaysJSON{"baseline": budgetOutlays(&c.Baseline), "reform": budgetOutlays(&c.Reform)}}
	for _, dim := range dimensions {
		rows := []rowJSON{}
		for _, r := range c.Rows(dim) {
			rows = append(rows, rowOf(r))
		}
		d.Rows[string(dim)] = rows
	}
	for _, k := range c.Coverage() {
		d.Coverage = append(d.Coverage, coverageJSON(k))
	}
	for _, t := range c.ByTownshipAndProgramme() {
		d.Townships = append(d.Townships, townshipJSON{t.Township, t.Programme, fixed(t.Baseline), fixed(t.Reform),
			fixed(t.Difference)})
	}
	return json.Marshal(d)
}

// MarshalJSON writes the household's change: "household", "township",
// "difference" (reform − baseline over every programme and payee), the
// paired "lines" (programme, item, member, id, the amounts under each, the
// difference and whether it changed; an amount is null where the line is
// not in that breakdown), the paired "decisions" (the months they are
// compared over, [DecisionChange.Period], as "period" {"from", "to"}, and
// their outcomes), and both
// breakdowns in full ("baseline", "reform", as [Breakdown.AppendJSON]
// writes them). One without both breakdowns (the zero Change) is an
// error wrapping [policy.ErrInvalid]. The receiver is a value, so that
// encoding/json writes a Change held by value as it writes a *Change;
// json.Marshal of a nil *Change writes null without calling it, and a
// direct call on a nil *Change panics, as every value method does.
func (c Change) MarshalJSON() ([]byte, error) {
	if err := c.check("MarshalJSON"); err != nil {
		return nil, err
	}
	type lineJSON struct {
		Programme  policy.Programme `json:"programme"`
		Item       policy.Item      `json:"item"`
		Member     string           `json:"member,omitempty"`
		ID         string           `json:"id,omitempty"`
		Baseline   *fixed           `json:"baseline"`
		Reform     *fixed           `json:"reform"`
		Difference fixed            `json:"difference"`
		Changed    bool             `json:"changed"`
	}
	type periodJSON struct {
		From int `json:"from"`
		To   int `json:"to"`
	}
	type decisionJSON struct {
		Programme policy.Programme `json:"programme"`
		Item      policy.Item      `json:"item,omitempty"`
		Member    string           `json:"member,omitempty"`
		ID        string           `json:"id,omitempty"`
		Period    periodJSON       `json:"period"`
		Baseline  *policy.Outcome  `json:"baseline"`
		Reform    *policy.Outcome  `json:"reform"`
		Changed   bool             `json:"changed"`
	}
	amount := func(l *policy.Line) *fixed {
		if l == nil {
			return nil
		}
		f := fixed(l.Annual())
		return &f
	}
	outcome := func(d *policy.Decision) *policy.Outcome {
		if d == nil {
			return nil
		}
		o := d.Outcome()
		return &o
	}
	doc := struct {
		Household  string          `json:"household"`
		Township   string          `json:"township"`
		Difference fixed           `json:"difference"`
		Lines      []lineJSON      `json:"lines"`
		Decisions  []decisionJSON  `json:"decisions"`
		Baseline   json.RawMessage `json:"baseline"`
		Reform     json.RawMessage `json:"reform"`
	}{Household: c.Baseline.Household, Township: c.Baseline.Township, Difference: fixed(c.Difference()),
		Lines: []lineJSON{}, Decisions: []decisionJSON{},
		Baseline: c.Baseline.AppendJSON(nil), Reform: c.Reform.AppendJSON(nil)}
	for _, l := range c.Lines {
		doc.Lines = append(doc.Lines, lineJSON{l.Programme, l.Item, l.Member, l.ID, amount(l.Baseline), amount(l.Reform),
			fixed(l.Difference()), l.Changed})
	}
	for _, d := range c.Decisions {
		p := d.Period.Norm()
		doc.Decisions = append(doc.Decisions, decisionJSON{d.Programme, d.Item, d.Member, d.ID,
			periodJSON{int(p.From), int(p.To)}, outcome(d.Baseline), outcome(d.Reform), d.Changed})
	}
	return json.Marshal(doc)
}
