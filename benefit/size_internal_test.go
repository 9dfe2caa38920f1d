package benefit

import (
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// TestBreakdownSize pins the size of a breakdown: a new one's cost is
// mostly the bytes it allocates, and at 448 bytes it takes the 448-byte
// allocation size class. A field added to Breakdown or Totals is a choice
// made on purpose, with this test changed.
func TestBreakdownSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("the sizes pinned are those of a 64-bit platform")
	}
	got := map[string]uintptr{"Breakdown": unsafe.Sizeof(Breakdown{}), "Totals": unsafe.Sizeof(Totals{})}
	want := map[string]uintptr{"Breakdown": 448, "Totals": 144}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sizes in bytes (-want +got):\n%s", diff)
	}
}
