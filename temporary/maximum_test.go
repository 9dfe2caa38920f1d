package temporary_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/temporary"
)

// TestMaximum is the maximum of 2.4.1: the type's multiple × S ÷ 12,
// rounded once.
func TestMaximum(t *testing.T) {
	p := temporary.Default2017()
	yuan := temporary.Default2017()
	yuan.Rounding = policy.Rounding{Mode: policy.HalfUp, Places: 0}
	even := temporary.Default2017()
	even.Rounding = policy.Rounding{Mode: policy.HalfEven, Places: 2}
	twelve := temporary.Default2017()
	twelve.Multiple[household.Fire] = policy.New("temporary.multiple.fire", d("12"), policy.Local, "county")
	half := temporary.Default2017()
	half.Multiple[household.Accident] = policy.New("temporary.multiple.accident", d("1.5"), policy.Local, "county")
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		p        *temporary.Params
		typ      household.HardshipType
		standard string
		want     string
	}{
		{name: "worked example 8 maximum", clause: "2.4.1",
			desc: "火灾上限 10 × 3622 ÷ 12 = 3018.33 / fire: 10 × 301.8333… = 3018.33",
			p:    p, typ: household.Fire, standard: "3622.00", want: "3018.33"},
		{name: "disaster", clause: "2.4.1", desc: "水灾等自然灾害 10倍 / disaster: 10 times",
			p: p, typ: household.Disaster, standard: "3622.00", want: "3018.33"},
		{name: "accident", clause: "2.4.1", desc: "意外事故 10倍 / accident: 10 times",
			p: p, typ: household.Accident, standard: "3622.00", want: "3018.33"},
		{name: "sudden illness", clause: "2.4.1", desc: "突发重特大疾病 10倍 / sudden illness: 10 times",
			p: p, typ: household.SuddenIllness, standard: "3622.00", want: "3018.33"},
		{name: "emergency other", clause: "2.4.1", desc: "其他急难 10倍 / other emergency: 10 times",
			p: p, typ: household.EmergencyOther, standard: "3622.00", want: "3018.33"},
		{name: "medical", clause: "2.4.1", desc: "支出型医疗 10倍 / medical expenditure: 10 times",
			p: p, typ: household.MedicalExpense, standard: "3622.00", want: "3018.33"},
		{name: "education", clause: "2.4.1", desc: "支出型教育 6 × 3622 ÷ 12 = 1811.00 / education: 6 times, 1811.00",
			p: p, typ: household.EducationExpense, standard: "3622.00", want: "1811.00"},
		{name: "expenditure other", clause: "2.4.1", desc: "支出型其他 10倍 / other expenditure: 10 times",
			p: p, typ: household.ExpenseOther, standard: "3622.00", want: "3018.33"},
		{name: "another standard", clause: "2.4.1", desc: "标准3600：10 × 300 = 3000.00 / S = 3600: 3000.00",
			p: p, typ: household.Fire, standard: "3600.00", want: "3000.00"},
		{name: "raised standard 3912", clause: "2.4.1", desc: "标准提高到3912：10 × 3912.00 ÷ 12 = 3260.00 / S = 3912.00: 3260.00",
			p: p, typ: household.Fire, standard: "3912.00", want: "3260.00"},
		{name: "county multiple 12", clause: "2.4.1", desc: "县定火灾12倍：12 × 3622 ÷ 12 = 3622.00 / multiple 12: the annual standard",
			p: twelve, typ: household.Fire, standard: "3622.00", want: "3622.00"},
		{name: "fractional multiple", clause: "2.4.1", desc: "1.5倍：1.5 × 3622 ÷ 12 = 452.75 / 1.5 times: 452.75",
			p: half, typ: household.Accident, standard: "3622.00", want: "452.75"},
		{name: "rounded to the yuan", clause: "0", desc: "按元舍入：3018.33→3018 / to the yuan: 3018",
			p: yuan, typ: household.Fire, standard: "3622.00", want: "3018.00"},
		{name: "tie half up", clause: "0", desc: "教育 6 × 3622.01 ÷ 12 = 1811.005，四舍五入 1811.01 / education under S = 3622.01: the tie 1811.005 rounds up to 1811.01",
			p: p, typ: household.EducationExpense, standard: "3622.01", want: "1811.01"},
		{name: "tie half even", clause: "0", desc: "教育 6 × 3622.01 ÷ 12 = 1811.005，银行家舍入 1811.00 / education under S = 3622.01: the tie 1811.005 rounds half-even to 1811.00",
			p: even, typ: household.EducationExpense, standard: "3622.01", want: "1811.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := newAssessor(t, withStandard(tc.p, tc.standard)).Maximum(tc.typ)
			if err != nil {
				t.Fatalf("%s: Maximum: %v", tc.desc, err)
			}
			if got.StringFixed(2) != tc.want || !got.Equal(d(tc.want)) {
				t.Errorf("%s: Maximum(%s, %s) = %s, want %s", tc.desc, tc.typ, tc.standard, got, tc.want)
			}
		})
	}
}
