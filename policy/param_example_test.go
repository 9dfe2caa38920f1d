package policy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// A local amount the county may leave unset is checked only when set; a
// required one must be there.
func ExampleCheckAmount() {
	fmt.Println(policy.CheckAmount(policy.Unset[decimal.Decimal]("lowincome.child_allowance", ""), false))
	fmt.Println(policy.CheckAmount(policy.Unset[decimal.Decimal]("medical.contribution", ""), true))
	c := policy.New("medical.contribution", decimal.RequireFromString("180.005"), policy.Provisional, "")
	fmt.Println(policy.CheckAmount(c, true))
	// Output:
	// <nil>
	// medical.contribution: is required
	// medical.contribution: 180.005 has more than two decimal places
}

// A standard must be set and above zero.
func ExampleCheckPositive() {
	d := decimal.RequireFromString
	fmt.Println(policy.CheckPositive(policy.New("lowincome.standard", d("3622.00"), policy.Seed, "")))
	fmt.Println(policy.CheckPositive(policy.New("lowincome.standard", d("0.00"), policy.Seed, "")))
	// Output:
	// <nil>
	// lowincome.standard: 0 is not positive
}

// A figure the county supplies, such as the poverty line (2.1.1), may be
// left unset, and is above zero when set.
func ExampleCheckOptionalPositive() {
	d := decimal.RequireFromString
	fmt.Println(policy.CheckOptionalPositive(policy.Unset[decimal.Decimal]("lowincome.poverty_line", "")))
	fmt.Println(policy.CheckOptionalPositive(policy.New("lowincome.poverty_line", d("0.00"), policy.Local, "")))
	// Output:
	// <nil>
	// lowincome.poverty_line: 0 is not positive
}

// A maximum as a multiple of the monthly standard (2.4.1): from 0 to 1000,
// with at most four places.
func ExampleCheckMultiple() {
	d := decimal.RequireFromString
	fmt.Println(policy.CheckMultiple(policy.New("temporary.multiple.fire", d("10"), policy.Provisional, ""), true))
	fmt.Println(policy.CheckMultiple(policy.New("temporary.multiple.fire", d("1200"), policy.Provisional, ""), true))
	// Output:
	// <nil>
	// temporary.multiple.fire: 1200 is not a multiple from 0 to 1000
}

// A whole-number parameter is required and checked against its range.
func ExampleCheckWhole() {
	fmt.Println(policy.CheckWhole(policy.New("medical.severe_grade", 2, policy.Law, ""), 1, 4))
	fmt.Println(policy.CheckWhole(policy.Unset[int]("medical.severe_grade", ""), 1, 4))
	// Output:
	// <nil>
	// medical.severe_grade: is required
}

// An optional whole-number limit (an asset test's, 2.1.3) is checked only
// when the county sets it.
func ExampleCheckOptionalWhole() {
	fmt.Println(policy.CheckOptionalWhole(policy.Unset[int]("lowincome.assets.vehicles", ""), 0, 1000))
	fmt.Println(policy.CheckOptionalWhole(policy.New("lowincome.assets.vehicles", -1, policy.Local, ""), 0, 1000))
	// Output:
	// <nil>
	// lowincome.assets.vehicles: -1 is not 0–1000
}

// A switch of any type must be set.
func ExampleCheckSet() {
	fmt.Println(policy.CheckSet(policy.New("disability.living.registered_poor", true, policy.Provisional, "")))
	fmt.Println(policy.CheckSet(policy.Unset[bool]("disability.living.registered_poor", "")))
	// Output:
	// <nil>
	// disability.living.registered_poor: is required
}

// A switch must hold one of its allowed values: a referral is not a way to
// pay an amount (2.4.3).
func ExampleCheckOneOf() {
	p := policy.New("temporary.form.fire", policy.Referral, policy.Seed, "")
	err := policy.CheckOneOf(p, "is not cash or in-kind", policy.Cash, policy.InKind)
	fmt.Println(policy.FieldErrors(err)[0].Type)
	fmt.Println(err)
	// Output:
	// not-supported
	// temporary.form.fire: "referral" is not cash or in-kind
}

// An Assessor's constructor reads its validated amounts in fen; an unset
// one reads as 0.
func ExampleParamMoney() {
	s := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	fmt.Println(int64(policy.ParamMoney(s)), policy.ParamMoney(s))
	fmt.Println(policy.ParamMoney(policy.Unset[decimal.Decimal]("lowincome.poverty_line", "")))
	// Output:
	// 362200 3622.00
	// 0.00
}

// Rates and multiples are read in ten-thousandths: the A uplift is 30% of
// the standard (2.1.2).
func ExampleParamRatio() {
	s := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	a := policy.New("lowincome.uplift_a", decimal.RequireFromString("0.30"), policy.Seed, "东政办〔2017〕43号 二(一)2")
	fmt.Println(int64(policy.ParamRatio(a)), policy.DefaultRounding.Times(policy.ParamMoney(s), policy.ParamRatio(a)))
	// Output: 3000 1086.60
}

// Get gives a set parameter's value, and for an unset one an error that
// names it and wraps ErrMissingParam.
func ExampleParam_Get() {
	v, err := policy.New("medical.severe_grade", 2, policy.Law, "").Get()
	fmt.Println(v, err)
	_, err = policy.Unset[decimal.Decimal]("tekun.consumption", "").Get()
	var missing *policy.MissingParamError
	fmt.Println(errors.Is(err, policy.ErrMissingParam), errors.As(err, &missing), missing.Name)
	// Output:
	// 2 <nil>
	// true true tekun.consumption
}

// Used records a value as text: a decimal with at least two places, so a
// multiple of 10 reads as 10.00; an unset parameter's value is empty.
func ExampleParam_Used() {
	for _, u := range []policy.Used{
		policy.New("temporary.multiple.fire", decimal.RequireFromString("10"), policy.Provisional, "").Used(),
		policy.New("lowincome.uplift_a", decimal.RequireFromString("0.30"), policy.Seed, "").Used(),
		policy.New("medical.severe_grade", 2, policy.Law, "").Used(),
		policy.Unset[decimal.Decimal]("lowincome.poverty_line", "").Used(),
	} {
		fmt.Printf("%s %q %s\n", u.Name, u.Value, u.Provenance)
	}
	// Output:
	// temporary.multiple.fire "10.00" provisional
	// lowincome.uplift_a "0.30" seed
	// medical.severe_grade "2" law
	// lowincome.poverty_line "" local
}

// A parameter read from JSON has no name (the set names its parameters by
// their paths): the decoder of the set gives it one, which its checks and
// records then use.
func ExampleParam_SetName() {
	var p policy.Param[decimal.Decimal]
	if err := json.Unmarshal([]byte(`{"value": "3622.005", "provenance": "seed"}`), &p); err != nil {
		fmt.Println(err)
		return
	}
	p.SetName("lowincome.standard")
	fmt.Println(policy.CheckPositive(p))
	// Output: lowincome.standard: 3622.005 has more than two decimal places
}

// A check of one amount against a floor: its status and the figures it
// compared, or, for a check that needs a local parameter the county has not
// supplied, not assessed and no figures. The first check, example.floor, is
// invented (an amount of 4000.00 against a floor of 3500.00), so it cites
// no clause; a rule's check names the clauses it rests on in Clauses, as
// the second, lowincome.two_lines, does.
func ExampleNewCheck() {
	floor := policy.NewCheck(policy.CheckOf{Name: "example.floor", Status: policy.Pass,
		Value: 400000, Bound: 350000, HasFigures: true},
		&policy.Formula{ID: "example.floor", ZH: "{A} 不低于 {F}", EN: "{A} is not below {F}"},
		policy.M("A", 400000), policy.M("F", 350000))
	value, bound, ok := floor.Figures()
	fmt.Println(floor.Name(), floor.Status(), value, bound, ok)
	fmt.Println(floor.Explanation().Render(policy.EN))

	twoLines := policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines",
		Clauses: []policy.Clause{policy.ClauseStandard}, Status: policy.NotChecked},
		&policy.Formula{ID: "example.not-assessed",
			ZH: "未评估：{name} 未提供", EN: "not assessed: {name} was not supplied"},
		policy.T("name", "lowincome.poverty_line"))
	_, _, ok = twoLines.Figures()
	fmt.Println(twoLines.Name(), twoLines.Status(), ok)
	fmt.Println(twoLines.Explanation().Render(policy.EN))
	// Output:
	// example.floor pass 4000 3500 true
	// 4000.00 is not below 3500.00
	// lowincome.two_lines not-assessed false
	// not assessed: lowincome.poverty_line was not supplied
}

// A year under two parameter sets whose checks differ carries each with the
// months it holds for: the poverty line P is not supplied for January–June
// and the two-lines check passes from July. A check that holds for every
// month assessed has the zero Period.
func ExampleCheck_InPeriod() {
	notAssessed := policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines",
		Clauses: []policy.Clause{policy.ClauseStandard}, Status: policy.NotChecked},
		&policy.Formula{ID: "example.not-assessed", EN: "not assessed: no poverty line"})
	passes := policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines",
		Clauses: []policy.Clause{policy.ClauseStandard}, Status: policy.Pass, Value: 391200, Bound: 370000, HasFigures: true},
		&policy.Formula{ID: "example.pass", EN: "{S} is not below {P}"}, policy.M("S", 391200), policy.M("P", 370000))
	for _, c := range []policy.Check{notAssessed.InPeriod(policy.Period{From: 1, To: 6}), passes.InPeriod(policy.Period{From: 7, To: 12})} {
		fmt.Println(c.Period(), c.Status(), c.Explanation().Render(policy.EN))
	}
	fmt.Println(notAssessed.Period() == policy.Period{})
	// Output:
	// 01–06 not-assessed not assessed: no poverty line
	// 07–12 pass 3912.00 is not below 3700.00
	// true
}

// A set built by hand, even the zero one, is checked under its parameters'
// paths once Named has named those without a name.
func ExampleNamed() {
	type set struct {
		Standard policy.Param[decimal.Decimal] `json:"standard"`
	}
	var p set
	fmt.Println(policy.CheckPositive(p.Standard))
	fmt.Println(policy.CheckPositive(policy.Named(&p, "lowincome").Standard))
	fmt.Printf("%q\n", p.Standard.Name) // p itself is not changed
	// Output:
	// is required
	// lowincome.standard: is required
	// ""
}

// Name names every parameter of a set by its JSON path, as a set read from
// JSON is named.
func ExampleName() {
	p := struct {
		Ratio policy.Param[decimal.Decimal] `json:"ratio"`
	}{Ratio: policy.New("old", decimal.RequireFromString("0.70"), policy.Seed, "")}
	policy.Name(&p, "medical.lowincome")
	fmt.Println(p.Ratio.Name)
	// Output: medical.lowincome.ratio
}

// A set built in Go is held to what a parameter read from JSON says of
// itself: a provenance that is one of the five classes, and a source of at
// most policy.MaxSourceLength bytes, each reported at the parameter's name.
func ExampleCheckParams() {
	set := struct {
		Standard policy.Param[decimal.Decimal] `json:"standard"`
		Counted  map[string]policy.Param[bool] `json:"counted"`
	}{
		Standard: policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed,
			strings.Repeat("东政办〔2017〕43号 ", 60)),
		Counted: map[string]policy.Param[bool]{
			"wages":   policy.New("lowincome.counted.wages", true, policy.Law, "《社会救助暂行办法》第十条"),
			"pension": policy.New("lowincome.counted.pension", true, "", "《社会救助暂行办法》第十条"),
		},
	}
	fmt.Println(policy.CheckParams(&set, ""))
	// Output:
	// lowincome.standard.source: (1500 bytes) is longer than 1000 bytes
	// lowincome.counted.pension.provenance: is required
}

// A provenance is one of the five classes of section 0; the empty one and
// any other are refused, as the JSON reader of a parameter refuses them.
func ExampleProvenance_Check() {
	for _, p := range []policy.Provenance{policy.Provisional, "", "official"} {
		fmt.Printf("%q: %v\n", p, p.Check("medical.contribution.provenance"))
	}
	// Output:
	// "provisional": <nil>
	// "": medical.contribution.provenance: is required
	// "official": medical.contribution.provenance: "official" is not one of seed, derived, law, provisional, local
}

// A text of a set is checked for its length in bytes, which the error
// gives rather than the text, and for being plain text.
func ExampleCheckText() {
	fmt.Println(policy.CheckText("name", "东至县 2018", 200))
	fmt.Println(policy.CheckText("name", strings.Repeat("县", 100), 200))
	fmt.Println(policy.CheckText("name", "2018\t调标", 200))
	// Output:
	// <nil>
	// name: (300 bytes) is longer than 200 bytes
	// name: "2018\t调标" holds a control character
}

// One reading of a text tells whether it is valid UTF-8 and whether it
// holds a control character; Chinese text and U+FFFD are plain text.
func ExampleScanText() {
	for _, s := range []string{"东至县 尧渡镇", "a\tb", "a\xffb", "a\uFFFDb"} {
		valid, control := policy.ScanText(s)
		fmt.Printf("%q valid %v, control %v\n", s, valid, control)
	}
	// Output:
	// "东至县 尧渡镇" valid true, control false
	// "a\tb" valid true, control true
	// "a\xffb" valid false, control false
	// "a�b" valid true, control false
}

// A rule whose words call it provisional picks its formula by the
// provenance of the value it rests on: once a county adopts the value as
// its own, the words no longer say so.
func ExampleProvenance_Pick() {
	provisional := &policy.Formula{ID: "example.share", ZH: "不低于 {r}（暂定）", EN: "not below {r} (provisional)"}
	adopted := &policy.Formula{ID: "example.share.set", ZH: "不低于 {r}", EN: "not below {r}"}
	for _, p := range []policy.Param[decimal.Decimal]{
		policy.New("example.share", decimal.RequireFromString("0.10"), policy.Provisional, "Anhui practice"),
		policy.New("example.share", decimal.RequireFromString("0.10"), policy.Local, "county notice"),
	} {
		f := p.Provenance.Pick(provisional, adopted)
		fmt.Println(p.Provenance, policy.Explain(f, policy.R("r", policy.ParamRatio(p))).Render(policy.EN))
	}
	// Output:
	// provisional not below 10% (provisional)
	// local not below 10%
}

// A check lists the parameters it read, with their values and provenance,
// as a decision does; a local one it needed and did not have has no value.
func ExampleCheck_Params() {
	c := policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines",
		Clauses: []policy.Clause{policy.ClauseStandard}, Status: policy.NotChecked,
		Params: []policy.Used{{Name: "lowincome.poverty_line", Provenance: policy.Local, Source: "RULES.md 2.1.1"}}},
		&policy.Formula{ID: "example.not-assessed", EN: "not assessed: {name} was not supplied"},
		policy.T("name", "lowincome.poverty_line"))
	for _, u := range c.Params() {
		fmt.Printf("%s %q %s\n", u.Name, u.Value, u.Provenance)
	}
	// Output: lowincome.poverty_line "" local
}

// Two parameter sets that check alike, but for the source of the value
// they compare, give one check over both: a change of provenance or source
// alone does not split a check (section 0).
func ExampleCheck_Join() {
	check := func(source string, from, to time.Month) policy.Check {
		return policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines", Status: policy.Pass,
			Value: 362200, Bound: 360000, HasFigures: true,
			Params: []policy.Used{{Name: "lowincome.poverty_line", Value: "3600.00", Provenance: policy.Local, Source: source}}},
			&policy.Formula{ID: "example.pass", EN: "{S} is not below {P}"}, policy.M("S", 362200), policy.M("P", 360000)).
			InPeriod(policy.Period{From: from, To: to})
	}
	j, ok := check("January notice", 1, 6).Join(check("July notice", 7, 12))
	fmt.Println(ok, j.Period() == policy.Period{}, j.Params()[0].Source, j.Explanation().Render(policy.EN))
	// Output: true true January notice 3622.00 is not below 3600.00
}
