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

// tekunFor returns a member in dispersed 特困 support over the months from
// to (nil p: the whole year).
func tekunFor(id string, p *household.MonthPeriod) household.Member {
	return household.Member{ID: id, BirthDate: household.NewDate(1950, 1, 1),
		Tekun: household.Tekun{Mode: household.TekunDispersed, Period: p}}
}

// checkedOn checks a household of the members for 2017-09-01.
func checkedOn(t *testing.T, members ...household.Member) household.Checked {
	t.Helper()
	h := &household.Household{ID: "H-RUNS", Township: "尧渡镇", Members: members}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// between returns the months from to to of 2017-style year-months; a zero
// to leaves the end open.
func between(from, to household.YearMonth) *household.MonthPeriod {
	return &household.MonthPeriod{From: from, To: to}
}

// TestTekunIn is section 0 on a member's 特困 months: the support's period
// clipped to the year, none without a mode or for a period wholly outside
// the year.
func TestTekunIn(t *testing.T) {
	ym := household.NewYearMonth
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		tekun  household.Tekun
		want   string // the months of 2017, or "none"
	}{
		{name: "no support", clause: "2.2.1", desc: "未供养：无特困月份 / no mode of support: no 特困 months",
			tekun: household.Tekun{Period: between(ym(2017, time.March), ym(2017, time.August))}, want: "none"},
		{name: "the whole year", clause: "0", desc: "分散供养、未填期间：全年 / dispersed support with no period: the whole year",
			tekun: household.Tekun{Mode: household.TekunDispersed}, want: "01–12"},
		{name: "March to August", clause: "0", desc: "2017-03至2017-08：3–8月 / March to August 2017",
			tekun: household.Tekun{Mode: household.TekunDispersed, Period: between(ym(2017, time.March), ym(2017, time.August))},
			want:  "03–08"},
		{name: "centralized from the year before", clause: "0", desc: "集中供养2016-10起：全年 / centralized from October 2016: the whole of 2017",
			tekun: household.Tekun{Mode: household.TekunCentralized, Period: between(ym(2016, time.October), household.YearMonth{})},
			want:  "01–12"},
		{name: "wholly in 2018", clause: "0", desc: "2018-01起：2017年无特困月份 / from January 2018: no 特困 month in 2017",
			tekun: household.Tekun{Mode: household.TekunDispersed, Period: between(ym(2018, time.January), household.YearMonth{})},
			want:  "none"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := "none"
			if p, ok := tc.tekun.In(2017); ok {
				got = p.String()
			}
			if got != tc.want {
				t.Errorf("%s: In(2017) = %s, want %s", tc.desc, got, tc.want)
			}
		})
	}
}

// TestSupportRuns is section 0 month by month: a run of months is split at
// every month where some member's 特困 support starts or ends, so that in
// each run every member is in the 低保 household in every month or in none.
func TestSupportRuns(t *testing.T) {
	ym := household.NewYearMonth
	marchToAugust := tekunFor("m2", between(ym(2017, time.March), ym(2017, time.August)))
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		members []household.Member
		period  policy.Period
		want    []string
	}{
		{name: "no support", clause: "0", desc: "无特困成员：全年一段 / no member under 特困 support: the year in one run",
			members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)}}, want: []string{"01–12"}},
		{name: "support all year", clause: "0", desc: "全年特困：全年一段 / support all year: one run",
			members: []household.Member{tekunFor("m1", nil)}, want: []string{"01–12"}},
		{name: "before, during and after", clause: "0",
			desc:    "m2 2017-03至2017-08特困：1–2月、3–8月、9–12月 / m2 supported March–August: January–February, March–August, September–December",
			members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)}, marchToAugust},
			want:    []string{"01–02", "03–08", "09–12"}},
		{name: "within a run", clause: "0", desc: "评估2–10月：2月、3–8月、9–10月 / the run February–October: February, March–August, September–October",
			members: []household.Member{marchToAugust}, period: policy.Period{From: time.February, To: time.October},
			want: []string{"02–02", "03–08", "09–10"}},
		{name: "a run inside the support", clause: "0", desc: "评估4–6月，全在特困期内：一段 / the run April–June, all supported: one run",
			members: []household.Member{marchToAugust}, period: policy.Period{From: time.April, To: time.June},
			want: []string{"04–06"}},
		{name: "from July and into the next year", clause: "0",
			desc:    "m1 2017-07至2018-06、m2 2017-03至2017-08：1–2、3–6、7–8、9–12月 / m1 from July 2017 into 2018, m2 March–August: four runs",
			members: []household.Member{tekunFor("m1", between(ym(2017, time.July), ym(2018, time.June))), marchToAugust},
			want:    []string{"01–02", "03–06", "07–08", "09–12"}},
		{name: "wholly in 2018", clause: "0", desc: "2018-01起特困：2017年不分段 / supported from January 2018: 2017 in one run",
			members: []household.Member{tekunFor("m1", between(ym(2018, time.January), household.YearMonth{}))},
			want:    []string{"01–12"}},
		{name: "one month", clause: "0", desc: "仅2017-12特困：1–11月、12月 / supported in December 2017 only: January–November, December",
			members: []household.Member{tekunFor("m1", between(ym(2017, time.December), ym(2017, time.December)))},
			want:    []string{"01–11", "12–12"}},
		{name: "not a run", clause: "0", desc: "倒置的评估期间：无 / a reversed period: no run",
			members: []household.Member{marchToAugust}, period: policy.Period{From: time.June, To: time.May}, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runs, n := checkedOn(t, tc.members...).SupportRuns(tc.period)
			var got []string
			for _, r := range runs[:n] {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nruns (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestSupportRunsZero: the zero Checked holds no member, so its run is p.
func TestSupportRunsZero(t *testing.T) {
	runs, n := household.Checked{}.SupportRuns(policy.Period{})
	if n != 1 || runs[0] != policy.Year {
		t.Errorf("SupportRuns on the zero Checked = %v, %d; want the year", runs[:n], n)
	}
}

// TestSupportRunsAllocs: SupportRuns allocates nothing.
func TestSupportRunsAllocs(t *testing.T) {
	c := checkedOn(t, tekunFor("m1", between(household.NewYearMonth(2017, time.March), household.NewYearMonth(2017, time.August))))
	if a := testing.AllocsPerRun(100, func() { c.SupportRuns(policy.Period{}) }); a != 0 {
		t.Errorf("SupportRuns allocates %v times, want 0", a)
	}
}

// TestSupportedIn is section 0 for one run: a member is outside the 低保
// household in a run his 特困 months cover, an ordinary member in one they
// miss, and a run they cover only in part is an error naming his period.
func TestSupportedIn(t *testing.T) {
	ym := household.NewYearMonth
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		member    household.Member
		period    policy.Period
		supported bool
		wantErr   string // the error's text, "" for none
	}{
		{name: "before", clause: "0", desc: "3–8月特困，评估1–2月：普通成员 / supported March–August, run January–February: an ordinary member",
			member: tekunFor("m1", between(ym(2017, time.March), ym(2017, time.August))),
			period: policy.Period{From: time.January, To: time.February}},
		{name: "during", clause: "0", desc: "3–8月特困，评估3–8月：特困 / supported March–August, run March–August: supported",
			member: tekunFor("m1", between(ym(2017, time.March), ym(2017, time.August))),
			period: policy.Period{From: time.March, To: time.August}, supported: true},
		{name: "after", clause: "0", desc: "3–8月特困，评估9–12月：普通成员 / supported March–August, run September–December: an ordinary member",
			member: tekunFor("m1", between(ym(2017, time.March), ym(2017, time.August))),
			period: policy.Period{From: time.September, To: time.December}},
		{name: "whole year support", clause: "0", desc: "全年特困，评估全年：特困 / supported all year, the whole year: supported",
			member: tekunFor("m1", nil), supported: true},
		{name: "not supported", clause: "0", desc: "非特困：普通成员 / not under support: an ordinary member",
			member: household.Member{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)}},
		{name: "wholly in 2018", clause: "0", desc: "2018-01起特困，评估2017全年：普通成员 / supported from January 2018, all of 2017: an ordinary member",
			member: tekunFor("m1", between(ym(2018, time.January), household.YearMonth{}))},
		{name: "part of the run", clause: "0",
			desc:   "3–8月特困，评估全年：仅覆盖部分月份，报错 / supported March–August, the whole year assessed: covers only part of it, an error",
			member: tekunFor("m1", between(ym(2017, time.March), ym(2017, time.August))),
			wantErr: "members[0].tekun.period: 2017-03 to 2017-08 covers only part of inputs.period 01–12 (the 特困 months of 2017 are 03–08): " +
				"assess the months before, during and after the support separately (household.Checked.SupportRuns)"},
		{name: "open end, part of the run", clause: "0",
			desc:   "2017-07起特困，评估6–7月：报错 / supported from July, run June–July: an error",
			member: tekunFor("m1", between(ym(2017, time.July), household.YearMonth{})),
			period: policy.Period{From: time.June, To: time.July},
			wantErr: "members[0].tekun.period: from 2017-07 covers only part of inputs.period 06–07 (the 特困 months of 2017 are 07–12): " +
				"assess the months before, during and after the support separately (household.Checked.SupportRuns)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := checkedOn(t, tc.member).SupportedIn(0, tc.period)
			if tc.wantErr == "" {
				if err != nil || got != tc.supported {
					t.Errorf("%s: SupportedIn = %v, %v; want %v, nil", tc.desc, got, err, tc.supported)
				}
				return
			}
			fes := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fes) != 1 || fes[0].Type != policy.ErrorInvalid ||
				fes[0].Path != "members[0].tekun.period" || err.Error() != tc.wantErr {
				t.Errorf("%s: SupportedIn error\n%v\nwant\n%s", tc.desc, err, tc.wantErr)
			}
		})
	}
}

// TestSupportRunsAreWhole: over every pair of 特困 periods and every run of
// months, each run SupportRuns returns is one every member is supported in
// wholly or not at all, and the runs cover the run in order.
func TestSupportRunsAreWhole(t *testing.T) {
	ym := household.NewYearMonth
	for a := time.January; a <= time.December; a++ {
		for b := a; b <= time.December; b++ {
			for from := time.January; from <= time.December; from++ {
				for to := from; to <= time.December; to += 3 {
					c := checkedOn(t, tekunFor("m1", between(ym(2017, a), ym(2017, b))),
						tekunFor("m2", between(ym(2017, b), household.YearMonth{})))
					p := policy.Period{From: from, To: to}
					runs, n := c.SupportRuns(p)
					next := from
					for _, r := range runs[:n] {
						if r.From != next || r.To < r.From {
							t.Fatalf("support %d–%d, run %s: runs %v do not cover it in order", a, b, p, runs[:n])
						}
						next = r.To + 1
						for i := range 2 {
							if _, err := c.SupportedIn(i, r); err != nil {
								t.Fatalf("support %d–%d, run %s: %v", a, b, r, err)
							}
						}
					}
					if next != to+1 {
						t.Fatalf("support %d–%d, run %s: runs %v end at %d", a, b, p, runs[:n], next-1)
					}
				}
			}
		}
	}
}

func ExampleTekun_In() {
	t := household.Tekun{Mode: household.TekunDispersed,
		Period: &household.MonthPeriod{From: household.NewYearMonth(2017, 3), To: household.NewYearMonth(2017, 8)}}
	p, ok := t.In(2017)
	fmt.Println(p, ok)
	_, ok = t.In(2018)
	fmt.Println(ok)
	// Output:
	// 03–08 true
	// false
}

// InHome gives the months a member in centralized support lives in the
// nursing home (2.2.2): here his support runs all year and his stay begins
// in May, so he is in the home from May and in dispersed support before.
// A member in dispersed support is never in the home.
func ExampleTekun_InHome() {
	t := household.Tekun{Mode: household.TekunCentralized,
		Stay: &household.MonthPeriod{From: household.NewYearMonth(2017, 5)}}
	p, ok := t.InHome(2017)
	fmt.Println(p, ok)
	t.Mode = household.TekunDispersed
	_, ok = t.InHome(2017)
	fmt.Println(ok)
	// Output:
	// 05–12 true
	// false
}

func ExampleChecked_SupportRuns() {
	h := &household.Household{ID: "H-EX", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1970, 1, 1)},
		{ID: "m2", BirthDate: household.NewDate(1945, 1, 1), Tekun: household.Tekun{Mode: household.TekunDispersed,
			Period: &household.MonthPeriod{From: household.NewYearMonth(2017, 3), To: household.NewYearMonth(2017, 8)}}},
	}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	runs, n := c.SupportRuns(policy.Period{}) // the whole year
	for _, r := range runs[:n] {
		supported, _ := c.SupportedIn(1, r)
		fmt.Println(r, supported)
	}
	_, err = c.SupportedIn(1, policy.Year) // the whole year at once
	fmt.Println(err)
	// Output:
	// 01–02 false
	// 03–08 true
	// 09–12 false
	// members[1].tekun.period: 2017-03 to 2017-08 covers only part of inputs.period 01–12 (the 特困 months of 2017 are 03–08): assess the months before, during and after the support separately (household.Checked.SupportRuns)
}
