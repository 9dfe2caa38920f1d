package benefit_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
)

// TestWriteTextAlignment: in the caseworker's totals and the budget's
// tables, the amounts of mixed Chinese and English rows end in the same
// display column (a Chinese character is two columns wide on a terminal),
// and a lump-sum subtotal is labelled 元, not 元/年.
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
	var text bytes.Buffer
	if err := b.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	out := text.String()
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
	var bt bytes.Buffer
	if err := bud.WriteText(&bt); err != nil {
		t.Fatal(err)
	}
	table := bt.String()
	if !strings.Contains(table, "预算 / budget: 1 户 household, 4 人 persons") {
		t.Errorf("budget heading does not count one household in the singular:\n%s", table)
	}
	table = table[strings.Index(table, "按项目 / by programme"):strings.Index(table, "按明细 / by item")]
	rows := linesWith(table, ".")
	if len(rows) < 2 {
		t.Fatalf("budget by programme: %d rows", len(rows))
	}
	for _, r := range rows {
		// Every column is right-aligned after the label, so aligned rows
		// are equally wide.
		if w, want := runewidth.StringWidth(r), runewidth.StringWidth(rows[0]); w != want {
			t.Errorf("budget by programme: %q is %d columns wide, want %d like %q", r, w, want, rows[0])
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
