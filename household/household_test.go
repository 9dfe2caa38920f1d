package household_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestAgeOn is POLICY.md section 0: ages are full years on the date.
func TestAgeOn(t *testing.T) {
	tests := []struct {
		name      string
		desc      string
		born, on  household.Date
		wantYears int
	}{
		{"the day before the birthday", "生日前一天未满 / the day before the birthday", household.NewDate(2003, 5, 10), household.NewDate(2017, 5, 9), 13},
		{"on the birthday", "生日当天满岁 / on the birthday", household.NewDate(2003, 5, 10), household.NewDate(2017, 5, 10), 14},
		{"leap day in a common year", "2月29日生，平年3月1日满岁 / born 29 Feb: a year older on 1 March", household.NewDate(2000, 2, 29), household.NewDate(2017, 2, 28), 16},
		{"leap day on 1 March", "平年3月1日 / 1 March of a common year", household.NewDate(2000, 2, 29), household.NewDate(2017, 3, 1), 17},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.born.AgeOn(tc.on); got != tc.wantYears {
				t.Errorf("%s: %s.AgeOn(%s) = %d, want %d", tc.desc, tc.born, tc.on, got, tc.wantYears)
			}
		})
	}
}

// TestValidate: the record's own checks, each naming the field path.
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
		edit     func(h *household.Household)
		want     string
		wantPath string // the first field error's path
		wantType policy.ErrorType
	}{
		{"missing id", "缺户编号 / no household id", func(h *household.Household) { h.ID = "" }, "id: is required", "id", policy.ErrorRequired},
		{"missing township", "缺乡镇 / no township", func(h *household.Household) { h.Township = "" }, "township: is required", "township", policy.ErrorRequired},
		{"too many members", "成员超过50人 / more than 50 members", func(h *household.Household) {
			h.Members = make([]household.Member, 51)
		}, "members: 51 members is more than 50", "members", policy.ErrorTooMany},
		{"no-household record of two", "无户籍人员记录两人 / a person without a household recorded with two", func(h *household.Household) { h.NoFixedHousehold = true }, "members: 2 members, but a person without a household is recorded alone", "members", policy.ErrorInvalid},
		{"unknown relation", "未知关系 / an unknown relation", func(h *household.Household) { h.Members[1].Relation = "cousin" }, `members[1].relation: "cousin" is not a relation`, "members[1].relation", policy.ErrorNotSupported},
		{"unknown child category", "未知儿童类别 / an unknown child category", func(h *household.Household) { h.Members[1].Child = "orphan" }, `members[1].child: "orphan" is not in-difficulty`, "members[1].child", policy.ErrorNotSupported},
		{"unknown disability type", "未知残疾类别 / an unknown disability type", func(h *household.Household) {
			h.Members[0].Disability = &household.Disability{Type: "moral", Grade: 1}
		}, `members[0].disability.type: "moral" is not a disability type`, "members[0].disability.type", policy.ErrorNotSupported},
		{"home class without centralized support", "非集中供养却填敬老院类别 / a home class without centralized support", func(h *household.Household) {
			h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, HomeClass: household.HomeClass1}
		}, `members[0].tekun.home_class: "1" is set but the member is not in centralized support`, "members[0].tekun.home_class", policy.ErrorInvalid},
		{"tekun months 13", "供养月数13 / 13 months of support", func(h *household.Household) {
			h.Members[0].Tekun = household.Tekun{Mode: household.TekunDispersed, Months: 13}
		}, "members[0].tekun.months: 13 is not 1–12", "members[0].tekun.months", policy.ErrorInvalid},
		{"negative aid paid", "已付医疗救助为负 / negative medical aid paid", func(h *household.Household) {
			h.Members[0].MedicalAidPaid = decimal.RequireFromString("-5")
		}, "members[0].medical_aid_paid: -5 is negative", "members[0].medical_aid_paid", policy.ErrorInvalid},
		{"compliant above total", "合规费用高于总费用 / compliant cost above total cost", func(h *household.Household) {
			h.Members[0].Claims = []household.Claim{{ID: "c", Admission: household.NewDate(2017, 1, 2),
				TotalCost: decimal.RequireFromString("100"), CompliantCost: decimal.RequireFromString("120")}}
		}, "members[0].claims[0].compliant_cost: 120.00 is more than the total cost 100.00", "members[0].claims[0].compliant_cost", policy.ErrorInvalid},
		{"payment to an unknown member", "给不存在的成员发放 / a payment to no member", func(h *household.Household) {
			h.Current.LowIncome = true
			h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: "uplift-a", Member: "m9"}}
		}, `current.payments[0].member: "m9" is not the id of a member`, "current.payments[0].member", policy.ErrorNotFound},
		{"低保 paid but not covered", "记录未在保却有低保发放 / 低保 paid to a household not recorded as covered", func(h *household.Household) {
			h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: "base"}}
		}, "current.payments[0].programme: lowincome is paid but current.lowincome is false", "current.payments[0].programme", policy.ErrorInvalid},
		{"hardship received above cost", "已获救助超过损失 / aid received above the cost", func(h *household.Household) {
			h.Hardships = []household.Hardship{{ID: "e", Type: household.Fire, Date: household.NewDate(2017, 1, 1),
				Cost: decimal.RequireFromString("1000"), Insurance: decimal.RequireFromString("800"), OtherAid: decimal.RequireFromString("400")}}
		}, "hardships[0]: 1200.00 received is more than the cost 1000.00", "hardships[0]", policy.ErrorInvalid},
		{"hardship of unknown type", "未知困难类别 / an unknown hardship type", func(h *household.Household) {
			h.Hardships = []household.Hardship{{ID: "e", Type: "lottery-loss", Date: household.NewDate(2017, 1, 1)}}
		}, `hardships[0].type: "lottery-loss" is not a hardship type`, "hardships[0].type", policy.ErrorNotSupported},
		{"negative vehicles", "车辆数为负 / negative vehicles", func(h *household.Household) {
			h.Assets = &household.Assets{Vehicles: -1}
		}, "assets.vehicles: -1 is negative", "assets.vehicles", policy.ErrorInvalid},
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
			}
		})
	}
	if err := base().Validate(); err != nil {
		t.Errorf("a sound record: Validate() = %v", err)
	}
}

// TestValidateAllocs: validating a sound record with no claims or events
// allocates nothing: paths are written only for errors. (Adding up a
// claim's insurance payments costs an allocation per addition.)
func TestValidateAllocs(t *testing.T) {
	h, err := household.Unmarshal([]byte(`{"id":"H1","township":"T","members":[
		{"id":"m1","birth_date":"1960-02-29","class":"A","incomes":[{"category":"wages","amount":"4500.00"}],
		 "disability":{"type":"physical","grade":1,"long_term_care":true}},
		{"id":"m2","birth_date":"2010-06-01","child":"in-difficulty"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = h.Validate() }); n != 0 {
		t.Errorf("Validate allocates %v times per run, want 0", n)
	}
}
