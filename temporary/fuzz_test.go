package temporary_test

import (
	"bytes"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/temporary"
)

// FuzzEventAid: any event Assessor.EventAid accepts gets an amount ≥ 0 with
// at most two places, within the shortfall and the maximum, and paid by its
// lines; anything else is an error, never a panic.
func FuzzEventAid(f *testing.F) {
	f.Add("fire", "2017-06-01", "5000.00", "0", "0", "1000.00", "3622.00")
	f.Add("education", "2017-01-01", "1811.01", "0", "0", "0", "3622.00")
	f.Add("theft", "2018-03-01", "-1", "2", "3", "4", "0")
	f.Add("medical", "2017-02-30", "1e30", "0.001", "", "x", "-3622")
	f.Fuzz(func(t *testing.T, typ, date, cost, ins, comp, other, std string) {
		num := func(s string) decimal.Decimal {
			v, err := decimal.NewFromString(s)
			if err != nil {
				return decimal.Zero
			}
			return v
		}
		var day household.Date
		_ = day.UnmarshalText([]byte(date))
		e := household.Hardship{Type: household.HardshipType(typ), Date: day, Cost: num(cost),
			Insurance: num(ins), Compensation: num(comp), OtherAid: num(other)}
		p := temporary.Default2017()
		p.Standard = stdOf(num(std))
		a, err := temporary.New(p)
		if err != nil {
			return
		}
		aid, err := a.EventAid(&e)
		if err != nil {
			return
		}
		amount := aid.Amount()
		if amount.IsNegative() || !amount.Round(2).Equal(amount) ||
			amount.GreaterThan(aid.Shortfall()) || amount.GreaterThan(aid.Maximum()) || !aid.Total().Equal(amount) {
			t.Fatalf("amount %s outside [0, min(%s, %s)] or not what the lines pay (%s)", amount, aid.Shortfall(), aid.Maximum(), aid.Total())
		}
	})
}

// FuzzDecodeAssess: decoding, checking and assessing any record never
// panics; a checked record is always assessed, every amount ≥ 0 with at
// most two places and one decision per event.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"尧渡镇","members":[{"id":"m1","birth_date":"1970-01-01"}],"hardships":[{"id":"E1","type":"fire","date":"2017-06-01","cost":"5000.00","other_aid":"1000.00"}]}`))
	f.Add([]byte(`{"id":"H2","township":"T","no_fixed_household":true,"members":[{"id":"p1","birth_date":"1960-02-29"}],"hardships":[{"type":"sudden-illness","date":"2017-08-31","cost":"100","referral":"救助站"}]}`))
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"m1","birth_date":"2010-01-01","child":"in-difficulty"}],"hardships":[{"type":"education","date":"2018-03-01","cost":"1"}]}`))
	f.Add([]byte(`{"id":"H4","township":"T","members":[]}`))
	a, err := temporary.New(withStandard(nil, "3622.00"))
	if err != nil {
		f.Fatal(err)
	}
	in := temporary.Inputs{MedicalRemaining: decimal.RequireFromString("100.00")}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		c, err := h.Check(on)
		if err != nil {
			return
		}
		r, err := a.Assess(c, in)
		if err != nil {
			t.Fatalf("a checked record refused: %v", err)
		}
		for _, l := range r.Lines {
			if l.Annual().IsNegative() || !l.Annual().Round(2).Equal(l.Annual()) {
				t.Fatalf("line %s %s = %s: negative or more than two places", l.Item(), l.Member(), l.Annual())
			}
		}
		if len(r.Decisions) != len(h.Hardships) {
			t.Fatalf("%d decisions for %d events", len(r.Decisions), len(h.Hardships))
		}
	})
}
