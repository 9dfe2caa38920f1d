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

// BenchmarkAssessor assesses the household of benchHousehold under an
// Assessor made once: the hot path of a county run.
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	in := medical.Inputs{LowIncome: true}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(h, on, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess is the same household through the one-call Assess, which
// validates the parameters every time.
func BenchmarkAssess(b *testing.B) {
	h := benchHousehold()
	in := medical.Inputs{LowIncome: true}
	p := medical.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medical.Assess(h, on, in, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorClaimAid is the per-claim rule alone under an Assessor
// made once.
func BenchmarkAssessorClaimAid(b *testing.B) {
	in := medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}
	a, err := medical.New(medical.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.ClaimAid(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClaimAid is the per-claim rule alone through the one-call
// ClaimAid.
func BenchmarkClaimAid(b *testing.B) {
	in := medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}
	p := medical.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medical.ClaimAid(in, p); err != nil {
			b.Fatal(err)
		}
	}
}
