package temporary_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/temporary"
)

// BenchmarkAssess assesses a household with three events (one above its
// maximum, one referred) and a medical burden to flag.
func BenchmarkAssess(b *testing.B) {
	e3 := event("E3", household.MedicalExpense, "2000.00", "500.00")
	e3.Referral = "县人民医院社工部"
	h := home(event("E1", household.Fire, "5000.00", "1000.00"), event("E2", household.EducationExpense, "4000.00", ""), e3)
	in := inputs()
	in.MedicalRemaining, in.HouseholdIncome = d("8000.00"), d("6000.00")
	p := temporary.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := temporary.Assess(h, on, in, p); err != nil {
			b.Fatal(err)
		}
	}
}
