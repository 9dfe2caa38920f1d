package medical_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// equalDecimals compares amounts by value: 1.5 and 1.50 are equal.
var equalDecimals = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// sameAsAssessor checks that an Assessor made of p assesses h as the
// one-call Assess did: want is Assess's result. The setup helper assess
// calls it for every household the tables assess.
func sameAsAssessor(t *testing.T, h *household.Household, in medical.Inputs, p *medical.Params, want *medical.Result) {
	t.Helper()
	a, err := medical.New(p)
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
	a, err := medical.New(medical.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.AssessValid(household.Valid{}, medical.Inputs{}); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("AssessValid(zero) error = %v, want ErrInvalid", err)
	}
}

// sameClaimAsAssessor is sameAsAssessor for the per-claim rule; the setup
// helper claimAid calls it.
func sameClaimAsAssessor(t *testing.T, in medical.ClaimInput, p *medical.Params, want medical.ClaimResult) {
	t.Helper()
	a, err := medical.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	got, err := a.ClaimAid(in)
	if err != nil {
		t.Fatalf("Assessor.ClaimAid: %v", err)
	}
	if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
		t.Errorf("Assessor.ClaimAid differs from ClaimAid (-ClaimAid +Assessor):\n%s", diff)
	}
}

func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Error() == b.Error()
}

// TestAssessorMatchesAssess: one Assessor gives, household after
// household, the results of the one-call Assess: the benchmark household,
// and random households under random parameters (as the property tests
// make them), with and without second aid.
func TestAssessorMatchesAssess(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 23))
	for i := range 200 {
		p := randomParams(rng)
		if i == 0 {
			p = medical.Default2017()
		}
		a, err := medical.New(p)
		if err != nil {
			t.Fatal(err)
		}
		hs := []*household.Household{benchHousehold(), randomHousehold(rng), randomHousehold(rng)}
		for _, h := range hs {
			in := medical.Inputs{LowIncome: rng.IntN(2) == 0}
			want, wantErr := medical.Assess(h, on, in, p)
			got, err := a.Assess(h, on, in)
			if !sameError(wantErr, err) {
				t.Fatalf("%d: Assessor.Assess error %v, Assess error %v", i, err, wantErr)
			}
			if diff := cmp.Diff(want, got, equalDecimals); diff != "" {
				t.Fatalf("%d: (-Assess +Assessor):\n%s", i, diff)
			}
		}
	}
}

// randomHousehold returns an invented household of one to four members of
// random groups, each with up to three claims.
func randomHousehold(rng *rand.Rand) *household.Household {
	h := home()
	h.RegisteredPoor, h.LowIncomeFamily, h.ImpoverishedByIllness = rng.IntN(3) == 0, rng.IntN(2) == 0, rng.IntN(3) == 0
	for j := range 1 + rng.IntN(4) {
		m := person(string(rune('a'+j)), []string{"1940-05-01", "1970-03-01", "2008-07-15"}[rng.IntN(3)])
		m.MajorDisease = rng.IntN(3) == 0
		if rng.IntN(5) == 0 {
			m = tekun(m)
		}
		for k := range rng.IntN(4) {
			m.Claims = append(m.Claims, randomClaim(rng, string(rune('p'+k))))
		}
		h.Members = append(h.Members, m)
	}
	return h
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate, and ClaimAid and Assess with New's.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		p    *medical.Params
	}{
		{"nil parameters", nil},
		{"year 0", func() *medical.Params { p := medical.Default2017(); p.Year = 0; return p }()},
		{"key ratio below 70%", func() *medical.Params {
			p := medical.Default2017()
			p.LowIncome.Ratio.Value = d("0.65")
			return p
		}()},
		{"second aid on without its values", func() *medical.Params {
			p := medical.Default2017()
			p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "")
			return p
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.p.Validate()
			a, err := medical.New(tc.p)
			if a != nil || err == nil {
				t.Fatalf("New = %v, %v; want nil and an error", a, err)
			}
			if !errors.Is(err, policy.ErrInvalid) || err.Error() != want.Error() {
				t.Errorf("New error %q, want Validate's %q wrapping policy.ErrInvalid", err, want)
			}
			if _, err := medical.Assess(benchHousehold(), on, medical.Inputs{}, tc.p); !sameError(err, want) {
				t.Errorf("Assess error %q, want Validate's %q", err, want)
			}
			if _, err := medical.ClaimAid(medical.ClaimInput{Claim: example7}, tc.p); !sameError(err, want) {
				t.Errorf("ClaimAid error %q, want Validate's %q", err, want)
			}
		})
	}
}

// TestAssessorErrors: an Assessor still checks the date, the record, the
// claims and the inputs.
func TestAssessorErrors(t *testing.T) {
	a, err := medical.New(medical.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	dup := home(with(adult("m1"), claim("c1", "2017-02-01", "100.00", "0", "0"), claim("c1", "2017-03-01", "100.00", "0", "0")))
	tests := []struct {
		name    string
		h       *household.Household
		on      household.Date
		in      medical.Inputs
		wantErr error
		want    string
	}{
		{"date outside the parameter year", benchHousehold(), household.NewDate(2018, 1, 1), medical.Inputs{}, policy.ErrNoParams,
			"date: 2018-01-01 is outside the parameter year 2017"},
		{"invalid date", benchHousehold(), household.NewDate(2017, 2, 29), medical.Inputs{}, policy.ErrInvalid,
			"date: 2017-02-29 is not a valid assessment date"},
		{"nil household", nil, on, medical.Inputs{}, policy.ErrInvalid, "household: is missing"},
		{"duplicate claim id", dup, on, medical.Inputs{}, policy.ErrInvalid,
			`members[0].claims[1].id: "c1" is also the id of claims[0]`},
		{"second aid of no member", benchHousehold(), on,
			medical.Inputs{SecondAidPaid: map[string]decimal.Decimal{"zz": d("1.00")}}, policy.ErrInvalid,
			`inputs.second_aid_paid["zz"]: is not the id of a member`},
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
	_, err = a.ClaimAid(medical.ClaimInput{Group: "nobody", Claim: example7})
	if !errors.Is(err, policy.ErrInvalid) || !strings.Contains(err.Error(), `group: "nobody" is not`) {
		t.Errorf("ClaimAid error %v, want the unknown group", err)
	}
}

// TestNewCopies: changing the parameters after New changes neither the
// Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := medical.Default2017()
	a, err := medical.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.LowIncome.Ratio.Value = d("0.90")
	p.Contribution.Value = d("1.00")
	r, err := a.Assess(home(with(adult("m1"), example7)), on, medical.Inputs{LowIncome: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "5780.00" {
		t.Errorf("after p changed, Total = %s, want 5780.00", got)
	}
	q := a.Params()
	q.AnnualCap.Value = d("1.00")
	if got := a.Params(); !got.AnnualCap.Value.Equal(d("20000.00")) || !got.LowIncome.Ratio.Value.Equal(d("0.70")) {
		t.Errorf("Params = cap %s, ratio %s; want the parameters New was given", got.AnnualCap.Value, got.LowIncome.Ratio.Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race).
func TestAssessorConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 7))
	p := secondAid("1000.00", "0.50", "5000.00")
	hs := []*household.Household{benchHousehold()}
	for range 7 {
		hs = append(hs, randomHousehold(rng))
	}
	in := medical.Inputs{LowIncome: true}
	want := make([]*medical.Result, len(hs))
	for i, h := range hs {
		var err error
		if want[i], err = medical.Assess(h, on, in, p); err != nil {
			t.Fatal(err)
		}
	}
	a, err := medical.New(p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(hs) {
				i := (k + g) % len(hs)
				got, err := a.Assess(hs[i], on, in)
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

// TestRemainingRendered: the arithmetic of the remaining out-of-pocket,
// nested in every claim's explanation, is the text policy.Nested writes,
// for amounts of every shape.
func TestRemainingRendered(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 234))
	amounts := []string{"0", "0.00", "0.5", "12.30", "1e3", "25000", "999999999999.99", "1000000000000",
		"0.001", "12.345", "-3.5", "123456789012345678", "7.00000"}
	for range 2000 {
		var vs [6]decimal.Decimal
		for i := range vs {
			if rng.IntN(2) == 0 {
				vs[i] = d(amounts[rng.IntN(len(amounts))])
			} else {
				vs[i] = decimal.New(rng.Int64N(1_000_000_000), -int32(rng.IntN(4)))
			}
		}
		c := household.Claim{ID: "c1", Admission: on, CompliantCost: vs[0], TotalCost: vs[0], NCMS: vs[1],
			CriticalIllness: vs[2], Supplementary: vs[3], Guaranteed: vs[4], Disease: household.CongenitalHeart}
		r := medical.RemainingArg(&c, vs[5])
		want := medical.NestedRemaining(&c, vs[5])
		if diff := cmp.Diff(want, r, equalDecimals); diff != "" {
			t.Fatalf("amounts %v (-policy.Nested +rendered):\n%s", vs, diff)
		}
	}
}
