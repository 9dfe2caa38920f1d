package benefit

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// padRight returns s followed by spaces up to w display columns: a Chinese
// character takes two columns on a terminal, so counting bytes or runes
// would break the alignment of mixed Chinese and English tables.
func padRight(s string, w int) string {
	if n := runewidth.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// padLeft returns s preceded by spaces up to w display columns.
func padLeft(s string, w int) string {
	if n := runewidth.StringWidth(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}
