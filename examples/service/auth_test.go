package main

import (
	"errors"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/samples"
)

// TestLoopback is the table of addresses the service may listen on
// without a token.
func TestLoopback(t *testing.T) {
	tests := []struct {
		name, desc, addr string
		want             bool
	}{
		{name: "ipv4", desc: "127.0.0.1 为回环 / 127.0.0.1 is loopback", addr: "127.0.0.1:8080", want: true},
		{name: "ipv4-other", desc: "127.0.0.0/8 皆为回环 / all of 127.0.0.0/8 is loopback", addr: "127.1.2.3:80", want: true},
		{name: "ipv6", desc: "::1 为回环 / ::1 is loopback", addr: "[::1]:8080", want: true},
		{name: "localhost", desc: "localhost 为回环 / localhost is loopback", addr: "localhost:8080", want: true},
		{name: "every-interface", desc: "空主机即所有接口 / an empty host is every interface", addr: ":8080", want: false},
		{name: "unspecified", desc: "0.0.0.0 即所有接口 / 0.0.0.0 is every interface", addr: "0.0.0.0:8080", want: false},
		{name: "unspecified6", desc: ":: 即所有接口 / :: is every interface", addr: "[::]:8080", want: false},
		{name: "lan", desc: "局域网地址 / a LAN address", addr: "10.0.0.5:80", want: false},
		{name: "name", desc: "其他主机名可能解析到任何地方 / another name may resolve anywhere", addr: "example.org:80", want: false},
		{name: "no-port", desc: "无端口：不是可监听的地址 / no port: not an address", addr: "127.0.0.1", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := loopback(tc.addr); got != tc.want {
				t.Errorf("%s\nloopback(%q) = %v, want %v", tc.desc, tc.addr, got, tc.want)
			}
		})
	}
}

// writeToken writes a token file and returns its path.
func writeToken(t *testing.T, token string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(p, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFlags is the table of flag sets the service refuses to start with,
// and of what it makes of the others.
func TestFlags(t *testing.T) {
	tok := writeToken(t, "0123456789abcdef0123")
	tests := []struct {
		name, desc string
		args       []string
		wantErr    string // part of the error; empty for none
		wantIs     error  // the error it wraps (errUsage, flag.ErrHelp); nil for none
		wantServe  bool
		wantAddr   string
	}{
		{name: "none", desc: "无参数：演示 / no flags: the demo", wantAddr: defaultAddr},
		{name: "serve", desc: "-serve 默认只听回环 / -serve listens on loopback by default",
			args: []string{"-serve"}, wantServe: true, wantAddr: "127.0.0.1:8080"},
		{name: "addr", desc: "-addr 即服务 / -addr serves", args: []string{"-addr", "127.0.0.1:9000"}, wantServe: true, wantAddr: "127.0.0.1:9000"},
		{name: "open-no-token", desc: "非回环地址须有令牌 / off loopback a token is required",
			args: []string{"-addr", ":8080"}, wantIs: errUsage,
			wantErr: "-addr :8080 is not loopback: records hold personal data, so give -token-file"},
		{name: "open-token", desc: "非回环地址带令牌 / off loopback with a token",
			args: []string{"-addr", ":8080", "-token-file", tok}, wantServe: true, wantAddr: ":8080"},
		{name: "cert-alone", desc: "-cert 须与 -key 同给 / -cert goes with -key",
			args: []string{"-serve", "-cert", "c.pem"}, wantIs: errUsage, wantErr: "-cert and -key go together"},
		{name: "bad-shutdown", desc: "关闭时限须为正 / the shutdown deadline must be positive",
			args: []string{"-shutdown", "0s"}, wantIs: errUsage, wantErr: "-shutdown must be positive"},
		{name: "shortest-shutdown", desc: "关闭时限 1 纳秒亦为正 / a shutdown deadline of 1 ns is positive",
			args: []string{"-shutdown", "1ns"}, wantAddr: defaultAddr},
		{name: "stray", desc: "多余参数：用法错误，退出码 2 / a stray argument: a usage error, exit status 2",
			args: []string{"serve"}, wantIs: errUsage},
		{name: "unknown-flag", desc: "未知参数：用法错误，退出码 2 / an unknown flag: a usage error, exit status 2",
			args: []string{"-bogus"}, wantIs: errUsage},
		{name: "help", desc: "-h 打印用法，退出码 0 / -h prints the usage, exit status 0",
			args: []string{"-h"}, wantIs: flag.ErrHelp},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseFlags(tc.args, io.Discard)
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Fatalf("%s\nerror %v, want %v", tc.desc, err, tc.wantIs)
			}
			if tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr) {
				t.Fatalf("%s\nerror %v, want %q", tc.desc, err, tc.wantErr)
			}
			if tc.wantIs != nil || tc.wantErr != "" {
				return
			}
			if err != nil {
				t.Fatalf("%s\n%v", tc.desc, err)
			}
			if c.serve != tc.wantServe || c.addr != tc.wantAddr {
				t.Errorf("%s\nserve %v on %q, want %v on %q", tc.desc, c.serve, c.addr, tc.wantServe, tc.wantAddr)
			}
		})
	}
	t.Run("defaults", func(t *testing.T) {
		c, err := parseFlags(nil, io.Discard)
		if err != nil || !c.builtin || c.shutdown != 10*time.Second || c.timeouts != defaultTimeouts {
			t.Errorf("无参数：内置参数集，关闭等 10 秒 / no flags: the built-in set, a 10 s shutdown: %+v, %v", c, err)
		}
	})
}

// TestNewService is the table of what the service is built from — its
// parameter sets and its token — and of the error, naming the flag, when
// it cannot be built.
func TestNewService(t *testing.T) {
	notParams := filepath.Join(t.TempDir(), "params.json")
	if err := os.WriteFile(notParams, []byte(`{"year": "x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	short := writeToken(t, "  0123456789abcde  ")
	tests := []struct {
		name, desc string
		c          config
		wantErr    string // the start of the error; empty for none
	}{
		{name: "builtin", desc: "内置参数集 / the built-in set", c: config{builtin: true}},
		{name: "no-set", desc: "无参数集：拒绝启动 / no set: refused",
			c: config{}, wantErr: "no parameter set: give -params or leave -builtin on"},
		{name: "bad-params", desc: "-params 文件不是参数集：错误点名 -params 与文件 / a -params file that is no set: the error names -params and the file",
			c: config{params: []string{notParams}}, wantErr: "-params " + notParams + ": "},
		{name: "bad-reform", desc: "-reform 文件不是参数集：错误点名 -reform 与文件 / a -reform file that is no set: the error names -reform and the file",
			c: config{builtin: true, reforms: []string{notParams}}, wantErr: "-reform " + notParams + ": "},
		{name: "short-token", desc: "令牌 15 字节，两侧空白不计：拒绝 / a token of 15 bytes, the space around it not counted: refused",
			c: config{builtin: true, tokenFile: short}, wantErr: "-token-file " + short + ": the token is shorter than 16 bytes"},
		{name: "token-16", desc: "令牌恰为 16 字节（两侧空白不计）：接受 / a token of exactly 16 bytes, the space around it not counted: taken",
			c: config{builtin: true, tokenFile: writeToken(t, "  0123456789abcdef  ")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.c.timeouts = defaultTimeouts
			s, err := newService(tc.c, io.Discard)
			if tc.wantErr == "" {
				if err != nil || s == nil {
					t.Fatalf("%s: %v", tc.desc, err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.wantErr) {
				t.Fatalf("%s: error %v, want one starting %q", tc.desc, err, tc.wantErr)
			}
		})
	}
}

// TestAuth is the table of who gets in when the service requires a token:
// every route but health and the page needs it.
func TestAuth(t *testing.T) {
	const token = "0123456789abcdef-token"
	c := config{builtin: true, timeouts: defaultTimeouts, tokenFile: writeToken(t, "  "+token+"  ")}
	s, _ := newTestService(t, &c)
	ts := httptest.NewServer(s)
	defer ts.Close()
	good, err := samples.Raw("h05-guandi")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, desc   string
		method, path string
		auth         string // the Authorization header; empty for none
		want         int
	}{
		{name: "assess-none", desc: "无令牌：401 / no token: 401", method: "POST", path: "/assess?date=2017-09-01", want: 401},
		{name: "assess-wrong", desc: "令牌错误：401 / a wrong token: 401", method: "POST", path: "/assess?date=2017-09-01",
			auth: "Bearer 0123456789abcdef-tokeN", want: 401},
		{name: "assess-prefix", desc: "令牌前缀：401 / a prefix of the token: 401", method: "POST", path: "/assess?date=2017-09-01",
			auth: "Bearer 0123456789abcdef", want: 401},
		{name: "assess-basic", desc: "非 Bearer 方案：401 / not the Bearer scheme: 401", method: "POST", path: "/assess?date=2017-09-01",
			auth: "Basic " + token, want: 401},
		{name: "assess-ok", desc: "令牌正确：200 / the token: 200", method: "POST", path: "/assess?date=2017-09-01",
			auth: "Bearer " + token, want: 200},
		{name: "assess-lowercase", desc: "方案不分大小写 / the scheme is case-insensitive", method: "POST", path: "/assess?date=2017-09-01",
			auth: "bearer " + token, want: 200},
		{name: "batch", desc: "批量须令牌 / batch needs it", method: "POST", path: "/batch?date=2017-09-01", want: 401},
		{name: "parameters", desc: "参数须令牌 / parameters need it", method: "GET", path: "/parameters", want: 401},
		{name: "openapi", desc: "OpenAPI 须令牌 / the OpenAPI document needs it", method: "GET", path: "/openapi.json", want: 401},
		{name: "unknown", desc: "未知路由亦 401，不泄露路由 / an unknown route is 401 too, revealing no routes", method: "GET", path: "/nope", want: 401},
		{name: "health", desc: "健康检查无须令牌 / health needs none", method: "GET", path: "/healthz", want: 200},
		{name: "page", desc: "页面无数据，无须令牌 / the page holds no data and needs none", method: "GET", path: "/", want: 200},
		{name: "page-file", desc: "页面脚本无须令牌 / nor its script", method: "GET", path: "/page/app.js", want: 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var hdr []string
			if tc.auth != "" {
				hdr = []string{"Authorization", tc.auth}
			}
			ctype := ""
			if tc.method == "POST" {
				ctype = typeJSON
			}
			status, h, body := do(t, tc.method, ts.URL+tc.path, ctype, string(good), hdr...)
			if status != tc.want {
				t.Fatalf("%s\nstatus %d, want %d: %.300s", tc.desc, status, tc.want, body)
			}
			if status == http.StatusUnauthorized {
				if h.Get("WWW-Authenticate") == "" {
					t.Errorf("%s\n401 without WWW-Authenticate", tc.desc)
				}
				if diff := cmp.Diff([]fieldErr{{typeUnauthorized, ""}}, decodeErrors(t, body)); diff != "" {
					t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
	t.Run("page-asks", func(t *testing.T) {
		_, _, body := do(t, "GET", ts.URL+"/", "", "")
		if !strings.Contains(string(body), `id="token"`) {
			t.Error("需要令牌时页面应有令牌栏 / the page lacks a token field when a token is required")
		}
	})
}
