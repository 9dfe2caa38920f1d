package benefit

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// outlay is the cash paid out in each month of the year: a recurring
// line's monthly schedule over its months, a lump sum in its month, a
// referral nothing (section 0). It is kept as the changes from one month to
// the next, so that a line adds three amounts whatever its months: month m
// pays the sum of changes 1…m.
type outlay [13]policy.Sum

// add adds line l, whose schedule is s (empty for a lump sum or a
// referral).
func (o *outlay) add(l *policy.Line, s policy.Schedule) {
	p := l.Period()
	switch {
	case l.Form() == policy.Referral:
	case l.Lump():
		o[p.From-1].Add(l.Amount())
		o[p.From].Add(-l.Amount())
	default:
		o[p.From-1].Add(s.MonthFen()) // months From…To−1 pay the regular month
		o[p.To-1].Add(s.LastFen() - s.MonthFen())
		o[p.To].Add(-s.LastFen())
	}
}

func (o *outlay) merge(x *outlay) {
	for m := range o {
		o[m].Merge(&x[m])
	}
}

// Outlay is the cash a programme or payer (or all of them) pays out in
// each month of the year, January first, and in the year.
type Outlay struct {
	Key    string              // the programme or payer, or "all"
	Months [12]decimal.Decimal // the outlay of each month, yuan: Months[0] is January
	Total  decimal.Decimal     // the sum of the months
}

func (o *outlay) settle(key string) Outlay {
	out := Outlay{Key: key}
	var month, total policy.Sum
	for m := range out.Months {
		month.Merge(&o[m])
		out.Months[m] = month.Total()
		total.Merge(&month)
	}
	out.Total = total.Total()
	return out
}

// Outlays returns the monthly outlay of each programme (d = ByProgramme) or
// payer (d = ByPayer) that pays anything, by key, and nil for any other
// dimension: the cash the county needs month by month, a mid-year rise of
// the standard showing in the month it takes effect.
func (b *Budget) Outlays(d Dimension) []Outlay {
	b = b.orEmpty()
	var out []Outlay
	add := func(key string, o *outlay) {
		if x := o.settle(key); !x.Total.IsZero() {
			out = append(out, x)
		}
	}
	switch d {
	case ByProgramme:
		for i, p := range policy.Programmes() {
			add(string(p), &b.byProgramme[i])
		}
	case ByPayer:
		for i, p := range policy.Payers() {
			add(string(p), &b.byPayer[i])
		}
	}
	slices.SortFunc(out, func(x, y Outlay) int { return strings.Compare(x.Key, y.Key) })
	return out
}

// NotAssessed returns, in order, the months that no parameter set was in
// force in the year of some breakdown added (section 0: such a month is not
// assessed, and each breakdown carries the check [CheckMonthsInForce]).
// Their outlays are 0.00 because nothing of them was assessed, not because
// nothing is due; nil when every month was assessed.
func (b *Budget) NotAssessed() []time.Month {
	b = b.orEmpty()
	var ms []time.Month
	for m := time.January; m <= time.December; m++ {
		if b.notAssessed&(1<<m) != 0 {
			ms = append(ms, m)
		}
	}
	return ms
}

// OutlayAll returns the monthly outlay of every line together.
func (b *Budget) OutlayAll() Outlay { return b.orEmpty().months.settle("all") }
