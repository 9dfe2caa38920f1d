// Command household assesses a household under every programme of
// 东政办〔2017〕43号 and prints its entitlement breakdown, line by line, with
// the reason for every amount — Chinese first, then English — as a
// caseworker reads it.
//
//	go run ./examples/household                    # the built-in sample household h01-yaodu
//	go run ./examples/household -sample h05-guandi # another sample (-list lists them)
//	go run ./examples/household -json              # the same breakdown as JSON
//	go run ./examples/household -in h.json         # a household record of your own
//	go run ./examples/household -in h.json -params set-2018.json -date 2018-09-01
//	                                               # under a county's own parameter set
//
// Flags:
//
//	-sample name   the built-in sample to assess (default h01-yaodu); -list lists them
//	-in file       assess the household record in this JSON file instead of a sample
//	-date D        the assessment date, YYYY-MM-DD (default 2017-09-01), on which a loaded set is in force
//	-params file   load this parameter set (JSON, see benefit.Decode) too; repeatable
//	-builtin       load the built-in 2017 set (default true; -builtin=false leaves it out)
//	-json          print the breakdown as JSON
//
// A bad command line is exit status 2, a record or set that cannot be read
// or assessed 1; -h prints the flags and exits 0.
//
// The sample households are invented: no real person, name or id number.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
)

func main() {
	err := run(os.Args[1:], os.Stdout)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return // -h printed the usage: not a failure
	case errors.Is(err, errUsage):
		var msg badFlag
		if errors.As(err, &msg) { // the flag package printed its own
			fmt.Fprintln(os.Stderr, "household:", msg)
		}
		os.Exit(2) // a bad command line, already reported
	case err != nil:
		fmt.Fprintln(os.Stderr, "household:", err)
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

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("household", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the breakdown as JSON")
	in := fs.String("in", "", "assess the household record in this JSON `file` instead of a sample")
	name := fs.String("sample", "h01-yaodu", "the built-in sample `name` to assess")
	list := fs.Bool("list", false, "list the built-in samples")
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
		fmt.Fprintf(fs.Output(), "household: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	if *list {
		_, err := fmt.Fprintln(out, strings.Join(samples.Names(), "\n"))
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	switch {
	case given["in"] && given["sample"]:
		return badFlag("-in and -sample each name a household to assess: give one")
	case !*builtin && len(params) == 0:
		return badFlag("-builtin=false leaves no parameter set: give -params")
	}
	on, err := household.ParseDate(*date)
	if err != nil { // a bad flag value is a bad command line, as a bad flag is
		return badFlag("-date: " + err.Error())
	}
	var h *household.Household
	if *in != "" {
		f, err := os.Open(*in)
		if err != nil {
			return err
		}
		defer f.Close()
		if h, err = household.Decode(f); err != nil {
			return fmt.Errorf("%s: %w", *in, err)
		}
	} else if h, err = samples.Household(*name); err != nil {
		return badFlag("-sample: " + err.Error())
	}
	a, err := assessor(*builtin, params, on)
	if err != nil {
		return err
	}
	b, err := a.Assess(h, on)
	if err != nil {
		if *in != "" { // the record's errors name the file it came from, as its decoding errors do
			return fmt.Errorf("%s: %w", *in, err)
		}
		return err
	}
	if *asJSON {
		js, err := b.Marshal()
		if err != nil {
			return err
		}
		_, err = out.Write(js) // Marshal ends with a newline
		return err
	}
	return b.WriteText(out)
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
func assessor(builtin bool, files []string, on household.Date) (*benefit.Assessor, error) {
	var sets []*benefit.Params
	if builtin {
		sets = append(sets, benefit.Default2017())
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		p, err := benefit.Decode(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("-params %s: %w", name, err)
		}
		sets = append(sets, p)
	}
	a, err := benefit.New(sets...)
	if err != nil {
		if builtin && slices.ContainsFunc(sets[1:], func(p *benefit.Params) bool { return p.Start() == sets[0].Start() }) {
			return nil, fmt.Errorf("%w (a set that replaces the built-in 2017 set needs -builtin=false)", err)
		}
		return nil, err
	}
	if _, err := a.Params(on); err != nil {
		if slices.Contains(a.Years(), on.Year) {
			return nil, fmt.Errorf("%w (the %d set loaded starts later: give a -date on or after its start)", err, on.Year)
		}
		return nil, fmt.Errorf("%w (load a set for that year with -params, or give a -date in a year loaded)", err)
	}
	return a, nil
}
