package medical_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
)

// benchHousehold is a 3-member 低保 household with a 特困 member and four
// claims, one a child disease.
func benchHousehold() *household.Household {
	return home(
		with(adult("m1"), claim("c2", "2017-06-01", "40000.00", "20000.00", "0"), example7),
		with(tekun(person("m2", "1940-01-01")), claim("c3", "2017-08-01", "25000.00", "15000.00", "2000.00")),
		with(person("k1", "2010-01-01"), childClaim("c4", "2017-03-01", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00")),
	)
}

// BenchmarkAssessor checks and assesses the household of benchHousehold
// under an Assessor made once: the hot path of a county run, record check
// included (as the old Assessor.Assess checked it).
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	in := medical.Inputs{LowIncome: true}
	a := newAssessor(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		c, err := h.Check(on)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Assess(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessChecked is the same household checked once, as benefit
// hands one checked record to every programme: medical aid alone.
func BenchmarkAssessChecked(b *testing.B) {
	c := check(b, benchHousehold())
	in := medical.Inputs{LowIncome: true}
	a := newAssessor(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorClaimAid is the per-claim rule alone under an Assessor
// made once.
func BenchmarkAssessorClaimAid(b *testing.B) {
	in := medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}
	a := newAssessor(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.ClaimAid(in); err != nil {
			b.Fatal(err)
		}
	}
}
