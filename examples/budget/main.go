// Command budget generates a deterministic synthetic county, streams it
// through the batch assessment on every core, and prints the budget: totals
// by programme, item, township, payee and payer, annual and monthly, with
// counts of households and persons (东政办〔2017〕43号 2.3.1 "根据测算资金需求…
// 足额安排", section 3).
//
//	go run ./examples/budget              # 50,000 households
//	go run ./examples/budget -n 1000000   # the full run
//	go run ./examples/budget -seed 7 -medical-fund 30000000
//
// The county is invented (package synthetic): 20 townships, no real person,
// name or id number. Progress goes to stderr, the budget to stdout.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/synthetic"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "budget:", err)
		os.Exit(1)
	}
}

func run(args []string, out, progress io.Writer) error {
	fs := flag.NewFlagSet("budget", flag.ContinueOnError)
	n := fs.Int("n", 50000, "how many synthetic households")
	seed := fs.Uint64("seed", 2017, "the synthetic county's seed")
	workers := fs.Int("workers", 0, "goroutines assessing at once (0: every core)")
	date := fs.String("date", samples.Date().String(), "assessment `date` (YYYY-MM-DD) in 2017")
	fund := fs.String("medical-fund", "", "the medical-aid fund's `yuan` for the year, to show county finance's share of any shortfall (2.3.1)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 0 {
		return fmt.Errorf("-n %d is negative", *n)
	}
	on, err := household.ParseDate(*date)
	if err != nil {
		return err
	}
	var medicalFund decimal.Decimal
	if *fund != "" {
		if medicalFund, err = decimal.NewFromString(*fund); err != nil || medicalFund.IsNegative() {
			return fmt.Errorf("-medical-fund %q is not an amount in yuan", *fund)
		}
	}
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		return err
	}
	g := synthetic.New(synthetic.Config{Seed: *seed, Households: *n, Date: on})
	records := func(yield func(*household.Household) bool) {
		for _, h := range g.All() {
			if !yield(h) {
				return
			}
		}
	}

	start := time.Now()
	bar := newBar(progress, *n, *quiet)
	var b benefit.Budget
	// Each breakdown is added to the budget and then done with: Reuse lets
	// the batch recycle its storage for the next household.
	outcomes, err := a.Batch(records, on, benefit.BatchOptions{Workers: *workers, Reuse: true})
	if err != nil {
		return err
	}
	for o := range outcomes {
		if o.Err != nil {
			b.AddError()
		} else {
			b.Add(o.Household, o.Breakdown)
		}
		bar.step()
	}
	bar.done(time.Since(start))

	fmt.Fprintf(out, "东至县社保兜底 合成县预算（虚构数据，种子 %d，评估日 %s）\nsynthetic county budget (invented data, seed %d, assessed on %s)\n\n",
		*seed, on, *seed, on)
	if err := b.WriteText(out); err != nil {
		return err
	}
	if *fund != "" {
		fmt.Fprintf(out, "\n医疗救助资金 %s 元，缺口由县级财政弥补 / medical-aid fund %s yuan; county finance covers the shortfall (2.3.1): %s 元\n",
			medicalFund.StringFixed(2), medicalFund.StringFixed(2), b.MedicalShortfall(medicalFund).StringFixed(2))
	}
	return nil
}

// bar is a progress bar on stderr, redrawn at most every 1% of the work.
type bar struct {
	w          io.Writer
	n, i, next int
	off        bool
}

func newBar(w io.Writer, n int, off bool) *bar {
	b := &bar{w: w, n: n, off: off || n == 0}
	b.draw()
	return b
}

func (b *bar) step() {
	b.i++
	if b.i >= b.next {
		b.draw()
	}
}

func (b *bar) draw() {
	if b.off {
		return
	}
	const width = 40
	filled := b.i * width / b.n
	fmt.Fprintf(b.w, "\r[%-*s] %3d%% %d/%d", width, string(repeat('#', filled)), b.i*100/b.n, b.i, b.n)
	b.next = b.i + max(b.n/100, 1)
}

func (b *bar) done(d time.Duration) {
	if b.off {
		return
	}
	b.draw()
	fmt.Fprintf(b.w, "  %.2fs (%.0f households/s)\n", d.Seconds(), float64(b.i)/d.Seconds())
}

func repeat(c byte, n int) []byte {
	s := make([]byte, n)
	for i := range s {
		s[i] = c
	}
	return s
}
