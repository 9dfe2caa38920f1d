package disability_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestLiving is the living subsidy of 2.2.4 (困难残疾人生活补贴): members of
// 低保 or registered-poor households with a grade 1–4 certificate; 800 for
// grades 1–2, 400 for grades 3–4 (provisional); not for 特困 persons
// (disability.living.exclude_tekun, provisional) nor orphans under orphan allowance
// (disability.living.exclude_orphan, law: 国发〔2015〕52号).
func TestLiving(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     disability.Inputs
		p      *disability.Params
		want   []line // living lines only
		why    decided
	}{
		{
			name: "worked example 6", clause: "2.2.4",
			desc: "低保家庭一级肢体残疾：生活补贴800（暂定） / grade-1 physical, 低保 household: living 800.00 (provisional)",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, care)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "grade 2", clause: "2.2.4",
			desc: "二级视力残疾：800 / grade 2 visual: 800.00",
			h:    home(holder("d1", household.Visual, 2)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "二级视力残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "grade 3", clause: "2.2.4",
			desc: "三级听力残疾：400 / grade 3 hearing: 400.00",
			h:    home(holder("d1", household.Hearing, 3)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "三级听力残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "grade 4", clause: "2.2.4",
			desc: "四级言语残疾：400 / grade 4 speech: 400.00",
			h:    home(holder("d1", household.Speech, 4)), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "四级言语残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "registered-poor household", clause: "2.2.4",
			desc: "建档立卡户（非低保）三级多重残疾：400，暂定依据 / registered poor, not 低保: 400.00 on a provisional basis",
			h:    poor(home(holder("d1", household.Multiple, 3))), in: notCovered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "三级多重残疾，建档立卡贫困户成员（暂定）：享受困难残疾人生活补贴"},
		},
		{
			name: "registered-poor basis adopted by the county", clause: "2.2.4",
			desc: "县将建档立卡户依据定为本地规则：决定不再写“暂定”；三级400仍是暂定档 / the county adopts the registered-poor basis as its own rule: the decision no longer says provisional; the grade-3 tier of 400.00 still is",
			h:    poor(home(holder("d1", household.Multiple, 3))), in: notCovered,
			p: with(func(p *disability.Params) {
				p.Living.RegisteredPoor = policy.New("disability.living.registered_poor", true, policy.Local, "county rule (test)")
			}),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "三级多重残疾，建档立卡贫困户成员：享受困难残疾人生活补贴"},
		},
		{
			name: "registered-poor switch off", clause: "2.2.4",
			desc: "关闭建档立卡户依据：非低保不享受 / registered-poor basis off: no subsidy outside 低保",
			h:    poor(home(holder("d1", household.Multiple, 3))), in: notCovered,
			p:    with(func(p *disability.Params) { p.Living.RegisteredPoor.Value = false }),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "三级多重残疾，不是低保家庭成员：不享受困难残疾人生活补贴"},
		},
		{
			name: "neither 低保 nor registered poor", clause: "2.2.4",
			desc: "非低保、非建档立卡：不享受 / neither 低保 nor registered poor: none",
			h:    home(holder("d1", household.Physical, 1, care)), in: notCovered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，不是低保家庭成员，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴"},
		},
		{
			name: "特困 person excluded", clause: "2.2.4",
			desc: "特困供养人员：不享受生活补贴（暂定） / a 特困 person: excluded (provisional)",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, tekunMember)), in: covered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员不享受困难残疾人生活补贴（暂定）"},
		},
		{
			name: "特困 exclusion adopted by the county", clause: "2.2.4",
			desc: "县将特困排除定为本地规则：决定不再写“暂定” / the county adopts the 特困 exclusion as its own rule: the decision no longer says provisional",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, tekunMember)), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.ExcludeTekun = policy.New("disability.living.exclude_tekun", true, policy.Local, "county rule (test)")
			}),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员不享受困难残疾人生活补贴"},
		},
		{
			name: "特困 exclusion off, still outside the 低保 household", clause: "0",
			desc: "关闭特困排除：特困人员不属低保家庭，仍不享受，决定写明原因 / exclusion off: a 特困 person is outside the 低保 household, and the decision says so",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, tekunMember)), in: covered,
			p:    with(func(p *disability.Params) { p.Living.ExcludeTekun.Value = false }),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员供养期间不属低保家庭，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴"},
		},
		{
			name: "特困 exclusion off, registered-poor basis off", clause: "0",
			desc: "关闭特困排除与建档立卡依据：特困人员不属低保家庭，决定不提建档立卡 / both the 特困 exclusion and the registered-poor basis off: outside the 低保 household, the decision names no registered-poor basis",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, tekunMember)), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.ExcludeTekun.Value, p.Living.RegisteredPoor.Value = false, false
			}),
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员供养期间不属低保家庭：不享受困难残疾人生活补贴"},
		},
		{
			name: "特困 exclusion off, registered-poor household", clause: "2.2.4",
			desc: "关闭特困排除、建档立卡户：享受800 / exclusion off, registered poor: 800.00",
			h:    poor(home(adult("a1"), holder("d1", household.Physical, 1, tekunMember))), in: covered,
			p:    with(func(p *disability.Params) { p.Living.ExcludeTekun.Value = false }),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，建档立卡贫困户成员（暂定）：享受困难残疾人生活补贴"},
		},
		{
			name: "orphan under orphan allowance excluded", clause: "2.2.4",
			desc: "享受孤儿基本生活费的孤儿：不享受生活补贴（国发〔2015〕52号） / an orphan under orphan allowance: excluded (law)",
			h:    home(adult("a1"), holder("d1", household.Intellectual, 2, orphan)), in: covered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "二级智力残疾，享受孤儿基本生活费的孤儿不享受困难残疾人生活补贴（国发〔2015〕52号）"},
		},
		{
			name: "orphan exclusion off", clause: "2.2.4",
			desc: "关闭孤儿排除：享受800 / orphan exclusion off: 800.00",
			h:    home(adult("a1"), holder("d1", household.Intellectual, 2, orphan)), in: covered,
			p:    with(func(p *disability.Params) { p.Living.ExcludeOrphan.Value = false }),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "二级智力残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "county grade amount", clause: "2.2.4",
			desc: "县定等级标准：一级1000元 / a county amount of 1000.00 for grade 1",
			h:    home(holder("d1", household.Physical, 1)), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.Grade1 = policy.New("disability.living.grade1", d("1000.00"), policy.Local, "county notice (invented)")
			}),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "1000.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "person without a household", clause: "0",
			desc: "无固定住所的个人：仅临时救助和转介 / no household: temporary aid and referral only",
			h: func() *household.Household {
				h := home(holder("d1", household.Physical, 1, care))
				h.NoFixedHousehold = true
				return h
			}(),
			in:   covered,
			want: nil,
			why:  decided{Outcome: policy.Ineligible, Why: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			var got []line
			for _, l := range linesOf(r) {
				if l.Item == disability.ItemLiving {
					got = append(got, l)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nliving lines (-want +got):\n%s", tc.desc, diff)
			}
			living, _, ok := r.Holder("d1")
			if !ok {
				t.Fatalf("%s: no result for d1", tc.desc)
			}
			if diff := cmp.Diff(tc.why, decidedOf(living)); diff != "" {
				t.Errorf("%s\ndecision (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestLivingLine: the living line explains itself, schedules to the fen and
// lists the provisional parameters it rests on (section 0).
func TestLivingLine(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		in      disability.Inputs
		explain string
		month   string
		last    string
		params  []string
	}{
		{
			name: "grade 1, 低保", clause: "2.2.4",
			desc: "一级、低保：年额800按月发放，800÷12：66.67×11+66.63 / grade 1, 低保: 800.00 a year, paid 66.67 × 11 + 66.63",
			h:    home(holder("d1", household.Physical, 1)), in: covered,
			explain: "living subsidy (grade 1): 800.00 yuan/year", month: "66.67", last: "66.63",
			params: []string{"disability.living.grade1 800.00 provisional"},
		},
		{
			name: "grade 3, registered poor", clause: "2.2.4",
			desc: "400÷12：33.33×11+33.37；依据建档立卡（暂定） / 400.00: 33.33 × 11 + 33.37, on the registered-poor basis",
			h:    poor(home(holder("d1", household.Hearing, 3))), in: notCovered,
			explain: "living subsidy (grade 3): 400.00 yuan/year", month: "33.33", last: "33.37",
			params: []string{"disability.living.grade3 400.00 provisional", "disability.living.registered_poor true provisional"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := assess(t, tc.h, tc.in, nil).Lines[0]
			s := l.Schedule()
			got := []string{l.Explanation().Render(policy.EN), s.Month().StringFixed(2), s.Last().StringFixed(2),
				string(l.Payee()), string(l.Payer())}
			want := []string{tc.explain, tc.month, tc.last, "member", "civil-affairs-fund"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nexplanation, schedule, payee, payer (-want +got):\n%s", tc.desc, diff)
			}
			var params []string
			for _, u := range l.Params() {
				params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
			}
			if diff := cmp.Diff(tc.params, params); diff != "" || !l.Provisional() {
				t.Errorf("%s\nparams (-want +got):\n%s\nprovisional %v", tc.desc, diff, l.Provisional())
			}
		})
	}
}
