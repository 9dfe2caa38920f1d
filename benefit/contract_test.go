package benefit_test

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// programme is the contract every programme package keeps, which this
// package's Assessor runs as a sequence (section 0, clause 3.2): New
// validates a parameter set P once into an Assessor A; A.Assess takes a
// checked record and the Inputs I of one run of months and returns a Result
// R embedding the shared policy.Assessment; A.Params returns a copy of P.
// A is *T, so that the zero and the nil Assessor can be made here.
type programme[P, I, R, T any, A interface {
	*T
	Assess(household.Checked, I) (R, error)
	Params() P
}] struct {
	name      policy.Programme
	newA      func(*P) (A, error)
	defaults  func() *P
	run       func(policy.Period) I       // the Inputs of a run of months, nothing else set
	outcome   func(*R) *policy.Assessment // the Result's shared outcome
	wantLines bool                        // the samples bring this programme some line
}

// TestContract checks the one contract of the five programme packages,
// written once for all of them: it would not compile if one of them
// departed from its shape. Each package's own tables test its rules;
// these are the promises every programme makes alike:
//
//   - New refuses a nil parameter set with an error wrapping
//     policy.ErrInvalid, and returns no Assessor;
//   - the zero and the nil Assessor hold no parameters: Assess returns an
//     error wrapping policy.ErrNoParams, and the nil one's Params are the
//     zero Params;
//   - Assess refuses the zero household.Checked and a run of months that is
//     not one of one year (at inputs.period), wrapping policy.ErrInvalid,
//     with no lines, decisions or findings;
//   - over the whole year, July to December and September alone, every
//     line of the samples names the programme, cites a clause and lies in
//     the run (a lump sum in one month of it), and the Result's total is
//     the sum of its lines;
//   - one Assessor assesses the same record from several goroutines at
//     once with the same result (the race detector, in CI, checks that
//     nothing is shared unguarded).
func TestContract(t *testing.T) {
	hs, err := samples.All()
	if err != nil {
		t.Fatal(err)
	}
	var cs []household.Checked
	for _, h := range hs {
		c, err := h.Check(samples.Date())
		if err != nil {
			t.Fatalf("sample %s: %v", h.ID, err)
		}
		cs = append(cs, c)
	}
	t.Run("lowincome", programme[lowincome.Params, lowincome.Inputs, lowincome.Result, lowincome.Assessor, *lowincome.Assessor]{
		name: policy.LowIncome, newA: lowincome.New, defaults: lowincome.Default2017, wantLines: true,
		run:     func(p policy.Period) lowincome.Inputs { return lowincome.Inputs{Period: p} },
		outcome: func(r *lowincome.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("tekun", programme[tekun.Params, tekun.Inputs, tekun.Result, tekun.Assessor, *tekun.Assessor]{
		name: policy.Tekun, newA: tekun.New, defaults: tekun.Default2017, wantLines: true,
		run:     func(p policy.Period) tekun.Inputs { return tekun.Inputs{Period: p} },
		outcome: func(r *tekun.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("disability", programme[disability.Params, disability.Inputs, disability.Result, disability.Assessor, *disability.Assessor]{
		name: policy.Disability, newA: disability.New, defaults: disability.Default2017, wantLines: true,
		run:     func(p policy.Period) disability.Inputs { return disability.Inputs{Period: p} },
		outcome: func(r *disability.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("medical", programme[medical.Params, medical.Inputs, medical.Result, medical.Assessor, *medical.Assessor]{
		name: policy.Medical, newA: medical.New, defaults: medical.Default2017, wantLines: true,
		run:     func(p policy.Period) medical.Inputs { return medical.Inputs{Period: p} },
		outcome: func(r *medical.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("temporary", programme[temporary.Params, temporary.Inputs, temporary.Result, temporary.Assessor, *temporary.Assessor]{
		name: policy.Temporary, newA: temporary.New, defaults: temporary2017, wantLines: true,
		run:     func(p policy.Period) temporary.Inputs { return temporary.Inputs{Period: p} },
		outcome: func(r *temporary.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
}

// temporary2017 is temporary's 2017 set with the standard it takes from
// lowincome's, as Default2017 says a caller sets it.
func temporary2017() *temporary.Params {
	p := temporary.Default2017()
	p.Standard = lowincome.Default2017().Standard
	return p
}

// check returns the test of pr's contract on the checked records cs.
func (pr programme[P, I, R, T, A]) check(cs []household.Checked) func(*testing.T) {
	return func(t *testing.T) {
		if a, err := pr.newA(nil); a != nil || !errors.Is(err, policy.ErrInvalid) {
			t.Errorf("New(nil) = %v, %v; want nil and an error wrapping policy.ErrInvalid", a, err)
		}
		var none A
		for _, a := range []A{new(T), none} {
			if r, err := a.Assess(cs[0], pr.run(policy.Period{})); !errors.Is(err, policy.ErrNoParams) || !empty(pr.outcome(&r)) {
				t.Errorf("Assess on the zero or nil Assessor (%v): error %v, want one wrapping policy.ErrNoParams and no result", a == nil, err)
			}
		}
		var zero P
		if p := none.Params(); !reflect.DeepEqual(p, zero) {
			t.Errorf("a nil Assessor's Params = %+v, want the zero Params", p)
		}
		a, err := pr.newA(pr.defaults())
		if err != nil {
			t.Fatal(err)
		}
		if p := a.Params(); !reflect.DeepEqual(p, *pr.defaults()) {
			t.Errorf("Params = %+v, want the set New was given", p)
		}
		refusals := []struct {
			what string
			c    household.Checked
			in   I
			path string
		}{
			{"the zero Checked", household.Checked{}, pr.run(policy.Period{}), "household"},
			{"a reversed run", cs[0], pr.run(policy.Period{From: time.July, To: time.June}), "inputs.period"},
			{"a thirteenth month", cs[0], pr.run(policy.Period{From: time.January, To: 13}), "inputs.period"},
		}
		for _, x := range refusals {
			r, err := a.Assess(x.c, x.in)
			if !errors.Is(err, policy.ErrInvalid) || !empty(pr.outcome(&r)) {
				t.Errorf("%s: error %v, want one wrapping policy.ErrInvalid and no result", x.what, err)
			}
			if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != x.path {
				t.Errorf("%s: errors %v, want one at %s", x.what, err, x.path)
			}
		}
		lines := 0
		for _, run := range []policy.Period{policy.Year, {From: time.July, To: time.December}, policy.Month(time.September)} {
			for _, c := range cs {
				r, err := a.Assess(c, pr.run(run))
				if err != nil {
					t.Fatalf("record %s over %v: %v", c.Household().ID, run, err)
				}
				out := pr.outcome(&r)
				lines += len(out.Lines)
				pr.lines(t, c.Household().ID, run, out)
			}
		}
		if pr.wantLines && lines == 0 {
			t.Errorf("no sample brought %s a line: the checks above saw none", pr.name)
		}
		pr.concurrent(t, a, cs)
	}
}

// lines checks the lines of out, the outcome of record id over run.
func (pr programme[P, I, R, T, A]) lines(t *testing.T, id string, run policy.Period, out *policy.Assessment) {
	t.Helper()
	var sum policy.Money
	for i, l := range out.Lines {
		p := l.Period()
		in, ok := p.Intersect(run)
		switch {
		case l.Programme() != pr.name:
			t.Errorf("record %s over %v: line %d names programme %q", id, run, i, l.Programme())
		case len(l.Clauses()) == 0:
			t.Errorf("record %s over %v: line %d (%s) cites no clause", id, run, i, l.Item())
		case !ok || in != p:
			t.Errorf("record %s over %v: line %d (%s) covers %v, outside the run", id, run, i, l.Item(), p)
		case l.Lump() && p.Months() != 1:
			t.Errorf("record %s over %v: lump sum %d (%s) covers %v, not one month", id, run, i, l.Item(), p)
		}
		sum += l.Amount()
	}
	if out.TotalFen() != sum {
		t.Errorf("record %s over %v: total %v, the lines add up to %v", id, run, out.TotalFen(), sum)
	}
}

// concurrent assesses every record on two goroutines at once with one
// Assessor, and compares their lines with those of one goroutine alone.
func (pr programme[P, I, R, T, A]) concurrent(t *testing.T, a A, cs []household.Checked) {
	t.Helper()
	alone := make([][]policy.Line, len(cs))
	for i, c := range cs {
		r, err := a.Assess(c, pr.run(policy.Period{}))
		if err != nil {
			t.Fatal(err)
		}
		alone[i] = pr.outcome(&r).Lines
	}
	var wg sync.WaitGroup
	got := make([][][]policy.Line, 2)
	for g := range got {
		got[g] = make([][]policy.Line, len(cs))
		wg.Go(func() {
			for i, c := range cs {
				if r, err := a.Assess(c, pr.run(policy.Period{})); err == nil {
					got[g][i] = pr.outcome(&r).Lines
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i := range cs {
			if !sameLines(alone[i], got[g][i]) {
				t.Errorf("record %s on goroutine %d: lines differ from those assessed alone", cs[i].Household().ID, g)
			}
		}
	}
}

// empty reports whether out holds no lines, decisions or findings.
func empty(out *policy.Assessment) bool {
	return len(out.Lines)+len(out.Decisions)+len(out.Findings) == 0
}

// sameLines reports whether a and b are the same lines, compared by the
// JSON they write.
func sameLines(a, b []policy.Line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameJSON(a[i], b[i]) {
			return false
		}
	}
	return true
}
