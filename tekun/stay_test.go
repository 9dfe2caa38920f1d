package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// stay records that the centralized resident m lives in his home in the
// months of p only (members[].tekun.stay).
func stay(m *household.Member, p *household.MonthPeriod) *household.Member {
	m.Tekun.Stay = p
	return m
}

// TestStay is 2.2.1–2.2.2 with section 0: a nursing-home stay is coverage
// of its own. A centralized resident who lives in the home in some months
// of his support only is in dispersed support in the others: his lines
// split where he enters or leaves the home, each paying round(R × k ÷ 12)
// for its k months — the dispersed standard to the person before and after
// the stay, the class's quota (or the centralized standard in an unrated
// home) to the home during it — and the care subsidy follows the same
// payee. His one decision names the stay. Every case is assessed as of
// 2017-09-01 under the built-in 2017 set.
func TestStay(t *testing.T) {
	care := with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "600.00") })
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		m      *household.Member
		p      *tekun.Params
		period policy.Period // the run assessed; the zero Period is the whole year
		want   []line
		mode   string // the decision's explanation
	}{
		{
			name: "dispersed, then a class-2 home from July", clause: "2.2.2",
			desc: "全年特困，7月起入住二类敬老院：1–6月分散供养 3622.00 × 6 ÷ 12 = 1811.00 付本人，7–12月定额 6000.00 × 6 ÷ 12 = 3000.00 付敬老院 / supported all year, in a class-2 home from July: 1811.00 to the person for January–June, 3000.00 to the home for July–December",
			m:    stay(resident("t1", household.HomeClass2, nil), months(time.July, 0)),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "3000.00", Months: 6},
			},
			mode: "特困供养人员（入住敬老院2017-07起集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a stay open at its end, support to December", clause: "2.2.2",
			desc: "供养2017-01至2017-12，7月起入住二类敬老院未注明止月：截至本年：1–6月 3622.00 × 6 ÷ 12 = 1811.00 付本人，7–12月 6000.00 × 6 ÷ 12 = 3000.00 付敬老院 / support January–December, in a class-2 home from July with no end: clipped to the year, 1811.00 to the person for January–June, 3000.00 to the home for July–December",
			m:    stay(resident("t1", household.HomeClass2, months(time.January, time.December)), months(time.July, 0)),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "3000.00", Months: 6},
			},
			mode: "特困供养人员（入住敬老院2017-07起集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a stay running on past the support", clause: "2.2.2",
			desc: "供养2017-01至2017-06，5–8月入住二类敬老院：7–8月已非特困，1–4月 3622.00 × 4 ÷ 12 = 1207.33 付本人，5–6月 6000.00 × 2 ÷ 12 = 1000.00 付敬老院 / supported January–June, in a class-2 home May–August: from July no 特困 person; 1207.33 to the person for January–April, 1000.00 to the home for May–June",
			m:    stay(resident("t1", household.HomeClass2, months(time.January, time.June)), months(time.May, time.August)),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1207.33", Months: 4},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "1000.00", Months: 2},
			},
			mode: "特困供养人员（入住敬老院2017-05至2017-08集中供养，其余月份分散供养），供养 6 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "in a class-1 home March–August", clause: "2.2.2",
			desc: "3–8月入住一类敬老院：1–2月 3622.00 × 2 ÷ 12 = 603.67、9–12月 3622.00 × 4 ÷ 12 = 1207.33 付本人，3–8月 max(4800.00, 4800.00) × 6 ÷ 12 = 2400.00 付敬老院 / in a class-1 home March–August: 603.67 and 1207.33 to the person, 2400.00 to the home",
			m:    stay(resident("t1", household.HomeClass1, nil), months(time.March, time.August)),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "603.67", Months: 2},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "2400.00", Months: 6},
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1207.33", Months: 4},
			},
			mode: "特困供养人员（入住敬老院2017-03至2017-08集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "an unrated home within a part-year support", clause: "2.2.2",
			desc: "3–12月供养，7–12月入住未评级敬老院：3–6月 3622.00 × 4 ÷ 12 = 1207.33 付本人，7–12月集中供养 4800.00 × 6 ÷ 12 = 2400.00 付敬老院 / supported March–December, in an unrated home July–December: 1207.33 to the person, 2400.00 to the home",
			m:    stay(resident("t1", household.HomeUnrated, months(time.March, time.December)), months(time.July, time.December)),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1207.33", Months: 4},
				{Item: tekun.ItemCentralized, Member: "t1", Payee: policy.PayInstitution, Annual: "2400.00", Months: 6},
			},
			mode: "特困供养人员（入住敬老院2017-07至2017-12集中供养，其余月份分散供养），供养 10 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a stay covering the whole year", clause: "2.2.2",
			desc: "2016-05起入住三类敬老院：2017年全年在院，定额 7200.00 付敬老院，一条线 / in a class-3 home since May 2016: the whole of 2017 in the home, one line of 7200.00 to the home",
			m:    stay(resident("t1", household.HomeClass3, nil), span("2016-05", "")),
			want: []line{{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "7200.00", Months: 12}},
			mode: "特困供养人员（集中供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a stay that ended in 2016", clause: "2.2.2",
			desc: "2016年在院，2017年不在院：全年分散供养 3622.00 付本人，决定写明入住期间 / in the home in 2016 only: dispersed support all 2017, 3622.00 to the person, the decision naming the stay",
			m:    stay(resident("t1", household.HomeClass2, nil), span("2016-01", "2016-12")),
			want: []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
			mode: "特困供养人员（入住敬老院2016-01至2016-12集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "the care subsidy follows the payee", clause: "2.2.1",
			desc: "护理补贴全自理 600.00/年，7月起入住二类敬老院：1–6月 1811.00 和护理 300.00 付本人，7–12月 3000.00 和护理 300.00 付敬老院 / care 600.00 a year, in a class-2 home from July: 1811.00 and care 300.00 to the person, 3000.00 and care 300.00 to the home",
			m:    selfCare(stay(resident("t1", household.HomeClass2, nil), months(time.July, 0)), household.SelfCareFull),
			p:    care,
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6},
				{Item: tekun.ItemCare, Member: "t1", Payee: policy.PayMember, Annual: "300.00", Months: 6},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "3000.00", Months: 6},
				{Item: tekun.ItemCare, Member: "t1", Payee: policy.PayInstitution, Annual: "300.00", Months: 6},
			},
			mode: "特困供养人员（入住敬老院2017-07起集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a run across the entry", clause: "0",
			desc:   "评估5–9月，7月起入住二类敬老院：5–6月 3622.00 × 2 ÷ 12 = 603.67 付本人，7–9月 6000.00 × 3 ÷ 12 = 1500.00 付敬老院 / the run May–September, in a class-2 home from July: 603.67 to the person, 1500.00 to the home",
			m:      stay(resident("t1", household.HomeClass2, nil), months(time.July, 0)),
			period: policy.Period{From: time.May, To: time.September},
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "603.67", Months: 2},
				{Item: tekun.ItemQuota, Member: "t1", Payee: policy.PayInstitution, Annual: "1500.00", Months: 3},
			},
			mode: "特困供养人员（入住敬老院2017-07起集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
		{
			name: "a run before the stay", clause: "0",
			desc:   "评估1–6月，7月起入住：全为分散供养 3622.00 × 6 ÷ 12 = 1811.00 付本人 / the run January–June, in the home from July: 1811.00 to the person only",
			m:      stay(resident("t1", household.HomeClass2, nil), months(time.July, 0)),
			period: policy.Period{From: time.January, To: time.June},
			want:   []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6}},
			mode:   "特困供养人员（入住敬老院2017-07起集中供养，其余月份分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(alone(tc.m), tc.p, tekun.Inputs{Period: tc.period})
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, linesOf(&r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var why []string
			for _, d := range r.Decisions {
				why = append(why, d.Explanation().Render(policy.ZH))
			}
			if diff := cmp.Diff([]string{tc.mode}, why); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			var total int64
			for _, l := range r.Lines {
				total += int64(l.Amount())
			}
			if got := r.SupportFen(); int64(got) != total {
				t.Errorf("%s: support %d fen, the lines sum to %d", tc.desc, got, total)
			}
		})
	}
}
