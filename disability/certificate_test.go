package disability_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// valid returns an option of holder: the certificate is valid from the
// month from to the month to ("" for an open end), written "2017-05".
func valid(from, to string) func(*household.Member) {
	month := func(s string) household.YearMonth {
		var ym household.YearMonth
		if err := ym.UnmarshalText([]byte(s)); err != nil {
			panic(err)
		}
		return ym
	}
	return func(m *household.Member) {
		p := &household.MonthPeriod{From: month(from)}
		if to != "" {
			p.To = month(to)
		}
		m.Disability.Period = p
	}
}

// TestCertificatePeriod: the certificate's months (section 0, 2.2.4). Both
// lines cover the certificate's months within the months assessed, k
// months at annual rate R paying round(R × k / 12) once; a certificate
// valid in none of them gets no line and both decisions say why. The audit
// (应补尽补) runs only in the run of months that contains the assessment
// date's month (2017-09-01: September), against the lines that cover it.
func TestCertificatePeriod(t *testing.T) {
	grade1 := func(opts ...func(*household.Member)) *household.Household {
		return home(adult("a1"), holder("d1", household.Physical, 1, append([]func(*household.Member){care}, opts...)...))
	}
	runs := func(from, to time.Month) disability.Inputs {
		return disability.Inputs{Period: policy.Period{From: from, To: to}, LowIncome: true}
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		in       disability.Inputs
		want     []line
		months   []string // each line's period and schedule: "05–12 66.67 66.64"
		explain  []string // each line's explanation
		why      []decided
		findings []finding
	}{
		{
			name: "certificate issued in May", clause: "2.2.4",
			desc: "2017-05发证，全年评估：护理720.00×8÷12=480.00，生活（一级）800.00×8÷12=533.33；均未登记发放，按5–12月应补尽补 / " +
				"a certificate issued 2017-05: nursing 720.00 × 8 ÷ 12 = 480.00, living 800.00 × 8 ÷ 12 = 533.33; both unclaimed for May–December",
			h: grade1(valid("2017-05", "")), in: covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "533.33", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "480.00"}},
			// 533.33 ÷ 8 = 66.67 × 7 = 466.69, the last 533.33 − 466.69 = 66.64
			months: []string{"05–12 66.67 66.64", "05–12 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；5–12月共 8 个月：800.00 × 8 ÷ 12 = 533.33 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；5–12月共 8 个月：720.00 × 8 ÷ 12 = 480.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "533.33",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；5–12月应发 533.33 元（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "480.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；5–12月应发 480.00 元（每月 60.00 元）"},
			},
		},
		{
			name: "certificate issued in May, received short", clause: "2.2.4",
			desc: "2017-05发证，生活补贴月发60.00，应发66.67（第5–11月）：少发6.67；护理60.00足额 / " +
				"issued 2017-05, living paid 60.00 a month against 66.67 (months 5–11): 6.67 short; nursing 60.00 in full",
			h:      paid(grade1(valid("2017-05", "")), pay(disability.ItemLiving, "d1", "60.00"), pay(disability.ItemNursing, "d1", "60.00")),
			in:     covered,
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "533.33", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "480.00"}},
			months: []string{"05–12 66.67 66.64", "05–12 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；5–12月共 8 个月：800.00 × 8 ÷ 12 = 533.33 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；5–12月共 8 个月：720.00 × 8 ÷ 12 = 480.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{{Kind: policy.Underpayment, Item: disability.ItemLiving, Member: "d1", Amount: "6.67",
				Why: "少发：困难残疾人生活补贴现发 60.00 元/月，应发 66.67 元/月（第5–11月），每月少发 6.67 元"}},
		},
		{
			name: "certificate issued in May, first half of the year", clause: "0",
			desc: "2017-05发证，评估1–6月：生活800.00×2÷12=133.33，护理720.00×2÷12=120.00；9月不在本期，不审核 / " +
				"issued 2017-05, January–June assessed: 800.00 × 2 ÷ 12 = 133.33 and 720.00 × 2 ÷ 12 = 120.00; September is not in the run: no audit",
			h: grade1(valid("2017-05", "")), in: runs(time.January, time.June),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "133.33", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "120.00"}},
			// 133.33: min(round(133.33 ÷ 2) = 66.67, 133.33 ÷ 1) = 66.67, the last 66.66
			months: []string{"05–06 66.67 66.66", "05–06 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；5–6月共 2 个月：800.00 × 2 ÷ 12 = 133.33 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；5–6月共 2 个月：720.00 × 2 ÷ 12 = 120.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
		},
		{
			name: "certificate issued in May, second half of the year", clause: "2.2.4",
			desc: "2017-05发证，评估7–12月：生活800.00×6÷12=400.00，护理720.00×6÷12=360.00，含9月，应补尽补 / " +
				"issued 2017-05, July–December assessed: 400.00 and 360.00, September in the run: unclaimed",
			h: grade1(valid("2017-05", "")), in: runs(time.July, time.December),
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			months: []string{"07–12 66.67 66.65", "07–12 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；7–12月共 6 个月：800.00 × 6 ÷ 12 = 400.00 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；7–12月共 6 个月：720.00 × 6 ÷ 12 = 360.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "400.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；7–12月应发 400.00 元（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "360.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；7–12月应发 360.00 元（每月 60.00 元）"},
			},
		},
		{
			name: "certificate expired in March, still received", clause: "2.2.4",
			desc: "证件2015-06至2017-03：生活800.00×3÷12=200.00，护理720.00×3÷12=180.00；9月仍在领取：错发 / " +
				"valid 2015-06 to 2017-03: 200.00 and 180.00; both still received in September: wrongful",
			h:    paid(grade1(valid("2015-06", "2017-03")), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			in:   covered,
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "200.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "180.00"}},
			// 200.00 ÷ 3 = 66.67 × 2 = 133.34, the last 66.66
			months: []string{"01–03 66.67 66.66", "01–03 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；1–3月共 3 个月：800.00 × 3 ÷ 12 = 200.00 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；1–3月共 3 个月：720.00 × 3 ÷ 12 = 180.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{
				{Kind: policy.Wrongful, Item: disability.ItemLiving, Member: "d1", Amount: "66.67",
					Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾：残疾人证有效期2015-06至2017-03，不含评估日所在的9月）"},
				{Kind: policy.Wrongful, Item: disability.ItemNursing, Member: "d1", Amount: "60.00",
					Why: "错发：重度残疾人护理补贴现发 60.00 元/月，不符合规定（一级肢体残疾：残疾人证有效期2015-06至2017-03，不含评估日所在的9月）"},
			},
		},
		{
			name: "certificate issued after the assessment date's month", clause: "2.2.4",
			desc: "2017-10发证：生活800.00×3÷12=200.00，护理180.00；9月不在证件期内：不报应补尽补，9月已领生活补贴为错发 / " +
				"issued 2017-10: 200.00 and 180.00; September is before it: nothing unclaimed, a living receipt now is wrongful",
			h:      paid(grade1(valid("2017-10", "")), pay(disability.ItemLiving, "d1", "66.67")),
			in:     covered,
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "200.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "180.00"}},
			months: []string{"10–12 66.67 66.66", "10–12 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；10–12月共 3 个月：800.00 × 3 ÷ 12 = 200.00 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；10–12月共 3 个月：720.00 × 3 ÷ 12 = 180.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{{Kind: policy.Wrongful, Item: disability.ItemLiving, Member: "d1", Amount: "66.67",
				Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾：残疾人证有效期2017-10起，不含评估日所在的9月）"}},
		},
		{
			name: "certificate of one month", clause: "2.2.4",
			desc: "证件仅9月：生活800.00×1÷12=66.67，月发70.00多发3.33（第9月）；护理60.00未登记：应补尽补 / " +
				"valid in September only: 800.00 × 1 ÷ 12 = 66.67, paid 70.00: 3.33 too much (month 9); nursing 60.00 unclaimed",
			h:      paid(grade1(valid("2017-09", "2017-09")), pay(disability.ItemLiving, "d1", "70.00")),
			in:     covered,
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "66.67", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "60.00"}},
			months: []string{"09–09 66.67 66.67", "09–09 60.00 60.00"},
			explain: []string{"困难残疾人生活补贴（一级）：800.00 元/年；9月共 1 个月：800.00 × 1 ÷ 12 = 66.67 元",
				"重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年；9月共 1 个月：720.00 × 1 ÷ 12 = 60.00 元"},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "一级肢体残疾，需要长期照护：享受重度残疾人护理补贴"}},
			findings: []finding{
				{Kind: policy.Overpayment, Item: disability.ItemLiving, Member: "d1", Amount: "3.33",
					Why: "多发：困难残疾人生活补贴现发 70.00 元/月，应发 66.67 元/月（第9月），每月多发 3.33 元"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "60.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；9月应发 60.00 元（每月 60.00 元）"},
			},
		},
		{
			name: "certificate of a later year", clause: "0",
			desc: "证件2018-01起：2017年无月份，不发放，两项决定说明原因；现领生活补贴为错发，因证件不含评估日所在的9月 / " +
				"valid from 2018-01: no month of 2017, no line, both decisions say why; a living receipt now is wrongful, " +
				"the certificate not being valid in September, D's month",
			h:  paid(grade1(valid("2018-01", "")), pay(disability.ItemLiving, "d1", "66.67")),
			in: covered,
			why: []decided{{Outcome: policy.Ineligible, Why: "一级肢体残疾：残疾人证有效期2018-01起，不含所评估的月份：不享受两项补贴"},
				{Outcome: policy.Ineligible, Why: "一级肢体残疾：残疾人证有效期2018-01起，不含所评估的月份：不享受两项补贴"}},
			findings: []finding{{Kind: policy.Wrongful, Item: disability.ItemLiving, Member: "d1", Amount: "66.67",
				Why: "错发：困难残疾人生活补贴现发 66.67 元/月，不符合规定（一级肢体残疾：残疾人证有效期2018-01起，不含评估日所在的9月）"}},
		},
		{
			name: "certificate outside the run", clause: "0",
			desc: "证件2017-08至2017-12，评估1–6月：本期无月份，不发放 / valid 2017-08 to 2017-12, January–June assessed: no line in the run",
			h:    grade1(valid("2017-08", "2017-12")), in: runs(time.January, time.June),
			why: []decided{{Outcome: policy.Ineligible, Why: "一级肢体残疾：残疾人证有效期2017-08至2017-12，不含所评估的月份：不享受两项补贴"},
				{Outcome: policy.Ineligible, Why: "一级肢体残疾：残疾人证有效期2017-08至2017-12，不含所评估的月份：不享受两项补贴"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var months, explain []string
			for _, l := range r.Lines {
				s := l.Schedule()
				months = append(months, l.Period().String()+" "+s.Month().StringFixed(2)+" "+s.Last().StringFixed(2))
				explain = append(explain, l.Explanation().Render(policy.ZH))
			}
			if diff := cmp.Diff(tc.months, months); diff != "" {
				t.Errorf("%s\nperiods and schedules (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.explain, explain); diff != "" {
				t.Errorf("%s\nexplanations (-want +got):\n%s", tc.desc, diff)
			}
			living, nursing, ok := r.Holder("d1")
			if !ok {
				t.Fatalf("%s: no decisions for d1", tc.desc)
			}
			if diff := cmp.Diff(tc.why, []decided{decidedOf(living), decidedOf(nursing)}); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
