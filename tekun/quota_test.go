package tekun_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestQuota is the nursing-home quota subsidy of 2.2.2: a centralized
// resident of a rated home entitles the home to the class's comprehensive
// quota, which replaces the centralized standard for that resident (one
// institution line of max(quota, centralized standard)); a part year is
// prorated by months.
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
			m:       resident("t3", household.HomeClass2, 0),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "6000.00", 12}},
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 1 home", clause: "2.2.2",
			desc:    "一类敬老院：4800.00（与集中供养下限相同） / class 1: 4800.00, equal to the centralized floor",
			m:       resident("t3", household.HomeClass1, 0),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "4800.00", 12}},
			explain: "一类敬老院综合定额补助：max(定额 4800.00, 集中供养标准 4800.00) = 4800.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 3 home", clause: "2.2.2",
			desc:    "三类敬老院：7200.00 / class 3: 7200.00",
			m:       resident("t3", household.HomeClass3, 0),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "7200.00", 12}},
			explain: "三类敬老院综合定额补助：max(定额 7200.00, 集中供养标准 4800.00) = 7200.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "class 2 home, seven months", clause: "2.2.2",
			desc:    "二类敬老院入住7个月：6000×7÷12=3500 / seven months of 6000.00: 3500.00",
			m:       resident("t3", household.HomeClass2, 7),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "3500.00", 7}},
			explain: "二类敬老院综合定额补助 max(定额 6000.00, 集中供养标准 4800.00) 元/年，供养 7 个月：6000.00 × 7 ÷ 12 = 3500.00 元，付供养机构 JLY-01",
		},
		{
			name: "adopted quota above the floor", clause: "2.2.2",
			desc:    "县定二类定额6500：按县定额发放 / an adopted class-2 quota of 6500.00 is paid",
			m:       resident("t3", household.HomeClass2, 0),
			p:       with(func(p *tekun.Params) { p.Quota.Class2.Adopted = local("tekun.quota.class2.adopted", "6500.00") }),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "6500.00", 12}},
			explain: "二类敬老院综合定额补助：max(定额 6500.00, 集中供养标准 4800.00) = 6500.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "centralized standard above the quota", clause: "2.2.2",
			desc:    "集中供养标准5400高于一类定额4800：按5400发放 / a centralized standard of 5400.00 above the class-1 quota: 5400.00",
			m:       resident("t3", household.HomeClass1, 0),
			p:       with(func(p *tekun.Params) { p.Centralized = local("tekun.centralized", "5400.00") }),
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "5400.00", 12}},
			explain: "一类敬老院综合定额补助：max(定额 4800.00, 集中供养标准 5400.00) = 5400.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "quota replaces, never adds to, the standard", clause: "2.2.2",
			desc:    "三类敬老院：一行7200，不另加集中供养标准 / class 3: one line of 7200.00, not 7200 + 4800",
			m:       resident("t3", household.HomeClass3, 0),
			p:       nil,
			want:    []line{{tekun.ItemQuota, "t3", policy.PayInstitution, "7200.00", 12}},
			explain: "三类敬老院综合定额补助：max(定额 7200.00, 集中供养标准 4800.00) = 7200.00 元/年，付供养机构 JLY-01",
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
