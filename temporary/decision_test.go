package temporary_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// decision is a decision as the tables state it.
type decision struct {
	ID      string
	Member  string
	Outcome policy.Outcome
	Formula string
	Clauses []policy.Clause
}

func decisionsOf(ds []policy.Decision) []decision {
	var out []decision
	for _, d := range ds {
		out = append(out, decision{ID: d.ID(), Member: d.Member(), Outcome: d.Outcome(),
			Formula: d.Explanation().Formula().ID, Clauses: d.Clauses()})
	}
	return out
}

// TestDecisions is one decision per hardship event (2.4.1, 2.4.3): it names
// the event and the member paid, is eligible when the event is given aid or
// a referral, and is explained as the event's own explanation.
func TestDecisions(t *testing.T) {
	aided := []policy.Clause{"2.4.1", "2.4.3"}
	refused := []policy.Clause{"2.4.1"}
	referred := func(e household.Hardship, s string) household.Hardship { e.Referral = s; return e }
	limit1 := temporary.Default2017()
	limit1.EventsPerYear = policy.New("temporary.events_per_year", 1, policy.Local, "county")
	hundred := temporary.Default2017()
	hundred.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: -2}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		p      *temporary.Params
		want   []decision
		// wantErr are the field errors of a record Check refuses.
		wantErr []fieldErr
	}{
		{
			name: "aid at the maximum", clause: "2.4.1",
			desc: "例8：按上限救助，决定为救助 / worked example 8: aided at the maximum",
			h:    home(event("E1", household.Fire, "5000.00", "1000.00")),
			want: []decision{{ID: "E1", Outcome: policy.Eligible, Formula: "temporary.aid-capped", Clauses: aided}},
		},
		{
			name: "no shortfall", clause: "2.4.1",
			desc: "差额为0：不予救助 / no shortfall: not aided",
			h:    home(event("E1", household.Accident, "800.00", "800.00")),
			want: []decision{{ID: "E1", Outcome: policy.Ineligible, Formula: "temporary.no-shortfall", Clauses: refused}},
		},
		{
			name: "received above the cost", clause: "2.4.1",
			desc: "已获其他救助900高于费用800：差额计0，不予救助，不报错 / 900 received against a cost of 800: shortfall 0, not aided, no error",
			h:    home(event("E1", household.Accident, "800.00", "900.00")),
			want: []decision{{ID: "E1", Outcome: policy.Ineligible, Formula: "temporary.no-shortfall", Clauses: refused}},
		},
		{
			name: "no shortfall but referred", clause: "2.4.3",
			desc: "差额为0但转介：决定为救助（转介服务） / no shortfall, but a referral is given",
			h:    home(referred(event("E1", household.EducationExpense, "500.00", "500.00"), "县教育局资助中心")),
			want: []decision{{ID: "E1", Outcome: policy.Eligible, Formula: "temporary.no-shortfall", Clauses: aided}},
		},
		{
			name: "shortfall rounded to nothing", clause: "0",
			desc: "按百元舍入：差额30元向下取整为0，不予救助，说明写明取整 / rounded to 100 元, a shortfall of 30.00 rounds down to nothing, and the decision says so",
			h:    home(event("E1", household.Fire, "30.00", "")),
			p:    hundred,
			want: []decision{{ID: "E1", Outcome: policy.Ineligible, Formula: "temporary.aid-floored", Clauses: refused}},
		},
		{
			name: "event without an id", clause: "0",
			desc:    "无编号事件被拒绝，错误以路径命名 / an event with no id is refused, the error naming it by its path",
			h:       home(event("E1", household.Fire, "100.00", ""), event("", household.MedicalExpense, "200.00", "")),
			wantErr: []fieldErr{{Type: policy.ErrorRequired, Path: "hardships[1].id"}},
		},
		{
			name: "person without a household", clause: "2.4.3",
			desc: "流浪乞讨人员：决定付给本人 / a person without a household: the decision names him",
			h: &household.Household{ID: "H-NOFIX", Township: "尧渡镇", NoFixedHousehold: true,
				Members:   []household.Member{adult("p1")},
				Hardships: []household.Hardship{event("E1", household.EmergencyOther, "600.00", "")}},
			want: []decision{{ID: "E1", Member: "p1", Outcome: policy.Eligible, Formula: "temporary.aid", Clauses: aided}},
		},
		{
			name: "over the limit", clause: "2.4.1",
			desc: "每年限1次：第二次不予救助 / limit 1: the second event is refused",
			h:    home(event("E1", household.ExpenseOther, "300.00", ""), event("E2", household.ExpenseOther, "400.00", "")),
			p:    limit1,
			want: []decision{
				{ID: "E1", Outcome: policy.Eligible, Formula: "temporary.aid", Clauses: aided},
				{ID: "E2", Outcome: policy.Ineligible, Formula: "temporary.over-limit", Clauses: refused},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.wantErr != nil {
				_, err := tc.h.Check(on)
				if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
					t.Fatalf("%s\nfield errors of Check (-want +got):\n%s", tc.desc, diff)
				}
				return
			}
			r := assess(t, tc.h, inputs(), tc.p)
			if diff := cmp.Diff(tc.want, decisionsOf(r.Decisions)); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
			for i, ev := range r.Events() {
				if r.Decisions[i].Outcome() != ev.Outcome() {
					t.Errorf("%s: event %s: decision %s, event outcome %s", tc.desc, ev.ID(), r.Decisions[i].Outcome(), ev.Outcome())
				}
			}
			// An aided event's decision reads as its line.
			for _, l := range r.Lines {
				if l.Item() == temporary.ItemReferral {
					continue
				}
				for _, d := range r.Decisions {
					if d.ID() == l.ID() && d.Explanation().Render(policy.ZH) != l.Explanation().Render(policy.ZH) {
						t.Errorf("%s: decision %q explained %q, its line %q", tc.desc, d.ID(),
							d.Explanation().Render(policy.ZH), l.Explanation().Render(policy.ZH))
					}
				}
			}
		})
	}
}

// paid is a lump sum as the period table states it: the event it pays, its
// item, amount and month.
type paid struct {
	ID     string
	Item   policy.Item
	Annual string
	Month  time.Month
}

// TestPeriod is the run of months assessed (section 0): an event is
// assessed, decided and paid in the run that holds its month, each line
// naming the event; the limit on events per year counts the year's events
// whichever run assesses them.
func TestPeriod(t *testing.T) {
	dated := func(e household.Hardship, m time.Month) household.Hardship {
		e.Date = household.NewDate(2017, m, 10)
		return e
	}
	march := dated(event("E1", household.Fire, "1000.00", "200.00"), time.March)
	march.Referral = "县救助管理站"
	august := dated(event("E2", household.MedicalExpense, "500.00", "100.00"), time.August)
	limit1 := temporary.Default2017()
	limit1.EventsPerYear = policy.New("temporary.events_per_year", 1, policy.Local, "county")
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		period policy.Period
		p      *temporary.Params
		lines  []paid
		events []string
		// over are the events beyond the year's limit and meeting the
		// joint-meeting findings ("E2 400.00": an event and its amount).
		over, meeting []string
	}{
		{
			name: "whole year", clause: "0",
			desc:   "全年：两件事件各在事件月份支付 / the whole year: each event paid in its month",
			period: policy.Period{},
			lines: []paid{{ID: "E1", Item: temporary.ItemEmergency, Annual: "800.00", Month: time.March}, {ID: "E1", Item: temporary.ItemReferral, Annual: "0.00", Month: time.March},
				{ID: "E2", Item: temporary.ItemExpenditure, Annual: "400.00", Month: time.August}},
			events: []string{"E1", "E2"},
		},
		{
			name: "first half", clause: "0",
			desc:   "1–6月：只评估3月事件 / January to June: the March event only",
			period: policy.Period{From: time.January, To: time.June},
			lines:  []paid{{ID: "E1", Item: temporary.ItemEmergency, Annual: "800.00", Month: time.March}, {ID: "E1", Item: temporary.ItemReferral, Annual: "0.00", Month: time.March}},
			events: []string{"E1"},
		},
		{
			name: "second half", clause: "0",
			desc:   "7–12月：只评估8月事件 / July to December: the August event only",
			period: policy.Period{From: time.July, To: time.December},
			lines:  []paid{{ID: "E2", Item: temporary.ItemExpenditure, Annual: "400.00", Month: time.August}},
			events: []string{"E2"},
		},
		{
			name: "limit counts the year", clause: "2.4.1",
			desc:   "每年限1次：7–12月评估时3月事件已计次，8月事件超限，不予支付，差额400.00全额提交联席会议 / limit 1: in July–December the March event has used the year's one; the August event is paid nothing and its 400.00 goes to the joint meeting",
			period: policy.Period{From: time.July, To: time.December},
			p:      limit1,
			events: []string{"E2"},
			over:   []string{"E2"}, meeting: []string{"E2 400.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := inputs()
			in.Period = tc.period
			r, err := newAssessor(t, tc.p).Assess(check(t, home(march, august)), in)
			if err != nil {
				t.Fatalf("%s: Assess: %v", tc.desc, err)
			}
			var got []paid
			for _, l := range r.Lines {
				if !l.Lump() || l.Period().Months() != 1 {
					t.Errorf("%s: line %s covers %s, want a lump sum in one month", tc.desc, l.Item(), l.Period())
				}
				got = append(got, paid{l.ID(), l.Item(), l.Annual().StringFixed(2), l.Period().From})
			}
			if diff := cmp.Diff(tc.lines, got); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			var events, decided, over, meeting []string
			for _, ev := range r.Events() {
				events = append(events, ev.ID())
				if ev.OverLimit() {
					over = append(over, ev.ID())
				}
			}
			for _, f := range r.Findings {
				if f.Kind() == policy.JointMeeting {
					meeting = append(meeting, f.ID()+" "+f.Amount().StringFixed(2))
				}
			}
			if diff := cmp.Diff(tc.over, over); diff != "" {
				t.Errorf("%s\nover the limit (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.meeting, meeting); diff != "" {
				t.Errorf("%s\njoint-meeting findings (-want +got):\n%s", tc.desc, diff)
			}
			for _, d := range r.Decisions {
				decided = append(decided, d.ID())
			}
			if diff := cmp.Diff(tc.events, events); diff != "" {
				t.Errorf("%s\nevents (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.events, decided); diff != "" {
				t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
