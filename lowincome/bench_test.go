package lowincome_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
)

// benchHousehold is the household of the peer benchmarks (a separate harness that runs the same rule in int64, decimal, expr, CEL and OPA):
// an A-class member with wages of 1200.50, a plain adult with 800.00, a
// child in difficulty born in 2010 and a B-class adult, assessed on
// 2017-09-01: eligible, with a 补差, both uplifts and a child line.
func benchHousehold() *household.Household {
	h := home("", classed(adult("a1", "1"), household.ClassA), adult("a2", "1"),
		kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty), classed(adult("a4", ""), household.ClassB))
	h.Members[0].Incomes[0].Amount = decimal.NewFromFloat(1200.50) // as the peers build it
	h.Members[1].Incomes[0].Amount = decimal.NewFromFloat(800)
	return h
}

// BenchmarkAssessor assesses the household under an Assessor made once,
// checking the record each time (validation included, as the peers do):
// the hot path of a county run.
func BenchmarkAssessor(b *testing.B) {
	h := benchHousehold()
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := h.Check(on)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := as.Assess(c, lowincome.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessorChecked is the rule alone: a record checked once (as
// benefit checks it once for every programme), assessed each time.
func BenchmarkAssessorChecked(b *testing.B) {
	c, err := benchHousehold().Check(on)
	if err != nil {
		b.Fatal(err)
	}
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := as.Assess(c, lowincome.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssess is the same household with the parameters validated
// every time, as the one-call Assess of before did: New, Check, Assess.
func BenchmarkAssess(b *testing.B) {
	h := benchHousehold()
	p := lowincome.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		as, err := lowincome.New(p)
		if err != nil {
			b.Fatal(err)
		}
		c, err := h.Check(on)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := as.Assess(c, lowincome.Inputs{}); err != nil {
			b.Fatal(err)
		}
	}
}
