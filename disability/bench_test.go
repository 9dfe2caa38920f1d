package disability_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
)

// benchHousehold is a 低保 household of three with two certificate
// holders, one receiving both subsidies and one with a living subsidy not
// recorded.
func benchHousehold() *household.Household {
	return paid(home(adult("a1"), holder("d1", household.Physical, 1, care), holder("d2", household.Hearing, 3)),
		pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"))
}

// BenchmarkAssessor assesses the household of benchHousehold, checked
// once, under an Assessor made once: the hot path of a county run, where
// benefit checks a record once for every programme.
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	a, err := disability.New(disability.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	c, err := h.Check(on)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, covered); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAssess checks the record and assesses it under an Assessor
// made once: the cost for a caller that checks each record for this
// programme alone.
func BenchmarkCheckAssess(b *testing.B) {
	h := benchHousehold()
	a, err := disability.New(disability.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := h.Check(on)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Assess(c, covered); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewCheckAssess validates the parameters, checks the record and
// assesses it every time: the cost of a one-off assessment.
func BenchmarkNewCheckAssess(b *testing.B) {
	h := benchHousehold()
	p := disability.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		a, err := disability.New(p)
		if err != nil {
			b.Fatal(err)
		}
		c, err := h.Check(on)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := a.Assess(c, covered); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorNoHolder assesses a household with no certificate
// holder, as most households of a county are: nothing to decide, pay or
// audit, and no allocation.
func BenchmarkAssessorNoHolder(b *testing.B) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	c, err := home(adult("a1"), adult("a2")).Check(on)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, covered); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorTiered assesses the household of benchHousehold under
// county tiers by hardship for both subsidies, the receipts at the tiered
// amounts: a member's tier is one map lookup more.
func BenchmarkAssessorTiered(b *testing.B) {
	p := disability.Default2017()
	p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00")}}
	p.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("80.00")}}
	a, err := disability.New(p)
	if err != nil {
		b.Fatal(err)
	}
	h := benchHousehold()
	h.Current.Payments = []household.Payment{pay(disability.ItemLiving, "d1", "83.33"), pay(disability.ItemNursing, "d1", "80.00")}
	c, err := h.Check(on)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(c, covered); err != nil {
			b.Fatal(err)
		}
	}
}
