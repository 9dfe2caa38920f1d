package household_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestAgeOn is RULES.md section 0: ages are full years on the date.
func TestAgeOn(t *testing.T) {
	tests := []struct {
		name      string
		desc      string
		clause    policy.Clause
		born, on  household.Date
		wantYears int
	}{
		{name: "the day before the birthday", desc: "生日前一天未满 / the day before the birthday", clause: "0",
			born: household.NewDate(2003, 5, 10), on: household.NewDate(2017, 5, 9), wantYears: 13},
		{name: "on the birthday", desc: "生日当天满岁 / on the birthday", clause: "0",
			born: household.NewDate(2003, 5, 10), on: household.NewDate(2017, 5, 10), wantYears: 14},
		{name: "leap day in a common year", desc: "2月29日生，平年3月1日满岁 / born 29 Feb: a year older on 1 March", clause: "0",
			born: household.NewDate(2000, 2, 29), on: household.NewDate(2017, 2, 28), wantYears: 16},
		{name: "leap day on 1 March", desc: "平年3月1日 / 1 March of a common year", clause: "0",
			born: household.NewDate(2000, 2, 29), on: household.NewDate(2017, 3, 1), wantYears: 17},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.born.AgeOn(tc.on); got != tc.wantYears {
				t.Errorf("%s: %s.AgeOn(%s) = %d, want %d", tc.desc, tc.born, tc.on, got, tc.wantYears)
			}
		})
	}
}

// TestValidate: the record's own checks, each naming the field path. Each
// case's edit changes the valid household {id: H, township: T, members:
// [{id: m1, birthDate: 1960-01-01}, {id: m2, birthDate: 1962-01-01}]}.
func TestValidate(t *testing.T) {
	base := func() *household.Household {
		return &household.Household{ID: "H", Township: "T", Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)},
			{ID: "m2", BirthDate: household.NewDate(1962, 1, 1)},
		}}
	}
	tests := []struct {
		name     string
		desc     string
		clause   policy.Clause
		edit     func(h *household.Household)
		want     string // a part of the message
		wantPath string // the first field error's path
		wantType policy.ErrorType
		only     bool // the one field error
	}{
		{name: "missing id", desc: "缺户编号 / no household id", clause: "0",
			edit: func(h *household.Household) { h.ID = "" },
			want: "id: is required", wantPath: "id", wantType: policy.ErrorRequired},
		{name: "missing township", desc: "缺乡镇 / no township", clause: "0",
			edit: func(h *household.Household) { h.Township = "" },
			want: "township: is required", wantPath: "township", wantType: policy.ErrorRequired},
		{name: "too many members", desc: "成员超过50人 / more than 50 members", clause: "0",
			edit: func(h *household.Household) { h.Members = make([]household.Member, 51) },
			want: "members: 51 elements is more than the limit of 50", wantPath: "members", wantType: policy.ErrorTooMany},
		{name: "no-household record of two", desc: "无固定住所的个人记录两人 / a person without a household recorded with two", clause: "2.4.3",
			edit: func(h *household.Household) { h.NoFixedHousehold = true },
			want: "members: 2 members, but a person without a household is recorded alone", wantPath: "members", wantType: policy.ErrorInvalid},
		{name: "unknown relation", desc: "未知关系 / an unknown relation", clause: "0",
			edit: func(h *household.Household) { h.Members[1].Relation = "cousin" },
			want: `members[1].relation: "cousin" is not a relation`, wantPath: "members[1].relation", wantType: policy.ErrorNotSupported},
		{name: "unknown child category", desc: "未知儿童类别 / an unknown child category", clause: "2.2.3",
			edit: func(h *household.Household) { h.Members[1].Child = "orphan" },
			want: `members[1].child: "orphan" is not in-difficulty`, wantPath: "members[1].child", wantType: policy.ErrorNotSupported},
		{name: "unknown disability type", desc: "未知残疾类别 / an unknown disability type", clause: "2.2.4",
			edit: func(h *household.Household) {
				h.Members[0].Disability = &household.Disability{Type: "moral", Grade: 1}
			},
			want: `members[0].disability.type: "moral" is not a disability type`, wantPath: "members[0].disability.type", wantType: policy.ErrorNotSupported},
		{name: "hardship level spelled as a basis", desc: "困难等级写作基础档名“registered-poor”：拒收，建档立卡由户记录表明 / a hardship level spelled as the basis registered-poor: refused, the household's record says it", clause: "2.2.4",
			edit:     func(h *household.Household) { h.Members[1].HardshipLevel = "registered-poor" },
			want:     `members[1].hardship_level: "registered-poor" is a hardship basis the subsidies are tiered by, not a county hardship level`,
			wantPath: "members[1].hardship_level", wantType: policy.ErrorInvalid, only: true},
		{name: "hardship level spelled as the 低保 basis", desc: "困难等级写作基础档名“lowincome”：拒收 / a hardship level spelled as the basis lowincome: refused", clause: "2.2.4",
			edit: func(h *household.Household) { h.Members[0].HardshipLevel = "lowincome" },
			want: `members[0].hardship_level: "lowincome" is a hardship basis`, wantPath: "members[0].hardship_level", wantType: policy.ErrorInvalid, only: true},
		{name: "home class without centralized support", desc: "非集中供养却填敬老院类别 / a home class without centralized support", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, HomeClass: household.HomeClass1}
			},
			want: `members[0].tekun.home_class: "1" is set but the member is not in centralized support`, wantPath: "members[0].tekun.home_class", wantType: policy.ErrorInvalid},
		{name: "home id without centralized support", desc: "分散供养却填敬老院编号：在 home_id 报错 / a home id without centralized support, reported at home_id", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, HomeID: "JLY-01"}
			},
			want: `members[0].tekun.home_id: "JLY-01" is set but the member is not in centralized support`, wantPath: "members[0].tekun.home_id", wantType: policy.ErrorInvalid},
		{name: "tekun period reversed", desc: "供养期间倒置：2017-09至2017-03 / a support period that ends before it starts", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, Period: &household.MonthPeriod{
					From: household.NewYearMonth(2017, time.September), To: household.NewYearMonth(2017, time.March)}}
			},
			want: "members[0].tekun.period.to: 2017-03 is before from 2017-09: the period is reversed", wantPath: "members[0].tekun.period.to", wantType: policy.ErrorInvalid},
		{name: "stay without centralized support", desc: "分散供养却填入住敬老院期间 / a nursing-home stay in dispersed support", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, Stay: &household.MonthPeriod{
					From: household.NewYearMonth(2017, time.July)}}
			},
			want: "members[0].tekun.stay: from 2017-07 is set but the member is not in centralized support", wantPath: "members[0].tekun.stay", wantType: policy.ErrorInvalid},
		{name: "stay reversed", desc: "入住期间倒置：2017-09至2017-03 / a stay that ends before it starts", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, Stay: &household.MonthPeriod{
					From: household.NewYearMonth(2017, time.September), To: household.NewYearMonth(2017, time.March)}}
			},
			want: "members[0].tekun.stay.to: 2017-03 is before from 2017-09: the period is reversed", wantPath: "members[0].tekun.stay.to", wantType: policy.ErrorInvalid},
		{name: "stay in a reversed support", desc: "供养期间倒置时入住期间只报倒置一处 / a stay in a reversed support period: the reversal alone is reported", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized,
					Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.September), To: household.NewYearMonth(2017, time.March)},
					Stay:   &household.MonthPeriod{From: household.NewYearMonth(2017, time.September), To: household.NewYearMonth(2017, time.October)}}
			},
			want: "members[0].tekun.period.to: 2017-03 is before from 2017-09: the period is reversed", wantPath: "members[0].tekun.period.to", wantType: policy.ErrorInvalid, only: true},
		{name: "stay without from", desc: "入住期间缺起始月：只报缺月 / a stay without from: the missing month alone is reported", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, Stay: &household.MonthPeriod{}}
			},
			want: "members[0].tekun.stay.from: is required", wantPath: "members[0].tekun.stay.from", wantType: policy.ErrorRequired, only: true},
		{name: "negative aid paid", desc: "已付医疗救助为负 / negative medical aid paid", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].MedicalAidPaid = decimal.RequireFromString("-5")
			},
			want: "members[0].medical_aid_paid: -5 is negative", wantPath: "members[0].medical_aid_paid", wantType: policy.ErrorInvalid},
		{name: "compliant above total", desc: "合规费用高于总费用 / compliant cost above total cost", clause: "2.3.4",
			edit: func(h *household.Household) {
				h.Members[0].Claims = []household.Claim{{ID: "c", Admission: household.NewDate(2017, 1, 2),
					TotalCost: decimal.RequireFromString("100"), CompliantCost: decimal.RequireFromString("120")}}
			},
			want: "members[0].claims[0].compliant_cost: 120.00 is more than the total cost 100.00", wantPath: "members[0].claims[0].compliant_cost", wantType: policy.ErrorInvalid},
		{name: "payment to an unknown member", desc: "给不存在的成员发放 / a payment to no member", clause: "0",
			edit: func(h *household.Household) {
				h.Current.LowIncome = true
				h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: "uplift-a", Member: "m9"}}
			},
			want: `current.payments[0].member: "m9" is not the id of a member`, wantPath: "current.payments[0].member", wantType: policy.ErrorNotFound},
		{name: "低保 paid but not covered", desc: "记录未在保却有低保发放 / 低保 paid to a household not recorded as covered", clause: "2.1.2",
			edit: func(h *household.Household) {
				h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: "base"}}
			},
			want: "current.payments[0].programme: lowincome is paid but current.lowincome is false", wantPath: "current.payments[0].programme", wantType: policy.ErrorInvalid},
		{name: "特困 payment recorded", desc: "记录特困现发金额：不予核对，报错而不丢弃 / a 特困 payment is not audited: an error, not dropped", clause: "2.1.2",
			edit: func(h *household.Household) {
				h.Current.Payments = []household.Payment{{Programme: policy.Tekun, Item: "dispersed", Member: "m0"}}
			},
			want:     "current.payments[0].programme: tekun is not audited against what is paid now (only lowincome and disability are: 2.1.2, 2.2.4)",
			wantPath: "current.payments[0].programme", wantType: policy.ErrorInvalid},
		{name: "medical payment recorded", desc: "记录医疗救助现发金额：报错 / a medical-aid payment is an error", clause: "2.1.2",
			edit: func(h *household.Household) {
				h.Current.Payments = []household.Payment{{Programme: policy.Medical, Item: "inpatient"}}
			},
			want:     "current.payments[0].programme: medical is not audited against what is paid now (only lowincome and disability are: 2.1.2, 2.2.4)",
			wantPath: "current.payments[0].programme", wantType: policy.ErrorInvalid},
		{name: "hardship of unknown type", desc: "未知困难类别 / an unknown hardship type", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = []household.Hardship{{ID: "e", Type: "lottery-loss", Date: household.NewDate(2017, 1, 1)}}
			},
			want: `hardships[0].type: "lottery-loss" is not a hardship type`, wantPath: "hardships[0].type", wantType: policy.ErrorNotSupported},
		{name: "negative vehicles", desc: "车辆数为负 / negative vehicles", clause: "2.1.3",
			edit: func(h *household.Household) { h.Assets = &household.Assets{Vehicles: -1} },
			want: "assets.vehicles: -1 is negative", wantPath: "assets.vehicles", wantType: policy.ErrorInvalid},
		{name: "negative extra housing", desc: "多余住房数为负 / negative extra housing", clause: "2.1.3",
			edit: func(h *household.Household) { h.Assets = &household.Assets{ExtraHousing: -1} },
			want: "assets.extra_housing: -1 is negative", wantPath: "assets.extra_housing", wantType: policy.ErrorInvalid, only: true},
		{name: "support period without a mode", desc: "填了特困供养期间却无供养方式 / a 特困 support period without a mode of support", clause: "2.2.1",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.March)}}
			},
			want:     "members[0].tekun.mode: is required when a period, self-care or incapacity is set",
			wantPath: "members[0].tekun.mode", wantType: policy.ErrorRequired, only: true},
		{name: "self-care without a mode", desc: "填了自理能力（全护理）却无供养方式 / a self-care level (none) without a mode of support", clause: "2.2.1",
			edit:     func(h *household.Household) { h.Members[1].Tekun = household.Tekun{SelfCare: household.SelfCareNone} },
			want:     "members[1].tekun.mode: is required when a period, self-care or incapacity is set",
			wantPath: "members[1].tekun.mode", wantType: policy.ErrorRequired, only: true},
		{name: "incapacity without a mode", desc: "填了失能却无供养方式 / incapacity without a mode of support", clause: "2.2.2",
			edit:     func(h *household.Household) { h.Members[0].Tekun = household.Tekun{Incapacitated: true} },
			want:     "members[0].tekun.mode: is required when a period, self-care or incapacity is set",
			wantPath: "members[0].tekun.mode", wantType: policy.ErrorRequired, only: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := base()
			tc.edit(h)
			err := h.Validate()
			var fe *policy.FieldError
			if err == nil || !errors.Is(err, policy.ErrInvalid) || !errors.As(err, &fe) {
				t.Fatalf("%s: Validate() = %v, want a field error", tc.desc, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s:\n got %q\nwant it to contain %q", tc.desc, err, tc.want)
			}
			if fes := policy.FieldErrors(err); len(fes) == 0 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: first field error %v, want a %s error at %s", tc.desc, fes, tc.wantType, tc.wantPath)
			} else if tc.only && len(fes) != 1 {
				t.Errorf("%s: %d field errors %v, want that one alone", tc.desc, len(fes), fes)
			}
		})
	}
	if err := base().Validate(); err != nil {
		t.Errorf("a sound record: Validate() = %v", err)
	}
}

// TestValidateAllocs: validating a sound record, a member's name, claims
// and events included, allocates nothing: paths are written only for
// errors, and what an error says of a name only for a bad one; and a
// claim's insurance and an event's aid received are added up in fen.
func TestValidateAllocs(t *testing.T) {
	h, err := household.Unmarshal([]byte(`{"id":"H1","township":"T","members":[
		{"id":"m1","name":"示例甲","birth_date":"1960-02-29","class":"A","incomes":[{"category":"wages","amount":"4500.00"}],
		 "disability":{"type":"physical","grade":1,"long_term_care":true},
		 "claims":[{"id":"c1","admission":"2017-04-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]},
		{"id":"m2","birth_date":"2010-06-01","child":"in-difficulty"}],
		"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","insurance":"500.00","other_aid":"1000.00"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = h.Validate() }); n != 0 {
		t.Errorf("Validate allocates %v times per run, want 0", n)
	}
}

// TestValidateSums: a claim's insurance is compared with its compliant cost
// and that with its total cost (2.3.4), and what an event received with its
// cost (2.4.1), as the amounts were validated: an insurance or aid amount
// that is not money counts as 0 and a negative one as it is, each reported
// at its own field as well; a cost that is not money is not compared. The
// errors listed are all of the record's, in order.
func TestValidateSums(t *testing.T) {
	claim := func(compliant, ncms, critical, supplementary, guaranteed string) func(h *household.Household) {
		return func(h *household.Household) {
			h.Members[0].Claims = []household.Claim{{ID: "c1", Admission: household.NewDate(2017, 3, 1),
				TotalCost: decimal.RequireFromString("500"), CompliantCost: decimal.RequireFromString(compliant),
				NCMS: decimal.RequireFromString(ncms), CriticalIllness: decimal.RequireFromString(critical),
				Supplementary: decimal.RequireFromString(supplementary), Guaranteed: decimal.RequireFromString(guaranteed)}}
		}
	}
	event := func(cost, insurance, other string) func(h *household.Household) {
		return func(h *household.Household) {
			h.Hardships = []household.Hardship{{ID: "e1", Type: household.Fire, Date: household.NewDate(2017, 5, 1),
				Cost: decimal.RequireFromString(cost), Insurance: decimal.RequireFromString(insurance),
				OtherAid: decimal.RequireFromString(other)}}
		}
	}
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		edit   func(h *household.Household)
		want   []string
	}{
		{name: "insurance within the compliant cost", desc: "90 + 10 = 100，不超过合规费用 100 / 90 + 10 = 100 is not above 100",
			clause: "2.3.4", edit: claim("100", "90", "10", "0", "0")},
		{name: "a negative part counts as it is", desc: "基本医保 −50 照计：−50 + 120 = 70 ≤ 100，只报负数 / −50 counts: 70 ≤ 100, only the negative amount is reported",
			clause: "2.3.4", edit: claim("100", "-50", "120", "0", "0"),
			want: []string{"members[0].claims[0].ncms: -50 is negative"}},
		{name: "a part that is not money counts as 0", desc: "0.001 不是金额，计 0：0 + 120 > 100 / 0.001 is not money and counts as 0: 120 > 100",
			clause: "2.3.4", edit: claim("100", "0.001", "120", "0", "0"),
			want: []string{"members[0].claims[0].ncms: 0.001 has more than two decimal places",
				"members[0].claims[0]: 120.00 paid by insurance is more than the compliant cost 100.00"}},
		{name: "costs that are not money are not compared", desc: "总费用 −5、合规费用 100.001：两项各报一次，不拿两者比较 / a total cost of −5 and a compliant cost of 100.001: each reported once, the two not compared",
			clause: "2.3.4", edit: func(h *household.Household) {
				claim("100.001", "0", "0", "0", "0")(h)
				h.Members[0].Claims[0].TotalCost = decimal.RequireFromString("-5")
			},
			want: []string{"members[0].claims[0].total_cost: -5 is negative",
				"members[0].claims[0].compliant_cost: 100.001 has more than two decimal places"}},
		{name: "a compliant cost that is not money is not compared", desc: "合规费用 100.001 不是金额：只报它本身，不拿 10 与之比较 / a compliant cost of 100.001 is not money: it alone is reported, 10 is not compared with it",
			clause: "2.3.4", edit: claim("100.001", "10", "0", "0", "0"),
			want: []string{"members[0].claims[0].compliant_cost: 100.001 has more than two decimal places"}},
		{name: "all four insurances within the compliant cost", desc: "40 + 20 + 30 + 10 = 100，不超过合规费用 100 / 40 + 20 + 30 + 10 = 100 is not above 100",
			clause: "2.3.4", edit: claim("100", "40", "20", "30", "10")},
		{name: "all four insurances above the compliant cost", desc: "基本医保、大病、补充、保底四项合计 40 + 20 + 30 + 20 = 110 > 100 / basic, critical-illness, supplementary and guaranteed: 40 + 20 + 30 + 20 = 110 > 100",
			clause: "2.3.4", edit: claim("100", "40", "20", "30", "20"),
			want: []string{"members[0].claims[0]: 110.00 paid by insurance is more than the compliant cost 100.00"}},
		{name: "received within the cost", desc: "800 + 200 = 1000，不超过损失 1000 / 800 + 200 = 1000 is not above 1000",
			clause: "2.4.1", edit: event("1000", "800", "200")},
		{name: "a negative amount received counts as it is", desc: "保险 −200 照计：−200 + 1100 = 900 ≤ 1000 / −200 counts: 900 ≤ 1000",
			clause: "2.4.1", edit: event("1000", "-200", "1100"),
			want: []string{"hardships[0].insurance: -200 is negative"}},
		{name: "received above the cost", desc: "800 + 400 = 1200 > 1000：不是错误，差额计 0 / 1200 above 1000 is not an error: the shortfall is floored at 0",
			clause: "2.4.1", edit: event("1000", "800", "400")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &household.Household{ID: "H", Township: "T", Members: []household.Member{
				{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
			tc.edit(h)
			var got []string
			for _, fe := range policy.FieldErrors(h.Validate()) {
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestCheckMemberIDs: ids a caller hands a programme beside the record
// (inputs.lowincome_members) are each a member's, listed once; every id that
// is not is reported at its index, none merged or dropped.
func TestCheckMemberIDs(t *testing.T) {
	h := &household.Household{Members: []household.Member{{ID: "m1"}, {ID: "m2"}}}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		ids    []string
		want   []fieldErr
	}{
		{name: "none", clause: "0", desc: "没有 / none"},
		{name: "members once each", clause: "0", desc: "每名成员一次 / each member once", ids: []string{"m2", "m1"}},
		{name: "no member", clause: "0", desc: "不是成员 / not a member", ids: []string{"m3"},
			want: []fieldErr{{"inputs.lowincome_members[0]", policy.ErrorNotFound}}},
		{name: "the empty id", clause: "0", desc: "空编号不是成员 / the empty id is no member's", ids: []string{""},
			want: []fieldErr{{"inputs.lowincome_members[0]", policy.ErrorNotFound}}},
		{name: "listed twice", clause: "0", desc: "列了两次：第二次报错 / listed twice: the second is reported", ids: []string{"m1", "m2", "m1"},
			want: []fieldErr{{"inputs.lowincome_members[2]", policy.ErrorDuplicate}}},
		{name: "every fault", clause: "0", desc: "每处错误都报出 / every fault is reported", ids: []string{"x", "m1", "x", "m1", "m1"},
			want: []fieldErr{{"inputs.lowincome_members[0]", policy.ErrorNotFound}, {"inputs.lowincome_members[2]", policy.ErrorNotFound},
				{"inputs.lowincome_members[3]", policy.ErrorDuplicate}, {"inputs.lowincome_members[4]", policy.ErrorDuplicate}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := fieldErrs(errors.Join(h.CheckMemberIDs("inputs.lowincome_members", tc.ids)...))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: CheckMemberIDs(%q) (-want +got):\n%s", tc.desc, tc.ids, diff)
			}
		})
	}
}

// TestCheckSameHousehold: a programme's result for an earlier run of
// months is handed to the next only for a record of the same household —
// its id and its member ids in order (section 0, runs of months).
func TestCheckSameHousehold(t *testing.T) {
	h := &household.Household{ID: "H", Members: []household.Member{{ID: "m1"}, {ID: "m2"}}}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		o      *household.Household
		want   string // the error, "" for none
	}{
		{name: "same", clause: "0", desc: "同户同成员 / the same household and members",
			o: &household.Household{ID: "H", Members: []household.Member{{ID: "m1", Name: "另名"}, {ID: "m2"}}}},
		{name: "another id", clause: "0", desc: "户编号不同 / another household id",
			o:    &household.Household{ID: "H2", Members: []household.Member{{ID: "m1"}, {ID: "m2"}}},
			want: `inputs.before: "H2" is the result of another household or other members`},
		{name: "members in another order", clause: "0", desc: "成员顺序不同 / the members in another order",
			o:    &household.Household{ID: "H", Members: []household.Member{{ID: "m2"}, {ID: "m1"}}},
			want: `inputs.before: "H" is the result of another household or other members`},
		{name: "a member fewer", clause: "0", desc: "少一名成员 / a member fewer",
			o:    &household.Household{ID: "H", Members: []household.Member{{ID: "m1"}}},
			want: `inputs.before: "H" is the result of another household or other members`},
		{name: "no record", clause: "0", desc: "无记录（零值结果）/ no record (the zero result's)",
			want: `inputs.before: "" is the result of another household or other members`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if err := h.CheckSameHousehold("inputs.before", tc.o); err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("%s: CheckSameHousehold = %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}
