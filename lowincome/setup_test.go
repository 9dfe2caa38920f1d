package lowincome_test

import (
	"errors"
	"github.com/google/go-cmp/cmp"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// The sample households in these tests are invented: no real person, name
// or id number.

// on is the assessment date of every case: a date in 2017, whose parameter
// set is the built-in one.
var on = household.NewDate(2017, 9, 1)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// adult returns a member born in 1970 with wages w (empty for none).
func adult(id, w string) household.Member {
	m := household.Member{ID: id, BirthDate: household.NewDate(1970, 3, 1)}
	if w != "" {
		m.Incomes = []household.Income{{Category: household.Wages, Amount: d(w)}}
	}
	return m
}

func classed(m household.Member, c household.Class) household.Member { m.Class = c; return m }

// kid returns a member born on the given date, in the given 2.2.3 category.
func kid(id string, born household.Date, c household.ChildCategory) household.Member {
	return household.Member{ID: id, BirthDate: born, Child: c}
}

// home returns a household of the given members, with the first member's
// income set to the household's whole counted income I.
func home(income string, members ...household.Member) *household.Household {
	if income != "" {
		members[0].Incomes = []household.Income{{Category: household.Wages, Amount: d(income)}}
	}
	return &household.Household{ID: "H-TEST", Township: "尧渡镇", Members: members}
}

// adults returns n adult members with ids a1…an.
func adults(n int) []household.Member {
	ms := make([]household.Member, n)
	for i := range ms {
		ms[i] = adult("a"+strconv.Itoa(i+1), "")
	}
	return ms
}

// line is a line as the tables state it: item, member and annual amount
// with its two places.
type line struct {
	Item   policy.Item
	Member string
	Annual string
}

func linesOf(r *lowincome.Result) []line {
	var out []line
	for _, l := range r.Lines {
		out = append(out, line{Item: l.Item, Member: l.Member, Annual: l.Annual.StringFixed(2)})
	}
	return out
}

func assess(t *testing.T, h *household.Household, p *lowincome.Params) *lowincome.Result {
	t.Helper()
	if p == nil {
		p = lowincome.Default2017()
	}
	r, err := lowincome.Assess(h, on, p)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	// The same through an Assessor on a checked record.
	as, err := lowincome.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	v, err := h.Check(on)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	got, err := as.AssessValid(v)
	if err != nil {
		t.Fatalf("AssessValid: %v", err)
	}
	if diff := cmp.Diff(r, got, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("AssessValid differs from Assess (-Assess +AssessValid):\n%s", diff)
	}
	return r
}

// TestAssessValidZero checks that the zero household.Valid, a record never
// checked, is refused.
func TestAssessValidZero(t *testing.T) {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := as.AssessValid(household.Valid{}); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("AssessValid(zero) error = %v, want ErrInvalid", err)
	}
}
