// Command service is an HTTP service built on the library, fit to deploy and
// meant to be copied: it imports only the library's public packages.
//
// Without flags it runs a demo: it serves on a free loopback port, posts a
// sample household and a bad record to itself, prints both answers and
// exits. With -serve or -addr it serves until SIGINT or SIGTERM, then shuts
// down gracefully, finishing the requests under way within -shutdown.
//
//	go run ./examples/service                          # the demo
//	go run ./examples/service -serve                   # serve on 127.0.0.1:8080; the caseworker's page is at /
//	go run ./examples/service -addr :8443 -token-file token -cert cert.pem -key key.pem
//	curl -H 'Content-Type: application/json' --data-binary @h.json 'localhost:8080/assess?date=2017-09-01'
//	curl -H 'Content-Type: application/x-ndjson' --data-binary @county.jsonl 'localhost:8080/batch?date=2017-09-01'
//
// Flags:
//
//	-serve             serve until interrupted (on -addr, by default 127.0.0.1:8080)
//	-addr host:port    serve on this address (implies -serve); empty host means every interface
//	-token-file path   file holding the bearer token (at least 16 bytes, surrounding space trimmed);
//	                   required when the address is not loopback
//	-cert, -key path   serve HTTPS with this certificate and key (both or neither)
//	-params path       load this parameter set (JSON, see benefit.Decode) too; repeatable
//	-reform path       load this parameter set as a reform; repeatable. The reform is the
//	                   baseline's sets with each set that starts on the same day as a reform
//	                   set replaced by it, and the other reform sets added; POST
//	                   charts/difference compares it with the baseline
//	-builtin           load the built-in 2017 set (default true)
//	-shutdown d        how long a graceful shutdown waits for requests under way (default 10s)
//
// # Limits
//
// A connection has 5 s to send its headers, 30 s to send a request and 60 s
// to take the answer, and is closed after 60 s idle; /batch extends its
// read and write deadlines line by line, and /charts its read deadline line
// by line, its answer then having 60 s of its own. A body of /assess is
// limited to household.MaxRecordBytes (4 MiB; over it, 413); a body of
// /batch, which is streamed, has no limit of its own, each of its lines
// being limited to 4 MiB (a longer line is that record's error); a body of
// /charts, which the service reads whole into one budget, is limited to
// 16 MiB, and its chart to chart.MaxTownships bars however many townships
// the records name. Each request's memory is bounded so — a /charts
// request at its limit, a different township a record, held about 200 MB
// while it ran — but the service does not limit how many requests run at
// once: a deployment open to untrusted clients limits them in front of it.
//
// # Routes
//
// Routes, as paths below the service's root (the route openapi.json
// describes them all as OpenAPI 3.1):
//
//	GET  /                  the caseworker's page: a household form, the breakdown as a caseworker reads it
//	GET  page/{file}        the page's style sheet and script
//	POST assess?date=D      one household record (application/json) → its breakdown (compact JSON, schema_version first)
//	POST batch?date=D       JSON Lines in (application/x-ndjson or application/jsonl) → JSON Lines out, streamed
//	POST charts/{name}?date=D  JSON Lines in → a chart as SVG inside JSON: "outlays", the monthly outlay
//	                        by programme and payer; "difference", the reform's cost difference by
//	                        township and programme (only with -reform)
//	GET  parameters         the loaded parameter sets, every parameter with its provenance and source
//	GET  schema/{name}      a JSON Schema of the records and results
//	GET  openapi.json       the OpenAPI document
//	GET  healthz            health, never behind the token
//
// # Access, refusals and the log
//
// Records hold personal data, so access is closed by default: the service
// listens on loopback unless given an address, and anywhere else it requires
// "Authorization: Bearer <token>" on every route but health and the page
// (which holds no data and asks for the token itself).
//
// Every refusal the service makes is JSON,
// {"errors": [{"type", "path", "value", "detail"}…]}, built from the
// library's field errors; 404 and 405 too. A value is quoted as the
// library quotes it, what cannot be seen escaped: an id holding a
// zero-width space is refused as members[1].id: "m1\u200b" has an
// invisible character U+200B at byte 2, and the page shows it so. A query
// must be the date alone, read whole (another parameter, a misspelt one
// included, or a pair that is not name=value escaped is a 400, never
// passed over), and a body must be sent as it is: a Content-Encoding other
// than identity, or a second Content-Type, is a 415; a body too slow for
// the read timeout is a 408. (net/http refuses some requests before the
// service sees them, in plain text: a malformed request with 400, headers
// over 64 KiB with 431; and it redirects a path that is not clean, such as
// //assess, to its clean form.)
//
// The log has one line a request: method, route pattern, status and
// duration, never a path, query, body or record; and net/http's own
// warnings (a TLS handshake that failed, say), with every address in them
// withheld.
//
// # Cancellation
//
// Work stops when the client goes: /assess checks the request's context
// before decoding, assessing and writing, and /batch reads its input line by
// line, checking the context before each record, so a batch whose client
// has gone stops within the records already in flight (whose answers it
// writes until a write fails: a read that fails ends the context too, and
// the answers of what was read are still owed). (The library's Assess and
// BatchJSONL take no context; the service does this itself.) /charts reads
// its records one by one too, checking the context before each; a record
// that cannot be decoded or assessed is counted and listed (the first ten)
// and the chart drawn from the others.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	ctx, stop := signalContext()
	defer stop()
	err := run(ctx, os.Args[1:], env{stdout: os.Stdout, stderr: os.Stderr})
	switch {
	case errors.Is(err, flag.ErrHelp):
		return // -h printed the usage: not a failure
	case errors.Is(err, errUsage):
		var msg badFlag
		if errors.As(err, &msg) { // the flag package printed its own
			fmt.Fprintln(os.Stderr, "service:", msg)
		}
		stop()
		os.Exit(2) // a bad command line, already reported
	case err != nil:
		fmt.Fprintln(os.Stderr, "service:", err)
		stop()
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

// env is what run talks to: its output streams and, for tests, a hook told
// the address once the service listens.
type env struct {
	stdout, stderr io.Writer
	ready          func(net.Addr)
}

// config is the service's configuration, from its flags.
type config struct {
	serve     bool
	addr      string
	tokenFile string
	cert, key string
	params    []string
	reforms   []string
	builtin   bool
	shutdown  time.Duration
	timeouts  timeouts
}

// defaultAddr is where -serve listens without -addr: loopback only.
const defaultAddr = "127.0.0.1:8080"

// defaultShutdown is how long a graceful shutdown waits by default.
const defaultShutdown = 10 * time.Second

// parseFlags reads the flags into a config and checks that they agree.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	c := config{timeouts: defaultTimeouts}
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&c.serve, "serve", false, "serve until interrupted (on -addr, by default "+defaultAddr+")")
	fs.StringVar(&c.addr, "addr", "", "serve on this `host:port` (implies -serve); an empty host is every interface")
	fs.StringVar(&c.tokenFile, "token-file", "", "`file` holding the bearer token; required when the address is not loopback")
	fs.StringVar(&c.cert, "cert", "", "TLS certificate `file` (PEM), with -key")
	fs.StringVar(&c.key, "key", "", "TLS key `file` (PEM), with -cert")
	fs.Func("params", "load the parameter set in this JSON `file` too (repeatable)", func(s string) error {
		c.params = append(c.params, s)
		return nil
	})
	fs.Func("reform", "load the parameter set in this JSON `file` as a reform, for the difference chart (repeatable)", func(s string) error {
		c.reforms = append(c.reforms, s)
		return nil
	})
	fs.BoolVar(&c.builtin, "builtin", true, "load the built-in 2017 parameter set")
	fs.DurationVar(&c.shutdown, "shutdown", defaultShutdown, "how long a graceful shutdown waits for requests under way")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, err
		}
		return c, errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "service: unexpected arguments: %s\n", strings.Join(fs.Args(), " "))
		return c, errUsage
	}
	if c.addr != "" {
		c.serve = true
	} else {
		c.addr = defaultAddr
	}
	if (c.cert == "") != (c.key == "") {
		return c, badFlag("-cert and -key go together")
	}
	if c.shutdown <= 0 {
		return c, badFlag("-shutdown must be positive")
	}
	if c.serve && c.tokenFile == "" && !loopback(c.addr) {
		return c, badFlag("-addr " + c.addr + " is not loopback: records hold personal data, so give -token-file")
	}
	return c, nil
}

// run runs the service as its flags say: the demo, or serving until ctx is
// done.
func run(ctx context.Context, args []string, e env) error {
	c, err := parseFlags(args, e.stderr)
	if err != nil {
		return err
	}
	s, err := newService(c, e.stderr)
	if err != nil {
		return err
	}
	if !c.serve {
		return demo(s, e)
	}
	return serve(ctx, s, c, e)
}
