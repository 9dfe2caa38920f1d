package tekun_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
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

// randomMonth returns a random month of 2016–2018, 2017 most of the time.
func randomMonth(rng *rand.Rand) household.YearMonth {
	return household.NewYearMonth([]int{2016, 2017, 2017, 2017, 2018}[rng.IntN(5)], time.Month(1+rng.IntN(12)))
}

// randomSupport returns a random period of support: nil (the whole year) a
// quarter of the time, otherwise from a month of 2016–2018 to a later one
// or open.
func randomSupport(rng *rand.Rand) *household.MonthPeriod {
	if rng.IntN(4) == 0 {
		return nil
	}
	p := &household.MonthPeriod{From: randomMonth(rng)}
	if rng.IntN(3) > 0 {
		for p.To = randomMonth(rng); p.To.Year*12+int(p.To.Month) < p.From.Year*12+int(p.From.Month); p.To = randomMonth(rng) {
		}
	}
	return p
}

func randomMember(rng *rand.Rand) *household.Member {
	m := &household.Member{ID: "t1", BirthDate: household.NewDate(1940, 1, 1)}
	m.Tekun.Period = randomSupport(rng)
	m.Tekun.SelfCare = []household.SelfCare{household.SelfCareFull, household.SelfCarePartial, household.SelfCareNone}[rng.IntN(3)]
	m.Tekun.Incapacitated = rng.IntN(4) == 0
	m.MentalIllness = rng.IntN(6) == 0
	if rng.IntN(4) == 0 {
		m.Disability = &household.Disability{Type: []household.DisabilityType{household.Mental, household.Intellectual}[rng.IntN(2)],
			Grade: 1 + rng.IntN(4), Period: randomSupport(rng)}
	}
	if rng.IntN(2) == 0 {
		m.Tekun.Mode = household.TekunDispersed
	} else {
		m.Tekun.Mode = household.TekunCentralized
		m.Tekun.HomeID = "JLY-01"
		m.Tekun.HomeClass = []household.HomeClass{household.HomeClass1, household.HomeClass2, household.HomeClass3, household.HomeUnrated}[rng.IntN(4)]
		m.Tekun.Stay = randomStay(rng, m.Tekun.Period)
	}
	return m
}

// randomStay returns, a third of the time, a random nursing-home stay
// within the support's period p, else nil (every month of the support).
func randomStay(rng *rand.Rand, p *household.MonthPeriod) *household.MonthPeriod {
	if rng.IntN(3) > 0 {
		return nil
	}
	index := func(m household.YearMonth) int { return m.Year*12 + int(m.Month) }
	for range 20 {
		s := randomSupport(rng)
		switch {
		case s == nil:
		case p == nil:
			return s
		case index(s.From) >= index(p.From) && (p.To.IsZero() || !s.To.IsZero() && index(s.To) <= index(p.To)):
			return s
		}
	}
	return nil
}

// homeMonths returns the months of the year 2017 in which the member, in
// centralized support, lives in the home: his support's months within his
// stay (all of them without a stay).
func homeMonths(m *household.Member, support policy.Period) (policy.Period, bool) {
	if m.Tekun.Mode != household.TekunCentralized {
		return policy.Period{}, false
	}
	stay, ok := m.Tekun.Stay.In(on.Year)
	if !ok {
		return policy.Period{}, false
	}
	return support.Intersect(stay)
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

// within reports whether every month of p is in q.
func within(p, q policy.Period) bool {
	x, ok := p.Intersect(q)
	return ok && x == p.Norm()
}

// TestLineInvariants: every line is ≥ 0 with at most two places, its
// schedule over its months sums to it; a member's basic living lines
// together cover exactly the months of the assessed run that the support
// covers (its period clipped to the year), each within them, never more
// months than the support; a line is paid to the institution over months
// the member lives in the home (centralized support, within his stay) and
// to the person over the others (dispersed), never across the two; a line
// paid to the home is never below the centralized standard's share of its
// months; the decision, made in a run
// the support shares a month with, counts the support's months of the
// year, a support in no month of the year is said so once, in the run of
// the assessment date's month, and otherwise a run has no decision; the
// referrals of 2.2.2 come, with no
// amount, exactly when the person needs them and the run holds the
// assessment date's month while he is supported; SupportFen is the sum of
// the lines; and a longer support never pays less.
func TestLineInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 221))
	for i := range testrun.Count(5000, 1500) {
		p := randomParams(rng)
		m := randomMember(rng)
		in := tekun.Inputs{Period: randomPeriod(rng)}
		r, err := assessHousehold(alone(m), p, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		support, supported := m.Tekun.Period.In(on.Year)
		supportMonths := 0
		if supported {
			supportMonths = support.Months()
		}
		var want policy.Period
		covers := false
		if supported {
			want, covers = support.Intersect(in.Period)
		}
		switch {
		case covers:
			if len(r.Decisions) != 1 || r.Decisions[0].Outcome() != policy.Eligible {
				t.Fatalf("case %d: %d decisions, want one eligible", i, len(r.Decisions))
			}
			if args := r.Decisions[0].Explanation().Args(); args[len(args)-1].String() != strconv.Itoa(supportMonths) {
				t.Fatalf("case %d: the decision counts %s months, the support %d", i, args[len(args)-1], supportMonths)
			}
		case !supported && in.Period.Contains(on.Month): // no month of the year: said in the date's run
			if len(r.Decisions) != 1 || r.Decisions[0].Outcome() != policy.Ineligible ||
				r.Decisions[0].Explanation().Formula().ID != "tekun.not-this-year" {
				t.Fatalf("case %d: %d decisions, want one that he is not supported this year", i, len(r.Decisions))
			}
		case len(r.Decisions) != 0:
			t.Fatalf("case %d: %d decisions in a run the support covers no month of", i, len(r.Decisions))
		}
		if !covers && len(r.Lines)+len(r.Findings) > 0 {
			t.Fatalf("case %d: lines or findings outside the months of support", i)
		}
		home, inHome := homeMonths(m, support)
		monthsOf := map[policy.Item]int{}
		basicMonths := 0
		var sum policy.Money
		var referred []policy.Item
		for _, l := range r.Lines {
			sum += l.Amount()
			if a := l.Annual(); a.IsNegative() || !a.Round(2).Equal(a) {
				t.Fatalf("case %d: line %s = %s is negative or over-precise", i, l.Item(), a)
			}
			if l.Payer() != policy.CivilAffairsFund || l.Member() != "t1" {
				t.Fatalf("case %d: line %s paid by %s for %q", i, l.Item(), l.Payer(), l.Member())
			}
			if l.Form() == policy.Referral {
				referred = append(referred, l.Item())
				if l.Amount() != 0 || l.Period() != policy.Month(on.Month) || l.Payee() != policy.PayMember || l.Service() == "" {
					t.Fatalf("case %d: referral %s of %s over %v to %s, service %q", i, l.Item(), l.Annual(), l.Period(), l.Payee(), l.Service())
				}
				continue
			}
			monthsOf[l.Item()] += l.Months()
			if l.Item() != tekun.ItemCare {
				basicMonths += l.Months()
			}
			if !within(l.Period(), want) || !within(l.Period(), support) || !l.Schedule().Total().Equal(l.Annual()) {
				t.Fatalf("case %d: line %s over %v, schedule total %s, want within %v and the support %v summing to %s",
					i, l.Item(), l.Period(), l.Schedule().Total(), want, support, l.Annual())
			}
			_, overlaps := l.Period().Intersect(home)
			atHome := inHome && within(l.Period(), home)
			if wantPayee := map[bool]policy.Payee{false: policy.PayMember, true: policy.PayInstitution}[atHome]; l.Payee() != wantPayee ||
				inHome && overlaps && !atHome {
				t.Fatalf("case %d: line %s over %v paid to %s; in the home %v (%v)", i, l.Item(), l.Period(), l.Payee(), home, inHome)
			}
			if atHome {
				floor := p.Rounding.Prorate(policy.PerYear(policy.ParamMoney(p.Centralized)), l.Months())
				if l.Item() != tekun.ItemCare && l.Amount() < floor {
					t.Fatalf("case %d: line %s paid to the home, %s, is below the centralized standard's %s", i, l.Item(), l.Amount(), floor)
				}
			}
			if name, dup := duplicateArg(l); dup {
				t.Fatalf("case %d: line %s names two operands %q", i, l.Item(), name)
			}
		}
		for item, k := range monthsOf {
			if k > supportMonths {
				t.Fatalf("case %d: the %s lines cover %d months, the support %d", i, item, k, supportMonths)
			}
		}
		if sum != r.SupportFen() || !r.Support().Equal(sum.Decimal()) {
			t.Fatalf("case %d: SupportFen %s, the lines sum to %s", i, r.SupportFen(), sum)
		}
		var wantReferred []policy.Item
		if supported && support.Contains(on.Month) && in.Period.Contains(on.Month) {
			if m.Tekun.SelfCare == household.SelfCareNone || m.Tekun.Incapacitated {
				wantReferred = append(wantReferred, tekun.ItemReferNursing)
			}
			cert := false
			if c := m.Disability; c != nil && c.Type == household.Mental {
				valid, ok := c.Period.In(on.Year)
				cert = ok && valid.Contains(on.Month)
			}
			if cert || m.MentalIllness {
				wantReferred = append(wantReferred, tekun.ItemReferPsychiatric)
			}
		}
		if !slices.Equal(referred, wantReferred) {
			t.Fatalf("case %d: referrals %v, want %v", i, referred, wantReferred)
		}
		if !covers {
			continue
		}
		if basicMonths != want.Months() && (p.Dispersed.Value.IsPositive() || !inHome) {
			t.Fatalf("case %d: the basic lines cover %d months, the run's support %v", i, basicMonths, want)
		}
		if m.Tekun.Period != nil && !m.Tekun.Period.To.IsZero() && support.To < time.December {
			longer := *m.Tekun.Period
			longer.To = household.NewYearMonth(on.Year, support.To+1)
			m.Tekun.Period = &longer
			more, err := assessHousehold(alone(m), p, in)
			if err != nil {
				t.Fatal(err)
			}
			if more.TotalFen() < r.TotalFen() {
				t.Fatalf("case %d: support to %v pays %s, less than to %v, %s", i, longer.To, more.Total(), support.To, r.Total())
			}
		}
	}
}

// TestSplitYear: a year assessed in two runs, the runs' outcomes put
// together by policy.Assessment.AppendRun as benefit does, has the lines
// of the year assessed at once (a line continuing unchanged into the next
// run is one line), and the runs' SupportFen differ from the year's by at
// most a unit per line, the rounding of each run.
func TestSplitYear(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 2212))
	for i := range testrun.Count(3000, 1000) {
		p := randomParams(rng)
		a, err := tekun.New(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := alone(randomMember(rng)).Check(on)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := a.Assess(c, tekun.Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		k := time.Month(1 + rng.IntN(11))
		first, second := policy.Period{From: time.January, To: k}, policy.Period{From: k + 1, To: time.December}
		var merged policy.Assessment
		var support policy.Money
		for _, run := range []policy.Period{first, second} {
			r, err := a.Assess(c, tekun.Inputs{Period: run})
			if err != nil {
				t.Fatal(err)
			}
			merged.AppendRun(&r.Assessment, run)
			support += r.SupportFen()
		}
		if got, want := linesJSON(merged.Lines), linesJSON(whole.Lines); got != want {
			t.Fatalf("case %d, split after month %d:\nruns:\n%s\nyear:\n%s", i, k, got, want)
		}
		unit := policy.Money(1)
		for range 2 - p.Rounding.Places {
			unit *= 10
		}
		if d := support - whole.SupportFen(); d < -unit*policy.Money(len(whole.Lines)) || d > unit*policy.Money(len(whole.Lines)) {
			t.Fatalf("case %d: runs' support %s, the year's %s", i, support, whole.SupportFen())
		}
	}
}

// linesJSON writes lines as JSON, one a line.
func linesJSON(ls []policy.Line) string {
	var b []byte
	for _, l := range ls {
		b = append(l.AppendJSON(b), '\n')
	}
	return string(b)
}

// TestMinimumInvariants: each minimum is the larger of its floor and the
// 60% figure, never below either; each check fails exactly when the
// adopted amount is below the figure it is checked against, which it
// carries as its bound.
func TestMinimumInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 2210))
	for i := range testrun.Count(3000, 1000) {
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

// duplicateArg reports an operand name a line's explanation gives twice, as
// the JSON lists them (a nested explanation's own operands are inside it):
// a part-year line's months part adds "months", "from" and "to" to the
// rule's own, so a rule's operand of one of those names would be ambiguous.
func duplicateArg(l policy.Line) (string, bool) {
	var x struct {
		Explanation struct {
			Args []struct{ Name string }
		}
	}
	if err := json.Unmarshal(l.AppendJSON(nil), &x); err != nil {
		return err.Error(), true
	}
	seen := map[string]bool{}
	for _, a := range x.Explanation.Args {
		if seen[a.Name] {
			return a.Name, true
		}
		seen[a.Name] = true
	}
	return "", false
}
