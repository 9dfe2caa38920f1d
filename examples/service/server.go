package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
	"time"
)

// timeouts bound how long a connection may take over each part of a
// request, so that a slow or idle client cannot hold a connection open.
type timeouts struct {
	readHeader time.Duration // the request line and headers
	read       time.Duration // the whole request, body included (a batch extends it line by line)
	write      time.Duration // from the end of the headers to the end of the response, so longer than read (a batch extends it as it writes)
	idle       time.Duration // a keep-alive connection between requests
}

// defaultTimeouts suit a household record of at most 4 MiB on a slow link.
var defaultTimeouts = timeouts{
	readHeader: 5 * time.Second,
	read:       30 * time.Second,
	write:      60 * time.Second,
	idle:       60 * time.Second,
}

// newHTTPServer returns the http.Server for s with the timeouts of c.
func newHTTPServer(s *service, c config) *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: c.timeouts.readHeader,
		ReadTimeout:       c.timeouts.read,
		WriteTimeout:      c.timeouts.write,
		IdleTimeout:       c.timeouts.idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(netHTTPLog{s.logger}, "", 0), // TLS handshakes and the like
	}
}

// netHTTPLog takes net/http's own log lines ("http: TLS handshake error
// from 192.0.2.7:40178: EOF" and the like) as the service's warnings, every
// address in them withheld: a client's address is personal data.
type netHTTPLog struct{ logger *slog.Logger }

func (l netHTTPLog) Write(p []byte) (int, error) {
	l.logger.Warn(addresses.ReplaceAllString(strings.TrimSpace(string(p)), "(address withheld)"))
	return len(p), nil
}

// addresses matches an IPv4 or bracketed IPv6 address, with its port if it
// has one, as net/http writes a connection's remote address.
// A bracket holds an address only with a colon in it, so "[303]" (a TLS
// version) and "[running]" stay; a dotted quad is withheld whatever it is.
var addresses = regexp.MustCompile(`\[[0-9A-Fa-f.]*:[0-9A-Za-z.:%_-]*\](:\d+)?|\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b`)

// signalContext returns a context done on SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// serve listens on c.addr and serves s until ctx is done, then shuts down
// gracefully: it stops accepting, lets the requests under way finish
// within c.shutdown, and closes what is left after that.
func serve(ctx context.Context, s *service, c config, e env) error {
	srv := newHTTPServer(s, c)
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	scheme := "http"
	if c.cert != "" {
		cert, err := tls.LoadX509KeyPair(c.cert, c.key)
		if err != nil {
			ln.Close()
			return fmt.Errorf("loading -cert and -key: %w", err)
		}
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		scheme = "https"
	}
	s.logger.Info("serving", "addr", ln.Addr().String(), "scheme", scheme, "token", s.token != nil)
	if e.ready != nil {
		e.ready(ln.Addr())
	}
	served := make(chan error, 1)
	go func() {
		if c.cert != "" {
			served <- srv.ServeTLS(ln, "", "")
		} else {
			served <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-served:
		return err // the listener failed: nothing to shut down
	case <-ctx.Done():
	}
	s.logger.Info("shutting down", "deadline", c.shutdown)
	sctx, cancel := context.WithTimeout(context.Background(), c.shutdown)
	defer cancel()
	err = srv.Shutdown(sctx)
	if err != nil {
		srv.Close() // the deadline passed: close the connections still open
		err = fmt.Errorf("shutdown: requests still under way after %v were cut off: %w", c.shutdown, err)
	}
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) {
		return errors.Join(err, serr)
	}
	if err == nil {
		s.logger.Info("stopped")
	}
	return err
}

// loopback reports whether addr (host:port) listens on loopback only: an IP
// loopback address or "localhost". An empty host is every interface, and
// any other name may resolve anywhere, so neither is loopback.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
