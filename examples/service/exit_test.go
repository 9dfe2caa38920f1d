package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// mainArgs names the environment variable that makes this test binary run
// main with the arguments it holds (separated by spaces), as the service's
// command would: TestExit runs it so, to see main's exit status and what it
// prints.
const mainArgs = "SAFETYNET_SERVICE_MAIN_ARGS"

func init() {
	if args, ok := os.LookupEnv(mainArgs); ok {
		os.Args = append([]string{"service"}, strings.Fields(args)...)
		main()
		os.Exit(0)
	}
}

// TestExit is the table of how the command ends for a command line that
// goes no further than its flags and parameter sets: 0 for -h; 2 for a bad
// command line, which the flag package or main reports; 1 for a service
// that cannot be built.
func TestExit(t *testing.T) {
	tests := []struct {
		name, desc string
		args       string
		wantCode   int
		wantStderr string // the whole of standard error, or its start when it ends in "…"
	}{
		{name: "help", desc: "-h：打印用法，退出码 0 / -h: the usage, exit status 0",
			args: "-h", wantCode: 0, wantStderr: "Usage of service:\n…"},
		{name: "unknown-flag", desc: "未知参数：flag 包报告，退出码 2 / an unknown flag: the flag package reports it, exit status 2",
			args: "-bogus", wantCode: 2, wantStderr: "flag provided but not defined: -bogus\nUsage of service:\n…"},
		{name: "stray", desc: "多余参数：退出码 2 / stray arguments: exit status 2",
			args: "serve now", wantCode: 2, wantStderr: "service: unexpected arguments: serve now\n"},
		{name: "bad-value", desc: "参数值不合：main 报告，退出码 2 / a bad flag value: main reports it, exit status 2",
			args: "-shutdown 0s", wantCode: 2, wantStderr: "service: -shutdown must be positive\n"},
		{name: "no-set", desc: "无参数集：退出码 1 / no parameter set: exit status 1",
			args: "-builtin=false", wantCode: 1, wantStderr: "service: no parameter set: give -params or leave -builtin on\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), mainArgs+"="+tc.args)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tc.wantCode {
				t.Errorf("%s: exit status %d, want %d: %s", tc.desc, code, tc.wantCode, stderr.String())
			}
			got := stderr.String()
			start, isStart := strings.CutSuffix(tc.wantStderr, "…")
			if isStart && !strings.HasPrefix(got, start) || !isStart && got != tc.wantStderr {
				t.Errorf("%s: standard error %q, want %q", tc.desc, got, tc.wantStderr)
			}
		})
	}
}

// TestUsage states what -h prints: every flag with what it does.
func TestUsage(t *testing.T) {
	var out bytes.Buffer
	if _, err := parseFlags([]string{"-h"}, &out); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("-h: %v, want flag.ErrHelp", err)
	}
	const want = `Usage of service:
  -addr host:port
    	serve on this host:port (implies -serve); an empty host is every interface
  -builtin
    	load the built-in 2017 parameter set (default true)
  -cert file
    	TLS certificate file (PEM), with -key
  -key file
    	TLS key file (PEM), with -cert
  -params file
    	load the parameter set in this JSON file too (repeatable)
  -reform file
    	load the parameter set in this JSON file as a reform, for the difference chart (repeatable)
  -serve
    	serve until interrupted (on -addr, by default 127.0.0.1:8080)
  -shutdown duration
    	how long a graceful shutdown waits for requests under way (default 10s)
  -token-file file
    	file holding the bearer token; required when the address is not loopback
`
	if got := out.String(); got != want {
		t.Errorf("usage:\n%s\nwant:\n%s", got, want)
	}
}
