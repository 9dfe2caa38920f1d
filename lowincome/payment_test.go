package lowincome_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestBase is the 补差 of 2.1.2 (《社会救助暂行办法》第十二条): one household
// line of S × n − I.
func TestBase(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		want    []line
		month   string // the regular monthly payment
		last    string // month 12
		explain string
	}{
		{
			name: "worked example 1", clause: "2.1.2",
			desc: "3人户收入4500元：3622×3−4500=6366元/年，月530.50元 / 3622 × 3 − 4500 = 6366.00 a year, 530.50 a month",
			h:    home("4500.00", adults(3)...),
			want: []line{{Item: lowincome.ItemBase, Annual: "6366.00"}}, month: "530.50", last: "530.50",
			explain: "补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年",
		},
		{
			name: "household of one, no income", clause: "2.1.2",
			desc: "单人户无收入：全额3622元，月301.83元，12月301.87元 / one person, no income: 3622.00; 301.83 × 11 + 301.87",
			h:    home("", adults(1)...),
			want: []line{{Item: lowincome.ItemBase, Annual: "3622.00"}}, month: "301.83", last: "301.87",
			explain: "补差：3622.00 × 1 人 − 0.00 = 3622.00 元/年",
		},
		{
			name: "household of ten", clause: "2.1.2",
			desc: "十人户收入20000元：36220−20000=16220元 / ten persons, I = 20000.00: 16220.00",
			h:    home("20000.00", adults(10)...),
			want: []line{{Item: lowincome.ItemBase, Annual: "16220.00"}}, month: "1351.67", last: "1351.63",
			explain: "补差：3622.00 × 10 人 − 20000.00 = 16220.00 元/年",
		},
		{
			name: "one fen below the line", clause: "2.1.2",
			desc: "收入比低保线低1分：补差0.01元，1–11月0.00，12月0.01 / one fen below: 0.01 a year, paid in month 12",
			h:    home("10865.99", adults(3)...),
			want: []line{{Item: lowincome.ItemBase, Annual: "0.01"}}, month: "0.00", last: "0.01",
			explain: "补差：3622.00 × 3 人 − 10865.99 = 0.01 元/年",
		},
		{
			name: "ineligible household has no lines", clause: "2.1.2",
			desc: "收入等于低保线的申请家庭：无补差 / an applicant on the line gets no line",
			h:    home("10866.00", adults(3)...),
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Fatalf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if len(r.Lines) == 0 {
				return
			}
			l := r.Lines[0]
			s := l.Schedule()
			got := []string{s.Month().StringFixed(2), s.Last().StringFixed(2), l.Explanation().Render(policy.ZH)}
			if diff := cmp.Diff([]string{tc.month, tc.last, tc.explain}, got); diff != "" {
				t.Errorf("%s\nmonth, month 12, explanation (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestUplift is the A/B uplift of 2.1.2: A +30% and B +20% of
// "其本人享受低保标准", with its two switches; each uplift line explains
// itself in both languages and is paid to the member from the
// civil-affairs fund.
func TestUplift(t *testing.T) {
	withSwitches := func(base lowincome.UpliftBase, scope lowincome.UpliftScope) *lowincome.Params {
		p := lowincome.Default2017()
		p.UpliftBase.Value = base
		p.UpliftScope.Value = scope
		return p
	}
	ab := func(income string) *household.Household {
		return home(income, classed(adult("a1", ""), household.ClassA), classed(adult("a2", ""), household.ClassB), adult("a3", ""))
	}
	poor := func(h *household.Household) *household.Household { h.RegisteredPoor = true; return h }
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params
		want    []line
		total   string
		explain []explained // each uplift line's words, payee and payer, in order
		decided []upliftDecision
	}{
		{
			name: "worked example 2", clause: "2.1.2",
			desc: "例1加A类、B类各一人：+1086.60 +724.40，合计8177.00元 / example 1 with one A and one B: total 8177.00",
			h:    ab("4500.00"), p: lowincome.Default2017(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6366.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "724.40"},
			},
			total: "8177.00",
			explain: []explained{
				{ZH: "A类增发：3622.00 × 30% = 1086.60 元/年", EN: "class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：3622.00 × 20% = 724.40 元/年", EN: "class B uplift: 3622.00 × 20% = 724.40 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "one class-A member", clause: "2.1.2",
			desc: "例1加A类一人：3622×30%=1086.60，合计6366+1086.60=7452.60元 / example 1 with one class-A member: 3622.00 × 30% = 1086.60, total 6366.00 + 1086.60 = 7452.60",
			h:    home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", "")), p: lowincome.Default2017(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6366.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
			},
			total: "7452.60",
			explain: []explained{
				{ZH: "A类增发：3622.00 × 30% = 1086.60 元/年", EN: "class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "class C gets no uplift", clause: "2.1.2",
			desc: "C类对象不增发 / class C has no uplift",
			h:    home("4500.00", classed(adult("a1", ""), household.ClassC), adult("a2", ""), adult("a3", "")),
			p:    lowincome.Default2017(),
			want: []line{{Item: lowincome.ItemBase, Annual: "6366.00"}}, total: "6366.00",
		},
		{
			name: "share base", clause: "2.1.2",
			desc: "按本人补差份额增发：6366÷3=2122，A 636.60、B 424.40 / base = own share 2122.00: A 636.60, B 424.40",
			h:    ab("4500.00"), p: withSwitches(lowincome.BaseShare, lowincome.ScopeAll),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6366.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "636.60"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "424.40"},
			},
			total: "7427.00",
			explain: []explained{
				{ZH: "A类增发：(3622.00 × 3 人 − 4500.00) ÷ 3 人 × 30% = 636.60 元/年", EN: "class A uplift: (3622.00 × 3 persons − 4500.00) ÷ 3 persons × 30% = 636.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：(3622.00 × 3 人 − 4500.00) ÷ 3 人 × 20% = 424.40 元/年", EN: "class B uplift: (3622.00 × 3 persons − 4500.00) ÷ 3 persons × 20% = 424.40 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "share base, a class-A child", clause: "2.1.2",
			desc: "按本人补差份额增发，A类困境儿童的份额为 S：3622×30%=1086.60；儿童线 4000÷3=1333.33；补差 10866−4000=6866 / " +
				"share base, a class-A child in difficulty: his share is S, so 1086.60; his child line I/n = 1333.33; base 6866.00",
			h: home("4000.00", adult("a1", ""), adult("a2", ""),
				classed(kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty), household.ClassA)),
			p: withSwitches(lowincome.BaseShare, lowincome.ScopeAll),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6866.00"},
				{Item: lowincome.ItemUpliftA, Member: "c1", Annual: "1086.60"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1333.33"},
			},
			total: "9285.93",
			explain: []explained{
				{ZH: "A类增发：3622.00 × 30% = 1086.60 元/年", EN: "class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "share base rounds once", clause: "2.1.2",
			desc: "份额 (10866−4000)÷3=2288.666…：A类×30%=686.60，B类×20%=457.7333…→457.73 / share (10866−4000)÷3 = 2288.666…: A × 30% = 686.60, B × 20% = 457.7333… → 457.73",
			h:    ab("4000.00"), p: withSwitches(lowincome.BaseShare, lowincome.ScopeAll),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6866.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "686.60"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "457.73"},
			},
			total: "8010.33",
			explain: []explained{
				{ZH: "A类增发：(3622.00 × 3 人 − 4000.00) ÷ 3 人 × 30% = 686.60 元/年", EN: "class A uplift: (3622.00 × 3 persons − 4000.00) ÷ 3 persons × 30% = 686.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：(3622.00 × 3 人 − 4000.00) ÷ 3 人 × 20% = 457.73 元/年", EN: "class B uplift: (3622.00 × 3 persons − 4000.00) ÷ 3 persons × 20% = 457.73 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "share base, one fen below the line", clause: "2.1.2",
			desc: "按本人补差份额增发，收入10865.99比低保线低1分：补差0.01；A类 0.01÷3×30%=0.001→0.00，B类 0.01÷3×20%=0.0007→0.00，按份额公式说明 / " +
				"share base, I = 10865.99, one fen below the line: base 0.01; A 0.01 ÷ 3 × 30% = 0.001 → 0.00, B 0.01 ÷ 3 × 20% = 0.0007 → 0.00, explained by the share formula",
			h: ab("10865.99"), p: withSwitches(lowincome.BaseShare, lowincome.ScopeAll),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "0.01"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "0.00"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "0.00"},
			},
			total: "0.01",
			explain: []explained{
				{ZH: "A类增发：(3622.00 × 3 人 − 10865.99) ÷ 3 人 × 30% = 0.00 元/年", EN: "class A uplift: (3622.00 × 3 persons − 10865.99) ÷ 3 persons × 30% = 0.00 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：(3622.00 × 3 人 − 10865.99) ÷ 3 人 × 20% = 0.00 元/年", EN: "class B uplift: (3622.00 × 3 persons − 10865.99) ÷ 3 persons × 20% = 0.00 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "share base, a recipient on the line", clause: "2.1.2",
			desc: "按本人补差份额增发、县定A类比例50%，在保1人户收入恰为3622.00：补差0，本人份额为0，A类增发0.00 / " +
				"share base with a county A rate of 50%, a recipient household of one with I = 3622.00 on the line: base 0, the member's share 0, A uplift 0.00",
			h: func() *household.Household {
				h := home("3622.00", classed(adult("a1", ""), household.ClassA))
				h.Current.LowIncome = true
				return h
			}(),
			p: func() *lowincome.Params {
				p := withSwitches(lowincome.BaseShare, lowincome.ScopeAll)
				p.UpliftA = policy.New("lowincome.uplift_a", d("0.50"), policy.Local, "county rule")
				return p
			}(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "0.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "0.00"},
			},
			total: "0.00",
			explain: []explained{
				{ZH: "A类增发：本人补差份额为 0（3622.00 × 1 人 − 3622.00 ≤ 0），增发 0.00 元/年", EN: "class A uplift: the member's share is 0 (3622.00 × 1 person − 3622.00 ≤ 0), so 0.00 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "registered-poor scope, poor household", clause: "2.1.2",
			desc: "仅建档立卡户增发，本户为建档立卡户：照常增发 / scope registered-poor, the household is: uplift paid",
			h:    poor(ab("4500.00")), p: withSwitches(lowincome.BaseStandard, lowincome.ScopeRegisteredPoor),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "6366.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "724.40"},
			},
			total: "8177.00",
			explain: []explained{
				{ZH: "A类增发：3622.00 × 30% = 1086.60 元/年", EN: "class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：3622.00 × 20% = 724.40 元/年", EN: "class B uplift: 3622.00 × 20% = 724.40 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
		{
			name: "registered-poor scope, other household", clause: "2.1.2",
			desc: "仅建档立卡户增发，本户非建档立卡：不增发，A、B类成员各有一项决定说明原因 / scope registered-poor, the household is not: no uplift, and a decision for each class-A and class-B member saying why",
			h:    ab("4500.00"), p: withSwitches(lowincome.BaseStandard, lowincome.ScopeRegisteredPoor),
			want: []line{{Item: lowincome.ItemBase, Annual: "6366.00"}}, total: "6366.00",
			decided: []upliftDecision{
				{Item: lowincome.ItemUpliftA, Member: "a1", Outcome: policy.Ineligible,
					Params: "lowincome.uplift_scope=registered-poor",
					ZH:     "A类增发仅限建档立卡贫困户成员（增发范围：建档立卡），本户不是建档立卡贫困户：不增发",
					EN:     "the class A uplift goes to members of registered-poor (建档立卡) households only (the uplift's scope), and this household is not registered poor: no uplift"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Outcome: policy.Ineligible,
					Params: "lowincome.uplift_scope=registered-poor",
					ZH:     "B类增发仅限建档立卡贫困户成员（增发范围：建档立卡），本户不是建档立卡贫困户：不增发",
					EN:     "the class B uplift goes to members of registered-poor (建档立卡) households only (the uplift's scope), and this household is not registered poor: no uplift"},
			},
		},
		{
			name: "no uplift outside coverage", clause: "2.1.2",
			desc: "家庭不符合低保：A、B类不增发 / an ineligible household gets no uplift",
			h:    ab("10866.00"), p: lowincome.Default2017(),
			want: nil, total: "0.00",
		},
		{
			name: "recipient on the line keeps the uplift", clause: "2.1.2",
			desc: "在保家庭收入等于低保线：补差0，A、B类照常增发 / a recipient on the line: base 0, uplift paid",
			h: func() *household.Household {
				h := ab("10866.00")
				h.Current.LowIncome = true
				return h
			}(),
			p: lowincome.Default2017(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "0.00"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
				{Item: lowincome.ItemUpliftB, Member: "a2", Annual: "724.40"},
			},
			total: "1811.00",
			explain: []explained{
				{ZH: "A类增发：3622.00 × 30% = 1086.60 元/年", EN: "class A uplift: 3622.00 × 30% = 1086.60 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
				{ZH: "B类增发：3622.00 × 20% = 724.40 元/年", EN: "class B uplift: 3622.00 × 20% = 724.40 yuan/year",
					Payee: policy.PayMember, Payer: policy.CivilAffairsFund},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if got := r.Total().StringFixed(2); got != tc.total {
				t.Errorf("%s\ntotal = %s, want %s", tc.desc, got, tc.total)
			}
			var got []explained
			for _, l := range r.Lines {
				if l.Item() == lowincome.ItemUpliftA || l.Item() == lowincome.ItemUpliftB {
					got = append(got, explained{l.Explanation().Render(policy.ZH), l.Explanation().Render(policy.EN), l.Payee(), l.Payer()})
				}
			}
			if diff := cmp.Diff(tc.explain, got); diff != "" {
				t.Errorf("%s\n增发说明 / uplift explanations (-want +got):\n%s", tc.desc, diff)
			}
			var decided []upliftDecision
			for _, d := range r.Decisions {
				if d.Item() == lowincome.ItemUpliftA || d.Item() == lowincome.ItemUpliftB {
					var params []string
					for _, u := range d.Params() {
						params = append(params, u.Name+"="+u.Value)
					}
					decided = append(decided, upliftDecision{d.Item(), d.Member(), d.Outcome(), strings.Join(params, " "),
						d.Explanation().Render(policy.ZH), d.Explanation().Render(policy.EN)})
				}
			}
			if diff := cmp.Diff(tc.decided, decided); diff != "" {
				t.Errorf("%s\n增发决定 / uplift decisions (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// upliftDecision is a decision on a member's A/B uplift as TestUplift
// states it.
type upliftDecision struct {
	Item    policy.Item
	Member  string
	Outcome policy.Outcome
	Params  string // the parameters it read, name=value
	ZH, EN  string
}

// explained is an uplift line as TestUplift states it: its explanation in
// Chinese and English, whom it pays and from which fund.
type explained struct {
	ZH, EN string
	Payee  policy.Payee
	Payer  policy.Payer
}

// TestChildren is 2.2.3: "困境儿童、困境家庭儿童全额享受最低生活保障补助资金".
func TestChildren(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	individual := func() *lowincome.Params {
		p := lowincome.Default2017()
		p.ChildMode.Value = lowincome.ChildIndividual
		return p
	}
	allowance := func() *lowincome.Params { // the county's children's allowance of 1200.00
		p := lowincome.Default2017()
		p.ChildAllowance = policy.New("lowincome.child_allowance", d("1200.00"), policy.Local, "county rule")
		return p
	}
	halfEven := func() *lowincome.Params {
		p := lowincome.Default2017()
		p.Rounding.Mode = policy.HalfEven
		return p
	}
	noHome := func() *household.Household { // a child without a household (section 0)
		h := home("", kid("c1", born2010, household.ChildInDifficulty))
		h.NoFixedHousehold = true
		return h
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *lowincome.Params
		want   []line
		total  string
		// explain is the Chinese explanation of each child line
		// (ItemChild), in order, where the row states it.
		explain []string
	}{
		{
			name: "worked example 3", clause: "2.2.3",
			desc:  "4人户收入6000元、困境儿童1人：补差8488，儿童1500，合计9988 / 4 members, I = 6000.00, one child: 8488.00 + 1500.00 = 9988.00",
			h:     home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:     lowincome.Default2017(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "8488.00"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"}},
			total: "9988.00",
		},
		{
			name: "child of a family in difficulty", clause: "2.2.3",
			desc:  "4人户收入6000元、困境家庭儿童1人：与困境儿童同样全额享受，补差8488，儿童1500，合计9988 / 4 members, I = 6000.00, a child of a family in difficulty, treated as a child in difficulty: 8488.00 + 1500.00 = 9988.00",
			h:     home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficultHome)),
			p:     lowincome.Default2017(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "8488.00"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"}},
			total: "9988.00",
		},
		{
			name: "x.xx5 rounds half up", clause: "0",
			desc:  "儿童额 1000.02÷4=250.005 四舍五入为250.01 / I/n = 250.005 rounds half up to 250.01",
			h:     home("1000.02", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:     lowincome.Default2017(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "13487.98"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "250.01"}},
			total: "13737.99",
		},
		{
			name: "x.xx5 with half-even rounding", clause: "0",
			desc:  "参数改为银行家舍入：250.005→250.00 / with half-even rounding 250.005 → 250.00",
			h:     home("1000.02", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:     halfEven(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "13487.98"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "250.00"}},
			total: "13737.98",
		},
		{
			name: "two children share one rounding", clause: "2.2.3",
			desc: "两名儿童：2×1000.02÷4=500.01 一次舍入，尾差1分给第一名 / two children: 500.01 rounded once, the odd fen to the first",
			h: home("1000.02", adult("a1", ""), adult("a2", ""),
				kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome)),
			p: lowincome.Default2017(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "13487.98"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "250.01"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "250.00"},
			},
			total: "13987.99",
			explain: []string{
				"困境儿童全额享受：2 名儿童合计 2 × 1000.02 ÷ 4 人 = 500.01 元/年（一次舍入，尾差按成员顺序分配），本人 250.01 元/年",
				"困境儿童全额享受：2 名儿童合计 2 × 1000.02 ÷ 4 人 = 500.01 元/年（一次舍入，尾差按成员顺序分配），本人 250.00 元/年",
			},
		},
		{
			name: "child and class A stack", clause: "2.2.3",
			desc: "困境儿童又是A类：儿童线与增发叠加 / a child who is also class A gets both lines",
			h: home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""),
				classed(kid("c1", born2010, household.ChildInDifficulty), household.ClassA)),
			p: lowincome.Default2017(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "8488.00"},
				{Item: lowincome.ItemUpliftA, Member: "c1", Annual: "1086.60"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"},
			},
			total: "11074.60",
		},
		{
			name: "eighteen is no longer a child", clause: "2.2.3",
			desc: "评估日已满18周岁：不再按困境儿童 / 18 on the assessment date is not a child",
			h: home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""),
				kid("c1", household.NewDate(1999, 9, 1), household.ChildInDifficulty)),
			p:    lowincome.Default2017(),
			want: []line{{Item: lowincome.ItemBase, Annual: "8488.00"}}, total: "8488.00",
		},
		{
			name: "seventeen the day before", clause: "2.2.3",
			desc: "评估日次日满18周岁：仍是儿童 / turning 18 the day after is still a child",
			h: home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""),
				kid("c1", household.NewDate(1999, 9, 2), household.ChildInDifficulty)),
			p:     lowincome.Default2017(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "8488.00"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"}},
			total: "9988.00",
		},
		{
			name: "ineligible household, default mode", clause: "2.2.3",
			desc: "家庭不符合低保、默认模式：儿童无补助 / ineligible household in the default mode: nothing",
			h:    home("20000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:    lowincome.Default2017(),
			want: nil, total: "0.00",
		},
		{
			name: "ineligible household, individual mode", clause: "2.2.3",
			desc: "个人全额模式：家庭不符合低保，儿童仍享受标准3622元 / individual mode: the child receives S = 3622.00",
			h:    home("20000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:    individual(),
			want: []line{{Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00"}}, total: "3622.00",
		},
		{
			name: "eligible household, individual mode", clause: "2.2.3",
			desc:  "个人全额模式、4人户收入6000元、困境儿童1人：与家庭模式相同，补差8488，儿童1500，合计9988 / individual mode, 4 members, I = 6000.00, one child: the same as the household mode, 8488.00 + 1500.00 = 9988.00",
			h:     home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:     individual(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "8488.00"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"}},
			total: "9988.00",
		},
		{
			name: "recipient on the line, child gets the standard", clause: "2.2.3",
			desc: "在保家庭收入等于低保线：补差0，儿童全额3622元 / recipient on the line: base 0, the child gets S",
			h: func() *household.Household {
				h := home("14488.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty))
				h.Current.LowIncome = true
				return h
			}(),
			p:     lowincome.Default2017(),
			want:  []line{{Item: lowincome.ItemBase, Annual: "0.00"}, {Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00"}},
			total: "3622.00",
		},
		{
			name: "children's allowance set", clause: "2.2.3",
			desc: "县里设定困境儿童基本生活费1200元：另行全额发放 / a county allowance of 1200.00 is paid beside 低保",
			h:    home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:    allowance(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "8488.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"},
				{Item: lowincome.ItemChildAllowance, Member: "c1", Annual: "1200.00"},
			},
			total: "11188.00",
		},
		{
			name: "children's allowance, a child under 特困 support", clause: "2.2.3",
			desc: "困境儿童c0全年享受特困供养，不在低保家庭内（第0节）：无儿童补助、无基本生活费；c1照发1500.00与1200.00 / c0, under 特困 support all year, is outside the 低保 household (section 0): no child line and no allowance; c1 is paid 1500.00 and 1200.00",
			h: home("6000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty),
				household.Member{ID: "c0", BirthDate: born2010, Child: household.ChildInDifficulty,
					Tekun: household.Tekun{Mode: household.TekunDispersed}}),
			p: allowance(),
			want: []line{
				{Item: lowincome.ItemBase, Annual: "8488.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1500.00"},
				{Item: lowincome.ItemChildAllowance, Member: "c1", Annual: "1200.00"},
			},
			total: "11188.00",
		},
		{
			name: "children's allowance in a household refused", clause: "2.2.3",
			desc:  "家庭收入20000元不符合低保，县设困境儿童基本生活费1200元：照发1200.00 / I = 20000.00, refused; a county allowance of 1200.00 is still paid",
			h:     home("20000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty)),
			p:     allowance(),
			want:  []line{{Item: lowincome.ItemChildAllowance, Member: "c1", Annual: "1200.00"}},
			total: "1200.00",
		},
		{
			name: "children's allowance from July", clause: "2.2.3",
			desc:  "家庭收入20000元不符合低保，县设基本生活费1200元，低保期间7月起：7–12月 1200.00 × 6 ÷ 12 = 600.00 / I = 20000.00, refused, a county allowance of 1200.00, the record's period from July: 1200.00 × 6 ÷ 12 = 600.00",
			h:     from(time.July, home("20000.00", adult("a1", ""), adult("a2", ""), adult("a3", ""), kid("c1", born2010, household.ChildInDifficulty))),
			p:     allowance(),
			want:  []line{{Item: lowincome.ItemChildAllowance, Member: "c1", Annual: "600.00"}},
			total: "600.00",
		},
		{
			name: "no fixed household, individual switch", clause: "0",
			desc: "无固定住所的困境儿童、个人全额模式：仍只作临时救助和转介，无低保补助 / a child without a household on the individual switch: temporary aid and referral only, no 低保 line",
			h:    noHome(), p: individual(), want: nil, total: "0.00",
		},
		{
			name: "no fixed household, children's allowance set", clause: "0",
			desc: "无固定住所的困境儿童、县设困境儿童基本生活费：不发放 / a child without a household with a county allowance set: none paid",
			h:    noHome(),
			p:    allowance(),
			want: nil, total: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if got := r.Total().StringFixed(2); got != tc.total {
				t.Errorf("%s\ntotal = %s, want %s", tc.desc, got, tc.total)
			}
			if tc.explain == nil {
				return
			}
			var got []string
			for _, l := range r.Lines {
				if l.Item() == lowincome.ItemChild {
					got = append(got, l.Explanation().Render(policy.ZH))
				}
			}
			if diff := cmp.Diff(tc.explain, got); diff != "" {
				t.Errorf("%s\nchild lines' explanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestIndividualRecipients is 2.2.3 on the individual switch: a child in
// difficulty paid the standard S on its own in a household that is not
// covered is a 低保 recipient for medical aid (2.3.2) and the living
// subsidy (2.2.4); in a covered household every member is one through it,
// and the list is empty.
func TestIndividualRecipients(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	individual := func() *lowincome.Params {
		p := lowincome.Default2017()
		p.ChildMode.Value = lowincome.ChildIndividual
		return p
	}
	withKids := func(income string, kids ...household.Member) *household.Household {
		return home(income, append([]household.Member{adult("a1", ""), adult("a2", ""), adult("a3", "")}, kids...)...)
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params
		period  policy.Period // the run; the zero Period is the whole year
		want    []string
		months  string // IndividualMonths: the months the children are paid in, "" for none
		covered bool
		total   string // Total: the children's lines, where the household has no line of its own ("" for a covered household)
	}{
		{
			name: "household not covered, child paid S", clause: "2.2.3",
			desc: "个人全额模式、家庭收入20000元不符合：儿童c1个人领取3622.00，为低保对象 / individual switch, I = 20000.00 not covered: c1 is paid 3622.00 and is a recipient",
			h:    withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty)),
			p:    individual(), want: []string{"c1"}, months: "01–12", covered: false, total: "3622.00",
		},
		{
			name: "two children on their own", clause: "2.2.3",
			desc: "两名儿童各自领取3622.00：均为低保对象 / two children each paid 3622.00: both recipients",
			h: withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty),
				kid("c2", born2010, household.ChildInDifficultHome)),
			p: individual(), want: []string{"c1", "c2"}, months: "01–12", covered: false, total: "7244.00",
		},
		{
			name: "after a confirmed exit", clause: "2.2.3",
			desc: "家庭确认退出：儿童仍个人领取3622.00，为低保对象 / the household exits: the child is still paid 3622.00 and a recipient",
			h: func() *household.Household {
				h := withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty))
				h.Current = household.Current{LowIncome: true, RiseStable: true}
				return h
			}(),
			p: individual(), want: []string{"c1"}, months: "01–12", covered: false, total: "3622.00",
		},
		{
			name: "household covered", clause: "2.2.3",
			desc: "家庭符合低保（例3）：全体成员经家庭为低保对象，名单为空 / the household is covered (example 3): the list is empty",
			h:    withKids("6000.00", kid("c1", born2010, household.ChildInDifficulty)),
			p:    individual(), want: nil, covered: true,
		},
		{
			name: "default switch", clause: "2.2.3",
			desc: "默认模式、家庭不符合：儿童无补助，名单为空 / the default switch, household not covered: no line, empty",
			h:    withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty)),
			p:    lowincome.Default2017(), want: nil, covered: false, total: "0.00",
		},
		{
			name: "not paid in the run", clause: "2.2.3",
			desc: "7月起在保、评估1–6月：儿童本期无线，名单为空 / covered from July, run January–June: no line, empty",
			h:    from(time.July, withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty))),
			p:    individual(), period: policy.Period{From: time.January, To: time.June}, want: nil, covered: false, total: "0.00",
		},
		{
			name: "paid from July", clause: "2.2.3",
			desc: "7月起在保、评估全年：儿童7–12月个人领取3622.00 × 6 ÷ 12 = 1811.00，仅7–12月为低保对象 / covered from July, the whole year assessed: " +
				"the child is paid 3622.00 × 6 ÷ 12 = 1811.00 for July–December and is a recipient in those months only",
			h: from(time.July, withKids("20000.00", kid("c1", born2010, household.ChildInDifficulty))),
			p: individual(), want: []string{"c1"}, months: "07–12", covered: false, total: "1811.00",
		},
		{
			name: "eighteen is not a child", clause: "2.2.3",
			desc: "评估日已满18周岁：不是困境儿童，名单为空 / 18 on the assessment date: not a child, empty",
			h:    withKids("20000.00", kid("c1", household.NewDate(1999, 9, 1), household.ChildInDifficulty)),
			p:    individual(), want: nil, covered: false, total: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessIn(t, tc.h, tc.p, lowincome.Inputs{Period: tc.period})
			if diff := cmp.Diff(tc.want, r.IndividualRecipients()); diff != "" {
				t.Errorf("%s\nIndividualRecipients (-want +got):\n%s", tc.desc, diff)
			}
			months := ""
			if p, ok := r.IndividualMonths(); ok {
				months = p.String()
			}
			if months != tc.months {
				t.Errorf("%s\nIndividualMonths = %q, want %q", tc.desc, months, tc.months)
			}
			if r.Covered() != tc.covered {
				t.Errorf("%s\nCovered = %v, want %v", tc.desc, r.Covered(), tc.covered)
			}
			if tc.total != "" && !r.Total().Equal(d(tc.total)) {
				t.Errorf("%s\nTotal = %s, want %s", tc.desc, r.Total().StringFixed(2), tc.total)
			}
		})
	}
}
