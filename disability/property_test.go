package disability_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var types = []household.DisabilityType{household.Visual, household.Hearing, household.Speech, household.Physical,
	household.Intellectual, household.Mental, household.Multiple}

// levels are invented county hardship levels. (One spelled as a basis,
// "lowincome", is refused by household validation.)
var levels = []string{"", "", "一类", "二类"}

// randomPeriod returns a certificate's months around 2017: nil (the whole
// year) half the time, else from a month of 2016–2018 to a later month or
// an open end.
func randomPeriod(rng *rand.Rand) *household.MonthPeriod {
	if rng.IntN(2) == 0 {
		return nil
	}
	from := 2016*12 + rng.IntN(36)
	p := &household.MonthPeriod{From: household.NewYearMonth(from/12, time.Month(from%12+1))}
	if rng.IntN(3) > 0 {
		to := from + rng.IntN(24)
		p.To = household.NewYearMonth(to/12, time.Month(to%12+1))
	}
	return p
}

// randomRun returns a run of months of 2017: the whole year a third of the
// time.
func randomRun(rng *rand.Rand) policy.Period {
	if rng.IntN(3) == 0 {
		return policy.Period{}
	}
	from := 1 + rng.IntN(12)
	return policy.Period{From: time.Month(from), To: time.Month(from + rng.IntN(13-from))}
}

// randomHousehold returns an invented household of 1–6 members, some with
// certificates (some valid part of the year), hardship levels and flags,
// and random receipts (some wrong).
func randomHousehold(rng *rand.Rand) *household.Household {
	n := 1 + rng.IntN(6)
	h := &household.Household{ID: "H-RANDOM", Township: "T", RegisteredPoor: rng.IntN(3) == 0}
	for i := range n {
		m := household.Member{ID: "m" + string(rune('a'+i)), BirthDate: household.NewDate(1950+rng.IntN(60), 1, 1),
			HardshipLevel: levels[rng.IntN(len(levels))]}
		if rng.IntN(3) > 0 {
			m.Disability = &household.Disability{Type: types[rng.IntN(len(types))], Grade: 1 + rng.IntN(4),
				LongTermCare: rng.IntN(2) == 0, WorkInjuryNursing: rng.IntN(5) == 0, OrphanAllowance: rng.IntN(6) == 0,
				Period: randomPeriod(rng)}
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

// randomInputs returns a run of months and a 低保 coverage for h: the
// household covered half the time, some members 低保 recipients on their
// own.
func randomInputs(rng *rand.Rand, h *household.Household) disability.Inputs {
	in := disability.Inputs{Period: randomRun(rng), LowIncome: rng.IntN(2) == 0}
	for _, m := range h.Members {
		if rng.IntN(8) == 0 {
			in.LowIncomeMembers = append(in.LowIncomeMembers, m.ID)
		}
	}
	return in
}

// assessors returns Assessors under the 2017 parameters, with the grade-3
// option on, with the option on and its amount left unset, and with tiers
// by hardship for both subsidies.
func assessors(t *testing.T) []*disability.Assessor {
	option := disability.Default2017()
	option.Nursing.Grade3Option.Value = true
	unset := disability.Default2017()
	unset.Nursing.Grade3Option.Value = true
	unset.Nursing.Grade3 = policy.Unset[decimal.Decimal]("disability.nursing.grade3", "")
	tiered := disability.Default2017()
	tiered.Nursing.Grade3Option.Value = true
	tiered.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00"), Grade3: county("500.00")},
		"registered-poor": {Grade2: county("900.00")}, "一类": {Grade4: county("0.00")}}
	tiered.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("80.00")},
		"二类": {Grade3: county("70.00")}}
	var as []*disability.Assessor
	for _, p := range []*disability.Params{disability.Default2017(), option, unset, tiered} {
		a, err := disability.New(p)
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	return as
}

// TestLinesWithinCertificate is the property of section 0: the months of a
// member's lines never exceed its coverage — each line covers months of the
// certificate within the run assessed, and a certificate valid in none of
// them gets no line. With members under 特困 support for some months (each
// run of household.Checked.SupportRuns assessed alone), no living line lies
// in the holder's 特困 months (the default exclusion).
func TestLinesWithinCertificate(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 14))
	as := assessors(t)
	for i := range 5000 {
		h := randomHousehold(rng)
		for j := range h.Members {
			if h.Members[j].Tekun.Supported() {
				h.Members[j].Tekun.Period = randomPeriod(rng)
			}
		}
		in := randomInputs(rng, h)
		c, err := h.Check(on)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		runs, n := c.SupportRuns(in.Period)
		for _, run := range runs[:n] {
			in.Period = run
			r, err := as[i%len(as)].Assess(c, in)
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			linesWithin(t, i, h, in, &r)
		}
	}
}

// linesWithin checks the lines of case i (TestLinesWithinCertificate).
func linesWithin(t *testing.T, i int, h *household.Household, in disability.Inputs, r *disability.Result) {
	t.Helper()
	for _, l := range r.Lines {
		m, _ := h.Member(l.Member())
		cert, ok := m.Disability.Period.In(on.Year)
		p := l.Period()
		if !ok || !cert.Contains(p.From) || !cert.Contains(p.To) || !in.Period.Contains(p.From) || !in.Period.Contains(p.To) {
			t.Fatalf("case %d: line %s of %s over %s, the certificate %v valid in %s (%v), the run %s",
				i, l.Item(), l.Member(), p, m.Disability.Period, cert, ok, in.Period.Norm())
		}
		if want := policy.DefaultRounding.Prorate(l.Rate(), p.Months()); l.Amount() != want {
			t.Fatalf("case %d: line %s of %s pays %s over %d months, want round(R × k / 12) = %s",
				i, l.Item(), l.Member(), l.Annual(), p.Months(), want)
		}
		if s, ok := m.Tekun.In(on.Year); ok && l.Item() == disability.ItemLiving {
			if _, overlap := s.Intersect(p); overlap {
				t.Fatalf("case %d: living line of %s over %s, in the 特困 months %s", i, l.Member(), p, s)
			}
		}
	}
}

// TestAuditInvariant is 应补尽补, the invariant of 2.2.4: in the run that
// contains the assessment date's month, every line that covers that month
// with a positive amount is received or found unclaimed, and every receipt
// is matched to such a line or found wrongful (or its subsidy was not
// assessed); in any other run there is no audit finding. Along the way:
// amounts are ≥ 0 with two places and schedule exactly; the default
// exclusions hold; every holder has a living and a nursing decision, each
// naming its item.
func TestAuditInvariant(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 224))
	as := assessors(t)
	for i := range 5000 {
		h := randomHousehold(rng)
		in := randomInputs(rng, h)
		c, err := h.Check(on)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		r, err := as[i%len(as)].Assess(c, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		audited := in.Period.Contains(on.Month)
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
		for _, f := range r.Findings {
			if !audited && f.Kind() != policy.NotConfig {
				t.Fatalf("case %d: a %s finding in a run (%s) without the assessment date's month", i, f.Kind(), in.Period.Norm())
			}
		}
		for _, l := range r.Lines {
			if l.Annual().IsNegative() || !l.Annual().Round(2).Equal(l.Annual()) || !l.Schedule().Total().Equal(l.Annual()) {
				t.Fatalf("case %d: line %s %s = %s", i, l.Item(), l.Member(), l.Annual())
			}
			due := audited && l.Period().Contains(on.Month) && l.Amount() > 0
			if due && !received(l.Item(), l.Member()) && !has(policy.Unclaimed, l.Item(), l.Member()) {
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
		if !audited {
			continue
		}
		for _, pay := range h.Current.Payments {
			matched := false
			for _, l := range r.Lines {
				matched = matched || (l.Item() == pay.Item && l.Member() == pay.Member && l.Period().Contains(on.Month))
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
