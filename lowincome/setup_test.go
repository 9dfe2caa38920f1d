package lowincome_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

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

// withLimits returns the 2017 set with the asset test configured (2.1.3):
// deposits per capita unless "", vehicles and extra dwellings unless
// negative.
func withLimits(deposits string, vehicles, housing int) *lowincome.Params {
	p := lowincome.Default2017()
	if deposits != "" {
		p.Assets.DepositsPerCapita = policy.New("lowincome.assets.deposits_per_capita", d(deposits), policy.Local, "county rule")
	}
	if vehicles >= 0 {
		p.Assets.Vehicles = policy.New("lowincome.assets.vehicles", vehicles, policy.Local, "county rule")
	}
	if housing >= 0 {
		p.Assets.ExtraHousing = policy.New("lowincome.assets.extra_housing", housing, policy.Local, "county rule")
	}
	return p
}

// countedWithout is the 2017 counting rules of every income category but
// k (2.1.3: income counted; disability pay, bravery awards, scholarships
// and assistance not): a set that gives no rule for k.
func countedWithout(k household.IncomeCategory) map[household.IncomeCategory]policy.Param[bool] {
	m := map[household.IncomeCategory]policy.Param[bool]{}
	for _, c := range []household.IncomeCategory{household.Wages, household.Agriculture, household.Business,
		household.Property, household.Transfers, household.OtherIncome} {
		if c != k {
			m[c] = policy.New("lowincome.counted."+string(c), true, policy.Law, "")
		}
	}
	for _, c := range []household.IncomeCategory{household.DisabilityPay, household.BraveryAward, household.Scholarship} {
		if c != k {
			m[c] = policy.New("lowincome.counted."+string(c), false, policy.Provisional, "")
		}
	}
	for _, c := range []household.IncomeCategory{household.LowIncomePay, household.TekunPay, household.TemporaryAid,
		household.MedicalAid, household.ChildrenAllowance} {
		if c != k {
			m[c] = policy.New("lowincome.counted."+string(c), false, policy.Derived, "")
		}
	}
	return m
}

// declaring returns h declaring its assets: deposits, vehicles and extra
// dwellings.
func declaring(h *household.Household, deposits string, vehicles, housing int) *household.Household {
	h.Assets = &household.Assets{Deposits: d(deposits), Vehicles: vehicles, ExtraHousing: housing}
	return h
}

// adults returns n adult members with ids a1…an.
func adults(n int) []household.Member {
	ms := make([]household.Member, n)
	for i := range ms {
		ms[i] = adult("a"+strconv.Itoa(i+1), "")
	}
	return ms
}

// tekunAlone returns a household of one adult, a1, under dispersed 特困
// support: no member in the 低保 household (section 0).
func tekunAlone() *household.Household {
	h := home("", adults(1)...)
	h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed}
	return h
}

// wanderer returns a one-member record, a1, of a person without a
// household (section 0, 2.4.3).
func wanderer() *household.Household {
	h := home("", adults(1)...)
	h.NoFixedHousehold = true
	return h
}

// from returns h covered by 低保 from month m of 2017 (lowincome_period
// with an open end).
func from(m time.Month, h *household.Household) *household.Household {
	h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, m)}
	return h
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
		out = append(out, line{Item: l.Item(), Member: l.Member(), Annual: l.Annual().StringFixed(2)})
	}
	return out
}

// assess checks h for the date of every case and assesses it for the whole
// year under p (Default2017 when nil) through an Assessor: the one way in.
func assess(t *testing.T, h *household.Household, p *lowincome.Params) *lowincome.Result {
	t.Helper()
	return assessIn(t, h, p, lowincome.Inputs{})
}

// assessIn is assess with the given inputs.
func assessIn(t *testing.T, h *household.Household, p *lowincome.Params, in lowincome.Inputs) *lowincome.Result {
	t.Helper()
	if p == nil {
		p = lowincome.Default2017()
	}
	as, err := lowincome.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	c, err := h.Check(on)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	r, err := as.Assess(c, in)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return &r
}

// TestAssessZero checks that the zero household.Checked, a record never
// checked, is refused with a field error naming the household.
func TestAssessZero(t *testing.T) {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	r, err := as.Assess(household.Checked{}, lowincome.Inputs{})
	fes := policy.FieldErrors(err)
	if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != "household" || fes[0].Type != policy.ErrorRequired {
		t.Errorf("Assess(zero) error = %v, want a required error at household", err)
	}
	if len(r.Lines) != 0 || len(r.Decisions) != 0 || len(r.Findings) != 0 {
		t.Errorf("Assess(zero) returned a result with its error: %+v", r)
	}
}
