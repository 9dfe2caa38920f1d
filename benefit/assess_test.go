package benefit_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/enumtest"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// coordFinding is a finding as TestCoordination states it: its kind, the
// member it names ("" for the household) and its amount.
type coordFinding struct {
	Kind   policy.FindingKind
	Member string
	Amount string
}

// TestCoordination is the table of the hand-offs and exclusions between
// programmes (RULES.md section 3): every line of each household, so that
// what one programme's result does to another shows in yuan.
func TestCoordination(t *testing.T) {
	const (
		civil   = policy.CivilAffairsFund
		medFund = policy.MedicalAidFund
		county  = policy.CountyFinance
	)
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        string
		want     []line
		findings []coordFinding
		// provisional are the lines resting on a provisional value
		// (section 0), as "item member".
		provisional []string
	}{
		{
			name:   "tekun-member-outside-lowincome-household",
			clause: policy.ClauseCoordination,
			desc: "特困成员单独供养，不计入低保家庭人口与收入：n = 2，I = 2000.00 + 1000.00，补差 3622.00 × 2 − 3000.00 = 4244.00；" +
				"特困成员 3622.00 元/年；三人均为医疗救助重点对象，资助参合各 180.00 / " +
				"a 特困 member is supported alone and is neither counted nor has income counted in the 低保 household: base 7244.00 − 3000.00 = 4244.00; " +
				"the 特困 member gets 3622.00; all three are key recipients of medical aid, each sponsored 180.00",
			h: `{"id":"T1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"2000.00"}]},
				{"id":"m2","birth_date":"1962-01-01","relation":"spouse","incomes":[{"category":"agriculture","amount":"1000.00"}]},
				{"id":"m3","birth_date":"1935-01-01","relation":"parent","tekun":{"mode":"dispersed"},
				 "incomes":[{"category":"transfers","amount":"500.00"}]}]}`,
			want: []line{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Annual: "4244.00"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m3", Payer: civil, Annual: "3622.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Annual: "180.00"},
			},
			findings:    []coordFinding{{policy.Omission, "", "4244.00"}},
			provisional: []string{"sponsorship m1", "sponsorship m2", "sponsorship m3"},
		},
		{
			name:   "lowincome-hands-off-to-disability-and-medical",
			clause: policy.ClauseDisability,
			desc: "低保家庭的一级肢体残疾、需长期照护成员（实例6）：生活补贴 800.00（暂定）+ 护理补贴 720.00；低保成员为医疗救助重点对象 / " +
				"worked example 6: a grade-1 physically disabled member of a 低保 household needing long-term care gets living 800.00 " +
				"(provisional) + nursing 720.00; 低保 members are key recipients of medical aid",
			h: `{"id":"T2","township":"示例镇","members":[
				{"id":"m1","birth_date":"1955-01-01","relation":"head","disability":{"type":"physical","grade":1,"long_term_care":true},
				 "incomes":[{"category":"agriculture","amount":"2000.00"}]},
				{"id":"m2","birth_date":"1957-01-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			want: []line{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Annual: "4244.00"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Annual: "800.00"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Annual: "720.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Annual: "180.00"},
			},
			findings:    []coordFinding{{policy.Omission, "", "4244.00"}, {policy.Unclaimed, "m1", "800.00"}, {policy.Unclaimed, "m1", "720.00"}},
			provisional: []string{"living m1", "sponsorship m1", "sponsorship m2"},
		},
		{
			name:   "above-line-no-living-subsidy-no-sponsorship",
			clause: policy.ClauseDisability,
			desc: "家庭收入 9000.00 高于低保线 7244.00、非建档立卡：无生活补贴、无资助参合，护理补贴 720.00 不依低保 / " +
				"income 9000.00 above the line 7244.00, not registered poor: no living subsidy and no sponsorship; the nursing subsidy " +
				"720.00 does not depend on 低保",
			h: `{"id":"T3","township":"示例镇","members":[
				{"id":"m1","birth_date":"1955-01-01","relation":"head","disability":{"type":"physical","grade":1,"long_term_care":true},
				 "incomes":[{"category":"agriculture","amount":"6000.00"}]},
				{"id":"m2","birth_date":"1957-01-01","relation":"spouse","incomes":[{"category":"wages","amount":"3000.00"}]}]}`,
			want: []line{
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Annual: "720.00"},
			},
			findings: []coordFinding{{policy.Unclaimed, "m1", "720.00"}},
		},
		{
			name:   "registered-poor-above-line-county-finance-sponsors",
			clause: policy.ClauseSponsorship,
			desc: "建档立卡户收入高于低保线：生活补贴 800.00（暂定：建档立卡户）+ 护理 720.00；个人参合费用由县财政全额代缴，各 180.00 / " +
				"a registered-poor household above the line: living 800.00 (provisional for registered poor) + nursing 720.00; county " +
				"finance pays each member's NCMS contribution, 180.00",
			h: `{"id":"T4","township":"示例镇","registered_poor":true,"members":[
				{"id":"m1","birth_date":"1955-01-01","relation":"head","disability":{"type":"physical","grade":1,"long_term_care":true},
				 "incomes":[{"category":"agriculture","amount":"6000.00"}]},
				{"id":"m2","birth_date":"1957-01-01","relation":"spouse","incomes":[{"category":"wages","amount":"3000.00"}]}]}`,
			want: []line{
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Annual: "800.00"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Annual: "720.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: county, Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: county, Annual: "180.00"},
			},
			findings:    []coordFinding{{policy.Unclaimed, "m1", "800.00"}, {policy.Unclaimed, "m1", "720.00"}},
			provisional: []string{"living m1", "sponsorship m1", "sponsorship m2"},
		},
		{
			name:   "temporary-takes-standard-from-lowincome",
			clause: policy.ClauseTemporary,
			desc: "临时救助上限取低保标准（实例8）：火灾 5000.00 − 1000.00 = 4000.00，上限 10 × 3622.00/12 = 3018.33，提交一事一议 / " +
				"worked example 8: the maximum comes from the 低保 standard; fire 5000.00 − 1000.00 = 4000.00, maximum 10 × 3622.00/12 = " +
				"3018.33, flagged for the joint meeting",
			h: `{"id":"T5","township":"示例镇","members":[
				{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"5000.00"}]}],
				"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","other_aid":"1000.00"}]}`,
			want: []line{
				{Programme: policy.Temporary, Item: "emergency", Payer: civil, Annual: "3018.33"},
			},
			findings:    []coordFinding{{policy.JointMeeting, "", "981.67"}},
			provisional: []string{"emergency "},
		},
		{
			name:   "jiujinan-from-medical-remaining",
			clause: policy.ClauseJiujinan,
			desc: "救急难：医疗救助后仍自付 40000.00 − 20000.00 − 5000.00 = 15000.00，高于家庭年收入 5000.00，应主动发现 / " +
				"救急难: the medical out-of-pocket left after all aid, 15000.00, is above the household's income 5000.00: approach the household",
			h: `{"id":"T6","township":"示例镇","members":[
				{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"5000.00"}],
				 "claims":[{"id":"c1","admission":"2017-03-01","total_cost":"42000.00","compliant_cost":"40000.00",
				            "ncms":"20000.00","critical_illness":"5000.00"}]}]}`,
			want:     []line{},
			findings: []coordFinding{{policy.Jiujinan, "", "10000.00"}},
		},
		{
			name:   "lowincome-member-claim-medical-aid",
			clause: policy.ClauseInpatient,
			desc: "低保成员住院（实例7）：R = 25000.00 − 15000.00 − 2000.00 = 8000.00，无起付线，70% = 5600.00；资助参合 180.00；" +
				"救助后仍自付 2400.00 高于家庭年收入 1000.00，救急难 / " +
				"worked example 7: a 低保 member's admission, R = 8000.00, no deductible, 70% = 5600.00; sponsorship 180.00; " +
				"the 2400.00 left to pay is above the household's income 1000.00: 救急难",
			h: `{"id":"T7","township":"示例镇","members":[
				{"id":"m1","birth_date":"1950-01-01","relation":"head","incomes":[{"category":"transfers","amount":"1000.00"}],
				 "claims":[{"id":"c1","admission":"2017-04-10","total_cost":"27000.00","compliant_cost":"25000.00",
				            "ncms":"15000.00","critical_illness":"2000.00"}]}]}`,
			want: []line{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Annual: "2622.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m1", Payer: medFund, Annual: "5600.00"},
			},
			// R − aid = 2400.00 is above I = 1000.00: 救急难 (2.4.2).
			findings:    []coordFinding{{policy.Omission, "", "2622.00"}, {policy.Jiujinan, "", "1400.00"}},
			provisional: []string{"sponsorship m1", "inpatient m1"},
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if diff := cmp.Diff(tc.want, linesOf(b)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var findings []coordFinding
			for _, f := range b.Findings {
				findings = append(findings, coordFinding{f.Kind(), f.Member(), f.Amount().StringFixed(2)})
			}
			var provisional []string
			for _, l := range b.Lines {
				if l.Provisional() {
					provisional = append(provisional, string(l.Item())+" "+l.Member())
				}
			}
			if diff := cmp.Diff(tc.provisional, provisional); diff != "" {
				t.Errorf("%s\nprovisional lines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findings); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			checkTotals(t, b)
		})
	}
}

// TestReferrals is the table of referral triggers (clause 3.2): each need
// the record shows goes to the department that decides it, with no amount.
func TestReferrals(t *testing.T) {
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		needs   string
		want    []benefit.Department
		service []string // each referral's service
		en      []string // each referral's explanation in English
	}{
		{name: "none", clause: policy.ClauseCoordination, desc: "无需转介 / no need shown, no referral", needs: `{}`},
		{name: "housing", clause: policy.ClauseCoordination, desc: "危房：转介住建部门住房救助 / unsafe housing: housing aid, 住建",
			needs: `{"unsafe_housing":true}`, want: []benefit.Department{benefit.Housing}, service: []string{"住房救助 / housing aid"}, en: []string{"unsafe housing: referred to the housing and construction department for housing aid"}},
		{name: "disease-emergency", clause: policy.ClauseCoordination, desc: "疾病应急救助：转介卫计部门 / disease emergency aid: 卫计",
			needs: `{"disease_emergency":true}`, want: []benefit.Department{benefit.Health}, service: []string{"疾病应急救助 / disease emergency aid"}, en: []string{"needs disease emergency aid: referred to the health and family planning department"}},
		{name: "pension", clause: policy.ClauseCoordination, desc: "未参加农村养老保险：转介人社部门 / no rural pension: 人社",
			needs: `{"no_pension":true}`, want: []benefit.Department{benefit.HumanRes}, service: []string{"农村养老保险 / rural pension insurance"}, en: []string{"a member is not in rural pension insurance: referred to the human resources and social security department"}},
		{name: "disaster", clause: policy.ClauseCoordination, desc: "受灾：转介民政受灾人员救助 / disaster victim: relief, 民政",
			needs: `{"disaster_victim":true}`, want: []benefit.Department{benefit.CivilAffairs}, service: []string{"受灾人员救助 / disaster victims' relief"}, en: []string{"disaster victim: referred to the civil affairs department for disaster relief"}},
		{name: "all", clause: policy.ClauseCoordination, desc: "四项需求各转介一次，顺序固定 / all four, once each, in a fixed order",
			needs:   `{"unsafe_housing":true,"disease_emergency":true,"no_pension":true,"disaster_victim":true}`,
			want:    []benefit.Department{benefit.Housing, benefit.Health, benefit.HumanRes, benefit.CivilAffairs},
			service: []string{"住房救助 / housing aid", "疾病应急救助 / disease emergency aid", "农村养老保险 / rural pension insurance", "受灾人员救助 / disaster victims' relief"},
			en:      []string{"unsafe housing: referred to the housing and construction department for housing aid", "needs disease emergency aid: referred to the health and family planning department", "a member is not in rural pension insurance: referred to the human resources and social security department", "disaster victim: referred to the civil affairs department for disaster relief"}},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := hh(t, `{"id":"R1","township":"示例镇","needs":`+tc.needs+`,"members":[
				{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"9000.00"}]}]}`)
			b, err := a.Assess(h, on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			var got []benefit.Department
			var service, en []string
			for _, r := range b.Referrals {
				got = append(got, r.Department)
				service = append(service, r.Service)
				en = append(en, r.Explanation.Render(policy.EN))
				if len(r.Clauses) == 0 || r.Explanation.Render(policy.ZH) == "" {
					t.Errorf("referral %s has no clause or explanation", r.Department)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nreferrals (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.service, service); diff != "" {
				t.Errorf("%s\nservices (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.en, en); diff != "" {
				t.Errorf("%s\nreferrals in English (-want +got):\n%s", tc.desc, diff)
			}
			if len(b.Lines) != 0 {
				t.Errorf("a referral carries no amount, got lines %v", linesOf(b))
			}
		})
	}
}

// TestDepartments: the four departments of clause 3.2, in the order a
// breakdown refers to them (TestReferrals' "all"), each with its names;
// Valid takes exactly them; the list is a copy.
func TestDepartments(t *testing.T) {
	type dept struct{ Key, ZH, EN string }
	var got []dept
	for _, d := range benefit.Departments() {
		zh, en := d.Name()
		got = append(got, dept{string(d), zh, en})
	}
	want := []dept{{"housing", "住建部门", "housing and construction"}, {"health", "卫计部门", "health and family planning"},
		{"human-resources", "人社部门", "human resources and social security"}, {"civil-affairs", "民政部门", "civil affairs"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("3.2 的四个部门 / the four departments of 3.2 (-want +got):\n%s", diff)
	}
	enumtest.Run(t, []enumtest.Case{enumtest.Of("valid", "四个部门，别无其他；空部门无效 / the four and no other; an empty department is not one",
		benefit.Departments, false, "pension", "housing", "health", "human-resources", "civil-affairs")})
}

// checkTotals checks that every total equals the sum of its lines exactly.
func checkTotals(t *testing.T, b *benefit.Breakdown) {
	t.Helper()
	if msg := breakdownProblem(b); msg != "" {
		t.Error(msg)
	}
}

// breakdownProblem checks what every breakdown holds, and returns what is
// wrong, or "": every line's amount ≥ 0 with at most two places, the
// schedule of a line that is not a lump sum or a referral summing to its
// amount over 1–12 months, every total the sum of its lines, read as a
// list and looked up by programme, payee and payer (section 3, as
// checkTotals).
func breakdownProblem(b *benefit.Breakdown) string {
	all := decimal.Zero
	by := map[string]decimal.Decimal{}
	count := map[string]int{}
	for k, l := range b.Lines {
		name := fmt.Sprintf("lines[%d] %s/%s %s %s", k, l.Programme(), l.Item(), l.Member(), l.Period())
		switch {
		case l.Annual().IsNegative():
			return fmt.Sprintf("%s = %s is negative", name, l.Annual())
		case !l.Annual().Round(2).Equal(l.Annual()):
			return fmt.Sprintf("%s = %s has more than two places", name, l.Annual())
		case l.Lump() || l.Form() == policy.Referral:
		case l.Months() < 1 || l.Months() > 12:
			return fmt.Sprintf("%s covers %d months", name, l.Months())
		case !l.Schedule().Total().Equal(l.Annual()):
			return fmt.Sprintf("%s: schedule sums to %s, annual %s", name, l.Schedule().Total(), l.Annual())
		case l.Schedule().MonthFen() < 0 || l.Schedule().LastFen() < 0:
			return fmt.Sprintf("%s: schedule %v has a negative month", name, l.Schedule().Payments())
		}
		all = all.Add(l.Annual())
		for _, k := range []string{"programme:" + string(l.Programme()), "payee:" + string(l.Payee()), "payer:" + string(l.Payer())} {
			by[k] = by[k].Add(l.Annual())
			count[k]++
		}
	}
	if !b.Totals.All().Equal(all) {
		return fmt.Sprintf("Totals.All = %s, sum of lines %s", b.Totals.All(), all)
	}
	for prefix, ts := range map[string][]benefit.Total{"programme:": b.Totals.ByProgramme(), "payee:": b.Totals.ByPayee(), "payer:": b.Totals.ByPayer()} {
		n := 0
		for _, tt := range ts {
			n += tt.Lines
			if !tt.Annual.Equal(by[prefix+tt.Key]) || tt.Lines != count[prefix+tt.Key] {
				return fmt.Sprintf("total %s%s = %s (%d lines), sum of lines %s (%d)", prefix, tt.Key, tt.Annual, tt.Lines,
					by[prefix+tt.Key], count[prefix+tt.Key])
			}
		}
		if n != len(b.Lines) {
			return fmt.Sprintf("totals %s count %d lines, breakdown has %d", prefix, n, len(b.Lines))
		}
	}
	for _, p := range policy.Programmes() {
		if !b.Total(p).Equal(by["programme:"+string(p)]) {
			return fmt.Sprintf("Total(%s) = %s, sum of lines %s", p, b.Total(p), by["programme:"+string(p)])
		}
	}
	// The lookups by payee and payer, the first of each (the household,
	// the civil-affairs fund) included.
	for _, p := range policy.Payees() {
		if !b.Totals.Payee(p).Equal(by["payee:"+string(p)]) {
			return fmt.Sprintf("Totals.Payee(%s) = %s, sum of lines %s", p, b.Totals.Payee(p), by["payee:"+string(p)])
		}
	}
	for _, p := range policy.Payers() {
		if !b.Totals.Payer(p).Equal(by["payer:"+string(p)]) {
			return fmt.Sprintf("Totals.Payer(%s) = %s, sum of lines %s", p, b.Totals.Payer(p), by["payer:"+string(p)])
		}
	}
	return ""
}

// TestSamplesTotals checks the totals of every sample household.
func TestSamplesTotals(t *testing.T) {
	a := assessor(t)
	hs, err := samples.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		b, err := a.Assess(h, samples.Date())
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		checkTotals(t, b)
	}
}

// TestAssessErrors is the table of what Assess refuses: each error wraps
// the sentinel named and holds the field errors stated, by type and path,
// and no breakdown comes with it. A row cites section 0 where the refusal
// rests on what any record or date must be (a record with members, a
// valid assessment date that a loaded set covers, no member born after
// it) and 2.2.4 for a certificate's grade, which that clause gives as 1
// to 4.
func TestAssessErrors(t *testing.T) {
	// valid is a sound record: one head of household, born 1970-01-01.
	valid := &household.Household{ID: "E1", Township: "示例镇", Members: []household.Member{{
		ID: "m1", BirthDate: household.NewDate(1970, 1, 1), Relation: household.Head}}}
	tests := []struct {
		name    string
		clause  policy.Clause
		desc    string
		h       *household.Household
		on      household.Date
		wantIs  error
		wantErr []fieldErr
	}{
		{name: "nil-household", clause: "0", desc: "没有户记录 / no record", h: nil, on: on,
			wantIs: policy.ErrInvalid, wantErr: []fieldErr{{policy.ErrorRequired, "household"}}},
		{name: "date-not-covered", clause: "0", desc: "2018 年无参数集 / no set covers 2018", h: valid, on: household.NewDate(2018, 1, 2),
			wantIs: policy.ErrNoParams, wantErr: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "invalid-date", clause: "0", desc: "评估日为零值，不是日期 / an assessment date that is the zero Date, no date", h: valid, on: household.Date{},
			wantIs: policy.ErrInvalid, wantErr: []fieldErr{{policy.ErrorInvalid, "date"}}},
		{name: "bad-grade", clause: "2.2.4", desc: "残疾等级 5 / disability grade 5", h: &household.Household{ID: "E2", Township: "示例镇", Members: []household.Member{{
			ID: "m1", BirthDate: household.NewDate(1970, 1, 1), Relation: household.Head,
			Disability: &household.Disability{Type: household.Physical, Grade: 5}}}}, on: on,
			wantIs: policy.ErrInvalid, wantErr: []fieldErr{{policy.ErrorInvalid, "members[0].disability.grade"}}},
		{name: "born-after-date", clause: "0", desc: "出生日期晚于评估日 / born after the assessment date", h: &household.Household{ID: "E3", Township: "示例镇",
			Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(2017, 10, 1), Relation: household.Head}}}, on: on,
			wantIs: policy.ErrInvalid, wantErr: []fieldErr{{policy.ErrorInvalid, "members[0].birth_date"}}},
		{name: "empty", clause: "0", desc: "没有成员 / no members", h: &household.Household{ID: "E4", Township: "示例镇"}, on: on,
			wantIs: policy.ErrInvalid, wantErr: []fieldErr{{policy.ErrorRequired, "members"}}},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := a.Assess(tc.h, tc.on)
			if !errors.Is(err, tc.wantIs) {
				t.Fatalf("%s\n错误 %v，应包装 %v / Assess error = %v, want %v", tc.desc, err, tc.wantIs, err, tc.wantIs)
			}
			if b != nil {
				t.Errorf("%s\n出错时仍返回结果 / Assess returned a breakdown with its error", tc.desc)
			}
			if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
				t.Errorf("%s\n字段错误（-应为 +实际）/ field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
