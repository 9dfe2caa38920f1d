package temporary_test

import (
	"errors"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// TestZeroAssessor: the zero or nil Assessor holds no parameters, so each
// of its methods returns an error wrapping policy.ErrNoParams (make one
// with New) rather than assessing everything as 0 or panicking. Assess and
// Params, the methods every programme shares, are tested once for all five
// in package benefit (TestContract); these are this package's own.
func TestZeroAssessor(t *testing.T) {
	tests := []struct {
		name, desc string
		run        func() error
	}{
		{name: "event aid, zero", desc: "零值评估器的事件救助 / the zero Assessor's event aid", run: func() error { _, err := new(temporary.Assessor).EventAid(&household.Hardship{}); return err }},
		{name: "maximum, zero", desc: "零值评估器的上限 / the zero Assessor's maximum", run: func() error { _, err := new(temporary.Assessor).Maximum(household.Fire); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, policy.ErrNoParams) {
				t.Errorf("%s: error %v, want one wrapping policy.ErrNoParams", tc.desc, err)
			}
		})
	}
}

// TestNilReceivers calls every pointer method of every exported struct type
// of package temporary on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic do: those promoted from
// the embedded policy.Assessment, which read or build a field of a nil
// pointer.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*temporary.Aid)(nil), (*temporary.Assessor)(nil), (*temporary.Event)(nil), (*temporary.Inputs)(nil),
		(*temporary.Params)(nil), (*temporary.Priority)(nil), (*temporary.Result)(nil),
	}
	except := nilcheck.Except(nil, "Aid", "promoted from the embedded policy.Assessment: a field of a nil Aid",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	nilcheck.Except(except, "Result", "promoted from the embedded policy.Assessment: a field of a nil Result",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
}
