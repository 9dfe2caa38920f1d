package tekun_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// money returns a random amount from 0 to max fen, in yuan.
func money(rng *rand.Rand, maxFen int64) decimal.Decimal {
	return decimal.New(rng.Int64N(maxFen+1), -2)
}

// randomParams returns the 2017 parameters with random adopted standards,
// quotas, consumption figure and care scheme.
func randomParams(rng *rand.Rand) *tekun.Params {
	p := tekun.Default2017()
	p.Dispersed = policy.New("tekun.dispersed", money(rng, 1_000_000), policy.Local, "")
	p.Centralized = policy.New("tekun.centralized", money(rng, 1_000_000), policy.Local, "")
	p.Quota.Class2.Adopted = policy.New("tekun.quota.class2.adopted", money(rng, 1_000_000), policy.Local, "")
	if rng.IntN(2) == 0 {
		p.Consumption = policy.New("tekun.consumption", money(rng, 2_000_000), policy.Local, "")
	}
	if rng.IntN(2) == 0 {
		p.Care.Full = policy.New("tekun.care.full", money(rng, 200_000), policy.Local, "")
		p.Care.Partial = policy.New("tekun.care.partial", money(rng, 200_000), policy.Local, "")
		p.Care.None = policy.New("tekun.care.none", money(rng, 200_000), policy.Local, "")
	}
	if rng.IntN(4) == 0 {
		p.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: int32(rng.IntN(3))}
	}
	return p
}

func randomMember(rng *rand.Rand) *household.Member {
	m := &household.Member{ID: "t1", BirthDate: household.NewDate(1940, 1, 1)}
	m.Tekun.Months = rng.IntN(13)
	m.Tekun.SelfCare = []household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone}[rng.IntN(3)]
	if rng.IntN(2) == 0 {
		m.Tekun.Mode = household.TekunDispersed
	} else {
		m.Tekun.Mode = household.TekunCentralized
		m.Tekun.HomeID = "JLY-01"
		m.Tekun.HomeClass = []household.HomeClass{household.HomeClass1, household.HomeClass2, household.HomeClass3, household.HomeUnrated}[rng.IntN(4)]
	}
	return m
}

// randomPeriod returns a random run of months, the whole year a quarter of
// the time.
func randomPeriod(rng *rand.Rand) policy.Period {
	if rng.IntN(4) == 0 {
		return policy.Period{}
	}
	from := time.Month(1 + rng.IntN(12))
	return policy.Period{From: from, To: from + time.Month(rng.IntN(int(13-from)))}
}

// TestLineInvariants: every line is ≥ 0 with at most two places, its
// schedule over its months sums to it, it covers the months January to m
// of the support within the assessed period, it is paid to the person in
// dispersed support and to the institution in centralized support, a
// centralized resident's line is never below the centralized standard's
// share of its months, and more months never pay less.
func TestLineInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 221))
	for i := range 3000 {
		p := randomParams(rng)
		m := randomMember(rng)
		in := tekun.Inputs{Period: randomPeriod(rng)}
		r, err := assessHousehold(alone(m), p, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		months := m.Tekun.Months
		if months == 0 {
			months = 12
		}
		want, covers := policy.Period{From: time.January, To: time.Month(months)}.Intersect(in.Period)
		if len(r.Decisions) != 1 || r.Decisions[0].Outcome() != policy.Eligible {
			t.Fatalf("case %d: %d decisions, want one eligible", i, len(r.Decisions))
		}
		if !covers && len(r.Lines)+len(r.Findings) > 0 {
			t.Fatalf("case %d: lines or findings outside the months of support", i)
		}
		wantPayee := policy.PayMember
		if m.Tekun.Mode == household.TekunCentralized {
			wantPayee = policy.PayInstitution
		}
		for _, l := range r.Lines {
			if a := l.Annual(); a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("case %d: line %s = %s is negative or over-precise", i, l.Item(), a)
			}
			if l.Period() != want || !l.Schedule().Total().Equal(l.Annual()) {
				t.Fatalf("case %d: line %s over %v, schedule total %s, want %v summing to %s",
					i, l.Item(), l.Period(), l.Schedule().Total(), want, l.Annual())
			}
			if l.Payee() != wantPayee || l.Payer() != policy.CivilAffairsFund || l.Member() != "t1" {
				t.Fatalf("case %d: line %s paid to %s by %s for %q", i, l.Item(), l.Payee(), l.Payer(), l.Member())
			}
		}
		if !covers {
			continue
		}
		if m.Tekun.Mode == household.TekunCentralized {
			floor := p.Rounding.Prorate(policy.PerYear(policy.MustMoney(p.Centralized)), want.Months())
			if basic := r.Lines[0].Amount(); basic < floor {
				t.Fatalf("case %d: centralized line %s is below the standard's %s", i, basic, floor)
			}
		}
		if months < 12 && in.Period == (policy.Period{}) {
			m.Tekun.Months = months + 1
			more, err := assessHousehold(alone(m), p, in)
			if err != nil {
				t.Fatal(err)
			}
			if more.TotalFen() < r.TotalFen() {
				t.Fatalf("case %d: %d months pay %s, fewer than %d months' %s", i, months+1, more.Total(), months, r.Total())
			}
		}
	}
}

// TestMinimumInvariants: each minimum is the larger of its floor and the
// 60% figure, never below either; each check fails exactly when the
// adopted amount is below the figure it is checked against, which it
// carries as its bound.
func TestMinimumInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 2210))
	for i := range 3000 {
		p := randomParams(rng)
		s := money(rng, 1_000_000).Add(decimal.New(1, -2))
		ms, err := p.Minimums(s)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		exact := p.ConsumptionShare.Value.Mul(p.Consumption.Value)
		for _, m := range []tekun.Minimum{ms.Dispersed, ms.Centralized} {
			if m.Value.LessThan(m.Floor) || (m.Assessed && m.Value.LessThan(exact)) {
				t.Fatalf("case %d: %s minimum %s below its floor %s or 60%% figure %s", i, m.Mode, m.Value, m.Floor, exact)
			}
			if !m.Value.Equal(m.Floor) && !m.Value.Equal(m.Consumption) {
				t.Fatalf("case %d: %s minimum %s is neither the floor nor the 60%% figure", i, m.Mode, m.Value)
			}
		}
		cs, err := p.Checks(s)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		byName := map[string]policy.Check{}
		for _, c := range cs {
			byName[c.Name()] = c
			v, b, ok := c.Figures()
			switch {
			case ok && (c.Status() == policy.Fail) != v.LessThan(b):
				t.Fatalf("case %d: check %s is %s with value %s and bound %s", i, c.Name(), c.Status(), v, b)
			case ok && c.Status() == policy.Fail && !c.Shortfall().Equal(b.Sub(v)):
				t.Fatalf("case %d: check %s shortfall %s, want %s", i, c.Name(), c.Shortfall(), b.Sub(v))
			case !ok && c.Status() != policy.NotChecked:
				t.Fatalf("case %d: check %s is %s without figures", i, c.Name(), c.Status())
			}
		}
		expect := func(name string, below bool) {
			want := policy.Pass
			if below {
				want = policy.Fail
			}
			if got := byName[name].Status(); got != want {
				t.Fatalf("case %d: check %s = %s, want %s", i, name, got, want)
			}
		}
		expect(tekun.CheckDispersedFloor, p.Dispersed.Value.LessThan(ms.Dispersed.Floor))
		expect(tekun.CheckCentralizedFloor, p.Centralized.Value.LessThan(ms.Centralized.Floor))
		expect(tekun.CheckQuotaClass2, p.Quota.Class2.Adopted.Value.LessThan(p.Quota.Class2.Floor.Value))
		if p.Consumption.Set {
			expect(tekun.CheckDispersedConsumption, p.Dispersed.Value.LessThan(exact))
			expect(tekun.CheckCentralizedConsumption, p.Centralized.Value.LessThan(exact))
		} else if got := byName[tekun.CheckDispersedConsumption].Status(); got != policy.NotChecked {
			t.Fatalf("case %d: the 60%% test without C is %s", i, got)
		}
	}
}
