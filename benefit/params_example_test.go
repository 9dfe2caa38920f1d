package benefit_test

import (
	"fmt"
	"os"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// decodeSet reads a parameter set from a file of testdata.
func decodeSet(path string) *benefit.Params {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	return p
}

// Start is the day a set comes into force: 1 January of its year unless
// it names a later From, as a county's second set of a year does.
func ExampleParams_Start() {
	for _, p := range []*benefit.Params{benefit.Default2017(), decodeSet("testdata/set-2017-07.json")} {
		fmt.Println(p.Year, p.From.IsZero(), p.Start())
	}
	// Output:
	// 2017 true 2017-01-01
	// 2017 false 2017-07-01
}

// A set changed by hand is normalized before use: the set's rounding is
// written into every programme, and a parameter put in by hand is named by
// its path, as explanations and errors name it. Here a county confirms the
// seed value of its standard as its own and rounds to the yuan.
func ExampleParams_Normalize() {
	p := benefit.Default2017()
	p.Rounding = policy.Rounding{Places: 0}
	p.LowIncome.Standard = policy.New("", p.LowIncome.Standard.Value, policy.Local, "county decision (example)")
	fmt.Printf("%d %q\n", p.Temporary.Rounding.Places, p.LowIncome.Standard.Name)
	p.Normalize()
	fmt.Printf("%d %q %s\n", p.Temporary.Rounding.Places, p.LowIncome.Standard.Name, p.LowIncome.Standard.Provenance)
	// Output:
	// 2 ""
	// 0 "lowincome.standard" local
}

// Holds tells which floors a draft set breaks before it is used: raising
// the 低保 standard S alone (to the 2018 example's) leaves the 特困
// dispersed standard below it.
func ExampleFloor_Holds() {
	p := benefit.Default2017()
	p.LowIncome.Standard = decodeSet("testdata/set-2018.json").LowIncome.Standard
	p.Tekun.Dispersed = policy.New("tekun.dispersed", decimal.RequireFromString("3700.00"), policy.Local, "county (example)")
	p.Normalize()
	for _, f := range p.Floors() {
		if !f.Holds() {
			fmt.Println(f.Clause, f.Path, f.Value.StringFixed(2), "<", f.Min.StringFixed(2))
		}
	}
	// Output:
	// 2.2.1 tekun.dispersed 3700.00 < 3912.00
}
