package household_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestMonthPeriodIn is section 0 on a record's period: a run of whole
// months, clipped to the assessed year; one wholly outside the year covers
// none of it; nil is the whole year. Covers says the same of each month.
func TestMonthPeriodIn(t *testing.T) {
	ym := household.NewYearMonth
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      *household.MonthPeriod
		want   string // the months of 2017, or "none"
	}{
		{name: "nil", clause: "0", desc: "未填期间：全年 / no period: the whole year", want: "01–12"},
		{name: "from July", clause: "0", desc: "2017-07起，无终止：7–12月 / from July, open: July to December",
			p: &household.MonthPeriod{From: ym(2017, time.July)}, want: "07–12"},
		{name: "within the year", clause: "0", desc: "2017-03至2017-10：3–10月 / March to October",
			p: &household.MonthPeriod{From: ym(2017, time.March), To: ym(2017, time.October)}, want: "03–10"},
		{name: "from the year before", clause: "0", desc: "2016-05至2017-04：截至4月 / from May 2016 to April 2017: January to April",
			p: &household.MonthPeriod{From: ym(2016, time.May), To: ym(2017, time.April)}, want: "01–04"},
		{name: "into the next year", clause: "0", desc: "2017-11至2018-06：11–12月 / November 2017 to June 2018: November and December",
			p: &household.MonthPeriod{From: ym(2017, time.November), To: ym(2018, time.June)}, want: "11–12"},
		{name: "one month", clause: "0", desc: "仅2017-05：一个月 / May 2017 only",
			p: &household.MonthPeriod{From: ym(2017, time.May), To: ym(2017, time.May)}, want: "05–05"},
		{name: "wholly before", clause: "0", desc: "2016年内：本年无 / within 2016: none of 2017",
			p: &household.MonthPeriod{From: ym(2016, time.January), To: ym(2016, time.December)}, want: "none"},
		{name: "wholly after", clause: "0", desc: "2018年起：本年无 / from 2018: none of 2017",
			p: &household.MonthPeriod{From: ym(2018, time.February)}, want: "none"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := tc.p.In(2017)
			got := "none"
			if ok {
				got = p.String()
			}
			if got != tc.want {
				t.Errorf("%s: In(2017) = %s, want %s", tc.desc, got, tc.want)
			}
			var from, to int // the months of want; none for "none"
			fmt.Sscanf(tc.want, "%d–%d", &from, &to)
			for m := time.January; m <= time.December; m++ {
				if want := int(m) >= from && int(m) <= to; tc.p.Covers(2017, m) != want {
					t.Errorf("%s: Covers(2017, %d) = %t, want %t", tc.desc, m, !want, want)
				}
			}
		})
	}
}

// TestPeriodValidation: a reversed period or a bad month is an error
// naming the field; a month that is not YYYY-MM is refused when decoded.
func TestPeriodValidation(t *testing.T) {
	tests := []struct {
		name     string
		desc     string
		clause   policy.Clause
		js       string
		wantPath string
		wantType policy.ErrorType
	}{
		{name: "lowincome from July", clause: "0", desc: "低保期间自2017-07 / 低保 months from July",
			js: `"lowincome_period":{"from":"2017-07"}`},
		{name: "reversed", clause: "0", desc: "期间倒置 / a reversed period",
			js: `"lowincome_period":{"from":"2017-07","to":"2017-06"}`, wantPath: "lowincome_period.to", wantType: policy.ErrorInvalid},
		{name: "no from", clause: "0", desc: "缺起始月 / no first month",
			js: `"lowincome_period":{"to":"2017-06"}`, wantPath: "lowincome_period.from", wantType: policy.ErrorRequired},
		{name: "month 13", clause: "0", desc: "月份13 / month 13",
			js: `"lowincome_period":{"from":"2017-13"}`, wantPath: "lowincome_period.from", wantType: policy.ErrorInvalid},
		{name: "a full date", clause: "0", desc: "写成日期而非月份 / a date instead of a month",
			js: `"lowincome_period":{"from":"2017-07-01"}`, wantPath: "lowincome_period.from", wantType: policy.ErrorInvalid},
		{name: "first month", clause: "0", desc: "1900-01起：最早的月份，有效 / from 1900-01, the first month allowed: sound",
			js: `"lowincome_period":{"from":"1900-01","to":"2017-06"}`},
		{name: "before the first month", clause: "0", desc: "1899-12起：早于1900-01 / from 1899-12, before 1900-01",
			js: `"lowincome_period":{"from":"1899-12"}`, wantPath: "lowincome_period.from", wantType: policy.ErrorInvalid},
		{name: "last month", clause: "0", desc: "至9999-12：最晚的月份，有效 / to 9999-12, the last month allowed: sound",
			js: `"lowincome_period":{"from":"2017-07","to":"9999-12"}`},
		{name: "month with a plus sign", clause: "0", desc: "月份写作 +7（2017-+7）：不是 YYYY-MM / a month written +7 (2017-+7): not YYYY-MM",
			js: `"lowincome_period":{"from":"2017-+7"}`, wantPath: "lowincome_period.from", wantType: policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := household.Unmarshal([]byte(`{"id":"P1","township":"尧渡镇",` + tc.js +
				`,"members":[{"id":"m1","birth_date":"1970-01-01"}]}`))
			if tc.wantPath == "" {
				if err != nil {
					t.Fatalf("%s: %v", tc.desc, err)
				}
				return
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: error %v, want ErrInvalid", tc.desc, err)
			}
			var got []string
			for _, fe := range policy.FieldErrors(err) {
				got = append(got, fe.Path+" "+string(fe.Type))
			}
			if diff := cmp.Diff([]string{tc.wantPath + " " + string(tc.wantType)}, got); diff != "" {
				t.Errorf("%s: errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
