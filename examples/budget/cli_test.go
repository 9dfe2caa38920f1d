package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// TestIsTerminal: the progress bar is drawn only on a character device; a
// buffer, a file and a pipe are not one.
func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	tests := []struct {
		name, desc string
		w          io.Writer
		want       bool
	}{
		{name: "buffer", desc: "内存缓冲 / a buffer", w: new(bytes.Buffer)},
		{name: "file", desc: "普通文件 / a regular file", w: f},
		{name: "pipe", desc: "管道 / a pipe", w: w},
	}
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		defer null.Close()
		tests = append(tests, struct {
			name, desc string
			w          io.Writer
			want       bool
		}{name: "char-device", desc: "字符设备（如终端）/ a character device, as a terminal is", w: null, want: true})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isTerminal(tc.w); got != tc.want {
				t.Errorf("%s: isTerminal = %v, want %v", tc.desc, got, tc.want)
			}
		})
	}

	// Run with stderr a file: no bar, no carriage return in it.
	var out bytes.Buffer
	if code := run([]string{"-n", "500"}, strings.NewReader(""), &out, f); code != exitOK {
		t.Fatalf("exit status %d", code)
	}
	written, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsRune(written, '\r') || len(written) > 0 {
		t.Errorf("stderr, a file, holds %q", written)
	}
}

// TestAlignment: in every text table, mixed Chinese and English, each row
// ends in the same display column (the figures are right-aligned), so the
// columns line up on a terminal.
func TestAlignment(t *testing.T) {
	for _, args := range [][]string{{"-n", "300"}, {"-in", "testdata/six.jsonl", "-reform", reform}} {
		_, out, _ := runCmd(t, args...)
		for _, block := range strings.Split(out, "\n\n")[1:] {
			lines := strings.Split(strings.TrimRight(block, "\n"), "\n")[1:] // the title apart
			if len(lines) < 2 || strings.Contains(lines[0], "无 / none") {
				continue
			}
			want := runewidth.StringWidth(lines[0])
			for _, l := range lines[1:] {
				if w := runewidth.StringWidth(l); w != want {
					t.Errorf("%v: a row %d columns wide, its heading %d:\n%s\n%s", args, w, want, lines[0], l)
				}
			}
		}
	}
}

// TestPlural: one household, one person: no "1 persons".
func TestPlural(t *testing.T) {
	code, _, errs := runCmd(t, "-in", "-", "-time")
	if code != exitOK || !strings.Contains(errs, "0 户 households in") {
		t.Errorf("empty input: exit status %d, stderr %q", code, errs)
	}
	var out, errw bytes.Buffer
	one := `{"id":"P-1","township":"镇甲","members":[{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}}]}` + "\n" +
		`{"id":"P-2","township":"镇甲","members":[]}` + "\n"
	if code := run([]string{"-in", "-", "-time"}, strings.NewReader(one), &out, &errw); code != exitFailed {
		t.Errorf("exit status %d", code)
	}
	for _, want := range []string{"budget: 2 户 households in", "budget: 1 of 2 条 records could not be assessed"} {
		if !strings.Contains(errw.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errw.String())
		}
	}
	if one := regexp.MustCompile(`(^|[^0-9.])1 (户 |人 |条 )?(households|persons|records)\b`); one.MatchString(out.String() + errw.String()) {
		t.Errorf("a plural for one:\n%s%s", out.String(), errw.String())
	}
	if !strings.Contains(out.String(), "budget of 标准输入 stdin") {
		t.Errorf("the report does not name its input:\n%s", out.String())
	}
}

// TestCharts: -svg writes the charts, each well-formed XML.
func TestCharts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	code, _, errs := runCmd(t, "-n", "300", "-reform", reform, "-svg", dir)
	if code != exitOK {
		t.Fatalf("exit status %d: %s", code, errs)
	}
	for _, name := range []string{"outlays.svg", "outlays-reform.svg", "difference.svg"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed: %v", name, err)
			}
		}
	}
}

// TestDeterministic: one input gives one report, whatever the number of
// workers.
func TestDeterministic(t *testing.T) {
	_, a, _ := runCmd(t, "-n", "2000", "-workers", "1", "-reform", reform)
	_, b, _ := runCmd(t, "-n", "2000", "-workers", "3", "-reform", reform)
	if a != b {
		t.Errorf("reports differ between 1 and 3 workers")
	}
}
