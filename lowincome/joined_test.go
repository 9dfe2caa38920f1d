package lowincome_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/internal/yearcut"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// assessJoined assesses the checked record c over each of runs with
// Inputs.Joined, joins the runs' lines as a breakdown does
// (policy.Assessment.AppendRun), and makes the audit of the joined lines
// that the run holding the assessment date's month left to AuditLines.
func assessJoined(t *testing.T, as *lowincome.Assessor, c household.Checked, runs []policy.Period) *policy.Assessment {
	t.Helper()
	var out policy.Assessment
	var dated lowincome.Result
	for _, run := range runs {
		r, err := as.Assess(c, lowincome.Inputs{Period: run, Joined: true})
		if err != nil {
			t.Fatalf("Assess %s: %v", run, err)
		}
		out.AppendRun(&r.Assessment, run)
		if run.Contains(c.Date().Month) {
			dated = r
		}
	}
	dated.AuditLines(&out, out.Lines)
	dated.AuditLines(&out, out.Lines) // a second call adds nothing
	return &out
}

// assessmentFindings are the findings of an assessment as the tables state
// them.
func assessmentFindings(a *policy.Assessment) []finding {
	return findingsOf(&lowincome.Result{Assessment: *a})
}

// TestAuditJoined is 2.1.2–2.1.3 精准识别 over a year assessed in runs
// (section 0): a line that goes on unchanged from one run into the next is
// one line, and what is paid now is compared with that line's regular
// month, never with the piece of it in the run that holds the assessment
// date's month.
func TestAuditJoined(t *testing.T) {
	aprilToOctober := months(ym(2017, time.April), ym(2017, time.October))
	januaryToOctober := months(ym(2017, time.January), ym(2017, time.October))
	pay := func(item policy.Item, member, monthly string) household.Payment {
		return household.Payment{Programme: policy.LowIncome, Item: item, Member: member, Monthly: d(monthly)}
	}
	paid := func(h *household.Household, pays ...household.Payment) *household.Household {
		h.Current.LowIncome = true
		h.Current.Payments = pays
		return h
	}
	individual := lowincome.Default2017()
	individual.ChildMode.Value = lowincome.ChildIndividual
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		on     household.Date
		p      *lowincome.Params // nil for Default2017
		runs   []policy.Period
		want   []finding
	}{
		{
			name: "an uplift across a member's 特困 months", clause: "2.1.2",
			desc: "m2 4–10月特困，全年分三段评估；m1 的B类增发 3622.00 × 20% = 724.40/年在三段中不变，合为一条全年线，每月 60.37（第1–11月）；" +
				"现发 60.00，少发 0.37；补差4–10月 (3622 − 2000) × 7 ÷ 12 = 946.17，每月 135.17，照发无发现 / " +
				"m2 特困 April–October, the year in three runs; m1's class B uplift 724.40 a year is the same in all three, one line for the year, " +
				"60.37 a month (months 1–11); paid 60.00, 0.37 short; the April–October base 946.17 is paid its 135.17 a month, no finding",
			h: paid(home("2000.00", classed(adult("m1", ""), household.ClassB), tekunIn(adult("m2", ""), aprilToOctober)),
				pay(lowincome.ItemUpliftB, "m1", "60.00"), pay(lowincome.ItemBase, "", "135.17")),
			runs: []policy.Period{{From: 1, To: 3}, {From: 4, To: 10}, {From: 11, To: 12}},
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemUpliftB, Member: "m1", Amount: "0.37",
				Why: "少发：现发 60.00 元/月，应发 60.37 元/月（第1–11月），每月少发 0.37 元"}},
		},
		{
			name: "a child's line joined, paid its regular month", clause: "2.2.3",
			desc: "个人全额模式：c1 全年 3622.00，m2 1–10月特困，全年分两段；评估日在11–12月段，该段 603.67 的首月为 301.84，" +
				"但全年线的每月为 301.83，现发 301.83 无少发 / individual switch: c1's line is 3622.00 for the year, the year in two runs " +
				"(m2 特困 January–October); the November–December piece of 603.67 would pay 301.84 first, but the year's line pays " +
				"301.83 a month, which is what c1 is paid: no finding",
			h: paid(home("20000.00", adult("m1", ""), tekunIn(adult("m2", ""), januaryToOctober),
				kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty)),
				pay(lowincome.ItemChild, "c1", "301.83")),
			on:   household.NewDate(2017, 11, 15),
			p:    individual,
			runs: []policy.Period{{From: 1, To: 10}, {From: 11, To: 12}},
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			if p == nil {
				p = lowincome.Default2017()
			}
			as, err := lowincome.New(p)
			if err != nil {
				t.Fatal(err)
			}
			date := tc.on
			if date.IsZero() {
				date = on
			}
			c, err := tc.h.Check(date)
			if err != nil {
				t.Fatal(err)
			}
			got := assessmentFindings(assessJoined(t, as, c, tc.runs))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAuditJoinedProperty: for a household whose 低保 household is one
// household all year (no member's 特困 support starts or ends in it), the
// year cut into any runs, assessed with Inputs.Joined, joined and audited
// with AuditLines, has the lines and the findings of the year assessed in
// one run, whatever is paid now: 1,000 households (100 under -race),
// 10,000 with SAFETYNET_LONG.
func TestAuditJoinedProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	var assessors []*lowincome.Assessor
	for _, mode := range []lowincome.ChildMode{lowincome.ChildInHousehold, lowincome.ChildIndividual} {
		p := lowincome.Default2017()
		p.ChildMode.Value = mode
		p.ChildAllowance = policy.New("lowincome.child_allowance", d("1200.00"), policy.Local, "test")
		as, err := lowincome.New(p)
		if err != nil {
			t.Fatal(err)
		}
		assessors = append(assessors, as)
	}
	for i := range testrun.Count(10_000, 1000) {
		as := assessors[i%len(assessors)]
		h := randomHousehold(rng)
		if rng.IntN(2) == 0 {
			h.LowIncomePeriod = randomMonths(rng)
		}
		withSupportMonths(rng, h, false)
		date := household.NewDate(2017, 1+rngMonth(rng), 1+rng.IntN(28))
		c, err := h.Check(date)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		whole, err := as.Assess(c, lowincome.Inputs{})
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if h.Current.LowIncome {
			h.Current.Payments = randomPayments(rng, h, &whole)
		}
		if c, err = h.Check(date); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if whole, err = as.Assess(c, lowincome.Inputs{}); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got := assessJoined(t, as, c, yearcut.Random(rng))
		if diff := cmp.Diff(linesOf(&whole), linesOf(&lowincome.Result{Assessment: *got})); diff != "" {
			t.Fatalf("case %d: lines (-one run +joined runs):\n%s", i, diff)
		}
		if diff := cmp.Diff(findingsOf(&whole), assessmentFindings(got)); diff != "" {
			t.Fatalf("case %d: findings (-one run +joined runs):\n%s", i, diff)
		}
	}
}

// randomPayments returns 低保 payments now for the lines of r: for each, one
// time in four none, else its regular month, more or less a few fen one
// time in two; and one time in four a class A uplift for h's first member,
// which may pay no line.
func randomPayments(rng *rand.Rand, h *household.Household, r *lowincome.Result) []household.Payment {
	var pays []household.Payment
	for _, l := range r.Lines {
		if rng.IntN(4) == 0 {
			continue
		}
		monthly := l.Schedule().Month()
		if rng.IntN(2) == 0 {
			monthly = decimal.Max(decimal.Zero, monthly.Add(decimal.New(int64(rng.IntN(7)-3), -2)))
		}
		pays = append(pays, household.Payment{Programme: policy.LowIncome, Item: l.Item(), Member: l.Member(), Monthly: monthly})
	}
	if rng.IntN(4) == 0 {
		pays = append(pays, household.Payment{Programme: policy.LowIncome, Item: lowincome.ItemUpliftA, Member: h.Members[0].ID,
			Monthly: decimal.New(int64(1+rng.IntN(50000)), -2)})
	}
	return pays
}
