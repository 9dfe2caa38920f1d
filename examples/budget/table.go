package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/shopspring/decimal"
)

// table is one table of the output, written as aligned text, as CSV or as
// JSON from the same cells.
type table struct {
	name  string // the table's name in CSV and JSON, e.g. "programme"
	title string // its heading in text, Chinese then English
	key   string // the heading of the key column in text, if any
	// cols are the columns after the row's key: their names in CSV and
	// JSON and their headings in text.
	cols []column
	rows []row
}

type column struct{ name, heading string }

// row is one row: its key in CSV and JSON, its label in text (the key
// when empty), and its cells, one per column.
type row struct {
	key, label string
	cells      []cell
}

// cell is a count or an amount of money in yuan (two places), or text.
type cell struct {
	n      int
	money  *decimal.Decimal
	text   string
	isText bool
	shown  string // text shows this in place of the text, if set
	signed bool   // an amount written with its sign, "+12.00"
}

func count(n int) cell                      { return cell{n: n} }
func money(d decimal.Decimal) cell          { return cell{money: &d} }
func change(d decimal.Decimal) cell         { return cell{money: &d, signed: true} }
func text(s string) cell                    { return cell{text: s, isText: true} }
func named(key, shown string) cell          { return cell{text: key, isText: true, shown: shown} }
func (c cell) numeric() bool                { return !c.isText }
func (t *table) add(key string, cs ...cell) { t.rows = append(t.rows, row{key: key, cells: cs}) }

// String writes the cell as text shows it: a change with its sign.
func (c cell) String() string {
	if c.money != nil && c.signed && c.money.IsPositive() {
		return "+" + c.value()
	}
	return c.value()
}

// value writes the cell as CSV and JSON hold it: a count, an amount with
// two places (a minus sign only), or text.
func (c cell) value() string {
	switch {
	case c.isText:
		return c.text
	case c.money != nil:
		return c.money.StringFixed(2)
	}
	return strconv.Itoa(c.n)
}

// MarshalJSON writes a count as a number and money as a two-place string.
func (c cell) MarshalJSON() ([]byte, error) {
	if c.money != nil || c.isText {
		return json.Marshal(c.value())
	}
	return json.Marshal(c.n)
}

// writeText writes the tables as aligned text: each under its title, the
// key column aligned left, figures right, every column as wide as its
// widest cell in display columns (a Chinese character takes two).
func writeText(w io.Writer, head []string, tables []*table) error {
	var s strings.Builder
	for _, h := range head {
		s.WriteString(h + "\n")
	}
	for _, t := range tables {
		s.WriteString("\n" + t.title + "\n")
		if len(t.rows) == 0 {
			s.WriteString("  无 / none\n")
			continue
		}
		grid := [][]string{{t.key}}
		right := []bool{false}
		for _, c := range t.cols {
			grid[0] = append(grid[0], c.heading)
		}
		for _, r := range t.rows {
			label := r.label
			if label == "" {
				label = r.key
			}
			line := []string{label}
			for i, c := range r.cells {
				if c.shown != "" {
					line = append(line, c.shown)
				} else {
					line = append(line, c.String())
				}
				if len(right) <= i+1 {
					right = append(right, c.numeric())
				}
			}
			grid = append(grid, line)
		}
		writeGrid(&s, grid, right)
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// writeGrid writes rows of cells, two spaces between columns, indented by
// two; right says which columns align right.
func writeGrid(s *strings.Builder, grid [][]string, right []bool) {
	var widths []int
	for _, r := range grid {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], runewidth.StringWidth(c))
		}
	}
	for _, r := range grid {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-runewidth.StringWidth(c))
			if i < len(right) && right[i] {
				line.WriteString("  " + pad + c)
			} else {
				line.WriteString("  " + c + pad)
			}
		}
		s.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// writeCSV writes every cell of every table as one CSV row of four
// columns — table, row, column, value — so that one file holds every
// table in a shape any spreadsheet can pivot.
func writeCSV(w io.Writer, tables []*table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"table", "row", "column", "value"}); err != nil {
		return err
	}
	for _, t := range tables {
		for _, r := range t.rows {
			for i, c := range r.cells {
				if err := cw.Write([]string{t.name, r.key, t.cols[i].name, c.value()}); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes the tables as one JSON object: the heading lines under
// "title", and each table under its name as a list of rows, each an object
// of its key and its cells by column name (counts as numbers, money as
// two-place strings).
func writeJSON(w io.Writer, head []string, meta map[string]any, tables []*table) error {
	doc := map[string]any{"title": head}
	for k, v := range meta {
		doc[k] = v
	}
	ts := map[string]any{}
	for _, t := range tables {
		rows := make([]map[string]any, 0, len(t.rows))
		for _, r := range t.rows {
			o := map[string]any{"key": r.key}
			for i, c := range r.cells {
				o[t.cols[i].name] = c
			}
			rows = append(rows, o)
		}
		ts[t.name] = rows
	}
	doc["tables"] = ts
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}
