package medical_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// TestGroup is who medical aid covers (2.3.2), the most favourable group
// where several apply: 特困 > 低保 > registered poor > extended.
func TestGroup(t *testing.T) {
	flags := func(h *household.Household, f func(*household.Household)) *household.Household { f(h); return h }
	lowFamily := func(m household.Member) *household.Household {
		return flags(home(m), func(h *household.Household) { h.LowIncomeFamily = true })
	}
	disabled := func(grade int) household.Member {
		m := adult("m1")
		m.Disability = &household.Disability{Type: household.Physical, Grade: grade}
		return m
	}
	major := func(m household.Member) household.Member { m.MajorDisease = true; return m }
	type want struct {
		Group   medical.Group
		Outcome policy.Outcome
		Reason  string
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     medical.Inputs
		want   want
	}{
		{
			name: "tekun person", clause: "2.3.2",
			desc: "特困供养人员：重点救助对象 / a 特困 person is a key recipient",
			h:    home(tekun(adult("m1"))),
			want: want{medical.GroupTekun, policy.Eligible, "特困供养人员：重点救助对象"},
		},
		{
			name: "tekun beats lowincome and registered poor", clause: "2.3.2",
			desc: "特困人员所在户为低保户、建档立卡户：按特困 / 特困 ranks above 低保 and registered poor",
			h:    flags(home(tekun(adult("m1"))), func(h *household.Household) { h.RegisteredPoor = true }),
			in:   medical.Inputs{LowIncome: true},
			want: want{medical.GroupTekun, policy.Eligible, "特困供养人员：重点救助对象"},
		},
		{
			name: "lowincome member", clause: "2.3.2",
			desc: "低保家庭成员：重点救助对象 / a 低保 member is a key recipient",
			h:    home(adult("m1")), in: medical.Inputs{LowIncome: true},
			want: want{medical.GroupLowIncome, policy.Eligible, "低保家庭成员：重点救助对象"},
		},
		{
			name: "lowincome beats registered poor", clause: "2.3.2",
			desc: "低保户又是建档立卡户：按低保 / 低保 ranks above registered poor",
			h:    flags(home(adult("m1")), func(h *household.Household) { h.RegisteredPoor = true }),
			in:   medical.Inputs{LowIncome: true},
			want: want{medical.GroupLowIncome, policy.Eligible, "低保家庭成员：重点救助对象"},
		},
		{
			name: "registered poor", clause: "2.3.2",
			desc: "建档立卡贫困户成员：全部纳入 / a registered-poor member is covered",
			h:    flags(home(adult("m1")), func(h *household.Household) { h.RegisteredPoor = true }),
			want: want{medical.GroupRegisteredPoor, policy.Eligible, "建档立卡贫困户成员：贫困人口全部纳入医疗救助范围"},
		},
		{
			name: "registered poor beats extended", clause: "2.3.2",
			desc: "建档立卡户又是低收入家庭的老人：按建档立卡 / registered poor ranks above extended",
			h: flags(home(person("m1", "1940-01-01")), func(h *household.Household) {
				h.RegisteredPoor, h.LowIncomeFamily = true, true
			}),
			want: want{medical.GroupRegisteredPoor, policy.Eligible, "建档立卡贫困户成员：贫困人口全部纳入医疗救助范围"},
		},
		{
			name: "low-income family, aged 60", clause: "2.3.2",
			desc: "低收入家庭成员评估日满60周岁：老年人 / aged 60 on the assessment date: elderly",
			h:    lowFamily(person("m1", "1957-12-31")),
			want: want{medical.GroupExtended, policy.Eligible, "低收入家庭的老年人：60 周岁，不低于 60 周岁"},
		},
		{
			name: "low-income family, aged 59", clause: "2.3.2",
			desc: "低收入家庭成员评估次日满60周岁：不属于 / turning 60 the day after: not covered",
			h:    lowFamily(person("m1", "1958-01-01")),
			want: want{medical.GroupNone, policy.Ineligible, "不属于医疗救助对象：低收入家庭成员，但 59 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
		},
		{
			name: "low-income family, aged 17", clause: "2.3.2",
			desc: "低收入家庭17周岁成员：未成年人 / aged 17: a minor",
			h:    lowFamily(person("m1", "2000-01-01")),
			want: want{medical.GroupExtended, policy.Eligible, "低收入家庭的未成年人：17 周岁，不满 18 周岁"},
		},
		{
			name: "low-income family, aged 18", clause: "2.3.2",
			desc: "低收入家庭成员评估日满18周岁：不再是未成年人 / aged 18: no longer a minor",
			h:    lowFamily(person("m1", "1999-12-31")),
			want: want{medical.GroupNone, policy.Ineligible, "不属于医疗救助对象：低收入家庭成员，但 18 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
		},
		{
			name: "low-income family, grade 2", clause: "2.3.2",
			desc: "低收入家庭二级残疾人：重度残疾人 / grade 2: severely disabled",
			h:    lowFamily(disabled(2)),
			want: want{medical.GroupExtended, policy.Eligible, "低收入家庭的重度残疾人：残疾等级 2 级（1–2 级为重度）"},
		},
		{
			name: "low-income family, grade 3", clause: "2.3.2",
			desc: "低收入家庭三级残疾人：非重度 / grade 3 is not severe",
			h:    lowFamily(disabled(3)),
			want: want{medical.GroupNone, policy.Ineligible, "不属于医疗救助对象：低收入家庭成员，但 47 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"},
		},
		{
			name: "low-income family, major disease", clause: "2.3.2",
			desc: "低收入家庭的重特大疾病患者 / major-disease patient of a low-income family",
			h:    lowFamily(major(adult("m1"))),
			want: want{medical.GroupExtended, policy.Eligible, "低收入家庭的重特大疾病患者"},
		},
		{
			name: "impoverished by illness, major disease", clause: "2.3.2",
			desc: "因病致贫家庭的重特大疾病患者 / major-disease patient of a family impoverished by illness",
			h:    flags(home(major(adult("m1"))), func(h *household.Household) { h.ImpoverishedByIllness = true }),
			want: want{medical.GroupExtended, policy.Eligible, "因病致贫家庭的重特大疾病患者"},
		},
		{
			name: "impoverished by illness, no major disease", clause: "2.3.2",
			desc: "因病致贫家庭的其他成员：不属于 / another member of such a family: not covered",
			h:    flags(home(person("m1", "1940-01-01")), func(h *household.Household) { h.ImpoverishedByIllness = true }),
			want: want{medical.GroupNone, policy.Ineligible, "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者"},
		},
		{
			name: "major disease, no family flag", clause: "2.3.2",
			desc: "重特大疾病患者但家庭无任何标识：不属于 / a major-disease patient with no household flag: not covered",
			h:    home(major(adult("m1"))),
			want: want{medical.GroupNone, policy.Ineligible, "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者"},
		},
		{
			name: "person without a household", clause: "0",
			desc: "无户籍人员：仅临时救助和转介 / a person without a household: temporary aid and referral only",
			h: flags(home(adult("m1")), func(h *household.Household) {
				h.NoFixedHousehold, h.RegisteredPoor = true, true
			}),
			want: want{medical.GroupNone, policy.Ineligible, "无户籍人员（流浪乞讨等）：仅临时救助和转介服务"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			m := r.Members()[0]
			got := want{m.Group(), m.Decision().Outcome(), m.Decision().Explanation().Render(policy.ZH)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if dec := r.Decisions[0]; dec.Programme() != policy.Medical || dec.Member() != "m1" || dec.Item() != "" || dec.ID() != "" {
				t.Errorf("%s\ndecision programme %q member %q item %q id %q, want medical m1 and no item or id",
					tc.desc, dec.Programme(), dec.Member(), dec.Item(), dec.ID())
			}
		})
	}
}

// TestGroupEnglish shows a decision's reason in English (2.3.2).
func TestGroupEnglish(t *testing.T) {
	h := home(person("m1", "1950-06-01"))
	h.LowIncomeFamily = true
	r := assess(t, h, medical.Inputs{}, nil)
	dec := r.Decisions[0]
	got := []string{dec.Explanation().Render(policy.EN), dec.Params()[0].Name, string(dec.Params()[0].Provenance)}
	want := []string{"elderly member of a low-income family: aged 67, at least 60", "medical.elderly_age", "law"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("老年人理由 / elderly reason (-want +got):\n%s", diff)
	}
}
