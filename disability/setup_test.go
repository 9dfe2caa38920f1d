package disability_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The households and persons in these tests are invented: no real person,
// name or id number.

// on is the assessment date of every case: a date in 2017, whose parameter
// set is the built-in one.
var on = household.NewDate(2017, 9, 1)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// holder returns a member born in 1975 with a certificate of the type and
// grade, changed by the options.
func holder(id string, t household.DisabilityType, grade int, opts ...func(*household.Member)) household.Member {
	m := household.Member{ID: id, BirthDate: household.NewDate(1975, 4, 1),
		Disability: &household.Disability{Type: t, Grade: grade}}
	for _, o := range opts {
		o(&m)
	}
	return m
}

// Options of holder.
func care(m *household.Member)       { m.Disability.LongTermCare = true }
func workInjury(m *household.Member) { m.Disability.WorkInjuryNursing = true }
func orphan(m *household.Member) {
	m.Disability.OrphanAllowance = true
	m.BirthDate = household.NewDate(2008, 1, 1)
}
func tekunMember(m *household.Member) {
	m.Tekun = household.Tekun{Mode: household.TekunDispersed}
}

func adult(id string) household.Member {
	return household.Member{ID: id, BirthDate: household.NewDate(1970, 1, 1)}
}

// home returns a household of the members.
func home(members ...household.Member) *household.Household {
	return &household.Household{ID: "H-TEST", Township: "尧渡镇", Members: members}
}

func poor(h *household.Household) *household.Household { h.RegisteredPoor = true; return h }

// lowIncomeFrom returns h covered by 低保 from month from to month to (the
// zero to for no end).
func lowIncomeFrom(h *household.Household, from, to household.YearMonth) *household.Household {
	h.LowIncomePeriod = &household.MonthPeriod{From: from, To: to}
	return h
}

// fromJuly is h covered by 低保 from July 2017, with no end.
func fromJuly(h *household.Household) *household.Household {
	return lowIncomeFrom(h, household.NewYearMonth(2017, time.July), household.YearMonth{})
}

// paid records payments received now.
func paid(h *household.Household, pays ...household.Payment) *household.Household {
	h.Current.Payments = pays
	return h
}

func pay(item policy.Item, member, monthly string) household.Payment {
	return household.Payment{Programme: policy.Disability, Item: item, Member: member, Monthly: d(monthly)}
}

// covered is the 低保 coverage the lowincome package decided.
var (
	covered    = disability.Inputs{LowIncome: true}
	notCovered = disability.Inputs{}
)

// line is a line as the tables state it.
type line struct {
	Item        policy.Item
	Member      string
	Annual      string
	Provisional bool
}

func linesOf(r *disability.Result) []line {
	var out []line
	for _, l := range r.Lines {
		out = append(out, line{l.Item(), l.Member(), l.Annual().StringFixed(2), l.Provisional()})
	}
	return out
}

// decided is a decision as the tables state it.
type decided struct {
	Outcome policy.Outcome
	Why     string
}

func decidedOf(d policy.Decision) decided {
	return decided{d.Outcome(), d.Explanation().Render(policy.ZH)}
}

// with returns the 2017 parameters changed by f.
func with(f func(p *disability.Params)) *disability.Params {
	p := disability.Default2017()
	f(p)
	return p
}

// assess checks h on the date of the cases and assesses it under p (nil
// for the 2017 parameters).
func assess(t *testing.T, h *household.Household, in disability.Inputs, p *disability.Params) *disability.Result {
	t.Helper()
	if p == nil {
		p = disability.Default2017()
	}
	a, err := disability.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	c, err := h.Check(on)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	r, err := a.Assess(c, in)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return &r
}

// wire is the result as a breakdown writes it: its lines, decisions and
// findings in JSON.
func wire(t *testing.T, r *disability.Result) string {
	t.Helper()
	b, err := json.Marshal(struct {
		Lines     []policy.Line
		Decisions []policy.Decision
		Findings  []policy.Finding
	}{r.Lines, r.Decisions, r.Findings})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
