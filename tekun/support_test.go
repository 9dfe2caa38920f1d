package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestBasic is the basic living line of 2.2.1: the adopted standard of the
// mode, dispersed paid to the person, centralized (unrated home) paid to
// the institution. A support over part of the year (Tekun.Period, clipped
// to the year) pays round(R × k ÷ 12) for its k months, rounded once, and
// explains itself from the whole-year formula (section 0); a period wholly
// outside the year pays nothing.
func TestBasic(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		p       *tekun.Params
		want    []line
		month   string // the regular monthly payment
		last    string // the last month's payment
		explain string
	}{
		{
			name: "worked example 5, dispersed", clause: "2.2.1",
			desc:  "分散供养特困人员：3622.00元/年付本人 / dispersed: 3622.00 a year to the person",
			m:     dispersed("t1", nil),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
			month: "301.83", last: "301.87",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人",
		},
		{
			name: "a period of the whole year", clause: "0",
			desc:  "供养期间2017-01至2017-12即全年 / a period of January to December is the whole year",
			m:     dispersed("t1", months(time.January, time.December)),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
			month: "301.83", last: "301.87",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人",
		},
		{
			name: "dispersed from July", clause: "0",
			desc:  "分散供养自2017-07起：3622.00 × 6 ÷ 12 = 1811.00，每月301.83，末月301.85 / dispersed from 2017-07: 3622.00 × 6 ÷ 12 = 1811.00",
			m:     dispersed("t1", months(time.July, 0)),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6}},
			month: "301.83", last: "301.85",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；7–12月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元",
		},
		{
			name: "dispersed, January to May", clause: "0",
			desc:  "分散供养1–5月：3622 × 5 ÷ 12 = 1509.1666…→1509.17 / January–May: 1509.17",
			m:     dispersed("t1", months(time.January, time.May)),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1509.17", Months: 5}},
			month: "301.83", last: "301.85",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；1–5月共 5 个月：3622.00 × 5 ÷ 12 = 1509.17 元",
		},
		{
			name: "dispersed, one month", clause: "0",
			desc:  "分散供养仅2017-11：3622 ÷ 12 = 301.8333…→301.83 / November only: 301.83",
			m:     dispersed("t1", months(time.November, time.November)),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "301.83", Months: 1}},
			month: "301.83", last: "301.83",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；11月共 1 个月：3622.00 × 1 ÷ 12 = 301.83 元",
		},
		{
			name: "a period across the new year is clipped", clause: "0",
			desc:  "2016-10至2017-03：截至本年1–3月，3622 × 3 ÷ 12 = 905.50 / 2016-10 to 2017-03 is clipped to January–March: 905.50",
			m:     dispersed("t1", span("2016-10", "2017-03")),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "905.50", Months: 3}},
			month: "301.83", last: "301.84",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；1–3月共 3 个月：3622.00 × 3 ÷ 12 = 905.50 元",
		},
		{
			name: "an open period from a past year", clause: "0",
			desc:  "自2015-04起未结束：全年3622.00 / open since 2015-04: the whole year, 3622.00",
			m:     dispersed("t1", span("2015-04", "")),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
			month: "301.83", last: "301.87",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人",
		},
		{
			name: "county adopts a higher dispersed standard", clause: "2.2.1",
			desc:  "县定分散供养标准5400元：按县定标准发放 / an adopted 5400.00 is paid",
			m:     dispersed("t1", nil),
			p:     with(func(p *tekun.Params) { p.Dispersed = local("tekun.dispersed", "5400.00") }),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "5400.00", Months: 12}},
			month: "450.00", last: "450.00",
			explain: "分散供养基本生活标准：5400.00 元/年，付本人",
		},
		{
			name: "centralized, unrated home", clause: "2.2.1",
			desc:  "未评级敬老院集中供养：4800.00元/年付敬老院 / unrated home: the centralized standard 4800.00 to the home",
			m:     resident("t2", household.HomeUnrated, nil),
			want:  []line{{Item: tekun.ItemCentralized, Member: "t2", Payee: policy.PayInstitution, Annual: "4800.00", Months: 12}},
			month: "400.00", last: "400.00",
			explain: "集中供养（未评级敬老院）基本生活标准：4800.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "centralized, no class recorded", clause: "2.2.2",
			desc:  "集中供养未记录敬老院类别：按未评级，集中供养标准4800.00付敬老院 / no class recorded: an unrated home, the centralized standard 4800.00 to the home",
			m:     resident("t2", "", nil),
			want:  []line{{Item: tekun.ItemCentralized, Member: "t2", Payee: policy.PayInstitution, Annual: "4800.00", Months: 12}},
			month: "400.00", last: "400.00",
			explain: "集中供养（未评级敬老院）基本生活标准：4800.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "centralized, unrated home, January to March", clause: "0",
			desc:  "未评级敬老院1–3月：4800 × 3 ÷ 12 = 1200.00 / January–March: 1200.00",
			m:     resident("t2", household.HomeUnrated, months(time.January, time.March)),
			want:  []line{{Item: tekun.ItemCentralized, Member: "t2", Payee: policy.PayInstitution, Annual: "1200.00", Months: 3}},
			month: "400.00", last: "400.00",
			explain: "集中供养（未评级敬老院）基本生活标准：4800.00 元/年，付供养机构 JLY-01；1–3月共 3 个月：4800.00 × 3 ÷ 12 = 1200.00 元",
		},
		{
			name: "centralized, home id not recorded", clause: "2.2.1",
			desc: "敬老院编号未登记：说明中注明 / no home id: the explanation says so",
			m: func() *household.Member {
				m := resident("t2", household.HomeUnrated, nil)
				m.Tekun.HomeID = ""
				return m
			}(),
			want:  []line{{Item: tekun.ItemCentralized, Member: "t2", Payee: policy.PayInstitution, Annual: "4800.00", Months: 12}},
			month: "400.00", last: "400.00",
			explain: "集中供养（未评级敬老院）基本生活标准：4800.00 元/年，付供养机构（编号未登记）",
		},
		{
			name: "rounded to the yuan", clause: "0",
			desc: "取整到元：3622.50 × 5 ÷ 12 = 1509.375→1509，每月302，末月1509 − 4 × 302 = 301 / a unit of one yuan rounds once",
			m:    dispersed("t1", months(time.January, time.May)),
			p: with(func(p *tekun.Params) {
				p.Dispersed = local("tekun.dispersed", "3622.50")
				p.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
			}),
			want:  []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1509.00", Months: 5}},
			month: "302.00", last: "301.00",
			explain: "分散供养基本生活标准：3622.50 元/年，付本人；1–5月共 5 个月：3622.50 × 5 ÷ 12 = 1509.00 元",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.m, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Fatalf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			l := r.Lines[0]
			s := l.Schedule()
			got := []string{s.Month().StringFixed(2), s.Last().StringFixed(2), l.Explanation().Render(policy.ZH), string(l.Payer())}
			want := []string{tc.month, tc.last, tc.explain, string(policy.CivilAffairsFund)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nmonth, last month, explanation, payer (-want +got):\n%s", tc.desc, diff)
			}
			if !s.Total().Equal(l.Annual()) {
				t.Errorf("%s: schedule sums to %s, not %s", tc.desc, s.Total(), l.Annual())
			}
		})
	}
}

// TestBasicParams: every line records the parameters it rests on, with
// their provenance (section 0), and the dispersed default is derived.
func TestBasicParams(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		m      *household.Member
		want   []policy.Used
	}{
		{
			name: "dispersed", clause: "2.2.1",
			desc: "分散供养：县定标准（派生：低保标准与3600取大） / dispersed: the adopted standard, derived",
			m:    dispersed("t1", nil),
			want: []policy.Used{{Name: "tekun.dispersed", Value: "3622.00", Provenance: policy.Derived}},
		},
		{
			name: "unrated home", clause: "2.2.1",
			desc: "未评级敬老院：集中供养标准（文件） / unrated: the centralized standard, seed",
			m:    resident("t2", household.HomeUnrated, nil),
			want: []policy.Used{{Name: "tekun.centralized", Value: "4800.00", Provenance: policy.Seed}},
		},
		{
			name: "class 2 home", clause: "2.2.2",
			desc: "二类敬老院：定额与集中供养标准 / class 2: the quota and the centralized standard",
			m:    resident("t3", household.HomeClass2, nil),
			want: []policy.Used{
				{Name: "tekun.quota.class2.adopted", Value: "6000.00", Provenance: policy.Seed},
				{Name: "tekun.centralized", Value: "4800.00", Provenance: policy.Seed},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := assess(t, tc.m, nil).Lines[0]
			got := make([]policy.Used, len(l.Params()))
			for i, u := range l.Params() {
				got[i] = policy.Used{Name: u.Name, Value: u.Value, Provenance: u.Provenance}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nparams (-want +got):\n%s", tc.desc, diff)
			}
			if l.Provisional() {
				t.Errorf("%s: a line of seed and derived values is marked provisional", tc.desc)
			}
		})
	}
}

// TestLineOperands: a line's explanation carries the operands its formula
// names and nothing else: every one named, none left as a zero operand.
func TestLineOperands(t *testing.T) {
	tests := []struct {
		name string
		m    *household.Member
		want []string // the operands' names, in order
	}{
		{"dispersed", dispersed("t1", nil), []string{"A", "payee", "="}},
		{"unrated home", resident("t2", household.HomeUnrated, nil), []string{"A", "payee", "home", "="}},
		{"class 2 home", resident("t3", household.HomeClass2, nil), []string{"k", "Q", "A", "payee", "home", "="}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range assess(t, tc.m, nil).Lines[0].Explanation().Args() {
				got = append(got, a.Name())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("operands (-want +got):\n%s", diff)
			}
		})
	}
}
