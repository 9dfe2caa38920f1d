package disability_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// equalDecimals compares amounts by value: 1.5 and 1.50 are equal.
var equalDecimals = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// sameAsAssessor checks that an Assessor made of p assesses h as the
// one-call Assess did: want is Assess's result. The setup helper assess
// calls it for every household the tables assess.
func sameAsAssessor(t *testing.T, h *household.Household, in disability.Inputs, p *disability.Params, want *disability.Result) {
	t.Helper()
	a, err := disability.New(p)
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
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AssessValid(household.Valid{}, disability.Inputs{}); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("AssessValid(zero) error = %v, want ErrInvalid", err)
	}
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// households are invented records covering each way the subsidies go.
func households() []*household.Household {
	return []*household.Household{
		benchHousehold(),
		home(adult("a1")),
		home(holder("d1", household.Physical, 1, care), holder("d2", household.Intellectual, 3, care),
			holder("d3", household.Mental, 3), holder("d4", household.Visual, 4, care, workInjury),
			holder("d5", household.Speech, 2, care, tekunMember), holder("d6", household.Multiple, 1, orphan)),
		poor(home(holder("d1", household.Hearing, 2, care), holder("d2", household.Intellectual, 3, care, tekunMember))),
		paid(home(holder("d1", household.Physical, 1, care)),
			pay(disability.ItemLiving, "d1", "50.00"), pay(disability.ItemNursing, "d1", "70.00"),
			pay("other", "d1", "1.00"), pay(disability.ItemLiving, "", "5.00")),
		{ID: "H-NOFIX", Township: "尧渡镇", NoFixedHousehold: true,
			Members: []household.Member{holder("p1", household.Physical, 1, care)}},
	}
}

// TestAssessorMatchesAssess: one Assessor gives, household after
// household, the results of the one-call Assess, under the 2017
// parameters and under others.
func TestAssessorMatchesAssess(t *testing.T) {
	params := map[string]*disability.Params{
		"2017": disability.Default2017(),
		"grade-3 option, tier unset": with(func(p *disability.Params) {
			p.Nursing.Grade3Option = policy.New("disability.nursing.grade3_option", true, policy.Local, "")
		}),
		"grade-3 option, tier set, no registered poor": with(func(p *disability.Params) {
			p.Nursing.Grade3Option = policy.New("disability.nursing.grade3_option", true, policy.Local, "")
			p.Nursing.Grade3 = policy.New("disability.nursing.grade3", d("45.50"), policy.Local, "")
			p.Living.RegisteredPoor = policy.New("disability.living.registered_poor", false, policy.Local, "")
			p.Living.ExcludeTekun = policy.New("disability.living.exclude_tekun", false, policy.Local, "")
		}),
		"half-even to the yuan": with(func(p *disability.Params) { p.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: 0} }),
	}
	for name, p := range params {
		t.Run(name, func(t *testing.T) {
			a, err := disability.New(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range households() {
				for _, in := range []disability.Inputs{covered, notCovered} {
					want, wantErr := disability.Assess(h, on, in, p)
					got, err := a.Assess(h, on, in)
					if !sameError(wantErr, err) {
						t.Fatalf("%s: Assessor.Assess error %v, Assess error %v", h.ID, err, wantErr)
					}
					if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
						t.Errorf("%s, %+v: (-Assess +Assessor):\n%s", h.ID, in, diff)
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
		p    *disability.Params
	}{
		{"nil parameters", nil},
		{"year 0", with(func(p *disability.Params) { p.Year = 0 })},
		{"living tier unset", with(func(p *disability.Params) { p.Living.Grade2.Set = false })},
		{"negative nursing tier and a switch unset", with(func(p *disability.Params) {
			p.Nursing.Grade1 = policy.New("disability.nursing.grade1", d("-60.00"), policy.Seed, "")
			p.Living.ExcludeOrphan.Set = false
		})},
		{"rounding unit too coarse", with(func(p *disability.Params) { p.Rounding.Places = -3 })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.p.Validate()
			a, err := disability.New(tc.p)
			if a != nil || err == nil {
				t.Fatalf("New = %v, %v; want nil and an error", a, err)
			}
			if !errors.Is(err, policy.ErrInvalid) || err.Error() != want.Error() {
				t.Errorf("New error %q, want Validate's %q wrapping policy.ErrInvalid", err, want)
			}
		})
	}
}

// TestAssessorErrors: an Assessor still checks the date and the record.
func TestAssessorErrors(t *testing.T) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		h       *household.Household
		on      household.Date
		wantErr error
		want    string
	}{
		{"date outside the parameter year", benchHousehold(), household.NewDate(2018, 1, 1), policy.ErrNoParams,
			"date: 2018-01-01 is outside the parameter year 2017 (no parameter set in force)"},
		{"invalid date", benchHousehold(), household.NewDate(2017, 13, 1), policy.ErrInvalid,
			"date: 2017-13-01 is not a valid assessment date"},
		{"grade 5", home(holder("d1", household.Physical, 5)), on, policy.ErrInvalid,
			"members[0].disability.grade: 5 is not 1–4"},
		{"nil household", nil, on, policy.ErrInvalid, "household: is missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(tc.h, tc.on, covered)
			if r != nil {
				t.Errorf("a result returned with the error")
			}
			var fe *policy.FieldError
			if !errors.Is(err, tc.wantErr) || !errors.As(err, &fe) || err.Error() != tc.want {
				t.Errorf("Assess error %v, want %q wrapping %v", err, tc.want, tc.wantErr)
			}
		})
	}
}

// TestNewCopies: changing the parameters after New changes neither the
// Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := disability.Default2017()
	a, err := disability.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Living.Grade1 = policy.New("disability.living.grade1", d("1.00"), policy.Local, "")
	p.Year = 2018
	r, err := a.Assess(home(holder("d1", household.Physical, 1, care)), on, covered)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "1520.00" {
		t.Errorf("after p changed, Total = %s, want 1520.00", got)
	}
	q := a.Params()
	q.Nursing.Grade2 = policy.New("disability.nursing.grade2", d("1.00"), policy.Local, "")
	if got := a.Params(); got.Year != 2017 || !got.Living.Grade1.Value.Equal(d("800.00")) || !got.Nursing.Grade2.Value.Equal(d("60.00")) {
		t.Errorf("Params = year %d, living grade 1 %s, nursing grade 2 %s; want the parameters New was given",
			got.Year, got.Living.Grade1.Value, got.Nursing.Grade2.Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race).
func TestAssessorConcurrent(t *testing.T) {
	p := disability.Default2017()
	hs := households()
	want := make([]*disability.Result, len(hs))
	for i, h := range hs {
		var err error
		if want[i], err = disability.Assess(h, on, covered, p); err != nil {
			t.Fatal(err)
		}
	}
	a, err := disability.New(p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 4 * len(hs) {
				i := (k + g) % len(hs)
				got, err := a.Assess(hs[i], on, covered)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], got, equalDecimals); diff != "" {
					t.Errorf("goroutine %d, household %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}
