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

// TestAlone is RULES.md section 0: a 特困 person is assessed alone and is
// outside the 低保 household; the result has one decision per supported
// member, with the member's own lines, and no line of anyone else: a
// member not under support gets no decision, no line and no finding.
func TestAlone(t *testing.T) {
	ordinary := household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1),
		Incomes: []household.Income{{Category: household.Wages, Amount: d("4500.00")}}}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		p        *tekun.Params // nil for Default2017
		want     []result
		total    string
		findings []finding
	}{
		{
			name: "mixed household", clause: "0",
			desc: "一户三人，两人特困：各自单独评估，不属于低保家庭 / two 特困 members of three: each assessed alone",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{
				*dispersed("t1", nil), ordinary, *resident("t3", household.HomeClass2, nil)}},
			want: []result{
				{Member: "t1", Outcome: policy.Eligible, Why: "特困供养人员（分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
					Lines: []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}}},
				{Member: "t3", Outcome: policy.Eligible, Why: "特困供养人员（集中供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
					Lines: []line{{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "6000.00", Months: 12}}},
			},
			total: "9622.00",
		},
		{
			name: "no supported member", clause: "0",
			desc: "无特困成员：无结果 / no 特困 member: no results",
			h:    &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{ordinary}},
			want: nil, total: "0.00",
		},
		{
			name: "member not under support", clause: "0",
			desc: "一人户，本人未纳入特困供养：无决定、无行、无发现，合计0.00 / a household of one not under 特困 support: no decision, no line, no finding, total 0.00",
			h:    alone(&household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1)}),
			want: nil, total: "0.00",
		},
		{
			name: "person without a household", clause: "0",
			desc: "无固定住所的个人：仅临时救助和转介 / a person without a household: temporary aid and referral only",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true,
				Members: []household.Member{*dispersed("t1", nil)}},
			want:  []result{{Member: "t1", Outcome: policy.Ineligible, Why: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务"}},
			total: "0.00",
		},
		{
			name: "person without a household, care configured", clause: "0",
			desc: "已建立护理补贴、无固定住所的个人未记录自理程度：不要求，仍仅临时救助和转介 / care configured, a person without a household with no self-care level: not asked for one, temporary aid and referral only",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true,
				Members: []household.Member{*dispersed("t1", nil)}},
			p:     with(func(p *tekun.Params) { p.Care.Full = local("tekun.care.full", "300.00") }),
			want:  []result{{Member: "t1", Outcome: policy.Ineligible, Why: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务"}},
			total: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(tc.h, tc.p, tekun.Inputs{})
			if err != nil {
				t.Fatal(err)
			}
			results := resultsOf(&r)
			if diff := cmp.Diff(tc.want, results); diff != "" {
				t.Errorf("%s\n结果 / results (-want +got):\n%s", tc.desc, diff)
			}
			n := 0
			for _, x := range results {
				n += len(x.Lines)
			}
			if n != len(r.Lines) {
				t.Errorf("%s\n有不属于任何决定的行 / lines of no decided member: %d of %d\n%s", tc.desc, len(r.Lines)-n, len(r.Lines), jsonOf(&r))
			}
			if got := r.Total().StringFixed(2); got != tc.total {
				t.Errorf("%s\n合计 / total = %s, want %s", tc.desc, got, tc.total)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(&r)); diff != "" {
				t.Errorf("%s\n发现 / findings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestPeriod is section 0 for 特困 support: every line covers the months
// of the assessed run that the support covers (Tekun.Period clipped to the
// year ∩ in.Period), each paying round(R × k ÷ 12) for its k months; the
// decision's "供养 m 个月" counts the months of the support in the year,
// whatever the run. A run the support shares no month with has neither
// line nor decision (see TestNotThisYear for a support in no month of the
// year).
func TestPeriod(t *testing.T) {
	type covered struct {
		Item     policy.Item
		Annual   string
		From, To time.Month
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		m       *household.Member
		period  policy.Period
		inForce policy.Period // the months some set is in force in; the zero Period, the whole year
		want    []covered
		why     string // the decision's explanation
		explain string // the first line's explanation
	}{
		{
			name: "whole year, assessed January to June", clause: "0",
			desc:    "全年供养，评估1–6月：3622 × 6 ÷ 12 = 1811.00 / supported all year, assessed January–June: 1811.00",
			m:       dispersed("t1", nil),
			period:  policy.Period{From: time.January, To: time.June},
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "1811.00", From: time.January, To: time.June}},
			why:     "特困供养人员（分散供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；1–6月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元",
		},
		{
			name: "dispersed from July, the whole year", clause: "0",
			desc:    "自2017-07起分散供养，评估全年：7–12月，3622.00 × 6 ÷ 12 = 1811.00 / dispersed from 2017-07: July–December, 1811.00",
			m:       dispersed("t1", months(time.July, 0)),
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "1811.00", From: time.July, To: time.December}},
			why:     "特困供养人员（分散供养），供养 6 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；7–12月共 6 个月：3622.00 × 6 ÷ 12 = 1811.00 元",
		},
		{
			name: "class-2 home March to October", clause: "2.2.2",
			desc:    "二类敬老院2017-03至2017-10：6000.00 × 8 ÷ 12 = 4000.00 / a class-2 home from March to October: 4000.00",
			m:       resident("t3", household.HomeClass2, months(time.March, time.October)),
			want:    []covered{{Item: tekun.ItemQuota, Annual: "4000.00", From: time.March, To: time.October}},
			why:     "特困供养人员（集中供养），供养 8 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01；3–10月共 8 个月：6000.00 × 8 ÷ 12 = 4000.00 元",
		},
		{
			name: "March to October, assessed July to December", clause: "0",
			desc:    "供养3–10月，评估7–12月：7–10月，3622 × 4 ÷ 12 = 1207.333…→1207.33 / March–October assessed July–December: July–October, 1207.33",
			m:       dispersed("t1", months(time.March, time.October)),
			period:  policy.Period{From: time.July, To: time.December},
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "1207.33", From: time.July, To: time.October}},
			why:     "特困供养人员（分散供养），供养 8 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；7–10月共 4 个月：3622.00 × 4 ÷ 12 = 1207.33 元",
		},
		{
			name: "January to May, assessed March to December", clause: "0",
			desc:    "供养1–5月，评估3–12月：3–5月，3622 × 3 ÷ 12 = 905.50 / January–May, assessed March–December: March–May, 905.50",
			m:       dispersed("t1", months(time.January, time.May)),
			period:  policy.Period{From: time.March, To: time.December},
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "905.50", From: time.March, To: time.May}},
			why:     "特困供养人员（分散供养），供养 5 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；3–5月共 3 个月：3622.00 × 3 ÷ 12 = 905.50 元",
		},
		{
			name: "whole year, the first set from March", clause: "0",
			desc:    "全年供养，参数集 3 月起施行，评估3–6月：决定计在用月份 3–12 月共 10 个月；本段 3622 × 4 ÷ 12 = 1207.33 / supported all year under sets in force from March, assessed March–June: the decision counts the 10 months in force, 3–12; this run pays 1207.33",
			m:       dispersed("t1", nil),
			period:  policy.Period{From: time.March, To: time.June},
			inForce: policy.Period{From: time.March, To: time.December},
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "1207.33", From: time.March, To: time.June}},
			why:     "特困供养人员（分散供养），供养 10 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；3–6月共 4 个月：3622.00 × 4 ÷ 12 = 1207.33 元",
		},
		{
			name: "January to May, the first set from March", clause: "0",
			desc:    "供养1–5月，参数集 3 月起施行：决定计在用的 3–5 月共 3 个月，3622 × 3 ÷ 12 = 905.50 / January–May under sets in force from March: the decision counts the 3 months in force, March–May; 905.50",
			m:       dispersed("t1", months(time.January, time.May)),
			period:  policy.Period{From: time.March, To: time.December},
			inForce: policy.Period{From: time.March, To: time.December},
			want:    []covered{{Item: tekun.ItemDispersed, Annual: "905.50", From: time.March, To: time.May}},
			why:     "特困供养人员（分散供养），供养 3 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			explain: "分散供养基本生活标准：3622.00 元/年，付本人；3–5月共 3 个月：3622.00 × 3 ÷ 12 = 905.50 元",
		},
		{
			name: "January to March, assessed July to December", clause: "0",
			desc:   "供养1–3月，评估7–12月：本段无行、无决定 / January–March, assessed July–December: neither line nor decision in this run",
			m:      resident("t3", household.HomeClass2, months(time.January, time.March)),
			period: policy.Period{From: time.July, To: time.December},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(alone(tc.m), nil, tekun.Inputs{Period: tc.period, InForce: tc.inForce})
			if err != nil {
				t.Fatal(err)
			}
			var got []covered
			for _, l := range r.Lines {
				p := l.Period()
				got = append(got, covered{l.Item(), l.Annual().StringFixed(2), p.From, p.To})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if tc.why == "" {
				if len(r.Decisions) != 0 {
					t.Errorf("%s: decisions %q, want none", tc.desc, jsonOf(&r))
				}
				return
			}
			if len(r.Decisions) != 1 || r.Decisions[0].Outcome() != policy.Eligible {
				t.Fatalf("%s: decisions %q, want one eligible", tc.desc, jsonOf(&r))
			}
			if got := r.Decisions[0].Explanation().Render(policy.ZH); got != tc.why {
				t.Errorf("%s\ndecision = %q\nwant       %q", tc.desc, got, tc.why)
			}
			if tc.explain != "" && len(r.Lines) > 0 {
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
	h := alone(selfCare(resident("t3", household.HomeClass2, months(time.January, time.July)), household.SelfCareNone))
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
