package benefit

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// check reports the first way d is not a comparison the library could have
// written (see [Comparison.UnmarshalJSON]): what is named twice or left
// out, every total that is not what it totals (the townships' entries
// included, which add up to all's), and movers that are not as
// many as the counts say or whose changes exceed the totals. The amounts'
// own syntax and bounds, the counts' signs and the movers' ranks are read
// by reader.
func (d *comparisonJSON) check() error {
	var r reader
	if d.Households != d.Gainers+d.Losers+d.Unchanged {
		r.fail(policy.Path("households").Invalid(fmt.Sprint(d.Households),
			fmt.Sprintf("is not gainers + losers + unchanged (%d + %d + %d)", d.Gainers, d.Losers, d.Unchanged)))
	}
	r.row("all", &d.All)
	r.provisional("all.baseline", &d.All.Baseline)
	r.provisional("all.reform", &d.All.Reform)
	for _, side := range [...]struct {
		path string
		c    *cellJSON
	}{{"all.baseline", &d.All.Baseline}, {"all.reform", &d.All.Reform}} {
		if side.c.Households > d.Households {
			r.fail(policy.Path(side.path+".households").Invalid(fmt.Sprint(side.c.Households), fmt.Sprintf("is more than the households compared (%d)", d.Households)))
		}
		if side.c.Persons > d.Persons {
			r.fail(policy.Path(side.path+".persons").Invalid(fmt.Sprint(side.c.Persons), fmt.Sprintf("is more than the persons compared (%d)", d.Persons)))
		}
	}
	change := dec(d.All.Reform.Annual).Sub(dec(d.All.Baseline.Annual))
	if got := dec(d.Gained).Add(dec(d.Lost)); !got.Equal(change) || dec(d.Gained).IsNegative() || dec(d.Lost).IsPositive() {
		r.fail(policy.Path("gained").Invalid(dec(d.Gained).StringFixed(2),
			"and lost "+dec(d.Lost).StringFixed(2)+" are not the gains (≥ 0) and losses (≤ 0) that make all's change "+change.StringFixed(2)))
	}
	r.listed("gains", d.Gains, d.Gainers, d.Gained)
	r.listed("losses", d.Losses, d.Losers, d.Lost)
	for _, dim := range slices.Sorted(maps.Keys(d.Rows)) { // in order, so that the errors are the same each run
		if !knownDimension(Dimension(dim)) {
			r.fail(policy.Path("rows").Key(policy.Shorten(dim)).NotSupported(policy.Quote(dim), "is not a dimension of a budget"))
		}
	}
	for _, dim := range dimensions {
		rows, ok := d.Rows[string(dim)]
		if !ok {
			r.fail(policy.Path("rows").Field(string(dim)).Required("is required: a comparison writes every dimension"))
			continue
		}
		r.rows(dim, rows, &d.All)
	}
	r.coverage(d)
	seen := make(map[[2]string]bool, len(d.Townships))
	base, reform := decimal.Zero, decimal.Zero
	for i, t := range d.Townships {
		base, reform = base.Add(dec(t.Baseline)), reform.Add(dec(t.Reform))
		k := [2]string{t.Township, string(t.Programme)}
		if seen[k] {
			r.fail(policy.Path("townships").Index(i).Duplicate(policy.Quote(t.Township), "is given twice for "+string(t.Programme)))
		}
		seen[k] = true
		if dec(t.Baseline).IsZero() && dec(t.Reform).IsZero() {
			r.fail(policy.Path("townships").Index(i).Invalid(policy.Quote(t.Township), "costs nothing on either side (a comparison writes no such entry)"))
		}
		if !dec(t.Difference).Equal(dec(t.Reform).Sub(dec(t.Baseline))) {
			r.fail(policy.Path("townships").Index(i).Field("difference").Invalid(dec(t.Difference).StringFixed(2), "is not reform − baseline"))
		}
	}
	if !base.Equal(dec(d.All.Baseline.Annual)) || !reform.Equal(dec(d.All.Reform.Annual)) {
		r.fail(policy.Path("townships").Invalid(fmt.Sprint(len(d.Townships), " entries"), "add up to baseline "+
			base.StringFixed(2)+" and reform "+reform.StringFixed(2)+", not all's "+dec(d.All.Baseline.Annual).StringFixed(2)+
			" and "+dec(d.All.Reform.Annual).StringFixed(2)))
	}
	for _, side := range slices.Sorted(maps.Keys(d.Outlays)) {
		if side != "baseline" && side != "reform" {
			r.fail(policy.Path("outlays").Key(policy.Shorten(side)).NotSupported(policy.Quote(side), "is not baseline or reform"))
		}
	}
	for _, side := range [...]string{"baseline", "reform"} {
		o, ok := d.Outlays[side]
		if !ok {
			r.fail(policy.Path("outlays").Field(side).Required("is required"))
			continue
		}
		r.outlays("outlays."+side, &o)
	}
	return r.err
}

// listed checks the movers of one kind against their count and total: a
// comparison of n gainers (or losers) lists min(n, MaxMovers) of them, and
// their changes add up to the total gained (or lost) when all are listed,
// to no more than it when some are not.
func (r *reader) listed(path string, ms []moverJSON, n int, total fixed) {
	if want := min(n, MaxMovers); n >= 0 && len(ms) != want {
		r.fail(policy.Path(path).Invalid(fmt.Sprint(len(ms)), fmt.Sprintf("movers are listed, not the %d of %d that a comparison lists", want, n)))
		return
	}
	sum := decimal.Zero
	for _, m := range ms {
		sum = sum.Add(dec(m.Reform).Sub(dec(m.Baseline))) // each change is checked against these where the movers are read
	}
	t := dec(total)
	if len(ms) == n && !sum.Equal(t) || sum.Abs().GreaterThan(t.Abs()) {
		r.fail(policy.Path(path).Invalid(sum.StringFixed(2), "is the sum of the movers' changes (reform − baseline), not within the total "+t.StringFixed(2)+" (equal to it when every mover is listed)"))
	}
}

// dec is an amount read back, as a decimal.
func dec(f fixed) decimal.Decimal { return decimal.Decimal(f) }

// row checks that a row's differences are reform − baseline.
func (r *reader) row(path string, row *rowJSON) {
	b, f := &row.Baseline, &row.Reform
	for _, x := range [...]struct {
		name                string
		diff, reform, basis fixed
	}{{"difference", row.Difference, f.Annual, b.Annual}, {"monthly_difference", row.Monthly, f.Monthly, b.Monthly},
		{"lump_difference", row.Lump, f.Lump, b.Lump}} {
		if !dec(x.diff).Equal(dec(x.reform).Sub(dec(x.basis))) {
			r.fail(policy.Path(path).Field(x.name).Invalid(dec(x.diff).StringFixed(2), "is not reform − baseline"))
		}
	}
}

// rows checks one dimension's rows: each key once, each row's
// differences, and their lines and amounts adding up to all's (every line
// is in one row of every dimension).
func (r *reader) rows(dim Dimension, rows []rowJSON, all *rowJSON) {
	path := "rows." + string(dim)
	seen := make(map[string]bool, len(rows))
	var sum [2]cellJSON
	for i := range rows {
		row := &rows[i]
		if what := badRowKey(dim, row.Key); what != "" {
			r.fail(policy.Path(path).Index(i).Field("key").NotSupported(policy.Quote(row.Key), "is not "+what))
		}
		if seen[row.Key] {
			r.fail(policy.Path(path).Index(i).Field("key").Duplicate(policy.Quote(row.Key), "is given twice"))
		}
		seen[row.Key] = true
		r.row(fmt.Sprintf("%s[%d]", path, i), row)
		if row.Baseline.Lines == 0 && row.Reform.Lines == 0 {
			r.fail(policy.Path(path).Index(i).Invalid(policy.Quote(row.Key), "has no lines on either side (a comparison writes no empty row)"))
		}
		for s, c := range [...]*cellJSON{&row.Baseline, &row.Reform} {
			if c.Lines == 0 && (c.Households != 0 || c.Persons != 0 ||
				!(dec(c.Annual).IsZero() && dec(c.Monthly).IsZero() && dec(c.Lump).IsZero() && dec(c.Provisional).IsZero())) {
				r.fail(policy.Path(path).Index(i).Field([...]string{"baseline", "reform"}[s]).Invalid("",
					"holds amounts or counts but no lines"))
			}
			r.provisional(fmt.Sprintf("%s[%d].%s", path, i, [...]string{"baseline", "reform"}[s]), c)
			sum[s].Lines += c.Lines
			sum[s].Annual = fixed(dec(sum[s].Annual).Add(dec(c.Annual)))
			sum[s].Monthly = fixed(dec(sum[s].Monthly).Add(dec(c.Monthly)))
			sum[s].Lump = fixed(dec(sum[s].Lump).Add(dec(c.Lump)))
			sum[s].Provisional = fixed(dec(sum[s].Provisional).Add(dec(c.Provisional)))
		}
	}
	for s, want := range [...]*cellJSON{&all.Baseline, &all.Reform} {
		got, side := &sum[s], [...]string{"baseline", "reform"}[s]
		if got.Lines != want.Lines {
			r.fail(policy.Path(path).Invalid(fmt.Sprintf("%d lines", got.Lines),
				fmt.Sprintf("in all is not all.%s's %d", side, want.Lines)))
			continue
		}
		for _, m := range [...]struct {
			name      string
			got, want fixed
		}{{"annual", got.Annual, want.Annual}, {"monthly", got.Monthly, want.Monthly}, {"lump", got.Lump, want.Lump},
			{"provisional", got.Provisional, want.Provisional}} {
			if !dec(m.got).Equal(dec(m.want)) { // the measure that differs, named
				r.fail(policy.Path(path).Invalid(m.name+" "+dec(m.got).StringFixed(2),
					fmt.Sprintf("in all is not all.%s's %s", side, dec(m.want).StringFixed(2))))
				break
			}
		}
	}
}

// provisional checks a cell's provisional amount: part of its annual
// amount, so from 0 to it.
func (r *reader) provisional(path string, c *cellJSON) {
	if p := dec(c.Provisional); p.IsNegative() || p.GreaterThan(dec(c.Annual)) {
		r.fail(policy.Path(path).Field("provisional").Invalid(p.StringFixed(2),
			"is not part of the annual amount "+dec(c.Annual).StringFixed(2)))
	}
}

// badRowKey says what a row's key of dimension dim should be when key is
// not one a budget writes — a programme, an item of a programme
// ("programme/item"), a payee or a payer — and "" when it is. Any township
// is one, and so is any item of a known programme: a budget adds the
// breakdowns it is given, and a breakdown read back from JSON may name an
// item no rule of this version makes.
func badRowKey(dim Dimension, key string) string {
	switch dim {
	case ByProgramme:
		if policy.Programme(key).Index() < 0 {
			return "a programme"
		}
	case ByItem:
		if p, _, ok := strings.Cut(key, "/"); !ok || policy.Programme(p).Index() < 0 {
			return "an item of a programme (programme/item)"
		}
	case ByPayee:
		if policy.Payee(key).Index() < 0 {
			return "a payee"
		}
	case ByPayer:
		if policy.Payer(key).Index() < 0 {
			return "a payer"
		}
	}
	return ""
}

// coverage checks each programme's coverage: given once, within the
// households, and its entrants and leavers the change between the sides.
func (r *reader) coverage(d *comparisonJSON) {
	seen := map[policy.Programme]bool{}
	for i, k := range d.Coverage {
		at := policy.Path("coverage").Index(i)
		if seen[k.Programme] {
			r.fail(at.Field("programme").Duplicate(policy.Quote(string(k.Programme)), "is given twice"))
		}
		seen[k.Programme] = true
		switch {
		case k.Baseline > d.Households || k.Reform > d.Households:
			r.fail(at.Invalid(fmt.Sprintf("%d, %d", k.Baseline, k.Reform), "covers more than the households"))
		case k.Entrants > k.Reform || k.Leavers > k.Baseline || k.Reform-k.Baseline != k.Entrants-k.Leavers:
			r.fail(at.Invalid(fmt.Sprintf("%d entrants, %d leavers", k.Entrants, k.Leavers),
				fmt.Sprintf("are not the change from %d to %d", k.Baseline, k.Reform)))
		}
	}
}

// outlays checks one side's outlays: each key once, each of 12 months
// adding up to its total, and the programmes' and the payers' months each
// adding up to all's.
func (r *reader) outlays(path string, o *outlaysJSON) {
	if !r.outlayTotal(path+".all", &o.All) {
		return
	}
	for _, g := range [...]struct {
		name string
		list []outlayJSON
	}{{"programme", o.Programme}, {"payer", o.Payer}} {
		seen := make(map[string]bool, len(g.list))
		var months [12]decimal.Decimal
		for i := range g.list {
			at := fmt.Sprintf("%s.%s[%d]", path, g.name, i)
			if seen[g.list[i].Key] {
				r.fail(policy.Path(at).Field("key").Duplicate(policy.Quote(g.list[i].Key), "is given twice"))
			}
			seen[g.list[i].Key] = true
			if !r.outlayTotal(at, &g.list[i]) {
				return
			}
			for m := range months {
				months[m] = months[m].Add(dec(g.list[i].Months[m]))
			}
		}
		for m := range months {
			if !months[m].Equal(dec(o.All.Months[m])) {
				r.fail(policy.Path(fmt.Sprintf("%s.%s", path, g.name)).Invalid(months[m].StringFixed(2),
					fmt.Sprintf("in month %d does not add up to all's %s", m+1, dec(o.All.Months[m]).StringFixed(2))))
				return
			}
		}
	}
}

// outlayTotal checks that an outlay has 12 months adding up to its total.
func (r *reader) outlayTotal(path string, o *outlayJSON) bool {
	if len(o.Months) != 12 {
		r.fail(policy.Path(path).Field("months").Invalid(fmt.Sprint(len(o.Months)), "is not 12 months"))
		return false
	}
	var sum decimal.Decimal
	for _, m := range o.Months {
		sum = sum.Add(dec(m))
	}
	if !sum.Equal(dec(o.Total)) {
		r.fail(policy.Path(path).Field("total").Invalid(dec(o.Total).StringFixed(2), "is not the sum of its months "+sum.StringFixed(2)))
	}
	return true
}
