// Command service is a small HTTP JSON service built on the library: POST a
// household record to /assess and get its entitlement breakdown (RULES.md
// section 3) as JSON; bad input gets 400 with the field-path errors.
//
//	go run ./examples/service                  # demo: serves on a free local port, posts a built-in sample and a bad record to itself, prints both answers, exits
//	go run ./examples/service -addr :8080      # serve until interrupted
//	curl -d @h.json 'localhost:8080/assess?date=2017-09-01'
//
// The service logs requests by method, path, status and size only: records
// hold personal data and are never logged.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	addr := fs.String("addr", "", "serve on this `address` until interrupted (empty: run the demo and exit)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	srv := &http.Server{Handler: newHandler(a, logger), ReadHeaderTimeout: 5 * time.Second}
	if *addr != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		go func() {
			<-ctx.Done()
			srv.Shutdown(context.Background())
		}()
		srv.Addr = *addr
		logger.Info("serving", "addr", *addr)
		if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
	return demo(srv, out)
}

// demo serves on a free local port, posts a sample household and a bad
// record to the service, and prints what it answers.
func demo(srv *http.Server, out io.Writer) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/assess?date=" + samples.Date().String()

	good, err := samples.Raw("h05-guandi")
	if err != nil {
		return err
	}
	bad := []byte(`{"id":"H-BAD","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01",` +
		`"disability":{"type":"physical","grade":7},"incomes":[{"category":"wages","amount":"-5.00"}]}]}`)
	for _, body := range [][]byte{good, bad} {
		resp, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "POST /assess → %s\n%s\n", resp.Status, b)
	}
	return nil
}

// errorBody is the JSON of a refused request: the field errors, as data.
type errorBody struct {
	Errors []*policy.FieldError `json:"errors"`
}

// newHandler returns the service's routes: POST /assess and GET /healthz.
func newHandler(a *benefit.Assessor, logger *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("POST /assess", func(w http.ResponseWriter, r *http.Request) {
		on := samples.Date()
		if d := r.URL.Query().Get("date"); d != "" {
			var err error
			if on, err = household.ParseDate(d); err != nil {
				fes := messages(err)
				for _, fe := range fes {
					fe.Path = "date"
				}
				writeJSON(w, http.StatusBadRequest, errorBody{Errors: fes})
				return
			}
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, household.MaxRecordBytes))
		if err != nil {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Errors: []*policy.FieldError{{Type: policy.ErrorTooLong, Path: "(input)", Detail: "body is over the limit of 4 MiB"}}})
			return
		}
		h, err := household.Unmarshal(body)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{Errors: messages(err)})
			return
		}
		b, err := a.Assess(h, on)
		switch {
		case errors.Is(err, policy.ErrInvalid), errors.Is(err, policy.ErrNoParams):
			writeJSON(w, http.StatusBadRequest, errorBody{Errors: messages(err)})
			return
		case err != nil:
			logger.Error("assess", "err", "internal error") // the error may quote the record: not logged
			writeJSON(w, http.StatusInternalServerError, errorBody{Errors: []*policy.FieldError{{Type: policy.ErrorInvalid, Detail: "internal error"}}})
			return
		}
		js, err := b.Marshal()
		if err != nil {
			writeJSON(w, http.StatusInternalServerError, errorBody{Errors: []*policy.FieldError{{Type: policy.ErrorInvalid, Detail: "internal error"}}})
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(js)
	})
	return logRequests(mux, logger)
}

// messages returns the field errors of err.
func messages(err error) []*policy.FieldError { return policy.ErrorList(err) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// logRequests logs each request's method, path, status and duration: never
// its body or query, which may carry personal data.
func logRequests(next http.Handler, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}
