package disability_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// fieldErr is a field error as the tables state it: its path and type.
type fieldErr struct {
	Path string
	Type policy.ErrorType
}

func fieldErrs(err error) []fieldErr {
	var out []fieldErr
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fieldErr{fe.Path, fe.Type})
	}
	return out
}

// households are invented records covering each way the subsidies go.
func households() []*household.Household {
	return []*household.Household{
		benchHousehold(),
		home(adult("a1")),
		home(holder("d1", household.Physical, 1, care), holder("d2", household.Intellectual, 3, care),
			holder("d3", household.Mental, 3), holder("d4", household.Visual, 4, care, workInjury),
			holder("d5", household.Speech, 2, care, tekunMember), holder("d6", household.Multiple, 1, orphan)),
		poor(home(holder("d1", household.Hearing, 2, care), holder("d2", household.Intellectual, 3, care, tekunMember))),
		paid(home(holder("d1", household.Physical, 1, care)),
			pay(disability.ItemLiving, "d1", "50.00"), pay(disability.ItemNursing, "d1", "70.00"),
			pay("other", "d1", "1.00"), pay(disability.ItemLiving, "", "5.00")),
		{ID: "H-NOFIX", Township: "尧渡镇", NoFixedHousehold: true,
			Members: []household.Member{holder("p1", household.Physical, 1, care)}},
	}
}

// checked returns the households checked on the date of the cases.
func checked(t *testing.T, hs []*household.Household) []household.Checked {
	t.Helper()
	cs := make([]household.Checked, len(hs))
	for i, h := range hs {
		var err error
		if cs[i], err = h.Check(on); err != nil {
			t.Fatalf("%s: Check: %v", h.ID, err)
		}
	}
	return cs
}

// TestNewErrors: New rejects invalid parameters with the errors of
// Validate, each naming the parameter's path: missing parameters and the
// rounding are section 0's, the subsidies' amounts and switches 2.2.4's.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		p      *disability.Params
		want   []fieldErr
	}{
		{
			name: "nil parameters", clause: policy.ClauseConventions,
			desc: "参数为空：拒绝，路径 disability / nil parameters: refused at disability",
			p:    nil, want: []fieldErr{{"disability", policy.ErrorRequired}},
		},
		{
			name: "living tier unset", clause: policy.ClauseDisability,
			desc: "二级生活补贴标准未设定：拒绝 / the grade-2 living amount unset: refused",
			p:    with(func(p *disability.Params) { p.Living.Grade2.Set = false }),
			want: []fieldErr{{"disability.living.grade2", policy.ErrorRequired}},
		},
		{
			name: "negative nursing tier and a switch unset", clause: policy.ClauseDisability,
			desc: "一级护理补贴 −60.00、孤儿排除开关未设定：两条错误，按路径排序 / a grade-1 nursing amount of −60.00 and the orphan switch unset: both errors, in path order",
			p: with(func(p *disability.Params) {
				p.Nursing.Grade1 = policy.New("disability.nursing.grade1", d("-60.00"), policy.Seed, "")
				p.Living.ExcludeOrphan.Set = false
			}),
			want: []fieldErr{{"disability.living.exclude_orphan", policy.ErrorRequired},
				{"disability.nursing.grade1", policy.ErrorInvalid}},
		},
		{
			name: "rounding unit too coarse", clause: policy.ClauseConventions,
			desc: "舍入单位1000元（places −3），大于100元：拒绝 / a rounding unit of 1000 yuan (places −3), coarser than 100 yuan: refused",
			p:    with(func(p *disability.Params) { p.Rounding.Places = -3 }),
			want: []fieldErr{{"disability.rounding.places", policy.ErrorInvalid}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := disability.New(tc.p)
			if a != nil || !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: 应拒绝 / New = %v, %v; want nil and an error wrapping policy.ErrInvalid", tc.desc, a, err)
			}
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s\n错误 / New errors (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(fieldErrs(tc.p.Validate()), fieldErrs(err)); diff != "" {
				t.Errorf("%s\n与 Validate 不同 / New errors differ from Validate's (-Validate +New):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestAssessorErrors: the Assessor refuses a record that was never checked,
// a period that is not a run of months of one year, and 低保 recipients on
// their own who are no members or are listed twice (each one reported),
// returning no result: what any input must be, section 0, as medical's
// TestAssessErrors cites the same refusals of its recipients. The record
// is benchHousehold (a1, and certificate holders d1 and d2) checked on
// 2017-09-01; unchecked hands Assess the zero household.Checked instead.
// What every programme's Assessor promises alike, the zero and the nil one
// included, is tested once for all five in package benefit (TestContract).
// (The record itself is checked by household.Checked, once; a run said to
// be covered by 低保 outside the record's 低保 months is
// TestLowIncomeMonths'.)
func TestAssessorErrors(t *testing.T) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		unchecked bool
		in        disability.Inputs
		want      []fieldErr
	}{
		{name: "record not checked", clause: "0", desc: "未经核验的记录 / the zero household.Checked",
			unchecked: true, in: covered, want: []fieldErr{{"household", policy.ErrorRequired}}},
		{name: "period backwards", clause: "0", desc: "起月晚于止月 / a period from December to January",
			in:   disability.Inputs{Period: policy.Period{From: time.December, To: time.January}, LowIncome: true},
			want: []fieldErr{{"inputs.period", policy.ErrorInvalid}}},
		{name: "period beyond December", clause: "0", desc: "止月超出12月 / a period ending after December",
			in:   disability.Inputs{Period: policy.Period{From: time.July, To: 13}},
			want: []fieldErr{{"inputs.period", policy.ErrorInvalid}}},
		{name: "period without a first month", clause: "0", desc: "缺起月 / a period with no first month",
			in:   disability.Inputs{Period: policy.Period{To: time.June}},
			want: []fieldErr{{"inputs.period", policy.ErrorInvalid}}},
		{name: "individual recipient not a member", clause: "0", desc: "个人享受低保者不是本户成员 / a 低保 recipient on his own who is no member",
			in:   disability.Inputs{LowIncomeMembers: []string{"d1", "c9"}},
			want: []fieldErr{{"inputs.lowincome_members[1]", policy.ErrorNotFound}}},
		{name: "individual recipient listed twice", clause: "0", desc: "个人享受低保者列了两次 / a 低保 recipient on his own listed twice",
			in:   disability.Inputs{LowIncomeMembers: []string{"d1", "d1"}},
			want: []fieldErr{{"inputs.lowincome_members[1]", policy.ErrorDuplicate}}},
		{name: "every bad recipient", clause: "0", desc: "每个有误的个人低保者都报出 / every bad recipient is reported, not the first alone",
			in: disability.Inputs{LowIncomeMembers: []string{"c8", "d1", "c9", "d1"}},
			want: []fieldErr{{"inputs.lowincome_members[0]", policy.ErrorNotFound}, {"inputs.lowincome_members[2]", policy.ErrorNotFound},
				{"inputs.lowincome_members[3]", policy.ErrorDuplicate}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c household.Checked
			if !tc.unchecked {
				c = checked(t, []*household.Household{benchHousehold()})[0]
			}
			r, err := a.Assess(c, tc.in)
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: 错误 %v 不属 policy.ErrInvalid / Assess error %v, want one wrapping policy.ErrInvalid", tc.desc, err, err)
			}
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s: 错误 / errors (-want +got):\n%s", tc.desc, diff)
			}
			if len(r.Lines)+len(r.Decisions)+len(r.Findings) > 0 {
				t.Errorf("%s: 出错时仍返回结果 / a result returned with the error", tc.desc)
			}
		})
	}
}

// TestLowIncomeMonths is 2.2.4 with section 0's periods: the living
// subsidy's 低保 basis holds in the household's 低保 months
// (lowincome_period) alone, so a run said to be covered by 低保 — the
// household (inputs.lowincome) or a member on his own
// (inputs.lowincome_members, 2.2.3) — in months the record's 低保 months
// miss is refused, naming the input, with no result: the months in and out
// of 低保 are assessed apart. A run the 低保 months hold, a run not said to
// be covered, and a record whose certificate holders are not said to be
// covered (none named on his own, or none in the household), which the
// subsidies do not reach on the 低保 basis whatever its months, are
// assessed.
func TestLowIncomeMonths(t *testing.T) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		clause  policy.Clause
		clauses []policy.Clause
		desc    string
		h       *household.Household
		in      disability.Inputs
		refused []fieldErr // the refusal's field errors; none for a run assessed
		err     string     // the refusal's message
		want    []line     // the lines of a run assessed
	}{
		{
			name: "低保 months miss part of the run", clause: policy.ClauseDisability,
			desc: "低保自7月起，却称全年享受低保：拒绝，应分段评估 / a household covered by 低保 from July said to be covered all year: refused, assess the runs apart",
			h:    fromJuly(benchHousehold()), in: covered,
			refused: []fieldErr{{"inputs.lowincome", policy.ErrorInvalid}},
			err: "inputs.lowincome: true says the household is covered by 低保 in months 01–12, " +
				"but the household's 低保 months (lowincome_period) are 07–12 of 2017: assess the months in and out of 低保 apart",
		},
		{
			name: "低保 months in another year", clause: policy.ClauseDisability,
			desc:    "低保期间在上一年，却称7–12月享受低保：拒绝 / a household whose 低保 months are all in the year before said to be covered July to December: refused",
			h:       lowIncomeFrom(benchHousehold(), household.NewYearMonth(2016, time.January), household.NewYearMonth(2016, time.December)),
			in:      disability.Inputs{Period: policy.Period{From: time.July, To: time.December}, LowIncome: true},
			refused: []fieldErr{{"inputs.lowincome", policy.ErrorInvalid}},
			err: "inputs.lowincome: true says the household is covered by 低保 in months 07–12, " +
				"but the household's 低保 months (lowincome_period) are none of 2017: assess the months in and out of 低保 apart",
		},
		{
			name: "recipients on their own outside the 低保 months", clauses: []policy.Clause{policy.ClauseDisability, policy.ClauseChildren},
			desc:    "低保期间在上一年，却称本期有持证人个人享受低保：拒绝 / a certificate holder said to be a 低保 recipient on his own all year, while the household's 低保 months are all in the year before: refused",
			h:       lowIncomeFrom(benchHousehold(), household.NewYearMonth(2016, time.January), household.NewYearMonth(2016, time.December)),
			in:      disability.Inputs{LowIncomeMembers: []string{"d1"}},
			refused: []fieldErr{{"inputs.lowincome_members[0]", policy.ErrorInvalid}},
			err: `inputs.lowincome_members[0]: "d1" is said to be a 低保 recipient on his own in months 01–12, ` +
				"but the household's 低保 months (lowincome_period) are none of 2017: assess the months in and out of 低保 apart",
		},
		{
			name: "run within the 低保 months", clause: policy.ClauseDisability,
			desc: "低保自7月起，评估7–12月并称享受低保：生活800×6÷12=400、400×6÷12=200，护理60×6=360 / covered from July, July to December said covered: living 800.00 × 6 ÷ 12 = 400.00 and 400.00 × 6 ÷ 12 = 200.00, nursing 60.00 × 6 = 360.00",
			h:    fromJuly(benchHousehold()), in: disability.Inputs{Period: policy.Period{From: time.July, To: time.December}, LowIncome: true},
			want: []line{{Item: disability.ItemLiving, Member: "d1", Annual: "400.00", Provisional: true},
				{Item: disability.ItemNursing, Member: "d1", Annual: "360.00"},
				{Item: disability.ItemLiving, Member: "d2", Annual: "200.00", Provisional: true}},
		},
		{
			name: "run not said to be covered", clause: policy.ClauseDisability,
			desc: "低保自7月起，全年评估而不称享受低保：不拒绝，无生活补贴，护理60×12=720 / covered from July, the whole year not said covered: assessed, no living subsidy, nursing 60.00 × 12 = 720.00",
			h:    fromJuly(benchHousehold()), in: disability.Inputs{},
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
		},
		{
			name: "no holder named on his own", clauses: []policy.Clause{policy.ClauseDisability, policy.ClauseChildren},
			desc: "低保自7月起，全年称一名无残疾人证的儿童个人享受低保：持证人未被点名，不拒绝，护理60×12=720 / covered from July, a child with no certificate named a recipient on his own all year: no holder is named, nothing to refuse, nursing 60.00 × 12 = 720.00",
			h:    fromJuly(withChild(benchHousehold())), in: disability.Inputs{LowIncomeMembers: []string{"c1"}},
			want: []line{{Item: disability.ItemNursing, Member: "d1", Annual: "720.00"}},
		},
		{
			name: "no certificate holder", clause: policy.ClauseDisability,
			desc: "无持证人的家庭：全年称享受低保也不拒绝，无补贴 / a household with no certificate holder, said covered all year: nothing to refuse, no subsidy",
			h:    fromJuly(home(adult("a1"))), in: covered,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := a.Assess(checked(t, []*household.Household{tc.h})[0], tc.in)
			if tc.refused == nil {
				if err != nil {
					t.Fatalf("%s: 应评估 / want it assessed: %v", tc.desc, err)
				}
				if diff := cmp.Diff(tc.want, linesOf(&r)); diff != "" {
					t.Errorf("%s\n行 / lines (-want +got):\n%s", tc.desc, diff)
				}
				return
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s: 应拒绝 / Assess error %v, want one wrapping policy.ErrInvalid", tc.desc, err)
			}
			if diff := cmp.Diff(tc.refused, fieldErrs(err)); diff != "" {
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

// withChild is h with a child born in 2010 who has no certificate, c1.
func withChild(h *household.Household) *household.Household {
	h.Members = append(h.Members, household.Member{ID: "c1", BirthDate: household.NewDate(2010, 5, 1)})
	return h
}

// TestNewCopies: changing the parameters after New — the tiers by
// hardship too — changes neither the Assessor nor its results, and Params
// returns a copy.
func TestNewCopies(t *testing.T) {
	p := disability.Default2017()
	p.Nursing.ByHardship = map[string]disability.Tiers{"一类": {Grade1: county("80.00")}}
	a, err := disability.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Living.Grade1 = policy.New("disability.living.grade1", d("1.00"), policy.Local, "")
	p.Living.ByHardship = map[string]disability.Tiers{"lowincome": {Grade1: county("1.00")}}
	p.Nursing.ByHardship["lowincome"] = disability.Tiers{Grade1: county("1.00")}
	r, err := a.Assess(checked(t, []*household.Household{home(holder("d1", household.Physical, 1, care))})[0], covered)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().StringFixed(2); got != "1520.00" {
		t.Errorf("after p changed, Total = %s, want 1520.00", got)
	}
	q := a.Params()
	q.Nursing.Grade2 = policy.New("disability.nursing.grade2", d("1.00"), policy.Local, "")
	q.Nursing.ByHardship["lowincome"] = disability.Tiers{Grade1: county("1.00")}
	if got := a.Params().Nursing.ByHardship; len(got) != 1 || !got["一类"].Grade1.Value.Equal(d("80.00")) {
		t.Errorf("Params().Nursing.ByHardship = %v, want the tiers New was given", got)
	}
	if got := a.Params(); !got.Living.Grade1.Value.Equal(d("800.00")) || !got.Nursing.Grade2.Value.Equal(d("60.00")) {
		t.Errorf("Params = living grade 1 %s, nursing grade 2 %s; want the parameters New was given",
			got.Living.Grade1.Value, got.Nursing.Grade2.Value)
	}
}

// TestAssessorConcurrent: one Assessor used from several goroutines at once
// gives each the results it gives alone (run with -race).
func TestAssessorConcurrent(t *testing.T) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	cs := checked(t, households())
	want := make([]string, len(cs))
	for i, c := range cs {
		r, err := a.Assess(c, covered)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = wire(t, &r)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 4 * len(cs) {
				i := (k + g) % len(cs)
				r, err := a.Assess(cs[i], covered)
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], wire(t, &r)); diff != "" {
					t.Errorf("goroutine %d, household %d (-want +got):\n%s", g, i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestResultImmutable: a result shares nothing mutable with another result
// or with the Assessor: editing what one result hands out — its slices, a
// line's parameters and arguments — changes no other result.
func TestResultImmutable(t *testing.T) {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	c := checked(t, []*household.Household{households()[2]})[0]
	r1, err := a.Assess(c, covered)
	if err != nil {
		t.Fatal(err)
	}
	want := wire(t, &r1)
	r2, err := a.Assess(c, covered)
	if err != nil {
		t.Fatal(err)
	}
	r2.Lines[0].Params()[0].Value = "0.00"
	r2.Lines[0].Clauses()[0] = policy.ClauseCoordination
	r2.Lines[0].Explanation().Args()[0] = policy.M("g", 1)
	r2.Decisions[0].Params()[0].Name = "edited"
	r2.Decisions[0].Explanation().Args()[0] = policy.T("cert", "edited")
	_ = append(r2.Lines[:1], r2.Lines[len(r2.Lines)-1])
	_ = append(r2.Decisions[:1], r2.Decisions[len(r2.Decisions)-1])
	r2.Findings = append(r2.Findings[:0], r2.Findings[len(r2.Findings)-1])
	r2.Lines[0], r2.Decisions[0] = policy.Line{}, policy.Decision{}
	if got := wire(t, &r1); got != want {
		t.Errorf("editing one result changed another (-want +got):\n%s", cmp.Diff(want, got))
	}
	r3, err := a.Assess(c, covered)
	if err != nil {
		t.Fatal(err)
	}
	if got := wire(t, &r3); got != want {
		t.Errorf("editing a result changed the Assessor's next result (-want +got):\n%s", cmp.Diff(want, got))
	}
}
