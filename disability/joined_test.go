package disability_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/internal/yearcut"
	"github.com/safetynet-go/safetynet/policy"
)

// assessJoined assesses the checked record c over each of runs with the
// coverage of in and Inputs.Joined, joins the runs' lines as a breakdown
// does (policy.Assessment.AppendRun), and makes the audit of the joined
// lines that the run holding the assessment date's month left to
// AuditLines.
func assessJoined(t *testing.T, as *disability.Assessor, c household.Checked, in disability.Inputs,
	runs []policy.Period) *disability.Result {
	t.Helper()
	var out policy.Assessment
	var dated disability.Result
	for _, run := range runs {
		in := in
		in.Period, in.Joined = run, true
		r, err := as.Assess(c, in)
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
	return &disability.Result{Assessment: out}
}

// TestAuditJoined is 应补尽补 (2.2.4) over a year assessed in runs
// (section 0): a subsidy that goes on unchanged from one run into the next
// is one line, and what is received now is compared with that line — its
// amount and its regular month — never with the piece of it in the run
// that holds the assessment date's month.
func TestAuditJoined(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		on     household.Date
		runs   []policy.Period
		want   []finding
	}{
		{
			name: "unclaimed, the whole year's line", clause: "2.2.4",
			desc: "全年分三段评估（1–3、4–10、11–12月），二级肢体残疾需长期照护、在保：两项补贴各为一条全年线，未登记发放，" +
				"应发 800.00 元/年与 720.00 元/年，而非4–10月一段的 466.67 与 420.00 / the year in three runs, a grade-2 physical " +
				"holder needing long-term care in a covered household: each subsidy is one line for the year, not received, due " +
				"800.00 and 720.00 a year, not the April–October piece's 466.67 and 420.00",
			h:    home(adult("a1"), holder("d1", household.Physical, 2, care)),
			runs: []policy.Period{{From: 1, To: 3}, {From: 4, To: 10}, {From: 11, To: 12}},
			want: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "800.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "720.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；应发 720.00 元/年（每月 60.00 元）"},
			},
		},
		{
			name: "received the year's regular month", clause: "2.2.4",
			desc: "三级肢体残疾在保，全年分两段（1–10、11–12月），评估日 2017-11-15：全年线 400.00 每月 33.33，现发 33.33 无少发；" +
				"11–12月一段 66.67 的首月为 33.34，不作比较 / a grade-3 physical holder in a covered household, the year in two runs, " +
				"assessed on 2017-11-15: the year's line of 400.00 pays 33.33 a month, received 33.33, no finding; the November–December " +
				"piece of 66.67 would pay 33.34 first and is not what is compared",
			h:    paid(home(adult("a1"), holder("d1", household.Physical, 3)), pay(disability.ItemLiving, "d1", "33.33")),
			on:   household.NewDate(2017, 11, 15),
			runs: []policy.Period{{From: 1, To: 10}, {From: 11, To: 12}},
			want: nil,
		},
		{
			name: "underpaid, the year's months named", clause: "2.2.4",
			desc: "三级肢体残疾在保，全年分两段（1–10、11–12月），评估日 2017-09-01，现发 30.00：少发 3.33，应发为全年线 400.00 的每月 33.33（第1–11月） / " +
				"a grade-3 physical holder in a covered household, the year in two runs, assessed on 2017-09-01, received 30.00: " +
				"3.33 short of the year's line of 400.00 at 33.33 a month (months 1–11)",
			h:    paid(home(adult("a1"), holder("d1", household.Physical, 3)), pay(disability.ItemLiving, "d1", "30.00")),
			runs: []policy.Period{{From: 1, To: 10}, {From: 11, To: 12}},
			want: []finding{{Kind: policy.Underpayment, Item: disability.ItemLiving, Member: "d1", Amount: "3.33",
				Why: "少发：困难残疾人生活补贴现发 30.00 元/月，应发 33.33 元/月（第1–11月），每月少发 3.33 元"}},
		},
	}
	as, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			date := tc.on
			if date.IsZero() {
				date = on
			}
			c, err := tc.h.Check(date)
			if err != nil {
				t.Fatal(err)
			}
			got := findingsOf(assessJoined(t, as, c, covered, tc.runs))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAuditJoinedProperty: for a household whose coverage and 特困 support
// do not change within the year, the year cut into any runs, assessed with
// Inputs.Joined, joined and audited with AuditLines, has the lines and the
// findings of the year assessed in one run, whatever is received now. They
// are compared in any order (byLine, byFinding sort both sides): a line
// that starts in a later run comes after those of the runs before, so the
// joined order may differ from one run's. 1,000 households (100 under
// -race), 10,000 with SAFETYNET_LONG.
func TestAuditJoinedProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 43))
	as := assessors(t)
	for i := range testrun.Count(10_000, 1000) {
		a := as[i%len(as)]
		h := randomHousehold(rng)
		in := randomInputs(rng, h)
		in.Period = policy.Period{}
		date := household.NewDate(2017, time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
		c, err := h.Check(date)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		whole, err := a.Assess(c, in)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		for _, l := range whole.Lines { // receipts of the regular month, or a fen off it
			monthly := l.Schedule().Month()
			if rng.IntN(2) == 0 {
				monthly = decimal.Max(decimal.Zero, monthly.Add(decimal.New(int64(rng.IntN(3)-1), -2)))
			}
			if rng.IntN(3) > 0 {
				h.Current.Payments = append(h.Current.Payments, household.Payment{Programme: policy.Disability,
					Item: l.Item(), Member: l.Member(), Monthly: monthly})
			}
		}
		if c, err = h.Check(date); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if whole, err = a.Assess(c, in); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got := assessJoined(t, a, c, in, yearcut.Random(rng))
		if diff := cmp.Diff(linesOf(&whole), linesOf(got), byLine); diff != "" {
			t.Fatalf("case %d: lines (-one run +joined runs):\n%s", i, diff)
		}
		if diff := cmp.Diff(findingsOf(&whole), findingsOf(got), byFinding); diff != "" {
			t.Fatalf("case %d: findings (-one run +joined runs):\n%s", i, diff)
		}
	}
}

// byLine and byFinding order lines and findings by member, then item.
var (
	byLine = cmpopts.SortSlices(func(x, y line) bool {
		return x.Member < y.Member || x.Member == y.Member && x.Item < y.Item
	})
	byFinding = cmpopts.SortSlices(func(x, y finding) bool {
		return x.Member < y.Member || x.Member == y.Member && (x.Item < y.Item || x.Item == y.Item &&
			(x.Kind < y.Kind || x.Kind == y.Kind && (x.Amount < y.Amount || x.Amount == y.Amount && x.Why < y.Why)))
	})
)

// TestAuditLinesOtherResults: AuditLines audits only the result of the run
// holding the assessment date's month assessed with Inputs.Joined; on any
// other result it adds nothing, so no holder is audited twice (a result
// assessed without Joined has made its audit already) nor against a run
// that does not hold the date's month.
func TestAuditLinesOtherResults(t *testing.T) {
	tests := []struct {
		name string
		in   disability.Inputs
	}{
		{name: "assessed without Joined", in: disability.Inputs{LowIncome: true}},
		{name: "joined run before the date's month", in: disability.Inputs{LowIncome: true, Joined: true,
			Period: policy.Period{From: time.January, To: time.June}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Living due and not received, nursing received: an audit finds
			// something against the year's lines and against a run's alike.
			h := paid(home(adult("a1"), holder("d1", household.Physical, 1, care)), pay(disability.ItemNursing, "d1", "60.00"))
			r := assess(t, h, tc.in, nil)
			if len(r.Lines) == 0 {
				t.Fatal("no lines to audit")
			}
			var out policy.Assessment
			r.AuditLines(&out, r.Lines)
			if diff := cmp.Diff([]finding(nil), findingsOf(&disability.Result{Assessment: out})); diff != "" {
				t.Errorf("AuditLines findings (-want +got):\n%s", diff)
			}
		})
	}
}
