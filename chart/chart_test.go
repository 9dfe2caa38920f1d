package chart_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mattn/go-runewidth"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/chart"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

var on = household.NewDate(2017, 9, 1)

// element is an element of a chart as decoded: its name, attributes and
// the text of its <title> child.
type element struct {
	name  string
	attrs map[string]string
	title string
}

// decode reads an SVG document strictly, failing the test if it is not
// well-formed XML with an <svg> root in the SVG namespace, and returns its
// elements in document order.
func decode(t *testing.T, doc []byte) []*element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	var all, stack []*element
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (x.Name.Local != "svg" || x.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element %v, want svg in the SVG namespace", x.Name)
			}
			depth++
			e := &element{name: x.Name.Local, attrs: map[string]string{}}
			for _, at := range x.Attr {
				e.attrs[at.Name.Local] = at.Value
			}
			all, stack = append(all, e), append(stack, e)
		case xml.EndElement:
			depth--
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if n := len(stack); n >= 2 && stack[n-1].name == "title" {
				stack[n-2].title += string(x)
			}
		}
	}
	if depth != 0 || len(all) == 0 {
		t.Fatalf("unbalanced document")
	}
	return all
}

func loadReform(t *testing.T) (base, reform *benefit.Assessor) {
	t.Helper()
	data, err := os.ReadFile("../benefit/testdata/reform-s3912-a40.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := benefit.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if reform, err = benefit.New(p); err != nil {
		t.Fatal(err)
	}
	if base, err = benefit.New(benefit.Default2017()); err != nil {
		t.Fatal(err)
	}
	return base, reform
}

// compared is the comparison of a small synthetic county, with a township
// whose name needs escaping in XML; reversed compares the baseline with
// the reform, so that every difference is a decrease.
func compared(t *testing.T, reversed bool) *benefit.Comparison {
	t.Helper()
	base, reform := loadReform(t)
	if reversed {
		base, reform = reform, base
	}
	g := synthetic.New(synthetic.Config{Seed: 5, Households: 400, Date: on})
	var hs []*household.Household
	for i, h := range g.All() {
		if i%50 == 0 {
			h.Township = `<镇&"甲'>`
		}
		hs = append(hs, h)
	}
	c, err := benefit.Compare(base, reform, slices.Values(hs), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestOutlays: the chart of the monthly outlay is well-formed and carries
// every figure of the table it draws: each programme's and payer's outlay
// in each month, each month's total and each key's year total.
func TestOutlays(t *testing.T) {
	c := compared(t, false)
	for _, tc := range []struct {
		name string
		b    *benefit.Budget
	}{{"baseline", &c.Baseline}, {"reform", &c.Reform}, {"empty", new(benefit.Budget)}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := chart.Outlays(&buf, tc.b); err != nil {
				t.Fatal(err)
			}
			want, wantMonths, wantYear := map[string]string{}, map[string]string{}, map[string]string{}
			for _, dim := range []benefit.Dimension{benefit.ByProgramme, benefit.ByPayer} {
				for _, o := range tc.b.Outlays(dim) {
					for m, v := range o.Months {
						want[string(dim)+"|"+o.Key+"|"+strconv.Itoa(m+1)] = v.StringFixed(2)
					}
					wantYear[string(dim)+"|"+o.Key] = o.Total.StringFixed(2)
				}
			}
			all := tc.b.OutlayAll()
			for m, v := range all.Months {
				wantMonths[strconv.Itoa(m+1)] = v.StringFixed(2)
			}
			got, gotMonths, gotYear := map[string]string{}, map[string]string{}, map[string]string{}
			for _, e := range decode(t, buf.Bytes()) {
				switch {
				case e.name == "rect" && e.attrs["data-amount"] != "":
					got[e.attrs["data-series"]+"|"+e.attrs["data-key"]+"|"+e.attrs["data-month"]] = e.attrs["data-amount"]
					if !strings.Contains(e.title, e.attrs["data-amount"]+" 元") {
						t.Errorf("segment's title %q lacks its amount %s", e.title, e.attrs["data-amount"])
					}
				case e.attrs["class"] == "month":
					gotMonths[e.attrs["data-month"]] = e.attrs["data-total"]
				case e.attrs["class"] == "legend":
					gotYear[e.attrs["data-series"]+"|"+e.attrs["data-key"]] = e.attrs["data-total"]
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("segments (-table +chart):\n%s", d)
			}
			if d := cmp.Diff(wantMonths, gotMonths); d != "" {
				t.Errorf("month totals (-table +chart):\n%s", d)
			}
			if d := cmp.Diff(wantYear, gotYear); d != "" {
				t.Errorf("year totals (-table +chart):\n%s", d)
			}
			if tc.name == "empty" && !strings.Contains(buf.String(), "no outlay") {
				t.Errorf("an empty budget's chart does not say so")
			}
		})
	}
}

// TestDifference: the chart of the reform's cost difference is
// well-formed, escapes a township's name, and carries every figure of the
// table it draws: each township's and programme's cost under each and the
// difference, and each township's net difference.
func TestDifference(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    *benefit.Comparison
	}{{"county", compared(t, false)}, {"decreases", compared(t, true)}, {"empty", new(benefit.Comparison)}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := chart.Difference(&buf, tc.c); err != nil {
				t.Fatal(err)
			}
			want, wantNet := map[string][3]string{}, map[string]string{}
			net := map[string]decimal.Decimal{}
			for _, x := range tc.c.ByTownshipAndProgramme() {
				want[x.Township+"|"+string(x.Programme)] = [3]string{x.Baseline.StringFixed(2), x.Reform.StringFixed(2),
					x.Difference.StringFixed(2)}
				net[x.Township] = net[x.Township].Add(x.Difference)
			}
			for k, v := range net {
				wantNet[k] = v.StringFixed(2)
			}
			got, gotNet := map[string][3]string{}, map[string]string{}
			for _, e := range decode(t, buf.Bytes()) {
				switch {
				case e.name == "rect" && e.attrs["data-programme"] != "":
					got[e.attrs["data-township"]+"|"+e.attrs["data-programme"]] = [3]string{e.attrs["data-baseline"],
						e.attrs["data-reform"], e.attrs["data-difference"]}
					if !strings.Contains(e.title, e.attrs["data-baseline"]+" → "+e.attrs["data-reform"]) {
						t.Errorf("segment's title %q lacks its figures", e.title)
					}
				case e.attrs["class"] == "township":
					gotNet[e.attrs["data-township"]] = e.attrs["data-difference"]
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("segments (-table +chart):\n%s", d)
			}
			if d := cmp.Diff(wantNet, gotNet); d != "" {
				t.Errorf("township totals (-table +chart):\n%s", d)
			}
			if tc.name != "empty" {
				if _, ok := gotNet[`<镇&"甲'>`]; !ok {
					t.Errorf("the township whose name needs escaping is missing")
				}
			}
		})
	}
}

// TestDifferenceFolds: a comparison of more townships than MaxTownships
// (here 160, a township every few records) draws MaxTownships bars: the
// townships of largest net difference in size, then one bar summing the
// others by programme. Every difference is still in the chart: the bars
// add up to the comparison's, in all and by programme.
func TestDifferenceFolds(t *testing.T) {
	base, reform := loadReform(t)
	g := synthetic.New(synthetic.Config{Seed: 5, Households: 800, Date: on})
	var hs []*household.Household
	for i, h := range g.All() {
		h.Township = "T" + strconv.Itoa(1000+i%160)
		hs = append(hs, h)
	}
	c, err := benefit.Compare(base, reform, slices.Values(hs), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	net := map[string]decimal.Decimal{}
	byProgramme := map[string]decimal.Decimal{}
	for _, x := range c.ByTownshipAndProgramme() {
		net[x.Township] = net[x.Township].Add(x.Difference)
		byProgramme[string(x.Programme)] = byProgramme[string(x.Programme)].Add(x.Difference)
	}
	if len(net) <= chart.MaxTownships {
		t.Fatalf("%d townships: the test needs more than %d", len(net), chart.MaxTownships)
	}
	var buf bytes.Buffer
	if err := chart.Difference(&buf, c); err != nil {
		t.Fatal(err)
	}
	var bars, others int
	var order []string // the bars' townships top to bottom, "" for the others
	othersTitle := ""
	sum := decimal.Zero
	gotByProgramme := map[string]decimal.Decimal{}
	smallestKept := decimal.New(1, 12)
	kept := map[string]bool{}
	for _, e := range decode(t, buf.Bytes()) {
		d := decimal.Zero
		if v, ok := e.attrs["data-difference"]; ok {
			d = decimal.RequireFromString(v)
		}
		switch {
		case e.name == "rect" && e.attrs["data-programme"] != "":
			gotByProgramme[e.attrs["data-programme"]] = gotByProgramme[e.attrs["data-programme"]].Add(d)
		case e.attrs["class"] == "township":
			bars++
			sum = sum.Add(d)
			township := e.attrs["data-township"]
			kept[township] = true
			order = append(order, township)
			if !d.Equal(net[township]) {
				t.Errorf("township %s: net %s, want %s", township, d, net[township].StringFixed(2))
			}
			if d.Abs().LessThan(smallestKept) {
				smallestKept = d.Abs()
			}
		case e.attrs["class"] == "others":
			bars++
			sum = sum.Add(d)
			others, _ = strconv.Atoi(e.attrs["data-townships"])
			order = append(order, "")
			othersTitle = e.title
		}
	}
	n := len(net) - (chart.MaxTownships - 1)
	if len(order) == 0 || order[len(order)-1] != "" || !slices.IsSorted(order[:len(order)-1]) {
		t.Errorf("the bars are not the townships in name order, then the others: %v", order)
	}
	if want := fmt.Sprintf("其余 %d 个乡镇 / %d other townships: ", n, n); !strings.HasPrefix(othersTitle, want) {
		t.Errorf("the others' title is %q, want it to begin %q", othersTitle, want)
	}
	if bars != chart.MaxTownships || others != len(net)-(chart.MaxTownships-1) {
		t.Errorf("%d bars, the last summing %d townships; want %d bars, the last summing %d",
			bars, others, chart.MaxTownships, len(net)-(chart.MaxTownships-1))
	}
	if !sum.Equal(c.All().Difference) {
		t.Errorf("the bars add up to %s, want the comparison's %s", sum, c.All().Difference.StringFixed(2))
	}
	if d := cmp.Diff(fmt.Sprint(byProgramme), fmt.Sprint(gotByProgramme)); d != "" {
		t.Errorf("segments by programme (-table +chart):\n%s", d)
	}
	for township, d := range net {
		if !kept[township] && d.Abs().GreaterThan(smallestKept) {
			t.Errorf("township %s (net %s) is summed with the others, though a smaller one (%s) has a bar", township, d, smallestKept)
		}
	}
}

// TestNil: a nil budget or comparison, or a nil writer, is an error, not a
// panic.
func TestNil(t *testing.T) {
	if err := chart.Outlays(io.Discard, nil); err == nil {
		t.Error("Outlays(nil) accepted")
	}
	if err := chart.Difference(io.Discard, nil); err == nil {
		t.Error("Difference(nil) accepted")
	}
	if err := chart.Outlays(nil, new(benefit.Budget)); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Outlays to a nil writer: %v, want an error wrapping policy.ErrInvalid", err)
	}
	if err := chart.Difference(nil, compared(t, false)); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Difference to a nil writer: %v, want an error wrapping policy.ErrInvalid", err)
	}
}

// TestDifferenceKey: the key of the difference chart names every
// programme, each name in full before the next swatch (measured at 6px a
// narrow and 12px a wide character of the 12px font), within the chart's
// width, however long the names.
func TestDifferenceKey(t *testing.T) {
	var buf bytes.Buffer
	if err := chart.Difference(&buf, compared(t, false)); err != nil {
		t.Fatal(err)
	}
	all := decode(t, buf.Bytes())
	type key struct {
		programme, name string
		x, y, textX     float64
	}
	var keys []key
	for i, e := range all {
		if e.attrs["class"] != "key" || i+2 >= len(all) {
			continue
		}
		rect, text := all[i+1], all[i+2]
		x, _ := strconv.ParseFloat(rect.attrs["x"], 64)
		y, _ := strconv.ParseFloat(rect.attrs["y"], 64)
		tx, _ := strconv.ParseFloat(text.attrs["x"], 64)
		p := policy.Programme(e.attrs["data-programme"])
		zh, _ := p.Name()
		keys = append(keys, key{string(p), zh + " " + string(p), x, y, tx})
	}
	if len(keys) != len(policy.Programmes()) {
		t.Fatalf("%d keys, want one per programme (%d)", len(keys), len(policy.Programmes()))
	}
	for i, k := range keys {
		end := k.textX + float64(runewidth.StringWidth(k.name))*6
		if end > 960 {
			t.Errorf("key %s ends at %.0f, beyond the chart's 960", k.programme, end)
		}
		if i+1 < len(keys) && keys[i+1].y == k.y && keys[i+1].x < end {
			t.Errorf("key %s begins at %.0f, over %q, which ends at %.0f", keys[i+1].programme, keys[i+1].x, k.name, end)
		}
	}
}
