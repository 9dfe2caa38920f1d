package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestQuota is the nursing-home quota subsidy of 2.2.2: a centralized
// resident of a rated home entitles the home to the class's comprehensive
// quota, which replaces the centralized standard for that resident (one
// institution line of max(quota, centralized standard)); a part-year
// resident (Tekun.Period) is prorated by months: round(R × k ÷ 12).
func TestQuota(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		p       *tekun.Params
		want    []line
		explain string
	}{
		{
			name: "worked example 5, class 2 home", clause: "2.2.2",
			desc:    "二类敬老院集中供养：6000.00元/年付敬老院 / class-2 home: 6000.00 a year to the home",
			m:       resident("t3", household.HomeClass2, nil),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "6000.00", Months: 12}},
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 1 home", clause: "2.2.2",
			desc:    "一类敬老院：4800.00（与集中供养下限相同） / class 1: 4800.00, equal to the centralized floor",
			m:       resident("t3", household.HomeClass1, nil),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "4800.00", Months: 12}},
			explain: "一类敬老院综合定额补助：max(定额 4800.00, 集中供养标准 4800.00) = 4800.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 3 home", clause: "2.2.2",
			desc:    "三类敬老院：7200.00 / class 3: 7200.00",
			m:       resident("t3", household.HomeClass3, nil),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "7200.00", Months: 12}},
			explain: "三类敬老院综合定额补助：max(定额 7200.00, 集中供养标准 4800.00) = 7200.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 2 home, seven months", clause: "2.2.2",
			desc:    "二类敬老院入住1–7月：6000 × 7 ÷ 12 = 3500.00 / January–July in a class-2 home: 3500.00",
			m:       resident("t3", household.HomeClass2, months(time.January, time.July)),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "3500.00", Months: 7}},
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01；1–7月共 7 个月：6000.00 × 7 ÷ 12 = 3500.00 元",
		},
		{
			name: "class 2 home, March to October", clause: "2.2.2",
			desc:    "二类敬老院2017-03至2017-10：6000.00 × 8 ÷ 12 = 4000.00 / a class-2 home from 2017-03 to 2017-10: 4000.00",
			m:       resident("t3", household.HomeClass2, months(time.March, time.October)),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "4000.00", Months: 8}},
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01；3–10月共 8 个月：6000.00 × 8 ÷ 12 = 4000.00 元",
		},
		{
			name: "class 3 home until April", clause: "2.2.2",
			desc:    "三类敬老院2016-07至2017-04：本年1–4月，7200 × 4 ÷ 12 = 2400.00 / class 3 from 2016-07 to 2017-04: January–April, 2400.00",
			m:       resident("t3", household.HomeClass3, span("2016-07", "2017-04")),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "2400.00", Months: 4}},
			explain: "三类敬老院综合定额补助：max(定额 7200.00, 集中供养标准 4800.00) = 7200.00 元/年，付供养机构 JLY-01；1–4月共 4 个月：7200.00 × 4 ÷ 12 = 2400.00 元",
		},
		{
			name: "adopted quota above the floor", clause: "2.2.2",
			desc:    "县定二类定额6500：按县定额发放 / an adopted class-2 quota of 6500.00 is paid",
			m:       resident("t3", household.HomeClass2, nil),
			p:       with(func(p *tekun.Params) { p.Quota.Class2.Adopted = local("tekun.quota.class2.adopted", "6500.00") }),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "6500.00", Months: 12}},
			explain: "二类敬老院综合定额补助：max(定额 6500.00, 集中供养标准 4800.00) = 6500.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "centralized standard above the quota", clause: "2.2.2",
			desc:    "集中供养标准5400高于一类定额4800：按5400发放 / a centralized standard of 5400.00 above the class-1 quota: 5400.00",
			m:       resident("t3", household.HomeClass1, nil),
			p:       with(func(p *tekun.Params) { p.Centralized = local("tekun.centralized", "5400.00") }),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "5400.00", Months: 12}},
			explain: "一类敬老院综合定额补助：max(定额 4800.00, 集中供养标准 5400.00) = 5400.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "quota replaces, never adds to, the standard", clause: "2.2.2",
			desc:    "集中供养标准5400、二类敬老院：只一行6000，不另加集中供养标准（不是6000+5400=11400）/ a centralized standard of 5400.00 in a class-2 home: one line of 6000.00, not 6000 + 5400 = 11400",
			m:       resident("t3", household.HomeClass2, nil),
			p:       with(func(p *tekun.Params) { p.Centralized = local("tekun.centralized", "5400.00") }),
			want:    []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "6000.00", Months: 12}},
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 5400.00) = 6000.00 元/年，付供养机构 JLY-01",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.m, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Fatalf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if got := r.Lines[0].Explanation().Render(policy.ZH); got != tc.explain {
				t.Errorf("%s\nexplanation = %q\nwant          %q", tc.desc, got, tc.explain)
			}
			if got := r.Total().StringFixed(2); got != tc.want[0].Annual {
				t.Errorf("%s: total %s, want %s", tc.desc, got, tc.want[0].Annual)
			}
		})
	}
}
