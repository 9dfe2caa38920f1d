package benefit_test

import (
	"encoding/json"
	"errors"
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

// Error names the parameter, its value, the floor and the rule that fixes
// it: a county nursing subsidy of 50.00 元/月 for grade 1 is below the
// document's 60 元/月 (2.2.4), so the set is refused when it loads.
func ExampleFloorError_Error() {
	p := benefit.Default2017()
	p.Disability.Nursing.Grade1 = policy.New("disability.nursing.grade1", decimal.RequireFromString("50.00"),
		policy.Local, "county (example)")
	var fe *benefit.FloorError
	if !errors.As(p.Validate(), &fe) {
		fmt.Println("no floor error")
		return
	}
	fmt.Println(fe.Error())
	// Output:
	// disability.nursing.grade1: 50.00 is below the floor 60.00 (2.2.4 重度残疾人护理补贴60元/月·人 / the nursing subsidy of 60 yuan a month)
}

// Unwrap gives ErrBelowFloor and the field error at the parameter's path,
// so that errors.Is tells a set below a floor from other invalid sets and
// policy.FieldErrors finds the path: a centralized 特困 standard of
// 4500.00 a year is below the document's 4800.00 (2.2.1).
func ExampleFloorError_Unwrap() {
	p := benefit.Default2017()
	p.Tekun.Centralized = policy.New("tekun.centralized", decimal.RequireFromString("4500.00"),
		policy.Local, "county (example)")
	err := p.Validate()
	fmt.Println(errors.Is(err, benefit.ErrBelowFloor), errors.Is(err, policy.ErrInvalid))
	for _, fe := range policy.FieldErrors(err) {
		fmt.Println(fe.Path, fe.Value)
	}
	var fe *benefit.FloorError
	if errors.As(err, &fe) {
		for _, e := range fe.Unwrap() {
			fmt.Println(e)
		}
	}
	// Output:
	// true true
	// tekun.centralized 4500.00
	// below a floor of the document
	// tekun.centralized: 4500.00 is below the floor 4800.00 (2.2.1 集中供养标准不低于 tekun.centralized_floor / the centralized standard must not be below its floor)
}

// json.Unmarshal reads a set as benefit.Unmarshal does: over the built-in
// 2017 set with "base": 2017, strictly, and validated.
func ExampleParams_UnmarshalJSON() {
	var p benefit.Params
	err := json.Unmarshal([]byte(`{"year": 2018, "base": 2017, "lowincome": {
		"standard": {"value": "3912.00", "provenance": "local", "source": "county"}}}`), &p)
	fmt.Println(err, p.Year, p.LowIncome.Standard.Value.StringFixed(2), p.Tekun.Dispersed.Value.StringFixed(2))
	err = json.Unmarshal([]byte(`{"year": 2018, "base": 2017, "lowincome": {"standrad": {"value": "3912.00"}}}`), &p)
	fmt.Println(err)
	_, err = benefit.New(&p) // p is the set read first: an error leaves it as it was
	fmt.Println(err)
	// Output:
	// <nil> 2018 3912.00 3912.00
	// lowincome.standrad: is not a known field (did you mean "standard"?)
	// <nil>
}
