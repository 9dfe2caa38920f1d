package benefit

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// outlay is the cash paid out in each month of the year: a recurring
// line's monthly schedule over its months, a lump sum in its month, a
// referral nothing (section 0).
type outlay [12]policy.Sum

func (o *outlay) add(l *policy.Line) {
	p := l.Period()
	switch {
	case l.Form() == policy.Referral:
	case l.Lump():
		o[p.From-1].Add(l.Amount())
	default:
		s := l.Schedule()
		for m := p.From; m < p.To; m++ {
			o[m-1].Add(s.MonthFen())
		}
		o[p.To-1].Add(s.LastFen())
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
	Key    string
	Months [12]decimal.Decimal
	Total  decimal.Decimal
}

func (o *outlay) settle(key string) Outlay {
	out := Outlay{Key: key}
	var total policy.Sum
	for m := range o {
		out.Months[m] = o[m].Total()
		total.Merge(&o[m])
	}
	out.Total = total.Total()
	return out
}

// Outlays returns the monthly outlay of each programme (d = ByProgramme) or
// payer (d = ByPayer) that pays anything, by key, and nil for any other
// dimension: the cash the county needs month by month, a mid-year rise of
// the standard showing in the month it takes effect.
func (b *Budget) Outlays(d Dimension) []Outlay {
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

// OutlayAll returns the monthly outlay of every line together.
func (b *Budget) OutlayAll() Outlay { return b.months.settle("all") }
