package tekun_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestAlone is POLICY.md section 0: a 特困 person is assessed alone and is
// outside the 低保 household; the API takes the person, and the household
// convenience returns one result per supported member.
func TestAlone(t *testing.T) {
	type result struct {
		Member  string
		Outcome policy.Outcome
		Why     string
		Lines   []line
	}
	resultsOf := func(rs []*tekun.Result) []result {
		var out []result
		for _, r := range rs {
			out = append(out, result{r.Member, r.Decision.Outcome, r.Decision.Explanation.Render(policy.ZH), linesOf(r)})
		}
		return out
	}
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
			rs, err := tekun.AssessHousehold(tc.h, on, tekun.Default2017())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, resultsOf(rs)); diff != "" {
				t.Errorf("%s\nresults (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestNotSupported: a member handed to Assess who is not under support gets
// an ineligible decision and no lines.
func TestNotSupported(t *testing.T) {
	r := assess(t, &household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}, nil)
	got := []string{string(r.Decision.Outcome), r.Decision.Explanation.Render(policy.EN), r.Total().StringFixed(2)}
	if diff := cmp.Diff([]string{"ineligible", "not under 特困 support", "0.00"}, got); diff != "" || len(r.Lines) != 0 {
		t.Errorf("未纳入特困供养 / not supported (-want +got):\n%s\nlines %v", diff, r.Lines)
	}
}

// TestDoesNotModify: assessment leaves the record and the parameters as
// they were.
func TestDoesNotModify(t *testing.T) {
	m := selfCare(resident("t3", household.HomeClass2, 7), household.SelfCareNone)
	p := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	before, pb := *m, *p
	assess(t, m, p)
	if diff := cmp.Diff(before, *m); diff != "" {
		t.Errorf("member changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(pb, *p); diff != "" {
		t.Errorf("params changed (-before +after):\n%s", diff)
	}
}
