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

// TestAssessorErrors: Assess refuses the zero Checked and bad inputs, naming
// the input; EventAid refuses a nil event.
func TestAssessorErrors(t *testing.T) {
	a := newAssessor(t, nil)
	c := check(t, home())
	firstHalf, secondHalf := policy.Period{From: 1, To: 6}, policy.Period{From: 7, To: 12}
	other2018, err := home().Check(household.NewDate(2018, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	h := home()
	h.ID = "H-OTHER"
	otherHousehold := check(t, h)
	h = home()
	h.Members[1].ID = "a9"
	otherMembers := check(t, h)
	tests := []struct {
		name string
		c    household.Checked
		in   temporary.Inputs
		path string
		typ  policy.ErrorType
	}{
		{"the zero Checked", household.Checked{}, inputs(), "household", policy.ErrorRequired},
		{"period outside the months in force", c, temporary.Inputs{Period: policy.Period{From: 3, To: 8}, InForce: policy.Period{From: 7, To: 12}}, "inputs.period", policy.ErrorInvalid},
		{"months in force backwards", c, temporary.Inputs{InForce: policy.Period{From: 9, To: 3}}, "inputs.in_force", policy.ErrorInvalid},
		{"negative income", c, temporary.Inputs{Income: d("-1.00")}, "inputs.income", policy.ErrorInvalid},
		{"over-precise remaining", c, temporary.Inputs{MedicalRemaining: d("0.001")}, "inputs.medical_remaining", policy.ErrorInvalid},
		{"period backwards", c, temporary.Inputs{Period: policy.Period{From: 9, To: 3}}, "inputs.period", policy.ErrorInvalid},
		{"period month 13", c, temporary.Inputs{Period: policy.Period{From: 1, To: 13}}, "inputs.period", policy.ErrorInvalid},
		{"income beyond int64 fen", c, temporary.Inputs{Income: d("92233720368547758.08")},
			"members[*].incomes[*].amount", policy.ErrorInvalid},
		{"remaining beyond int64 fen", c, temporary.Inputs{MedicalRemaining: d("1e30")},
			"members[*].claims[*].compliant_cost", policy.ErrorInvalid},
		{"before: another year", c, temporary.Inputs{Period: secondHalf, Before: before(t, a, other2018, firstHalf, policy.Period{})},
			"inputs.before", policy.ErrorInvalid},
		{"before: another household", c, temporary.Inputs{Period: secondHalf, Before: before(t, a, otherHousehold, firstHalf, policy.Period{})},
			"inputs.before", policy.ErrorInvalid},
		{"before: other members", c, temporary.Inputs{Period: secondHalf, Before: before(t, a, otherMembers, firstHalf, policy.Period{})},
			"inputs.before", policy.ErrorInvalid},
		{"before: other months in force", c, temporary.Inputs{Period: secondHalf, Before: before(t, a, c, policy.Period{From: 3, To: 6}, policy.Period{From: 3, To: 12})},
			"inputs.before", policy.ErrorInvalid},
		{"before: not the run just before", c, temporary.Inputs{Period: secondHalf, Before: before(t, a, c, policy.Period{From: 1, To: 5}, policy.Period{})},
			"inputs.before", policy.ErrorInvalid},
		{"before: a run of the first month", c, temporary.Inputs{Before: before(t, a, c, firstHalf, policy.Period{})},
			"inputs.before", policy.ErrorInvalid},
		{"before: the zero Result", c, temporary.Inputs{Period: secondHalf, Before: &temporary.Result{}},
			"inputs.before", policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(tc.c, tc.in)
			if err == nil || r.Lines != nil || r.Decisions != nil || r.Findings != nil {
				t.Fatalf("Assess = %v, %v; want an empty result and an error", r.Assessment, err)
			}
			fes := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != tc.path || fes[0].Type != tc.typ {
				t.Errorf("Assess error %v, want one %s error at %s", err, tc.typ, tc.path)
			}
		})
	}
	_, err = a.EventAid(nil)
	if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != "hardship" || fes[0].Type != policy.ErrorRequired {
		t.Errorf("EventAid(nil) error %v, want hardship required", err)
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
