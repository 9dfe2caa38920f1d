package temporary_test

import (
	"bytes"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/temporary"
)

// FuzzEventAid: any event EventAid accepts gets an amount ≥ 0 with at most
// two places, within the shortfall and the maximum; anything else is an
// error, never a panic.
func FuzzEventAid(f *testing.F) {
	f.Add("fire", "2017-06-01", "5000.00", "0", "0", "1000.00", "3622.00")
	f.Add("education", "2017-01-01", "1811.01", "0", "0", "0", "3622.00")
	f.Add("theft", "2018-03-01", "-1", "2", "3", "4", "0")
	f.Add("medical", "2017-02-30", "1e30", "0.001", "", "x", "-3622")
	p := temporary.Default2017()
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
		a, err := temporary.EventAid(&e, num(std), p)
		if err != nil {
			return
		}
		if a.Amount.IsNegative() || !a.Amount.Round(2).Equal(a.Amount) ||
			a.Amount.GreaterThan(a.Shortfall) || a.Amount.GreaterThan(a.Maximum) {
			t.Fatalf("amount %s outside [0, min(%s, %s)]", a.Amount, a.Shortfall, a.Maximum)
		}
	})
}

// FuzzDecodeAssess: decoding and assessing any record never panics, and
// every amount is ≥ 0 with at most two places.
func FuzzDecodeAssess(f *testing.F) {
	f.Add([]byte(`{"id":"H1","township":"尧渡镇","members":[{"id":"m1","birth_date":"1970-01-01"}],"hardships":[{"id":"E1","type":"fire","date":"2017-06-01","cost":"5000.00","other_aid":"1000.00"}]}`))
	f.Add([]byte(`{"id":"H2","township":"T","no_fixed_household":true,"members":[{"id":"p1","birth_date":"1960-02-29"}],"hardships":[{"type":"sudden-illness","date":"2017-08-31","cost":"100","referral":"救助站"}]}`))
	f.Add([]byte(`{"id":"H3","township":"T","members":[{"id":"m1","birth_date":"2010-01-01","child":"in-difficulty"}],"hardships":[{"type":"education","date":"2018-03-01","cost":"1"}]}`))
	f.Add([]byte(`{"id":"H4","township":"T","members":[]}`))
	p := temporary.Default2017()
	in := temporary.Inputs{Standard: decimal.RequireFromString("3622.00"), MedicalRemaining: decimal.RequireFromString("100.00")}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		r, err := temporary.Assess(h, on, in, p)
		if err != nil {
			return
		}
		for _, l := range r.Lines {
			if l.Annual.IsNegative() || !l.Annual.Round(2).Equal(l.Annual) {
				t.Fatalf("line %s %s = %s: negative or more than two places", l.Item, l.Member, l.Annual)
			}
		}
	})
}
