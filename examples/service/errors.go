package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"

	"github.com/safetynet-go/safetynet/policy"
)

// Error types of the service's own refusals, beside the library's
// (policy.ErrorInvalid, policy.ErrorNotFound…): what a client switches on.
const (
	typeMethodNotAllowed policy.ErrorType = "method-not-allowed"     // 405
	typeUnsupportedMedia policy.ErrorType = "unsupported-media-type" // 415
	typeUnauthorized     policy.ErrorType = "unauthorized"           // 401
	typeInternal         policy.ErrorType = "internal"               // 500: the detail says no more
)

// errorBody is every refusal's JSON: {"errors": [{"type", "path", "value",
// "detail"}…]}, the library's field errors as data. Errors name field paths
// and quote field values, never a whole record.
type errorBody struct {
	Errors []*policy.FieldError `json:"errors"`
}

// writeErrors answers status with the field errors as JSON.
func writeErrors(w http.ResponseWriter, status int, fes ...*policy.FieldError) {
	if fes == nil {
		fes = []*policy.FieldError{} // "errors": [], never null
	}
	js, err := json.Marshal(errorBody{Errors: fes})
	if err != nil { // a FieldError is strings only: this cannot happen
		js = []byte(`{"errors":[{"type":"internal","path":"","detail":"internal error"}]}`)
	}
	js = append(js, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(js)))
	w.WriteHeader(status)
	w.Write(js)
}

// writeError answers an error from the library: 400 with its field errors
// for bad input or a date no set covers, and 500, with nothing of the
// error in the answer or the log, for anything else.
func (s *service) writeError(w http.ResponseWriter, err error) {
	if errors.Is(err, policy.ErrInvalid) || errors.Is(err, policy.ErrNoParams) {
		fes := policy.ErrorList(err)
		if errors.Is(err, policy.ErrNoParams) && len(policy.FieldErrors(err)) == 0 {
			fes = []*policy.FieldError{{Type: policy.ErrorInvalid, Path: "date", Detail: err.Error()}}
		}
		writeErrors(w, http.StatusBadRequest, fes...)
		return
	}
	s.logger.Error("internal error", "kind", fmt.Sprintf("%T", err)) // its text may quote the record: not logged
	writeErrors(w, http.StatusInternalServerError, &policy.FieldError{Type: typeInternal, Detail: "internal error"})
}

// readFailure is the error of a body that could not be read, in words of
// the service's own where the reader's would name the connection's
// addresses (a client's address is personal data): a read that timed out
// (the server's read timeout covers a whole request, or with /batch and
// /charts a line), a body ended early, a connection that failed. Other
// errors — the chunked encoding's, say — name no address and are given as
// they are. Its status is 408 Request Timeout for a read that timed out,
// 400 for any other failure.
func readFailure(err error) (int, *policy.FieldError) {
	status, detail := http.StatusBadRequest, "reading the body: "
	var ne net.Error // *net.OpError among them, which names the addresses, and os.ErrDeadlineExceeded
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		detail += "the body ended early"
	case errors.As(err, &ne) && ne.Timeout():
		status, detail = http.StatusRequestTimeout, detail+"the read timed out"
	case errors.As(err, &ne):
		detail += "the connection failed"
	default:
		detail += err.Error()
	}
	return status, policy.Path("(input)").Invalid("", detail)
}
