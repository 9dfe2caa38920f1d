package chart

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// MaxTownships is the most bars the difference chart draws: a county has a
// few dozen townships at most. A comparison of more townships than that —
// a mistaken input, say, with a township a record — draws the
// MaxTownships − 1 whose net difference is largest in size (ties by name)
// and one bar more for all the others, their differences summed by
// programme, so that the chart's size is bounded and no difference is
// dropped.
const MaxTownships = 100

// Difference writes the reform's cost difference by township and
// programme as an SVG chart: a bar per township, a segment per programme,
// increases to the right of zero and decreases to the left
// ([benefit.Comparison.ByTownshipAndProgramme]), townships in name order.
// Every segment carries its figures exactly, as data-township,
// data-programme, data-baseline, data-reform and data-difference attributes
// and in its <title>; each township's group (class "township") carries its
// net difference (data-difference), written beside its bar. Over
// [MaxTownships] townships the last bar sums the others: its group has
// class "others" and the number of townships it sums (data-townships), and
// its segments no data-township. It returns an error for a nil comparison,
// one wrapping [policy.ErrInvalid] for a nil w, and the writer's error.
func Difference(w io.Writer, c *benefit.Comparison) error {
	if c == nil {
		return errors.New("chart: no comparison")
	}
	if w == nil {
		return errNilWriter
	}
	rows := fold(townshipRows(c.ByTownshipAndProgramme()))
	var maxPos, maxNeg float64
	for _, r := range rows {
		maxPos, maxNeg = math.Max(maxPos, r.pos), math.Max(maxNeg, r.neg)
	}

	const width, left, plotW, rowH = 960.0, 120.0, 600.0, 24.0
	top := 84.0
	height := top + math.Max(float64(len(rows)), 1)*rowH + 50
	all := c.All()
	s := newSVG(int(width), int(height), "改革的费用差额，按乡镇和项目 / the reform's cost difference by township and programme",
		fmt.Sprintf("改革减基准（元/年）/ reform − baseline (yuan a year); 合计 all %s → %s, %s",
			yuan(all.Baseline.Annual), yuan(all.Reform.Annual), signed(all.Difference)))
	s.open("g", a("class", "difference", "data-baseline", yuan(all.Baseline.Annual), "data-reform", yuan(all.Reform.Annual),
		"data-difference", yuan(all.Difference)))
	s.b.WriteString("\n")
	s.text(16, 24, "start", fmt.Sprintf("改革的费用差额（元/年）/ cost difference of the reform (yuan a year) — 合计 all %s",
		signed(all.Difference)), a("font-size", "15", "font-weight", "bold")...)
	// The key: each programme's swatch and name, spaced by the name's
	// width, going on to a second row when the first is full.
	lx, ly := left, 42.0
	for _, p := range policy.Programmes() {
		name := label("programme", string(p))
		w := 18 + textWidth(name) + 24
		if lx+w > width-16 && lx > left {
			lx, ly = left, ly+18
		}
		s.open("g", a("class", "key", "data-programme", string(p)))
		s.elem("rect", a("x", num(lx), "y", num(ly), "width", "12", "height", "12", "fill", colour("programme", string(p))), "")
		s.text(lx+18, ly+10, "start", name)
		s.close("g")
		lx += w
	}

	span := maxPos + maxNeg
	if span == 0 {
		span = 1
	}
	zero := left + plotW*maxNeg/span
	x := func(v float64) float64 { return zero + v/span*plotW }
	bottom := top + float64(len(rows))*rowH
	step := nice(span, 6)
	for v := -math.Floor(maxNeg/step) * step; v <= maxPos+step/2; v += step {
		if xv := x(v); xv >= left-0.5 && xv <= left+plotW+0.5 {
			s.line(xv, top-4, xv, bottom, "#eeeeee")
			s.text(xv, bottom+16, "middle", short(v), a("fill", "#555555")...)
		}
	}
	s.line(zero, top-6, zero, bottom+4, "#333333")
	if len(rows) == 0 {
		s.text(left+plotW/2, top+16, "middle", "无差额 / no difference", a("fill", "#555555")...)
	}
	for i, r := range rows {
		y := top + float64(i)*rowH
		name, at := r.township, a("data-township", r.township)
		if r.others > 0 {
			name = fmt.Sprintf("其余 %d 个乡镇 / %d other townships", r.others, r.others)
			s.open("g", a("class", "others", "data-townships", strconv.Itoa(r.others), "data-difference", yuan(r.net)))
			at = nil
		} else {
			s.open("g", a("class", "township", "data-township", r.township, "data-difference", yuan(r.net)))
		}
		s.elem("title", nil, fmt.Sprintf("%s: 差额 change %s 元", name, signed(r.net)))
		s.text(left-8, y+rowH/2+4, "end", name)
		var pos, neg float64
		for _, cell := range r.cells {
			v := cell.Difference.InexactFloat64()
			var x0, x1 float64
			if v >= 0 {
				x0, x1, pos = x(pos), x(pos+v), pos+v
			} else {
				x0, x1, neg = x(neg+v), x(neg), neg+v
			}
			s.rect(x0, y+3, x1-x0, rowH-6, colour("programme", string(cell.Programme)),
				fmt.Sprintf("%s · %s: %s → %s 元, 差额 change %s", name, label("programme", string(cell.Programme)),
					yuan(cell.Baseline), yuan(cell.Reform), signed(cell.Difference)),
				append(at, a("data-programme", string(cell.Programme), "data-baseline", yuan(cell.Baseline),
					"data-reform", yuan(cell.Reform), "data-difference", yuan(cell.Difference))...))
		}
		s.text(left+plotW+12, y+rowH/2+4, "start", signed(r.net))
		s.close("g")
	}
	s.close("g")
	return s.finish(w)
}

// townshipRow is a bar of the difference chart: a township's segments, or
// with others > 0 the sum of that many townships'.
type townshipRow struct {
	township string
	others   int
	cells    []benefit.TownshipProgramme
	net      decimal.Decimal
	pos, neg float64
}

// townshipRows groups the cells, in township order, into a row a township.
func townshipRows(cells []benefit.TownshipProgramme) []*townshipRow {
	var rows []*townshipRow
	for _, x := range cells {
		if len(rows) == 0 || rows[len(rows)-1].township != x.Township {
			rows = append(rows, &townshipRow{township: x.Township})
		}
		rows[len(rows)-1].add(x)
	}
	return rows
}

// add adds a segment to the row.
func (r *townshipRow) add(x benefit.TownshipProgramme) {
	r.cells = append(r.cells, x)
	r.net = r.net.Add(x.Difference)
	if v := x.Difference.InexactFloat64(); v >= 0 {
		r.pos += v
	} else {
		r.neg -= v
	}
}

// fold keeps rows whole up to MaxTownships; beyond, it keeps the
// MaxTownships − 1 of largest net difference in size (ties by name), in
// their order, and sums the others, by programme, into one last row.
func fold(rows []*townshipRow) []*townshipRow {
	if len(rows) <= MaxTownships {
		return rows
	}
	rank := slices.Clone(rows)
	slices.SortStableFunc(rank, func(x, y *townshipRow) int { return y.net.Abs().Cmp(x.net.Abs()) }) // stable: ties stay in name order
	keep := make(map[*townshipRow]bool, MaxTownships-1)
	for _, r := range rank[:MaxTownships-1] {
		keep[r] = true
	}
	sums := make([]benefit.TownshipProgramme, len(policy.Programmes())) // by the programme's index
	var kept []*townshipRow
	others := &townshipRow{others: len(rows) - (MaxTownships - 1)}
	for _, r := range rows {
		if keep[r] {
			kept = append(kept, r)
			continue
		}
		for _, x := range r.cells {
			s := &sums[x.Programme.Index()]
			s.Programme = x.Programme
			s.Baseline, s.Reform, s.Difference = s.Baseline.Add(x.Baseline), s.Reform.Add(x.Reform), s.Difference.Add(x.Difference)
		}
	}
	for _, x := range sums {
		if x.Programme != "" {
			others.add(x)
		}
	}
	return append(kept, others)
}
