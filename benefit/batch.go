package benefit

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"strconv"
	"sync"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// BatchOptions tune a batch assessment. The zero value uses every core and
// a window of 64 records per worker.
type BatchOptions struct {
	// Workers is how many goroutines assess at once: 0 means GOMAXPROCS, at
	// most MaxWorkers.
	Workers int
	// Window is the most records read ahead of the one being yielded, so
	// memory is bounded by the window, not the input: 0 means 64 × Workers,
	// at most MaxWindow.
	Window int
	// Reuse recycles each outcome's Breakdown once the loop body that
	// received it returns: the Breakdown and the slices of its lines,
	// decisions, findings and referrals are valid only until then (the
	// lines, decisions and findings copied out of them are values, and
	// stay valid; see [Assessor.AssessInto]). For a caller that folds each
	// breakdown into a total, such as [Budget.Add], it makes the batch
	// allocate next to nothing per household; a caller that keeps
	// breakdowns leaves it off.
	Reuse bool
}

// Limits on [BatchOptions]: more workers than this is no faster on any
// machine, and a larger window only holds more records in memory.
const (
	MaxWorkers = 1024
	MaxWindow  = 1 << 16
)

// Validate reports options out of range, each a [policy.FieldError].
func (o BatchOptions) Validate() error {
	var errs []error
	if o.Workers < 0 || o.Workers > MaxWorkers {
		errs = append(errs, policy.Path("workers").Invalid(strconv.Itoa(o.Workers),
			"is not 0 (every core) to "+strconv.Itoa(MaxWorkers)))
	}
	if o.Window < 0 || o.Window > MaxWindow {
		errs = append(errs, policy.Path("window").Invalid(strconv.Itoa(o.Window),
			"is not 0 (64 per worker) to "+strconv.Itoa(MaxWindow)))
	}
	return errors.Join(errs...)
}

func (o BatchOptions) sizes() (workers, window int) {
	workers, window = o.Workers, o.Window
	if workers == 0 {
		workers = min(runtime.GOMAXPROCS(0), MaxWorkers)
	}
	if window == 0 {
		window = min(64*workers, MaxWindow)
	}
	return workers, max(window, workers)
}

// Outcome is one record's result in a batch: its position in the input
// (from 0), the record, and its breakdown or the error that stopped it.
type Outcome struct {
	Index     int                  // the record's position in the input, from 0
	Household *household.Household // the record as read; nil for a nil record
	Breakdown *Breakdown           // its breakdown, nil when Err is set (with Reuse, valid in the loop body only)
	Err       error                // the error that stopped the record, nil when it was assessed
}

// Batch assesses the households of in as of date on, concurrently on
// opt.Workers goroutines, and yields their outcomes in input order. An
// error in one record (a nil record, invalid data) is that record's
// outcome and does not stop the rest. At most opt.Window records are read
// ahead, so a stream of any length runs in bounded memory. Stopping the
// iteration early stops the workers and reading. It returns the errors of
// [BatchOptions.Validate], and of [Assessor.Assess] for a nil Assessor or
// a date on no set covers (every record would fail alike), and then no
// sequence. A nil in is an empty sequence.
func (a *Assessor) Batch(in iter.Seq[*household.Household], on household.Date, opt BatchOptions) (iter.Seq[Outcome], error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if err := a.covers(on); err != nil {
		return nil, err
	}
	if in == nil {
		in = func(func(*household.Household) bool) {}
	}
	if !opt.Reuse {
		return ordered(in, opt, func(i int, h *household.Household) Outcome {
			o := Outcome{Index: i, Household: h}
			o.Breakdown, o.Err = a.Assess(h, on)
			return o
		}), nil
	}
	free := new(sync.Pool) // breakdowns the caller is done with
	seq := ordered(in, opt, func(i int, h *household.Household) Outcome {
		o := Outcome{Index: i, Household: h}
		b, _ := free.Get().(*Breakdown)
		if b == nil {
			b = new(Breakdown)
		}
		if o.Err = a.AssessInto(b, h, on); o.Err != nil {
			free.Put(b)
		} else {
			o.Breakdown = b
		}
		return o
	})
	return func(yield func(Outcome) bool) {
		for o := range seq {
			more := yield(o)
			if o.Breakdown != nil {
				free.Put(o.Breakdown)
			}
			if !more {
				return
			}
		}
	}, nil
}

// BatchStats counts what a JSON Lines batch read and wrote.
type BatchStats struct {
	Records int // non-blank input lines
	Errors  int // records that could not be decoded or assessed
}

// BlankLine reports whether a line of JSON Lines holds no record: nothing
// but JSON's white space (RFC 8259 §2: spaces, tabs, CR and LF), which
// [Assessor.BatchJSONL] skips. A line of any other space — U+00A0,
// U+3000, a vertical tab — is not blank: it is a record that cannot be
// decoded, to be reported by its line, never dropped. A service reading
// JSON Lines itself skips the lines BatchJSONL skips with it.
func BlankLine(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// errorLine is the output line of a record that failed: its line number in
// the input (from 1) and its field errors, which name field paths and
// values, never a whole record.
type errorLine struct {
	Line   int                  `json:"line"`
	Errors []*policy.FieldError `json:"errors"`
}

// BatchJSONL reads household records from r, one JSON object a line (JSON
// Lines), assesses them as [Assessor.Batch] does, and writes one line per
// record to w, in input order: the compact JSON of its breakdown, or
// {"line": n, "errors": [{"type", "path", "value", "detail"}…]} for a
// record that cannot be decoded or assessed. Blank lines, of nothing but
// JSON's white space (spaces, tabs and a CR before the LF), are skipped; a
// line of any other space (U+00A0, U+3000, a vertical tab) is a record
// that cannot be decoded, never dropped.
// Lines longer than the household decoder's limit are errors of their own.
//
// BatchJSONL returns the counts, and an error only when the options are
// invalid ([BatchOptions.Validate]), a is nil or no set of a covers on (as
// [Assessor.Batch]), r or w is nil, or reading r or writing w fails.
func (a *Assessor) BatchJSONL(r io.Reader, w io.Writer, on household.Date, opt BatchOptions) (BatchStats, error) {
	if err := opt.Validate(); err != nil {
		return BatchStats{}, err
	}
	if err := a.covers(on); err != nil {
		return BatchStats{}, err
	}
	if r == nil || w == nil {
		return BatchStats{}, fmt.Errorf("benefit: BatchJSONL needs a reader and a writer (r or w is nil): %w", policy.ErrInvalid)
	}
	type rec struct {
		line int
		data []byte
		err  error
	}
	var readErr error
	lines := func(yield func(rec) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			data, tooLong, err := readLine(br, maxLine)
			if !BlankLine(data) || tooLong {
				x := rec{line: n, data: data}
				if tooLong {
					x.data, x.err = nil, policy.Path("(input)").TooLong("", fmt.Sprintf("line is over the limit of %d bytes", maxLine))
				}
				if !yield(x) {
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
		}
	}
	type out struct {
		js  []byte
		err bool
	}
	var st BatchStats
	bw := bufio.NewWriterSize(w, 64<<10)
	for o := range ordered(lines, opt, func(_ int, x rec) out {
		fail := func(err error) out {
			js, _ := json.Marshal(errorLine{Line: x.line, Errors: policy.ErrorList(err)})
			return out{js: js, err: true}
		}
		if x.err != nil {
			return fail(x.err)
		}
		h, err := household.Unmarshal(x.data)
		if err != nil {
			return fail(err)
		}
		b, err := a.Assess(h, on)
		if err != nil {
			return fail(err)
		}
		return out{js: b.AppendJSON(nil)}
	}) {
		st.Records++
		if o.err {
			st.Errors++
		}
		bw.Write(o.js)
		if err := bw.WriteByte('\n'); err != nil {
			return st, err
		}
	}
	if readErr != nil {
		return st, readErr
	}
	return st, bw.Flush()
}

// maxLine is the longest input line BatchJSONL decodes: the household
// decoder's limit.
const maxLine = 4 << 20

// readLine reads one line without its newline. A line longer than limit is
// consumed and reported as too long, its data dropped.
func readLine(br *bufio.Reader, limit int) (data []byte, tooLong bool, err error) {
	for {
		part, isPrefix, e := br.ReadLine()
		if !tooLong {
			data = append(data, part...)
			if len(data) > limit {
				data, tooLong = nil, true
			}
		}
		if e != nil || !isPrefix {
			return data, tooLong, e
		}
	}
}

// chunk is how many records travel together between the reader, the
// workers and the caller: channel operations are paid per chunk, not per
// record.
const chunk = 32

// ordered runs f over the items of in on workers goroutines and yields the
// results in input order, with at most window items in flight.
func ordered[T, R any](in iter.Seq[T], opt BatchOptions, f func(int, T) R) iter.Seq[R] {
	return orderedBy(in, opt, func() struct{} { return struct{}{} },
		func(_ struct{}, i int, item T) R { return f(i, item) })
}

// orderedBy is ordered with a state for each worker goroutine: worker is
// called once on each goroutine that receives work, before its first item,
// and its result is given to every f that goroutine runs, so that no two
// goroutines share one.
func orderedBy[T, R, W any](in iter.Seq[T], opt BatchOptions, worker func() W, f func(W, int, T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		workers, window := opt.sizes()
		size := min(chunk, max(window/workers, 1))
		slots := max(window/size, 1)
		type slot struct {
			first int
			items []T
			res   []R
			done  chan struct{}
		}
		order := make(chan *slot, slots)
		work := make(chan *slot, slots)
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var w W
				started := false
				for s := range work {
					if !started {
						w, started = worker(), true
					}
					s.res = make([]R, len(s.items))
					for j, item := range s.items {
						s.res[j] = f(w, s.first+j, item)
					}
					s.items = nil
					close(s.done)
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(work)
			send := func(s *slot) bool {
				select {
				case order <- s:
				case <-stop:
					return false
				}
				work <- s // never blocks for long: work has room for every slot in order
				return true
			}
			s := &slot{items: make([]T, 0, size), done: make(chan struct{})}
			i := 0
			for item := range in {
				select {
				case <-stop:
					return
				default:
				}
				s.items = append(s.items, item)
				i++
				if len(s.items) == size {
					if !send(s) {
						return
					}
					s = &slot{first: i, items: make([]T, 0, size), done: make(chan struct{})}
				}
			}
			if len(s.items) > 0 {
				send(s)
			}
		}()
		defer func() {
			close(stop)
			for range order { // let the reader finish
			}
			wg.Wait()
		}()
		for s := range order {
			<-s.done
			for _, r := range s.res {
				if !yield(r) {
					return
				}
			}
		}
	}
}
