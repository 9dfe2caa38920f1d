package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/chart"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/synthetic"
)

// execute runs the command line: load the sets, read and assess every
// record on every core into a budget or a comparison, and write the
// report and the charts.
func execute(args []string, stdin io.Reader, out, errw io.Writer) error {
	c, err := parse(args, errw)
	if err != nil {
		return err
	}
	base, baseNames, err := assessor(nil, c.params, c.on)
	if err != nil {
		return err
	}
	var reform *benefit.Assessor
	var reformNames []string
	if len(c.reform) > 0 {
		if reform, reformNames, err = assessor(base, c.reform, c.on); err != nil {
			return err
		}
	}

	g := synthetic.New(synthetic.Config{Seed: c.seed, Households: c.n, Date: c.on})
	var seq iter.Seq[record]
	var readErr error
	head := []string{fmt.Sprintf("东至县社保兜底 合成县预算（虚构数据，种子 %d，评估日 %s）", c.seed, c.on),
		fmt.Sprintf("synthetic county budget (invented data, seed %d, assessed on %s)", c.seed, c.on)}
	total := c.n
	if c.in != "" {
		var r io.Reader = stdin
		name := "标准输入 stdin"
		if c.in != "-" {
			f, err := os.Open(c.in)
			if err != nil {
				return err
			}
			defer f.Close()
			r, name = f, filepath.Base(c.in)
		}
		seq, total = jsonLines(r, &readErr), 0
		head = []string{fmt.Sprintf("预算：%s（评估日 %s）", name, c.on), fmt.Sprintf("budget of %s (assessed on %s)", name, c.on)}
	} else {
		seq = syntheticRecords(c.n)
	}
	head = append(head, "基准参数 / baseline parameters: "+strings.Join(baseNames, "; "))
	if reform != nil {
		head = append(head, "改革参数 / reform parameters: "+strings.Join(reformNames, "; "))
	}
	if c.explain != "" {
		return explain(out, c, g, seq, &readErr, base, reform)
	}

	bar := newBar(errw, total, c.quiet || !isTerminal(errw))
	counted := func(yield func(record) bool) {
		for r := range seq {
			bar.step()
			if !yield(r) {
				return
			}
		}
	}
	failed := 0
	in := benefit.Records[record]{
		Seq:    counted,
		Read:   func(r record) (*household.Household, error) { return r.read(g, nil) },
		Failed: func(r record, err error) { failed++; report(errw, r, err) },
	}
	if c.in == "" {
		// Each generated household goes back to spare once it is added, to
		// be filled with a later record: the run makes a few households,
		// not a million, and spends its time on the rules.
		spare := new(sync.Pool)
		in.Read = func(r record) (*household.Household, error) { return r.read(g, spare) }
		in.Release = func(h *household.Household) { spare.Put(h) }
	}
	opt := benefit.BatchOptions{Workers: c.workers}
	start := time.Now()
	var tables []*table
	var budget *benefit.Budget
	var cmp *benefit.Comparison
	if reform == nil {
		if budget, err = benefit.BudgetRecords(base, in, c.on, opt); err != nil {
			return err
		}
		if tables, err = budgetTables(budget, c.fund); err != nil {
			return err
		}
	} else {
		if cmp, err = benefit.CompareRecords(base, reform, in, c.on, opt); err != nil {
			return err
		}
		tables = comparisonTables(cmp)
		budget = &cmp.Baseline
	}
	elapsed := time.Since(start)
	bar.done()
	if t, err := failedChecks(c.on, base, reform); err != nil {
		return err
	} else if t != nil {
		tables = append(tables, t)
	}
	if readErr != nil {
		return fmt.Errorf("reading %s: %w", c.in, readErr)
	}
	if c.timing || !bar.off {
		fmt.Fprintln(errw, "budget:", rate(budget.Households+budget.Failed, elapsed))
	}

	switch c.format {
	case "csv":
		err = writeCSV(out, tables)
	case "json":
		meta := map[string]any{"date": c.on.String(), "baseline_sets": baseNames}
		if reform != nil {
			meta["reform_sets"] = reformNames
		}
		err = writeJSON(out, head, meta, tables)
	default:
		if reform == nil { // a comparison has no monthly-rate column
			head = append(head, monthlyNote...)
		}
		err = writeText(out, head, tables)
	}
	if err != nil {
		return err
	}
	if c.svgDir != "" {
		if err := writeCharts(c.svgDir, budget, cmp); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %s could not be assessed (reported above)", failed,
			plural(budget.Households+failed, "条", "record", "records"))
	}
	return nil
}

// writeCharts writes the monthly outlay (outlays.svg: the budget's, or the
// baseline's) and, for a comparison, the reform's outlay
// (outlays-reform.svg) and its difference by township and programme
// (difference.svg).
func writeCharts(dir string, b *benefit.Budget, c *benefit.Comparison) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	charts := map[string]func(io.Writer) error{"outlays.svg": func(w io.Writer) error { return chart.Outlays(w, b) }}
	if c != nil {
		charts["outlays-reform.svg"] = func(w io.Writer) error { return chart.Outlays(w, &c.Reform) }
		charts["difference.svg"] = func(w io.Writer) error { return chart.Difference(w, c) }
	}
	for name, draw := range charts {
		var buf bytes.Buffer
		if err := draw(&buf); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// explain finds the household with the id c.explain and writes its two
// breakdowns side by side (benefit.Explain), as text or JSON. An id that
// two lines of the input hold is an error naming both: which household to
// explain is not for the command to guess. (A synthetic county's ids are
// unique, so its search ends at the first.)
func explain(out io.Writer, c *config, g *synthetic.Generator, seq iter.Seq[record], readErr *error,
	base, reform *benefit.Assessor) error {
	var found *household.Household
	line := 0
	var unread error // the first line holding the id that could not be read
	for r := range seq {
		if r.line > 0 && !bytes.Contains(r.data, []byte(c.explain)) {
			continue
		}
		h, err := r.read(g, nil)
		if err == nil && h.ID == c.explain {
			if found != nil {
				return fmt.Errorf("household id %q is on line %d and again on line %d: -explain needs one household", c.explain, line, r.line)
			}
			if found, line = h, r.line; line == 0 {
				break
			}
			continue
		}
		if err != nil && unread == nil {
			unread = fmt.Errorf("line %d, which holds %q, could not be read: %w", r.line, c.explain, err)
		}
	}
	if *readErr != nil {
		return *readErr
	}
	if found == nil {
		if unread != nil {
			return fmt.Errorf("no household with id %q could be read; %w", c.explain, unread)
		}
		return fmt.Errorf("no household with id %q in the input", c.explain)
	}
	ch, err := benefit.Explain(base, reform, found, c.on)
	if err != nil {
		if line > 0 {
			return fmt.Errorf("line %d: %w", line, err)
		}
		return err
	}
	if c.format == "json" {
		js, err := json.MarshalIndent(ch, "", "  ")
		if err != nil {
			return err
		}
		_, err = out.Write(append(js, '\n'))
		return err
	}
	return ch.WriteText(out)
}

// monthlyNote says what the monthly rate column adds up: a line paid in
// some months only (a part-year support, a stay, a set from July) counts
// as if it paid every month, and so does each piece of an entitlement that
// parameter sets split, so the rate is what no month need pay; the outlay
// by month is what each month pays.
var monthlyNote = []string{
	"月额：各按月发放行的常规月额之和，每行（参数集分段的每段亦然）按全年每月发放计；各月实付见按月支出表",
	"monthly rate: the regular month of every recurring line, each (and each piece a parameter set splits off) counted as if it paid every month; the outlay by month shows what each month pays",
}
