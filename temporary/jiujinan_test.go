package temporary_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// TestJiujinan is the 救急难 active discovery of 2.4.2 ([interpretation]:
// the document sets no trigger): medical out-of-pocket after all aid above
// the household's annual counted income, or an emergency event with no aid
// yet; each flag names the priority groups of 2.4.1 and explains itself in
// Chinese and English.
func TestJiujinan(t *testing.T) {
	medical := func(remaining, income string) temporary.Inputs {
		in := inputs()
		in.MedicalRemaining, in.Income = d(remaining), d(income)
		return in
	}
	insured := func(e household.Hardship, ins string) household.Hardship { e.Insurance = d(ins); return e }
	// run is the inputs of one run of months, from through to.
	run := func(in temporary.Inputs, from, to int) temporary.Inputs {
		in.Period = policy.Period{From: timeMonth(from), To: timeMonth(to)}
		return in
	}
	// alone is a dispersed 特困 person living alone (2.2.1).
	alone := &household.Household{ID: "H-TK", Township: "尧渡镇", Members: []household.Member{{ID: "t1",
		BirthDate: household.NewDate(1950, 2, 1), Tekun: household.Tekun{Mode: household.TekunDispersed}}}}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		in       temporary.Inputs
		findings []finding
		// zh and en are the findings' explanations, in their order.
		zh, en []string
	}{
		{
			name: "medical remaining above income", clause: "2.4.2",
			desc: "医疗自负8000高于家庭年收入6000：救急难，高2000 / out-of-pocket 8000 above income 6000: flagged",
			h:    home(), in: medical("8000.00", "6000.00"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "2000.00"}},
			zh:       []string{"救急难：医疗救助后自负 8000.00 元高于家庭成员年收入及特困供养金 6000.00 元，高 2000.00 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 8000.00 yuan is above the members' annual income and 特困 support 6000.00 yuan by 2000.00 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "medical remaining equal to income", clause: "2.4.2",
			desc: "医疗自负等于收入：不触发 / equal to income: not flagged",
			h:    home(), in: medical("6000.00", "6000.00"),
		},
		{
			name: "medical remaining one fen above", clause: "2.4.2",
			desc: "医疗自负高于收入1分：触发 / one fen above income: flagged",
			h:    home(), in: medical("6000.01", "6000.00"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "0.01"}},
			zh:       []string{"救急难：医疗救助后自负 6000.01 元高于家庭成员年收入及特困供养金 6000.00 元，高 0.01 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 6000.01 yuan is above the members' annual income and 特困 support 6000.00 yuan by 0.01 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "medical remaining with no income", clause: "2.4.2",
			desc: "无收入，医疗自负0.01：触发 / no income, 0.01 out-of-pocket: flagged",
			h:    home(), in: medical("0.01", "0.00"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "0.01"}},
			zh:       []string{"救急难：医疗救助后自负 0.01 元高于家庭成员年收入及特困供养金 0.00 元，高 0.01 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 0.01 yuan is above the members' annual income and 特困 support 0.00 yuan by 0.01 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "medical remaining at the largest sum", clause: "2.4.2",
			desc: "医疗自负合计9999999999999999.99（10^16 元以下最大的合计，可接受，其 JSON 可读回），收入9999999999999999.98：高 0.01 / out-of-pocket summed to 9999999999999999.99, the largest sum below 10^16 元 (taken, and its JSON reads back), against income 9999999999999999.98: 0.01 over",
			h:    home(), in: medical("9999999999999999.99", "9999999999999999.98"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "0.01"}},
			zh:       []string{"救急难：医疗救助后自负 9999999999999999.99 元高于家庭成员年收入及特困供养金 9999999999999999.98 元，高 0.01 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 9999999999999999.99 yuan is above the members' annual income and 特困 support 9999999999999999.98 yuan by 0.01 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "sums above 10^12 with trailing zeros", clause: "2.4.2",
			desc: "合计带三位小数（末位为0）：医疗自负5000000000000.500，收入3000000000000.000，按两位计：高 2000000000000.50 / sums written with a third place of 0: out-of-pocket 5000000000000.500 against income 3000000000000.000, read at two places: 2000000000000.50 over",
			h:    home(), in: medical("5000000000000.500", "3000000000000.000"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "2000000000000.50"}},
			zh:       []string{"救急难：医疗救助后自负 5000000000000.50 元高于家庭成员年收入及特困供养金 3000000000000.00 元，高 2000000000000.50 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 5000000000000.50 yuan is above the members' annual income and 特困 support 3000000000000.00 yuan by 2000000000000.50 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "no income written with an exponent", clause: "2.4.2",
			desc: "收入合计为 0 × 10^30（系数0、指数30，即 0）：按无收入比较，医疗自负0.01：高 0.01 / an income sum of 0 × 10^30 (coefficient 0, exponent 30), which is 0: compared as no income, 0.01 out-of-pocket: 0.01 over",
			h:    home(), in: temporary.Inputs{MedicalRemaining: d("0.01"), Income: decimal.New(0, 30)},
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "0.01"}},
			zh:       []string{"救急难：医疗救助后自负 0.01 元高于家庭成员年收入及特困供养金 0.00 元，高 0.01 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 0.01 yuan is above the members' annual income and 特困 support 0.00 yuan by 0.01 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "no medical remaining", clause: "2.4.2",
			desc: "无医疗自负：不触发 / nothing left to pay: not flagged",
			h:    home(), in: medical("0.00", "0.00"),
		},
		{
			name: "emergency with no aid yet", clause: "2.4.2",
			desc: "火灾尚无任何救助：救急难 / a fire with nothing received: flagged",
			h:    home(event("E1", household.Fire, "2000.00", "")), in: inputs(),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "2000.00"}},
			zh:       []string{"救急难：急难型（火灾）事件 E1 费用 2000.00 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: emergency (fire) event E1, cost 2000.00 yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups in the household: none"},
		},
		{
			name: "disaster with no aid yet", clause: "2.4.2",
			desc: "水灾尚无任何救助：救急难，说明写明事件类型与费用 1500.00 / a flood with nothing received: flagged, the explanation naming the event's type and its cost, 1500.00",
			h:    home(event("E1", household.Disaster, "1500.00", "")), in: inputs(),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "1500.00"}},
			zh:       []string{"救急难：急难型（水灾等自然灾害）事件 E1 费用 1500.00 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: emergency (flood or other disaster) event E1, cost 1500.00 yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups in the household: none"},
		},
		{
			name: "emergency with insurance", clause: "2.4.2",
			desc: "火灾已获保险：不触发 / a fire with insurance paid: not flagged",
			h:    home(insured(event("E1", household.Fire, "2000.00", ""), "100.00")), in: inputs(),
		},
		{
			name: "emergency with other aid", clause: "2.4.2",
			desc: "意外事故已获其他救助：不触发 / an accident with other aid: not flagged",
			h:    home(event("E1", household.Accident, "2000.00", "0.01")), in: inputs(),
		},
		{
			name: "expenditure with no aid", clause: "2.4.2",
			desc: "支出型事件无救助：不触发（仅急难型） / an expenditure event is not an emergency: not flagged",
			h:    home(event("E1", household.MedicalExpense, "2000.00", "")), in: inputs(),
		},
		{
			name: "tekun alone, support counted", clause: "2.4.2",
			desc: "特困人员独居：比较的收入3622.00（收入0加特困供养金，由 benefit 相加后传入），医疗自负5000.00：高 5000.00 − 3622.00 = 1378.00 / a 特困 person alone: the income given, 3622.00 (income 0 plus the support, added by benefit), against 5000.00 out-of-pocket: 1378.00 over",
			h:    alone, in: medical("5000.00", "3622.00"),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "1378.00"}},
			zh:       []string{"救急难：医疗救助后自负 5000.00 元高于家庭成员年收入及特困供养金 3622.00 元，高 1378.00 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 5000.00 yuan is above the members' annual income and 特困 support 3622.00 yuan by 1378.00 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "tekun alone, below the support", clause: "2.4.2",
			desc: "特困人员独居：医疗自负3000.00不高于给定收入3622.00（0加供养金，由 benefit 相加）：不触发 / 3000.00 out-of-pocket is not above the income given, 3622.00 (0 plus the support, added by benefit): not flagged",
			h:    alone, in: medical("3000.00", "3622.00"),
		},
		{
			name: "medical flag in the run of the assessment date", clause: "2.4.2",
			desc: "评估日9月1日在7–12月内：本段作医疗标记，8000.00 − 6000.00 = 2000.00 / D = 1 September is in July–December: flagged here, 2000.00",
			h:    home(), in: run(medical("8000.00", "6000.00"), 7, 12),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "2000.00"}},
			zh:       []string{"救急难：医疗救助后自负 8000.00 元高于家庭成员年收入及特困供养金 6000.00 元，高 2000.00 元，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: medical out-of-pocket after all aid 8000.00 yuan is above the members' annual income and 特困 support 6000.00 yuan by 2000.00 yuan: approach the household; priority groups in the household: none"},
		},
		{
			name: "no medical flag in another run", clause: "2.4.2",
			desc: "1–6月不含评估日所在月：不作医疗标记（全年只标一次）/ January–June does not hold D's month: no medical flag (once a year)",
			h:    home(), in: run(medical("8000.00", "6000.00"), 1, 6),
		},
		{
			name: "emergency flag in its event's run", clause: "2.4.2",
			desc: "6月火灾无救助：在1–6月一段标记2000.00 / a June fire with no aid: flagged in the January–June run",
			h:    home(event("E1", household.Fire, "2000.00", "")), in: run(inputs(), 1, 6),
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "2000.00"}},
			zh:       []string{"救急难：急难型（火灾）事件 E1 费用 2000.00 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：无"},
			en:       []string{"救急难: emergency (fire) event E1, cost 2000.00 yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups in the household: none"},
		},
		{
			name: "no emergency flag in another run", clause: "2.4.2",
			desc: "6月火灾：7–12月一段既不评估也不标记，虽含评估日 / a June fire: the July–December run neither assesses nor flags it, though it holds D",
			h:    home(event("E1", household.Fire, "2000.00", "")), in: run(inputs(), 7, 12),
		},
		{
			name: "both triggers", clause: "2.4.2",
			desc: "两项均触发：先医疗后事件 / both triggers: medical first, then events",
			h: func() *household.Household {
				e := event("E2", household.SuddenIllness, "9000.00", "")
				e.Member = "a2"
				return home(event("E1", household.MedicalExpense, "500.00", ""), e)
			}(),
			in: medical("12000.00", "4500.00"),
			findings: []finding{
				{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Member: "a2", Amount: "5981.67"},
				{Kind: policy.Jiujinan, Item: temporary.ItemMedicalBurden, Amount: "7500.00"},
				{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Member: "a2", Amount: "9000.00"},
			},
			zh: []string{
				"一事一议：急难型（突发重特大疾病）事件 E2 差额 9000.00 高于上限 3018.33，按上限救助后余 5981.67 元，提交联席会议",
				"救急难：医疗救助后自负 12000.00 元高于家庭成员年收入及特困供养金 4500.00 元，高 7500.00 元，应主动上门核实救助；本户优先救助群体：突发重特大疾病 a2",
				"救急难：急难型（突发重特大疾病）事件 E2 费用 9000.00 元，尚未获得任何保险、赔偿或其他救助，应主动上门核实救助；本户优先救助群体：突发重特大疾病 a2",
			},
			en: []string{
				"joint meeting: emergency (sudden major illness) event E2: shortfall 9000.00 is above the maximum 3018.33; 5981.67 yuan left over after aid at the maximum",
				"救急难: medical out-of-pocket after all aid 12000.00 yuan is above the members' annual income and 特困 support 4500.00 yuan by 7500.00 yuan: approach the household; priority groups in the household: sudden major illness a2",
				"救急难: emergency (sudden major illness) event E2, cost 9000.00 yuan, has had no insurance, compensation or other aid yet: approach the household; priority groups in the household: sudden major illness a2",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, tc.in, nil)
			if diff := cmp.Diff(tc.findings, findingsOf(r.Findings)); diff != "" {
				t.Errorf("%s\n标记 / findings (-want +got):\n%s", tc.desc, diff)
			}
			var zh, en []string
			for _, f := range r.Findings {
				zh, en = append(zh, f.Explanation().Render(policy.ZH)), append(en, f.Explanation().Render(policy.EN))
			}
			if diff := cmp.Diff(tc.zh, zh); diff != "" {
				t.Errorf("%s\n中文说明 / Chinese explanations (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.en, en); diff != "" {
				t.Errorf("%s\n英文说明 / English explanations (-want +got):\n%s", tc.desc, diff)
			}
			for _, f := range r.Findings {
				if f.Kind() == policy.Jiujinan {
					if diff := cmp.Diff([]policy.Clause{"2.4.2", "2.4.1"}, f.Clauses()); diff != "" {
						t.Errorf("%s: clauses (-want +got):\n%s", tc.desc, diff)
					}
				}
				// Its JSON, amounts above 10^12 元 included, reads back as it
				// was written.
				b, err := json.Marshal(f)
				var back policy.Finding
				if err == nil {
					err = json.Unmarshal(b, &back)
				}
				if c, _ := json.Marshal(back); err != nil || string(c) != string(b) {
					t.Errorf("%s: finding %s %s: JSON %s reads back as %s (%v)", tc.desc, f.Kind(), f.Item(), b, c, err)
				}
				// A flag about one event names it; the medical flag is the household's.
				if wantID := f.Item() != temporary.ItemMedicalBurden; wantID != slices.ContainsFunc(tc.h.Hardships,
					func(e household.Hardship) bool { return e.ID == f.ID() && e.Member == f.Member() }) {
					t.Errorf("%s: finding %s %s names event %q", tc.desc, f.Kind(), f.Item(), f.ID())
				}
			}
		})
	}
}

// TestPriority is the priority groups of 2.4.1 ("突发重特大疾病…各类困境儿童、
// 重度残疾人"), named on every 救急难 flag.
func TestPriority(t *testing.T) {
	kid := func(id string, born household.Date, c household.ChildCategory) household.Member {
		return household.Member{ID: id, BirthDate: born, Child: c}
	}
	disabled := func(id string, grade int) household.Member {
		m := adult(id)
		m.Disability = &household.Disability{Type: household.Physical, Grade: grade}
		return m
	}
	certified := func(m household.Member, from, to household.YearMonth) household.Member {
		m.Disability.Period = &household.MonthPeriod{From: from, To: to}
		return m
	}
	with := func(h *household.Household, ms ...household.Member) *household.Household {
		h.Members = append(h.Members, ms...)
		return h
	}
	illness := func(id, member string) household.Hardship {
		e := event(id, household.SuddenIllness, "1000.00", "1000.00")
		e.Member = member
		return e
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   []temporary.Priority
		zh, en string // the groups as the medical flag names them
	}{
		{
			name: "none", clause: "2.4.1", desc: "无优先救助群体 / no priority group",
			h: home(), zh: "无", en: "none",
		},
		{
			name: "child in difficulty", clause: "2.4.1",
			desc: "困境儿童（未满18岁）/ a child in difficulty under 18",
			h:    with(home(), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty)),
			want: []temporary.Priority{{Group: temporary.PriorityChild, Member: "c1"}},
			zh:   "困境儿童 c1", en: "child in difficulty c1",
		},
		{
			name: "child of a difficult family", clause: "2.4.1",
			desc: "困境家庭儿童 / a child of a family in difficulty",
			h:    with(home(), kid("c1", household.NewDate(2005, 1, 1), household.ChildInDifficultHome)),
			want: []temporary.Priority{{Group: temporary.PriorityChild, Member: "c1"}},
			zh:   "困境儿童 c1", en: "child in difficulty c1",
		},
		{
			name: "eighteen on the day", clause: "2.4.1",
			desc: "评估日满18岁：不再是困境儿童 / 18 on the assessment date: no longer a child",
			h:    with(home(), kid("c1", household.NewDate(1999, 9, 1), household.ChildInDifficulty)),
			zh:   "无", en: "none",
		},
		{
			name: "seventeen the day before", clause: "2.4.1",
			desc: "评估日次日满18岁：仍是困境儿童 / 18 the day after: still a child",
			h:    with(home(), kid("c1", household.NewDate(1999, 9, 2), household.ChildInDifficulty)),
			want: []temporary.Priority{{Group: temporary.PriorityChild, Member: "c1"}},
			zh:   "困境儿童 c1", en: "child in difficulty c1",
		},
		{
			name: "child with no category", clause: "2.4.1",
			desc: "不属任何困境儿童类别的儿童：不属优先救助群体 / a child of no child-in-difficulty category is not a priority",
			h:    with(home(), kid("c1", household.NewDate(2010, 5, 1), household.ChildNone)),
			zh:   "无", en: "none",
		},
		{
			name: "grade 1 and 2 severe, grade 3 not", clause: "2.4.1",
			desc: "一、二级为重度残疾，三级不是 / grades 1–2 are severe, grade 3 is not",
			h:    with(home(), disabled("d1", 1), disabled("d2", 2), disabled("d3", 3)),
			want: []temporary.Priority{
				{Group: temporary.PrioritySevereDisability, Member: "d1"},
				{Group: temporary.PrioritySevereDisability, Member: "d2"},
			},
			zh: "重度残疾人 d1、重度残疾人 d2", en: "severely disabled d1, severely disabled d2",
		},
		{
			name: "certificate not valid in the month of the date", clause: "2.4.1",
			desc: "一级残疾证有效期2017年1–6月，评估日在9月：不属重度残疾人优先救助群体 / a grade-1 certificate valid January–June 2017 is not valid in September, the month of the date",
			h: with(home(), certified(disabled("d1", 1), household.NewYearMonth(2017, time.January),
				household.NewYearMonth(2017, time.June))),
			zh: "无", en: "none",
		},
		{
			name: "certificate from the month of the date", clause: "2.4.1",
			desc: "二级残疾证自2017年9月起有效：评估日所在月有效，属优先救助群体 / a grade-2 certificate valid from September 2017 counts in September",
			h:    with(home(), certified(disabled("d1", 2), household.NewYearMonth(2017, time.September), household.YearMonth{})),
			want: []temporary.Priority{{Group: temporary.PrioritySevereDisability, Member: "d1"}},
			zh:   "重度残疾人 d1", en: "severely disabled d1",
		},
		{
			name: "certificate from a month after the date", clause: "2.4.1",
			desc: "二级残疾证自2017年10月起有效，评估日在9月：评估日所在月无效，救急难标记不列为重度残疾人 / a grade-2 certificate valid from October 2017 " +
				"is not valid in September, the month of the date: the 救急难 flag names no severely disabled member",
			h:  with(home(), certified(disabled("d1", 2), household.NewYearMonth(2017, time.October), household.YearMonth{})),
			zh: "无", en: "none",
		},
		{
			name: "certificate until the month before the date", clause: "2.4.1",
			desc: "二级残疾证有效期至2017年8月，评估日在9月：不属重度残疾人优先救助群体 / a grade-2 certificate valid until August 2017 is not valid in September: not a priority",
			h: with(home(), certified(disabled("d1", 2), household.NewYearMonth(2017, time.January),
				household.NewYearMonth(2017, time.August))),
			zh: "无", en: "none",
		},
		{
			name: "certificate until the month of the date", clause: "2.4.1",
			desc: "二级残疾证有效期2017年1–9月，评估日在9月：评估日所在月有效（其后各月无效亦然），属优先救助群体 / a grade-2 certificate valid January–September 2017 " +
				"counts in September, the month of the date, though not valid in the months after it",
			h: with(home(), certified(disabled("d1", 2), household.NewYearMonth(2017, time.January),
				household.NewYearMonth(2017, time.September))),
			want: []temporary.Priority{{Group: temporary.PrioritySevereDisability, Member: "d1"}},
			zh:   "重度残疾人 d1", en: "severely disabled d1",
		},
		{
			name: "sudden illness of a member", clause: "2.4.1",
			desc: "成员突发重特大疾病 / a member's sudden major illness",
			h:    home(illness("E9", "a1")),
			want: []temporary.Priority{{Group: temporary.PrioritySuddenIllness, Member: "a1"}},
			zh:   "突发重特大疾病 a1", en: "sudden major illness a1",
		},
		{
			name: "sudden illness of the household", clause: "2.4.1",
			desc: "未指明成员的突发重特大疾病 / a sudden illness naming no member",
			h:    home(illness("E9", ""), illness("E10", "")),
			want: []temporary.Priority{{Group: temporary.PrioritySuddenIllness}},
			zh:   "突发重特大疾病（本户）", en: "sudden major illness (household)",
		},
		{
			name: "all three groups", clause: "2.4.1",
			desc: "三类优先救助群体均有：疾病、儿童、残疾 / all three groups, illness first then members in order",
			h: with(home(illness("E9", "a2")), kid("c1", household.NewDate(2012, 1, 1), household.ChildInDifficulty),
				disabled("d1", 2)),
			want: []temporary.Priority{
				{Group: temporary.PrioritySuddenIllness, Member: "a2"},
				{Group: temporary.PriorityChild, Member: "c1"},
				{Group: temporary.PrioritySevereDisability, Member: "d1"},
			},
			zh: "突发重特大疾病 a2、困境儿童 c1、重度残疾人 d1",
			en: "sudden major illness a2, child in difficulty c1, severely disabled d1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := inputs()
			in.MedicalRemaining = d("100.00")
			r := assess(t, tc.h, in, nil)
			if diff := cmp.Diff(tc.want, r.Priority()); diff != "" {
				t.Errorf("%s\npriority (-want +got):\n%s", tc.desc, diff)
			}
			f := r.Findings[len(r.Findings)-1]
			if f.Item() != temporary.ItemMedicalBurden {
				t.Fatalf("%s: last finding is %s, want the medical flag", tc.desc, f.Item())
			}
			got := []string{f.Explanation().Render(policy.ZH), f.Explanation().Render(policy.EN)}
			want := []string{
				"救急难：医疗救助后自负 100.00 元高于家庭成员年收入及特困供养金 0.00 元，高 100.00 元，应主动上门核实救助；本户优先救助群体：" + tc.zh,
				"救急难: medical out-of-pocket after all aid 100.00 yuan is above the members' annual income and 特困 support 0.00 yuan by 100.00 yuan: approach the household; priority groups in the household: " + tc.en,
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nexplanation (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
