package temporary_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// randomEvent returns an invented event of a random type, dated in 2017 on
// or before the assessment date; what it received is mostly within its
// cost, and one time in eight raised by up to 1000.00 more, often past it
// (valid: the shortfall is then 0).
func randomEvent(rng *rand.Rand, i int) household.Hardship {
	types := household.HardshipTypes()
	cost := rng.Int64N(1_000_000)
	e := household.Hardship{
		ID:   "E" + string(rune('a'+i)),
		Type: types[rng.IntN(len(types))],
		Date: household.NewDate(2017, time.Month(1+rng.IntN(8)), 1+rng.IntN(28)),
		Cost: decimal.New(cost, -2),
	}
	left := cost
	for _, f := range []*decimal.Decimal{&e.Insurance, &e.Compensation, &e.OtherAid} {
		if left > 0 && rng.IntN(2) == 0 {
			v := rng.Int64N(left + 1)
			*f = decimal.New(v, -2)
			left -= v
		}
	}
	if rng.IntN(8) == 0 {
		e.OtherAid = e.OtherAid.Add(decimal.New(1+rng.Int64N(100_000), -2))
	}
	if rng.IntN(4) == 0 {
		e.Referral = "县救助管理站"
	}
	return e
}

// TestAidBounds: for any event, under sets rounding to the fen, the yuan
// or 100 元, the aid is between 0 and both the shortfall and the maximum,
// on the rounding unit, and with what is left over makes up the shortfall
// — but for the part of a shortfall below one unit that a coarse unit
// cannot pay; the joint-meeting flag is raised exactly when the shortfall
// is above the maximum k × S ÷ 12, compared before rounding (2.4.1); the shortfall is the cost less what was
// received, floored at 0, received above the cost being no error. Raising
// what was received, within the cost or past it, never raises the aid.
func TestAidBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 24))
	for i := range testrun.Count(4000, 2000) {
		e := randomEvent(rng, 0)
		p := temporary.Default2017()
		standard := decimal.New(100_000+rng.Int64N(900_000), -2)
		p.Standard = stdOf(standard)
		p.Rounding.Places = []int32{2, 2, 0, -2}[rng.IntN(4)]
		unit := decimal.New(1, -p.Rounding.Places)
		as := newAssessor(t, p)
		a, err := as.EventAid(&e)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		amount, shortfall, maximum, left := a.Amount(), a.Shortfall(), a.Maximum(), a.LeftOver()
		if want := decimal.Max(e.Cost.Sub(e.Received()), decimal.Zero); !shortfall.Equal(want) {
			t.Fatalf("case %d: shortfall %s, want max(%s − %s, 0) = %s", i, shortfall, e.Cost, e.Received(), want)
		}
		if amount.IsNegative() || !amount.Mod(unit).IsZero() ||
			amount.GreaterThan(shortfall) || amount.GreaterThan(maximum) {
			t.Fatalf("case %d: amount %s outside [0, min(%s, %s)] or not on the unit %s", i, amount, shortfall, maximum, unit)
		}
		if unpaid := shortfall.Sub(amount.Add(left)); unpaid.IsNegative() || !unpaid.LessThan(unit) {
			t.Fatalf("case %d: amount %s + left over %s leaves %s of the shortfall %s (unit %s)", i, amount, left, unpaid, shortfall, unit)
		}
		// Above the maximum k × S ÷ 12 itself, not its rounded figure:
		// 12 × shortfall > k × S, without division.
		above := shortfall.Mul(decimal.NewFromInt(12)).GreaterThan(a.Multiple().Mul(standard))
		flagged := len(a.Findings) == 1 && a.Findings[0].Kind() == policy.JointMeeting
		if flagged != above || (flagged && !a.Findings[0].Amount().Equal(left)) {
			t.Fatalf("case %d: flagged %v with shortfall %s, maximum %s × %s ÷ 12", i, flagged, shortfall, a.Multiple(), standard)
		}
		if !a.Total().Equal(amount) || len(a.Decisions) != 1 || (a.Decisions[0].Outcome() == policy.Eligible) != (amount.IsPositive() || e.Referral != "") {
			t.Fatalf("case %d: lines total %s, amount %s, decisions %d", i, a.Total(), amount, len(a.Decisions))
		}
		if shortfall.IsPositive() {
			more := e
			// Up to twice the shortfall more: within the cost or past it.
			more.OtherAid = more.OtherAid.Add(decimal.New(1+rng.Int64N(2*shortfall.Shift(2).IntPart()), -2))
			b, err := as.EventAid(&more)
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			if b.Amount().GreaterThan(amount) {
				t.Fatalf("case %d: receiving more raised the aid from %s to %s", i, amount, b.Amount())
			}
		}
	}
}

// TestLimitHolds: with a limit set, no household has more events paid than
// the limit, and the total is the sum of the events' amounts, each event
// paid by the lines naming it and decided once (2.4.1).
func TestLimitHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 2017))
	for i := range testrun.Count(2000, 1000) {
		p := temporary.Default2017()
		limit := 0
		if rng.IntN(3) > 0 {
			limit = 1 + rng.IntN(3)
			p.EventsPerYear = policy.New("temporary.events_per_year", limit, policy.Local, "county")
		}
		h := home()
		for j := range rng.IntN(7) {
			h.Hardships = append(h.Hardships, randomEvent(rng, j))
		}
		r, err := newAssessor(t, p).Assess(check(t, h), inputs())
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		paid, sum := 0, decimal.Zero
		events := r.Events()
		for k, a := range events {
			if a.Amount().IsPositive() {
				paid++
			}
			sum = sum.Add(a.Amount())
			var lines decimal.Decimal
			for _, l := range r.Lines {
				if l.ID() == a.ID() {
					lines = lines.Add(l.Annual())
				}
			}
			if !lines.Equal(a.Amount()) || r.Decisions[k].ID() != a.ID() || r.Decisions[k].Outcome() != a.Outcome() {
				t.Fatalf("case %d: event %s: amount %s, its lines %s, decision %s %s", i, a.ID(), a.Amount(), lines,
					r.Decisions[k].ID(), r.Decisions[k].Outcome())
			}
		}
		if limit > 0 && paid > limit {
			t.Fatalf("case %d: %d events paid, limit %d", i, paid, limit)
		}
		if !sum.Equal(r.Total()) || len(r.Decisions) != len(events) || len(events) != len(h.Hardships) {
			t.Fatalf("case %d: events sum to %s, lines to %s; %d decisions for %d events", i, sum, r.Total(), len(r.Decisions), len(events))
		}
	}
}
