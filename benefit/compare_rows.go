package benefit

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// CompareRow is one line of a comparison table: the budget's cell under
// the baseline and under the reform for one key of a dimension, and the
// difference of their annual amounts (reform − baseline).
type CompareRow struct {
	Dimension        Dimension // the dimension; empty for the grand totals ([Comparison.All])
	Key              string    // the key in the dimension; "all" for the grand totals
	Baseline, Reform Cell      // the cell under each; zero where that budget lacks the key
	// Difference is Reform.Annual − Baseline.Annual; Monthly and Lump the
	// differences of the regular monthly payment and of the lump sums.
	Difference, Monthly, Lump decimal.Decimal
}

// Rows returns the rows of one dimension ([ByProgramme], [ByItem],
// [ByTownship], [ByPayee] or [ByPayer]), by key: every key either budget
// has, a cell it lacks being zero.
func (c *Comparison) Rows(d Dimension) []CompareRow {
	c = c.orEmpty()
	byKey := make(map[string]*CompareRow)
	var rows []*CompareRow
	get := func(key string) *CompareRow {
		r := byKey[key]
		if r == nil {
			r = &CompareRow{Dimension: d, Key: key}
			byKey[key] = r
			rows = append(rows, r)
		}
		return r
	}
	for _, r := range c.Baseline.Rows(d) {
		get(r.Key).Baseline = r.Cell
	}
	for _, r := range c.Reform.Rows(d) {
		get(r.Key).Reform = r.Cell
	}
	slices.SortFunc(rows, func(x, y *CompareRow) int { return cmp.Compare(x.Key, y.Key) })
	out := make([]CompareRow, len(rows))
	for i, r := range rows {
		r.Difference = r.Reform.Annual.Sub(r.Baseline.Annual)
		r.Monthly = r.Reform.Monthly.Sub(r.Baseline.Monthly)
		r.Lump = r.Reform.Lump.Sub(r.Baseline.Lump)
		out[i] = *r
	}
	return out
}

// orEmpty returns c, or an empty comparison for a nil c: the accessors
// read a nil comparison as a comparison of no household.
func (c *Comparison) orEmpty() *Comparison {
	if c == nil {
		return new(Comparison)
	}
	return c
}

// All returns the grand totals under each and their difference.
func (c *Comparison) All() CompareRow {
	c = c.orEmpty()
	r := CompareRow{Key: "all", Baseline: c.Baseline.All(), Reform: c.Reform.All()}
	r.Difference = r.Reform.Annual.Sub(r.Baseline.Annual)
	r.Monthly = r.Reform.Monthly.Sub(r.Baseline.Monthly)
	r.Lump = r.Reform.Lump.Sub(r.Baseline.Lump)
	return r
}

// Gained returns the sum of the gains of the households that gain, and
// Lost the sum of the losses of those that lose (a negative amount or
// zero): Gained + Lost is the difference of the grand totals.
func (c *Comparison) Gained() decimal.Decimal { return c.orEmpty().gained.Total() }

// Lost returns the sum of the losses, negative or zero: see
// [Comparison.Gained].
func (c *Comparison) Lost() decimal.Decimal { return c.orEmpty().lost.Total() }

// Coverage is one programme's households covered under the baseline and
// under the reform, and those that move: an entrant is covered under the
// reform and not under the baseline, a leaver the other way round. A
// household is covered by a programme when the programme decided an
// outcome that keeps it or one of its members in it (eligible, continue,
// exit pending; see [policy.Outcome.Covered]), whatever its lines pay: a
// 低保 recipient whose exit is pending is covered with a base of 0.00.
type Coverage struct {
	Programme         policy.Programme // the programme
	Baseline, Reform  int              // households covered under each
	Entrants, Leavers int              // households covered under the reform only, under the baseline only
}

// Coverage returns every programme's coverage, in the order of
// [policy.Programmes].
func (c *Comparison) Coverage() []Coverage {
	c = c.orEmpty()
	out := make([]Coverage, 0, len(c.cover))
	for i, p := range policy.Programmes() {
		k := c.cover[i]
		out = append(out, Coverage{Programme: p, Baseline: k.baseline, Reform: k.reform, Entrants: k.entrants,
			Leavers: k.leavers})
	}
	return out
}

// Mover is a household among the largest gains or losses: its id and
// township, its total over every programme and payee under each, and the
// change (reform − baseline).
type Mover struct {
	Household, Township      string          // the household's id and township
	Baseline, Reform, Change decimal.Decimal // its total under each, yuan, and Reform − Baseline
}

func (ms *movers) settle() []Mover {
	out := make([]Mover, ms.n)
	for i, m := range ms.list[:ms.n] {
		out[i] = Mover{Household: m.id, Township: m.township, Baseline: m.baseline.Decimal(),
			Reform: m.reform.Decimal(), Change: m.change().Decimal()}
	}
	return out
}

// Gains returns the households with the largest gains, at most
// [MaxMovers], the largest first; among equal gains by household id.
func (c *Comparison) Gains() []Mover { return c.orEmpty().gains.settle() }

// Losses returns the households with the largest losses, at most
// [MaxMovers], the largest first; among equal losses by household id.
func (c *Comparison) Losses() []Mover { return c.orEmpty().losses.settle() }

// TownshipProgramme is one township's cost of one programme under each,
// and the difference (reform − baseline).
type TownshipProgramme struct {
	Township                     string           // the township (乡镇)
	Programme                    policy.Programme // the programme
	Baseline, Reform, Difference decimal.Decimal  // what it pays there under each, yuan, and Reform − Baseline
}

// ByTownshipAndProgramme returns the cost of each programme in each
// township under each and the difference: by township, then in the order
// of [policy.Programmes]; a programme that pays nothing in a township
// under either is left out.
func (c *Comparison) ByTownshipAndProgramme() []TownshipProgramme {
	c = c.orEmpty()
	names := make([]string, 0, len(c.townships))
	for name := range c.townships {
		names = append(names, name)
	}
	slices.Sort(names)
	var out []TownshipProgramme
	for _, name := range names {
		t := c.townships[name]
		for i, p := range policy.Programmes() {
			b, r := t[0][i].Total(), t[1][i].Total()
			if b.IsZero() && r.IsZero() {
				continue
			}
			out = append(out, TownshipProgramme{Township: name, Programme: p, Baseline: b, Reform: r,
				Difference: r.Sub(b)})
		}
	}
	return out
}
