package medical_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// The sample households in these tests are invented: no real person, name
// or id number.

// on is the assessment date of every case: the last day of 2017, the year
// of the built-in parameter set.
var on = household.NewDate(2017, 12, 31)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func date(s string) household.Date {
	t, err := household.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// person returns a member born on the given date ("YYYY-MM-DD").
func person(id, born string) household.Member {
	return household.Member{ID: id, BirthDate: date(born)}
}

// adult returns a member born in 1970.
func adult(id string) household.Member { return person(id, "1970-03-01") }

// claim returns a claim whose total cost is its compliant cost, with the
// basic NCMS and critical-illness payments given.
func claim(id, admission, compliant, ncms, critical string) household.Claim {
	return household.Claim{ID: id, Admission: date(admission), TotalCost: d(compliant), CompliantCost: d(compliant),
		NCMS: d(ncms), CriticalIllness: d(critical)}
}

// childClaim returns a claim for a child disease with its fixed-quota cost.
func childClaim(id, admission string, dis household.Disease, compliant, ncms, quota string) household.Claim {
	c := claim(id, admission, compliant, ncms, "0")
	c.Disease, c.FixedQuotaCost = dis, d(quota)
	return c
}

func with(m household.Member, cs ...household.Claim) household.Member { m.Claims = cs; return m }

// paid sets the main aid (inpatient and child-disease) already paid this
// year; secondPaid the second aid.
func paid(m household.Member, amount string) household.Member { m.MedicalAidPaid = d(amount); return m }

func secondPaid(m household.Member, amount string) household.Member {
	m.SecondAidPaid = d(amount)
	return m
}

// months returns the record period from..to ("2017-07"; to "" for an open
// end).
func months(from, to string) *household.MonthPeriod {
	ym := func(s string) household.YearMonth {
		var y household.YearMonth
		if err := y.UnmarshalText([]byte(s)); err != nil {
			panic(err)
		}
		return y
	}
	p := &household.MonthPeriod{From: ym(from)}
	if to != "" {
		p.To = ym(to)
	}
	return p
}

// child returns a member of the 2.2.3 category c born on born.
func child(id, born string, c household.ChildCategory) household.Member {
	m := person(id, born)
	m.Child = c
	return m
}

// lowFamily returns a low-income family (低收入家庭) of the given members.
func lowFamily(members ...household.Member) *household.Household {
	h := home(members...)
	h.LowIncomeFamily = true
	return h
}

func tekun(m household.Member) household.Member { m.Tekun.Mode = household.TekunDispersed; return m }

// home returns a household of the given members.
func home(members ...household.Member) *household.Household {
	return &household.Household{ID: "H-TEST", Township: "尧渡镇", Members: members}
}

// secondAid returns the 2017 parameters with second aid enabled at the
// given threshold, ratio and cap (invented local values for the tests).
func secondAid(threshold, ratio, limit string) *medical.Params {
	p := medical.Default2017()
	p.SecondAid = medical.SecondAid{
		Enabled:   policy.New("medical.second_aid.enabled", true, policy.Local, "county rule (test)"),
		Threshold: policy.New("medical.second_aid.threshold", d(threshold), policy.Local, "county rule (test)"),
		Ratio:     policy.New("medical.second_aid.ratio", d(ratio), policy.Local, "county rule (test)"),
		Cap:       policy.New("medical.second_aid.cap", d(limit), policy.Local, "county rule (test)"),
	}
	return p
}

// line is a line as the tables state it.
type line struct {
	Item   policy.Item
	Member string
	Payee  policy.Payee
	Payer  policy.Payer
	Annual string
}

func linesOf(ls []policy.Line) []line {
	var out []line
	for _, l := range ls {
		out = append(out, line{Item: l.Item(), Member: l.Member(), Payee: l.Payee(), Payer: l.Payer(),
			Annual: l.Annual().StringFixed(2)})
	}
	return out
}

// newAssessor returns an Assessor for p, the 2017 set when p is nil.
func newAssessor(t testing.TB, p *medical.Params) *medical.Assessor {
	t.Helper()
	if p == nil {
		p = medical.Default2017()
	}
	a, err := medical.New(p)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
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

// assess assesses h for the whole year under p (the 2017 set when nil).
func assess(t testing.TB, h *household.Household, in medical.Inputs, p *medical.Params) medical.Result {
	t.Helper()
	r, err := newAssessor(t, p).Assess(check(t, h), in)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return r
}

// claimAid applies the per-claim rule under p (the 2017 set when nil).
func claimAid(t testing.TB, in medical.ClaimInput, p *medical.Params) medical.ClaimResult {
	t.Helper()
	r, err := newAssessor(t, p).ClaimAid(in)
	if err != nil {
		t.Fatalf("ClaimAid: %v", err)
	}
	return r
}

// edited returns the 2017 defaults with edit applied: a set one test case
// changes.
func edited(edit func(p *medical.Params)) *medical.Params {
	p := medical.Default2017()
	edit(p)
	return p
}
