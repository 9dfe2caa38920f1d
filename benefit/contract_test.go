package benefit_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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
	name     policy.Programme
	newA     func(*P) (A, error)
	defaults func() *P
	run      func(policy.Period) I       // the Inputs of a run of months, nothing else set
	outcome  func(*R) *policy.Assessment // the Result's shared outcome
}

// TestContract checks the one contract of the five programme packages,
// written once for all of them: it would not compile if one of them
// departed from its shape. Each package's own tables test its rules;
// these are the promises every programme makes alike (section 0):
//
//   - New refuses a nil parameter set with an error wrapping
//     policy.ErrInvalid, and returns no Assessor; the Assessor it makes
//     returns the set it was given from Params;
//   - the zero and the nil Assessor hold no parameters: Assess returns an
//     error wrapping policy.ErrNoParams, and the nil one's Params are the
//     zero Params;
//   - Assess refuses the zero household.Checked, and a period that is not a
//     run of months of one year with one error at inputs.period, both
//     wrapping policy.ErrInvalid, with no lines, decisions or findings;
//   - over the whole year, July to December and August alone, the samples
//     bring the programme lines, and every line names the programme, cites
//     a clause and lies in the run (a lump sum in one month of it);
//   - one Assessor assesses the same records from several goroutines at
//     once with the same lines, decisions, findings and errors as alone
//     (the race detector, in CI, checks that nothing is shared unguarded).
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
		name: policy.LowIncome, newA: lowincome.New, defaults: lowincome.Default2017,
		run:     func(p policy.Period) lowincome.Inputs { return lowincome.Inputs{Period: p} },
		outcome: func(r *lowincome.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("tekun", programme[tekun.Params, tekun.Inputs, tekun.Result, tekun.Assessor, *tekun.Assessor]{
		name: policy.Tekun, newA: tekun.New, defaults: tekun.Default2017,
		run:     func(p policy.Period) tekun.Inputs { return tekun.Inputs{Period: p} },
		outcome: func(r *tekun.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("disability", programme[disability.Params, disability.Inputs, disability.Result, disability.Assessor, *disability.Assessor]{
		name: policy.Disability, newA: disability.New, defaults: disability.Default2017,
		run:     func(p policy.Period) disability.Inputs { return disability.Inputs{Period: p} },
		outcome: func(r *disability.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("medical", programme[medical.Params, medical.Inputs, medical.Result, medical.Assessor, *medical.Assessor]{
		name: policy.Medical, newA: medical.New, defaults: medical.Default2017,
		run:     func(p policy.Period) medical.Inputs { return medical.Inputs{Period: p} },
		outcome: func(r *medical.Result) *policy.Assessment { return &r.Assessment },
	}.check(cs))
	t.Run("temporary", programme[temporary.Params, temporary.Inputs, temporary.Result, temporary.Assessor, *temporary.Assessor]{
		name: policy.Temporary, newA: temporary.New, defaults: temporary2017,
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
			t.Errorf("New(nil) = %v, %v; 应返回 nil 与包装 policy.ErrInvalid 的错误 / want nil and an error wrapping policy.ErrInvalid", a, err)
		}
		pr.zero(t, cs[0])
		a, err := pr.newA(pr.defaults())
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(*pr.defaults(), a.Params(), sameValues); diff != "" {
			t.Errorf("Params 不是 New 所得的参数集 / Params differ from the set New was given (-want +got):\n%s", diff)
		}
		pr.refusals(t, a, cs)
		pr.runs(t, a, cs)
		pr.concurrent(t, a, cs)
	}
}

// zero checks that the zero and the nil Assessor refuse to assess c.
func (pr programme[P, I, R, T, A]) zero(t *testing.T, c household.Checked) {
	var none A
	tests := []struct {
		name, desc string
		a          A
	}{
		{name: "zero", desc: "零值评估器 / the zero Assessor", a: new(T)},
		{name: "nil", desc: "nil 评估器 / a nil Assessor", a: none},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.a.Assess(c, pr.run(policy.Period{}))
			if !errors.Is(err, policy.ErrNoParams) || !empty(pr.outcome(&r)) {
				t.Errorf("%s: 错误 %v，应包装 policy.ErrNoParams 且无结果 / error %v, want one wrapping policy.ErrNoParams and no result", tc.desc, err, err)
			}
		})
	}
	var zero P
	if diff := cmp.Diff(zero, none.Params(), sameValues); diff != "" {
		t.Errorf("nil 评估器的参数应为零值 / a nil Assessor's Params are not the zero Params (-want +got):\n%s", diff)
	}
}

// refusals checks that a refuses the zero Checked, and a period that is not
// a run of months of one year for every record of cs.
func (pr programme[P, I, R, T, A]) refusals(t *testing.T, a A, cs []household.Checked) {
	tests := []struct {
		name, desc string
		cs         []household.Checked
		run        policy.Period
		path       string
	}{
		{name: "zero checked", desc: "未经检查的记录 / the zero Checked", cs: []household.Checked{{}}, path: "household"},
		{name: "reversed run", desc: "起止颠倒的月份 / a reversed run of months", cs: cs,
			run: policy.Period{From: time.July, To: time.June}, path: "inputs.period"},
		{name: "month thirteen", desc: "13月 / a thirteenth month", cs: cs,
			run: policy.Period{From: time.January, To: 13}, path: "inputs.period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range tc.cs {
				r, err := a.Assess(c, pr.run(tc.run))
				if !errors.Is(err, policy.ErrInvalid) || !empty(pr.outcome(&r)) {
					t.Errorf("%s, %s: 错误 %v，应包装 policy.ErrInvalid 且无结果 / error %v, want one wrapping policy.ErrInvalid and no result",
						tc.desc, idOf(c), err, err)
				}
				if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != tc.path {
					t.Errorf("%s, %s: 错误 %v，应只在 %s 有一个 / errors %v, want one at %s", tc.desc, idOf(c), err, tc.path, err, tc.path)
				}
			}
		})
	}
}

// runs checks the lines a gives every record of cs over three runs of
// months.
func (pr programme[P, I, R, T, A]) runs(t *testing.T, a A, cs []household.Checked) {
	tests := []struct {
		name, desc string
		run        policy.Period
	}{
		{name: "whole year", desc: "全年 / the whole year", run: policy.Year},
		{name: "second half", desc: "7–12月 / July to December", run: policy.Period{From: time.July, To: time.December}},
		{name: "august", desc: "8月（样本的一项住院与一次临时困难在此月）/ August, the month of a sample's admission and of another's hardship",
			run: policy.Month(time.August)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := 0
			for _, c := range cs {
				r, err := a.Assess(c, pr.run(tc.run))
				if err != nil {
					t.Fatalf("%s, %s: %v", tc.desc, idOf(c), err)
				}
				for i, l := range pr.outcome(&r).Lines {
					seen++
					p := l.Period()
					in, ok := p.Intersect(tc.run)
					switch {
					case l.Programme() != pr.name:
						t.Errorf("%s, %s: 第 %d 行的项目为 %q / line %d names programme %q", tc.desc, idOf(c), i, l.Programme(), i, l.Programme())
					case len(l.Clauses()) == 0:
						t.Errorf("%s, %s: 第 %d 行（%s）未引条款 / line %d (%s) cites no clause", tc.desc, idOf(c), i, l.Item(), i, l.Item())
					case !ok || in != p:
						t.Errorf("%s, %s: 第 %d 行（%s）覆盖 %v，在所评月份之外 / line %d (%s) covers %v, outside the run",
							tc.desc, idOf(c), i, l.Item(), p, i, l.Item(), p)
					case l.Lump() && p.Months() != 1:
						t.Errorf("%s, %s: 一次性第 %d 行（%s）覆盖 %v，非一个月 / lump sum %d (%s) covers %v, not one month",
							tc.desc, idOf(c), i, l.Item(), p, i, l.Item(), p)
					}
				}
			}
			if seen == 0 {
				t.Errorf("%s: 样本无此项目的行，上面的检查一行未见 / no sample brought a line: the checks above saw none", tc.desc)
			}
		})
	}
}

// outcome is what one assessment gave: its lists, and its error's text.
type outcome struct {
	Lines     []policy.Line
	Decisions []policy.Decision
	Findings  []policy.Finding
	Err       string
}

// concurrent assesses every record of cs on two goroutines at once with
// one Assessor, and compares what each gave with what one goroutine gave
// alone.
func (pr programme[P, I, R, T, A]) concurrent(t *testing.T, a A, cs []household.Checked) {
	assess := func(c household.Checked) outcome {
		r, err := a.Assess(c, pr.run(policy.Period{}))
		out := pr.outcome(&r)
		o := outcome{Lines: out.Lines, Decisions: out.Decisions, Findings: out.Findings}
		if err != nil {
			o.Err = err.Error()
		}
		return o
	}
	alone := make([]outcome, len(cs))
	for i, c := range cs {
		alone[i] = assess(c)
	}
	var wg sync.WaitGroup
	got := make([][]outcome, 2)
	for g := range got {
		got[g] = make([]outcome, len(cs))
		wg.Go(func() {
			for i, c := range cs {
				got[g][i] = assess(c)
			}
		})
	}
	wg.Wait()
	for g := range got {
		if diff := cmp.Diff(alone, got[g], sameValues); diff != "" {
			t.Errorf("第 %d 个 goroutine 的结果与单独评估不同 / goroutine %d differs from the records assessed alone (-alone +goroutine):\n%s", g, g, diff)
		}
	}
}

// empty reports whether out holds no lines, decisions or findings.
func empty(out *policy.Assessment) bool {
	return len(out.Lines)+len(out.Decisions)+len(out.Findings) == 0
}

// idOf names the record c, or says that it is the zero Checked.
func idOf(c household.Checked) string {
	if h := c.Household(); h != nil {
		return "record " + h.ID
	}
	return "the zero Checked"
}
