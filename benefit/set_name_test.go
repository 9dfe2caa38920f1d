package benefit_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// TestSetNames (section 0): a breakdown names the sets it was assessed
// under, and a set without a name is named by its year, the same way in a
// breakdown's text and in a change's. 无名称的参数集以年份命名："2017 年参数集 /
// the 2017 set"，户评估文本与改革对比文本写法相同 / a set without a name is named
// by its year, alike in a breakdown's text and a change's.
func TestSetNames(t *testing.T) {
	tests := []struct {
		name, desc string
		clause     policy.Clause
		setName    string
		// breakdown and change are the lines the two texts must hold.
		breakdown, change string
	}{
		{name: "named", clause: policy.ClauseConventions, desc: "有名称的参数集以其名称命名 / a named set goes by its name",
			setName:   "东至县 2017（测试）/ Dongzhi 2017 (test)",
			breakdown: "参数集 / parameter set: 东至县 2017（测试）/ Dongzhi 2017 (test)（2017-01-01 起 / from 2017-01-01）\n",
			change:    "  基准 / baseline: 东至县 2017（测试）/ Dongzhi 2017 (test)\n"},
		{name: "unnamed", clause: policy.ClauseConventions, desc: "无名称的参数集以年份命名 / a set without a name goes by its year",
			breakdown: "参数集 / parameter set: 2017 年参数集 / the 2017 set（2017-01-01 起 / from 2017-01-01）\n",
			change:    "  基准 / baseline: 2017 年参数集 / the 2017 set\n"},
	}
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := benefit.Default2017()
			p.Name = tc.setName
			a, err := benefit.New(p)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(h, on)
			if err != nil {
				t.Fatal(err)
			}
			c, err := benefit.Explain(a, a, h, on)
			if err != nil {
				t.Fatal(err)
			}
			got := []bool{strings.Contains(textOf(t, b), tc.breakdown), strings.Contains(textOf(t, c), tc.change)}
			if d := cmp.Diff([]bool{true, true}, got); d != "" {
				t.Errorf("%s [%s]\n户评估文本须含 / the breakdown's text holds %q, 对比文本须含 / the change's %q (-want +got):\n%s\n%s\n%s",
					tc.desc, tc.clause, tc.breakdown, tc.change, d, textOf(t, b), textOf(t, c))
			}
		})
	}
}

func ExampleSetUsed_String() {
	fmt.Println(benefit.SetUsed{Year: 2018, Name: "东至县 2018 / Dongzhi 2018"})
	fmt.Println(benefit.SetUsed{Year: 2018})
	// Output:
	// 东至县 2018 / Dongzhi 2018
	// 2018 年参数集 / the 2018 set
}
