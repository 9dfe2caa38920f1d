package benefit

import (
	"testing"
	"unsafe"

	"github.com/safetynet-go/safetynet/internal/testrun"
)

// TestBreakdownSize pins the size of a breakdown: at 480 bytes it takes
// the 480-byte allocation size class (see testrun.Sizes).
func TestBreakdownSize(t *testing.T) {
	testrun.Sizes(t, map[string]uintptr{"Breakdown": 480, "Totals": 144},
		map[string]uintptr{"Breakdown": unsafe.Sizeof(Breakdown{}), "Totals": unsafe.Sizeof(Totals{})})
}
