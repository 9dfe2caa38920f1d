package medical_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// TestGroup is who medical aid covers (2.3.2), the most favourable group
// where several apply: 特困 > 低保 > registered poor > extended. Each case
// states the decision's reason in Chinese and in English and the
// parameters it rests on, by name and provenance.
func TestGroup(t *testing.T) {
	tekunIn := func(m household.Member, p *household.MonthPeriod) household.Member { m.Tekun.Period = p; return m }
	flags := func(h *household.Household, f func(*household.Household)) *household.Household { f(h); return h }
	disabled := func(grade int) household.Member {
		m := adult("m1")
		m.Disability = &household.Disability{Type: household.Physical, Grade: grade}
		return m
	}
	major := func(m household.Member) household.Member { m.MajorDisease = true; return m }
	// param is a parameter a decision rests on, by its name and provenance.
	type param struct {
		Name       string
		Provenance policy.Provenance
	}
	type want struct {
		Group   medical.Group
		Outcome policy.Outcome
		Reason  string
		English string
		Params  []param
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
			want: want{Group: medical.GroupTekun, Outcome: policy.Eligible, Reason: "特困供养人员：重点救助对象",
				English: "under 特困 support: a key recipient"},
		},
		{
			name: "tekun beats lowincome and registered poor", clause: "2.3.2",
			desc: "特困人员所在户为低保户、建档立卡户：按特困 / 特困 ranks above 低保 and registered poor",
			h:    flags(home(tekun(adult("m1"))), func(h *household.Household) { h.RegisteredPoor = true }),
			in:   medical.Inputs{LowIncome: true},
			want: want{Group: medical.GroupTekun, Outcome: policy.Eligible, Reason: "特困供养人员：重点救助对象",
				English: "under 特困 support: a key recipient"},
		},
		{
			name: "lowincome member", clause: "2.3.2",
			desc: "低保家庭成员：重点救助对象 / a 低保 member is a key recipient",
			h:    home(adult("m1")), in: medical.Inputs{LowIncome: true},
			want: want{Group: medical.GroupLowIncome, Outcome: policy.Eligible, Reason: "低保家庭成员：重点救助对象",
				English: "member of a 低保 household: a key recipient"},
		},
		{
			name: "lowincome beats registered poor", clause: "2.3.2",
			desc: "低保户又是建档立卡户：按低保 / 低保 ranks above registered poor",
			h:    flags(home(adult("m1")), func(h *household.Household) { h.RegisteredPoor = true }),
			in:   medical.Inputs{LowIncome: true},
			want: want{Group: medical.GroupLowIncome, Outcome: policy.Eligible, Reason: "低保家庭成员：重点救助对象",
				English: "member of a 低保 household: a key recipient"},
		},
		{
			name: "registered poor", clause: "2.3.2",
			desc: "建档立卡贫困户成员：全部纳入 / a registered-poor member is covered",
			h:    flags(home(adult("m1")), func(h *household.Household) { h.RegisteredPoor = true }),
			want: want{Group: medical.GroupRegisteredPoor, Outcome: policy.Eligible, Reason: "建档立卡贫困户成员：贫困人口全部纳入医疗救助范围",
				English: "member of a registered-poor household: the poor are all covered (贫困人口全部纳入)"},
		},
		{
			name: "registered poor beats extended", clause: "2.3.2",
			desc: "建档立卡户又是低收入家庭的老人：按建档立卡 / registered poor ranks above extended",
			h: flags(home(person("m1", "1940-01-01")), func(h *household.Household) {
				h.RegisteredPoor, h.LowIncomeFamily = true, true
			}),
			want: want{Group: medical.GroupRegisteredPoor, Outcome: policy.Eligible, Reason: "建档立卡贫困户成员：贫困人口全部纳入医疗救助范围",
				English: "member of a registered-poor household: the poor are all covered (贫困人口全部纳入)"},
		},
		{
			name: "low-income family, aged 60", clause: "2.3.2",
			desc: "低收入家庭成员评估日满60周岁：老年人 / aged 60 on the assessment date: elderly",
			h:    lowFamily(person("m1", "1957-12-31")),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的老年人：60 周岁，不低于 60 周岁",
				English: "elderly member of a low-income family: aged 60, at least 60",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, aged 67", clause: "2.3.2",
			desc: "低收入家庭67周岁成员：老年人（不低于60周岁），依据老年年龄参数（法规） / aged 67 in a low-income family: elderly (at least 60), resting on the elderly-age parameter (law)",
			h:    lowFamily(person("m1", "1950-06-01")),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的老年人：67 周岁，不低于 60 周岁",
				English: "elderly member of a low-income family: aged 67, at least 60",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, aged 59", clause: "2.3.2",
			desc: "低收入家庭成员评估次日满60周岁：不属于 / turning 60 the day after: not covered",
			h:    lowFamily(person("m1", "1958-01-01")),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：低收入家庭成员，但 59 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者",
				English: "not covered: a member of a low-income family, but aged 59 (at least 18 and under 60), not severely disabled and not a major-disease patient",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}, {Name: "medical.minor_age", Provenance: policy.Law}, {Name: "medical.severe_grade", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, aged 17", clause: "2.3.2",
			desc: "低收入家庭17周岁成员：未成年人 / aged 17: a minor",
			h:    lowFamily(person("m1", "2000-01-01")),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的未成年人：17 周岁，不满 18 周岁",
				English: "minor of a low-income family: aged 17, under 18",
				Params:  []param{{Name: "medical.minor_age", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, aged 18", clause: "2.3.2",
			desc: "低收入家庭成员评估日满18周岁：不再是未成年人 / aged 18: no longer a minor",
			h:    lowFamily(person("m1", "1999-12-31")),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：低收入家庭成员，但 18 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者",
				English: "not covered: a member of a low-income family, but aged 18 (at least 18 and under 60), not severely disabled and not a major-disease patient",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}, {Name: "medical.minor_age", Provenance: policy.Law}, {Name: "medical.severe_grade", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, grade 2", clause: "2.3.2",
			desc: "低收入家庭二级残疾人：重度残疾人 / grade 2: severely disabled",
			h:    lowFamily(disabled(2)),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的重度残疾人：残疾等级 2 级（1–2 级为重度）",
				English: "severely disabled member of a low-income family: grade 2 (grades 1–2 are severe)",
				Params:  []param{{Name: "medical.severe_grade", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, grade 3", clause: "2.3.2",
			desc: "低收入家庭三级残疾人：非重度 / grade 3 is not severe",
			h:    lowFamily(disabled(3)),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：低收入家庭成员，但 47 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者",
				English: "not covered: a member of a low-income family, but aged 47 (at least 18 and under 60), not severely disabled and not a major-disease patient",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}, {Name: "medical.minor_age", Provenance: policy.Law}, {Name: "medical.severe_grade", Provenance: policy.Law}}},
		},
		{
			name: "low-income family, major disease", clause: "2.3.2",
			desc: "低收入家庭的重特大疾病患者 / major-disease patient of a low-income family",
			h:    lowFamily(major(adult("m1"))),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的重特大疾病患者",
				English: "major-disease patient of a low-income family"},
		},
		{
			name: "impoverished by illness, major disease", clause: "2.3.2",
			desc: "因病致贫家庭的重特大疾病患者 / major-disease patient of a family impoverished by illness",
			h:    flags(home(major(adult("m1"))), func(h *household.Household) { h.ImpoverishedByIllness = true }),
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "因病致贫家庭的重特大疾病患者",
				English: "major-disease patient of a family impoverished by illness (因病致贫)"},
		},
		{
			name: "impoverished by illness, no major disease", clause: "2.3.2",
			desc: "因病致贫家庭的其他成员：不属于 / another member of such a family: not covered",
			h:    flags(home(person("m1", "1940-01-01")), func(h *household.Household) { h.ImpoverishedByIllness = true }),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童",
				English: "not covered: not under 特困 support, not in a 低保 or registered-poor household, and not an elderly, minor, severely disabled or major-disease member of a low-income family nor a major-disease patient of a family impoverished by illness, nor a child in difficulty"},
		},
		{
			name: "major disease, no family flag", clause: "2.3.2",
			desc: "重特大疾病患者但家庭无任何标识：不属于 / a major-disease patient with no household flag: not covered",
			h:    home(major(adult("m1"))),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童",
				English: "not covered: not under 特困 support, not in a 低保 or registered-poor household, and not an elderly, minor, severely disabled or major-disease member of a low-income family nor a major-disease patient of a family impoverished by illness, nor a child in difficulty"},
		},
		{
			name: "run before D: tekun in that run", clause: "2.3.2",
			desc: "评估日12月31日；5–7月这段（无低保）成员3–7月特困：按7月1日认定为特困，而非混用12月的特困状态与该段的低保 / D is 31 December; in the run of May–July (no 低保) the member is 特困 from March to July: as of 1 July he is 特困, not 特困 as of December mixed with the run's 低保",
			h:    home(tekunIn(tekun(adult("m1")), months("2017-03", "2017-07"))),
			in:   medical.Inputs{Period: policy.Period{From: time.May, To: time.July}},
			want: want{Group: medical.GroupTekun, Outcome: policy.Eligible, Reason: "特困供养人员：重点救助对象",
				English: "under 特困 support: a key recipient"},
		},
		{
			name: "run before D: lowincome before tekun starts", clause: "2.3.2",
			desc: "成员10月起特困；1–9月这段家庭有低保：按9月1日认定为低保成员 / 特困 from October; in the run of January–September the household has 低保: as of 1 September he is a 低保 member",
			h:    home(tekunIn(tekun(adult("m1")), months("2017-10", ""))),
			in:   medical.Inputs{Period: policy.Period{From: time.January, To: time.September}, LowIncome: true},
			want: want{Group: medical.GroupLowIncome, Outcome: policy.Eligible, Reason: "低保家庭成员：重点救助对象",
				English: "member of a 低保 household: a key recipient"},
		},
		{
			name: "run holding D: tekun on D", clause: "2.3.2",
			desc: "10–12月这段含评估日：按评估日认定为特困 / the run of October–December holds D: 特困 on D",
			h:    home(tekunIn(tekun(adult("m1")), months("2017-10", ""))),
			in:   medical.Inputs{Period: policy.Period{From: time.October, To: time.December}},
			want: want{Group: medical.GroupTekun, Outcome: policy.Eligible, Reason: "特困供养人员：重点救助对象",
				English: "under 特困 support: a key recipient"},
		},
		{
			name: "run before D: certificate read in its last month", clause: "2.3.2",
			desc: "低收入家庭成员一级残疾证自6月起；1–6月这段在评估日之前，按其最近的6月认定：重度残疾人 / a grade-1 certificate from June; the run of January–June, before D, is read in its nearest month, June: severely disabled",
			h: lowFamily(func() household.Member {
				m := disabled(1)
				m.Disability.Period = months("2017-06", "")
				return m
			}()),
			in: medical.Inputs{Period: policy.Period{From: time.January, To: time.June}},
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的重度残疾人：残疾等级 1 级（1–2 级为重度）",
				English: "severely disabled member of a low-income family: grade 1 (grades 1–2 are severe)",
				Params:  []param{{Name: "medical.severe_grade", Provenance: policy.Law}}},
		},
		{
			name: "run before D: age on D", clause: "0",
			desc: "1–9月这段在评估日之前，年龄仍按评估日：12月31日满60周岁，为老年人 / in the run of January–September, before D, the age is still the age on D: 60 on 31 December, elderly",
			h:    lowFamily(person("m1", "1957-10-15")),
			in:   medical.Inputs{Period: policy.Period{From: time.January, To: time.September}},
			want: want{Group: medical.GroupExtended, Outcome: policy.Eligible, Reason: "低收入家庭的老年人：60 周岁，不低于 60 周岁",
				English: "elderly member of a low-income family: aged 60, at least 60",
				Params:  []param{{Name: "medical.elderly_age", Provenance: policy.Law}}},
		},
		{
			name: "person without a household", clause: "0",
			desc: "无固定住所的个人：仅临时救助和转介 / a person without a household: temporary aid and referral only",
			h: flags(home(adult("m1")), func(h *household.Household) {
				h.NoFixedHousehold, h.RegisteredPoor = true, true
			}),
			want: want{Group: medical.GroupNone, Outcome: policy.Ineligible, Reason: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
				English: "a person without a household: temporary aid and referral only"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			m := r.Members()[0]
			dec := r.Decisions[0]
			got := want{Group: m.Group(), Outcome: m.Decision().Outcome(), Reason: m.Decision().Explanation().Render(policy.ZH),
				English: dec.Explanation().Render(policy.EN)}
			for _, p := range dec.Params() {
				got.Params = append(got.Params, param{p.Name, p.Provenance})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			if dec.Programme() != policy.Medical || dec.Member() != "m1" || dec.Item() != "" || dec.ID() != "" {
				t.Errorf("%s\ndecision programme %q member %q item %q id %q, want medical m1 and no item or id",
					tc.desc, dec.Programme(), dec.Member(), dec.Item(), dec.ID())
			}
		})
	}
}

// TestClaimGroup: each claim goes by the member's group on its admission
// date (2.3.2: the age on the admission date; 特困, 低保 and certificate
// months then), the member's decision and sponsorship by the group on the
// assessment date 2017-12-31; a claim whose group is another, or none, has
// a decision of its own. Example 7's claim has R = 25000 − 15000 − 2000 = 8000.
func TestClaimGroup(t *testing.T) {
	type claimGroup struct {
		Claim string
		Group medical.Group
		Aid   string
	}
	type decision struct {
		ID      string
		Outcome policy.Outcome
		Reason  string
	}
	c := func(id, admission string) household.Claim {
		return claim(id, admission, "25000.00", "15000.00", "2000.00")
	}
	notLow := func(age string) string {
		return "不属于医疗救助对象：低收入家庭成员，但 " + age + " 周岁（不低于 18 且不满 60 周岁），非重度残疾人，非重特大疾病患者"
	}
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		h         *household.Household
		in        medical.Inputs
		group     medical.Group
		claims    []claimGroup
		decisions []decision
		// sponsorship is the contribution sponsorship's line (2.3.3), nil
		// for none: it rests on the group on the date.
		sponsorship []line
		total       string
	}{
		{
			name: "turns 60 between an admission and the date", clause: "2.3.2",
			desc: "低收入家庭成员2017-09-01满60：5月入院时59周岁不属于，救助0；10月入院时60周岁，60%×(8000−5000)=1800；评估日为老年人 / " +
				"turns 60 on 1 September: 59 at the May admission, no aid; 60 at the October one, 1800.00",
			h:     lowFamily(with(person("m1", "1957-09-01"), c("c1", "2017-05-10"), c("c2", "2017-10-10"))),
			group: medical.GroupExtended,
			claims: []claimGroup{
				{Claim: "c1", Group: medical.GroupNone, Aid: "0.00"},
				{Claim: "c2", Group: medical.GroupExtended, Aid: "1800.00"},
			},
			decisions: []decision{
				{Outcome: policy.Eligible, Reason: "低收入家庭的老年人：60 周岁，不低于 60 周岁"},
				{ID: "c1", Outcome: policy.Ineligible, Reason: "住院 c1（2017-05-10 入院）按入院日认定：" + notLow("59")},
			},
			total: "1800.00",
		},
		{
			name: "turns 60 on the admission day", clause: "2.3.2",
			desc:      "入院当天满60周岁：老年人，1800，与评估日同组，无单独认定 / 60 on the admission day: elderly, 1800.00, the same group as on the date",
			h:         lowFamily(with(person("m1", "1957-05-10"), c("c1", "2017-05-10"))),
			group:     medical.GroupExtended,
			claims:    []claimGroup{{Claim: "c1", Group: medical.GroupExtended, Aid: "1800.00"}},
			decisions: []decision{{Outcome: policy.Eligible, Reason: "低收入家庭的老年人：60 周岁，不低于 60 周岁"}},
			total:     "1800.00",
		},
		{
			name: "turns 18 between an admission and the date", clause: "2.3.2",
			desc: "2017-09-01满18：5月入院时17周岁为未成年人，60%×(8000−5000)=1800；评估日18周岁不属于 / " +
				"a minor of 17 at admission, 1800.00; 18 on the date, not covered",
			h:      lowFamily(with(person("m1", "1999-09-01"), c("c1", "2017-05-10"))),
			group:  medical.GroupNone,
			claims: []claimGroup{{Claim: "c1", Group: medical.GroupExtended, Aid: "1800.00"}},
			decisions: []decision{
				{Outcome: policy.Ineligible, Reason: notLow("18")},
				{ID: "c1", Outcome: policy.Eligible, Reason: "住院 c1（2017-05-10 入院）按入院日认定：低收入家庭的未成年人：17 周岁，不满 18 周岁"},
			},
			total: "1800.00",
		},
		{
			name: "tekun from July", clause: "2.3.2",
			desc: "低保户成员7月起特困供养：3月住院按低保70%×8000=5600，8月按特困80%×8000=6400，资助参合180 / " +
				"特困 from July: March as 低保, 5600.00; August as 特困, 6400.00; sponsorship 180.00",
			h: home(func() household.Member {
				m := with(adult("m1"), c("c1", "2017-03-10"), c("c2", "2017-08-10"))
				m.Tekun = household.Tekun{Mode: household.TekunDispersed, Period: months("2017-07", "")}
				return m
			}()),
			in:    medical.Inputs{LowIncome: true},
			group: medical.GroupTekun,
			claims: []claimGroup{
				{Claim: "c1", Group: medical.GroupLowIncome, Aid: "5600.00"},
				{Claim: "c2", Group: medical.GroupTekun, Aid: "6400.00"},
			},
			decisions: []decision{
				{Outcome: policy.Eligible, Reason: "特困供养人员：重点救助对象"},
				{ID: "c1", Outcome: policy.Eligible, Reason: "住院 c1（2017-03-10 入院）按入院日认定：低保家庭成员：重点救助对象"},
			},
			total:       "12180.00",
			sponsorship: []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
		},
		{
			name: "lowincome from July", clause: "2.3.2",
			desc: "7月起低保：3月住院时非低保，不属于，救助0；8月按低保70%×8000=5600；资助参合180 / " +
				"低保 from July: no aid in March; 5600.00 in August; sponsorship 180.00",
			h: func() *household.Household {
				h := home(with(adult("m1"), c("c1", "2017-03-10"), c("c2", "2017-08-10")))
				h.LowIncomePeriod = months("2017-07", "")
				return h
			}(),
			in:    medical.Inputs{LowIncome: true},
			group: medical.GroupLowIncome,
			claims: []claimGroup{
				{Claim: "c1", Group: medical.GroupNone, Aid: "0.00"},
				{Claim: "c2", Group: medical.GroupLowIncome, Aid: "5600.00"},
			},
			decisions: []decision{
				{Outcome: policy.Eligible, Reason: "低保家庭成员：重点救助对象"},
				{ID: "c1", Outcome: policy.Ineligible, Reason: "住院 c1（2017-03-10 入院）按入院日认定：不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，" +
					"亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童"},
			},
			total:       "5780.00",
			sponsorship: []line{{Item: medical.ItemSponsorship, Member: "m1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"}},
		},
		{
			name: "lowincome ended in June", clause: "2.3.3",
			desc: "1–6月低保：3月住院按低保5600；评估日已非低保，不资助参合 / " +
				"低保 January to June: 5600.00 in March; not 低保 on the date, no sponsorship",
			h: func() *household.Household {
				h := home(with(adult("m1"), c("c1", "2017-03-10")))
				h.LowIncomePeriod = months("2017-01", "2017-06")
				return h
			}(),
			in:     medical.Inputs{LowIncome: true},
			group:  medical.GroupNone,
			claims: []claimGroup{{Claim: "c1", Group: medical.GroupLowIncome, Aid: "5600.00"}},
			decisions: []decision{
				{Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，" +
					"亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童"},
				{ID: "c1", Outcome: policy.Eligible, Reason: "住院 c1（2017-03-10 入院）按入院日认定：低保家庭成员：重点救助对象"},
			},
			total: "5600.00",
		},
		{
			name: "in no group, a claim named", clause: "2.3.4",
			desc: "评估日和入院日均不属于医疗救助对象：3月住院无救助，另有一条按入院日认定的决定点名该住院，不致无声遗漏 / " +
				"in no group, neither on the date nor at admission: no aid, and a decision of its own names the claim, so that none is passed over in silence",
			h:      home(with(adult("m1"), c("c1", "2017-03-10"))),
			group:  medical.GroupNone,
			claims: []claimGroup{{Claim: "c1", Group: medical.GroupNone, Aid: "0.00"}},
			decisions: []decision{
				{Outcome: policy.Ineligible, Reason: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，" +
					"亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童"},
				{ID: "c1", Outcome: policy.Ineligible, Reason: "住院 c1（2017-03-10 入院）按入院日认定：不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，" +
					"亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童"},
			},
			total: "0.00",
		},
		{
			name: "certificate from June", clause: "2.3.2",
			desc: "低收入家庭成员6月起持一级残疾证：3月住院时非重度残疾人，救助0；7月60%×(8000−5000)=1800 / " +
				"grade 1 certificate from June: no aid in March, 1800.00 in July",
			h: lowFamily(func() household.Member {
				m := with(adult("m1"), c("c1", "2017-03-10"), c("c2", "2017-07-10"))
				m.Disability = &household.Disability{Type: household.Physical, Grade: 1, Period: months("2017-06", "")}
				return m
			}()),
			group: medical.GroupExtended,
			claims: []claimGroup{
				{Claim: "c1", Group: medical.GroupNone, Aid: "0.00"},
				{Claim: "c2", Group: medical.GroupExtended, Aid: "1800.00"},
			},
			decisions: []decision{
				{Outcome: policy.Eligible, Reason: "低收入家庭的重度残疾人：残疾等级 1 级（1–2 级为重度）"},
				{ID: "c1", Outcome: policy.Ineligible, Reason: "住院 c1（2017-03-10 入院）按入院日认定：" + notLow("47")},
			},
			total: "1800.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			m := r.Members()[0]
			if m.Group() != tc.group {
				t.Errorf("%s\ngroup on the date %q, want %q", tc.desc, m.Group(), tc.group)
			}
			var claims []claimGroup
			for _, c := range m.Claims() {
				claims = append(claims, claimGroup{c.ID(), c.Group(), c.Aid().StringFixed(2)})
			}
			if diff := cmp.Diff(tc.claims, claims); diff != "" {
				t.Errorf("%s\nclaims (-want +got):\n%s", tc.desc, diff)
			}
			var decisions []decision
			for _, dec := range r.Decisions {
				decisions = append(decisions, decision{dec.ID(), dec.Outcome(), dec.Explanation().Render(policy.ZH)})
			}
			if diff := cmp.Diff(tc.decisions, decisions); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			var sponsorship []line
			for _, l := range linesOf(r.Lines) {
				if l.Item == medical.ItemSponsorship {
					sponsorship = append(sponsorship, l)
				}
			}
			if diff := cmp.Diff(tc.sponsorship, sponsorship); diff != "" {
				t.Errorf("%s\nsponsorship (-want +got):\n%s", tc.desc, diff)
			}
			if g := r.Total().StringFixed(2); g != tc.total {
				t.Errorf("%s\ntotal = %s, want %s", tc.desc, g, tc.total)
			}
			if m.Decision().ID() != "" {
				t.Errorf("%s\nthe member's decision names claim %q", tc.desc, m.Decision().ID())
			}
		})
	}
}

// TestChildInDifficulty: a child in difficulty (困境儿童 or 困境家庭儿童,
// 2.2.3, under 18) in no other group is in the extended group with terms
// of its own [interpretation], by default the extended group's; in another
// group the child takes that group's terms. A child paid 低保 on the
// individual switch is a 低保 recipient, a key recipient (2.3.2). Example
// 7's claim: R = 8000.
func TestChildInDifficulty(t *testing.T) {
	own := medical.Default2017()
	own.ChildInDifficulty.Ratio.Value, own.ChildInDifficulty.Deductible.Value = d("0.70"), d("2000.00")
	kid := func(c household.ChildCategory) household.Member {
		return with(child("k1", "2010-01-01", c), example7)
	}
	type want struct {
		Group   medical.Group
		Clauses []policy.Clause
		Reason  string
		Lines   []line
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		in     medical.Inputs
		p      *medical.Params
		want   want
	}{
		{
			name: "in no other group", clause: "2.2.3",
			desc: "困境儿童不属于其他救助对象：扩大救助对象，60%×(8000−5000)=1800，不资助参合 / in no other group: extended, 60% × (8000 − 5000) = 1800.00, no sponsorship",
			h:    home(kid(household.ChildInDifficulty)),
			want: want{Group: medical.GroupChildInDifficulty, Clauses: []policy.Clause{"2.3.2", "2.2.3"},
				Reason: "困境儿童，7 周岁，不满 18 周岁，不属于其他救助对象：扩大救助对象（困境儿童医疗救助）",
				Lines:  []line{{Item: medical.ItemInpatient, Member: "k1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1800.00"}}},
		},
		{
			name: "a child of a family in difficulty, the county's own terms", clause: "2.2.3",
			desc: "困境家庭儿童，县定比例70%、起付线2000：70%×(8000−2000)=4200 / county terms 70% above 2000: 70% × 6000 = 4200.00",
			h:    home(kid(household.ChildInDifficultHome)), p: own,
			want: want{Group: medical.GroupChildInDifficulty, Clauses: []policy.Clause{"2.3.2", "2.2.3"},
				Reason: "困境家庭儿童，7 周岁，不满 18 周岁，不属于其他救助对象：扩大救助对象（困境儿童医疗救助）",
				Lines:  []line{{Item: medical.ItemInpatient, Member: "k1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "4200.00"}}},
		},
		{
			name: "a minor of a low-income family keeps the extended terms", clause: "2.3.2",
			desc: "低收入家庭的困境儿童：未成年人，按扩大对象60%×(8000−5000)=1800，不用困境儿童参数 / a minor of a low-income family: 1800.00 on the extended terms",
			h:    lowFamily(kid(household.ChildInDifficulty)), p: own,
			want: want{Group: medical.GroupExtended, Clauses: []policy.Clause{"2.3.2"}, Reason: "低收入家庭的未成年人：7 周岁，不满 18 周岁",
				Lines: []line{{Item: medical.ItemInpatient, Member: "k1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "1800.00"}}},
		},
		{
			name: "in a lowincome household", clause: "2.3.2",
			desc: "低保户的困境儿童：低保对象，资助参合180，70%×8000=5600 / in a 低保 household: 180.00 and 5600.00",
			h:    home(kid(household.ChildInDifficulty)), in: medical.Inputs{LowIncome: true},
			want: want{Group: medical.GroupLowIncome, Clauses: []policy.Clause{"2.3.2"}, Reason: "低保家庭成员：重点救助对象",
				Lines: []line{
					{Item: medical.ItemSponsorship, Member: "k1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
					{Item: medical.ItemInpatient, Member: "k1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				}},
		},
		{
			name: "paid lowincome on the individual switch", clause: "2.2.3",
			desc: "户未纳入低保、儿童单独全额享受低保：低保对象，资助参合180，70%×8000=5600 / the household not covered, the child paid S on its own: 180.00 and 5600.00",
			h:    home(adult("m1"), kid(household.ChildInDifficulty)), in: medical.Inputs{LowIncomeMembers: []string{"k1"}},
			want: want{Group: medical.GroupLowIncome, Clauses: []policy.Clause{"2.3.2", "2.2.3"},
				Reason: "本人单独享受低保（困境儿童全额享受最低生活保障）：低保对象，重点救助对象",
				Lines: []line{
					{Item: medical.ItemSponsorship, Member: "k1", Payee: policy.PayMedicalInsuranceFund, Payer: policy.MedicalAidFund, Annual: "180.00"},
					{Item: medical.ItemInpatient, Member: "k1", Payee: policy.PayMember, Payer: policy.MedicalAidFund, Annual: "5600.00"},
				}},
		},
		{
			name: "18 at admission", clause: "2.3.2",
			desc: "1月1日17周岁的困境儿童，5月入院时已满18：不属于，不救助 / 17 on 1 January, 18 at the May admission: not covered",
			h:    home(with(child("k1", "1999-03-01", household.ChildInDifficulty), example7)),
			want: want{Group: medical.GroupNone, Clauses: []policy.Clause{"2.3.2"},
				Reason: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, tc.p)
			m, _ := r.Member("k1")
			dec := m.Decision()
			got := want{m.Group(), dec.Clauses(), dec.Explanation().Render(policy.ZH), linesOf(r.Lines)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
			for _, c := range m.Claims() {
				if c.Group() != tc.want.Group {
					t.Errorf("%s\nclaim %s in %q, want %q", tc.desc, c.ID(), c.Group(), tc.want.Group)
				}
			}
		})
	}
}

// TestChildInDifficultyLine: the aid line of a child in difficulty in no
// other group names the group and rests on the group's own parameters,
// all provisional (2.2.3 [interpretation], 2.3.4).
func TestChildInDifficultyLine(t *testing.T) {
	r := assess(t, home(with(child("k1", "2010-01-01", household.ChildInDifficulty), example7)), medical.Inputs{}, nil)
	l := r.Lines[0]
	var params []string
	for _, u := range l.Params() {
		params = append(params, u.Name+"="+u.Value+"/"+string(u.Provenance))
	}
	want := []string{"medical.child_in_difficulty.ratio=0.60/provisional", "medical.child_in_difficulty.deductible=5000.00/provisional",
		"medical.child_in_difficulty.annual_cap=20000.00/provisional"}
	if diff := cmp.Diff(want, params); diff != "" {
		t.Errorf("params (-want +got):\n%s", diff)
	}
	if en := l.Explanation().Render(policy.EN); !strings.Contains(en, "(claim c1, child in difficulty (extended group))") ||
		!strings.HasSuffix(en, "(8000.00 − deductible 5000.00) × 60% = 1800.00 yuan") || !l.Provisional() {
		t.Errorf("explanation %q (provisional %v), want the group named and 60%% × (8000 − 5000) = 1800.00", en, l.Provisional())
	}
}
