package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// finding is a finding as the tables state it.
type finding struct {
	Kind   policy.FindingKind
	Item   policy.Item
	Member string
	Why    string
}

func findingsOf(r *tekun.Result) []finding {
	var out []finding
	for _, f := range r.Findings {
		out = append(out, finding{f.Kind(), f.Item(), f.Member(), f.Explanation().Render(policy.ZH)})
	}
	return out
}

// TestCare is the optional care subsidy of 2.2.1 ("探索建立…护理补贴制度"):
// off unless the county configures amounts per self-care level; paid like
// the basic line; a level the county has not set is not assessed.
func TestCare(t *testing.T) {
	// An invented county scheme: partial self-care 600.00, full care
	// 1200.00 a year; full self-care not set.
	scheme := func(p *tekun.Params) {
		p.Care.Partial = local("tekun.care.partial", "600.00")
		p.Care.None = local("tekun.care.none", "1200.00")
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		m        *household.Member
		p        *tekun.Params
		want     []line
		findings []finding
		explain  string // the care line's explanation
	}{
		{
			name: "off by default", clause: "2.2.1",
			desc: "未建立护理补贴：无护理补贴行 / not configured: no care line",
			m:    selfCare(dispersed("t1", nil), household.SelfCareNone),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12},
				{Item: tekun.ItemReferNursing, Member: "t1", Payee: policy.PayMember, Annual: "0.00", Months: 1}, // 2.2.2: full care is referred
			},
		},
		{
			name: "off, self-care not recorded", clause: "2.2.1",
			desc: "未建立护理补贴、未记录自理程度：不是错误 / off, no level recorded: not an error",
			m:    dispersed("t1", nil),
			want: []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
		},
		{
			name: "dispersed, partial self-care", clause: "2.2.1",
			desc: "分散供养半自理：护理补贴600元付本人 / dispersed, partial self-care: 600.00 to the person",
			m:    selfCare(dispersed("t1", nil), household.SelfCarePartial),
			p:    with(scheme),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12},
				{Item: tekun.ItemCare, Member: "t1", Payee: policy.PayMember, Annual: "600.00", Months: 12},
			},
			explain: "护理补贴（半自理）：600.00 元/年，付本人",
		},
		{
			name: "centralized, full care", clause: "2.2.1",
			desc: "一类敬老院全护理：护理补贴1200元付敬老院 / class-1 home, full care: 1200.00 to the home",
			m:    selfCare(resident("t3", household.HomeClass1, nil), household.SelfCareNone),
			p:    with(scheme),
			want: []line{
				{Item: tekun.ItemQuota, Member: "t3", Payee: policy.PayInstitution, Annual: "4800.00", Months: 12},
				{Item: tekun.ItemCare, Member: "t3", Payee: policy.PayInstitution, Annual: "1200.00", Months: 12},
				{Item: tekun.ItemReferNursing, Member: "t3", Payee: policy.PayMember, Annual: "0.00", Months: 1}, // 2.2.2: full care is referred
			},
			explain: "护理补贴（全护理）：1200.00 元/年，付供养机构 JLY-01",
		},
		{
			name: "part year, full care", clause: "2.2.1",
			desc: "全护理自2017-07起供养：护理1200 × 6 ÷ 12 = 600.00，基本生活3622 × 6 ÷ 12 = 1811.00 / from July: care 600.00, basic 1811.00",
			m:    selfCare(dispersed("t1", months(time.July, 0)), household.SelfCareNone),
			p:    with(scheme),
			want: []line{
				{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "1811.00", Months: 6},
				{Item: tekun.ItemCare, Member: "t1", Payee: policy.PayMember, Annual: "600.00", Months: 6},
				{Item: tekun.ItemReferNursing, Member: "t1", Payee: policy.PayMember, Annual: "0.00", Months: 1}, // 2.2.2: full care is referred
			},
			explain: "护理补贴（全护理）：1200.00 元/年，付本人；7–12月共 6 个月：1200.00 × 6 ÷ 12 = 600.00 元",
		},
		{
			name: "level not set is not assessed", clause: "2.2.1",
			desc: "全自理标准未设定：未评估，点名参数，不按0处理 / full self-care unset: not assessed, naming the parameter",
			m:    selfCare(dispersed("t1", nil), household.SelfCareFull),
			p:    with(scheme),
			want: []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
			findings: []finding{{Kind: policy.NotConfig, Item: tekun.ItemCare, Member: "t1",
				Why: "未评估：已建立护理补贴，但全自理的补贴标准 tekun.care.full 未设定（地方参数）"}},
		},
		{
			name: "level set to zero", clause: "2.2.1",
			desc: "全自理标准设为0：不发护理补贴，无未评估 / full self-care set to 0: no care line, nothing unassessed",
			m:    selfCare(dispersed("t1", nil), household.SelfCareFull),
			p: with(func(p *tekun.Params) {
				scheme(p)
				p.Care.Full = local("tekun.care.full", "0.00")
			}),
			want: []line{{Item: tekun.ItemDispersed, Member: "t1", Payee: policy.PayMember, Annual: "3622.00", Months: 12}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.m, tc.p)
			if diff := cmp.Diff(tc.want, linesOf(r)); diff != "" {
				t.Fatalf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if tc.explain != "" {
				if got := r.Lines[1].Explanation().Render(policy.ZH); got != tc.explain {
					t.Errorf("%s\ncare explanation = %q\nwant %q", tc.desc, got, tc.explain)
				}
				if u := r.Lines[1].Params(); len(u) != 1 || u[0].Provenance != policy.Local {
					t.Errorf("%s: care line params %+v, want one local parameter", tc.desc, u)
				}
			}
		})
	}
}
