package benefit_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// monthsSets returns the parameter sets a months table names: "2018" is
// testdata/set-2018.json in force from 1 January, "2018-02", "2018-07" and
// "2018-12" the same set in force from the first of that month; any other
// name is one setsNamed knows ("2017", "2017-07").
func monthsSets(t testing.TB, names []string) []*benefit.Params {
	t.Helper()
	var ps []*benefit.Params
	for _, n := range names {
		month, ok := map[string]time.Month{"2018": time.January, "2018-02": time.February,
			"2018-07": time.July, "2018-12": time.December}[n]
		if !ok {
			ps = append(ps, setsNamed(t, []string{n})...)
			continue
		}
		js, err := os.ReadFile("testdata/set-2018.json")
		if err != nil {
			t.Fatal(err)
		}
		p, err := benefit.Unmarshal(js)
		if err != nil {
			t.Fatalf("Unmarshal(set-2018.json): %v", err)
		}
		p.From = household.NewDate(2018, month, 1)
		ps = append(ps, p)
	}
	return ps
}

// monthsCheck is the check benefit.months_in_force as a table states it.
type monthsCheck struct {
	Status  policy.CheckStatus
	Clauses []policy.Clause
	Formula string
	ZH, EN  string
}

// monthsChecksOf lists a breakdown's checks named benefit.months_in_force.
func monthsChecksOf(b *benefit.Breakdown) []monthsCheck {
	var out []monthsCheck
	for _, c := range b.Checks() {
		if c.Name() != benefit.CheckMonthsInForce {
			continue
		}
		e := c.Explanation()
		out = append(out, monthsCheck{Status: c.Status(), Clauses: c.Clauses(), Formula: e.Formula().ID,
			ZH: e.Render(policy.ZH), EN: e.Render(policy.EN)})
	}
	return out
}

// assessMonths assesses record h on date on under the sets the tables of
// the months name (monthsSets).
func assessMonths(t *testing.T, sets []string, h string, on household.Date) *benefit.Breakdown {
	t.Helper()
	a, err := benefit.New(monthsSets(t, sets)...)
	if err != nil {
		t.Fatalf("New(%v): %v", sets, err)
	}
	b, err := a.Assess(hh(t, h), on)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return b
}

// monthsHousehold is a 低保 household of three with I = 4500.00, an
// admission and a fire in March and another of each in August.
const monthsHousehold = `{"id":"M1","township":"示例镇","members":[
	{"id":"m1","birth_date":"1958-02-01","relation":"head",
	 "incomes":[{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}],
	 "claims":[{"id":"c1","admission":"2018-03-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"},
	           {"id":"c2","admission":"2018-08-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]},
	{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
	{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
	"hardships":[{"id":"e1","type":"fire","date":"2018-03-18","cost":"5000.00","other_aid":"1000.00"},
	             {"id":"e2","type":"fire","date":"2018-08-18","cost":"5000.00","other_aid":"1000.00"}]}`

// TestMonthsInForce is section 0's months with no set in force: such a
// month is not assessed, and every breakdown of its year says so in the
// check benefit.months_in_force (not assessed, clause 0), naming the months
// as runs, instead of leaving its lines, claims and events out silently. A
// set is in force until the next set's start or the end of its own year,
// so within a year a month with no set can only come before the year's
// first set: a set that ends (2017's, at the end of 2017) and the next that
// starts later (2018's, from July) leave the months of 2018 before July.
// A year every month of which has a set carries no such check. The sets:
// "2017" is the built-in set, "2017-07" benefit/testdata/set-2017-07.json
// (from 2017-07-01); "2018" is benefit/testdata/set-2018.json (S = 3912.00)
// from 1 January, and "2018-02", "2018-07", "2018-12" the same set from the
// first of that month.
func TestMonthsInForce(t *testing.T) {
	const (
		civil   = policy.CivilAffairsFund
		medFund = policy.MedicalAidFund
	)
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   []string // "2017" built in, "2017-07" from July; "2018" set-2018.json, "2018-07" it from July, …
		on     household.Date
		h      string
		want   []monthsCheck
		lines  []pline // nil: not stated
	}{
		{
			name: "set-from-july", clause: policy.ClauseConventions,
			desc: "2018 年参数集 7 月起生效：1–6 月无参数集，不评估，每份结果列出未评估核查 benefit.months_in_force；" +
				"3 月的住院 c1 和火灾 e1 不评估，8 月的住院 c2（70% × 8000.00 = 5600.00）和火灾 e2（上限 10 × 3912.00 ÷ 12 = 3260.00）照常评估，" +
				"低保 7–12 月 (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00 / " +
				"the 2018 set in force from July: months 1–6 have no set and are not assessed, and every breakdown carries the check " +
				"benefit.months_in_force, not assessed; the admission c1 and the fire e1 of March are not assessed, those of August are " +
				"(c2: 70% × 8000.00 = 5600.00; e2: at the maximum 10 × 3912.00 ÷ 12 = 3260.00), and 低保 for months 7–12 is " +
				"(3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00",
			sets: []string{"2018-07"}, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			want: []monthsCheck{{Status: policy.NotChecked, Clauses: []policy.Clause{policy.ClauseConventions},
				Formula: "benefit.months-in-force.not-assessed",
				ZH:      "2018年1–6月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
				EN:      "2018 months 1–6: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}},
			lines: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3618.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c2", Payer: medFund, Months: "08–08", Annual: "5600.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e2", Payer: civil, Months: "08–08", Annual: "3260.00"},
			},
		},
		{
			name: "set-ends-next-starts-later", clause: policy.ClauseConventions,
			desc: "2017 年参数集至 2017 年底止，2018 年参数集 7 月起：2018 年 1–6 月无参数集，2018 年的结果列出未评估核查；" +
				"年中不会有空档（参数集生效至下一参数集生效或本年底） / " +
				"the 2017 set ends with 2017 and the 2018 set starts in July: months 1–6 of 2018 have no set, and 2018's breakdowns " +
				"carry the check; there is no gap within a year (a set is in force until the next set's start or the end of its year)",
			sets: []string{"2017", "2018-07"}, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			want: []monthsCheck{{Status: policy.NotChecked, Clauses: []policy.Clause{policy.ClauseConventions},
				Formula: "benefit.months-in-force.not-assessed",
				ZH:      "2018年1–6月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
				EN:      "2018 months 1–6: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}},
		},
		{
			name: "set-from-february", clause: policy.ClauseConventions,
			desc: "2018 年参数集 2 月起：仅 1 月不评估 / the 2018 set from February: month 1 alone is not assessed",
			sets: []string{"2018-02"}, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			want: []monthsCheck{{Status: policy.NotChecked, Clauses: []policy.Clause{policy.ClauseConventions},
				Formula: "benefit.months-in-force.not-assessed",
				ZH:      "2018年1月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
				EN:      "2018 month 1: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}},
		},
		{
			name: "set-from-december", clause: policy.ClauseConventions,
			desc: "2018 年参数集 12 月起，评估日 2018-12-15：1–11 月不评估 / the 2018 set from December, D = 2018-12-15: months 1–11 are not assessed",
			sets: []string{"2018-12"}, on: household.NewDate(2018, 12, 15), h: monthsHousehold,
			want: []monthsCheck{{Status: policy.NotChecked, Clauses: []policy.Clause{policy.ClauseConventions},
				Formula: "benefit.months-in-force.not-assessed",
				ZH:      "2018年1–11月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
				EN:      "2018 months 1–11: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}},
		},
		{
			name: "covered-2017", clause: policy.ClauseConventions,
			desc: "内置 2017 年参数集全年有效：无此核查 / the built-in 2017 set covers the whole year: no such check",
			sets: []string{"2017"}, on: household.NewDate(2017, 9, 1),
			h: `{"id":"M2","township":"示例镇","members":[{"id":"m1","birth_date":"1958-02-01","relation":"head"}]}`,
		},
		{
			name: "covered-two-sets", clause: policy.ClauseConventions,
			desc: "2017 年两个参数集（1 月起、7 月起）覆盖全年：无此核查 / two 2017 sets, from January and from July, cover the year: no such check",
			sets: []string{"2017", "2017-07"}, on: household.NewDate(2017, 9, 1),
			h: `{"id":"M2","township":"示例镇","members":[{"id":"m1","birth_date":"1958-02-01","relation":"head"}]}`,
		},
		{
			name: "covered-year-beside-a-partial-one", clause: policy.ClauseConventions,
			desc: "2017 年全年有参数集，2018 年 7 月起：2017 年的结果无此核查 / 2017 fully covered, 2018 from July: a 2017 breakdown has no such check",
			sets: []string{"2017", "2018-07"}, on: household.NewDate(2017, 9, 1),
			h: `{"id":"M2","township":"示例镇","members":[{"id":"m1","birth_date":"1958-02-01","relation":"head"}]}`,
		},
		{
			name: "covered-2018", clause: policy.ClauseConventions,
			desc: "2018 年参数集 1 月起：无此核查，3 月的住院 c1（5600.00）和火灾 e1（3260.00）照常评估，低保全年 3912.00 × 3 − 4500.00 = 7236.00 / " +
				"the 2018 set from January: no such check; the March admission c1 (5600.00) and fire e1 (3260.00) are assessed, and 低保 for " +
				"the year is 3912.00 × 3 − 4500.00 = 7236.00",
			sets: []string{"2018"}, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			lines: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–12", Annual: "7236.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Payer: medFund, Months: "03–03", Annual: "5600.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c2", Payer: medFund, Months: "08–08", Annual: "5600.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e1", Payer: civil, Months: "03–03", Annual: "3260.00"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e2", Payer: civil, Months: "08–08", Annual: "3260.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := assessMonths(t, tc.sets, tc.h, tc.on)
			if diff := cmp.Diff(tc.want, monthsChecksOf(b)); diff != "" {
				t.Errorf("%s\nmonths check (-want +got):\n%s", tc.desc, diff)
			}
			if tc.lines != nil {
				if diff := cmp.Diff(tc.lines, plinesOf(b)); diff != "" {
					t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
				}
			}
			checkTotals(t, b)
		})
	}
}

// TestMonthsInForceForms: the check benefit.months_in_force goes wherever a
// breakdown's checks go — Checks, the caseworker's text, the JSON — and a
// breakdown read back from its JSON keeps it, writing the same JSON and
// text.
func TestMonthsInForceForms(t *testing.T) {
	a, err := benefit.New(monthsSets(t, []string{"2018-07"})...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.Assess(hh(t, monthsHousehold), household.NewDate(2018, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	want := []monthsCheck{{Status: policy.NotChecked, Clauses: []policy.Clause{policy.ClauseConventions},
		Formula: "benefit.months-in-force.not-assessed",
		ZH:      "2018年1–6月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
		EN:      "2018 months 1–6: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}}

	text := textOf(t, b)
	block := "  [not-assessed] benefit.months_in_force [0]\n" +
		"      2018年1–6月无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）\n" +
		"      2018 months 1–6: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)\n"
	if !strings.Contains(text, block) {
		t.Errorf("the text lacks the months check:\n%s\nwant it to contain:\n%s", text, block)
	}

	js, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var wire struct {
		Checks []struct {
			Name        string          `json:"name"`
			Clauses     []policy.Clause `json:"clauses"`
			Status      string          `json:"status"`
			Explanation struct {
				Formula struct {
					ID string `json:"id"`
				} `json:"formula"`
				Args []struct {
					Name   string `json:"name"`
					Kind   string `json:"kind"`
					Value  string `json:"value"`
					Text   string `json:"text"`
					TextEN string `json:"text_en"`
				} `json:"args"`
				ZH string `json:"zh"`
				EN string `json:"en"`
			} `json:"explanation"`
		} `json:"checks"`
	}
	if err := json.Unmarshal(js, &wire); err != nil {
		t.Fatal(err)
	}
	last := wire.Checks[len(wire.Checks)-1]
	type arg struct{ Name, Kind, Value, Text, TextEN string }
	var args []arg
	for _, x := range last.Explanation.Args {
		args = append(args, arg(x))
	}
	if diff := cmp.Diff([]any{"benefit.months_in_force", []policy.Clause{"0"}, "not-assessed",
		"benefit.months-in-force.not-assessed", want[0].ZH, want[0].EN,
		[]arg{{Name: "year", Kind: "count", Value: "2018"}, {Name: "months", Kind: "text", Value: "0", Text: "1–6月", TextEN: "months 1–6"}}},
		[]any{last.Name, last.Clauses, last.Status, last.Explanation.Formula.ID, last.Explanation.ZH, last.Explanation.EN, args}); diff != "" {
		t.Errorf("the JSON's last check (-want +got):\n%s", diff)
	}

	var back benefit.Breakdown
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, monthsChecksOf(&back)); diff != "" {
		t.Errorf("read back, months check (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(b, &back, sameValues); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(text, textOf(t, &back)); diff != "" {
		t.Errorf("the text read back (-want +got):\n%s", diff)
	}
}

// TestBudgetNotAssessed is section 0 in a budget: the months no parameter
// set is in force in the households' year are named by Budget.NotAssessed
// and under the budget's outlay tables, kept by Merge, by a breakdown read
// back from JSON and by a comparison's JSON and text, so that their
// outlays of 0.00 do not read as nothing due.
func TestBudgetNotAssessed(t *testing.T) {
	h := hh(t, `{"id":"B1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`)
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   []string
		on     household.Date
		want   []time.Month
		note   string // the line under the outlay tables, "" for none
		// reform are the sets of the reform the budget's sets are compared
		// with, themselves when empty, and reformWant the months the reform
		// did not assess; sides are the lines the comparison writes under
		// its summary, one a side that left months out.
		reform     []string
		reformWant []time.Month
		sides      []string
		// removeCheck removes the check benefit.months_in_force from the
		// breakdown's JSON before it is read back: the sets alone name the
		// months. removeSets removes the key "sets": no set names a month.
		removeCheck, removeSets bool
	}{
		{
			name: "set-from-july", clause: policy.ClauseConventions,
			desc: "2018 年参数集自7月起：预算注明 1–6月未评估 / the 2018 set in force from July: the budget names months 1–6 as not assessed",
			sets: []string{"2018-07"}, on: household.NewDate(2018, 9, 1),
			want: []time.Month{1, 2, 3, 4, 5, 6},
			note: "1–6月无在用参数集，未评估：支出记为 0.00（通则）/ months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			sides: []string{
				"  基准：1–6月无在用参数集，未评估：支出记为 0.00（通则）/ baseline: months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
				"  改革：1–6月无在用参数集，未评估：支出记为 0.00（通则）/ reform: months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			},
		},
		{
			name: "set-from-july-check-removed", clause: policy.ClauseConventions,
			desc: "同上，但读回前从 JSON 中手工删去核查：仍按参数集注明 1–6月未评估 / the same with the check removed from the JSON by hand before it is read back: months 1–6 are still named, from the sets",
			sets: []string{"2018-07"}, on: household.NewDate(2018, 9, 1), removeCheck: true,
			want: []time.Month{1, 2, 3, 4, 5, 6},
			note: "1–6月无在用参数集，未评估：支出记为 0.00（通则）/ months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			sides: []string{
				"  基准：1–6月无在用参数集，未评估：支出记为 0.00（通则）/ baseline: months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
				"  改革：1–6月无在用参数集，未评估：支出记为 0.00（通则）/ reform: months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			},
		},
		{
			name: "reform-from-january", clause: policy.ClauseConventions,
			desc: "基准 2018 年参数集自7月起，改革自1月起：对比只注明基准的 1–6月未评估 / a baseline 2018 set from July against a reform from January: the comparison names months 1–6 as not assessed on the baseline's side alone",
			sets: []string{"2018-07"}, reform: []string{"2018"}, on: household.NewDate(2018, 9, 1),
			want: []time.Month{1, 2, 3, 4, 5, 6},
			note: "1–6月无在用参数集，未评估：支出记为 0.00（通则）/ months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			sides: []string{
				"  基准：1–6月无在用参数集，未评估：支出记为 0.00（通则）/ baseline: months 1–6: no parameter set in force, not assessed: outlays shown as 0.00 (section 0)",
			},
		},
		{
			name: "whole-year", clause: policy.ClauseConventions,
			desc: "2017 年参数集全年在用：无未评估月份 / the 2017 set in force all year: no month left out",
			sets: []string{"2017"}, on: household.NewDate(2017, 9, 1),
		},
		{
			name: "whole-year-sets-removed", clause: policy.ClauseConventions,
			desc: "同上，但读回前从 JSON 中手工删去 sets：没有参数集可推出未评估月份，不注明 / the same with \"sets\" removed from the JSON by hand before it is read back: no set to name a month not assessed, and no note",
			sets: []string{"2017"}, on: household.NewDate(2017, 9, 1), removeSets: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := benefit.New(monthsSets(t, tc.sets)...)
			if err != nil {
				t.Fatal(err)
			}
			br, err := a.Assess(h, tc.on)
			if err != nil {
				t.Fatal(err)
			}
			var b benefit.Budget
			b.Add(h, br)
			if diff := cmp.Diff(tc.want, b.NotAssessed()); diff != "" {
				t.Errorf("%s\nNotAssessed (-want +got):\n%s", tc.desc, diff)
			}
			read := readBack(t, br)
			if tc.removeCheck {
				read = withoutCheck(t, br, benefit.CheckMonthsInForce)
			}
			if tc.removeSets {
				read = withoutSets(t, br)
			}
			var fromJSON benefit.Budget
			fromJSON.Add(h, read)
			if diff := cmp.Diff(tc.want, fromJSON.NotAssessed()); diff != "" {
				t.Errorf("%s\nNotAssessed of a breakdown read back (-want +got):\n%s", tc.desc, diff)
			}
			var merged benefit.Budget
			merged.Merge(&b)
			if diff := cmp.Diff(tc.want, merged.NotAssessed()); diff != "" {
				t.Errorf("%s\nNotAssessed after Merge (-want +got):\n%s", tc.desc, diff)
			}
			for _, side := range []struct {
				name string
				b    *benefit.Budget
			}{{"budget", &b}, {"budget of the breakdown read back", &fromJSON}} {
				text := textOf(t, side.b)
				if got := strings.Contains(text, "no parameter set in force"); got != (tc.note != "") ||
					(tc.note != "" && !strings.Contains(text, tc.note)) {
					t.Errorf("%s\n%s: text %s the note %q:\n%s", tc.desc, side.name,
						map[bool]string{true: "has", false: "lacks"}[got], tc.note, text)
				}
			}
			reform, reformWant := a, tc.want
			if tc.reform != nil {
				if reform, err = benefit.New(monthsSets(t, tc.reform)...); err != nil {
					t.Fatal(err)
				}
				reformWant = tc.reformWant
			}
			c, err := benefit.Compare(a, reform, func(yield func(*household.Household) bool) { yield(h) }, tc.on, benefit.BatchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var sides []string
			for _, l := range strings.Split(textOf(t, c), "\n") {
				if strings.Contains(l, "no parameter set in force") {
					sides = append(sides, l)
				}
			}
			if diff := cmp.Diff(tc.sides, sides); diff != "" {
				t.Errorf("%s\nthe comparison's lines on months not assessed (-want +got):\n%s", tc.desc, diff)
			}
			js, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			var back benefit.Comparison
			if err := json.Unmarshal(js, &back); err != nil {
				t.Fatalf("the comparison's JSON does not read back: %v", err)
			}
			for _, side := range []struct {
				name string
				want []time.Month
				b    *benefit.Budget
			}{{"baseline", tc.want, &back.Baseline}, {"reform", reformWant, &back.Reform}} {
				if diff := cmp.Diff(side.want, side.b.NotAssessed()); diff != "" {
					t.Errorf("%s\n%s NotAssessed after the JSON round trip (-want +got):\n%s", tc.desc, side.name, diff)
				}
			}
		})
	}
}

// TestMonthsInForceTemporary is temporary aid (2.4.1) in a year whose first
// months have no set in force (section 0): an event of those months is not
// assessed, so it neither is paid nor counts toward the county's limit on
// events a year; and the maximum of an event assessed rests on the 低保
// standard S in force in its month, which its line and decision list
// among their parameters — a provisional S makes the line provisional.
// The sets are those a case names (monthsSets): set-2018.json from July
// (S = 3912.00), each with the limit set to eventsPerYear events a year
// (local) and, for the provisional case, with S provisional.
func TestMonthsInForceTemporary(t *testing.T) {
	set := func(names []string, eventsPerYear int, provisional bool) []*benefit.Params {
		ps := monthsSets(t, names)
		for _, p := range ps {
			p.Temporary.EventsPerYear = policy.New("temporary.events_per_year", eventsPerYear, policy.Local, "county (test)")
			if provisional {
				p.LowIncome.Standard.Provenance = policy.Provisional
			}
		}
		return ps
	}
	tests := []struct {
		name          string
		clause        policy.Clause
		desc          string
		sets          []string
		eventsPerYear int // temporary.events_per_year of each set, local
		provisional   bool
		on            household.Date
		h             string
		lines         []pline
		findings      []string
	}{
		{
			name: "march-event-not-counted", clause: policy.ClauseConventions,
			desc: "2018 年参数集 7 月起、每户每年限 1 次：3 月火灾 e1 不评估，也不计次数；8 月火灾 e2 为本年第 1 次，差额 4000.00，上限 10 × 3912.00 ÷ 12 = 3260.00，余 740.00 一事一议 / " +
				"the 2018 set from July, a limit of one event a year: the March fire e1 is not assessed and does not count; the August fire e2 is the year's first, paid the maximum 3260.00, 740.00 to the joint meeting",
			sets: []string{"2018-07"}, eventsPerYear: 1, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			lines:    []pline{{policy.Temporary, "emergency", "", "e2", policy.CivilAffairsFund, "08–08", "3260.00"}},
			findings: []string{"joint-meeting e2 740.00"},
		},
		{
			name: "provisional-standard", clause: policy.ClauseConventions,
			desc: "低保标准 S 为暂定值：用它计算上限的临时救助行同样为暂定，S 列入所依暂定参数 / a provisional S makes the temporary-aid line that rests on it provisional, and S is listed",
			sets: []string{"2018-07"}, eventsPerYear: 1, on: household.NewDate(2018, 9, 1), h: monthsHousehold,
			provisional: true,
			lines:       []pline{{policy.Temporary, "emergency", "", "e2", policy.CivilAffairsFund, "08–08", "3260.00"}},
			findings:    []string{"joint-meeting e2 740.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := benefit.New(set(tc.sets, tc.eventsPerYear, tc.provisional)...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, tc.h), tc.on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			lines := plinesOfProgramme(b, policy.Temporary)
			var findings []string
			for f := range b.FindingsOf(policy.Select{Programme: policy.Temporary}) {
				findings = append(findings, string(f.Kind())+" "+f.ID()+" "+f.Amount().StringFixed(2))
			}
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findings); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
			for l := range b.LinesOf(policy.Select{Programme: policy.Temporary}) {
				var names []string
				for _, u := range l.Params() {
					names = append(names, u.Name)
				}
				if !slices.Contains(names, "lowincome.standard") {
					t.Errorf("%s: line %s lists %v, not lowincome.standard", tc.desc, l.ID(), names)
				}
				if !l.Provisional() { // the multiple is provisional in every set
					t.Errorf("%s: line %s not provisional", tc.desc, l.ID())
				}
			}
			listed := slices.ContainsFunc(b.Provisional(), func(u policy.Used) bool { return u.Name == "lowincome.standard" })
			if listed != tc.provisional {
				t.Errorf("%s: lowincome.standard listed as provisional: %v, want %v", tc.desc, listed, tc.provisional)
			}
		})
	}
}

// TestEventsPerYearAcrossSets is the county's limit on temporary-aid events
// a year (2.4.1, local) in a year of two sets that round to different units
// (section 0): an event counts toward the limit when the set in force in
// its month pays it, whatever the unit of the set that ranks the events
// after it. The household (invented) has one member with wages of
// 20000.00, so that only temporary aid pays; its events are fires, with
// nothing received. A case's sets are JSON, or "2017" for the built-in set.
func TestEventsPerYearAcrossSets(t *testing.T) {
	set := func(t *testing.T, js string) *benefit.Params {
		t.Helper()
		p, err := benefit.Unmarshal([]byte(js))
		if err != nil {
			t.Fatalf("Unmarshal: %v", err)
		}
		return p
	}
	const (
		yuanFromJanuary = `{"year": 2017, "base": 2017, "name": "to the yuan (test)",
			"rounding": {"mode": "half-up", "places": 0}}`
		fenLimit1FromJuly = `{"year": 2017, "from": "2017-07-01", "base": 2017, "name": "to the fen, limit 1, from July (test)",
			"temporary": {"events_per_year": {"value": 1, "provenance": "local", "source": "county (test)"}}}`
		yuanLimit2FromJuly = `{"year": 2017, "from": "2017-07-01", "base": 2017, "name": "to the yuan, limit 2, from July (test)",
			"rounding": {"mode": "half-up", "places": 0},
			"temporary": {"events_per_year": {"value": 2, "provenance": "local", "source": "county (test)"}}}`
		record = `{"id": "TEST-LIMIT", "township": "乡镇01",
			"members": [{"id": "m1", "birth_date": "1970-01-01", "incomes": [{"category": "wages", "amount": "20000.00"}]}],
			"hardships": [%s]}`
	)
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		sets     []string
		on       household.Date
		events   []string
		lines    []pline
		findings []string
	}{
		{
			name: "unpaid-under-its-own-unit", clause: "2.4.1",
			desc: "1–6 月按元舍入：3 月火灾 e1 差额 0.99 向下取整为 0，不予救助，不计次数；7 月起按分舍入、每户每年限 1 次：8 月火灾 e2 为本年第 1 次，救助 100.00 / " +
				"to the yuan from January: the March fire e1's shortfall of 0.99 rounds down to 0, paid nothing, not counted; to the fen with a limit of 1 from July: the August fire e2 is the year's first, paid 100.00",
			sets: []string{yuanFromJanuary, fenLimit1FromJuly}, on: household.NewDate(2017, 12, 31),
			events: []string{
				`{"id": "e1", "type": "fire", "date": "2017-03-10", "cost": "0.99"}`,
				`{"id": "e2", "type": "fire", "date": "2017-08-10", "cost": "100.00"}`,
			},
			lines: []pline{{policy.Temporary, "emergency", "", "e2", policy.CivilAffairsFund, "08–08", "100.00"}},
		},
		{
			name: "paid-under-its-own-unit", clause: "2.4.1",
			desc: "1–6 月按分舍入：3 月 e1 救助 0.50、4 月 e2 救助 0.40，均计次数；7 月起按元舍入、每户每年限 2 次：8 月火灾 e3 为本年第 3 次，不予救助，差额 100.00 一事一议 / " +
				"to the fen from January: e1 in March is paid 0.50 and e2 in April 0.40, both counted; to the yuan with a limit of 2 from July: the August fire e3 is the year's third, 100.00 to the joint meeting",
			sets: []string{"2017", yuanLimit2FromJuly}, on: household.NewDate(2017, 12, 31),
			events: []string{
				`{"id": "e1", "type": "fire", "date": "2017-03-10", "cost": "0.50"}`,
				`{"id": "e2", "type": "fire", "date": "2017-04-10", "cost": "0.40"}`,
				`{"id": "e3", "type": "fire", "date": "2017-08-10", "cost": "100.00"}`,
			},
			lines: []pline{
				{policy.Temporary, "emergency", "", "e1", policy.CivilAffairsFund, "03–03", "0.50"},
				{policy.Temporary, "emergency", "", "e2", policy.CivilAffairsFund, "04–04", "0.40"},
			},
			findings: []string{"joint-meeting e3 100.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sets []*benefit.Params
			for _, js := range tc.sets {
				if js == "2017" { // the built-in set
					sets = append(sets, benefit.Default2017())
					continue
				}
				sets = append(sets, set(t, js))
			}
			a, err := benefit.New(sets...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, fmt.Sprintf(record, strings.Join(tc.events, ", "))), tc.on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			lines := plinesOfProgramme(b, policy.Temporary)
			var findings []string
			for f := range b.FindingsOf(policy.Select{Programme: policy.Temporary}) {
				if f.Kind() == policy.JointMeeting { // the 救急难 flags of fires with nothing received are not this test's
					findings = append(findings, string(f.Kind())+" "+f.ID()+" "+f.Amount().StringFixed(2))
				}
			}
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.findings, findings); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestMonthsInForceTekun is section 0's months in force for 特困 support
// (2.2.1): a member supported all year under a year whose first set starts
// in July is decided for the months in force, and his decision counts
// them — not the months of his support that no set assesses.
func TestMonthsInForceTekun(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   []string
		on     household.Date
		h      string
		why    string  // the 特困 member's decision, in Chinese
		months string  // its months
		lines  []pline // the 特困 lines
	}{
		{
			name: "supported-all-year-set-from-july", clause: policy.ClauseConventions,
			desc: "2018 年参数集 7 月起，成员全年分散供养：决定为 7–12 月，计供养 6 个月；供养行 3912.00 × 6 ÷ 12 = 1956.00 / " +
				"the 2018 set from July, a member in dispersed support all year: decided for months 7–12, counting 6 months; " +
				"the support line 3912.00 × 6 ÷ 12 = 1956.00",
			sets: []string{"2018-07"}, on: household.NewDate(2018, 9, 1),
			h: `{"id":"T1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1940-03-01","relation":"head","tekun":{"mode":"dispersed"}}]}`,
			why:    "特困供养人员（分散供养），供养 6 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭",
			months: "07–12",
			lines: []pline{{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: policy.CivilAffairsFund,
				Months: "07–12", Annual: "1956.00"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := assessMonths(t, tc.sets, tc.h, tc.on)
			d, ok := b.Decision(policy.Select{Programme: policy.Tekun, Member: "m1"})
			if !ok {
				t.Fatalf("%s: no 特困 decision", tc.desc)
			}
			if got := d.Explanation().Render(policy.ZH); got != tc.why {
				t.Errorf("%s\ndecision = %q\nwant       %q", tc.desc, got, tc.why)
			}
			if got := d.Period().String(); got != tc.months {
				t.Errorf("%s: the decision's months are %s, want %s", tc.desc, got, tc.months)
			}
			lines := plinesOfProgramme(b, policy.Tekun)
			if diff := cmp.Diff(tc.lines, lines); diff != "" {
				t.Errorf("%s\n特困 lines (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// withoutCheck reads back b's JSON with the checks of the given name
// removed, as a hand edit would; the test fails if b has none.
func withoutCheck(t *testing.T, b *benefit.Breakdown, name string) *benefit.Breakdown {
	t.Helper()
	return readBackEdited(t, b, func(m map[string]json.RawMessage) {
		var checks []map[string]any
		if err := json.Unmarshal(m["checks"], &checks); err != nil {
			t.Fatal(err)
		}
		n := len(checks)
		if checks = slices.DeleteFunc(checks, func(c map[string]any) bool { return c["name"] == name }); len(checks) == n {
			t.Fatalf("the breakdown has no check %s to remove", name)
		}
		var err error
		if m["checks"], err = json.Marshal(checks); err != nil {
			t.Fatal(err)
		}
	})
}

// withoutSets reads back b's JSON with the key "sets" removed; the test
// fails if b has none.
func withoutSets(t *testing.T, b *benefit.Breakdown) *benefit.Breakdown {
	t.Helper()
	return readBackEdited(t, b, func(m map[string]json.RawMessage) {
		if _, ok := m["sets"]; !ok {
			t.Fatal("the breakdown's JSON has no sets to remove")
		}
		delete(m, "sets")
	})
}
