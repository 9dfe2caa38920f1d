package disability_test

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var types = []household.DisabilityType{household.Visual, household.Hearing, household.Speech, household.Physical,
	household.Intellectual, household.Mental, household.Multiple}

// randomHousehold returns an invented household of 1–6 members, some with
// certificates and flags, and random receipts (some wrong).
func randomHousehold(rng *rand.Rand) *household.Household {
	n := 1 + rng.IntN(6)
	h := &household.Household{ID: "H-RANDOM", Township: "T", RegisteredPoor: rng.IntN(3) == 0}
	for i := range n {
		m := household.Member{ID: "m" + string(rune('a'+i)), BirthDate: household.NewDate(1950+rng.IntN(60), 1, 1)}
		if rng.IntN(3) > 0 {
			m.Disability = &household.Disability{Type: types[rng.IntN(len(types))], Grade: 1 + rng.IntN(4),
				LongTermCare: rng.IntN(2) == 0, WorkInjuryNursing: rng.IntN(5) == 0, OrphanAllowance: rng.IntN(6) == 0}
		}
		if rng.IntN(6) == 0 {
			m.Tekun.Mode = household.TekunDispersed
		}
		h.Members = append(h.Members, m)
	}
	items := []policy.Item{disability.ItemLiving, disability.ItemNursing, "other"}
	for range rng.IntN(4) {
		member := ""
		if rng.IntN(6) > 0 {
			member = h.Members[rng.IntN(n)].ID
		}
		h.Current.Payments = append(h.Current.Payments, household.Payment{Programme: policy.Disability,
			Item: items[rng.IntN(len(items))], Member: member, Monthly: decimal.New(rng.Int64N(10000), -2)})
	}
	return h
}

// TestAuditInvariant is 应补尽补, the invariant of 2.2.4: every line due with a
// positive amount is received or found unclaimed, and every receipt is
// matched to a line or found wrongful (or its subsidy was not assessed).
// Along the way: amounts are ≥ 0 with two places and schedule exactly; the
// default exclusions hold; every holder has a living and a nursing decision,
// each naming its item.
func TestAuditInvariant(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 224))
	option := disability.Default2017()
	option.Nursing.Grade3Option.Value = true
	var assessors []*disability.Assessor
	for _, p := range []*disability.Params{disability.Default2017(), option} {
		a, err := disability.New(p)
		if err != nil {
			t.Fatal(err)
		}
		assessors = append(assessors, a)
	}
	for i := range 3000 {
		h := randomHousehold(rng)
		in := disability.Inputs{LowIncome: rng.IntN(2) == 0}
		c, err := h.Check(on)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		r, err := assessors[i%2].Assess(c, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		has := func(kind policy.FindingKind, item policy.Item, member string) bool {
			for _, f := range r.Findings {
				if f.Kind() == kind && f.Item() == item && f.Member() == member {
					return true
				}
			}
			return false
		}
		received := func(item policy.Item, member string) bool {
			for _, pay := range h.Current.Payments {
				if pay.Programme == policy.Disability && pay.Item == item && pay.Member == member {
					return true
				}
			}
			return false
		}
		for _, l := range r.Lines {
			if l.Annual().IsNegative() || !l.Annual().Round(2).Equal(l.Annual()) || !l.Schedule().Total().Equal(l.Annual()) {
				t.Fatalf("case %d: line %s %s = %s", i, l.Item(), l.Member(), l.Annual())
			}
			if l.Amount() > 0 && !received(l.Item(), l.Member()) && !has(policy.Unclaimed, l.Item(), l.Member()) {
				t.Fatalf("case %d: %s of %s due and not received, but no unclaimed finding", i, l.Item(), l.Member())
			}
			m, _ := h.Member(l.Member())
			c := m.Disability
			if l.Item() == disability.ItemLiving && (m.Tekun.Supported() || c.OrphanAllowance) {
				t.Fatalf("case %d: living subsidy for a 特困 person or an orphan under allowance", i)
			}
			if l.Item() == disability.ItemNursing && (!c.LongTermCare || c.WorkInjuryNursing || c.Grade == 4) {
				t.Fatalf("case %d: nursing subsidy for %+v", i, *c)
			}
		}
		for _, m := range h.Members {
			if m.Disability == nil {
				continue
			}
			living, nursing, ok := r.Holder(m.ID)
			if !ok || living.Item() != disability.ItemLiving || nursing.Item() != disability.ItemNursing ||
				living.Member() != m.ID || nursing.Member() != m.ID {
				t.Fatalf("case %d: holder %s has no living and nursing decision of their own", i, m.ID)
			}
		}
		if want := 2 * holders(h); len(r.Decisions) != want {
			t.Fatalf("case %d: %d decisions, want 2 per holder (%d)", i, len(r.Decisions), want)
		}
		for _, pay := range h.Current.Payments {
			matched := false
			for _, l := range r.Lines {
				matched = matched || (l.Item() == pay.Item && l.Member() == pay.Member)
			}
			notAssessed := has(policy.NotConfig, pay.Item, pay.Member)
			if !matched && !notAssessed && !has(policy.Wrongful, pay.Item, pay.Member) {
				t.Fatalf("case %d: receipt %s of %q matches no line and is not found wrongful", i, pay.Item, pay.Member)
			}
		}
	}
}

// holders counts the members with a disability certificate.
func holders(h *household.Household) int {
	k := 0
	for _, m := range h.Members {
		if m.Disability != nil {
			k++
		}
	}
	return k
}
