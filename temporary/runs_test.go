package temporary_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// dated returns e dated on day of month m of 2017.
func dated(e household.Hardship, m, day int) household.Hardship {
	e.Date = household.NewDate(2017, timeMonth(m), day)
	return e
}

// runIn is a run of months from through to, as a table states it: its
// inputs, and the 低保 standard S of the set in force in it.
type runIn struct {
	in temporary.Inputs
	s  string
}

// runOf is the run of months from through to under the standard s.
func runOf(from, to int, s string) runIn {
	return runIn{temporary.Inputs{Period: policy.Period{From: timeMonth(from), To: timeMonth(to)}}, s}
}

// assessRun assesses h over run under p (Default2017 when nil) with the
// run's standard.
func assessRun(t *testing.T, h *household.Household, run runIn, p *temporary.Params) temporary.Result {
	t.Helper()
	return assess(t, h, run.in, withStandard(p, run.s))
}

// TestStandardInForce is 2.4.1 over a year split by parameter sets (section
// 0): an event is assessed in the run that holds its month, and its maximum
// is a multiple of the standard S in force in that month, the Standard of
// the run's set; each line explains its maximum with the S it used.
func TestStandardInForce(t *testing.T) {
	fire := func(m int) household.Hardship { return dated(event("E1", household.Fire, "5000.00", "1000.00"), m, 10) }
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		in       runIn
		lines    []line
		months   []int // the month each line is paid in
		maxima   []string
		findings []finding
		explain  []string // each line's explanation, in Chinese
	}{
		{
			name: "fire in March under 3622", clause: "2.4.1",
			desc: "3月火灾，1–6月 S = 3622.00：上限 10 × 3622.00 ÷ 12 = 3018.33，差额 5000 − 1000 = 4000，余 981.67 一事一议 / a March fire under S = 3622.00: maximum 3018.33, 981.67 to the joint meeting",
			h:    home(fire(3)), in: runOf(1, 6, "3622.00"),
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
			months:   []int{3},
			maxima:   []string{"3018.33"},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "981.67"}},
			explain:  []string{"急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放临时救助金 3018.33 元，余 981.67 元提交一事一议"},
		},
		{
			name: "the same fire under 3912", clause: "2.4.1",
			desc: "3月火灾，1–6月 S = 3912.00：上限 10 × 3912.00 ÷ 12 = 3260.00，差额 5000 − 1000 = 4000，余 740.00 一事一议 / a March fire under S = 3912.00: maximum 3260.00, 740.00 to the joint meeting",
			h:    home(fire(3)), in: runOf(1, 6, "3912.00"),
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3260.00"}},
			months:   []int{3},
			maxima:   []string{"3260.00"},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "740.00"}},
			explain:  []string{"急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3912.00 ÷ 12 = 3260.00：按上限发放临时救助金 3260.00 元，余 740.00 元提交一事一议"},
		},
		{
			name: "fire in August after a July rise", clause: "2.4.1",
			desc: "7月1日起 S = 3912.00，8月火灾在7–12月一段：上限 3260.00 / S = 3912.00 from 1 July, an August fire: maximum 3260.00",
			h:    home(fire(8)), in: runOf(7, 12, "3912.00"),
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3260.00"}},
			months:   []int{8},
			maxima:   []string{"3260.00"},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "740.00"}},
			explain:  []string{"急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3912.00 ÷ 12 = 3260.00：按上限发放临时救助金 3260.00 元，余 740.00 元提交一事一议"},
		},
		{
			name: "March fire not in the July run", clause: "2.4.1",
			desc: "3月火灾不在7–12月一段评估，不按新标准重算 / a March fire is not assessed in the July–December run, nor under its standard",
			h:    home(fire(3)), in: runOf(7, 12, "3912.00"),
		},
		{
			name: "one run of each event, first half", clause: "2.4.1",
			desc:     "3月火灾3018.33、8月教育支出：1–6月一段只评估3月事件 / March fire and August education expense: January–June assesses the March event only",
			h:        home(fire(3), dated(event("E2", household.EducationExpense, "3000.00", ""), 8, 1)),
			in:       runOf(1, 6, "3622.00"),
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
			months:   []int{3},
			maxima:   []string{"3018.33"},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "981.67"}},
			explain:  []string{"急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放临时救助金 3018.33 元，余 981.67 元提交一事一议"},
		},
		{
			name: "one run of each event, second half", clause: "2.4.1",
			desc: "3月火灾、8月教育支出3000：7–12月一段 S = 3912.00 只评估8月事件，教育上限 6 × 3912.00 ÷ 12 = 1956.00，余 3000 − 1956 = 1044.00 / " +
				"March fire and August education expense of 3000.00: July–December under S = 3912.00 assesses the August event only, education maximum 1956.00, 1044.00 left over",
			h:        home(fire(3), dated(event("E2", household.EducationExpense, "3000.00", ""), 8, 1)),
			in:       runOf(7, 12, "3912.00"),
			lines:    []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "1956.00"}},
			months:   []int{8},
			maxima:   []string{"1956.00"},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "1044.00"}},
			explain:  []string{"支出型（教育）事件 E2：费用 3000.00 − 已获保险、赔偿及其他救助 0.00 = 差额 3000.00，高于上限 6 × 3912.00 ÷ 12 = 1956.00：按上限发放临时救助金 1956.00 元，余 1044.00 元提交一事一议"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessRun(t, tc.h, tc.in, nil)
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var months []int
			for _, l := range r.Lines {
				if p := l.Period(); p.From != p.To {
					t.Errorf("%s: line %s covers %s, want one month", tc.desc, l.ID(), p)
				}
				months = append(months, int(l.Period().From))
			}
			if diff := cmp.Diff(tc.months, months); diff != "" {
				t.Errorf("%s\nmonths (-want +got):\n%s", tc.desc, diff)
			}
			var maxima []string
			for _, e := range r.Events() {
				maxima = append(maxima, e.Maximum().StringFixed(2))
			}
			if diff := cmp.Diff(tc.maxima, maxima); diff != "" {
				t.Errorf("%s\nmaxima (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if len(r.Decisions) != len(tc.lines) {
				t.Errorf("%s: %d decisions, want one per event of the run (%d)", tc.desc, len(r.Decisions), len(tc.lines))
			}
			var explain []string
			for _, l := range r.Lines {
				explain = append(explain, l.Explanation().Render(policy.ZH))
			}
			if diff := cmp.Diff(tc.explain, explain); diff != "" {
				t.Errorf("%s\n说明 / explanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestEventsPerYearAcrossRuns is the county's limit on events aided per
// year (2.4.1, local) over a year split into runs: each run counts the
// events of the whole year in date order, so an event is refused in its own
// run when events of earlier runs used the limit up.
func TestEventsPerYearAcrossRuns(t *testing.T) {
	limit := func(n int) *temporary.Params {
		p := temporary.Default2017()
		p.EventsPerYear = policy.New("temporary.events_per_year", n, policy.Local, "county")
		return p
	}
	three := home(
		dated(event("E1", household.ExpenseOther, "300.00", ""), 8, 1),
		dated(event("E2", household.ExpenseOther, "400.00", ""), 3, 1),
		dated(event("E3", household.ExpenseOther, "500.00", ""), 5, 10),
	)
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		p        *temporary.Params
		h        *household.Household
		in       runIn
		lines    []line
		findings []finding
		over     []bool
	}{
		{
			name: "limit 2, first half pays both", clause: "2.4.1",
			desc: "每年限2次，1–6月：3月400.00、5月500.00为第1、2次，照常救助 / limit 2, January–June: the March and May events are the year's first two",
			p:    limit(2), h: three, in: runOf(1, 6, "3622.00"),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"},
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "500.00"},
			},
			over: []bool{false, false},
		},
		{
			name: "limit 2, second half refuses the third", clause: "2.4.1",
			desc: "每年限2次，7–12月：8月事件为本年第3次，不予救助，差额300.00提交一事一议 / limit 2, July–December: the August event is the year's third: 300.00 to the joint meeting",
			p:    limit(2), h: three, in: runOf(7, 12, "3912.00"),
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "300.00"}},
			over:     []bool{true},
		},
		{
			name: "limit 1, the only event of its run", clause: "2.4.1",
			desc:     "每年限1次：3月已救助，8月事件虽是7–12月唯一事件，仍为本年第2次，400.00提交一事一议 / limit 1: the August event is its run's only one but the year's second",
			p:        limit(1),
			h:        home(dated(event("E1", household.ExpenseOther, "300.00", ""), 3, 1), dated(event("E2", household.ExpenseOther, "400.00", ""), 8, 1)),
			in:       runOf(7, 12, "3912.00"),
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "400.00"}},
			over:     []bool{true},
		},
		{
			name: "limit 1, an earlier event with no shortfall", clause: "2.4.1",
			desc:  "每年限1次：3月事件差额为0不计次数，8月事件照常救助400.00 / limit 1: a March event with no shortfall does not count; August is paid 400.00",
			p:     limit(1),
			h:     home(dated(event("E1", household.ExpenseOther, "300.00", "300.00"), 3, 1), dated(event("E2", household.ExpenseOther, "400.00", ""), 8, 1)),
			in:    runOf(7, 12, "3912.00"),
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"}},
			over:  []bool{false},
		},
		{
			name: "limit 1, an earlier event in months no set is in force", clause: "0",
			desc: "每年限1次，参数集7月起施行：3月无在用参数集，其事件不评估也不计次数，8月事件照常救助400.00 / limit 1 under a set in force from July: the March event, in months no set covers, is not assessed and does not count; August is paid 400.00",
			p:    limit(1),
			h:    home(dated(event("E1", household.ExpenseOther, "300.00", ""), 3, 1), dated(event("E2", household.ExpenseOther, "400.00", ""), 8, 1)),
			in: func() runIn {
				run := runOf(7, 12, "3912.00")
				run.in.InForce = run.in.Period
				return run
			}(),
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"}},
			over:  []bool{false},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessRun(t, tc.h, tc.in, tc.p)
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			var over []bool
			for _, e := range r.Events() {
				over = append(over, e.OverLimit())
			}
			if diff := cmp.Diff(tc.over, over); diff != "" {
				t.Errorf("%s\nover limit (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestEventsPerYearChained is the county's limit on events aided per year
// (2.4.1, local) over a year whose runs are under sets that round to
// different units (section 0): each run is handed the run before
// (Inputs.Before), and an event counts toward the limit when the set in
// force in its month would pay it, whatever the run that ranks the later
// events rounds to, and whatever limit the earlier run had.
func TestEventsPerYearChained(t *testing.T) {
	set := func(limit int, places int32) *temporary.Params {
		p := temporary.Default2017()
		if limit > 0 {
			p.EventsPerYear = policy.New("temporary.events_per_year", limit, policy.Local, "county")
		}
		p.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: places}
		return p
	}
	type run struct {
		from, to int
		p        *temporary.Params
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		runs     []run
		lines    []line
		findings []finding
		over     []bool
	}{
		{
			name: "an event its own set pays nothing does not count", clause: "2.4.1",
			desc: "1–6月按元舍入、不限次数：3月事件差额0.99向下取整为0，不予救助，不计次数；7月起按分舍入、每年限1次：8月事件为本年第1次，救助100.00 / " +
				"to the yuan from January, no limit: the March shortfall of 0.99 rounds down to 0, paid nothing and not counted; to the fen with a limit of 1 from July: the August event is the year's first, paid 100.00",
			h:     home(dated(event("E1", household.ExpenseOther, "0.99", ""), 3, 1), dated(event("E2", household.ExpenseOther, "100.00", ""), 8, 1)),
			runs:  []run{{1, 6, set(0, 0)}, {7, 12, set(1, 2)}},
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "100.00"}},
			over:  []bool{false, false},
		},
		{
			name: "events their own set paid count under a coarser unit", clause: "2.4.1",
			desc: "1–6月按分舍入、不限次数：3月0.50、4月0.40照常救助；7月起按元舍入、每年限2次：8月事件为本年第3次，不予救助，差额100.00提交一事一议 / " +
				"to the fen from January, no limit: 0.50 in March and 0.40 in April are paid; to the yuan with a limit of 2 from July: the August event is the year's third, 100.00 to the joint meeting",
			h: home(dated(event("E1", household.ExpenseOther, "0.50", ""), 3, 1), dated(event("E2", household.ExpenseOther, "0.40", ""), 4, 1),
				dated(event("E3", household.ExpenseOther, "100.00", ""), 8, 1)),
			runs: []run{{1, 6, set(0, 2)}, {7, 12, set(2, 0)}},
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "0.50"},
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "0.40"},
			},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "100.00"}},
			over:     []bool{false, false, true},
		},
		{
			name: "the count goes on through a run without events", clause: "2.4.1",
			desc: "三段：1–3月2月事件救助200.00；4–6月无事件；7月起每年限1次：8月事件为本年第2次，差额300.00提交一事一议 / " +
				"three runs: the February event is paid 200.00; April–June has none; with a limit of 1 from July the August event is the year's second, 300.00 to the joint meeting",
			h:        home(dated(event("E1", household.ExpenseOther, "200.00", ""), 2, 1), dated(event("E2", household.ExpenseOther, "300.00", ""), 8, 1)),
			runs:     []run{{1, 3, set(0, 2)}, {4, 6, set(0, 0)}, {7, 12, set(1, 2)}},
			lines:    []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "200.00"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "300.00"}},
			over:     []bool{false, true},
		},
		{
			name: "an event over an earlier limit still counts", clause: "2.4.1",
			desc: "1–6月每年限1次：2月事件救助100.00，3月事件超限提交一事一议，两次均计数；7月起每年限3次：8月事件为本年第3次，照常救助100.00 / " +
				"a limit of 1 from January: February is paid, March goes to the joint meeting, both count; a limit of 3 from July: the August event is the year's third, paid 100.00",
			h: home(dated(event("E1", household.ExpenseOther, "100.00", ""), 2, 1), dated(event("E2", household.ExpenseOther, "100.00", ""), 3, 1),
				dated(event("E3", household.ExpenseOther, "100.00", ""), 8, 1)),
			runs: []run{{1, 6, set(1, 2)}, {7, 12, set(3, 2)}},
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "100.00"},
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "100.00"},
			},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "100.00"}},
			over:     []bool{false, true, false},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var lines []line
			var findings []finding
			var over []bool
			var before *temporary.Result
			for _, run := range tc.runs {
				r := assess(t, tc.h, temporary.Inputs{Period: policy.Period{From: timeMonth(run.from), To: timeMonth(run.to)}, Before: before}, run.p)
				lines = append(lines, linesOf(r.Lines)...)
				findings = append(findings, findingsOf(r.Findings)...)
				for _, e := range r.Events() {
					over = append(over, e.OverLimit())
				}
				before = &r
			}
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findings); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.over, over); diff != "" {
				t.Errorf("%s\nover limit (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// sortedJSON writes each of xs as JSON, sorted: the contents of a list
// whatever its order.
func sortedJSON[T interface{ AppendJSON([]byte) []byte }](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, string(x.AppendJSON(nil)))
	}
	slices.Sort(out)
	return out
}

// TestRunsSplitTheYear: a year split into two runs under the same
// parameters and the same standard gives the lines, decisions and findings
// of the year assessed as one run (section 0, 2.4.1–2.4.2): each event in
// the run of its month, paid in that month, the limit counted over the
// whole year — by the second run itself, or by the first handed to it
// (Inputs.Before) —, the medical flag once, in the run of the assessment
// date.
func TestRunsSplitTheYear(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 14))
	for i := range testrun.Count(3000, 1000) {
		p := temporary.Default2017()
		if rng.IntN(2) == 0 {
			p.EventsPerYear = policy.New("temporary.events_per_year", 1+rng.IntN(3), policy.Local, "county")
		}
		a := newAssessor(t, p)
		h := randomHousehold(rng)
		c := check(t, h)
		in := inputs()
		in.Income, in.MedicalRemaining = d("3622.00"), d("5000.00")
		whole, err := a.Assess(c, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		k := 2 + rng.IntN(11)       // the second run starts in month k
		chained := rng.IntN(2) == 0 // the second run handed the first (Inputs.Before), or counting the year itself
		var joined policy.Assessment
		var decisions []policy.Decision
		var events []string
		var prior *temporary.Result
		for _, run := range []policy.Period{{From: 1, To: timeMonth(k - 1)}, {From: timeMonth(k), To: 12}} {
			part := in
			part.Period = run
			if chained {
				part.Before = prior
			}
			r, err := a.Assess(c, part)
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			prior = &r
			for _, l := range r.Lines {
				if p := l.Period(); p.From != p.To || !run.Contains(p.From) {
					t.Fatalf("case %d: line %s of run %s paid over %s", i, l.ID(), run, p)
				}
			}
			for _, e := range r.Events() {
				if !run.Contains(e.Date().Month) {
					t.Fatalf("case %d: event %s of %s assessed in run %s", i, e.ID(), e.Date(), run)
				}
				events = append(events, e.ID())
			}
			decisions = append(decisions, r.Decisions...)
			joined.AppendRun(&r.Assessment, run)
		}
		if diff := cmp.Diff(sortedJSON(whole.Lines), sortedJSON(joined.Lines)); diff != "" {
			t.Fatalf("case %d, split at month %d: lines (-whole year +two runs):\n%s", i, k, diff)
		}
		if diff := cmp.Diff(sortedJSON(whole.Decisions), sortedJSON(decisions)); diff != "" {
			t.Fatalf("case %d, split at month %d: decisions (-whole year +two runs):\n%s", i, k, diff)
		}
		if diff := cmp.Diff(sortedJSON(whole.Findings), sortedJSON(joined.Findings)); diff != "" {
			t.Fatalf("case %d, split at month %d: findings (-whole year +two runs):\n%s", i, k, diff)
		}
		slices.Sort(events)
		var want []string
		for _, e := range whole.Events() {
			want = append(want, e.ID())
		}
		slices.Sort(want)
		if !slices.Equal(want, events) {
			t.Fatalf("case %d: events %v in the runs, %v in the year", i, events, want)
		}
	}
}
