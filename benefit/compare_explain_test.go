package benefit_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestExplainHandWorked checks each household's change line by line.
func TestExplainHandWorked(t *testing.T) {
	base, reform := baselineAndReform(t)
	for _, tc := range compareCases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := benefit.Explain(base, reform, hh(t, tc.record), on)
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			got := struct{ Baseline, Reform, Change string }{c.Baseline.Totals.All().StringFixed(2),
				c.Reform.Totals.All().StringFixed(2), c.Difference().StringFixed(2)}
			want := struct{ Baseline, Reform, Change string }{tc.baseline, tc.reform, tc.change}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s [%v]: totals (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			var changed []string
			for _, l := range c.Lines {
				if l.Changed {
					s := string(l.Programme) + "/" + string(l.Item)
					if l.Member != "" {
						s += " " + l.Member
					}
					changed = append(changed, s)
				}
			}
			if d := cmp.Diff(tc.changed, changed); d != "" {
				t.Errorf("%s [%v]: changed lines (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
		})
	}
}

// TestChangeTextNamesClaims (2.3.2, 2.3.4; section 3): in a change's text,
// a line or decision of a claim names the claim beside its member. 基准下收入 3700.00 不低于 3622.00，
// 不在任何医疗救助组，住院 c1 有一条按入院日认定的决定；改革 S 提高至 3912.00 后
// 纳入低保，c1 随成员决定 / under the baseline I = 3700.00 is not below 3622.00,
// so claim c1 has a decision of its own; under the reform (S = 3912.00) the
// member is covered and the claim goes by the member's decision.
func TestChangeTextNamesClaims(t *testing.T) {
	base, reform := baselineAndReform(t)
	h := hh(t, `{"id":"C-CLAIM","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","able_to_work":true,
		"incomes":[{"category":"wages","amount":"3700.00"}],
		"claims":[{"id":"c1","admission":"2017-03-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"17000.00"}]}]}`)
	c, err := benefit.Explain(base, reform, h, on)
	if err != nil {
		t.Fatal(err)
	}
	text := textOf(t, c)
	for _, want := range []string{
		"  * medical 成员 m1: ineligible → eligible\n",
		"  * medical 成员 m1 c1: ineligible → —\n",
		"  * medical/inpatient 成员 m1 c1\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the change's text lacks %q:\n%s", want, text)
		}
	}
}

// TestChangeTextSections: the text of a change, below its heading, is a
// table of the lines (a changed one marked "*", the column of marks empty
// when none is) and the decisions that changed and the lines that changed,
// each of these sections saying "无 / none" when it has none and only then,
// under the reform of S = 3912.00 (2.1.1). A household whose income is
// above the standard under both changes nothing, and so does one whose
// only line, the nursing subsidy of a grade-1 member in long-term care
// (720.00, 2.2.4), is alike under both; a recipient of 1 person with I =
// 3000.00 keeps its decision while its base rises from 3622.00 − 3000.00 =
// 622.00 to 3912.00 − 3000.00 = 912.00; an applicant with I = 3700.00,
// refused under 3622.00, is covered under 3912.00 (212.00) with its
// sponsorship (180.00, 2.3.3); and such an applicant with a grade-1
// certificate and long-term care has the nursing subsidy under both and
// the living subsidy (800.00, for 低保 members, 2.2.4) under the reform
// alone, which lists it before the nursing subsidy: each line pairs with
// its own, not with the first line left.
func TestChangeTextSections(t *testing.T) {
	base, reform := baselineAndReform(t)
	const (
		table    = "     明细 item            对象 for      月份 months  基准 baseline  改革 reform  差额 change\n"
		topUp212 = "      改革 reform: 212.00 元\n" +
			"        补差：3912.00 × 1 人 − 3700.00 = 212.00 元/年\n" +
			"        top-up: 3912.00 × 1 person − 3700.00 = 212.00 yuan/year\n"
		sponsorship = "  * medical/sponsorship 成员 m1\n" +
			"      基准 baseline: 无 / none\n" +
			"      改革 reform: 180.00 元\n" +
			"        资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元\n" +
			"        contribution sponsorship (minimum-living-allowance member, a key recipient): the individual basic medical insurance contribution 180.00 paid in full by the medical-aid fund to the basic medical insurance fund (2017: NCMS), 180.00 yuan\n"
		nothingChanged = "改变的决定 / decisions that changed\n  无 / none\n\n" +
			"改变的明细 / the lines that changed\n  无 / none\n"
	)
	tests := []struct {
		name, desc string
		clauses    []policy.Clause
		record     string
		want       string // the text below the heading (from its first blank line)
	}{
		{name: "nothing-changes", clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic},
			desc:   "I = 5000.00 高于两种标准：两节都写“无” / I = 5000.00, above both standards: both sections say none",
			record: oneAdultI5000,
			want: "    明细 item   对象 for  月份 months  基准 baseline  改革 reform  差额 change\n" +
				"    合计 / all                                  0.00         0.00         0.00\n\n" + nothingChanged},
		{name: "unchanged-lines-only", clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic, policy.ClauseDisability},
			desc: "一级、需长期照护，I = 5000.00：只有护理补贴 720.00，两边相同，无标记 / grade 1, long-term care, I = 5000.00: the nursing subsidy of 720.00 alone, alike under both, unmarked",
			record: `{"id":"N5","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","incomes":[{"category":"wages","amount":"5000.00"}],` +
				`"disability":{"type":"physical","grade":1,"long_term_care":true}}]}`,
			want: "    明细 item           对象 for  月份 months  基准 baseline  改革 reform  差额 change\n" +
				"    disability/nursing  成员 m1   1–12月              720.00       720.00         0.00\n" +
				"    合计 / all                                        720.00       720.00         0.00\n\n" + nothingChanged},
		{name: "one-line-changes", clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic},
			desc:   "低保户 1 人，I = 3000.00：决定不变，补差 622.00 → 912.00 一行 / a 低保 household of 1, I = 3000.00: no decision changes, one line 622.00 → 912.00",
			record: oneRecipientI3000,
			want: table +
				"  *  lowincome/base       户 household  1–12月              622.00       912.00      +290.00\n" +
				"     medical/sponsorship  成员 m1       9月                 180.00       180.00         0.00\n" +
				"     合计 / all                                             802.00      1092.00      +290.00\n\n" +
				"改变的决定 / decisions that changed\n  无 / none\n\n" +
				"改变的明细 / the lines that changed\n" +
				"  * lowincome/base 户 household\n" +
				"      基准 baseline: 622.00 元\n" +
				"        补差：3622.00 × 1 人 − 3000.00 = 622.00 元/年\n" +
				"        top-up: 3622.00 × 1 person − 3000.00 = 622.00 yuan/year\n" +
				"      改革 reform: 912.00 元\n" +
				"        补差：3912.00 × 1 人 − 3000.00 = 912.00 元/年\n" +
				"        top-up: 3912.00 × 1 person − 3000.00 = 912.00 yuan/year\n"},
		{name: "newly-covered", clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic, policy.ClauseSponsorship},
			desc:   "I = 3700.00：3622.00 下不保，3912.00 下补差 212.00，资助参保 180.00 / I = 3700.00: refused under 3622.00, 212.00 and sponsorship 180.00 under 3912.00",
			record: `{"id":"N3","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","able_to_work":true,"incomes":[{"category":"wages","amount":"3700.00"}]}]}`,
			want: table +
				"  *  lowincome/base       户 household  1–12月                   —       212.00      +212.00\n" +
				"  *  medical/sponsorship  成员 m1       9月                      —       180.00      +180.00\n" +
				"     合计 / all                                               0.00       392.00      +392.00\n\n" +
				"改变的决定 / decisions that changed\n" +
				"  * lowincome 户 household: ineligible → eligible\n" +
				"  * medical 成员 m1: ineligible → eligible\n\n" +
				"改变的明细 / the lines that changed\n" +
				"  * lowincome/base 户 household\n" +
				"      基准 baseline: 无 / none\n" + topUp212 + sponsorship},
		{name: "disabled-newly-covered", clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic, policy.ClauseDisability, policy.ClauseSponsorship},
			desc: "一级肢体残疾、需长期照护，I = 3700.00：护理补贴 720.00 两边都有，相互对应；生活补贴 800.00 仅改革有，单列 / " +
				"grade 1, long-term care, I = 3700.00: the nursing subsidy, 720.00 under both, pairs with itself; the living subsidy, 800.00 under the reform only, stands alone",
			record: `{"id":"N4","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","incomes":[{"category":"wages","amount":"3700.00"}],` +
				`"disability":{"type":"physical","grade":1,"long_term_care":true}}]}`,
			want: table +
				"  *  lowincome/base       户 household  1–12月                   —       212.00      +212.00\n" +
				"     disability/nursing   成员 m1       1–12月              720.00       720.00         0.00\n" +
				"  *  disability/living    成员 m1       1–12月                   —       800.00      +800.00\n" +
				"  *  medical/sponsorship  成员 m1       9月                      —       180.00      +180.00\n" +
				"     合计 / all                                             720.00      1912.00     +1192.00\n\n" +
				"改变的决定 / decisions that changed\n" +
				"  * lowincome 户 household: ineligible → eligible\n" +
				"  * disability/living 成员 m1: ineligible → eligible\n" +
				"  * medical 成员 m1: ineligible → eligible\n\n" +
				"改变的明细 / the lines that changed\n" +
				"  * lowincome/base 户 household\n" +
				"      基准 baseline: 无 / none\n" + topUp212 +
				"  * disability/living 成员 m1\n" +
				"      基准 baseline: 无 / none\n" +
				"      改革 reform: 800.00 元\n" +
				"        困难残疾人生活补贴（一级）：800.00 元/年\n" +
				"        living subsidy (grade 1): 800.00 yuan/year\n" + sponsorship},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := benefit.Explain(base, reform, hh(t, tc.record), on)
			if err != nil {
				t.Fatal(err)
			}
			text := textOf(t, c)
			_, got, ok := strings.Cut(text, "\n\n")
			if !ok {
				t.Fatalf("%s: no blank line below the heading:\n%s", tc.desc, text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s [%v] (-want +got):\n%s", tc.desc, tc.clauses, diff)
			}
		})
	}
}

// TestExplainSplitYear (section 0; 2.1.1): a set of S = 3912.00 from
// July makes the reform assess 低保 in two runs of months, January–June
// and July–December, where the baseline assesses the year in one, or in
// two split at April. Each decision stands beside each of the other
// breakdown's on the same thing that shares months with it, and alone for
// its months none shares, so that a household eligible all year under both
// has no changed decision, one the reform covers from July has one for
// months 7–12, one the baseline covers from April has one for months 4–6,
// and a reform with no set before July leaves months 1–6 decided by the
// baseline alone. Each line of a change names its months, and the lines
// of one item pair in turn, none twice (two runs on each side: the first
// with the first, the second with the second); a claim's decision, made as
// of its admission date, names none.
func TestExplainSplitYear(t *testing.T) {
	// Households of 3 with I = 4500.00, eligible under either standard,
	// and with I = 11000.00, eligible only under S = 3912.00.
	const (
		threeI4500 = `{"id":"S-1","township":"镇甲","members":[
			{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},
			{"id":"m2","birth_date":"1962-01-01"},{"id":"m3","birth_date":"1990-01-01"}]}`
		threeI11000 = `{"id":"S-2","township":"镇甲","members":[
			{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"11000.00"}]},
			{"id":"m2","birth_date":"1962-01-01"},{"id":"m3","birth_date":"1990-01-01"}]}`
	)
	tests := []struct {
		name, desc string
		clauses    []policy.Clause
		// baselineFrom is where the baseline's set of S = 3912.00 starts,
		// "" for the built-in set alone; the reform's starts on 2017-07-01,
		// put into the built-in set or, with reformAlone, alone (no set in
		// force January–June).
		baselineFrom string
		reformAlone  bool
		record       string
		// decisions and lines are 低保's: "months: baseline → reform
		// (changed)" and "item months: baseline → reform".
		decisions, lines []string
		// text and json hold what the change's text and JSON must have.
		text, json []string
	}{
		{name: "eligible-all-year", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "3 人，I = 4500.00：基准全年 6366.00；改革 1–6 月 3183.00、7–12 月 (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00；两者全年都符合条件，决定未变 / " +
				"3 members, I = 4500.00: 6366.00 for the year under the baseline; 3183.00 for months 1–6 and (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00 for months 7–12 under the reform; eligible all year under both, so no decision changed",
			record:    threeI4500,
			decisions: []string{"1–6: eligible → eligible", "7–12: eligible → eligible"},
			lines:     []string{"base 1–12 → 1–6: 6366.00 → 3183.00", "base 7–12: — → 3618.00"},
			text: []string{"  *  lowincome/base       户 household  1–12月 → 1–6月        6366.00      3183.00     -3183.00\n",
				"  *  lowincome/base       户 household  7–12月                      —      3618.00     +3618.00\n",
				"改变的决定 / decisions that changed\n  无 / none\n"},
		},
		{name: "covered-from-july", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "3 人，I = 11000.00：S = 3622.00 时不符合条件，S = 3912.00 时符合；改革 7–12 月补差 (11736.00 − 11000.00) × 6 ÷ 12 = 368.00，决定仅 7–12 月改变 / " +
				"3 members, I = 11000.00: refused under S = 3622.00 and covered under S = 3912.00; the reform pays (11736.00 − 11000.00) × 6 ÷ 12 = 368.00 for months 7–12, and the decision changes for months 7–12 only",
			record:    threeI11000,
			decisions: []string{"1–6: ineligible → ineligible", "7–12: ineligible → eligible (changed)"},
			lines:     []string{"base 7–12: — → 368.00"},
			text:      []string{"  * lowincome 户 household，7–12月: ineligible → eligible\n"},
		},
		{name: "baseline-from-april", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			baselineFrom: "2017-04-01",
			desc: "3 人，I = 11000.00，基准 4 月起 S = 3912.00：4–12 月补差 736.00 × 9 ÷ 12 = 552.00；改革 7 月起：368.00；4–6 月基准符合、改革不符合 / " +
				"3 members, I = 11000.00, the baseline's S = 3912.00 from April: 736.00 × 9 ÷ 12 = 552.00 for months 4–12; the reform's from July: 368.00; in months 4–6 eligible under the baseline and not under the reform",
			record:    threeI11000,
			decisions: []string{"1–3: ineligible → ineligible", "4–6: eligible → ineligible (changed)", "7–12: eligible → eligible"},
			lines:     []string{"base 4–12 → 7–12: 552.00 → 368.00"},
			text:      []string{"  * lowincome 户 household，4–6月: eligible → ineligible\n"},
			json:      []string{`{"programme":"lowincome","period":{"from":4,"to":6},"baseline":"eligible","reform":"ineligible","changed":true}`},
		},
		{name: "both-split-eligible", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			baselineFrom: "2017-04-01",
			desc: "3 人，I = 4500.00，基准 4 月起、改革 7 月起 S = 3912.00：基准 1–3 月 6366.00 × 3 ÷ 12 = 1591.50、4–12 月 7236.00 × 9 ÷ 12 = 5427.00；改革 1–6 月 3183.00、7–12 月 3618.00；两边各两行，依次相对，不重复配对 / " +
				"3 members, I = 4500.00, S = 3912.00 from April under the baseline and from July under the reform: the baseline pays 6366.00 × 3 ÷ 12 = 1591.50 for months 1–3 and 7236.00 × 9 ÷ 12 = 5427.00 for months 4–12, the reform 3183.00 for 1–6 and 3618.00 for 7–12; two lines on each side, paired in turn, none twice",
			record:    threeI4500,
			decisions: []string{"1–3: eligible → eligible", "4–6: eligible → eligible", "7–12: eligible → eligible"},
			lines:     []string{"base 1–3 → 1–6: 1591.50 → 3183.00", "base 4–12 → 7–12: 5427.00 → 3618.00"},
		},
		{name: "reform-from-july-alone", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			reformAlone: true,
			desc: "改革只有 7 月起的参数集，1–6 月无在用参数集：基准全年符合条件，1–6 月对改革的“无决定” / " +
				"the reform is the July set alone, no set in force in months 1–6: eligible all year under the baseline, against no decision of the reform's in months 1–6",
			record:    threeI4500,
			decisions: []string{"7–12: eligible → eligible", "1–6: eligible → — (changed)"},
			lines:     []string{"base 1–12 → 7–12: 6366.00 → 3618.00"},
			text:      []string{"  * lowincome 户 household，1–6月: eligible → —\n"},
			json:      []string{`{"programme":"lowincome","period":{"from":1,"to":6},"baseline":"eligible","reform":null,"changed":true}`},
		},
		{name: "claim-as-of-admission", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			baselineFrom: "2017-04-01",
			desc: "1 人，I = 3700.00，5 月 10 日入院：基准 4 月起 S = 3912.00，4–12 月补差 212.00 × 9 ÷ 12 = 159.00，住院按低保成员；改革 7 月起 106.00，5 月不在任何组，住院有自己的决定，不写月份 / " +
				"1 member, I = 3700.00, admitted on 10 May: under the baseline's S = 3912.00 from April, 212.00 × 9 ÷ 12 = 159.00 for months 4–12 and the claim goes by the 低保 member's decision; under the reform's from July, 106.00, and in May the member is in no group, so the claim has a decision of its own, named without months",
			record: `{"id":"S-3","township":"镇甲","members":[
				{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"3700.00"}],
				 "claims":[{"id":"c2","admission":"2017-05-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"17000.00"}]}]}`,
			decisions: []string{"1–3: ineligible → ineligible", "4–6: eligible → ineligible (changed)", "7–12: eligible → eligible"},
			lines:     []string{"base 4–12 → 7–12: 159.00 → 106.00"},
			text:      []string{"  * medical 成员 m1 c2: — → ineligible\n"},
		},
	}
	july, err := assessor(t).With(setFrom(t, "2017-07-01"))
	if err != nil {
		t.Fatal(err)
	}
	julyAlone, err := benefit.New(setFrom(t, "2017-07-01"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base, reform := assessor(t), july
			if tc.baselineFrom != "" {
				if base, err = base.With(setFrom(t, tc.baselineFrom)); err != nil {
					t.Fatal(err)
				}
			}
			if tc.reformAlone {
				reform = julyAlone
			}
			c, err := benefit.Explain(base, reform, hh(t, tc.record), on)
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			outcome := func(d *policy.Decision) string {
				if d == nil {
					return "—"
				}
				return string(d.Outcome())
			}
			amount := func(l *policy.Line) string {
				if l == nil {
					return "—"
				}
				return l.Amount().String()
			}
			months := func(ps ...policy.Period) string {
				var s []string
				for _, p := range ps {
					s = append(s, fmt.Sprintf("%d–%d", p.Norm().From, p.Norm().To))
				}
				return strings.Join(s, " → ")
			}
			var decisions, lines []string
			for _, d := range c.Decisions {
				if d.Programme != policy.LowIncome {
					continue
				}
				s := months(d.Period) + ": " + outcome(d.Baseline) + " → " + outcome(d.Reform)
				if d.Changed {
					s += " (changed)"
				}
				decisions = append(decisions, s)
			}
			for _, l := range c.Lines {
				if l.Programme != policy.LowIncome {
					continue
				}
				var ps []policy.Period
				for _, x := range []*policy.Line{l.Baseline, l.Reform} {
					if x != nil && (len(ps) == 0 || ps[0].Norm() != x.Period().Norm()) {
						ps = append(ps, x.Period())
					}
				}
				lines = append(lines, string(l.Item)+" "+months(ps...)+": "+amount(l.Baseline)+" → "+amount(l.Reform))
			}
			if d := cmp.Diff(tc.decisions, decisions); d != "" {
				t.Errorf("%s [%v]: 低保 decisions (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			if d := cmp.Diff(tc.lines, lines); d != "" {
				t.Errorf("%s [%v]: 低保 lines (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			text := textOf(t, c)
			for _, want := range tc.text {
				if !strings.Contains(text, want) {
					t.Errorf("%s: the change's text lacks %q:\n%s", tc.desc, want, text)
				}
			}
			js, err := c.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.json {
				if !bytes.Contains(js, []byte(want)) {
					t.Errorf("%s: the change's JSON lacks %s", tc.desc, want)
				}
			}
		})
	}
}

// setFrom is the July set (julySet: S = 3912.00) starting on date from
// instead of 2017-07-01.
func setFrom(t *testing.T, from string) *benefit.Params {
	t.Helper()
	d, err := household.ParseDate(from)
	if err != nil {
		t.Fatal(err)
	}
	p := julySet(t)
	p.From = d
	return p
}
