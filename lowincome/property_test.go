package lowincome_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
)

// randomHousehold returns an invented household of 1–10 members with
// random classes, children, 特困 members, incomes and current status.
func randomHousehold(rng *rand.Rand) *household.Household {
	n := 1 + rng.IntN(10)
	h := &household.Household{ID: "H-RANDOM", Township: "T", RegisteredPoor: rng.IntN(2) == 0}
	classes := []household.Class{"", household.ClassA, household.ClassB, household.ClassC}
	for i := range n {
		m := household.Member{ID: "m" + string(rune('a'+i)), BirthDate: household.NewDate(1950+rng.IntN(66), 1+rngMonth(rng), 1)}
		m.Class = classes[rng.IntN(len(classes))]
		if m.BirthDate.AgeOn(on) < 18 && rng.IntN(3) == 0 {
			m.Child = household.ChildInDifficulty
		}
		if rng.IntN(8) == 0 {
			m.Tekun.Mode = household.TekunDispersed
		}
		if rng.IntN(2) == 0 {
			m.Incomes = []household.Income{{Category: household.Wages, Amount: decimal.New(rng.Int64N(800000), -2)}}
		}
		h.Members = append(h.Members, m)
	}
	h.Current.LowIncome = rng.IntN(2) == 0
	h.Current.RiseStable = rng.IntN(2) == 0
	return h
}

func rngMonth(rng *rand.Rand) time.Month { return time.Month(rng.IntN(12)) }

// TestIncomeMonotone: raising any member's counted income never raises
// the household's 低保 total (2.1.2), whatever the switches.
func TestIncomeMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	params := []*lowincome.Params{lowincome.Default2017()}
	for _, base := range []lowincome.UpliftBase{lowincome.BaseStandard, lowincome.BaseShare} {
		for _, mode := range []lowincome.ChildMode{lowincome.ChildInHousehold, lowincome.ChildIndividual} {
			p := lowincome.Default2017()
			p.UpliftBase.Value, p.ChildMode.Value = base, mode
			params = append(params, p)
		}
	}
	var assessors []*lowincome.Assessor
	for _, p := range params {
		as, err := lowincome.New(p)
		if err != nil {
			t.Fatal(err)
		}
		assessors = append(assessors, as)
	}
	assessOn := func(as *lowincome.Assessor, h *household.Household) (lowincome.Result, error) {
		c, err := h.Check(on)
		if err != nil {
			return lowincome.Result{}, err
		}
		return as.Assess(c, lowincome.Inputs{})
	}
	for i := range 3000 {
		h := randomHousehold(rng)
		as := assessors[i%len(assessors)]
		before, err := assessOn(as, h)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		j := rng.IntN(len(h.Members))
		raise := decimal.New(1+rng.Int64N(500000), -2)
		h.Members[j].Incomes = append(h.Members[j].Incomes, household.Income{Category: household.Agriculture, Amount: raise})
		after, err := assessOn(as, h)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if after.TotalFen() > before.TotalFen() {
			t.Fatalf("case %d: raising members[%d]'s income by %s raised the total from %s to %s",
				i, j, raise, before.Total().StringFixed(2), after.Total().StringFixed(2))
		}
		for _, l := range after.Lines {
			a := l.Annual()
			if a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("case %d: line %s = %s is negative or over-precise", i, l.Item(), a)
			}
			if !l.Schedule().Total().Equal(a) {
				t.Fatalf("case %d: line %s schedule sums to %s, not %s", i, l.Item(), l.Schedule().Total(), a)
			}
		}
	}
}
