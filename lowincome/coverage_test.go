package lowincome_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// pline is a line as the period tables state it: with its months and the
// regular month of its schedule.
type pline struct {
	Item   policy.Item
	Member string
	Annual string
	Period string
	Month  string // the schedule's regular month
}

func plinesOf(r *lowincome.Result) []pline {
	var out []pline
	for _, l := range r.Lines {
		out = append(out, pline{l.Item(), l.Member(), l.Annual().StringFixed(2), l.Period().String(),
			l.Schedule().Month().StringFixed(2)})
	}
	return out
}

// months returns the 低保 months From to To (the zero YearMonth for an open
// end).
func months(from, to household.YearMonth) *household.MonthPeriod {
	return &household.MonthPeriod{From: from, To: to}
}

func ym(y int, m time.Month) household.YearMonth { return household.NewYearMonth(y, m) }

// TestCoverage is section 0 on the household's 低保 months: every line (补差,
// uplifts, child lines, children's allowance) covers the record's
// lowincome_period within the assessed run, and pays round(R × k / 12) for
// its k months; none when they share no month. The explanation is the
// whole-year formula with R as "=", then the months and the amount.
func TestCoverage(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	withMonths := func(p *household.MonthPeriod, h *household.Household) *household.Household {
		h.LowIncomePeriod = p
		return h
	}
	fourWithChildren := func(income string) *household.Household {
		return home(income, adult("a1", ""), adult("a2", ""),
			kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome))
	}
	// recipient makes h a current 低保 recipient whose rise, if any, is
	// not confirmed stable.
	recipient := func(h *household.Household) *household.Household {
		h.Current = household.Current{LowIncome: true}
		return h
	}
	example3 := func() *household.Household {
		return home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty))
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params // nil for Default2017
		period  policy.Period     // the run; the zero Period is the whole year
		want    []pline
		covered string   // Result.CoveredMonths, "" when false
		explain []string // the lines' explanations in Chinese; nil: not checked
	}{
		{
			name: "worked example 1 covered from July", clause: "0",
			desc: "例1自7月起纳入：6366.00 × 6 ÷ 12 = 3183.00，月530.50 / worked example 1 covered from July: 6366.00 × 6 ÷ 12 = 3183.00, 530.50 a month",
			h:    from(time.July, home("4500.00", adults(3)...)),
			want: []pline{{Item: lowincome.ItemBase, Annual: "3183.00", Period: "07–12", Month: "530.50"}},
			explain: []string{
				"补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年；7–12月共 6 个月：6366.00 × 6 ÷ 12 = 3183.00 元",
			},
			covered: "07–12",
		},
		{
			name: "covered January to March", clause: "0",
			desc:    "1–3月在保：6366.00 × 3 ÷ 12 = 1591.50 / covered January–March: 6366.00 × 3 ÷ 12 = 1591.50",
			h:       withMonths(months(ym(2017, time.January), ym(2017, time.March)), home("4500.00", adults(3)...)),
			want:    []pline{{Item: lowincome.ItemBase, Annual: "1591.50", Period: "01–03", Month: "530.50"}},
			covered: "01–03",
		},
		{
			name: "coverage within the run", clause: "0",
			desc:    "7月起在保、评估9–12月：交集4个月，6366.00 × 4 ÷ 12 = 2122.00 / covered from July, run September–December: 4 months, 2122.00",
			h:       from(time.July, home("4500.00", adults(3)...)),
			period:  policy.Period{From: time.September, To: time.December},
			want:    []pline{{Item: lowincome.ItemBase, Annual: "2122.00", Period: "09–12", Month: "530.50"}},
			covered: "09–12",
		},
		{
			name: "coverage outside the run", clause: "0",
			desc:    "7月起在保、评估1–6月：无交集，无线 / covered from July, run January–June: no line",
			h:       from(time.July, home("4500.00", adults(3)...)),
			period:  policy.Period{From: time.January, To: time.June},
			want:    nil,
			covered: "",
		},
		{
			name: "a period of another year", clause: "0",
			desc:    "低保期间2016年3–12月：2017年无覆盖，无线 / covered March–December 2016: no coverage in 2017, no line",
			h:       withMonths(months(ym(2016, time.March), ym(2016, time.December)), home("4500.00", adults(3)...)),
			want:    nil,
			covered: "",
		},
		{
			name: "an open period from an earlier year", clause: "0",
			desc:    "2016年3月起在保、未设止月：2017年全年6366.00 / covered from March 2016 with an open end: the whole of 2017, 6366.00",
			h:       withMonths(months(ym(2016, time.March), household.YearMonth{}), home("4500.00", adults(3)...)),
			want:    []pline{{Item: lowincome.ItemBase, Annual: "6366.00", Period: "01–12", Month: "530.50"}},
			covered: "01–12",
		},
		{
			name: "a period into the next year", clause: "0",
			desc: "2017年10月至2018年3月：截至年底3个月，补差6366×3÷12=1591.50，A类1086.60×3÷12=271.65 / October 2017 to March 2018 is clipped to 3 months: 1591.50 and A 271.65",
			h: withMonths(months(ym(2017, time.October), ym(2018, time.March)),
				home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", ""))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "1591.50", Period: "10–12", Month: "530.50"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "271.65", Period: "10–12", Month: "90.55"}},
			explain: []string{
				"补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年；10–12月共 3 个月：6366.00 × 3 ÷ 12 = 1591.50 元",
				"A类增发：3622.00 × 30% = 1086.60 元/年；10–12月共 3 个月：1086.60 × 3 ÷ 12 = 271.65 元",
			},
			covered: "10–12",
		},
		{
			name: "children share one rounding over the covered months", clause: "2.2.3",
			desc: "两名儿童、7月起：每人1000.02÷4×6÷12=125.0025，合计250.005→250.01一次舍入，尾差1分给第一名 / two children from July: 125.0025 each, together 250.01 rounded once, the odd fen to the first",
			h:    from(time.July, fourWithChildren("1000.02")),
			want: []pline{{Item: lowincome.ItemBase, Annual: "6743.99", Period: "07–12", Month: "1124.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "125.01", Period: "07–12", Month: "20.84"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "125.00", Period: "07–12", Month: "20.83"}},
			explain: []string{
				"补差：3622.00 × 4 人 − 1000.02 = 13487.98 元/年；7–12月共 6 个月：13487.98 × 6 ÷ 12 = 6743.99 元",
				"困境儿童全额享受：2 名儿童合计 2 × 1000.02 ÷ 4 人 = 500.01 元/年（一次舍入，尾差按成员顺序分配），本人 250.005 元/年；7–12月共 6 个月：2 项合计 2 × 250.005 × 6 ÷ 12 = 250.01 元（一次舍入，尾差按成员顺序分配），本项 125.01 元",
				"困境儿童全额享受：2 名儿童合计 2 × 1000.02 ÷ 4 人 = 500.01 元/年（一次舍入，尾差按成员顺序分配），本人 250.005 元/年；7–12月共 6 个月：2 项合计 2 × 250.005 × 6 ÷ 12 = 250.01 元（一次舍入，尾差按成员顺序分配），本项 125.00 元",
			},
			covered: "07–12",
		},
		{
			name: "even for the year, shared over six months", clause: "2.2.3",
			desc: "6000.04÷4=1500.01：全年各1500.01；7月起每人750.005，合计1500.01一次舍入，750.01与750.00 / I/n = 1500.01: 1500.01 each for a year; from July 750.005 each, together 1500.01: 750.01 and 750.00",
			h:    from(time.July, fourWithChildren("6000.04")),
			want: []pline{{Item: lowincome.ItemBase, Annual: "4243.98", Period: "07–12", Month: "707.33"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "750.01", Period: "07–12", Month: "125.00"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "750.00", Period: "07–12", Month: "125.00"}},
			explain: []string{
				"补差：3622.00 × 4 人 − 6000.04 = 8487.96 元/年；7–12月共 6 个月：8487.96 × 6 ÷ 12 = 4243.98 元",
				"困境儿童全额享受：2 名儿童合计 2 × 6000.04 ÷ 4 人 = 3000.02 元/年（一次舍入，尾差按成员顺序分配），本人 1500.01 元/年；7–12月共 6 个月：2 项合计 2 × 1500.01 × 6 ÷ 12 = 1500.01 元（一次舍入，尾差按成员顺序分配），本项 750.01 元",
				"困境儿童全额享受：2 名儿童合计 2 × 6000.04 ÷ 4 人 = 3000.02 元/年（一次舍入，尾差按成员顺序分配），本人 1500.01 元/年；7–12月共 6 个月：2 项合计 2 × 1500.01 × 6 ÷ 12 = 1500.01 元（一次舍入，尾差按成员顺序分配），本项 750.00 元",
			},
			covered: "07–12",
		},
		{
			name: "the same children over the whole year", clause: "2.2.3",
			desc: "4人户含两名儿童、收入6000.04、全年：补差8487.96；儿童6000.04÷4=1500.01，合计3000.02无尾差，各1500.01 / " +
				"a household of 4 with two children, I = 6000.04, the whole year: base 8487.96; children 1500.01 each, 3000.02 leaving no fen over",
			h: fourWithChildren("6000.04"),
			want: []pline{{Item: lowincome.ItemBase, Annual: "8487.96", Period: "01–12", Month: "707.33"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1500.01", Period: "01–12", Month: "125.00"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "1500.01", Period: "01–12", Month: "125.00"}},
			explain: []string{
				"补差：3622.00 × 4 人 − 6000.04 = 8487.96 元/年",
				"困境儿童全额享受：6000.04 ÷ 4 人 = 1500.01 元/年（与补差份额合计为标准 3622.00）",
				"困境儿童全额享受：6000.04 ÷ 4 人 = 1500.01 元/年（与补差份额合计为标准 3622.00）",
			},
			covered: "01–12",
		},
		{
			name: "two children one fen below the line", clause: "2.2.3",
			desc: "3人户含两名儿童、收入10865.99比低保线低1分：补差0.01；儿童 2×10865.99÷3=7243.99 一次舍入，各3621.99，尾差1分给c1：3622.00与3621.99 / " +
				"a household of 3 with two children, I = 10865.99, one fen below the line: base 0.01; children 2 × 10865.99 ÷ 3 = 7243.99 rounded once, 3621.99 each and the odd fen to c1: 3622.00 and 3621.99",
			h: home("10865.99", adult("a1", ""),
				kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome)),
			want: []pline{{Item: lowincome.ItemBase, Annual: "0.01", Period: "01–12", Month: "0.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00", Period: "01–12", Month: "301.83"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "3621.99", Period: "01–12", Month: "301.83"}},
			explain: []string{
				"补差：3622.00 × 3 人 − 10865.99 = 0.01 元/年",
				"困境儿童全额享受：2 名儿童合计 2 × 10865.99 ÷ 3 人 = 7243.99 元/年（一次舍入，尾差按成员顺序分配），本人 3622.00 元/年",
				"困境儿童全额享受：2 名儿童合计 2 × 10865.99 ÷ 3 人 = 7243.99 元/年（一次舍入，尾差按成员顺序分配），本人 3621.99 元/年",
			},
			covered: "01–12",
		},
		{
			name: "children's allowance over the covered months", clause: "2.2.3",
			desc: "例3自7月起、儿童基本生活费1200元：补差8488×6÷12=4244，儿童1500×6÷12=750，基本生活费600 / example 3 from July with a 1200.00 allowance: 4244.00, 750.00 and 600.00",
			h:    from(time.July, example3()),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.ChildAllowance = policy.New("lowincome.child_allowance", d("1200.00"), policy.Local, "county rule")
				return p
			}(),
			want: []pline{{Item: lowincome.ItemBase, Annual: "4244.00", Period: "07–12", Month: "707.33"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "750.00", Period: "07–12", Month: "125.00"},
				{Item: lowincome.ItemChildAllowance, Member: "c1", Annual: "600.00", Period: "07–12", Month: "100.00"}},
			explain: []string{
				"补差：3622.00 × 4 人 − 6000.00 = 8488.00 元/年；7–12月共 6 个月：8488.00 × 6 ÷ 12 = 4244.00 元",
				"困境儿童全额享受：6000.00 ÷ 4 人 = 1500.00 元/年（与补差份额合计为标准 3622.00）；7–12月共 6 个月：1500.00 × 6 ÷ 12 = 750.00 元",
				"困境儿童基本生活保障：1200.00 元/年（不计入家庭收入）；7–12月共 6 个月：1200.00 × 6 ÷ 12 = 600.00 元",
			},
			covered: "07–12",
		},
		{
			name: "exit pending, the child's full standard over the covered months", clause: "2.2.3",
			desc: "在保3人户收入12000元高于10866元、待确认、7月起：补差0，A类1086.60×6÷12=543.30，儿童补足标准3622×6÷12=1811.00 / " +
				"a recipient of 3 with I = 12000.00 above 10866.00, exit pending, from July: base 0, A 543.30, the child's full standard 1811.00",
			h: from(time.July, recipient(home("12000.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""),
				kid("c1", born2010, household.ChildInDifficulty)))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "0.00", Period: "07–12", Month: "0.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "543.30", Period: "07–12", Month: "90.55"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1811.00", Period: "07–12", Month: "301.83"}},
			explain: []string{
				"补差：3622.00 × 3 人 − 12000.00 ≤ 0，补差 0.00 元/年；7–12月共 6 个月：0.00 × 6 ÷ 12 = 0.00 元",
				"A类增发：3622.00 × 30% = 1086.60 元/年；7–12月共 6 个月：1086.60 × 6 ÷ 12 = 543.30 元",
				"困境儿童全额享受：补差份额为 0，补足标准 3622.00 元/年；7–12月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元",
			},
			covered: "07–12",
		},
		{
			name: "two children one fen below the line share one rounding", clause: "2.2.3",
			desc: "在保4人户收入14487.99，比低保线14488.00低0.01元，11月起2个月：补差0.01×2÷12→0.00；两名儿童各14487.99÷4×2÷12=603.66625，合计1207.3325→1207.33一次舍入，尾差1分给第一名 / " +
				"a recipient of 4 one fen below the line 14488.00, from November: base 0.00; two children at I ÷ n = 3621.9975, together 1207.33 rounded once, the odd fen to the first",
			h: from(time.November, recipient(fourWithChildren("14487.99"))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "0.00", Period: "11–12", Month: "0.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "603.67", Period: "11–12", Month: "301.84"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "603.66", Period: "11–12", Month: "301.83"}},
			covered: "11–12",
		},
		{
			name: "two children at the line share one rounding", clause: "2.2.3",
			desc: "在保4人户收入14488.00恰在低保线上，继续保障、补差为0，11月起2个月：两名儿童各3622.00，合计2×3622.00×2÷12=1207.33一次舍入，603.67与603.66，与低0.01元时相同（低保不随收入增加而增加） / " +
				"a recipient of 4 exactly on the line 14488.00 continues at a base of 0, from November: two children at S, together 1207.33 rounded once, 603.67 and 603.66, as one fen below (低保 never rises with income)",
			h: from(time.November, recipient(fourWithChildren("14488.00"))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "0.00", Period: "11–12", Month: "0.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "603.67", Period: "11–12", Month: "301.84"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "603.66", Period: "11–12", Month: "301.83"}},
			explain: []string{
				"补差：3622.00 × 4 人 − 14488.00 ≤ 0，补差 0.00 元/年；11–12月共 2 个月：0.00 × 2 ÷ 12 = 0.00 元",
				"困境儿童全额享受：补差份额为 0，补足标准 3622.00 元/年；11–12月共 2 个月：2 项合计 2 × 3622.00 × 2 ÷ 12 = 1207.33 元（一次舍入，尾差按成员顺序分配），本项 603.67 元",
				"困境儿童全额享受：补差份额为 0，补足标准 3622.00 元/年；11–12月共 2 个月：2 项合计 2 × 3622.00 × 2 ÷ 12 = 1207.33 元（一次舍入，尾差按成员顺序分配），本项 603.66 元",
			},
			covered: "11–12",
		},
		{
			name: "two children of a pending exit share one rounding", clause: "2.2.3",
			desc: "在保4人户收入14488.01高于低保线、未确认：待确认退出，11月起2个月：两名儿童各3622.00，合计1207.33一次舍入，603.67与603.66 / " +
				"a recipient of 4 one fen above the line, exit pending, from November: two children at S, together 1207.33 rounded once, 603.67 and 603.66",
			h: from(time.November, recipient(fourWithChildren("14488.01"))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "0.00", Period: "11–12", Month: "0.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "603.67", Period: "11–12", Month: "301.84"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "603.66", Period: "11–12", Month: "301.83"}},
			covered: "11–12",
		},
		{
			name: "a child paid individually over the household's months", clause: "2.2.3",
			desc: "个人全额模式、家庭不符合、7月起：儿童3622×6÷12=1811.00 / individual switch, household not covered, from July: the child 1811.00",
			h: from(time.July, home("20000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""),
				kid("c1", born2010, household.ChildInDifficulty))),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.ChildMode.Value = lowincome.ChildIndividual
				return p
			}(),
			want: []pline{{Item: lowincome.ItemChild, Member: "c1", Annual: "1811.00", Period: "07–12", Month: "301.83"}},
			explain: []string{
				"困境儿童个人全额享受低保标准：3622.00 元/年；7–12月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元",
			},
			covered: "",
		},
		{
			name: "part-year lines round one by one", clause: "0",
			desc: "独居困境儿童、3–8月、收入3486.79：补差135.21×6÷12=67.605→67.61，儿童3486.79×6÷12=1743.395→1743.40，合计1811.01，比无收入时的1811.00多1分（两行各自舍入） / a child alone, March–August, I = 3486.79: 67.61 + 1743.40 = 1811.01, a fen more than 1811.00 with no income (two roundings)",
			h:    withMonths(months(ym(2017, time.March), ym(2017, time.August)), home("3486.79", kid("c1", born2010, household.ChildInDifficulty))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "67.61", Period: "03–08", Month: "11.27"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1743.40", Period: "03–08", Month: "290.57"}},
			covered: "03–08",
		},
		{
			name: "the same child with no income", clause: "0",
			desc: "独居困境儿童、3–8月、无收入：补差3622×6÷12=1811.00，儿童0.00 / a child alone, March–August, no income: base 3622.00 × 6 ÷ 12 = 1811.00, child 0.00",
			h:    withMonths(months(ym(2017, time.March), ym(2017, time.August)), home("", kid("c1", born2010, household.ChildInDifficulty))),
			want: []pline{{Item: lowincome.ItemBase, Annual: "1811.00", Period: "03–08", Month: "301.83"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "0.00", Period: "03–08", Month: "0.00"}},
			covered: "03–08",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessIn(t, tc.h, tc.p, lowincome.Inputs{Period: tc.period})
			if diff := cmp.Diff(tc.want, plinesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			covered := ""
			if p, ok := r.CoveredMonths(); ok {
				covered = p.String()
			}
			if covered != tc.covered {
				t.Errorf("%s\nCoveredMonths = %q, want %q", tc.desc, covered, tc.covered)
			}
			if tc.explain == nil {
				return
			}
			var got []string
			for _, l := range r.Lines {
				got = append(got, l.Explanation().Render(policy.ZH))
			}
			if diff := cmp.Diff(tc.explain, got); diff != "" {
				t.Errorf("%s\nexplanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
