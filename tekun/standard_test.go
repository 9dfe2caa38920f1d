package tekun_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestMinimums is the minimum lawful standard of 2.2.1: the larger of
// 60% × C and the mode's floor (dispersed ≥ S and ≥ 3600, centralized ≥
// 4800); without C the 60% test is not assessed.
func TestMinimums(t *testing.T) {
	type minimum struct {
		Floor, Consumption, Value string
		Assessed                  bool
	}
	consumption := func(c string) *tekun.Params {
		return with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", c) })
	}
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		p           *tekun.Params
		s           string // the 低保 standard S
		dispersed   minimum
		centralized minimum
		explain     string // the dispersed minimum's explanation
		centExplain string // the centralized minimum's; "" where not checked
	}{
		{
			name: "2017, no consumption figure", clause: "2.2.1",
			desc: "2017年无消费支出数据：分散3622（S与3600取大），集中4800，60%未评估 / no C: 3622.00 and 4800.00, the 60% test not assessed",
			p:    tekun.Default2017(), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "0.00", Value: "3622.00"},
			centralized: minimum{Floor: "4800.00", Consumption: "0.00", Value: "4800.00"},
			explain:     "分散供养最低标准：max(低保标准 3622.00, 3600.00) = 3622.00 元/年；60% × 上年度人均消费支出未评估（tekun.consumption 为地方参数，未提供）",
			centExplain: "集中供养最低标准：4800.00 元/年；60% × 上年度人均消费支出未评估（tekun.consumption 为地方参数，未提供）",
		},
		{
			name: "realistic consumption exceeds both floors", clause: "2.2.1",
			desc: "消费支出9000：60%为5400，高于两个下限 / C = 9000.00: 5400.00 exceeds both floors",
			p:    consumption("9000.00"), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "5400.00", Value: "5400.00", Assessed: true},
			centralized: minimum{Floor: "4800.00", Consumption: "5400.00", Value: "5400.00", Assessed: true},
			explain:     "分散供养最低标准：max(60% × 上年度人均消费支出 9000.00, 低保标准 3622.00, 3600.00) = 5400.00 元/年",
			centExplain: "集中供养最低标准：max(60% × 上年度人均消费支出 9000.00, 4800.00) = 5400.00 元/年",
		},
		{
			name: "low consumption, the floors hold", clause: "2.2.1",
			desc: "消费支出5000：60%为3000，低于两个下限 / C = 5000.00: 3000.00, the floors hold",
			p:    consumption("5000.00"), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "3000.00", Value: "3622.00", Assessed: true},
			centralized: minimum{Floor: "4800.00", Consumption: "3000.00", Value: "4800.00", Assessed: true},
			explain:     "分散供养最低标准：max(60% × 上年度人均消费支出 5000.00, 低保标准 3622.00, 3600.00) = 3622.00 元/年",
		},
		{
			name: "60% between the floors", clause: "2.2.1",
			desc: "消费支出7000：60%为4200，分散4200，集中4800 / C = 7000.00: dispersed 4200.00, centralized 4800.00",
			p:    consumption("7000.00"), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "4200.00", Value: "4200.00", Assessed: true},
			centralized: minimum{Floor: "4800.00", Consumption: "4200.00", Value: "4800.00", Assessed: true},
			explain:     "分散供养最低标准：max(60% × 上年度人均消费支出 7000.00, 低保标准 3622.00, 3600.00) = 4200.00 元/年",
		},
		{
			name: "60% rounded up to the fen", clause: "2.2.1",
			desc: "8333.33×60%=4999.998→5000.00（不低于，向上到分） / 4999.998 rounds up to 5000.00",
			p:    consumption("8333.33"), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "5000.00", Value: "5000.00", Assessed: true},
			centralized: minimum{Floor: "4800.00", Consumption: "5000.00", Value: "5000.00", Assessed: true},
			explain:     "分散供养最低标准：max(60% × 上年度人均消费支出 8333.33, 低保标准 3622.00, 3600.00) = 5000.00 元/年",
		},
		{
			name: "60% rounded up, not half up", clause: "2.2.1",
			desc: "8333.34×60%=5000.004→5000.01（不低于60%，向上到分；四舍五入则为5000.00）/ 5000.004 rounds up to 5000.01, where half up would give 5000.00",
			p:    consumption("8333.34"), s: "3622.00",
			dispersed:   minimum{Floor: "3622.00", Consumption: "5000.01", Value: "5000.01", Assessed: true},
			centralized: minimum{Floor: "4800.00", Consumption: "5000.01", Value: "5000.01", Assessed: true},
			explain:     "分散供养最低标准：max(60% × 上年度人均消费支出 8333.34, 低保标准 3622.00, 3600.00) = 5000.01 元/年",
		},
		{
			name: "standard below 3600", clause: "2.2.1",
			desc: "低保标准3500低于3600：分散下限3600 / S = 3500.00: the dispersed floor is 3600.00",
			p:    tekun.Default2017(), s: "3500.00",
			dispersed:   minimum{Floor: "3600.00", Consumption: "0.00", Value: "3600.00"},
			centralized: minimum{Floor: "4800.00", Consumption: "0.00", Value: "4800.00"},
			explain:     "分散供养最低标准：max(低保标准 3500.00, 3600.00) = 3600.00 元/年；60% × 上年度人均消费支出未评估（tekun.consumption 为地方参数，未提供）",
		},
		{
			name: "a later standard raises the dispersed floor", clause: "2.2.1",
			desc: "低保标准提高到3912：分散下限3912 / S = 3912.00: the dispersed floor follows it",
			p:    tekun.Default2017(), s: "3912.00",
			dispersed:   minimum{Floor: "3912.00", Consumption: "0.00", Value: "3912.00"},
			centralized: minimum{Floor: "4800.00", Consumption: "0.00", Value: "4800.00"},
			explain:     "分散供养最低标准：max(低保标准 3912.00, 3600.00) = 3912.00 元/年；60% × 上年度人均消费支出未评估（tekun.consumption 为地方参数，未提供）",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := tc.p.Minimums(d(tc.s))
			if err != nil {
				t.Fatal(err)
			}
			of := func(x tekun.Minimum) minimum {
				return minimum{x.Floor.StringFixed(2), x.Consumption.StringFixed(2), x.Value.StringFixed(2), x.Assessed}
			}
			if diff := cmp.Diff([]minimum{tc.dispersed, tc.centralized}, []minimum{of(m.Dispersed), of(m.Centralized)}); diff != "" {
				t.Errorf("%s\nminimums (-want +got):\n%s", tc.desc, diff)
			}
			if got := m.Dispersed.Explanation.Render(policy.ZH); got != tc.explain {
				t.Errorf("%s\nexplanation = %q\nwant          %q", tc.desc, got, tc.explain)
			}
			if got := m.Centralized.Explanation.Render(policy.ZH); tc.centExplain != "" && got != tc.centExplain {
				t.Errorf("%s\ncentralized explanation = %q\nwant                      %q", tc.desc, got, tc.centExplain)
			}
		})
	}
}

// TestChecks validates the adopted standards and quotas against the
// minimums of 2.2.1–2.2.2: every shortfall is reported with its figures.
// The rows below a floor pin the words of Params.Checks alone: a whole set
// below a floor is refused when it loads (benefit's TestFloors), so of
// these checks only the consumption test and the care checks can fail in
// a breakdown.
func TestChecks(t *testing.T) {
	type check struct {
		Name   string
		Status policy.CheckStatus
		Why    string // the explanation of a check that did not pass
	}
	pass := func(names ...string) []check {
		var cs []check
		for _, n := range names {
			cs = append(cs, check{Name: n, Status: policy.Pass})
		}
		return cs
	}
	notAssessed := func(mode, modeZH string) check {
		return check{"tekun." + mode + ".consumption", policy.NotChecked,
			"未评估：" + modeZH + "标准与 60% × 上年度人均消费支出的比较需要 tekun.consumption（地方参数，未提供）"}
	}
	quotas := pass(tekun.CheckQuotaClass1, tekun.CheckQuotaClass2, tekun.CheckQuotaClass3)
	join := func(parts ...[]check) []check {
		var out []check
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	// passing is the checks of the built-in set before care: every floor
	// and quota passes, the consumption tests not assessed (no C).
	passing := join(pass(tekun.CheckDispersedFloor), []check{notAssessed("dispersed", "分散供养")},
		pass(tekun.CheckCentralizedFloor), []check{notAssessed("centralized", "集中供养")}, quotas)
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *tekun.Params
		s      string
		want   []check
	}{
		{
			name: "2017 defaults without consumption", clause: "2.2.1",
			desc: "2017年默认值：下限全部通过，60%未评估 / the 2017 defaults pass the floors; the 60% test not assessed",
			p:    tekun.Default2017(), s: "3622.00",
			want: passing,
		},
		{
			name: "2017 defaults fail the 60% test", clause: "2.2.1",
			desc: "给出消费支出9000：2017年默认标准均低于5400 / with C = 9000.00 both 2017 standards fall below 5400.00",
			p:    with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "9000.00") }), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor),
				[]check{{Name: tekun.CheckDispersedConsumption, Status: policy.Fail,
					Why: "分散供养标准 3622.00 元/年 低于 60% × 上年度人均消费支出 9000.00 = 5400.00，差 1778.00 元"}},
				pass(tekun.CheckCentralizedFloor),
				[]check{{Name: tekun.CheckCentralizedConsumption, Status: policy.Fail,
					Why: "集中供养标准 4800.00 元/年 低于 60% × 上年度人均消费支出 9000.00 = 5400.00，差 600.00 元"}},
				quotas),
		},
		{
			name: "adopted standards meet the 60% test", clause: "2.2.1",
			desc: "县定分散5400、集中5400，消费支出9000：全部通过 / adopted 5400.00 and 5400.00 with C = 9000.00: all pass",
			p: with(func(p *tekun.Params) {
				p.Consumption = local("tekun.consumption", "9000.00")
				p.Dispersed = local("tekun.dispersed", "5400.00")
				p.Centralized = local("tekun.centralized", "5400.00")
			}), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor, tekun.CheckDispersedConsumption,
				tekun.CheckCentralizedFloor, tekun.CheckCentralizedConsumption), quotas),
		},
		{
			name: "one fen under the rounded-up 60%", clause: "2.2.1",
			desc: "集中4999.99低于8333.33×60%=4999.998（进到分为5000.00）：差0.01不通过 / centralized 4999.99 is below 8333.33 × 60% = 4999.998 (rounded up to the fen, 5000.00): fails by 0.01",
			p: with(func(p *tekun.Params) {
				p.Consumption = local("tekun.consumption", "8333.33")
				p.Dispersed = local("tekun.dispersed", "5000.00")
				p.Centralized = local("tekun.centralized", "4999.99")
			}), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor, tekun.CheckDispersedConsumption, tekun.CheckCentralizedFloor),
				[]check{{Name: tekun.CheckCentralizedConsumption, Status: policy.Fail,
					Why: "集中供养标准 4999.99 元/年 低于 60% × 上年度人均消费支出 8333.33 = 5000.00，差 0.01 元"}},
				quotas),
		},
		{
			name: "dispersed below the 低保 standard", clause: "2.2.1",
			desc: "低保标准提高到3912、分散仍3622：不得低于农村低保标准，差290 / S = 3912.00, dispersed 3622.00: 290.00 short",
			p:    tekun.Default2017(), s: "3912.00",
			want: join([]check{{Name: tekun.CheckDispersedFloor, Status: policy.Fail,
				Why: "分散供养标准 3622.00 元/年 低于 max(低保标准 3912.00, 3600.00) = 3912.00，差 290.00 元"},
				notAssessed("dispersed", "分散供养")},
				pass(tekun.CheckCentralizedFloor), []check{notAssessed("centralized", "集中供养")}, quotas),
		},
		{
			name: "dispersed below 3600", clause: "2.2.1",
			desc: "低保标准3500、分散3550：必须达到3600，差50 / S = 3500.00, dispersed 3550.00: 50.00 short of 3600",
			p:    with(func(p *tekun.Params) { p.Dispersed = local("tekun.dispersed", "3550.00") }), s: "3500.00",
			want: join([]check{{Name: tekun.CheckDispersedFloor, Status: policy.Fail,
				Why: "分散供养标准 3550.00 元/年 低于 max(低保标准 3500.00, 3600.00) = 3600.00，差 50.00 元"},
				notAssessed("dispersed", "分散供养")},
				pass(tekun.CheckCentralizedFloor), []check{notAssessed("centralized", "集中供养")}, quotas),
		},
		{
			name: "centralized below 4800", clause: "2.2.1",
			desc: "集中供养标准4500：不低于4800，差300 / centralized 4500.00: 300.00 short of 4800",
			p:    with(func(p *tekun.Params) { p.Centralized = local("tekun.centralized", "4500.00") }), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor), []check{notAssessed("dispersed", "分散供养")},
				[]check{{Name: tekun.CheckCentralizedFloor, Status: policy.Fail, Why: "集中供养标准 4500.00 元/年 低于 4800.00，差 300.00 元"}},
				[]check{notAssessed("centralized", "集中供养")}, quotas),
		},
		{
			name: "class 2 quota below its floor", clause: "2.2.2",
			desc: "二类定额5800：不低于6000，差200 / a class-2 quota of 5800.00: 200.00 short of 6000",
			p:    with(func(p *tekun.Params) { p.Quota.Class2.Adopted = local("tekun.quota.class2.adopted", "5800.00") }), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor), []check{notAssessed("dispersed", "分散供养")},
				pass(tekun.CheckCentralizedFloor), []check{notAssessed("centralized", "集中供养")},
				pass(tekun.CheckQuotaClass1),
				[]check{{Name: tekun.CheckQuotaClass2, Status: policy.Fail, Why: "二类敬老院综合定额补助 5800.00 元/年·人 低于 6000.00，差 200.00 元"}},
				pass(tekun.CheckQuotaClass3)),
		},
		{
			name: "class 3 quota below its floor", clause: "2.2.2",
			desc: "三类定额7000：不低于7200，差200 / a class-3 quota of 7000.00: 200.00 short of 7200",
			p:    with(func(p *tekun.Params) { p.Quota.Class3.Adopted = local("tekun.quota.class3.adopted", "7000.00") }), s: "3622.00",
			want: join(pass(tekun.CheckDispersedFloor), []check{notAssessed("dispersed", "分散供养")},
				pass(tekun.CheckCentralizedFloor), []check{notAssessed("centralized", "集中供养")},
				pass(tekun.CheckQuotaClass1, tekun.CheckQuotaClass2),
				[]check{{Name: tekun.CheckQuotaClass3, Status: policy.Fail, Why: "三类敬老院综合定额补助 7000.00 元/年·人 低于 7200.00，差 200.00 元"}}),
		},
		{
			name: "care subsidy against 10% (provisional)", clause: "2.2.1",
			desc: "护理补贴：半自理600通过，全护理400低于10%×4800=480，差80 / care: 600.00 passes, 400.00 is 80.00 short of 480.00",
			p: with(func(p *tekun.Params) {
				p.Care.Partial = local("tekun.care.partial", "600.00")
				p.Care.None = local("tekun.care.none", "400.00")
			}), s: "3622.00",
			want: join(passing,
				pass(tekun.CheckCarePartial),
				[]check{{Name: tekun.CheckCareNone, Status: policy.Fail,
					Why: "护理补贴（全护理）400.00 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 80.00 元（暂定）"}}),
		},
		{
			name: "care exactly at the share", clause: "2.2.1",
			desc: "全护理补贴恰为10%×4800=480.00：通过 / full care of exactly 10% × 4800.00 = 480.00 passes",
			p:    with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "480.00") }), s: "3622.00",
			want: join(passing,
				pass(tekun.CheckCareNone)),
		},
		{
			name: "care one fen below the share", clause: "2.2.1",
			desc: "全护理补贴479.99，比480.00低一分：差0.01 / full care of 479.99, one fen below 480.00: 0.01 short",
			p:    with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "479.99") }), s: "3622.00",
			want: join(passing,
				[]check{{Name: tekun.CheckCareNone, Status: policy.Fail,
					Why: "护理补贴（全护理）479.99 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 0.01 元（暂定）"}}),
		},
		{
			name: "care against the dispersed standard when it is the higher", clause: "2.2.1",
			desc: "分散供养5400高于集中供养5000：护理补贴对照10%×5400=540，全护理500差40 / dispersed 5400.00 above centralized 5000.00: care is held to 10% × 5400.00 = 540.00, and 500.00 is 40.00 short",
			p: with(func(p *tekun.Params) {
				p.Dispersed = local("tekun.dispersed", "5400.00")
				p.Centralized = local("tekun.centralized", "5000.00")
				p.Care.None = local("tekun.care.none", "500.00")
			}), s: "3622.00",
			want: join(passing,
				[]check{{Name: tekun.CheckCareNone, Status: policy.Fail,
					Why: "护理补贴（全护理）500.00 元/年 低于 10% × 较高的基本生活标准 5400.00 = 540.00，差 40.00 元（暂定）"}}),
		},
		{
			name: "care share set by the county", clause: "2.2.1",
			desc: "县自定护理补贴比例10%（本地参数，不再暂定）：核查不再写“暂定” / the county sets the 10% share as its own (local): the check no longer calls it provisional",
			p: with(func(p *tekun.Params) {
				p.CareShare = local("tekun.care_share", "0.10")
				p.Care.Partial = local("tekun.care.partial", "600.00")
				p.Care.None = local("tekun.care.none", "400.00")
			}), s: "3622.00",
			want: join(passing,
				pass(tekun.CheckCarePartial),
				[]check{{Name: tekun.CheckCareNone, Status: policy.Fail,
					Why: "护理补贴（全护理）400.00 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 80.00 元"}}),
		},
		{
			name: "a care level set to 0 fails the share", clause: "2.2.1",
			desc: "只为全护理设护理补贴600，全自理设为0（不发放）：0 同样对照10%核查，未达安徽做法，是县里的发现 / care for full care only, 0 for full self-care: the 0 is held to the share too and fails it, a finding for the county",
			p: with(func(p *tekun.Params) {
				p.Care.Full = local("tekun.care.full", "0.00")
				p.Care.None = local("tekun.care.none", "600.00")
			}), s: "3622.00",
			want: join(passing,
				[]check{{Name: tekun.CheckCareFull, Status: policy.Fail,
					Why: "护理补贴（全自理）0.00 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 480.00 元（暂定）"}},
				pass(tekun.CheckCareNone)),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := tc.p.Checks(d(tc.s))
			if err != nil {
				t.Fatal(err)
			}
			var got []check
			for _, c := range cs {
				why := ""
				if c.Status() != policy.Pass {
					why = c.Explanation().Render(policy.ZH)
				}
				got = append(got, check{c.Name(), c.Status(), why})
				if len(c.Clauses()) == 0 {
					t.Errorf("%s: check %s cites no clause", tc.desc, c.Name())
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nchecks (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestCheckFigures: a check that compares amounts carries them, the
// adopted amount as its value and the minimum as its bound, and a failed
// one its shortfall; a check not assessed carries none. Every check, a
// passing one too, explains itself in Chinese and English with the same
// figures.
func TestCheckFigures(t *testing.T) {
	type figures struct {
		Value, Bound, Shortfall string
		Has                     bool
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *tekun.Params
		s      string
		check  string
		want   figures
		zh, en string // the check's explanation
	}{
		{
			name: "dispersed floor passes", clause: "2.2.1",
			desc: "分散供养3622不低于max(3622, 3600)：无差额 / dispersed 3622.00 against 3622.00: no shortfall",
			p:    tekun.Default2017(), s: "3622.00", check: tekun.CheckDispersedFloor,
			want: figures{Value: "3622.00", Bound: "3622.00", Shortfall: "0.00", Has: true},
			zh:   "分散供养标准 3622.00 元/年 不低于低保标准 3622.00，且不低于 3600.00",
			en:   "dispersed standard 3622.00 yuan/year is not below the 低保 standard 3622.00 nor 3600.00",
		},
		{
			name: "dispersed below the 低保 standard", clause: "2.2.1",
			desc: "低保标准3912、分散3622：差290 / S = 3912.00, dispersed 3622.00: 290.00 short",
			p:    tekun.Default2017(), s: "3912.00", check: tekun.CheckDispersedFloor,
			want: figures{Value: "3622.00", Bound: "3912.00", Shortfall: "290.00", Has: true},
			zh:   "分散供养标准 3622.00 元/年 低于 max(低保标准 3912.00, 3600.00) = 3912.00，差 290.00 元",
			en:   "dispersed standard 3622.00 yuan/year is below max(the 低保 standard 3912.00, 3600.00) = 3912.00 by 290.00 yuan",
		},
		{
			name: "centralized floor passes", clause: "2.2.1",
			desc: "集中供养4800不低于4800：无差额 / centralized 4800.00 against 4800.00: no shortfall",
			p:    tekun.Default2017(), s: "3622.00", check: tekun.CheckCentralizedFloor,
			want: figures{Value: "4800.00", Bound: "4800.00", Shortfall: "0.00", Has: true},
			zh:   "集中供养标准 4800.00 元/年 不低于 4800.00",
			en:   "centralized standard 4800.00 yuan/year is not below 4800.00",
		},
		{
			name: "consumption test fails", clause: "2.2.1",
			desc: "消费支出9000：集中4800低于5400，差600 / C = 9000.00: centralized 4800.00 is 600.00 short of 5400.00",
			p:    with(func(p *tekun.Params) { p.Consumption = local("tekun.consumption", "9000.00") }), s: "3622.00",
			check: tekun.CheckCentralizedConsumption,
			want:  figures{Value: "4800.00", Bound: "5400.00", Shortfall: "600.00", Has: true},
			zh:    "集中供养标准 4800.00 元/年 低于 60% × 上年度人均消费支出 9000.00 = 5400.00，差 600.00 元",
			en:    "centralized standard 4800.00 yuan/year is below 60% × last year's consumption per capita 9000.00 = 5400.00 by 600.00 yuan",
		},
		{
			name: "consumption test not assessed", clause: "2.2.1",
			desc: "无消费支出数据：未评估，无数字 / no C: not assessed, no figures",
			p:    tekun.Default2017(), s: "3622.00", check: tekun.CheckDispersedConsumption,
			want: figures{Value: "0.00", Bound: "0.00", Shortfall: "0.00"},
			zh:   "未评估：分散供养标准与 60% × 上年度人均消费支出的比较需要 tekun.consumption（地方参数，未提供）",
			en:   "not assessed: comparing the dispersed standard with 60% of last year's consumption per capita needs tekun.consumption (a local parameter, not supplied)",
		},
		{
			name: "class 2 quota passes", clause: "2.2.2",
			desc: "二类定额6000不低于6000：无差额 / a class-2 quota of 6000.00 against 6000.00: no shortfall",
			p:    tekun.Default2017(), s: "3622.00", check: tekun.CheckQuotaClass2,
			want: figures{Value: "6000.00", Bound: "6000.00", Shortfall: "0.00", Has: true},
			zh:   "二类敬老院综合定额补助 6000.00 元/年·人 不低于 6000.00",
			en:   "class 2 nursing-home quota 6000.00 yuan/year per resident is not below 6000.00",
		},
		{
			name: "class 2 quota below its floor", clause: "2.2.2",
			desc: "二类定额5800：差200 / a class-2 quota of 5800.00: 200.00 short of 6000.00",
			p:    with(func(p *tekun.Params) { p.Quota.Class2.Adopted = local("tekun.quota.class2.adopted", "5800.00") }), s: "3622.00",
			check: tekun.CheckQuotaClass2,
			want:  figures{Value: "5800.00", Bound: "6000.00", Shortfall: "200.00", Has: true},
			zh:    "二类敬老院综合定额补助 5800.00 元/年·人 低于 6000.00，差 200.00 元",
			en:    "class 2 nursing-home quota 5800.00 yuan/year per resident is below 6000.00 by 200.00 yuan",
		},
		{
			name: "care below 10% (provisional)", clause: "2.2.1",
			desc: "全护理400低于10%×4800=480：差80 / full care 400.00 is 80.00 short of 480.00",
			p:    with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "400.00") }), s: "3622.00",
			check: tekun.CheckCareNone,
			want:  figures{Value: "400.00", Bound: "480.00", Shortfall: "80.00", Has: true},
			zh:    "护理补贴（全护理）400.00 元/年 低于 10% × 较高的基本生活标准 4800.00 = 480.00，差 80.00 元（暂定）",
			en:    "care subsidy (full care) 400.00 yuan/year is below 10% × the higher basic standard 4800.00 = 480.00 by 80.00 yuan (provisional)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := tc.p.Checks(d(tc.s))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				if c.Name() != tc.check {
					continue
				}
				v, b, ok := c.Figures()
				got := figures{v.StringFixed(2), b.StringFixed(2), c.Shortfall().StringFixed(2), ok}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("%s\n数字 / figures (-want +got):\n%s", tc.desc, diff)
				}
				words := []string{c.Explanation().Render(policy.ZH), c.Explanation().Render(policy.EN)}
				if diff := cmp.Diff([]string{tc.zh, tc.en}, words); diff != "" {
					t.Errorf("%s\n说明 / explanation (-want +got):\n%s", tc.desc, diff)
				}
				return
			}
			t.Errorf("%s: 无此核查 / no check %s", tc.desc, tc.check)
		})
	}
}

// TestCheckParams: each check lists the parameters it read, with their
// values and provenance, as a decision does: the adopted amount and its
// floor; for the consumption test the standard, the share and C (without C,
// which it needed and did not have, the share and C alone); for the care
// test the level's amount, the share and the two standards it takes the
// higher of. S, lowincome's, is named in the words only.
func TestCheckParams(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *tekun.Params
		check  string
		want   []string // name, value (none when unset), provenance
	}{
		{
			name: "dispersed floor", clause: "2.2.1",
			desc: "分散供养标准对照其下限：列出分散供养标准与 3600 下限 / the dispersed floor check lists the standard and the 3600.00 floor",
			p:    tekun.Default2017(), check: tekun.CheckDispersedFloor,
			want: []string{"tekun.dispersed 3622.00 derived", "tekun.dispersed_floor 3600.00 seed"},
		},
		{
			name: "centralized floor", clause: "2.2.1",
			desc: "集中供养标准对照 4800 下限 / the centralized floor check lists the standard and the 4800.00 floor",
			p:    tekun.Default2017(), check: tekun.CheckCentralizedFloor,
			want: []string{"tekun.centralized 4800.00 seed", "tekun.centralized_floor 4800.00 seed"},
		},
		{
			name: "consumption test with C", clause: "2.2.1",
			desc: "县定消费支出9000（本县标为暂定）：核查列出集中供养标准、60% 与 9000，C 的来源一并列出 / C = 9000.00, marked provisional by the county: the check lists the standard, 60% and C with its provenance",
			p: with(func(p *tekun.Params) {
				p.Consumption = policy.New("tekun.consumption", d("9000.00"), policy.Provisional, "county estimate (test)")
			}),
			check: tekun.CheckCentralizedConsumption,
			want:  []string{"tekun.centralized 4800.00 seed", "tekun.consumption_share 0.60 seed", "tekun.consumption 9000.00 provisional"},
		},
		{
			name: "consumption test without C", clause: "2.2.1",
			desc: "无消费支出：未评估，列出 60% 与未提供的 C / no C: not assessed, listing 60% and the C it needed",
			p:    tekun.Default2017(), check: tekun.CheckDispersedConsumption,
			want: []string{"tekun.consumption_share 0.60 seed", "tekun.consumption  local"},
		},
		{
			name: "quota", clause: "2.2.2",
			desc: "二类敬老院定额对照其下限 / the class-2 quota check lists the adopted quota and its floor",
			p:    tekun.Default2017(), check: tekun.CheckQuotaClass2,
			want: []string{"tekun.quota.class2.adopted 6000.00 seed", "tekun.quota.class2.floor 6000.00 seed"},
		},
		{
			name: "care", clause: "2.2.1",
			desc:  "全护理补贴600：列出该档金额、10%（暂定）与两项基本生活标准 / full care 600.00: the check lists the amount, the 10% share (provisional) and both standards",
			p:     with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "600.00") }),
			check: tekun.CheckCareNone,
			want: []string{"tekun.care.none 600.00 local", "tekun.care_share 0.10 provisional",
				"tekun.dispersed 3622.00 derived", "tekun.centralized 4800.00 seed"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := tc.p.Checks(d("3622.00"))
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(cs, func(c policy.Check) bool { return c.Name() == tc.check })
			if i < 0 {
				t.Fatalf("%s\nno check %s", tc.desc, tc.check)
			}
			var got []string
			for _, u := range cs[i].Params() {
				got = append(got, u.Name+" "+u.Value+" "+string(u.Provenance))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nparameters (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
