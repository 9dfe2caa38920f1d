package benefit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

// The properties of a year assessed in several runs (section 0: each
// period is assessed under its own parameters; a line goes on unchanged
// from one run into the next as one line), over the synthetic county and
// under sets loaded two or three to a year: the built-in 2017 set, and
// from some month the July set's values (S = 3912.00, set-2017-07.json),
// the illustrative reform's (S = 3912.00, the A uplift 40%,
// reform-s3912-a40.json), or the 2017 values again: as they are
// (sameSetFromJuly: every programme's runs one), with the scholarship rule
// confirmed (the 低保 runs split, their lines joined again), with every
// parameter's source another (every programme's runs split and joined
// again), or with a child in difficulty paid S individually (2.2.3, the
// child_mode switch's other value). No value is invented: each is a test
// set's, re-dated.

// setKind is the values a set after January carries.
type setKind uint8

const (
	kindNone       setKind = iota // no set (a second set left out)
	kindSame                      // the built-in 2017 values again
	kindRaised                    // set-2017-07.json's: S = 3912.00
	kindReform                    // reform-s3912-a40.json's: S = 3912.00, A uplift 40%
	kindConfirmed                 // the 2017 values, the scholarship rule confirmed by the county (setsNamed's 2017-07-confirmed)
	kindReissued                  // the 2017 values, every parameter's source another
	kindIndividual                // the 2017 values, a child in difficulty paid S individually (2.2.3: the switch's other value)
	setKinds       = 7
)

func (k setKind) String() string {
	return [...]string{"none", "same", "raised", "reform", "confirmed", "reissued", "individual"}[k]
}

// setsConfig is a year's sets: the built-in 2017 set from January, a set
// of kind first from month from1, and, unless second is kindNone, a set of
// kind second from month from2 (not from1); with individual, every set
// pays a child in difficulty S individually (lowincome.child_mode).
type setsConfig struct {
	first, second setKind
	from1, from2  time.Month
	individual    bool
}

// configs is how many setsConfig configOf tells apart.
const configs = (setKinds - 1) * 11 * setKinds * 11 * 2

// configOf returns the configuration numbered n (any n ≥ 0: taken modulo
// configs), the second set left out when it would start with the first.
func configOf(n int) setsConfig {
	n %= configs
	c := setsConfig{individual: n%2 == 1}
	n /= 2
	c.first = 1 + setKind(n%(setKinds-1))
	n /= setKinds - 1
	c.from1 = time.Month(2 + n%11)
	n /= 11
	c.second = setKind(n % setKinds)
	n /= setKinds
	c.from2 = time.Month(2 + n%11)
	if c.from2 == c.from1 {
		c.second = kindNone
	}
	if c.second == kindNone {
		c.from2 = 0
	}
	return c
}

// number returns the number configOf takes to c.
func (c setsConfig) number() int {
	from2 := c.from2
	if c.second == kindNone {
		from2 = c.from1 // from2 is any month; the second set is left out
	}
	n := int(c.first-1) + (setKinds-1)*(int(c.from1-2)+11*(int(c.second)+setKinds*int(from2-2)))
	if c.individual {
		return 2*n + 1
	}
	return 2 * n
}

func (c setsConfig) String() string {
	s := fmt.Sprintf("2017+%s-from-%02d", c.first, c.from1)
	if c.individual {
		s = "individual:" + s
	}
	if c.second != kindNone {
		s += fmt.Sprintf("+%s-from-%02d", c.second, c.from2)
	}
	return s
}

// setOf returns a set of kind k in force from month m of 2017, read from
// its test file or made from the built-in set. It calls t.Fatal, so it
// runs on the test's own goroutine (newSetsAssessors).
func setOf(t testing.TB, k setKind, m time.Month) *benefit.Params {
	t.Helper()
	var p *benefit.Params
	switch k {
	case kindSame:
		p = sameSetFromJuly()
	case kindRaised:
		p = testSet(t, "set-2017-07.json")
	case kindReform:
		p = testSet(t, "reform-s3912-a40.json")
	case kindIndividual:
		p = sameSetFromJuly()
		p.LowIncome.ChildMode.Value = lowincome.ChildIndividual
	case kindConfirmed:
		p = setsNamed(t, []string{"2017-07-confirmed"})[0]
	case kindReissued:
		js, err := benefit.Default2017().Marshal()
		if err != nil {
			t.Fatal(err)
		}
		js = bytes.ReplaceAll(js, []byte(`"source": "`), []byte(`"source": "重发（数值不变）/ reissued (no value changed): `))
		if p, err = benefit.Unmarshal(js); err != nil {
			t.Fatalf("the 2017 set reissued: %v", err)
		}
		if !strings.Contains(p.LowIncome.Standard.Source, "reissued") {
			t.Fatalf("the 2017 set reissued keeps the source %q", p.LowIncome.Standard.Source)
		}
	default:
		t.Fatalf("no set of kind %d", k)
	}
	p.From = household.NewDate(2017, m, 1)
	p.Name = fmt.Sprintf("%s from %d", k, m)
	return p
}

// setsAssessors builds the Assessor of each configuration once, when
// first asked for, and keeps it. Each kind of set is read once, by
// newSetsAssessors on the test's goroutine; of and wholeYear only re-date
// copies and call benefit.New, and report a failure as an error, so that
// property workers may call them.
type setsAssessors struct {
	kinds [setKinds]*benefit.Params // each kind from July; kinds[kindNone] is nil
	whole [2]*benefit.Assessor      // the built-in set alone, and with child_mode individual
	mu    sync.Mutex
	as    map[setsConfig]*benefit.Assessor
}

// newSetsAssessors reads every kind of set and builds the two whole-year
// Assessors.
func newSetsAssessors(t testing.TB) *setsAssessors {
	t.Helper()
	s := &setsAssessors{as: map[setsConfig]*benefit.Assessor{}}
	for k := kindSame; k < setKinds; k++ {
		s.kinds[k] = setOf(t, k, time.July)
	}
	for i := range s.whole {
		p := benefit.Default2017()
		if i == 1 {
			p.LowIncome.ChildMode.Value = lowincome.ChildIndividual
		}
		a, err := benefit.New(p)
		if err != nil {
			t.Fatal(err)
		}
		s.whole[i] = a
	}
	return s
}

// set returns a copy of the set of kind k, in force from month m.
func (s *setsAssessors) set(k setKind, m time.Month) *benefit.Params {
	p := *s.kinds[k]
	p.From = household.NewDate(2017, m, 1)
	p.Name = fmt.Sprintf("%s from %d", k, m)
	return &p
}

// of returns the Assessor of configuration c.
func (s *setsAssessors) of(c setsConfig) (*benefit.Assessor, error) {
	s.mu.Lock()
	a, ok := s.as[c]
	s.mu.Unlock()
	if ok {
		return a, nil
	}
	sets := []*benefit.Params{benefit.Default2017(), s.set(c.first, c.from1)}
	if c.second != kindNone {
		sets = append(sets, s.set(c.second, c.from2))
	}
	if c.individual {
		for _, p := range sets {
			p.LowIncome.ChildMode.Value = lowincome.ChildIndividual
		}
	}
	a, err := benefit.New(sets...)
	if err != nil {
		return nil, fmt.Errorf("New(%s): %w", c, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.as[c]; ok { // another worker built it meanwhile
		return b, nil
	}
	s.as[c] = a
	return a, nil
}

// joinProblems joins the problems the checks found, one a line, "" when
// none did.
func joinProblems(checks []string) string {
	var msgs []string
	for _, msg := range checks {
		if msg != "" {
			msgs = append(msgs, msg)
		}
	}
	return strings.Join(msgs, "\n")
}

// readBackProblem checks that the JSON of b reads back to the same
// breakdown, and returns what is wrong, or "".
func readBackProblem(b *benefit.Breakdown) string {
	back, js, err := roundTrip(b)
	if err != nil {
		return fmt.Sprintf("%v\n%s", err, js)
	}
	if !sameBreakdown(b, back) {
		return "the breakdown's JSON reads back to another breakdown (-written +read):\n" + breakdownDiff(b, back)
	}
	return ""
}

// audited reports whether a finding of kind k of programme p is the audit
// of a line against what is paid now (2.1.2–2.1.3, 2.2.4).
func audited(p policy.Programme, k policy.FindingKind) bool {
	switch k {
	case policy.Underpayment, policy.Overpayment:
		return p == policy.LowIncome || p == policy.Disability
	case policy.Unclaimed:
		return p == policy.Disability
	}
	return false
}

// paidNow returns the monthly amount household h records as paid now
// under programme p, item and member: the sum of its payments.
func paidNow(h *household.Household, p policy.Programme, item policy.Item, member string) (policy.Money, bool) {
	var paid policy.Money
	found := false
	for _, pay := range h.Current.Payments {
		if pay.Programme == p && pay.Item == item && pay.Member == member {
			m, _ := policy.MoneyOf(pay.Monthly)
			paid, found = paid+m, true
		}
	}
	return paid, found
}

// regularMonths returns the months a line of period p pays its regular
// month in: all but the last, a one-month line's month.
func regularMonths(p policy.Period) (from, to time.Month) {
	return p.From, max(p.From, p.To-1)
}

// monthsText is how the disability audit names the months from–to in
// English: "months 1–11", "month 9".
func monthsText(from, to time.Month) string {
	if from == to {
		return fmt.Sprintf("month %d", from)
	}
	return fmt.Sprintf("months %d–%d", from, to)
}

// auditProblem checks that the audit of 低保 (2.1.2–2.1.3) and of the
// disability subsidies (2.2.4) agrees with the lines of b, the breakdown
// of h, and returns what is wrong, or "":
//
//   - each under- or over-payment finding (and each unclaimed subsidy)
//     names the one line of its programme, item and member due in D's
//     month: its regular month is the finding's "due" (or "mo"), the
//     months it names are the line's regular months, and its amount is
//     the difference from what the record says is paid now;
//   - a 低保 over-payment "for nothing due" names a payment that no line
//     due in D's month takes;
//   - conversely, each such line whose regular month differs from what is
//     paid now (for 低保, of a household recorded as receiving it) has
//     exactly one finding, and a disability line of more than 0 with no
//     receipt is unclaimed exactly once.
//
// It checks that the findings and the lines agree, reading the regular
// month from the line's schedule as the audit does: a check of
// consistency, not of amounts, which TestAuditJoinedLines states by hand.
func auditProblem(h *household.Household, b *benefit.Breakdown) string {
	month := b.Date.Month
	dueLines := func(p policy.Programme, item policy.Item, member string) []int {
		var out []int
		for k := range b.Lines {
			l := &b.Lines[k]
			if l.Programme() == p && l.Item() == item && l.Member() == member && !l.Lump() && l.Period().Contains(month) {
				out = append(out, k)
			}
		}
		return out
	}
	type key struct {
		p      policy.Programme
		item   policy.Item
		member string
	}
	found := map[key]int{}
	for k, f := range b.Findings {
		if !audited(f.Programme(), f.Kind()) {
			continue
		}
		e := f.Explanation()
		id := e.Formula().ID
		name := fmt.Sprintf("findings[%d] %s %s/%s %s (%s: %s)", k, f.Kind(), f.Programme(), f.Item(), f.Member(), id, e.Render(policy.EN))
		args := map[string]policy.Arg{}
		for _, a := range e.Args() {
			args[a.Name()] = a
		}
		lines := dueLines(f.Programme(), f.Item(), f.Member())
		if id == "lowincome.overpayment-no-line" {
			if len(lines) > 0 {
				return fmt.Sprintf("%s, but lines %v are due in month %d", name, lines, month)
			}
			continue
		}
		found[key{f.Programme(), f.Item(), f.Member()}]++
		if len(lines) != 1 {
			return fmt.Sprintf("%s: %d lines of its item and member are due in month %d, want 1 (%v)", name, len(lines), month, lines)
		}
		l := &b.Lines[lines[0]]
		from, to := regularMonths(l.Period())
		regular := l.Schedule().MonthFen()
		paid, _ := paidNow(h, f.Programme(), f.Item(), f.Member())
		if f.Kind() == policy.Unclaimed {
			switch {
			case f.AmountFen() != l.Amount():
				return fmt.Sprintf("%s: amount %s, the line's %s", name, f.AmountFen(), l.Amount())
			case fenOf(args["mo"]) != regular:
				return fmt.Sprintf("%s: a month %s, the line's regular month %s", name, fenOf(args["mo"]), regular)
			case l.Months() < 12 && args["months"].Format(policy.EN) != monthsText(l.Period().From, l.Period().To):
				return fmt.Sprintf("%s: names %q, the line's months are %s", name, args["months"].Format(policy.EN), l.Period())
			}
			continue
		}
		want := regular - paid
		if f.Kind() == policy.Overpayment {
			want = -want
		}
		switch {
		case fenOf(args["paid"]) != paid:
			return fmt.Sprintf("%s: paid %s, the record's payments sum to %s", name, fenOf(args["paid"]), paid)
		case fenOf(args["due"]) != regular:
			return fmt.Sprintf("%s: due %s, the regular month of lines[%d] (%s, %s) is %s", name, fenOf(args["due"]), lines[0],
				l.Period(), l.Annual(), regular)
		case want <= 0 || f.AmountFen() != want:
			return fmt.Sprintf("%s: amount %s, the line's regular month %s against %s paid", name, f.AmountFen(), regular, paid)
		}
		var months string // the months the finding names
		switch id {
		case "lowincome.underpayment", "lowincome.overpayment":
			months = monthsText(1, 11)
		case "lowincome.underpayment-part", "lowincome.overpayment-part":
			months = monthsText(monthOf(args["from"]), monthOf(args["to"]))
		case "lowincome.underpayment-month", "lowincome.overpayment-month":
			months = monthsText(monthOf(args["m"]), monthOf(args["m"]))
		default:
			months = args["when"].Format(policy.EN)
		}
		if months != monthsText(from, to) {
			return fmt.Sprintf("%s names %s, the regular months of lines[%d] (%s) are %s", name, months, lines[0], l.Period(),
				monthsText(from, to))
		}
	}
	// Each line due in D's month that is paid otherwise than due has its
	// finding, once.
	for k := range b.Lines {
		l := &b.Lines[k]
		p := l.Programme()
		if l.Lump() || !l.Period().Contains(month) || p != policy.LowIncome && p != policy.Disability ||
			p == policy.LowIncome && !h.Current.LowIncome {
			continue
		}
		paid, received := paidNow(h, p, l.Item(), l.Member())
		want := 0
		switch {
		case p == policy.Disability && !received:
			if l.Amount() > 0 {
				want = 1
			}
		case paid != l.Schedule().MonthFen():
			want = 1
		}
		if got := found[key{p, l.Item(), l.Member()}]; got != want {
			return fmt.Sprintf("lines[%d] %s/%s %s %s (%s, regular month %s) is paid %s now (recorded: %t): %d audit findings, want %d",
				k, p, l.Item(), l.Member(), l.Period(), l.Annual(), l.Schedule().MonthFen(), paid, received, got, want)
		}
	}
	return ""
}

// valuesOf2017 reports whether every set of c has the values of the
// built-in 2017 set (with c.individual, its child_mode individual).
func (c setsConfig) valuesOf2017() bool {
	same := func(k setKind) bool {
		return k == kindNone || k == kindSame || k == kindConfirmed || k == kindReissued || k == kindIndividual && c.individual
	}
	return same(c.first) && same(c.second)
}

// wholeYear returns the configuration's built-in set alone, for a c whose
// sets have its values (valuesOf2017).
func (s *setsAssessors) wholeYear(c setsConfig) *benefit.Assessor {
	if c.individual {
		return s.whole[1]
	}
	return s.whole[0]
}

// sameYearProblem checks that split, the breakdown of a year under sets
// that change no value, says what whole, under the built-in set alone,
// says (section 0: a line splits only where the value of a parameter it
// reads changes), and returns what is wrong, or "": the same lines (their
// programme, item, member, id, payee, payer, form, months and amount), as
// a set, the same totals, and the same findings (their kind, programme,
// item, member, amount and text). The sources the lines name and the
// decisions may differ.
func sameYearProblem(whole, split *benefit.Breakdown) string {
	lines := func(b *benefit.Breakdown) []string {
		out := make([]string, len(b.Lines))
		for i := range b.Lines {
			l := &b.Lines[i]
			out[i] = fmt.Sprintf("%s %s", keyOf(l, l.Period()), l.Annual().StringFixed(2))
		}
		slices.Sort(out)
		return out
	}
	findings := func(b *benefit.Breakdown) []string {
		out := make([]string, len(b.Findings))
		for i, f := range b.Findings {
			out[i] = fmt.Sprintf("%s %s/%s %s %s: %s", f.Kind(), f.Programme(), f.Item(), f.Member(), f.Amount().StringFixed(2),
				f.Explanation().Render(policy.EN))
		}
		slices.Sort(out)
		return out
	}
	if diff := cmp.Diff(lines(whole), lines(split)); diff != "" {
		return "lines (-one set +split year):\n" + diff
	}
	if !whole.Totals.All().Equal(split.Totals.All()) {
		return fmt.Sprintf("the year under one set totals %s, the split year %s", whole.Totals.All(), split.Totals.All())
	}
	if diff := cmp.Diff(findings(whole), findings(split)); diff != "" {
		return "findings (-one set +split year):\n" + diff
	}
	return ""
}

// datedCounty is a synthetic county of the seed countySeed whose records
// are valid on date.
type datedCounty struct {
	date household.Date
	g    *synthetic.Generator
}

// propSetsCounties are the county of the tables' date, September, and the
// same seed's valid on other dates, so that D falls in other runs: in
// January, in July (a set's first month) and in December.
var propSetsCounties = []datedCounty{
	{household.NewDate(2017, 1, 1), synthetic.New(synthetic.Config{Seed: countySeed, Households: countyFull, Date: household.NewDate(2017, 1, 1)})},
	{household.NewDate(2017, 7, 1), synthetic.New(synthetic.Config{Seed: countySeed, Households: countyFull, Date: household.NewDate(2017, 7, 1)})},
	{on, propCounty},
	{household.NewDate(2017, 12, 15), synthetic.New(synthetic.Config{Seed: countySeed, Households: countyFull, Date: household.NewDate(2017, 12, 15)})},
}

// TestPropertySetsInYear: under two or three sets in a year (a real change
// of S from some month, a set that changes no value from another, both),
// every breakdown of the synthetic county holds the invariants of
// breakdownProblem, its lines lie within the record's coverage
// (coverageProblem), and the 低保 and disability audit agrees with its
// lines (auditProblem): the configurations listed, then one drawn from a
// fixed seed (twenty with SAFETYNET_LONG), each over records of counties
// assessed on four dates.
// 50 records a configuration and date (10 under -race), 1,000 with
// SAFETYNET_LONG over every configuration drawn.
func TestPropertySetsInYear(t *testing.T) {
	n, draws := testrun.Scaled(50, 5), 1
	if testrun.Long() {
		n, draws = 1_000, 20
	}
	cs := []setsConfig{
		{first: kindRaised, from1: time.July},
		{first: kindReissued, from1: time.July},
		{first: kindRaised, from1: time.July, second: kindReissued, from2: time.October},
		{first: kindConfirmed, from1: time.April, second: kindRaised, from2: time.September},
		{first: kindIndividual, from1: time.July},
		{first: kindRaised, from1: time.July, second: kindReissued, from2: time.October, individual: true},
	}
	rng := rand.New(rand.NewPCG(countySeed, 7))
	for range draws {
		cs = append(cs, configOf(rng.IntN(configs)))
	}
	as := newSetsAssessors(t)
	var findings, split atomic.Int64
	defer func() {
		t.Logf("%d audit findings checked against their lines; %d breakdowns with a line of fewer than 12 months", findings.Load(), split.Load())
	}()
	for _, c := range cs {
		t.Run(c.String(), func(t *testing.T) {
			a, err := as.of(c)
			if err != nil {
				t.Fatal(err)
			}
			whole := as.wholeYear(c)
			for _, county := range propSetsCounties {
				overRecords(t, county.g, n, func(i int, h *household.Household) string {
					b, err := a.Assess(h, county.date)
					if err != nil {
						return fmt.Sprintf("Assess on %s: %v", county.date, err)
					}
					for _, f := range b.Findings {
						if audited(f.Programme(), f.Kind()) {
							findings.Add(1)
						}
					}
					if slices.ContainsFunc(b.Lines, func(l policy.Line) bool { return !l.Lump() && l.Months() < 12 }) {
						split.Add(1)
					}
					checks := []string{breakdownProblem(b), auditProblem(h, b), coverageProblem(h, b)}
					if c.valuesOf2017() {
						w, err := whole.Assess(h, county.date)
						if err != nil {
							return fmt.Sprintf("Assess on %s under the built-in set alone: %v", county.date, err)
						}
						checks = append(checks, sameYearProblem(w, b))
					}
					if i%16 == 0 { // reading JSON back is slow: one record in 16
						checks = append(checks, readBackProblem(b))
					}
					if msg := joinProblems(checks); msg != "" {
						return fmt.Sprintf("assessed on %s: %s", county.date, msg)
					}
					return ""
				})
			}
		})
	}
}

// editPeriod returns a record period drawn by rng: none (the whole year),
// or from a month of 2017 or 2016, open or to a month of 2017.
func editPeriod(rng *rand.Rand) *household.MonthPeriod {
	if rng.IntN(4) == 0 {
		return nil
	}
	from := time.Month(1 + rng.IntN(12))
	p := &household.MonthPeriod{From: household.NewYearMonth(2017, from)}
	if rng.IntN(3) == 0 {
		p.From = household.NewYearMonth(2016, time.Month(1+rng.IntN(12)))
	}
	if rng.IntN(2) == 0 {
		p.To = household.NewYearMonth(2017, max(from, time.Month(1+rng.IntN(12))))
	}
	return p
}

// editRecord changes record h, to be assessed on date on, at random where
// a year in runs is cut and joined: the 低保 months, members' 特困 support
// (dispersed, or in a home needing full care) and certificates with their
// months, incomes dropped, children in difficulty, A/B classes, the
// household's flags, and a costly claim admitted in any month of D's year
// (that of TestJiujinanIncome: out-of-pocket left for 救急难, 2.4.2).
func editRecord(rng *rand.Rand, h *household.Household, on household.Date) {
	if rng.IntN(2) == 0 {
		h.LowIncomePeriod = editPeriod(rng)
	}
	for i := range h.Members {
		m := &h.Members[i]
		switch {
		case rng.IntN(3) == 0:
			m.Incomes = nil
		case rng.IntN(4) == 0 && m.BirthDate.Year >= 2000:
			m.Child = household.ChildInDifficulty
		}
		switch {
		case m.Tekun.Mode != household.TekunNone && rng.IntN(2) == 0:
			m.Tekun.Period = editPeriod(rng)
		case m.Tekun.Mode == household.TekunNone && (m.BirthDate.Year < 1960 && rng.IntN(8) == 0 ||
			m.Child != household.ChildNone && rng.IntN(6) == 0):
			m.Tekun = household.Tekun{Mode: household.TekunDispersed, Period: editPeriod(rng)}
		case m.Tekun.Mode == household.TekunNone && rng.IntN(10) == 0:
			m.Tekun = household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: "2",
				SelfCare: household.SelfCareNone, Period: editPeriod(rng)}
		}
		switch {
		case m.Disability != nil && rng.IntN(2) == 0:
			m.Disability.Period = editPeriod(rng)
		case m.Disability == nil && rng.IntN(6) == 0:
			m.Disability = &household.Disability{Type: household.Physical, Grade: 1 + rng.IntN(4),
				LongTermCare: rng.IntN(2) == 0, Period: editPeriod(rng)}
		}
		if rng.IntN(8) == 0 {
			m.Class = []household.Class{household.ClassA, household.ClassB, household.ClassC, household.ClassNone}[rng.IntN(4)]
		}
		if rng.IntN(8) == 0 {
			m.Claims = append(slices.Clip(m.Claims), household.Claim{ID: "edit-" + m.ID,
				Admission: household.NewDate(on.Year, time.Month(1+rng.IntN(12)), 1), // after D's month too (section 0)
				TotalCost: decimal.RequireFromString("45000.00"), CompliantCost: decimal.RequireFromString("40000.00"),
				NCMS: decimal.RequireFromString("15000.00")})
		}
	}
	if rng.IntN(3) == 0 {
		h.Current.LowIncome = !h.Current.LowIncome
	}
	if rng.IntN(6) == 0 {
		h.RegisteredPoor = !h.RegisteredPoor
	}
	if rng.IntN(10) == 0 {
		h.LowIncomeFamily = !h.LowIncomeFamily
	}
}

// paidAsDue replaces the payments recorded now with those of b's 低保 and
// disability lines due in D's month, most at their regular month, some a
// fen off it, some left out: what the audit compares (auditProblem). A
// household paid 低保 is recorded as receiving it.
func paidAsDue(rng *rand.Rand, h *household.Household, b *benefit.Breakdown) {
	h.Current.Payments = nil
	for _, l := range b.Lines {
		if l.Lump() || !l.Period().Contains(b.Date.Month) || l.Programme() != policy.LowIncome && l.Programme() != policy.Disability ||
			rng.IntN(3) == 0 {
			continue
		}
		monthly := l.Schedule().Month()
		if rng.IntN(2) == 0 {
			monthly = decimal.Max(decimal.Zero, monthly.Add(decimal.New(int64(rng.IntN(3)-1), -2)))
		}
		h.Current.Payments = append(h.Current.Payments, household.Payment{Programme: l.Programme(), Item: l.Item(),
			Member: l.Member(), Monthly: monthly})
	}
	if slices.ContainsFunc(h.Current.Payments, func(p household.Payment) bool { return p.Programme == policy.LowIncome }) {
		h.Current.LowIncome = true // a record that pays 低保 says it is received
	}
}

// decisionsProblem checks that no two decisions of b decide one thing
// (programme, item, member, and claim or event: medical aid decides a
// member's group as of D and a claim's as of its admission) for the same
// month, and returns what is wrong, or "".
func decisionsProblem(b *benefit.Breakdown) string {
	seen := map[string]uint16{}
	for k, d := range b.Decisions {
		key := fmt.Sprintf("%s/%s/%s/%s", d.Programme(), d.Item(), d.Member(), d.ID())
		var months uint16
		for m := d.Period().From; m <= d.Period().To; m++ {
			months |= 1 << m
		}
		if seen[key]&months != 0 {
			return fmt.Sprintf("decisions[%d] %s %s: another decision holds for some of its months", k, key, d.Period())
		}
		seen[key] |= months
	}
	return ""
}

// TestPropertySetsEdited: the properties of TestPropertySetsInYear, and no
// month decided twice (decisionsProblem), over records of the county
// edited at random where a year in runs is cut and joined (editRecord)
// and paid now as their lines are due, or a fen off (paidAsDue), each
// under a configuration of sets drawn at random — a third of them a
// reissue of the 2017 values, whose year must be the built-in set's — on
// the four dates of propSetsCounties. An edit that makes the record
// invalid is drawn again. 30 records a date (6 under -race), 3,000
// with SAFETYNET_LONG.
func TestPropertySetsEdited(t *testing.T) {
	n := testrun.Scaled(30, 5)
	if testrun.Long() {
		n = 3_000
	}
	as := newSetsAssessors(t)
	var checked, equal, refused atomic.Int64
	defer func() {
		t.Logf("%d edited records checked (%d against the built-in set alone); %d edits refused by the record's check",
			checked.Load(), equal.Load(), refused.Load())
	}()
	for _, county := range propSetsCounties {
		overRecords(t, county.g, n, func(i int, h *household.Household) string {
			rng := rand.New(rand.NewPCG(countySeed, uint64(i)<<4|uint64(county.date.Month)))
			c := configOf(rng.IntN(configs))
			if rng.IntN(3) == 0 {
				c = setsConfig{first: kindReissued, from1: time.Month(2 + rng.IntN(11)), individual: rng.IntN(2) == 0}
			}
			a, err := as.of(c)
			if err != nil {
				return err.Error()
			}
			base := *h
			for range 5 { // an edit the record refuses is drawn again
				*h = base
				h.Members = slices.Clone(base.Members)
				for k := range h.Members {
					if d := h.Members[k].Disability; d != nil {
						cp := *d
						h.Members[k].Disability = &cp
					}
				}
				editRecord(rng, h, county.date)
				if _, err := h.Check(county.date); err == nil {
					break
				}
			}
			if _, err := h.Check(county.date); err != nil {
				refused.Add(1)
				return ""
			}
			b, err := a.Assess(h, county.date)
			if err != nil {
				return fmt.Sprintf("%s on %s: Assess: %v", c, county.date, err)
			}
			paidAsDue(rng, h, b)
			if _, err := h.Check(county.date); err != nil {
				refused.Add(1)
				return ""
			}
			checked.Add(1)
			if b, err = a.Assess(h, county.date); err != nil {
				return fmt.Sprintf("%s on %s: Assess: %v", c, county.date, err)
			}
			checks := []string{breakdownProblem(b), auditProblem(h, b), coverageProblem(h, b), decisionsProblem(b)}
			if i%8 == 0 {
				checks = append(checks, readBackProblem(b))
			}
			if c.valuesOf2017() {
				w, err := as.wholeYear(c).Assess(h, county.date)
				if err != nil {
					return fmt.Sprintf("Assess on %s under the built-in set alone: %v", county.date, err)
				}
				equal.Add(1)
				checks = append(checks, sameYearProblem(w, b))
			}
			msg := joinProblems(checks)
			if msg == "" {
				return ""
			}
			rec, _ := json.Marshal(h)
			return fmt.Sprintf("%s on %s, the record edited: %s\nedited record: %s", c, county.date, msg, rec)
		})
	}
}

// fenOf is a money operand's amount in fen, -1 for an operand that is not
// one, so that it differs from every amount compared.
func fenOf(a policy.Arg) policy.Money {
	if m, ok := a.Money(); ok {
		return m
	}
	return -1
}

// monthOf is a month operand (a count), 0 for one that is not a number.
func monthOf(a policy.Arg) time.Month {
	d, _ := a.Decimal()
	return time.Month(d.IntPart())
}
