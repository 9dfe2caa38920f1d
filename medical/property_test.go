package medical_test

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

var groups = []medical.Group{medical.GroupNone, medical.GroupTekun, medical.GroupLowIncome, medical.GroupRegisteredPoor, medical.GroupExtended}

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
// on at random local values; a third of the time with coarse rounding.
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
	return p
}

// TestClaimSequenceProperties: over random claim sequences, every claim's
// aid is ≥ 0, on at most two places, and ≤ its remaining out-of-pocket; the
// year's aid never takes a member above the annual cap (2.3.4); the
// remaining out-of-pocket is what the claims leave; and the same claims
// handed in any order give the same result.
func TestClaimSequenceProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	for i := range 3000 {
		p := randomParams(rng)
		a := newAssessor(t, p)
		m := household.Member{ID: "m1", BirthDate: household.NewDate(2003+rng.IntN(14), 1, 1)}
		if rng.IntN(3) == 0 {
			m.BirthDate = household.NewDate(1940+rng.IntN(60), 1, 1)
		}
		m.MedicalAidPaid = money(rng, 2_500_000)
		in := medical.Inputs{LowIncome: rng.IntN(2) == 0}
		if rng.IntN(2) == 0 {
			in.SecondAidPaid = map[string]decimal.Decimal{"m1": m.MedicalAidPaid.Mul(decimal.New(rng.Int64N(101), -2)).Round(2)}
		}
		for j := range rng.IntN(7) {
			m.Claims = append(m.Claims, randomClaim(rng, "c"+strconv.Itoa(j)))
		}
		if rng.IntN(4) == 0 {
			m.Tekun.Mode = household.TekunDispersed
		}
		h := &household.Household{ID: "H", Township: "T", Members: []household.Member{m},
			RegisteredPoor: rng.IntN(3) == 0, LowIncomeFamily: rng.IntN(2) == 0}
		r, err := a.Assess(check(t, h), in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		mr := r.Members()[0]
		capLeft := decimal.Max(p.AnnualCap.Value, m.MedicalAidPaid)
		sum, left := decimal.Zero, decimal.Zero
		for _, c := range mr.Claims() {
			for _, a := range []decimal.Decimal{c.Aid(), c.Second()} {
				if a.IsNegative() || !a.Round(2).Equal(a) {
					t.Fatalf("case %d claim %s: aid %s is negative or over-precise", i, c.ID(), a)
				}
			}
			if c.Total().GreaterThan(c.Remaining()) {
				t.Fatalf("case %d claim %s: aid %s + %s above the remaining out-of-pocket %s", i, c.ID(), c.Aid(), c.Second(), c.Remaining())
			}
			if !c.Left().Equal(c.Remaining().Sub(c.Total())) || c.Left().IsNegative() {
				t.Fatalf("case %d claim %s: left %s is not R − aid", i, c.ID(), c.Left())
			}
			sum, left = sum.Add(c.Total()), left.Add(c.Left())
		}
		if m.MedicalAidPaid.Add(sum).GreaterThan(capLeft) {
			t.Fatalf("case %d: %s already paid + %s this year is above the cap %s", i, m.MedicalAidPaid, sum, p.AnnualCap.Value)
		}
		if !sum.Equal(mr.Aid()) || !mr.PaidThisYear().Equal(m.MedicalAidPaid.Add(sum)) {
			t.Fatalf("case %d: claims sum to %s, member aid %s, paid this year %s", i, sum, mr.Aid(), mr.PaidThisYear())
		}
		if !left.Equal(r.Remaining()) || !r.RemainingFen().Decimal().Equal(r.Remaining()) {
			t.Fatalf("case %d: claims leave %s, remaining %s (%s fen)", i, left, r.Remaining(), r.RemainingFen())
		}
		// The same claims in another order give the same result.
		rng.Shuffle(len(h.Members[0].Claims), func(a, b int) {
			h.Members[0].Claims[a], h.Members[0].Claims[b] = h.Members[0].Claims[b], h.Members[0].Claims[a]
		})
		r2, err := a.Assess(check(t, h), in)
		if err != nil {
			t.Fatalf("case %d shuffled: %v", i, err)
		}
		if diff := cmp.Diff(snapshot(t, &r), snapshot(t, &r2)); diff != "" {
			t.Fatalf("case %d: shuffled claims give another result (-in order +shuffled):\n%s", i, diff)
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
	for i := range 1000 {
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
// and never takes the year above the annual cap (2.3.4).
func TestClaimAidProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 2017))
	for i := range 5000 {
		p := randomParams(rng)
		paid := money(rng, 2_500_000)
		in := medical.ClaimInput{
			Member: "m1", Group: groups[rng.IntN(len(groups))], Claim: randomClaim(rng, "c1"),
			Age: rng.IntN(90), Paid: paid, SecondPaid: paid.Mul(decimal.New(rng.Int64N(101), -2)).Round(2),
		}
		r := claimAid(t, in, p)
		total := r.Total()
		switch {
		case r.Aid().IsNegative() || r.Second().IsNegative():
			t.Fatalf("case %d: negative aid %s / %s", i, r.Aid(), r.Second())
		case total.GreaterThan(r.Remaining()):
			t.Fatalf("case %d: aid %s above R %s", i, total, r.Remaining())
		case total.IsPositive() && paid.Add(total).GreaterThan(p.AnnualCap.Value):
			t.Fatalf("case %d: %s paid + %s above the cap", i, paid, total)
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
