package medical_test

import (
	"errors"
	"testing"

	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
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
		{name: "claim aid, nil", desc: "nil 评估器的单次救助 / a nil Assessor's claim aid", run: func() error { _, err := (*medical.Assessor)(nil).ClaimAid(medical.ClaimInput{}); return err }},
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
// of package medical on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic do: those promoted from
// the embedded policy.Assessment, which read or build a field of a nil
// pointer.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*medical.Assessor)(nil), (*medical.ClaimInput)(nil), (*medical.ClaimResult)(nil), (*medical.Inputs)(nil),
		(*medical.MemberResult)(nil), (*medical.Params)(nil), (*medical.Result)(nil), (*medical.SecondAid)(nil),
		(*medical.Terms)(nil),
	}
	except := nilcheck.Except(nil, "Result", "promoted from the embedded policy.Assessment: a field of a nil Result",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
	if terms, ok := (*medical.Params)(nil).Terms(medical.GroupLowIncome); ok || terms != (medical.Terms{}) {
		t.Errorf("nil Params: terms %+v, %v; want none", terms, ok)
	}
	if r := (*medical.Result)(nil); !r.Remaining().IsZero() || r.RemainingFen() != 0 {
		t.Errorf("nil Result: remaining %s (%d fen), want 0", r.Remaining(), r.RemainingFen())
	}
}
