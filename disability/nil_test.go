package disability_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/internal/nilcheck"
)

// TestNilReceivers calls every pointer method of every exported struct type
// of package disability on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic do: those promoted from
// the embedded policy.Assessment, which read or build a field of a nil
// pointer.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*disability.Assessor)(nil), (*disability.Inputs)(nil), (*disability.Living)(nil),
		(*disability.Nursing)(nil), (*disability.Params)(nil), (*disability.Result)(nil), (*disability.Tiers)(nil),
	}
	except := nilcheck.Except(nil, "Result", "promoted from the embedded policy.Assessment: a field of a nil Result",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
}
