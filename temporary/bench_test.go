package temporary_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/temporary"
)

// benchHousehold is a household with three events (one above its maximum,
// one referred), with inputs that flag a medical burden.
func benchHousehold() (*household.Household, temporary.Inputs) {
	e3 := event("E3", household.MedicalExpense, "2000.00", "500.00")
	e3.Referral = "县人民医院社工部"
	h := home(event("E1", household.Fire, "5000.00", "1000.00"), event("E2", household.EducationExpense, "4000.00", ""), e3)
	in := inputs()
	in.MedicalRemaining, in.HouseholdIncome = d("8000.00"), d("6000.00")
	return h, in
}

// BenchmarkAssessor assesses the household of benchHousehold under an
// Assessor made once: the hot path of a county run.
func BenchmarkAssessor(b *testing.B) {
	h, in := benchHousehold()
	a, err := temporary.New(temporary.Default2017())
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
	h, in := benchHousehold()
	p := temporary.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := temporary.Assess(h, on, in, p); err != nil {
			b.Fatal(err)
		}
	}
}
