package medical_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

var groups = append([]medical.Group{medical.GroupNone}, medical.Groups()...)

// money returns a random amount from 0 to max fen, in yuan.
func money(rng *rand.Rand, maxFen int64) decimal.Decimal {
	return decimal.New(rng.Int64N(maxFen+1), -2)
}

// randomClaim returns a valid invented claim admitted in 2017.
func randomClaim(rng *rand.Rand, id string) household.Claim {
	compliant := money(rng, 8_000_000)
	c := household.Claim{
		ID:            id,
		Admission:     household.NewDate(2017, time.Month(1+rng.IntN(12)), 1+rng.IntN(28)),
		CompliantCost: compliant,
		TotalCost:     compliant.Add(money(rng, 500_000)),
	}
	// Split part of the compliant cost among the four insurances.
	left := compliant.Mul(decimal.New(rng.Int64N(101), -2)).Round(2)
	for _, p := range []*decimal.Decimal{&c.NCMS, &c.CriticalIllness, &c.Supplementary} {
		part := left.Mul(decimal.New(rng.Int64N(101), -2)).Round(2)
		*p, left = part, left.Sub(part)
	}
	c.Guaranteed = left
	switch rng.IntN(4) {
	case 0:
		c.Disease = household.AcuteLeukaemia
	case 1:
		c.Disease = household.CongenitalHeart
	}
	c.FixedQuotaCost = money(rng, 10_000_000).Add(decimal.New(1, -2))
	return c
}

// randomParams returns the 2017 set or, half the time, one with second aid
// on at random local values; a third of the time with coarse rounding; a
// third of the time with a random annual cap for each group.
func randomParams(rng *rand.Rand) *medical.Params {
	p := medical.Default2017()
	if rng.IntN(2) == 0 {
		p.SecondAid = medical.SecondAid{
			Enabled:   policy.New("medical.second_aid.enabled", true, policy.Local, "test"),
			Threshold: policy.New("medical.second_aid.threshold", money(rng, 1_000_000), policy.Local, "test"),
			Ratio:     policy.New("medical.second_aid.ratio", decimal.New(rng.Int64N(101), -2), policy.Local, "test"),
			Cap:       policy.New("medical.second_aid.cap", money(rng, 2_000_000), policy.Local, "test"),
		}
	}
	if rng.IntN(3) == 0 {
		p.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: int32(rng.IntN(3)) - 1}
	}
	if rng.IntN(3) == 0 {
		for _, t := range []*medical.Terms{&p.Tekun, &p.LowIncome, &p.RegisteredPoor, &p.Extended, &p.ChildInDifficulty} {
			t.Cap.Value = money(rng, 4_000_000)
		}
	}
	return p
}

// capOf returns the annual cap of group g under p.
func capOf(p *medical.Params, g medical.Group) decimal.Decimal {
	t, _ := p.Terms(g)
	return t.Cap.Value
}

// outOfPocket is a claim's remaining compliant out-of-pocket R worked out
// from the record alone, as 2.3.4 defines it: the compliant cost less the
// NCMS, critical-illness, supplementary and guaranteed-minimum (保底)
// payments, floored at 0. The properties bound aid by it, not by the
// library's own figure, so that an R the library got wrong is caught.
func outOfPocket(c *household.Claim) decimal.Decimal {
	r := c.CompliantCost.Sub(c.NCMS).Sub(c.CriticalIllness).Sub(c.Supplementary).Sub(c.Guaranteed)
	return decimal.Max(r, decimal.Zero)
}

// checkClaims checks a member's claims in processing order, from the aid
// (all, and second) already paid this year, against the member's claim
// records: each claim's R is the record's out-of-pocket (outOfPocket); its
// aid is ≥ 0, on two places and no more than that R (aid never exceeds
// what was paid out of pocket); a claim that pays anything leaves the
// year's aid within the annual cap of the claim's group, and second aid
// within its own cap (2.3.4). It returns what is paid after the claims.
func checkClaims(t *testing.T, name string, p *medical.Params, paid, second decimal.Decimal,
	records []household.Claim, claims []medical.ClaimResult) (decimal.Decimal, decimal.Decimal) {
	t.Helper()
	for _, c := range claims {
		for _, a := range []decimal.Decimal{c.Aid(), c.Second()} {
			if a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("%s claim %s: aid %s is negative or over-precise", name, c.ID(), a)
			}
		}
		k := slices.IndexFunc(records, func(r household.Claim) bool { return r.ID == c.ID() })
		if k < 0 {
			t.Fatalf("%s claim %s: no such claim on the record", name, c.ID())
		}
		r := outOfPocket(&records[k])
		if !c.Remaining().Equal(r) {
			t.Fatalf("%s claim %s: R %s, the record's out-of-pocket is %s", name, c.ID(), c.Remaining(), r)
		}
		if c.Total().GreaterThan(r) {
			t.Fatalf("%s claim %s: aid %s + %s above the remaining out-of-pocket %s", name, c.ID(), c.Aid(), c.Second(), r)
		}
		if !c.Left().Equal(c.Remaining().Sub(c.Total())) || c.Left().IsNegative() {
			t.Fatalf("%s claim %s: left %s is not R − aid", name, c.ID(), c.Left())
		}
		if c.Total().IsPositive() && paid.Add(c.Total()).GreaterThan(capOf(p, c.Group())) {
			t.Fatalf("%s claim %s (%s): %s paid before + %s above the cap %s", name, c.ID(), c.Group(), paid, c.Total(), capOf(p, c.Group()))
		}
		if c.Second().IsPositive() && second.Add(c.Second()).GreaterThan(p.SecondAid.Cap.Value) {
			t.Fatalf("%s claim %s: %s second aid paid before + %s above its cap %s", name, c.ID(), second, c.Second(), p.SecondAid.Cap.Value)
		}
		if c.Group() == medical.GroupNone && c.Total().IsPositive() {
			t.Fatalf("%s claim %s: aid in no group", name, c.ID())
		}
		paid, second = paid.Add(c.Total()), second.Add(c.Second())
	}
	return paid, second
}

// TestClaimSequenceProperties: over random claim sequences, every claim's
// aid is ≥ 0, on the rounding unit's places, and ≤ its remaining
// out-of-pocket; the year's aid never takes a member above the annual cap
// of a claim's group, nor second aid above its own cap (2.3.4); the figures
// carried are the record's plus the claims'; the remaining out-of-pocket is
// what the claims leave; and the same claims handed in any order give the
// same result. It runs 3000 random sequences with SAFETYNET_LONG, 250
// otherwise (the first 250 of the same 3000).
func TestClaimSequenceProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	for i := range testrun.Count(3000, 250) {
		p := randomParams(rng)
		a := newAssessor(t, p)
		m := household.Member{ID: "m1", BirthDate: household.NewDate(2003+rng.IntN(14), 1, 1)}
		if rng.IntN(3) == 0 {
			m.BirthDate = household.NewDate(1940+rng.IntN(60), 1, 1)
		} else if rng.IntN(3) == 0 {
			m.Child = household.ChildInDifficulty
		}
		m.MedicalAidPaid = money(rng, 2_500_000)
		if rng.IntN(2) == 0 {
			m.SecondAidPaid = money(rng, 800_000)
		}
		for j := range rng.IntN(7) {
			m.Claims = append(m.Claims, randomClaim(rng, "c"+strconv.Itoa(j)))
		}
		if rng.IntN(4) == 0 {
			m.Tekun.Mode = household.TekunDispersed
			if rng.IntN(2) == 0 {
				m.Tekun.Period = randomMonths(rng)
			}
		}
		h := &household.Household{ID: "H", Township: "T", Members: []household.Member{m},
			RegisteredPoor: rng.IntN(3) == 0, LowIncomeFamily: rng.IntN(2) == 0}
		if rng.IntN(3) == 0 {
			h.LowIncomePeriod = randomMonths(rng)
		}
		in := medical.Inputs{LowIncome: rng.IntN(2) == 0}
		if rng.IntN(5) == 0 {
			in.LowIncomeMembers = []string{"m1"}
		}
		r, err := a.Assess(check(t, h), in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		mr := r.Members()[0]
		name := "case " + strconv.Itoa(i)
		paid, second := checkClaims(t, name, p, m.MedicalAidPaid.Add(m.SecondAidPaid), m.SecondAidPaid, m.Claims, mr.Claims())
		sum, left := paid.Sub(m.MedicalAidPaid).Sub(m.SecondAidPaid), decimal.Zero
		for _, c := range mr.Claims() {
			left = left.Add(c.Left())
		}
		if !sum.Equal(mr.Aid()) || !mr.PaidThisYear().Equal(paid) || !mr.SecondPaidThisYear().Equal(second) {
			t.Fatalf("%s: claims sum to %s, member aid %s, paid this year %s (want %s), second %s (want %s)",
				name, sum, mr.Aid(), mr.PaidThisYear(), paid, mr.SecondPaidThisYear(), second)
		}
		if !left.Equal(r.Remaining()) || !r.RemainingFen().Decimal().Equal(r.Remaining()) {
			t.Fatalf("%s: claims leave %s, remaining %s (%s fen)", name, left, r.Remaining(), r.RemainingFen())
		}
		// The same claims in another order give the same result.
		rng.Shuffle(len(h.Members[0].Claims), func(a, b int) {
			h.Members[0].Claims[a], h.Members[0].Claims[b] = h.Members[0].Claims[b], h.Members[0].Claims[a]
		})
		r2, err := a.Assess(check(t, h), in)
		if err != nil {
			t.Fatalf("%s shuffled: %v", name, err)
		}
		if diff := cmp.Diff(snapshot(t, &r), snapshot(t, &r2)); diff != "" {
			t.Fatalf("%s: shuffled claims give another result (-in order +shuffled):\n%s", name, diff)
		}
	}
}

// randomMonths returns a random record period of 2016–2018 months, half
// the time with an open end.
func randomMonths(rng *rand.Rand) *household.MonthPeriod {
	from := household.NewYearMonth(2016+rng.IntN(3), time.Month(1+rng.IntN(12)))
	p := &household.MonthPeriod{From: from}
	if rng.IntN(2) == 0 {
		p.To = household.NewYearMonth(from.Year+rng.IntN(2), time.Month(1+rng.IntN(12)))
		if p.To.Year == from.Year && p.To.Month < from.Month {
			p.To.Month = from.Month
		}
	}
	return p
}

// randomRuns returns a random split of the year into one to four
// consecutive runs of months.
func randomRuns(rng *rand.Rand) []policy.Period {
	var cuts []time.Month // the first month of each run after the first
	for m := time.February; m <= time.December; m++ {
		if rng.IntN(6) == 0 && len(cuts) < 3 {
			cuts = append(cuts, m)
		}
	}
	runs := make([]policy.Period, 0, len(cuts)+1)
	from := time.January
	for _, c := range cuts {
		runs = append(runs, policy.Period{From: from, To: c - 1})
		from = c
	}
	return append(runs, policy.Period{From: from, To: time.December})
}

// TestRunsProperties: a year assessed in consecutive runs of months, each
// handed the result of the one before, pays each claim what the year
// assessed at once pays it, line for line; every line is paid in a month of
// its run; and the caps hold across the runs (2.3.4, section 0). 1500
// random years with SAFETYNET_LONG, 500 otherwise.
func TestRunsProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 14))
	for i := range testrun.Count(1500, 500) {
		p := randomParams(rng)
		a := newAssessor(t, p)
		h := randomHousehold(rng)
		c := check(t, h)
		in := medical.Inputs{LowIncome: rng.IntN(2) == 0}
		if rng.IntN(4) == 0 {
			in.LowIncomeMembers = []string{h.Members[0].ID}
		}
		year, err := a.Assess(c, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		runs := randomRuns(rng)
		claims := make([][]medical.ClaimResult, len(h.Members))
		var lines []policy.Line
		var before *medical.Result
		for _, run := range runs {
			in.Period, in.Before = run, before
			r, err := a.Assess(c, in)
			if err != nil {
				t.Fatalf("case %d, run %v: %v", i, run, err)
			}
			for _, l := range r.Lines {
				if p := l.Period(); p.From != p.To || !run.Contains(p.From) {
					t.Fatalf("case %d: line %s %s paid in %v, not one month of the run %v", i, l.Item(), l.ID(), p, run)
				}
			}
			lines = append(lines, r.Lines...)
			for k, m := range r.Members() {
				claims[k] = append(claims[k], m.Claims()...)
			}
			before = &r
		}
		for k, m := range h.Members {
			name := "case " + strconv.Itoa(i) + " member " + m.ID
			paid, second := checkClaims(t, name, p, m.MedicalAidPaid.Add(m.SecondAidPaid), m.SecondAidPaid, m.Claims, claims[k])
			if last := before.Members()[k]; !last.PaidThisYear().Equal(paid) || !last.SecondPaidThisYear().Equal(second) ||
				!last.PaidThisYear().Equal(year.Members()[k].PaidThisYear()) {
				t.Fatalf("%s: after the runs paid %s, second %s; want %s, %s, as the year at once %s", name,
					last.PaidThisYear(), last.SecondPaidThisYear(), paid, second, year.Members()[k].PaidThisYear())
			}
		}
		key := func(ls []policy.Line) []string {
			var out []string
			for _, l := range ls {
				out = append(out, string(l.AppendJSON(nil)))
			}
			slices.Sort(out)
			return out
		}
		if diff := cmp.Diff(key(year.Lines), key(lines)); diff != "" {
			t.Fatalf("case %d, runs %v (-the year at once +the runs):\n%s", i, runs, diff)
		}
	}
}

// TestPeriodProperties: over random households and runs of months, the
// lines of a run are the whole year's lines paid in its months, and every
// claim assessed was admitted in it, as long as no cap cuts the aid (a run
// does not see the claims before it).
func TestPeriodProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 12))
	a := newAssessor(t, nil)
	for i := range testrun.Scaled(1000, 10) {
		h := randomHousehold(rng)
		c := check(t, h)
		in := medical.Inputs{LowIncome: rng.IntN(2) == 0}
		year, err := a.Assess(c, in)
		if err != nil {
			t.Fatal(err)
		}
		from := time.Month(1 + rng.IntN(12))
		in.Period = policy.Period{From: from, To: from + time.Month(rng.IntN(13-int(from)))}
		run, err := a.Assess(c, in)
		if err != nil {
			t.Fatal(err)
		}
		capped := false
		for _, m := range year.Members() {
			for _, cl := range m.Claims() {
				capped = capped || cl.Capped()
			}
		}
		for _, m := range run.Members() {
			for _, cl := range m.Claims() {
				if !in.Period.Contains(cl.Admission().Month) {
					t.Fatalf("case %d: claim %s admitted %s assessed in %v", i, cl.ID(), cl.Admission(), in.Period)
				}
			}
		}
		if capped {
			continue
		}
		var want []string
		for _, l := range year.Lines {
			if in.Period.Contains(l.Period().From) {
				want = append(want, string(l.AppendJSON(nil)))
			}
		}
		var got []string
		for _, l := range run.Lines {
			got = append(got, string(l.AppendJSON(nil)))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("case %d, %v (-year's lines in the run +the run's):\n%s", i, in.Period, diff)
		}
	}
}

// TestClaimAidProperties: the per-claim rule alone, over random claims,
// groups, ages and aid already paid: aid ≥ 0, ≤ R, on the rounding unit,
// and never takes the year's main and second aid above the group's annual
// cap, nor second aid above its own (2.3.4). 5000 random claims with
// SAFETYNET_LONG, 2000 otherwise.
func TestClaimAidProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 2017))
	for i := range testrun.Count(5000, 2000) {
		p := randomParams(rng)
		in := medical.ClaimInput{
			Member: "m1", Group: groups[rng.IntN(len(groups))], Claim: randomClaim(rng, "c1"),
			Age: rng.IntN(90), Paid: money(rng, 2_500_000), SecondPaid: money(rng, 800_000),
		}
		paid := in.Paid.Add(in.SecondPaid)
		r := claimAid(t, in, p)
		total := r.Total()
		switch {
		case r.Aid().IsNegative() || r.Second().IsNegative():
			t.Fatalf("case %d: negative aid %s / %s", i, r.Aid(), r.Second())
		case !r.Remaining().Equal(outOfPocket(&in.Claim)):
			t.Fatalf("case %d: R %s, the record's out-of-pocket is %s", i, r.Remaining(), outOfPocket(&in.Claim))
		case total.GreaterThan(outOfPocket(&in.Claim)):
			t.Fatalf("case %d: aid %s above R %s", i, total, outOfPocket(&in.Claim))
		case total.IsPositive() && paid.Add(total).GreaterThan(capOf(p, in.Group)):
			t.Fatalf("case %d: %s paid + %s above the cap of %s", i, paid, total, in.Group)
		case p.SecondAid.On() && in.SecondPaid.Add(r.Second()).GreaterThan(decimal.Max(p.SecondAid.Cap.Value, in.SecondPaid)):
			t.Fatalf("case %d: second aid %s above its cap", i, r.Second())
		case in.Group == medical.GroupNone && (total.IsPositive() || len(r.Lines()) > 0):
			t.Fatalf("case %d: a member in no group got aid", i)
		}
		for _, l := range r.Lines() {
			if l.Amount()%p.Rounding.Unit() != 0 {
				t.Fatalf("case %d: line %s = %s is not on the rounding unit", i, l.Item(), l.Annual())
			}
			if l.ID() != "c1" || l.Period() != policy.Month(in.Claim.Admission.Month) {
				t.Fatalf("case %d: line %s id %q period %v, want the claim, paid in its admission month", i, l.Item(), l.ID(), l.Period())
			}
		}
	}
}
