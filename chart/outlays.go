package chart

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/safetynet-go/safetynet/benefit"
)

// Outlays writes the budget's monthly outlay over the year as an SVG
// chart: two panels of twelve stacked bars, one by programme and one by
// payer ([benefit.Budget.Outlays]), each month's bar the cash paid out in
// it ([benefit.Budget.OutlayAll]). Every bar segment carries its figure
// exactly, as data-series, data-key, data-month and data-amount attributes
// and in its <title> (the tooltip); each month's group carries its total
// (data-total); the legend shows each programme's and payer's year total.
// It returns an error for a nil budget, one wrapping policy.ErrInvalid
// for a nil w, and the writer's error.
func Outlays(w io.Writer, b *benefit.Budget) error {
	if b == nil {
		return errors.New("chart: no budget")
	}
	if w == nil {
		return errNilWriter
	}
	const width, panel = 960, 340
	all := b.OutlayAll()
	s := newSVG(width, 2*panel+40, "按月支出 / monthly outlay",
		fmt.Sprintf("每月支出，按项目和支付方（元）/ the cash paid out each month, by programme and by payer (yuan); 全年 year %s", yuan(all.Total)))
	s.open("g", a("class", "outlays", "data-total", yuan(all.Total)))
	s.b.WriteString("\n")
	s.text(16, 24, "start", fmt.Sprintf("按月支出（元）/ monthly outlay (yuan) — 全年 year %s", yuan(all.Total)),
		a("font-size", "15", "font-weight", "bold")...)
	outlayPanel(s, 40, panel, "programme", "按项目 / by programme", b.Outlays(benefit.ByProgramme), all)
	outlayPanel(s, 40+panel, panel, "payer", "按支付方 / by payer", b.Outlays(benefit.ByPayer), all)
	s.close("g")
	return s.finish(w)
}

// outlayPanel draws one panel of stacked monthly bars, from y0 down for
// height pixels: a segment per key in each month.
func outlayPanel(s *svg, y0, height float64, dim, title string, os []benefit.Outlay, all benefit.Outlay) {
	const left, plotW = 80.0, 640.0
	top, plotH := y0+36, height-76
	s.open("g", a("class", "panel", "data-series", dim))
	s.b.WriteString("\n")
	s.text(left, y0+20, "start", title, a("font-size", "13", "font-weight", "bold")...)

	var max float64
	for m := range all.Months {
		max = math.Max(max, all.Months[m].InexactFloat64())
	}
	step := nice(max, 5)
	ceil := math.Max(step, math.Ceil(max/step)*step)
	y := func(v float64) float64 { return top + plotH - v/ceil*plotH }
	for v := 0.0; v <= ceil+step/2; v += step {
		s.line(left, y(v), left+plotW, y(v), "#dddddd")
		s.text(left-6, y(v)+4, "end", short(v), a("fill", "#555555")...)
	}
	s.line(left, top+plotH, left+plotW, top+plotH, "#333333")
	if len(os) == 0 {
		s.text(left+plotW/2, top+plotH/2, "middle", "无支出 / no outlay", a("fill", "#555555")...)
	}

	slot := plotW / 12
	for m := range 12 {
		x := left + float64(m)*slot + slot*0.15
		s.open("g", a("class", "month", "data-month", fmt.Sprint(m+1), "data-total", yuan(all.Months[m])))
		s.elem("title", nil, fmt.Sprintf("%d月 / month %d: 合计 all %s 元", m+1, m+1, yuan(all.Months[m])))
		base := 0.0
		for _, o := range os {
			v := o.Months[m].InexactFloat64()
			s.rect(x, y(base+v), slot*0.7, y(base)-y(base+v), colour(dim, o.Key),
				fmt.Sprintf("%d月 / month %d · %s: %s 元", m+1, m+1, label(dim, o.Key), yuan(o.Months[m])),
				a("data-series", dim, "data-key", o.Key, "data-month", fmt.Sprint(m+1), "data-amount", yuan(o.Months[m])))
			base += v
		}
		s.close("g")
		s.text(x+slot*0.35, top+plotH+16, "middle", fmt.Sprintf("%d月", m+1))
	}

	lx := left + plotW + 20
	for i, o := range os {
		ly := top + float64(i)*34
		s.open("g", a("class", "legend", "data-series", dim, "data-key", o.Key, "data-total", yuan(o.Total)))
		s.elem("rect", a("x", num(lx), "y", num(ly), "width", "12", "height", "12", "fill", colour(dim, o.Key)), "")
		s.text(lx+18, ly+10, "start", label(dim, o.Key))
		s.text(lx+18, ly+25, "start", "全年 "+yuan(o.Total), a("fill", "#555555")...)
		s.close("g")
	}
	s.close("g")
}
