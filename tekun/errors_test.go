package tekun_test

import (
	"errors"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// wantError checks that err wraps sentinel and holds a *policy.FieldError
// at path of type typ.
func wantError(t *testing.T, desc string, err, sentinel error, path string, typ policy.ErrorType) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: 无错误，应在 %s 处报错 / no error, want one at %s", desc, path, path)
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("%s: 错误 %v 不属 %v / errors.Is(%v, %v) = false", desc, err, sentinel, err, sentinel)
	}
	for _, fe := range policy.FieldErrors(err) {
		if fe.Path == path && fe.Type == typ {
			return
		}
	}
	t.Errorf("%s:\n 错误 / got error %q\n应有 %s 处的 %s 字段错误 / want a field error %s at %s", desc, err, path, typ, typ, path)
}

// TestAssessErrors: bad input on the way to Assess (the parameters, the
// record, the date) gets a typed error naming the field path, never a
// panic and never a silent amount. The record is the member m alone
// (alone), checked on 2017-09-01 unless the case gives a date. The
// record's own checks are the household package's; a supported member
// with no self-care level while the care subsidy is configured is
// Assess's. What any record or input must be — ids, dates, a 特困
// period's months — cites section 0, as do nil parameters; a refusal that
// rests on a rule cites it: the mode, the self-care level, the care
// subsidy and the consumption figure C 2.2.1 (as TestParamsErrors cites a
// negative C), the nursing-home class and the incapacity that refers to a
// nursing-type home 2.2.2.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		on      household.Date
		p       *tekun.Params
		nilP    bool
		wantErr error
		path    string
		typ     policy.ErrorType
	}{
		{
			name: "unknown home class", clause: "2.2.2", desc: "未知敬老院类别 / an unknown class",
			m: resident("t3", "4", nil), wantErr: policy.ErrInvalid,
			path: "members[0].tekun.home_class", typ: policy.ErrorNotSupported,
		},
		{
			name: "dispersed with a home", clause: "2.2.2", desc: "分散供养却填了敬老院 / dispersed with a home class",
			m: func() *household.Member {
				m := dispersed("t1", nil)
				m.Tekun.HomeClass = household.HomeClass1
				return m
			}(),
			wantErr: policy.ErrInvalid,
			path:    "members[0].tekun.home_class", typ: policy.ErrorInvalid,
		},
		{
			name: "unknown mode", clause: "2.2.1", desc: "未知供养方式 / an unknown mode",
			m: func() *household.Member {
				m := dispersed("t1", nil)
				m.Tekun.Mode = "home"
				return m
			}(),
			wantErr: policy.ErrInvalid, path: "members[0].tekun.mode", typ: policy.ErrorNotSupported,
		},
		{
			name: "reversed period", clause: "0", desc: "供养期间倒置：2017-09至2017-03 / a reversed period",
			m:       dispersed("t1", months(time.September, time.March)),
			wantErr: policy.ErrInvalid, path: "members[0].tekun.period.to", typ: policy.ErrorInvalid,
		},
		{
			name: "bad month", clause: "0", desc: "供养期间月份无效：2017-13 / month 13",
			m:       dispersed("t1", &household.MonthPeriod{From: household.NewYearMonth(2017, 13)}),
			wantErr: policy.ErrInvalid, path: "members[0].tekun.period.from", typ: policy.ErrorInvalid,
		},
		{
			name: "period without a start", clause: "0", desc: "供养期间缺起始月 / a period with no from",
			m:       dispersed("t1", &household.MonthPeriod{To: household.NewYearMonth(2017, 6)}),
			wantErr: policy.ErrInvalid, path: "members[0].tekun.period.from", typ: policy.ErrorRequired,
		},
		{
			name: "unknown self-care level", clause: "2.2.1", desc: "未知自理程度 / an unknown self-care level",
			m: selfCare(dispersed("t1", nil), "bedridden"), wantErr: policy.ErrInvalid,
			path: "members[0].tekun.self_care", typ: policy.ErrorNotSupported,
		},
		{
			name: "period without a mode", clause: "2.2.1", desc: "未纳入特困却填了供养期间 / a period with no mode",
			m: &household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1),
				Tekun: household.Tekun{Period: months(time.January, time.June)}},
			wantErr: policy.ErrInvalid, path: "members[0].tekun.mode", typ: policy.ErrorRequired,
		},
		{
			name: "incapacitated without a mode", clause: "2.2.2", desc: "未纳入特困却标记失能失智 / incapacitated with no mode",
			m: &household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1),
				Tekun: household.Tekun{Incapacitated: true}},
			wantErr: policy.ErrInvalid, path: "members[0].tekun.mode", typ: policy.ErrorRequired,
		},
		{
			name: "no self-care level with care configured", clause: "2.2.1", desc: "已建立护理补贴但未记录自理程度 / care configured, no level recorded",
			m: dispersed("t1", nil), p: with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") }),
			wantErr: policy.ErrInvalid, path: "members[0].tekun.self_care", typ: policy.ErrorRequired,
		},
		{
			name: "no id", clause: "0", desc: "缺成员编号 / no id",
			m: dispersed("", nil), wantErr: policy.ErrInvalid, path: "members[0].id", typ: policy.ErrorRequired,
		},
		{
			name: "invalid date", clause: "0", desc: "评估日无效 / an invalid date",
			m: dispersed("t1", nil), on: household.NewDate(2017, 2, 29), wantErr: policy.ErrInvalid,
			path: "date", typ: policy.ErrorInvalid,
		},
		{
			name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			m: dispersed("t1", nil), nilP: true, wantErr: policy.ErrInvalid, path: "tekun", typ: policy.ErrorRequired,
		},
		{
			name: "negative consumption figure", clause: "2.2.1", desc: "人均消费支出为负 / a negative consumption figure",
			m: dispersed("t1", nil), p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "-9000.00") }),
			wantErr: policy.ErrInvalid, path: "tekun.consumption", typ: policy.ErrorInvalid,
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
			var r tekun.Result
			a, err := tekun.New(p)
			if err == nil {
				var c household.Checked
				if c, err = alone(tc.m).Check(on); err == nil {
					r, err = a.Assess(c, tekun.Inputs{})
				}
			}
			if len(r.Lines)+len(r.Decisions)+len(r.Findings) != 0 {
				t.Errorf("%s: 出错时仍返回结果 / Assess returned a result with its error", tc.desc)
			}
			wantError(t, tc.desc, err, tc.wantErr, tc.path, tc.typ)
		})
	}
}

// TestAssessHouseholdErrors: the errors of a household name the member's
// path, checked on 2017-09-01: a supported member with no self-care level
// while the care subsidy is configured (2.2.1), and a nil record (section
// 0).
func TestAssessHouseholdErrors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *tekun.Params
		path   string
		typ    policy.ErrorType
	}{
		{
			name: "no self-care level with care configured", clause: "2.2.1", desc: "已建立护理补贴但未记录自理程度 / care configured, no level",
			h:    &household.Household{ID: "H", Township: "T", Members: []household.Member{*dispersed("t1", nil)}},
			p:    with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "300.00") }),
			path: "members[0].tekun.self_care", typ: policy.ErrorRequired,
		},
		{
			name: "no self-care level, second member", clause: "2.2.1", desc: "第二名特困成员未记录自理程度 / the second supported member has no level",
			h: &household.Household{ID: "H", Township: "T", Members: []household.Member{
				*selfCare(dispersed("t1", nil), household.SelfCareFull),
				{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}, *resident("t3", household.HomeClass1, nil)}},
			p:    with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "300.00") }),
			path: "members[2].tekun.self_care", typ: policy.ErrorRequired,
		},
		{
			name: "nil household", clause: "0", desc: "空记录 / a nil record", h: nil, path: "household", typ: policy.ErrorRequired,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(tc.h, tc.p, tekun.Inputs{})
			if len(r.Lines)+len(r.Decisions)+len(r.Findings) != 0 {
				t.Errorf("%s: 出错时仍返回结果 / results returned with the error", tc.desc)
			}
			wantError(t, tc.desc, err, policy.ErrInvalid, tc.path, tc.typ)
		})
	}
}

// TestParamsErrors: Validate, Minimums and Checks reject bad parameters
// and a bad 低保 standard with the field path.
func TestParamsErrors(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      *tekun.Params
		s      string
		path   string
		typ    policy.ErrorType
	}{
		{
			name: "negative consumption figure", clause: "2.2.1", desc: "人均消费支出为负 / a negative C",
			p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "-1.00") }), s: "3622.00",
			path: "tekun.consumption", typ: policy.ErrorInvalid,
		},
		{
			name: "zero consumption figure", clause: "2.2.1", desc: "人均消费支出设为 0.00：拒绝，而不是让 60% 检查通过 / a C of 0.00: refused, never a pass of the 60% test",
			p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "0.00") }), s: "3622.00",
			path: "tekun.consumption", typ: policy.ErrorInvalid,
		},
		{
			name: "over-precise consumption figure", clause: "2.2.1", desc: "人均消费支出三位小数 / C with three places",
			p: with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "9000.005") }), s: "3622.00",
			path: "tekun.consumption", typ: policy.ErrorInvalid,
		},
		{
			name: "share above 1", clause: "2.2.1", desc: "比例超过100% / a share above 1",
			p: with(func(p *tekun.Params) { p.ConsumptionShare.Value = d("1.6") }), s: "3622.00",
			path: "tekun.consumption_share", typ: policy.ErrorInvalid,
		},
		{
			name: "dispersed standard unset", clause: "2.2.1", desc: "分散供养标准未设定 / no dispersed standard",
			p: with(func(p *tekun.Params) { p.Dispersed.Set = false }), s: "3622.00",
			path: "tekun.dispersed", typ: policy.ErrorRequired,
		},
		{
			name: "negative quota", clause: "2.2.2", desc: "定额为负 / a negative quota",
			p: with(func(p *tekun.Params) { p.Quota.Class3.Adopted = local("tekun.quota.class3.adopted", "-7200.00") }), s: "3622.00",
			path: "tekun.quota.class3.adopted", typ: policy.ErrorInvalid,
		},
		{
			name: "quota floor unset", clause: "2.2.2", desc: "定额下限未设定 / a quota floor unset",
			p: with(func(p *tekun.Params) { p.Quota.Class1.Floor.Set = false }), s: "3622.00",
			path: "tekun.quota.class1.floor", typ: policy.ErrorRequired,
		},
		{
			name: "negative care amount", clause: "2.2.1", desc: "护理补贴为负 / a negative care amount",
			p: with(func(p *tekun.Params) { p.Care.Partial = local("tekun.care.partial", "-5.00") }), s: "3622.00",
			path: "tekun.care.partial", typ: policy.ErrorInvalid,
		},
		{
			name: "rounding unit too fine", clause: "0", desc: "舍入单位小于分 / a unit below the fen",
			p: with(func(p *tekun.Params) { p.Rounding.Places = 3 }), s: "3622.00",
			path: "tekun.rounding.places", typ: policy.ErrorInvalid,
		},
		{
			name: "negative 低保 standard", clause: "2.2.1", desc: "低保标准为负 / a negative S",
			p: tekun.Default2017(), s: "-3622.00", path: "standard", typ: policy.ErrorInvalid,
		},
		{
			name: "zero 低保 standard", clause: "2.2.1", desc: "低保标准为0 / S = 0",
			p: tekun.Default2017(), s: "0", path: "standard", typ: policy.ErrorInvalid,
		},
		{
			name: "nil parameters", clause: "0", desc: "参数为空：拒绝，路径 tekun / nil parameters: refused at tekun", p: nil, s: "3622.00",
			path: "tekun", typ: policy.ErrorRequired,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.p.Minimums(d(tc.s))
			wantError(t, tc.desc+" (Minimums)", err, policy.ErrInvalid, tc.path, tc.typ)
			cs, err := tc.p.Checks(d(tc.s))
			if cs != nil {
				t.Errorf("%s: checks returned with the error", tc.desc)
			}
			wantError(t, tc.desc+" (Checks)", err, policy.ErrInvalid, tc.path, tc.typ)
		})
	}
	if err := tekun.Default2017().Validate(); err != nil {
		t.Errorf("Default2017().Validate() = %v", err)
	}
}
