package policy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

var formulaBase = policy.Formula{ID: "test.base",
	ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
	EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}

func baseLine() policy.Line {
	return policy.NewLine(policy.Line{
		Programme: policy.LowIncome, Item: "base", Payee: policy.PayHousehold, Payer: policy.CivilAffairsFund,
		Form: policy.Cash, Annual: d("6366.00"), Rounding: policy.DefaultRounding,
		Clauses: []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic},
		Params:  []policy.Used{policy.New("lowincome.standard", d("3622.00"), policy.Seed, "二(一)1").Used()},
		Explanation: policy.Explain(formulaBase, policy.M("S", d("3622.00")), policy.N("n", 3),
			policy.M("I", d("4500.00")), policy.M("=", d("6366.00"))),
	})
}

// TestRender: explanations are a formula and its operands, rendered in
// Chinese and English on demand.
func TestRender(t *testing.T) {
	tests := []struct {
		name string
		e    policy.Explanation
		lang policy.Lang
		want string
	}{
		{"worked example 1 in Chinese", baseLine().Explanation, policy.ZH, "补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年"},
		{"worked example 1 in English", baseLine().Explanation, policy.EN, "top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year"},
		{"ratio and repeating money", policy.Explain(policy.Formula{ZH: "{k} × {m} = {=}", EN: "{r}"},
			policy.X("k", d("10")), policy.M("m", d("301.8333333333")), policy.M("=", d("3018.33")), policy.R("r", d("0.7"))),
			policy.ZH, "10 × 301.8333… = 3018.33"},
		{"ratio", policy.Explain(policy.Formula{ZH: "{r}", EN: "{r}"}, policy.R("r", d("0.7"))), policy.EN, "70%"},
		{"bilingual text", policy.Explain(policy.Formula{ZH: "因{t}", EN: "because {t}"}, policy.T2("t", "火灾", "fire")), policy.EN, "because fire"},
		{"missing argument shows", policy.Explain(policy.Formula{ZH: "{x} 元"}), policy.ZH, "{x} 元"},
		{"unclosed brace", policy.Explain(policy.Formula{ZH: "a {b"}), policy.ZH, "a {b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.Render(tc.lang); got != tc.want {
				t.Errorf("Render(%s) = %q, want %q", tc.lang, got, tc.want)
			}
		})
	}
}

// TestLineJSON: money goes out as two-place strings, and the same JSON back
// in gives an equal line.
func TestLineJSON(t *testing.T) {
	l := baseLine()
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["annual"] != "6366.00" || m["schedule"].(map[string]any)["month"] != "530.50" {
		t.Errorf("annual %v, schedule %v; want \"6366.00\" and month \"530.50\"", m["annual"], m["schedule"])
	}
	var back policy.Line
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestNewLineProvisional: a line that used a provisional parameter is
// marked so (section 0).
func TestNewLineProvisional(t *testing.T) {
	l := policy.NewLine(policy.Line{Params: []policy.Used{
		{Name: "a", Provenance: policy.Seed}, {Name: "b", Provenance: policy.Provisional},
	}})
	if !l.Provisional || l.Months != 12 {
		t.Errorf("Provisional %v, Months %d; want true and 12", l.Provisional, l.Months)
	}
	if baseLine().Provisional {
		t.Error("a line of seed parameters is marked provisional")
	}
}

// TestParamGet: an unset local parameter is an error naming it, never a
// silent zero.
func TestParamGet(t *testing.T) {
	p := policy.Unset[int]("tekun.consumption", "local")
	_, err := p.Get()
	var me *policy.MissingParamError
	if !errors.Is(err, policy.ErrMissingParam) || !errors.As(err, &me) || me.Name != "tekun.consumption" {
		t.Errorf("Get() error = %v, want a MissingParamError naming tekun.consumption", err)
	}
	if v, err := policy.New("x", 7, policy.Seed, "").Get(); v != 7 || err != nil {
		t.Errorf("Get() = %v, %v; want 7, nil", v, err)
	}
}

// TestClauses: the registry knows every clause of POLICY.md in document
// order.
func TestClauses(t *testing.T) {
	want := []policy.Clause{"0", "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.2.4",
		"2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4.1", "2.4.2", "2.4.3", "3"}
	if diff := cmp.Diff(want, policy.Clauses()); diff != "" {
		t.Errorf("Clauses() (-want +got):\n%s", diff)
	}
	if policy.Clause("2.5.1").Known() {
		t.Error("2.5.1 is not a clause of POLICY.md")
	}
}

// TestEnumText: enums on the wire reject unknown values.
func TestEnumText(t *testing.T) {
	var p policy.Programme
	if err := p.UnmarshalText([]byte("housing")); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Programme.UnmarshalText(housing) = %v, want ErrInvalid", err)
	}
	var pv policy.Provenance
	if err := pv.UnmarshalText([]byte("rumour")); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Provenance.UnmarshalText(rumour) = %v, want ErrInvalid", err)
	}
	var m policy.RoundingMode
	if err := m.UnmarshalText([]byte("half-even")); err != nil || m != policy.HalfEven {
		t.Errorf("RoundingMode.UnmarshalText(half-even) = %v, %q", err, m)
	}
}

// TestParamJSON: a parameter goes out with its provenance and reads back
// equal; reading is strict.
func TestParamJSON(t *testing.T) {
	p := policy.New("lowincome.standard", d("3912.00"), policy.Seed, "2018 notice")
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"value":"3912","provenance":"seed","source":"2018 notice"}`; got != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	back := policy.Param[decimal.Decimal]{Name: "lowincome.standard"}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	for _, tc := range []struct{ in, want string }{
		{`{"value":"1","provenance":"rumour"}`, `provenance: "rumour" is not one of seed`},
		{`{"value":"1","provenance":"seed","colour":1}`, `colour: is not a known field`},
		{`{"Value":"1","provenance":"seed"}`, `Value: is not a known field`},
		{`{"provenance":"seed"}`, `value: is required: only a local parameter may be left unset`},
		{`{"value":"x","provenance":"seed"}`, `value: "x" is not a valid value`},
	} {
		var q policy.Param[decimal.Decimal]
		err := json.Unmarshal([]byte(tc.in), &q)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Unmarshal(%s) = %v, want %q", tc.in, err, tc.want)
		}
	}
	var local policy.Param[decimal.Decimal]
	if err := json.Unmarshal([]byte(`{"provenance":"local","source":"county"}`), &local); err != nil || local.Set {
		t.Errorf("an unset local parameter: err %v, Set %v", err, local.Set)
	}
}
