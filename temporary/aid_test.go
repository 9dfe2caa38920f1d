package temporary_test

import (
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// aid is an event's assessment as the tables state it.
type aid struct {
	Shortfall string
	Maximum   string
	Amount    string
	LeftOver  string
	Outcome   policy.Outcome
}

// aidOf states the event's figures and its one decision's outcome.
func aidOf(t *testing.T, a temporary.Aid) aid {
	t.Helper()
	if len(a.Decisions) != 1 || a.Decisions[0].ID() != a.ID() || a.Decisions[0].Outcome() != a.Outcome() {
		t.Fatalf("event %s: decisions %v, want one naming the event with outcome %s", a.ID(), a.Decisions, a.Outcome())
	}
	return aid{Shortfall: a.Shortfall().StringFixed(2), Maximum: a.Maximum().StringFixed(2),
		Amount: a.Amount().StringFixed(2), LeftOver: a.LeftOver().StringFixed(2), Outcome: a.Decisions[0].Outcome()}
}

// checkEventAid runs the rule for event e and states its figures and lines
// against those a table gives.
func checkEventAid(t *testing.T, as *temporary.Assessor, e *household.Hardship, desc string, want aid, lines []line) temporary.Aid {
	t.Helper()
	a, err := as.EventAid(e)
	if err != nil {
		t.Fatalf("%s: EventAid: %v", desc, err)
	}
	if diff := cmp.Diff(want, aidOf(t, a)); diff != "" {
		t.Errorf("%s\naid (-want +got):\n%s", desc, diff)
	}
	if diff := cmp.Diff(lines, linesOf(a.Lines)); diff != "" {
		t.Errorf("%s\nlines (-want +got):\n%s", desc, diff)
	}
	return a
}

// TestEventAid is the bounded aid of 2.4.1: the shortfall (cost − insurance,
// compensation and other aid, floored at 0) up to the type's maximum; above
// it, the maximum and a joint-meeting flag (一事一议) for the rest.
func TestEventAid(t *testing.T) {
	withAll := func(e household.Hardship, ins, comp string) household.Hardship {
		e.Insurance, e.Compensation = d(ins), d(comp)
		return e
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		e        household.Hardship
		want     aid
		lines    []line
		findings []finding
	}{
		{
			name: "worked example 8", clause: "2.4.1",
			desc:     "火灾费用5000元，其他救助1000元：差额4000，上限3018.33，救助3018.33并提交一事一议 / fire 5000, other aid 1000: 3018.33, flagged",
			e:        event("E1", household.Fire, "5000.00", "1000.00"),
			want:     aid{Shortfall: "4000.00", Maximum: "3018.33", Amount: "3018.33", LeftOver: "981.67", Outcome: policy.Eligible},
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "981.67"}},
		},
		{
			name: "zero shortfall", clause: "2.4.1",
			desc: "保险1500、赔偿500抵足费用2000：差额0，不予救助 / insurance and compensation cover the cost: no aid",
			e:    withAll(event("E1", household.Accident, "2000.00", ""), "1500.00", "500.00"),
			want: aid{Shortfall: "0.00", Maximum: "3018.33", Amount: "0.00", LeftOver: "0.00", Outcome: policy.Ineligible},
		},
		{
			name: "received above the cost", clause: "2.4.1",
			desc: "保险1500、赔偿700共2200，高于费用2000：差额计0（不是错误），不予救助 / 2200 received against a cost of 2000 is not an error: the shortfall is floored at 0, no aid",
			e:    withAll(event("E1", household.Accident, "2000.00", ""), "1500.00", "700.00"),
			want: aid{Shortfall: "0.00", Maximum: "3018.33", Amount: "0.00", LeftOver: "0.00", Outcome: policy.Ineligible},
		},
		{
			name: "zero cost", clause: "2.4.1",
			desc: "费用为0：差额0，不予救助 / a cost of 0: no aid",
			e:    event("E1", household.ExpenseOther, "0.00", ""),
			want: aid{Shortfall: "0.00", Maximum: "3018.33", Amount: "0.00", LeftOver: "0.00", Outcome: policy.Ineligible},
		},
		{
			name: "shortfall of one fen", clause: "2.4.1",
			desc:  "差额0.01元：救助0.01元 / a shortfall of one fen is paid",
			e:     event("E1", household.Fire, "1000.00", "999.99"),
			want:  aid{Shortfall: "0.01", Maximum: "3018.33", Amount: "0.01", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "0.01"}},
		},
		{
			name: "shortfall exactly at the maximum", clause: "2.4.1",
			desc:  "差额3018.33，即上限10×3622.00÷12=3018.333…舍入到分：全额救助，不提交一事一议 / the shortfall is the maximum 10 × 3622.00 ÷ 12 = 3018.333… as rounded to the fen: paid in full, not flagged",
			e:     event("E1", household.Fire, "3018.33", ""),
			want:  aid{Shortfall: "3018.33", Maximum: "3018.33", Amount: "3018.33", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
		},
		{
			name: "one fen above the maximum", clause: "2.4.1",
			desc:     "火灾差额3018.34，比上限3018.33高1分：按上限3018.33救助，余0.01提交一事一议 / a fire shortfall of 3018.34, one fen above the maximum 3018.33: 3018.33 paid, 0.01 flagged",
			e:        event("E1", household.Fire, "3018.34", ""),
			want:     aid{Shortfall: "3018.34", Maximum: "3018.33", Amount: "3018.33", LeftOver: "0.01", Outcome: policy.Eligible},
			lines:    []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.33"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "0.01"}},
		},
		{
			name: "one fen below the maximum", clause: "2.4.1",
			desc:  "火灾差额3018.32，比上限3018.33低1分：全额救助 / a fire shortfall of 3018.32, one fen below the maximum 3018.33: paid in full",
			e:     event("E1", household.Fire, "3018.32", ""),
			want:  aid{Shortfall: "3018.32", Maximum: "3018.33", Amount: "3018.32", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.32"}},
		},
		{
			name: "education exactly at its maximum", clause: "2.4.1",
			desc:  "教育支出差额1811.00，上限6倍1811.00：全额救助 / education at its maximum 1811.00",
			e:     event("E1", household.EducationExpense, "1811.00", ""),
			want:  aid{Shortfall: "1811.00", Maximum: "1811.00", Amount: "1811.00", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "1811.00"}},
		},
		{
			name: "education one fen above", clause: "2.4.1",
			desc:     "教育支出差额1811.01，比上限1811.00高1分：按1811.00救助，余0.01 / an education shortfall of 1811.01, one fen above the maximum 1811.00: 1811.00 paid, 0.01 flagged",
			e:        event("E1", household.EducationExpense, "1811.01", ""),
			want:     aid{Shortfall: "1811.01", Maximum: "1811.00", Amount: "1811.00", LeftOver: "0.01", Outcome: policy.Eligible},
			lines:    []line{{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "1811.00"}},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "0.01"}},
		},
		{
			name: "all three received", clause: "2.4.1",
			desc:  "费用10000，保险4000、赔偿2000、其他救助1500：差额2500 / all three received: shortfall 2500.00",
			e:     withAll(event("E1", household.Accident, "10000.00", "1500.00"), "4000.00", "2000.00"),
			want:  aid{Shortfall: "2500.00", Maximum: "3018.33", Amount: "2500.00", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "2500.00"}},
		},
		{
			name: "member named", clause: "2.4.1",
			desc: "事件指明成员：付给该成员 / an event naming a member is paid to the member",
			e: func() household.Hardship {
				e := event("E1", household.SuddenIllness, "2000.00", "")
				e.Member = "a2"
				return e
			}(),
			want:  aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Member: "a2", Payee: policy.PayMember, Form: policy.Cash, Annual: "2000.00"}},
		},
	}
	as := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := checkEventAid(t, as, &tc.e, tc.desc, tc.want, tc.lines)
			if diff := cmp.Diff(tc.findings, findingsOf(a.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			for _, l := range a.Lines {
				if !l.Lump() || l.Payer() != policy.CivilAffairsFund || l.Programme() != policy.Temporary ||
					l.ID() != "E1" || l.Period() != policy.Month(june.Month) {
					t.Errorf("%s: line %s: lump %v payer %s programme %s id %q period %s, want a lump sum from the civil-affairs fund for E1 in June",
						tc.desc, l.Item(), l.Lump(), l.Payer(), l.Programme(), l.ID(), l.Period())
				}
			}
			for _, f := range a.Findings {
				if f.ID() != "E1" {
					t.Errorf("%s: finding %s names event %q, want E1", tc.desc, f.Kind(), f.ID())
				}
			}
		})
	}
}

// TestEventAidCoarseUnit is 2.4.1 under a set that rounds to the yuan
// (section 0): the aid is min(shortfall, maximum) rounded once, and never
// above the shortfall — a coarse unit that would round above it pays the
// shortfall rounded down instead.
func TestEventAidCoarseUnit(t *testing.T) {
	yuan := temporary.Default2017()
	yuan.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *temporary.Params
		e      household.Hardship
		want   aid
		lines  []line
		why    string // the decision's reason, when a case states it
	}{
		{name: "half a yuan is not rounded up above the shortfall", clause: "2.4.1",
			p:     yuan,
			desc:  "差额2500.50，按元取整：救助2500，不得高于差额 / a shortfall of 2500.50 is paid 2500, not 2501",
			e:     event("E1", household.Fire, "2500.50", ""),
			want:  aid{Shortfall: "2500.50", Maximum: "3018.00", Amount: "2500.00", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "2500.00"}},
			why: "急难型（火灾）事件 E1：费用 2500.50 − 已获保险、赔偿及其他救助 0.00 = 差额 2500.50，不高于上限 10 × 3622.00 ÷ 12 = 3018.00：" +
				"发放临时救助金 2500.00 元（差额向下取整到舍入单位：救助不高于差额）"},
		{name: "below half a yuan", clause: "2.4.1",
			p:     yuan,
			desc:  "差额2500.49：救助2500 / a shortfall of 2500.49 is paid 2500",
			e:     event("E1", household.Fire, "2500.49", ""),
			want:  aid{Shortfall: "2500.49", Maximum: "3018.00", Amount: "2500.00", LeftOver: "0.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "2500.00"}}},
		{name: "less than one yuan", clause: "2.4.1",
			p:    yuan,
			desc: "差额0.60元，不足1元：不予救助 / a shortfall of 0.60 is less than the unit: no aid",
			e:    event("E1", household.Fire, "0.60", ""),
			want: aid{Shortfall: "0.60", Maximum: "3018.00", Amount: "0.00", LeftOver: "0.00", Outcome: policy.Ineligible}},
		{name: "above the maximum", clause: "2.4.1",
			p:     yuan,
			desc:  "上限10 × 3622 ÷ 12 = 3018.33取整为3018：按3018救助，余982 / the maximum rounds to 3018, 982 left over",
			e:     event("E1", household.Fire, "4000.00", ""),
			want:  aid{Shortfall: "4000.00", Maximum: "3018.00", Amount: "3018.00", LeftOver: "982.00", Outcome: policy.Eligible},
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "3018.00"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := checkEventAid(t, newAssessor(t, tc.p), &tc.e, tc.desc, tc.want, tc.lines)
			if tc.why != "" {
				if got := a.Decisions[0].Explanation().Render(policy.ZH); got != tc.why {
					t.Errorf("%s\ndecision: %s\n    want: %s", tc.desc, got, tc.why)
				}
			}
		})
	}
}

// TestEventAidExactMaximum is 2.4.1's comparison with the maximum itself:
// a shortfall is above the maximum when it is above k × S ÷ 12 before
// rounding (section 0: nothing is rounded on the way), not above its
// rounded figure; where the rounded figure would put the shortfall on the
// wrong side, the explanation shows the maximum exactly. Education's
// multiple set to 2 makes a maximum, 603.6666…, that rounds up.
func TestEventAidExactMaximum(t *testing.T) {
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		places   int32  // the set's rounding unit: 2 the fen, 0 the yuan, -2 the hundred yuan
		multiple string // education's multiple, "" for the default 6
		standard string // S, "" for 3622.00
		e        household.Hardship
		want     aid
		findings []finding
		why      string // the decision's reason
		meeting  string // the joint-meeting finding's reason
		whyEN    string // the decision's reason in English
	}{
		{name: "yuan: between the rounded and the exact maximum", clause: "2.4.1", places: 0,
			desc: "按元取整，差额3018.20不高于上限3018.3333…：救助3018，不提交一事一议 / to the yuan, 3018.20 is not above 3018.3333…: 3018, not flagged",
			e:    event("E1", household.Fire, "3018.20", ""),
			want: aid{Shortfall: "3018.20", Maximum: "3018.00", Amount: "3018.00", LeftOver: "0.00", Outcome: policy.Eligible},
			why: "急难型（火灾）事件 E1：费用 3018.20 − 已获保险、赔偿及其他救助 0.00 = 差额 3018.20，不高于上限 10 × 3622.00 ÷ 12 = 3018.3333…：" +
				"发放临时救助金 3018.00 元（差额向下取整到舍入单位：救助不高于差额）"},
		{name: "yuan: one fen above the exact maximum", clause: "2.4.1", places: 0,
			desc:     "按元取整，差额3018.34高于上限3018.3333…：按上限3018救助，余0.34提交一事一议 / to the yuan, a fire shortfall of 3018.34 is above 3018.3333…: 3018 paid, 0.34 flagged",
			e:        event("E1", household.Fire, "3018.34", ""),
			want:     aid{Shortfall: "3018.34", Maximum: "3018.00", Amount: "3018.00", LeftOver: "0.34", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "0.34"}}},
		{name: "yuan: above a maximum that rounds up", clause: "2.4.1", places: 0, multiple: "2.00",
			desc: "上限2 × 3622 ÷ 12 = 603.6666…取整为604；差额603.79高于上限：救助不高于差额，发603，余0.79提交一事一议 / " +
				"603.79 is above 603.6666…: paid 603 (never above the shortfall), 0.79 flagged",
			e:        event("E1", household.EducationExpense, "603.79", ""),
			want:     aid{Shortfall: "603.79", Maximum: "604.00", Amount: "603.00", LeftOver: "0.79", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "0.79"}},
			why: "支出型（教育）事件 E1：费用 603.79 − 已获保险、赔偿及其他救助 0.00 = 差额 603.79，高于上限 2 × 3622.00 ÷ 12 = 603.6666…：" +
				"发放临时救助金 603.00 元（上限取整后高于差额，按差额向下取整到舍入单位：救助不高于差额），余 0.79 元提交一事一议",
			meeting: "一事一议：支出型（教育）事件 E1 差额 603.79 高于上限 603.6666…，救助 603.00 元（上限取整后高于差额，按差额向下取整到舍入单位）后余 0.79 元，提交联席会议"},
		{name: "hundreds: above the maximum, which rounds above the shortfall", clause: "2.4.1", places: -2, standard: "3912.00",
			desc: "按百元取整，S = 3912：差额3280高于上限3260（取整为3300，高于差额）：救助3200，余80提交一事一议 / " +
				"to 100 yuan, 3280 is above 3260 (rounded 3300, above the shortfall): 3200 paid, 80 flagged",
			e:        event("E1", household.Fire, "3280.00", ""),
			want:     aid{Shortfall: "3280.00", Maximum: "3300.00", Amount: "3200.00", LeftOver: "80.00", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "80.00"}},
			why: "急难型（火灾）事件 E1：费用 3280.00 − 已获保险、赔偿及其他救助 0.00 = 差额 3280.00，高于上限 10 × 3912.00 ÷ 12 = 3260.00：" +
				"发放临时救助金 3200.00 元（上限取整后高于差额，按差额向下取整到舍入单位：救助不高于差额），余 80.00 元提交一事一议",
			meeting: "一事一议：急难型（火灾）事件 E1 差额 3280.00 高于上限 3260.00，救助 3200.00 元（上限取整后高于差额，按差额向下取整到舍入单位）后余 80.00 元，提交联席会议",
			whyEN: "emergency (fire) event E1: cost 3280.00 − insurance, compensation and other aid received 0.00 = shortfall 3280.00, above the maximum 10 × 3912.00 ÷ 12 = 3260.00: " +
				"cash 3200.00 yuan (the maximum rounded is above the shortfall, so the shortfall is rounded down to the rounding unit: aid is never above it); 80.00 yuan left over for the joint meeting"},
		{name: "hundreds: on the rounded figure of the maximum", clause: "2.4.1", places: -2, standard: "3912.00",
			desc: "按百元取整，S = 3912：差额3300高于上限3260，等于其取整3300：按上限取整救助3300，余0提交一事一议 / " +
				"to 100 yuan, 3300 is above 3260 and equals its rounded figure: 3300 paid, flagged with 0.00 left over",
			e:        event("E1", household.Fire, "3300.00", ""),
			want:     aid{Shortfall: "3300.00", Maximum: "3300.00", Amount: "3300.00", LeftOver: "0.00", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemEmergency, Amount: "0.00"}},
			why: "急难型（火灾）事件 E1：费用 3300.00 − 已获保险、赔偿及其他救助 0.00 = 差额 3300.00，高于上限 10 × 3912.00 ÷ 12 = 3260.00：" +
				"按上限取整到舍入单位发放临时救助金 3300.00 元，余 0.00 元提交一事一议",
			meeting: "一事一议：急难型（火灾）事件 E1 差额 3300.00 高于上限 3260.00，按上限取整到舍入单位救助后余 0.00 元，提交联席会议",
			whyEN: "emergency (fire) event E1: cost 3300.00 − insurance, compensation and other aid received 0.00 = shortfall 3300.00, above the maximum 10 × 3912.00 ÷ 12 = 3260.00: " +
				"cash 3300.00 yuan at the maximum rounded to the rounding unit; 0.00 yuan left over for the joint meeting"},
		{name: "fen: at the rounded figure of a maximum that rounds up", clause: "2.4.1", places: 2, multiple: "2.00",
			desc: "上限603.6666…按分取整为603.67；差额603.67高于上限：按上限603.67救助并提交一事一议，余0.00 / " +
				"603.67 is above 603.6666…: paid 603.67 at the maximum and flagged, 0.00 left over",
			e:        event("E1", household.EducationExpense, "603.67", ""),
			want:     aid{Shortfall: "603.67", Maximum: "603.67", Amount: "603.67", LeftOver: "0.00", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "0.00"}},
			why: "支出型（教育）事件 E1：费用 603.67 − 已获保险、赔偿及其他救助 0.00 = 差额 603.67，高于上限 2 × 3622.00 ÷ 12 = 603.6666…：" +
				"按上限取整到舍入单位发放临时救助金 603.67 元，余 0.00 元提交一事一议"},
		{name: "fen: one fen below", clause: "2.4.1", places: 2, multiple: "2.00",
			desc: "按分取整，教育2倍上限603.6666…（取整603.67），差额603.66不高于上限：全额救助 / to the fen, an education shortfall of 603.66 is not above 2 × 3622.00 ÷ 12 = 603.6666…: paid in full",
			e:    event("E1", household.EducationExpense, "603.66", ""),
			want: aid{Shortfall: "603.66", Maximum: "603.67", Amount: "603.66", LeftOver: "0.00", Outcome: policy.Eligible}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := temporary.Default2017()
			p.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: tc.places}
			if tc.multiple != "" {
				m := p.Multiple[household.EducationExpense]
				m.Value = d(tc.multiple)
				p.Multiple[household.EducationExpense] = m
			}
			if tc.standard != "" {
				p.Standard = stdOf(d(tc.standard))
			}
			a, err := newAssessor(t, p).EventAid(&tc.e)
			if err != nil {
				t.Fatalf("%s: EventAid: %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, aidOf(t, a)); diff != "" {
				t.Errorf("%s\naid (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(a.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if tc.why != "" {
				if got := a.Decisions[0].Explanation().Render(policy.ZH); got != tc.why {
					t.Errorf("%s\ndecision: %s\n    want: %s", tc.desc, got, tc.why)
				}
			}
			if tc.meeting != "" {
				if got := a.Findings[0].Explanation().Render(policy.ZH); got != tc.meeting {
					t.Errorf("%s\nfinding: %s\n   want: %s", tc.desc, got, tc.meeting)
				}
			}
			if tc.whyEN != "" {
				if got := a.Decisions[0].Explanation().Render(policy.EN); got != tc.whyEN {
					t.Errorf("%s\ndecision: %s\n    want: %s", tc.desc, got, tc.whyEN)
				}
			}
		})
	}
}

// TestEventTypes is 2.4.1 for each of the eight event types: the same
// shortfall of 2000.00 is paid in full, except education, whose maximum of
// 6 × S/12 = 1811.00 is below it.
func TestEventTypes(t *testing.T) {
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		typ      household.HardshipType
		item     policy.Item
		want     aid
		findings []finding
	}{
		{name: "fire", clause: "2.4.1", desc: "火灾：差额2000全额救助 / fire: 2000.00",
			typ: household.Fire, item: temporary.ItemEmergency,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "disaster", clause: "2.4.1", desc: "水灾等自然灾害：2000 / flood or other disaster: 2000.00",
			typ: household.Disaster, item: temporary.ItemEmergency,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "accident", clause: "2.4.1", desc: "交通等意外事故：2000 / accident: 2000.00",
			typ: household.Accident, item: temporary.ItemEmergency,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "sudden illness", clause: "2.4.1", desc: "突发重特大疾病：2000 / sudden major illness: 2000.00",
			typ: household.SuddenIllness, item: temporary.ItemEmergency,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "emergency other", clause: "2.4.1", desc: "其他急难：2000 / other emergency: 2000.00",
			typ: household.EmergencyOther, item: temporary.ItemEmergency,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "medical", clause: "2.4.1", desc: "支出型医疗：2000 / medical expenditure: 2000.00",
			typ: household.MedicalExpense, item: temporary.ItemExpenditure,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
		{name: "education", clause: "2.4.1", desc: "支出型教育：上限1811，余189提交一事一议 / education: 1811.00, 189.00 flagged",
			typ: household.EducationExpense, item: temporary.ItemExpenditure,
			want:     aid{Shortfall: "2000.00", Maximum: "1811.00", Amount: "1811.00", LeftOver: "189.00", Outcome: policy.Eligible},
			findings: []finding{{Kind: policy.JointMeeting, Item: temporary.ItemExpenditure, Amount: "189.00"}}},
		{name: "expenditure other", clause: "2.4.1", desc: "支出型其他：2000 / other expenditure: 2000.00",
			typ: household.ExpenseOther, item: temporary.ItemExpenditure,
			want: aid{Shortfall: "2000.00", Maximum: "3018.33", Amount: "2000.00", LeftOver: "0.00", Outcome: policy.Eligible}},
	}
	as := newAssessor(t, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := household.Hardship{ID: "E1", Type: tc.typ, Date: june, Cost: d("2500.00"), Insurance: d("500.00")}
			a, err := as.EventAid(&e)
			if err != nil {
				t.Fatalf("%s: EventAid: %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, aidOf(t, a)); diff != "" {
				t.Errorf("%s\naid (-want +got):\n%s", tc.desc, diff)
			}
			wantLines := []line{{tc.item, "", policy.PayHousehold, policy.Cash, tc.want.Amount, ""}}
			if diff := cmp.Diff(wantLines, linesOf(a.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findingsOf(a.Findings)); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			if !a.Lines[0].Provisional() {
				t.Errorf("%s: line not marked provisional; it rests on the provisional multiple", tc.desc)
			}
		})
	}
}

// TestProvisionalLine is section 0 for temporary aid: an aid line is
// provisional when any parameter it reads is — the type's maximum multiple
// or the 低保 standard S of 2.4.1 — and not otherwise.
func TestProvisionalLine(t *testing.T) {
	set := func(multiple policy.Provenance, standard policy.Provenance) *temporary.Params {
		p := temporary.Default2017()
		p.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("10"), multiple, "county rule (invented)")
		p.Standard = policy.New("lowincome.standard", d("3622.00"), standard, "county rule (invented)")
		return p
	}
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		p           *temporary.Params
		amount      string
		provisional bool
	}{
		{name: "multiple local, S provisional", clause: "2.4.1",
			desc: "倍数为本地参数、低保标准暂定：救助线仍为暂定，2000.00 / a local multiple under a provisional S: the line is provisional, 2000.00",
			p:    set(policy.Local, policy.Provisional), amount: "2000.00", provisional: true},
		{name: "multiple local, S seed", clause: "2.4.1",
			desc: "倍数为本地参数、低保标准为文件值：救助线不再暂定，2000.00 / a local multiple under a seed S: not provisional, 2000.00",
			p:    set(policy.Local, policy.Seed), amount: "2000.00", provisional: false},
		{name: "multiple provisional, S seed", clause: "2.4.1",
			desc: "倍数暂定（默认）、低保标准为文件值：暂定，2000.00 / the provisional default multiple under a seed S: provisional, 2000.00",
			p:    set(policy.Provisional, policy.Seed), amount: "2000.00", provisional: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := household.Hardship{ID: "E1", Type: household.Fire, Date: june, Cost: d("2500.00"), Insurance: d("500.00")}
			a := eventAid(t, &e, tc.p)
			if len(a.Lines) != 1 {
				t.Fatalf("%s: %d lines, want 1", tc.desc, len(a.Lines))
			}
			l := a.Lines[0]
			if got := l.Annual().StringFixed(2); got != tc.amount || l.Provisional() != tc.provisional {
				t.Errorf("%s\nline %s provisional %v, want %s provisional %v", tc.desc, got, l.Provisional(), tc.amount, tc.provisional)
			}
		})
	}
}

// TestForms is 2.4.3: cash by default, in kind where the county configures
// the event type so, and a referral line with no amount naming the service.
func TestForms(t *testing.T) {
	inKind := temporary.Default2017()
	inKind.Form[household.Disaster] = policy.New("temporary.form.disaster", policy.InKind, policy.Local, "county")
	referred := func(e household.Hardship, service string) household.Hardship { e.Referral = service; return e }
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *temporary.Params
		e      household.Hardship
		lines  []line
		why    string // the decision's reason in Chinese and in English, when a case states it
		whyEN  string
	}{
		{
			name: "cash by default", clause: "2.4.3",
			desc: "默认发放临时救助金 / cash by default",
			p:    temporary.Default2017(), e: event("E1", household.Disaster, "1200.00", ""),
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "1200.00"}},
		},
		{
			name: "in kind where configured", clause: "2.4.3",
			desc: "县配置水灾发放实物：实物折合1200 / the county pays disasters in kind",
			p:    inKind, e: event("E1", household.Disaster, "1200.00", ""),
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.InKind, Annual: "1200.00"}},
			why: "急难型（水灾等自然灾害）事件 E1：费用 1200.00 − 已获保险、赔偿及其他救助 0.00 = 差额 1200.00，不高于上限 10 × 3622.00 ÷ 12 = 3018.33：" +
				"发放实物，折合 1200.00 元",
			whyEN: "emergency (flood or other disaster) event E1: cost 1200.00 − insurance, compensation and other aid received 0.00 = shortfall 1200.00, " +
				"not above the maximum 10 × 3622.00 ÷ 12 = 3018.33: in kind worth 1200.00 yuan",
		},
		{
			name: "in kind for one type only", clause: "2.4.3",
			desc: "仅水灾发放实物，火灾仍发现金 / other types stay cash",
			p:    inKind, e: event("E1", household.Fire, "1200.00", ""),
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "1200.00"}},
		},
		{
			name: "in kind above the maximum", clause: "2.4.3",
			desc: "实物按上限折合3018.33，余5000.00 − 3018.33 = 1981.67提交一事一议 / in kind at the maximum, worth 3018.33; 1981.67 left over",
			p:    inKind, e: event("E1", household.Disaster, "5000.00", ""),
			lines: []line{{Item: temporary.ItemEmergency, Payee: policy.PayHousehold, Form: policy.InKind, Annual: "3018.33"}},
			why: "急难型（水灾等自然灾害）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 0.00 = 差额 5000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：" +
				"按上限发放实物，折合 3018.33 元，余 1981.67 元提交一事一议",
			whyEN: "emergency (flood or other disaster) event E1: cost 5000.00 − insurance, compensation and other aid received 0.00 = shortfall 5000.00, " +
				"above the maximum 10 × 3622.00 ÷ 12 = 3018.33: in kind worth 3018.33 yuan at the maximum; 1981.67 yuan left over for the joint meeting",
		},
		{
			name: "cash and referral", clause: "2.4.3",
			desc: "救助金加转介服务：转介行无金额、注明服务 / cash and a referral naming its service",
			p:    temporary.Default2017(), e: referred(event("E1", household.MedicalExpense, "800.00", ""), "县人民医院社工部"),
			lines: []line{
				{Item: temporary.ItemExpenditure, Payee: policy.PayHousehold, Form: policy.Cash, Annual: "800.00"},
				{Item: temporary.ItemReferral, Payee: policy.PayHousehold, Form: policy.Referral, Annual: "0.00", Service: "县人民医院社工部"},
			},
		},
		{
			name: "referral only", clause: "2.4.3",
			desc: "差额为0，仅转介服务 / no shortfall: the referral alone",
			p:    temporary.Default2017(), e: referred(event("E1", household.EducationExpense, "500.00", "500.00"), "县教育局资助中心"),
			lines: []line{{Item: temporary.ItemReferral, Payee: policy.PayHousehold, Form: policy.Referral, Annual: "0.00", Service: "县教育局资助中心"}},
		},
		{
			name: "referral for a member", clause: "2.4.3",
			desc: "指明成员的转介 / a referral for the member the event names",
			p:    temporary.Default2017(),
			e: func() household.Hardship {
				e := referred(event("E1", household.Accident, "300.00", "300.00"), "法律援助中心")
				e.Member = "a1"
				return e
			}(),
			lines: []line{{Item: temporary.ItemReferral, Member: "a1", Payee: policy.PayMember, Form: policy.Referral, Annual: "0.00", Service: "法律援助中心"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := newAssessor(t, tc.p).EventAid(&tc.e)
			if err != nil {
				t.Fatalf("%s: EventAid: %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.lines, linesOf(a.Lines)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if tc.why != "" {
				for lang, want := range map[policy.Lang]string{policy.ZH: tc.why, policy.EN: tc.whyEN} {
					if got := a.Decisions[0].Explanation().Render(lang); got != want {
						t.Errorf("%s\ndecision (%s): %s\n         want: %s", tc.desc, lang, got, want)
					}
				}
			}
			for _, l := range a.Lines {
				if l.Form() == policy.Referral && (!l.Annual().IsZero() || l.Provisional() || len(l.Params()) != 0) {
					t.Errorf("%s: referral line has amount %s, provisional %v, params %v; want none", tc.desc, l.Annual(), l.Provisional(), l.Params())
				}
			}
		})
	}
}

// TestExplanations: every line, flag and decision explains itself in both
// languages, ending with the rounded result, and each line names the
// clauses and parameters it rests on (2.4.1, 2.4.3).
func TestExplanations(t *testing.T) {
	referred := func(e household.Hardship, service string) household.Hardship { e.Referral = service; return e }
	// lineOut is a line's explanation, clauses and parameters.
	type lineOut struct {
		Zh, En  string
		Clauses []policy.Clause
		Params  []policy.Used
	}
	tests := []struct {
		name      string
		clauses   []policy.Clause
		desc      string
		e         household.Hardship
		lines     []lineOut
		findings  []explained
		decisions []explained
	}{
		{
			name: "worked example 8 explained", clauses: []policy.Clause{"2.4.1", "2.4.3"},
			desc: "例8：火灾费用5000.00，已获1000.00，差额4000.00高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放3018.33，余 981.67 一事一议，另转介县救助管理站 / " +
				"worked example 8: a fire costing 5000.00 with 1000.00 received, shortfall 4000.00 above the maximum 3018.33: 3018.33 in cash, 981.67 to the joint meeting, and a referral",
			e: referred(event("E1", household.Fire, "5000.00", "1000.00"), "县救助管理站"),
			lines: []lineOut{
				{
					Zh:      "急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放临时救助金 3018.33 元，余 981.67 元提交一事一议",
					En:      "emergency (fire) event E1: cost 5000.00 − insurance, compensation and other aid received 1000.00 = shortfall 4000.00, above the maximum 10 × 3622.00 ÷ 12 = 3018.33: cash 3018.33 yuan at the maximum; 981.67 yuan left over for the joint meeting",
					Clauses: []policy.Clause{"2.4.1", "2.4.3"},
					Params: []policy.Used{
						{Name: "temporary.multiple.fire", Value: "10.00", Provenance: policy.Provisional,
							Source: "RULES.md 2.4.1: Chizhou practice (池州), not confirmed for Dongzhi 2017"},
						{Name: "lowincome.standard", Value: "3622.00", Provenance: policy.Seed, Source: "东政办〔2017〕43号 二(一)1 (test)"},
						{Name: "temporary.form.fire", Value: "cash", Provenance: policy.Seed,
							Source: "东政办〔2017〕43号 二(四)3 可采取发放临时救助金、发放实物、提供转介服务等方式; RULES.md 2.4.3 [interpretation: cash unless the county configures in kind]"},
					},
				},
				{
					Zh:      "转介服务：县救助管理站（事件 E1，不计金额）",
					En:      "referral: 县救助管理站 (event E1, no amount)",
					Clauses: []policy.Clause{"2.4.3"},
				},
			},
			findings: []explained{{
				Zh: "一事一议：急难型（火灾）事件 E1 差额 4000.00 高于上限 3018.33，按上限救助后余 981.67 元，提交联席会议",
				En: "joint meeting: emergency (fire) event E1: shortfall 4000.00 is above the maximum 3018.33; 981.67 yuan left over after aid at the maximum",
			}},
			decisions: []explained{{
				Zh: "急难型（火灾）事件 E1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放临时救助金 3018.33 元，余 981.67 元提交一事一议",
				En: "emergency (fire) event E1: cost 5000.00 − insurance, compensation and other aid received 1000.00 = shortfall 4000.00, above the maximum 10 × 3622.00 ÷ 12 = 3018.33: cash 3018.33 yuan at the maximum; 981.67 yuan left over for the joint meeting",
			}},
		},
		{
			name: "no shortfall", clauses: []policy.Clause{"2.4.1"},
			desc: "教育支出600.00已全额获助，差额0.00：不予发放，无救助行 / an education expense of 600.00 fully met: shortfall 0.00, no aid and no line",
			e:    event("E2", household.EducationExpense, "600.00", "600.00"),
			decisions: []explained{{
				Zh: "支出型（教育）事件 E2：费用 600.00 − 已获保险、赔偿及其他救助 600.00，差额为 0.00（差额不计负数）：不予发放救助金或实物",
				En: "expenditure (education) event E2: cost 600.00 − insurance, compensation and other aid received 600.00 leaves a shortfall of 0.00 (never below 0): no aid in cash or in kind",
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := eventAid(t, &tc.e, nil)
			var lines []lineOut
			for _, l := range a.Lines {
				x := l.Explanation()
				lines = append(lines, lineOut{Zh: x.Render(policy.ZH), En: x.Render(policy.EN), Clauses: l.Clauses(), Params: l.Params()})
			}
			var findings, decisions []explained
			for _, f := range a.Findings {
				findings = append(findings, explainedOf(f.Explanation()))
			}
			for _, d := range a.Decisions {
				decisions = append(decisions, explainedOf(d.Explanation()))
			}
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\n救助行的说明、条款与参数 / lines' explanations, clauses and params (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findings); diff != "" {
				t.Errorf("%s\n标记说明 / findings' explanations (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.decisions, decisions); diff != "" {
				t.Errorf("%s\n决定说明 / decisions' explanations (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestExplanationArgs: each decision, line and flag of an event carries the
// arguments its formula names and no other, so that a breakdown's JSON
// lists no argument its text does not show (the amount left over belongs
// to the capped formulas only).
func TestExplanationArgs(t *testing.T) {
	yuan := temporary.Default2017()
	yuan.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
	tests := []struct {
		name string
		p    *temporary.Params
		e    household.Hardship
	}{
		{name: "below the maximum", e: event("E1", household.Fire, "2500.00", "")},
		{name: "shortfall rounded down", p: yuan, e: event("E1", household.Fire, "2500.50", "")},
		{name: "above the maximum", e: event("E1", household.Fire, "5000.00", "1000.00")},
		{name: "no shortfall", e: event("E1", household.Fire, "600.00", "600.00")},
	}
	placeholders := regexp.MustCompile(`\{([^{}]+)\}`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := eventAid(t, &tc.e, tc.p)
			xs := []policy.Explanation{}
			for _, d := range a.Decisions {
				xs = append(xs, d.Explanation())
			}
			for _, l := range a.Lines {
				xs = append(xs, l.Explanation())
			}
			for _, f := range a.Findings {
				xs = append(xs, f.Explanation())
			}
			for _, x := range xs {
				var want, got []string
				for _, m := range placeholders.FindAllStringSubmatch(x.Formula().ZH, -1) {
					if !slices.Contains(want, m[1]) {
						want = append(want, m[1])
					}
				}
				for _, arg := range x.Args() {
					got = append(got, arg.Name())
				}
				slices.Sort(want)
				slices.Sort(got)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s: argument names (-formula +explanation):\n%s", x.Formula().ID, diff)
				}
			}
		})
	}
}
