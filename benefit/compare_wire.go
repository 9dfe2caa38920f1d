package benefit

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
)

// UnmarshalJSON reads a comparison written by [Comparison.MarshalJSON] into
// c, replacing what c held: the shard of a province-sized run that another
// machine compared, to be merged ([Comparison.Merge]) with the others. It
// reads strictly, as the record and parameter-set readers do: keys spelled
// exactly, no unknown or repeated key, no null for the comparison itself,
// a list or a map's value, nothing after the value, at most 4 MiB. Then the
// shard must be one the library could have written: a dimension, programme,
// payee, payer or side it does not know (a row's key is checked against its
// dimension: a programme, "programme/item" of a known programme, a payee, a
// payer; any township), one given twice (a row key within its dimension, a coverage
// programme, a township and programme, an outlay key), a dimension or side
// left out, a negative count, an amount of more than two places or beyond
// 10^16 yuan, a months list of other than 12, movers that are not ranked as
// Gains and Losses rank them or not as many as the gainers and losers (at
// most [MaxMovers]), and any total that is not what it totals (a row's
// differences, each dimension's rows against "all", an outlay's total and
// months, gained and lost against the change of "all" and against the
// movers' changes, the households against gainers, losers and unchanged and
// against "all"'s households and persons, each programme's coverage) are
// errors, each a [policy.FieldError] naming its path (the first found); c is
// left unchanged then.
func (c *Comparison) UnmarshalJSON(data []byte) error {
	if c == nil {
		return fmt.Errorf("benefit: UnmarshalJSON into a nil *Comparison: %w", policy.ErrInvalid)
	}
	var d comparisonJSON
	if err := strictjson.Decode(data, &d); err != nil { // its first test is the size's
		return err
	}
	if err := d.check(); err != nil {
		return err
	}
	var x Comparison
	r := reader{}
	r.count("households", d.Households, &x.Households)
	r.count("persons", d.Persons, &x.Persons)
	r.count("failed", d.Failed, &x.Failed)
	r.count("gainers", d.Gainers, &x.Gainers)
	r.count("losers", d.Losers, &x.Losers)
	r.count("unchanged", d.Unchanged, &x.Unchanged)
	x.gained, x.lost = r.sum("gained", d.Gained), r.sum("lost", d.Lost)
	for _, b := range []*Budget{&x.Baseline, &x.Reform} {
		b.Households, b.Persons, b.Failed = x.Households, x.Persons, x.Failed
		b.rows = make(map[rowKey]*Cell)
	}
	x.Baseline.all, x.Reform.all = r.cell("all.baseline", d.All.Baseline), r.cell("all.reform", d.All.Reform)
	for dim, rows := range d.Rows {
		if !knownDimension(Dimension(dim)) { // refused by check already: never dropped unsaid
			r.fail(policy.Path("rows").Key(policy.Shorten(dim)).NotSupported(policy.Quote(dim), "is not a dimension of a budget"))
			continue
		}
		for i, row := range rows {
			at := fmt.Sprintf("rows.%s[%d]", dim, i)
			for _, side := range []struct {
				b    *Budget
				name string
				c    cellJSON
			}{{&x.Baseline, "baseline", row.Baseline}, {&x.Reform, "reform", row.Reform}} {
				if side.c.Lines > 0 {
					c := r.cell(at+"."+side.name, side.c)
					side.b.rows[rowKey{Dimension(dim), row.Key}] = &c
				}
			}
		}
	}
	for i, k := range d.Coverage {
		at := fmt.Sprintf("coverage[%d]", i)
		p := k.Programme.Index()
		if p < 0 {
			r.fail(policy.Path(at+".programme").Invalid(policy.Quote(string(k.Programme)), "is not a programme"))
			continue
		}
		r.count(at+".baseline", k.Baseline, &x.cover[p].baseline)
		r.count(at+".reform", k.Reform, &x.cover[p].reform)
		r.count(at+".entrants", k.Entrants, &x.cover[p].entrants)
		r.count(at+".leavers", k.Leavers, &x.cover[p].leavers)
	}
	r.movers("gains", d.Gains, &x.gains, gainsFirst, 1)
	r.movers("losses", d.Losses, &x.losses, losesFirst, -1)
	for i, t := range d.Townships {
		at := fmt.Sprintf("townships[%d]", i)
		p := t.Programme.Index()
		if p < 0 {
			r.fail(policy.Path(at+".programme").Invalid(policy.Quote(string(t.Programme)), "is not a programme"))
			continue
		}
		if x.townships == nil {
			x.townships = make(map[string]*townshipSums)
		}
		s := x.townships[t.Township]
		if s == nil {
			s = new(townshipSums)
			x.townships[t.Township] = s
		}
		b, rf := r.sum(at+".baseline", t.Baseline), r.sum(at+".reform", t.Reform)
		s[0][p].Merge(&b)
		s[1][p].Merge(&rf)
	}
	for _, sb := range [2]struct {
		side string
		b    *Budget
	}{{"baseline", &x.Baseline}, {"reform", &x.Reform}} { // in order: the first error is the same every run
		side, b := sb.side, sb.b
		o := d.Outlays[side]
		at := "outlays." + side
		for i, ol := range o.Programme {
			if p := policy.Programme(ol.Key).Index(); p >= 0 {
				b.byProgramme[p] = r.outlay(fmt.Sprintf("%s.programme[%d]", at, i), ol)
			} else {
				r.fail(policy.Path(fmt.Sprintf("%s.programme[%d].key", at, i)).Invalid(policy.Quote(ol.Key), "is not a programme"))
			}
		}
		for i, ol := range o.Payer {
			if p := policy.Payer(ol.Key).Index(); p >= 0 {
				b.byPayer[p] = r.outlay(fmt.Sprintf("%s.payer[%d]", at, i), ol)
			} else {
				r.fail(policy.Path(fmt.Sprintf("%s.payer[%d].key", at, i)).Invalid(policy.Quote(ol.Key), "is not a payer"))
			}
		}
		b.months = r.outlay(at+".all", o.All)
		for i, m := range o.NotAssessed {
			switch {
			case m < time.January || m > time.December:
				r.fail(policy.Path(fmt.Sprintf("%s.not_assessed[%d]", at, i)).Invalid(fmt.Sprint(int(m)), "is not a month 1–12"))
				continue
			case i > 0 && m <= o.NotAssessed[i-1]: // written in order, each once
				r.fail(policy.Path(fmt.Sprintf("%s.not_assessed[%d]", at, i)).Invalid(fmt.Sprint(int(m)), "is not after the month before it"))
				continue
			}
			b.notAssessed |= 1 << m
		}
	}
	if r.err != nil {
		return r.err
	}
	*c = x
	return nil
}

func knownDimension(d Dimension) bool {
	for _, x := range dimensions {
		if x == d {
			return true
		}
	}
	return false
}

// reader rebuilds a comparison's state from its JSON, keeping the first
// error.
type reader struct{ err error }

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *reader) count(path string, n int, to *int) {
	if n < 0 {
		r.fail(policy.Path(path).Invalid(fmt.Sprint(n), "is negative"))
		return
	}
	*to = n
}

// maxFen is the largest total a sum read back holds, in yuan: 10^16 yuan,
// 10^18 fen, so that the difference of two still fits in int64 fen.
var maxFen = decimal.New(1, 16)

// sum returns a running total of f, which must fit in int64 fen.
func (r *reader) sum(path string, f fixed) policy.Sum {
	var s policy.Sum
	d := decimal.Decimal(f)
	if d.Abs().GreaterThan(maxFen) {
		r.fail(policy.Path(path).Invalid(policy.Shorten(d.String()), "is beyond the largest total read back ("+maxFen.String()+")"))
		return s
	}
	s.Add(policy.Money(d.Shift(2).IntPart()))
	return s
}

func (r *reader) cell(path string, c cellJSON) Cell {
	var out Cell
	r.count(path+".lines", c.Lines, &out.Lines)
	r.count(path+".households", c.Households, &out.Households)
	r.count(path+".persons", c.Persons, &out.Persons)
	out.annual, out.monthly, out.lump = r.sum(path+".annual", c.Annual), r.sum(path+".monthly", c.Monthly),
		r.sum(path+".lump", c.Lump)
	out.provisional = r.sum(path+".provisional", c.Provisional)
	return out
}

func (r *reader) outlay(path string, o outlayJSON) outlay {
	var months [12]policy.Money
	if len(o.Months) != len(months) { // check reports it; never indexed beyond
		return outlayOf(months)
	}
	for m := range months {
		s := r.sum(fmt.Sprintf("%s.months[%d]", path, m), o.Months[m])
		months[m], _ = s.Fen()
	}
	return outlayOf(months)
}

// outlayOf returns the outlay that pays the amounts of months. It does not
// depend on how an outlay keeps its months: an amount per month, or the
// changes from one month to the next (month m the sum of the changes up to
// m, and one change more after December that brings the sum back to 0).
func outlayOf(months [12]policy.Money) outlay {
	var o outlay
	if len(o) == len(months) {
		for m := range months {
			o[m].Add(months[m])
		}
		return o
	}
	var prev policy.Money
	for m := range months {
		o[m].Add(months[m] - prev)
		prev = months[m]
	}
	after := len(months)
	o[after].Add(-prev)
	return o
}

// movers reads ranked movers: at most MaxMovers, each changed in the
// direction sign says, in the order before ranks them.
func (r *reader) movers(path string, ms []moverJSON, to *movers, before func(x, y *mover) bool, sign int) {
	if len(ms) > MaxMovers {
		r.fail(policy.Path(path).TooLong(fmt.Sprint(len(ms)), fmt.Sprintf("holds more than %d movers", MaxMovers)))
		return
	}
	for i, m := range ms {
		at := fmt.Sprintf("%s[%d]", path, i)
		b, rf := r.sum(at+".baseline", m.Baseline), r.sum(at+".reform", m.Reform)
		bf, _ := b.Fen()
		rfen, _ := rf.Fen()
		x := mover{id: m.Household, township: m.Township, baseline: bf, reform: rfen}
		switch {
		case !decimal.Decimal(m.Change).Equal(x.change().Decimal()):
			r.fail(policy.Path(at+".change").Invalid(decimal.Decimal(m.Change).StringFixed(2), "is not reform − baseline"))
		case x.change()*policy.Money(sign) <= 0:
			r.fail(policy.Path(at+".change").Invalid(x.change().String(), "is not a "+strings.TrimSuffix(path, "s")))
		case i > 0 && !before(&to.list[i-1], &x):
			r.fail(policy.Path(at).Invalid(policy.Quote(m.Household), "is out of order"))
		default:
			to.list[i] = x
			to.n++
			continue
		}
		return
	}
}
