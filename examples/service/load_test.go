package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/samples"
)

// loadClients is how many clients post at once.
const loadClients = 8

// loadResult is one load run: requests answered per second and the
// latency percentiles.
type loadResult struct {
	name          string
	requests      int
	perSecond     float64
	p50, p99, max time.Duration
}

func (r loadResult) String() string {
	return fmt.Sprintf("%-8s %7d requests  %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms", r.name, r.requests,
		r.perSecond, ms(r.p50), ms(r.p99), ms(r.max))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// TestLoad is a bounded load test on loopback: it builds the service,
// starts it, and has 8 clients post sample h05 to /assess for a few
// seconds (SAFETYNET_LOAD_SECONDS, default 3), then reports requests per
// second and the p50 and p99 latencies. With SAFETYNET_LOAD_PEER set to
// another build of the service (one that takes -addr and POST /assess,
// such as an earlier commit's), it measures both in turns, in the same
// run, and reports the ratio. The clients share the machine with the
// server, so the figures are the pair's; the test fails only on a wrong
// answer, never on a time. It runs with SAFETYNET_LONG=1:
//
//	SAFETYNET_LONG=1 SAFETYNET_LOAD_PEER=/tmp/svc-old go test ./examples/service -run TestLoad -v
func TestLoad(t *testing.T) {
	if !long() {
		t.Skip("a load test of several seconds: set SAFETYNET_LONG=1 to run it")
	}
	seconds := 3.0
	if s := os.Getenv("SAFETYNET_LOAD_SECONDS"); s != "" {
		var err error
		if seconds, err = strconv.ParseFloat(s, 64); err != nil || seconds <= 0 || seconds > 60 {
			t.Fatalf("SAFETYNET_LOAD_SECONDS=%q: want a number of seconds, at most 60", s)
		}
	}
	bin := filepath.Join(t.TempDir(), "service")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	body, err := samples.Raw("h05-guandi")
	if err != nil {
		t.Fatal(err)
	}
	binaries := [][2]string{{"new", bin}}
	if peer := os.Getenv("SAFETYNET_LOAD_PEER"); peer != "" {
		binaries = [][2]string{{"peer", peer}, {"new", bin}}
	}
	t.Logf("load before: %s", loadAverage())
	var results []loadResult
	for round := range 2 { // in turns, so that the machine's other load falls on both
		for _, b := range binaries {
			r := loadRun(t, b[0], b[1], body, time.Duration(seconds*float64(time.Second)))
			t.Logf("round %d: %v", round+1, r)
			results = append(results, r)
		}
	}
	t.Logf("load after: %s", loadAverage())
	if len(binaries) == 2 {
		var peer, nw loadResult
		for _, r := range results {
			x := &nw
			if r.name == "peer" {
				x = &peer
			}
			x.requests += r.requests
			x.perSecond += r.perSecond / 2
			x.p99 += r.p99 / 2
		}
		t.Logf("new/peer: %.2f× the requests per second; p99 %.2f ms against %.2f ms (means of the rounds)",
			nw.perSecond/peer.perSecond, ms(nw.p99), ms(peer.p99))
	}
}

// loadRun starts a service binary on a free loopback port, loads it for d
// after a short warm-up, and stops it.
func loadRun(t *testing.T, name, bin string, body []byte, d time.Duration) loadResult {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "-addr", addr) // its log goes to /dev/null
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	base := "http://" + addr
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("%s did not start on %s", bin, addr)
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadClients, DisableCompression: true}}
	defer client.CloseIdleConnections()
	url := base + "/assess?date=" + samples.Date().String()
	post := func() error {
		resp, err := client.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || n < 1000 {
			return fmt.Errorf("status %d, %d bytes", resp.StatusCode, n)
		}
		return nil
	}
	// Warm up, then measure.
	warm := time.Now().Add(500 * time.Millisecond)
	for time.Now().Before(warm) {
		if err := post(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		firstErr  error
		wg        sync.WaitGroup
	)
	start := time.Now()
	end := start.Add(d)
	for range loadClients {
		wg.Go(func() {
			var mine []time.Duration
			for {
				t0 := time.Now()
				if !t0.Before(end) {
					break
				}
				if err := post(); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		t.Fatalf("%s: %v", name, firstErr)
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
	return loadResult{name: name, requests: len(latencies), perSecond: float64(len(latencies)) / elapsed.Seconds(),
		p50: pct(0.50), p99: pct(0.99), max: latencies[len(latencies)-1]}
}

// loadAverage is the machine's load average, which the figures depend on:
// other work shares the cores with the server and the clients.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return fmt.Sprintf("%s %s %s (1, 5, 15 min) on %d cores", f[0], f[1], f[2], runtime.NumCPU())
}

// long reports whether the long runs are on: SAFETYNET_LONG set to anything
// but "" or "0", as the library's own tests read it (this example imports
// no internal package, so that it can be copied).
func long() bool {
	v := os.Getenv("SAFETYNET_LONG")
	return v != "" && v != "0"
}
