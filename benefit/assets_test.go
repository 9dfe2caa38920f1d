package benefit_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// assetLimits returns the built-in 2017 set with the asset test
// configured (2.1.3): deposits of at most 10000.00 a member, vehicles at
// most the number given, no extra dwelling; in force from the month given.
func assetLimits(from time.Month, vehicles int) *benefit.Params {
	p := benefit.Default2017()
	p.From = household.NewDate(2017, from, 1)
	src := "县财产核查标准（示例）/ the county's asset limits (example)"
	p.LowIncome.Assets.DepositsPerCapita = policy.New("lowincome.assets.deposits_per_capita",
		decimal.RequireFromString("10000.00"), policy.Local, src)
	p.LowIncome.Assets.Vehicles = policy.New("lowincome.assets.vehicles", vehicles, policy.Local, src)
	p.LowIncome.Assets.ExtraHousing = policy.New("lowincome.assets.extra_housing", 0, policy.Local, src)
	return p
}

// s3912 is p with the 低保 standard S raised to 3912.00.
func s3912(p *benefit.Params) *benefit.Params {
	p.LowIncome.Standard = policy.New("lowincome.standard", decimal.RequireFromString("3912.00"), policy.Local,
		"县提高低保标准（示例）/ the county raises S (example)")
	return p
}

// assetTest is an asset test as TestAssetsByPeriod states it: its status,
// its months ("" for every month assessed) and its explanation in Chinese.
type assetTest struct {
	Status policy.CheckStatus
	Months string
	ZH     string
}

func assetTestOf(c policy.Check) assetTest {
	x := assetTest{Status: c.Status(), ZH: c.Explanation().Render(policy.ZH)}
	if p := c.Period(); p != (policy.Period{}) {
		x.Months = p.String()
	}
	return x
}

// TestAssetsByPeriod is section 0 for the asset test of 2.1.3: each period
// is assessed under its own parameters, checks included. Where the year's
// asset tests differ — sets with other limits, or a household whose size,
// and so its deposits per member, changes with a member's 特困 support —
// the breakdown gives the test of every run of months, each with its
// months, and Breakdown.Assets is the test of the assessment date's month;
// where the test is alike all year it is one test, naming no months.
func TestAssetsByPeriod(t *testing.T) {
	const car = `{"id":"V1","township":"示例镇","assets":{"deposits":"0.00","vehicles":1,"extra_housing":0},"members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"4500.00"}]},
		{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},{"id":"m3","birth_date":"1990-01-01","relation":"child"}]}`
	const deposits = `{"id":"V2","township":"示例镇","assets":{"deposits":"25000.00","vehicles":0,"extra_housing":0},"members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"4500.00"}]},
		{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},
		{"id":"m3","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-07"}}}]}`
	const deposits15k = `{"id":"V3","township":"示例镇","assets":{"deposits":"15000.00","vehicles":0,"extra_housing":0},"members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"4500.00"}]},
		{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},
		{"id":"m3","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-07"}}}]}`
	const carTekunFebruary = `{"id":"V4","township":"示例镇","assets":{"deposits":"0.00","vehicles":1,"extra_housing":0},"members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"4500.00"}]},
		{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},{"id":"m3","birth_date":"1990-01-01","relation":"child"},
		{"id":"m4","birth_date":"1935-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-02"}}}]}`
	passed := assetTest{Status: policy.Pass, ZH: "财产核查通过"}
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		sets    []*benefit.Params
		record  string
		on      household.Date
		assets  assetTest   // Breakdown.Assets
		periods []assetTest // Breakdown.AssetsByPeriod
		text    []string    // the lines of the caseworker's text that head the asset tests
	}{
		{name: "one-set-one-test", clauses: []policy.Clause{policy.ClauseMeansTest},
			desc: "全年一套参数，财产核查一项，不注月份 / one set all year: one asset test, naming no months",
			sets: []*benefit.Params{assetLimits(1, 1)}, record: car, on: household.NewDate(2017, 9, 1),
			assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
		{name: "alike-sets-one-test", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "7 月起低保标准提高到 3912.00，财产限额相同：核查两段相同，合为一项，不注月份 / S raised to 3912.00 from July with the same limits: the two runs test alike, and the test is one, naming no months",
			sets: []*benefit.Params{assetLimits(1, 1), s3912(assetLimits(7, 1))}, record: car, on: household.NewDate(2017, 9, 1),
			assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
		{name: "tekun-from-july-alike", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "存款 15000.00，7 月起一人特困供养（3 人减为 2 人）：15000.00 不高于 30000.00，也不高于 20000.00，核查两段相同，合为一项 / " +
				"deposits of 15000.00, a member under 特困 support from July (3 members, then 2): not above 30000.00 nor 20000.00, so the two runs test alike and the test is one",
			sets: []*benefit.Params{assetLimits(1, 0)}, record: deposits15k,
			on: household.NewDate(2017, 9, 1), assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
		{name: "july-limit-raised-september", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "有车 1 辆；1–6 月限 0 辆，7 月起限 1 辆：1–6 月未通过，7–12 月通过；评估日 9 月，本月为通过 / " +
				"one vehicle, a limit of 0 until June and of 1 from July: the test fails for months 1–6 and passes for 7–12; on a September date the month's test is the pass",
			sets: []*benefit.Params{assetLimits(1, 0), assetLimits(7, 1)}, record: car, on: household.NewDate(2017, 9, 1),
			assets: assetTest{Status: policy.Pass, Months: "07–12", ZH: "财产核查通过"},
			periods: []assetTest{
				{Status: policy.Fail, Months: "01–06", ZH: "财产核查未通过：机动车 1 辆多于 0 辆"},
				{Status: policy.Pass, Months: "07–12", ZH: "财产核查通过"},
			},
			text: []string{"  [fail] lowincome.assets [2.1.3] 1–6月 / months 1–6\n", "  [pass] lowincome.assets [2.1.3] 7–12月 / months 7–12\n"},
		},
		{name: "july-limit-raised-march", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "有车 1 辆；1–6 月限 0 辆，7 月起限 1 辆；评估日 3 月：本月为未通过，全年两项（1–6 月未通过，7–12 月通过） / " +
				"one vehicle, a limit of 0 until June and of 1 from July, on a March date: the month's test is the failure, and the year's are both (months 1–6 fail, 7–12 pass)",
			sets: []*benefit.Params{assetLimits(1, 0), assetLimits(7, 1)}, record: car, on: household.NewDate(2017, 3, 1),
			assets: assetTest{Status: policy.Fail, Months: "01–06", ZH: "财产核查未通过：机动车 1 辆多于 0 辆"},
			periods: []assetTest{
				{Status: policy.Fail, Months: "01–06", ZH: "财产核查未通过：机动车 1 辆多于 0 辆"},
				{Status: policy.Pass, Months: "07–12", ZH: "财产核查通过"},
			},
			text: []string{"  [fail] lowincome.assets [2.1.3] 1–6月 / months 1–6\n", "  [pass] lowincome.assets [2.1.3] 7–12月 / months 7–12\n"},
		},
		{name: "tekun-from-july-halves-the-limit", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "存款 25000.00，限额每人 10000.00；7 月起一人特困供养，低保家庭由 3 人减为 2 人：1–6 月 25000.00 不高于 30000.00 通过，7–12 月高于 20000.00 未通过 / " +
				"deposits of 25000.00 against 10000.00 a member; a member under 特困 support from July takes the 低保 household from 3 to 2: months 1–6 pass (not above 30000.00), months 7–12 fail (above 20000.00)",
			sets: []*benefit.Params{assetLimits(1, 0)}, record: deposits, on: household.NewDate(2017, 9, 1),
			assets: assetTest{Status: policy.Fail, Months: "07–12", ZH: "财产核查未通过：存款 25000.00 元高于 10000.00 × 2 人 = 20000.00 元"},
			periods: []assetTest{
				{Status: policy.Pass, Months: "01–06", ZH: "财产核查通过"},
				{Status: policy.Fail, Months: "07–12", ZH: "财产核查未通过：存款 25000.00 元高于 10000.00 × 2 人 = 20000.00 元"},
			},
			text: []string{"  [pass] lowincome.assets [2.1.3] 1–6月 / months 1–6\n", "  [fail] lowincome.assets [2.1.3] 7–12月 / months 7–12\n"},
		},
		{name: "one-set-after-a-split-year", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "有车 1 辆、全年一套参数（限 1 辆），评估进上一户已留有两段核查的同一张结果表：财产核查一项，不注月份，不留上一户的分段核查 / " +
				"one vehicle, one set all year (a limit of 1), assessed into a breakdown reused from a household with two tests: one asset test, naming no months, none of the last one's tests kept",
			sets: []*benefit.Params{assetLimits(1, 1)}, record: car, on: household.NewDate(2017, 9, 1),
			assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
		{name: "first-set-from-march", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "首套参数 3 月起、7 月起低保标准提高，限额相同：所评估的 3–12 月核查相同，为一项，不注月份 / the first set from March and S raised from July with the same limits: the months assessed, 3–12, test alike, and the test is one, naming no months",
			sets: []*benefit.Params{assetLimits(3, 1), s3912(assetLimits(7, 1))}, record: car, on: household.NewDate(2017, 9, 1),
			assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
		{name: "first-set-from-march-tekun-from-february", clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "首套参数 3 月起（限 1 辆），有车 1 辆，m4 自 2 月起特困供养：特困在 2 月分段，但所评估的 3–12 月只有一段，低保家庭 3 人不变，核查通过，为一项，不注月份 / " +
				"the first set from March (a limit of 1), one vehicle, m4 under 特困 support from February: the support cuts the year in February, " +
				"but the months assessed, 3–12, are one run with a 低保 household of 3 throughout: the test passes and is one, naming no months",
			sets: []*benefit.Params{assetLimits(3, 1)}, record: carTekunFebruary, on: household.NewDate(2017, 9, 1),
			assets: passed, text: []string{"  [pass] lowincome.assets [2.1.3]\n"}},
	}
	into := new(benefit.Breakdown) // reused, as a budget reuses it, from one row to the next
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := benefit.New(tc.sets...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, tc.record), tc.on)
			if err != nil {
				t.Fatal(err)
			}
			var periods []assetTest
			for _, c := range b.AssetsByPeriod() {
				periods = append(periods, assetTestOf(c))
			}
			if tests := b.AssetsByPeriod(); len(tests) > 0 { // a copy: changing it changes not the breakdown's
				tests[0] = policy.Check{}
				if got := assetTestOf(b.AssetsByPeriod()[0]); got != tc.periods[0] {
					t.Errorf("after changing the copy AssetsByPeriod returned, its first test is %+v", got)
				}
			}
			if diff := cmp.Diff(tc.assets, assetTestOf(b.Assets)); diff != "" {
				t.Errorf("Assets (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.periods, periods); diff != "" {
				t.Errorf("AssetsByPeriod (-want +got):\n%s", diff)
			}
			text := textOf(t, b)
			var heads []string
			for _, l := range strings.SplitAfter(text, "\n") {
				if strings.Contains(l, "] lowincome.assets [") {
					heads = append(heads, l)
				}
			}
			if diff := cmp.Diff(tc.text, heads); diff != "" {
				t.Errorf("the asset tests in WriteText (-want +got):\n%s", diff)
			}
			// The same into a breakdown that held the row before's tests,
			// and read back from the breakdown's JSON.
			if err := a.AssessInto(into, hh(t, tc.record), tc.on); err != nil {
				t.Fatal(err)
			}
			for _, got := range []*benefit.Breakdown{into, readBack(t, b)} {
				if !sameJSON(b, got) {
					t.Error("AssessInto, or the breakdown read back from its JSON, differs from Assess")
				}
			}
		})
	}
}
