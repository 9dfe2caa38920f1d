package tekun_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/tekun"
)

// BenchmarkAssessor assesses a part-year class-2 resident with the care
// subsidy configured (two prorated lines) under an Assessor made once, the
// record checked once: the hot path of a county run.
func BenchmarkAssessor(b *testing.B) {
	c, err := alone(selfCare(resident("t3", household.HomeClass2, months(time.January, time.July)), household.SelfCareNone)).Check(on)
	if err != nil {
		b.Fatal(err)
	}
	a, err := tekun.New(with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") }))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, tekun.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorHousehold assesses a household of four with two 特困
// members under an Assessor made once, the record checked once.
func BenchmarkAssessorHousehold(b *testing.B) {
	c, err := benchHousehold().Check(on)
	if err != nil {
		b.Fatal(err)
	}
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, tekun.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess is the resident of BenchmarkAssessor with the
// parameters validated and the record checked every time: New, Check and
// Assess.
func BenchmarkAssess(b *testing.B) {
	h := alone(selfCare(resident("t3", household.HomeClass2, months(time.January, time.July)), household.SelfCareNone))
	p := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assessHousehold(h, p, tekun.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// benchHousehold is a household of four with two 特困 members.
func benchHousehold() *household.Household {
	return &household.Household{ID: "H-B", Township: "T", Members: []household.Member{
		*dispersed("t1", nil), *resident("t2", household.HomeClass1, nil),
		{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}, {ID: "a2", BirthDate: household.NewDate(1972, 1, 1)},
	}}
}

// BenchmarkAssessHousehold is the household of BenchmarkAssessorHousehold
// with the parameters validated and the record checked every time.
func BenchmarkAssessHousehold(b *testing.B) {
	h := benchHousehold()
	p := tekun.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assessHousehold(h, p, tekun.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChecks validates the 2017 parameters with a consumption figure.
func BenchmarkChecks(b *testing.B) {
	p := with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "9000.00") })
	s := decimal.RequireFromString("3622.00")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Checks(s); err != nil {
			b.Fatal(err)
		}
	}
}
