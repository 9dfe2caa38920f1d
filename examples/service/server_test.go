package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/samples"
)

// started is a service serving on a loopback port for one test.
type started struct {
	addr   string
	cancel context.CancelFunc // asks for a graceful shutdown
	done   chan struct{}      // closed when serve has returned
	err    error              // serve's result, once done
	logs   *syncBuffer        // the service's log
}

// startServe runs serve with c (on a free loopback port) until the test
// ends or cancel is called.
func startServe(t *testing.T, c config) *started {
	t.Helper()
	c.addr = "127.0.0.1:0"
	if c.shutdown == 0 {
		c.shutdown = defaultShutdown
	}
	s, logs := newTestService(t, &c)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan net.Addr, 1)
	st := &started{cancel: cancel, done: make(chan struct{}), logs: logs}
	go func() {
		defer close(st.done)
		st.err = serve(ctx, s, c, env{stdout: io.Discard, stderr: io.Discard, ready: func(a net.Addr) { ready <- a }})
	}()
	select {
	case a := <-ready:
		st.addr = a.String()
	case <-st.done:
		t.Fatalf("serve: %v", st.err)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-st.done:
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop")
		}
	})
	return st
}

// closedWithin reports whether the server closes conn (or answers and
// closes) within d.
func closedWithin(conn net.Conn, d time.Duration) bool {
	conn.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return false
	}
	return true
}

// TestTimeouts checks that a slow or idle client cannot hold a connection:
// each case's connection is closed by the server well before the test's
// own deadline.
func TestTimeouts(t *testing.T) {
	t.Parallel() // waits out timeouts: overlaps the other waiting tests
	short := timeouts{readHeader: 200 * time.Millisecond, read: 400 * time.Millisecond,
		write: time.Second, idle: 300 * time.Millisecond}
	st := startServe(t, config{builtin: true, timeouts: short})
	tests := []struct {
		name, desc string
		send       string // what the client sends, then it stalls
		request    bool   // a whole request: read its answer first, then stall
		wantStatus int    // the answer the server sends before closing, if any
	}{
		{name: "slow-headers", desc: "请求头未发完 / headers never finished",
			send: "POST /assess?date=2017-09-01 HTTP/1.1\r\nHost: x\r\n"},
		{name: "slow-body", desc: "请求体未发完 / a body never finished",
			send:       "POST /assess?date=2017-09-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":",
			wantStatus: http.StatusRequestTimeout},
		{name: "slow-batch", desc: "批量请求体未发完，尚未作答 / a batch body never finished, before its first answer",
			send:       "POST /batch?date=2017-09-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000\r\n\r\n{\"id\":",
			wantStatus: http.StatusRequestTimeout},
		{name: "slow-charts", desc: "图表请求体未发完 / a chart's body never finished",
			send:       "POST /charts/outlays?date=2017-09-01 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000\r\n\r\n{\"id\":",
			wantStatus: http.StatusRequestTimeout},
		{name: "idle", desc: "空闲的长连接 / an idle keep-alive connection",
			send: "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", request: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			conn, err := net.Dial("tcp", st.addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tc.send); err != nil {
				t.Fatal(err)
			}
			if tc.request || tc.wantStatus != 0 {
				conn.SetReadDeadline(time.Now().Add(3 * time.Second))
				resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if tc.wantStatus != 0 && resp.StatusCode != tc.wantStatus {
					t.Errorf("%s\nstatus %d, want %d (too slow is a timeout: neither bad nor too large)", tc.desc, resp.StatusCode, tc.wantStatus)
				}
			}
			if !closedWithin(conn, 3*time.Second) {
				t.Errorf("%s\nthe connection is still open after 3 s", tc.desc)
			}
		})
	}
	t.Run("server-fields", func(t *testing.T) {
		s, _ := newTestService(t, nil)
		srv := newHTTPServer(s, config{timeouts: defaultTimeouts})
		if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
			t.Errorf("每种超时都须设置 / every timeout must be set: %+v", defaultTimeouts)
		}
		if srv.WriteTimeout <= srv.ReadTimeout {
			t.Errorf("写超时自请求头读完起算，须长于读超时，否则读超时的 408 发不出去 / the write timeout runs from the end "+
				"of the headers, so it must be longer than the read timeout or a slow body's 408 is never sent: %+v", defaultTimeouts)
		}
	})
}

// slowBatch starts a batch whose client sends one record and holds the
// body open until release is closed; it returns the answer's first line.
func slowBatch(t *testing.T, addr string, release <-chan struct{}) (firstLine <-chan string, result <-chan error) {
	t.Helper()
	raw, err := samples.Raw("h02-dongliu")
	if err != nil {
		t.Fatal(err)
	}
	line := strings.ReplaceAll(string(raw), "\n", " ") + "\n"
	pr, pw := io.Pipe()
	go func() {
		io.WriteString(pw, line)
		<-release
		pw.Close()
	}()
	first, res := make(chan string, 1), make(chan error, 1)
	go func() {
		req, _ := http.NewRequest("POST", "http://"+addr+"/batch?date=2017-09-01", pr)
		req.Header.Set("Content-Type", typeNDJSON)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			first <- "error: " + err.Error()
			res <- err
			return
		}
		defer resp.Body.Close()
		br := bufio.NewReader(resp.Body)
		l, err := br.ReadString('\n')
		first <- l
		if err == nil {
			_, err = io.Copy(io.Discard, br)
		}
		res <- err
	}()
	return first, res
}

// TestShutdown cancels a serving service's context, as SIGTERM does, while
// a batch is under way.
func TestShutdown(t *testing.T) {
	t.Parallel() // waits out a shutdown: overlaps the other waiting tests
	t.Run("graceful", func(t *testing.T) {
		t.Parallel()
		st := startServe(t, config{builtin: true, timeouts: defaultTimeouts, shutdown: 5 * time.Second})
		release := make(chan struct{})
		first, res := slowBatch(t, st.addr, release)
		if l := <-first; !strings.Contains(l, `"household":"H-SAMPLE-02"`) {
			t.Fatalf("first line %.200q", l)
		}
		st.cancel()
		time.Sleep(100 * time.Millisecond)
		if _, err := net.Dial("tcp", st.addr); err == nil {
			t.Error("关闭开始后仍接受连接 / still accepting after the shutdown began")
		}
		close(release)
		if err := <-res; err != nil {
			t.Errorf("进行中的请求须完成 / the request under way must finish: %v", err)
		}
		<-st.done
		if st.err != nil {
			t.Errorf("serve: %v", st.err)
		}
		for _, want := range []string{`level=INFO msg="shutting down" deadline=5s`, "level=INFO msg=stopped"} {
			if !strings.Contains(st.logs.String(), want) {
				t.Errorf("日志须记下关闭 / the log lacks %q: %s", want, st.logs)
			}
		}
	})
	t.Run("deadline", func(t *testing.T) {
		t.Parallel()
		st := startServe(t, config{builtin: true, timeouts: defaultTimeouts, shutdown: 300 * time.Millisecond})
		release := make(chan struct{})
		defer close(release)
		first, _ := slowBatch(t, st.addr, release)
		<-first
		start := time.Now()
		st.cancel()
		select {
		case <-st.done:
			if st.err == nil || !strings.Contains(st.err.Error(), "cut off") {
				t.Errorf("超时后应报告被中断的请求 / after the deadline serve reports the requests cut off: %v", st.err)
			}
			if strings.Contains(st.logs.String(), "msg=stopped") {
				t.Errorf("请求被中断时不记“stopped” / requests cut off: not logged as stopped: %s", st.logs)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("关闭未在时限内结束 / the shutdown did not end near its deadline")
		}
		t.Logf("stopped %v after the signal (deadline 300ms)", time.Since(start).Round(time.Millisecond))
	})
}

// TestSignals checks that SIGTERM and SIGINT end the context serve waits on.
func TestSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			ctx, stop := signalContext()
			defer stop()
			if err := syscall.Kill(os.Getpid(), sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Second):
				t.Fatalf("%v did not end the context", sig)
			}
		})
	}
}

// TestTLS serves HTTPS with a certificate and key made for the test.
func TestTLS(t *testing.T) {
	dir := t.TempDir()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600)

	st := startServe(t, config{builtin: true, timeouts: defaultTimeouts, cert: certFile, key: keyFile})
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Get("https://" + st.addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.TLS == nil {
		t.Errorf("status %d, TLS %v", resp.StatusCode, resp.TLS != nil)
	}
	if want := "level=INFO msg=serving addr=" + st.addr + " scheme=https token=false"; !servingLogged(st, want) {
		t.Errorf("log %q, want a line ending %q", st.logs, want)
	}
	if resp, err := http.Get("http://" + st.addr + "/healthz"); err == nil {
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Error("纯 HTTP 不应得到答复 / plain HTTP must not be served")
		}
	}
}

// servingLogged reports whether st's log says, after the time, want as it
// starts serving.
func servingLogged(st *started, want string) bool {
	for _, line := range strings.Split(st.logs.String(), "\n") {
		if _, after, _ := strings.Cut(line, " "); after == want {
			return true
		}
	}
	return false
}

// TestServingLog: the service logs where it listens, over what, and
// whether it takes a token.
func TestServingLog(t *testing.T) {
	tests := []struct {
		name, desc string
		c          config
		want       string // after the address
	}{
		{name: "plain", desc: "HTTP，无令牌 / HTTP, no token", c: config{builtin: true, timeouts: defaultTimeouts},
			want: " scheme=http token=false"},
		{name: "token", desc: "HTTP，有令牌 / HTTP with a token",
			c:    config{builtin: true, timeouts: defaultTimeouts, tokenFile: writeToken(t, "0123456789abcdef0123")},
			want: " scheme=http token=true"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := startServe(t, tc.c)
			if want := "level=INFO msg=serving addr=" + st.addr + tc.want; !servingLogged(st, want) {
				t.Errorf("%s: log %q, want a line %q after the time", tc.desc, st.logs, want)
			}
		})
	}
}

// TestHTTPServerSettings states what the package documentation promises a
// connection: 5 s to send its headers, 30 s to send a request, 60 s to
// take the answer, closed after 60 s idle, and headers of at most 64 KiB.
func TestHTTPServerSettings(t *testing.T) {
	s, _ := newTestService(t, nil)
	srv := newHTTPServer(s, config{timeouts: defaultTimeouts})
	got := [5]any{srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout, srv.MaxHeaderBytes}
	want := [5]any{5 * time.Second, 30 * time.Second, 60 * time.Second, 60 * time.Second, 64 << 10}
	if got != want {
		t.Errorf("read header, read, write, idle, header bytes = %v, want %v", got, want)
	}
}
