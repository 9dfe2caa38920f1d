package temporary_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// render writes everything a result holds, for comparing results: its
// lines, decisions and findings as JSON, its events' figures and its
// priority groups.
func render(r *temporary.Result) string {
	var b strings.Builder
	for _, l := range r.Lines {
		b.Write(l.AppendJSON(nil))
		b.WriteByte('\n')
	}
	for _, d := range r.Decisions {
		b.Write(d.AppendJSON(nil))
		b.WriteByte('\n')
	}
	for _, f := range r.Findings {
		b.Write(f.AppendJSON(nil))
		b.WriteByte('\n')
	}
	for _, e := range r.Events() {
		fmt.Fprintf(&b, "%s %s %s %s %s %s %s %s %s %s %s %v %s\n", e.ID(), e.Member(), e.Type(), e.Date(), e.Cost(),
			e.Received(), e.Shortfall(), e.Multiple(), e.Maximum(), e.Amount(), e.LeftOver(), e.OverLimit(), e.Form())
	}
	fmt.Fprintln(&b, r.Priority())
	return b.String()
}

// randomHousehold returns an invented household of two adults, a child in
// difficulty and a severely disabled member, with up to five random events.
func randomHousehold(rng *rand.Rand) *household.Household {
	var events []household.Hardship
	for i := range rng.IntN(6) {
		events = append(events, randomEvent(rng, i))
	}
	h := home(events...)
	child := household.Member{ID: "c1", BirthDate: household.NewDate(2010, 5, 1), Child: household.ChildInDifficulty}
	disabled := adult("d1")
	disabled.Disability = &household.Disability{Type: household.Physical, Grade: 1}
	if rng.IntN(2) == 0 {
		h.Members = append(h.Members, child)
	}
	if rng.IntN(2) == 0 {
		h.Members = append(h.Members, disabled)
	}
	return h
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate.
func TestNewErrors(t *testing.T) {
	// with is Default2017 under the 2017 standard, changed by f.
	with := func(f func(p *temporary.Params)) *temporary.Params {
		p := temporary.Default2017()
		p.Standard = std
		f(p)
		return p
	}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		p       *temporary.Params
	}{
		{
			name: "nil parameters", clauses: []policy.Clause{"0"}, desc: "参数为空 / nil parameters",
			p: nil,
		},
		{
			name: "multiple missing and an unknown type", clauses: []policy.Clause{"2.4.1", "2.4.3"},
			desc: "缺火灾上限倍数，且为未知类型设发放方式 / no multiple for fire, and a form for an unknown type",
			p: with(func(p *temporary.Params) {
				p.Multiple = multiplesWithout(household.Fire)
				p.Form["theft"] = policy.New("temporary.form.theft", policy.Cash, policy.Local, "")
			}),
		},
		{
			name: "limit of 0", clauses: []policy.Clause{"2.4.1"}, desc: "年度次数限额为0 / a limit of 0 events a year",
			p: with(func(p *temporary.Params) {
				p.EventsPerYear = policy.New("temporary.events_per_year", 0, policy.Local, "")
			}),
		},
		{
			name: "no standard", clauses: []policy.Clause{"2.4.1"}, desc: "未设低保标准 / no 低保 standard",
			p: with(func(p *temporary.Params) { p.Standard = policy.Param[decimal.Decimal]{} }),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := policy.FieldErrors(tc.p.Validate())
			a, err := temporary.New(tc.p)
			if a != nil || err == nil {
				t.Fatalf("%s: New = %v, %v; 应返回 nil 与错误 / want nil and an error", tc.desc, a, err)
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s: 错误 %v 未包装 policy.ErrInvalid / New error %v does not wrap policy.ErrInvalid", tc.desc, err, err)
			}
			if diff := cmp.Diff(want, policy.FieldErrors(err)); len(want) == 0 || diff != "" {
				t.Errorf("%s: New 与 Validate 的错误不同 / New errors differ from Validate's (-Validate +New):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAssessorErrors: Assess refuses the zero Checked and inputs the
// record check cannot see, naming the input with one field error of its
// type and returning no result: a run of months or months in force that is
// not a run of one year, sums of 10^16 元 or more, and a run
// before that is not the result of this record's months just before
// (section 0). The record is home(), two adults with no events, checked on
// the assessment date; a run before is the result of its own record over
// beforeRun, under beforeInForce, checked on beforeOn (the assessment date
// when unset). The negative income and the over-precise medical remaining
// are in TestAssessErrors, with their messages.
func TestAssessorErrors(t *testing.T) {
	a := newAssessor(t, nil)
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		// unchecked hands Assess the zero Checked, a record never checked.
		unchecked     bool
		in            temporary.Inputs
		before        *household.Household
		beforeOn      household.Date
		beforeRun     policy.Period
		beforeInForce policy.Period
		// zeroBefore hands Assess the zero Result as the run before.
		zeroBefore bool
		path       string
		typ        policy.ErrorType
		msg        string // the whole message, where the row states it
	}{
		{
			name: "the zero Checked", clause: "0", desc: "未经核验的记录 / a record never checked",
			unchecked: true, path: "household", typ: policy.ErrorRequired,
		},
		{
			name: "period outside the months in force", clause: "0", desc: "评估月份超出参数生效月份 / a run of months outside the months in force",
			in:   temporary.Inputs{Period: policy.Period{From: 3, To: 8}, InForce: policy.Period{From: 7, To: 12}},
			path: "inputs.period", typ: policy.ErrorInvalid,
		},
		{
			name: "months in force backwards", clause: "0", desc: "生效月份倒置 / months in force that run backwards",
			in:   temporary.Inputs{InForce: policy.Period{From: 9, To: 3}},
			path: "inputs.in_force", typ: policy.ErrorInvalid,
		},
		{
			name: "period backwards", clause: "0", desc: "评估月份倒置 / a run of months that runs backwards",
			in:   temporary.Inputs{Period: policy.Period{From: 9, To: 3}},
			path: "inputs.period", typ: policy.ErrorInvalid,
		},
		{
			name: "period month 13", clause: "0", desc: "评估月份越过十二月 / a run of months past December",
			in:   temporary.Inputs{Period: policy.Period{From: 1, To: 13}},
			path: "inputs.period", typ: policy.ErrorInvalid,
		},
		{
			name: "income of 10^16", clause: "0", desc: "收入合计 10000000000000000.00（10^16 元）：超出合计的上限 / an income sum of 10000000000000000.00 (10^16 元): beyond what a sum may hold",
			in:   temporary.Inputs{Income: d("10000000000000000.00")},
			path: "members[*].incomes[*].amount", typ: policy.ErrorInvalid,
			msg: "members[*].incomes[*].amount: add up to 10^16 元 or more, more than a sum may hold",
		},
		{
			name: "remaining beyond 10^16", clause: "0", desc: "医疗自负合计 10^30 元：超出合计的上限 / a medical remainder of 10^30 元: beyond what a sum may hold",
			in:   temporary.Inputs{MedicalRemaining: d("1000000000000000000000000000000")},
			path: "members[*].claims[*].compliant_cost", typ: policy.ErrorInvalid,
		},
		{
			name: "remaining beyond 10^16, with an exponent", clause: "0",
			desc: "医疗自负合计为 1 × 10^30（一位数字、指数 30）：其整数位数须计入指数 / a medical remainder of 1 × 10^30 (one digit, exponent 30): its whole digits count the exponent",
			in:   temporary.Inputs{MedicalRemaining: decimal.New(1, 30)},
			path: "members[*].claims[*].compliant_cost", typ: policy.ErrorInvalid,
		},
		{
			name: "before: another year", clause: "0", desc: "上一时段是2018年的结果 / the run before is a result for 2018",
			in:     temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			before: home(), beforeOn: household.NewDate(2018, 6, 1), beforeRun: policy.Period{From: 1, To: 6},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: another household", clause: "0", desc: "上一时段是另一户的结果 / the run before is another household's",
			in: temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			before: func() *household.Household {
				h := home()
				h.ID = "H-OTHER"
				return h
			}(), beforeRun: policy.Period{From: 1, To: 6},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: other members", clause: "0", desc: "上一时段的成员不同 / the run before is of other members",
			in: temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			before: func() *household.Household {
				h := home()
				h.Members[1].ID = "a9"
				return h
			}(), beforeRun: policy.Period{From: 1, To: 6},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: other months in force", clause: "0", desc: "上一时段的参数生效月份不同 / the run before has other months in force",
			in:     temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			before: home(), beforeRun: policy.Period{From: 3, To: 6}, beforeInForce: policy.Period{From: 3, To: 12},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: not the run just before", clause: "0", desc: "上一时段与本时段不相接 / the run before does not end just before this one",
			in:     temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			before: home(), beforeRun: policy.Period{From: 1, To: 5},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: a run of the first month", clause: "0", desc: "自一月起的时段不应有上一时段 / a run from January has no run before",
			before: home(), beforeRun: policy.Period{From: 1, To: 6},
			path: "inputs.before", typ: policy.ErrorInvalid,
		},
		{
			name: "before: the zero Result", clause: "0", desc: "上一时段为空结果 / the zero Result as the run before",
			in:         temporary.Inputs{Period: policy.Period{From: 7, To: 12}},
			zeroBefore: true,
			path:       "inputs.before", typ: policy.ErrorInvalid,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c household.Checked
			if !tc.unchecked {
				c = check(t, home())
			}
			in := tc.in
			switch {
			case tc.zeroBefore:
				in.Before = &temporary.Result{}
			case tc.before != nil:
				day := tc.beforeOn
				if day.IsZero() {
					day = on
				}
				bc, err := tc.before.Check(day)
				if err != nil {
					t.Fatal(err)
				}
				in.Before = before(t, a, bc, tc.beforeRun, tc.beforeInForce)
			}
			r, err := a.Assess(c, in)
			if err == nil || r.Lines != nil || r.Decisions != nil || r.Findings != nil {
				t.Fatalf("%s: Assess = %v, %v; 应返回空结果与错误 / want an empty result and an error", tc.desc, r.Assessment, err)
			}
			fes := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != tc.path || fes[0].Type != tc.typ {
				t.Errorf("%s: 错误 %v，应为 %s 处的一个 %s 错误 / Assess error %v, want one %s error at %s",
					tc.desc, err, tc.path, tc.typ, err, tc.typ, tc.path)
			}
			if tc.msg != "" && err.Error() != tc.msg {
				t.Errorf("%s: 错误 / Assess error %q, want %q", tc.desc, err, tc.msg)
			}
		})
	}
}

// before returns the result of a over the run period of the year whose
// months in force are inForce, for Inputs.Before.
func before(t *testing.T, a *temporary.Assessor, c household.Checked, period, inForce policy.Period) *temporary.Result {
	t.Helper()
	r, err := a.Assess(c, temporary.Inputs{Period: period, InForce: inForce})
	if err != nil {
		t.Fatal(err)
	}
	return &r
}

// TestLargeSums: I and R are sums of the record's amounts, so each may be
// above the 10^12 元 one amount is bounded by; the assessment takes them as
// they are (2.4.2).
func TestLargeSums(t *testing.T) {
	in := inputs()
	in.Income, in.MedicalRemaining = d("3000000000000.00"), d("5000000000000.50")
	r := assess(t, home(), in, nil)
	want := []finding{{policy.Jiujinan, temporary.ItemMedicalBurden, "", "2000000000000.50"}}
	if diff := cmp.Diff(want, findingsOf(r.Findings)); diff != "" {
		t.Errorf("大额合计 / sums above 10^12 (-want +got):\n%s", diff)
	}
}

// TestNewCopies: changing the parameters, their maps too, after New
// changes neither the Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := temporary.Default2017()
	a := newAssessor(t, p)
	p.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("1"), policy.Local, "")
	p.Form[household.Fire] = policy.New("temporary.form.fire", policy.InKind, policy.Local, "")
	r, err := a.Assess(check(t, home(event("E1", household.Fire, "5000.00", "1000.00"))), inputs())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "3018.33" || r.Lines[0].Form() != policy.Cash {
		t.Errorf("after p changed, Total = %s in %s, want 3018.33 in cash", got, r.Lines[0].Form())
	}
	q := a.Params()
	q.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("2"), policy.Local, "")
	delete(q.Form, household.Fire)
	got := a.Params()
	if m := got.Multiple[household.Fire].Value; !m.Equal(d("10")) || got.Form[household.Fire].Value != policy.Cash {
		t.Errorf("Params = fire multiple %s, form %s; want the parameters New was given", m, got.Form[household.Fire].Value)
	}
}

// TestResultsShareNothing: editing one result — its lines, decisions,
// findings, the events and groups it hands out, a line's parameters —
// changes neither another result nor the Assessor's next one.
func TestResultsShareNothing(t *testing.T) {
	a := newAssessor(t, nil)
	h, in := benchHousehold()
	h.Members = append(h.Members, household.Member{ID: "c1", BirthDate: household.NewDate(2010, 5, 1),
		Child: household.ChildInDifficulty})
	c := check(t, h)
	r1, err := a.Assess(c, in)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := a.Assess(c, in)
	if err != nil {
		t.Fatal(err)
	}
	want := render(&r2)
	r1.Lines[0] = policy.Line{}
	r1.Lines = append(r1.Lines[:1], r1.Lines[2:]...)
	r1.Decisions[0] = policy.Decision{}
	r1.Findings = append(r1.Findings[:0], r1.Findings[1:]...)
	r1.Events()[0] = temporary.Event{}
	r1.Priority()[0] = temporary.Priority{}
	r1.Lines[1].Params()[0].Value = "999"
	r1.Lines[1].Clauses()[0] = "3"
	r1.Lines[1].Explanation().Args()[0] = policy.T("t", "changed")
	r3, err := a.Assess(c, in)
	if err != nil {
		t.Fatal(err)
	}
	if got := render(&r2); got != want {
		t.Errorf("editing one result changed another:\n got %s\nwant %s", got, want)
	}
	if got := render(&r3); got != want {
		t.Errorf("editing one result changed the next:\n got %s\nwant %s", got, want)
	}
	if r1.Events()[0].ID() != "E1" || len(r1.Priority()) == 0 || r1.Priority()[0] == (temporary.Priority{}) {
		t.Errorf("Events and Priority hand out the result's own slices")
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at
// once, under two standards S, gives each the results it gives alone (run
// with -race).
func TestAssessorConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 242))
	bench, _ := benchHousehold()
	hs := []*household.Household{bench}
	for range 7 {
		hs = append(hs, randomHousehold(rng))
	}
	limited := temporary.Default2017()
	limited.EventsPerYear = policy.New("temporary.events_per_year", 2, policy.Local, "county")
	type job struct {
		c  household.Checked
		in temporary.Inputs
	}
	var jobs []job
	var want []string
	alone := newAssessor(t, limited)
	for _, h := range hs {
		for _, income := range []string{"6000.00", "4200.50"} {
			in := temporary.Inputs{MedicalRemaining: d("8000.00"), Income: d(income)}
			c := check(t, h)
			r, err := alone.Assess(c, in)
			if err != nil {
				t.Fatal(err)
			}
			jobs, want = append(jobs, job{c, in}), append(want, render(&r))
		}
	}
	a := newAssessor(t, limited)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(jobs) {
				i := (k*(g+1) + g) % len(jobs)
				got, err := a.Assess(jobs[i].c, jobs[i].in)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], render(&got)); diff != "" {
					t.Errorf("goroutine %d, job %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}
