package lowincome_test

import (
	"errors"
	"testing"

	"github.com/safetynet-go/safetynet/household"
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
