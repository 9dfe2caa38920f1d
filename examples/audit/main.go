// Command audit checks a small village's recorded households against what
// each is paid now and prints what a caseworker or auditor should act on:
// 应保未保 (eligible but not covered), 错保/错发 (covered or paid but not eligible),
// under- and over-payment, 应补尽补 (disability subsidies not claimed),
// 救急难 and 一事一议 flags (东政办〔2017〕43号 2.1.2, 2.1.3, 2.2.4, 2.4).
//
//	go run ./examples/audit               # the built-in invented village
//	go run ./examples/audit -in f.jsonl   # households of your own, one JSON record a line
//	go run ./examples/audit -json         # the findings as JSON, one household a line
//	go run ./examples/audit -in f.jsonl -params set-2018.json -date 2018-09-01
//	                                      # under a county's own parameter set
//
// Flags:
//
//	-in file       audit the households in this JSON Lines file instead of the built-in village
//	-date D        the assessment date, YYYY-MM-DD (default 2017-09-01), on which a loaded set is in force
//	-params file   load this parameter set (JSON, see benefit.Decode) too; repeatable
//	-builtin       load the built-in 2017 set (default true; -builtin=false leaves it out)
//	-json          print each household's findings as one JSON line
//
// The report begins with the date and the parameter sets it audited under,
// and the months of the year no set covers (not assessed, section 0); a
// finding whose line rests on a provisional parameter says so (the text
// report: -json writes each household's findings only). The village
// is invented: no real person, name or id number. Output names households
// and members by id only.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

//go:embed village.jsonl
var village []byte

// errInvalid is returned when some records could not be assessed: the
// report is still printed in full, and the command exits 1 so that a
// script notices.
var errInvalid = errors.New("some records could not be assessed (see the report)")

func main() {
	err := run(os.Args[1:], os.Stdout)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return // -h printed the usage: not a failure
	case errors.Is(err, errUsage):
		var msg badFlag
		if errors.As(err, &msg) { // the flag package printed its own
			fmt.Fprintln(os.Stderr, "audit:", msg)
		}
		os.Exit(2) // a bad command line, already reported
	case err != nil:
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

// errUsage is a bad command line the flag package already reported.
var errUsage = errors.New("usage")

// badFlag is a bad flag value: a usage error (exit 2) whose message main
// prints, as the flag package prints its own.
type badFlag string

func (e badFlag) Error() string { return string(e) }

// Is makes a badFlag a usage error.
func (e badFlag) Is(target error) bool { return target == errUsage }

// monthly reports whether a finding of kind k states a monthly amount (a
// payment now against the schedule) rather than an annual or one-off one.
func monthly(k policy.FindingKind) bool {
	switch k {
	case policy.Wrongful, policy.NotExited, policy.Underpayment, policy.Overpayment:
		return true
	}
	return false
}

// audit is one household's findings, as -json prints them.
type audit struct {
	Household string           `json:"household"`
	Findings  []policy.Finding `json:"findings"`
	Error     string           `json:"error,omitempty"`
	// provisional marks the findings whose line rests on a provisional
	// parameter. The text shows the marks and begins with the date and
	// sets; -json, one object a household, has neither.
	provisional []bool
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	in := fs.String("in", "", "audit the households in this JSON Lines `file` instead of the built-in village")
	asJSON := fs.Bool("json", false, "print each household's findings as one JSON line")
	date := fs.String("date", samples.Date().String(), "assessment `date` (YYYY-MM-DD), on which a loaded set is in force")
	var params paramFiles
	fs.Var(&params, "params", "load the parameter set in this JSON `file` too (repeatable)")
	builtin := fs.Bool("builtin", true, "load the built-in 2017 parameter set")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "audit: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	on, err := household.ParseDate(*date)
	if err != nil { // a bad flag value is a bad command line, as a bad flag is
		return badFlag("-date: " + err.Error())
	}
	data := village
	if *in != "" {
		if data, err = os.ReadFile(*in); err != nil {
			return err
		}
	}
	a, sets, err := assessor(*builtin, params, on)
	if err != nil {
		return err
	}

	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	count := map[policy.FindingKind]int{}
	amount := map[policy.FindingKind]decimal.Decimal{}
	var kinds []policy.FindingKind
	households, bad := 0, 0
	if !*asJSON {
		fmt.Fprint(w, header(on, sets))
	}
	n := 0
	// Line by line over the input held whole: a line of any length is that
	// record's error (the decoder refuses one over its limit), never the
	// end of the run.
	for line := range bytes.Lines(data) {
		n++
		// Without its end, as BatchJSONL and the budget read a line, so that
		// an error's offset in it is the same in every example.
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if benefit.BlankLine(line) {
			continue
		}
		households++
		r := audit{Household: fmt.Sprintf("(line %d)", n)}
		h, err := household.Unmarshal(line)
		if cut := cutRecord(line); cut != nil {
			err = cut
		}
		var b *benefit.Breakdown
		if err == nil {
			r.Household = h.ID
			b, err = a.Assess(h, on)
		}
		if err != nil {
			bad++
			r.Error = err.Error()
		} else {
			r.Findings = b.Findings
			r.provisional = provisionalFindings(b)
		}
		for _, f := range r.Findings {
			k := f.Kind()
			if count[k] == 0 {
				kinds = append(kinds, k)
				amount[k] = decimal.Zero
			}
			count[k]++
			amount[k] = amount[k].Add(f.Amount())
		}
		if *asJSON {
			if err := enc.Encode(r); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintln(w) // a blank line before each household
		printAudit(w, r)
	}
	if !*asJSON {
		noun := "households"
		if households == 1 {
			noun = "household"
		}
		fmt.Fprintf(w, "\n汇总 / summary: %d 户 %s, %d 条无法评估 could not be assessed\n", households, noun, bad)
		// Monthly and annual amounts are different units: each kind's sum
		// goes in the column of its unit, never added across them. A 救急难
		// flag's figure is the event's cost, or how far the medical
		// out-of-pocket left exceeds the household's income (2.4.2), not an
		// amount due, so it is counted, not summed.
		fmt.Fprintf(w, "  %s %s %s %s\n", padRight("", 46), padLeft("条 n", 5), padLeft("元/月 monthly", 16), padLeft("元 annual or one-off", 22))
		for _, k := range kinds {
			zh, en := k.Name()
			mo, yr := amount[k].StringFixed(2), ""
			switch {
			case k == policy.Jiujinan:
				mo = "" // a flag's figure is a cost or a burden over income, not money due: not summed
			case !monthly(k):
				mo, yr = "", mo
			}
			row := fmt.Sprintf("  %s %5d %16s %22s", padRight(zh+" "+en, 46), count[k], mo, yr)
			fmt.Fprintln(w, strings.TrimRight(row, " "))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return errInvalid
	}
	return nil
}

// provisionalFindings marks each finding of b that speaks of a line
// resting on a provisional parameter: a line of its programme and member,
// of its item and claim or event when it names them, and for a finding on
// what is paid now (monthly), a line covering the assessment date's month.
func provisionalFindings(b *benefit.Breakdown) []bool {
	marks := make([]bool, len(b.Findings))
	for i, f := range b.Findings {
		marks[i] = slices.ContainsFunc(b.Lines, func(l policy.Line) bool {
			return l.Provisional() && l.Programme() == f.Programme() && l.Member() == f.Member() &&
				(f.Item() == "" || l.Item() == f.Item()) && (f.ID() == "" || l.ID() == f.ID()) &&
				(!monthly(f.Kind()) || l.Period().Contains(b.Date.Month))
		})
	}
	return marks
}

func printAudit(w io.Writer, r audit) {
	switch {
	case r.Error != "":
		fmt.Fprintf(w, "%s: 记录有误 / invalid record: %s\n", r.Household, r.Error)
		return
	case len(r.Findings) == 0:
		fmt.Fprintf(w, "%s: 无发现 / nothing to act on\n", r.Household)
		return
	}
	fmt.Fprintf(w, "%s:\n", r.Household)
	for i, f := range r.Findings {
		zh, en := f.Kind().Name()
		who := "户 household"
		if f.Member() != "" {
			who = "成员 " + f.Member()
		}
		what := string(f.Programme())
		if f.Item() != "" {
			what += " " + string(f.Item())
		}
		e := f.Explanation()
		fmt.Fprintf(w, "  %s / %s — %s, %s\n      %s\n      %s\n", zh, en, who, what,
			e.Render(policy.ZH), e.Render(policy.EN))
		if r.provisional[i] {
			fmt.Fprintln(w, "      ※ 所涉明细行含暂定参数 / the line it speaks of rests on a provisional parameter")
		}
	}
}

// padRight pads s with spaces to w display columns: a Chinese character
// takes two columns on a terminal.
func padRight(s string, w int) string {
	if n := runewidth.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// padLeft is padRight with the spaces before s: a right-aligned column.
func padLeft(s string, w int) string {
	if n := runewidth.StringWidth(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}

// header says on what date and under which parameter sets the village was
// audited, and which months of the year no set covers (section 0: they are
// not assessed, and no finding speaks of them).
func header(on household.Date, sets []*benefit.Params) string {
	var year []*benefit.Params
	for _, p := range sets {
		if p.Year == on.Year {
			year = append(year, p)
		}
	}
	slices.SortFunc(year, func(x, y *benefit.Params) int { return x.Start().Compare(y.Start()) })
	var b strings.Builder
	fmt.Fprintf(&b, "评估日 / assessed on %s\n", on)
	for _, p := range year {
		from := p.Start()
		fmt.Fprintf(&b, "参数集 / set: %s（%s 起 / from %s）\n", benefit.SetUsed{Year: p.Year, From: from, Name: p.Name}, from, from)
	}
	if len(year) > 0 {
		if m := year[0].Start().Month; m > time.January {
			zh, en := monthsUpTo(m - 1)
			fmt.Fprintf(&b, "%s无在用参数集，未评估 / %s: no set in force, not assessed\n", zh, en)
		}
	}
	return b.String()
}

// monthsUpTo names months 1 to m in Chinese and in English.
func monthsUpTo(m time.Month) (zh, en string) {
	if m == time.January {
		return "1 月", "month 1"
	}
	return fmt.Sprintf("1–%d 月", m), fmt.Sprintf("months 1–%d", m)
}

// paramFiles collects the repeatable -params flag.
type paramFiles []string

func (f *paramFiles) String() string     { return strings.Join(*f, ",") }
func (f *paramFiles) Set(s string) error { *f = append(*f, s); return nil }

// assessor returns the assessor of the built-in 2017 set (unless builtin is
// false) and the parameter sets in files (JSON, benefit.Decode), each in
// force from its own start: a county's 2018 set, or a set from some month
// of 2017 beside the built-in one. It refuses a date no loaded set covers
// up front, naming the years loaded, rather than once for every record.
func assessor(builtin bool, files []string, on household.Date) (*benefit.Assessor, []*benefit.Params, error) {
	var sets []*benefit.Params
	if builtin {
		sets = append(sets, benefit.Default2017())
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		p, err := benefit.Decode(f)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("-params %s: %w", name, err)
		}
		sets = append(sets, p)
	}
	if len(sets) == 0 {
		return nil, nil, errors.New("no parameter set: give -params or leave -builtin on")
	}
	a, err := benefit.New(sets...)
	if err != nil {
		if builtin && slices.ContainsFunc(sets[1:], func(p *benefit.Params) bool { return p.Start() == sets[0].Start() }) {
			return nil, nil, fmt.Errorf("%w (a set that replaces the built-in 2017 set needs -builtin=false)", err)
		}
		return nil, nil, err
	}
	if _, err := a.Params(on); err != nil {
		if slices.Contains(a.Years(), on.Year) {
			return nil, nil, fmt.Errorf("%w (the %d set loaded starts later: give a -date on or after its start)", err, on.Year)
		}
		return nil, nil, fmt.Errorf("%w (load a set for that year with -params, or give a -date in a year loaded)", err)
	}
	return a, sets, nil
}

// cutRecord is the error of a line that holds only "{" or "[": the start
// of a record written over several lines, which JSON Lines cannot read.
func cutRecord(line []byte) error {
	if t := string(bytes.Trim(line, " \t\r\n")); t == "{" || t == "[" { // JSON's white space, as benefit.BlankLine
		return policy.Path("(input)").Invalid(policy.Quote(t),
			"starts a record written over several lines: -in reads JSON Lines, one whole record a line (jq -c . writes them so)")
	}
	return nil
}
