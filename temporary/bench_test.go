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
	in.MedicalRemaining, in.Income = d("8000.00"), d("6000.00")
	return h, in
}

// BenchmarkAssessor assesses the checked household of benchHousehold under
// an Assessor made once: the hot path of a county run, where benefit checks
// the record once for every programme.
func BenchmarkAssessor(b *testing.B) {
	h, in := benchHousehold()
	a := newAssessor(b, nil)
	c := check(b, h)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAndAssess is the same household checked and assessed each
// time: what the former Assessor.Assess, which validated the record itself,
// did.
func BenchmarkCheckAndAssess(b *testing.B) {
	h, in := benchHousehold()
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

// BenchmarkEventAid is the rule for one event on its own.
func BenchmarkEventAid(b *testing.B) {
	h, _ := benchHousehold()
	a := newAssessor(b, nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.EventAid(&h.Hardships[0]); err != nil {
			b.Fatal(err)
		}
	}
}
