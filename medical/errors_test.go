package medical_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// checkErr asserts that err wraps want, is (or joins) a *policy.FieldError,
// and contains the field error message msg.
func checkErr(t *testing.T, desc string, err, want error, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want %q", desc, msg)
	}
	if !errors.Is(err, want) {
		t.Errorf("%s: errors.Is(%v, %v) = false", desc, err, want)
	}
	var fe *policy.FieldError
	if !errors.As(err, &fe) {
		t.Errorf("%s: error %v is not a *policy.FieldError", desc, err)
	}
	if !strings.Contains(err.Error(), msg) {
		t.Errorf("%s:\n got error %q\nwant it to contain %q", desc, err, msg)
	}
}

// TestAssessErrors: invalid claims, inputs and parameters get an error
// naming the field path, never a panic and never a silent amount.
func TestAssessErrors(t *testing.T) {
	bad := func(f func(c *household.Claim)) *household.Household {
		c := example7
		f(&c)
		return home(with(adult("m1"), c))
	}
	tests := []struct {
		name    string
		desc    string
		h       *household.Household
		on      household.Date
		in      medical.Inputs
		p       *medical.Params
		nilP    bool
		wantErr error
		want    string
	}{
		{
			name: "insurance above the compliant cost", desc: "保险赔付超过合规费用 / insurance pays more than the compliant cost",
			h:    bad(func(c *household.Claim) { c.Supplementary = d("8000.01") }),
			want: "members[0].claims[0]: 25000.01 paid by insurance is more than the compliant cost 25000.00", wantErr: policy.ErrInvalid,
		},
		{
			name: "compliant above total", desc: "合规费用超过总费用 / compliant cost above the total cost",
			h:    bad(func(c *household.Claim) { c.TotalCost = d("24000.00") }),
			want: "members[0].claims[0].compliant_cost: 25000.00 is more than the total cost 24000.00", wantErr: policy.ErrInvalid,
		},
		{
			name: "negative amount", desc: "负数金额 / a negative amount",
			h:    bad(func(c *household.Claim) { c.CriticalIllness = d("-1.00") }),
			want: "members[0].claims[0].critical_illness: -1 is negative", wantErr: policy.ErrInvalid,
		},
		{
			name: "over-precise amount", desc: "金额超过两位小数 / an amount with three places",
			h:    bad(func(c *household.Claim) { c.NCMS = d("15000.001") }),
			want: "members[0].claims[0].ncms: 15000.001 has more than two decimal places", wantErr: policy.ErrInvalid,
		},
		{
			name: "admission outside the parameter year", desc: "入院日期不在参数年度 / admission outside the parameter year",
			h:    home(adult("m0"), with(adult("m1"), claim("c1", "2018-02-01", "100.00", "0", "0"))),
			want: "members[1].claims[0].admission: 2018-02-01 is outside the parameter year 2017", wantErr: policy.ErrInvalid,
		},
		{
			name: "admission in the year before", desc: "上年度入院 / admitted the year before",
			h:    bad(func(c *household.Claim) { c.Admission = date("2016-12-31") }),
			want: "members[0].claims[0].admission: 2016-12-31 is outside the parameter year 2017", wantErr: policy.ErrInvalid,
		},
		{
			name: "unknown disease code", desc: "未知病种代码 / an unknown disease code",
			h:    bad(func(c *household.Claim) { c.Disease = "influenza" }),
			want: `members[0].claims[0].disease: "influenza" is not acute-leukaemia, congenital-heart or empty`, wantErr: policy.ErrInvalid,
		},
		{
			name: "missing admission", desc: "缺入院日期 / no admission date",
			h:    bad(func(c *household.Claim) { c.Admission = household.Date{} }),
			want: "members[0].claims[0].admission: is required", wantErr: policy.ErrInvalid,
		},
		{
			name: "missing claim id", desc: "缺住院编号 / no claim id",
			h:    bad(func(c *household.Claim) { c.ID = "" }),
			want: "members[0].claims[0].id: is required", wantErr: policy.ErrInvalid,
		},
		{
			name: "duplicate claim id", desc: "住院编号重复 / a duplicate claim id",
			h:    home(with(adult("m1"), example7, example7)),
			want: `members[0].claims[1].id: "c1" is also the id of claims[0]`, wantErr: policy.ErrInvalid,
		},
		{
			name: "admission after the assessment date", desc: "入院晚于评估日 / admitted after the assessment date",
			h: home(with(adult("m1"), example7)), on: household.NewDate(2017, 5, 9),
			want: "members[0].claims[0].admission: 2017-05-10 is after the assessment date 2017-05-09", wantErr: policy.ErrInvalid,
		},
		{
			name: "admission before birth", desc: "入院早于出生 / admitted before birth",
			h:    home(with(person("m1", "2017-06-01"), example7)),
			want: "members[0].claims[0].admission: 2017-05-10 is before the member's birth date", wantErr: policy.ErrInvalid,
		},
		{
			name: "child rule without a fixed-quota cost", desc: "儿童病种缺定额费用 / child-disease rule with no fixed-quota cost",
			h: home(with(person("k1", "2010-01-01"),
				childClaim("c1", "2017-05-10", household.CongenitalHeart, "30000.00", "21000.00", "0"))),
			in:   medical.Inputs{LowIncome: true},
			want: "members[0].claims[0].fixed_quota_cost: is required: the child-disease rule applies (congenital-heart, aged 7 at admission)", wantErr: policy.ErrInvalid,
		},
		{
			name: "negative aid already paid", desc: "本年已救助为负 / negative aid already paid",
			h:    home(paid(adult("m1"), "-5.00")),
			want: "members[0].medical_aid_paid: -5 is negative", wantErr: policy.ErrInvalid,
		},
		{
			name: "second aid paid for an unknown member", desc: "再次救助已付对应不存在的成员 / second aid paid for no member",
			h: home(adult("m1")), in: medical.Inputs{SecondAidPaid: map[string]decimal.Decimal{"m9": d("1.00")}},
			want: `inputs.second_aid_paid["m9"]: is not the id of a member`, wantErr: policy.ErrInvalid,
		},
		{
			name: "second aid paid above all aid", desc: "已再次救助超过本年已救助 / second aid paid above all aid paid",
			h: home(paid(adult("m1"), "100.00")), in: medical.Inputs{SecondAidPaid: map[string]decimal.Decimal{"m1": d("100.01")}},
			want: `inputs.second_aid_paid["m1"]: 100.01 is more than the member's medical_aid_paid 100.00`, wantErr: policy.ErrInvalid,
		},
		{
			name: "nil household", desc: "空记录 / a nil record",
			h: nil, want: "household: is missing", wantErr: policy.ErrInvalid,
		},
		{
			name: "invalid assessment date", desc: "评估日无效 / an invalid assessment date",
			h: home(adult("m1")), on: household.NewDate(2017, 2, 30),
			want: "date: 2017-02-30 is not a valid assessment date", wantErr: policy.ErrInvalid,
		},
		{
			name: "assessment date outside the parameter year", desc: "评估日不在参数年度 / assessment date outside the parameter year",
			h: home(adult("m1")), on: household.NewDate(2018, 1, 1),
			want: "date: 2018-01-01 is outside the parameter year 2017", wantErr: policy.ErrNoParams,
		},
		{
			name: "nil parameters", desc: "参数为空 / nil parameters",
			h: home(adult("m1")), nilP: true,
			want: "medical: parameters are missing", wantErr: policy.ErrInvalid,
		},
		{
			name: "invalid parameters", desc: "参数无效 / invalid parameters",
			h: home(adult("m1")),
			p: func() *medical.Params {
				p := medical.Default2017()
				p.AnnualCap.Set = false
				return p
			}(),
			want: "medical.annual_cap: is required", wantErr: policy.ErrInvalid,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			when := tc.on
			if when.IsZero() {
				when = on
			}
			p := tc.p
			switch {
			case tc.nilP:
				p = nil
			case p == nil:
				p = medical.Default2017()
			}
			r, err := medical.Assess(tc.h, when, tc.in, p)
			if r != nil {
				t.Errorf("%s: Assess returned a result with its error", tc.desc)
			}
			checkErr(t, tc.desc, err, tc.wantErr, tc.want)
		})
	}
}

// TestClaimAidErrors: ClaimAid on its own checks its claim and inputs.
func TestClaimAidErrors(t *testing.T) {
	in := func(f func(in *medical.ClaimInput)) medical.ClaimInput {
		x := medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}
		f(&x)
		return x
	}
	tests := []struct {
		name    string
		desc    string
		in      medical.ClaimInput
		wantErr error
		want    string
	}{
		{
			name: "insurance above the compliant cost", desc: "保险赔付超过合规费用 / insurance above the compliant cost",
			in:   in(func(x *medical.ClaimInput) { x.Claim.Guaranteed = d("9000.00") }),
			want: "claim: 26000.00 paid by insurance is more than the compliant cost 25000.00", wantErr: policy.ErrInvalid,
		},
		{
			name: "compliant above total", desc: "合规费用超过总费用 / compliant above total",
			in:   in(func(x *medical.ClaimInput) { x.Claim.TotalCost = d("100.00") }),
			want: "claim.compliant_cost: 25000.00 is more than the total cost 100.00", wantErr: policy.ErrInvalid,
		},
		{
			name: "negative amount", desc: "负数金额 / a negative amount",
			in:   in(func(x *medical.ClaimInput) { x.Claim.FixedQuotaCost = d("-0.01") }),
			want: "claim.fixed_quota_cost: -0.01 is negative", wantErr: policy.ErrInvalid,
		},
		{
			name: "admission outside the year", desc: "入院不在参数年度 / admission outside the year",
			in:   in(func(x *medical.ClaimInput) { x.Claim.Admission = date("2018-02-01") }),
			want: "claim.admission: 2018-02-01 is outside the parameter year 2017", wantErr: policy.ErrInvalid,
		},
		{
			name: "unknown disease", desc: "未知病种 / an unknown disease",
			in:   in(func(x *medical.ClaimInput) { x.Claim.Disease = "x" }),
			want: `claim.disease: "x" is not acute-leukaemia, congenital-heart or empty`, wantErr: policy.ErrInvalid,
		},
		{
			name: "no claim id", desc: "缺住院编号 / no claim id",
			in:   in(func(x *medical.ClaimInput) { x.Claim.ID = "" }),
			want: "claim.id: is required", wantErr: policy.ErrInvalid,
		},
		{
			name: "unknown group", desc: "未知救助类别 / an unknown group",
			in:   in(func(x *medical.ClaimInput) { x.Group = "vip" }),
			want: `group: "vip" is not tekun, lowincome, registered-poor, extended or empty`, wantErr: policy.ErrInvalid,
		},
		{
			name: "negative age", desc: "年龄为负 / a negative age",
			in:   in(func(x *medical.ClaimInput) { x.Age = -1 }),
			want: "age: -1 is negative", wantErr: policy.ErrInvalid,
		},
		{
			name: "negative paid", desc: "本年已救助为负 / negative aid paid",
			in:   in(func(x *medical.ClaimInput) { x.Paid = d("-1") }),
			want: "paid: -1 is negative", wantErr: policy.ErrInvalid,
		},
		{
			name: "second paid above paid", desc: "已再次救助超过已救助 / second aid above all aid",
			in:   in(func(x *medical.ClaimInput) { x.Paid, x.SecondPaid = d("10.00"), d("20.00") }),
			want: "second_paid: 20.00 is more than all aid paid 10.00", wantErr: policy.ErrInvalid,
		},
		{
			name: "child rule without quota", desc: "儿童病种缺定额费用 / child rule with no fixed-quota cost",
			in: in(func(x *medical.ClaimInput) {
				x.Age, x.Claim.Disease = 3, household.AcuteLeukaemia
			}),
			want: "claim.fixed_quota_cost: is required: the child-disease rule applies (acute-leukaemia, aged 3 at admission)", wantErr: policy.ErrInvalid,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := medical.ClaimAid(tc.in, medical.Default2017())
			checkErr(t, tc.desc, err, tc.wantErr, tc.want)
		})
	}
}

// TestParamsErrors: a parameter set is validated against the document's
// floors and POLICY.md's rules before anything is computed.
func TestParamsErrors(t *testing.T) {
	with := func(f func(p *medical.Params)) *medical.Params {
		p := medical.Default2017()
		f(p)
		return p
	}
	tests := []struct {
		name string
		desc string
		p    *medical.Params
		want []string
	}{
		{
			name: "lowincome ratio below 70%", desc: "低保救助比例低于70% / 低保 ratio below the 70% floor",
			p:    with(func(p *medical.Params) { p.LowIncome.Ratio.Value = d("0.65") }),
			want: []string{"medical.lowincome.ratio: 0.65 is below the floor 0.7 for key recipients (二(三)4 不低于70%)"},
		},
		{
			name: "tekun below lowincome", desc: "特困比例低于低保 / 特困 ratio below 低保's",
			p:    with(func(p *medical.Params) { p.LowIncome.Ratio.Value = d("0.85") }),
			want: []string{"medical.tekun.ratio: 0.8 is below the 低保 ratio 0.85 (二(三)4 对特困供养人员的救助比例适当提高)"},
		},
		{
			name: "key deductible", desc: "重点对象设起付线 / a deductible for key recipients",
			p:    with(func(p *medical.Params) { p.Tekun.Deductible.Value = d("500.00") }),
			want: []string{"medical.tekun.deductible: 500 is not 0: key recipients have no deductible (二(三)4 救助门槛全面取消)"},
		},
		{
			name: "ratio above 1", desc: "比例超过100% / a ratio above 1",
			p:    with(func(p *medical.Params) { p.Extended.Ratio.Value = d("1.2") }),
			want: []string{"medical.extended.ratio: 1.2 is not a rate from 0 to 1"},
		},
		{
			name: "second aid enabled without values", desc: "启用再次救助但未设数值 / second aid enabled with no values",
			p: with(func(p *medical.Params) {
				p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "county")
			}),
			want: []string{
				"medical.second_aid.threshold: is required",
				"medical.second_aid.ratio: is required",
				"medical.second_aid.cap: is required",
			},
		},
		{
			name: "year and ages", desc: "年度、年龄缺失 / year and ages wrong",
			p: with(func(p *medical.Params) {
				p.Year, p.ChildMaxAge.Set, p.SevereGrade.Value = 0, false, 5
			}),
			want: []string{
				"medical.year: 0 is not a year from 1900 to 9999",
				"medical.severe_grade: 5 is not 1–4",
				"medical.child_max_age: is required",
			},
		},
		{
			name: "contribution over-precise", desc: "个人缴费超过两位小数 / an over-precise contribution",
			p:    with(func(p *medical.Params) { p.Contribution.Value = d("180.001") }),
			want: []string{"medical.contribution: 180.001 has more than two decimal places"},
		},
		{
			name: "rounding", desc: "舍入方式无效 / a bad rounding",
			p:    with(func(p *medical.Params) { p.Rounding.Mode = "up" }),
			want: []string{"medical.rounding.mode: up is not half-up or half-even"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.p.Validate()
			for _, w := range tc.want {
				checkErr(t, tc.desc, err, policy.ErrInvalid, w)
			}
		})
	}
}

// TestDefault2017 shows the 2017 set valid, with the provenance POLICY.md
// 2.3 gives each value.
func TestDefault2017(t *testing.T) {
	p := medical.Default2017()
	if err := p.Validate(); err != nil {
		t.Fatalf("Default2017().Validate() = %v", err)
	}
	tests := []struct {
		name  string
		desc  string
		param policy.Param[decimal.Decimal]
		value string
		prov  policy.Provenance
	}{
		{"contribution", "个人参合费180元（暂定）/ contribution 180.00, provisional", p.Contribution, "180.00", policy.Provisional},
		{"lowincome ratio", "低保70%（文件）/ 低保 70%, seed", p.LowIncome.Ratio, "0.70", policy.Seed},
		{"lowincome deductible", "低保无起付线（文件）/ no deductible, seed", p.LowIncome.Deductible, "0.00", policy.Seed},
		{"tekun ratio", "特困80%（暂定）/ 特困 80%, provisional", p.Tekun.Ratio, "0.80", policy.Provisional},
		{"tekun deductible", "特困无起付线（文件）/ no deductible, seed", p.Tekun.Deductible, "0.00", policy.Seed},
		{"registered-poor ratio", "建档立卡60%（暂定）/ 60%, provisional", p.RegisteredPoor.Ratio, "0.60", policy.Provisional},
		{"registered-poor deductible", "建档立卡起付线5000（暂定）/ 5000, provisional", p.RegisteredPoor.Deductible, "5000.00", policy.Provisional},
		{"extended ratio", "扩大对象60%（暂定）/ 60%, provisional", p.Extended.Ratio, "0.60", policy.Provisional},
		{"extended deductible", "扩大对象起付线5000（暂定）/ 5000, provisional", p.Extended.Deductible, "5000.00", policy.Provisional},
		{"annual cap", "年度限额20000（暂定）/ cap 20000, provisional", p.AnnualCap, "20000.00", policy.Provisional},
		{"child share", "儿童定额20%（暂定）/ 20% of the quota, provisional", p.ChildShare, "0.20", policy.Provisional},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.param.Value.StringFixed(2); got != tc.value || tc.param.Provenance != tc.prov || tc.param.Source == "" {
				t.Errorf("%s: %s %s (source %q), want %s %s", tc.desc, got, tc.param.Provenance, tc.param.Source, tc.value, tc.prov)
			}
		})
	}
	if p.Year != 2017 || p.ChildMaxAge.Value != 14 || p.ChildMaxAge.Provenance != policy.Seed {
		t.Errorf("year %d, child max age %d (%s), want 2017, 14 (seed)", p.Year, p.ChildMaxAge.Value, p.ChildMaxAge.Provenance)
	}
	if p.SecondAid.On() || p.SecondAid.Threshold.Set || p.SecondAid.Ratio.Set || p.SecondAid.Cap.Set {
		t.Errorf("second aid is configured by default; POLICY.md 2.3.4: off unless configured, no defaults")
	}
}
