package benefit_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// TestProgrammeParamsByHand: a programme's parameter set built by hand is
// checked and cited under its parameters' paths in a set, as a set read
// from JSON is named (policy.Named). Each error of the zero set names its
// field, under New as under Validate (section 0: a parameter is cited by
// name); and a parameter left without a name takes its path in the
// Assessor, while the caller's set keeps what it had under Validate and
// New alike.
func TestProgrammeParamsByHand(t *testing.T) {
	tests := []struct {
		name, desc string
		validate   func() error // Validate of the zero set
		zeroNew    func() error // New with the zero set
		first      string       // the first error of both
		// unnamed validates the default set with two parameters' names
		// cleared, makes an Assessor from it, and returns their names in
		// its Params, then in the caller's set afterwards.
		unnamed func() ([]string, error)
		want    []string
	}{
		{name: "lowincome", desc: "低保：标准 S 与工资计入规则 / 低保: the standard S and the wages rule",
			validate: func() error { return (&lowincome.Params{}).Validate() },
			zeroNew:  func() error { _, err := lowincome.New(&lowincome.Params{}); return err },
			first:    "lowincome.standard: is required",
			unnamed: func() ([]string, error) {
				p := lowincome.Default2017()
				p.Standard.Name = ""
				wages := p.Counted[household.Wages]
				wages.Name = ""
				p.Counted[household.Wages] = wages
				return namedBy(p, (*lowincome.Params).Validate, lowincome.New, (*lowincome.Assessor).Params,
					func(p *lowincome.Params) []string { return []string{p.Standard.Name, p.Counted[household.Wages].Name} })
			},
			want: []string{"lowincome.standard", "lowincome.counted.wages", "", ""}},
		{name: "tekun", desc: "特困：分散供养标准与二级敬老院定额 / 特困: the dispersed standard and the class-2 quota",
			validate: func() error { return (&tekun.Params{}).Validate() },
			zeroNew:  func() error { _, err := tekun.New(&tekun.Params{}); return err },
			first:    "tekun.dispersed: is required",
			unnamed: func() ([]string, error) {
				p := tekun.Default2017()
				p.Dispersed.Name, p.Quota.Class2.Adopted.Name = "", ""
				return namedBy(p, (*tekun.Params).Validate, tekun.New, (*tekun.Assessor).Params,
					func(p *tekun.Params) []string { return []string{p.Dispersed.Name, p.Quota.Class2.Adopted.Name} })
			},
			want: []string{"tekun.dispersed", "tekun.quota.class2.adopted", "", ""}},
		{name: "disability", desc: "残疾人两项补贴：一级生活补贴与二级护理补贴 / disability: the grade-1 living and grade-2 nursing amounts",
			validate: func() error { return (&disability.Params{}).Validate() },
			zeroNew:  func() error { _, err := disability.New(&disability.Params{}); return err },
			first:    "disability.living.grade1: is required",
			unnamed: func() ([]string, error) {
				p := disability.Default2017()
				p.Living.Grade1.Name, p.Nursing.Grade2.Name = "", ""
				return namedBy(p, (*disability.Params).Validate, disability.New, (*disability.Assessor).Params,
					func(p *disability.Params) []string { return []string{p.Living.Grade1.Name, p.Nursing.Grade2.Name} })
			},
			want: []string{"disability.living.grade1", "disability.nursing.grade2", "", ""}},
		{name: "medical", desc: "医疗救助：个人缴费与低保救助比例 / medical aid: the contribution and the 低保 ratio",
			validate: func() error { return (&medical.Params{}).Validate() },
			zeroNew:  func() error { _, err := medical.New(&medical.Params{}); return err },
			first:    "medical.elderly_age: is required",
			unnamed: func() ([]string, error) {
				p := medical.Default2017()
				p.Contribution.Name, p.LowIncome.Ratio.Name = "", ""
				return namedBy(p, (*medical.Params).Validate, medical.New, (*medical.Assessor).Params,
					func(p *medical.Params) []string { return []string{p.Contribution.Name, p.LowIncome.Ratio.Name} })
			},
			want: []string{"medical.contribution", "medical.lowincome.ratio", "", ""}},
		{name: "temporary", desc: "临时救助：每年事件数上限与火灾倍数（S 由调用方命名）/ temporary aid: the events-per-year limit and the fire multiple (S is named by the caller)",
			validate: func() error { return (&temporary.Params{}).Validate() },
			zeroNew:  func() error { _, err := temporary.New(&temporary.Params{}); return err },
			first:    "temporary.multiple.fire: is required: every hardship type needs a maximum multiple",
			unnamed: func() ([]string, error) {
				p := temporary.Default2017()
				p.Standard = policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "test")
				p.EventsPerYear.Name = ""
				fire := p.Multiple[household.Fire]
				fire.Name = ""
				p.Multiple[household.Fire] = fire
				return namedBy(p, (*temporary.Params).Validate, temporary.New, (*temporary.Assessor).Params,
					func(p *temporary.Params) []string {
						return []string{p.EventsPerYear.Name, p.Multiple[household.Fire].Name}
					})
			},
			want: []string{"temporary.events_per_year", "temporary.multiple.fire", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for via, err := range map[string]error{"Validate": tc.validate(), "New": tc.zeroNew()} {
				fes := policy.FieldErrors(err)
				if len(fes) == 0 {
					t.Fatalf("%s: zero set, %s: error %v, want field errors", tc.desc, via, err)
				}
				if diff := cmp.Diff(tc.first, fes[0].Error()); diff != "" {
					t.Errorf("%s: zero set, %s: first error (-want +got):\n%s", tc.desc, via, diff)
				}
				for _, fe := range fes {
					if !strings.HasPrefix(fe.Path, tc.name+".") {
						t.Errorf("%s: zero set, %s: %q does not name a field of the set", tc.desc, via, fe.Error())
					}
				}
			}
			names, err := tc.unnamed()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, names); diff != "" {
				t.Errorf("%s：未命名的参数在评估器中按路径命名，调用方的参数不变 / left unnamed, they are named by path in the "+
					"Assessor, the caller's set unchanged (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// namedBy validates p, makes an Assessor of it with newA, and returns the
// parameter names that names reads: in the Assessor's set, then in p.
func namedBy[P, A any](p *P, validate func(*P) error, newA func(*P) (A, error), params func(A) P,
	names func(*P) []string) ([]string, error) {
	if err := validate(p); err != nil {
		return nil, err
	}
	a, err := newA(p)
	if err != nil {
		return nil, err
	}
	got := params(a)
	return append(names(&got), names(p)...), nil
}
