package benefit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
	"github.com/safetynet-go/safetynet/temporary"
)

// The properties below hold for every household of a synthetic county
// (package synthetic): 100,000 records, 1,000 unless SAFETYNET_LONG is set (200 under -race). Record i is a pure
// function of the seed and i, so a failure names its index and prints the
// record, and the same command reproduces it.
const (
	countySeed  = 201743 // 东政办〔2017〕43号
	countyFull  = 100_000
	countyShort = 1_000
	// maxReports bounds the failures a property reports before it stops.
	maxReports = 5
)

// propCounty generates the records the properties run over, valid on the
// tables' assessment date.
var propCounty = synthetic.New(synthetic.Config{Seed: countySeed, Households: countyFull, Date: on})

// countySize is how many of the county's records a property runs over.
func countySize() int {
	if !testrun.Long() {
		return testrun.Scaled(countyShort, 5)
	}
	return countyFull
}

// overCounty calls check for record i of the county, for every i, in
// goroutines that share one Assessor (so -race checks that it is safe for
// concurrent use). check gets a new record it may change and returns ""
// when the property holds, else what is wrong. The first few failures are
// reported with the record's index and JSON; the run stops after them.
func overCounty(t *testing.T, check func(a *benefit.Assessor, i int, h *household.Household) string) {
	t.Helper()
	overCountyWith(t, assessor(t), countySize(), check)
}

// overCountyWith is overCounty with the Assessor a, over the first n
// records.
func overCountyWith(t *testing.T, a *benefit.Assessor, n int, check func(a *benefit.Assessor, i int, h *household.Household) string) {
	t.Helper()
	overRecords(t, propCounty, n, func(i int, h *household.Household) string { return check(a, i, h) })
}

// overRecords is overCountyWith over the first n records of the county g
// (of seed countySeed), each handed to check alone.
func overRecords(t *testing.T, g *synthetic.Generator, n int, check func(i int, h *household.Household) string) {
	t.Helper()
	workers := max(runtime.GOMAXPROCS(0), 2)
	const chunk = 64
	var (
		next    atomic.Int64
		reports atomic.Int32
		mu      sync.Mutex
		wg      sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for reports.Load() < maxReports {
				start := int(next.Add(chunk)) - chunk
				if start >= n {
					return
				}
				for i := start; i < min(start+chunk, n); i++ {
					msg := check(i, g.Household(i))
					if msg == "" {
						continue
					}
					if reports.Add(1) > maxReports {
						return
					}
					rec, err := json.Marshal(g.Household(i))
					if err != nil {
						rec = []byte(err.Error())
					}
					mu.Lock()
					t.Errorf("household %d of synth seed %d: %s\nrecord: %s", i, countySeed, msg, rec)
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
}

// assessed assesses h as of the tables' date.
func assessed(a *benefit.Assessor, h *household.Household) (*benefit.Breakdown, string) {
	b, err := a.Assess(h, on)
	if err != nil {
		return nil, "Assess: " + err.Error()
	}
	return b, ""
}

// withRaise adds raise to the member's first wages entry, or adds a wages
// entry of raise when the member has none, and says which it did.
func withRaise(m *household.Member, raise decimal.Decimal) string {
	for k := range m.Incomes {
		if m.Incomes[k].Category == household.Wages {
			m.Incomes[k].Amount = m.Incomes[k].Amount.Add(raise)
			return fmt.Sprintf("incomes[%d] (wages) + %s", k, raise.StringFixed(2))
		}
	}
	m.Incomes = append(m.Incomes, household.Income{Category: household.Wages, Amount: raise})
	return "a new wages entry of " + raise.StringFixed(2)
}

// TestPropertyLowIncomeMonotone: raising one member's counted income —
// by 0.01 and by 500.00, on a wages entry or a new one — never raises the
// household's 低保 total (2.1.2 补差 S×n − I and the A/B uplift, 2.2.3
// children, 2.1.2 exit review; 2.1.3 counting). It holds for every
// household: applicants and recipients, above and below the line, 特困
// members and all.
func TestPropertyLowIncomeMonotone(t *testing.T) {
	raises := []decimal.Decimal{decimal.RequireFromString("0.01"), decimal.RequireFromString("500.00")}
	var paid, fell atomic.Int64
	defer func() {
		t.Logf("%d households with a 低保 total, %d of them lower after a raise", paid.Load(), fell.Load())
	}()
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		before, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		was := before.Total(policy.LowIncome)
		if was.IsPositive() {
			paid.Add(1)
		}
		lower := false
		rng := rand.New(rand.NewPCG(countySeed, uint64(i)))
		j := rng.IntN(len(h.Members))
		for _, raise := range raises {
			h := propCounty.Household(i)
			what := withRaise(&h.Members[j], raise)
			after, msg := assessed(a, h)
			if msg != "" {
				return msg
			}
			now := after.Total(policy.LowIncome)
			exactBefore, okB := exactLowIncome(before)
			exactAfter, okA := exactLowIncome(after)
			if okB && okA && exactAfter > exactBefore {
				return fmt.Sprintf("members[%d] (%s): %s raised the 低保 lines' exact amounts", j, h.Members[j].ID, what)
			}
			if allow := lowIncomeRoundings(before, after); now.GreaterThan(was.Add(allow)) {
				return fmt.Sprintf("members[%d] (%s): %s raised the 低保 total from %s to %s (allowed %s)",
					j, h.Members[j].ID, what, was.StringFixed(2), now.StringFixed(2), allow)
			} else if now.LessThan(was) && !lower {
				lower = true
				fell.Add(1)
			}
		}
		return ""
	})
}

// withClaimsTripled gives every member with claims two more copies of
// each (ids suffixed "-2", "-3"), so that members reach the annual cap.
func withClaimsTripled(h *household.Household) {
	for j := range h.Members {
		m := &h.Members[j]
		cs := make([]household.Claim, 0, 3*len(m.Claims))
		cs = append(cs, m.Claims...)
		for _, suffix := range []string{"-2", "-3"} {
			for _, c := range m.Claims {
				c.ID += suffix
				cs = append(cs, c)
			}
		}
		m.Claims = cs
	}
}

// hasClaims reports whether a member of h has an inpatient claim.
func hasClaims(h *household.Household) bool {
	for _, m := range h.Members {
		if len(m.Claims) > 0 {
			return true
		}
	}
	return false
}

// claimAid returns the medical aid on claims (inpatient, child-disease
// and second-aid lines) per member.
func claimAid(b *benefit.Breakdown) map[string]decimal.Decimal {
	aid := map[string]decimal.Decimal{}
	for _, l := range b.Lines {
		if l.Programme() != policy.Medical {
			continue
		}
		switch l.Item() {
		case medical.ItemInpatient, medical.ItemChildDisease, medical.ItemSecondAid:
			aid[l.Member()] = aid[l.Member()].Add(l.Annual())
		}
	}
	return aid
}

// annualCap returns the medical annual cap of the set in force on the
// tables' date, and checks that it is 20000.00 for every group (2.3.4: a
// per-group parameter, 20000 each by default).
func annualCap(t *testing.T) decimal.Decimal {
	t.Helper()
	p, err := assessor(t).Params(on)
	if err != nil {
		t.Fatal(err)
	}
	m := &p.Medical
	for _, terms := range []medical.Terms{m.Tekun, m.LowIncome, m.RegisteredPoor, m.Extended, m.ChildInDifficulty} {
		if c := terms.Cap; c.Value.StringFixed(2) != "20000.00" {
			t.Fatalf("%s = %s, want 20000.00", c.Name, c.Value)
		}
	}
	return m.LowIncome.Cap.Value
}

// TestPropertyMedicalAidBounded: a member's medical aid on claims
// (inpatient, child-disease and second-aid lines together) is never more
// than the remaining compliant out-of-pocket of the member's claims
// (compliant cost − NCMS, critical-illness, supplementary and guaranteed
// payments) nor more than what the annual cap of 20000.00 leaves after the
// aid already paid this year (2.3.4). Every household with claims is
// checked as it is and with each claim tripled, which takes many members to
// the cap.
func TestPropertyMedicalAidBounded(t *testing.T) {
	capV := annualCap(t)
	var claimants, capped atomic.Int64
	defer func() {
		t.Logf("%d members with claims checked (as recorded and with claims tripled), %d of them at the cap", claimants.Load(), capped.Load())
	}()
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		if !hasClaims(h) {
			return ""
		}
		for _, tripled := range []bool{false, true} {
			if tripled {
				h = propCounty.Household(i)
				withClaimsTripled(h)
			}
			b, msg := assessed(a, h)
			if msg != "" {
				return msg
			}
			aid := claimAid(b)
			for id, v := range aid {
				if _, ok := h.Member(id); !ok {
					return fmt.Sprintf("medical aid %s on claims for %q, not a member", v.StringFixed(2), id)
				}
			}
			for j, m := range h.Members {
				got := aid[m.ID]
				remaining := decimal.Zero
				for _, c := range m.Claims {
					remaining = remaining.Add(decimal.Max(decimal.Zero, c.CompliantCost.Sub(c.InsurancePaid())))
				}
				room := decimal.Max(decimal.Zero, capV.Sub(m.MedicalAidPaid).Sub(m.SecondAidPaid))
				if len(m.Claims) > 0 {
					claimants.Add(1)
					if got.Equal(room) {
						capped.Add(1)
					}
				}
				switch {
				case got.IsNegative():
					return fmt.Sprintf("members[%d] (tripled claims: %t): medical aid %s is negative", j, tripled, got)
				case got.GreaterThan(remaining):
					return fmt.Sprintf("members[%d] (tripled claims: %t): medical aid %s is above the remaining out-of-pocket %s",
						j, tripled, got.StringFixed(2), remaining.StringFixed(2))
				case got.GreaterThan(room):
					return fmt.Sprintf("members[%d] (tripled claims: %t): medical aid %s is above the cap %s less %s already paid",
						j, tripled, got.StringFixed(2), capV.StringFixed(2), m.MedicalAidPaid.Add(m.SecondAidPaid).StringFixed(2))
				}
			}
		}
		return ""
	})
}

// TestPropertyClaimOrder: the order a member's claims are handed in does
// not change the member's medical aid (2.3.4: claims are taken in
// admission order, so the annual cap is never exceeded and falls on the
// same claims whatever the order). Every household with claims, as it is
// and with each claim tripled, is assessed with each member's claims
// shuffled three times.
func TestPropertyClaimOrder(t *testing.T) {
	var shuffled atomic.Int64
	defer func() { t.Logf("%d households with claims, each assessed in 2 × 3 shuffled orders", shuffled.Load()) }()
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		if !hasClaims(h) {
			return ""
		}
		shuffled.Add(1)
		rng := rand.New(rand.NewPCG(countySeed, uint64(i)))
		for _, tripled := range []bool{false, true} {
			fresh := func() *household.Household {
				h := propCounty.Household(i)
				if tripled {
					withClaimsTripled(h)
				}
				return h
			}
			b, msg := assessed(a, fresh())
			if msg != "" {
				return msg
			}
			want := claimAid(b)
			for shuffle := range 3 {
				h := fresh()
				for j := range h.Members {
					cs := h.Members[j].Claims
					rng.Shuffle(len(cs), func(x, y int) { cs[x], cs[y] = cs[y], cs[x] })
				}
				b, msg := assessed(a, h)
				if msg != "" {
					return msg
				}
				got := claimAid(b)
				if !cmp.Equal(want, got, sameValues) {
					order := map[string][]string{}
					for _, m := range h.Members {
						for _, c := range m.Claims {
							order[m.ID] = append(order[m.ID], c.ID)
						}
					}
					return fmt.Sprintf("shuffle %d (tripled claims: %t), claims in the order %v: aid per member (-in order +shuffled):\n%s",
						shuffle, tripled, order, cmp.Diff(want, got, sameValues))
				}
			}
		}
		return ""
	})
}

// TestPropertyScheduleAndTotals: every line's annual amount is ≥ 0 with at
// most two places and, for a line that is not a lump sum, equals the sum
// of its monthly schedule (section 0); every total equals the sum of its
// lines (section 3): breakdownProblem, as checkTotals.
func TestPropertyScheduleAndTotals(t *testing.T) {
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		b, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		return breakdownProblem(b)
	})
}

// sameBreakdown reports whether x and y say the same: their JSON, which
// holds every line, decision, finding, check and total, is the same.
func sameBreakdown(x, y *benefit.Breakdown) bool {
	return bytes.Equal(x.AppendJSON(nil), y.AppendJSON(nil))
}

// breakdownDiff shows how two breakdowns differ, as JSON.
func breakdownDiff(x, y *benefit.Breakdown) string {
	return cmp.Diff(string(x.AppendJSON(nil)), string(y.AppendJSON(nil)))
}

// TestPropertyDeterministic: assessing the same record twice gives equal
// breakdowns (section 3: the breakdown is a function of the record, the
// date and the parameter set). Every record is assessed twice in one
// goroutine while other goroutines assess other records on the same
// Assessor; every 50th is also assessed by four goroutines at once, all
// reading the one record.
func TestPropertyDeterministic(t *testing.T) {
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		first, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		second, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		if !sameBreakdown(first, second) {
			return "assessed twice (-first +second):\n" + breakdownDiff(first, second)
		}
		if i%50 != 0 {
			return ""
		}
		var (
			wg   sync.WaitGroup
			bs   [4]*benefit.Breakdown
			msgs [4]string
		)
		for g := range bs {
			wg.Go(func() { bs[g], msgs[g] = assessed(a, h) })
		}
		wg.Wait()
		for g := range bs {
			if msgs[g] != "" {
				return msgs[g]
			}
			if !sameBreakdown(first, bs[g]) {
				return fmt.Sprintf("assessed at once by goroutine %d (-first +concurrent):\n%s", g, breakdownDiff(first, bs[g]))
			}
		}
		return ""
	})
}

// withEvent adds a hardship event of a random type, date, cost and aid
// received to h (its id "aug1"), so that more households have events, of
// every type.
func withEvent(h *household.Household, rng *rand.Rand) {
	types := household.HardshipTypes()
	jan1 := time.Date(on.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(on.Year, on.Month, on.Day, 0, 0, 0, 0, time.UTC).Sub(jan1).Hours() / 24)
	d := jan1.AddDate(0, 0, rng.IntN(days+1))
	cost := decimal.New(1+rng.Int64N(6_000_000), -2)
	e := household.Hardship{ID: "aug1", Type: types[rng.IntN(len(types))],
		Date: household.NewDate(d.Year(), d.Month(), d.Day()), Cost: cost}
	switch rng.IntN(3) {
	case 1:
		e.Insurance = decimal.New(rng.Int64N(cost.CoefficientInt64()+1), -2)
	case 2:
		e.OtherAid = decimal.New(rng.Int64N(cost.CoefficientInt64()+1), -2)
	}
	h.Hardships = append(h.Hardships, e)
}

// TestPropertyTemporaryAidBounded: the temporary aid paid for a hardship
// event is never more than its maximum, the type's multiple × S/12
// rounded once (with S = 3622.00, e.g. a fire 10 × 3622.00/12 = 3018.33),
// nor more than its shortfall, the cost less what insurance, compensation
// and other aid paid (2.4.1). Every household with an event is checked,
// and every tenth household with one more event of a random type.
func TestPropertyTemporaryAidBounded(t *testing.T) {
	p, err := assessor(t).Params(on)
	if err != nil {
		t.Fatal(err)
	}
	s := policy.ParamMoney(p.LowIncome.Standard)
	maximum := func(ht household.HardshipType) decimal.Decimal {
		k := policy.ParamRatio(p.Temporary.Multiple[ht])
		return p.Rounding.Round(policy.PerYear(s).Times(k).Div(12)).Decimal()
	}
	if got := maximum(household.Fire).StringFixed(2); got != "3018.33" {
		t.Fatalf("maximum(fire) = %s, want 3018.33 (worked example 8)", got)
	}
	var aided, atMax atomic.Int64
	defer func() { t.Logf("%d events aided, %d of them at the maximum", aided.Load(), atMax.Load()) }()
	overCounty(t, func(a *benefit.Assessor, i int, h *household.Household) string {
		if i%10 == 0 {
			withEvent(h, rand.New(rand.NewPCG(countySeed, uint64(i))))
		}
		if len(h.Hardships) == 0 {
			return ""
		}
		b, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		for k, l := range b.Lines {
			if l.Programme() != policy.Temporary || l.Item() != temporary.ItemEmergency && l.Item() != temporary.ItemExpenditure {
				continue
			}
			var e *household.Hardship
			for x := range h.Hardships {
				if label := h.Hardships[x].ID; label == l.ID() || label == "" && fmt.Sprintf("hardships[%d]", x) == l.ID() {
					e = &h.Hardships[x]
				}
			}
			if e == nil {
				return fmt.Sprintf("lines[%d] temporary/%s %s names no event of the record", k, l.Item(), l.Annual())
			}
			shortfall := decimal.Max(decimal.Zero, e.Cost.Sub(e.Received()))
			aided.Add(1)
			if l.Annual().Equal(maximum(e.Type)) {
				atMax.Add(1)
			}
			switch m := maximum(e.Type); {
			case l.Annual().IsNegative():
				return fmt.Sprintf("event %s: aid %s is negative", e.ID, l.Annual())
			case l.Annual().GreaterThan(m):
				return fmt.Sprintf("event %s (%s): aid %s is above the maximum %s", e.ID, e.Type, l.Annual().StringFixed(2), m.StringFixed(2))
			case l.Annual().GreaterThan(shortfall):
				return fmt.Sprintf("event %s (%s): aid %s is above the shortfall %s", e.ID, e.Type, l.Annual().StringFixed(2), shortfall.StringFixed(2))
			}
		}
		return ""
	})
}

// exactLowIncome returns Σ R × k over the 低保 lines (R the exact annual
// rate, k the line's months), scaled by 10000 × 2520 so that it is whole
// fen (every 低保 rate is fen over a divisor of 10000 × n); false when a
// rate does not fit (n > 10).
func exactLowIncome(b *benefit.Breakdown) (policy.Money, bool) {
	const scale = 2520 * 10000
	var sum policy.Money
	for l := range b.LinesOf(policy.Select{Programme: policy.LowIncome}) {
		q, ok := l.Rate().Times(policy.Ratio(scale) * policy.One).Exact()
		if !ok {
			return 0, false
		}
		sum += q * policy.Money(l.Months())
	}
	return sum, true
}

// lowIncomeRoundings returns what a raise may add to the 低保 total by
// rounding alone: nothing when every 低保 line covers the whole year (the
// base S×n − I is exact), else 0.01 per run of months with its own base
// line (section 0: the base and the children's shared total of a part-year
// run are rounded once each, so together they can gain a fen).
func lowIncomeRoundings(before, after *benefit.Breakdown) decimal.Decimal {
	runs := 0
	whole := true
	for _, b := range []*benefit.Breakdown{before, after} {
		n := 0
		for l := range b.LinesOf(policy.Select{Programme: policy.LowIncome}) {
			whole = whole && l.Months() == 12
			if l.Item() == "base" {
				n++
			}
		}
		runs = max(runs, n)
	}
	if whole {
		return decimal.Zero
	}
	return decimal.New(int64(runs), -2)
}
