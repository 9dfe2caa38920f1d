package disability_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// finding is a finding as the tables state it.
type finding struct {
	Kind   policy.FindingKind
	Item   policy.Item
	Member string
	Amount string
	Why    string
}

func findingsOf(r *disability.Result) []finding {
	var out []finding
	for _, f := range r.Findings {
		out = append(out, finding{f.Kind(), f.Item(), f.Member(), f.Amount().StringFixed(2), f.Explanation().Render(policy.ZH)})
	}
	return out
}

// TestAudit is 应补尽补 (2.2.4): a finding for every holder who qualifies
// but is not recorded as receiving, for every recorded receipt the rules
// do not support, and for a receipt of another amount than due.
func TestAudit(t *testing.T) {
	example6 := func() *household.Household { return home(adult("a1"), holder("d1", household.Physical, 1, care)) }
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     disability.Inputs
		p      *disability.Params
		want   []finding
	}{
		{
			name: "worked example 6, nothing recorded", clause: "2.2.4",
			desc: "例6未登记发放：两项均应补尽补 / example 6 with nothing recorded: both unclaimed",
			h:    example6(), in: covered,
			want: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "800.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "720.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；应发 720.00 元/年（每月 60.00 元）"},
			},
		},
		{
			name: "worked example 6, both received", clause: "2.2.4",
			desc: "两项均按月足额发放：无发现 / both paid in full: no findings",
			h:    paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			in:   covered,
			want: nil,
		},
		{
			name: "nursing received, living not", clause: "2.2.4",
			desc: "只发护理补贴：生活补贴应补尽补 / nursing paid, living not: living unclaimed",
			h:    paid(example6(), pay(disability.ItemNursing, "d1", "60.00")), in: covered,
			want: []finding{{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "800.00",
				Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"}},
		},
		{
			name: "living underpaid", clause: "2.2.4",
			desc: "生活补贴月发60，应发66.67：少发6.67 / living paid 60.00 a month, due 66.67: 6.67 short",
			h:    paid(example6(), pay(disability.ItemLiving, "d1", "60.00"), pay(disability.ItemNursing, "d1", "60.00")),
			in:   covered,
			want: []finding{{Kind: policy.Underpayment, Item: disability.ItemLiving, Member: "d1", Amount: "6.67",
				Why: "少发：困难残疾人生活补贴现发 60.00 元/月，应发 66.67 元/月（第1–11月），每月少发 6.67 元"}},
		},
		{
			name: "nursing received twice", clause: "2.2.4",
			desc: "护理补贴登记两笔各60，合计120，应发60：多发60 / two nursing receipts of 60.00 add up to 120.00 against 60.00 due: 60.00 too much",
			h: paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"),
				pay(disability.ItemNursing, "d1", "60.00")),
			in: covered,
			want: []finding{{Kind: policy.Overpayment, Item: disability.ItemNursing, Member: "d1", Amount: "60.00",
				Why: "多发：重度残疾人护理补贴现发 120.00 元/月，应发 60.00 元/月（第1–11月），每月多发 60.00 元"}},
		},
		{
			name: "nursing overpaid", clause: "2.2.4",
			desc: "护理补贴月发80，应发60：多发20 / nursing paid 80.00 a month, due 60.00: 20.00 too much",
			h:    paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "80.00")),
			in:   covered,
			want: []finding{{Kind: policy.Overpayment, Item: disability.ItemNursing, Member: "d1", Amount: "20.00",
				Why: "多发：重度残疾人护理补贴现发 80.00 元/月，应发 60.00 元/月（第1–11月），每月多发 20.00 元"}},
		},
		{
			name: "living received outside 低保", clause: "2.2.4",
			desc: "非低保非建档立卡却领生活补贴：错发 / living received outside 低保 and registered poor: wrongful",
			h:    paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			in:   notCovered,
			want: []finding{{Kind: policy.Wrongful, Item: disability.ItemLiving, Member: "d1", Amount: "66.67",
				Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾，不是低保家庭成员，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴）"}},
		},
		{
			name: "living received by a 特困 person", clause: "2.2.4",
			desc: "特困供养人员领生活补贴：错发（暂定排除） / a 特困 person receiving living: wrongful",
			h: paid(home(adult("a1"), holder("d1", household.Physical, 1, tekunMember)),
				pay(disability.ItemLiving, "d1", "66.67")),
			in: covered,
			want: []finding{{Kind: policy.Wrongful, Item: disability.ItemLiving, Member: "d1", Amount: "66.67",
				Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾，特困供养人员不享受困难残疾人生活补贴（暂定））"}},
		},
		{
			name: "nursing received with work-injury nursing pay", clause: "2.2.4",
			desc: "已享受工伤护理费又领护理补贴：错发 / nursing received with work-injury nursing pay: wrongful",
			h: paid(home(holder("d1", household.Physical, 2, care, workInjury)),
				pay(disability.ItemNursing, "d1", "60.00")),
			in: notCovered,
			want: []finding{{Kind: policy.Wrongful, Item: disability.ItemNursing, Member: "d1", Amount: "60.00",
				Why: "错发：重度残疾人护理补贴现发 60.00 元/月，不符合规定（二级肢体残疾，已享受工伤保险护理费：不享受护理补贴）"}},
		},
		{
			name: "receipt of a member without a certificate", clause: "2.2.4",
			desc: "无残疾人证成员领护理补贴：错发 / a member with no certificate: wrongful",
			h:    paid(home(adult("a1")), pay(disability.ItemNursing, "a1", "60.00")), in: covered,
			want: []finding{{Kind: policy.Wrongful, Item: disability.ItemNursing, Member: "a1", Amount: "60.00",
				Why: "错发：重度残疾人护理补贴现发 60.00 元/月，不符合规定（该成员无残疾人证）"}},
		},
		{
			name: "receipt with no member", clause: "2.2.4",
			desc: "未指明成员的补贴：错发 / a receipt naming no member: wrongful",
			h:    paid(home(adult("a1")), pay(disability.ItemLiving, "", "66.67")), in: covered,
			want: []finding{{Kind: policy.Wrongful, Item: disability.ItemLiving, Amount: "66.67",
				Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（未指明成员：两项补贴按人发放）"}},
		},
		{
			name: "receipt of an unknown item", clause: "2.2.4",
			desc: "未知项目：错发 / an unknown item: wrongful",
			h:    paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"), pay("rehab", "d1", "30.00")),
			in:   covered,
			want: []finding{{Kind: policy.Wrongful, Item: "rehab", Member: "d1", Amount: "30.00",
				Why: "错发：项目“rehab”现发 30.00 元/月，不符合规定（“rehab”不是两项补贴的项目（living、nursing））"}},
		},
		{
			name: "receipt while not assessed", clause: "2.2.4",
			desc: "三级选项未定标准时的护理补贴：只报未评估，不报错发 / a receipt whose subsidy is not assessed: not-assessed only",
			h:    paid(home(holder("d1", household.Mental, 3, care)), pay(disability.ItemNursing, "d1", "50.00")),
			in:   notCovered,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade3Option.Value = true
				p.Nursing.Grade3 = policy.Unset[decimal.Decimal]("disability.nursing.grade3", "county notice (invented)")
			}),
			want: []finding{{Kind: policy.NotConfig, Item: disability.ItemNursing, Member: "d1", Amount: "0.00",
				Why: "未评估：三级精神残疾符合三级护理补贴扩大范围，但补贴标准 disability.nursing.grade3 未设定（地方参数）"}},
		},
		{
			name: "a zero grade amount is not unclaimed", clause: "2.2.4",
			desc: "县定四级生活补贴标准为0：不报应补尽补 / a county grade-4 amount of 0: nothing unclaimed",
			h:    home(holder("d1", household.Speech, 4)), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.Grade4 = policy.New("disability.living.grade4", d("0.00"), policy.Local, "county notice (invented)")
			}),
			want: nil,
		},
		{
			name: "a one-fen line is unclaimed", clause: "2.2.4",
			desc: "县定四级生活补贴标准为0.01元/年，未登记发放：应补尽补0.01（每月0.00×11，12月0.01） / " +
				"a county grade-4 amount of 0.01 a year, not received: 0.01 unclaimed (0.00 a month × 11, 0.01 in December)",
			h: home(holder("d1", household.Speech, 4)), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.Grade4 = policy.New("disability.living.grade4", d("0.01"), policy.Local, "county notice (invented)")
			}),
			want: []finding{{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "0.01",
				Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 0.01 元/年（每月 0.00 元）"}},
		},
		{
			name: "other programmes' payments are not audited here", clause: "2.2.4",
			desc: "低保补差不在本项审核 / a 低保 payment is not this audit's business",
			h: func() *household.Household {
				h := paid(home(adult("a1")), household.Payment{Programme: policy.LowIncome, Item: "base", Monthly: d("530.50")})
				h.Current.LowIncome = true
				return h
			}(),
			in: covered, want: nil,
		},
		{
			name: "two holders", clause: "2.2.4",
			desc: "两名持证人：各自应补尽补 / two holders: each unclaimed",
			h:    home(holder("d1", household.Visual, 3), holder("d2", household.Mental, 2, care)), in: covered,
			want: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "400.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 400.00 元/年（每月 33.33 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d2", Amount: "800.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；应发 800.00 元/年（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d2", Amount: "720.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；应发 720.00 元/年（每月 60.00 元）"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, findingsOf(r)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestWrongfulWords: a receipt the rules do not support is explained in
// both languages as paid wrongly (错发, 2.2.4), not as unsupported.
func TestWrongfulWords(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		zh, en string
	}{
		{
			name: "nursing with work-injury nursing pay", clause: "2.2.4",
			desc: "已享受工伤护理费又领护理补贴 60.00：错发 / nursing 60.00 received with work-injury nursing pay: wrongly paid",
			h: paid(home(holder("d1", household.Physical, 2, care, workInjury)),
				pay(disability.ItemNursing, "d1", "60.00")),
			zh: "错发：重度残疾人护理补贴现发 60.00 元/月，不符合规定（二级肢体残疾，已享受工伤保险护理费：不享受护理补贴）",
			en: "wrongly paid: nursing subsidy paid now 60.00 yuan/month (grade 2 physical disability, receives work-injury nursing pay: no nursing subsidy)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, notCovered, nil)
			var got []string
			for _, f := range r.Findings {
				got = append(got, f.Explanation().Render(policy.ZH), f.Explanation().Render(policy.EN))
			}
			if diff := cmp.Diff([]string{tc.zh, tc.en}, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
