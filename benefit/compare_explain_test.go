package benefit_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
)

// TestExplainHandWorked checks each household's change line by line.
func TestExplainHandWorked(t *testing.T) {
	base, reform := baselineAndReform(t)
	for _, tc := range compareCases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := benefit.Explain(base, reform, hh(t, tc.record), on)
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			got := struct{ Baseline, Reform, Change string }{c.Baseline.Totals.All().StringFixed(2),
				c.Reform.Totals.All().StringFixed(2), c.Difference().StringFixed(2)}
			want := struct{ Baseline, Reform, Change string }{tc.baseline, tc.reform, tc.change}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s [%v]: totals (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
			var changed []string
			for _, l := range c.Lines {
				if l.Changed {
					s := string(l.Programme) + "/" + string(l.Item)
					if l.Member != "" {
						s += " " + l.Member
					}
					changed = append(changed, s)
				}
			}
			if d := cmp.Diff(tc.changed, changed); d != "" {
				t.Errorf("%s [%v]: changed lines (-want +got):\n%s", tc.desc, tc.clauses, d)
			}
		})
	}
}

// TestChangeTextNamesClaims (2.3.2, 2.3.4; section 3): in a change's text,
// a line or decision of a claim names the claim beside its member. 基准下收入 3700.00 不低于 3622.00，
// 不在任何医疗救助组，住院 c1 有一条按入院日认定的决定；改革 S 提高至 3912.00 后
// 纳入低保，c1 随成员决定 / under the baseline I = 3700.00 is not below 3622.00,
// so claim c1 has a decision of its own; under the reform (S = 3912.00) the
// member is covered and the claim goes by the member's decision.
func TestChangeTextNamesClaims(t *testing.T) {
	base, reform := baselineAndReform(t)
	h := hh(t, `{"id":"C-CLAIM","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","able_to_work":true,
		"incomes":[{"category":"wages","amount":"3700.00"}],
		"claims":[{"id":"c1","admission":"2017-03-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"17000.00"}]}]}`)
	c, err := benefit.Explain(base, reform, h, on)
	if err != nil {
		t.Fatal(err)
	}
	text := textOf(t, c)
	for _, want := range []string{
		"  * medical 成员 m1: ineligible → eligible\n",
		"  * medical 成员 m1 c1: ineligible → —\n",
		"  * medical/inpatient 成员 m1 c1\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the change's text lacks %q:\n%s", want, text)
		}
	}
}
