package medical_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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
			desc: "低保户含特困成员：户主按例7救助5600，特困成员按80%救助6400，两人资助参合各180，合计12360 / a 低保 household with a 特困 member: example 7 gives 5600.00 and, at 80%, 6400.00; sponsorship 180.00 each; 12360.00 in all",
			h: home(
				with(adult("m1"), example7),
				with(tekun(person("m2", "1940-01-01")), claim("c9", "2017-08-01", "25000.00", "15000.00", "2000.00")),
			),
			in: medical.Inputs{LowIncome: true},
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				{Item: medical.ItemSponsorship, Member: "m2", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m2", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "6400.00"},
			},
			members: []member{
				{ID: "m1", Group: medical.GroupLowIncome, Aid: "5600.00", PaidYear: "5600.00", Remaining: "2400.00"},
				{ID: "m2", Group: medical.GroupTekun, Aid: "6400.00", PaidYear: "6400.00", Remaining: "1600.00"},
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
			lines: []line{{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1800.00"}},
			members: []member{
				{ID: "m1", Group: medical.GroupExtended, Aid: "1800.00", PaidYear: "1800.00", Remaining: "6200.00"},
				{ID: "m2", Group: medical.GroupNone, Aid: "0.00", PaidYear: "0.00", Remaining: "8000.00"},
			},
			total: "1800.00", remaining: "14200.00",
		},
		{
			name: "second aid across two claims", clause: "2.3.4",
			desc: "再次救助上限5000，已再次救助3000：两次各应1500，第二次限500 / second-aid cap 5000 with 3000 paid: 1500 then 500",
			h: home(secondPaid(with(adult("m1"),
				claim("b", "2017-07-01", "20000.00", "10000.00", "0"),
				claim("a", "2017-04-01", "20000.00", "10000.00", "0")), "3000.00")),
			in: medical.Inputs{LowIncome: true},
			p:  secondAid("0.00", "0.50", "5000.00"),
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "7000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1500.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "7000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "500.00"},
			},
			members: []member{{ID: "m1", Group: medical.GroupLowIncome, Aid: "16000.00", PaidYear: "19000.00", Remaining: "4000.00"}},
			total:   "16180.00", remaining: "4000.00",
		},
		{
			name: "annual cap stops second aid", clause: "2.3.4",
			desc: "已救助3000：第一次7000+1500，第二次限额余1500只够住院救助 / 3000 paid: 7000 + 1500, then only 1500 of the cap is left",
			h: home(secondPaid(with(adult("m1"),
				claim("b", "2017-07-01", "40000.00", "20000.00", "0"),
				claim("a", "2017-04-01", "40000.00", "20000.00", "0")), "3000.00")),
			in: medical.Inputs{LowIncome: true},
			p:  secondAid("3000.00", "0.50", "5000.00"),
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "14000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1500.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1500.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "0.00"},
			},
			members: []member{{ID: "m1", Group: medical.GroupLowIncome, Aid: "17000.00", PaidYear: "20000.00", Remaining: "23000.00"}},
			total:   "17180.00", remaining: "23000.00",
		},
		{
			name: "second aid already at its cap", clause: "2.3.4",
			desc: "本年已再次救助5000（再次救助上限5000）：住院70%×20000=14000，再次救助应(6000−3000)×50%=1500，余额5000−5000=0，再次救助0.00；" +
				"本年共救助5000+14000=19000 / 5000 second aid already paid of a 5000 cap: 14000.00, then 1500 due but 0.00 left of second aid's cap",
			h:  home(secondPaid(with(adult("m1"), claim("c1", "2017-05-10", "40000.00", "20000.00", "0")), "5000.00")),
			in: medical.Inputs{LowIncome: true},
			p:  secondAid("3000.00", "0.50", "5000.00"),
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "14000.00"},
				{Item: medical.ItemSecondAid, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "0.00"},
			},
			members: []member{{ID: "m1", Group: medical.GroupLowIncome, Aid: "14000.00", PaidYear: "19000.00", Remaining: "6000.00"}},
			total:   "14180.00", remaining: "6000.00",
		},
		{
			name: "main and second aid paid both count", clause: "2.3.4",
			desc: "已救助12000、已再次救助3000：限额余20000−15000=5000，住院应5600救5000 / 12000 main and 3000 second aid paid: 5000 of the cap left, 5600 due, 5000.00",
			h:    home(secondPaid(paid(with(adult("m1"), example7), "12000.00"), "3000.00")),
			in:   medical.Inputs{LowIncome: true},
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5000.00"},
			},
			members: []member{{ID: "m1", Group: medical.GroupLowIncome, Aid: "5000.00", PaidYear: "20000.00", Remaining: "3000.00"}},
			total:   "5180.00", remaining: "3000.00",
		},
		{
			name: "a claim counts against its own group's cap", clause: "2.3.4",
			desc: "低保户成员7月起特困（特困限额30000）：3月按低保70%×30000=21000限20000；8月按特困80%×10000=8000，特困限额余30000−20000=10000，救8000 / " +
				"特困 from July with a 30000 cap: March as 低保, 21000 cut to 20000.00; August as 特困, 8000.00 within the 10000 left",
			h: home(func() household.Member {
				m := with(adult("m1"), claim("c1", "2017-03-10", "60000.00", "30000.00", "0"),
					claim("c2", "2017-08-10", "20000.00", "10000.00", "0"))
				m.Tekun = household.Tekun{Mode: household.TekunDispersed, Period: months("2017-07", "")}
				return m
			}()),
			in: medical.Inputs{LowIncome: true},
			p: func() *medical.Params {
				p := medical.Default2017()
				p.Tekun.Cap.Value = d("30000.00")
				return p
			}(),
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "20000.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "8000.00"},
			},
			members: []member{{ID: "m1", Group: medical.GroupTekun, Aid: "28000.00", PaidYear: "28000.00", Remaining: "12000.00"}},
			total:   "28180.00", remaining: "12000.00",
		},
		{
			name: "no claims", clause: "2.3.3",
			desc: "建档立卡户无住院：只有资助参合 / registered poor, no claims: sponsorship only",
			h: func() *household.Household {
				h := home(adult("m1"))
				h.RegisteredPoor = true
				return h
			}(),
			lines:   []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.CountyFinance, Annual: "180.00"}},
			members: []member{{ID: "m1", Group: medical.GroupRegisteredPoor, Aid: "0.00", PaidYear: "0.00", Remaining: "0.00"}},
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
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				{Item: medical.ItemSponsorship, Member: "m2", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
			},
			remaining: "4800.00",
		},
		{
			name: "first half", clause: "2.3.4", desc: "1–6月：只有3月住院 / January to June: the March claim only",
			period:    policy.Period{From: time.January, To: time.June},
			lines:     []line{{Item: medical.ItemInpatient, Member: "m1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"}},
			remaining: "2400.00",
		},
		{
			name: "December", clause: "2.3.3", desc: "12月：只有资助参合 / December: the sponsorship only",
			period: policy.Month(time.December),
			lines: []line{
				{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
				{Item: medical.ItemSponsorship, Member: "m2", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
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

// TestRuns: a year assessed in runs of months, each handed the result of
// the run before (Inputs.Before): the aid paid in earlier runs, with what
// they carried from the record, counts toward the caps of a later run's
// claims (2.3.4), and the sponsorship is paid in the run that holds the
// assessment date's month (2.3.3). Claims of 40000 with NCMS 20000 have
// R = 20000; 低保 aid is 70%.
func TestRuns(t *testing.T) {
	big := func(id, admission string) household.Claim {
		return claim(id, admission, "40000.00", "20000.00", "0")
	}
	mid := func(id, admission string) household.Claim {
		return claim(id, admission, "20000.00", "10000.00", "0") // R 10000
	}
	type claimAid struct {
		Claim  string
		Aid    string
		Second string
	}
	type run struct {
		Period policy.Period
		Claims []claimAid
		Lines  int
		Paid   string // PaidThisYear after the run
		Second string // SecondPaidThisYear after the run
	}
	firstHalf, secondHalf := policy.Period{From: time.January, To: time.June}, policy.Period{From: time.July, To: time.December}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		m      household.Member
		p      *medical.Params
		runs   []run
	}{
		{
			name: "a later run after aid in an earlier run", clause: "2.3.4",
			desc: "1–6月：3月住院70%×20000=14000；7–12月：8月住院应14000，限额余20000−14000=6000，救助6000 / " +
				"January–June: 14000.00 in March; July–December: 14000 due in August, 6000.00 left of the cap",
			m: with(adult("m1"), big("c1", "2017-03-10"), big("c2", "2017-08-10")),
			runs: []run{
				{Period: firstHalf, Claims: []claimAid{{Claim: "c1", Aid: "14000.00", Second: "0.00"}}, Lines: 1, Paid: "14000.00", Second: "0.00"},
				{Period: secondHalf, Claims: []claimAid{{Claim: "c2", Aid: "6000.00", Second: "0.00"}}, Lines: 2, Paid: "20000.00", Second: "0.00"},
			},
		},
		{
			name: "what the record carried counts in every run", clause: "2.3.4",
			desc: "已救助1000、已再次救助500：1–6月救14000（余额18500）；7–12月余额20000−15500=4500，救助4500 / " +
				"1000 main and 500 second aid paid: 14000.00, then 4500.00 left of the cap",
			m: secondPaid(paid(with(adult("m1"), big("c1", "2017-03-10"), big("c2", "2017-08-10")), "1000.00"), "500.00"),
			runs: []run{
				{Period: firstHalf, Claims: []claimAid{{Claim: "c1", Aid: "14000.00", Second: "0.00"}}, Lines: 1, Paid: "15500.00", Second: "500.00"},
				{Period: secondHalf, Claims: []claimAid{{Claim: "c2", Aid: "4500.00", Second: "0.00"}}, Lines: 2, Paid: "20000.00", Second: "500.00"},
			},
		},
		{
			name: "second aid's cap across runs", clause: "2.3.4",
			desc: "再次救助上限5000、已再次救助3000：1–6月住院7000，再次(3000−0)×50%=1500；7–12月住院7000，再次应1500、余额5000−4500=500 / " +
				"second-aid cap 5000 with 3000 paid: 7000 + 1500.00, then 7000 + 500.00",
			m: secondPaid(with(adult("m1"), mid("c1", "2017-03-10"), mid("c2", "2017-08-10")), "3000.00"),
			p: secondAid("0.00", "0.50", "5000.00"),
			runs: []run{
				{Period: firstHalf, Claims: []claimAid{{Claim: "c1", Aid: "7000.00", Second: "1500.00"}}, Lines: 2, Paid: "11500.00", Second: "4500.00"},
				{Period: secondHalf, Claims: []claimAid{{Claim: "c2", Aid: "7000.00", Second: "500.00"}}, Lines: 3, Paid: "19000.00", Second: "5000.00"},
			},
		},
		{
			name: "three runs", clause: "2.3.4",
			desc: "1–4月：14000；5–8月：余额6000；9–12月：余额0，救助0 / three runs: 14000.00, 6000.00, 0.00",
			m:    with(adult("m1"), big("c1", "2017-02-10"), big("c2", "2017-06-10"), big("c3", "2017-10-10")),
			runs: []run{
				{Period: policy.Period{From: time.January, To: time.April}, Claims: []claimAid{{Claim: "c1", Aid: "14000.00", Second: "0.00"}}, Lines: 1, Paid: "14000.00", Second: "0.00"},
				{Period: policy.Period{From: time.May, To: time.August}, Claims: []claimAid{{Claim: "c2", Aid: "6000.00", Second: "0.00"}}, Lines: 1, Paid: "20000.00", Second: "0.00"},
				{Period: policy.Period{From: time.September, To: time.December}, Claims: []claimAid{{Claim: "c3", Aid: "0.00", Second: "0.00"}}, Lines: 2, Paid: "20000.00", Second: "0.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAssessor(t, tc.p)
			c := check(t, home(tc.m))
			var before *medical.Result
			var got []run
			for _, want := range tc.runs {
				r, err := a.Assess(c, medical.Inputs{Period: want.Period, LowIncome: true, Before: before})
				if err != nil {
					t.Fatal(err)
				}
				m := r.Members()[0]
				x := run{Period: r.Period(), Lines: len(r.Lines), Paid: m.PaidThisYear().StringFixed(2),
					Second: m.SecondPaidThisYear().StringFixed(2)}
				for _, cl := range m.Claims() {
					x.Claims = append(x.Claims, claimAid{cl.ID(), cl.Aid().StringFixed(2), cl.Second().StringFixed(2)})
				}
				got = append(got, x)
				before = &r
			}
			if diff := cmp.Diff(tc.runs, got); diff != "" {
				t.Errorf("%s\nruns (-want +got):\n%s", tc.desc, diff)
			}
			// The year assessed at once pays the same.
			year, err := a.Assess(c, medical.Inputs{LowIncome: true})
			if err != nil {
				t.Fatal(err)
			}
			if g, w := year.Members()[0].PaidThisYear().StringFixed(2), tc.runs[len(tc.runs)-1].Paid; g != w {
				t.Errorf("%s\nthe year at once paid %s, the runs %s", tc.desc, g, w)
			}
		})
	}
}

// TestRunsOneVariable: a caller may chain the runs of a year through one
// variable, each run's result taking the place of the one before (r, err =
// a.Assess(c, Inputs{…, Before: &r})). A result keeps what the runs before
// paid, not the runs, so the next run and the result itself read the same
// afterwards (2.3.4): 1–4月 3月住院 14000；5–8月 无住院，累计 14000；9–12月 10月住院
// 限额余 6000 / January–April 14000.00 in March; May–August no claim, 14000.00
// paid so far; September–December the 6000.00 left of the cap in October,
// 20000.00 paid this year.
func TestRunsOneVariable(t *testing.T) {
	a := newAssessor(t, nil)
	c := check(t, home(with(adult("m1"), claim("c1", "2017-03-10", "40000.00", "20000.00", "0"),
		claim("c3", "2017-10-10", "40000.00", "20000.00", "0"))))
	runs := []policy.Period{{From: time.January, To: time.April}, {From: time.May, To: time.August},
		{From: time.September, To: time.December}}
	var r medical.Result
	var got []string
	for i, p := range runs {
		in := medical.Inputs{Period: p, LowIncome: true}
		if i > 0 {
			in.Before = &r
		}
		var err error
		if r, err = a.Assess(c, in); err != nil {
			t.Fatal(err)
		}
		m := r.Members()[0]
		x := m.PaidThisYear().StringFixed(2)
		for _, cl := range m.Claims() {
			x += " " + cl.ID() + " " + cl.Aid().StringFixed(2)
		}
		got = append(got, x)
	}
	want := []string{"14000.00 c1 14000.00", "14000.00", "20000.00 c3 6000.00"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paid this year and claims, run by run (-want +got):\n%s", diff)
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

// TestAssessDoesNotModify: Assess leaves the record, the inputs and the
// result of the run before as they were.
func TestAssessDoesNotModify(t *testing.T) {
	h := home(paid(with(adult("m1"), claim("b", "2017-07-01", "1000.00", "0", "0"), claim("a", "2017-04-01", "1000.00", "0", "0")), "10.00"))
	before, err := h.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	a := newAssessor(t, secondAid("0.00", "0.50", "5000.00"))
	c := check(t, h)
	first, err := a.Assess(c, medical.Inputs{Period: policy.Period{From: time.January, To: time.May}})
	if err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, &first)
	in := medical.Inputs{Period: policy.Period{From: time.June, To: time.December}, LowIncomeMembers: []string{"m1"},
		Before: &first}
	if _, err := a.Assess(c, in); err != nil {
		t.Fatal(err)
	}
	after, _ := h.Marshal()
	if diff := cmp.Diff(string(before), string(after)); diff != "" {
		t.Errorf("record changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"m1"}, in.LowIncomeMembers); diff != "" {
		t.Errorf("inputs changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(want, snapshot(t, in.Before)); diff != "" {
		t.Errorf("the run before changed (-before +after):\n%s", diff)
	}
}
