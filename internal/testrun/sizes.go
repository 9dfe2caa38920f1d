package testrun

import (
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// Sizes compares the sizes in bytes of a package's values, got by name,
// with those want pins, on a 64-bit platform, and skips t elsewhere. A new
// result's cost is mostly the bytes it allocates, so a field added to a
// pinned value, which may move it to a larger allocation size class, is a
// choice made on purpose, with the pin changed.
func Sizes(t testing.TB, want, got map[string]uintptr) {
	t.Helper()
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("the sizes pinned are those of a 64-bit platform")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sizes in bytes (-want +got):\n%s", diff)
	}
}
