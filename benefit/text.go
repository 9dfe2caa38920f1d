package benefit

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/safetynet-go/safetynet/policy"
)

// errNilWriter is the error of writing to a nil io.Writer, which each
// writer checks before it makes its text.
var errNilWriter = fmt.Errorf("benefit: write to a nil io.Writer: %w", policy.ErrInvalid)

// WriteText writes the breakdown as a caseworker reads it: the household,
// the date and the parameter sets used, each by its name or else its year
// (section 0); per programme its decisions and lines with their
// explanations, Chinese first and English after; then the totals by payee
// and payer, the findings, the referrals, the parameter checks and the
// provisional parameters. Member ids appear, never names. It returns the
// writer's error, and one wrapping [policy.ErrInvalid] for a nil breakdown
// or a nil w.
func (b *Breakdown) WriteText(w io.Writer) error {
	if b == nil {
		return fmt.Errorf("benefit: WriteText of a nil *Breakdown: %w", policy.ErrInvalid)
	}
	if w == nil {
		return errNilWriter
	}
	var s strings.Builder
	where := b.Township
	if b.Village != "" {
		where += " " + b.Village
	}
	sets, set := b.sets(), "set"
	if len(sets) > 1 {
		set = "sets"
	}
	fmt.Fprintf(&s, "家庭 %s（%s），评估日 %s，%d 年参数\nhousehold %s (%s), assessed on %s under the %d parameter %s\n",
		b.Household, where, b.Date, b.Year, b.Household, where, b.Date, b.Year, set)
	if len(sets) > 0 { // the sets by name, as JSON and the web page give them (section 0)
		s.WriteString("参数集 / parameter " + set + ":")
		for _, u := range sets {
			fmt.Fprintf(&s, " %s（%s 起 / from %s）", u, u.From, u.From)
		}
		s.WriteString("\n")
	}
	for i, p := range policy.Programmes() {
		zh, en := p.Name()
		fmt.Fprintf(&s, "\n%d. %s / %s\n", i+1, zh, en)
		n := 0
		for d := range b.DecisionsOf(policy.Select{Programme: p}) {
			n++
			e := d.Explanation()
			fmt.Fprintf(&s, "  [%s] %s%s\n      %s\n      %s\n", d.Outcome(), who(d.Member()), months(d.Period()),
				e.Render(policy.ZH), e.Render(policy.EN))
		}
		lines := 0
		for l := range b.LinesOf(policy.Select{Programme: p}) {
			lines++
			writeLine(&s, l)
		}
		if n == 0 && lines == 0 {
			s.WriteString("  无 / none\n")
			continue
		}
		if lines > 0 {
			writeSubtotal(&s, b, p)
		}
	}

	// Totals add recurring lines (元/年, the year's entitlement) and lump
	// sums (元), so their unit is the year's yuan: 本年 / this year.
	s.WriteString("\n合计（本年应得，元）/ totals (this year's entitlement, yuan)\n")
	for _, t := range b.Totals.ByPayee() {
		zh, en := policy.Payee(t.Key).Name()
		fmt.Fprintf(&s, "  %s 元  领取 %s / payee %s (%s)\n", padLeft(t.Annual.StringFixed(2), 12), zh, en,
			lineCount(t.Lines))
	}
	for _, t := range b.Totals.ByPayer() {
		zh, en := policy.Payer(t.Key).Name()
		fmt.Fprintf(&s, "  %s 元  支付 %s / payer %s (%s)\n", padLeft(t.Annual.StringFixed(2), 12), zh, en,
			lineCount(t.Lines))
	}
	fmt.Fprintf(&s, "  %s 元  总计 / all\n", padLeft(b.Totals.All().StringFixed(2), 12))

	if len(b.Findings) > 0 {
		s.WriteString("\n发现 / findings\n")
	}
	for _, f := range b.Findings {
		zh, en := f.Kind().Name()
		e := f.Explanation()
		fmt.Fprintf(&s, "  %s / %s — %s [%s]\n      %s\n      %s\n", zh, en, who(f.Member()), clauseList(f.Clauses()),
			e.Render(policy.ZH), e.Render(policy.EN))
	}
	if len(b.Referrals) > 0 {
		s.WriteString("\n转介 / referrals\n")
	}
	for _, r := range b.Referrals {
		zh, en := r.Department.Name()
		fmt.Fprintf(&s, "  %s / %s: %s [%s]\n      %s\n      %s\n", zh, en, r.Service, clauseList(r.Clauses),
			r.Explanation.Render(policy.ZH), r.Explanation.Render(policy.EN))
	}
	s.WriteString("\n参数核查 / parameter checks\n")
	assets := b.assetsByPeriod()
	if len(assets) == 0 {
		assets = []policy.Check{b.Assets}
	}
	for _, c := range slices.Concat(assets, b.checks()) {
		e := c.Explanation()
		fmt.Fprintf(&s, "  [%s] %s [%s]%s\n      %s\n      %s\n", c.Status(), c.Name(), clauseList(c.Clauses()),
			months(c.Period()), e.Render(policy.ZH), e.Render(policy.EN))
	}
	provisional := b.Provisional()
	if len(provisional) > 0 {
		s.WriteString("\n所依暂定参数 / provisional parameters this breakdown rests on\n")
	}
	for _, u := range provisional {
		fmt.Fprintf(&s, "  %s = %s — %s\n", u.Name, u.Value, u.Source)
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// months names the months of a part of the year, " 7–12月 / months
// 7–12", and nothing for the whole year or no period.
func months(p policy.Period) string {
	if p == (policy.Period{}) || p.Norm() == policy.Year {
		return ""
	}
	zh, en := monthRuns(monthBits(p))
	return " " + zh + " / " + en
}

// schedule writes a line's monthly schedule (section 0): its regular month
// times the months that pay it, plus the last month ("60.37 × 11 +
// 60.33"), or for a line of one month its one payment.
func schedule(sc policy.Schedule) string {
	if sc.Months() <= 1 {
		return sc.LastFen().String()
	}
	return fmt.Sprintf("%s × %d + %s", sc.MonthFen(), sc.Months()-1, sc.LastFen())
}

func writeLine(s *strings.Builder, l policy.Line) {
	pzh, _ := l.Payee().Name()
	fzh, _ := l.Form().Name()
	fmt.Fprintf(s, "  %s %s → %s（%s） [%s]\n", padRight(string(l.Item()), 16), padRight(who(l.Member()), 12), pzh, fzh,
		clauseList(l.Clauses()))
	switch {
	case l.Form() == policy.Referral:
		fmt.Fprintf(s, "      转介 / referral: %s\n", l.Service())
	case l.Lump():
		fmt.Fprintf(s, "      %s 元（一次性 / lump sum）\n", l.Amount())
	default:
		sc := l.Schedule()
		if p := l.Period().Norm(); p != policy.Year {
			zh, en := monthRuns(monthBits(p))
			months := "months"
			if sc.Months() == 1 {
				months = "month"
			}
			fmt.Fprintf(s, "      %s 元 (%s共 %d 个月 / %s, %d %s: %s)\n", l.Amount(), zh, sc.Months(), en, sc.Months(),
				months, schedule(sc))
			break
		}
		fmt.Fprintf(s, "      %s 元/年 (%d 个月 / months: %s)\n", l.Amount(), sc.Months(), schedule(sc))
	}
	e := l.Explanation()
	fmt.Fprintf(s, "      %s\n      %s\n", e.Render(policy.ZH), e.Render(policy.EN))
	if l.Provisional() {
		s.WriteString("      ※ 含暂定参数 / rests on a provisional parameter\n")
	}
}

// writeSubtotal writes a programme's subtotal, recurring lines (元/年) and
// lump sums (元, paid once) apart, so that neither is labelled as the
// other. Recurring lines of which some covers part of the year add up to
// this year's money, not a rate a year: their subtotal is in 元, "this
// year", as such a line's amount is. A programme whose lines are all
// referrals (2.4.3) pays nothing, and its subtotal says so.
func writeSubtotal(s *strings.Builder, b *Breakdown, p policy.Programme) {
	var recurring, lump policy.Money
	var nr, nl int
	part := false
	for l := range b.LinesOf(policy.Select{Programme: p}) {
		switch {
		case l.Form() == policy.Referral:
		case l.Lump():
			lump, nl = lump+l.Amount(), nl+1
		default:
			recurring, nr = recurring+l.Amount(), nr+1
			part = part || l.Period().Norm() != policy.Year
		}
	}
	var parts []string
	switch {
	case part:
		parts = append(parts, recurring.String()+" 元 (本年按月 / this year, recurring)")
	case nr > 0:
		parts = append(parts, recurring.String()+" 元/年 (按月 / recurring)")
	}
	if nl > 0 {
		parts = append(parts, lump.String()+" 元 (一次性 / lump sum)")
	}
	if len(parts) == 0 { // referrals alone
		parts = append(parts, "0.00 元 (仅转介，不计金额 / referrals only, no amount)")
	}
	fmt.Fprintf(s, "  小计 / subtotal: %s\n", strings.Join(parts, " + "))
}

// lineCount says how many lines a total adds: "1 line", "3 lines".
func lineCount(n int) string {
	if n == 1 {
		return "1 条 line"
	}
	return strconv.Itoa(n) + " 条 lines"
}

func who(member string) string {
	if member == "" {
		return "户 household"
	}
	return "成员 " + member
}

func clauseList(cs []policy.Clause) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " ")
}
