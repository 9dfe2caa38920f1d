// Package chart draws a county's budget and a reform's comparison as SVG,
// written by hand with the standard library: the monthly outlay by
// programme and by payer over the year ([Outlays], from a
// [benefit.Budget]) and the reform's cost difference by township and
// programme ([Difference], from a [benefit.Comparison]).
//
// # Output
//
// Each chart is one self-contained SVG document, fit to be written to a
// file or served as image/svg+xml and embedded in a web page. The
// functions hold no state and are safe for concurrent use.
//
// # Figures and labels
//
// A chart carries the figures of the table it draws exactly (over
// [MaxTownships] townships, the difference chart's last bar their sums),
// as two-place yuan strings: in data- attributes of each bar segment (for a
// page's script and for tests) and in each segment's <title>, which
// browsers show as a tooltip. Geometry alone is computed in floating
// point; no figure is. Labels are Chinese first, then English.
package chart
