// Command household assesses a sample household and prints what it is
// entitled to, line by line, with the reason for every amount — in Chinese
// first, then English — as a caseworker would read it.
//
//	go run ./examples/household            # the built-in sample household
//	go run ./examples/household -json      # the same as JSON
//	go run ./examples/household -in h.json # a household record of your own
//
// The sample household is invented: no real person, name or id number.
package main

import (
	"encoding/json"

	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "household:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("household", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the assessment as JSON")
	in := fs.String("in", "", "assess the household record in this JSON `file` instead of the sample")
	date := fs.String("date", "2017-09-01", "assessment `date` (YYYY-MM-DD) in 2017")
	if err := fs.Parse(args); err != nil {
		return err
	}
	on, err := household.ParseDate(*date)
	if err != nil {
		return err
	}
	h := sample()
	if *in != "" {
		f, err := os.Open(*in)
		if err != nil {
			return err
		}
		defer f.Close()
		if h, err = household.Decode(f); err != nil {
			return fmt.Errorf("%s: %w", *in, err)
		}
	}
	r, err := lowincome.Assess(h, on, lowincome.Default2017())
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(report{Household: h.ID, Date: on, Decision: r.Decision, Assets: r.Assets,
			Lines: r.Lines, Findings: r.Findings, Total: r.Total().StringFixed(2)})
	}
	return print(out, h, on, r)
}

// report is the JSON the example prints.
type report struct {
	Household string           `json:"household"`
	Date      household.Date   `json:"date"`
	Decision  policy.Decision  `json:"decision"`
	Assets    policy.Check     `json:"assets"`
	Lines     []policy.Line    `json:"lines"`
	Findings  []policy.Finding `json:"findings"`
	Total     string           `json:"total"`
}

func print(out io.Writer, h *household.Household, on household.Date, r *lowincome.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "家庭 %s（%s）  评估日 %s / household %s (%s), assessed on %s\n", h.ID, h.Township, on, h.ID, h.Township, on)
	zh, en := policy.LowIncome.Name()
	fmt.Fprintf(&b, "\n%s / %s (东政办〔2017〕43号 2.1)\n", zh, en)
	fmt.Fprintf(&b, "  决定 / decision: %s\n    %s\n    %s\n", r.Decision.Outcome,
		r.Decision.Explanation.Render(policy.ZH), r.Decision.Explanation.Render(policy.EN))
	fmt.Fprintf(&b, "  财产核查 / asset test: %s — %s / %s\n", r.Assets.Status,
		r.Assets.Explanation.Render(policy.ZH), r.Assets.Explanation.Render(policy.EN))
	if len(r.Lines) > 0 {
		fmt.Fprintf(&b, "\n  %-18s %-8s %12s %10s %10s  %s\n", "item", "member", "元/年 annual", "月 month", "12月 last", "clauses")
	}
	for _, l := range r.Lines {
		s := l.Schedule()
		member := l.Member
		if member == "" {
			member = "(户)"
		}
		fmt.Fprintf(&b, "  %-18s %-8s %12s %10s %10s  %s\n", l.Item, member, l.Annual.StringFixed(2),
			s.Month.StringFixed(2), s.Last.StringFixed(2), clauses(l.Clauses))
		fmt.Fprintf(&b, "      %s\n      %s\n", l.Explanation.Render(policy.ZH), l.Explanation.Render(policy.EN))
		if l.Provisional {
			b.WriteString("      ※ 含暂定参数 / rests on a provisional parameter\n")
		}
	}
	fmt.Fprintf(&b, "\n  合计 / total: %s 元/年\n", r.Total().StringFixed(2))
	if len(r.Findings) > 0 {
		b.WriteString("\n发现 / findings\n")
	}
	for _, f := range r.Findings {
		kzh, ken := f.Kind.Name()
		fmt.Fprintf(&b, "  %s / %s [%s]\n    %s\n    %s\n", kzh, ken, clauses(f.Clauses),
			f.Explanation.Render(policy.ZH), f.Explanation.Render(policy.EN))
	}
	_, err := io.WriteString(out, b.String())
	return err
}

func clauses(cs []policy.Clause) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " ")
}
