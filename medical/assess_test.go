package medical_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// TestAssess is a household's whole medical-aid assessment (2.3.2–2.3.4):
// groups, sponsorship lines, claim lines in processing order, and the
// out-of-pocket left after aid per member and for the household.
func TestAssess(t *testing.T) {
	type member struct {
		ID        string
		Group     medical.Group
		Aid       string
		PaidYear  string
		Remaining string
	}
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		h         *household.Household
		in        medical.Inputs
		p         *medical.Params
		lines     []line
		members   []member
		total     string
		remaining string
	}{
		{
			name: "lowincome household with a tekun member", clause: "2.3.4",
			desc: "低保户：户主住院（例7）5600，特困成员住院6400，非低保… / 低保 household with a 特困 member: example 7 for each",
			h: home(
				with(adult("m1"), example7),
				with(tekun(person("m2", "1940-01-01")), claim("c9", "2017-08-01", "25000.00", "15000.00", "2000.00")),
			),
			in: medical.Inputs{LowIncome: true},
			lines: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "5600.00"},
				{medical.ItemSponsorship, "m2", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemInpatient, "m2", policy.PayMember, policy.MedicalAidFund, "6400.00"},
			},
			members: []member{
				{"m1", medical.GroupLowIncome, "5600.00", "5600.00", "2400.00"},
				{"m2", medical.GroupTekun, "6400.00", "6400.00", "1600.00"},
			},
			total: "12360.00", remaining: "4000.00",
		},
		{
			name: "low-income family: elderly covered, adult not", clause: "2.3.2",
			desc: "低收入家庭：老人按例7救助1800，中年成员不属于，自负8000 / low-income family: the elderly member 1800.00, the adult none",
			h: func() *household.Household {
				h := home(with(person("m1", "1945-02-01"), example7), with(adult("m2"), example7))
				h.LowIncomeFamily = true
				return h
			}(),
			lines: []line{{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "1800.00"}},
			members: []member{
				{"m1", medical.GroupExtended, "1800.00", "1800.00", "6200.00"},
				{"m2", medical.GroupNone, "0.00", "0.00", "8000.00"},
			},
			total: "1800.00", remaining: "14200.00",
		},
		{
			name: "second aid across two claims", clause: "2.3.4",
			desc: "再次救助上限5000，已再次救助3000：两次各应1500，第二次限500 / second-aid cap 5000 with 3000 paid: 1500 then 500",
			h: home(paid(with(adult("m1"),
				claim("b", "2017-07-01", "20000.00", "10000.00", "0"),
				claim("a", "2017-04-01", "20000.00", "10000.00", "0")), "3000.00")),
			in: medical.Inputs{LowIncome: true, SecondAidPaid: map[string]decimal.Decimal{"m1": d("3000.00")}},
			p:  secondAid("0.00", "0.50", "5000.00"),
			lines: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "7000.00"},
				{medical.ItemSecondAid, "m1", policy.PayMember, policy.MedicalAidFund, "1500.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "7000.00"},
				{medical.ItemSecondAid, "m1", policy.PayMember, policy.MedicalAidFund, "500.00"},
			},
			members: []member{{"m1", medical.GroupLowIncome, "16000.00", "19000.00", "4000.00"}},
			total:   "16180.00", remaining: "4000.00",
		},
		{
			name: "annual cap stops second aid", clause: "2.3.4",
			desc: "已救助3000：第一次7000+1500，第二次限额余1500只够住院救助 / 3000 paid: 7000 + 1500, then only 1500 of the cap is left",
			h: home(paid(with(adult("m1"),
				claim("b", "2017-07-01", "40000.00", "20000.00", "0"),
				claim("a", "2017-04-01", "40000.00", "20000.00", "0")), "3000.00")),
			in: medical.Inputs{LowIncome: true, SecondAidPaid: map[string]decimal.Decimal{"m1": d("3000.00")}},
			p:  secondAid("3000.00", "0.50", "5000.00"),
			lines: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "14000.00"},
				{medical.ItemSecondAid, "m1", policy.PayMember, policy.MedicalAidFund, "1500.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "1500.00"},
				{medical.ItemSecondAid, "m1", policy.PayMember, policy.MedicalAidFund, "0.00"},
			},
			members: []member{{"m1", medical.GroupLowIncome, "17000.00", "20000.00", "23000.00"}},
			total:   "17180.00", remaining: "23000.00",
		},
		{
			name: "no claims", clause: "2.3.3",
			desc: "建档立卡户无住院：只有资助参合 / registered poor, no claims: sponsorship only",
			h: func() *household.Household {
				h := home(adult("m1"))
				h.RegisteredPoor = true
				return h
			}(),
			lines:   []line{{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.CountyFinance, "180.00"}},
			members: []member{{"m1", medical.GroupRegisteredPoor, "0.00", "0.00", "0.00"}},
			total:   "180.00", remaining: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var got []member
			for _, m := range r.Members() {
				got = append(got, member{m.ID(), m.Group(), m.Aid().StringFixed(2), m.PaidThisYear().StringFixed(2),
					m.Remaining().StringFixed(2)})
			}
			if diff := cmp.Diff(tc.members, got); diff != "" {
				t.Errorf("%s\nmembers (-want +got):\n%s", tc.desc, diff)
			}
			if g := r.Total().StringFixed(2); g != tc.total {
				t.Errorf("%s\ntotal = %s, want %s", tc.desc, g, tc.total)
			}
			if g := r.Remaining().StringFixed(2); g != tc.remaining || r.RemainingFen().String() != tc.remaining {
				t.Errorf("%s\nremaining = %s, want %s", tc.desc, g, tc.remaining)
			}
		})
	}
}

// TestClaimLinesNameTheClaim: every aid line is a lump sum from the
// medical-aid fund to the member, paid in the admission month, that names
// the claim by its id and in its explanation in both languages (2.3.4).
func TestClaimLinesNameTheClaim(t *testing.T) {
	h := home(with(adult("m1"),
		claim("ZY-2017-0042", "2017-02-01", "25000.00", "15000.00", "2000.00"),
		claim("ZY-2017-0077", "2017-03-01", "25000.00", "15000.00", "2000.00")))
	r := assess(t, h, medical.Inputs{LowIncome: true}, secondAid("1000.00", "0.50", "5000.00"))
	months := map[string]time.Month{"ZY-2017-0042": time.February, "ZY-2017-0077": time.March}
	for _, l := range r.Lines {
		if l.Item() == medical.ItemSponsorship {
			if l.ID() != "" || l.Period() != policy.Month(time.December) {
				t.Errorf("sponsorship line: id %q, period %v; want no id, paid in the assessment month 12", l.ID(), l.Period())
			}
			continue
		}
		if !l.Lump() || l.Payee() != policy.PayMember || l.Payer() != policy.MedicalAidFund || l.Member() != "m1" {
			t.Errorf("line %s: lump=%v payee=%q payer=%q member=%q", l.Item(), l.Lump(), l.Payee(), l.Payer(), l.Member())
		}
		if m, ok := months[l.ID()]; !ok || l.Period() != policy.Month(m) {
			t.Errorf("line %s: id %q, period %v; want a claim id, paid in its admission month", l.Item(), l.ID(), l.Period())
		}
		zh, en := l.Explanation().Render(policy.ZH), l.Explanation().Render(policy.EN)
		if !strings.Contains(zh, l.ID()) || !strings.Contains(en, l.ID()) {
			t.Errorf("line %s does not name its claim:\n%s\n%s", l.Item(), zh, en)
		}
		if !l.Schedule().Total().IsZero() {
			t.Errorf("line %s: a lump sum has a schedule", l.Item())
		}
	}
	if got := len(r.Lines); got != 5 {
		t.Errorf("%d lines, want 5 (sponsorship, then aid and second aid for each claim)", got)
	}
}

// TestPeriod: an assessment over a run of months assesses the claims
// admitted in it, and the sponsorship when the assessment date's month is
// in it; the groups are decided whatever the months.
func TestPeriod(t *testing.T) {
	h := home(with(adult("m1"),
		claim("c1", "2017-03-10", "25000.00", "15000.00", "2000.00"),
		claim("c2", "2017-08-01", "25000.00", "15000.00", "2000.00")), adult("m2"))
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		period    policy.Period
		lines     []line
		remaining string
	}{
		{
			name: "whole year", clause: "2.3.4", desc: "全年：资助参合与两次住院 / the whole year: sponsorship and both claims",
			lines: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "5600.00"},
				{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "5600.00"},
				{medical.ItemSponsorship, "m2", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
			},
			remaining: "4800.00",
		},
		{
			name: "first half", clause: "2.3.4", desc: "1–6月：只有3月住院 / January to June: the March claim only",
			period:    policy.Period{From: time.January, To: time.June},
			lines:     []line{{medical.ItemInpatient, "m1", policy.PayMember, policy.MedicalAidFund, "5600.00"}},
			remaining: "2400.00",
		},
		{
			name: "December", clause: "2.3.3", desc: "12月：只有资助参合 / December: the sponsorship only",
			period: policy.Month(time.December),
			lines: []line{
				{medical.ItemSponsorship, "m1", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
				{medical.ItemSponsorship, "m2", policy.PayNCMSFund, policy.MedicalAidFund, "180.00"},
			},
			remaining: "0.00",
		},
	}
	a := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(check(t, h), medical.Inputs{Period: tc.period, LowIncome: true})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			for _, l := range r.Lines {
				if !tc.period.Contains(l.Period().From) {
					t.Errorf("%s\nline %s %s paid in %v, outside %v", tc.desc, l.Item(), l.ID(), l.Period(), tc.period)
				}
			}
			if len(r.Decisions) != 2 {
				t.Errorf("%s\n%d decisions, want one per member", tc.desc, len(r.Decisions))
			}
			if g := r.Remaining().StringFixed(2); g != tc.remaining {
				t.Errorf("%s\nremaining = %s, want %s", tc.desc, g, tc.remaining)
			}
		})
	}
}

// TestAssessHelpers covers the decisions, Result.Members and Result.Member.
func TestAssessHelpers(t *testing.T) {
	r := assess(t, home(adult("m1"), tekun(adult("m2"))), medical.Inputs{}, nil)
	var outcomes []policy.Outcome
	for _, dec := range r.Decisions {
		outcomes = append(outcomes, dec.Outcome())
	}
	if diff := cmp.Diff([]policy.Outcome{policy.Ineligible, policy.Eligible}, outcomes); diff != "" {
		t.Errorf("decisions (-want +got):\n%s", diff)
	}
	for i, m := range r.Members() {
		if d := m.Decision(); d.Member() != m.ID() || d.Outcome() != r.Decisions[i].Outcome() {
			t.Errorf("member %s: decision of %q, %s; want the member's, %s", m.ID(), d.Member(), d.Outcome(), r.Decisions[i].Outcome())
		}
	}
	if m, ok := r.Member("m2"); !ok || m.Group() != medical.GroupTekun {
		t.Errorf("Member(m2) = %v, %v; want the 特困 member", m.Group(), ok)
	}
	if _, ok := r.Member("nobody"); ok {
		t.Errorf("Member(nobody) found a member")
	}
}

// TestAssessDoesNotModify: Assess leaves the record and inputs as they were.
func TestAssessDoesNotModify(t *testing.T) {
	h := home(paid(with(adult("m1"), claim("b", "2017-07-01", "1000.00", "0", "0"), claim("a", "2017-04-01", "1000.00", "0", "0")), "10.00"))
	before, err := h.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	in := medical.Inputs{LowIncome: true, SecondAidPaid: map[string]decimal.Decimal{"m1": d("10.00")}}
	assess(t, h, in, secondAid("0.00", "0.50", "5000.00"))
	after, _ := h.Marshal()
	if diff := cmp.Diff(string(before), string(after)); diff != "" {
		t.Errorf("record changed (-before +after):\n%s", diff)
	}
	if len(in.SecondAidPaid) != 1 || !in.SecondAidPaid["m1"].Equal(d("10.00")) {
		t.Errorf("inputs changed: %v", in.SecondAidPaid)
	}
}
