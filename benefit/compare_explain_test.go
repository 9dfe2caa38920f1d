package benefit_test

import (
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
