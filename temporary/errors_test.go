package temporary_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// checkErr asserts err wraps want and holds a *policy.FieldError at the
// path text names (the part before ": ") whose message contains text: the
// tables state the messages of this package's bad-input catalogue.
func checkErr(t *testing.T, desc string, err, want error, text string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: 没有错误，应为 %q / no error, want %q", desc, text, text)
	}
	if !errors.Is(err, want) {
		t.Errorf("%s: 错误 %v 未包装 %v / errors.Is(%v, %v) = false", desc, err, want, err, want)
	}
	path, _, _ := strings.Cut(text, ": ")
	for _, fe := range policy.FieldErrors(err) {
		if fe.Path == path && strings.Contains(fe.Error(), text) {
			return
		}
	}
	t.Errorf("%s:\n 错误 %q\n 应有 %s 处含 %q 的字段错误\n got error %q\nwant a field error at %s containing %q", desc, err, path, text, err, path, text)
}

// TestAssessErrors: invalid events, inputs, dates and parameters get typed
// errors naming the field path, one field error of its type, never a panic
// and never a silent zero. A row cites section 0 where the refusal rests on
// what any record, input or set must be (a record, a date, a member the
// path names, an amount neither negative nor over-precise, a set at all),
// and 2.4.1 where it rests on the rule: a hardship of a type 2.4.1 names,
// a maximum multiple for every type. The record is checked on the
// assessment date unless on is set, under Default2017 with the 2017
// standard unless p (or nilP, no set) says otherwise. (The events' years
// are checked by household.Household.Check and tested there.)
func TestAssessErrors(t *testing.T) {
	with := func(mod func(*household.Hardship)) *household.Household {
		e := event("E1", household.Fire, "1000.00", "")
		mod(&e)
		return home(e)
	}
	// params is Default2017 changed by f; the run sets the 2017 standard.
	params := func(f func(p *temporary.Params)) *temporary.Params {
		p := temporary.Default2017()
		f(p)
		return p
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		on      household.Date
		in      *temporary.Inputs
		p       *temporary.Params
		nilP    bool
		wantErr error
		want    string
		typ     policy.ErrorType // the one field error's type
	}{
		{name: "nil household", clause: "0", desc: "空记录 / a nil record",
			h: nil, wantErr: policy.ErrInvalid, typ: policy.ErrorRequired, want: "household: is missing"},
		{name: "negative cost", clause: "0", desc: "费用为负 / a negative cost",
			h: with(func(e *household.Hardship) { e.Cost = d("-1.00") }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "hardships[0].cost: -1 is negative"},
		{name: "negative insurance", clause: "0", desc: "保险为负 / negative insurance",
			h: with(func(e *household.Hardship) { e.Insurance = d("-0.01") }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "hardships[0].insurance: -0.01 is negative"},
		{name: "over-precise compensation", clause: "0", desc: "赔偿超过两位小数 / compensation with three places",
			h: with(func(e *household.Hardship) { e.Compensation = d("1.005") }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "hardships[0].compensation: 1.005 has more than two decimal places"},
		{name: "unknown type", clause: "2.4.1", desc: "未知事件类型 / an unknown event type",
			h: with(func(e *household.Hardship) { e.Type = "theft" }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorNotSupported, want: `hardships[0].type: "theft" is not a hardship type`},
		{name: "missing date", clause: "0", desc: "缺事件日期 / no event date",
			h: with(func(e *household.Hardship) { e.Date = household.Date{} }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorRequired, want: "hardships[0].date: is required"},
		{name: "second event bad", clause: "0", desc: "第二件事件有误：路径指明下标 / the path names the event's index",
			h: home(event("E1", household.Fire, "1000.00", ""), event("E2", household.Fire, "-5.00", "")), wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "hardships[1].cost: -5 is negative"},
		{name: "unknown member", clause: "0", desc: "事件成员不存在 / an event naming no member of the household",
			h: with(func(e *household.Hardship) { e.Member = "zz" }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorNotFound, want: `hardships[0].member: "zz" is not the id of a member`},
		{name: "negative income", clause: "0", desc: "收入（含特困供养金）为负 / a negative income (特困 support included)",
			h: home(), in: &temporary.Inputs{Income: d("-1.00")}, wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "inputs.income: -1 is negative"},
		{name: "negative income above 10^12", clause: "0", desc: "收入（含特困供养金）为 −10000000000000.00，负数且超过 10^12 元：仍报为负 / an income of −10000000000000.00, negative and beyond 10^12 元: still refused as negative",
			h: home(), in: &temporary.Inputs{Income: d("-10000000000000.00")}, wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "inputs.income: -10000000000000 is negative"},
		{name: "over-precise income above 10^12", clause: "0", desc: "收入为 1000000000000.001，超过 10^12 元且有三位小数：报三位小数，不截为分 / an income of 1000000000000.001, beyond 10^12 元 with three places: refused for its places, never cut to the fen",
			h: home(), in: &temporary.Inputs{Income: d("1000000000000.001")}, wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "inputs.income: 1000000000000.001 has more than two decimal places"},
		{name: "over-precise income just below 10^16", clause: "0", desc: "收入为 9999999999999999.999，不足 10^16 元而有三位小数：报三位小数，非超出上限 / an income of 9999999999999999.999, below 10^16 元 with three places: refused for its places, not its size",
			h: home(), in: &temporary.Inputs{Income: d("9999999999999999.999")}, wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "inputs.income: 9999999999999999.999 has more than two decimal places"},
		{name: "over-precise medical remaining", clause: "0", desc: "医疗自负超过两位小数 / medical remainder with three places",
			h: home(), in: &temporary.Inputs{MedicalRemaining: d("0.001")}, wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "inputs.medical_remaining: 0.001 has more than two decimal places"},
		{name: "invalid assessment date", clause: "0", desc: "评估日无效 / an invalid assessment date",
			h: home(), on: household.NewDate(2017, 2, 30), wantErr: policy.ErrInvalid,
			typ: policy.ErrorInvalid, want: "date: 2017-02-30 is not a valid assessment date"},
		{name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			h: home(), nilP: true, wantErr: policy.ErrInvalid, typ: policy.ErrorRequired, want: "temporary: parameters are missing"},
		{name: "multiple missing", clause: "2.4.1", desc: "缺教育上限倍数 / no multiple for education",
			h: home(), p: params(func(p *temporary.Params) { p.Multiple = multiplesWithout(household.EducationExpense) }), wantErr: policy.ErrInvalid,
			typ: policy.ErrorRequired, want: "temporary.multiple.education: is required: every hardship type needs a maximum multiple"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			day := tc.on
			if day.IsZero() {
				day = on
			}
			in := inputs()
			if tc.in != nil {
				in = *tc.in
			}
			p := tc.p
			switch {
			case tc.nilP:
				p = nil
			case p == nil:
				p = temporary.Default2017()
			}
			if p != nil && !p.Standard.Set {
				p.Standard = std
			}
			// The parameters are checked by New, the record and the date by
			// Check, the inputs by Assess.
			a, err := temporary.New(p)
			if err == nil {
				var c household.Checked
				if c, err = tc.h.Check(day); err == nil {
					var r temporary.Result
					r, err = a.Assess(c, in)
					if r.Lines != nil || r.Decisions != nil || r.Findings != nil {
						t.Errorf("%s: 出错时仍返回结果 / Assess returned a result with its error", tc.desc)
					}
				}
			}
			checkErr(t, tc.desc, err, tc.wantErr, tc.want)
			if fe := policy.FieldErrors(err); len(fe) != 1 || fe[0].Type != tc.typ {
				t.Errorf("%s: 字段错误 %v，应为一个 %s 错误 / field errors %v, want one %s error", tc.desc, fe, tc.typ, fe, tc.typ)
			}
		})
	}
}

// TestEventAidErrors: the per-event rule on its own checks what
// [household.Household.Validate] would, under the path "hardship", each
// fault one field error of its type: section 0 for an event, its amounts
// and its date, 2.4.1 for its type.
func TestEventAidErrors(t *testing.T) {
	with := func(mod func(*household.Hardship)) *household.Hardship {
		e := event("E1", household.Fire, "1000.00", "")
		mod(&e)
		return &e
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		e      *household.Hardship
		want   string
		typ    policy.ErrorType // the one field error's type
	}{
		{name: "nil event", clause: "0", desc: "事件为空 / a nil event", e: nil, typ: policy.ErrorRequired, want: "hardship: is missing"},
		{name: "negative cost", clause: "0", desc: "费用为负 / a negative cost",
			e: with(func(e *household.Hardship) { e.Cost = d("-1.00") }), typ: policy.ErrorInvalid, want: "hardship.cost: -1 is negative"},
		{name: "negative other aid", clause: "0", desc: "其他救助为负 / negative other aid",
			e: with(func(e *household.Hardship) { e.OtherAid = d("-2.00") }), typ: policy.ErrorInvalid, want: "hardship.other_aid: -2 is negative"},
		{name: "unknown type", clause: "2.4.1", desc: "未知事件类型 / an unknown type",
			e: with(func(e *household.Hardship) { e.Type = "" }), typ: policy.ErrorNotSupported, want: `hardship.type: "" is not a hardship type`},
		{name: "impossible date", clause: "0", desc: "日期不存在 / a date that does not exist",
			e:   with(func(e *household.Hardship) { e.Date = household.NewDate(2017, 4, 31) }),
			typ: policy.ErrorInvalid, want: "hardship.date: 2017-04-31 is not a calendar date from 1900 to 9999"},
		{name: "missing date", clause: "0", desc: "缺日期 / no date",
			e: with(func(e *household.Hardship) { e.Date = household.Date{} }), typ: policy.ErrorRequired, want: "hardship.date: is required"},
	}
	a := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := a.EventAid(tc.e)
			checkErr(t, tc.desc, err, policy.ErrInvalid, tc.want)
			if fe := policy.FieldErrors(err); len(fe) != 1 || fe[0].Type != tc.typ {
				t.Errorf("%s: 字段错误 %v，应为一个 %s 错误 / field errors %v, want one %s error", tc.desc, fe, tc.typ, fe, tc.typ)
			}
		})
	}
}

// TestParamsErrors: Validate names each bad parameter under "temporary":
// the multiples, the limit on events and the standard S the maximum is a
// multiple of (2.4.1), the forms (2.4.3), the rounding and what every
// parameter carries (section 0); Assessor.Maximum rejects an unknown type.
func TestParamsErrors(t *testing.T) {
	mod := func(f func(*temporary.Params)) *temporary.Params {
		p := temporary.Default2017()
		p.Standard = std
		f(p)
		return p
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *temporary.Params
		want   string
	}{
		{name: "nil", clause: "0", desc: "参数为空 / nil", p: nil, want: "temporary: parameters are missing"},
		{name: "zero multiple", clause: "2.4.1", desc: "倍数为0 / a zero multiple",
			p: mod(func(p *temporary.Params) {
				p.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("0"), policy.Local, "")
			}),
			want: "temporary.multiple.fire: 0 is not positive"},
		{name: "negative multiple of a huge exponent", clause: "2.4.1", desc: "倍数为 −1×10^2000000：错误只写系数与指数 / a multiple of −1 × 10^2000000: the error writes its coefficient and exponent only",
			p: mod(func(p *temporary.Params) {
				p.Multiple[household.Fire] = policy.New("temporary.multiple.fire", decimal.New(-1, 2_000_000), policy.Local, "")
			}),
			want: "temporary.multiple.fire: -1E2000000 is not positive"},
		{name: "unset multiple", clause: "2.4.1", desc: "倍数未设定 / an unset multiple",
			p: mod(func(p *temporary.Params) {
				p.Multiple[household.Accident] = policy.Unset[decimal.Decimal]("temporary.multiple.accident", "")
			}),
			want: "temporary.multiple.accident: is required"},
		{name: "unknown multiple key", clause: "2.4.1", desc: "未知类型的倍数 / a multiple for an unknown type",
			p:    mod(func(p *temporary.Params) { p.Multiple["theft"] = policy.New("x", d("1"), policy.Local, "") }),
			want: `temporary.multiple: "theft" is not a hardship type`},
		{name: "referral as a type's form", clause: "2.4.3", desc: "转介不能作为类型的发放方式 / referral is not a form of payment",
			p: mod(func(p *temporary.Params) {
				p.Form[household.Fire] = policy.New("temporary.form.fire", policy.Referral, policy.Local, "")
			}),
			want: `temporary.form.fire: "referral" is not cash or in-kind`},
		{name: "missing form", clause: "2.4.3", desc: "缺发放方式 / no form",
			p:    mod(func(p *temporary.Params) { p.Form = formsWithout(household.ExpenseOther) }),
			want: "temporary.form.expenditure-other: is required"},
		{name: "limit zero", clause: "2.4.1", desc: "年度次数限额为0 / a limit of 0",
			p: mod(func(p *temporary.Params) {
				p.EventsPerYear = policy.New("temporary.events_per_year", 0, policy.Local, "")
			}),
			want: "temporary.events_per_year: 0 is not at least 1"},
		{name: "bad rounding", clause: "0", desc: "舍入单位无效 / a bad rounding unit",
			p:    mod(func(p *temporary.Params) { p.Rounding.Places = 3 }),
			want: "temporary.rounding.places: 3 is not a unit"},
		{name: "standard unset", clause: "2.4.1", desc: "低保标准未设定：报错，不得静默为0 / an unset standard is an error, never a zero maximum",
			p:    temporary.Default2017(),
			want: "temporary.standard: is required: the 低保 standard S (元/年·人, lowincome.standard) the maximum is a multiple of, set by the caller"},
		{name: "standard zero", clause: "2.4.1", desc: "低保标准为0.00 / a standard of 0.00",
			p:    mod(func(p *temporary.Params) { p.Standard = stdOf(d("0.00")) }),
			want: "temporary.standard.value: 0 is not positive"},
		{name: "standard negative", clause: "2.4.1", desc: "低保标准为负 / a negative standard",
			p:    mod(func(p *temporary.Params) { p.Standard = stdOf(d("-3622.00")) }),
			want: "temporary.standard.value: -3622 is negative"},
		{name: "standard over-precise", clause: "2.4.1", desc: "低保标准超过两位小数 / a standard with three places",
			p:    mod(func(p *temporary.Params) { p.Standard = stdOf(d("3622.001")) }),
			want: "temporary.standard.value: 3622.001 has more than two decimal places"},
		{name: "standard too large", clause: "2.4.1", desc: "低保标准超过10^12元 / a standard above 10^12 元",
			p:    mod(func(p *temporary.Params) { p.Standard = stdOf(d("1000000000000.01")) }),
			want: "temporary.standard.value: 1000000000000.01 is above 10^12 元"},
		{name: "standard without a name", clause: "0", desc: "标准参数无名称：各行列出它需名称 / the standard's parameter has no name for the lines to list",
			p:    mod(func(p *temporary.Params) { p.Standard = policy.New("", std.Value, policy.Seed, "x") }),
			want: "temporary.standard.name: is required: the parameter's name, listed on the lines that use it"},
		{name: "standard without a provenance", clause: "0", desc: "标准参数无来源类别 / the standard's parameter has no provenance",
			p: mod(func(p *temporary.Params) {
				p.Standard = policy.New[decimal.Decimal]("lowincome.standard", std.Value, "", "x")
			}),
			want: `temporary.standard.provenance: is required`},
		{name: "standard of an unknown provenance", clause: "0", desc: "标准参数来源类别不存在 / the standard's parameter has a provenance that is not one of the five",
			p: mod(func(p *temporary.Params) {
				p.Standard = policy.New[decimal.Decimal]("lowincome.standard", std.Value, "bogus", "x")
			}),
			want: `temporary.standard.provenance: "bogus" is not one of seed, derived, law, provisional, local`},
		{name: "standard source too long", clause: "0", desc: "标准参数来源超过 1000 字节：虽不在本包的 JSON 中，也照样检查 / the standard's source over 1000 bytes: checked though it is not in the package's JSON",
			p: mod(func(p *temporary.Params) {
				p.Standard = policy.New("lowincome.standard", std.Value, policy.Seed, strings.Repeat("x", policy.MaxSourceLength+1))
			}),
			want: "temporary.standard.source: (1001 bytes) is longer than 1000 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkErr(t, tc.desc, tc.p.Validate(), policy.ErrInvalid, tc.want)
		})
	}
	if err := mod(func(*temporary.Params) {}).Validate(); err != nil {
		t.Errorf("Default2017() with the 2017 standard: Validate() = %v, want nil", err)
	}
	// A source of exactly 1000 bytes is within the bound, and a source is
	// checked for its length alone, as every parameter's is
	// (policy.CheckParams): a citation may run over lines.
	lines := strings.Repeat("x", policy.MaxSourceLength-1) + "\n"
	if err := mod(func(p *temporary.Params) {
		p.Standard = policy.New("lowincome.standard", std.Value, policy.Seed, lines)
	}).Validate(); err != nil {
		t.Errorf("标准参数来源恰为 1000 字节（含换行）/ the standard's source of exactly 1000 bytes, a line break in it: Validate() = %v, want nil", err)
	}
	a := newAssessor(t, nil)
	_, err := a.Maximum("theft")
	checkErr(t, "未知类型的上限 / the maximum of an unknown type", err, policy.ErrInvalid, `type: "theft" is not a hardship type`)
}
