package tekun_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// wantError checks that err wraps sentinel, is a *policy.FieldError, and
// contains the message.
func wantError(t *testing.T, desc string, err, sentinel error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want %q", desc, want)
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("%s: errors.Is(%v, %v) = false", desc, err, sentinel)
	}
	var fe *policy.FieldError
	if !errors.As(err, &fe) {
		t.Errorf("%s: error %v is not a *policy.FieldError", desc, err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("%s:\n got error %q\nwant it to contain %q", desc, err, want)
	}
}

// TestAssessErrors: bad input to Assess gets a typed error naming the field
// path, never a panic and never a silent amount.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name    string
		desc    string
		m       *household.Member
		on      household.Date
		p       *tekun.Params
		nilP    bool
		wantErr error
		want    string
	}{
		{
			name: "centralized without a home class", desc: "集中供养未填敬老院类别 / centralized with no nursing-home class",
			m: resident("t3", "", 0), wantErr: policy.ErrInvalid,
			want: "member.tekun.home_class: is required for centralized support (1, 2, 3 or unrated)",
		},
		{
			name: "unknown home class", desc: "未知敬老院类别 / an unknown class",
			m: resident("t3", "4", 0), wantErr: policy.ErrInvalid,
			want: `member.tekun.home_class: "4" is not 1, 2, 3 or unrated`,
		},
		{
			name: "dispersed with a home", desc: "分散供养却填了敬老院 / dispersed with a home class",
			m: func() *household.Member {
				m := dispersed("t1", 0)
				m.Tekun.HomeClass = household.HomeClass1
				return m
			}(),
			wantErr: policy.ErrInvalid,
			want:    `member.tekun.home_class: "1" is set but the member is not in centralized support`,
		},
		{
			name: "unknown mode", desc: "未知供养方式 / an unknown mode",
			m: func() *household.Member {
				m := dispersed("t1", 0)
				m.Tekun.Mode = "home"
				return m
			}(),
			wantErr: policy.ErrInvalid, want: `member.tekun.mode: "home" is not dispersed, centralized or empty`,
		},
		{
			name: "months 13", desc: "供养13个月 / thirteen months",
			m: dispersed("t1", 13), wantErr: policy.ErrInvalid, want: "member.tekun.months: 13 is not 1–12 (0 for the whole year)",
		},
		{
			name: "negative months", desc: "供养月数为负 / negative months",
			m: dispersed("t1", -1), wantErr: policy.ErrInvalid, want: "member.tekun.months: -1 is not 1–12 (0 for the whole year)",
		},
		{
			name: "unknown self-care level", desc: "未知自理程度 / an unknown self-care level",
			m: selfCare(dispersed("t1", 0), "bedridden"), wantErr: policy.ErrInvalid,
			want: `member.tekun.self_care: "bedridden" is not full, partial or none`,
		},
		{
			name: "months without a mode", desc: "未纳入特困却填了月数 / months with no mode",
			m: &household.Member{ID: "a1", Tekun: household.Tekun{Months: 6}}, wantErr: policy.ErrInvalid,
			want: "member.tekun.mode: is required when months or self-care are set",
		},
		{
			name: "no self-care level with care configured", desc: "已建立护理补贴但未记录自理程度 / care configured, no level recorded",
			m: dispersed("t1", 0), p: with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") }),
			wantErr: policy.ErrInvalid, want: "member.tekun.self_care: is required: the care subsidy is configured",
		},
		{
			name: "nil member", desc: "空成员 / a nil member",
			m: nil, wantErr: policy.ErrInvalid, want: "member: is missing",
		},
		{
			name: "no id", desc: "缺成员编号 / no id",
			m: dispersed("", 0), wantErr: policy.ErrInvalid, want: "member.id: is required",
		},
		{
			name: "invalid date", desc: "评估日无效 / an invalid date",
			m: dispersed("t1", 0), on: household.NewDate(2017, 2, 29), wantErr: policy.ErrInvalid,
			want: "date: 2017-02-29 is not a valid assessment date",
		},
		{
			name: "date outside the parameter year", desc: "评估日不在参数年度 / a date outside 2017",
			m: dispersed("t1", 0), on: household.NewDate(2018, 1, 1), wantErr: policy.ErrNoParams,
			want: "date: 2018-01-01 is outside the parameter year 2017",
		},
		{
			name: "nil parameters", desc: "参数为空 / nil parameters",
			m: dispersed("t1", 0), nilP: true, wantErr: policy.ErrInvalid, want: "tekun: parameters are missing",
		},
		{
			name: "negative consumption figure", desc: "人均消费支出为负 / a negative consumption figure",
			m: dispersed("t1", 0), p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "-9000.00") }),
			wantErr: policy.ErrInvalid, want: "tekun.consumption: -9000 is negative",
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
				p = tekun.Default2017()
			}
			r, err := tekun.Assess(tc.m, on, p)
			if r != nil {
				t.Errorf("%s: Assess returned a result with its error", tc.desc)
			}
			wantError(t, tc.desc, err, tc.wantErr, tc.want)
		})
	}
}

// TestAssessHouseholdErrors: the household convenience names the member's
// path.
func TestAssessHouseholdErrors(t *testing.T) {
	tests := []struct {
		name string
		desc string
		h    *household.Household
		p    *tekun.Params
		want string
	}{
		{
			name: "centralized without a home class", desc: "集中供养未填敬老院类别 / centralized with no class",
			h:    &household.Household{ID: "H", Township: "T", Members: []household.Member{*dispersed("t1", 0), *resident("t3", "", 0)}},
			want: "members[1].tekun.home_class: is required for centralized support (1, 2, 3 or unrated)",
		},
		{
			name: "no self-care level with care configured", desc: "已建立护理补贴但未记录自理程度 / care configured, no level",
			h:    &household.Household{ID: "H", Township: "T", Members: []household.Member{*dispersed("t1", 0)}},
			p:    with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "300.00") }),
			want: "members[0].tekun.self_care: is required: the care subsidy is configured",
		},
		{
			name: "nil household", desc: "空记录 / a nil record", h: nil, want: "household: is missing",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			if p == nil {
				p = tekun.Default2017()
			}
			rs, err := tekun.AssessHousehold(tc.h, on, p)
			if rs != nil {
				t.Errorf("%s: results returned with the error", tc.desc)
			}
			wantError(t, tc.desc, err, policy.ErrInvalid, tc.want)
		})
	}
}

// TestParamsErrors: Validate, Minimums and Checks reject bad parameters
// and a bad 低保 standard with the field path.
func TestParamsErrors(t *testing.T) {
	tests := []struct {
		name string
		desc string
		p    *tekun.Params
		s    string
		want string
	}{
		{
			name: "negative consumption figure", desc: "人均消费支出为负 / a negative C",
			p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "-1.00") }), s: "3622.00",
			want: "tekun.consumption: -1 is negative",
		},
		{
			name: "over-precise consumption figure", desc: "人均消费支出三位小数 / C with three places",
			p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "9000.005") }), s: "3622.00",
			want: "tekun.consumption: 9000.005 has more than two decimal places",
		},
		{
			name: "share above 1", desc: "比例超过100% / a share above 1",
			p: with(func(p *tekun.Params) { p.ConsumptionShare.Value = d("1.6") }), s: "3622.00",
			want: "tekun.consumption_share: 1.6 is not a rate from 0 to 1",
		},
		{
			name: "dispersed standard unset", desc: "分散供养标准未设定 / no dispersed standard",
			p: with(func(p *tekun.Params) { p.Dispersed.Set = false }), s: "3622.00",
			want: "tekun.dispersed: is required",
		},
		{
			name: "negative quota", desc: "定额为负 / a negative quota",
			p: with(func(p *tekun.Params) { p.Quota.Class3.Adopted = local("tekun.quota.class3.adopted", "-7200.00") }), s: "3622.00",
			want: "tekun.quota.class3.adopted: -7200 is negative",
		},
		{
			name: "quota floor unset", desc: "定额下限未设定 / a quota floor unset",
			p: with(func(p *tekun.Params) { p.Quota.Class1.Floor.Set = false }), s: "3622.00",
			want: "tekun.quota.class1.floor: is required",
		},
		{
			name: "negative care amount", desc: "护理补贴为负 / a negative care amount",
			p: with(func(p *tekun.Params) { p.Care.Partial = local("tekun.care.partial", "-5.00") }), s: "3622.00",
			want: "tekun.care.partial: -5 is negative",
		},
		{
			name: "year 0", desc: "年度为0 / year 0",
			p: with(func(p *tekun.Params) { p.Year = 0 }), s: "3622.00",
			want: "tekun.year: 0 is not a year from 1900 to 9999",
		},
		{
			name: "rounding unit too fine", desc: "舍入单位小于分 / a unit below the fen",
			p: with(func(p *tekun.Params) { p.Rounding.Places = 3 }), s: "3622.00",
			want: "tekun.rounding.places: 3 is not a unit from 0.01 to 100 元 (places 2 to -2)",
		},
		{
			name: "negative 低保 standard", desc: "低保标准为负 / a negative S",
			p: tekun.Default2017(), s: "-3622.00", want: "standard: -3622 is negative",
		},
		{
			name: "zero 低保 standard", desc: "低保标准为0 / S = 0",
			p: tekun.Default2017(), s: "0", want: "standard: 0 is not positive: the 低保 standard S is required",
		},
		{
			name: "nil parameters", desc: "参数为空 / nil parameters", p: nil, s: "3622.00",
			want: "tekun: parameters are missing",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.p.Minimums(d(tc.s))
			wantError(t, tc.desc+" (Minimums)", err, policy.ErrInvalid, tc.want)
			cs, err := tc.p.Checks(d(tc.s))
			if cs != nil {
				t.Errorf("%s: checks returned with the error", tc.desc)
			}
			wantError(t, tc.desc+" (Checks)", err, policy.ErrInvalid, tc.want)
		})
	}
	if err := tekun.Default2017().Validate(); err != nil {
		t.Errorf("Default2017().Validate() = %v", err)
	}
}
