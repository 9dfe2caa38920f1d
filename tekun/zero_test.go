package tekun_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestZeroAssessor: the zero or nil Assessor holds no parameters, so each
// of its methods returns an error wrapping policy.ErrNoParams (make one
// with New) rather than assessing everything as 0 or panicking; its
// Params are the zero Params.
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
		{name: "zero", desc: "零值评估器 / the zero Assessor", run: func() error { _, err := new(tekun.Assessor).Assess(c, tekun.Inputs{}); return err }},
		{name: "nil", desc: "nil 评估器 / a nil Assessor", run: func() error { _, err := (*tekun.Assessor)(nil).Assess(c, tekun.Inputs{}); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.run(); !errors.Is(err, policy.ErrNoParams) {
				t.Errorf("%s: error %v, want one wrapping policy.ErrNoParams", tc.desc, err)
			}
		})
	}
	if p := (*tekun.Assessor)(nil).Params(); !reflect.DeepEqual(p, tekun.Params{}) {
		t.Errorf("nil 评估器的参数 / a nil Assessor's Params = %+v, want the zero Params", p)
	}
}
