package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestNotThisYear is 2.2.1 with section 0: a member recorded in 特困
// support whose period covers no month of the assessed year is not under
// 特困 support this year — one ineligible decision naming the period, made
// in the run that contains the assessment date's month (2017-09-01), no
// line, no "供养 0 个月" — and a run that the support shares no month with
// has nothing of his, not even a self-care level to check for the care
// subsidy.
func TestNotThisYear(t *testing.T) {
	care := with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "600.00") })
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		p       *tekun.Params
		period  policy.Period
		why     string // the one decision's explanation, ineligible; "" for no decision
		support string
	}{
		{
			name: "supported in 2016 only", clause: "2.2.1",
			desc: "供养期间2016-01至2016-12，评估2017年：本年不是特困供养人员，无行，供养金 0.00 / supported in 2016 only: not under 特困 support in 2017, no line, 0.00",
			m:    dispersed("t1", span("2016-01", "2016-12")),
			why:  "特困供养期间2016-01至2016-12，不含 2017 年的任何月份：本年不是特困供养人员", support: "0.00",
		},
		{
			name: "supported from 2018", clause: "2.2.1",
			desc: "二类敬老院自2018-02起集中供养，评估2017年：本年不是特困供养人员 / centralized in a class-2 home from February 2018: not under 特困 support in 2017",
			m:    resident("t3", household.HomeClass2, span("2018-02", "")),
			why:  "特困供养期间2018-02起，不含 2017 年的任何月份：本年不是特困供养人员", support: "0.00",
		},
		{
			name: "said in the assessment date's run", clause: "2.2.1",
			desc:   "2018-01起供养，评估7–12月（含评估日9月）：作出该决定 / from January 2018, run July–December, which holds September: the decision is made",
			m:      dispersed("t1", span("2018-01", "")),
			period: policy.Period{From: time.July, To: time.December},
			why:    "特困供养期间2018-01起，不含 2017 年的任何月份：本年不是特困供养人员", support: "0.00",
		},
		{
			name: "not said again in another run", clause: "2.2.1",
			desc:    "2018-01起供养，评估1–6月（不含评估日9月）：无决定、无行 / from January 2018, run January–June, without September: no decision, no line",
			m:       dispersed("t1", span("2018-01", "")),
			period:  policy.Period{From: time.January, To: time.June},
			support: "0.00",
		},
		{
			name: "no self-care level needed outside the support", clause: "2.2.1",
			desc: "已建立护理补贴、未填自理程度，2016年供养：本年不需要，无错误 / care subsidy configured, no self-care level, supported in 2016: not needed in 2017, no error",
			m:    dispersed("t1", span("2016-03", "2016-08")),
			p:    care,
			why:  "特困供养期间2016-03至2016-08，不含 2017 年的任何月份：本年不是特困供养人员", support: "0.00",
		},
		{
			name: "no self-care level needed in a run without support", clause: "2.2.1",
			desc:    "已建立护理补贴、未填自理程度，3–8月供养，评估9–12月：本段无供养，无错误、无决定 / care configured, no level, supported March–August, run September–December: nothing in this run, no error",
			m:       dispersed("t1", months(time.March, time.August)),
			p:       care,
			period:  policy.Period{From: time.September, To: time.December},
			support: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(alone(tc.m), tc.p, tekun.Inputs{Period: tc.period})
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			var why []string
			for _, d := range r.Decisions {
				if d.Outcome() != policy.Ineligible || d.Member() != tc.m.ID {
					t.Errorf("%s: decision %s for %s, want ineligible", tc.desc, d.Outcome(), d.Member())
				}
				why = append(why, d.Explanation().Render(policy.ZH))
			}
			var want []string
			if tc.why != "" {
				want = []string{tc.why}
			}
			if diff := cmp.Diff(want, why); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			if len(r.Lines) != 0 || r.Support().StringFixed(2) != tc.support {
				t.Errorf("%s: %d lines, support %s; want none, %s", tc.desc, len(r.Lines), r.Support().StringFixed(2), tc.support)
			}
		})
	}
}
