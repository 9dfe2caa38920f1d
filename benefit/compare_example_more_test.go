package benefit_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
)

// exampleSix compares the reform with the baseline over two of the
// hand-worked households: C-02 enters 低保, C-03 is a dispersed 特困
// person.
func exampleSix() *benefit.Comparison {
	base, reform := exampleReform()
	var hs []*household.Household
	for _, js := range []string{
		`{"id":"C-02","township":"镇甲","members":[
			{"id":"m1","birth_date":"1970-03-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"6000.00"}]},
			{"id":"m2","birth_date":"1972-05-01","relation":"spouse","incomes":[{"category":"agriculture","amount":"5000.00"}]},
			{"id":"m3","birth_date":"1945-07-01","relation":"parent"}]}`,
		`{"id":"C-03","township":"镇乙","members":[{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}}]}`,
	} {
		h, err := household.Unmarshal([]byte(js))
		if err != nil {
			panic(err)
		}
		hs = append(hs, h)
	}
	c, err := benefit.Compare(base, reform, slices.Values(hs), household.NewDate(2017, 9, 1), benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	return c
}

func ExampleComparison_Rows() {
	c := exampleSix()
	for _, r := range c.Rows(benefit.ByProgramme) {
		fmt.Println(r.Key, r.Baseline.Annual.StringFixed(2), r.Reform.Annual.StringFixed(2), r.Difference.StringFixed(2))
	}
	// Output:
	// lowincome 0.00 736.00 736.00
	// medical 180.00 720.00 540.00
	// tekun 3622.00 3912.00 290.00
}

func ExampleComparison_Coverage() {
	c := exampleSix()
	for _, k := range c.Coverage() {
		fmt.Printf("%-10s %d → %d, %d entrants, %d leavers\n", k.Programme, k.Baseline, k.Reform, k.Entrants, k.Leavers)
	}
	// Output:
	// lowincome  0 → 1, 1 entrants, 0 leavers
	// tekun      1 → 1, 0 entrants, 0 leavers
	// disability 0 → 0, 0 entrants, 0 leavers
	// medical    1 → 2, 1 entrants, 0 leavers
	// temporary  0 → 0, 0 entrants, 0 leavers
}

func ExampleComparison_Gains() {
	c := exampleSix()
	for _, m := range c.Gains() {
		fmt.Println(m.Household, m.Township, m.Baseline.StringFixed(2), "→", m.Reform.StringFixed(2), m.Change.StringFixed(2))
	}
	fmt.Println(len(c.Losses()), "losses")
	// Output:
	// C-02 镇甲 0.00 → 1276.00 1276.00
	// C-03 镇乙 3802.00 → 4092.00 290.00
	// 0 losses
}

func ExampleComparison_ByTownshipAndProgramme() {
	c := exampleSix()
	for _, x := range c.ByTownshipAndProgramme() {
		fmt.Println(x.Township, x.Programme, x.Difference.StringFixed(2))
	}
	// Output:
	// 镇乙 tekun 290.00
	// 镇乙 medical 0.00
	// 镇甲 lowincome 736.00
	// 镇甲 medical 540.00
}

func ExampleComparison_UnmarshalJSON() {
	// A shard compared on another machine arrives as JSON; read back, it
	// merges as the shard itself would.
	sent, err := json.Marshal(exampleSix())
	if err != nil {
		panic(err)
	}
	var shard, total benefit.Comparison
	if err := json.Unmarshal(sent, &shard); err != nil {
		panic(err)
	}
	total.Merge(&shard)
	total.Merge(&shard)
	fmt.Println(total.Households, "households, change", total.All().Difference.StringFixed(2))
	// Output:
	// 4 households, change 3132.00
}

func ExampleComparison_WriteText() {
	if err := exampleSix().WriteText(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// 改革对比 / reform compared with the baseline: 2 户 households, 4 人 persons, 0 条无法评估 could not be assessed
	//   增加 / gain: 2 户 households, +1566.00 元
	//   减少 / lose: 0 户 households, 0.00 元
	//   不变 / unchanged: 0 户 households
	//
	// 按项目 / by programme（元/年 yuan a year）
	//                           基准 baseline  改革 reform  差额 change
	//   最低生活保障 lowincome           0.00       736.00      +736.00
	//   医疗救助 medical               180.00       720.00      +540.00
	//   特困人员救助供养 tekun        3622.00      3912.00      +290.00
	//
	// 按明细 / by item（元/年 yuan a year）
	//                        基准 baseline  改革 reform  差额 change
	//   lowincome/base                0.00       736.00      +736.00
	//   medical/sponsorship         180.00       720.00      +540.00
	//   tekun/dispersed            3622.00      3912.00      +290.00
	//
	// 按乡镇 / by township（元/年 yuan a year）
	//         基准 baseline  改革 reform  差额 change
	//   镇乙        3802.00      4092.00      +290.00
	//   镇甲           0.00      1276.00     +1276.00
	//
	// 按领取方 / by payee（元/年 yuan a year）
	//                                                              基准 baseline  改革 reform  差额 change
	//   家庭 household                                                      0.00       736.00      +736.00
	//   基本医疗保险基金（2017年：新农合） medical-insurance-fund         180.00       720.00      +540.00
	//   本人 member                                                      3622.00      3912.00      +290.00
	//
	// 按支付方 / by payer（元/年 yuan a year）
	//                                    基准 baseline  改革 reform  差额 change
	//   民政救助资金 civil-affairs-fund        3622.00      4648.00     +1026.00
	//   医疗救助资金 medical-aid-fund           180.00       720.00      +540.00
	//   合计 / all                             3802.00      5368.00     +1566.00
	//
	// 按决定的覆盖（户）/ coverage by decision (households)
	//                              基准 baseline  改革 reform  新进 entrants  退出 leavers
	//   最低生活保障 lowincome                 0            1              1             0
	//   特困人员救助供养 tekun                 1            1              0             0
	//   残疾人两项补贴 disability              0            0              0             0
	//   医疗救助 medical                       1            2              1             0
	//   临时救助 temporary                     0            0              0             0
	//
	// 增加最多的家庭 / largest gains（元/年 yuan a year）
	//   户 household  乡镇 township  基准 baseline  改革 reform  差额 change
	//   C-02          镇甲                    0.00      1276.00     +1276.00
	//   C-03          镇乙                 3802.00      4092.00      +290.00
	//
	// 减少最多的家庭 / largest losses（元/年 yuan a year）
	//   无 / none
	//
	// 按乡镇和项目（元/年）/ by township and programme (yuan a year)
	//   乡镇 township  项目 programme          基准 baseline  改革 reform  差额 change
	//   镇乙           特困人员救助供养 tekun        3622.00      3912.00      +290.00
	//   镇乙           医疗救助 medical               180.00       180.00         0.00
	//   镇甲           最低生活保障 lowincome           0.00       736.00      +736.00
	//   镇甲           医疗救助 medical                 0.00       540.00      +540.00
}
