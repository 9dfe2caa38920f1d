package policy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// exampleDecision is a recipient household of 3 whose income is still
// within the line (2.1.2): it continues, and the decision names the
// standard it read.
func exampleDecision() policy.Decision {
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Continue,
		Clauses: []policy.Clause{policy.ClauseDynamic}, Params: []policy.Used{standard.Used()}}
	f := policy.Formula{ID: "example.continue",
		ZH: "收入 {I} 不高于 {S} × {n} 人 = {L}：继续享受", EN: "income {I} is within {S} × {n} persons = {L}: continues"}
	var a policy.Assessment
	a.Decide(&d, &f, policy.M("I", 450000), policy.M("S", 362200), policy.N("n", 3), policy.M("L", 1086600))
	return a.Decisions[0]
}

// exampleFinding is an omission (应保未保, 2.1.2): a registered-poor
// household of 3 with income 4500.00 that is eligible but not covered,
// with a year's entitlement.
func exampleFinding() policy.Finding {
	var a policy.Assessment
	x := policy.Find{Kind: policy.Omission, Programme: policy.LowIncome,
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}, Amount: 636600}
	f := policy.Formula{ID: "example.omission",
		ZH: "应保未保（建档立卡）：年应发 {=} 元", EN: "eligible but not covered (registered poor): {=} a year due"}
	a.Find(&x, &f, policy.M("=", 636600))
	return a.Findings[0]
}

// exampleCheck is a two-lines check (2.1.1) that fails: a standard S of
// 3622.00 against an invented poverty line P of 3700.00, for July–December.
func exampleCheck() policy.Check {
	return policy.NewCheck(policy.CheckOf{Name: "lowincome.two_lines",
		Clauses: []policy.Clause{policy.ClauseStandard}, Status: policy.Fail, Value: 362200, Bound: 370000, HasFigures: true,
		Params: []policy.Used{{Name: "lowincome.standard", Value: "3622.00", Provenance: policy.Seed},
			{Name: "lowincome.poverty_line", Value: "3700.00", Provenance: policy.Local, Source: "county notice (example)"}}},
		&policy.Formula{ID: "example.fail", ZH: "{S} 低于 {P}", EN: "{S} is below {P}"},
		policy.M("S", 362200), policy.M("P", 370000)).InPeriod(policy.Period{From: time.July, To: time.December})
}

// head returns the JSON of a line, decision, finding or check up to its
// explanation, which is written as Explanation.MarshalJSON writes it.
func head(js []byte) string { return cut(js, "explanation") }

// cut returns js up to its key, "…" standing for the rest.
func cut(js []byte, key string) string {
	if i := bytes.Index(js, []byte(`,"`+key+`":`)); i >= 0 {
		return string(js[:i]) + ",…}"
	}
	return string(js)
}

// AppendJSONString escapes as encoding/json does (Chinese kept; HTML and
// bad UTF-8 escaped) into the caller's buffer.
func ExampleAppendJSONString() {
	s := "东流镇 <b>\"A&B\"</b>\xff"
	b := []byte(`{"township":`)
	b = policy.AppendJSONString(b, s)
	b = append(b, '}')
	fmt.Println(string(b))
	std, _ := json.Marshal(s)
	fmt.Println(bytes.Equal(policy.AppendJSONString(nil, s), std))
	// Output:
	// {"township":"东流镇 \u003cb\u003e\"A\u0026B\"\u003c/b\u003e\ufffd"}
	// true
}

// A parameter record as JSON: name, value, provenance, and its source only
// when it has one.
func ExampleUsed_AppendJSON() {
	standard := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	line := policy.New("lowincome.poverty_line", decimal.RequireFromString("3700.00"), policy.Local, "")
	b := []byte("[")
	b = standard.Used().AppendJSON(b)
	b = append(b, ',')
	b = line.Used().AppendJSON(b)
	b = append(b, ']')
	fmt.Println(string(b))
	// Output: [{"name":"lowincome.standard","value":"3622.00","provenance":"seed","source":"东政办〔2017〕43号 二(一)1"},{"name":"lowincome.poverty_line","value":"3700.00","provenance":"local"}]
}

// A rounding with no mode means half-up and is written with that mode named.
func ExampleRounding_MarshalJSON() {
	for _, r := range []policy.Rounding{{Places: 0}, {Mode: policy.HalfEven, Places: 2}} {
		b, _ := json.Marshal(r)
		fmt.Println(string(b))
	}
	// Output:
	// {"mode":"half-up","places":0}
	// {"mode":"half-even","places":2}
}

// An explanation's JSON: formula, operands (money two-place, a ratio as a
// fraction) and both renderings.
func ExampleExplanation_MarshalJSON() {
	f := policy.Formula{ID: "example.uplift", ZH: "A类增发：{S} × {r} = {=} 元/年", EN: "class A uplift: {S} × {r} = {=} yuan/year"}
	e := policy.Explain(&f, policy.M("S", 362200), policy.R("r", 3000), policy.M("=", 108660))
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
	// Output: {"formula":{"id":"example.uplift","zh":"A类增发：{S} × {r} = {=} 元/年","en":"class A uplift: {S} × {r} = {=} yuan/year"},"args":[{"name":"S","kind":"money","value":"3622.00"},{"name":"r","kind":"ratio","value":"0.3"},{"name":"=","kind":"money","value":"1086.60"}],"zh":"A类增发：3622.00 × 30% = 1086.60 元/年","en":"class A uplift: 3622.00 × 30% = 1086.60 yuan/year"}
}

// AppendJSON writes an explanation into the caller's buffer, here inside
// the caller's own object.
func ExampleExplanation_AppendJSON() {
	f := policy.Formula{ID: "example.count", ZH: "{n} 人", EN: "{n} persons"}
	e := policy.Explain(&f, policy.N("n", 3))
	b := []byte(`{"member":"m1","why":`)
	b = e.AppendJSON(b)
	b = append(b, '}')
	fmt.Println(string(b), json.Valid(b))
	// Output: {"member":"m1","why":{"formula":{"id":"example.count","zh":"{n} 人","en":"{n} persons"},"args":[{"name":"n","kind":"count","value":"3"}],"zh":"3 人","en":"3 persons"}} true
}

// An explanation read back renders the same; a nested one comes back as its
// words, a text operand.
func ExampleExplanation_UnmarshalJSON() {
	why := policy.Formula{ID: "example.why", ZH: "收入 {I} 高于 {L}", EN: "income {I} above {L}"}
	f := policy.Formula{ID: "example.wrongful", ZH: "错保：{why}", EN: "wrongful: {why}"}
	e := policy.Explain(&f, policy.Nested("why", &why, 2), policy.M("I", 1200000), policy.M("L", 1086600))
	js, _ := e.MarshalJSON()
	var back policy.Explanation
	if err := back.UnmarshalJSON(js); err != nil {
		panic(err)
	}
	fmt.Println(back.Render(policy.EN))
	fmt.Println(back.Render(policy.ZH) == e.Render(policy.ZH))
	for _, a := range back.Args() {
		fmt.Println(a.Name(), a.Kind(), a.Format(policy.EN))
	}
	// Output:
	// wrongful: income 12000.00 above 10866.00
	// true
	// why text income 12000.00 above 10866.00
}

// A writer of many lines appends each to one buffer, reused from line to line.
func ExampleLine_AppendJSON() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.line"}
	for _, m := range []string{"m1", "m2"} {
		pay := policy.Pay{Programme: policy.Disability, Item: "nursing", Member: m, Payee: policy.PayMember,
			Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding}
		a.Recurring(&pay, policy.PerMonth(6000), policy.Period{}, &f)
	}
	buf := make([]byte, 0, 4096)
	for _, l := range a.Lines {
		buf = l.AppendJSON(buf[:0])
		fmt.Println(cut(buf, "months"), json.Valid(buf))
	}
	fmt.Println(cap(buf) == 4096) // the one buffer, not grown
	// Output:
	// {"programme":"disability","item":"nursing","member":"m1","payee":"member","payer":"civil-affairs-fund","form":"cash","annual":"720.00",…} true
	// {"programme":"disability","item":"nursing","member":"m2","payee":"member","payer":"civil-affairs-fund","form":"cash","annual":"720.00",…} true
	// true
}

// A writer of many decisions appends each to one buffer, reused from
// decision to decision.
func ExampleDecision_AppendJSON() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.decision"}
	clauses := []policy.Clause{policy.ClauseDisability}
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "living", Member: "m1", Outcome: policy.Eligible, Clauses: clauses}, &f)
	a.Decide(&policy.Decide{Programme: policy.Disability, Item: "nursing", Member: "m1", Outcome: policy.Ineligible, Clauses: clauses}, &f)
	buf := make([]byte, 0, 1024)
	for _, d := range a.Decisions {
		buf = d.AppendJSON(buf[:0])
		fmt.Println(head(buf))
	}
	// Output:
	// {"programme":"disability","item":"living","member":"m1","outcome":"eligible","period":{"from":1,"to":12},"clauses":["2.2.4"],…}
	// {"programme":"disability","item":"nursing","member":"m1","outcome":"ineligible","period":{"from":1,"to":12},"clauses":["2.2.4"],…}
}

// A decision's JSON: programme, outcome, months, clauses, the parameters
// read, and the reason in figures.
func ExampleDecision_MarshalJSON() {
	js, _ := json.Marshal(exampleDecision())
	fmt.Println(head(js))
	var x struct {
		Explanation struct {
			EN string `json:"en"`
		} `json:"explanation"`
	}
	if err := json.Unmarshal(js, &x); err != nil {
		panic(err)
	}
	fmt.Println(x.Explanation.EN)
	// Output:
	// {"programme":"lowincome","outcome":"continue","period":{"from":1,"to":12},"clauses":["2.1.2"],"params":[{"name":"lowincome.standard","value":"3622.00","provenance":"seed","source":"东政办〔2017〕43号 二(一)1"}],…}
	// income 4500.00 is within 3622.00 × 3 persons = 10866.00: continues
}

// A decision read back from JSON has the same fields and writes the same
// bytes again.
func ExampleDecision_UnmarshalJSON() {
	js, _ := exampleDecision().MarshalJSON()
	var d policy.Decision
	if err := json.Unmarshal(js, &d); err != nil {
		panic(err)
	}
	fmt.Println(d.Programme(), d.Outcome(), d.Period(), d.Clauses(), d.Params()[0].Name)
	fmt.Println(d.Explanation().Render(policy.EN))
	again, _ := d.MarshalJSON()
	fmt.Println(bytes.Equal(again, js))
	// Output:
	// lowincome continue 01–12 [2.1.2] lowincome.standard
	// income 4500.00 is within 3622.00 × 3 persons = 10866.00: continues
	// true
}

// A writer of many findings appends each to one buffer, reused from finding
// to finding.
func ExampleFinding_AppendJSON() {
	var a policy.Assessment
	f := policy.Formula{ID: "example.finding"}
	a.Find(&policy.Find{Kind: policy.Omission, Programme: policy.LowIncome, Amount: 636600,
		Clauses: []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest}}, &f)
	a.Find(&policy.Find{Kind: policy.JointMeeting, Programme: policy.Temporary, Member: "m1", ID: "e1", Amount: 98167,
		Clauses: []policy.Clause{policy.ClauseTemporary}}, &f)
	buf := make([]byte, 0, 1024)
	for _, g := range a.Findings {
		buf = g.AppendJSON(buf[:0])
		fmt.Println(head(buf))
	}
	// Output:
	// {"kind":"omission","programme":"lowincome","clauses":["2.1.2","2.1.3"],"amount":"6366.00",…}
	// {"kind":"joint-meeting","programme":"temporary","member":"m1","id":"e1","clauses":["2.4.1"],"amount":"981.67",…}
}

// A finding's JSON: kind, programme, clauses and its amount as a two-place
// string, then the explanation.
func ExampleFinding_MarshalJSON() {
	js, _ := json.Marshal(exampleFinding())
	fmt.Println(head(js))
	// Output: {"kind":"omission","programme":"lowincome","clauses":["2.1.2","2.1.3"],"amount":"6366.00",…}
}

// A finding read back from JSON has the same fields and writes the same
// bytes again.
func ExampleFinding_UnmarshalJSON() {
	js, _ := exampleFinding().MarshalJSON()
	var g policy.Finding
	if err := json.Unmarshal(js, &g); err != nil {
		panic(err)
	}
	fmt.Println(g.Kind(), g.Programme(), g.Clauses(), g.Amount().StringFixed(2))
	fmt.Println(g.Explanation().Render(policy.EN))
	again, _ := g.MarshalJSON()
	fmt.Println(bytes.Equal(again, js))
	// Output:
	// omission lowincome [2.1.2 2.1.3] 6366.00
	// eligible but not covered (registered poor): 6366.00 a year due
	// true
}

// A writer appends several checks to one buffer as a JSON array, which
// reads back.
func ExampleCheck_AppendJSON() {
	pass := policy.NewCheck(policy.CheckOf{Name: "example.floor", Status: policy.Pass}, &policy.Formula{ID: "example.floor"})
	b := []byte("[")
	for i, c := range []policy.Check{pass, exampleCheck()} {
		if i > 0 {
			b = append(b, ',')
		}
		b = c.AppendJSON(b)
	}
	b = append(b, ']')
	var checks []struct {
		Name   string `json:"name"`
		Status string `json:"status"`
	}
	fmt.Println(json.Unmarshal(b, &checks), checks)
	// Output: <nil> [{example.floor pass} {lowincome.two_lines fail}]
}

// A failing part-year check writes its months, the amounts it compared and
// the shortfall.
func ExampleCheck_MarshalJSON() {
	js, _ := json.Marshal(exampleCheck())
	fmt.Println(head(js))
	// Output: {"name":"lowincome.two_lines","clauses":["2.1.1"],"status":"fail","period":{"from":7,"to":12},"value":"3622.00","bound":"3700.00","shortfall":"78.00","params":[{"name":"lowincome.standard","value":"3622.00","provenance":"seed"},{"name":"lowincome.poverty_line","value":"3700.00","provenance":"local","source":"county notice (example)"}],…}
}

// A check read back has the same status, months and figures and writes the
// same bytes; a value needs a bound.
func ExampleCheck_UnmarshalJSON() {
	js, _ := exampleCheck().MarshalJSON()
	var c policy.Check
	if err := json.Unmarshal(js, &c); err != nil {
		panic(err)
	}
	value, bound, _ := c.Figures()
	fmt.Println(c.Name(), c.Status(), c.Period(), value.StringFixed(2), bound.StringFixed(2), c.Shortfall().StringFixed(2))
	fmt.Println(c.Explanation().Render(policy.EN))
	fmt.Println(c.Params())
	again, _ := c.MarshalJSON()
	fmt.Println(bytes.Equal(again, js))
	err := c.UnmarshalJSON([]byte(`{"name":"x","status":"fail","value":"1.00"}`))
	fmt.Println(err)
	// Output:
	// lowincome.two_lines fail 07–12 3622.00 3700.00 78.00
	// 3622.00 is below 3700.00
	// [{lowincome.standard 3622.00 seed } {lowincome.poverty_line 3700.00 local county notice (example)}]
	// true
	// bound: is required with a value
}
