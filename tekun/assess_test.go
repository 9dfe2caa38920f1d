package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// result is one member's part of a result as the tables state it: the
// decision and the member's lines.
type result struct {
	Member  string
	Outcome policy.Outcome
	Why     string
	Lines   []line
}

// resultsOf splits a result by member, in the order of its decisions.
func resultsOf(r *tekun.Result) []result {
	var out []result
	for _, d := range r.Decisions {
		var ls []line
		for l := range r.LinesOf(policy.Select{Member: d.Member()}) {
			ls = append(ls, lineOf(l))
		}
		out = append(out, result{d.Member(), d.Outcome(), d.Explanation().Render(policy.ZH), ls})
	}
	return out
}

// TestAlone is POLICY.md section 0: a 特困 person is assessed alone and is
// outside the 低保 household; the result has one decision per supported
// member, with the member's own lines.
func TestAlone(t *testing.T) {
	ordinary := household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1),
		Incomes: []household.Income{{Category: household.Wages, Amount: d("4500.00")}}}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   []result
	}{
		{
			name: "mixed household", clause: "0",
			desc: "一户三人，两人特困：各自单独评估，不属于低保家庭 / two 特困 members of three: each assessed alone",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{
				*dispersed("t1", 0), ordinary, *resident("t3", household.HomeClass2, 0)}},
			want: []result{
				{"t1", policy.Eligible, "特困供养人员（分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
					[]line{{tekun.ItemDispersed, "t1", policy.PayMember, "3622.00", 12}}},
				{"t3", policy.Eligible, "特困供养人员（集中供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
					[]line{{tekun.ItemQuota, "t3", policy.PayInstitution, "6000.00", 12}}},
			},
		},
		{
			name: "no supported member", clause: "0",
			desc: "无特困成员：无结果 / no 特困 member: no results",
			h:    &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{ordinary}},
			want: nil,
		},
		{
			name: "person without a household", clause: "0",
			desc: "无户籍人员：仅临时救助和转介 / a person without a household: temporary aid and referral only",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true,
				Members: []household.Member{*dispersed("t1", 0)}},
			want: []result{{"t1", policy.Ineligible, "无户籍人员（流浪乞讨等）：仅临时救助和转介服务", nil}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(tc.h, nil, tekun.Inputs{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, resultsOf(&r)); diff != "" {
				t.Errorf("%s\nresults (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestNotSupported: a member who is not under support gets nothing: no
// decision, no lines.
func TestNotSupported(t *testing.T) {
	r := assess(t, &household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}, nil)
	if len(r.Lines)+len(r.Decisions)+len(r.Findings) != 0 || r.Total().StringFixed(2) != "0.00" {
		t.Errorf("未纳入特困供养：无结果 / not supported: got %q, total %s", jsonOf(r), r.Total())
	}
}

// TestPeriod: the lines cover the months of the assessed period that the
// support covers, January to m for a person supported m months, each
// paying its annual amount × those months ÷ 12, rounded once; the decision
// stands even when the support covers none of the assessed months.
func TestPeriod(t *testing.T) {
	type covered struct {
		Annual   string
		From, To time.Month
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		period  policy.Period
		want    []covered
		explain string // the first line's explanation
	}{
		{
			name: "whole year, assessed January to June", clause: "0",
			desc:    "全年供养，评估1–6月：3622×6÷12=1811 / supported all year, assessed January–June: 1811.00",
			m:       dispersed("t1", 0),
			period:  policy.Period{From: time.January, To: time.June},
			want:    []covered{{"1811.00", time.January, time.June}},
			explain: "分散供养基本生活标准 3622.00 元/年，供养 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元，付本人",
		},
		{
			name: "five months, assessed March to December", clause: "0",
			desc:    "供养5个月，评估3–12月：3–5月，3622×3÷12=905.50 / five months, assessed March–December: March–May, 905.50",
			m:       dispersed("t1", 5),
			period:  policy.Period{From: time.March, To: time.December},
			want:    []covered{{"905.50", time.March, time.May}},
			explain: "分散供养基本生活标准 3622.00 元/年，供养 3 个月：3622.00 × 3 ÷ 12 = 905.50 元，付本人",
		},
		{
			name: "five months, the whole year", clause: "0",
			desc:    "供养5个月，评估全年：1–5月 / five months, the whole year: January–May",
			m:       dispersed("t1", 5),
			want:    []covered{{"1509.17", time.January, time.May}},
			explain: "分散供养基本生活标准 3622.00 元/年，供养 5 个月：3622.00 × 5 ÷ 12 = 1509.17 元，付本人",
		},
		{
			name: "three months, assessed July to December", clause: "0",
			desc:   "供养3个月，评估7–12月：无行 / three months, assessed July–December: no line",
			m:      resident("t3", household.HomeClass2, 3),
			period: policy.Period{From: time.July, To: time.December},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(alone(tc.m), nil, tekun.Inputs{Period: tc.period})
			if err != nil {
				t.Fatal(err)
			}
			var got []covered
			for _, l := range r.Lines {
				p := l.Period()
				got = append(got, covered{l.Annual().StringFixed(2), p.From, p.To})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if len(r.Decisions) != 1 || r.Decisions[0].Outcome() != policy.Eligible {
				t.Errorf("%s: decisions %q, want one eligible", tc.desc, jsonOf(&r))
			}
			if tc.explain != "" {
				if got := r.Lines[0].Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\nexplanation = %q\nwant          %q", tc.desc, got, tc.explain)
				}
			}
		})
	}
}

// TestDoesNotModify: assessment leaves the record and the parameters as
// they were.
func TestDoesNotModify(t *testing.T) {
	h := alone(selfCare(resident("t3", household.HomeClass2, 7), household.SelfCareNone))
	p := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	before, pb := *h, *p
	before.Members = append([]household.Member(nil), h.Members...)
	if _, err := assessHousehold(h, p, tekun.Inputs{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, *h); diff != "" {
		t.Errorf("record changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(pb, *p); diff != "" {
		t.Errorf("params changed (-before +after):\n%s", diff)
	}
}
