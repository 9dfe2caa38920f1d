package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"sync"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

// record is one input record: an index into the synthetic county, or a
// line of a JSON Lines file (its number from 1 and its bytes, or the error
// that kept it from being read whole). It is read into a household on the
// worker that assesses it, so generating and decoding run on every core.
type record struct {
	index int
	line  int // 0 for a synthetic record
	data  []byte
	err   error
}

// read returns the record's household: generated into a household taken
// from spare when spare is not nil (households go back to it once added,
// see execute), or decoded strictly and validated (household.Unmarshal).
func (r record) read(g *synthetic.Generator, spare *sync.Pool) (*household.Household, error) {
	switch {
	case r.err != nil:
		return nil, r.err
	case r.line == 0 && spare == nil:
		return g.Household(r.index), nil
	case r.line == 0:
		h, _ := spare.Get().(*household.Household)
		if h == nil {
			h = new(household.Household)
		}
		g.HouseholdInto(h, r.index)
		return h, nil
	}
	return household.Unmarshal(r.data)
}

// where names the record in a report: "line 12" or "record 7".
func (r record) where() string {
	if r.line > 0 {
		return fmt.Sprintf("line %d", r.line)
	}
	return fmt.Sprintf("record %d", r.index+1)
}

// synthetic yields the indexes of the county's records.
func syntheticRecords(n int) iter.Seq[record] {
	return func(yield func(record) bool) {
		for i := range n {
			if !yield(record{index: i}) {
				return
			}
		}
	}
}

// jsonLines yields the non-blank lines of r, each a record. A line longer
// than a record may be (household.MaxRecordBytes) is read past and yielded
// as an error of its own. A read error ends the lines; *readErr holds it.
func jsonLines(r io.Reader, readErr *error) iter.Seq[record] {
	return func(yield func(record) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			data, tooLong, err := readLine(br, household.MaxRecordBytes)
			if !benefit.BlankLine(data) || tooLong {
				x := record{index: n - 1, line: n, data: data}
				if tooLong {
					x.data, x.err = nil, policy.Path("(input)").TooLong("",
						fmt.Sprintf("line is over the limit of %d bytes", household.MaxRecordBytes))
				} else if err := cutRecord(data); err != nil {
					x.data, x.err = nil, err
				}
				if !yield(x) {
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					*readErr = err
				}
				return
			}
		}
	}
}

// readLine reads one line without its newline, into a new slice. A line
// longer than limit is read past and reported as too long, its data
// dropped.
func readLine(br *bufio.Reader, limit int) (data []byte, tooLong bool, err error) {
	for {
		part, e := br.ReadSlice('\n')
		if !tooLong {
			data = append(data, part...)
			if len(data) > limit+1 {
				data, tooLong = nil, true
			}
		}
		if e == nil || !errors.Is(e, bufio.ErrBufferFull) {
			return bytes.TrimRight(data, "\r\n"), tooLong, e
		}
	}
}

// report writes a record that could not be read or assessed: where it is
// and each field error (path, value, what is wrong), never the record.
func report(w io.Writer, r record, err error) {
	fes := policy.FieldErrors(err)
	if len(fes) == 0 {
		fmt.Fprintf(w, "budget: %s: %v\n", r.where(), err)
		return
	}
	msgs := make([]string, len(fes))
	for i, fe := range fes {
		msgs[i] = fe.Error()
	}
	fmt.Fprintf(w, "budget: %s: %s\n", r.where(), strings.Join(msgs, "; "))
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
