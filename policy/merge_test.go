package policy_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

var formulaRate = policy.Formula{ID: "test.rate", ZH: "{S} × {n} − {I} = {=} 元/年", EN: "{S} × {n} − {I} = {=} yuan/year"}

// run is one run's line: the annual rate's operands, the standard's
// parameter record and the run's months.
type run struct {
	s, income  string
	source     string
	provenance policy.Provenance // seed when empty
	second     policy.Provenance // of the line's second record, test.t = 2.00; seed when empty
	// basis, when not empty, is the value of a third record, test.basis,
	// provisional, which the run's line names and the others may not.
	basis    string
	from, to time.Month
	lump     bool
	d        string // when not empty, a fourth operand d, beyond those a line holds inline
	// fine adds 2^-32 fen to the annual rate S × 3 − I: (S × 3 − I) ×
	// 2^32 + 1 over 2^32, a denominator just beyond what a line keeps
	// inline (2^32 − 1).
	fine bool
	// basisFirst lists the basis record before the others.
	basisFirst bool
}

// TestAppendRun is section 0 on a year split between parameter sets: a
// line splits only where the value of a parameter it reads changes; a line
// that continues unchanged into the next run is one line over both, its
// amount round(R × k ÷ 12) worked out again for the joined months. A
// parameter one part reads and the other does not (the registered-poor
// switch, the living subsidy's basis until its 低保 months begin) has no
// value that changes: the joined line names it.
func TestAppendRun(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		runs   []run
		want   []string // amount, months of each line
		// records, when set, are the first line's parameter records:
		// name=value provenance source.
		records  []string
		operands string // when not empty, the first line's operands, name=value each
	}{
		{name: "unchanged", clause: "0",
			desc: "标准未变：上下半年合为一行，3622×3−4500=6366.00 / the standard unchanged: one line of 6366.00 over the year",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 6}, {s: "3622.00", income: "4500.00", from: 7, to: 12}},
			want: []string{"6366.00 01–12"}},
		{name: "standard raised in July", clause: "0",
			desc: "7月起标准3912：6366×6÷12=3183.00，(3912×3−4500)×6÷12=3618.00 / S raised to 3912.00 from July: 3183.00 + 3618.00",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 6}, {s: "3912.00", income: "4500.00", from: 7, to: 12}},
			want: []string{"3183.00 01–06", "3618.00 07–12"}},
		{name: "only the source changed", clause: "0",
			desc: "仅来源说明不同：不拆分，合并行写第一段的来源 / a change of source alone does not split the line, which names the first part's source",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 6}, {s: "3622.00", income: "4500.00", source: "2018 set", from: 7, to: 12}},
			want: []string{"6366.00 01–12"}, records: []string{"lowincome.standard=3622.00 seed 二(一)1", "test.t=2.00 seed test"}},
		{name: "a gap", clause: "0",
			desc: "两段不相接：不合并 / runs with a gap between them are not joined",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 3}, {s: "3622.00", income: "4500.00", from: 5, to: 12}},
			want: []string{"1591.50 01–03", "4244.00 05–12"}}, // 6366.00 × 3 ÷ 12, 6366.00 × 8 ÷ 12
		{name: "lump sums stay apart", clause: "0",
			desc: "一次性支付不合并 / lump sums are never joined",
			runs: []run{{s: "3622.00", income: "4500.00", from: 3, to: 3, lump: true}, {s: "3622.00", income: "4500.00", from: 4, to: 4, lump: true}},
			want: []string{"100.00 03–03", "100.00 04–04"}},
		{name: "provisional from July", clause: "0",
			desc: "S 两段同为 3622.00，仅7月起为暂定：合为一行 6366.00，标为暂定并列出暂定记录 / S = 3622.00 in both halves, provisional from July only: one line of 6366.00, marked provisional, naming the provisional record",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 6},
				{s: "3622.00", income: "4500.00", provenance: policy.Provisional, from: 7, to: 12}},
			want:     []string{"6366.00 01–12 provisional lowincome.standard=3622.00"},
			operands: "S=3622.00 n=3 I=4500.00 ==6366.00"},
		{name: "provisional until June", clause: "0",
			desc: "S 两段同为 3622.00，仅上半年为暂定：合为一行 6366.00，仍标为暂定 / S = 3622.00 in both halves, provisional until June only: one line of 6366.00, still marked provisional",
			runs: []run{{s: "3622.00", income: "4500.00", provenance: policy.Provisional, from: 1, to: 6},
				{s: "3622.00", income: "4500.00", from: 7, to: 12}},
			want: []string{"6366.00 01–12 provisional lowincome.standard=3622.00"}},
		{name: "each part provisional in another parameter", clause: "0",
			desc: "上半年标准为暂定，下半年另一参数为暂定：合为一行，两项暂定记录均列出 / the standard provisional until June, another parameter from July: one line naming both provisional records",
			runs: []run{{s: "3622.00", income: "4500.00", provenance: policy.Provisional, from: 1, to: 6},
				{s: "3622.00", income: "4500.00", second: policy.Provisional, from: 7, to: 12}},
			want: []string{"6366.00 01–12 provisional lowincome.standard=3622.00 test.t=2.00"}},
		{name: "a record in the first part only", clause: "0",
			desc: "上半年多读一项暂定参数（依据），金额不变：合为一行，列出该记录并标为暂定 / a provisional record (the basis) read until June only, the amount unchanged: one line, naming it, marked provisional",
			runs: []run{{s: "3622.00", income: "4500.00", basis: "true", from: 1, to: 6},
				{s: "3622.00", income: "4500.00", from: 7, to: 12}},
			want: []string{"6366.00 01–12 provisional test.basis=true"}},
		{name: "a record in the second part only", clause: "0",
			desc: "下半年多读一项暂定参数（依据），金额不变：合为一行，列出该记录并标为暂定 / a provisional record (the basis) read from July only, the amount unchanged: one line, naming it, marked provisional",
			runs: []run{{s: "3622.00", income: "4500.00", from: 1, to: 6},
				{s: "3622.00", income: "4500.00", basis: "true", from: 7, to: 12}},
			want:    []string{"6366.00 01–12 provisional test.basis=true"},
			records: []string{"lowincome.standard=3622.00 seed 二(一)1", "test.t=2.00 seed test", "test.basis=true provisional test"}},
		{name: "a record whose value changes", clause: "0",
			desc: "两段都读该参数而值不同：拆为两行 / the record read in both parts with another value: two lines",
			runs: []run{{s: "3622.00", income: "4500.00", basis: "true", from: 1, to: 6},
				{s: "3622.00", income: "4500.00", basis: "false", from: 7, to: 12}},
			want: []string{"3183.00 01–06 provisional test.basis=true", "3183.00 07–12 provisional test.basis=false"}},
		{name: "a record listed first whose value changes", clause: policy.ClauseConventions,
			desc: "依据记录列在首位，两段值不同：仍拆为两行 / the basis listed first, another value in each part: still two lines",
			runs: []run{{s: "3622.00", income: "4500.00", basis: "true", basisFirst: true, from: 1, to: 6},
				{s: "3622.00", income: "4500.00", basis: "false", basisFirst: true, from: 7, to: 12}},
			want: []string{"3183.00 01–06 provisional test.basis=true", "3183.00 07–12 provisional test.basis=false"}},
		{name: "a fourth operand changes", clause: "0",
			desc: "第四个说明数值不同而年额相同：拆为两行 / a fourth operand changes, the rate unchanged: two lines",
			runs: []run{{s: "3622.00", income: "4500.00", d: "1.00", from: 1, to: 6}, {s: "3622.00", income: "4500.00", d: "2.00", from: 7, to: 12}},
			want: []string{"3183.00 01–06", "3183.00 07–12"}},
		{name: "four operands unchanged", clause: "0",
			desc: "四个说明数值均相同：合为一行 / four operands unchanged: one line",
			runs: []run{{s: "3622.00", income: "4500.00", d: "1.00", from: 1, to: 6}, {s: "3622.00", income: "4500.00", d: "1.00", from: 7, to: 12}},
			want: []string{"6366.00 01–12"}},
		{name: "a rate beyond the inline fields", clause: policy.ClauseConventions,
			desc: "年额 6366.00 加 2⁻³² 分（分母 2³² 刚超出行内所存的 2³² − 1）：三段各 4 个月相同，合为一行 6366.00 / " +
				"the rate 6366.00 plus 2^-32 fen (a denominator of 2^32, just beyond the 2^32 − 1 a line keeps inline), alike in three runs of four months: one line of 6366.00",
			runs: []run{{s: "3622.00", income: "4500.00", fine: true, from: 1, to: 4}, {s: "3622.00", income: "4500.00", fine: true, from: 5, to: 8},
				{s: "3622.00", income: "4500.00", fine: true, from: 9, to: 12}},
			want: []string{"6366.00 01–12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b policy.Assessment
			for _, r := range tc.runs {
				var o policy.Assessment
				src := "二(一)1"
				if r.source != "" {
					src = r.source
				}
				prov := policy.Seed
				if r.provenance != "" {
					prov = r.provenance
				}
				second := policy.Seed
				if r.second != "" {
					second = r.second
				}
				used := []policy.Used{{Name: "lowincome.standard", Value: r.s, Provenance: prov, Source: src},
					{Name: "test.t", Value: "2.00", Provenance: second, Source: "test"}}
				if r.basis != "" {
					basis := policy.Used{Name: "test.basis", Value: r.basis, Provenance: policy.Provisional, Source: "test"}
					if r.basisFirst {
						used = append([]policy.Used{basis}, used...)
					} else {
						used = append(used, basis)
					}
				}
				p := policy.Pay{Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold,
					Payer: policy.CivilAffairsFund, Form: policy.Cash, Params: used, Rounding: policy.DefaultRounding}
				period := policy.Period{From: r.from, To: r.to}
				if r.lump {
					p.Item = "aid"
					o.Lump(&p, fen("100.00"), r.from, &formulaRate)
				} else {
					s, i := fen(r.s), fen(r.income)
					args := []policy.Arg{policy.M("S", s), policy.N("n", 3), policy.M("I", i)}
					if r.d != "" {
						args = append(args, policy.M("d", fen(r.d)))
					}
					rate := policy.PerYear(s*3 - i)
					if r.fine {
						rate = policy.PerYear((s*3-i)<<32 + 1).Div(1 << 32)
					}
					o.Recurring(&p, rate, period, &formulaRate, args...)
				}
				b.AppendRun(&o, period)
			}
			var got []string
			for _, l := range b.Lines {
				s := l.Amount().String() + " " + l.Period().String()
				if l.Provisional() {
					s += " provisional"
					for j := range l.NumParams() {
						if u := l.Param(j); u.Provenance == policy.Provisional {
							s += " " + u.Name + "=" + u.Value
						}
					}
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
			if tc.operands != "" {
				var ops []string
				for _, a := range b.Lines[0].Explanation().Args() {
					ops = append(ops, a.Name()+"="+a.String())
				}
				if got := strings.Join(ops, " "); got != tc.operands {
					t.Errorf("%s\nthe first line's operands %q, want %q", tc.desc, got, tc.operands)
				}
			}
			if tc.records == nil {
				return
			}
			var records []string
			for _, u := range b.Lines[0].Params() {
				records = append(records, u.Name+"="+u.Value+" "+string(u.Provenance)+" "+u.Source)
			}
			if diff := cmp.Diff(tc.records, records); diff != "" {
				t.Errorf("%s\nthe first line's records (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAppendRunShares is 2.2.3's shared rounding across a split year: two
// children's lines joined over the year are split again over twelve months,
// not added up from their halves; lines whose split changes partner from
// one run to the next are not joined, since each pays its part of its own
// run's total.
func TestAppendRunShares(t *testing.T) {
	type part struct {
		from, to time.Month
		children []string // the members sharing the run's split, in order
	}
	whole := []part{{1, 6, []string{"c1", "c2"}}, {7, 12, []string{"c1", "c2"}}}
	tests := []struct {
		name, desc string
		clause     policy.Clause
		income     string // I, shared among n
		n          int
		yuan       bool // rounded to the yuan, not the fen
		runs       []part
		want       []string
	}{
		{
			name: "two children share one rounding",
			desc: "I = 1000.01，n = 3：每名儿童 I ÷ 3 = 333.3366…；两名儿童全年合计 round(666.6733…) = 666.67，分为 333.34 + 333.33 / " +
				"I = 1000.01, n = 3: each child's rate I ÷ 3 = 333.3366…; two children over the year together round(666.6733…) = 666.67: 333.34 + 333.33",
			clause: "2.2.3", income: "1000.01", n: 3, runs: whole, want: []string{"c1 333.34 01–12", "c2 333.33 01–12"},
		},
		{
			name: "a household with no income",
			desc: "I = 0.00：每名儿童的份额为 0，两段合为全年 0.00，不因无零头可分而出错 / " +
				"I = 0.00: each child's share is 0, the two halves join into 0.00 for the year, with no unit to hand out and no failure",
			clause: "2.2.3", income: "0.00", n: 3, runs: whole, want: []string{"c1 0.00 01–12", "c2 0.00 01–12"},
		},
		{
			name: "to the yuan",
			desc: "取整到元，I = 301.20，n = 3：每名 100.40；两名儿童全年合计 round(200.80) = 201，各 100 余 1 元给第一名：101 + 100 / " +
				"to the yuan, I = 301.20, n = 3: 100.40 each; two children over the year together round(200.80) = 201, 100 each with 1 元 left to the first: 101 + 100",
			clause: "2.2.3", income: "301.20", n: 3, yuan: true, runs: whole, want: []string{"c1 101.00 01–12", "c2 100.00 01–12"},
		},
		{
			name: "the same children from April",
			desc: "I = 1000.05，n = 4，每名 250.0125：4–6 月与 7–12 月同为 c1、c2，合为 4–12 月：合计 round(2 × 250.0125 × 9 ÷ 12) = round(375.01875) = 375.02，" +
				"各 187.50 余 2 分，187.51 + 187.51 / I = 1000.05, n = 4, 250.0125 each: c1 and c2 in both runs join over April–December: " +
				"together round(375.01875) = 375.02, 187.50 each with 2 fen left: 187.51 + 187.51",
			clause: "2.2.3", income: "1000.05", n: 4, runs: []part{{4, 6, []string{"c1", "c2"}}, {7, 12, []string{"c1", "c2"}}},
			want: []string{"c1 187.51 04–12", "c2 187.51 04–12"},
		},
		{
			name: "the partner changes",
			desc: "4–6 月 c1 与 c3 共用舍入：round(2 × 250.0125 × 3 ÷ 12) = round(125.00625) = 125.01 = 62.51 + 62.50；7–12 月 c1 与 c2：" +
				"round(250.0125) = 250.01 = 125.01 + 125.00；c1 的两行不合并（合并则 9 个月只得 187.51，少 1 分） / c1 shares with c3 in April–June, " +
				"125.01 = 62.51 + 62.50, and with c2 from July, 250.01 = 125.01 + 125.00: c1's two lines are not joined (joined, nine months would pay him 187.51, a fen short)",
			clause: "2.2.3", income: "1000.05", n: 4, runs: []part{{4, 6, []string{"c1", "c3"}}, {7, 12, []string{"c1", "c2"}}},
			want: []string{"c1 62.51 04–06", "c3 62.50 04–06", "c1 125.01 07–12", "c2 125.00 07–12"},
		},
		{
			name: "a child joins in July",
			desc: "4–6 月仅 c1（I ÷ n × 3 ÷ 12 = 62.503125 → 62.50），7–12 月 c1、c2 共用舍入：各行分别计算，不合并 / c1 alone in April–June, 62.50; " +
				"c1 and c2 sharing from July, 125.01 + 125.00: no line joined",
			clause: "2.2.3", income: "1000.05", n: 4, runs: []part{{4, 6, []string{"c1"}}, {7, 12, []string{"c1", "c2"}}},
			want: []string{"c1 62.50 04–06", "c1 125.01 07–12", "c2 125.00 07–12"},
		},
		{
			name: "a child leaves in July",
			desc: "4–6 月 c1、c2、c3 共用舍入：round(3 × 250.0125 × 3 ÷ 12) = round(187.509375) = 187.51 = 62.51 + 62.50 + 62.50；7–12 月仅 c1、c2：" +
				"250.01 = 125.01 + 125.00；份额不同，不合并（合并则按三人分 9 个月：c1 得 187.51，少 1 分；c2 得 187.51，多 1 分） / c1, c2 and c3 share in April–June, " +
				"187.51 = 62.51 + 62.50 + 62.50, c1 and c2 alone from July, 250.01 = 125.01 + 125.00: another share, so no line is joined " +
				"(joined, nine months split three ways would pay c1 187.51, a fen short, and c2 187.51, a fen over)",
			clause: policy.ClauseChildren, income: "1000.05", n: 4, runs: []part{{4, 6, []string{"c1", "c2", "c3"}}, {7, 12, []string{"c1", "c2"}}},
			want: []string{"c1 62.51 04–06", "c2 62.50 04–06", "c3 62.50 04–06", "c1 125.01 07–12", "c2 125.00 07–12"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rate := policy.PerYear(fen(tc.income)).Div(tc.n)
			r := policy.DefaultRounding
			if tc.yuan {
				r = policy.Rounding{Mode: policy.HalfUp, Places: 0}
			}
			var b policy.Assessment
			for _, run := range tc.runs {
				period := policy.Period{From: run.from, To: run.to}
				var o policy.Assessment
				s := r.Split(rate, period.Months(), len(run.children))
				for _, id := range run.children {
					p := policy.Pay{Programme: policy.LowIncome, Item: "child", Member: id, Payee: policy.PayMember,
						Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: r}
					o.Share(&p, rate, period, &s, &formulaRate)
				}
				b.AppendRun(&o, period)
			}
			var got []string
			for _, l := range b.Lines {
				got = append(got, l.Member()+" "+l.Amount().String()+" "+l.Period().String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nchildren's lines over a split year (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAppendRunDecisions: a decision that holds unchanged across runs is
// one decision over both; one that changes — its outcome, or an operand
// of its explanation — is two, each naming its months.
func TestAppendRunDecisions(t *testing.T) {
	periods := []policy.Period{{From: time.January, To: time.March}, {From: time.April, To: time.June},
		{From: time.July, To: time.December}}
	tests := []struct {
		name, desc string
		clause     policy.Clause
		outcomes   [3]policy.Outcome
		operands   [3]string       // each run's operand a, none when empty
		runs       []policy.Period // the runs, January–March, April–June and July–December when nil
		want       []string
	}{
		{name: "the outcome changes in July", clause: policy.ClauseConventions,
			desc:     "1–6 月不符合，7 月起符合：两项决定 / ineligible until June, eligible from July: two decisions",
			outcomes: [3]policy.Outcome{policy.Ineligible, policy.Ineligible, policy.Eligible},
			want:     []string{"ineligible 01–06", "eligible 07–12"}},
		{name: "the last operand changes in April", clause: policy.ClauseConventions,
			desc:     "结论全年不符合，说明的最后一个数值 4 月起由 100.00 变为 200.00：两项决定 / ineligible all year, the explanation's last operand 100.00 until March, 200.00 from April: two decisions",
			outcomes: [3]policy.Outcome{policy.Ineligible, policy.Ineligible, policy.Ineligible},
			operands: [3]string{"100.00", "200.00", "200.00"},
			want:     []string{"ineligible 01–03 a=100.00", "ineligible 04–12 a=200.00"}},
		{name: "a run from February", clause: policy.ClauseConventions,
			desc:     "1 月和 2–12 月两段，结论都符合：一项决定 1–12 月 / a run of January and one of February–December, eligible in both: one decision for months 1–12",
			outcomes: [3]policy.Outcome{policy.Eligible, policy.Eligible},
			runs:     []policy.Period{{From: time.January, To: time.January}, {From: time.February, To: time.December}},
			want:     []string{"eligible 01–12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b policy.Assessment
			runs := tc.runs
			if runs == nil {
				runs = periods
			}
			for i, period := range runs {
				var o policy.Assessment
				var args []policy.Arg
				if tc.operands[i] != "" {
					args = append(args, policy.M("a", fen(tc.operands[i])))
				}
				o.Decide(&policy.Decide{Programme: policy.LowIncome, Outcome: tc.outcomes[i]}, &formulaRate, args...)
				b.AppendRun(&o, period)
			}
			var got []string
			for _, d := range b.Decisions {
				s := string(d.Outcome()) + " " + d.Period().String()
				for _, a := range d.Explanation().Args() {
					s += " " + a.Name() + "=" + a.String()
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAppendRunFindings: a finding every run of a split year makes (a
// parameter a rule lacks, say) is kept once, but two findings of one run
// that say the same — two receipts recorded alike, each wrongful — are
// both kept, whether the year is one run or several (section 0: nothing in
// the record is silently merged).
func TestAppendRunFindings(t *testing.T) {
	wrongful := func(o *policy.Assessment) {
		o.Find(&policy.Find{Kind: policy.Wrongful, Programme: policy.Disability, Item: "living", Member: "m1",
			Amount: fen("66.67")}, &formulaResult, policy.M("a", fen("66.67")))
	}
	notConfig := func(o *policy.Assessment) {
		o.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Disability, Item: "nursing", Member: "m1"},
			&formulaResult, policy.M("a", 0))
	}
	tests := []struct {
		name, desc string
		runs       []policy.Period
		dated      int                        // the run that holds D, whose audit finds the two receipts; -1 for none
		decide     bool                       // each run also makes a decision
		later      func(o *policy.Assessment) // what a run after the first finds as well
		want       []policy.FindingKind
	}{
		{
			name: "one run", desc: "全年一段：两笔相同收款各为一项错发，未配置参数一项 / the year in one run: two receipts alike are two wrongful findings, the missing parameter one",
			runs: []policy.Period{policy.Year}, want: []policy.FindingKind{policy.NotConfig, policy.Wrongful, policy.Wrongful},
		},
		{
			name: "two runs", desc: "全年两段：未配置参数在两段各报一次，合为一项；两笔相同收款仍为两项 / the year in two runs: the missing parameter, found in each, is one finding; the two receipts alike are still two",
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			dated: 1, want: []policy.FindingKind{policy.NotConfig, policy.Wrongful, policy.Wrongful},
		},
		{
			name: "a finding beside a decision", desc: "一段中一项决定与一项发现（数目相同）：两者都保留 / a run of one decision and one finding, as many of each: both are kept",
			runs: []policy.Period{policy.Year}, dated: -1, decide: true, want: []policy.FindingKind{policy.NotConfig},
		},
		{
			name: "another item", desc: "下半年另一项目缺同一参数，人员、金额、说明相同：仍为另一项 / from July another item lacks a parameter, for the same member, amount and operands: another finding",
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			dated: -1, want: []policy.FindingKind{policy.NotConfig, policy.NotConfig},
			later: func(o *policy.Assessment) {
				o.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Disability, Item: "living", Member: "m1"},
					&formulaResult, policy.M("a", 0))
			},
		},
		{
			name: "another operand", desc: "下半年同一发现而说明的数值不同：仍为另一项 / from July the same finding with another operand: another finding",
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			dated: -1, want: []policy.FindingKind{policy.NotConfig, policy.NotConfig},
			later: func(o *policy.Assessment) {
				o.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Disability, Item: "nursing", Member: "m1"},
					&formulaResult, policy.M("a", 1))
			},
		},
		{
			name: "another kind of operand", desc: "下半年同一发现而说明数值的类别不同（人数 0，非金额 0.00），存储的数值相同：仍为另一项 / " +
				"from July the same finding with an operand of another kind (a count of 0, not 0.00 yuan), the value stored alike: another finding",
			runs:  []policy.Period{{From: time.January, To: time.June}, {From: time.July, To: time.December}},
			dated: -1, want: []policy.FindingKind{policy.NotConfig, policy.NotConfig},
			later: func(o *policy.Assessment) {
				o.Find(&policy.Find{Kind: policy.NotConfig, Programme: policy.Disability, Item: "nursing", Member: "m1"},
					&formulaResult, policy.N("a", 0))
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b policy.Assessment
			for i, run := range tc.runs {
				var o policy.Assessment
				notConfig(&o)
				if tc.decide {
					o.Decide(&policy.Decide{Programme: policy.Disability, Outcome: policy.Eligible}, &formulaRate)
				}
				if i > 0 && tc.later != nil {
					tc.later(&o)
				}
				if i == tc.dated {
					wrongful(&o)
					wrongful(&o)
				}
				b.AppendRun(&o, run)
			}
			var got []policy.FindingKind
			for _, f := range b.Findings {
				got = append(got, f.Kind())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if tc.decide && len(b.Decisions) != 1 {
				t.Errorf("%s\n%d decisions, want 1", tc.desc, len(b.Decisions))
			}
		})
	}
}

// TestAppendRunTwoSplits: two splits of one programme and size in a run,
// of one item or of two, are told apart by order and item (Share adds a
// split's lines together): one that continues whole is joined though the
// other is broken, whichever of its lines breaks it. Each child's rate is
// 1000.05 ÷ 4 = 250.0125 a year; a split of two pays, for April–June,
// round(125.00625) = 125.01 = 62.51 + 62.50, for July–December
// round(250.0125) = 250.01 = 125.01 + 125.00, and joined over April–December
// round(375.01875) = 375.02 = 187.51 + 187.51.
func TestAppendRunTwoSplits(t *testing.T) {
	rate := policy.PerYear(fen("1000.05")).Div(4)
	periods := []policy.Period{{From: time.April, To: time.June}, {From: time.July, To: time.December}}
	tests := []struct {
		name, desc string
		clause     policy.Clause
		runs       [2][]string // each run's lines in order, "split item member"
		want       []string
	}{
		{name: "the second split's second line changes", clause: "2.2.3",
			desc: "c1、c2 两段相同，合并；c3 先与 c4、后与 c5 共用舍入，不合并 / c1 and c2 alike in both runs are joined; c3 with c4, then with c5, is not",
			runs: [2][]string{{"A child c1", "A child c2", "B child c3", "B child c4"}, {"A child c1", "A child c2", "B child c3", "B child c5"}},
			want: []string{"c1 187.51 04–12", "c2 187.51 04–12", "c3 62.51 04–06", "c4 62.50 04–06", "c3 125.01 07–12", "c5 125.00 07–12"}},
		{name: "the second split's first line changes", clause: "2.2.3",
			desc: "c1、c2 合并；第二组 c3 换为 c5 而 c4 仍在：c4 不单独合并 / c1 and c2 joined; in the second split c5 replaces c3 beside c4, and c4 is not joined alone",
			runs: [2][]string{{"A child c1", "A child c2", "B child c3", "B child c4"}, {"A child c1", "A child c2", "B child c5", "B child c4"}},
			want: []string{"c1 187.51 04–12", "c2 187.51 04–12", "c3 62.51 04–06", "c4 62.50 04–06", "c5 125.01 07–12", "c4 125.00 07–12"}},
		{name: "the first split changes", clause: "2.2.3",
			desc: "第一组 c1 换为 c5：c2 不单独合并；第二组 c3、c4 仍合并 / c5 replaces c1 in the first split: c2 is not joined alone; c3 and c4 still are",
			runs: [2][]string{{"A child c1", "A child c2", "B child c3", "B child c4"}, {"A child c5", "A child c2", "B child c3", "B child c4"}},
			want: []string{"c1 62.51 04–06", "c2 62.50 04–06", "c3 187.51 04–12", "c4 187.51 04–12", "c5 125.01 07–12", "c2 125.00 07–12"}},
		{name: "two items interleaved", clause: "2.2.3",
			desc: "两项（child、other）各两名，按人交错：child 两段相同合并；other 中 c2 换为 c5，c1 的 other 行不合并 / two items of two lines each, interleaved by member: " +
				"child alike in both runs is joined; in other c5 replaces c2, and c1's other line is not joined",
			runs: [2][]string{{"A child c1", "B other c1", "A child c2", "B other c2"}, {"A child c1", "B other c1", "A child c2", "B other c5"}},
			want: []string{"c1 child 187.51 04–12", "c1 other 62.51 04–06", "c2 child 187.51 04–12", "c2 other 62.50 04–06",
				"c1 other 125.01 07–12", "c5 other 125.00 07–12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := false // whether to write each line's item
			var b policy.Assessment
			for i, lines := range tc.runs {
				period := periods[i]
				k := map[string]int{}
				for _, l := range lines {
					f := strings.Fields(l)
					k[f[0]]++
					items = items || f[1] != "child"
				}
				splits := map[string]*policy.Split{}
				for name, n := range k {
					s := policy.DefaultRounding.Split(rate, period.Months(), n)
					splits[name] = &s
				}
				var o policy.Assessment
				for _, l := range lines {
					f := strings.Fields(l)
					p := policy.Pay{Programme: policy.LowIncome, Item: policy.Item(f[1]), Member: f[2], Payee: policy.PayMember,
						Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
					o.Share(&p, rate, period, splits[f[0]], &formulaRate)
				}
				b.AppendRun(&o, period)
			}
			var got []string
			for _, l := range b.Lines {
				s := l.Member() + " "
				if items {
					s += string(l.Item()) + " "
				}
				got = append(got, s+l.Amount().String()+" "+l.Period().String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\ntwo splits over a split year (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestCheckJoin is section 0 for checks: a check of the months right after
// another, alike in all but its months and the provenance and source of
// its parameters, continues it, as a line does; the joined check lists the
// first's records but a provisional one of the second. Each side is the
// two-lines check passing (S = 3622.00 against P) for its months, listing
// the poverty line P with its provenance and source.
func TestCheckJoin(t *testing.T) {
	type side struct {
		P        string
		Prov     policy.Provenance
		Source   string
		From, To time.Month
	}
	formula := &policy.Formula{ID: "test.check", ZH: "{S} ≥ {P}", EN: "{S} ≥ {P}"}
	check := func(s side) policy.Check {
		return policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines", Clauses: []policy.Clause{policy.ClauseStandard},
			Status: policy.Pass, Value: 362200, Bound: 360000, HasFigures: true,
			Params: []policy.Used{{Name: "lowincome.poverty_line", Value: s.P, Provenance: s.Prov, Source: s.Source}}},
			formula, policy.M("S", 362200), policy.M("P", 360000)).InPeriod(policy.Period{From: s.From, To: s.To})
	}
	tests := []struct {
		name, desc    string
		clause        policy.Clause
		first, second side
		joined        bool
		months        string   // the joined check's months, "" for every month
		params        []string // its records: value, provenance, source
	}{
		{name: "source alone", clause: "0",
			desc:  "仅来源说明不同：合为一项，全年 / a change of source alone: one check, the whole year",
			first: side{"3600.00", policy.Local, "县通知（1月）", 1, 6}, second: side{"3600.00", policy.Local, "县通知（7月）", 7, 12},
			joined: true, params: []string{"3600.00 local 县通知（1月）"}},
		{name: "provisional later", clause: "0",
			desc:  "3600.00 全年不变，7 月起改标暂定：合为一项，列出暂定记录 / 3600.00 all year, marked provisional from July: one check, listing the provisional record",
			first: side{"3600.00", policy.Local, "县通知", 1, 6}, second: side{"3600.00", policy.Provisional, "估计", 7, 12},
			joined: true, params: []string{"3600.00 provisional 估计"}},
		{name: "part of the year", clause: "0",
			desc:  "4–6 月与 7–9 月相接：合为 4–9 月 / months 4–6 and 7–9 join into 4–9",
			first: side{"3600.00", policy.Local, "x", 4, 6}, second: side{"3600.00", policy.Local, "x", 7, 9},
			joined: true, months: "04–09", params: []string{"3600.00 local x"}},
		{name: "another value", clause: "0",
			desc:  "扶贫标准值不同：不合并 / another poverty line: not joined",
			first: side{"3600.00", policy.Local, "x", 1, 6}, second: side{"3610.00", policy.Local, "x", 7, 12}},
		{name: "not adjacent", clause: "0",
			desc:  "中间隔一个月：不合并 / a month between them: not joined",
			first: side{"3600.00", policy.Local, "x", 1, 5}, second: side{"3600.00", policy.Local, "x", 7, 12}},
		{name: "every month", clause: "0",
			desc:  "不标月份（全年）的检查不续接 1–2 月的检查 / a check naming no months (the whole year) continues nothing, not even one of January–February",
			first: side{"3600.00", policy.Local, "x", 1, 12}, second: side{"3600.00", policy.Local, "x", 1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := check(tc.first)
			j, ok := c.Join(check(tc.second))
			if ok != tc.joined {
				t.Fatalf("%s\nJoin = %v, want %v", tc.desc, ok, tc.joined)
			}
			if !ok {
				return
			}
			var params []string
			for _, u := range j.Params() {
				params = append(params, u.Value+" "+string(u.Provenance)+" "+u.Source)
			}
			months := ""
			if p := j.Period(); p != (policy.Period{}) {
				months = p.String()
			}
			if diff := cmp.Diff([]any{tc.months, tc.params}, []any{months, params}); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if c.Params()[0] != (policy.Used{Name: "lowincome.poverty_line", Value: tc.first.P, Provenance: tc.first.Prov, Source: tc.first.Source}) {
				t.Errorf("%s\nJoin changed the check it was called on", tc.desc)
			}
		})
	}
}
