package tekun_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/tekun"
)

// BenchmarkAssess assesses a part-year class-2 resident with the care
// subsidy configured: two prorated lines.
func BenchmarkAssess(b *testing.B) {
	m := selfCare(resident("t3", household.HomeClass2, 7), household.SelfCareNone)
	p := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tekun.Assess(m, on, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessHousehold assesses a household of four with two 特困
// members.
func BenchmarkAssessHousehold(b *testing.B) {
	h := &household.Household{ID: "H-B", Township: "T", Members: []household.Member{
		*dispersed("t1", 0), *resident("t2", household.HomeClass1, 0),
		{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}, {ID: "a2", BirthDate: household.NewDate(1972, 1, 1)},
	}}
	p := tekun.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tekun.AssessHousehold(h, on, p); err != nil {
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
