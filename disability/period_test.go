package disability_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestPeriod: the lines cover the months assessed (section 0: k months at
// annual rate R pay round(R × k / 12), rounded once), their schedule
// spreads the amount over those months, and the audit compares a receipt
// with that schedule's regular month.
func TestPeriod(t *testing.T) {
	example6 := func() *household.Household { return home(adult("a1"), holder("d1", household.Physical, 1, care)) }
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		period   policy.Period
		want     []line
		months   []string // each line's period and schedule: "07–12 66.67 66.65"
		findings []finding
	}{
		{
			name: "whole year", clause: "0",
			desc:   "全年（零值期间）：生活800、护理720 / the zero period is the whole year: 800.00 and 720.00",
			h:      paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			months: []string{"01–12 66.67 66.63", "01–12 60.00 60.00"},
		},
		{
			name: "second half of the year", clause: "0",
			desc:   "7–12月：生活800×6/12=400，护理60×6=360 / July to December: 800.00 × 6/12 = 400.00, 60.00 × 6 = 360.00",
			h:      paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			period: policy.Period{From: time.July, To: time.December},
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			months: []string{"07–12 66.67 66.65", "07–12 60.00 60.00"},
		},
		{
			name: "second half, nothing recorded", clause: "2.2.4",
			desc: "7–12月未登记发放：按期间金额应补尽补（800×6÷12=400，720×6÷12=360） / July to December, nothing recorded: unclaimed for the period's amounts (800.00 × 6 ÷ 12 = 400.00, 720.00 × 6 ÷ 12 = 360.00)",
			h:    example6(), period: policy.Period{From: time.July, To: time.December},
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			months: []string{"07–12 66.67 66.65", "07–12 60.00 60.00"},
			findings: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "400.00",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；7–12月应发 400.00 元（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "360.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；7–12月应发 360.00 元（每月 60.00 元）"},
			},
		},
		{
			name: "February to December, nothing recorded", clause: "2.2.4",
			desc: "2–12月（11个月）未登记发放：按期间金额应补尽补（800×11÷12=733.33，720×11÷12=660），不写作全年 / February to December (11 months), nothing recorded: unclaimed for the period's amounts (800.00 × 11 ÷ 12 = 733.33, 720.00 × 11 ÷ 12 = 660.00), not worded as the whole year's",
			h:    example6(), period: policy.Period{From: time.February, To: time.December},
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "733.33", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "660.00"}},
			months: []string{"02–12 66.67 66.63", "02–12 60.00 60.00"},
			findings: []finding{
				{Kind: policy.Unclaimed, Item: disability.ItemLiving, Member: "d1", Amount: "733.33",
					Why: "应补尽补：困难残疾人生活补贴符合条件，未登记发放；2–12月应发 733.33 元（每月 66.67 元）"},
				{Kind: policy.Unclaimed, Item: disability.ItemNursing, Member: "d1", Amount: "660.00",
					Why: "应补尽补：重度残疾人护理补贴符合条件，未登记发放；2–12月应发 660.00 元（每月 60.00 元）"},
			},
		},
		{
			name: "低保 from July", clause: "2.2.4",
			desc:   "低保自7月起，评估7–12月，现发66.67与60.00：生活800×6÷12=400，护理360，发放无误 / a household covered by 低保 from July, July to December assessed, paid 66.67 and 60.00: 800.00 × 6 ÷ 12 = 400.00 and 360.00, paid as due",
			h:      fromJuly(paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00"))),
			period: policy.Period{From: time.July, To: time.December},
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			months: []string{"07–12 66.67 66.65", "07–12 60.00 60.00"},
		},
		{
			name: "one month", clause: "0",
			desc:   "仅12月：生活800/12=66.67，护理60 / December alone: 800.00 ÷ 12 = 66.67, 60.00",
			h:      paid(example6(), pay(disability.ItemLiving, "d1", "66.67"), pay(disability.ItemNursing, "d1", "60.00")),
			period: policy.Month(time.December),
			want:   []line{{Item: disability.ItemLiving, Member: "d1", Annual: "66.67", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "60.00"}},
			months: []string{"12–12 66.67 66.67", "12–12 60.00 60.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, disability.Inputs{Period: tc.period, LowIncome: true}, nil)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var months []string
			for _, l := range r.Lines {
				s := l.Schedule()
				months = append(months, l.Period().String()+" "+s.Month().StringFixed(2)+" "+s.Last().StringFixed(2))
			}
			if diff := cmp.Diff(tc.months, months); diff != "" {
				t.Errorf("%s\nperiods and schedules (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
