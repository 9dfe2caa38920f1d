package tekun_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestNilReceivers calls every pointer method of every exported struct type
// of package tekun on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic do: those promoted from
// the embedded policy.Assessment, which read or build a field of a nil
// pointer.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*tekun.Assessor)(nil), (*tekun.Care)(nil), (*tekun.Inputs)(nil), (*tekun.Minimum)(nil),
		(*tekun.Minimums)(nil), (*tekun.Params)(nil), (*tekun.Quota)(nil), (*tekun.Quotas)(nil),
		(*tekun.Result)(nil),
	}
	except := nilcheck.Except(nil, "Result", "promoted from the embedded policy.Assessment: a field of a nil Result",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
}

// TestNilSupport: a nil Result's support is 0, in fen and in yuan.
func TestNilSupport(t *testing.T) {
	var r *tekun.Result
	if r.SupportFen() != 0 || !r.Support().IsZero() {
		t.Errorf("nil Result: SupportFen %d, Support %s; want 0", r.SupportFen(), r.Support())
	}
}
