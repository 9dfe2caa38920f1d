package tekun_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// The persons and homes in these tests are invented: no real person, name,
// id number or institution.

// on is the assessment date of every case: a date in 2017, whose parameter
// set is the built-in one.
var on = household.NewDate(2017, 9, 1)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// months returns the 2017 period from month from to month to; to 0 leaves
// the end open.
func months(from, to time.Month) *household.MonthPeriod {
	p := &household.MonthPeriod{From: household.NewYearMonth(2017, from)}
	if to != 0 {
		p.To = household.NewYearMonth(2017, to)
	}
	return p
}

// span returns the period from "2016-10" to "2017-03"; an empty to leaves
// the end open.
func span(from, to string) *household.MonthPeriod {
	p := &household.MonthPeriod{}
	if err := p.From.UnmarshalText([]byte(from)); err != nil {
		panic(err)
	}
	if to != "" {
		if err := p.To.UnmarshalText([]byte(to)); err != nil {
			panic(err)
		}
	}
	return p
}

// dispersed returns a person in dispersed support over period (nil for
// the whole year).
func dispersed(id string, period *household.MonthPeriod) *household.Member {
	return &household.Member{ID: id, BirthDate: household.NewDate(1945, 6, 1),
		Tekun: household.Tekun{Mode: household.TekunDispersed, Period: period}}
}

// resident returns a person in centralized support in home "JLY-01" of the
// given class, over period (nil for the whole year).
func resident(id string, class household.HomeClass, period *household.MonthPeriod) *household.Member {
	return &household.Member{ID: id, BirthDate: household.NewDate(1940, 2, 1),
		Tekun: household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: class, Period: period}}
}

func selfCare(m *household.Member, s household.SelfCare) *household.Member {
	m.Tekun.SelfCare = s
	return m
}

// alone returns a household of the one member m.
func alone(m *household.Member) *household.Household {
	return &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{*m}}
}

// line is a line as the tables state it.
type line struct {
	Item   policy.Item
	Member string
	Payee  policy.Payee
	Annual string
	Months int
}

func lineOf(l policy.Line) line {
	return line{Item: l.Item(), Member: l.Member(), Payee: l.Payee(), Annual: l.Annual().StringFixed(2), Months: l.Months()}
}

func linesOf(r *tekun.Result) []line {
	var out []line
	for _, l := range r.Lines {
		out = append(out, lineOf(l))
	}
	return out
}

// with returns the 2017 parameters changed by f.
func with(f func(p *tekun.Params)) *tekun.Params {
	p := tekun.Default2017()
	f(p)
	return p
}

// local returns a county-supplied amount.
func local(name, v string) policy.Param[decimal.Decimal] {
	return policy.New(name, d(v), policy.Local, "county notice (invented)")
}

// assessHousehold makes an Assessor of p (the 2017 parameters when nil),
// checks h on the date of the cases and assesses it over in: the first
// error of the three steps, or the result.
func assessHousehold(h *household.Household, p *tekun.Params, in tekun.Inputs) (tekun.Result, error) {
	if p == nil {
		p = tekun.Default2017()
	}
	a, err := tekun.New(p)
	if err != nil {
		return tekun.Result{}, err
	}
	c, err := h.Check(on)
	if err != nil {
		return tekun.Result{}, err
	}
	return a.Assess(c, in)
}

// assess assesses the household of the one member m under p for the whole
// year.
func assess(t *testing.T, m *household.Member, p *tekun.Params) *tekun.Result {
	t.Helper()
	r, err := assessHousehold(alone(m), p, tekun.Inputs{})
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return &r
}

// jsonOf writes a result's lines, decisions and findings as JSON: what
// results are compared by.
func jsonOf(r *tekun.Result) string {
	var b []byte
	for _, l := range r.Lines {
		b = append(l.AppendJSON(b), '\n')
	}
	for _, d := range r.Decisions {
		b = append(d.AppendJSON(b), '\n')
	}
	for _, f := range r.Findings {
		b = append(f.AppendJSON(b), '\n')
	}
	return string(b)
}
