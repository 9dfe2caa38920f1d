// Command budget assesses a county's households on every core and prints
// the budget: totals by programme, item, township, payee and payer, annual
// and monthly, with the part of each resting on provisional values, the
// cash paid out month by month, and counts of households and persons
// (东政办〔2017〕43号 2.3.1 "根据测算资金需求…足额安排", section 3).
// With -reform it compares a reform with the baseline over the same
// households: the cost under each and the difference, who gains and who
// loses, each programme's entrants and leavers, the largest gains and
// losses, and the difference by township and programme. Months in which a
// side has no parameter set in force are not assessed (section 0): their
// outlays are 0.00, and the report names them, side by side, in the table
// not-assessed, since the difference they make is none in what is due.
//
//	go run ./examples/budget                        # a synthetic county of 50,000 households
//	go run ./examples/budget -n 1000000             # the full run
//	go run ./examples/budget -in county.jsonl       # a county's own records, one JSON object a line
//	go run ./examples/budget -reform benefit/testdata/reform-s3912-a40.json -svg charts
//	go run ./examples/budget -reform reform.json -explain SYN-0000042
//	go run ./examples/budget -format csv > budget.csv
//
// Flags:
//
//	-n households   how many synthetic households (default 50000; without -in)
//	-seed uint      the synthetic county's seed (default 2017)
//	-in file        read household records from file, one JSON object a line (- for stdin)
//	-date D         the assessment date, YYYY-MM-DD (default 2017-09-01)
//	-params file    a parameter set (JSON) for the baseline; repeatable (default: the built-in 2017 set)
//	-reform file    a parameter set (JSON) for a reform, as below; repeatable
//	-explain id     with -reform: one household's difference, line by line
//	-medical-fund yuan  the medical-aid fund's yuan for the year, to show the shortfall county
//	                finance covers (2.3.1); not with -reform
//	-format f       text, csv or json (default text)
//	-svg dir        write the charts as SVG files into dir
//	-workers int    goroutines assessing at once (default 0: every core)
//	-quiet          no progress bar
//	-time           print the run's time and households per second to stderr
//
// # Households and parameter sets
//
// The synthetic county is invented (package synthetic): 20 townships, no
// real person, name or id number. -params and -reform each take a
// parameter set as JSON (benefit.Decode) and may be given several times
// (a set from July, say); without -params the built-in 2017 set is the
// baseline.
//
// # Reforms
//
// A reform set replaces the baseline's set that starts on the same day and
// is added otherwise, so that a reform from July assesses January–June
// under the baseline's values (a line it splits at July is paid over
// January–June as a period of its own, rounded once, so a month's cash
// there may differ from the baseline's by a few fen, June above all, which
// pays the rest of January–June: section 0). A reform set of another year
// than -date's is refused (exit status 1): it would be in force in no month
// assessed, and change nothing.
//
// # Output and exit status
//
// A record that cannot be read or assessed is reported on stderr with its
// line number and field paths, counted, and skipped; the run goes on, and
// ends with exit status 1 once its output is written. A bad command line
// is exit status 2; -h prints the flags and exits 0. The progress bar goes
// to stderr only when it is a terminal; the report goes to stdout, and
// -svg DIR writes the charts (package chart) as SVG files.
//
// A parameter check of the sets that fails (the two lines merged, a 特困
// minimum, the care share) holds on every household alike: the report
// lists it once, in the table failed-checks, with its shortfall, its
// clauses and why: a finding for the county.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

func main() {
	// The Go runtime's default GC settings: a copy of this program needs no
	// tuning to run a county in bounded memory.
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1 // the run failed, or some records could not be assessed
	exitUsage  = 2 // a bad command line
)

// usageError is a bad command line; shown says the flag package has
// already written it, with the flags.
type usageError struct {
	msg   string
	shown bool
}

func (e usageError) Error() string { return e.msg }

// run runs the command and returns its exit status: stdin is read with
// -in -, the report goes to out, progress and errors to errw.
func run(args []string, stdin io.Reader, out, errw io.Writer) int {
	err := execute(args, stdin, out, errw)
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		if !ue.shown {
			fmt.Fprintln(errw, "budget:", err)
		}
		return exitUsage
	}
	fmt.Fprintln(errw, "budget:", err)
	return exitFailed
}

// files is a flag that may be given several times.
type files []string

func (f *files) String() string     { return strings.Join(*f, ",") }
func (f *files) Set(s string) error { *f = append(*f, s); return nil }

// config is the command line, checked.
type config struct {
	n, workers     int
	seed           uint64
	on             household.Date
	fund           *decimal.Decimal
	quiet, timing  bool
	in, format     string
	svgDir         string
	explain        string
	params, reform files
}

func parse(args []string, errw io.Writer) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("budget", flag.ContinueOnError)
	fs.SetOutput(errw)
	fs.IntVar(&c.n, "n", 50000, "how many synthetic `households` (without -in)")
	fs.Uint64Var(&c.seed, "seed", 2017, "the synthetic county's seed")
	fs.IntVar(&c.workers, "workers", 0, "goroutines assessing at once (0: every core)")
	date := fs.String("date", samples.Date().String(), "assessment `date` (YYYY-MM-DD)")
	fund := fs.String("medical-fund", "", "the medical-aid fund's `yuan` for the year, to show the shortfall county finance covers (2.3.1); not with -reform")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress bar")
	fs.BoolVar(&c.timing, "time", false, "print the run's time and households per second to stderr")
	fs.StringVar(&c.in, "in", "", "read household records from `file`, one JSON object a line (- for stdin), instead of the synthetic county")
	fs.Var(&c.params, "params", "a parameter set `file` (JSON) for the baseline; repeatable (default: the built-in 2017 set)")
	fs.Var(&c.reform, "reform", "a parameter set `file` (JSON) for a reform, put into the baseline's sets (replacing the one of the same start); repeatable: each is its base year's built-in set with its own changes, so a later one does not keep an earlier one's")
	fs.StringVar(&c.format, "format", "text", "output `format`: text, csv or json")
	fs.StringVar(&c.svgDir, "svg", "", "write the charts as SVG files into `dir`")
	fs.StringVar(&c.explain, "explain", "", "with -reform: explain one household's difference line by line, by its `id`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, usageError{err.Error(), true}
	}
	switch {
	case fs.NArg() > 0:
		return nil, usageError{msg: fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	case c.n < 0:
		return nil, usageError{msg: fmt.Sprintf("-n %d is negative", c.n)}
	case c.workers < 0:
		return nil, usageError{msg: fmt.Sprintf("-workers %d is negative (0 is every core)", c.workers)}
	case c.workers > benefit.MaxWorkers:
		return nil, usageError{msg: fmt.Sprintf("-workers %d is more than %d", c.workers, benefit.MaxWorkers)}
	case c.format != "text" && c.format != "csv" && c.format != "json":
		return nil, usageError{msg: fmt.Sprintf("-format %q is not text, csv or json", c.format)}
	case c.explain != "" && len(c.reform) == 0:
		return nil, usageError{msg: "-explain needs -reform"}
	case c.explain != "" && c.format == "csv":
		return nil, usageError{msg: "-explain writes one household's change as text or json, not csv"}
	case *fund != "" && len(c.reform) > 0:
		return nil, usageError{msg: "-medical-fund is for a budget: a comparison (-reform) does not show the fund's shortfall"}
	}
	var err error
	if c.on, err = household.ParseDate(*date); err != nil {
		return nil, usageError{msg: fmt.Sprintf("-date: %v", err)}
	}
	if *fund != "" {
		d, err := decimal.NewFromString(*fund)
		if err != nil {
			return nil, usageError{msg: fmt.Sprintf("-medical-fund %q is not an amount in yuan", *fund)}
		}
		if err := policy.CheckMoney("-medical-fund", d); err != nil { // as Budget.MedicalShortfall checks it
			return nil, usageError{msg: err.Error()}
		}
		c.fund = &d
	}
	return c, nil
}

// assessor loads the parameter sets of files and checks that one is in
// force on the date. Without base they are the baseline (the built-in 2017
// set when there are none); with it they are a reform, put into the
// baseline's sets (benefit.Assessor.With): a reform set replaces the
// baseline's set that starts on the same day, and is added otherwise, so
// that a reform from July leaves January–June under the baseline. A reform
// set of another year than the date's is refused: it would be in force in
// no month assessed, and the comparison would show it changing nothing.
func assessor(base *benefit.Assessor, files []string, on household.Date) (*benefit.Assessor, []string, error) {
	sets, err := load(files)
	if err != nil {
		return nil, nil, err
	}
	var a *benefit.Assessor
	what := "reform sets"
	if base != nil {
		for i, p := range sets {
			if p.Year != on.Year { // section 0: a set is in force within its own year alone
				return nil, nil, fmt.Errorf("reform set %s is for %d and the assessment date %s is in %d: it would change nothing (a set is in force in its own year only)",
					files[i], p.Year, on, on.Year)
			}
		}
		a, err = base.With(sets...)
	} else {
		if len(sets) == 0 {
			sets = append(sets, benefit.Default2017())
		}
		a, err = benefit.New(sets...)
		what = "parameter sets"
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w", what, strings.Join(files, ", "), err)
	}
	if _, err := a.Params(on); err != nil { // the hints examples/audit and examples/household give
		if slices.Contains(a.Years(), on.Year) {
			return nil, nil, fmt.Errorf("%w (the %d set loaded starts later: give a -date on or after its start)", err, on.Year)
		}
		return nil, nil, fmt.Errorf("%w (load a set for that year with -params, or give a -date in a year loaded)", err)
	}
	return a, names(sets), nil
}

// load reads the parameter sets of files.
func load(files []string) ([]*benefit.Params, error) {
	var sets []*benefit.Params
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		p, err := benefit.Decode(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("parameter set %s: %w", name, err)
		}
		sets = append(sets, p)
	}
	return sets, nil
}

// names names each set for the report's heading: its name, or its year,
// and the day it starts when that is not 1 January.
func names(sets []*benefit.Params) []string {
	out := make([]string, len(sets))
	for i, p := range sets {
		out[i] = benefit.SetUsed{Year: p.Year, Name: p.Name}.String()
		if !p.From.IsZero() {
			out[i] += fmt.Sprintf("（%s 起 / from %s）", p.From, p.From)
		}
	}
	return out
}
