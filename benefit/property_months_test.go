package benefit_test

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// The properties of the year month by month (section 0), over the
// synthetic county of property_test.go, whose records carry 低保 months,
// 特困 months and certificate months of every kind: open, closed, clipped
// to the year, wholly outside it.

// monthsSize is how many of the county's records the properties of the
// months run over with SAFETYNET_LONG (countyShort otherwise, a fifth of
// it under -race): a split year costs several assessments a record, so
// they keep to a smaller budget than the other properties.
const monthsSize = 5_000

// monthsCount is the number of records for the run at hand.
func monthsCount() int {
	if testrun.Long() {
		return monthsSize
	}
	return testrun.Scaled(countyShort, 5)
}

// within reports how period p of a line leaves the record's coverage c, or
// "" when it lies within it.
func within(p policy.Period, c policy.Period, covered bool, what string) string {
	switch {
	case !covered:
		return fmt.Sprintf("months %s, but %s covers no month of the year", p, what)
	case p.From < c.From || p.To > c.To:
		return fmt.Sprintf("months %s, outside %s %s", p, what, c)
	}
	return ""
}

// eventMonth returns the month of the event a temporary line names.
func eventMonth(h *household.Household, id string) (time.Month, bool) {
	for x, e := range h.Hardships {
		if e.ID == id || e.ID == "" && fmt.Sprintf("hardships[%d]", x) == id {
			return e.Date.Month, true
		}
	}
	return 0, false
}

// coverageProblem checks that every line of b lies within the coverage
// its record gives (section 0), and returns what is wrong, or "":
//
//   - a 低保 line (base, uplifts, children) within the household's
//     lowincome_period;
//   - a 特困 line (support, centralized, quota, care) within the member's
//     tekun period;
//   - a disability subsidy within the certificate's period, and the living
//     subsidy of a household not registered poor within the 低保 months
//     too (2.2.4: its basis is 低保 or registered poverty);
//   - no two recurring lines of one item, member and payee over the same
//     month (nothing is paid twice for a month);
//   - a claim's aid in its admission month, an event's aid in its month,
//     the contribution sponsorship in the assessment date's month.
func coverageProblem(h *household.Household, b *benefit.Breakdown) string {
	year := b.Date.Year
	low, lowOK := h.LowIncomePeriod.In(year)
	paid := map[string]uint16{} // months already paid, by programme/item/member/payee
	for k, l := range b.Lines {
		p := l.Period()
		name := fmt.Sprintf("lines[%d] %s/%s %s %s", k, l.Programme(), l.Item(), l.Member(), l.ID())
		if !p.Valid() {
			return fmt.Sprintf("%s: months %s are not a period of the year", name, p)
		}
		if l.Lump() || l.Form() == policy.Referral {
			want, ok := time.Month(0), true
			switch l.Item() {
			case medical.ItemInpatient, medical.ItemChildDisease, medical.ItemSecondAid:
				ok = false
				if m, found := h.Member(l.Member()); found {
					for _, c := range m.Claims {
						if c.ID == l.ID() {
							want, ok = c.Admission.Month, true
						}
					}
				}
			case medical.ItemSponsorship:
				want = b.Date.Month
			case temporary.ItemEmergency, temporary.ItemExpenditure, temporary.ItemReferral:
				want, ok = eventMonth(h, l.ID())
			}
			switch {
			case !ok:
				return fmt.Sprintf("%s names no claim or event of the record", name)
			case want != 0 && p != policy.Month(want):
				return fmt.Sprintf("%s: paid in months %s, want the month %d", name, p, want)
			}
			continue
		}
		var msg string
		m, _ := h.Member(l.Member())
		switch l.Programme() {
		case policy.LowIncome:
			msg = within(p, low, lowOK, "lowincome_period")
		case policy.Tekun:
			if m == nil {
				return name + ": a 特困 line names no member"
			}
			c, ok := m.Tekun.Period.In(year)
			msg = within(p, c, ok, "the member's tekun.period")
		case policy.Disability:
			if m == nil || m.Disability == nil {
				return name + ": a disability line names no certificate holder"
			}
			c, ok := m.Disability.Period.In(year)
			msg = within(p, c, ok, "the certificate's disability.period")
			if msg == "" && l.Item() == disability.ItemLiving && !h.RegisteredPoor {
				msg = within(p, low, lowOK, "lowincome_period (the household is not registered poor)")
			}
		}
		if msg != "" {
			return name + ": " + msg
		}
		var months uint16
		for mo := p.From; mo <= p.To; mo++ {
			months |= 1 << mo
		}
		key := fmt.Sprintf("%s/%s/%s/%s", l.Programme(), l.Item(), l.Member(), l.Payee())
		if paid[key]&months != 0 {
			return fmt.Sprintf("%s: months %s paid twice", name, p)
		}
		paid[key] |= months
	}
	return ""
}

// TestPropertyMonthsWithinCoverage: the months of a household's lines never
// exceed its coverage (section 0): each recurring line's period lies within
// the record period it comes from (lowincome_period for 低保 lines, the
// member's tekun period, the certificate's period), no month is paid twice
// for one item, and each lump sum is paid in its own month. Checked under
// the built-in set and under the two sets of 2017 (S raised from July),
// which split the year.
func TestPropertyMonthsWithinCoverage(t *testing.T) {
	var clipped atomic.Int64
	defer func() { t.Logf("%d households with a record period narrower than the year", clipped.Load()) }()
	for _, sets := range [][]string{{"2017"}, {"2017", "2017-07"}} {
		t.Run(strings.Join(sets, "+"), func(t *testing.T) {
			overCountyWith(t, assessorOf(t, sets), monthsCount(), func(a *benefit.Assessor, i int, h *household.Household) string {
				b, msg := assessed(a, h)
				if msg != "" {
					return msg
				}
				if narrower(h) && len(sets) == 1 {
					clipped.Add(1)
				}
				return coverageProblem(h, b)
			})
		})
	}
}

// narrower reports whether a record period of h covers less than the year.
func narrower(h *household.Household) bool {
	year := policy.Period{From: time.January, To: time.December}
	ps := []*household.MonthPeriod{h.LowIncomePeriod}
	for _, m := range h.Members {
		ps = append(ps, m.Tekun.Period)
		if m.Disability != nil {
			ps = append(ps, m.Disability.Period)
		}
	}
	for _, p := range ps {
		if c, ok := p.In(on.Year); !ok || c != year {
			return true
		}
	}
	return false
}

// sameSetFromJuly is the built-in 2017 set again, in force from 2017-07-01
// under another name: a parameter change that changes no value.
func sameSetFromJuly() *benefit.Params {
	p := benefit.Default2017()
	p.From = household.NewDate(2017, time.July, 1)
	p.Name = "东至县 2017 年 7 月起（数值不变）/ Dongzhi from July 2017 (no value changed)"
	return p
}

// TestPropertySplitEqualSets: a year split at a parameter change whose two
// sets are equal gives the same totals and the same lines as the unsplit
// year (section 0: a line splits only where the value of a parameter it
// reads changes; policy.Assessment.AppendRun merges what continues
// unchanged), lines compared as a set: a split year lists the lump sums of
// its first run before the second's. Decisions are not compared: each run
// decides for its own months (a certificate that ends in May is "not
// valid in the assessed months" for July–December).
func TestPropertySplitEqualSets(t *testing.T) {
	split, err := benefit.New(benefit.Default2017(), sameSetFromJuly())
	if err != nil {
		t.Fatal(err)
	}
	overCountyWith(t, assessor(t), monthsCount(), func(a *benefit.Assessor, i int, h *household.Household) string {
		whole, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		parts, msg := assessed(split, h)
		if msg != "" {
			return msg
		}
		if n := len(parts.Sets()); n != 2 {
			return fmt.Sprintf("the split year names %d sets, want 2", n)
		}
		for _, p := range policy.Programmes() {
			if w, g := whole.Total(p), parts.Total(p); !w.Equal(g) {
				return fmt.Sprintf("%s: the unsplit year totals %s, the split year %s", p, w.StringFixed(2), g.StringFixed(2))
			}
		}
		if !whole.Totals.All().Equal(parts.Totals.All()) {
			return fmt.Sprintf("the unsplit year totals %s, the split year %s", whole.Totals.All(), parts.Totals.All())
		}
		// A set that changes no parameter leaves every programme's year
		// whole: the same lines, decisions and findings, in the same order.
		if diff := cmp.Diff(jsonsOf(whole.Lines), jsonsOf(parts.Lines)); diff != "" {
			return "lines (-unsplit +split):\n" + diff
		}
		if diff := cmp.Diff(jsonsOf(whole.Decisions), jsonsOf(parts.Decisions)); diff != "" {
			return "decisions (-unsplit +split):\n" + diff
		}
		if diff := cmp.Diff(jsonsOf(whole.Findings), jsonsOf(parts.Findings)); diff != "" {
			return "findings (-unsplit +split):\n" + diff
		}
		return ""
	})
}

// jsonsOf returns the JSON of each value, sorted: the values as a set, in
// whatever order they come (a split year appends the runs' lump sums run
// by run, the unsplit year member by member).
func jsonsOf[T interface{ AppendJSON([]byte) []byte }](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x.AppendJSON(nil))
	}
	slices.Sort(out)
	return out
}

// lineKey is what identifies a line of one half of the year: everything
// but its amount.
type lineKey struct {
	prog       policy.Programme
	item       policy.Item
	member, id string
	service    string
	payee      policy.Payee
	payer      policy.Payer
	form       policy.Form
	from, to   time.Month
	lump       bool
}

func keyOf(l *policy.Line, p policy.Period) lineKey {
	return lineKey{l.Programme(), l.Item(), l.Member(), l.ID(), l.Service(), l.Payee(), l.Payer(), l.Form(), p.From, p.To, l.Lump()}
}

func (k lineKey) String() string {
	return fmt.Sprintf("%s/%s %s %s %s→%s %s %02d–%02d", k.prog, k.item, k.member, k.id, k.payer, k.payee, k.form, k.from, k.to)
}

// halfItems are the lines of a year keyed, with their amounts.
type halfItems map[lineKey][]policy.Money

func (x halfItems) add(k lineKey, m policy.Money) { x[k] = append(x[k], m) }

// take removes one line of key k with amount m and reports whether there
// was one.
func (x halfItems) take(k lineKey, m policy.Money) bool {
	i := slices.Index(x[k], m)
	if i < 0 {
		return false
	}
	x[k] = slices.Delete(x[k], i, i+1)
	if len(x[k]) == 0 {
		delete(x, k)
	}
	return true
}

// byProgramme sums the items by programme.
func (x halfItems) byProgramme() map[policy.Programme]decimal.Decimal {
	out := map[policy.Programme]decimal.Decimal{}
	for k, ms := range x {
		for _, m := range ms {
			out[k.prog] = out[k.prog].Add(m.Decimal())
		}
	}
	return out
}

var (
	firstHalf = policy.Period{From: time.January, To: time.June}
)

// sharesRounding reports whether l is a 2.2.3 child line of I/n, which
// shares one rounding with the household's other such lines; a child line
// of S itself (the top-up 0: on or above the line, an exit pending) is
// rounded alone.
func sharesRounding(l *policy.Line) bool {
	if l.Programme() != policy.LowIncome || l.Item() != lowincome.ItemChild {
		return false
	}
	id := l.Explanation().Formula().ID
	return id == "lowincome.child" || id == "lowincome.child-split"
}

// firstHalfOf returns the lines of b, assessed under one set for the whole
// year, as they are for January–June alone: a recurring line over its
// months within January–June at round(R × k ÷ 12) (the children's lines of
// a household of I/n sharing one rounding, 2.2.3), a lump sum of those months as
// it is. skip holds lines (by index) to leave out.
func firstHalfOf(b *benefit.Breakdown, skip map[int]bool) halfItems {
	out := halfItems{}
	type share struct {
		rate policy.Rate
		p    policy.Period
	}
	var shares []share
	count := map[int]int{}
	for i := range b.Lines {
		l := &b.Lines[i]
		if skip[i] || l.Lump() || !sharesRounding(l) {
			continue
		}
		j := slices.IndexFunc(shares, func(s share) bool { return s.rate.Equal(l.Rate()) && s.p == l.Period() })
		if j < 0 {
			shares = append(shares, share{l.Rate(), l.Period()})
			j = len(shares) - 1
		}
		count[j]++
	}
	splits := make([]*policy.Split, len(shares))
	for i := range b.Lines {
		l := &b.Lines[i]
		if skip[i] {
			continue
		}
		if l.Lump() || l.Form() == policy.Referral {
			if firstHalf.Contains(l.Period().From) {
				out.add(keyOf(l, l.Period()), l.Amount())
			}
			continue
		}
		p, ok := l.Period().Intersect(firstHalf)
		if !ok {
			continue
		}
		amount := l.Rounding().Prorate(l.Rate(), p.Months())
		if sharesRounding(l) {
			j := slices.IndexFunc(shares, func(s share) bool { return s.rate.Equal(l.Rate()) && s.p == l.Period() })
			if splits[j] == nil {
				s := l.Rounding().Split(l.Rate(), p.Months(), count[j])
				splits[j] = &s
			}
			amount = splits[j].Next()
		}
		out.add(keyOf(l, p), amount)
	}
	return out
}

// withAidPaidBefore returns a copy of h in which each member's aid already
// paid this year includes the medical aid b paid on claims admitted in
// January–June (main aid and second aid apart, 2.3.4), so that the
// second half computed alone starts from the caps the first half left.
func withAidPaidBefore(h *household.Household, b *benefit.Breakdown) *household.Household {
	c := *h
	c.Members = slices.Clone(h.Members)
	for _, l := range b.Lines {
		if l.Programme() != policy.Medical || !l.Lump() || !firstHalf.Contains(l.Period().From) {
			continue
		}
		j := slices.IndexFunc(c.Members, func(m household.Member) bool { return m.ID == l.Member() })
		if j < 0 {
			continue
		}
		switch l.Item() {
		case medical.ItemInpatient, medical.ItemChildDisease:
			c.Members[j].MedicalAidPaid = c.Members[j].MedicalAidPaid.Add(l.Annual())
		case medical.ItemSecondAid:
			c.Members[j].SecondAidPaid = c.Members[j].SecondAidPaid.Add(l.Annual())
		}
	}
	return &c
}

// TestPropertySplitRealChange: a year split at a real change (the built-in
// 2017 set, and S = 3912.00 from July) gives each programme the sum of each
// half computed alone (section 0: each period is assessed under its own
// parameters). January–June computed alone is the year under the built-in
// set alone, each recurring line taken for its months within January–June;
// July–December computed alone is the year under the July set alone, which
// does not assess the months before its start, with the medical aid of the
// first half counted as aid already paid this year. A line that reads no
// parameter the change touches is one line over both halves (the line of
// the built-in set's year, continued by the July set's at the same rate).
// Line by line, the split year is the two halves.
func TestPropertySplitRealChange(t *testing.T) {
	jul := julySet(t)
	split, err := benefit.New(benefit.Default2017(), jul)
	if err != nil {
		t.Fatal(err)
	}
	second, err := benefit.New(julySet(t))
	if err != nil {
		t.Fatal(err)
	}
	var continued, halves atomic.Int64
	defer func() {
		t.Logf("%d lines split at July, %d lines continued across it", halves.Load(), continued.Load())
	}()
	overCountyWith(t, assessor(t), monthsCount(), func(a *benefit.Assessor, i int, h *household.Household) string {
		b, msg := assessed(split, h)
		if msg != "" {
			return msg
		}
		whole, msg := assessed(a, h)
		if msg != "" {
			return msg
		}
		late, msg := assessed(second, withAidPaidBefore(h, b))
		if msg != "" {
			return "July–December alone: " + msg
		}
		// Lines continued across July: the built-in set's line over the
		// same months, and the July set's at the same rate from July.
		skipWhole, skipLate := map[int]bool{}, map[int]bool{}
		got := halfItems{}
		for k := range b.Lines {
			l := &b.Lines[k]
			p := l.Period()
			if l.Lump() || l.Form() == policy.Referral || p.From > time.June || p.To < time.July {
				got.add(keyOf(l, p), l.Amount())
				continue
			}
			w := slices.IndexFunc(whole.Lines, func(x policy.Line) bool {
				return keyOf(&x, x.Period()) == keyOf(l, p) && x.Amount() == l.Amount()
			})
			s := slices.IndexFunc(late.Lines, func(x policy.Line) bool {
				return keyOf(&x, x.Period()) == keyOf(l, policy.Period{From: time.July, To: p.To}) && x.Rate().Equal(l.Rate())
			})
			if w < 0 || s < 0 || skipWhole[w] || skipLate[s] {
				return fmt.Sprintf("lines[%d] %s %s continues across July, but the year under the built-in set has no such line "+
					"(found: %t) or the July set alone none at the same rate from July (found: %t)", k, keyOf(l, p), l.Annual(), w >= 0, s >= 0)
			}
			skipWhole[w], skipLate[s] = true, true
			continued.Add(1)
		}
		want := firstHalfOf(whole, skipWhole)
		for k := range late.Lines {
			if l := &late.Lines[k]; !skipLate[k] {
				if l.Period().From < time.July {
					return fmt.Sprintf("the July set alone pays %s in months %s, before its start", keyOf(l, l.Period()), l.Period())
				}
				want.add(keyOf(l, l.Period()), l.Amount())
			}
		}
		wantSums, gotSums := want.byProgramme(), got.byProgramme()
		for _, p := range policy.Programmes() {
			if !wantSums[p].Equal(gotSums[p]) {
				return fmt.Sprintf("%s: the split year pays %s, the halves computed alone %s\nsplit year: %v\nhalves: %v",
					p, gotSums[p].StringFixed(2), wantSums[p].StringFixed(2), got, want)
			}
		}
		for k, ms := range got {
			for _, m := range ms {
				if !want.take(k, m) {
					return fmt.Sprintf("the split year pays %s %s, which the halves computed alone do not\nhalves: %v", k, m.Decimal().StringFixed(2), want)
				}
				if k.from <= time.June && !k.lump && k.form != policy.Referral {
					halves.Add(1)
				}
			}
		}
		if len(want) > 0 {
			return fmt.Sprintf("the halves computed alone pay %v, which the split year does not", want)
		}
		return ""
	})
}
