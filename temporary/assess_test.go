package temporary_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// TestAssess is 2.4.1 and 2.4.3 over a household's events: one assessment
// per event, lines and flags in record order, the payee the member named,
// the household, or the person without a household himself.
func TestAssess(t *testing.T) {
	named := func(e household.Hardship, m string) household.Hardship { e.Member = m; return e }
	referred := func(e household.Hardship, s string) household.Hardship { e.Referral = s; return e }
	vagrant := &household.Household{ID: "H-NOFIX", Township: "尧渡镇", NoFixedHousehold: true,
		Members:   []household.Member{adult("p1")},
		Hardships: []household.Hardship{referred(event("E1", household.EmergencyOther, "600.00", ""), "县救助管理站")}}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		lines    []line
		findings []finding
		total    string
	}{
		{
			name: "no events", clause: "2.4.1",
			desc: "无困难事件：无救助 / no hardship events: nothing",
			h:    home(), total: "0.00",
		},
		{
			name: "worked example 8 in a household", clause: "2.4.1",
			desc:     "例8：火灾救助3018.33，一事一议981.67，急难已获其他救助不触发救急难 / example 8 in a household",
			h:        home(event("E1", household.Fire, "5000.00", "1000.00")),
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "981.67"}},
			total:    "3018.33",
		},
		{
			name: "three events, each bounded on its own", clause: "2.4.1",
			desc: "三件事件各按各自上限：3018.33 + 1811.00 + 1500.00 / the maximum applies per event",
			h: home(
				event("E1", household.Fire, "5000.00", "1000.00"),
				named(event("E2", household.EducationExpense, "4000.00", "1000.00"), "a2"),
				named(event("E3", household.MedicalExpense, "2000.00", "500.00"), "a1"),
			),
			lines: []line{
				{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"},
				{Item: temporary.ItemExpenditure, Member: "a2", Payee: policy.PayMember, Form: policy.Cash, Annual: "1811.00"},
				{Item: temporary.ItemExpenditure, Member: "a1", Payee: policy.PayMember, Form: policy.Cash, Annual: "1500.00"},
			},
			findings: []finding{
				{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "981.67"},
				{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Member: "a2", Amount: "1189.00"},
			},
			total: "6329.33",
		},
		{
			name: "no limit on events by default", clause: "2.4.1",
			desc: "未设年度次数限制：四次事件均救助 / no limit unless the county sets one",
			h: home(
				event("E1", household.Accident, "100.00", ""), event("E2", household.Accident, "200.00", ""),
				event("E3", household.Accident, "300.00", ""), event("E4", household.Accident, "400.00", ""),
			),
			lines: []line{
				{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "100.00"},
				{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "200.00"},
				{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "300.00"},
				{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"},
			},
			findings: []finding{
				{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "100.00"},
				{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "200.00"},
				{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "300.00"},
				{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Amount: "400.00"},
			},
			total: "1000.00",
		},
		{
			name: "person without a household", clause: "2.4.3",
			desc: "流浪乞讨人员：临时救助和转介服务付给本人 / a person without a household: aid and referral, to himself",
			h:    vagrant,
			lines: []line{
				{Item: temporary.ItemEmergency, Member: "p1", Payee: policy.PayMember, Form: policy.Cash, Annual: "600.00"},
				{Item: temporary.ItemReferral, Member: "p1", Payee: policy.PayMember, Form: policy.Referral, Annual: "0.00", Service: "县救助管理站"},
			},
			findings: []finding{{Kind: policy.Jiujinan, Item: temporary.ItemNoAidYet, Member: "p1", Amount: "600.00"}},
			total:    "600.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, inputs(), nil)
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if got := r.Total().StringFixed(2); got != tc.total {
				t.Errorf("%s: total = %s, want %s", tc.desc, got, tc.total)
			}
			if len(r.Events()) != len(tc.h.Hardships) || len(r.Decisions) != len(tc.h.Hardships) {
				t.Errorf("%s: %d event assessments and %d decisions, want %d", tc.desc, len(r.Events()), len(r.Decisions), len(tc.h.Hardships))
			}
		})
	}
}

// TestEventsPerYear is the county's optional limit on events aided per year
// (2.4.1, local): events paid are counted in date order; beyond the limit
// an event gets nothing, keeps its referral, and goes whole to the joint
// meeting.
func TestEventsPerYear(t *testing.T) {
	limit := func(n int) *temporary.Params {
		p := temporary.Default2017()
		p.EventsPerYear = policy.New("temporary.events_per_year", n, policy.Local, "county")
		return p
	}
	dated := func(e household.Hardship, m int, day int) household.Hardship {
		e.Date = household.NewDate(2017, timeMonth(m), day)
		return e
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		p        *temporary.Params
		h        *household.Household
		lines    []line
		findings []finding
		over     []bool
		// refusals and meetings explain each event over the limit: its
		// decision, and its finding for the joint meeting.
		refusals, meetings []explained
	}{
		{
			name: "limit 2, third by date refused", clause: "2.4.1",
			desc: "每年限2次：按日期先救1月、3月事件，6月事件不予救助，差额500提交一事一议 / limit 2: the June event goes to the joint meeting",
			p:    limit(2),
			h: home(
				dated(event("E1", household.ExpenseOther, "300.00", ""), 3, 1),
				dated(event("E2", household.ExpenseOther, "400.00", ""), 6, 1),
				dated(event("E3", household.ExpenseOther, "500.00", ""), 1, 15),
			),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "300.00"},
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "500.00"},
			},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "400.00"}},
			over:     []bool{false, true, false},
			refusals: []explained{{Zh: "支出型（其他）事件 E2：差额 400.00，为本户本年第 3 起可获救助的事件，超过每户每年 2 次的限额：不予救助，差额 400.00 元提交一事一议", En: "expenditure (other) event E2: shortfall 400.00; it is the household's event 3 of the year that would be aided, above the limit of 2 a year: no aid, the shortfall of 400.00 yuan goes to the joint meeting"}},
			meetings: []explained{{Zh: "一事一议：支出型（其他）事件 E2 为本户本年第 3 起可获救助的事件，超过每户每年 2 次的限额，差额 400.00 元提交联席会议", En: "joint meeting: expenditure (other) event E2 is the household's event 3 of the year that would be aided, above the limit of 2 a year: the shortfall of 400.00 yuan goes to the joint meeting"}},
		},
		{
			name: "zero shortfall not counted", clause: "2.4.1",
			desc: "差额为0的事件不计次数 / an event with no shortfall does not count",
			p:    limit(1),
			h: home(
				dated(event("E1", household.ExpenseOther, "300.00", "300.00"), 2, 1),
				dated(event("E2", household.ExpenseOther, "400.00", ""), 6, 1),
			),
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"}},
			over:  []bool{false, false},
		},
		{
			name: "shortfall under one rounding unit not counted", clause: "2.4.1",
			desc: "按元舍入、每年限1次：3月事件差额0.60不足1元，救助为0，不计次数；6月事件差额400照常救助400 / " +
				"to the yuan, limit 1: the March shortfall of 0.60 is under one unit, paid nothing and not counted; the June event is paid its 400.00",
			p: func() *temporary.Params {
				p := limit(1)
				p.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
				return p
			}(),
			h: home(
				dated(event("E1", household.ExpenseOther, "0.60", ""), 3, 1),
				dated(event("E2", household.ExpenseOther, "400.00", ""), 6, 1),
			),
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"}},
			over:  []bool{false, false},
		},
		{
			name: "shortfall of one fen counted", clause: "2.4.1",
			desc: "按分舍入、每年限1次：3月事件差额0.01，救助0.01，计1次；6月事件差额400超限，不予救助，400提交一事一议 / " +
				"to the fen, limit 1: the March shortfall of 0.01 is paid 0.01 and counts; the June event's 400.00 is over the limit and goes to the joint meeting",
			p: limit(1),
			h: home(
				dated(event("E1", household.ExpenseOther, "0.01", ""), 3, 1),
				dated(event("E2", household.ExpenseOther, "400.00", ""), 6, 1),
			),
			lines:    []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "0.01"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "400.00"}},
			over:     []bool{false, true},
			refusals: []explained{{Zh: "支出型（其他）事件 E2：差额 400.00，为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额：不予救助，差额 400.00 元提交一事一议", En: "expenditure (other) event E2: shortfall 400.00; it is the household's event 2 of the year that would be aided, above the limit of 1 a year: no aid, the shortfall of 400.00 yuan goes to the joint meeting"}},
			meetings: []explained{{Zh: "一事一议：支出型（其他）事件 E2 为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额，差额 400.00 元提交联席会议", En: "joint meeting: expenditure (other) event E2 is the household's event 2 of the year that would be aided, above the limit of 1 a year: the shortfall of 400.00 yuan goes to the joint meeting"}},
		},
		{
			name: "same day in record order, capped event over the limit", clause: "2.4.1",
			desc: "同日按记录顺序；超限事件整笔差额4000提交一事一议，转介保留 / same day: record order; over the limit the whole shortfall goes to the meeting",
			p:    limit(1),
			h: func() *household.Household {
				e2 := dated(event("E2", household.Fire, "5000.00", "1000.00"), 5, 5)
				e2.Referral = "县救助管理站"
				return home(dated(event("E1", household.ExpenseOther, "100.00", "50.00"), 5, 5), e2)
			}(),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "50.00"},
				{Item: temporary.ItemReferral, Payee: policy.PayHousehold, Form: policy.Referral, Annual: "0.00", Service: "县救助管理站"},
			},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "4000.00"}},
			over:     []bool{false, true},
			refusals: []explained{{Zh: "急难型（火灾）事件 E2：差额 4000.00，为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额：不予救助，差额 4000.00 元提交一事一议", En: "emergency (fire) event E2: shortfall 4000.00; it is the household's event 2 of the year that would be aided, above the limit of 1 a year: no aid, the shortfall of 4000.00 yuan goes to the joint meeting"}},
			meetings: []explained{{Zh: "一事一议：急难型（火灾）事件 E2 为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额，差额 4000.00 元提交联席会议", En: "joint meeting: emergency (fire) event E2 is the household's event 2 of the year that would be aided, above the limit of 1 a year: the shortfall of 4000.00 yuan goes to the joint meeting"}},
		},
		{
			name: "limit 1, the second refused", clause: "2.4.1",
			desc: "每年限1次：两件支出型事件，第2件E2不予救助，差额400.00提交一事一议，说明写明第2次超过1次的限额 / limit 1: of two events the second, E2, is refused and its 400.00 goes to the joint meeting; the explanations name event 2 against the limit of 1",
			p:    limit(1),
			h:    home(event("E1", household.ExpenseOther, "300.00", ""), event("E2", household.ExpenseOther, "400.00", "")),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "300.00"},
			},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "400.00"}},
			over:     []bool{false, true},
			refusals: []explained{{
				Zh: "支出型（其他）事件 E2：差额 400.00，为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额：不予救助，差额 400.00 元提交一事一议",
				En: "expenditure (other) event E2: shortfall 400.00; it is the household's event 2 of the year that would be aided, above the limit of 1 a year: no aid, the shortfall of 400.00 yuan goes to the joint meeting",
			}},
			meetings: []explained{{
				Zh: "一事一议：支出型（其他）事件 E2 为本户本年第 2 起可获救助的事件，超过每户每年 1 次的限额，差额 400.00 元提交联席会议",
				En: "joint meeting: expenditure (other) event E2 is the household's event 2 of the year that would be aided, above the limit of 1 a year: the shortfall of 400.00 yuan goes to the joint meeting",
			}},
		},
		{
			name: "within the limit", clause: "2.4.1",
			desc: "次数未超限：照常救助 / within the limit: paid as usual",
			p:    limit(3),
			h:    home(event("E1", household.ExpenseOther, "300.00", ""), event("E2", household.ExpenseOther, "400.00", "")),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "300.00"},
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "400.00"},
			},
			over: []bool{false, false},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, inputs(), tc.p)
			if diff := cmp.Diff(tc.lines, linesOf(r.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(r.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			var over []bool
			var refusals, meetings []explained
			for i, a := range r.Events() {
				over = append(over, a.OverLimit())
				if a.OverLimit() {
					refusals = append(refusals, explainedOf(r.Decisions[i].Explanation()))
					for _, f := range r.Findings {
						if f.ID() == a.ID() && f.Kind() == policy.JointMeeting {
							meetings = append(meetings, explainedOf(f.Explanation()))
						}
					}
				}
				// Over the limit an event is paid nothing; it is still
				// decided eligible when it keeps a referral (2.4.3).
				want := policy.Ineligible
				if a.Referral() != "" {
					want = policy.Eligible
				}
				if got := r.Decisions[i].Outcome(); a.OverLimit() && (got != want || !a.Amount().IsZero() || !a.LeftOver().Equal(a.Shortfall())) {
					t.Errorf("%s: over-limit event %s: outcome %s, amount %s, left over %s", tc.desc, a.ID(), got, a.Amount(), a.LeftOver())
				}
			}
			if diff := cmp.Diff(tc.over, over); diff != "" {
				t.Errorf("%s\nover limit (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.refusals, refusals); diff != "" {
				t.Errorf("%s\n超限决定说明 / over-limit decisions' explanations (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.meetings, meetings); diff != "" {
				t.Errorf("%s\n一事一议说明 / joint-meeting explanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
