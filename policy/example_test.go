package policy_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

func ExampleRounding_Round() {
	r := policy.DefaultRounding // half away from zero to the fen (POLICY.md section 0)
	fmt.Println(r.Round(decimal.RequireFromString("250.005")).StringFixed(2))
	fmt.Println(policy.Rounding{Mode: policy.HalfEven, Places: 2}.Round(decimal.RequireFromString("250.005")).StringFixed(2))
	// Output:
	// 250.01
	// 250.00
}

func ExampleRounding_Quo() {
	fmt.Println(policy.DefaultRounding.Quo(decimal.RequireFromString("3622.00"), 12))
	// Output: 301.83
}

func ExampleRounding_Prorate() {
	// Seven months in a class-1 nursing home at 6000.00 a year.
	fmt.Println(policy.DefaultRounding.Prorate(decimal.RequireFromString("6000.00"), 7).StringFixed(2))
	// Output: 3500.00
}

func ExampleRounding_ScheduleOf() {
	s := policy.DefaultRounding.ScheduleOf(decimal.RequireFromString("3622.00"), 12)
	fmt.Println(s.Month, s.Last, s.Total())
	// Output: 301.83 301.87 3622
}

func ExampleRounding_Unit() {
	fmt.Println(policy.DefaultRounding.Unit(), policy.Rounding{Places: 0}.Unit())
	// Output: 0.01 1
}

func ExampleRounding_Validate() {
	fmt.Println(policy.Rounding{Places: 4}.Validate("lowincome.rounding"))
	// Output: lowincome.rounding.places: 4 is not a unit from 0.01 to 100 元 (places 2 to -2)
}

func ExampleSchedule_Payments() {
	s := policy.DefaultRounding.ScheduleOf(decimal.RequireFromString("724.40"), 12)
	p := s.Payments()
	fmt.Println(len(p), p[0], p[11])
	// Output: 12 60.37 60.33
}

func ExampleExplanation_Render() {
	f := policy.Formula{ID: "example.base",
		ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
		EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}
	e := policy.Explain(f, policy.M("S", decimal.RequireFromString("3622")), policy.N("n", 3),
		policy.M("I", decimal.RequireFromString("4500")), policy.M("=", decimal.RequireFromString("6366")))
	fmt.Println(e.Render(policy.ZH))
	fmt.Println(e.Render(policy.EN))
	// Output:
	// 补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年
	// top-up: 3622.00 × 3 persons − 4500.00 = 6366.00 yuan/year
}

func ExampleArg_Format() {
	fmt.Println(policy.R("r", decimal.RequireFromString("0.7")).Format(policy.EN))
	fmt.Println(policy.T2("t", "火灾", "fire").Format(policy.EN))
	// Output:
	// 70%
	// fire
}

func ExampleNew() {
	s := policy.New("lowincome.standard", decimal.RequireFromString("3622.00"), policy.Seed, "东政办〔2017〕43号 二(一)1")
	u := s.Used()
	fmt.Println(u.Name, u.Value, u.Provenance)
	// Output: lowincome.standard 3622.00 seed
}

func ExampleUnset() {
	c := policy.Unset[decimal.Decimal]("tekun.consumption", "POLICY.md 2.2.1: local")
	_, err := c.Get()
	fmt.Println(err)
	// Output: missing parameter: tekun.consumption
}

func ExampleNewLine() {
	l := policy.NewLine(policy.Line{
		Programme: policy.Disability, Item: "living", Member: "m1", Annual: decimal.RequireFromString("800.00"),
		Params: []policy.Used{{Name: "disability.living.grade1-2", Value: "800.00", Provenance: policy.Provisional}},
	})
	fmt.Println(l.Provisional, l.Months)
	// Output: true 12
}

func ExampleLine_Schedule() {
	l := policy.NewLine(policy.Line{Annual: decimal.RequireFromString("6366.00"), Rounding: policy.DefaultRounding})
	s := l.Schedule()
	fmt.Println(s.Month, s.Last)
	// Output: 530.5 530.5
}

func ExampleClauses() {
	for _, c := range policy.Clauses()[1:4] {
		zh, en := c.Title()
		fmt.Println(c, zh, en)
	}
	// Output:
	// 2.1.1 农村低保标准 rural minimum living standard
	// 2.1.2 低保动态管理 dynamic management of the minimum living allowance
	// 2.1.3 家庭经济状况核对 household means verification
}

func ExampleClause_Known() {
	fmt.Println(policy.Clause("2.3.4").Known(), policy.Clause("9.9").Known())
	// Output: true false
}

func ExamplePath() {
	err := policy.Path("members").Index(2).Field("disability").Field("grade").Error("7", "is not 1–4")
	fmt.Println(err)
	// Output: members[2].disability.grade: 7 is not 1–4
}

func ExampleQuote() {
	fmt.Println(policy.Quote("lottery"))
	// Output: "lottery"
}

func ExampleInt() {
	fmt.Println(policy.Int(12).Mul(decimal.RequireFromString("60.00")))
	// Output: 720
}

func ExampleProgramme_Name() {
	fmt.Println(policy.Medical.Name())
	// Output: 医疗救助 medical aid
}

func ExampleFindingKind_Name() {
	fmt.Println(policy.Omission.Name())
	// Output: 应保未保 eligible but not covered
}

func ExampleOutcome_Covered() {
	fmt.Println(policy.ExitPending.Covered(), policy.Exit.Covered())
	// Output: true false
}

func ExamplePayee_Name() {
	fmt.Println(policy.PayInstitution.Name())
	// Output: 供养机构 institution
}

func ExamplePayer_Name() {
	fmt.Println(policy.CountyFinance.Name())
	// Output: 县级财政 county finance
}

func ExampleForm_Name() {
	fmt.Println(policy.Referral.Name())
	// Output: 转介服务 referral
}
