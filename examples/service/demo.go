package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"

	"github.com/safetynet-go/safetynet/samples"
)

// demo serves s on a free loopback port (told to e.ready), posts a sample
// household and a bad record to it, prints what it answers to e.stdout,
// and stops.
func demo(s *service, e env) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	if e.ready != nil {
		e.ready(ln.Addr())
	}
	out := e.stdout
	srv := newHTTPServer(s, config{timeouts: defaultTimeouts})
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	url := base + "/assess?date=" + samples.Date().String()

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
	fmt.Fprintf(out, "Serve it with -serve and open %s/ for the caseworker's page; %s/openapi.json lists every route.\n",
		"http://"+defaultAddr, "http://"+defaultAddr)
	return nil
}
