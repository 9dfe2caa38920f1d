package lowincome_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestEligibility is clauses 2.1.2–2.1.3: an applicant is eligible when the
// counted income I is below the line S × n, compared without division; the
// categories I counts are the county's to reclassify (2.1.3).
func TestEligibility(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params // nil for Default2017
		want    policy.Outcome
		wantN   int
		wantI   string
		wantL   string
		wantM   string // margin I − S×n
		wantWhy string // the decision in Chinese
	}{
		{
			name: "worked example 1", clause: "2.1.2",
			desc: "3人户年收入4500元，低于低保线10866元 / household of 3 with I = 4500.00 is below the line 10866.00",
			h:    home("4500.00", adults(3)...), want: policy.Eligible,
			wantN: 3, wantI: "4500.00", wantL: "10866.00", wantM: "-6366.00",
			wantWhy: "家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元",
		},
		{
			name: "income exactly on the line", clause: "2.1.2",
			desc: "申请家庭收入恰等于 S×n：不低于低保线，不予纳入 / an applicant exactly at S×n is refused",
			h:    home("10866.00", adults(3)...), want: policy.Ineligible,
			wantN: 3, wantI: "10866.00", wantL: "10866.00", wantM: "0.00",
			wantWhy: "家庭年收入 10866.00 恰等于低保线 3622.00 × 3 人 = 10866.00，不低于低保线",
		},
		{
			name: "one fen below the line", clause: "2.1.2",
			desc: "收入比低保线低1分钱：纳入 / one fen below the line is eligible",
			h:    home("10865.99", adults(3)...), want: policy.Eligible,
			wantN: 3, wantI: "10865.99", wantL: "10866.00", wantM: "-0.01",
			wantWhy: "家庭年收入 10865.99 低于低保线 3622.00 × 3 人 = 10866.00，差 0.01 元",
		},
		{
			name: "household of one", clause: "2.1.2",
			desc: "单人户收入3000元，低于3622元 / a household of one with I = 3000.00",
			h:    home("3000.00", adults(1)...), want: policy.Eligible,
			wantN: 1, wantI: "3000.00", wantL: "3622.00", wantM: "-622.00",
			wantWhy: "家庭年收入 3000.00 低于低保线 3622.00 × 1 人 = 3622.00，差 622.00 元",
		},
		{
			name: "household of ten", clause: "2.1.2",
			desc: "十人户收入36219.99元，低于36220元 / a household of ten one fen below 36220.00",
			h:    home("36219.99", adults(10)...), want: policy.Eligible,
			wantN: 10, wantI: "36219.99", wantL: "36220.00", wantM: "-0.01",
			wantWhy: "家庭年收入 36219.99 低于低保线 3622.00 × 10 人 = 36220.00，差 0.01 元",
		},
		{
			name: "per-capita above the standard", clause: "2.1.2",
			desc: "3人户收入12000元，人均4000元高于标准 / household of 3 with I = 12000.00 is 1134.00 above the line",
			h:    home("12000.00", adults(3)...), want: policy.Ineligible,
			wantN: 3, wantI: "12000.00", wantL: "10866.00", wantM: "1134.00",
			wantWhy: "家庭年收入 12000.00 不低于低保线 3622.00 × 3 人 = 10866.00，高于低保线 1134.00 元",
		},
		{
			name: "tekun member outside the household", clause: "0",
			desc: "特困成员单独供养，不计人数和收入 / a 特困 member counts neither in n nor in I",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				h.Members[2].Tekun = household.Tekun{Mode: household.TekunDispersed}
				h.Members[2].Incomes = []household.Income{{Category: household.Wages, Amount: d("9000.00")}}
				return h
			}(),
			want: policy.Eligible, wantN: 2, wantI: "4500.00", wantL: "7244.00", wantM: "-2744.00",
			wantWhy: "家庭年收入 4500.00 低于低保线 3622.00 × 2 人 = 7244.00，差 2744.00 元",
		},
		{
			name: "every member under tekun", clause: "0",
			desc: "全部成员为特困供养人员：不作低保评估 / all members under 特困 support: no 低保 household",
			h:    tekunAlone(),
			want: policy.Ineligible, wantN: 0, wantI: "0.00", wantL: "0.00", wantM: "0.00",
			wantWhy: "家庭成员均为特困供养人员，单独供养，不计入低保家庭",
		},
		{
			name: "no fixed household", clause: "0",
			desc: "流浪乞讨人员：收入低于低保线3622.00也不纳入，只作临时救助和转介（线与差额照算）/ a person without a household is refused though 3622.00 below the line: temporary aid and referral only (the line and margin are still worked out)",
			h:    wanderer(),
			want: policy.Ineligible, wantN: 1, wantI: "0.00", wantL: "3622.00", wantM: "-3622.00",
			wantWhy: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
		},
		{
			name: "non-counted categories", clause: "2.1.3",
			desc: "残疾人补贴、奖学金、低保金不计入收入 / disability subsidies, scholarships and 低保 itself are not income",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				h.Members[1].Incomes = []household.Income{
					{Category: household.DisabilityPay, Amount: d("1520.00")},
					{Category: household.Scholarship, Amount: d("1000.00")},
					{Category: household.LowIncomePay, Amount: d("6366.00")},
					{Category: household.Agriculture, Amount: d("500.00")},
				}
				return h
			}(),
			want: policy.Eligible, wantN: 3, wantI: "5000.00", wantL: "10866.00", wantM: "-5866.00",
			wantWhy: "家庭年收入 5000.00 低于低保线 3622.00 × 3 人 = 10866.00，差 5866.00 元",
		},
		{
			name: "county counts the disability subsidy", clause: "2.1.3",
			desc: "县里把残疾人补贴改为计入收入：I = 4500 + 800 = 5300，低于10866，差5566 / the county reclassifies the disability subsidy as counted: I = 4500.00 + 800.00 = 5300.00, 5566.00 below the line",
			h: func() *household.Household {
				h := home("4500.00", adults(3)...)
				h.Members[1].Incomes = []household.Income{{Category: household.DisabilityPay, Amount: d("800.00")}}
				return h
			}(),
			p: func() *lowincome.Params {
				p := lowincome.Default2017()
				p.Counted[household.DisabilityPay] = policy.New("lowincome.counted.disability-subsidy", true, policy.Local, "county rule")
				return p
			}(),
			want: policy.Eligible, wantN: 3, wantI: "5300.00", wantL: "10866.00", wantM: "-5566.00",
			wantWhy: "家庭年收入 5300.00 低于低保线 3622.00 × 3 人 = 10866.00，差 5566.00 元",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			got := []string{string(r.Coverage().Outcome()), strconv.Itoa(r.Size()), r.Income().StringFixed(2), r.Line().StringFixed(2), r.Margin().StringFixed(2), r.Coverage().Explanation().Render(policy.ZH)}
			want := []string{string(tc.want), strconv.Itoa(tc.wantN), tc.wantI, tc.wantL, tc.wantM, tc.wantWhy}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\noutcome, n, I, S×n, margin, why (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestDefault2017Copies: each call of Default2017 returns its own
// lowincome.counted map, so a county reclassifying an income category
// (TestEligibility, 2.1.3) in one set changes no other.
func TestDefault2017Copies(t *testing.T) {
	p := lowincome.Default2017()
	p.Counted[household.DisabilityPay] = policy.New("lowincome.counted.disability-subsidy", true, policy.Local, "county rule")
	if got := lowincome.Default2017().Counted[household.DisabilityPay].Value; got {
		t.Errorf("Default2017 的收入类别表被共用 / Default2017 shares its Counted map between calls: a change leaked")
	}
}

// TestAssetTest is 2.1.3: the asset test is local and off unless configured;
// a failure refuses an applicant, never a current recipient, whose exit is
// decided by income (2.1.2).
func TestAssetTest(t *testing.T) {
	withAssets := func(deposits string, vehicles, housing int) *household.Household {
		return declaring(home("4500.00", adults(3)...), deposits, vehicles, housing)
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params
		status  policy.CheckStatus
		outcome policy.Outcome
		why     string
		decided string   // the decision's reason when the test refuses an applicant
		params  []string // the limits the check lists: name, value (none when unset), provenance
	}{
		{
			name: "off by default", clause: "2.1.3",
			desc: "未配置财产核查：报告“未配置” / not configured: reported so, income decides",
			h:    home("4500.00", adults(3)...), p: lowincome.Default2017(),
			status: policy.NotChecked, outcome: policy.Eligible, why: "未配置财产核查（地方参数）",
			params: []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "deposits at the limit", clause: "2.1.3",
			desc: "存款恰为人均限额×人数：通过 / deposits exactly limit × n pass",
			h:    withAssets("30000.00", 0, 0), p: withLimits("10000.00", -1, -1),
			status: policy.Pass, outcome: policy.Eligible, why: "财产核查通过",
			params: []string{"lowincome.assets.deposits_per_capita 10000.00 local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "deposits one fen over", clause: "2.1.3",
			desc: "存款超出限额1分：不予纳入 / one fen over the deposit limit fails",
			h:    withAssets("30000.01", 0, 0), p: withLimits("10000.00", -1, -1),
			status: policy.Fail, outcome: policy.Ineligible,
			why: "财产核查未通过：存款 30000.01 元高于 10000.00 × 3 人 = 30000.00 元",
			decided: "财产核查未通过：存款 30000.01 元高于 10000.00 × 3 人 = 30000.00 元；" +
				"家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元：不予纳入",
			params: []string{"lowincome.assets.deposits_per_capita 10000.00 local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "vehicles over", clause: "2.1.3",
			desc: "机动车超过限额 / more vehicles than the limit fails",
			h:    withAssets("0", 1, 0), p: withLimits("", 0, -1),
			status: policy.Fail, outcome: policy.Ineligible, why: "财产核查未通过：机动车 1 辆多于 0 辆",
			decided: "财产核查未通过：机动车 1 辆多于 0 辆；家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元：不予纳入",
			params:  []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles 0 local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "vehicles at the limit", clause: "2.1.3",
			desc: "机动车1辆恰等于限额1辆：通过 / one vehicle against a limit of one passes",
			h:    withAssets("0", 1, 0), p: withLimits("", 1, -1),
			status: policy.Pass, outcome: policy.Eligible, why: "财产核查通过",
			params: []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles 1 local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "a tekun member is not counted in n", clause: "2.1.3",
			desc: "3人户其中1人特困供养：存款限额按2人计 10000.00 × 2 = 20000.00，存款20000.01超出：不予纳入 / " +
				"a household of 3, one under 特困 support: the limit is 10000.00 × 2 = 20000.00, and 20000.01 fails",
			h: func() *household.Household {
				h := withAssets("20000.01", 0, 0)
				h.Members[2].Tekun = household.Tekun{Mode: household.TekunDispersed}
				return h
			}(), p: withLimits("10000.00", -1, -1),
			status: policy.Fail, outcome: policy.Ineligible,
			why: "财产核查未通过：存款 20000.01 元高于 10000.00 × 2 人 = 20000.00 元",
			decided: "财产核查未通过：存款 20000.01 元高于 10000.00 × 2 人 = 20000.00 元；" +
				"家庭年收入 4500.00 低于低保线 3622.00 × 2 人 = 7244.00，差 2744.00 元：不予纳入",
			params: []string{"lowincome.assets.deposits_per_capita 10000.00 local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "vehicles over and income above the line", clause: "2.1.3",
			desc: "机动车超限且收入不低于低保线：两项理由均写明 / over the vehicle limit with I above the line: both reasons stated",
			h: func() *household.Household {
				h := withAssets("0", 1, 0)
				h.Members[0].Incomes[0].Amount = d("12000.00")
				return h
			}(), p: withLimits("", 0, -1),
			status: policy.Fail, outcome: policy.Ineligible, why: "财产核查未通过：机动车 1 辆多于 0 辆",
			decided: "财产核查未通过：机动车 1 辆多于 0 辆；家庭年收入 12000.00 不低于低保线 3622.00 × 3 人 = 10866.00，高于低保线 1134.00 元：不予纳入",
			params:  []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles 0 local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "vehicles over and income on the line", clause: "2.1.3",
			desc: "机动车超限且收入恰等于低保线 10866.00：两项理由均写明，收入“恰等于低保线” / over the vehicle limit with I exactly S × n = 10866.00: both reasons, the income on the line",
			h: func() *household.Household {
				h := withAssets("0", 1, 0)
				h.Members[0].Incomes[0].Amount = d("10866.00")
				return h
			}(), p: withLimits("", 0, -1),
			status: policy.Fail, outcome: policy.Ineligible, why: "财产核查未通过：机动车 1 辆多于 0 辆",
			decided: "财产核查未通过：机动车 1 辆多于 0 辆；家庭年收入 10866.00 恰等于低保线 3622.00 × 3 人 = 10866.00，不低于低保线：不予纳入",
			params:  []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles 0 local", "lowincome.assets.extra_housing  local"},
		},
		{
			name: "extra housing over", clause: "2.1.3",
			desc: "另有住房超过限额 / more extra dwellings than the limit fails",
			h:    withAssets("0", 0, 2), p: withLimits("", -1, 1),
			status: policy.Fail, outcome: policy.Ineligible, why: "财产核查未通过：另有住房 2 处多于 1 处",
			decided: "财产核查未通过：另有住房 2 处多于 1 处；家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元：不予纳入",
			params:  []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing 1 local"},
		},
		{
			name: "extra housing at the limit", clause: "2.1.3",
			desc: "另有住房1处恰等于限额1处：通过 / one extra dwelling against a limit of one passes",
			h:    withAssets("0", 0, 1), p: withLimits("", -1, 1),
			status: policy.Pass, outcome: policy.Eligible, why: "财产核查通过",
			params: []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing 1 local"},
		},
		{
			name: "extra housing over a limit of none", clause: "2.1.3",
			desc: "限额为不得另有住房（0处），另有住房1处：不予纳入 / a limit of no extra dwelling, one extra dwelling: fails",
			h:    withAssets("0", 0, 1), p: withLimits("", -1, 0),
			status: policy.Fail, outcome: policy.Ineligible, why: "财产核查未通过：另有住房 1 处多于 0 处",
			decided: "财产核查未通过：另有住房 1 处多于 0 处；家庭年收入 4500.00 低于低保线 3622.00 × 3 人 = 10866.00，差 6366.00 元：不予纳入",
			params:  []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles  local", "lowincome.assets.extra_housing 0 local"},
		},
		{
			name: "a person without a household declares no assets", clause: "2.1.3",
			desc: "已配置财产核查，无固定住所者未申报财产：不适用，不报错 / the test configured, a person without a household declares no assets: not applicable, no error",
			h:    wanderer(), p: withLimits("10000.00", -1, -1),
			status: policy.NotChecked, outcome: policy.Ineligible,
			why: "财产核查不适用：无低保家庭成员（无固定住所者，或家庭成员均为特困供养人员）",
		},
		{
			name: "members all under 特困 support declare no assets", clause: "2.1.3",
			desc: "已配置财产核查，家庭成员均为特困供养人员、未申报财产：不适用，不报错 / the test configured, every member under 特困 support, no assets declared: not applicable, no error",
			h:    tekunAlone(), p: withLimits("10000.00", -1, -1),
			status: policy.NotChecked, outcome: policy.Ineligible,
			why: "财产核查不适用：无低保家庭成员（无固定住所者，或家庭成员均为特困供养人员）",
		},
		{
			name: "a recipient over a limit continues", clause: "2.1.2",
			desc: "在保家庭财产超限但收入不高于低保线：继续保障，财产核查未通过照报（退出只看收入且须确认） / a recipient over an asset limit with I ≤ S×n continues; the failed test is still reported (a recipient exits on income, confirmed, only)",
			h: func() *household.Household {
				h := withAssets("0", 1, 0)
				h.Current.LowIncome = true
				return h
			}(), p: withLimits("", 0, -1),
			status: policy.Fail, outcome: policy.Continue, why: "财产核查未通过：机动车 1 辆多于 0 辆",
			params: []string{"lowincome.assets.deposits_per_capita  local", "lowincome.assets.vehicles 0 local", "lowincome.assets.extra_housing  local"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			got := []string{string(r.Assets().Status()), string(r.Coverage().Outcome()), r.Assets().Explanation().Render(policy.ZH)}
			want := []string{string(tc.status), string(tc.outcome), tc.why}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nstatus, outcome, why (-want +got):\n%s", tc.desc, diff)
			}
			var params []string
			for _, u := range r.Assets().Params() {
				params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
			}
			if diff := cmp.Diff(tc.params, params); diff != "" {
				t.Errorf("%s\nthe limits the check lists (-want +got):\n%s", tc.desc, diff)
			}
			if tc.decided != "" {
				if got := r.Coverage().Explanation().Render(policy.ZH); got != tc.decided {
					t.Errorf("%s\ndecision: %s\n    want: %s", tc.desc, got, tc.decided)
				}
			}
		})
	}
}

// TestEnglishCounts: in English, a noun after a count of one is singular:
// a household of one is "3622.00 × 1 person", one vehicle over the limit
// "1 motor vehicle". The Chinese has no plural and is the same for any count.
func TestEnglishCounts(t *testing.T) {
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		p        *lowincome.Params
		decision string // the household's decision, in English
		detail   string // the base line's explanation, or the asset test's
	}{
		{name: "a household of one", clause: "2.1.2",
			desc: "单人户，收入1000元：3622×1−1000=2622元，英文为单数 / a household of one, I = 1000.00: 2622.00, person in the singular",
			h:    home("1000.00", adults(1)...), p: lowincome.Default2017(),
			decision: "household income 1000.00 is below the line 3622.00 × 1 person = 3622.00 by 2622.00 yuan",
			detail:   "top-up: 3622.00 × 1 person − 1000.00 = 2622.00 yuan/year"},
		{name: "a household of two", clause: "2.1.2",
			desc: "两人户，收入1000元：3622×2−1000=6244元，英文为复数 / a household of two, I = 1000.00: 6244.00, persons in the plural",
			h:    home("1000.00", adults(2)...), p: lowincome.Default2017(),
			decision: "household income 1000.00 is below the line 3622.00 × 2 persons = 7244.00 by 6244.00 yuan",
			detail:   "top-up: 3622.00 × 2 persons − 1000.00 = 6244.00 yuan/year"},
		{name: "one vehicle over", clause: "2.1.3",
			desc: "机动车 1 辆多于 0 辆：英文为单数 / one vehicle over a limit of 0: singular",
			h:    declaring(home("4500.00", adults(3)...), "0", 1, 0), p: withLimits("", 0, -1),
			decision: "asset test failed: 1 motor vehicle, more than the limit of 0; household income 4500.00 is below the line 3622.00 × 3 persons = 10866.00 by 6366.00 yuan: refused",
			detail:   "asset test failed: 1 motor vehicle, more than the limit of 0"},
		{name: "two dwellings over", clause: "2.1.3",
			desc: "另有住房 2 处多于 1 处：英文为复数 / two extra dwellings over a limit of 1: plural",
			h:    declaring(home("4500.00", adults(3)...), "0", 0, 2), p: withLimits("", -1, 1),
			decision: "asset test failed: 2 extra dwellings, more than the limit of 1; household income 4500.00 is below the line 3622.00 × 3 persons = 10866.00 by 6366.00 yuan: refused",
			detail:   "asset test failed: 2 extra dwellings, more than the limit of 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			detail := r.Assets().Explanation()
			if r.Assets().Status() != policy.Fail {
				for l := range r.LinesOf(policy.Select{Item: lowincome.ItemBase}) {
					detail = l.Explanation()
				}
			}
			got := []string{r.Coverage().Explanation().Render(policy.EN), detail.Render(policy.EN)}
			if diff := cmp.Diff([]string{tc.decision, tc.detail}, got); diff != "" {
				t.Errorf("%s\ndecision, detail (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestExitReview is 2.1.2 动态管理 for a current recipient: it exits only
// when I > S×n and the rise is confirmed stable.
func TestExitReview(t *testing.T) {
	recipient := func(income string, stable bool) *household.Household {
		h := home(income, adults(3)...)
		h.Current = household.Current{LowIncome: true, RiseStable: stable}
		return h
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   policy.Outcome
		margin string
		base   string // the household line, "" for none
		why    string
	}{
		{
			name: "worked example 4, not confirmed", clause: "2.1.2",
			desc: "在保3人户收入12000元，人均4000元高于标准，未确认稳定：待确认退出 / recipient at 4000.00 per head, not confirmed: exit pending",
			h:    recipient("12000.00", false), want: policy.ExitPending, margin: "1134.00", base: "0.00",
			why: "在保家庭年收入 12000.00 高于低保线 3622.00 × 3 人 = 10866.00，高出 1134.00 元；稳定脱贫未确认：待确认退出，确认退出前仍为低保对象（补差为 0，分类增发和困境儿童补助如有照发）",
		},
		{
			name: "worked example 4, confirmed", clause: "2.1.2",
			desc: "在保3人户收入12000元，人均4000元高于标准，已确认稳定脱贫：退出 / recipient at 4000.00 per head, the rise confirmed stable: exits",
			h:    recipient("12000.00", true), want: policy.Exit, margin: "1134.00", base: "",
			why: "在保家庭年收入 12000.00 高于低保线 3622.00 × 3 人 = 10866.00，高出 1134.00 元，且已确认稳定脱贫：退出低保",
		},
		{
			name: "recipient exactly on the line", clause: "2.1.2",
			desc: "在保家庭收入恰等于 S×n：继续保障，补差为0 / a recipient exactly at S×n continues with a base of 0",
			h:    recipient("10866.00", true), want: policy.Continue, margin: "0.00", base: "0.00",
			why: "在保家庭年收入 10866.00 恰等于低保线 3622.00 × 3 人 = 10866.00，不高于低保线：继续保障，重新核定补差",
		},
		{
			name: "recipient one fen above", clause: "2.1.2",
			desc: "在保家庭收入高于低保线1分，已确认：退出 / one fen above the line and confirmed: exits",
			h:    recipient("10866.01", true), want: policy.Exit, margin: "0.01", base: "",
			why: "在保家庭年收入 10866.01 高于低保线 3622.00 × 3 人 = 10866.00，高出 0.01 元，且已确认稳定脱贫：退出低保",
		},
		{
			name: "recipient below the line", clause: "2.1.2",
			desc: "在保家庭收入4500元：继续保障，补差重新核定为6366元 / a recipient below the line continues, recomputed",
			h:    recipient("4500.00", false), want: policy.Continue, margin: "-6366.00", base: "6366.00",
			why: "在保家庭年收入 4500.00 不高于低保线 3622.00 × 3 人 = 10866.00（低于 6366.00 元）：继续保障，重新核定补差",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			base := ""
			for _, l := range r.Lines {
				if l.Item() == lowincome.ItemBase {
					base = l.Annual().StringFixed(2)
				}
			}
			got := []string{string(r.Coverage().Outcome()), r.Margin().StringFixed(2), base, r.Coverage().Explanation().Render(policy.ZH)}
			want := []string{string(tc.want), tc.margin, tc.base, tc.why}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\noutcome, margin, base, why (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestExitPending is 2.1.2 动态管理 while an exit is pending: the household
// is still a recipient, with a base of max(0, S×n − I) = 0 while its
// uplifts and children's lines (each child S) continue, and the decision
// says so; a confirmed exit has no 低保 lines.
func TestExitPending(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	recipient := func(income string, stable bool, members ...household.Member) *household.Household {
		h := home(income, members...)
		h.Current = household.Current{LowIncome: true, RiseStable: stable}
		return h
	}
	ofThree := func(stable bool) *household.Household {
		return recipient("12000.00", stable, classed(adult("a1", ""), household.ClassA), adult("a2", ""),
			kid("c1", born2010, household.ChildInDifficulty))
	}
	shareBase := lowincome.Default2017()
	shareBase.UpliftBase.Value = lowincome.BaseShare
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *lowincome.Params // nil for Default2017
		outcome policy.Outcome
		covered bool
		want    []line
		total   string
	}{
		{
			name: "recipient of 3, exit pending", clause: "2.1.2",
			desc: "在保3人户收入12000元（12000>10866），未确认：补差0.00，A类照发1086.60，儿童全额3622.00，合计4708.60 / recipient of 3 with I = 12000.00, not confirmed: base 0.00, A keeps 1086.60, the child 3622.00; 4708.60",
			h:    ofThree(false), outcome: policy.ExitPending, covered: true,
			want: []line{{Item: lowincome.ItemBase, Annual: "0.00"}, {Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00"}},
			total: "4708.60",
		},
		{
			name: "two children each get the standard", clause: "2.2.3",
			desc: "在保4人户收入16000元高于14488元、待确认：两名儿童各3622.00，A类1086.60，合计8330.60 / recipient of 4 with I = 16000.00 > 14488.00, pending: each child 3622.00, A 1086.60; 8330.60",
			h: recipient("16000.00", false, classed(adult("a1", ""), household.ClassA), adult("a2", ""),
				kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome)),
			outcome: policy.ExitPending, covered: true,
			want: []line{{Item: lowincome.ItemBase, Annual: "0.00"}, {Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00"}, {Item: lowincome.ItemChild, Member: "c2", Annual: "3622.00"}},
			total: "8330.60",
		},
		{
			name: "share base, exit pending", clause: "2.1.2",
			desc: "按本人补差份额增发：份额 max(0, 10866−12000)÷3 = 0，A类0.00；儿童3622.00 / uplift on the own share: the share is 0, so A 0.00; the child 3622.00",
			h:    ofThree(false), p: shareBase, outcome: policy.ExitPending, covered: true,
			want: []line{{Item: lowincome.ItemBase, Annual: "0.00"}, {Item: lowincome.ItemUpliftA, Member: "a1", Annual: "0.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "3622.00"}},
			total: "3622.00",
		},
		{
			name: "exit pending, covered from July", clause: "0",
			desc: "在保3人户收入12000元（12000>10866），未确认，7月起在保：补差0.00，A类1086.60×6÷12=543.30，儿童3622×6÷12=1811.00，合计2354.30 / recipient of 3 with I = 12000.00 > 10866.00, not confirmed, covered from July: base 0.00, A 1086.60 × 6 ÷ 12 = 543.30, the child 3622.00 × 6 ÷ 12 = 1811.00; 2354.30",
			h:    from(time.July, ofThree(false)), outcome: policy.ExitPending, covered: true,
			want: []line{{Item: lowincome.ItemBase, Annual: "0.00"}, {Item: lowincome.ItemUpliftA, Member: "a1", Annual: "543.30"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "1811.00"}},
			total: "2354.30",
		},
		{
			name: "exit confirmed", clause: "2.1.2",
			desc: "在保3人户收入12000元（12000>10866），已确认稳定脱贫：退出，无低保线，合计0.00 / recipient of 3 with I = 12000.00 > 10866.00, the rise confirmed stable: exits, no 低保 line; 0.00",
			h:    ofThree(true), outcome: policy.Exit, covered: false,
			want: nil, total: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			got := []string{string(r.Coverage().Outcome()), strconv.FormatBool(r.Covered()), r.Total().StringFixed(2)}
			want := []string{string(tc.outcome), strconv.FormatBool(tc.covered), tc.total}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\noutcome, covered, total (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestCoverageClauses is the clauses the coverage decision cites: 2.1.2
// (coverage and exit, 动态管理), 2.1.3 (the counted income I it compares)
// and 2.1.1 (the standard S), for an applicant and for a recipient alike;
// section 0 alone for a household with nobody to cover.
func TestCoverageClauses(t *testing.T) {
	recipient := func(h *household.Household, stable bool) *household.Household {
		h.Current = household.Current{LowIncome: true, RiseStable: stable}
		return h
	}
	tekunOnly := tekunAlone()
	means := []policy.Clause{"2.1.2", "2.1.3", "2.1.1"}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   policy.Outcome
		cites  []policy.Clause
	}{
		{name: "applicant below", clause: "2.1.2", desc: "申请户 4500.00 < 10866.00：纳入 / an applicant below the line is covered",
			h: home("4500.00", adults(3)...), want: policy.Eligible, cites: means},
		{name: "applicant at the line", clause: "2.1.2", desc: "申请户 10866.00 不低于低保线：不予纳入 / an applicant at the line is refused",
			h: home("10866.00", adults(3)...), want: policy.Ineligible, cites: means},
		{name: "recipient continues", clause: "2.1.2", desc: "在保户 4500.00：继续保障 / a recipient below the line continues",
			h: recipient(home("4500.00", adults(3)...), false), want: policy.Continue, cites: means},
		{name: "exit pending", clause: "2.1.2", desc: "在保户 12000.00，未确认稳定：待确认退出 / a recipient above the line, not confirmed: exit pending",
			h: recipient(home("12000.00", adults(3)...), false), want: policy.ExitPending, cites: means},
		{name: "exit", clause: "2.1.2", desc: "在保户 12000.00，已确认稳定：退出 / a recipient above the line, confirmed: exits",
			h: recipient(home("12000.00", adults(3)...), true), want: policy.Exit, cites: means},
		{name: "nobody to cover", clause: "0", desc: "成员均为特困供养人员：通则 0 / every member under 特困 support: section 0",
			h: tekunOnly, want: policy.Ineligible, cites: []policy.Clause{"0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			type decision struct {
				Outcome policy.Outcome
				Clauses []policy.Clause
			}
			d := assess(t, tc.h, nil).Coverage()
			got, want := decision{d.Outcome(), d.Clauses()}, decision{tc.want, tc.cites}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\noutcome, clauses (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
