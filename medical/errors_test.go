package medical_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// checkErr asserts that err wraps want, is (or joins) a *policy.FieldError,
// and contains the field error message msg, "path: text", from a field
// error at that very path.
func checkErr(t *testing.T, desc string, err, want error, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: 没有错误，应为 %q / no error, want %q", desc, msg, msg)
	}
	if !errors.Is(err, want) {
		t.Errorf("%s: 错误 %v 未包装 %v / errors.Is(%v, %v) = false", desc, err, want, err, want)
	}
	fes := policy.FieldErrors(err)
	if len(fes) == 0 {
		t.Errorf("%s: 错误 %v 不是 *policy.FieldError / error %v is not a *policy.FieldError", desc, err, err)
	} else if path, _, ok := strings.Cut(msg, ": "); ok && !slices.ContainsFunc(fes, func(fe *policy.FieldError) bool {
		return fe.Path == path && strings.Contains(fe.Error(), msg)
	}) {
		t.Errorf("%s: %q 处没有说 %q 的字段错误 / no field error at path %q says %q: %v", desc, path, msg, path, msg, err)
	}
	if !strings.Contains(err.Error(), msg) {
		t.Errorf("%s:\n 错误 %q\n 应含 %q\n got error %q\nwant it to contain %q", desc, err, msg, err, msg)
	}
}

// TestAssessErrors is the catalogue of what Assess itself refuses, with
// the field path, the error type and the message, returning no result: a
// record the child-disease rule cannot assess (2.3.4), 低保 recipients who
// are no members or listed twice, a run before that is not this record's
// months just before, a bad run of months (section 0). The
// record's own faults (amounts, dates, claim ids, admissions outside the
// year, after the date or before birth) are refused by household.Check
// before Assess sees the record.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     medical.Inputs
		// before, when set, is the record of the run before, assessed over
		// beforeRun and handed to Assess as in.Before; zeroBefore hands it
		// the zero Result instead.
		before     *household.Household
		beforeRun  policy.Period
		zeroBefore bool
		path       string
		etype      policy.ErrorType
		want       string
	}{
		{
			name: "child rule without a fixed-quota cost", clause: "2.3.4", desc: "儿童病种缺定额费用 / child-disease rule with no fixed-quota cost",
			h: home(with(person("k1", "2010-01-01"),
				childClaim("c1", "2017-05-10", household.CongenitalHeart, "30000.00", "21000.00", "0"))),
			in:   medical.Inputs{LowIncome: true},
			path: "members[0].claims[0].fixed_quota_cost", etype: policy.ErrorRequired,
			want: "members[0].claims[0].fixed_quota_cost: is required: the child-disease rule applies (congenital-heart, aged 7 at admission)",
		},
		{
			name: "低保 recipient of no member", clause: "0", desc: "单独享受低保的成员不存在 / a 低保 recipient who is no member",
			h: home(adult("m1")), in: medical.Inputs{LowIncomeMembers: []string{"m9"}},
			path: "inputs.lowincome_members[0]", etype: policy.ErrorNotFound,
			want: `inputs.lowincome_members[0]: "m9" is not the id of a member`,
		},
		{
			name: "低保 recipient listed twice", clause: "0", desc: "单独享受低保的成员重复 / a 低保 recipient listed twice",
			h: home(adult("m1"), adult("m2")), in: medical.Inputs{LowIncomeMembers: []string{"m2", "m1", "m2"}},
			path: "inputs.lowincome_members[2]", etype: policy.ErrorDuplicate,
			want: `inputs.lowincome_members[2]: "m2" is listed twice`,
		},
		{
			name: "run before of another year", clause: "0", desc: "上一时段不是本年的结果 / the run before is not of this year",
			h: home(adult("m1")), in: medical.Inputs{Period: policy.Period{From: time.July, To: time.December}}, zeroBefore: true,
			path: "inputs.before", etype: policy.ErrorInvalid,
			want: "inputs.before: 0 is a result for another year than 2017",
		},
		{
			name: "run before of another household", clause: "0", desc: "上一时段是另一户的结果 / the run before is another household's",
			h: home(adult("m1")), in: medical.Inputs{Period: policy.Period{From: time.July, To: time.December}},
			before: home(adult("m2")), beforeRun: policy.Period{From: time.January, To: time.June},
			path: "inputs.before", etype: policy.ErrorInvalid,
			want: `inputs.before: "H-TEST" is the result of another household or other members`,
		},
		{
			name: "run before not just before", clause: "0", desc: "上一时段与本时段不相接 / the run before does not end just before this one",
			h: home(adult("m1")), in: medical.Inputs{Period: policy.Period{From: time.August, To: time.December}},
			before: home(adult("m1")), beforeRun: policy.Period{From: time.January, To: time.June},
			path: "inputs.before", etype: policy.ErrorInvalid,
			want: "inputs.before: 01–06 is not the run of months just before 08–12",
		},
		{
			name: "run before the whole year", clause: "0", desc: "首个时段不应有上一时段 / a run from January has no run before",
			h:      home(adult("m1")),
			before: home(adult("m1")), beforeRun: policy.Period{From: time.January, To: time.June},
			path: "inputs.before", etype: policy.ErrorInvalid,
			want: "inputs.before: 01–06 is not the run of months just before 01–12",
		},
		{
			name: "period not a run of months", clause: "0", desc: "评估月份区间无效 / a period that is not a run of months",
			h: home(adult("m1")), in: medical.Inputs{Period: policy.Period{From: time.July, To: time.March}},
			path: "inputs.period", etype: policy.ErrorInvalid,
			want: "inputs.period: 07–03 is not a run of months of one year",
		},
		{
			name: "period past December", clause: "0", desc: "评估月份区间越过十二月 / a period that runs past December",
			h: home(adult("m1")), in: medical.Inputs{Period: policy.Period{From: time.January, To: 13}},
			path: "inputs.period", etype: policy.ErrorInvalid,
			want: "inputs.period: 01–13 is not a run of months of one year",
		},
	}
	a := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in
			switch {
			case tc.zeroBefore:
				in.Before = &medical.Result{}
			case tc.before != nil:
				b, err := a.Assess(check(t, tc.before), medical.Inputs{Period: tc.beforeRun})
				if err != nil {
					t.Fatal(err)
				}
				in.Before = &b
			}
			r, err := a.Assess(check(t, tc.h), in)
			if r.Lines != nil || r.Decisions != nil || r.Members() != nil {
				t.Errorf("%s: 出错时仍返回结果 / Assess returned a result with its error", tc.desc)
			}
			checkErr(t, tc.desc, err, policy.ErrInvalid, tc.want)
			if fe := policy.FieldErrors(err); len(fe) != 1 || fe[0].Path != tc.path || fe[0].Type != tc.etype {
				t.Errorf("%s: 字段错误 %v，应为 %s 处的一个 %s 错误 / field errors %v, want one %s error at %s",
					tc.desc, fe, tc.path, tc.etype, fe, tc.etype, tc.path)
			}
		})
	}
}

// TestQuotaInItsRun: the fixed-quota cost of a child-disease claim (2.3.4)
// is required by the run that assesses the claim, the run of its admission
// month, under that run's group; a run of other months neither needs it nor
// refuses the record for it. A child of 7 in a 低保 household, admitted in
// September with congenital heart disease and no fixed-quota cost.
func TestQuotaInItsRun(t *testing.T) {
	h := home(with(person("k1", "2010-01-01"),
		childClaim("c1", "2017-09-10", household.CongenitalHeart, "30000.00", "21000.00", "0")))
	const want = "members[0].claims[0].fixed_quota_cost: is required: the child-disease rule applies (congenital-heart, aged 7 at admission)"
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		in      medical.Inputs
		wantErr string // "" for none
	}{
		{name: "the whole year", clause: "2.3.4", desc: "全年评估，九月的住院缺定额费用 / the whole year: the September claim lacks its fixed-quota cost",
			in: medical.Inputs{LowIncome: true}, wantErr: want},
		{name: "the run of the admission", clause: "2.3.4", desc: "七至十二月评估，含入院月 / July–December, which holds the admission",
			in: medical.Inputs{LowIncome: true, Period: policy.Period{From: time.July, To: time.December}}, wantErr: want},
		{name: "a run before the admission", clause: "2.3.4", desc: "一至六月评估，不含入院月：不要求也不拒绝 / January–June, without the admission: neither required nor refused",
			in: medical.Inputs{LowIncome: true, Period: policy.Period{From: time.January, To: time.June}}},
		{name: "the run of the admission, outside any group", clause: "2.3.4", desc: "入院所在时段不在救助对象内：不要求 / the admission's run outside every group: not required",
			in: medical.Inputs{Period: policy.Period{From: time.July, To: time.December}}},
	}
	a := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(check(t, h), tc.in)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("%s: error %v, want none", tc.desc, err)
			case tc.wantErr == "" && len(r.Lines) != 0:
				t.Errorf("%s: %d lines, want none (no claim of the run is aided)", tc.desc, len(r.Lines))
			case tc.wantErr != "":
				checkErr(t, tc.desc, err, policy.ErrInvalid, tc.wantErr)
			}
		})
	}
}

// TestClaimAidErrors: ClaimAid on its own checks its claim and inputs as
// the record check would, each fault one field error of its type. A row
// cites section 0 where the refusal rests on what any input must be (a
// member to pay, and ids as a record holds them; an amount or age that is
// not negative), 2.3.2 for the group, and 2.3.4 where it rests on the rule:
// a claim's payments within its compliant cost and that within its total
// cost (compared only when the costs are money), the claim's id its aid
// names, a disease of the children's rule and the fixed-quota cost that
// rule needs. Each input is the example-7 claim of a 低保 member m1 aged 47,
// changed as the row says.
func TestClaimAidErrors(t *testing.T) {
	in := func(f func(in *medical.ClaimInput)) medical.ClaimInput {
		x := medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}
		f(&x)
		return x
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		in      medical.ClaimInput
		wantErr error
		want    string
		etype   policy.ErrorType
		n       int // the field errors, all of type etype: one when 0
	}{
		{
			name: "insurance above the compliant cost", clause: "2.3.4", desc: "保险赔付 26000.00 超过合规费用 25000.00 / insurance paying 26000.00 of a compliant cost of 25000.00",
			in:   in(func(x *medical.ClaimInput) { x.Claim.Guaranteed = d("9000.00") }),
			want: "claim: 26000.00 paid by insurance is more than the compliant cost 25000.00", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "compliant above total", clause: "2.3.4", desc: "合规费用 25000.00 超过总费用 100.00 / a compliant cost of 25000.00 above the total cost of 100.00",
			in:   in(func(x *medical.ClaimInput) { x.Claim.TotalCost = d("100.00") }),
			want: "claim.compliant_cost: 25000.00 is more than the total cost 100.00", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "negative amount", clause: "0", desc: "定额费用为负 / a negative fixed-quota cost",
			in:   in(func(x *medical.ClaimInput) { x.Claim.FixedQuotaCost = d("-0.01") }),
			want: "claim.fixed_quota_cost: -0.01 is negative", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "amount of three places", clause: "0", desc: "基本医保赔付15000.001元，超过两位小数：报错，不按0计 / a basic NCMS payment of 15000.001, more than two places: an error, not read as 0",
			in:   in(func(x *medical.ClaimInput) { x.Claim.NCMS = d("15000.001") }),
			want: "claim.ncms: 15000.001 has more than two decimal places", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "compliant cost of three places", clause: "2.3.4", desc: "合规费用 25000.001 超过两位小数：只报它本身，不拿保险赔付 17000.00 与之比较 / a compliant cost of 25000.001, more than two places: it alone is reported, the 17000.00 insurance paid is not compared with it",
			in:   in(func(x *medical.ClaimInput) { x.Claim.CompliantCost = d("25000.001") }),
			want: "claim.compliant_cost: 25000.001 has more than two decimal places", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "compliant cost of three places, total negative", clause: "2.3.4", desc: "合规费用 25000.001、总费用 −5.00：两项各报一次，不拿两者比较 / a compliant cost of 25000.001 and a total cost of −5.00: each reported once, the two not compared",
			in: in(func(x *medical.ClaimInput) {
				x.Claim.CompliantCost, x.Claim.TotalCost = d("25000.001"), d("-5.00")
			}),
			want: "claim.compliant_cost: 25000.001 has more than two decimal places", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid, n: 2,
		},
		{
			name: "unknown disease", clause: "2.3.4", desc: "未知病种 / an unknown disease",
			in:   in(func(x *medical.ClaimInput) { x.Claim.Disease = "x" }),
			want: `claim.disease: "x" is not acute-leukaemia, congenital-heart or empty`, wantErr: policy.ErrInvalid, etype: policy.ErrorNotSupported,
		},
		{
			name: "no claim id", clause: "2.3.4", desc: "缺住院编号 / no claim id",
			in:   in(func(x *medical.ClaimInput) { x.Claim.ID = "" }),
			want: "claim.id: is required", wantErr: policy.ErrInvalid, etype: policy.ErrorRequired,
		},
		{
			name: "claim id ending in a space", clause: "0", desc: "住院编号末尾有空格：记录检查不收，单次救助也不收 / a claim id ending in a space: refused here as the record check refuses it",
			in:   in(func(x *medical.ClaimInput) { x.Claim.ID = "c1 " }),
			want: `claim.id: "c1 " has a space at its end`, wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "member and claim id missing", clause: "0", desc: "缺成员和住院编号：两项各报一次，在同一列表中 / no member and no claim id: each reported once, in one list",
			in:   in(func(x *medical.ClaimInput) { x.Member, x.Claim.ID = "", "" }),
			want: "claim.id: is required", wantErr: policy.ErrInvalid, etype: policy.ErrorRequired, n: 2,
		},
		{
			name: "unknown group", clause: "2.3.2", desc: "未知救助类别 / an unknown group",
			in:   in(func(x *medical.ClaimInput) { x.Group = "vip" }),
			want: `group: "vip" is not tekun, lowincome, registered-poor, extended, child-in-difficulty or empty`, wantErr: policy.ErrInvalid, etype: policy.ErrorNotSupported,
		},
		{
			name: "no member", clause: "0", desc: "缺成员：救助付给谁不明 / no member: whom the aid is paid to is unknown",
			in:   in(func(x *medical.ClaimInput) { x.Member = "" }),
			want: "member: is required: the member the aid is paid to, named on the lines", wantErr: policy.ErrInvalid, etype: policy.ErrorRequired,
		},
		{
			name: "blank member", clause: "0", desc: "成员编号只有两个空格：不是记录里的编号 / a member id of two spaces only: not an id a record may hold",
			in:   in(func(x *medical.ClaimInput) { x.Member = "  " }),
			want: `member: "  " is only spaces`, wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "member id with an invisible character", clause: "0", desc: "成员编号末尾有零宽空格：看起来与 m1 相同 / a member id ending in a zero-width space, which looks like m1",
			in:   in(func(x *medical.ClaimInput) { x.Member = "m1\u200b" }),
			want: `member: "m1\u200b" has an invisible character U+200B at byte 2`, wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "member id too long", clause: "0", desc: "成员编号 65 字节，超过记录编号的 64 字节 / a member id of 65 bytes, above a record's 64",
			in:   in(func(x *medical.ClaimInput) { x.Member = strings.Repeat("m", 65) }),
			want: `member: "` + strings.Repeat("m", 40) + `…" is longer than 64 bytes`, wantErr: policy.ErrInvalid, etype: policy.ErrorTooLong,
		},
		{
			name: "negative age", clause: "0", desc: "年龄为负 / a negative age",
			in:   in(func(x *medical.ClaimInput) { x.Age = -1 }),
			want: "age: -1 is negative", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "negative paid", clause: "0", desc: "本年已救助为负 / negative aid paid",
			in:   in(func(x *medical.ClaimInput) { x.Paid = d("-1") }),
			want: "paid: -1 is negative", wantErr: policy.ErrInvalid, etype: policy.ErrorInvalid,
		},
		{
			name: "child rule without quota", clause: "2.3.4", desc: "儿童病种缺定额费用 / child rule with no fixed-quota cost",
			in: in(func(x *medical.ClaimInput) {
				x.Age, x.Claim.Disease = 3, household.AcuteLeukaemia
			}),
			want: "claim.fixed_quota_cost: is required: the child-disease rule applies (acute-leukaemia, aged 3 at admission)", wantErr: policy.ErrInvalid, etype: policy.ErrorRequired,
		},
	}
	a := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := a.ClaimAid(tc.in)
			checkErr(t, tc.desc, err, tc.wantErr, tc.want)
			fes := policy.FieldErrors(err)
			if len(fes) != max(tc.n, 1) || slices.ContainsFunc(fes, func(fe *policy.FieldError) bool { return fe.Type != tc.etype }) {
				t.Errorf("%s: 字段错误 %v，应为 %d 个 %s 错误 / field errors %v, want %d %s errors", tc.desc, fes, max(tc.n, 1), tc.etype, fes, max(tc.n, 1), tc.etype)
			}
			if j, ok := err.(interface{ Unwrap() []error }); ok && len(j.Unwrap()) != len(fes) {
				t.Errorf("%s: 错误列表 %d 项，字段错误 %d 个：列表中有嵌套 / the joined error lists %d errors for %d field errors: one is nested", tc.desc, len(j.Unwrap()), len(fes), len(j.Unwrap()), len(fes))
			}
		})
	}
}

// TestParamsErrors: a parameter set is validated against the document's
// floors and RULES.md's rules before anything is computed.
func TestParamsErrors(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      *medical.Params
		want   []string
	}{
		{
			name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			p:    nil,
			want: []string{"medical: parameters are missing"},
		},
		{
			name: "lowincome ratio below 70%", clause: "2.3.4", desc: "低保救助比例低于70% / 低保 ratio below the 70% floor",
			p:    edited(func(p *medical.Params) { p.LowIncome.Ratio.Value = d("0.65") }),
			want: []string{"medical.lowincome.ratio: 0.65 is below the floor 0.7 for key recipients (二(三)4 不低于70%)"},
		},
		{
			name: "tekun below lowincome", clause: "2.3.4", desc: "特困比例低于低保 / 特困 ratio below 低保's",
			p:    edited(func(p *medical.Params) { p.LowIncome.Ratio.Value = d("0.85") }),
			want: []string{"medical.tekun.ratio: 0.8 is below the 低保 ratio 0.85 (二(三)4 对特困供养人员的救助比例适当提高)"},
		},
		{
			name: "key deductible", clause: "2.3.4", desc: "重点对象设起付线 / a deductible for key recipients",
			p:    edited(func(p *medical.Params) { p.Tekun.Deductible.Value = d("500.00") }),
			want: []string{"medical.tekun.deductible: 500 is not 0: key recipients have no deductible (二(三)4 救助门槛全面取消)"},
		},
		{
			name: "ratio above 1", clause: "2.3.4", desc: "比例超过100% / a ratio above 1",
			p:    edited(func(p *medical.Params) { p.Extended.Ratio.Value = d("1.2") }),
			want: []string{"medical.extended.ratio: 1.2 is not a rate from 0 to 1"},
		},
		{
			name: "second aid enabled without values", clause: "2.3.4", desc: "启用再次救助但未设数值 / second aid enabled with no values",
			p: edited(func(p *medical.Params) {
				p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "county")
			}),
			want: []string{
				"medical.second_aid.threshold: is required: second aid is enabled",
				"medical.second_aid.ratio: is required: second aid is enabled",
				"medical.second_aid.cap: is required: second aid is enabled",
			},
		},
		{
			name: "second aid half configured", clause: "2.3.4", desc: "未设启用开关、只设门槛：比例与限额缺失报错，不静默为0 / enabled left unset and only a threshold given: the missing ratio and cap are errors, never a silent zero",
			p: edited(func(p *medical.Params) {
				p.SecondAid.Threshold = policy.New("medical.second_aid.threshold", d("3000.00"), policy.Local, "county")
			}),
			want: []string{
				"medical.second_aid.ratio: is required: another of second aid's threshold, ratio and cap is set, and the three go together",
				"medical.second_aid.cap: is required: another of second aid's threshold, ratio and cap is set, and the three go together",
			},
		},
		{
			name: "second aid half configured, ratio only", clause: "2.3.4", desc: "未设启用开关、只设比例50%：门槛与限额缺失报错，不静默为0 / enabled left unset and only a ratio of 50% given: the missing threshold and cap are errors, never a silent zero",
			p: edited(func(p *medical.Params) {
				p.SecondAid.Ratio = policy.New("medical.second_aid.ratio", d("0.50"), policy.Local, "county")
			}),
			want: []string{
				"medical.second_aid.threshold: is required: another of second aid's threshold, ratio and cap is set, and the three go together",
				"medical.second_aid.cap: is required: another of second aid's threshold, ratio and cap is set, and the three go together",
			},
		},
		{
			name: "ages and grade", clause: "2.3.2", desc: "年龄、等级缺失或越界 / ages and grade wrong",
			p: edited(func(p *medical.Params) {
				p.ChildMaxAge.Set, p.SevereGrade.Value = false, 5
			}),
			want: []string{
				"medical.severe_grade: 5 is not 1–4",
				"medical.child_max_age: is required",
			},
		},
		{
			name: "ratio of five places", clause: "2.3.4", desc: "比例超过四位小数 / a ratio with five places",
			p:    edited(func(p *medical.Params) { p.Extended.Ratio.Value = d("0.60001") }),
			want: []string{"medical.extended.ratio: 0.60001 has more than four decimal places"},
		},
		{
			name: "contribution over-precise", clause: "2.3.3", desc: "个人缴费超过两位小数 / an over-precise contribution",
			p:    edited(func(p *medical.Params) { p.Contribution.Value = d("180.001") }),
			want: []string{"medical.contribution: 180.001 has more than two decimal places"},
		},
		{
			name: "caps", clause: "2.3.4", desc: "困境儿童年度限额缺失、扩大对象限额为负 / a cap missing, a cap negative",
			p: edited(func(p *medical.Params) {
				p.ChildInDifficulty.Cap.Set, p.Extended.Cap.Value = false, d("-1.00")
			}),
			want: []string{
				"medical.extended.annual_cap: -1 is negative",
				"medical.child_in_difficulty.annual_cap: is required",
			},
		},
		{
			name: "rounding", clause: "0", desc: "舍入方式无效 / a bad rounding",
			p:    edited(func(p *medical.Params) { p.Rounding.Mode = "up" }),
			want: []string{`medical.rounding.mode: "up" is not half-up or half-even`},
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

// TestDefault2017 shows the 2017 set valid, with the value and provenance
// RULES.md gives each parameter, named by its path in the set: the
// contribution under 2.3.3; the ratios, deductibles, caps, child age and
// child share under 2.3.4.
func TestDefault2017(t *testing.T) {
	p := medical.Default2017()
	if err := p.Validate(); err != nil {
		t.Fatalf("Default2017().Validate() = %v", err)
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		path   string // under "medical."
		value  string
		prov   policy.Provenance
	}{
		{name: "contribution", clause: policy.ClauseSponsorship, desc: "个人参合费180元（暂定）/ contribution 180.00, provisional",
			path: "contribution", value: "180.00", prov: policy.Provisional},
		{name: "lowincome ratio", clause: policy.ClauseInpatient, desc: "低保70%（文件）/ 低保 70%, seed",
			path: "lowincome.ratio", value: "0.70", prov: policy.Seed},
		{name: "lowincome deductible", clause: policy.ClauseInpatient, desc: "低保无起付线（文件）/ no deductible, seed",
			path: "lowincome.deductible", value: "0.00", prov: policy.Seed},
		{name: "tekun ratio", clause: policy.ClauseInpatient, desc: "特困80%（暂定）/ 特困 80%, provisional",
			path: "tekun.ratio", value: "0.80", prov: policy.Provisional},
		{name: "tekun deductible", clause: policy.ClauseInpatient, desc: "特困无起付线（文件）/ no deductible, seed",
			path: "tekun.deductible", value: "0.00", prov: policy.Seed},
		{name: "registered-poor ratio", clause: policy.ClauseInpatient, desc: "建档立卡60%（暂定）/ 60%, provisional",
			path: "registered_poor.ratio", value: "0.60", prov: policy.Provisional},
		{name: "registered-poor deductible", clause: policy.ClauseInpatient, desc: "建档立卡起付线5000（暂定）/ 5000, provisional",
			path: "registered_poor.deductible", value: "5000.00", prov: policy.Provisional},
		{name: "extended ratio", clause: policy.ClauseInpatient, desc: "扩大对象60%（暂定）/ 60%, provisional",
			path: "extended.ratio", value: "0.60", prov: policy.Provisional},
		{name: "extended deductible", clause: policy.ClauseInpatient, desc: "扩大对象起付线5000（暂定）/ 5000, provisional",
			path: "extended.deductible", value: "5000.00", prov: policy.Provisional},
		{name: "child-in-difficulty ratio", clause: policy.ClauseInpatient, desc: "困境儿童60%（暂定，解释）/ 60%, provisional",
			path: "child_in_difficulty.ratio", value: "0.60", prov: policy.Provisional},
		{name: "child-in-difficulty deductible", clause: policy.ClauseInpatient, desc: "困境儿童起付线5000（暂定，解释）/ 5000, provisional",
			path: "child_in_difficulty.deductible", value: "5000.00", prov: policy.Provisional},
		{name: "tekun cap", clause: policy.ClauseInpatient, desc: "特困年度限额20000（暂定）/ cap 20000, provisional",
			path: "tekun.annual_cap", value: "20000.00", prov: policy.Provisional},
		{name: "lowincome cap", clause: policy.ClauseInpatient, desc: "低保年度限额20000（暂定）/ cap 20000, provisional",
			path: "lowincome.annual_cap", value: "20000.00", prov: policy.Provisional},
		{name: "registered-poor cap", clause: policy.ClauseInpatient, desc: "建档立卡年度限额20000（暂定，解释）/ cap 20000, provisional",
			path: "registered_poor.annual_cap", value: "20000.00", prov: policy.Provisional},
		{name: "extended cap", clause: policy.ClauseInpatient, desc: "扩大对象年度限额20000（暂定，解释）/ cap 20000, provisional",
			path: "extended.annual_cap", value: "20000.00", prov: policy.Provisional},
		{name: "child-in-difficulty cap", clause: policy.ClauseInpatient, desc: "困境儿童年度限额20000（暂定，解释）/ cap 20000, provisional",
			path: "child_in_difficulty.annual_cap", value: "20000.00", prov: policy.Provisional},
		{name: "child age", clause: policy.ClauseInpatient, desc: "儿童重大疾病 0–14 周岁（文件）/ children aged 0–14, seed",
			path: "child_max_age", value: "14", prov: policy.Seed},
		{name: "child share", clause: policy.ClauseInpatient, desc: "儿童定额20%（暂定）/ 20% of the quota, provisional",
			path: "child_share", value: "0.20", prov: policy.Provisional},
	}
	js, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got struct {
				Value      json.RawMessage   `json:"value"`
				Provenance policy.Provenance `json:"provenance"`
				Source     string            `json:"source"`
			}
			at := json.RawMessage(js)
			for _, key := range strings.Split(tc.path, ".") {
				var obj map[string]json.RawMessage
				if err := json.Unmarshal(at, &obj); err != nil || obj[key] == nil {
					t.Fatalf("the set has no %s", tc.path)
				}
				at = obj[key]
			}
			if err := json.Unmarshal(at, &got); err != nil {
				t.Fatal(err)
			}
			if v := strings.Trim(string(got.Value), `"`); v != tc.value || got.Provenance != tc.prov || got.Source == "" {
				t.Errorf("%s: %s %s (source %q), want %s %s", tc.desc, v, got.Provenance, got.Source, tc.value, tc.prov)
			}
		})
	}
	if p.SecondAid.On() || p.SecondAid.Threshold.Set || p.SecondAid.Ratio.Set || p.SecondAid.Cap.Set {
		t.Errorf("second aid is configured by default; RULES.md 2.3.4: off unless configured, no defaults")
	}
}

// TestParamsAccepted: sets at the edge of the document's floors are valid,
// not refused.
func TestParamsAccepted(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      *medical.Params
	}{
		{
			name: "tekun ratio equal to lowincome's", clause: "2.3.4",
			desc: "特困与低保救助比例同为75%：特困不低于低保，有效 / 特困 and 低保 both at 75%: 特困 is not below 低保, valid",
			p: edited(func(p *medical.Params) {
				p.Tekun.Ratio.Value, p.LowIncome.Ratio.Value = d("0.75"), d("0.75")
			}),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.p.Validate(); err != nil {
				t.Errorf("%s: Validate() = %v, want nil", tc.desc, err)
			}
		})
	}
}

// TestParamsBounds: the age and grade limits are valid at both ends of
// their ranges (ages 0–150, grades 1–4).
func TestParamsBounds(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *medical.Params)
	}{
		{name: "ages 0", edit: func(p *medical.Params) {
			p.ElderlyAge.Value, p.MinorAge.Value, p.ChildMaxAge.Value = 0, 0, 0
		}},
		{name: "ages 150", edit: func(p *medical.Params) {
			p.ElderlyAge.Value, p.MinorAge.Value, p.ChildMaxAge.Value = 150, 150, 150
		}},
		{name: "grade 1", edit: func(p *medical.Params) { p.SevereGrade.Value = 1 }},
		{name: "grade 4", edit: func(p *medical.Params) { p.SevereGrade.Value = 4 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := medical.Default2017()
			tc.edit(p)
			if err := p.Validate(); err != nil {
				t.Errorf("Validate() = %v, want nil", err)
			}
		})
	}
}

// TestParamsErrorsAlone: a ratio that is not a rate is reported once, as
// not a rate, and not compared with the floors or the other ratio as well.
func TestParamsErrorsAlone(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *medical.Params)
		want []string
	}{
		{name: "lowincome ratio above 1", edit: func(p *medical.Params) { p.LowIncome.Ratio.Value = d("1.5") },
			want: []string{"medical.lowincome.ratio: 1.5 is not a rate from 0 to 1"}},
		{name: "tekun ratio negative", edit: func(p *medical.Params) { p.Tekun.Ratio.Value = d("-0.5") },
			want: []string{"medical.tekun.ratio: -0.5 is not a rate from 0 to 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := medical.Default2017()
			tc.edit(p)
			var got []string
			for _, fe := range policy.FieldErrors(p.Validate()) {
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}
