package temporary_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// The sample households in these tests are invented: no real person, name
// or id number.

// on is the assessment date of every case: a date in 2017, whose parameter
// set is the built-in one.
var on = household.NewDate(2017, 9, 1)

// june is the date of the events unless a case says otherwise.
var june = household.NewDate(2017, 6, 1)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// std is the 2017 低保 standard S the caller sets (2.1.1).
var std = stdOf(d("3622.00"))

// stdOf is the 低保 standard S of value v as the caller sets it: the
// parameter lowincome.standard (2.1.1).
func stdOf(v decimal.Decimal) policy.Param[decimal.Decimal] {
	return policy.New("lowincome.standard", v, policy.Seed, "东政办〔2017〕43号 二(一)1 (test)")
}

// event returns a hardship of type t dated in June 2017, with cost and the
// other aid received against it ("" for none).
func event(id string, t household.HardshipType, cost, other string) household.Hardship {
	e := household.Hardship{ID: id, Type: t, Date: june, Cost: d(cost)}
	if other != "" {
		e.OtherAid = d(other)
	}
	return e
}

func adult(id string) household.Member {
	return household.Member{ID: id, BirthDate: household.NewDate(1970, 3, 1)}
}

// home returns a household of two adults a1, a2 with the given events.
func home(events ...household.Hardship) *household.Household {
	return &household.Household{ID: "H-TEST", Township: "尧渡镇",
		Members: []household.Member{adult("a1"), adult("a2")}, Hardships: events}
}

func inputs() temporary.Inputs { return temporary.Inputs{} }

// line is a line as the tables state it.
type line struct {
	Item    policy.Item
	Member  string
	Payee   policy.Payee
	Form    policy.Form
	Annual  string
	Service string
}

func linesOf(ls []policy.Line) []line {
	var out []line
	for _, l := range ls {
		out = append(out, line{Item: l.Item(), Member: l.Member(), Payee: l.Payee(), Form: l.Form(),
			Annual: l.Annual().StringFixed(2), Service: l.Service()})
	}
	return out
}

// finding is a finding as the tables state it.
type finding struct {
	Kind   policy.FindingKind
	Item   policy.Item
	Member string
	Amount string
}

func findingsOf(fs []policy.Finding) []finding {
	var out []finding
	for _, f := range fs {
		out = append(out, finding{Kind: f.Kind(), Item: f.Item(), Member: f.Member(), Amount: f.Amount().StringFixed(2)})
	}
	return out
}

// newAssessor returns an Assessor for p, Default2017 when p is nil, under
// the 2017 低保 standard std when p sets none.
func newAssessor(t testing.TB, p *temporary.Params) *temporary.Assessor {
	t.Helper()
	if p == nil {
		p = temporary.Default2017()
	}
	if !p.Standard.Set {
		q := *p
		q.Standard = std
		p = &q
	}
	a, err := temporary.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
}

// withStandard returns p (Default2017 when nil) under the 低保 standard S
// of value s, as a caller sets it for a run of months whose set has it.
func withStandard(p *temporary.Params, s string) *temporary.Params {
	if p == nil {
		p = temporary.Default2017()
	}
	q := *p
	q.Standard = stdOf(d(s))
	return &q
}

// check returns h checked for the assessment date on.
func check(t testing.TB, h *household.Household) household.Checked {
	t.Helper()
	c, err := h.Check(on)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return c
}

// assess assesses h, checked on the date on, under p (Default2017 when
// nil) with the inputs in.
func assess(t *testing.T, h *household.Household, in temporary.Inputs, p *temporary.Params) temporary.Result {
	t.Helper()
	r, err := newAssessor(t, p).Assess(check(t, h), in)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return r
}

// eventAid is the rule for one event under p (Default2017 when nil).
func eventAid(t *testing.T, e *household.Hardship, p *temporary.Params) temporary.Aid {
	t.Helper()
	a, err := newAssessor(t, p).EventAid(e)
	if err != nil {
		t.Fatalf("EventAid: %v", err)
	}
	return a
}

func timeMonth(m int) time.Month { return time.Month(m) }

// explained is an explanation in Chinese and in English, as a table
// states it.
type explained struct{ Zh, En string }

// explainedOf renders x in both languages.
func explainedOf(x policy.Explanation) explained {
	return explained{x.Render(policy.ZH), x.Render(policy.EN)}
}

// fieldErr is a field error as the tables state it: its type and path.
type fieldErr struct {
	Type policy.ErrorType
	Path string
}

// fieldErrs lists the type and path of every field error of err, nil for
// none.
func fieldErrs(err error) []fieldErr {
	var out []fieldErr
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fieldErr{fe.Type, fe.Path})
	}
	return out
}

// hardshipTypes is every hardship type, in the order of the document.
var hardshipTypes = []household.HardshipType{household.Fire, household.Disaster, household.Accident, household.SuddenIllness,
	household.EmergencyOther, household.MedicalExpense, household.EducationExpense, household.ExpenseOther}

// multiplesWithout is the 2017 multiples (6 for education, 10 for every
// other type) of every hardship type but k: a set that gives none for k.
func multiplesWithout(k household.HardshipType) map[household.HardshipType]policy.Param[decimal.Decimal] {
	m := map[household.HardshipType]policy.Param[decimal.Decimal]{}
	for _, t := range hardshipTypes {
		n := "10"
		if t == household.EducationExpense {
			n = "6"
		}
		if t != k {
			m[t] = policy.New("temporary.multiple."+string(t), d(n), policy.Provisional, "")
		}
	}
	return m
}

// formsWithout is cash, the 2017 form, for every hardship type but k: a
// set that gives no form for k.
func formsWithout(k household.HardshipType) map[household.HardshipType]policy.Param[policy.Form] {
	m := map[household.HardshipType]policy.Param[policy.Form]{}
	for _, t := range hardshipTypes {
		if t != k {
			m[t] = policy.New("temporary.form."+string(t), policy.Cash, policy.Seed, "")
		}
	}
	return m
}
