package benefit_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// TestProvisionalAcrossSets is section 0's "any result line that uses [a
// provisional parameter] is marked provisional, and the breakdown lists
// which parameters it rests on" in a year split between sets: each value a
// line rests on is listed, two values of one parameter both; a line that
// continues at the same value, provisional in some months only, is one line
// (a change of provenance alone does not split it) and is provisional.
// Every case is assessed as of 2017-09-01; the second set is in force from
// 2017-07-01.
func TestProvisionalAcrossSets(t *testing.T) {
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		july    string // the second set's programmes, over the 2017 base
		january string // the first set's, "" for the built-in set
		h       string
		names   []string // the parameters of the breakdown's provisional list the case states
		want    []string // their records: name=value provenance
		line    string   // a line the case states: its item, months, amount and provisional mark
		item    policy.Item
	}{
		{
			name: "two-values-listed", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseInpatient, policy.ClauseTemporary},
			desc: "7月起年度限额25000.00、火灾倍数12（均为暂定）：5月住院按20000，8月住院按25000，3月火灾按10倍，8月按12倍；暂定参数清单两值均列 / " +
				"from July a cap of 25000.00 and a fire multiple of 12, both provisional: the May claim rests on 20000, the August one on 25000, " +
				"the March fire on 10, the August one on 12; the provisional list names both values of each",
			july: `"medical":{"lowincome":{"annual_cap":{"value":"25000.00","provenance":"provisional","source":"test"}}},` +
				`"temporary":{"multiple":{"fire":{"value":"12","provenance":"provisional","source":"test"}}}`,
			h: `{"id":"P1","township":"示例镇","members":[{"id":"a","birth_date":"1960-01-01","relation":"head",
				"incomes":[{"category":"wages","amount":"1000.00"}],
				"claims":[{"id":"c1","admission":"2017-05-10","total_cost":"30000.00","compliant_cost":"30000.00","ncms":"10000.00"},
				          {"id":"c2","admission":"2017-08-10","total_cost":"30000.00","compliant_cost":"30000.00","ncms":"10000.00"}]}],
				"hardships":[{"id":"e1","type":"fire","date":"2017-03-05","cost":"9000.00","other_aid":"100.00"},
				             {"id":"e2","type":"fire","date":"2017-08-05","cost":"9000.00","other_aid":"100.00"}]}`,
			names: []string{"medical.lowincome.annual_cap", "temporary.multiple.fire"},
			want: []string{"medical.lowincome.annual_cap=20000.00 provisional", "medical.lowincome.annual_cap=25000.00 provisional",
				"temporary.multiple.fire=10.00 provisional", "temporary.multiple.fire=12.00 provisional"},
		},
		{
			name: "provisional-from-july", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability},
			desc: "二级生活补贴800.00，上半年为地方确认值、7月起为暂定值：一行全年800.00，标为暂定并列入清单 / a grade-2 living subsidy of 800.00, " +
				"local until June and provisional from July: one line of 800.00 over the year, marked provisional and listed",
			january: `"disability":{"living":{"grade2":{"value":"800.00","provenance":"local","source":"county"}}}`,
			july:    `"disability":{"living":{"grade2":{"value":"800.00","provenance":"provisional","source":"test"}}}`,
			h: `{"id":"P2","township":"示例镇","members":[{"id":"a","birth_date":"1960-01-01","relation":"head",
				"incomes":[{"category":"wages","amount":"1000.00"}],"disability":{"type":"physical","grade":2}}]}`,
			names: []string{"disability.living.grade2"},
			want:  []string{"disability.living.grade2=800.00 provisional"},
			item:  "living", line: "living 01–12 800.00 provisional",
		},
		{
			name: "same-value-more-places", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "7月起参数集把低保标准写作 3622.000（暂定）：数值未变，基本保障一行全年 3622.00 − 1000.00 = 2622.00，不拆分，标为暂定 / " +
				"a July set writing the 低保 standard as 3622.000, provisional: the value is unchanged, so the base line is one line " +
				"over the year, 3622.00 − 1000.00 = 2622.00, not split, and provisional",
			july: `"lowincome":{"standard":{"value":"3622.000","provenance":"provisional","source":"test"}}`,
			h: `{"id":"P3","township":"示例镇","members":[{"id":"a","birth_date":"1960-01-01","relation":"head",
				"incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
			names: []string{"lowincome.standard"},
			want:  []string{"lowincome.standard=3622.00 provisional"},
			item:  "base", line: "base 01–12 2622.00 provisional",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := benefit.Default2017()
			if tc.january != "" {
				var err error
				if first, err = benefit.Unmarshal([]byte(`{"year":2017,"base":2017,` + tc.january + `}`)); err != nil {
					t.Fatal(err)
				}
			}
			second, err := benefit.Unmarshal([]byte(`{"year":2017,"from":"2017-07-01","base":2017,` + tc.july + `}`))
			if err != nil {
				t.Fatal(err)
			}
			a, err := benefit.New(first, second)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, u := range b.Provisional() {
				for _, n := range tc.names {
					if u.Name == n {
						got = append(got, u.Name+"="+u.Value+" "+string(u.Provenance))
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nprovisional list (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(b.Provisional(), readBack(t, b).Provisional()); diff != "" {
				t.Errorf("%s\nprovisional list after the JSON round trip (-wrote +read):\n%s", tc.desc, diff)
			}
			if tc.line == "" {
				return
			}
			var lines []string
			for l := range b.LinesOf(policy.Select{Item: tc.item}) {
				s := string(l.Item()) + " " + l.Period().String() + " " + l.Annual().StringFixed(2)
				if l.Provisional() {
					s += " provisional"
				}
				lines = append(lines, s)
			}
			if diff := cmp.Diff([]string{tc.line}, lines); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
