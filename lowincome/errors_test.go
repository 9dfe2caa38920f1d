package lowincome_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestAssessErrors: bad input gets an error that names the field, never a
// panic and never a silent zero, on the way in: the parameters refused by
// New, the record by household's Check, the inputs and what the rules need
// of the record by Assess.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		h        *household.Household
		on       household.Date
		p        *lowincome.Params // nil for Default2017
		nilP     bool              // pass nil parameters
		in       lowincome.Inputs
		wantErr  error
		want     string // a field error message the joined error must contain
		wantPath string // the first field error's path
		wantType policy.ErrorType
	}{
		{
			name: "nil household", desc: "空记录 / a nil record",
			h: nil, want: "household: is missing", wantErr: policy.ErrInvalid,
			wantPath: "household", wantType: policy.ErrorRequired,
		},
		{
			name: "empty household", desc: "无成员 / no members",
			h:    &household.Household{ID: "H", Township: "T"},
			want: "members: is empty: a household has at least one member", wantErr: policy.ErrInvalid,
			wantPath: "members", wantType: policy.ErrorRequired,
		},
		{
			name: "negative income", desc: "收入为负 / a negative income",
			h: func() *household.Household {
				h := home("", adults(2)...)
				h.Members[1].Incomes = []household.Income{{Category: household.Wages, Amount: d("-1.00")}}
				return h
			}(),
			want: "members[1].incomes[0].amount: -1 is negative", wantErr: policy.ErrInvalid,
			wantPath: "members[1].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "over-precise income", desc: "金额超过两位小数 / money with three places",
			h:    home("4500.005", adults(2)...),
			want: "members[0].incomes[0].amount: 4500.005 has more than two decimal places", wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "absurd income", desc: "金额超过10^12元 / an amount above 10^12",
			h:    home("1000000000000.01", adults(2)...),
			want: "members[0].incomes[0].amount: 1000000000000.01 is above 10^12 元", wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "unknown income category", desc: "未知收入类别 / an unknown category",
			h: func() *household.Household {
				h := home("", adults(1)...)
				h.Members[0].Incomes = []household.Income{{Category: "lottery", Amount: d("1.00")}}
				return h
			}(),
			want: `members[0].incomes[0].category: "lottery" is not an income category`, wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].category", wantType: policy.ErrorNotSupported,
		},
		{
			name: "unknown class", desc: "未知低保类别 / an unknown class",
			h:    home("", classed(adult("a1", ""), "D")),
			want: `members[0].class: "D" is not A, B, C or empty`, wantErr: policy.ErrInvalid,
			wantPath: "members[0].class", wantType: policy.ErrorNotSupported,
		},
		{
			name: "duplicate member id", desc: "成员编号重复 / a duplicate member id",
			h:    home("", adult("a1", ""), adult("a1", "")),
			want: `members[1].id: "a1" is also the id of members[0]`, wantErr: policy.ErrInvalid,
			wantPath: "members[1].id", wantType: policy.ErrorDuplicate,
		},
		{
			name: "missing birth date", desc: "缺出生日期 / no birth date",
			h:    home("", household.Member{ID: "a1"}),
			want: "members[0].birth_date: is required", wantErr: policy.ErrInvalid,
			wantPath: "members[0].birth_date", wantType: policy.ErrorRequired,
		},
		{
			name: "born after the assessment date", desc: "出生日期晚于评估日 / born after the assessment date",
			h:    home("", kid("c1", household.NewDate(2018, 1, 1), "")),
			want: "members[0].birth_date: 2018-01-01 is after the assessment date 2017-09-01", wantErr: policy.ErrInvalid,
			wantPath: "members[0].birth_date", wantType: policy.ErrorInvalid,
		},
		{
			name: "disability grade 7", desc: "残疾等级7 / disability grade 7",
			h: func() *household.Household {
				h := home("", adults(3)...)
				h.Members[2].Disability = &household.Disability{Type: household.Physical, Grade: 7}
				return h
			}(),
			want: "members[2].disability.grade: 7 is not 1–4", wantErr: policy.ErrInvalid,
			wantPath: "members[2].disability.grade", wantType: policy.ErrorInvalid,
		},
		{
			name: "invalid assessment date", desc: "评估日无效 / an invalid assessment date",
			h: home("", adults(1)...), on: household.NewDate(2017, 2, 30),
			want: "date: 2017-02-30 is not a valid assessment date", wantErr: policy.ErrInvalid,
			wantPath: "date", wantType: policy.ErrorInvalid,
		},
		{
			name: "nil parameters", desc: "参数为空 / nil parameters",
			h: home("", adults(1)...), nilP: true,
			want: "lowincome: parameters are missing", wantErr: policy.ErrInvalid,
			wantPath: "lowincome", wantType: policy.ErrorRequired,
		},
		{
			name: "standard unset", desc: "低保标准未设定 / the standard is not set",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Standard.Set = false
				return p
			}(),
			want: "lowincome.standard: is required", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.standard", wantType: policy.ErrorRequired,
		},
		{
			name: "uplift above 1", desc: "增发比例超过100% / an uplift rate above 1",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.UpliftA.Value = d("1.5")
				return p
			}(),
			want: "lowincome.uplift_a: 1.5 is not a rate from 0 to 1", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.uplift_a", wantType: policy.ErrorInvalid,
		},
		{
			name: "counting rule missing", desc: "缺少收入类别认定规则 / a category with no counting rule",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				delete(p.Counted, household.Property)
				return p
			}(),
			want: "lowincome.counted.property: is required: every income category needs a counting rule", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.counted.property", wantType: policy.ErrorRequired,
		},
		{
			name: "asset test without assets", desc: "已配置财产核查但未申报财产 / asset test configured, no assets declared",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Assets.Vehicles = policy.New("lowincome.assets.vehicles", 0, policy.Local, "county")
				return p
			}(),
			want: "assets: is required: the asset test is configured", wantErr: policy.ErrInvalid,
			wantPath: "assets", wantType: policy.ErrorRequired,
		},
		{
			name: "invalid period", desc: "评估期间颠倒 / a reversed period",
			h: home("", adults(1)...), in: lowincome.Inputs{Period: policy.Period{From: 7, To: 6}},
			want: "inputs.period: 07–06 is not a run of months of one year", wantErr: policy.ErrInvalid,
			wantPath: "inputs.period", wantType: policy.ErrorInvalid,
		},
		{
			name: "support starting within the period", desc: "特困供养自7月起，评估全年：家庭构成在期间内变化 / 特困 support from July, the whole year assessed: the household changes within it",
			h: func() *household.Household {
				h := home("", adults(2)...)
				h.Members[1].Tekun = household.Tekun{Mode: household.TekunDispersed,
					Period: &household.MonthPeriod{From: household.NewYearMonth(2017, 7)}}
				return h
			}(),
			want: "members[1].tekun.period: from 2017-07 covers only part of inputs.period 01–12 (the 特困 months of 2017 are 07–12): " +
				"assess the months before, during and after the support separately (household.Checked.SupportRuns)",
			wantErr: policy.ErrInvalid, wantPath: "members[1].tekun.period", wantType: policy.ErrorInvalid,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			on := tc.on
			if on.IsZero() {
				on = household.NewDate(2017, 9, 1)
			}
			p := tc.p
			switch {
			case tc.nilP:
				p = nil
			case p == nil:
				p = lowincome.Default2017()
			}
			var r lowincome.Result
			as, err := lowincome.New(p)
			if err == nil {
				var c household.Checked
				if c, err = tc.h.Check(on); err == nil {
					r, err = as.Assess(c, tc.in)
				}
			}
			if err == nil {
				t.Fatalf("%s: Assess = %+v, want error %q", tc.desc, r, tc.want)
			}
			if len(r.Lines) != 0 || len(r.Decisions) != 0 || len(r.Findings) != 0 {
				t.Errorf("%s: Assess returned a result with its error", tc.desc)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("%s: errors.Is(%v, %v) = false", tc.desc, err, tc.wantErr)
			}
			if fes := policy.FieldErrors(err); len(fes) == 0 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: field errors %v, want the first a %s error at %s", tc.desc, fes, tc.wantType, tc.wantPath)
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("%s: error %v is not a *policy.FieldError", tc.desc, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n got error %q\nwant it to contain %q", tc.desc, err, tc.want)
			}
		})
	}
}
