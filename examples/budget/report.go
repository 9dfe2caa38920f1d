package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// dims are the budget's dimensions with their tables' titles.
var dims = []struct {
	d     benefit.Dimension
	title string
}{
	{benefit.ByProgramme, "按项目 / by programme"},
	{benefit.ByItem, "按明细 / by item"},
	{benefit.ByTownship, "按乡镇 / by township"},
	{benefit.ByPayee, "按领取方 / by payee"},
	{benefit.ByPayer, "按支付方 / by payer"},
}

// plural writes a count with its unit, singular for 1: "1 户 household",
// "3 户 households".
func plural(n int, zh, one, many string) string {
	if n == 1 {
		return "1 " + zh + " " + one
	}
	return strconv.Itoa(n) + " " + zh + " " + many
}

// label names a row's key in Chinese and English where it is a programme,
// payee or payer.
func label(d benefit.Dimension, key string) string {
	var zh string
	switch d {
	case benefit.ByProgramme:
		zh, _ = policy.Programme(key).Name()
	case benefit.ByPayee:
		zh, _ = policy.Payee(key).Name()
	case benefit.ByPayer:
		zh, _ = policy.Payer(key).Name()
	default:
		return key
	}
	return zh + " " + key
}

// cellCols are a budget row's columns: its amounts, the part of the year's
// resting on a provisional parameter (section 0), and its counts.
var cellCols = []column{{"annual", "本年合计 year total"}, {"provisional", "其中暂定 of it provisional"},
	{"monthly", "月额 monthly rate"}, {"lump", "一次性 lump"}, {"lines", "条 lines"}, {"households", "户 households"},
	{"persons", "人 persons"}}

func cellCells(c benefit.Cell) []cell {
	return []cell{money(c.Annual), money(c.Provisional), money(c.Monthly), money(c.Lump), count(c.Lines),
		count(c.Households), count(c.Persons)}
}

// budgetTables are the tables of a budget: the counts, a table per
// dimension, the grand total, the monthly outlays by programme and by
// payer, and the medical-aid fund's shortfall when the fund is given.
func budgetTables(b *benefit.Budget, fund *decimal.Decimal) ([]*table, error) {
	all := b.All()
	summary := &table{name: "summary", title: "概况 / summary", cols: []column{{"count", "数 count"}}}
	summary.rows = []row{
		{key: "households", label: "户 households", cells: []cell{count(b.Households)}},
		{key: "persons", label: "人 persons", cells: []cell{count(b.Persons)}},
		{key: "failed", label: "无法评估 could not be assessed", cells: []cell{count(b.Failed)}},
		{key: "households-with-entitlements", label: "有待遇的户 households with entitlements", cells: []cell{count(all.Households)}},
		{key: "persons-named", label: "有待遇的人（成员明细）persons named on member lines", cells: []cell{count(all.Persons)}},
	}
	tables := []*table{summary}
	for _, d := range dims {
		t := &table{name: string(d.d), title: d.title + "（元 yuan）", cols: cellCols}
		for _, r := range b.Rows(d.d) {
			t.rows = append(t.rows, row{key: r.Key, label: label(d.d, r.Key), cells: cellCells(r.Cell)})
		}
		tables = append(tables, t)
	}
	total := &table{name: "all", title: "合计 / all（元 yuan）", cols: cellCols}
	total.rows = []row{{key: "all", label: "合计 all", cells: cellCells(all)}}
	tables = append(tables, total,
		outlayTable("outlay-programme", "按月支出，按项目（元）/ outlay by month and programme (yuan)", b.Outlays(benefit.ByProgramme), b.OutlayAll()),
		outlayTable("outlay-payer", "按月支出，按支付方（元）/ outlay by month and payer (yuan)", b.Outlays(benefit.ByPayer), b.OutlayAll()))
	if ms := b.NotAssessed(); len(ms) > 0 {
		t := &table{name: "not-assessed", title: "未评估月份：无在用参数集，支出记为 0.00（通则）/ months not assessed: no parameter set in force, outlays shown as 0.00 (section 0)",
			cols: []column{{"month", "月 month"}}}
		for _, m := range ms {
			t.rows = append(t.rows, row{key: strconv.Itoa(int(m)), label: fmt.Sprintf("%d月 %s", int(m), m), cells: []cell{count(int(m))}})
		}
		tables = append(tables, t)
	}
	if fund != nil {
		var paid decimal.Decimal
		for _, r := range b.Rows(benefit.ByPayer) {
			if r.Key == string(policy.MedicalAidFund) {
				paid = r.Annual
			}
		}
		short, err := b.MedicalShortfall(*fund)
		if err != nil {
			return nil, fmt.Errorf("-medical-fund: %w", err)
		}
		t := &table{name: "medical-fund", title: "医疗救助资金，缺口由县级财政弥补（2.3.1，元）/ the medical-aid fund; county finance covers the shortfall (2.3.1, yuan)",
			cols: []column{{"amount", "元 yuan"}}}
		t.rows = []row{
			{key: "fund", label: "资金 fund", cells: []cell{money(*fund)}},
			{key: "payments", label: "医疗救助资金支付 the fund's payments", cells: []cell{money(paid)}},
			{key: "shortfall", label: "缺口，县级财政弥补 the shortfall, covered by county finance", cells: []cell{money(short)}},
		}
		tables = append(tables, t)
	}
	return tables, nil
}

// outlayTable is a row per month and one for the year, a column per key
// and one for all.
func outlayTable(name, title string, os []benefit.Outlay, all benefit.Outlay) *table {
	t := &table{name: name, title: title, key: "月 month"}
	for _, o := range os {
		t.cols = append(t.cols, column{o.Key, o.Key})
	}
	t.cols = append(t.cols, column{"all", "合计 all"})
	for m := range 12 {
		r := row{key: strconv.Itoa(m + 1), label: strconv.Itoa(m+1) + "月"}
		for _, o := range os {
			r.cells = append(r.cells, money(o.Months[m]))
		}
		t.rows = append(t.rows, row{key: r.key, label: r.label, cells: append(r.cells, money(all.Months[m]))})
	}
	r := row{key: "year", label: "全年 year"}
	for _, o := range os {
		r.cells = append(r.cells, money(o.Total))
	}
	t.rows = append(t.rows, row{key: r.key, label: r.label, cells: append(r.cells, money(all.Total))})
	return t
}

// comparisonTables are the tables of a comparison: the counts, the cost
// under each and the difference by every dimension, coverage by decision,
// the largest gains and losses, the cost by township and programme, and
// the monthly outlay under each.
func comparisonTables(c *benefit.Comparison) []*table {
	summary := &table{name: "summary", title: "概况 / summary", cols: []column{{"value", "数 value"}}}
	summary.rows = []row{
		{key: "households", label: "户 households", cells: []cell{count(c.Households)}},
		{key: "persons", label: "人 persons", cells: []cell{count(c.Persons)}},
		{key: "failed", label: "无法评估 could not be assessed", cells: []cell{count(c.Failed)}},
		{key: "gainers", label: "增加的户 households that gain", cells: []cell{count(c.Gainers)}},
		{key: "losers", label: "减少的户 households that lose", cells: []cell{count(c.Losers)}},
		{key: "unchanged", label: "不变的户 households unchanged", cells: []cell{count(c.Unchanged)}},
		{key: "gained", label: "增加合计（元）gained (yuan)", cells: []cell{change(c.Gained())}},
		{key: "lost", label: "减少合计（元）lost (yuan)", cells: []cell{change(c.Lost())}},
	}
	tables := []*table{summary}
	cols := []column{{"baseline", "基准 baseline"}, {"reform", "改革 reform"}, {"difference", "差额 change"}}
	for _, d := range dims {
		t := &table{name: string(d.d), title: d.title + "（元/年 yuan a year）", cols: cols}
		for _, r := range c.Rows(d.d) {
			t.rows = append(t.rows, row{key: r.Key, label: label(d.d, r.Key),
				cells: []cell{money(r.Baseline.Annual), money(r.Reform.Annual), change(r.Difference)}})
		}
		tables = append(tables, t)
	}
	all := c.All()
	total := &table{name: "all", title: "合计 / all（元/年 yuan a year）", cols: cols}
	total.add("all", money(all.Baseline.Annual), money(all.Reform.Annual), change(all.Difference))
	total.rows[0].label = "合计 all"
	tables = append(tables, total)

	cover := &table{name: "coverage", title: "按决定的覆盖（户）/ coverage by decision (households)",
		cols: []column{{"baseline", "基准 baseline"}, {"reform", "改革 reform"}, {"entrants", "新进 entrants"}, {"leavers", "退出 leavers"}}}
	for _, k := range c.Coverage() {
		cover.rows = append(cover.rows, row{key: string(k.Programme), label: label(benefit.ByProgramme, string(k.Programme)),
			cells: []cell{count(k.Baseline), count(k.Reform), count(k.Entrants), count(k.Leavers)}})
	}
	tables = append(tables, cover,
		movers("gains", "增加最多的家庭（元/年）/ largest gains (yuan a year)", c.Gains()),
		movers("losses", "减少最多的家庭（元/年）/ largest losses (yuan a year)", c.Losses()))

	// A row per township and programme: its key "township/programme", the
	// township its label in text.
	tp := &table{name: "township-programme", title: "按乡镇和项目（元/年）/ by township and programme (yuan a year)", key: "乡镇 township",
		cols: append([]column{{"programme", "项目 programme"}}, cols...)}
	for _, x := range c.ByTownshipAndProgramme() {
		tp.rows = append(tp.rows, row{key: x.Township + "/" + string(x.Programme), label: x.Township,
			cells: []cell{named(string(x.Programme), label(benefit.ByProgramme, string(x.Programme))), money(x.Baseline), money(x.Reform),
				change(x.Difference)}})
	}
	b, r := c.Baseline.OutlayAll(), c.Reform.OutlayAll()
	out := &table{name: "outlay", title: "按月支出（元）/ outlay by month (yuan)", key: "月 month", cols: cols}
	for m := range 12 {
		out.rows = append(out.rows, row{key: strconv.Itoa(m + 1), label: strconv.Itoa(m+1) + "月",
			cells: []cell{money(b.Months[m]), money(r.Months[m]), change(r.Months[m].Sub(b.Months[m]))}})
	}
	out.rows = append(out.rows, row{key: "year", label: "全年 year",
		cells: []cell{money(b.Total), money(r.Total), change(r.Total.Sub(b.Total))}})
	tables = append(tables, tp, out)
	if t := notAssessedSides(c); t != nil {
		tables = append(tables, t)
	}
	return tables
}

// notAssessedSides is the table of the months either side of c did not
// assess, no parameter set being in force (section 0), with a row a month
// saying which side left it out, so that their outlays of 0.00 and the
// change they make do not read as what is due; nil when both sides
// assessed every month.
func notAssessedSides(c *benefit.Comparison) *table {
	base, reform := c.Baseline.NotAssessed(), c.Reform.NotAssessed()
	if len(base)+len(reform) == 0 {
		return nil
	}
	t := &table{name: "not-assessed", key: "月 month",
		title: "未评估月份：无在用参数集，支出记为 0.00，差额不是应发之差（通则）/ months not assessed: no parameter set in force, outlays shown as 0.00, their change no change in what is due (section 0)",
		cols:  []column{{"baseline", "基准 baseline"}, {"reform", "改革 reform"}}}
	side := func(left bool) cell {
		if left {
			return named("not-assessed", "未评估 not assessed")
		}
		return named("assessed", "已评估 assessed")
	}
	for m := time.January; m <= time.December; m++ {
		if b, r := slices.Contains(base, m), slices.Contains(reform, m); b || r {
			t.rows = append(t.rows, row{key: strconv.Itoa(int(m)), label: fmt.Sprintf("%d月 %s", int(m), m), cells: []cell{side(b), side(r)}})
		}
	}
	return t
}

func movers(name, title string, ms []benefit.Mover) *table {
	t := &table{name: name, title: title, key: "户 household", cols: []column{{"township", "乡镇 township"}, {"baseline", "基准 baseline"},
		{"reform", "改革 reform"}, {"change", "差额 change"}}}
	for _, m := range ms {
		t.add(m.Household, text(m.Township), money(m.Baseline), money(m.Reform), change(m.Change))
	}
	return t
}

// monthsLabel names the months of a check that holds for part of the
// year: "7–12月 / months 7–12", or one month "12月 / month 12".
func monthsLabel(p policy.Period) string {
	if p.From == p.To {
		return fmt.Sprintf("%d月 / month %d", p.From, p.From)
	}
	return fmt.Sprintf("%d–%d月 / months %d–%d", p.From, p.To, p.From, p.To)
}

// failedChecks is a table of the parameter checks that fail in the year
// of on, with their shortfall, the clauses they hold to ("2.2.1 2.2.2", as a
// breakdown's text brackets them) and why: the two
// lines merged (2.1.1), the
// 特困 minimums and quotas, the care share (2.2.1–2.2.2). Each holds on
// every household's breakdown alike, so the budget says it once for each
// side; a failing check is a finding for the county, not an error. A row's
// key is the side, the check and, where the sets of the year differ, its
// months: "baseline/lowincome.two_lines", "reform/tekun.care.full/07-12".
// It is nil when none fails.
func failedChecks(on household.Date, base, reform *benefit.Assessor) (*table, error) {
	t := &table{name: "failed-checks", title: "参数核查未通过：县里的发现，不是错误 / parameter checks that fail: findings for the county, not errors",
		cols: []column{{"shortfall", "差额 shortfall"}, {"clauses", "条款 clauses"}, {"why", "说明 why"}}}
	sides := []struct {
		key, label string
		a          *benefit.Assessor
	}{{"baseline", "基准 baseline", base}, {"reform", "改革 reform", reform}}
	for _, s := range sides {
		if s.a == nil {
			continue
		}
		checks, err := s.a.Checks(on)
		if err != nil {
			return nil, err
		}
		for _, c := range checks {
			if c.Status() != policy.Fail {
				continue
			}
			key, label := s.key+"/"+c.Name(), s.label+" "+c.Name()
			if p := c.Period(); p != (policy.Period{}) {
				key += fmt.Sprintf("/%02d-%02d", int(p.From), int(p.To))
				label += " " + monthsLabel(p)
			}
			why := c.Explanation().Render(policy.ZH) + " / " + c.Explanation().Render(policy.EN)
			t.rows = append(t.rows, row{key: key, label: label, cells: []cell{money(c.Shortfall()), text(clauses(c.Clauses())), text(why)}})
		}
	}
	if len(t.rows) == 0 {
		return nil, nil
	}
	return t, nil
}

// clauses writes clause ids as a breakdown's text does: "2.2.1 2.2.2".
func clauses(cs []policy.Clause) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " ")
}
