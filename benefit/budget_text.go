package benefit

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"

	"github.com/safetynet-go/safetynet/policy"
)

// WriteText writes the budget as tables, one per dimension, with Chinese
// and English headings. It returns the writer's error, and one wrapping
// [policy.ErrInvalid] for a nil budget or a nil w.
func (b *Budget) WriteText(w io.Writer) error {
	if b == nil {
		return fmt.Errorf("benefit: WriteText of a nil *Budget: %w", policy.ErrInvalid)
	}
	if w == nil {
		return errNilWriter
	}
	var s strings.Builder
	all := b.All()
	fmt.Fprintf(&s, "预算 / budget: %s, %s, %d 条无法评估 could not be assessed\n",
		count(b.Households, "户", "household", "households"), count(b.Persons, "人", "person", "persons"), b.Failed)
	fmt.Fprintf(&s, "有待遇的 / with entitlements: %s, %s (named on member lines)\n",
		count(all.Households, "户", "household", "households"), count(all.Persons, "人", "person", "persons"))
	titles := map[Dimension]string{
		ByProgramme: "按项目 / by programme", ByItem: "按明细 / by item", ByTownship: "按乡镇 / by township",
		ByPayee: "按领取方 / by payee", ByPayer: "按支付方 / by payer",
	}
	for _, d := range dimensions {
		// The labels take 34 display columns, or as many as the table's
		// widest (a payee's Chinese name and key, a long township name),
		// so that the amounts of every row end in one column.
		rows, width := b.Rows(d), 34
		for _, r := range rows {
			width = max(width, runewidth.StringWidth(label(d, r.Key)))
		}
		fmt.Fprintf(&s, "\n%s\n  %s %s %s %s %9s %s %s\n", titles[d], padRight("", width), padLeft("本年合计 year total", 19),
			padLeft("月额 monthly rate", 17), padLeft("一次性 lump", 14), "lines", padLeft("户 hh", 9), padLeft("人 pers", 9))
		for _, r := range rows {
			fmt.Fprintf(&s, "  %s %19s %17s %14s %9d %9d %9d\n", padRight(label(d, r.Key), width), r.Annual.StringFixed(2),
				r.Monthly.StringFixed(2), r.Lump.StringFixed(2), r.Lines, r.Households, r.Persons)
		}
	}
	// The grand total lines up with the table by payer above it, whose
	// labels (the payers' names and keys, at most 31 columns) take 34.
	fmt.Fprintf(&s, "\n  %s %19s %17s %14s %9d %9d %9d\n", padRight("合计 / all", 34), all.Annual.StringFixed(2),
		all.Monthly.StringFixed(2), all.Lump.StringFixed(2), all.Lines, all.Households, all.Persons)
	writeOutlays(&s, "按月支出，按项目（元）/ outlay by month and programme (yuan)", b.Outlays(ByProgramme), b.OutlayAll())
	writeOutlays(&s, "按月支出，按支付方（元）/ outlay by month and payer (yuan)", b.Outlays(ByPayer), b.OutlayAll())
	if b.notAssessed != 0 {
		s.WriteString("\n  " + notAssessedNote(b.notAssessed, "", "") + "\n")
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// writeOutlays writes monthly outlays as a table: a row per month, a
// column per key, and the month's total. The first column is 9 display
// columns wide, as "全年 year" is.
func writeOutlays(s *strings.Builder, title string, os []Outlay, all Outlay) {
	fmt.Fprintf(s, "\n%s\n  %s", title, padRight("月 month", 9))
	for _, o := range os {
		fmt.Fprintf(s, " %18s", o.Key)
	}
	fmt.Fprintf(s, " %s\n", padLeft("合计 all", 18))
	for m := range 12 {
		fmt.Fprintf(s, "  %-9d", m+1)
		for _, o := range os {
			fmt.Fprintf(s, " %18s", o.Months[m].StringFixed(2))
		}
		fmt.Fprintf(s, " %18s\n", all.Months[m].StringFixed(2))
	}
	fmt.Fprintf(s, "  %s", padRight("全年 year", 9))
	for _, o := range os {
		fmt.Fprintf(s, " %18s", o.Total.StringFixed(2))
	}
	fmt.Fprintf(s, " %18s\n", all.Total.StringFixed(2))
}

func label(d Dimension, key string) string {
	var zh string
	switch d {
	case ByProgramme:
		zh, _ = policy.Programme(key).Name()
	case ByPayee:
		zh, _ = policy.Payee(key).Name()
	case ByPayer:
		zh, _ = policy.Payer(key).Name()
	default:
		return key
	}
	return zh + " " + key
}
