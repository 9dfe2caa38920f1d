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
// of the record by Assess, assessed on 2017-09-01 unless the case gives a
// date. What any record, input or parameter set must be — field paths,
// dates, periods, a 特困 support that changes the household within the
// run, bounds, a negative or over-precise amount — cites section 0; a
// refusal that rests on a rule cites it: the standard 2.1.1, the classes
// and uplift rates 2.1.2, income categories, counting rules and the asset
// test 2.1.3, the disability grade 2.2.4.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name     string
		clause   policy.Clause
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
			name: "nil household", clause: "0", desc: "空记录 / a nil record",
			h: nil, want: "household: is missing", wantErr: policy.ErrInvalid,
			wantPath: "household", wantType: policy.ErrorRequired,
		},
		{
			name: "empty household", clause: "0", desc: "无成员 / no members",
			h:    &household.Household{ID: "H", Township: "T"},
			want: "members: is empty: a household has at least one member", wantErr: policy.ErrInvalid,
			wantPath: "members", wantType: policy.ErrorRequired,
		},
		{
			name: "negative income", clause: "0", desc: "收入为负 / a negative income",
			h: func() *household.Household {
				h := home("", adults(2)...)
				h.Members[1].Incomes = []household.Income{{Category: household.Wages, Amount: d("-1.00")}}
				return h
			}(),
			want: "members[1].incomes[0].amount: -1 is negative", wantErr: policy.ErrInvalid,
			wantPath: "members[1].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "over-precise income", clause: "0", desc: "金额超过两位小数 / money with three places",
			h:    home("4500.005", adults(2)...),
			want: "members[0].incomes[0].amount: 4500.005 has more than two decimal places", wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "absurd income", clause: "0", desc: "金额超过10^12元 / an amount above 10^12",
			h:    home("1000000000000.01", adults(2)...),
			want: "members[0].incomes[0].amount: 1000000000000.01 is above 10^12 元", wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].amount", wantType: policy.ErrorInvalid,
		},
		{
			name: "unknown income category", clause: "2.1.3", desc: "未知收入类别 / an unknown category",
			h: func() *household.Household {
				h := home("", adults(1)...)
				h.Members[0].Incomes = []household.Income{{Category: "lottery", Amount: d("1.00")}}
				return h
			}(),
			want: `members[0].incomes[0].category: "lottery" is not an income category`, wantErr: policy.ErrInvalid,
			wantPath: "members[0].incomes[0].category", wantType: policy.ErrorNotSupported,
		},
		{
			name: "unknown class", clause: "2.1.2", desc: "未知低保类别 / an unknown class",
			h:    home("", classed(adult("a1", ""), "D")),
			want: `members[0].class: "D" is not A, B, C or empty`, wantErr: policy.ErrInvalid,
			wantPath: "members[0].class", wantType: policy.ErrorNotSupported,
		},
		{
			name: "duplicate member id", clause: "0", desc: "成员编号重复 / a duplicate member id",
			h:    home("", adult("a1", ""), adult("a1", "")),
			want: `members[1].id: "a1" is also the id of members[0]`, wantErr: policy.ErrInvalid,
			wantPath: "members[1].id", wantType: policy.ErrorDuplicate,
		},
		{
			name: "missing birth date", clause: "0", desc: "缺出生日期 / no birth date",
			h:    home("", household.Member{ID: "a1"}),
			want: "members[0].birth_date: is required", wantErr: policy.ErrInvalid,
			wantPath: "members[0].birth_date", wantType: policy.ErrorRequired,
		},
		{
			name: "born after the assessment date", clause: "0", desc: "出生日期晚于评估日 / born after the assessment date",
			h:    home("", kid("c1", household.NewDate(2018, 1, 1), "")),
			want: "members[0].birth_date: 2018-01-01 is after the assessment date 2017-09-01", wantErr: policy.ErrInvalid,
			wantPath: "members[0].birth_date", wantType: policy.ErrorInvalid,
		},
		{
			name: "disability grade 7", clause: "2.2.4", desc: "残疾等级7 / disability grade 7",
			h: func() *household.Household {
				h := home("", adults(3)...)
				h.Members[2].Disability = &household.Disability{Type: household.Physical, Grade: 7}
				return h
			}(),
			want: "members[2].disability.grade: 7 is not 1–4", wantErr: policy.ErrInvalid,
			wantPath: "members[2].disability.grade", wantType: policy.ErrorInvalid,
		},
		{
			name: "invalid assessment date", clause: "0", desc: "评估日无效 / an invalid assessment date",
			h: home("", adults(1)...), on: household.NewDate(2017, 2, 30),
			want: "date: 2017-02-30 is not a valid assessment date", wantErr: policy.ErrInvalid,
			wantPath: "date", wantType: policy.ErrorInvalid,
		},
		{
			name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			h: home("", adults(1)...), nilP: true,
			want: "lowincome: parameters are missing", wantErr: policy.ErrInvalid,
			wantPath: "lowincome", wantType: policy.ErrorRequired,
		},
		{
			name: "standard unset", clause: "2.1.1", desc: "低保标准未设定 / the standard is not set",
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
			name: "uplift above 1", clause: "2.1.2", desc: "增发比例超过100% / an uplift rate above 1",
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
			name: "poverty line zero", clause: "2.1.1", desc: "扶贫标准设为 0.00：拒绝，而不是让两线合一检查通过 / a poverty line of 0.00: refused, never a pass of the two-lines check",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.PovertyLine = policy.New("lowincome.poverty_line", d("0.00"), policy.Local, "county")
				return p
			}(),
			want: "lowincome.poverty_line: 0 is not positive", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.poverty_line", wantType: policy.ErrorInvalid,
		},
		{
			name: "counting rule missing", clause: "2.1.3", desc: "缺少收入类别认定规则 / a category with no counting rule",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Counted = countedWithout(household.Property)
				return p
			}(),
			want: "lowincome.counted.property: is required: every income category needs a counting rule", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.counted.property", wantType: policy.ErrorRequired,
		},
		{
			name: "counting rule present but unset", clause: "2.1.3", desc: "收入类别财产性收入列有认定规则但未设定：与缺少同样报错 / the property category listed with an unset counting rule: refused as if missing",
			h: home("", adults(1)...),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Counted[household.Property] = policy.Unset[bool]("lowincome.counted.property", "county")
				return p
			}(),
			want: "lowincome.counted.property: is required: every income category needs a counting rule", wantErr: policy.ErrInvalid,
			wantPath: "lowincome.counted.property", wantType: policy.ErrorRequired,
		},
		{
			name: "asset test without assets", clause: "2.1.3", desc: "已配置财产核查但未申报财产 / asset test configured, no assets declared",
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
			name: "invalid period", clause: "0", desc: "评估期间颠倒 / a reversed period",
			h: home("", adults(1)...), in: lowincome.Inputs{Period: policy.Period{From: 7, To: 6}},
			want: "inputs.period: 07–06 is not a run of months of one year", wantErr: policy.ErrInvalid,
			wantPath: "inputs.period", wantType: policy.ErrorInvalid,
		},
		{
			name: "support starting within the period", clause: "0", desc: "特困供养自7月起，评估全年：家庭构成在期间内变化 / 特困 support from July, the whole year assessed: the household changes within it",
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
				t.Fatalf("%s: 应报错 %q，却得到 %+v / Assess = %+v, want error %q", tc.desc, tc.want, r, r, tc.want)
			}
			if len(r.Lines) != 0 || len(r.Decisions) != 0 || len(r.Findings) != 0 {
				t.Errorf("%s: 出错时仍返回结果 / Assess returned a result with its error", tc.desc)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("%s: 错误 %v 不属 %v / errors.Is(%v, %v) = false", tc.desc, err, tc.wantErr, err, tc.wantErr)
			}
			if fes := policy.FieldErrors(err); len(fes) == 0 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: 字段错误 %v，首个应为 %s 处的 %s 错误 / field errors %v, want the first a %s error at %s",
					tc.desc, fes, tc.wantPath, tc.wantType, fes, tc.wantType, tc.wantPath)
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("%s: 错误 %v 不是 *policy.FieldError / error %v is not a *policy.FieldError", tc.desc, err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n 错误 / got error %q\n应含 / want it to contain %q", tc.desc, err, tc.want)
			}
		})
	}
}
