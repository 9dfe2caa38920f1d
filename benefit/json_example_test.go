package benefit_test

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
)

// exampleBreakdown assesses the example household under the built-in set.
func exampleBreakdown() *benefit.Breakdown {
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	return b
}

// A service writes the breakdown straight to its response (here a buffer):
// compact JSON, in chunks, never held whole.
func ExampleBreakdown_WriteJSON() {
	b := exampleBreakdown()
	var out bytes.Buffer
	if err := b.WriteJSON(&out); err != nil {
		panic(err)
	}
	var head struct {
		Version   string `json:"schema_version"`
		Household string `json:"household"`
		Totals    struct {
			All string `json:"all"`
		} `json:"totals"`
	}
	if err := json.Unmarshal(out.Bytes(), &head); err != nil {
		panic(err)
	}
	fmt.Println(head.Version, head.Household, head.Totals.All)
	fmt.Printf("%.60s…\n", out.String())
	// Output:
	// 1 H-EX 9924.33
	// {"schema_version":"1","household":"H-EX","township":"示例镇","d…
}

// A batch writer appends breakdown after breakdown to one buffer, reused
// from record to record, as JSON Lines.
func ExampleBreakdown_AppendJSON() {
	b := exampleBreakdown()
	var buf []byte
	for range 2 {
		buf = b.AppendJSON(buf)
		buf = append(buf, '\n')
	}
	fmt.Println(bytes.Count(buf, []byte("\n")), json.Valid(bytes.Split(buf, []byte("\n"))[0]))
	// Output: 2 true
}

// A breakdown written to JSON reads back whole: its lines, decisions and
// findings, with the totals worked out again from the lines.
func ExampleBreakdown_UnmarshalJSON() {
	b := exampleBreakdown()
	var back benefit.Breakdown
	if err := json.Unmarshal(b.AppendJSON(nil), &back); err != nil {
		panic(err)
	}
	fmt.Println(len(back.Lines) == len(b.Lines), back.Totals.All().Equal(b.Totals.All()), back.Income().StringFixed(2))
	err := back.UnmarshalJSON([]byte(`{"schema_version":"1","lowincome":{"income":"-1.00"}}`))
	fmt.Println(err)
	// Output:
	// true true 4500.00
	// lowincome.income: "-1.00" is not an amount of at least 0
}

// A service's response holds the breakdown as a field: json.Marshal writes
// the bytes AppendJSON appends.
func ExampleBreakdown_MarshalJSON() {
	b := exampleBreakdown()
	resp, err := json.Marshal(struct {
		Request   string             `json:"request"`
		Breakdown *benefit.Breakdown `json:"breakdown"`
	}{"r1", b})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.80s…\n", resp)
	fmt.Println(bytes.Contains(resp, b.AppendJSON(nil)))
	none, _ := json.Marshal((*benefit.Breakdown)(nil))
	fmt.Println(string(none))
	// Output:
	// {"request":"r1","breakdown":{"schema_version":"1","household":"H-EX","township":…
	// true
	// null
}

// A breakdown's Totals marshal as its JSON writes them: here the
// household's whole entitlement, "all", of the sums by programme, payee and
// payer.
func ExampleTotals_MarshalJSON() {
	_, b := sampleBreakdown("h01-yaodu")
	js, err := json.Marshal(b.Totals)
	if err != nil {
		fmt.Println(err)
		return
	}
	var t struct {
		All         string `json:"all"`
		ByProgramme []struct {
			Key, Annual string
		} `json:"by_programme"`
	}
	if err := json.Unmarshal(js, &t); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.All, len(t.ByProgramme), "programmes")
	// Output:
	// 22657.33 4 programmes
}
