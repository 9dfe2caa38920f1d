package medical_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
)

// BenchmarkAssess assesses a 3-member 低保 household with a 特困 member
// and four claims, one a child disease (the hot path of a county run).
func BenchmarkAssess(b *testing.B) {
	h := home(
		with(adult("m1"), claim("c2", "2017-06-01", "40000.00", "20000.00", "0"), example7),
		with(tekun(person("m2", "1940-01-01")), claim("c3", "2017-08-01", "25000.00", "15000.00", "2000.00")),
		with(person("k1", "2010-01-01"), childClaim("c4", "2017-03-01", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00")),
	)
	in := medical.Inputs{LowIncome: true}
	p := medical.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := medical.Assess(h, on, in, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClaimAid is the per-claim rule alone.
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
