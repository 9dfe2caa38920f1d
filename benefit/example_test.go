package benefit_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// A household of three with 4500.00 of counted income and a fire: worked
// examples 1 and 8 of RULES.md, in one breakdown.
const exampleHousehold = `{"id":"H-EX","township":"示例镇","members":[
	{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
	{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
	{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
	"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","other_aid":"1000.00"}]}`

func ExampleAssess() {
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	for _, l := range b.Lines {
		fmt.Printf("%-10s %-12s %-3s %8s  %s\n", l.Programme(), l.Item(), l.Member(), l.Annual().StringFixed(2), l.Explanation().Render(policy.ZH))
	}
	fmt.Println("total", b.Totals.All().StringFixed(2))
	// Output:
	// lowincome  base              6366.00  补差：3622.00 × 3 人 − 4500.00 = 6366.00 元/年
	// medical    sponsorship  m1    180.00  资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元
	// medical    sponsorship  m2    180.00  资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元
	// medical    sponsorship  m3    180.00  资助参保（低保对象，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元
	// temporary  emergency         3018.33  急难型（火灾）事件 e1：费用 5000.00 − 已获保险、赔偿及其他救助 1000.00 = 差额 4000.00，高于上限 10 × 3622.00 ÷ 12 = 3018.33：按上限发放临时救助金 3018.33 元，余 981.67 元提交一事一议
	// total 9924.33
}

func ExampleNew() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Years())
	_, err = a.Assess(&household.Household{}, household.NewDate(2018, 1, 1))
	fmt.Println(errors.Is(err, policy.ErrNoParams), err)
	// Output:
	// [2017]
	// true date: 2018-01-01 is not covered by any parameter set (loaded: 2017) (no parameter set in force)
}

func ExampleAssessor_Assess() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	b, err := a.Assess(h, household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	for _, t := range b.Totals.ByProgramme() {
		fmt.Println(t.Key, t.Annual.StringFixed(2), t.Lines)
	}
	for _, f := range b.Findings {
		fmt.Println(f.Kind(), f.Explanation().Render(policy.EN))
	}
	// Output:
	// lowincome 6366.00 1
	// medical 540.00 3
	// temporary 3018.33 1
	// omission eligible but not covered: no member is able to work, so the household must be covered (兜底, 全部纳入); entitled to 6366.00 yuan/year
	// joint-meeting joint meeting: emergency (fire) event e1: shortfall 4000.00 is above the maximum 3018.33; 981.67 yuan left over after aid at the maximum
}

func ExampleAssessor_Params() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	p, err := a.Params(household.NewDate(2017, 3, 1))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Name, p.LowIncome.Standard.Value.StringFixed(2), p.LowIncome.Standard.Provenance)
	// Output: 东至县 2017 (东政办〔2017〕43号) 3622.00 seed
}

// Checks are the parameter checks of a year's sets, the same on every
// breakdown of that year: here a county set whose poverty line P is above
// S fails the two lines merged (2.1.1) by P − S, and the 60% of
// consumption tests are not assessed without C.
func ExampleAssessor_Checks() {
	p, err := benefit.Unmarshal([]byte(`{"year": 2018, "base": 2017,
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (example)"},
		              "poverty_line": {"value": "4000.00", "provenance": "local", "source": "county 2018 (example)"}},
		"tekun": {"dispersed": {"value": "3912.00", "provenance": "derived", "source": "not below S (2.2.1)"}}}`))
	if err != nil {
		panic(err)
	}
	a, err := benefit.New(p)
	if err != nil {
		panic(err)
	}
	checks, err := a.Checks(household.NewDate(2018, 9, 1))
	if err != nil {
		panic(err)
	}
	for _, c := range checks {
		if c.Status() != policy.Pass {
			fmt.Println(c.Name(), c.Status(), c.Shortfall().StringFixed(2))
		}
	}
	_, err = a.Checks(household.NewDate(2017, 9, 1))
	fmt.Println(err)
	// Output:
	// lowincome.two_lines fail 88.00
	// tekun.dispersed.consumption not-assessed 0.00
	// tekun.centralized.consumption not-assessed 0.00
	// date: 2017-09-01 is not covered by any parameter set (loaded: 2018) (no parameter set in force)
}

func ExampleUnmarshal() {
	p, err := benefit.Unmarshal([]byte(`{
		"year": 2018, "base": 2017,
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (example)"}},
		"tekun": {"dispersed": {"value": "3912.00", "provenance": "derived", "source": "not below S (2.2.1)"}}
	}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Year, p.LowIncome.Standard.Name, p.LowIncome.Standard.Value.StringFixed(2))

	// Raising S alone: the dispersed 特困 standard, derived (2.2.1), follows.
	p, err = benefit.Unmarshal([]byte(`{"year": 2018, "base": 2017,
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (example)"}}}`))
	fmt.Println(err, p.Tekun.Dispersed.Value.StringFixed(2), p.Tekun.Dispersed.Provenance)

	// A standard the county adopts below S is refused.
	_, err = benefit.Unmarshal([]byte(`{"year": 2018, "base": 2017,
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (example)"}},
		"tekun": {"dispersed": {"value": "3700.00", "provenance": "local", "source": "county 2018 (example)"}}}`))
	fmt.Println(errors.Is(err, benefit.ErrBelowFloor), err)

	// Without a base, a set gives every parameter: the first error says so.
	_, err = benefit.Unmarshal([]byte(`{"year": 2018,
		"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "county 2018 (example)"}}}`))
	fmt.Println(policy.FieldErrors(err)[0])
	// Output:
	// 2018 lowincome.standard 3912.00
	// <nil> 3912.00 derived
	// true tekun.dispersed: 3700.00 is below the floor 3912.00 (2.2.1 分散供养标准不低于低保标准且不低于 tekun.dispersed_floor / the dispersed standard must not be below S nor its floor)
	// rounding: a set without a base gives every parameter, its rounding included: mode and places (half-up, 2 for the fen); a set that changes only some values of the built-in set names its year in base (2017)
}

func ExampleDecode() {
	f, err := os.Open("testdata/set-2018.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Name, p.LowIncome.Standard.Value.StringFixed(2))
	// Output:
	// 东至县 2018（示例：标准提高至 3912 元/年·人）/ Dongzhi 2018 (example: standard raised to 3912) 3912.00
}

func ExampleDefault2017() {
	p := benefit.Default2017()
	fmt.Println(p.Year, p.Rounding.Places, p.LowIncome.Standard.Value.StringFixed(2), p.Tekun.Centralized.Value.StringFixed(2))
	// Output: 2017 2 3622.00 4800.00
}

func ExampleParams_Floors() {
	for _, f := range benefit.Default2017().Floors() {
		fmt.Println(f.Clause, f.Path, f.Value.StringFixed(2), ">=", f.Min.StringFixed(2), f.Holds())
	}
	// Output:
	// 2.2.1 tekun.consumption_share 0.60 >= 0.60 true
	// 2.2.1 tekun.dispersed_floor 3600.00 >= 3600.00 true
	// 2.2.1 tekun.centralized_floor 4800.00 >= 4800.00 true
	// 2.2.1 tekun.dispersed 3622.00 >= 3622.00 true
	// 2.2.1 tekun.centralized 4800.00 >= 4800.00 true
	// 2.2.2 tekun.quota.class1.floor 4800.00 >= 4800.00 true
	// 2.2.2 tekun.quota.class1.adopted 4800.00 >= 4800.00 true
	// 2.2.2 tekun.quota.class2.floor 6000.00 >= 6000.00 true
	// 2.2.2 tekun.quota.class2.adopted 6000.00 >= 6000.00 true
	// 2.2.2 tekun.quota.class3.floor 7200.00 >= 7200.00 true
	// 2.2.2 tekun.quota.class3.adopted 7200.00 >= 7200.00 true
	// 2.2.4 disability.nursing.grade1 60.00 >= 60.00 true
	// 2.2.4 disability.nursing.grade2 60.00 >= 60.00 true
}

func ExampleParams_Validate() {
	p := benefit.Default2017()
	p.Tekun.Quota.Class3.Adopted.Value = p.Tekun.Quota.Class2.Adopted.Value
	err := p.Validate()
	var fe *benefit.FloorError
	fmt.Println(errors.As(err, &fe), fe.Path, fe.Clause)
	fmt.Println(err)
	// Output:
	// true tekun.quota.class3.adopted 2.2.2
	// tekun.quota.class3.adopted: 6000.00 is below the floor 7200.00 (2.2.2 综合定额补助不低于 tekun.quota.class3.floor / the quota must not be below its class's floor)
}

func ExampleParams_Marshal() {
	js, err := benefit.Default2017().Marshal()
	if err != nil {
		panic(err)
	}
	p, err := benefit.Unmarshal(js)
	fmt.Println(len(js) > 0, err, p.Year)
	// Output: true <nil> 2017
}

func ExampleBreakdown_WriteText() {
	h, err := household.Unmarshal([]byte(`{"id":"H-T","township":"示例镇","members":[
		{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2"}}]}`))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	var text strings.Builder
	b.WriteText(&text)
	// The parameter set's checks, the same for every household, come after
	// the asset test; this example stops there.
	head, _, _ := strings.Cut(text.String(), "  [not-assessed] lowincome.two_lines")
	fmt.Print(head)
	// Output:
	// 家庭 H-T（示例镇），评估日 2017-09-01，2017 年参数
	// household H-T (示例镇), assessed on 2017-09-01 under the 2017 parameter set
	// 参数集 / parameter set: 东至县 2017 (东政办〔2017〕43号)（2017-01-01 起 / from 2017-01-01）
	//
	// 1. 最低生活保障 / minimum living allowance
	//   [ineligible] 户 household
	//       家庭成员均为特困供养人员，单独供养，不计入低保家庭
	//       every member is under 特困 support and assessed alone, outside the 低保 household
	//
	// 2. 特困人员救助供养 / support for extremely poor persons
	//   [eligible] 成员 m1
	//       特困供养人员（集中供养），供养 12 个月：本人单独评估，不计入低保家庭人数，收入也不计入低保家庭
	//       under 特困 support (centralized) for 12 months: assessed alone, outside the 低保 household, neither counted in its size nor its income
	//   quota            成员 m1      → 供养机构（现金） [2.2.2 2.2.1]
	//       6000.00 元/年 (12 个月 / months: 500.00 × 11 + 500.00)
	//       二类敬老院综合定额补助：max(定额 6000.00, 集中供养标准 4800.00) = 6000.00 元/年，付供养机构 JLY-01
	//       class 2 nursing-home quota subsidy: max(quota 6000.00, centralized standard 4800.00) = 6000.00 yuan/year, paid to the institution JLY-01
	//   小计 / subtotal: 6000.00 元/年 (按月 / recurring)
	//
	// 3. 残疾人两项补贴 / disability subsidies
	//   无 / none
	//
	// 4. 医疗救助 / medical aid
	//   [eligible] 成员 m1
	//       特困供养人员：重点救助对象
	//       under 特困 support: a key recipient
	//   sponsorship      成员 m1      → 基本医疗保险基金（2017年：新农合）（现金） [2.3.3 2.3.2]
	//       180.00 元（一次性 / lump sum）
	//       资助参保（特困供养人员，重点救助对象）：个人基本医疗保险缴费 180.00 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），180.00 元
	//       contribution sponsorship (extremely poor person under support, a key recipient): the individual basic medical insurance contribution 180.00 paid in full by the medical-aid fund to the basic medical insurance fund (2017: NCMS), 180.00 yuan
	//       ※ 含暂定参数 / rests on a provisional parameter
	//   小计 / subtotal: 180.00 元 (一次性 / lump sum)
	//
	// 5. 临时救助 / temporary aid
	//   无 / none
	//
	// 合计（本年应得，元）/ totals (this year's entitlement, yuan)
	//        6000.00 元  领取 供养机构 / payee institution (1 条 line)
	//         180.00 元  领取 基本医疗保险基金（2017年：新农合） / payee the basic medical insurance fund (2017: NCMS) (1 条 line)
	//        6000.00 元  支付 民政救助资金 / payer civil-affairs fund (1 条 line)
	//         180.00 元  支付 医疗救助资金 / payer medical-aid fund (1 条 line)
	//        6180.00 元  总计 / all
	//
	// 参数核查 / parameter checks
	//   [not-assessed] lowincome.assets [2.1.3]
	//       未配置财产核查（地方参数）
	//       asset test not configured (a local parameter)
}

func ExampleBreakdown_Marshal() {
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	js, err := b.Marshal()
	if err != nil {
		panic(err)
	}
	head, _, _ := strings.Cut(string(js), `  "date"`)
	fmt.Print(head)
	// Output:
	// {
	//   "schema_version": "1",
	//   "household": "H-EX",
	//   "township": "示例镇",
}

func ExampleBreakdown_Total() {
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), benefit.Default2017())
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Total(policy.LowIncome).StringFixed(2), b.Total(policy.Temporary).StringFixed(2))
	// Output: 6366.00 3018.33
}

func ExampleDepartment_Name() {
	fmt.Println(benefit.Housing.Name())
	// Output: 住建部门 housing and construction
}

func ExampleBudget_Outlays() {
	f, err := os.Open("testdata/set-2017-07.json") // S = 3912.00 from 2017-07-01
	if err != nil {
		panic(err)
	}
	defer f.Close()
	july, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	a, err := benefit.New(benefit.Default2017(), july)
	if err != nil {
		panic(err)
	}
	h, err := household.Unmarshal([]byte(exampleHousehold))
	if err != nil {
		panic(err)
	}
	br, err := a.Assess(h, household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	for _, s := range br.Sets() {
		fmt.Println("set from", s.From)
	}
	var b benefit.Budget
	b.Add(h, br)
	for _, o := range b.Outlays(benefit.ByProgramme) {
		fmt.Printf("%-9s", o.Key)
		for _, m := range o.Months {
			fmt.Printf(" %7s", m.StringFixed(2))
		}
		fmt.Println(" =", o.Total.StringFixed(2))
	}
	// Output:
	// set from 2017-01-01
	// set from 2017-07-01
	// lowincome  530.50  530.50  530.50  530.50  530.50  530.50  603.00  603.00  603.00  603.00  603.00  603.00 = 6801.00
	// medical      0.00    0.00    0.00    0.00    0.00    0.00    0.00    0.00  540.00    0.00    0.00    0.00 = 540.00
	// temporary    0.00    0.00    0.00    0.00    0.00 3018.33    0.00    0.00    0.00    0.00    0.00    0.00 = 3018.33
}
