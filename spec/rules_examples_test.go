package spec

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// ruleFigure is one figure a worked example of RULES.md states: what it is,
// and the text the code computes for it.
type ruleFigure struct{ what, text string }

// rulesExample is a worked example of RULES.md (anchor example-N): the
// households it assesses and the figures of each that the example's text
// must state as the code computes them.
type rulesExample struct {
	anchor     string
	households []string // JSON records, assessed as of 2017-09-01 under the built-in 2017 set
	figures    func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure
}

// The examples' households. Each is invented.
const (
	exHousehold3 = `{"id":"EX1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head"%s,"incomes":[{"category":"agriculture","amount":"3000.00"}]},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse"%s,"incomes":[{"category":"wages","amount":"1500.00"}]},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`
	exChild = `{"id":"EX3","township":"示例镇","members":[
		{"id":"m1","birth_date":"1975-02-01","relation":"head","incomes":[{"category":"wages","amount":"6000.00"}]},
		{"id":"m2","birth_date":"1976-05-01","relation":"spouse"},
		{"id":"m3","birth_date":"1950-01-01","relation":"parent"},
		{"id":"m4","birth_date":"2010-03-01","relation":"child","child":"in-difficulty"}]}`
	exRecipient = `{"id":"EX4","township":"示例镇","current":{"lowincome":true%s},"members":[
		{"id":"m1","birth_date":"1975-02-01","relation":"head","incomes":[{"category":"wages","amount":"12000.00"}]},
		{"id":"m2","birth_date":"1976-05-01","relation":"spouse"},
		{"id":"m3","birth_date":"2000-03-01","relation":"child"}]}`
	exTekun = `{"id":"EX5","township":"示例镇","members":[
		{"id":"m1","birth_date":"1940-02-01","relation":"head","tekun":{"mode":"%s"%s}}]}`
	exDisabled = `{"id":"EX6","township":"示例镇","members":[
		{"id":"m1","birth_date":"1970-02-01","relation":"head",
		 "disability":{"type":"physical","grade":1,"long_term_care":true}},
		{"id":"m2","birth_date":"1972-05-01","relation":"spouse"}]}`
	exClaim    = `"claims":[{"id":"c1","admission":"2017-05-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]`
	exAdmitted = `{"id":"EX7","township":"示例镇"%s,"members":[
		{"id":"m1","birth_date":"%s","relation":"head"%s%s,` + exClaim + `}]}`
	exFire = `{"id":"EX8","township":"示例镇","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
		"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","other_aid":"1000.00"}]}`
)

// exLine returns the breakdown's line of programme p, item and member,
// failing the test when there is none.
func exLine(t *testing.T, b *benefit.Breakdown, p policy.Programme, item policy.Item, member string) policy.Line {
	t.Helper()
	for l := range b.LinesOf(policy.Select{Programme: p, Item: item, Member: member}) {
		return l
	}
	t.Fatalf("%s: no line %s/%s for member %q", b.Household, p, item, member)
	return policy.Line{}
}

// exOutcome returns the outcome of the household's 低保 decision.
func exOutcome(t *testing.T, b *benefit.Breakdown) policy.Outcome {
	t.Helper()
	for _, d := range b.Decisions {
		if d.Programme() == policy.LowIncome && d.Member() == "" {
			return d.Outcome()
		}
	}
	t.Fatalf("%s: no 低保 decision", b.Household)
	return ""
}

func fixed(d decimal.Decimal) string { return d.StringFixed(2) }

// percent writes a rate as a percentage: 0.30 is "30%".
func percent(d decimal.Decimal) string { return d.Shift(2).String() + "%" }

// exParams is the built-in set, whose parameters the examples' text names.
var exParams = benefit.Default2017()

var rulesExamples = []rulesExample{
	{
		anchor:     "example-1",
		households: []string{fmt.Sprintf(exHousehold3, "", "")},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			b := bs[0]
			base := exLine(t, b, policy.LowIncome, "base", "")
			line := b.Income().Add(base.Annual())
			return []ruleFigure{
				{"the income I", fixed(b.Income())},
				{"the line S × n", fixed(line)},
				{"the base", fixed(base.Annual())},
				{"its month", base.Schedule().Month().StringFixed(2)},
				{"the outcome", map[policy.Outcome]string{policy.Eligible: "eligible"}[exOutcome(t, b)]},
			}
		},
	},
	{
		anchor:     "example-2",
		households: []string{fmt.Sprintf(exHousehold3, `,"class":"A"`, `,"class":"B"`)},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			b := bs[0]
			a, bb := exLine(t, b, policy.LowIncome, "uplift-a", "m1"), exLine(t, b, policy.LowIncome, "uplift-b", "m2")
			return []ruleFigure{
				{"the base", fixed(exLine(t, b, policy.LowIncome, "base", "").Annual())},
				{"the A uplift", fixed(a.Annual())},
				{"the B uplift", fixed(bb.Annual())},
				{"the B uplift's schedule", fmt.Sprintf("%s × 11 + %s", bb.Schedule().Month().StringFixed(2),
					bb.Schedule().Last().StringFixed(2))},
				{"the 低保 total", fixed(b.Total(policy.LowIncome))},
				{"the A rate of S", percent(exParams.LowIncome.UpliftA.Value) + " × " + fixed(exParams.LowIncome.Standard.Value)},
				{"the B rate of S", percent(exParams.LowIncome.UpliftB.Value) + " × " + fixed(exParams.LowIncome.Standard.Value)},
			}
		},
	},
	{
		anchor:     "example-3",
		households: []string{exChild},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			b := bs[0]
			base, child := exLine(t, b, policy.LowIncome, "base", ""), exLine(t, b, policy.LowIncome, "child", "m4")
			return []ruleFigure{
				{"the line S × n", fixed(b.Income().Add(base.Annual()))},
				{"the base", fixed(base.Annual())},
				{"the child's line", fixed(child.Annual())},
				{"the 低保 total", fixed(b.Total(policy.LowIncome))},
			}
		},
	},
	{
		anchor:     "example-4",
		households: []string{fmt.Sprintf(exRecipient, ""), fmt.Sprintf(exRecipient, `,"rise_stable":true`)},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			pending, exit := bs[0], bs[1]
			s := exParams.LowIncome.Standard.Value
			line := s.Mul(decimal.NewFromInt(int64(pending.HouseholdSize())))
			words := map[policy.Outcome]string{policy.ExitPending: "exit pending confirmation", policy.Exit: "exits"}
			if exit.Total(policy.LowIncome).Sign() != 0 {
				t.Errorf("a confirmed exit has 低保 lines")
			}
			return []ruleFigure{
				{"the pending outcome", words[exOutcome(t, pending)]},
				{"the pending base", fixed(exLine(t, pending, policy.LowIncome, "base", "").Annual())},
				{"the confirmed outcome", words[exOutcome(t, exit)]},
				{"the line S × n", fixed(line)},
				{"the margin", fixed(pending.Income().Sub(line))},
			}
		},
	},
	{
		anchor: "example-5",
		households: []string{fmt.Sprintf(exTekun, "dispersed", ""),
			fmt.Sprintf(exTekun, "centralized", `,"home_id":"H2","home_class":"2"`)},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			d, c := exLine(t, bs[0], policy.Tekun, "dispersed", "m1"), exLine(t, bs[1], policy.Tekun, "quota", "m1")
			payee := map[policy.Payee]string{policy.PayMember: "to the person", policy.PayInstitution: "to the home"}
			return []ruleFigure{
				{"the dispersed line", fixed(d.Annual())},
				{"its payee", payee[d.Payee()]},
				{"the quota line", fixed(c.Annual())},
				{"its payee", payee[c.Payee()]},
				{"the centralized standard", fixed(exParams.Tekun.Centralized.Value)},
			}
		},
	},
	{
		anchor:     "example-6",
		households: []string{exDisabled},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			b := bs[0]
			living, nursing := exLine(t, b, policy.Disability, "living", "m1"), exLine(t, b, policy.Disability, "nursing", "m1")
			prov := map[bool]string{true: "provisional"}
			return []ruleFigure{
				{"the living subsidy", fixed(living.Annual())},
				{"its provenance", prov[living.Provisional()]},
				{"the nursing subsidy a month", fixed(exParams.Disability.Nursing.Grade1.Value)},
				{"the nursing subsidy", fixed(nursing.Annual())},
			}
		},
	},
	{
		anchor: "example-7",
		households: []string{
			fmt.Sprintf(exAdmitted, "", "1960-01-01", "", ""),
			fmt.Sprintf(exAdmitted, "", "1940-01-01", `,"tekun":{"mode":"dispersed"}`, ""),
			fmt.Sprintf(exAdmitted, `,"low_income_family":true`, "1950-01-01", "",
				`,"incomes":[{"category":"wages","amount":"5000.00"}]`),
		},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			var fs []ruleFigure
			for i, what := range []string{"低保", "特困", "low-income elderly"} {
				l := exLine(t, bs[i], policy.Medical, "inpatient", "m1")
				fs = append(fs, ruleFigure{"the aid for a " + what + " member", fixed(l.Annual())})
				if !l.Provisional() {
					t.Errorf("example 7 says the %s member's line is provisional", what)
				}
			}
			m := &exParams.Medical
			prov := func(p policy.Provenance) string { return "(" + string(p) }
			return append(fs,
				ruleFigure{"the 低保 ratio", percent(m.LowIncome.Ratio.Value) + " × 8000.00"},
				ruleFigure{"its provenance", "`" + string(m.LowIncome.Ratio.Provenance) + "`"},
				ruleFigure{"the 特困 ratio", percent(m.Tekun.Ratio.Value) + " × 8000.00"},
				ruleFigure{"its provenance", prov(m.Tekun.Ratio.Provenance) + ": the " + percent(m.Tekun.Ratio.Value) + ")"},
				ruleFigure{"the extended group's terms", percent(m.Extended.Ratio.Value) + " × (8000.00 − " +
					fixed(m.Extended.Deductible.Value) + ")"},
				ruleFigure{"their provenance", prov(m.Extended.Ratio.Provenance) + ": the " + percent(m.Extended.Ratio.Value) +
					" and the deductible of " + fixed(m.Extended.Deductible.Value) + ")"},
				ruleFigure{"the cap's provenance", "provisional as well for the " + fixed(m.LowIncome.Cap.Value)})
		},
	},
	{
		anchor:     "example-8",
		households: []string{exFire},
		figures: func(t *testing.T, bs []*benefit.Breakdown) []ruleFigure {
			b := bs[0]
			fs := []ruleFigure{
				{"the aid", fixed(exLine(t, b, policy.Temporary, "emergency", "").Annual())},
				{"the maximum", exParams.Temporary.Multiple["fire"].Value.String() + " × " +
					fixed(exParams.LowIncome.Standard.Value) + " ÷ 12"},
				{"its provenance", "(" + string(exParams.Temporary.Multiple["fire"].Provenance) + ": the multiple"},
			}
			for _, f := range b.Findings {
				if f.Kind() == policy.JointMeeting {
					fs = append(fs, ruleFigure{"the amount left to the joint meeting", fixed(f.Amount())},
						ruleFigure{"the joint meeting", "一事一议"})
				}
			}
			if len(fs) == 1 {
				t.Errorf("no joint-meeting finding")
			}
			return fs
		},
	},
}

// anchorText returns the text of RULES.md from the anchor id to the next
// anchor.
func anchorText(t *testing.T, doc, id string) string {
	t.Helper()
	tag := `<a id="` + id + `"></a>`
	_, after, ok := strings.Cut(doc, tag)
	if !ok {
		t.Fatalf("RULES.md has no anchor %s", tag)
	}
	text, _, _ := strings.Cut(after, `<a id="`)
	return text
}

// TestRulesExamples: each worked example of RULES.md states the figures the
// code computes for it, and the monthly schedule of section 0 its examples.
func TestRulesExamples(t *testing.T) {
	skipUnderRace(t)
	doc := readRules(t)
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range rulesExamples {
		t.Run(ex.anchor, func(t *testing.T) {
			text := anchorText(t, doc, ex.anchor)
			var bs []*benefit.Breakdown
			for _, js := range ex.households {
				h, err := household.Unmarshal([]byte(js))
				if err != nil {
					t.Fatalf("household: %v", err)
				}
				b, err := a.Assess(h, household.NewDate(2017, 9, 1))
				if err != nil {
					t.Fatalf("Assess: %v", err)
				}
				bs = append(bs, b)
			}
			for _, f := range ex.figures(t, bs) {
				if f.text == "" || !strings.Contains(text, f.text) {
					t.Errorf("RULES.md#%s does not state %s as the code computes it, %q", ex.anchor, f.what, f.text)
				}
			}
		})
	}
	t.Run("0-periods", func(t *testing.T) {
		// A county's 2017 set raising S from 1 July, beside the built-in set
		// (the dispersed 特困 standard may not fall below S, 2.2.1).
		july, err := benefit.Unmarshal([]byte(`{"year": 2017, "base": 2017, "from": "2017-07-01",
			"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "a county's rise from July"}},
			"tekun": {"dispersed": {"value": "3912.00", "provenance": "local", "source": "not below S (2.2.1)"}}}`))
		if err != nil {
			t.Fatal(err)
		}
		a, err := benefit.New(benefit.Default2017(), july)
		if err != nil {
			t.Fatal(err)
		}
		h, err := household.Unmarshal([]byte(`{"id":"EX0","township":"示例镇","members":[
			{"id":"m1","birth_date":"1975-02-01","relation":"head","incomes":[{"category":"wages","amount":"11000.00"}]},
			{"id":"m2","birth_date":"1976-05-01","relation":"spouse"},
			{"id":"m3","birth_date":"2000-03-01","relation":"child"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		b, err := a.Assess(h, household.NewDate(2017, 9, 1))
		if err != nil {
			t.Fatal(err)
		}
		got := map[time.Month]policy.Outcome{}
		for _, d := range b.Decisions {
			if d.Programme() == policy.LowIncome {
				got[d.Period().From] = d.Outcome()
			}
		}
		if got[time.January] != policy.Ineligible || got[time.July] != policy.Eligible || len(got) != 2 {
			t.Errorf("低保 decisions by first month = %v, want refused from January and covered from July", got)
		}
		text := anchorText(t, doc, "0-periods")
		for _, f := range []ruleFigure{
			{"the household size", fmt.Sprintf("a household of %d", b.HouseholdSize())},
			{"the income", fixed(b.Income())},
			{"the built-in standard", fixed(exParams.LowIncome.Standard.Value)},
			{"July's standard", fixed(july.LowIncome.Standard.Value)},
		} {
			if !strings.Contains(text, f.text) {
				t.Errorf("RULES.md#0-periods does not state %s as the code has it, %q", f.what, f.text)
			}
		}
	})
	t.Run("0-schedule", func(t *testing.T) {
		text := anchorText(t, doc, "0-schedule")
		for _, fen := range []policy.Money{72440, 8} {
			s := policy.DefaultRounding.ScheduleOf(fen, 12)
			want := fmt.Sprintf("%s a year is paid %s × 11 + %s", fen.Decimal().StringFixed(2),
				s.Month().StringFixed(2), s.Last().StringFixed(2))
			if !strings.Contains(text, want) {
				t.Errorf("RULES.md#0-schedule does not state the schedule of %s as the code makes it, %q", fen.Decimal().StringFixed(2), want)
			}
		}
	})
}
