package disability_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestLivingTekunMonths is 2.2.4 with section 0 month by month: a holder
// under 特困 support is a 特困 person, outside the 低保 household, in the
// months of his support only; in the other months of the year he is a
// member of the 低保 household and receives the living subsidy. A run in
// which his support starts or ends is refused with an error at his
// tekun.period. The nursing subsidy does not depend on it.
func TestLivingTekunMonths(t *testing.T) {
	ym := household.NewYearMonth
	supported := func(from, to household.YearMonth) func(*household.Member) {
		return func(m *household.Member) {
			m.Tekun = household.Tekun{Mode: household.TekunDispersed, Period: &household.MonthPeriod{From: from, To: to}}
		}
	}
	marchToAugust := func() *household.Household { // d1: grade 1 physical, long-term care, 特困 2017-03 to 2017-08
		return home(adult("a1"), holder("d1", household.Physical, 1, care, supported(ym(2017, time.March), ym(2017, time.August))))
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		p       *disability.Params
		period  policy.Period
		want    []line
		why     decided // the living decision
		wantErr string  // the path of the error, "" for none
	}{
		{
			name: "before the support", clause: "2.2.4",
			desc: "低保户一级肢体残疾d1 3–8月特困，评估1–2月：低保家庭成员，生活补贴 800 × 2 ÷ 12 = 133.33，护理 60 × 2 = 120.00 / " +
				"grade-1 holder d1 of a 低保 household, 特困 March–August, run January–February: a 低保 member, living 800.00 × 2 ÷ 12 = 133.33, nursing 120.00",
			h: marchToAugust(), period: policy.Period{From: time.January, To: time.February},
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "133.33", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "120.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "during the support", clause: "2.2.4",
			desc: "低保户一级肢体残疾d1 3–8月特困，评估3–8月：特困供养人员不享受生活补贴（暂定）；护理 60 × 6 = 360.00 / " +
				"grade-1 holder d1 of a 低保 household, 特困 March–August, run March–August: a 特困 person, no living subsidy (provisional); nursing 60.00 × 6 = 360.00",
			h: marchToAugust(), period: policy.Period{From: time.March, To: time.August},
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员不享受困难残疾人生活补贴（暂定）"},
		},
		{
			name: "during the support, exclusion off", clause: "0",
			desc: "低保户一级肢体残疾d1 3–8月特困，关闭特困排除，评估3–8月：特困人员不属低保家庭（第0节），仍不享受生活补贴；护理 360.00 / " +
				"grade-1 holder d1 of a 低保 household, 特困 March–August, the 特困 exclusion off, run March–August: a 特困 person is outside the 低保 household (section 0), so still no living subsidy; nursing 360.00",
			h: marchToAugust(), period: policy.Period{From: time.March, To: time.August},
			p:    with(func(p *disability.Params) { p.Living.ExcludeTekun.Value = false }),
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "360.00"}},
			why:  decided{Outcome: policy.Ineligible, Why: "一级肢体残疾，特困供养人员供养期间不属低保家庭，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴"},
		},
		{
			name: "after the support", clause: "2.2.4",
			desc: "低保户一级肢体残疾d1 3–8月特困，评估9–12月：又为低保家庭成员，生活补贴 800 × 4 ÷ 12 = 266.666… → 266.67，护理 60 × 4 = 240.00 / " +
				"grade-1 holder d1 of a 低保 household, 特困 March–August, run September–December: a 低保 member again, living 800.00 × 4 ÷ 12 = 266.666… → 266.67, nursing 60.00 × 4 = 240.00",
			h: marchToAugust(), period: policy.Period{From: time.September, To: time.December},
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "266.67", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "240.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "support covering part of the run", clause: "0",
			desc: "低保户一级肢体残疾d1 3–8月特困，一次评估全年：特困期间只覆盖部分月份，报错于 members[1].tekun.period / " +
				"grade-1 holder d1 of a 低保 household, 特困 March–August, the whole year at once: his 特困 months cover only part of it, an error at members[1].tekun.period",
			h: marchToAugust(), wantErr: "members[1].tekun.period",
		},
		{
			name: "support wholly in 2018", clause: "2.2.4",
			desc: "d1 2018-01起特困：2017年全年为低保家庭成员，生活补贴800，护理720 / " +
				"d1 特困 from January 2018: a 低保 member all of 2017, living 800.00, nursing 720.00",
			h:    home(adult("a1"), holder("d1", household.Physical, 1, care, supported(ym(2018, time.January), household.YearMonth{}))),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}, {Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
		{
			name: "another member's support", clause: "0",
			desc: "非持证成员a1 3–8月特困，评估全年：与补贴无关，不报错，生活800 / " +
				"a member without a certificate 特困 March–August, the whole year: no bearing on the subsidies, no error, living 800.00",
			h: home(func() household.Member {
				m := adult("a1")
				supported(ym(2017, time.March), ym(2017, time.August))(&m)
				return m
			}(), holder("d1", household.Physical, 1)),
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "800.00", Provisional: true}},
			why:  decided{Outcome: policy.Eligible, Why: "一级肢体残疾，低保家庭成员：享受困难残疾人生活补贴"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := disability.Inputs{Period: tc.period, LowIncome: true}
			if tc.wantErr != "" {
				a, err := disability.New(disability.Default2017())
				if err != nil {
					t.Fatal(err)
				}
				c, err := tc.h.Check(on)
				if err != nil {
					t.Fatal(err)
				}
				r, err := a.Assess(c, in)
				fes := policy.FieldErrors(err)
				if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Path != tc.wantErr ||
					fes[0].Type != policy.ErrorInvalid || len(r.Lines)+len(r.Decisions) != 0 {
					t.Errorf("%s\nAssess = %d lines, error %v; want an invalid error at %s", tc.desc, len(r.Lines), err, tc.wantErr)
				}
				return
			}
			r := assess(t, tc.h, in, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			living, _, ok := r.Holder("d1")
			if !ok {
				t.Fatalf("%s: no result for d1", tc.desc)
			}
			if diff := cmp.Diff(tc.why, decidedOf(living)); diff != "" {
				t.Errorf("%s\nliving decision (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
