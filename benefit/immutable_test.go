package benefit_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// immutableHouseholds are the records of the immutability tests: every
// sample (lines of every programme, provisional parameters, referrals,
// findings) and a synthetic county.
func immutableHouseholds(t *testing.T) []*household.Household {
	t.Helper()
	hs, err := samples.All()
	if err != nil {
		t.Fatal(err)
	}
	n := 200
	if !testrun.Long() {
		n = 40
	}
	g := county(n)
	for i := range g.Len() {
		hs = append(hs, g.Household(i))
	}
	return hs
}

// vandalize edits everything a caller can reach from a breakdown: every
// slice it holds or an accessor returns, every element of them, and the
// fields themselves. None of it may reach another breakdown or the
// Assessor.
func vandalize(b *benefit.Breakdown) {
	junk := policy.M("junk", 1)
	args := func(e policy.Explanation) {
		as := e.Args()
		for i := range as {
			as[i] = junk
		}
		as = append(as, junk)
		if n := e.Nest("x"); len(n) > 0 {
			n[0] = junk
		}
		_ = as
	}
	clauses := func(cs []policy.Clause) {
		for i := range cs {
			cs[i] = "x"
		}
	}
	used := func(us []policy.Used) {
		for i := range us {
			us[i].Name, us[i].Value, us[i].Provenance, us[i].Source = "x", "x", "x", "x"
		}
	}
	for i := range b.Lines {
		l := b.Lines[i]
		clauses(l.Clauses())
		used(l.Params())
		args(l.Explanation())
		if ps := l.Schedule().Payments(); len(ps) > 0 {
			ps[0] = decimal.NewFromInt(-1)
		}
		b.Lines[i] = policy.Line{}
	}
	b.Lines = append(b.Lines, policy.Line{}, policy.Line{})
	for i := range b.Decisions {
		d := b.Decisions[i]
		clauses(d.Clauses())
		used(d.Params())
		args(d.Explanation())
		b.Decisions[i] = policy.Decision{}
	}
	b.Decisions = append(b.Decisions, policy.Decision{})
	for i := range b.Findings {
		f := b.Findings[i]
		clauses(f.Clauses())
		args(f.Explanation())
		b.Findings[i] = policy.Finding{}
	}
	b.Findings = append(b.Findings, policy.Finding{})
	checks := b.Checks()
	for i := range checks {
		clauses(checks[i].Clauses())
		args(checks[i].Explanation())
		checks[i] = policy.Check{}
	}
	_ = append(checks, policy.Check{})
	clauses(b.Assets.Clauses())
	args(b.Assets.Explanation())
	b.Assets = policy.Check{}
	for i := range b.Referrals {
		r := &b.Referrals[i]
		clauses(r.Clauses)
		if len(r.Clauses) > 0 {
			r.Clauses[0] = policy.ClauseInpatient
		}
		r.Clauses = append(r.Clauses, "x")
		args(r.Explanation)
		r.Department, r.Service, r.Member, r.Explanation = "x", "x", "x", policy.Explanation{}
	}
	b.Referrals = append(b.Referrals, benefit.Referral{Department: "x"})
	prov := b.Provisional()
	used(prov)
	_ = append(prov, policy.Used{Name: "x"})
	sets := b.Sets()
	for i := range sets {
		sets[i] = benefit.SetUsed{Year: -1, Name: "x"}
	}
	_ = append(sets, benefit.SetUsed{Name: "x"})
	for _, ts := range [][]benefit.Total{b.Totals.ByProgramme(), b.Totals.ByPayee(), b.Totals.ByPayer()} {
		for i := range ts {
			ts[i] = benefit.Total{Key: "x", Annual: decimal.NewFromInt(-1), Lines: -1}
		}
	}
	b.Totals = benefit.Totals{}
	b.Household, b.Township, b.Village, b.Year = "x", "x", "x", -1
}

// TestBreakdownsShareNothing: a breakdown shares nothing mutable with the
// Assessor or with other breakdowns (section 3: results are values).
// Several goroutines assess on one Assessor at once, and each edits
// everything it can reach in its breakdowns; every breakdown made while
// they do, and after, is the one made before any edit (compared as JSON).
// Run under -race this also finds any edit of shared memory.
func TestBreakdownsShareNothing(t *testing.T) {
	a := assessor(t)
	hs := immutableHouseholds(t)
	before := make([][]byte, len(hs))
	for i, h := range hs {
		b, err := a.Assess(h, on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		before[i] = b.AppendJSON(nil)
	}
	const goroutines = 8
	rounds := 4
	if !testrun.Long() {
		rounds = 2
	}
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range hs {
					i := (k + g*7 + r) % len(hs) // each goroutine in its own order
					b, err := a.Assess(hs[i], on)
					if err != nil {
						errs <- err
						return
					}
					if got := b.AppendJSON(nil); !bytes.Equal(got, before[i]) {
						errs <- fmt.Errorf("%s, goroutine %d, round %d: breakdown changed by earlier edits:\n%s", hs[i].ID, g, r, firstByteDiff(before[i], got))
						return
					}
					vandalize(b)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i, h := range hs {
		b, err := a.Assess(h, on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		if got := b.AppendJSON(nil); !bytes.Equal(got, before[i]) {
			t.Errorf("%s: breakdown after the edits differs:\n%s", h.ID, firstByteDiff(before[i], got))
		}
	}
}

// TestAssessIntoKeepsCopies: a breakdown reused by AssessInto from one
// household to the next (a budget's run) is the breakdown Assess makes,
// under one set and under a year split between two (2017 and July), and the
// lines, decisions and findings copied out of it before are values that
// the later households do not change, those with a claim or event id and
// operands beyond their inline fields among them.
func TestAssessIntoKeepsCopies(t *testing.T) {
	hs := immutableHouseholds(t)
	tests := []struct {
		name string
		sets []string
	}{
		{"one set", []string{"2017"}},
		{"a year split in July", []string{"2017", "2017-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := assessorOf(t, tc.sets)
			type kept struct {
				lines     []policy.Line
				decisions []policy.Decision
				findings  []policy.Finding
				json      [3][]byte
			}
			jsonOf := func(k *kept) (out [3][]byte) {
				for _, l := range k.lines {
					out[0] = l.AppendJSON(out[0])
				}
				for _, d := range k.decisions {
					out[1] = d.AppendJSON(out[1])
				}
				for _, f := range k.findings {
					out[2] = f.AppendJSON(out[2])
				}
				return out
			}
			var into benefit.Breakdown
			var copies []kept
			for _, h := range hs {
				want, err := a.Assess(h, on)
				if err != nil {
					t.Fatalf("%s: %v", h.ID, err)
				}
				if err := a.AssessInto(&into, h, on); err != nil {
					t.Fatalf("%s: AssessInto: %v", h.ID, err)
				}
				if got, w := into.AppendJSON(nil), want.AppendJSON(nil); !bytes.Equal(got, w) {
					t.Fatalf("%s: AssessInto differs from Assess:\n%s", h.ID, firstByteDiff(w, got))
				}
				k := kept{lines: slices.Clone(into.Lines), decisions: slices.Clone(into.Decisions),
					findings: slices.Clone(into.Findings)}
				k.json = jsonOf(&k)
				copies = append(copies, k)
			}
			for i := range copies {
				got := jsonOf(&copies[i])
				for j, what := range []string{"lines", "decisions", "findings"} {
					if !bytes.Equal(got[j], copies[i].json[j]) {
						t.Errorf("%s: %s copied out of AssessInto's breakdown changed:\n%s", hs[i].ID, what,
							firstByteDiff(copies[i].json[j], got[j]))
					}
				}
			}
		})
	}
}

// scribble overwrites everything reachable from v that a caller could
// change: every element of every map and slice, every exported field,
// through pointers. It returns how many maps it found.
func scribble(v reflect.Value) (maps int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			maps += scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				maps += scribble(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			maps += scribble(v.Index(i))
			v.Index(i).SetZero()
		}
	case reflect.Map:
		maps++
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			maps += scribble(e)
			v.SetMapIndex(k, e)
		}
		if v.Len() > 0 {
			v.SetMapIndex(v.MapKeys()[0], reflect.Value{}) // and one deleted
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("x")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(-7)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
	return maps
}

// TestParamsShareNothing: parameter sets are copied in and out. Editing
// everything in the set handed to New (its tables of multiples, forms and
// counted incomes included) after New, or in a set Assessor.Params returns,
// changes neither the Assessor's breakdowns nor the set it returns next.
func TestParamsShareNothing(t *testing.T) {
	given := benefit.Default2017()
	a, err := benefit.New(given)
	if err != nil {
		t.Fatal(err)
	}
	hs := immutableHouseholds(t)
	before := make([][]byte, len(hs))
	for i, h := range hs {
		b, err := a.Assess(h, on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		before[i] = b.AppendJSON(nil)
	}
	p, err := a.Params(on)
	if err != nil {
		t.Fatal(err)
	}
	set, err := p.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, edit := range []struct {
		name string
		p    *benefit.Params
	}{{"the set given to New", given}, {"a set Params returned", p}} {
		if n := scribble(reflect.ValueOf(edit.p)); n < 3 {
			t.Fatalf("%s: %d maps found, want the 3 tables at least", edit.name, n)
		}
		q, err := a.Params(on)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := q.Marshal(); err != nil || !bytes.Equal(got, set) {
			t.Errorf("after editing %s, Params differs (%v):\n%s", edit.name, err, firstByteDiff(set, got))
		}
		for i, h := range hs {
			b, err := a.Assess(h, on)
			if err != nil {
				t.Fatalf("%s: %v", h.ID, err)
			}
			if got := b.AppendJSON(nil); !bytes.Equal(got, before[i]) {
				t.Errorf("after editing %s, the breakdown of %s differs:\n%s", edit.name, h.ID, firstByteDiff(before[i], got))
			}
		}
	}
}

// firstByteDiff shows where two JSON texts first differ.
func firstByteDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(i-80, 0)
	return fmt.Sprintf("at byte %d:\nwant …%s\n got …%s", i, want[from:min(len(want), i+80)], got[from:min(len(got), i+80)])
}
