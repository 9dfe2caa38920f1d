package lowincome_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// tekunIn puts m in dispersed 特困 support over p (nil: the whole year).
func tekunIn(m household.Member, p *household.MonthPeriod) household.Member {
	m.Tekun = household.Tekun{Mode: household.TekunDispersed, Period: p}
	return m
}

// TestTekunMonths is section 0 "Who counts in the household" month by
// month: a member under 特困 support is out of the 低保 household (not in
// n, his income not in I) in the months of his support only, and an
// ordinary member in the other months of the year. A run of months in which
// his support starts or ends has no one household: an error at his
// tekun.period, never a silently wrong amount.
func TestTekunMonths(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	marchToAugust := months(ym(2017, time.March), ym(2017, time.August))
	example := func() *household.Household { // m1 income 2000.00, m2 特困 2017-03 to 2017-08
		return home("2000.00", adult("m1", ""), tekunIn(adult("m2", ""), marchToAugust))
	}
	withChild := func() *household.Household { // c1, a child in difficulty, 特困 2017-03 to 2017-08
		return home("2000.00", adult("m1", ""), tekunIn(kid("c1", born2010, household.ChildInDifficulty), marchToAugust))
	}
	type fieldErr struct {
		Path  string
		Type  policy.ErrorType
		Value string
	}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       *household.Household
		period  policy.Period // the run; the zero Period is the whole year
		size    int
		income  string
		want    []pline
		wantErr []fieldErr
	}{
		{
			name: "before the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic},
			desc: "m2 3–8月特困，评估1–2月：n = 2，I = 2000.00，补差 3622×2−2000 = 5244.00/年 × 2 ÷ 12 = 874.00，月437.00 / " +
				"m2 特困 March–August, run January–February: n = 2, I = 2000.00, base 5244.00 a year × 2 ÷ 12 = 874.00, 437.00 a month",
			h: example(), period: policy.Period{From: time.January, To: time.February}, size: 2, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "874.00", Period: "01–02", Month: "437.00"}},
		},
		{
			name: "during the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic},
			desc: "m2 3–8月特困，评估3–8月：m2单独供养，n = 1，I = 2000.00，补差 3622−2000 = 1622.00/年 × 6 ÷ 12 = 811.00，月135.17 / " +
				"m2 特困 March–August, run March–August: m2 assessed alone, n = 1, I = 2000.00, base 1622.00 a year × 6 ÷ 12 = 811.00, 135.17 a month",
			h: example(), period: policy.Period{From: time.March, To: time.August}, size: 1, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "811.00", Period: "03–08", Month: "135.17"}},
		},
		{
			name: "after the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic},
			desc: "m2 3–8月特困，评估9–12月：n = 2，I = 2000.00，补差 3622×2−2000 = 5244.00 × 4 ÷ 12 = 1748.00，月437.00 / " +
				"m2 特困 March–August, run September–December: n = 2, I = 2000.00, base 5244.00 × 4 ÷ 12 = 1748.00, 437.00 a month",
			h: example(), period: policy.Period{From: time.September, To: time.December}, size: 2, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "1748.00", Period: "09–12", Month: "437.00"}},
		},
		{
			name: "support covering part of the run", clauses: []policy.Clause{policy.ClauseConventions},
			desc: "m2 3–8月特困，一次评估全年：特困期间只覆盖部分月份，报错于 members[1].tekun.period，不给出错误金额 / " +
				"m2 特困 March–August, the whole year at once: his 特困 months cover only part of it, an error at members[1].tekun.period, no wrong amount",
			h:       example(),
			wantErr: []fieldErr{{Path: "members[1].tekun.period", Type: policy.ErrorInvalid, Value: "2017-03 to 2017-08"}},
		},
		{
			name: "support wholly in 2018", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic},
			desc: "m2 2018-01起特困：2017年全年为普通成员，n = 2，补差 3622×2−2000 = 5244.00，月437.00 / " +
				"m2 特困 from January 2018: an ordinary member all of 2017, n = 2, base 5244.00, 437.00 a month",
			h: home("2000.00", adult("m1", ""),
				tekunIn(adult("m2", ""), months(ym(2018, time.January), household.YearMonth{}))),
			size: 2, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "5244.00", Period: "01–12", Month: "437.00"}},
		},
		{
			name: "a child in difficulty before the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren},
			desc: "困境儿童c1 3–8月特困，评估1–2月：n = 2，补差 5244.00 × 2 ÷ 12 = 874.00；儿童 2000 ÷ 2 = 1000.00/年 × 2 ÷ 12 = 166.67 / " +
				"child c1 特困 March–August, run January–February: n = 2, base 874.00; child 1000.00 a year × 2 ÷ 12 = 166.67",
			h: withChild(), period: policy.Period{From: time.January, To: time.February}, size: 2, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "874.00", Period: "01–02", Month: "437.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "166.67", Period: "01–02", Month: "83.34"}},
		},
		{
			name: "a child in difficulty during the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren},
			desc: "困境儿童c1 3–8月特困，评估3–8月：c1单独供养，不领儿童补助，n = 1，补差 3622−2000 = 1622.00 × 6 ÷ 12 = 811.00 / " +
				"child c1 特困 March–August, run March–August: c1 assessed alone, no child line, n = 1, base 1622.00 × 6 ÷ 12 = 811.00",
			h: withChild(), period: policy.Period{From: time.March, To: time.August}, size: 1, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "811.00", Period: "03–08", Month: "135.17"}},
		},
		{
			name: "a child in difficulty after the support", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren},
			desc: "困境儿童c1 3–8月特困，评估9–12月：n = 2，补差 5244.00 × 4 ÷ 12 = 1748.00；儿童 2000 ÷ 2 = 1000.00 × 4 ÷ 12 = 333.33 / " +
				"child c1 特困 March–August, run September–December: n = 2, base 5244.00 × 4 ÷ 12 = 1748.00; child 1000.00 × 4 ÷ 12 = 333.33",
			h: withChild(), period: policy.Period{From: time.September, To: time.December}, size: 2, income: "2000.00",
			want: []pline{{Item: lowincome.ItemBase, Annual: "1748.00", Period: "09–12", Month: "437.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "333.33", Period: "09–12", Month: "83.33"}},
		},
	}
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.h.Check(on)
			if err != nil {
				t.Fatal(err)
			}
			r, err := as.Assess(c, lowincome.Inputs{Period: tc.period})
			if tc.wantErr != nil {
				var got []fieldErr
				for _, fe := range policy.FieldErrors(err) {
					got = append(got, fieldErr{fe.Path, fe.Type, fe.Value})
				}
				if diff := cmp.Diff(tc.wantErr, got); diff != "" || !errors.Is(err, policy.ErrInvalid) {
					t.Errorf("%s\nerror %v (-want +got):\n%s", tc.desc, err, diff)
				}
				if len(r.Lines)+len(r.Decisions)+len(r.Findings) != 0 {
					t.Errorf("%s\na result with the error: %d lines", tc.desc, len(r.Lines))
				}
				if _, err := as.Incomes(c, lowincome.Inputs{Period: tc.period}); err == nil {
					t.Errorf("%s\nIncomes gave no error", tc.desc)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s\n%v", tc.desc, err)
			}
			if r.Size() != tc.size || r.Income().StringFixed(2) != tc.income {
				t.Errorf("%s\nn = %d, I = %s; want %d, %s", tc.desc, r.Size(), r.Income().StringFixed(2), tc.size, tc.income)
			}
			if diff := cmp.Diff(tc.want, plinesOf(&r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestChildLinesAcrossRuns is 2.2.3 and section 0 across runs: a year
// assessed in two runs with the same parameters gives child lines of one
// formula, chosen from the household's 低保 months in the whole year, so
// that policy.Assessment.AppendRun joins each child's lines into one, as if
// the year were assessed at once.
func TestChildLinesAcrossRuns(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	six := func() *household.Household { // I = 16458.00, n = 6, covered January–July
		h := home("16458.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), adult("a4", ""),
			kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome))
		h.LowIncomePeriod = months(ym(2017, time.January), ym(2017, time.July))
		return h
	}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       *household.Household
		runs    []policy.Period
		want    []pline
		formula []string // the formula of each run's child lines, in order
	}{
		{
			name: "two runs joined", clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseConventions},
			desc: "6人户 I = 16458.00，两名困境儿童，低保1–7月，分1–6月和7–12月两段评估（参数相同）：" +
				"补差 3622×6−16458 = 5274.00 × 7 ÷ 12 = 3076.50；儿童每人 16458 ÷ 6 = 2743.00/年，合计 2 × 2743 × 7 ÷ 12 = 3200.1666… → 3200.17，" +
				"各 1600.08，尾差1分给c1：1600.09、1600.08（而非 1371.50 + 228.59 两行） / " +
				"household of 6, I = 16458.00, two children in difficulty, covered January–July, assessed in two runs with the same parameters: " +
				"base 5274.00 × 7 ÷ 12 = 3076.50; children together 2 × 2743.00 × 7 ÷ 12 = 3200.17 rounded once, 1600.09 and 1600.08 (not 1371.50 + 228.59)",
			h:    six(),
			runs: []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			want: []pline{{Item: lowincome.ItemBase, Annual: "3076.50", Period: "01–07", Month: "439.50"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1600.09", Period: "01–07", Month: "228.58"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "1600.08", Period: "01–07", Month: "228.58"}},
			formula: []string{"lowincome.child-split", "lowincome.child-split", "lowincome.child-split", "lowincome.child-split"},
		},
		{
			name: "the same year at once", clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseConventions},
			desc: "6人户 I = 16458.00，两名困境儿童，低保1–7月，一次评估全年：与分两段评估相同，补差 3076.50，儿童 1600.09、1600.08 / " +
				"household of 6, I = 16458.00, two children in difficulty, covered January–July, assessed at once: the same as in two runs, base 3076.50, children 1600.09 and 1600.08",
			h:    six(),
			runs: []policy.Period{{}},
			want: []pline{{Item: lowincome.ItemBase, Annual: "3076.50", Period: "01–07", Month: "439.50"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1600.09", Period: "01–07", Month: "228.58"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "1600.08", Period: "01–07", Month: "228.58"}},
			formula: []string{"lowincome.child-split", "lowincome.child-split"},
		},
	}
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.h.Check(on)
			if err != nil {
				t.Fatal(err)
			}
			var year lowincome.Result
			var formulas []string
			for _, run := range tc.runs {
				r, err := as.Assess(c, lowincome.Inputs{Period: run})
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range r.Lines {
					if l.Item() == lowincome.ItemChild {
						formulas = append(formulas, l.Explanation().Formula().ID)
					}
				}
				year.AppendRun(&r.Assessment, run)
			}
			if diff := cmp.Diff(tc.want, plinesOf(&year)); diff != "" {
				t.Errorf("%s\nlines of the year (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.formula, formulas); diff != "" {
				t.Errorf("%s\nchild formulas of the runs (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestPartYearRounding is 2.2.3 and section 0 on a part year: each line
// pays round(R × k / 12), once, so the 补差 and the children's shared total
// are two roundings, and the paid total can rise by one fen when income
// rises although the lines' exact annual rates fall. The letter of the
// rules (one rounding per line) is kept; the property tests allow exactly
// this.
func TestPartYearRounding(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	five := func(income string) *household.Household { // covered from August
		return from(time.August, home(income, adult("a1", ""), adult("a2", ""), adult("a3", ""),
			kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficulty)))
	}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       *household.Household
		want    []pline
		total   string
	}{
		{
			name: "five members, I = 14450.00", clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseConventions},
			desc: "5人户含两名困境儿童，8月起低保，I = 14450.00：补差 3622×5−14450 = 3660.00/年 × 5 ÷ 12 = 1525.00；" +
				"儿童合计 2 × 14450 ÷ 5 = 5780.00/年 × 5 ÷ 12 = 2408.333… → 2408.33（1204.17 + 1204.16）；合计 3933.33，年率和 9440.00 / " +
				"household of 5 with two children in difficulty, covered from August, I = 14450.00: base 3660.00 × 5 ÷ 12 = 1525.00; " +
				"children 5780.00 × 5 ÷ 12 = 2408.33 (1204.17 + 1204.16); total 3933.33, the annual rates summing to 9440.00",
			h: five("14450.00"),
			want: []pline{{Item: lowincome.ItemBase, Annual: "1525.00", Period: "08–12", Month: "305.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1204.17", Period: "08–12", Month: "240.83"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "1204.16", Period: "08–12", Month: "240.83"}},
			total: "3933.33",
		},
		{
			name: "one fen more income pays one fen more", clauses: []policy.Clause{policy.ClauseChildren, policy.ClauseConventions},
			desc: "5人户含两名困境儿童，8月起低保，I = 14450.01：补差 3659.99 × 5 ÷ 12 = 1524.9958… → 1525.00；儿童合计 5780.004 × 5 ÷ 12 = 2408.335 → 2408.34" +
				"（1204.17 + 1204.17）；合计 3933.34，多1分，而年率和 9439.994 低于 9440.00（两行各自舍入，第0节） / " +
				"household of 5 with two children in difficulty, covered from August, I = 14450.01: base 3659.99 × 5 ÷ 12 = 1524.9958… → 1525.00; children 5780.004 × 5 ÷ 12 = 2408.335 → 2408.34 " +
				"(1204.17 + 1204.17); total 3933.34, one fen more, while the annual rates fall to 9439.994 (two lines, each rounded once: section 0)",
			h: five("14450.01"),
			want: []pline{{Item: lowincome.ItemBase, Annual: "1525.00", Period: "08–12", Month: "305.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1204.17", Period: "08–12", Month: "240.83"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "1204.17", Period: "08–12", Month: "240.83"}},
			total: "3933.34",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			if diff := cmp.Diff(tc.want, plinesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if got := r.Total().StringFixed(2); got != tc.total {
				t.Errorf("%s\ntotal %s, want %s", tc.desc, got, tc.total)
			}
		})
	}
}
