// Command household assesses a household under every programme of
// 东政办〔2017〕43号 and prints its entitlement breakdown, line by line, with
// the reason for every amount — Chinese first, then English — as a
// caseworker reads it.
//
//	go run ./examples/household                    # the built-in sample household h01-yaodu
//	go run ./examples/household -sample h05-guandi # another sample (-list lists them)
//	go run ./examples/household -json              # the same breakdown as JSON
//	go run ./examples/household -in h.json         # a household record of your own
//
// The sample households are invented: no real person, name or id number.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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
		os.Exit(2) // the flag package printed the problem
	case err != nil:
		fmt.Fprintln(os.Stderr, "household:", err)
		os.Exit(1)
	}
}

// errUsage is a bad command line the flag package already reported.
var errUsage = errors.New("usage")

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("household", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the breakdown as JSON")
	in := fs.String("in", "", "assess the household record in this JSON `file` instead of a sample")
	name := fs.String("sample", "h01-yaodu", "the built-in sample `name` to assess")
	list := fs.Bool("list", false, "list the built-in samples")
	date := fs.String("date", samples.Date().String(), "assessment `date` (YYYY-MM-DD) in 2017, the built-in set's year")
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
	on, err := household.ParseDate(*date)
	if err != nil {
		return err
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
		return err
	}
	b, err := benefit.Assess(h, on, benefit.Default2017())
	if err != nil {
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
