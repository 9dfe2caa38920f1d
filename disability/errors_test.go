package disability_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestAssessErrors: bad input — a record refused by household.Check or
// parameters refused by New — gets a typed error naming the field path,
// never a panic and never a silent amount. The record is checked on
// 2017-09-01 unless the case gives a date, and assessed as covered by 低保
// all year. What any record or input must be — the record itself, dates,
// a receipt's amount and member — cites section 0, as do nil parameters
// and the rounding; a refusal that rests on the subsidies' rule cites
// 2.2.4: the disability grade and type, and the subsidies' amounts, tiers
// and switches.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		on      household.Date
		p       *disability.Params
		nilP    bool
		wantErr error
		path    string           // the path of the field error
		typ     policy.ErrorType // and its type
		want    string           // the message the joined error contains
	}{
		{
			name: "grade 0", clause: "2.2.4", desc: "残疾等级0 / grade 0",
			h: home(adult("a1"), holder("d1", household.Physical, 0)), wantErr: policy.ErrInvalid,
			path: "members[1].disability.grade", typ: policy.ErrorInvalid,
			want: "members[1].disability.grade: 0 is not 1–4",
		},
		{
			name: "grade 5", clause: "2.2.4", desc: "残疾等级5 / grade 5",
			h: home(adult("a1"), adult("a2"), holder("d1", household.Physical, 5)), wantErr: policy.ErrInvalid,
			path: "members[2].disability.grade", typ: policy.ErrorInvalid,
			want: "members[2].disability.grade: 5 is not 1–4",
		},
		{
			name: "unknown disability type", clause: "2.2.4", desc: "未知残疾类别 / an unknown type",
			h: home(holder("d1", "emotional", 2)), wantErr: policy.ErrInvalid,
			path: "members[0].disability.type", typ: policy.ErrorNotSupported,
			want: `members[0].disability.type: "emotional" is not a disability type`,
		},
		{
			name: "negative receipt", clause: "0", desc: "现发金额为负 / a negative monthly receipt",
			h: paid(home(holder("d1", household.Physical, 1)), pay(disability.ItemLiving, "d1", "-66.67")), wantErr: policy.ErrInvalid,
			path: "current.payments[0].monthly", typ: policy.ErrorInvalid,
			want: "current.payments[0].monthly: -66.67 is negative",
		},
		{
			name: "receipt of an unknown member", clause: "0", desc: "补贴发给不存在的成员 / a receipt naming no member of the record",
			h: paid(home(holder("d1", household.Physical, 1)), pay(disability.ItemLiving, "d9", "66.67")), wantErr: policy.ErrInvalid,
			path: "current.payments[0].member", typ: policy.ErrorNotFound,
			want: `current.payments[0].member: "d9" is not the id of a member`,
		},
		{
			name: "nil household", clause: "0", desc: "空记录 / a nil record",
			h: nil, wantErr: policy.ErrInvalid, path: "household", typ: policy.ErrorRequired,
			want: "household: is missing",
		},
		{
			name: "invalid date", clause: "0", desc: "评估日无效 / an invalid date",
			h: home(holder("d1", household.Physical, 1)), on: household.NewDate(2017, 13, 1), wantErr: policy.ErrInvalid,
			path: "date", typ: policy.ErrorInvalid,
			want: "date: 2017-13-01 is not a valid assessment date",
		},
		{
			name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			h: home(holder("d1", household.Physical, 1)), nilP: true, wantErr: policy.ErrInvalid,
			path: "disability", typ: policy.ErrorRequired,
			want: "disability: parameters are missing",
		},
		{
			name: "living tier unset", clause: "2.2.4", desc: "生活补贴分档未设定 / a living tier unset",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p:    with(func(p *disability.Params) { p.Living.Grade3.Set = false }),
			path: "disability.living.grade3", typ: policy.ErrorRequired,
			want: "disability.living.grade3: is required",
		},
		{
			name: "negative nursing tier", clause: "2.2.4", desc: "护理补贴分档为负 / a negative nursing tier",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade2 = policy.New("disability.nursing.grade2", d("-60.00"), policy.Local, "")
			}),
			path: "disability.nursing.grade2", typ: policy.ErrorInvalid,
			want: "disability.nursing.grade2: -60 is negative",
		},
		{
			name: "over-precise grade-3 tier", clause: "2.2.4", desc: "三级护理标准三位小数 / a grade-3 tier with three places",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade3 = policy.New("disability.nursing.grade3", d("50.005"), policy.Local, "")
			}),
			path: "disability.nursing.grade3", typ: policy.ErrorInvalid,
			want: "disability.nursing.grade3: 50.005 has more than two decimal places",
		},
		{
			name: "negative tier by hardship", clause: "2.2.4", desc: "低保分档金额为负 / a negative 低保 tier",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("-1.00")}}
			}),
			path: "disability.living.by_hardship.lowincome.grade1", typ: policy.ErrorInvalid,
			want: "disability.living.by_hardship.lowincome.grade1: -1 is negative",
		},
		{
			name: "nursing tier by hardship for grade 4", clause: "2.2.4", desc: "护理分档设四级 / a nursing tier for grade 4",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Nursing.ByHardship = map[string]disability.Tiers{"一类": {Grade4: county("60.00")}}
			}),
			path: "disability.nursing.by_hardship.一类.grade4", typ: policy.ErrorInvalid,
			want: "disability.nursing.by_hardship.一类.grade4: 60 is a tier for a grade the subsidy does not cover",
		},
		{
			name: "nursing tier for grade 4 of a huge exponent", clause: "2.2.4", desc: "护理分档设四级，取值 6×10^2000000：错误只写系数与指数 / a nursing tier for grade 4 of 6 × 10^2000000: the error writes its coefficient and exponent only",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Nursing.ByHardship = map[string]disability.Tiers{"一类": {Grade4: policy.New("", decimal.New(6, 2_000_000), policy.Local, "county notice (invented)")}}
			}),
			path: "disability.nursing.by_hardship.一类.grade4", typ: policy.ErrorInvalid,
			want: "disability.nursing.by_hardship.一类.grade4: 6E2000000 is a tier for a grade the subsidy does not cover",
		},
		{
			name: "tiers by hardship with no grade", clause: "2.2.4", desc: "分档未定任何等级 / tiers setting no grade",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类": {}}
			}),
			path: "disability.living.by_hardship.一类", typ: policy.ErrorRequired,
			want: "disability.living.by_hardship.一类: sets no grade's amount: give at least one, or leave the key out",
		},
		{
			name: "tier key with an invisible character", clause: "2.2.4",
			desc: "分档键含零宽空格，看似“一类”：不是困难等级，拒绝 / a tier key holding U+200B, looking like 一类: no hardship level, refused",
			h:    home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类\u200b": {Grade1: county("100.00")}}
			}),
			path: `disability.living.by_hardship."一类\u200b"`, typ: policy.ErrorInvalid,
			want: `disability.living.by_hardship."一类\u200b": "一类\u200b" is not a hardship level: has an invisible character U+200B at byte 6`,
		},
		{
			name: "tier key with a Hangul filler", clause: "2.2.4",
			desc: "分档键含韩文填充符（图形字符，但不显示），看似“一类”：拒绝，路径与值皆转义 / a tier key holding the Hangul filler U+3164 (graphic, yet it shows nothing), looking like 一类: refused, escaped in the path and the value",
			h:    home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类\u3164": {Grade1: county("100.00")}}
			}),
			path: `disability.living.by_hardship."一类\u3164"`, typ: policy.ErrorInvalid,
			want: `disability.living.by_hardship."一类\u3164": "一类\u3164" is not a hardship level: has an invisible character U+3164 at byte 6`,
		},
		{
			name: "tier key with a space at its end", clause: "2.2.4",
			desc: "分档键末尾有空格：与成员记录的“一类”不是一个等级，拒绝 / a tier key ending in a space: not the level 一类 a record holds, refused",
			h:    home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类 ": {Grade1: county("100.00")}}
			}),
			path: "disability.living.by_hardship.一类 ", typ: policy.ErrorInvalid,
			want: `disability.living.by_hardship.一类 : "一类 " is not a hardship level: has a space at its end`,
		},
		{
			name: "switch unset", clause: "2.2.4", desc: "开关未设定 / a switch unset",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p:    with(func(p *disability.Params) { p.Nursing.Grade3Option.Set = false }),
			path: "disability.nursing.grade3_option", typ: policy.ErrorRequired,
			want: "disability.nursing.grade3_option: is required",
		},
		{
			name: "rounding mode", clause: "0", desc: "未知舍入方式 / an unknown rounding mode",
			h: home(holder("d1", household.Physical, 1)), wantErr: policy.ErrInvalid,
			p:    with(func(p *disability.Params) { p.Rounding.Mode = "ceil" }),
			path: "disability.rounding.mode", typ: policy.ErrorNotSupported,
			want: `disability.rounding.mode: "ceil" is not half-up or half-even`,
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
				p = disability.Default2017()
			}
			err := assessErr(tc.h, on, p)
			if err == nil {
				t.Fatalf("%s: 评估成功，应报错 %q / Assess succeeded, want error %q", tc.desc, tc.want, tc.want)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("%s: 错误 %v 不属 %v / errors.Is(%v, %v) = false", tc.desc, err, tc.wantErr, err, tc.wantErr)
			}
			var fe *policy.FieldError
			if !errors.As(err, &fe) {
				t.Errorf("%s: 错误 %v 不是 *policy.FieldError / error %v is not a *policy.FieldError", tc.desc, err, err)
			}
			if !slices.Contains(fieldErrs(err), fieldErr{tc.path, tc.typ}) {
				t.Errorf("%s: 错误 %v，应含 %s 处的 %s 错误 / errors %v, want one of type %s at %s",
					tc.desc, fieldErrs(err), tc.path, tc.typ, fieldErrs(err), tc.typ, tc.path)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n 错误 / got error %q\n应含 / want it to contain %q", tc.desc, err, tc.want)
			}
		})
	}
	if err := disability.Default2017().Validate(); err != nil {
		t.Errorf("2017年参数集无效 / Default2017().Validate() = %v", err)
	}
}

// assessErr makes an Assessor of p, checks h on date on and assesses it,
// and returns the first error.
func assessErr(h *household.Household, on household.Date, p *disability.Params) error {
	a, err := disability.New(p)
	if err != nil {
		return err
	}
	c, err := h.Check(on)
	if err != nil {
		return err
	}
	_, err = a.Assess(c, covered)
	return err
}
