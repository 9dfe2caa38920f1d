package benefit_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// samplesComparison adds every invented sample household, assessed on the
// samples' date under base and under reform, to a new comparison.
func samplesComparison(base, reform *benefit.Assessor) *benefit.Comparison {
	var c benefit.Comparison
	for _, name := range samples.Names() {
		h, err := samples.Household(name)
		if err != nil {
			panic(err)
		}
		b0, err := base.Assess(h, samples.Date())
		if err != nil {
			panic(err)
		}
		b1, err := reform.Assess(h, samples.Date())
		if err != nil {
			panic(err)
		}
		c.Add(h, b0, b1)
	}
	return &c
}

// A service that already holds each household's two breakdowns adds them
// itself: here the samples under the built-in set and under the
// illustrative reform (S raised to 3912.00, the A uplift to 40%).
func ExampleComparison_Add() {
	c := samplesComparison(exampleReform())
	fmt.Println(c.Households, "households:", c.Gainers, "gain,", c.Losers, "lose,", c.Unchanged, "unchanged")
	// Output:
	// 7 households: 3 gain, 0 lose, 4 unchanged
}

// All is the grand total under each and the change, split into the change
// of the monthly rate and of the lump sums.
func ExampleComparison_All() {
	all := samplesComparison(exampleReform()).All()
	fmt.Println(all.Baseline.Annual.StringFixed(2), "→", all.Reform.Annual.StringFixed(2), "change", all.Difference.StringFixed(2))
	fmt.Println("monthly rate", all.Monthly.StringFixed(2), "lump sums", all.Lump.StringFixed(2))
	// Output:
	// 40690.33 → 43063.20 change 2372.87
	// monthly rate 189.69 lump sums 241.67
}

// Gained is the sum of the gains of the households that gain; with Lost
// it adds up to the change of the grand total.
func ExampleComparison_Gained() {
	c := samplesComparison(exampleReform())
	fmt.Println("gained", c.Gained().StringFixed(2), "lost", c.Lost().StringFixed(2), "change", c.All().Difference.StringFixed(2))
	// Output:
	// gained 2372.87 lost 0.00 change 2372.87
}

// Lost is the sum of the losses, negative: here what the samples would
// lose if the county went back from the reform to the built-in set.
func ExampleComparison_Lost() {
	base, reform := exampleReform()
	c := samplesComparison(reform, base)
	fmt.Println(c.Losers, "lose", c.Lost().StringFixed(2), "of", c.All().Baseline.Annual.StringFixed(2))
	// Output:
	// 3 lose -2372.87 of 43063.20
}

// Losses names the households that lose most, the largest loss first:
// here going back from the reform to the built-in set.
func ExampleComparison_Losses() {
	base, reform := exampleReform()
	for _, m := range samplesComparison(reform, base).Losses() {
		fmt.Println(m.Household, m.Township, m.Baseline.StringFixed(2), "→", m.Reform.StringFixed(2), m.Change.StringFixed(2))
	}
	// Output:
	// H-SAMPLE-01 尧渡镇 24595.20 → 22657.33 -1937.87
	// H-SAMPLE-02 东流镇 4092.00 → 3802.00 -290.00
	// H-SAMPLE-07 香隅镇 4536.00 → 4391.00 -145.00
}

// sampleChange is sample 01's change under the illustrative reform
// (standard 3912.00, uplift A 40%), line by line.
func sampleChange() *benefit.Change {
	base, reform := exampleReform()
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		panic(err)
	}
	c, err := benefit.Explain(base, reform, h, samples.Date())
	if err != nil {
		panic(err)
	}
	return c
}

// Difference is one household's change over every programme and payee:
// the reform's total less the baseline's.
func ExampleChange_Difference() {
	c := sampleChange()
	fmt.Println(c.Baseline.Totals.All().StringFixed(2), "→", c.Reform.Totals.All().StringFixed(2), "change", c.Difference().StringFixed(2))
	// Output:
	// 22657.33 → 24595.20 change 1937.87
}

// A line's Difference is the reform's amount less the baseline's (a line
// in one breakdown only counting 0 in the other): it says which lines a
// household's change comes from. Sample 01's child line is marked changed
// with a difference of 0.00: its amount stays, its explanation names the
// new standard.
func ExampleLineChange_Difference() {
	c := sampleChange()
	amount := func(l *policy.Line) string {
		if l == nil {
			return "none" // the line is in the other breakdown only
		}
		return l.Annual().StringFixed(2)
	}
	for _, l := range c.Lines {
		if l.Changed {
			fmt.Printf("%-10s %-9s %-2s %7s → %7s %8s\n", l.Programme, l.Item, l.Member,
				amount(l.Baseline), amount(l.Reform), l.Difference().StringFixed(2))
		}
	}
	// Output:
	// lowincome  base         8488.00 → 9648.00  1160.00
	// lowincome  uplift-a  m1 1086.60 → 1564.80   478.20
	// lowincome  uplift-b  m2  724.40 →  782.40    58.00
	// lowincome  child     m4 1500.00 → 1500.00     0.00
	// temporary  emergency    3018.33 → 3260.00   241.67
}

// A reform from July decides 低保 in two parts, January–June and
// July–December, where the built-in set decides the year in one: each
// part stands beside the year's decision, and Period names the months
// each pair is compared over. Sample 01 is covered all year under both.
func ExampleExplain_months() {
	base, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	july, err := base.With(decodeSet("testdata/set-2017-07.json")) // S = 3912.00 from 2017-07-01
	if err != nil {
		panic(err)
	}
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		panic(err)
	}
	c, err := benefit.Explain(base, july, h, samples.Date())
	if err != nil {
		panic(err)
	}
	for _, d := range c.Decisions {
		if d.Programme == policy.LowIncome {
			p := d.Period
			fmt.Printf("months %d–%d: %s → %s, changed %t\n", p.From, p.To, d.Baseline.Outcome(), d.Reform.Outcome(), d.Changed)
		}
	}
	// Output:
	// months 1–6: eligible → eligible, changed false
	// months 7–12: eligible → eligible, changed false
}

// AddError counts a record that could not be assessed under the baseline
// or the reform: in the comparison and in both of its budgets.
func ExampleComparison_AddError() {
	c := samplesComparison(exampleReform())
	c.AddError()
	fmt.Println(c.Households, "compared,", c.Failed, "failed;", c.Baseline.Failed, c.Reform.Failed)
	// Output: 7 compared, 1 failed; 1 1
}

// A household's change as JSON: its difference and paired lines (each
// side's amount); both breakdowns are needed.
func ExampleChange_MarshalJSON() {
	c := sampleChange()
	js, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	var doc struct {
		Household  string            `json:"household"`
		Difference string            `json:"difference"`
		Lines      []json.RawMessage `json:"lines"`
		Baseline   struct {
			Household string `json:"household"`
		} `json:"baseline"`
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.Household, doc.Difference, len(doc.Lines), doc.Baseline.Household)
	fmt.Println(string(doc.Lines[0]))
	_, err = json.Marshal(&benefit.Change{Baseline: c.Baseline})
	fmt.Println(errors.Is(err, policy.ErrInvalid))
	// Output:
	// H-SAMPLE-01 1937.87 12 H-SAMPLE-01
	// {"programme":"lowincome","item":"base","baseline":"8488.00","reform":"9648.00","difference":"1160.00","changed":true}
	// true
}
