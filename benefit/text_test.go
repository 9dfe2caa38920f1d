package benefit_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/mattn/go-runewidth"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// TestWriteTextAlignment: in the caseworker's totals and in each of the
// budget's tables, the amounts of mixed Chinese and English rows end in the
// same display column (a Chinese character is two columns wide on a
// terminal), and a lump-sum subtotal is labelled 元, not 元/年.
func TestWriteTextAlignment(t *testing.T) {
	a := assessor(t)
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.Assess(h, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	out := textOf(t, b)
	totals := out[strings.Index(out, "合计（本年应得"):]
	totals = totals[:strings.Index(totals, "总计 / all")]
	checkColumn(t, "totals", linesWith(totals, " 元  "), " 元  ")
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "小计") && strings.Contains(l, "元/年") && !strings.Contains(l, "按月") {
			t.Errorf("subtotal %q labels an amount 元/年 without saying it is recurring", l)
		}
	}
	if !strings.Contains(out, "小计 / subtotal: 6320.00 元 (一次性 / lump sum)") {
		t.Errorf("medical subtotal is not labelled as a lump sum:\n%s", out)
	}

	hs := []*household.Household{h}
	bud := budgetOf(t, a, hs)
	table := textOf(t, bud)
	if !strings.Contains(table, "预算 / budget: 1 户 household, 4 人 persons") {
		t.Errorf("budget heading does not count one household in the singular:\n%s", table)
	}
	// Every column is right-aligned after the label, so a table's rows
	// are aligned when they are equally wide: its heading's row, its rows,
	// in the payee table the medical-insurance fund, whose label is wider
	// than the others' 34 columns, and in the tables of monthly outlays
	// the year's row, whose label is wider than the months'.
	for _, title := range []string{"按项目 / by programme", "按明细 / by item", "按乡镇 / by township", "按领取方 / by payee", "按支付方 / by payer",
		"按月支出，按项目（元）/ outlay by month and programme (yuan)", "按月支出，按支付方（元）/ outlay by month and payer (yuan)"} {
		rows := strings.Split(strings.TrimSuffix(textSection(t, table, title), "\n"), "\n")[1:] // below the title
		if len(rows) < 2 {
			t.Fatalf("budget %s: %d rows", title, len(rows))
		}
		for _, r := range rows {
			if w, want := runewidth.StringWidth(r), runewidth.StringWidth(rows[0]); w != want {
				t.Errorf("budget %s: %q is %d columns wide, want %d like %q", title, r, w, want, rows[0])
			}
		}
	}
}

// linesWith returns the lines of s that contain sep.
func linesWith(s, sep string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sep) {
			out = append(out, l)
		}
	}
	return out
}

// checkColumn fails unless the first sep ends at the same display column
// on every line.
func checkColumn(t *testing.T, what string, lines []string, sep string) {
	t.Helper()
	if len(lines) < 2 {
		t.Fatalf("%s: %d lines to align, want at least 2", what, len(lines))
	}
	col := -1
	for _, l := range lines {
		c := runewidth.StringWidth(l[:strings.Index(l, sep)])
		if col == -1 {
			col = c
		} else if c != col {
			t.Errorf("%s: %q has its amount ending at column %d, want %d", what, l, c, col)
		}
	}
}

// TestWriteTextMonths: a line of part of the year says how many months it
// covers, and a line of one month names it once and pays it in one
// payment (section 0: a period of k months; a one-month line pays A in its
// month).
func TestWriteTextMonths(t *testing.T) {
	tests := []struct {
		name, clause, desc, from string
		on                       household.Date
		want                     string
	}{
		{name: "one month", clause: "0", desc: "仅12月：4988.00 × 1 ÷ 12 = 415.67，一次付清 / December only: 415.67 in its one payment", from: "2017-12",
			on:   household.NewDate(2017, 12, 1),
			want: "415.67 元 (12月共 1 个月 / month 12, 1 month: 415.67)"},
		{name: "two months", clause: "0", desc: "11–12月：4988.00 × 2 ÷ 12 = 831.33，415.67 + 415.66 / November to December: 831.33, 415.67 + 415.66", from: "2017-11",
			on:   household.NewDate(2017, 12, 1),
			want: "831.33 元 (11–12月共 2 个月 / months 11–12, 2 months: 415.67 × 1 + 415.66)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := hh(t, `{"id":"M","township":"示例镇","lowincome_period":{"from":"`+tc.from+`"},"members":[
				{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"9500.00"}]},
				{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},{"id":"m3","birth_date":"1985-01-01","relation":"child"},
				{"id":"m4","birth_date":"2010-01-01","relation":"grandchild"}]}`)
			b, err := assessor(t).Assess(h, tc.on)
			if err != nil {
				t.Fatal(err)
			}
			text := textOf(t, b)
			if !strings.Contains(text, tc.want) {
				t.Errorf("%s: the base line does not read %q:\n%s", tc.desc, tc.want, text)
			}
		})
	}
}

// TestWriteTextHeader: the text breakdown's first lines name the date and
// every parameter set it used (section 0: the breakdown names every
// parameter set it used), in the plural where there are several.
func TestWriteTextHeader(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		sets               []string // the sets loaded, as setsNamed names them
		want               string
	}{
		{name: "one set", clause: "0", desc: "仅内置 2017 参数集：单数 / the built-in 2017 set alone: one set",
			sets: []string{"2017"},
			want: "household M (示例镇), assessed on 2017-09-01 under the 2017 parameter set\n" +
				"参数集 / parameter set: 东至县 2017 (东政办〔2017〕43号)（2017-01-01 起 / from 2017-01-01）\n"},
		{name: "two sets", clause: "0", desc: "7月起另一参数集：两个参数集，复数 / another set from July: two sets, in the plural",
			sets: []string{"2017", "2017-07"},
			want: "household M (示例镇), assessed on 2017-09-01 under the 2017 parameter sets\n" +
				"参数集 / parameter sets: 东至县 2017 (东政办〔2017〕43号)（2017-01-01 起 / from 2017-01-01） " +
				"东至县 2017 年 7 月起（示例：标准提高至 3912 元/年·人）/ Dongzhi from July 2017 (example: standard raised to 3912)（2017-07-01 起 / from 2017-07-01）\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := hh(t, `{"id":"M","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`)
			b, err := assessorOf(t, tc.sets).Assess(h, household.NewDate(2017, 9, 1))
			if err != nil {
				t.Fatal(err)
			}
			if text := textOf(t, b); !strings.Contains(text, tc.want) {
				t.Errorf("%s: the header does not read %q:\n%s", tc.desc, tc.want, text)
			}
		})
	}
}

// TestWriteTextSections: the caseworker's text has a line naming the
// parameter sets (section 0) only when the breakdown holds some, and the
// headings of the findings, the referrals (3.2) and the provisional
// parameters (section 0) only above what they head. A single adult with
// I = 5000.00, above S = 3622.00 (2.1.2), is paid nothing and rests on no
// provisional parameter; sample h01-yaodu has all four; its JSON read back
// without its sets has the other three.
func TestWriteTextSections(t *testing.T) {
	type sections struct{ Sets, Findings, Referrals, Provisional bool }
	tests := []struct {
		name, desc string
		clauses    []policy.Clause
		breakdown  func(t *testing.T) *benefit.Breakdown
		want       sections
	}{
		{name: "nothing-paid", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDynamic},
			desc: "1 人，I = 5000.00：无明细、无发现、无转介、无暂定参数，只有参数集 / one person, I = 5000.00: no line, finding, referral or provisional parameter, only the set",
			breakdown: func(t *testing.T) *benefit.Breakdown {
				b, err := assessor(t).Assess(hh(t, oneAdultI5000), on)
				if err != nil {
					t.Fatal(err)
				}
				return b
			},
			want: sections{Sets: true}},
		{name: "sample-h01", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseCoordination},
			desc:      "样例 h01-yaodu：四节俱全 / sample h01-yaodu: all four sections",
			breakdown: yaodu,
			want:      sections{Sets: true, Findings: true, Referrals: true, Provisional: true}},
		{name: "read-back-without-sets", clauses: []policy.Clause{policy.ClauseConventions},
			desc:      "h01-yaodu 的 JSON 去掉 sets 读回：不列参数集 / h01-yaodu's JSON read back without its sets: no set named",
			breakdown: func(t *testing.T) *benefit.Breakdown { return withoutSets(t, yaodu(t)) },
			want:      sections{Findings: true, Referrals: true, Provisional: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := textOf(t, tc.breakdown(t))
			got := sections{
				Sets:        strings.Contains(text, "\n参数集 / parameter"),
				Findings:    strings.Contains(text, "\n发现 / findings\n"),
				Referrals:   strings.Contains(text, "\n转介 / referrals\n"),
				Provisional: strings.Contains(text, "\n所依暂定参数 / provisional parameters"),
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s [%v]: sections (-want +got):\n%s\n%s", tc.desc, tc.clauses, diff, text)
			}
		})
	}
}

// TestWriteTextSubtotal: a programme's subtotal gives its recurring lines
// (元/年, or 元 "this year" when some line covers part of the year) and
// its lump sums (元) apart, joined by "+" (section 0); one whose lines are
// all referrals (2.4.3) says it pays nothing, not that 0.00 recurs. Each
// breakdown holds temporary-aid lines built by hand: 1200.00 a year, over
// the whole year or from March (1200.00 × 10 ÷ 12 = 1000.00), a lump sum
// of 1000.00 in June, a referral in June.
func TestWriteTextSubtotal(t *testing.T) {
	tests := []struct {
		name, desc string
		clause     policy.Clause
		recurring  bool          // a recurring line,
		period     policy.Period // of these months
		lump       bool
		referral   bool
		want       string
	}{
		{name: "whole-year-and-lump", clause: policy.ClauseConventions,
			desc:      "全年 1200.00 元/年，另一次性 1000.00 元 / 1200.00 a year all year, and a lump sum of 1000.00",
			recurring: true, period: policy.Year, lump: true,
			want: "  小计 / subtotal: 1200.00 元/年 (按月 / recurring) + 1000.00 元 (一次性 / lump sum)\n"},
		{name: "part-year-and-lump", clause: policy.ClauseConventions,
			desc:      "3 月起 1200.00 × 10 ÷ 12 = 1000.00 元（本年），另一次性 1000.00 元 / from March 1200.00 × 10 ÷ 12 = 1000.00 this year, and a lump sum of 1000.00",
			recurring: true, period: policy.Period{From: time.March, To: time.December}, lump: true,
			want: "  小计 / subtotal: 1000.00 元 (本年按月 / this year, recurring) + 1000.00 元 (一次性 / lump sum)\n"},
		{name: "lump-and-referral", clause: policy.ClauseTemporaryForm,
			desc: "一次性 1000.00 元与一次转介：转介不计金额 / a lump sum of 1000.00 and a referral: the referral has no amount",
			lump: true, referral: true,
			want: "  小计 / subtotal: 1000.00 元 (一次性 / lump sum)\n"},
		{name: "referral-only", clause: policy.ClauseTemporaryForm,
			desc:     "仅一次转介：小计 0.00 元，不称按月 / a referral alone: a subtotal of 0.00, not called recurring",
			referral: true,
			want:     "  小计 / subtotal: 0.00 元 (仅转介，不计金额 / referrals only, no amount)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pay, f := byHand()
			b := &benefit.Breakdown{Household: "S1", Township: "甲乡", Date: on, Year: 2017}
			if tc.recurring {
				b.Recurring(&pay, policy.PerYear(120000), tc.period, f)
			}
			if tc.lump {
				b.Lump(&pay, 100000, time.June, f)
			}
			if tc.referral {
				refer := pay
				refer.Item, refer.Form, refer.Service = "referral", policy.Referral, "救助管理站 / relief station"
				b.Refer(&refer, time.June, f)
			}
			var got []string // the subtotals: temporary aid's alone, as no other programme has lines
			for _, l := range strings.SplitAfter(textOf(t, b), "\n") {
				if strings.Contains(l, "小计 / subtotal") {
					got = append(got, l)
				}
			}
			if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
				t.Errorf("%s [%s]: subtotals (-want +got):\n%s", tc.desc, tc.clause, diff)
			}
		})
	}
}
