package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// serveBatch answers POST /batch?date=YYYY-MM-DD: household records as
// JSON Lines in, one line out per record in input order — its compact
// breakdown, or {"line": n, "errors": [...]} for a record that cannot be
// decoded or assessed — each line written and flushed as soon as it is
// ready, while the input is still being read. Records are assessed on
// every core (benefit.Assessor.Batch) with one record a slot, so a client
// that sends records one by one gets each answer at once; memory is bounded
// by the records in flight, whatever the input's length.
//
// The library's batch takes no context, so the service stops it: the input
// is read line by line and the request's context checked before each
// record, so that reading stops once the client has gone; the records in
// flight are answered, and the iteration is left (which stops the library's
// workers) when a write fails. Each line read or written
// extends the connection's deadlines, so a long batch runs while a stalled
// client still times out. If reading fails midway — a client that stalls
// past the read timeout included, though net/http then ends the request's
// context too — the answers of the records already read are still
// written, and a last line {"errors": [...]} without a line number says
// that reading failed.
//
// (benefit.Assessor.BatchJSONL does the same in one call, but it reads
// records in chunks of 32 and writes in 64 KiB blocks, so it answers a
// slow client late, and it has no context to stop it.)
func (s *service) serveBatch(w http.ResponseWriter, r *http.Request) {
	mt, ok := mediaType(w, r, typeNDJSON, typeJSONL)
	if !ok {
		return
	}
	on, ok := assessDate(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	rc := http.NewResponseController(w)
	in := &records{ctx: ctx, br: bufio.NewReaderSize(r.Body, 64<<10), rc: rc, timeout: s.timeouts.read,
		meta: make(map[int]record)}
	// Batch reads nothing until iterated: a date no set covers is refused
	// before the body is read, as /assess refuses it.
	seq, err := s.assessor.Batch(in.all(), on, s.batch)
	if err != nil {
		s.writeError(w, err)
		return
	}
	rc.EnableFullDuplex() // HTTP/1.1: keep reading the body after the first answer; HTTP/2 always can
	w.Header().Set("Content-Type", mt+"; charset=utf-8")
	var buf []byte
	wrote := false
	for o := range seq {
		// No test of ctx here: net/http ends it when a read fails, before
		// the reader can say so, and the answers of the records read must
		// still be written. The reader stops at ctx, and a write to a
		// client that has gone fails: at most the records in flight are
		// assessed after it goes.
		m := in.take(o.Index)
		buf = buf[:0]
		switch {
		case m.err != nil:
			buf = appendLineErrors(buf, m.line, m.err)
		case o.Err != nil:
			buf = appendLineErrors(buf, m.line, o.Err)
		default:
			buf = o.Breakdown.AppendJSON(buf)
		}
		buf = append(buf, '\n')
		rc.SetWriteDeadline(time.Now().Add(s.timeouts.write))
		if _, err := w.Write(buf); err != nil {
			return
		}
		if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return
		}
		wrote = true
	}
	// The batch is over, its reading too, so what in.failed says is final.
	readErr := in.failed()
	if readErr == nil {
		return
	}
	status, fe := readFailure(readErr)
	if !wrote {
		writeErrors(w, status, fe)
		return
	}
	js, _ := json.Marshal(errorBody{Errors: []*policy.FieldError{fe}})
	rc.SetWriteDeadline(time.Now().Add(s.timeouts.write))
	w.Write(append(js, '\n')) // a client that has gone does not read it: nothing to do then
}

// batchOptions runs a batch on every core with one record a slot, so no
// record waits for others to be read before it is assessed.
func batchOptions() benefit.BatchOptions {
	n := min(runtime.GOMAXPROCS(0), benefit.MaxWorkers)
	return benefit.BatchOptions{Workers: n, Window: n, Reuse: true}
}

// errorLine is the output line of a record that failed, as
// benefit.Assessor.BatchJSONL writes it: its line number (from 1) and its
// field errors.
type errorLine struct {
	Line   int                  `json:"line"`
	Errors []*policy.FieldError `json:"errors"`
}

func appendLineErrors(b []byte, line int, err error) []byte {
	js, _ := json.Marshal(errorLine{Line: line, Errors: policy.ErrorList(err)})
	return append(b, js...)
}

// record is what the reader knows of a record: its line and, when it could
// not be decoded, why.
type record struct {
	line int
	err  error
}

// records reads household records from a request body, one a line,
// decoding each as it goes.
type records struct {
	ctx     context.Context
	br      *bufio.Reader
	rc      *http.ResponseController
	timeout time.Duration
	long    []byte // a line longer than br's buffer, put together

	mu   sync.Mutex
	meta map[int]record // by index, until the answer is written
	err  error          // why reading failed, if it did (see failed)
}

// failed returns why reading the body failed, nil while it has not: not
// the end of the input, nor a request whose context ended first.
func (in *records) failed() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.err
}

// take returns and forgets what the reader knows of record i.
func (in *records) take(i int) record {
	in.mu.Lock()
	defer in.mu.Unlock()
	m := in.meta[i]
	delete(in.meta, i)
	return m
}

// all yields the records, a nil household for a line that could not be
// decoded (its error kept for take). It stops when the input ends, reading
// fails (kept for failed) or the request's context is done.
func (in *records) all() iter.Seq[*household.Household] {
	return func(yield func(*household.Household) bool) {
		for n, i := 1, 0; ; n++ {
			if in.ctx.Err() != nil {
				return
			}
			in.rc.SetReadDeadline(time.Now().Add(in.timeout)) // not every writer can: then the server's timeout stands
			line, tooLong, err := in.line()
			if err != nil && err != io.EOF {
				in.mu.Lock()
				in.err = err
				in.mu.Unlock()
				return
			}
			if tooLong || !benefit.BlankLine(line) {
				var h *household.Household
				m := record{line: n}
				if tooLong {
					m.err = errTooLong
				} else if h, m.err = household.Unmarshal(line); m.err != nil {
					h = nil
				}
				in.mu.Lock()
				in.meta[i] = m
				in.mu.Unlock()
				i++
				if !yield(h) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// errTooLong is the error of a line over the limit of one record.
var errTooLong = policy.Path("(input)").TooLong("",
	"the line is over the limit of "+strconv.Itoa(household.MaxRecordBytes)+" bytes (4 MiB)")

// line reads the next line without its end ("\n" or "\r\n"), as
// benefit.BatchJSONL reads one, so that a record of household.MaxRecordBytes
// is read here as there. The slice is valid until the next call. A line
// over household.MaxRecordBytes is read to its end and dropped: tooLong.
func (in *records) line() (data []byte, tooLong bool, err error) {
	data, err = in.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		in.long = append(in.long[:0], data...)
		for err == bufio.ErrBufferFull {
			data, err = in.br.ReadSlice('\n')
			if !tooLong {
				in.long = append(in.long, data...)
				if len(in.long) > household.MaxRecordBytes+2 { // +2: "\r\n"
					tooLong, in.long = true, in.long[:0]
				}
			}
		}
		data = in.long
	}
	data = bytes.TrimSuffix(bytes.TrimSuffix(data, []byte("\n")), []byte("\r"))
	if tooLong || len(data) > household.MaxRecordBytes {
		return nil, true, err
	}
	return data, false, err
}
