package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// isTerminal reports whether w is a terminal: an *os.File that is a
// character device. A file or a pipe is not, so the progress bar's
// carriage returns never land in a log. (/dev/null is a character device
// too; what is written there is lost anyway.)
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// bar is a progress bar on a terminal, redrawn at most every 1% of the
// work (or every 10,000 records when their number is not known). A bar
// that is off draws nothing.
type bar struct {
	w          io.Writer
	n, i, next int // n is 0 when the number of records is not known
	off        bool
}

func newBar(w io.Writer, n int, off bool) *bar {
	b := &bar{w: w, n: n, off: off}
	b.draw()
	return b
}

func (b *bar) step() {
	b.i++
	if b.i >= b.next {
		b.draw()
	}
}

func (b *bar) draw() {
	if b.off {
		return
	}
	if b.n == 0 {
		fmt.Fprintf(b.w, "\r%d records read", b.i)
		b.next = b.i + 10000
		return
	}
	const width = 40
	filled := b.i * width / b.n
	fmt.Fprintf(b.w, "\r[%-*s] %3d%% %d/%d", width, strings.Repeat("#", filled), b.i*100/b.n, b.i, b.n)
	b.next = b.i + max(b.n/100, 1)
}

// done ends the bar's line.
func (b *bar) done() {
	if b.off {
		return
	}
	b.draw()
	fmt.Fprintln(b.w)
}

// rate says how long a run of n households took and how many a second.
func rate(n int, d time.Duration) string {
	return fmt.Sprintf("%s in %.2fs (%.0f households/s)", plural(n, "户", "household", "households"), d.Seconds(),
		float64(n)/d.Seconds())
}
