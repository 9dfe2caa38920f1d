package lowincome_test

import (
	"errors"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestZeroAssessor: the zero or nil Assessor holds no parameters, so each
// of its methods returns an error wrapping policy.ErrNoParams (make one
// with New) rather than assessing everything as 0 or panicking. Assess and
// Params, the methods every programme shares, are tested once for all five
// in package benefit (TestContract); these are this package's own.
func TestZeroAssessor(t *testing.T) {
	h := &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, desc string
		run        func() error
	}{
		{name: "incomes, zero", desc: "零值评估器的收入 / the zero Assessor's incomes", run: func() error { _, err := new(lowincome.Assessor).Incomes(c, lowincome.Inputs{}); return err }},
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
// of package lowincome on a nil receiver: a nil Result reads as the zero
// one, nil Params check as parameters that supply nothing, and only the
// methods that document a panic do.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*lowincome.Assessor)(nil), (*lowincome.AssetLimits)(nil), (*lowincome.Counted)(nil),
		(*lowincome.Inputs)(nil), (*lowincome.Params)(nil), (*lowincome.Result)(nil),
	}
	except := nilcheck.Except(nil, "Result", "promoted from the embedded policy.Assessment: a field of a nil Result",
		append([]string{"Release", "Reset"}, append(nilcheck.Adders, nilcheck.Readers...)...)...)
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
	var r *lowincome.Result
	if r.Size() != 0 || !r.Income().IsZero() || r.Covered() || r.IndividualRecipients() != nil {
		t.Error("a nil Result is not the zero one")
	}
	if c := (*lowincome.Params)(nil).CheckTwoLines(); c.Status() != policy.NotChecked {
		t.Errorf("nil Params: two-lines check %v, want not assessed", c.Status())
	}
}
