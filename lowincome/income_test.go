package lowincome_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestIncomeRules is section 0 with 2.1.3: a record whose figures read I —
// the base, an uplift of the member's share, a child's line of I ÷ n, the
// eligibility or exit decision — names, after its own parameters, each rule
// of lowincome.counted that left an income of a member in the household out
// of I, and each provisional rule that counted one; a line naming a
// provisional rule is provisional. A record that does not read I, an income
// of 0, a member under 特困 support and wages counted by law leave it as it
// was.
func TestIncomeRules(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	with := func(m household.Member, c household.IncomeCategory, amount string) household.Member {
		m.Incomes = append(m.Incomes, household.Income{Category: c, Amount: d(amount)})
		return m
	}
	const (
		standard    = "lowincome.standard"
		scholarship = "lowincome.counted.scholarship"
		subsidy     = "lowincome.counted.disability-subsidy"
	)
	// rec is a record as the table states it: a line's item or "decision",
	// its member, the parameters it rests on, whether it is provisional.
	type rec struct {
		What        string
		Member      string
		Params      []string
		Provisional bool
	}
	plain := []rec{{"decision", "", []string{standard}, false}, {"base", "", []string{standard}, false}}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *lowincome.Params
		want   []rec
	}{
		{
			name: "a scholarship left out of I", clause: "0",
			desc: "奖学金不计入收入（暂定规则）：决定与补差依据该规则，标为暂定 / a scholarship left out of I by a provisional rule: the decision and the base rest on it",
			h:    home("4500.00", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "1000.00"), adult("a3", "")),
			want: []rec{{"decision", "", []string{standard, scholarship}, true}, {"base", "", []string{standard, scholarship}, true}},
		},
		{
			name: "no income a provisional rule classifies", clause: "0",
			desc: "只有工资收入：不依据暂定规则 / wages only: no provisional rule",
			h:    home("4500.00", adults(3)...),
			want: plain,
		},
		{
			name: "a scholarship of 0", clause: "0",
			desc: "奖学金为0：不影响收入，不依据该规则 / a scholarship of 0.00 changes nothing: no provisional rule",
			h:    home("4500.00", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "0.00"), adult("a3", "")),
			want: plain,
		},
		{
			name: "two rules, in category order", clause: "0",
			desc: "残疾人补贴与奖学金：两条规则按类别顺序列出 / a disability subsidy and a scholarship: both rules, in category order",
			h: home("4500.00", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "500.00"),
				with(adult("a3", ""), household.DisabilityPay, "1520.00")),
			want: []rec{{"decision", "", []string{standard, subsidy, scholarship}, true},
				{"base", "", []string{standard, subsidy, scholarship}, true}},
		},
		{
			name: "the uplift of the standard does not read I", clause: "2.1.2",
			desc: "A类增发按标准计算，不读收入：不依据收入规则 / the A uplift of the standard does not read I: no income rule",
			h: home("4500.00", classed(adult("a1", ""), household.ClassA), with(adult("a2", ""), household.Scholarship, "1000.00"),
				adult("a3", "")),
			want: []rec{{"decision", "", []string{standard, scholarship}, true}, {"base", "", []string{standard, scholarship}, true},
				{"uplift-a", "a1", []string{standard, "lowincome.uplift_a", "lowincome.uplift_base", "lowincome.uplift_scope"}, false}},
		},
		{
			name: "an uplift of the member's share reads I", clause: "2.1.2",
			desc: "按本人补差份额增发：读收入，依据收入规则 / the B uplift of the member's share reads I: it rests on the rule",
			h: home("4500.00", classed(adult("a1", ""), household.ClassB), with(adult("a2", ""), household.Scholarship, "1000.00"),
				adult("a3", "")),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.UpliftBase.Value = lowincome.BaseShare
				return p
			}(),
			want: []rec{{"decision", "", []string{standard, scholarship}, true}, {"base", "", []string{standard, scholarship}, true},
				{"uplift-b", "a1", []string{standard, "lowincome.uplift_b", "lowincome.uplift_base", "lowincome.uplift_scope", scholarship}, true}},
		},
		{
			name: "a child's line reads I", clause: "2.2.3",
			desc: "困境儿童按 I÷n 补足：依据收入规则 / a child's line of I ÷ n rests on the income rule",
			h: home("6000.00", adult("a1", ""), with(adult("a2", ""), household.DisabilityPay, "800.00"), adult("a3", ""),
				kid("c1", born2010, household.ChildInDifficulty)),
			want: []rec{{"decision", "", []string{standard, subsidy}, true}, {"base", "", []string{standard, subsidy}, true},
				{"child", "c1", []string{standard, "lowincome.child_mode", subsidy}, true}},
		},
		{
			name: "a 特困 member's income", clause: "0",
			desc: "特困人员的残疾人补贴不属低保家庭收入：不依据该规则 / a 特困 member's disability subsidy is outside the household: no rule",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				m := with(adult("t1", ""), household.DisabilityPay, "1520.00")
				m.Tekun = household.Tekun{Mode: household.TekunDispersed}
				h.Members = append(h.Members, m)
				return h
			}(),
			want: plain,
		},
		{
			name: "a county rule of its own", clause: "2.1.3",
			desc: "县里自定残疾人补贴不计入（地方规则）：列出该规则，不标暂定 / the county's own rule leaving the subsidy out is named, not provisional",
			h:    home("4500.00", adult("a1", ""), with(adult("a2", ""), household.DisabilityPay, "1520.00"), adult("a3", "")),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Counted[household.DisabilityPay] = policy.New(subsidy, false, policy.Local, "county rule")
				return p
			}(),
			want: []rec{{"decision", "", []string{standard, subsidy}, false}, {"base", "", []string{standard, subsidy}, false}},
		},
		{
			name: "the 低保 payment reported as income", clause: "2.1.3",
			desc: "申报的低保金不计入（派生规则）：列出该规则，不标暂定 / a 低保 payment reported as income is left out by a derived rule: named, not provisional",
			h:    home("4500.00", adult("a1", ""), with(adult("a2", ""), household.LowIncomePay, "6366.00"), adult("a3", "")),
			want: []rec{{"decision", "", []string{standard, "lowincome.counted.lowincome-payment"}, false},
				{"base", "", []string{standard, "lowincome.counted.lowincome-payment"}, false}},
		},
		{
			name: "a category counted provisionally", clause: "0",
			desc: "县里暂定把财产收入计入：计入的收入也依据该规则，标为暂定 / property income counted by a provisional rule: the records rest on it",
			h:    home("4500.00", adult("a1", ""), with(adult("a2", ""), household.Property, "500.00"), adult("a3", "")),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Counted[household.Property] = policy.New("lowincome.counted.property", true, policy.Provisional, "neighbouring county")
				return p
			}(),
			want: []rec{{"decision", "", []string{standard, "lowincome.counted.property"}, true},
				{"base", "", []string{standard, "lowincome.counted.property"}, true}},
		},
		{
			name: "children sharing one rounding", clause: "2.2.3",
			desc: "三名困境儿童共享一次舍入（I÷n 非整分）：各行依据收入规则 / three children sharing one rounding of I ÷ n: each line rests on the rule",
			h: home("6000.01", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "800.00"),
				kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficulty),
				kid("c3", born2010, household.ChildInDifficulty)),
			want: []rec{{"decision", "", []string{standard, scholarship}, true}, {"base", "", []string{standard, scholarship}, true},
				{"child", "c1", []string{standard, "lowincome.child_mode", scholarship}, true},
				{"child", "c2", []string{standard, "lowincome.child_mode", scholarship}, true},
				{"child", "c3", []string{standard, "lowincome.child_mode", scholarship}, true}},
		},
		{
			name: "refused on its assets", clause: "2.1.3",
			desc: "申请家庭机动车1辆多于限额0辆，不予纳入：决定依据财产限额，仍写明收入，故也依据奖学金规则，标为暂定 / an applicant refused for one vehicle over a limit of 0: the decision rests on the asset limits and, stating I, on the scholarship rule too, and is provisional",
			h: declaring(home("4500.00", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "1000.00"), adult("a3", "")),
				"0", 1, 0),
			p: withLimits("", 0, -1),
			want: []rec{{"decision", "", []string{standard, "lowincome.assets.deposits_per_capita", "lowincome.assets.vehicles",
				"lowincome.assets.extra_housing", scholarship}, true}},
		},
		{
			name: "an exit pending", clause: "2.1.2",
			desc: "在保家庭收入高于低保线、未确认：待确认退出的决定和为0的补差依据收入规则 / a recipient above the line, not confirmed: the pending decision and the base of 0 rest on the rule",
			h: func() *household.Household {
				h := home("12000.00", adult("a1", ""), with(adult("a2", ""), household.Scholarship, "800.00"), adult("a3", ""))
				h.Current.LowIncome = true
				return h
			}(),
			want: []rec{{"decision", "", []string{standard, scholarship}, true}, {"base", "", []string{standard, scholarship}, true}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			var got []rec
			names := func(us []policy.Used) (ns []string, prov bool) {
				for _, u := range us {
					ns, prov = append(ns, u.Name), prov || u.Provenance == policy.Provisional
				}
				return ns, prov
			}
			for _, d := range r.Decisions {
				ns, prov := names(d.Params())
				got = append(got, rec{"decision", d.Member(), ns, prov})
			}
			for _, l := range r.Lines {
				ns, prov := names(l.Params())
				if prov != l.Provisional() { // the line's mark is its parameters'

					t.Errorf("%s: line %s: Provisional() = %v, its parameters say %v", tc.desc, l.Item(), l.Provisional(), prov)
				}
				got = append(got, rec{string(l.Item()), l.Member(), ns, prov})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nrecords (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
