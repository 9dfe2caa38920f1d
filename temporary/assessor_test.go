package temporary_test

import (
	"errors"
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

// equalDecimals compares amounts by value: 1.5 and 1.50 are equal.
var equalDecimals = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// sameAsAssessor checks that an Assessor made of p assesses h as the
// one-call Assess did: want is Assess's result. The setup helper assess
// calls it for every household the tables assess.
func sameAsAssessor(t *testing.T, h *household.Household, in temporary.Inputs, p *temporary.Params, want *temporary.Result) {
	t.Helper()
	a, err := temporary.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	got, err := a.Assess(h, on, in)
	if err != nil {
		t.Fatalf("Assessor.Assess: %v", err)
	}
	if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
		t.Errorf("Assessor.Assess differs from Assess (-Assess +Assessor):\n%s", diff)
	}
	v, err := h.Check(on)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	got, err = a.AssessValid(v, in)
	if err != nil {
		t.Fatalf("Assessor.AssessValid: %v", err)
	}
	if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
		t.Errorf("Assessor.AssessValid differs from Assess (-Assess +AssessValid):\n%s", diff)
	}
}

// TestAssessValidZero checks that the zero household.Valid, a record never
// checked, is refused.
func TestAssessValidZero(t *testing.T) {
	a, err := temporary.New(temporary.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AssessValid(household.Valid{}, temporary.Inputs{}); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("AssessValid(zero) error = %v, want ErrInvalid", err)
	}
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
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

// TestAssessorMatchesAssess: one Assessor gives, household after household
// and under several standards S, the results of the one-call Assess, and
// its EventAid those of EventAid.
func TestAssessorMatchesAssess(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 241))
	limited := temporary.Default2017()
	limited.EventsPerYear = policy.New("temporary.events_per_year", 2, policy.Local, "county")
	inKind := temporary.Default2017()
	inKind.Form[household.Disaster] = policy.New("temporary.form.disaster", policy.InKind, policy.Local, "county")
	inKind.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: 0}
	for name, p := range map[string]*temporary.Params{"2017": temporary.Default2017(), "limit 2": limited, "in kind to the yuan": inKind} {
		t.Run(name, func(t *testing.T) {
			a, err := temporary.New(p)
			if err != nil {
				t.Fatal(err)
			}
			bench, benchIn := benchHousehold()
			for i := range 300 {
				h, in := randomHousehold(rng), inputs()
				if i == 0 {
					h, in = bench, benchIn
				}
				in.Standard = []decimal.Decimal{std, d("3622"), d("4200.50")}[rng.IntN(3)]
				in.MedicalRemaining, in.HouseholdIncome = decimal.New(rng.Int64N(1_000_000), -2), decimal.New(rng.Int64N(1_000_000), -2)
				want, wantErr := temporary.Assess(h, on, in, p)
				got, err := a.Assess(h, on, in)
				if !sameError(wantErr, err) {
					t.Fatalf("%d: Assessor.Assess error %v, Assess error %v", i, err, wantErr)
				}
				if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
					t.Fatalf("%d: (-Assess +Assessor):\n%s", i, diff)
				}
				for j := range h.Hardships {
					want, wantErr := temporary.EventAid(&h.Hardships[j], in.Standard, p)
					got, err := a.EventAid(&h.Hardships[j], in.Standard)
					if !sameError(wantErr, err) {
						t.Fatalf("%d: Assessor.EventAid error %v, EventAid error %v", i, err, wantErr)
					}
					if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
						t.Fatalf("%d, event %d: (-EventAid +Assessor):\n%s", i, j, diff)
					}
				}
			}
		})
	}
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		p    func(p *temporary.Params) *temporary.Params
	}{
		{"nil parameters", func(*temporary.Params) *temporary.Params { return nil }},
		{"year 0", func(p *temporary.Params) *temporary.Params { p.Year = 0; return p }},
		{"multiple missing and an unknown type", func(p *temporary.Params) *temporary.Params {
			delete(p.Multiple, household.Fire)
			p.Form["theft"] = policy.New("temporary.form.theft", policy.Cash, policy.Local, "")
			return p
		}},
		{"limit of 0", func(p *temporary.Params) *temporary.Params {
			p.EventsPerYear = policy.New("temporary.events_per_year", 0, policy.Local, "")
			return p
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p(temporary.Default2017())
			want := p.Validate()
			a, err := temporary.New(p)
			if a != nil || err == nil {
				t.Fatalf("New = %v, %v; want nil and an error", a, err)
			}
			if !errors.Is(err, policy.ErrInvalid) || err.Error() != want.Error() {
				t.Errorf("New error %q, want Validate's %q wrapping policy.ErrInvalid", err, want)
			}
		})
	}
}

// TestAssessorErrors: an Assessor still checks the date, the inputs, the
// record and the events' dates.
func TestAssessorErrors(t *testing.T) {
	a, err := temporary.New(temporary.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	late := event("E1", household.Fire, "1000.00", "")
	late.Date = household.NewDate(2017, 10, 1)
	tests := []struct {
		name    string
		h       *household.Household
		on      household.Date
		in      temporary.Inputs
		wantErr error
		want    string
	}{
		{"date outside the parameter year", home(), household.NewDate(2018, 1, 1), inputs(), policy.ErrNoParams,
			"date: 2018-01-01 is outside the parameter year 2017"},
		{"invalid date", home(), household.NewDate(2017, 4, 31), inputs(), policy.ErrInvalid,
			"date: 2017-04-31 is not a valid assessment date"},
		{"no standard", home(), on, temporary.Inputs{}, policy.ErrInvalid, "inputs.standard: is required"},
		{"negative income", home(), on, temporary.Inputs{Standard: std, HouseholdIncome: d("-1.00")}, policy.ErrInvalid,
			"inputs.household_income: -1 is negative"},
		{"nil household", nil, on, inputs(), policy.ErrInvalid, "household: is missing"},
		{"event after the assessment date", home(late), on, inputs(), policy.ErrInvalid,
			"hardships[0].date: 2017-10-01 is after the assessment date 2017-09-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(tc.h, tc.on, tc.in)
			if r != nil {
				t.Errorf("a result returned with the error")
			}
			var fe *policy.FieldError
			if !errors.Is(err, tc.wantErr) || !errors.As(err, &fe) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Assess error %v, want %q wrapping %v", err, tc.want, tc.wantErr)
			}
		})
	}
	if _, err := a.EventAid(nil, std); !errors.Is(err, policy.ErrInvalid) || err.Error() != "hardship: is missing" {
		t.Errorf("EventAid(nil) error %v, want hardship: is missing", err)
	}
}

// TestNewCopies: changing the parameters, their maps too, after New
// changes neither the Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := temporary.Default2017()
	a, err := temporary.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("1"), policy.Local, "")
	p.Form[household.Fire] = policy.New("temporary.form.fire", policy.InKind, policy.Local, "")
	r, err := a.Assess(home(event("E1", household.Fire, "5000.00", "1000.00")), on, inputs())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "3018.33" || r.Lines[0].Form != policy.Cash {
		t.Errorf("after p changed, Total = %s in %s, want 3018.33 in cash", got, r.Lines[0].Form)
	}
	q := a.Params()
	q.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("2"), policy.Local, "")
	delete(q.Form, household.Fire)
	got := a.Params()
	if m := got.Multiple[household.Fire].Value; !m.Equal(d("10")) || got.Form[household.Fire].Value != policy.Cash {
		t.Errorf("Params = fire multiple %s, form %s; want the parameters New was given", m, got.Form[household.Fire].Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at
// once, under two standards S, gives each the results it gives alone (run
// with -race): the maxima it keeps for the last S are shared and replaced
// while the goroutines run.
func TestAssessorConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 242))
	p := temporary.Default2017()
	bench, _ := benchHousehold()
	hs := []*household.Household{bench}
	for range 7 {
		hs = append(hs, randomHousehold(rng))
	}
	standards := []decimal.Decimal{std, d("4200.50")}
	type job struct {
		h  *household.Household
		in temporary.Inputs
	}
	var jobs []job
	var want []*temporary.Result
	for _, h := range hs {
		for _, s := range standards {
			in := temporary.Inputs{Standard: s, MedicalRemaining: d("8000.00"), HouseholdIncome: d("6000.00")}
			r, err := temporary.Assess(h, on, in, p)
			if err != nil {
				t.Fatal(err)
			}
			jobs, want = append(jobs, job{h, in}), append(want, r)
		}
	}
	a, err := temporary.New(p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(jobs) {
				i := (k*(g+1) + g) % len(jobs)
				got, err := a.Assess(jobs[i].h, on, jobs[i].in)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], got, equalDecimals); diff != "" {
					t.Errorf("goroutine %d, job %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}
