package benefit_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// AssessInto reuses one Breakdown from household to household: a run
// that reads each total and moves on allocates next to nothing. On an
// error (here a date no set covers) the breakdown is left empty.
func ExampleAssessor_AssessInto() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	var b benefit.Breakdown
	for _, name := range samples.Names() {
		h, err := samples.Household(name)
		if err != nil {
			panic(err)
		}
		if err := a.AssessInto(&b, h, samples.Date()); err != nil {
			panic(err)
		}
		fmt.Println(h.ID, b.Totals.All().StringFixed(2))
	}
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		panic(err)
	}
	err = a.AssessInto(&b, h, household.NewDate(2018, 3, 1))
	fmt.Println(errors.Is(err, policy.ErrNoParams), len(b.Lines), "lines", b.Totals.All().StringFixed(2))
	// Output:
	// H-SAMPLE-01 22657.33
	// H-SAMPLE-02 3802.00
	// H-SAMPLE-03 540.00
	// H-SAMPLE-04 6900.00
	// H-SAMPLE-05 1800.00
	// H-SAMPLE-06 600.00
	// H-SAMPLE-07 4391.00
	// true 0 lines 0.00
}

// Batch assesses on several goroutines and yields in input order; a bad
// record (here a nil one) is that record's outcome and the rest go on.
func ExampleAssessor_Batch() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	var in []*household.Household
	for _, name := range []string{"h02-dongliu", "h04-zhangxi"} {
		h, err := samples.Household(name)
		if err != nil {
			panic(err)
		}
		in = append(in, h, nil)
	}
	out, err := a.Batch(slices.Values(in), samples.Date(), benefit.BatchOptions{Workers: 2})
	if err != nil {
		panic(err)
	}
	for o := range out {
		if o.Err != nil {
			fmt.Println(o.Index, "error:", o.Err)
			continue
		}
		fmt.Println(o.Index, o.Household.ID, o.Breakdown.Totals.All().StringFixed(2))
	}
	// Output:
	// 0 H-SAMPLE-02 3802.00
	// 1 error: household: is missing
	// 2 H-SAMPLE-04 6900.00
	// 3 error: household: is missing
}

// BatchJSONL turns a file of records, one a line, into one line of output
// per record: the breakdown, or the record's line number and field errors
// (paths and values, never the record). The blank second line is skipped
// but still numbered.
func ExampleAssessor_BatchJSONL() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	raw, err := samples.Raw("h05-guandi")
	if err != nil {
		panic(err)
	}
	var in bytes.Buffer
	if err := json.Compact(&in, raw); err != nil {
		panic(err)
	}
	in.WriteString("\n\n")
	in.WriteString(`{"id":"H-EX","township":"示例镇","members":[{"id":"m1","birth_date":"1950-01-01","relation":"head","disability":{"type":"physical","grade":7}}]}`)
	var out bytes.Buffer
	stats, err := a.BatchJSONL(&in, &out, samples.Date(), benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var head struct {
			Household string `json:"household"`
			Totals    struct {
				All string `json:"all"`
			} `json:"totals"`
		}
		if err := json.Unmarshal(sc.Bytes(), &head); err == nil && head.Household != "" {
			fmt.Println(head.Household, head.Totals.All)
		} else {
			fmt.Println(sc.Text())
		}
	}
	fmt.Printf("%+v\n", stats)
	// Output:
	// H-SAMPLE-05 1800.00
	// {"line":3,"errors":[{"type":"invalid","path":"members[0].disability.grade","value":"7","detail":"is not 1–4"}]}
	// {Records:2 Errors:1}
}

// Years lists each year the sets cover once: a county with a second 2017
// set from 1 July and a 2018 set covers two years.
func ExampleAssessor_Years() {
	sets := []*benefit.Params{benefit.Default2017()}
	for _, name := range []string{"testdata/set-2017-07.json", "testdata/set-2018.json"} {
		f, err := os.Open(name)
		if err != nil {
			panic(err)
		}
		p, err := benefit.Decode(f)
		f.Close()
		if err != nil {
			panic(err)
		}
		sets = append(sets, p)
	}
	a, err := benefit.New(sets...)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(sets), "sets, years", a.Years())
	// Output:
	// 3 sets, years [2017 2018]
}

// With builds a reform from the baseline: a set raising S to 3912.00 from
// July, put into the built-in 2017 set, changes the values of July–December
// only (January–June, a period of its own, is rounded once: section 0). The
// household of worked example 1 (3 members, I = 4500.00) is paid 6366.00
// under the baseline, and 3183.00 + 3618.00 = 6801.00 under the reform.
func ExampleAssessor_With() {
	base, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	reform, err := base.With(decodeSet("testdata/set-2017-07.json"))
	if err != nil {
		panic(err)
	}
	h := &household.Household{ID: "H-EXAMPLE", Township: "示例镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1960, 1, 1),
			Incomes: []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("4500.00")}}},
		{ID: "m2", BirthDate: household.NewDate(1960, 1, 1)},
		{ID: "m3", BirthDate: household.NewDate(1960, 1, 1)},
	}}
	on := household.NewDate(2017, 9, 1)
	for _, a := range []*benefit.Assessor{base, reform} {
		b, err := a.Assess(h, on)
		if err != nil {
			panic(err)
		}
		fmt.Println(len(b.Sets()), "set(s):", b.Total(policy.LowIncome).StringFixed(2))
	}
	// Output:
	// 1 set(s): 6366.00
	// 2 set(s): 6801.00
}

// Validate names each option out of range by its field path, as Batch,
// BatchJSONL and Compare report it before reading any record.
func ExampleBatchOptions_Validate() {
	err := benefit.BatchOptions{Workers: -1, Window: benefit.MaxWindow + 1}.Validate()
	for _, fe := range policy.FieldErrors(err) {
		fmt.Println(fe.Path, fe.Value, fe.Detail)
	}
	// Output:
	// workers -1 is not 0 (every core) to 1024
	// window 65537 is not 0 (64 per worker) to 65536
}

// BlankLine tells the lines of JSON Lines that hold no record, which
// BatchJSONL skips, from those it reports: only JSON's own white space is
// blank.
func ExampleBlankLine() {
	for _, line := range []string{"", "  \t\r", "\u00a0", "\u3000", "{}"} {
		fmt.Printf("%q %v\n", line, benefit.BlankLine([]byte(line)))
	}
	// Output:
	// "" true
	// "  \t\r" true
	// "\u00a0" false
	// "\u3000" false
	// "{}" false
}
