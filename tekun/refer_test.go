package tekun_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// referral is a referral line as the tables state it.
type referral struct {
	Item    policy.Item
	Member  string
	Month   time.Month
	Service string
	Why     string
}

func referralsOf(r *tekun.Result) []referral {
	var out []referral
	for _, l := range r.Lines {
		if l.Form() == policy.Referral {
			out = append(out, referral{l.Item(), l.Member(), l.Period().From, l.Service(), l.Explanation().Render(policy.ZH)})
		}
	}
	return out
}

// mental returns m with a mental-disability certificate of grade 2 over
// period (nil for the whole year).
func mental(m *household.Member, typ household.DisabilityType, period *household.MonthPeriod) *household.Member {
	m.Disability = &household.Disability{Type: typ, Grade: 2, Period: period}
	return m
}

func incapacitated(m *household.Member) *household.Member {
	m.Tekun.Incapacitated = true
	return m
}

func diagnosed(m *household.Member) *household.Member {
	m.MentalIllness = true
	return m
}

// TestReferral is the referrals of 2.2.2. "为患病或失能失智的特困供养人员提供护理服务":
// a 特困 person who needs full care (全护理) or is sick and unable to care
// for himself (失能失智) is referred to a nursing-type institution or
// special-care ward (护理型特困供养机构 / 特护区). "为特困供养人员中精神病患者提供专业养护场所":
// one with a mental illness (a mental-disability certificate, or a
// recorded diagnosis) to a psychiatric welfare institution. Referrals, not
// amounts: a line with no amount, the member's, from civil-affairs funds,
// in the month of the assessment date (2017-09), made in the run
// containing that month for a person supported in it.
func TestReferral(t *testing.T) {
	const (
		nursing     = "特困供养人员需全护理：转介护理型特困供养机构或特护区，提供护理服务（不计金额）"
		sick        = "特困供养人员患病或失能失智：转介护理型特困供养机构或特护区，提供护理服务（不计金额）"
		sickAndFull = "特困供养人员需全护理，且患病或失能失智：转介护理型特困供养机构或特护区，提供护理服务（不计金额）"
		certificate = "特困供养人员持精神残疾证：转介精神病人福利机构，提供专业养护（不计金额）"
		diagnosis   = "特困供养人员有精神疾病诊断记录：转介精神病人福利机构，提供专业养护（不计金额）"
		both        = "特困供养人员持精神残疾证，且有精神疾病诊断记录：转介精神病人福利机构，提供专业养护（不计金额）"
	)
	tests := []struct {
		name    string
		clause  policy.Clause
		clauses []policy.Clause // a row that shows two clauses at once
		desc    string
		h       *household.Household
		period  policy.Period
		want    []referral
	}{
		{
			name: "full care, dispersed", clause: "2.2.2",
			desc: "分散供养、全护理：转介护理型机构或特护区，9月 / dispersed in full care: referred to nursing care in September",
			h:    alone(selfCare(dispersed("t1", nil), household.SelfCareNone)),
			want: []referral{{Item: tekun.ItemReferNursing, Member: "t1", Month: time.September, Service: tekun.ServiceNursing, Why: nursing}},
		},
		{
			name: "incapacitated, centralized", clause: "2.2.2",
			desc: "集中供养、失能失智：转介特护区，转介行属本人 / a centralized resident, incapacitated: referred, the line the member's",
			h:    alone(incapacitated(selfCare(resident("t3", household.HomeClass2, nil), household.SelfCarePartial))),
			want: []referral{{Item: tekun.ItemReferNursing, Member: "t3", Month: time.September, Service: tekun.ServiceNursing, Why: sick}},
		},
		{
			name: "full care and incapacitated", clause: "2.2.2",
			desc: "全护理且失能失智：一条转介，两个原因 / both: one referral giving both reasons",
			h:    alone(incapacitated(selfCare(dispersed("t1", nil), household.SelfCareNone))),
			want: []referral{{Item: tekun.ItemReferNursing, Member: "t1", Month: time.September, Service: tekun.ServiceNursing, Why: sickAndFull}},
		},
		{
			name: "partial self-care", clause: "2.2.2",
			desc: "半自理、未失能：不转介 / partial self-care, not incapacitated: no referral",
			h:    alone(selfCare(dispersed("t1", nil), household.SelfCarePartial)),
		},
		{
			name: "mental-disability certificate", clause: "2.2.2",
			desc: "持精神残疾证：转介精神病人福利机构 / a mental-disability certificate: referred to a psychiatric welfare institution",
			h:    alone(mental(dispersed("t1", nil), household.Mental, nil)),
			want: []referral{{Item: tekun.ItemReferPsychiatric, Member: "t1", Month: time.September, Service: tekun.ServicePsychiatric, Why: certificate}},
		},
		{
			name: "recorded diagnosis", clause: "2.2.2",
			desc: "有精神疾病诊断记录、无残疾证：转介精神病人福利机构 / a recorded diagnosis, no certificate: referred",
			h:    alone(diagnosed(resident("t3", household.HomeUnrated, nil))),
			want: []referral{{Item: tekun.ItemReferPsychiatric, Member: "t3", Month: time.September, Service: tekun.ServicePsychiatric, Why: diagnosis}},
		},
		{
			name: "certificate and diagnosis", clause: "2.2.2",
			desc: "残疾证与诊断记录兼有：一条转介 / both: one referral",
			h:    alone(diagnosed(mental(dispersed("t1", nil), household.Mental, nil))),
			want: []referral{{Item: tekun.ItemReferPsychiatric, Member: "t1", Month: time.September, Service: tekun.ServicePsychiatric, Why: both}},
		},
		{
			name: "full care and mental illness", clause: "2.2.2",
			desc: "全护理且有精神疾病：两条转介，先护理后精神 / full care and a mental illness: two referrals, nursing first",
			h:    alone(diagnosed(selfCare(dispersed("t1", nil), household.SelfCareNone))),
			want: []referral{
				{Item: tekun.ItemReferNursing, Member: "t1", Month: time.September, Service: tekun.ServiceNursing, Why: nursing},
				{Item: tekun.ItemReferPsychiatric, Member: "t1", Month: time.September, Service: tekun.ServicePsychiatric, Why: diagnosis},
			},
		},
		{
			name: "intellectual-disability certificate", clause: "2.2.2",
			desc: "智力残疾证：非精神疾病，不转介 / an intellectual-disability certificate is not a mental illness: no referral",
			h:    alone(mental(dispersed("t1", nil), household.Intellectual, nil)),
		},
		{
			name: "certificate expired before the assessment month", clause: "2.2.2",
			desc: "精神残疾证有效期2017-01至2017-06，评估日2017-09：不转介 / a certificate valid January–June, assessed in September: no referral",
			h:    alone(mental(dispersed("t1", nil), household.Mental, months(time.January, time.June))),
		},
		{
			name: "certificate from a month after the assessment month", clause: "2.2.2",
			desc: "精神残疾证自2017-10起有效，评估日2017-09：9月无有效证件，不转介 / a certificate valid from October, assessed in September: none valid in September, no referral",
			h:    alone(mental(dispersed("t1", nil), household.Mental, months(time.October, 0))),
		},
		{
			name: "certificate valid in the assessment month alone", clause: "2.2.2",
			desc: "精神残疾证仅2017-09有效，评估日2017-09：转介 / a certificate valid in September alone, assessed in September: referred",
			h:    alone(mental(dispersed("t1", nil), household.Mental, months(time.September, time.September))),
			want: []referral{{Item: tekun.ItemReferPsychiatric, Member: "t1", Month: time.September, Service: tekun.ServicePsychiatric, Why: certificate}},
		},
		{
			name: "certificate in the run but not in the assessment month", clause: "2.2.2",
			desc: "评估7–12月，精神残疾证仅7–8月有效：转介看评估日所在9月，不看本次评估的其他月份，不转介 / a run of July–December, a certificate valid in July and August: " +
				"the referral rests on September, the assessment date's month, not the run's other months: no referral",
			h:      alone(mental(dispersed("t1", nil), household.Mental, months(time.July, time.August))),
			period: policy.Period{From: time.July, To: time.December},
		},
		{
			name: "certificate valid in a run without the assessment month", clause: "2.2.2",
			desc: "评估10–12月，精神残疾证自10月起有效：转介只在含评估日所在9月的一段评估中作出，本段不转介 / a run of October–December, a certificate valid from October: " +
				"referrals are made only in the run holding September, the assessment date's month: none in this run",
			h:      alone(mental(dispersed("t1", nil), household.Mental, months(time.October, 0))),
			period: policy.Period{From: time.October, To: time.December},
		},
		{
			name: "two members, record order", clause: "2.2.2",
			desc: "两名特困成员：按成员顺序转介 / two supported members: referrals in record order",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{
				*diagnosed(dispersed("t1", nil)), {ID: "a1", BirthDate: household.NewDate(1970, 1, 1), MentalIllness: true},
				*selfCare(resident("t3", household.HomeClass1, nil), household.SelfCareNone)}},
			want: []referral{
				{Item: tekun.ItemReferPsychiatric, Member: "t1", Month: time.September, Service: tekun.ServicePsychiatric, Why: diagnosis},
				{Item: tekun.ItemReferNursing, Member: "t3", Month: time.September, Service: tekun.ServiceNursing, Why: nursing},
			},
		},
		{
			name: "run without the assessment month", clause: "0",
			desc:   "评估1–6月，不含评估日所在9月：不转介 / a run of January–June, without September: no referral",
			h:      alone(selfCare(dispersed("t1", nil), household.SelfCareNone)),
			period: policy.Period{From: time.January, To: time.June},
		},
		{
			name: "run with the assessment month", clause: "0",
			desc:   "评估7–12月，含9月：转介在9月 / a run of July–December holds September: referred in September",
			h:      alone(selfCare(dispersed("t1", nil), household.SelfCareNone)),
			period: policy.Period{From: time.July, To: time.December},
			want:   []referral{{Item: tekun.ItemReferNursing, Member: "t1", Month: time.September, Service: tekun.ServiceNursing, Why: nursing}},
		},
		{
			name: "support ended before the assessment month", clause: "2.2.2",
			desc: "供养至2017-06，评估日2017-09：已非特困供养人员，不转介 / supported until June, assessed in September: no referral",
			h:    alone(selfCare(dispersed("t1", months(time.January, time.June)), household.SelfCareNone)),
		},
		{
			name: "person without a household", clauses: []policy.Clause{"0", "2.2.2"},
			desc: "无固定住所的个人（第0节）：不受特困供养，故无2.2.2转介 / a person without a household (section 0) is not under 特困 support, so no 2.2.2 referral",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true,
				Members: []household.Member{*selfCare(dispersed("t1", nil), household.SelfCareNone)}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(tc.h, nil, tekun.Inputs{Period: tc.period})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, referralsOf(&r)); diff != "" {
				t.Fatalf("%s\nreferrals (-want +got):\n%s", tc.desc, diff)
			}
			for _, l := range r.Lines {
				if l.Form() != policy.Referral {
					continue
				}
				got := []any{l.Amount(), l.Payee(), l.Payer(), l.Clauses(), l.Months(), l.Lump(), l.NumParams()}
				want := []any{policy.Money(0), policy.PayMember, policy.CivilAffairsFund, []policy.Clause{"2.2.2"}, 1, true, 0}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s\namount, payee, payer, clauses, months, lump, params (-want +got):\n%s", tc.desc, diff)
				}
			}
		})
	}
}

// TestSupport is the 特困 support a household's supported members receive
// in the run (SupportFen: the sum of the tekun lines), which 救急难 adds to
// the household's income (2.4.2); referrals add nothing.
func TestSupport(t *testing.T) {
	ordinary := household.Member{ID: "a1", BirthDate: household.NewDate(1970, 1, 1),
		Incomes: []household.Income{{Category: household.Wages, Amount: d("4500.00")}}}
	care := with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") })
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *tekun.Params
		period policy.Period
		want   string
	}{
		{
			name: "dispersed and class-2 members", clause: "2.4.2",
			desc: "分散供养3622.00 + 二类敬老院6000.00 = 9622.00，低保成员收入不计 / dispersed 3622.00 + class 2 6000.00 = 9622.00; the other member's income is not support",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{
				*dispersed("t1", nil), ordinary, *resident("t3", household.HomeClass2, nil)}},
			want: "9622.00",
		},
		{
			name: "part year with care, referred", clause: "2.4.2",
			desc: "自2017-07起，全护理：3622 × 6 ÷ 12 = 1811.00 + 1200 × 6 ÷ 12 = 600.00 = 2411.00，转介不计 / from July in full care: 1811.00 + 600.00 = 2411.00, the referral adds nothing",
			h:    alone(selfCare(dispersed("t1", months(time.July, 0)), household.SelfCareNone)),
			p:    care,
			want: "2411.00",
		},
		{
			name: "class-2 home March to October, run July to December", clause: "2.4.2",
			desc:   "二类敬老院3–10月，评估7–12月：6000 × 4 ÷ 12 = 2000.00 / class 2 March–October, run July–December: 2000.00",
			h:      alone(resident("t3", household.HomeClass2, months(time.March, time.October))),
			period: policy.Period{From: time.July, To: time.December},
			want:   "2000.00",
		},
		{
			name: "support outside the run", clause: "2.4.2",
			desc:   "自2017-07起供养，评估1–6月：0.00 / supported from July, a run of January–June: 0.00",
			h:      alone(dispersed("t1", months(time.July, 0))),
			period: policy.Period{From: time.January, To: time.June},
			want:   "0.00",
		},
		{
			name: "no supported member", clause: "2.4.2",
			desc: "无特困成员：0.00 / no supported member: 0.00",
			h:    &household.Household{ID: "H-T", Township: "尧渡镇", Members: []household.Member{ordinary}},
			want: "0.00",
		},
		{
			name: "person without a household", clause: "2.4.2",
			desc: "无固定住所的个人：无特困供养，0.00 / a person without a household receives no support: 0.00",
			h: &household.Household{ID: "H-T", Township: "尧渡镇", NoFixedHousehold: true,
				Members: []household.Member{*dispersed("t1", nil)}},
			want: "0.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := assessHousehold(tc.h, tc.p, tekun.Inputs{Period: tc.period})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{r.SupportFen().String(), r.Support().StringFixed(2), r.Total().StringFixed(2)}
			if diff := cmp.Diff([]string{tc.want, tc.want, tc.want}, got); diff != "" {
				t.Errorf("%s\nSupportFen, Support, Total (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
