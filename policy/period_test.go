package policy_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestPeriod is section 0's period: a run of whole months of one year,
// From to To inclusive; the zero Period is the whole year.
func TestPeriod(t *testing.T) {
	type result struct {
		Norm     policy.Period
		Valid    bool
		Months   int
		Contains []time.Month // of January, June and December
		String   string
		Check    string // Check("inputs.period")'s error, empty for none
	}
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      policy.Period
		want   result
	}{
		{name: "zero is the whole year", desc: "零值即全年 / the zero Period is the whole year", clause: "0",
			p: policy.Period{}, want: result{Norm: policy.Year, Valid: true, Months: 12,
				Contains: []time.Month{time.January, time.June, time.December}, String: "01–12"}},
		{name: "whole year", desc: "1–12月 / January to December", clause: "0",
			p: policy.Period{From: time.January, To: time.December}, want: result{Norm: policy.Year, Valid: true, Months: 12,
				Contains: []time.Month{time.January, time.June, time.December}, String: "01–12"}},
		{name: "second half", desc: "7–12月共6个月 / July to December, six months", clause: "0",
			p: policy.Period{From: time.July, To: time.December}, want: result{Norm: policy.Period{From: time.July, To: time.December},
				Valid: true, Months: 6, Contains: []time.Month{time.December}, String: "07–12"}},
		{name: "one month", desc: "单月 / a single month", clause: "0",
			p: policy.Month(time.June), want: result{Norm: policy.Month(time.June), Valid: true, Months: 1,
				Contains: []time.Month{time.June}, String: "06–06"}},
		{name: "reversed", desc: "起止颠倒：无效 / a reversed period is invalid", clause: "0",
			p: policy.Period{From: time.July, To: time.June}, want: result{Norm: policy.Period{From: time.July, To: time.June},
				Valid: false, Months: 0, String: "07–06",
				Check: "inputs.period: 07–06 is not a run of months of one year"}},
		{name: "month thirteen", desc: "13月：无效 / a thirteenth month is invalid", clause: "0",
			p: policy.Period{From: time.January, To: 13}, want: result{Norm: policy.Period{From: time.January, To: 13},
				Valid: false, Months: 13, Contains: []time.Month{time.January, time.June, time.December}, String: "01–13",
				Check: "inputs.period: 01–13 is not a run of months of one year"}},
		{name: "month zero", desc: "起始为0月：无效 / a period from month 0 is invalid", clause: "0",
			p: policy.Period{To: time.March}, want: result{Norm: policy.Period{To: time.March},
				Valid: false, Months: 4, Contains: []time.Month{time.January}, String: "00–03",
				Check: "inputs.period: 00–03 is not a run of months of one year"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := result{Norm: tc.p.Norm(), Valid: tc.p.Valid(), Months: tc.p.Months(), String: tc.p.String()}
			if err := tc.p.Check("inputs.period"); err != nil {
				if fe := (*policy.FieldError)(nil); !errors.As(err, &fe) || fe.Type != policy.ErrorInvalid {
					t.Errorf("%s: Check error %v is not a field error of type %q", tc.desc, err, policy.ErrorInvalid)
				}
				got.Check = err.Error()
			}
			for _, m := range []time.Month{time.January, time.June, time.December} {
				if tc.p.Contains(m) {
					got.Contains = append(got.Contains, m)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestPeriodIntersect: the months two periods share, as a line's coverage
// is intersected with the assessed period (section 0).
func TestPeriodIntersect(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		a, b   policy.Period
		want   policy.Period
		ok     bool
	}{
		{name: "whole year and a half", desc: "全年与7–12月：7–12月 / the year and July–December", clause: "0",
			a: policy.Period{}, b: policy.Period{From: time.July, To: time.December}, want: policy.Period{From: time.July, To: time.December}, ok: true},
		{name: "overlap", desc: "3–8月与6–11月：6–8月 / March–August and June–November share June–August", clause: "0",
			a: policy.Period{From: time.March, To: time.August}, b: policy.Period{From: time.June, To: time.November},
			want: policy.Period{From: time.June, To: time.August}, ok: true},
		{name: "one month in common", desc: "1–6月与6–12月：6月 / sharing June alone", clause: "0",
			a: policy.Period{From: time.January, To: time.June}, b: policy.Period{From: time.June, To: time.December},
			want: policy.Month(time.June), ok: true},
		{name: "disjoint", desc: "1–3月与4–12月：无交集 / no months in common", clause: "0",
			a: policy.Period{From: time.January, To: time.March}, b: policy.Period{From: time.April, To: time.December},
			want: policy.Period{From: time.April, To: time.March}, ok: false},
		{name: "two zeros", desc: "两个全年：全年 / two whole years", clause: "0",
			a: policy.Period{}, b: policy.Period{}, want: policy.Year, ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.a.Intersect(tc.b)
			if got != tc.want || ok != tc.ok {
				t.Errorf("%s: Intersect = %v, %v; want %v, %v", tc.desc, got, ok, tc.want, tc.ok)
			}
			if back, okBack := tc.b.Intersect(tc.a); back != got || okBack != ok {
				t.Errorf("%s: Intersect is not symmetric: %v, %v", tc.desc, back, okBack)
			}
		})
	}
}

// TestCheckInForce is section 0's refusal of a run of months a programme
// cannot assess: a run or months in force that are not a run of months of
// one year, and a run reaching into months no set is in force in.
func TestCheckInForce(t *testing.T) {
	tests := []struct {
		name       string
		desc       string
		clause     policy.Clause
		run, force policy.Period
		want       string // the error, "" for none
	}{
		{name: "whole year", desc: "全年均生效，评估全年 / in force all year, the year assessed", clause: "0"},
		{name: "run within", desc: "7–12月生效，评估9–12月 / in force July–December, September–December assessed", clause: "0",
			run: policy.Period{From: time.September, To: time.December}, force: policy.Period{From: time.July, To: time.December}},
		{name: "run equal", desc: "7–12月生效，评估7–12月 / in force July–December, July–December assessed", clause: "0",
			run: policy.Period{From: time.July, To: time.December}, force: policy.Period{From: time.July, To: time.December}},
		{name: "run before", desc: "7–12月生效，评估6–12月：6月无参数集生效 / in force July–December, June–December assessed: no set in June", clause: "0",
			run: policy.Period{From: time.June, To: time.December}, force: policy.Period{From: time.July, To: time.December},
			want: "inputs.period: 06–12 is not within the months in force 07–12"},
		{name: "run after", desc: "1–6月生效，评估3–8月：7、8月无参数集生效 / in force January–June, March–August assessed: no set in July and August", clause: "0",
			run: policy.Period{From: time.March, To: time.August}, force: policy.Period{From: time.January, To: time.June},
			want: "inputs.period: 03–08 is not within the months in force 01–06"},
		{name: "run ending early", desc: "1–9月生效，评估1–6月 / in force January–September, January–June assessed", clause: "0",
			run: policy.Period{From: time.January, To: time.June}, force: policy.Period{From: time.January, To: time.September}},
		{name: "whole year, in force from July", desc: "7–12月生效，评估全年 / in force July–December, the whole year assessed", clause: "0",
			force: policy.Period{From: time.July, To: time.December},
			want:  "inputs.period: 01–12 is not within the months in force 07–12"},
		{name: "bad run", desc: "评估期间10–3月不是一年内的连续月份 / a run of October–March is no run of one year", clause: "0",
			run:  policy.Period{From: time.October, To: time.March},
			want: "inputs.period: 10–03 is not a run of months of one year"},
		{name: "bad months in force", desc: "生效期间13月无效 / months in force ending in month 13", clause: "0",
			force: policy.Period{From: time.January, To: 13},
			want:  "inputs.in_force: 01–13 is not a run of months of one year"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if err := policy.CheckInForce(tc.run, tc.force); err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("%s: CheckInForce = %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}
