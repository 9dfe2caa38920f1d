package tekun_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// fieldErrors lists the paths and types of err's field errors.
func fieldErrors(err error) []string {
	var out []string
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fe.Path+" "+string(fe.Type))
	}
	return out
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate, each naming the parameter's path: missing parameters and the
// rounding are section 0's, the standards, the care subsidy and the share
// of consumption 2.2.1's.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *tekun.Params
		want   []string // each field error's path and type
	}{
		{
			name: "nil parameters", clause: policy.ClauseConventions,
			desc: "参数为空：拒绝，路径 tekun / nil parameters: refused at tekun",
			p:    nil, want: []string{"tekun required"},
		},
		{
			name: "dispersed standard unset", clause: policy.ClauseTekunStandard,
			desc: "分散供养标准未设定：拒绝 / the dispersed standard unset: refused",
			p:    with(func(p *tekun.Params) { p.Dispersed.Set = false }),
			want: []string{"tekun.dispersed required"},
		},
		{
			name: "negative care amount and a share above 1", clause: policy.ClauseTekunStandard,
			desc: "半自理护理补贴 −5.00、消费支出比例 1.6：两条错误 / a partial-care amount of −5.00 and a consumption share of 1.6: both errors",
			p: with(func(p *tekun.Params) {
				p.Care.Partial = local("tekun.care.partial", "-5.00")
				p.ConsumptionShare.Value = d("1.6")
			}),
			want: []string{"tekun.consumption_share invalid", "tekun.care.partial invalid"},
		},
		{
			name: "rounding unit too fine", clause: policy.ClauseConventions,
			desc: "舍入单位0.001元（places 3），小于分：拒绝 / a rounding unit of 0.001 yuan (places 3), finer than the fen: refused",
			p:    with(func(p *tekun.Params) { p.Rounding.Places = 3 }),
			want: []string{"tekun.rounding.places invalid"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := tekun.New(tc.p)
			if a != nil || err == nil {
				t.Fatalf("%s: 应拒绝 / New = %v, %v; want nil and an error", tc.desc, a, err)
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s: 错误未包装 policy.ErrInvalid / New error %q does not wrap policy.ErrInvalid", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, fieldErrors(err)); diff != "" {
				t.Errorf("%s\n错误 / New errors (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(fieldErrors(tc.p.Validate()), fieldErrors(err)); diff != "" {
				t.Errorf("%s\n与 Validate 不同 / New errors differ from Validate's (-Validate +New):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAssessorErrors is section 0: Assess refuses a record that was never
// checked and a period that is not a run of months of one year, naming the
// input, and returns no result. What every programme's Assessor promises
// alike, the zero and the nil one included, is tested once for all five in
// package benefit (TestContract).
func TestAssessorErrors(t *testing.T) {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household // nil: the zero household.Checked, a record never checked
		period policy.Period
		in     policy.Period // the months in force
		want   []string      // each field error's path and type
		err    string        // the error's message
	}{
		{
			name: "record not checked", clause: policy.ClauseConventions,
			desc: "未经核验的记录：拒绝 / the zero household.Checked: refused",
			h:    nil, want: []string{"household required"},
			err: "household: has not been checked (the zero household.Checked)",
		},
		{
			name: "period backwards", clause: policy.ClauseConventions,
			desc: "7月至3月：起月晚于止月，拒绝 / July to March, the first month after the last: refused",
			h:    benchHousehold(), period: policy.Period{From: time.July, To: time.March},
			want: []string{"inputs.period invalid"}, err: "inputs.period: 07–03 is not a run of months of one year",
		},
		{
			name: "period without a first month", clause: policy.ClauseConventions,
			desc: "缺起月，止于5月：拒绝 / no first month, ending in May: refused",
			h:    benchHousehold(), period: policy.Period{To: time.May},
			want: []string{"inputs.period invalid"}, err: "inputs.period: 00–05 is not a run of months of one year",
		},
		{
			name: "period beyond December", clause: policy.ClauseConventions,
			desc: "5月至第13月：超出12月，拒绝 / May to month 13, past December: refused",
			h:    benchHousehold(), period: policy.Period{From: time.May, To: 13},
			want: []string{"inputs.period invalid"}, err: "inputs.period: 05–13 is not a run of months of one year",
		},
		{
			name: "period outside the months in force", clause: policy.ClauseConventions,
			desc: "评估1–6月，而参数集 3 月起施行：拒绝 / January–June assessed under sets in force from March: refused",
			h:    benchHousehold(), period: policy.Period{From: time.January, To: time.June},
			in:   policy.Period{From: time.March, To: time.December},
			want: []string{"inputs.period invalid"}, err: "inputs.period: 01–06 is not within the months in force 03–12",
		},
		{
			name: "months in force backwards", clause: policy.ClauseConventions,
			desc: "在用月份 9月至3月：拒绝 / months in force September to March: refused",
			h:    benchHousehold(), in: policy.Period{From: time.September, To: time.March},
			want: []string{"inputs.in_force invalid"}, err: "inputs.in_force: 09–03 is not a run of months of one year",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c household.Checked
			if tc.h != nil {
				var err error
				if c, err = tc.h.Check(on); err != nil {
					t.Fatalf("%s: Check: %v", tc.desc, err)
				}
			}
			r, err := a.Assess(c, tekun.Inputs{Period: tc.period, InForce: tc.in})
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: 应拒绝 / Assess error %v, want one wrapping policy.ErrInvalid", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, fieldErrors(err)); diff != "" {
				t.Errorf("%s\n错误 / errors (-want +got):\n%s", tc.desc, diff)
			}
			if got := err.Error(); got != tc.err {
				t.Errorf("%s\n错误信息 / message\n got %s\nwant %s", tc.desc, got, tc.err)
			}
			if len(r.Lines)+len(r.Decisions)+len(r.Findings) > 0 {
				t.Errorf("%s: 拒绝时不应有结果 / a result returned with the error", tc.desc)
			}
		})
	}
}

// TestNewCopies: changing the parameters after New changes neither the
// Assessor nor its results, and Params returns a copy.
func TestNewCopies(t *testing.T) {
	p := tekun.Default2017()
	a, err := tekun.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Dispersed = local("tekun.dispersed", "9999.00")
	c, err := alone(dispersed("t1", nil)).Check(on)
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "3622.00" {
		t.Errorf("after p changed, Total = %s, want 3622.00", got)
	}
	q := a.Params()
	q.Centralized = local("tekun.centralized", "1.00")
	if got := a.Params(); !got.Dispersed.Value.Equal(d("3622.00")) || !got.Centralized.Value.Equal(d("4800.00")) {
		t.Errorf("Params = dispersed %s, centralized %s; want the parameters New was given", got.Dispersed.Value, got.Centralized.Value)
	}
}

// concurrentCases are households of one member each, in every mode, over
// periods of every length and some wholly outside the year, with the care
// subsidy configured.
func concurrentCases(t *testing.T) []household.Checked {
	periods := []*household.MonthPeriod{nil, span("2016-01", "2016-12"), span("2018-01", ""), span("2016-11", "2017-02")}
	for m := time.January; m <= time.December; m++ {
		periods = append(periods, months(m, 0), months(time.January, m))
	}
	var cs []household.Checked
	for _, p := range periods {
		unnamed := resident("t4", household.HomeUnrated, p)
		unnamed.Tekun.HomeID = ""
		for _, m := range []*household.Member{
			resident("t3", household.HomeClass2, p), dispersed("t1", p), unnamed,
		} {
			c, err := alone(selfCare(m, household.SelfCareNone)).Check(on)
			if err != nil {
				t.Fatal(err)
			}
			cs = append(cs, c)
		}
	}
	return cs
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race).
func TestAssessorConcurrent(t *testing.T) {
	a, err := tekun.New(with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") }))
	if err != nil {
		t.Fatal(err)
	}
	cases := concurrentCases(t)
	want := make([]string, len(cases))
	for i, c := range cases {
		r, err := a.Assess(c, tekun.Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = jsonOf(&r)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range cases {
				i := (k + g) % len(cases)
				r, err := a.Assess(cases[i], tekun.Inputs{})
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], jsonOf(&r)); diff != "" {
					t.Errorf("goroutine %d, case %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestResultsShareNothing: a result shares nothing mutable with another or
// with the Assessor: changing one result's lines, decisions, findings,
// parameter records and explanation arguments changes no other result.
func TestResultsShareNothing(t *testing.T) {
	a, err := tekun.New(with(func(p *tekun.Params) { p.Care.None = local("tekun.care.none", "1200.00") }))
	if err != nil {
		t.Fatal(err)
	}
	h := &household.Household{ID: "H", Township: "T", Members: []household.Member{
		*selfCare(resident("t3", household.HomeClass2, months(time.January, time.July)), household.SelfCareNone),
		*selfCare(dispersed("t1", nil), household.SelfCareFull)}}
	c, err := h.Check(on)
	if err != nil {
		t.Fatal(err)
	}
	r1, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	want := jsonOf(&r2)
	if jsonOf(&r1) != want || len(r1.Lines) != 3 || len(r1.Findings) != 1 {
		t.Fatalf("two assessments of one record differ, or the case lost its lines:\n%s\n%s", jsonOf(&r1), want)
	}
	r1.Lines[1].Params()[0].Value = "0.00"
	r1.Lines[0].Explanation().Args()[0] = policy.T("k", "x")
	r1.Decisions[0].Params()
	r1.Lines[0] = policy.Line{}
	r1.Decisions[1] = policy.Decision{}
	r1.Findings[0] = policy.Finding{}
	r1.Lines = append(r1.Lines[:1], r1.Lines[2:]...)
	if got := jsonOf(&r2); got != want {
		t.Errorf("changing one result changed another (-want +got):\n%s", cmp.Diff(want, got))
	}
	r3, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonOf(&r3); got != want {
		t.Errorf("changing a result changed the Assessor (-want +got):\n%s", cmp.Diff(want, got))
	}
}
