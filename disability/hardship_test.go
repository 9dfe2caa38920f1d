package disability_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
)

// Options of holder: a child born in 2010, a county hardship level.
func child(m *household.Member) { m.BirthDate = household.NewDate(2010, 3, 1) }
func level(l string) func(*household.Member) {
	return func(m *household.Member) { m.HardshipLevel = l }
}

// county returns a county amount for a tier by hardship (the Assessor names
// it by its path in the set).
func county(v string) policy.Param[decimal.Decimal] {
	return policy.New("", d(v), policy.Local, "county notice (invented)")
}

// lineOf is a line with its explanation and the parameters it rests on.
type lineOf struct {
	Item    policy.Item
	Annual  string
	Prov    bool
	Explain string
	Params  []string
	Clauses []policy.Clause
}

func linesWith(r *disability.Result) []lineOf {
	var out []lineOf
	for _, l := range r.Lines {
		var params []string
		for _, u := range l.Params() {
			params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
		}
		out = append(out, lineOf{l.Item(), l.Annual().StringFixed(2), l.Provisional(),
			l.Explanation().Render(policy.ZH), params, l.Clauses()})
	}
	return out
}

var (
	c224  = []policy.Clause{policy.ClauseDisability}
	c2234 = []policy.Clause{policy.ClauseDisability, policy.ClauseChildren}
)

// TestIndividualRecipient: a child paid the full standard S on the
// individual switch (2.2.3) is a 低保 recipient on his own though the
// household is not covered, and counts as a member of a 低保 household for
// the living subsidy (2.2.4); no one else in the household does.
func TestIndividualRecipient(t *testing.T) {
	only := func(ids ...string) disability.Inputs { return disability.Inputs{LowIncomeMembers: ids} }
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		h       *household.Household
		in      disability.Inputs
		want    []lineOf
		why     []decided // each holder's living decision, in record order
	}{
		{
			name: "child paid S on the individual switch", clauses: []policy.Clause{"2.2.3", "2.2.4"},
			desc: "户未纳入低保，困境儿童个人享受低保（二级智力残疾）：生活补贴800.00（暂定） / household not covered, a child paid S on his own (grade 2 intellectual): living 800.00 (provisional)",
			h:    home(adult("a1"), holder("c1", household.Intellectual, 2, child)), in: only("c1"),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（二级）：800.00 元/年",
				Params: []string{"disability.living.grade2 800.00 provisional"}, Clauses: c2234}},
			why: []decided{{Outcome: policy.Eligible, Why: "二级智力残疾，本人享受低保（困境儿童全额享受）：按低保家庭成员享受困难残疾人生活补贴"}},
		},
		{
			name: "child on the individual switch, both subsidies", clauses: []policy.Clause{"2.2.3", "2.2.4"},
			desc: "个人享受低保的一级肢体残疾儿童需长期照护：生活800.00 + 护理60.00×12=720.00 / a child on his own, grade 1 needing care: living 800.00 + nursing 60.00 × 12 = 720.00",
			h:    home(adult("a1"), holder("c1", household.Physical, 1, child, care)), in: only("c1"),
			want: []lineOf{
				{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（一级）：800.00 元/年",
					Params: []string{"disability.living.grade1 800.00 provisional"}, Clauses: c2234},
				{Item: disability.ItemNursing, Annual: "720.00", Explain: "重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年",
					Params: []string{"disability.nursing.grade1 60.00 seed"}, Clauses: c224},
			},
			why: []decided{{Outcome: policy.Eligible, Why: "一级肢体残疾，本人享受低保（困境儿童全额享受）：按低保家庭成员享受困难残疾人生活补贴"}},
		},
		{
			name: "the child alone", clauses: []policy.Clause{"2.2.4"},
			desc: "同户另一持证成员不因儿童个人享受低保而享受 / another holder of the household does not qualify through the child",
			h:    home(holder("d1", household.Hearing, 3), holder("c1", household.Intellectual, 2, child)), in: only("c1"),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（二级）：800.00 元/年",
				Params: []string{"disability.living.grade2 800.00 provisional"}, Clauses: c2234}},
			why: []decided{
				{Outcome: policy.Ineligible, Why: "三级听力残疾，不是低保家庭成员，也不是建档立卡贫困户成员：不享受困难残疾人生活补贴"},
				{Outcome: policy.Eligible, Why: "二级智力残疾，本人享受低保（困境儿童全额享受）：按低保家庭成员享受困难残疾人生活补贴"},
			},
		},
		{
			name: "child in a covered household", clauses: []policy.Clause{"2.2.4"},
			desc: "户已纳入低保：按低保家庭成员享受，依据2.2.4 / the household is covered: the child qualifies as a member of it",
			h:    home(adult("a1"), holder("c1", household.Intellectual, 2, child)),
			in:   disability.Inputs{LowIncome: true, LowIncomeMembers: []string{"c1"}},
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（二级）：800.00 元/年",
				Params: []string{"disability.living.grade2 800.00 provisional"}, Clauses: c224}},
			why: []decided{{Outcome: policy.Eligible, Why: "二级智力残疾，低保家庭成员：享受困难残疾人生活补贴"}},
		},
		{
			name: "orphan on the individual switch", clauses: []policy.Clause{"2.2.4"},
			desc: "个人享受低保但享受孤儿基本生活费：不享受（国发〔2015〕52号） / on his own but under orphan allowance: excluded (law)",
			h:    home(holder("c1", household.Intellectual, 2, orphan)), in: only("c1"),
			why: []decided{{Outcome: policy.Ineligible, Why: "二级智力残疾，享受孤儿基本生活费的孤儿不享受困难残疾人生活补贴（国发〔2015〕52号）"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			if diff := cmp.Diff(tc.want, linesWith(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var why []decided
			for d := range r.DecisionsOf(policy.Select{Programme: policy.Disability, Item: disability.ItemLiving}) {
				why = append(why, decidedOf(d))
			}
			if diff := cmp.Diff(tc.why, why); diff != "" {
				t.Errorf("%s\nliving decisions (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestHardshipTiers: tiers by hardship (2.2.4 "鼓励有条件的地方根据残疾人困难
// 程度制定分档补贴标准"). The defaults are the grade tiers; a county may set
// tiers per hardship basis for each subsidy. A member's tiers: its own
// county hardship level where the county set tiers for it, else 低保, else
// registered poor; its grade unset there, or no tiers for its key, and the
// grade tier applies. The line names the tier in its parameters and its
// explanation.
func TestHardshipTiers(t *testing.T) {
	living := func(by map[string]disability.Tiers) *disability.Params {
		return with(func(p *disability.Params) { p.Living.ByHardship = by })
	}
	nursing := func(by map[string]disability.Tiers) *disability.Params {
		return with(func(p *disability.Params) { p.Nursing.ByHardship = by })
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     disability.Inputs
		p      *disability.Params
		want   []lineOf
	}{
		{
			name: "no tiers by hardship", clause: "2.2.4",
			desc: "默认按等级分档：低保一级800.00 / by default the grade tiers: 800.00 for grade 1",
			h:    home(holder("d1", household.Physical, 1)), in: covered,
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（一级）：800.00 元/年",
				Params: []string{"disability.living.grade1 800.00 provisional"}, Clauses: c224}},
		},
		{
			name: "低保 tier", clause: "2.2.4",
			desc: "县定低保档一级1000.00：低保家庭一级残疾1000.00（地方参数，非暂定） / a county 低保 tier of 1000.00 for grade 1: 1000.00, local, not provisional",
			h:    home(holder("d1", household.Physical, 1)), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "1000.00", Explain: "困难残疾人生活补贴（一级，低保分档）：1000.00 元/年",
				Params: []string{"disability.living.by_hardship.lowincome.grade1 1000.00 local"}, Clauses: c224}},
		},
		{
			name: "低保 tier leaves the grade unset", clause: "2.2.4",
			desc: "低保档未定三级：按等级档400.00 / the 低保 tier sets no grade 3: the grade tier 400.00",
			h:    home(holder("d1", household.Hearing, 3)), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "400.00", Prov: true, Explain: "困难残疾人生活补贴（三级）：400.00 元/年",
				Params: []string{"disability.living.grade3 400.00 provisional"}, Clauses: c224}},
		},
		{
			name: "registered-poor tier", clause: "2.2.4",
			desc: "县定建档立卡档三级600.00：建档立卡户三级残疾600.00，依据仍暂定 / a registered-poor tier of 600.00 for grade 3: 600.00, the basis still provisional",
			h:    poor(home(holder("d1", household.Multiple, 3))), in: notCovered,
			p: living(map[string]disability.Tiers{"registered-poor": {Grade3: county("600.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "600.00", Prov: true, Explain: "困难残疾人生活补贴（三级，建档立卡分档）：600.00 元/年",
				Params: []string{"disability.living.by_hardship.registered-poor.grade3 600.00 local", "disability.living.registered_poor true provisional"}, Clauses: c224}},
		},
		{
			name: "county hardship level", clause: "2.2.4",
			desc: "成员困难等级“一类”有县定档二级1200.00，先于低保档1000.00 / the member's level 一类 has a tier of 1200.00 for grade 2, before the 低保 tier's 1000.00",
			h:    home(holder("d1", household.Visual, 2, level("一类"))), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade2: county("1000.00")},
				"一类": {Grade2: county("1200.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "1200.00", Explain: "困难残疾人生活补贴（二级，一类分档）：1200.00 元/年",
				Params: []string{"disability.living.by_hardship.一类.grade2 1200.00 local"}, Clauses: c224}},
		},
		{
			name: "county level's tiers leave the grade unset", clause: "2.2.4",
			desc: "成员困难等级“一类”的县定档只设一、三级：二级成员按等级标准800.00，不转用低保档1000.00 / the level 一类 is tiered for grades 1 and 3 only: a grade-2 member is paid the grade amount 800.00, not the 低保 tier's 1000.00",
			h:    home(holder("d1", household.Visual, 2, level("一类"))), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade2: county("1000.00")},
				"一类": {Grade1: county("1300.00"), Grade3: county("700.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（二级）：800.00 元/年",
				Params: []string{"disability.living.grade2 800.00 provisional"}, Clauses: c224}},
		},
		{
			name: "county hardship level without tiers", clause: "2.2.4",
			desc: "成员困难等级“二类”无县定档：按低保档1000.00 / the level 二类 has no tiers: the 低保 tier 1000.00",
			h:    home(holder("d1", household.Visual, 2, level("二类"))), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade2: county("1000.00")},
				"一类": {Grade2: county("1200.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "1000.00", Explain: "困难残疾人生活补贴（二级，低保分档）：1000.00 元/年",
				Params: []string{"disability.living.by_hardship.lowincome.grade2 1000.00 local"}, Clauses: c224}},
		},
		{
			name: "county level tiered for nursing only", clause: "2.2.4",
			desc: "成员困难等级“一类”只有护理县定档一级90.00元/月：护理90.00×12=1080.00；生活补贴不按“一类”，按低保档1000.00 / " +
				"the level 一类 is tiered for the nursing subsidy only, 90.00 a month for grade 1: nursing 90.00 × 12 = 1080.00; " +
				"the living subsidy takes the 低保 tier 1000.00, not 一类's",
			h: home(holder("d1", household.Physical, 1, care, level("一类"))), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00")}}
				p.Nursing.ByHardship = map[string]disability.Tiers{"一类": {Grade1: county("90.00")}}
			}),
			want: []lineOf{
				{Item: disability.ItemLiving, Annual: "1000.00", Explain: "困难残疾人生活补贴（一级，低保分档）：1000.00 元/年",
					Params: []string{"disability.living.by_hardship.lowincome.grade1 1000.00 local"}, Clauses: c224},
				{Item: disability.ItemNursing, Annual: "1080.00", Explain: "重度残疾人护理补贴（一级，一类分档）：90.00 元/月 × 12 = 1080.00 元/年",
					Params: []string{"disability.nursing.by_hardship.一类.grade1 90.00 local"}, Clauses: c224},
			},
		},
		{
			name: "county level tiered for living only", clause: "2.2.4",
			desc: "成员困难等级“一类”只有生活县定档一级1200.00：生活1200.00；护理不按“一类”，按低保档80.00×12=960.00 / " +
				"the level 一类 is tiered for the living subsidy only, 1200.00 for grade 1: living 1200.00; " +
				"the nursing subsidy takes the 低保 tier 80.00 × 12 = 960.00, not 一类's",
			h: home(holder("d1", household.Physical, 1, care, level("一类"))), in: covered,
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类": {Grade1: county("1200.00")}}
				p.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("80.00")}}
			}),
			want: []lineOf{
				{Item: disability.ItemLiving, Annual: "1200.00", Explain: "困难残疾人生活补贴（一级，一类分档）：1200.00 元/年",
					Params: []string{"disability.living.by_hardship.一类.grade1 1200.00 local"}, Clauses: c224},
				{Item: disability.ItemNursing, Annual: "960.00", Explain: "重度残疾人护理补贴（一级，低保分档）：80.00 元/月 × 12 = 960.00 元/年",
					Params: []string{"disability.nursing.by_hardship.lowincome.grade1 80.00 local"}, Clauses: c224},
			},
		},
		{
			name: "低保 and registered poor, only a registered-poor tier", clause: "2.2.4",
			desc: "低保且建档立卡、仅设建档立卡档：按低保归档，低保无档，按等级档800.00 / both 低保 and registered poor, only a registered-poor tier: the key is 低保, which has none: the grade tier 800.00",
			h:    poor(home(holder("d1", household.Physical, 1))), in: covered,
			p: living(map[string]disability.Tiers{"registered-poor": {Grade1: county("1100.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（一级）：800.00 元/年",
				Params: []string{"disability.living.grade1 800.00 provisional"}, Clauses: c224}},
		},
		{
			name: "低保 tier over part of the year", clause: "2.2.4",
			desc: "低保档一级1000.00、2017-05发证：1000.00×8÷12=666.67 / a 低保 tier of 1000.00, certificate from 2017-05: 1000.00 × 8 ÷ 12 = 666.67",
			h:    home(holder("d1", household.Physical, 1, valid("2017-05", ""))), in: covered,
			p: living(map[string]disability.Tiers{"lowincome": {Grade1: county("1000.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "666.67", Explain: "困难残疾人生活补贴（一级，低保分档）：1000.00 元/年；5–12月共 8 个月：1000.00 × 8 ÷ 12 = 666.67 元",
				Params: []string{"disability.living.by_hardship.lowincome.grade1 1000.00 local"}, Clauses: c224}},
		},
		{
			name: "child on the individual switch, 低保 tier", clause: "2.2.3",
			desc: "个人享受低保的儿童按低保档：二级1000.00 / a child paid S on his own takes the 低保 tier: 1000.00 for grade 2",
			h:    home(adult("a1"), holder("c1", household.Intellectual, 2, child)),
			in:   disability.Inputs{LowIncomeMembers: []string{"c1"}},
			p:    living(map[string]disability.Tiers{"lowincome": {Grade2: county("1000.00")}}),
			want: []lineOf{{Item: disability.ItemLiving, Annual: "1000.00", Explain: "困难残疾人生活补贴（二级，低保分档）：1000.00 元/年",
				Params: []string{"disability.living.by_hardship.lowincome.grade2 1000.00 local"}, Clauses: c2234}},
		},
		{
			name: "nursing 低保 tier", clause: "2.2.4",
			desc: "护理低保档一级80.00元/月：80.00×12=960.00；生活补贴仍按等级档800.00 / a nursing 低保 tier of 80.00 a month: 80.00 × 12 = 960.00; living stays 800.00",
			h:    home(holder("d1", household.Physical, 1, care)), in: covered,
			p: nursing(map[string]disability.Tiers{"lowincome": {Grade1: county("80.00")}}),
			want: []lineOf{
				{Item: disability.ItemLiving, Annual: "800.00", Prov: true, Explain: "困难残疾人生活补贴（一级）：800.00 元/年",
					Params: []string{"disability.living.grade1 800.00 provisional"}, Clauses: c224},
				{Item: disability.ItemNursing, Annual: "960.00", Explain: "重度残疾人护理补贴（一级，低保分档）：80.00 元/月 × 12 = 960.00 元/年",
					Params: []string{"disability.nursing.by_hardship.lowincome.grade1 80.00 local"}, Clauses: c224},
			},
		},
		{
			name: "nursing 低保 tier, member outside 低保", clause: "2.2.4",
			desc: "非低保成员：护理按等级档60.00×12=720.00 / a member outside 低保: the grade tier 60.00 × 12 = 720.00",
			h:    home(holder("d1", household.Physical, 1, care)), in: notCovered,
			p: nursing(map[string]disability.Tiers{"lowincome": {Grade1: county("80.00")}}),
			want: []lineOf{{Item: disability.ItemNursing, Annual: "720.00", Explain: "重度残疾人护理补贴（一级）：60.00 元/月 × 12 = 720.00 元/年",
				Params: []string{"disability.nursing.grade1 60.00 seed"}, Clauses: c224}},
		},
		{
			name: "grade-3 option, 低保 tier", clause: "2.2.4",
			desc: "开启三级选项、护理低保档三级70.00元/月：三级精神残疾70.00×12=840.00 / option on, a 低保 tier of 70.00 a month for grade 3: 70.00 × 12 = 840.00",
			h:    home(holder("d1", household.Mental, 3, care)), in: covered,
			p: with(func(p *disability.Params) {
				p.Nursing.Grade3Option.Value, p.Nursing.Grade3Option.Provenance = true, policy.Local
				p.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {Grade3: county("70.00")}}
			}),
			want: []lineOf{
				{Item: disability.ItemLiving, Annual: "400.00", Prov: true, Explain: "困难残疾人生活补贴（三级）：400.00 元/年",
					Params: []string{"disability.living.grade3 400.00 provisional"}, Clauses: c224},
				{Item: disability.ItemNursing, Annual: "840.00", Explain: "重度残疾人护理补贴（三级，本县扩大范围，低保分档）：70.00 元/月 × 12 = 840.00 元/年",
					Params: []string{"disability.nursing.by_hardship.lowincome.grade3 70.00 local", "disability.nursing.grade3_option true local"}, Clauses: c224},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			if diff := cmp.Diff(tc.want, linesWith(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestHardshipTiersValidate: the tiers by hardship are checked with the
// parameter kit, each error at the tier's path in the set.
func TestHardshipTiersValidate(t *testing.T) {
	long := strings.Repeat("x", 65)
	key64 := strings.Repeat("x", 64)
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		p      *disability.Params
		want   []fieldErr
	}{
		{name: "negative tier", clause: "2.2.4", desc: "分档金额为负 / a negative tier",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("-1.00")}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.lowincome.grade1", policy.ErrorInvalid}}},
		{name: "three places", clause: "2.2.4", desc: "分档金额三位小数 / a tier with three places",
			p: with(func(p *disability.Params) {
				p.Nursing.ByHardship = map[string]disability.Tiers{"一类": {Grade2: county("80.005")}}
			}),
			want: []fieldErr{{"disability.nursing.by_hardship.一类.grade2", policy.ErrorInvalid}}},
		{name: "nursing grade 4", clause: "2.2.4", desc: "护理补贴无四级档 / no nursing tier for grade 4",
			p: with(func(p *disability.Params) {
				p.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {Grade4: county("60.00")}}
			}),
			want: []fieldErr{{"disability.nursing.by_hardship.lowincome.grade4", policy.ErrorInvalid}}},
		{name: "no grade set", clause: "2.2.4", desc: "分档未定任何等级 / tiers setting no grade",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"一类": {}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.一类", policy.ErrorRequired}}},
		{name: "empty key", clause: "2.2.4", desc: "空键 / an empty key",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"": {Grade1: county("1.00")}}
			}),
			want: []fieldErr{{`disability.living.by_hardship.""`, policy.ErrorInvalid}}},
		{name: "source too long", clause: "2.2.4",
			desc: "分档参数来源超过 1000 字节，按其在参数集中的路径报告，即使它带着别处的名称 / a tier's source over 1000 bytes, reported at its path in the set even when it carries a name from elsewhere",
			p: with(func(p *disability.Params) {
				g := county("900.00")
				g.Name, g.Source = "disability.nursing.by_hardship.x.grade1", strings.Repeat("x", policy.MaxSourceLength+1)
				p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: g}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.lowincome.grade1.source", policy.ErrorTooLong}}},
		{name: "key too long", clause: "2.2.4",
			desc: "键为65字节，超过64字节：拒绝，路径中的键截为前40字节加“…” / a key of 65 bytes, over 64: refused, the key cut in the path to its first 40 bytes and “…”",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{long: {Grade1: county("1.00")}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…", policy.ErrorTooLong}}},
		{name: "key of 64 bytes", clause: "2.2.4",
			desc: "键为64字节，未超过64字节：键本身不报错，只报其一级档金额为负 / a key of 64 bytes, not over 64: the key is accepted, only its negative grade-1 tier is refused",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{key64: {Grade1: county("-1.00")}}
			}),
			want: []fieldErr{{"disability.living.by_hardship." + key64 + ".grade1", policy.ErrorInvalid}}},
		{name: "key with a path's marks", clause: "2.2.4",
			desc: "键含点号与方括号：路径中加引号，不冒充别的路径 / keys with a dot and brackets: quoted in the path, never read as another path",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"x.grade1": {}, "y[0]": {Grade1: county("1.123")}}
			}),
			want: []fieldErr{{`disability.living.by_hardship."x.grade1"`, policy.ErrorRequired},
				{`disability.living.by_hardship."y[0]".grade1`, policy.ErrorInvalid}}},
		{name: "too many bases", clause: "2.2.4", desc: "分档依据超过 MaxTiers 个：一条错误 / more hardship bases than MaxTiers: one error",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{}
				for i := range disability.MaxTiers + 1 {
					p.Living.ByHardship[fmt.Sprint("level-", i)] = disability.Tiers{}
				}
			}),
			want: []fieldErr{{"disability.living.by_hardship", policy.ErrorTooMany}}},
		{name: "tier set without provenance", clause: "2.2.4",
			desc: "低保档一级设为1000.00而未注明来源类别：拒绝，不默认为地方参数 / a 低保 tier of 1000.00 set with no provenance: refused, not taken as local",
			p: with(func(p *disability.Params) {
				g := county("1000.00")
				g.Provenance = ""
				p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: g}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.lowincome.grade1.provenance", policy.ErrorRequired}}},
		{name: "as many bases as MaxTiers", clause: "2.2.4",
			desc: "分档依据恰为 MaxTiers（32）个：不报过多，只报 level-0 一级档金额为负 / exactly MaxTiers (32) hardship bases: not too many, only level-0's negative grade-1 tier is refused",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{}
				for i := range disability.MaxTiers {
					p.Living.ByHardship[fmt.Sprint("level-", i)] = disability.Tiers{Grade1: county("1.00")}
				}
				p.Living.ByHardship["level-0"] = disability.Tiers{Grade1: county("-1.00")}
			}),
			want: []fieldErr{{"disability.living.by_hardship.level-0.grade1", policy.ErrorInvalid}}},
		{name: "errors in key order", clause: "2.2.4", desc: "按键排序报告 / reported in key order",
			p: with(func(p *disability.Params) {
				p.Living.ByHardship = map[string]disability.Tiers{"registered-poor": {Grade1: county("-1.00")},
					"lowincome": {Grade2: county("-1.00")}}
			}),
			want: []fieldErr{{"disability.living.by_hardship.lowincome.grade2", policy.ErrorInvalid},
				{"disability.living.by_hardship.registered-poor.grade1", policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := disability.New(tc.p)
			if a != nil {
				t.Fatalf("%s: New accepted the parameters", tc.desc)
			}
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nerrors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestHardshipTiersJSON: tiers by hardship read strictly from a parameter
// set's JSON (as package benefit reads one) and written back by the
// Assessor's Params, the grades left out written as local parameters with
// no value, read back to the same amounts.
func TestHardshipTiersJSON(t *testing.T) {
	p := disability.Default2017()
	in := `{"living": {"by_hardship": {"lowincome": {"grade1": {"value": "1000.00", "provenance": "local", "source": "county notice (invented)"}}}}}`
	if err := strictjson.Decode([]byte(in), p); err != nil {
		t.Fatal(err)
	}
	a, err := disability.New(p)
	if err != nil {
		t.Fatal(err)
	}
	h := home(holder("d1", household.Physical, 1))
	want := wire(t, assessWith(t, a, h))
	out, err := json.Marshal(a.Params().Living.ByHardship)
	if err != nil {
		t.Fatal(err)
	}
	const written = `{"lowincome":{"grade1":{"value":"1000.00","provenance":"local","source":"county notice (invented)"},` +
		`"grade2":{"provenance":"local"},"grade3":{"provenance":"local"},"grade4":{"provenance":"local"}}}`
	if string(out) != written {
		t.Errorf("written\n got %s\nwant %s", out, written)
	}
	q := disability.Default2017()
	if err := strictjson.Decode([]byte(`{"living": {"by_hardship": `+string(out)+`}}`), q); err != nil {
		t.Fatal(err)
	}
	b, err := disability.New(q)
	if err != nil {
		t.Fatal(err)
	}
	if got := wire(t, assessWith(t, b, h)); got != want {
		t.Errorf("read back, the result differs (-want +got):\n%s", cmp.Diff(want, got))
	}
	if !strings.Contains(want, `"1000.00"`) {
		t.Errorf("the 低保 tier is not on the line: %s", want)
	}
}

// assessWith checks h on the date of the cases and assesses it with a, the
// household covered by 低保.
func assessWith(t *testing.T, a *disability.Assessor, h *household.Household) *disability.Result {
	t.Helper()
	c, err := h.Check(on)
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.Assess(c, covered)
	if err != nil {
		t.Fatal(err)
	}
	return &r
}

// TestMaxTiersTag: the decoder's bound on each subsidy's tiers by hardship
// (the max tag of ByHardship) is MaxTiers, which Validate checks, so that
// a set read from JSON stops reading at the limit a set built in Go is
// held to.
func TestMaxTiersTag(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[disability.Living](), reflect.TypeFor[disability.Nursing]()} {
		f, ok := typ.FieldByName("ByHardship")
		if !ok {
			t.Fatalf("%s has no ByHardship", typ)
		}
		if got := f.Tag.Get("max"); got != strconv.Itoa(disability.MaxTiers) {
			t.Errorf("%s.ByHardship: max tag %q, want %d (MaxTiers)", typ.Name(), got, disability.MaxTiers)
		}
	}
}
