package benefit_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/synthetic"
)

// exampleReform returns the Assessors of the built-in 2017 set and of the
// illustrative reform (S raised to 3912.00, the A uplift to 40%).
func exampleReform() (base, reform *benefit.Assessor) {
	f, err := os.Open("testdata/reform-s3912-a40.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		panic(err)
	}
	if reform, err = benefit.New(p); err != nil {
		panic(err)
	}
	if base, err = benefit.New(benefit.Default2017()); err != nil {
		panic(err)
	}
	return base, reform
}

func ExampleCompare() {
	base, reform := exampleReform()
	on := household.NewDate(2017, 9, 1)
	county := synthetic.New(synthetic.Config{Seed: 1, Households: 2000, Date: on})
	households := func(yield func(*household.Household) bool) {
		for _, h := range county.All() {
			if !yield(h) {
				return
			}
		}
	}
	c, err := benefit.Compare(base, reform, households, on, benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Households, "households:", c.Gainers, "gain,", c.Losers, "lose,", c.Unchanged, "unchanged")
	all := c.All()
	fmt.Println("cost", all.Baseline.Annual.StringFixed(2), "→", all.Reform.Annual.StringFixed(2), "change", all.Difference.StringFixed(2))
	for _, k := range c.Coverage()[:1] {
		fmt.Println(k.Programme, "covered", k.Baseline, "→", k.Reform, "entrants", k.Entrants, "leavers", k.Leavers)
	}
	// Output:
	// 2000 households: 869 gain, 0 lose, 1131 unchanged
	// cost 5335325.12 → 6297547.55 change 962222.43
	// lowincome covered 708 → 791 entrants 83 leavers 0
}

func ExampleExplain() {
	base, reform := exampleReform()
	h, err := household.Unmarshal([]byte(`{"id":"C-02","township":"镇甲","members":[
		{"id":"m1","birth_date":"1970-03-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"6000.00"}]},
		{"id":"m2","birth_date":"1972-05-01","relation":"spouse","incomes":[{"category":"agriculture","amount":"5000.00"}]},
		{"id":"m3","birth_date":"1945-07-01","relation":"parent"}]}`))
	if err != nil {
		panic(err)
	}
	c, err := benefit.Explain(base, reform, h, household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	for _, l := range c.Lines {
		if l.Changed {
			fmt.Println(l.Programme, l.Item, l.Member, l.Difference().StringFixed(2))
		}
	}
	fmt.Println("change", c.Difference().StringFixed(2))
	// Output:
	// lowincome base  736.00
	// medical sponsorship m1 180.00
	// medical sponsorship m2 180.00
	// medical sponsorship m3 180.00
	// change 1276.00
}

func ExampleCompareRecords() {
	base, reform := exampleReform()
	// Two lines of JSON, the second a bad record: decoded on the workers,
	// the bad one reported with its line number and field paths.
	type line struct {
		n    int
		data string
	}
	input := `{"id":"C-03","township":"镇乙","members":[{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}}]}
{"id":"C-09","township":"镇乙","members":[{"id":"m1","birth_date":"1945-01-01","relation":"head","disability":{"type":"physical","grade":7}}]}`
	lines := func(yield func(line) bool) {
		sc := bufio.NewScanner(strings.NewReader(input))
		for n := 1; sc.Scan(); n++ {
			if !yield(line{n, sc.Text()}) {
				return
			}
		}
	}
	c, err := benefit.CompareRecords(base, reform, benefit.Records[line]{
		Seq:  lines,
		Read: func(l line) (*household.Household, error) { return household.Unmarshal([]byte(l.data)) },
		Failed: func(l line, err error) {
			fmt.Printf("line %d: %v\n", l.n, err)
		},
	}, household.NewDate(2017, 9, 1), benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Households, "compared,", c.Failed, "failed; change", c.All().Difference.StringFixed(2))
	// Output:
	// line 2: members[0].disability.grade: 7 is not 1–4
	// 1 compared, 1 failed; change 290.00
}

func ExampleBudgetRecords() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	on := household.NewDate(2017, 9, 1)
	county := synthetic.New(synthetic.Config{Seed: 1, Households: 2000, Date: on})
	// The records are indexes: each household is generated on the worker
	// that assesses it.
	indexes := func(yield func(int) bool) {
		for i := range county.Len() {
			if !yield(i) {
				return
			}
		}
	}
	// Each household, once added, is given back and filled with a later
	// record: the run makes a few households, not one a record.
	var spare sync.Pool
	b, err := benefit.BudgetRecords(a, benefit.Records[int]{
		Seq: indexes,
		Read: func(i int) (*household.Household, error) {
			h, ok := spare.Get().(*household.Household)
			if !ok {
				h = new(household.Household)
			}
			county.HouseholdInto(h, i)
			return h, nil
		},
		Release: func(h *household.Household) { spare.Put(h) },
	}, on, benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Households, "households, total", b.All().Annual.StringFixed(2))
	// Output:
	// 2000 households, total 5335325.12
}

func ExampleComparison_Merge() {
	base, reform := exampleReform()
	on := household.NewDate(2017, 9, 1)
	county := synthetic.New(synthetic.Config{Seed: 1, Households: 2000, Date: on})
	// Two machines each compare half of the county; their comparisons,
	// sent as they are, merge into the comparison of the whole.
	shard := func(from, to int) *benefit.Comparison {
		c, err := benefit.Compare(base, reform, func(yield func(*household.Household) bool) {
			for i := from; i < to; i++ {
				if !yield(county.Household(i)) {
					return
				}
			}
		}, on, benefit.BatchOptions{})
		if err != nil {
			panic(err)
		}
		return c
	}
	var whole benefit.Comparison
	whole.Merge(shard(1000, 2000))
	whole.Merge(shard(0, 1000))
	fmt.Println(whole.Households, "households, change", whole.All().Difference.StringFixed(2))
	top := whole.Gains()[0]
	fmt.Println("largest gain", top.Household, top.Change.StringFixed(2))
	// Output:
	// 2000 households, change 962222.43
	// largest gain SYN-0000858 20716.00
}

func ExampleComparison_MarshalJSON() {
	base, reform := exampleReform()
	h, err := household.Unmarshal([]byte(`{"id":"C-03","township":"镇乙","members":[{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}}]}`))
	if err != nil {
		panic(err)
	}
	c, err := benefit.Compare(base, reform, slices.Values([]*household.Household{h}), household.NewDate(2017, 9, 1), benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	js, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	var doc struct {
		Coverage []json.RawMessage `json:"coverage"`
		Gains    []json.RawMessage `json:"gains"`
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		panic(err)
	}
	fmt.Println(string(doc.Coverage[1]))
	fmt.Println(string(doc.Gains[0]))
	// Output:
	// {"programme":"tekun","baseline":1,"reform":1,"entrants":0,"leavers":0}
	// {"household":"C-03","township":"镇乙","baseline":"3802.00","reform":"4092.00","change":"290.00"}
}

func ExampleChange_WriteText() {
	base, reform := exampleReform()
	h, err := household.Unmarshal([]byte(`{"id":"C-06","township":"镇乙","current":{"lowincome":true},"members":[
		{"id":"m1","birth_date":"1950-01-01","relation":"head","class":"A","incomes":[{"category":"transfers","amount":"1500.00"}]},
		{"id":"m2","birth_date":"1975-01-01","relation":"child","able_to_work":true,"incomes":[{"category":"wages","amount":"10000.00"}]},
		{"id":"m3","birth_date":"1952-01-01","relation":"spouse"}]}`))
	if err != nil {
		panic(err)
	}
	c, err := benefit.Explain(base, reform, h, household.NewDate(2017, 9, 1))
	if err != nil {
		panic(err)
	}
	if err := c.WriteText(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// 家庭 C-06（镇乙），评估日 2017-09-01：基准与改革逐行对比
	// household C-06 (镇乙), assessed on 2017-09-01: baseline and reform line by line
	//   基准 / baseline: 东至县 2017 (东政办〔2017〕43号)
	//   改革 / reform:   示例改革：S 提高至 3912 元/年·人，A 类增发 40% / illustrative reform: S raised to 3912, the A uplift to 40%
	//
	//      明细 item            对象 for      月份 months  基准 baseline  改革 reform  差额 change
	//   *  lowincome/base       户 household  1–12月                0.00       236.00      +236.00
	//   *  lowincome/uplift-a   成员 m1       1–12月             1086.60      1564.80      +478.20
	//      medical/sponsorship  成员 m1       9月                 180.00       180.00         0.00
	//      medical/sponsorship  成员 m2       9月                 180.00       180.00         0.00
	//      medical/sponsorship  成员 m3       9月                 180.00       180.00         0.00
	//      合计 / all                                            1626.60      2340.80      +714.20
	//
	// 改变的决定 / decisions that changed
	//   * lowincome 户 household: exit-pending → continue
	//
	// 改变的明细 / the lines that changed
	//   * lowincome/base 户 household
	//       基准 baseline: 0.00 元
	//         补差：3622.00 × 3 人 − 11500.00 ≤ 0，补差 0.00 元/年
	//         top-up: 3622.00 × 3 persons − 11500.00 ≤ 0, so 0.00 yuan/year
	//       改革 reform: 236.00 元
	//         补差：3912.00 × 3 人 − 11500.00 = 236.00 元/年
	//         top-up: 3912.00 × 3 persons − 11500.00 = 236.00 yuan/year
	//   * lowincome/uplift-a 成员 m1
	//       基准 baseline: 1086.60 元
	//         A类增发：3622.00 × 30% = 1086.60 元/年
	//         class A uplift: 3622.00 × 30% = 1086.60 yuan/year
	//       改革 reform: 1564.80 元
	//         A类增发：3912.00 × 40% = 1564.80 元/年
	//         class A uplift: 3912.00 × 40% = 1564.80 yuan/year
}
