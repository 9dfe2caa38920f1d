package household_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestCheck is the table of Check: a record is valid for a date only when
// Validate passes and no member is born after the date (section 0).
func TestCheck(t *testing.T) {
	one := func(born household.Date) *household.Household {
		return &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: born}}}
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		on      household.Date
		wantMsg string
	}{
		{name: "valid", clause: policy.ClauseConventions, desc: "有效记录 / a sound record",
			h: one(household.NewDate(1960, 1, 1)), on: household.NewDate(2017, 9, 1)},
		{name: "born-on-date", clause: policy.ClauseConventions, desc: "评估日出生 / born on the assessment date",
			h: one(household.NewDate(2017, 9, 1)), on: household.NewDate(2017, 9, 1)},
		{name: "born-after", clause: policy.ClauseConventions, desc: "评估日后出生 / born after the assessment date",
			h: one(household.NewDate(2017, 9, 2)), on: household.NewDate(2017, 9, 1), wantMsg: "members[0].birth_date: 2017-09-02 is after"},
		{name: "bad-date", clause: policy.ClauseConventions, desc: "无效评估日 / an invalid assessment date",
			h: one(household.NewDate(1960, 1, 1)), on: household.Date{}, wantMsg: "date: "},
		{name: "nil", clause: policy.ClauseConventions, desc: "没有记录 / no record", h: nil, on: household.NewDate(2017, 9, 1),
			wantMsg: "household: is missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := tc.h.Check(tc.on)
			if tc.wantMsg == "" {
				if err != nil || v.Household() != tc.h || v.Date() != tc.on || v.Checked() != nil {
					t.Errorf("%s: Check = %v, %v", tc.desc, v, err)
				}
				return
			}
			if !errors.Is(err, policy.ErrInvalid) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("%s: error %v, want one containing %q", tc.desc, err, tc.wantMsg)
			}
			if v.Checked() == nil || v.Household() != nil {
				t.Errorf("%s: a failed Check returned a usable Valid", tc.desc)
			}
		})
	}
}

// TestCheckAssessment is the table of assessment dates against the year of
// the parameter set in force (section 0).
func TestCheckAssessment(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		on      household.Date
		wantIs  error
		wantMsg string
	}{
		{name: "in-year", clause: policy.ClauseConventions, desc: "参数年份内 / in the set's year", on: household.NewDate(2017, 12, 31)},
		{name: "next-year", clause: policy.ClauseConventions, desc: "次年无参数 / the next year has no set here",
			on: household.NewDate(2018, 1, 1), wantIs: policy.ErrNoParams, wantMsg: "date: 2018-01-01 is outside the parameter year 2017"},
		{name: "invalid", clause: policy.ClauseConventions, desc: "无效日期 / not a date", on: household.Date{Year: 2017, Month: 2, Day: 30},
			wantIs: policy.ErrInvalid, wantMsg: "is not a valid assessment date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.on.CheckAssessment(2017)
			if tc.wantIs == nil {
				if err != nil {
					t.Errorf("%s: %v", tc.desc, err)
				}
				return
			}
			if !errors.Is(err, tc.wantIs) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("%s: error %v, want %v containing %q", tc.desc, err, tc.wantIs, tc.wantMsg)
			}
		})
	}
}
