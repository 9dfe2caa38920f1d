package benefit

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// WriteText writes the comparison as tables with Chinese and English
// headings: who gains, loses or is unchanged, and the months either side
// did not assess for want of a parameter set in force (section 0), whose
// 0.00 makes a difference that is not one in what is due; the cost under
// each and the difference by programme, item, township, payee and payer;
// each programme's coverage, entrants and leavers; the largest gains and
// losses; and the difference by township and programme. Columns are
// aligned by display width, a Chinese character taking two. It returns
// the writer's error, and one wrapping [policy.ErrInvalid] for a nil
// comparison or a nil w.
func (c *Comparison) WriteText(w io.Writer) error {
	if c == nil {
		return fmt.Errorf("benefit: WriteText of a nil *Comparison: %w", policy.ErrInvalid)
	}
	if w == nil {
		return errNilWriter
	}
	var s strings.Builder
	hh := func(n int) string { return count(n, "户", "household", "households") }
	fmt.Fprintf(&s, "改革对比 / reform compared with the baseline: %s, %s, %s\n", hh(c.Households),
		count(c.Persons, "人", "person", "persons"), count(c.Failed, "条无法评估", "could not be assessed", "could not be assessed"))
	fmt.Fprintf(&s, "  增加 / gain: %s, %s 元\n  减少 / lose: %s, %s 元\n  不变 / unchanged: %s\n",
		hh(c.Gainers), signed(c.Gained()), hh(c.Losers), signed(c.Lost()), hh(c.Unchanged))
	for _, side := range []struct {
		zh, en string
		b      *Budget
	}{{"基准：", "baseline: ", &c.Baseline}, {"改革：", "reform: ", &c.Reform}} {
		if side.b.notAssessed != 0 { // section 0: their 0.00 is not nothing due, nor their change a change in it
			s.WriteString("  " + notAssessedNote(side.b.notAssessed, side.zh, side.en) + "\n")
		}
	}
	titles := map[Dimension]string{
		ByProgramme: "按项目 / by programme", ByItem: "按明细 / by item", ByTownship: "按乡镇 / by township",
		ByPayee: "按领取方 / by payee", ByPayer: "按支付方 / by payer",
	}
	money := func(label string, b, r, d decimal.Decimal) []string {
		return []string{label, b.StringFixed(2), r.StringFixed(2), signed(d)}
	}
	head := []string{"", "基准 baseline", "改革 reform", "差额 change"}
	for _, d := range dimensions {
		rows := [][]string{head}
		for _, r := range c.Rows(d) {
			rows = append(rows, money(label(d, r.Key), r.Baseline.Annual, r.Reform.Annual, r.Difference))
		}
		if d == ByPayer {
			all := c.All()
			rows = append(rows, money("合计 / all", all.Baseline.Annual, all.Reform.Annual, all.Difference))
		}
		fmt.Fprintf(&s, "\n%s（元/年 yuan a year）\n", titles[d])
		writeTable(&s, 1, rows)
	}

	s.WriteString("\n按决定的覆盖（户）/ coverage by decision (households)\n")
	rows := [][]string{{"", "基准 baseline", "改革 reform", "新进 entrants", "退出 leavers"}}
	for _, k := range c.Coverage() {
		rows = append(rows, []string{label(ByProgramme, string(k.Programme)), strconv.Itoa(k.Baseline),
			strconv.Itoa(k.Reform), strconv.Itoa(k.Entrants), strconv.Itoa(k.Leavers)})
	}
	writeTable(&s, 1, rows)
	writeMovers(&s, "增加最多的家庭 / largest gains", c.Gains())
	writeMovers(&s, "减少最多的家庭 / largest losses", c.Losses())

	s.WriteString("\n按乡镇和项目（元/年）/ by township and programme (yuan a year)\n")
	rows = [][]string{{"乡镇 township", "项目 programme", "基准 baseline", "改革 reform", "差额 change"}}
	for _, t := range c.ByTownshipAndProgramme() {
		rows = append(rows, []string{t.Township, label(ByProgramme, string(t.Programme)), t.Baseline.StringFixed(2),
			t.Reform.StringFixed(2), signed(t.Difference)})
	}
	writeTable(&s, 2, rows)
	_, err := io.WriteString(w, s.String())
	return err
}

func writeMovers(s *strings.Builder, title string, ms []Mover) {
	fmt.Fprintf(s, "\n%s（元/年 yuan a year）\n", title)
	if len(ms) == 0 {
		s.WriteString("  无 / none\n")
		return
	}
	rows := [][]string{{"户 household", "乡镇 township", "基准 baseline", "改革 reform", "差额 change"}}
	for _, m := range ms {
		rows = append(rows, []string{m.Household, m.Township, m.Baseline.StringFixed(2), m.Reform.StringFixed(2),
			signed(m.Change)})
	}
	writeTable(s, 2, rows)
}

// writeTable writes rows as a table indented by two spaces, two spaces
// between columns, each column as wide as its widest cell in display
// columns: the first left columns aligned left, the others (figures)
// right.
func writeTable(s *strings.Builder, left int, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], runewidth.StringWidth(cell))
		}
	}
	for _, r := range rows {
		line := ""
		for i, cell := range r {
			if i < left {
				line += "  " + padRight(cell, widths[i])
			} else {
				line += "  " + padLeft(cell, widths[i])
			}
		}
		s.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// count writes n with its unit in Chinese and English, singular for 1:
// "1 户 household", "3 户 households".
func count(n int, zh, one, many string) string {
	if n == 1 {
		return "1 " + zh + " " + one
	}
	return strconv.Itoa(n) + " " + zh + " " + many
}

// signed writes an amount with its sign: "+736.00", "-12.50", "0.00".
func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + d.StringFixed(2)
	}
	return d.StringFixed(2)
}

// WriteText writes the household's two breakdowns side by side: each line
// with its months under the baseline and the reform and the change, a
// changed line marked "*"; the changed decisions — those whose outcome
// differs and those only one breakdown makes — with the months they are
// compared over where that is not the whole year (none for a claim's or
// an event's, decided as of its date); and, for each changed
// line, its explanation under each, Chinese first and English after. It
// returns the writer's error, and one wrapping [policy.ErrInvalid] for a
// nil change, one without both breakdowns, or a nil w.
func (c *Change) WriteText(w io.Writer) error {
	if err := c.check("WriteText"); err != nil {
		return err
	}
	if w == nil {
		return errNilWriter
	}
	var s strings.Builder
	b, r := c.Baseline, c.Reform
	fmt.Fprintf(&s, "家庭 %s（%s），评估日 %s：基准与改革逐行对比\nhousehold %s (%s), assessed on %s: baseline and reform line by line\n",
		b.Household, b.Township, b.Date, b.Household, b.Township, b.Date)
	fmt.Fprintf(&s, "  基准 / baseline: %s\n  改革 / reform:   %s\n", setNames(b.sets()), setNames(r.sets()))
	amount := func(l *policy.Line) string {
		if l == nil {
			return "—"
		}
		return l.Amount().String()
	}
	rows := [][]string{{"", "明细 item", "对象 for", "月份 months", "基准 baseline", "改革 reform", "差额 change"}}
	for _, l := range c.Lines {
		mark := ""
		if l.Changed {
			mark = "*"
		}
		rows = append(rows, []string{mark, what(l.Programme, l.Item), whoFor(l.Member, l.ID), lineMonths(l),
			amount(l.Baseline), amount(l.Reform), signed(l.Difference())})
	}
	rows = append(rows, []string{"", "合计 / all", "", "", b.Totals.All().StringFixed(2), r.Totals.All().StringFixed(2),
		signed(c.Difference())})
	s.WriteString("\n")
	writeTable(&s, 4, rows)

	s.WriteString("\n改变的决定 / decisions that changed\n")
	n := 0
	outcome := func(d *policy.Decision) string {
		if d == nil {
			return "—"
		}
		return string(d.Outcome())
	}
	for _, d := range c.Decisions {
		if d.Changed {
			n++
			fmt.Fprintf(&s, "  * %s %s%s: %s → %s\n", what(d.Programme, d.Item), whoFor(d.Member, d.ID),
				decisionMonths(d), outcome(d.Baseline), outcome(d.Reform))
		}
	}
	if n == 0 {
		s.WriteString("  无 / none\n")
	}

	s.WriteString("\n改变的明细 / the lines that changed\n")
	n = 0
	for _, l := range c.Lines {
		if !l.Changed {
			continue
		}
		n++
		fmt.Fprintf(&s, "  * %s %s\n", what(l.Programme, l.Item), whoFor(l.Member, l.ID))
		for _, side := range []struct {
			name string
			l    *policy.Line
		}{{"基准 baseline", l.Baseline}, {"改革 reform", l.Reform}} {
			if side.l == nil {
				fmt.Fprintf(&s, "      %s: 无 / none\n", side.name)
				continue
			}
			e := side.l.Explanation()
			fmt.Fprintf(&s, "      %s: %s 元\n        %s\n        %s\n", side.name, side.l.Amount(), e.Render(policy.ZH),
				e.Render(policy.EN))
		}
	}
	if n == 0 {
		s.WriteString("  无 / none\n")
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// lineMonths names the months a line of a change covers (the month a lump
// sum is paid in): "1–12月", "7–12月", "6月", or "1–12月 → 7–12月" where
// the two breakdowns' lines cover different months; "" for a change made
// by hand that holds neither line.
func lineMonths(l LineChange) string {
	switch {
	case l.Baseline == nil && l.Reform == nil:
		return ""
	case l.Baseline == nil:
		return monthsText(l.Reform.Period())
	case l.Reform == nil || l.Reform.Period().Norm() == l.Baseline.Period().Norm():
		return monthsText(l.Baseline.Period())
	}
	return monthsText(l.Baseline.Period()) + " → " + monthsText(l.Reform.Period())
}

// decisionMonths names the months in which a decision of a change is
// compared ([DecisionChange.Period]) as "，7–12月", and nothing for the
// whole year or for a claim's or event's decision, which goes by its
// admission or event date whatever the months of the run that made it.
func decisionMonths(d DecisionChange) string {
	p := d.Period.Norm()
	if d.ID != "" || p == (policy.Period{}).Norm() {
		return ""
	}
	return "，" + monthsText(p)
}

// monthsText writes a period as monthRuns does in Chinese: "1–12月", or
// "9月" for one month.
func monthsText(p policy.Period) string {
	zh, _ := monthRuns(monthBits(p))
	return zh
}

// setNames names the parameter sets a breakdown used.
func setNames(sets []SetUsed) string {
	names := make([]string, len(sets))
	for i, u := range sets {
		names[i] = u.String()
	}
	return strings.Join(names, "; ")
}

// whoFor names whom a line or decision is for, and the claim or event it
// concerns when it names one: "成员 m1 c1", so that a claim's decision is
// not read as a second decision of its member.
func whoFor(member, id string) string {
	if id == "" {
		return who(member)
	}
	return who(member) + " " + id
}

// what names a line's or decision's programme and item: "lowincome/base",
// or the programme alone where it decides one thing.
func what(p policy.Programme, item policy.Item) string {
	if item == "" {
		return string(p)
	}
	return itemKey(p, item)
}
