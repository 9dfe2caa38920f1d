package benefit_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

// typical is the benchmark's typical household: four members of a 低保
// household, one of them class A, with one inpatient claim and one
// hardship event.
const typical = `{"id":"BENCH","township":"示例镇","members":[
	{"id":"m1","birth_date":"1960-01-01","relation":"head","class":"A","incomes":[{"category":"agriculture","amount":"3000.00"}],
	 "claims":[{"id":"c1","admission":"2017-04-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]},
	{"id":"m2","birth_date":"1962-01-01","relation":"spouse","incomes":[{"category":"wages","amount":"2500.00"}]},
	{"id":"m3","birth_date":"1985-01-01","relation":"child","able_to_work":true,"incomes":[{"category":"wages","amount":"4000.00"}]},
	{"id":"m4","birth_date":"2010-01-01","relation":"grandchild"}],
	"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","other_aid":"1000.00"}]}`

// BenchmarkAssess is the hot path: one Assessor, a typical household.
func BenchmarkAssess(b *testing.B) {
	a := assessor(b)
	h := hh(b, typical)
	on := samples.Date()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Assess(h, on); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessInto is BenchmarkAssess into one reused breakdown, as a
// budget or comparison runs: the rules without the allocation and
// collection of a new breakdown each time.
func BenchmarkAssessInto(b *testing.B) {
	a := assessor(b)
	h := hh(b, typical)
	on := samples.Date()
	var br benefit.Breakdown
	b.ReportAllocs()
	for b.Loop() {
		if err := a.AssessInto(&br, h, on); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessSamples assesses every sample household in turn.
func BenchmarkAssessSamples(b *testing.B) {
	a := assessor(b)
	hs, err := samples.All()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := a.Assess(hs[i%len(hs)], samples.Date()); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAssessOneShot is benefit.Assess, which validates the set on
// every call.
func BenchmarkAssessOneShot(b *testing.B) {
	h := hh(b, typical)
	p := benefit.Default2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benefit.Assess(h, samples.Date(), p); err != nil {
			b.Fatal(err)
		}
	}
}
