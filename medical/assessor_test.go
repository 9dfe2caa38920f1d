package medical_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
)

// snapshot writes everything a result holds, through its methods: its
// lines, decisions and findings as JSON, and each member's and claim's
// figures, so that two results can be compared.
func snapshot(t testing.TB, r *medical.Result) string {
	t.Helper()
	type claimJSON struct {
		ID, Rule, Remaining, Aid, Second, Left string
		Capped                                 bool
		Lines                                  []policy.Line
		Explanation                            policy.Explanation
	}
	type memberJSON struct {
		ID, Group, Aid, Paid, Remaining string
		Decision                        policy.Decision
		Claims                          []claimJSON
	}
	var members []memberJSON
	for _, m := range r.Members() {
		x := memberJSON{ID: m.ID(), Group: string(m.Group()), Aid: m.Aid().String(), Paid: m.PaidThisYear().String(),
			Remaining: m.Remaining().String(), Decision: m.Decision()}
		for _, c := range m.Claims() {
			x.Claims = append(x.Claims, claimJSON{ID: c.ID(), Rule: string(c.Rule()), Remaining: c.Remaining().String(),
				Aid: c.Aid().String(), Second: c.Second().String(), Left: c.Left().String(), Capped: c.Capped(),
				Lines: c.Lines(), Explanation: c.Explanation()})
		}
		members = append(members, x)
	}
	b, err := json.Marshal(struct {
		Lines     []policy.Line
		Decisions []policy.Decision
		Findings  []policy.Finding
		Members   []memberJSON
		Remaining string
	}{r.Lines, r.Decisions, r.Findings, members, r.Remaining().String()})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAssessZero: the zero household.Checked, a record never checked, is
// refused.
func TestAssessZero(t *testing.T) {
	_, err := newAssessor(t, nil).Assess(household.Checked{}, medical.Inputs{})
	if fe := policy.FieldErrors(err); !errors.Is(err, policy.ErrInvalid) || len(fe) != 1 || fe[0].Path != "household" {
		t.Errorf("Assess(zero Checked) error = %v, want a field error at household", err)
	}
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate, the first at the path each case names.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *medical.Params
		path   string
	}{
		{
			name: "nil parameters", clause: "0", desc: "参数为空 / nil parameters",
			p: nil, path: "medical",
		},
		{
			name: "key ratio below 70%", clause: "2.3.4", desc: "低保救助比例低于70% / a key recipients' ratio below the 70% floor",
			p: func() *medical.Params {
				p := medical.Default2017()
				p.LowIncome.Ratio.Value = d("0.65")
				return p
			}(), path: "medical.lowincome.ratio",
		},
		{
			name: "second aid on without its values", clause: "2.3.4", desc: "启用再次救助但未设数值 / second aid enabled with none of its values",
			p: func() *medical.Params {
				p := medical.Default2017()
				p.SecondAid.Enabled = policy.New("medical.second_aid.enabled", true, policy.Local, "")
				return p
			}(), path: "medical.second_aid.threshold",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.p.Validate()
			a, err := medical.New(tc.p)
			if a != nil || err == nil {
				t.Fatalf("%s: New = %v, %v; 应返回 nil 与错误 / want nil and an error", tc.desc, a, err)
			}
			fe := policy.FieldErrors(err)
			if !errors.Is(err, policy.ErrInvalid) || len(fe) == 0 || fe[0].Path != tc.path ||
				!cmp.Equal(fe, policy.FieldErrors(want)) {
				t.Errorf("%s: New 的错误 %v 应与 Validate 的 %v 相同，首个在 %s / New error %v, want Validate's %v, first at %s",
					tc.desc, err, want, tc.path, err, want, tc.path)
			}
		})
	}
}

// randomHousehold returns an invented household of one to four members of
// random groups, each with up to three claims: some with 特困, 低保 or
// certificate months, children in difficulty, aid already paid.
func randomHousehold(rng *rand.Rand) *household.Household {
	h := home()
	h.RegisteredPoor, h.LowIncomeFamily, h.ImpoverishedByIllness = rng.IntN(3) == 0, rng.IntN(2) == 0, rng.IntN(3) == 0
	if rng.IntN(3) == 0 {
		h.LowIncomePeriod = randomMonths(rng)
	}
	for j := range 1 + rng.IntN(4) {
		m := person(string(rune('a'+j)), []string{"1940-05-01", "1970-03-01", "2008-07-15"}[rng.IntN(3)])
		m.MajorDisease = rng.IntN(3) == 0
		if rng.IntN(5) == 0 {
			m = tekun(m)
			if rng.IntN(2) == 0 {
				m.Tekun.Period = randomMonths(rng)
			}
		}
		if m.BirthDate.Year > 2000 && rng.IntN(2) == 0 {
			m.Child = household.ChildInDifficultHome
		}
		if rng.IntN(4) == 0 {
			m.Disability = &household.Disability{Type: household.Physical, Grade: 1 + rng.IntN(4)}
			if rng.IntN(2) == 0 {
				m.Disability.Period = randomMonths(rng)
			}
		}
		if rng.IntN(3) == 0 {
			m.MedicalAidPaid, m.SecondAidPaid = money(rng, 2_000_000), money(rng, 500_000)
		}
		for k := range rng.IntN(4) {
			m.Claims = append(m.Claims, randomClaim(rng, string(rune('p'+k))))
		}
		h.Members = append(h.Members, m)
	}
	return h
}

// TestNewCopies: changing the parameters after New changes neither the
// Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := medical.Default2017()
	a := newAssessor(t, p)
	p.LowIncome.Ratio.Value = d("0.90")
	p.Contribution.Value = d("1.00")
	r, err := a.Assess(check(t, home(with(adult("m1"), example7))), medical.Inputs{LowIncome: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "5780.00" {
		t.Errorf("after p changed, Total = %s, want 5780.00", got)
	}
	q := a.Params()
	q.LowIncome.Cap.Value = d("1.00")
	if got := a.Params(); !got.LowIncome.Cap.Value.Equal(d("20000.00")) || !got.LowIncome.Ratio.Value.Equal(d("0.70")) {
		t.Errorf("Params = cap %s, ratio %s; want the parameters New was given", got.LowIncome.Cap.Value, got.LowIncome.Ratio.Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race).
func TestAssessorConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 7))
	p := secondAid("1000.00", "0.50", "5000.00")
	hs := []household.Checked{check(t, benchHousehold())}
	for range 7 {
		hs = append(hs, check(t, randomHousehold(rng)))
	}
	in := medical.Inputs{LowIncome: true}
	want := make([]string, len(hs))
	for i, c := range hs {
		r, err := newAssessor(t, p).Assess(c, in)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = snapshot(t, &r)
	}
	a := newAssessor(t, p)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(hs) {
				i := (k + g) % len(hs)
				got, err := a.Assess(hs[i], in)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], snapshot(t, &got)); diff != "" {
					t.Errorf("goroutine %d, household %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestResultImmutable: a result shares nothing mutable. Editing one
// result — its lines, decisions, what its accessors hand out — does not
// change another result of the same Assessor, and editing what its methods
// hand out does not change the result.
func TestResultImmutable(t *testing.T) {
	a := newAssessor(t, secondAid("1000.00", "0.50", "5000.00"))
	c := check(t, benchHousehold())
	in := medical.Inputs{LowIncome: true}
	r1, err := a.Assess(c, in)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := a.Assess(c, in)
	if err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, &r2)
	members := r1.Members()
	claims := members[0].Claims()
	lines := claims[0].Lines()
	params := lines[0].Params()
	params[0].Value = "9.99"
	lines[0] = policy.Line{}
	claims[0] = medical.ClaimResult{}
	members[0] = medical.MemberResult{}
	before := snapshot(t, &r1)
	r1.Lines[1] = policy.Line{}
	r1.Decisions[0] = policy.Decision{}
	if diff := cmp.Diff(want, snapshot(t, &r2)); diff != "" {
		t.Errorf("editing one result changed another (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(want, before); diff != "" {
		t.Errorf("editing what a result's methods hand out changed the result (-before +after):\n%s", diff)
	}
	if m := r1.Members()[0]; m.Decision().Member() != "m1" || !m.Aid().Equal(r2.Members()[0].Aid()) {
		t.Errorf("editing the result's Decisions changed its members' decisions or figures: %s, %s", m.Decision().Member(), m.Aid())
	}
}

// TestRemainingNested: the arithmetic of the remaining out-of-pocket R is
// nested in every claim's explanation as the argument Rx, which the wire
// writes as a text argument holding both renderings (2.3.4).
func TestRemainingNested(t *testing.T) {
	r := claimAid(t, medical.ClaimInput{Member: "m1", Group: medical.GroupLowIncome, Claim: example7, Age: 47}, nil)
	b, err := json.Marshal(r.Explanation())
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		Args []map[string]string `json:"args"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range x.Args {
		names = append(names, a["name"])
	}
	if diff := cmp.Diff([]string{"claim", "g", "Rx", "R", "d", "r", "="}, names); diff != "" {
		t.Fatalf("arguments (-want +got):\n%s", diff)
	}
	want := map[string]string{"name": "Rx", "kind": "text", "value": "0",
		"text": "合规费用 25000.00 − 基本医保 15000.00 − 大病保险 2000.00 − 补充保险 0.00 − 保底补偿 0.00 = 剩余合规自负 8000.00",
		"text_en": "compliant cost 25000.00 − basic NCMS 15000.00 − critical-illness insurance 2000.00 − " +
			"supplementary insurance 0.00 − guaranteed minimum 0.00 = remaining compliant out-of-pocket 8000.00"}
	if diff := cmp.Diff(want, x.Args[2]); diff != "" {
		t.Errorf("Rx (-want +got):\n%s", diff)
	}
	if !strings.Contains(r.Explanation().Render(policy.EN), want["text_en"]) {
		t.Errorf("explanation does not render Rx: %s", r.Explanation().Render(policy.EN))
	}
}

// TestExactArgument: an amount due before the cap cuts it keeps its
// fractions of a fen: a money argument whose value is exact on the wire,
// written with its own places (2.3.4).
func TestExactArgument(t *testing.T) {
	r := claimAid(t, medical.ClaimInput{Member: "m1", Group: medical.GroupTekun, Age: 47, Paid: d("10801.74"),
		Claim: claim("c1", "2017-05-10", "29949.00", "15573.48", "2537.80")}, nil)
	b, err := json.Marshal(r.Explanation())
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		Args []map[string]string `json:"args"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	for _, a := range x.Args {
		if a["name"] == "x" {
			got = a
		}
	}
	if diff := cmp.Diff(map[string]string{"name": "x", "kind": "money", "value": "9470.176"}, got); diff != "" {
		t.Errorf("x (-want +got):\n%s", diff)
	}
	if en := r.Explanation().Render(policy.EN); !strings.Contains(en, "× 80% = 9470.176 yuan") {
		t.Errorf("explanation %s does not write x with its own places", en)
	}
}

// TestResultKeepsLowIncomeMembers checks that a result keeps its own copy
// of Inputs.LowIncomeMembers: the caller reusing the slice afterwards does
// not change the groups the result's members are worked out in.
func TestResultKeepsLowIncomeMembers(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
	}{
		{name: "one id", ids: []string{"m1"}},
		{name: "two ids", ids: []string{"m1", "m3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ids := slices.Clone(tc.ids)
			r := assess(t, home(adult("m1"), adult("m2"), adult("m3")), medical.Inputs{LowIncomeMembers: ids}, nil)
			want := snapshot(t, &r)
			for k := range ids {
				ids[k] = "m2"
			}
			if diff := cmp.Diff(want, snapshot(t, &r)); diff != "" {
				t.Errorf("editing the caller's LowIncomeMembers changed the result (-before +after):\n%s", diff)
			}
			if m, _ := r.Member("m1"); m.Group() != medical.GroupLowIncome {
				t.Errorf("m1 is in group %q after the caller's slice changed, want lowincome", m.Group())
			}
		})
	}
}

// TestExplanationArgsNamed checks that every operand of every line's and
// decision's explanation has a name, so that a reader of the JSON (or
// Explanation.Args) finds each figure by name: inpatient, child-disease and
// second-aid lines, the members' decisions and a claim's own decision.
func TestExplanationArgsNamed(t *testing.T) {
	tests := []struct {
		name string
		h    *household.Household
	}{
		{
			name: "low-income family with a sick child, an elder and a member turning 60",
			h: lowFamily(
				with(person("k1", "2010-03-01"), childClaim("c1", "2017-04-01", household.AcuteLeukaemia, "60000.00", "42000.00", "60000.00")),
				with(person("e1", "1940-03-01"), claim("c2", "2017-05-10", "25000.00", "15000.00", "2000.00")),
				with(person("m1", "1957-09-01"), claim("c3", "2017-05-10", "25000.00", "15000.00", "2000.00")),
			),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, medical.Inputs{}, secondAid("1000.00", "0.50", "5000.00"))
			var es []policy.Explanation
			for _, l := range r.Lines {
				es = append(es, l.Explanation())
			}
			for _, dc := range r.Decisions {
				es = append(es, dc.Explanation())
			}
			if len(es) != 8 { // 3 members' decisions, m1's claim's own (aged 59 at admission: none), 2 aid and 2 second-aid lines
				t.Fatalf("%d lines and decisions, want 8", len(es))
			}
			for _, e := range es {
				for k, a := range e.Args() {
					if a.Name() == "" {
						t.Errorf("%s: operand %d (%s) has no name", e.Formula().ID, k, a)
					}
				}
			}
		})
	}
}
