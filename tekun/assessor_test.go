package tekun_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// equalDecimals compares amounts by value: 1.5 and 1.50 are equal.
var equalDecimals = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// sameAsAssessor checks that an Assessor made of p assesses m as the
// one-call Assess did: want is Assess's result. The setup helper assess
// calls it for every member the tables assess.
func sameAsAssessor(t *testing.T, m *household.Member, p *tekun.Params, want *tekun.Result) {
	t.Helper()
	a, err := tekun.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	got, err := a.Assess(m, on)
	if err != nil {
		t.Fatalf("Assessor.Assess: %v", err)
	}
	if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
		t.Errorf("Assessor.Assess differs from Assess (-Assess +Assessor):\n%s", diff)
	}
}

// TestAssessorMatchesAssess: one Assessor gives, person after person and
// household after household, the results of the one-call functions, with
// and without the care subsidy, part-year and whole-year.
func TestAssessorMatchesAssess(t *testing.T) {
	members := []*household.Member{
		dispersed("t1", 0), dispersed("t2", 5),
		resident("t3", household.HomeClass1, 0), resident("t4", household.HomeClass2, 7),
		resident("t5", household.HomeClass3, 12), resident("t6", household.HomeUnrated, 3),
		selfCare(resident("t7", household.HomeClass2, 7), household.SelfCareNone),
		selfCare(dispersed("t8", 11), household.SelfCareFull),
		selfCare(dispersed("t9", 0), household.SelfCarePartial),
		{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)},
	}
	unnamed := resident("t10", household.HomeClass1, 4)
	unnamed.Tekun.HomeID = ""
	members = append(members, unnamed)
	households := []*household.Household{
		benchHousehold(),
		{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true, Members: []household.Member{*dispersed("t1", 0)}},
		{ID: "H-N", Township: "尧渡镇", Members: []household.Member{{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}}},
	}
	params := map[string]*tekun.Params{
		"2017": tekun.Default2017(),
		"care": with(func(p *tekun.Params) {
			p.Care.Full = local("tekun.care.full", "300.00")
			p.Care.None = local("tekun.care.none", "1200.00")
		}),
		"half-even to the yuan": with(func(p *tekun.Params) { p.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: 0} }),
	}
	for name, p := range params {
		t.Run(name, func(t *testing.T) {
			a, err := tekun.New(p)
			if err != nil {
				t.Fatal(err)
			}
			for round := range 2 { // the second round uses what the first worked out
				for _, m := range members {
					want, wantErr := tekun.Assess(m, on, p)
					got, err := a.Assess(m, on)
					if !sameError(wantErr, err) {
						t.Fatalf("round %d, %s: Assessor.Assess error %v, Assess error %v", round, m.ID, err, wantErr)
					}
					if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
						t.Errorf("round %d, %s: (-Assess +Assessor):\n%s", round, m.ID, diff)
					}
				}
				for _, h := range households {
					want, wantErr := tekun.AssessHousehold(h, on, p)
					got, err := a.AssessHousehold(h, on)
					if !sameError(wantErr, err) {
						t.Fatalf("round %d, %s: Assessor.AssessHousehold error %v, AssessHousehold error %v", round, h.ID, err, wantErr)
					}
					if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
						t.Errorf("round %d, %s: (-AssessHousehold +Assessor):\n%s", round, h.ID, diff)
					}
					if v, err := h.Check(on); err == nil {
						got, err := a.AssessValid(v)
						if !sameError(wantErr, err) {
							t.Fatalf("round %d, %s: AssessValid error %v, AssessHousehold error %v", round, h.ID, err, wantErr)
						}
						if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
							t.Errorf("round %d, %s: (-AssessHousehold +AssessValid):\n%s", round, h.ID, diff)
						}
					}
				}
			}
		})
	}
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		p    *tekun.Params
	}{
		{"nil parameters", nil},
		{"year 0", with(func(p *tekun.Params) { p.Year = 0 })},
		{"dispersed standard unset", with(func(p *tekun.Params) { p.Dispersed.Set = false })},
		{"negative care amount and a share above 1", with(func(p *tekun.Params) {
			p.Care.Partial = local("tekun.care.partial", "-5.00")
			p.ConsumptionShare.Value = d("1.6")
		})},
		{"rounding unit too fine", with(func(p *tekun.Params) { p.Rounding.Places = 3 })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.p.Validate()
			a, err := tekun.New(tc.p)
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
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.Assess(dispersed("t1", 0), household.NewDate(2018, 1, 1))
	wantError(t, "评估日不在参数年度 / a date outside 2017", err, policy.ErrNoParams, "date: 2018-01-01 is outside the parameter year 2017")
	_, err = a.Assess(dispersed("t1", 0), household.NewDate(2017, 2, 29))
	wantError(t, "评估日无效 / an invalid date", err, policy.ErrInvalid, "date: 2017-02-29 is not a valid assessment date")
	_, err = a.Assess(resident("t3", "", 0), on)
	wantError(t, "集中供养未填敬老院类别 / no class", err, policy.ErrInvalid, "member.tekun.home_class: is required for centralized support")
	_, err = a.AssessHousehold(nil, on)
	wantError(t, "空记录 / a nil record", err, policy.ErrInvalid, "household: is missing")
	_, err = a.AssessHousehold(benchHousehold(), household.NewDate(2016, 12, 31))
	wantError(t, "评估日不在参数年度 / a date outside 2017", err, policy.ErrNoParams, "date: 2016-12-31 is outside the parameter year 2017")
}

// TestNewCopies: changing the parameters after New changes neither the
// Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := tekun.Default2017()
	a, err := tekun.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Dispersed = local("tekun.dispersed", "9999.00")
	p.Year = 2018
	r, err := a.Assess(dispersed("t1", 0), on)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "3622.00" {
		t.Errorf("after p changed, Total = %s, want 3622.00", got)
	}
	q := a.Params()
	q.Centralized = local("tekun.centralized", "1.00")
	if got := a.Params(); got.Year != 2017 || !got.Dispersed.Value.Equal(d("3622.00")) || !got.Centralized.Value.Equal(d("4800.00")) {
		t.Errorf("Params = year %d, dispersed %s, centralized %s; want the parameters New was given", got.Year, got.Dispersed.Value, got.Centralized.Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race). The part-year
// amounts are worked out while the goroutines race for them.
func TestAssessorConcurrent(t *testing.T) {
	p := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	var members []*household.Member
	for months := range 13 {
		members = append(members, selfCare(resident("t3", household.HomeClass2, months), household.SelfCareNone),
			selfCare(dispersed("t1", months), household.SelfCareNone))
	}
	want := make([]*tekun.Result, len(members))
	for i, m := range members {
		var err error
		if want[i], err = tekun.Assess(m, on, p); err != nil {
			t.Fatal(err)
		}
	}
	a, err := tekun.New(p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range members {
				i := (k + g) % len(members)
				got, err := a.Assess(members[i], on)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], got, equalDecimals); diff != "" {
					t.Errorf("goroutine %d, member %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestAssessValidZero checks that the zero household.Valid, a record never
// checked, is refused.
func TestAssessValidZero(t *testing.T) {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AssessValid(household.Valid{}); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("AssessValid(zero) error = %v, want ErrInvalid", err)
	}
}
