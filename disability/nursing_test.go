package disability_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestNursing is the nursing subsidy of 2.2.4 (重度残疾人护理补贴): grades
// 1–2 needing long-term care, 60 元/月 (seed), i.e. 720.00 元/年; grade 3
// intellectual or mental as an option, off by default; not with
// work-injury nursing pay; not means-tested; both subsidies together.
func TestNursing(t *testing.T) {
	grade3 := func(amount string) *disability.Params {
		return with(func(p *disability.Params) {
			p.Nursing.Grade3Option.Value = true
			switch amount {
			case "": // the county leaves the amount unset
				p.Nursing.Grade3 = policy.Unset[decimal.Decimal]("disability.nursing.grade3", "county notice (invented)")
			case "default": // the same 60 元/月 as grades 1–2 (derived)
			default:
				p.Nursing.Grade3 = policy.New("disability.nursing.grade3", d(amount), policy.Local, "county notice (invented)")
			}
		})
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		in       disability.Inputs
		p        *disability.Params
		want     []line // every line
		why      decided
		findings []finding
	}{
		{
			name: "worked example 6", clause: "2.2.4",
			desc: "低保家庭一级肢体残疾、需长期照护：生活800（暂定）+护理720，两项同享 / living 800.00 (provisional) + nursing 720.00",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, care)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"},
		},
		{
			name: "grade 2, not means-tested", clause: "2.2.4",
			desc: "非低保家庭二级精神残疾、需长期照护：护理720，无生活补贴 / outside 低保, grade 2 mental: nursing 720.00 only",
			h:    home(holder("d1", household.Mental, 2, care)), in: notCovered,
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "二级精神残疾，需要长期照护：享受重度残疾人护理补贴"},
		},
		{
			name: "no long-term care", clause: "2.2.4",
			desc: "一级但不需长期照护：无护理补贴 / grade 1 without long-term care: none",
			h:    home(holder("d1", household.Visual, 1)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Ineligible, Why: "一级视力残疾，不需要长期照护：不享受护理补贴"},
		},
		{
			name: "work-injury nursing pay", clause: "2.2.4",
			desc: "已享受工伤保险护理费：不享受护理补贴，生活补贴照发 / on work-injury nursing pay: no nursing, living still paid",
			h:    home(holder("d1", household.Physical, 1, care, workInjury)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，已享受工伤保险护理费：不享受护理补贴"},
		},
		{
			name: "work-injury exclusion off", clause: "2.2.4",
			desc: "关闭工伤护理费排除：护理720 / work-injury exclusion off: 720.00",
			h:    home(holder("d1", household.Physical, 1, care, workInjury)), in: notCovered,
			p:    with(func(p *disability.Params) { p.Nursing.ExcludeWorkInjury.Value = false }),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"},
		},
		{
			name: "grade 3 intellectual, option off", clause: "2.2.4",
			desc: "三级智力残疾，可选项默认关闭：无护理补贴 / grade 3 intellectual, option off by default: none",
			h:    home(holder("d1", household.Intellectual, 3, care)), in: notCovered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "三级智力残疾：三级智力、精神残疾护理补贴为可选项，本县未开展"},
		},
		{
			name: "grade 3 mental, option on", clause: "2.2.4",
			desc: "开启三级选项、县定50元/月：三级精神残疾护理600 / option on at 50.00 a month: grade 3 mental 600.00",
			h:    home(holder("d1", household.Mental, 3, care)), in: notCovered, p: grade3("50.00"),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "600.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "三级精神残疾，需要长期照护：按本县扩大范围（三级智力、精神残疾）享受护理补贴"},
		},
		{
			name: "grade 3 intellectual, option on, default amount", clause: "2.2.4",
			desc: "开启三级选项、县未另定标准：三级智力残疾同一、二级60元/月，60.00×12=720.00 / option on, no county amount: grade 3 intellectual at the grades 1–2 rate of 60.00 a month, 60.00 × 12 = 720.00",
			h:    home(holder("d1", household.Intellectual, 3, care)), in: notCovered, p: grade3("default"),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "三级智力残疾，需要长期照护：按本县扩大范围（三级智力、精神残疾）享受护理补贴"},
		},
		{
			name: "grade 3 stays at 60 when grade 1 is raised", clause: "2.2.4",
			desc: "县将一级提高到80元/月、三级未另设：三级智力残疾仍按60元/月，60×12=720 / grade 1 raised to 80.00 a month, grade 3 not set: grade 3 intellectual still 60.00 a month, 720.00",
			h:    home(holder("d1", household.Intellectual, 3, care)), in: notCovered,
			p: func() *disability.Params {
				p := grade3("default")
				p.Nursing.Grade1 = policy.New("disability.nursing.grade1", d("80.00"), policy.Local, "county notice (invented)")
				return p
			}(),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "三级智力残疾，需要长期照护：按本县扩大范围（三级智力、精神残疾）享受护理补贴"},
		},
		{
			name: "grade 3 intellectual, option on, no long-term care", clause: "2.2.4",
			desc: "开启三级选项但不需长期照护：无 / option on, no long-term care: none",
			h:    home(holder("d1", household.Intellectual, 3)), in: notCovered, p: grade3("50.00"),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "三级智力残疾，不需要长期照护：不享受护理补贴"},
		},
		{
			name: "grade 3 option on, amount not set", clause: "2.2.4",
			desc: "开启三级选项、县将标准设为未定（地方参数）：未评估，点名参数 / option on, the county marks the amount unset (local): not assessed, naming the parameter",
			h:    home(holder("d1", household.Intellectual, 3, care)), in: notCovered, p: grade3(""),
			want: nil,
			why:  decided{Outcome: policy.NotAssessed, Why: "未评估：三级智力残疾符合三级护理补贴扩大范围，但补贴标准 disability.nursing.grade3 未设定（地方参数）"},
			findings: []finding{{Kind: policy.NotConfig, Item: disability.ItemNursing, Member: "d1", Amount: "0.00",
				Why: "未评估：三级智力残疾符合三级护理补贴扩大范围，但补贴标准 disability.nursing.grade3 未设定（地方参数）"}},
		},
		{
			name: "grade 3 physical, option on", clause: "2.2.4",
			desc: "开启三级选项：三级肢体残疾不在范围 / option on: grade 3 physical is outside it",
			h:    home(holder("d1", household.Physical, 3, care)), in: notCovered, p: grade3("50.00"),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "三级肢体残疾，不是一、二级重度残疾：不享受护理补贴"},
		},
		{
			name: "grade 3 multiple, option on", clause: "2.2.4",
			desc: "开启三级选项：三级多重残疾不在范围 / option on: grade 3 multiple is outside it",
			h:    home(holder("d1", household.Multiple, 3, care)), in: notCovered, p: grade3("50.00"),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "三级多重残疾，不是一、二级重度残疾：不享受护理补贴"},
		},
		{
			name: "grade 4", clause: "2.2.4",
			desc: "四级残疾需长期照护：无护理补贴 / grade 4: none",
			h:    home(holder("d1", household.Mental, 4, care)), in: notCovered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "四级精神残疾，不是一、二级重度残疾：不享受护理补贴"},
		},
		{
			name: "特困 person keeps the nursing subsidy", clause: "2.2.4",
			desc: "特困供养人员一级残疾需长期照护：护理720（无生活补贴） / a 特困 person: nursing 720.00, no living subsidy",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, care, tekunMember)), in: covered,
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"},
		},
		{
			name: "county grade amount", clause: "2.2.4",
			desc: "县定等级标准：一级80元/月=960 / a county amount of 80.00 a month for grade 1: 960.00",
			h:    home(holder("d1", household.Physical, 1, care)), in: notCovered,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade1 = policy.New("disability.nursing.grade1", d("80.00"), policy.Local, "county notice (invented)")
			}),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "960.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"},
		},
		{
			name: "person without a household", clause: "0",
			desc: "无固定住所的个人：仅临时救助和转介 / no household: temporary aid and referral only",
			h: func() *household.Household {
				h := home(holder("d1", household.Physical, 1, care))
				h.NoFixedHousehold = true
				return h
			}(),
			in:   notCovered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			_, nursing, ok := r.Holder("d1")
			if !ok {
				t.Fatalf("%s: no result for d1", tc.desc)
			}
			if diff := cmp.Diff(tc.why, decidedOf(nursing)); diff != "" {
				t.Errorf("%s\ndecision (-want +got):\n%s", tc.desc, diff)
			}
			var nc []finding
			for _, f := range findingsOf(r) {
				if f.Kind == policy.NotConfig {
					nc = append(nc, f)
				}
			}
			if diff := cmp.Diff(tc.findings, nc); diff != "" {
				t.Errorf("%s\nnot-assessed findings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestNursingLine is the nursing subsidy's line of 2.2.4: 60 元/月 is
// 720.00 元/年, paid 60.00 every month, and the line explains itself in
// both languages, naming the parameter it reads.
func TestNursingLine(t *testing.T) {
	// explained is a line as this table states it: its annual amount, its
	// regular month and month 12, its explanation in Chinese and English,
	// and its parameters (name, value, provenance).
	type explained struct {
		Annual, Month, Last string
		ZH, EN              string
		Params              []string
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     disability.Inputs
		p      *disability.Params // nil: the built-in 2017 parameters
		want   []explained        // every line
	}{
		{
			name: "grade 1 needing long-term care", clause: policy.ClauseDisability,
			desc: "非低保家庭一级肢体残疾、需长期照护：护理60.00元/月×12=720.00元/年，每月60.00 / outside 低保, grade 1 physical needing long-term care: nursing 60.00 a month × 12 = 720.00 a year, 60.00 every month",
			h:    home(holder("d1", household.Physical, 1, care)), in: notCovered,
			want: []explained{{Annual: "720.00", Month: "60.00", Last: "60.00",
				ZH:     "重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年",
				EN:     "nursing subsidy (grade 1): 60.00 yuan/month × 12 = 720.00 yuan/year",
				Params: []string{"disability.nursing.grade1 60.00 seed"}}},
		},
		{
			name: "grade 3 under the county's option", clause: policy.ClauseDisability,
			desc: "开启三级选项、县定50元/月：三级精神残疾护理50.00×12=600.00元/年，说明写明为本县扩大范围（三级不是重度残疾） / the grade-3 option at 50.00 a month: grade 3 mental, 50.00 × 12 = 600.00 a year, the line saying it is the county's option (grade 3 is not a severe disability)",
			h:    home(holder("d1", household.Mental, 3, care)), in: notCovered,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade3Option = policy.New("disability.nursing.grade3_option", true, policy.Local, "county notice (invented)")
				p.Nursing.Grade3 = policy.New("disability.nursing.grade3", d("50.00"), policy.Local, "county notice (invented)")
			}),
			want: []explained{{Annual: "600.00", Month: "50.00", Last: "50.00",
				ZH:     "重度残疾人护理补贴（三级，本县扩大范围）：50.00 元/月 × 12 = 600.00 元/年",
				EN:     "nursing subsidy (grade 3, the county's option): 50.00 yuan/month × 12 = 600.00 yuan/year",
				Params: []string{"disability.nursing.grade3 50.00 local", "disability.nursing.grade3_option true local"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			var got []explained
			for _, l := range r.Lines {
				s := l.Schedule()
				var params []string
				for _, u := range l.Params() {
					params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
				}
				got = append(got, explained{l.Annual().StringFixed(2), s.Month().StringFixed(2), s.Last().StringFixed(2),
					l.Explanation().Render(policy.ZH), l.Explanation().Render(policy.EN), params})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n护理补贴行 / nursing line (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
