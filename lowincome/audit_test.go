package lowincome_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
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

func findingsOf(r *lowincome.Result) []finding {
	var out []finding
	for _, f := range r.Findings {
		out = append(out, finding{f.Kind(), f.Item(), f.Member(), f.Amount().StringFixed(2), f.Explanation().Render(policy.ZH)})
	}
	return out
}

// TestAudit is 2.1.2–2.1.3 精准识别: omissions (应保未保) with their
// trigger, a household still paid after a confirmed exit (应退未退), wrongful
// coverage (错保), and under- and over-payment of each line paid in the
// assessment date's month against its schedule's regular month; all only
// in the run containing that month (section 0).
func TestAudit(t *testing.T) {
	paid := func(h *household.Household, pays ...household.Payment) *household.Household {
		h.Current.LowIncome = true
		h.Current.Payments = pays
		return h
	}
	pay := func(item policy.Item, member, monthly string) household.Payment {
		return household.Payment{Programme: policy.LowIncome, Item: item, Member: member, Monthly: d(monthly)}
	}
	able := func(h *household.Household) *household.Household {
		for i := range h.Members {
			h.Members[i].AbleToWork = true
		}
		return h
	}
	individual := func() *lowincome.Params {
		p := lowincome.Default2017()
		p.ChildMode.Value = lowincome.ChildIndividual
		return p
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *lowincome.Params // nil for Default2017
		period policy.Period     // the run assessed; the zero Period is the whole year
		want   []finding
	}{
		{
			name: "omission, registered poor", clause: "2.1.2",
			desc: "建档立卡户符合条件未纳入：应保未保，应发6366元 / registered poor, eligible, not covered: omission of 6366.00",
			h: func() *household.Household {
				h := able(home("4500.00", adults(3)...))
				h.RegisteredPoor = true
				return h
			}(),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, children paid on their own", clause: "2.2.3",
			desc: "个人全额模式，家庭收入20000元不符合低保、未纳入：困境儿童与困境家庭儿童各应保未保3622元 / the individual switch, I = 20000.00 refused and not covered: a child in difficulty and a child of a family in difficulty are each an omission of 3622.00",
			h: able(home("20000.00", adult("a1", ""), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty),
				kid("c2", household.NewDate(2012, 5, 1), household.ChildInDifficultHome))),
			p: individual(),
			want: []finding{
				{Kind: policy.Omission, Item: lowincome.ItemChild, Member: "c1", Amount: "3622.00",
					Why: "应保未保：困境儿童（含困境家庭儿童）个人全额享受低保标准，家庭未纳入低保，应发 3622.00 元/年"},
				{Kind: policy.Omission, Item: lowincome.ItemChild, Member: "c2", Amount: "3622.00",
					Why: "应保未保：困境儿童（含困境家庭儿童）个人全额享受低保标准，家庭未纳入低保，应发 3622.00 元/年"},
			},
		},
		{
			name: "no child omission on the default switch", clause: "2.2.3",
			desc: "默认（户内）模式，家庭收入20000元不符合低保、未纳入：儿童不单独享受，无应保未保 / the default in-household switch, I = 20000.00 refused and not covered: no child is a recipient on his own, no omission",
			h:    able(home("20000.00", adult("a1", ""), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty))),
			want: nil,
		},
		{
			name: "no child omission for a person without a household", clause: "2.2.3",
			desc: "个人全额模式，无固定住所的儿童：仅临时救助和转介，无应保未保 / the individual switch, a child without a household: temporary aid and referral only, no omission",
			h: func() *household.Household {
				h := home("", kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty))
				h.NoFixedHousehold = true
				return h
			}(),
			p:    individual(),
			want: nil,
		},
		{
			name: "no child omission for a child under 特困 support", clause: "2.2.3",
			desc: "个人全额模式，家庭收入20000元不符合低保；困境儿童本人特困供养，不在低保家庭：无应保未保 / the individual switch, I = 20000.00 refused; a child in difficulty under 特困 support is outside the 低保 household: no omission",
			h: func() *household.Household {
				h := able(home("20000.00", adult("a1", ""), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty)))
				h.Members[1].Tekun = household.Tekun{Mode: household.TekunDispersed}
				return h
			}(),
			p:    individual(),
			want: nil,
		},
		{
			name: "omission, no member able to work", clause: "2.1.2",
			desc: "无劳动能力家庭未纳入：兜底保障 / no member able to work: must be covered (兜底)",
			h:    home("4500.00", adults(3)...),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, no development path", clause: "2.1.2",
			desc: "暂时无法通过扶贫开发脱贫：兜底保障 / cannot escape poverty through development: must be covered",
			h: func() *household.Household {
				h := able(home("4500.00", adults(3)...))
				h.NoDevelopmentPath = true
				return h
			}(),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：暂时无法通过扶贫开发脱贫，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, registered poor and no member able to work", clause: "2.1.2",
			desc: "建档立卡户且无劳动能力，符合条件未纳入：两项依据都点名，应发6366元 / registered poor and no member able to work: both triggers named, 6366.00",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				h.RegisteredPoor = true
				return h
			}(),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”；且家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, registered poor and no development path", clause: "2.1.2",
			desc: "建档立卡户且暂时无法通过扶贫开发脱贫，符合条件未纳入：两项依据都点名，应发6366元 / registered poor and no development path: both triggers named, 6366.00",
			h: func() *household.Household {
				h := able(home("4500.00", adults(3)...))
				h.RegisteredPoor, h.NoDevelopmentPath = true, true
				return h
			}(),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”；且暂时无法通过扶贫开发脱贫，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, registered poor and both grounds of 兜底", clause: "2.1.2",
			desc: "建档立卡户、无劳动能力且暂时无法通过扶贫开发脱贫：兜底为一项依据，点名其首项（无劳动能力），应发6366元 / " +
				"registered poor, no member able to work and no development path: 兜底 is one trigger, named by its first ground, 6366.00",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				h.RegisteredPoor, h.NoDevelopmentPath = true, true
				return h
			}(),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：建档立卡贫困户符合条件，应“将所有符合条件的扶贫对象纳入低保范围”；且家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "omission, no particular trigger", clause: "2.1.2",
			desc: "一般家庭符合条件未纳入 / an ordinary eligible household not covered",
			h:    able(home("4500.00", adults(3)...)),
			want: []finding{{Kind: policy.Omission, Amount: "6366.00", Why: "应保未保：符合条件但未纳入低保，应发 6366.00 元/年"}},
		},
		{
			name: "ineligible applicant, nothing to report", clause: "2.1.2",
			desc: "不符合条件的非在保家庭：无发现 / an ineligible household not covered: no finding",
			h:    home("12000.00", adults(3)...),
			want: nil,
		},
		{
			name: "not exited after a confirmed exit", clause: "2.1.2",
			desc: "人均收入高于标准且已确认稳定脱贫仍在发放：应退未退（原为错保），现发530.50元/月 / above the line, exit confirmed, still paid 530.50 a month: not exited (was 错保)",
			h: func() *household.Household {
				h := paid(home("12000.00", adults(3)...), pay(lowincome.ItemBase, "", "530.50"))
				h.Current.RiseStable = true
				return h
			}(),
			want: []finding{{Kind: policy.NotExited, Amount: "530.50",
				Why: "应退未退：已确认退出低保（在保家庭年收入 12000.00 高于低保线 3622.00 × 3 人 = 10866.00，高出 1134.00 元，且已确认稳定脱贫：退出低保），现发 530.50 元/月"}},
		},
		{
			name: "not exited, a child paid individually stays due", clause: "2.1.2",
			desc: "个人全额模式：家庭确认退出，补差530.50仍在发放为应退未退，儿童个人线3622÷12=301.83照发、不计入 / individual switch: after the exit the base 530.50 is not exited; the child's own line (301.83 a month) is still due",
			h: func() *household.Household {
				h := paid(home("14500.00", adult("a1", ""), adult("a2", ""), adult("a3", ""),
					kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty)),
					pay(lowincome.ItemBase, "", "530.50"), pay(lowincome.ItemChild, "c1", "301.83"))
				h.Current.RiseStable = true
				return h
			}(),
			p: individual(),
			want: []finding{{Kind: policy.NotExited, Amount: "530.50",
				Why: "应退未退：已确认退出低保（在保家庭年收入 14500.00 高于低保线 3622.00 × 4 人 = 14488.00，高出 12.00 元，且已确认稳定脱贫：退出低保），现发 530.50 元/月"}},
		},
		{
			name: "not exited, no amount recorded", clause: "2.1.2",
			desc: "例4已确认退出、记录为在保但未登记发放金额：应退未退，现发金额未登记（不写作0.00） / worked example 4 confirmed, recorded as covered with no amount recorded: not exited, the amount paid now not recorded (not 0.00)",
			h: func() *household.Household {
				h := home("12000.00", adults(3)...)
				h.Current = household.Current{LowIncome: true, RiseStable: true}
				return h
			}(),
			want: []finding{{Kind: policy.NotExited, Amount: "0.00",
				Why: "应退未退：已确认退出低保（在保家庭年收入 12000.00 高于低保线 3622.00 × 3 人 = 10866.00，高出 1134.00 元，且已确认稳定脱贫：退出低保），现发金额未登记"}},
		},
		{
			name: "wrongful, no amount recorded", clause: "2.1.2",
			desc: "在保家庭成员均为特困供养人员、未登记发放金额：错保，现发金额未登记 / all members under 特困 support, recorded as covered with no amount recorded: wrongful, the amount not recorded",
			h: func() *household.Household {
				h := tekunAlone()
				h.Current.LowIncome = true
				return h
			}(),
			want: []finding{{Kind: policy.Wrongful, Amount: "0.00",
				Why: "错保：不符合低保条件（家庭成员均为特困供养人员，单独供养，不计入低保家庭），现发金额未登记"}},
		},
		{
			name: "wrongful, never qualified", clause: "2.1.2",
			desc: "在保家庭成员均为特困供养人员、仍发低保301.83元/月：错保 / a recipient whose members are all under 特困 support, still paid 301.83: wrongful",
			h:    paid(tekunAlone(), pay(lowincome.ItemBase, "", "301.83")),
			want: []finding{{Kind: policy.Wrongful, Amount: "301.83",
				Why: "错保：不符合低保条件（家庭成员均为特困供养人员，单独供养，不计入低保家庭），现发 301.83 元/月"}},
		},
		{
			name: "wrongful, no fixed household", clause: "2.1.2",
			desc: "流浪乞讨人员登记为在保、发301.83元/月：错保 / a person without a household recorded as covered and paid 301.83: wrongful",
			h:    paid(wanderer(), pay(lowincome.ItemBase, "", "301.83")),
			want: []finding{{Kind: policy.Wrongful, Amount: "301.83",
				Why: "错保：不符合低保条件（无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务），现发 301.83 元/月"}},
		},
		{
			name: "paid right", clause: "2.1.2",
			desc: "按标准足额发放：无发现 / paid exactly the schedule: no finding",
			h:    paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "530.50")),
			want: nil,
		},
		{
			name: "underpaid base", clause: "2.1.2",
			desc: "现发500元/月，应发530.50元：每月少发30.50元 / paid 500.00 a month, due 530.50: 30.50 short",
			h:    paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "500.00")),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemBase, Amount: "30.50",
				Why: "少发：现发 500.00 元/月，应发 530.50 元/月（第1–11月），每月少发 30.50 元"}},
		},
		{
			name: "overpaid base", clause: "2.1.2",
			desc: "现发600元/月，应发530.50元：每月多发69.50元 / paid 600.00, due 530.50: 69.50 too much",
			h:    paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "600.00")),
			want: []finding{{Kind: policy.Overpayment, Item: lowincome.ItemBase, Amount: "69.50",
				Why: "多发：现发 600.00 元/月，应发 530.50 元/月（第1–11月），每月多发 69.50 元"}},
		},
		{
			name: "two payments for one line are added up", clause: "2.1.2",
			desc: "补差分两笔各发300元/月，合计600元，应发530.50元：每月多发69.50元 / the base paid as two payments of 300.00, 600.00 in all against 530.50 due: 69.50 too much",
			h: paid(home("4500.00", adults(3)...),
				pay(lowincome.ItemBase, "", "300.00"), pay(lowincome.ItemBase, "", "300.00")),
			want: []finding{{Kind: policy.Overpayment, Item: lowincome.ItemBase, Amount: "69.50",
				Why: "多发：现发 600.00 元/月，应发 530.50 元/月（第1–11月），每月多发 69.50 元"}},
		},
		{
			name: "underpaid by one fen", clause: "2.1.2",
			desc: "现发530.49元/月，应发530.50元：每月少发0.01元 / paid 530.49 a month, due 530.50: 0.01 short",
			h:    paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "530.49")),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemBase, Amount: "0.01",
				Why: "少发：现发 530.49 元/月，应发 530.50 元/月（第1–11月），每月少发 0.01 元"}},
		},
		{
			name: "a payment of 0.00 for no line is no over-payment", clause: "2.1.2",
			desc: "补差足额530.50，另登记无类别成员a2的B类增发0.00元/月：无此项应发但未多发，无发现 / the base paid right at 530.50, and a B uplift of 0.00 a month recorded for a2, who has no class: nothing due, nothing overpaid, no finding",
			h: paid(home("4500.00", adults(3)...),
				pay(lowincome.ItemBase, "", "530.50"), pay(lowincome.ItemUpliftB, "a2", "0.00")),
			want: nil,
		},
		{
			name: "uplift not paid", clause: "2.1.2",
			desc: "A类对象未增发：每月少发90.55元 / class A uplift not paid: 90.55 a month short",
			h: paid(home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", "")),
				pay(lowincome.ItemBase, "", "530.50")),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemUpliftA, Member: "a1", Amount: "90.55",
				Why: "少发：现发 0.00 元/月，应发 90.55 元/月（第1–11月），每月少发 90.55 元"}},
		},
		{
			name: "a member's disability subsidy is not counted with his uplift", clause: "2.1.2",
			desc: "A类成员a1另领残疾人生活补贴66.67元/月：补差530.50、A类增发1086.60÷12=90.55均足额，残疾补贴不计入增发，无发现 / " +
				"class A member a1 also paid the disability living subsidy, 66.67 a month: the base 530.50 and the uplift 1086.60 ÷ 12 = 90.55 are paid right, the subsidy is not counted on the uplift, no finding",
			h: paid(home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", "")),
				pay(lowincome.ItemBase, "", "530.50"), pay(lowincome.ItemUpliftA, "a1", "90.55"),
				household.Payment{Programme: policy.Disability, Item: "living", Member: "a1", Monthly: d("66.67")}),
			want: nil,
		},
		{
			name: "uplift paid without a class", clause: "2.1.2",
			desc: "非A、B类却在发增发金：多发 / an uplift paid to a member with no class is overpaid",
			h: paid(home("4500.00", adults(3)...),
				pay(lowincome.ItemBase, "", "530.50"), pay(lowincome.ItemUpliftB, "a2", "60.37")),
			want: []finding{{Kind: policy.Overpayment, Item: lowincome.ItemUpliftB, Member: "a2", Amount: "60.37",
				Why: "多发：现发 60.37 元/月，本月无此项应发，每月多发 60.37 元"}},
		},
		{
			name: "no audit outside the assessment date's run", clause: "0",
			desc:   "评估日9月1日，评估1–6月：不作核查 / assessed on 1 September, the run January–June makes no finding",
			h:      home("4500.00", adults(3)...),
			period: policy.Period{From: time.January, To: time.June},
			want:   nil,
		},
		{
			name: "omission in the second half states a year", clause: "2.1.2",
			desc:   "评估7–12月：线额6366×6÷12=3183，应保未保仍报全年应发6366元 / run July–December: the line pays 3183.00, the omission states a year's 6366.00",
			h:      home("4500.00", adults(3)...),
			period: policy.Period{From: time.July, To: time.December},
			want: []finding{{Kind: policy.Omission, Amount: "6366.00",
				Why: "应保未保：家庭成员均无劳动能力，应“全部纳入农村低保范围，实行兜底保障”，应发 6366.00 元/年"}},
		},
		{
			name: "underpaid on a part-year line", clause: "2.1.2",
			desc: "7月起纳入：补差6366×6÷12=3183，7–11月530.50；现发500元，每月少发30.50 / covered from July: 3183.00, 530.50 in July–November; paid 500.00, 30.50 short",
			h:    from(time.July, paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "500.00"))),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemBase, Amount: "30.50",
				Why: "少发：现发 500.00 元/月，应发 530.50 元/月（第7–11月），每月少发 30.50 元"}},
		},
		{
			name: "paid after the coverage ended", clause: "2.1.2",
			desc: "低保期间1–6月，9月仍发530.50元：无当月应发，全额多发 / covered January–June, still paid 530.50 in September: all over-payment",
			h: func() *household.Household {
				h := paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "530.50"))
				h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, time.January),
					To: household.NewYearMonth(2017, time.June)}
				return h
			}(),
			want: []finding{{Kind: policy.Overpayment, Item: lowincome.ItemBase, Amount: "530.50",
				Why: "多发：现发 530.50 元/月，本月无此项应发，每月多发 530.50 元"}},
		},
		{
			name: "underpaid on a two-month line", clause: "2.1.2",
			desc: "低保期间8–9月：补差6366×2÷12=1061.00，8月发530.50、9月发余数530.50；现发500元，少发30.50，按第8月的常规月额 / covered August–September: 1061.00, its regular month 530.50 paid in August; paid 500.00, 30.50 short, stated for month 8",
			h: func() *household.Household {
				h := paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "500.00"))
				h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, time.August),
					To: household.NewYearMonth(2017, time.September)}
				return h
			}(),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemBase, Amount: "30.50",
				Why: "少发：现发 500.00 元/月，应发 530.50 元/月（第8月），每月少发 30.50 元"}},
		},
		{
			name: "underpaid on a one-month line", clause: "2.1.2",
			desc: "低保期间仅9月：补差6366×1÷12=530.50，于9月一次付清；现发500元，少发30.50，按第9月写明 / covered in September only: 530.50, paid in September; paid 500.00, 30.50 short, stated for month 9",
			h: func() *household.Household {
				h := paid(home("4500.00", adults(3)...), pay(lowincome.ItemBase, "", "500.00"))
				h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, time.September),
					To: household.NewYearMonth(2017, time.September)}
				return h
			}(),
			want: []finding{{Kind: policy.Underpayment, Item: lowincome.ItemBase, Amount: "30.50",
				Why: "少发：现发 500.00 元/月，应发 530.50 元/月（第9月），每月少发 30.50 元"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessIn(t, tc.h, tc.p, lowincome.Inputs{Period: tc.period})
			if diff := cmp.Diff(tc.want, findingsOf(r)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAuditClauses is the clauses the audit's findings cite: 应保未保
// cites 精准识别 (2.1.2, 2.1.3); a finding that a recipient should not be
// paid (错保, 应退未退) cites, after them, the clauses of the decision that
// says why, and under- or over-payment those of the line.
func TestAuditClauses(t *testing.T) {
	paid := func(h *household.Household) *household.Household {
		h.Current.LowIncome = true
		h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: lowincome.ItemBase, Monthly: d("301.83")}}
		return h
	}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       *household.Household
		want    []policy.Clause
	}{
		{
			name: "omission", clauses: []policy.Clause{"2.1.2", "2.1.3"},
			desc: "应保未保：引精准识别条款 2.1.2、2.1.3 / eligible but not covered cites 2.1.2 and 2.1.3",
			h:    home("4500.00", adults(3)...),
			want: []policy.Clause{"2.1.2", "2.1.3"},
		},
		{
			name: "not exited", clauses: []policy.Clause{"2.1.2", "2.1.3"},
			desc: "应退未退：引 2.1.2、2.1.3，再引退出决定的 2.1.1 / still paid after a confirmed exit: 2.1.2 and 2.1.3, then the exit decision's 2.1.1",
			h: func() *household.Household {
				h := paid(home("12000.00", adults(3)...))
				h.Current.RiseStable = true
				return h
			}(),
			want: []policy.Clause{"2.1.2", "2.1.3", "2.1.1"},
		},
		{
			name: "wrongful", clauses: []policy.Clause{"2.1.2", "2.1.3"},
			desc: "错保（成员均为特困供养人员）：引 2.1.2、2.1.3，再引决定的通则 0 / wrongful, every member under 特困 support: 2.1.2 and 2.1.3, then the decision's section 0",
			h:    paid(tekunAlone()),
			want: []policy.Clause{"2.1.2", "2.1.3", "0"},
		},
		{
			name: "underpaid base", clauses: []policy.Clause{"2.1.2", "2.1.3"},
			desc: "补差少发：引 2.1.2、2.1.3，再引补差线的 2.1.1 / an underpaid base: 2.1.2 and 2.1.3, then the base line's 2.1.1",
			h: func() *household.Household {
				h := paid(home("4500.00", adults(3)...))
				h.Current.Payments[0].Monthly = d("500.00")
				return h
			}(),
			want: []policy.Clause{"2.1.2", "2.1.3", "2.1.1"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessIn(t, tc.h, nil, lowincome.Inputs{})
			if len(r.Findings) != 1 {
				t.Fatalf("%s: %d findings, want 1", tc.desc, len(r.Findings))
			}
			if diff := cmp.Diff(tc.want, r.Findings[0].Clauses()); diff != "" {
				t.Errorf("%s\nclauses (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestTwoLines is 2.1.1 两线合一: the standard must not be below the
// poverty line, which is local. A failing check is a finding for the
// county with the shortfall P − S: New accepts the set and it assesses.
func TestTwoLines(t *testing.T) {
	withLine := func(pl string) *lowincome.Params {
		p := lowincome.Default2017()
		if pl != "" {
			p.PovertyLine = policy.New("lowincome.poverty_line", d(pl), policy.Local, "county")
		}
		return p
	}
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		p         *lowincome.Params
		status    policy.CheckStatus
		shortfall string
		why       string
		params    []string // the parameters the check lists: name, value, provenance
	}{
		{
			name: "poverty line not supplied", clause: "2.1.1",
			desc: "未提供扶贫标准：未评估，点名参数 / no poverty line: not assessed, naming the parameter",
			p:    withLine(""), status: policy.NotChecked, shortfall: "0.00",
			why:    "未评估：扶贫标准（lowincome.poverty_line）为地方参数，未提供",
			params: []string{"lowincome.poverty_line  local"},
		},
		{
			name: "poverty line left as the zero param", clause: "2.1.1",
			desc: "在 Go 中把扶贫标准留作零值参数（无来源类别）：未评估，列为地方参数 / P left as the zero Param in Go, of no provenance: not assessed, listed as local",
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.PovertyLine = policy.Param[decimal.Decimal]{Name: "lowincome.poverty_line"}
				return p
			}(),
			status: policy.NotChecked, shortfall: "0.00",
			why:    "未评估：扶贫标准（lowincome.poverty_line）为地方参数，未提供",
			params: []string{"lowincome.poverty_line  local"},
		},
		{
			name: "standard equals the line", clause: "2.1.1",
			desc: "低保标准等于扶贫标准：两线合一 / S equal to P passes",
			p:    withLine("3622.00"), status: policy.Pass, shortfall: "0.00",
			why:    "低保标准 3622.00 元/年·人 ≥ 扶贫标准 3622.00：两线合一",
			params: []string{"lowincome.standard 3622.00 seed", "lowincome.poverty_line 3622.00 local"},
		},
		{
			name: "standard one fen below the line", clause: "2.1.1",
			desc: "低保标准比扶贫标准低1分：不合格，差0.01 / S one fen below P fails, short by 0.01",
			p:    withLine("3622.01"), status: policy.Fail, shortfall: "0.01",
			why:    "低保标准 3622.00 元/年·人 低于扶贫标准 3622.01，差 0.01 元",
			params: []string{"lowincome.standard 3622.00 seed", "lowincome.poverty_line 3622.01 local"},
		},
		{
			name: "a failing set still assesses", clause: "2.1.1",
			desc: "扶贫标准3700元：3700 − 3622 = 78.00 不合格，参数集照常加载、评估（例1补差6366.00） / P = 3700.00 fails by 78.00; the set still loads and assesses (example 1: 6366.00)",
			p:    withLine("3700.00"), status: policy.Fail, shortfall: "78.00",
			why:    "低保标准 3622.00 元/年·人 低于扶贫标准 3700.00，差 78.00 元",
			params: []string{"lowincome.standard 3622.00 seed", "lowincome.poverty_line 3700.00 local"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.p.CheckTwoLines()
			got := []string{string(c.Status()), c.Shortfall().StringFixed(2), c.Explanation().Render(policy.ZH)}
			if diff := cmp.Diff([]string{string(tc.status), tc.shortfall, tc.why}, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			var params []string
			for _, u := range c.Params() {
				params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
			}
			if diff := cmp.Diff(tc.params, params); diff != "" {
				t.Errorf("%s\nthe check's parameters (-want +got):\n%s", tc.desc, diff)
			}
			if err := tc.p.Validate(); err != nil {
				t.Errorf("%s\nValidate refused the set: %v", tc.desc, err)
			}
			// New accepts the set whatever the check says, and it assesses.
			r := assess(t, home("4500.00", adults(3)...), tc.p)
			if got := r.Total().StringFixed(2); got != "6366.00" {
				t.Errorf("%s\nworked example 1 under the set: total %s, want 6366.00", tc.desc, got)
			}
		})
	}
}

// TestAuditUnrecordedAmount checks that a 错保 or 应退未退 finding of a
// household that records no 低保 payment carries no amount paid among its
// explanation's operands: the amount is unknown, not 0.00.
func TestAuditUnrecordedAmount(t *testing.T) {
	tests := []struct {
		name string
		h    *household.Household
	}{
		{"not exited", func() *household.Household {
			h := home("12000.00", adults(3)...)
			h.Current = household.Current{LowIncome: true, RiseStable: true}
			return h
		}()},
		{"wrongful", func() *household.Household {
			h := tekunAlone()
			h.Current.LowIncome = true
			return h
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			if len(r.Findings) != 1 {
				t.Fatalf("%d findings, want 1", len(r.Findings))
			}
			for _, a := range r.Findings[0].Explanation().Args() {
				if a.Name() == "paid" {
					t.Errorf("the finding's operands include paid = %s; the amount paid is not recorded", a)
				}
			}
		})
	}
}

// TestAuditFormulaIDs checks which formula an under-payment finding names:
// a whole-year line's, whose regular month is paid in months 1–11; a part
// year's, naming its months; a one-month line's, naming its month. The
// first two read alike, and only the formula id tells them apart.
func TestAuditFormulaIDs(t *testing.T) {
	covered := func(from, to time.Month) *household.Household {
		h := home("4500.00", adults(3)...)
		h.Current = household.Current{LowIncome: true, Payments: []household.Payment{
			{Programme: policy.LowIncome, Item: lowincome.ItemBase, Monthly: d("500.00")}}}
		if from != 0 {
			h.LowIncomePeriod = &household.MonthPeriod{From: household.NewYearMonth(2017, from),
				To: household.NewYearMonth(2017, to)}
		}
		return h
	}
	tests := []struct {
		name string
		h    *household.Household
		want string
	}{
		{"whole year", covered(0, 0), "lowincome.underpayment"},
		{"part year", covered(time.July, time.December), "lowincome.underpayment-part"},
		{"one month", covered(time.September, time.September), "lowincome.underpayment-month"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			if len(r.Findings) != 1 {
				t.Fatalf("%d findings, want 1", len(r.Findings))
			}
			if got := r.Findings[0].Explanation().Formula().ID; got != tc.want {
				t.Errorf("formula %s, want %s", got, tc.want)
			}
		})
	}
}
