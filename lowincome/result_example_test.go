package lowincome_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// assessSample assesses the named invented sample for 低保 over the whole
// year, on the samples' date, under the built-in 2017 set, and returns the
// record with the result.
func assessSample(name string) (*household.Household, lowincome.Result, error) {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		return nil, lowincome.Result{}, err
	}
	h, err := samples.Household(name)
	if err != nil {
		return nil, lowincome.Result{}, err
	}
	c, err := h.Check(samples.Date())
	if err != nil {
		return nil, lowincome.Result{}, err
	}
	r, err := as.Assess(c, lowincome.Inputs{})
	return h, r, err
}

// Covered is what the disability living subsidy and medical aid read
// (2.2.4, 2.3.2): true for an eligible household and for a recipient whose
// exit is pending (h03, still a recipient), false for a household refused
// because its income is not below the line (h05) and where there is no 低保
// household at all (h02 and h04, 特困 persons alone; h06, a person without
// a household).
func ExampleResult_Covered() {
	for _, name := range samples.Names() {
		_, r, err := assessSample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Covered(), r.Coverage().Outcome())
	}
	// Output:
	// h01-yaodu true eligible
	// h02-dongliu false ineligible
	// h03-dadukou true exit-pending
	// h04-zhangxi false ineligible
	// h05-guandi false ineligible
	// h06-wanderer false ineligible
	// h07-xiangyu false ineligible
}

// Coverage is the household's one decision, with the clauses it rests on
// and its reason in figures: the sample h05, two members with 24000.00 of
// counted income, is refused.
func ExampleResult_Coverage() {
	_, r, err := assessSample("h05-guandi")
	if err != nil {
		fmt.Println(err)
		return
	}
	d := r.Coverage()
	fmt.Println(d.Outcome(), d.Clauses())
	fmt.Println(d.Explanation().Render(policy.EN))
	// Output:
	// ineligible [2.1.2 2.1.3 2.1.1]
	// household income 24000.00 is not below the line 3622.00 × 2 persons = 7244.00: 16756.00 yuan above it
}

// Size is n, the members counted in the 低保 household: a member under 特困
// support is assessed alone and not counted (section 0), so a household of
// 特困 persons alone has none.
func ExampleResult_Size() {
	for _, name := range samples.Names()[:4] {
		h, r, err := assessSample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Size(), "of", len(h.Members), "members counted")
	}
	// Output:
	// h01-yaodu 4 of 4 members counted
	// h02-dongliu 0 of 1 members counted
	// h03-dadukou 3 of 3 members counted
	// h04-zhangxi 0 of 1 members counted
}

// Income is I, the income the rules count: in the sample h01 the
// disability subsidy a member receives is recorded but not counted, and
// the decision lists the rule that left it out after the standard.
func ExampleResult_Income() {
	h, r, err := assessSample("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	var recorded decimal.Decimal
	for _, m := range h.Members {
		for _, in := range m.Incomes {
			recorded = recorded.Add(in.Amount)
		}
	}
	fmt.Println("counted", r.Income().StringFixed(2), "of", recorded.StringFixed(2), "recorded")
	for _, u := range r.Coverage().Params()[1:] {
		fmt.Println(u.Name, u.Value, u.Provenance)
	}
	// Output:
	// counted 6000.00 of 6800.00 recorded
	// lowincome.counted.disability-subsidy false provisional
}

// Line is the household's line S × n, the standard of the set times the
// members counted: the figure the income is held against.
func ExampleResult_Line() {
	_, r, err := assessSample("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := lowincome.Default2017().Standard.Value
	fmt.Println(r.Line().StringFixed(2), "=", s.StringFixed(2), "×", r.Size())
	// Output: 14488.00 = 3622.00 × 4
}

// Margin is I − S × n: negative below the line (h01, an applicant, is
// eligible), positive above it (h03, a recipient above the line, is exit
// pending until the rise is confirmed stable: the figures of RULES.md
// worked example 4).
func ExampleResult_Margin() {
	for _, name := range []string{"h01-yaodu", "h03-dadukou"} {
		_, r, err := assessSample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Income().StringFixed(2), "−", r.Line().StringFixed(2), "=", r.Margin().StringFixed(2), r.Coverage().Outcome())
	}
	// Output:
	// h01-yaodu 6000.00 − 14488.00 = -8488.00 eligible
	// h03-dadukou 12000.00 − 10866.00 = 1134.00 exit-pending
}

// Assets is the asset test (2.1.3): local, so under the built-in set it is
// not assessed and says so, rather than passing silently.
func ExampleResult_Assets() {
	_, r, err := assessSample("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := r.Assets()
	fmt.Println(a.Name(), a.Status(), a.Clauses())
	fmt.Println(a.Explanation().Render(policy.EN))
	// Output:
	// lowincome.assets not-assessed [2.1.3]
	// asset test not configured (a local parameter)
}

// IncomeFen is I in fen, for arithmetic without decimals: with the
// standard S in fen it gives the sample h01's base, S × n − I = 3622.00 ×
// 4 − 6000.00 = 8488.00 a year (2.1.2; RULES.md worked example 3), the
// amount of its base line.
func ExampleResult_IncomeFen() {
	_, r, err := assessSample("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := policy.MoneyOf(lowincome.Default2017().Standard.Value)
	i := r.IncomeFen()
	fmt.Println(int64(i), i)
	fmt.Println(s*policy.Money(r.Size())-i, r.Lines[0].Item(), r.Lines[0].Amount())
	// Output:
	// 600000 6000.00
	// 8488.00 base 8488.00
}
