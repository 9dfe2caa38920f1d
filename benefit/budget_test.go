package benefit_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// budgetOf assesses the records and adds them to one budget.
func budgetOf(t *testing.T, a *benefit.Assessor, hs []*household.Household) *benefit.Budget {
	t.Helper()
	var b benefit.Budget
	for _, h := range hs {
		br, err := a.Assess(h, on)
		if err != nil {
			b.AddError()
			continue
		}
		b.Add(h, br)
	}
	return &b
}

// TestBudget is the table of a small budget worked out by hand: a 低保
// household (worked example 1) and a dispersed 特困 person (worked example
// 5) in two townships.
func TestBudget(t *testing.T) {
	a := assessor(t)
	hs := []*household.Household{
		hh(t, `{"id":"B1","township":"甲乡","members":[
			{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
			{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
			{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`),
		hh(t, `{"id":"B2","township":"乙乡","members":[
			{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"dispersed"}}]}`),
		hh(t, `{"id":"B3","township":"乙乡","members":[
			{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,"incomes":[{"category":"wages","amount":"9000.00"}]}]}`),
	}
	b := budgetOf(t, a, hs)
	type row struct {
		Key                        string
		Annual, Monthly, Lump      string
		Lines, Households, Persons int
	}
	rowsOf := func(d benefit.Dimension) []row {
		var out []row
		for _, r := range b.Rows(d) {
			out = append(out, row{r.Key, r.Annual.StringFixed(2), r.Monthly.StringFixed(2), r.Lump.StringFixed(2), r.Lines, r.Households, r.Persons})
		}
		return out
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		dim    benefit.Dimension
		want   []row
	}{
		{name: "by-programme", clause: policy.ClauseCoordination,
			desc: "按项目：低保 6366.00（月 530.50）；特困 3622.00（月 301.83）；资助参合 4 人 × 180.00 = 720.00 一次性 / " +
				"by programme: 低保 6366.00 (530.50 a month); 特困 3622.00 (301.83 a month); sponsorship 4 × 180.00 = 720.00 lump",
			dim: benefit.ByProgramme,
			want: []row{
				{"lowincome", "6366.00", "530.50", "0.00", 1, 1, 0},
				{"medical", "720.00", "0.00", "720.00", 4, 2, 4},
				{"tekun", "3622.00", "301.83", "0.00", 1, 1, 1},
			}},
		{name: "by-township", clause: policy.ClauseCoordination,
			desc: "按乡镇：甲乡 6366.00 + 3 × 180.00 = 6906.00；乙乡 3622.00 + 180.00 = 3802.00，B3 无待遇 / " +
				"by township: 甲乡 6906.00; 乙乡 3802.00, B3 has no entitlement",
			dim: benefit.ByTownship,
			want: []row{
				{"乙乡", "3802.00", "301.83", "180.00", 2, 1, 1},
				{"甲乡", "6906.00", "530.50", "540.00", 4, 1, 3},
			}},
		{name: "by-payer", clause: policy.ClauseCoordination,
			desc: "按支付方：民政 6366.00 + 3622.00 = 9988.00；医疗救助资金 720.00 / by payer: civil affairs 9988.00; medical-aid fund 720.00",
			dim:  benefit.ByPayer,
			want: []row{
				{"civil-affairs-fund", "9988.00", "832.33", "0.00", 2, 2, 1},
				{"medical-aid-fund", "720.00", "0.00", "720.00", 4, 2, 4},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, rowsOf(tc.dim)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	all := b.All()
	if b.Households != 3 || b.Persons != 5 || all.Households != 2 || all.Annual.StringFixed(2) != "10708.00" {
		t.Errorf("budget: %d households, %d persons, %d with lines, all %s; want 3, 5, 2, 10708.00",
			b.Households, b.Persons, all.Households, all.Annual.StringFixed(2))
	}
}

// TestMedicalShortfall is 2.3.1: county finance covers any shortfall of the
// medical-aid fund.
func TestMedicalShortfall(t *testing.T) {
	a := assessor(t)
	h := hh(t, `{"id":"M1","township":"甲乡","members":[
		{"id":"m1","birth_date":"1950-01-01","relation":"head","incomes":[{"category":"transfers","amount":"1000.00"}],
		 "claims":[{"id":"c1","admission":"2017-04-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]}]}`)
	b := budgetOf(t, a, []*household.Household{h})
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		fund   string
		want   string
	}{
		{name: "shortfall", clause: policy.ClauseMedicalFunds,
			desc: "医疗救助支出 180.00 + 5600.00 = 5780.00，资金 5000.00，缺口 780.00 由县级财政弥补 / " +
				"medical aid 5780.00 against a fund of 5000.00: county finance covers 780.00",
			fund: "5000.00", want: "780.00"},
		{name: "enough", clause: policy.ClauseMedicalFunds, desc: "资金足额，无缺口 / the fund suffices: no shortfall",
			fund: "5780.00", want: "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := b.MedicalShortfall(decimal.RequireFromString(tc.fund)); got.StringFixed(2) != tc.want {
				t.Errorf("%s\nMedicalShortfall(%s) = %s, want %s", tc.desc, tc.fund, got.StringFixed(2), tc.want)
			}
		})
	}
}

// TestBudgetMerge checks that a budget merged from 4 shards, in any order,
// equals the single pass exactly.
func TestBudgetMerge(t *testing.T) {
	a := assessor(t)
	g := county(4000)
	var single benefit.Budget
	shards := make([]benefit.Budget, 4)
	for i := range g.Len() {
		h := g.Household(i)
		br, err := a.Assess(h, on)
		if err != nil {
			t.Fatal(err)
		}
		single.Add(h, br)
		shards[(i*7)%4].Add(h, br)
	}
	var merged benefit.Budget
	for _, i := range []int{2, 0, 3, 1} {
		merged.Merge(&shards[i])
	}
	if merged.Households != single.Households || merged.Persons != single.Persons {
		t.Errorf("merged %d/%d households/persons, single %d/%d", merged.Households, merged.Persons, single.Households, single.Persons)
	}
	for _, d := range []benefit.Dimension{benefit.ByProgramme, benefit.ByItem, benefit.ByTownship, benefit.ByPayee, benefit.ByPayer} {
		if diff := cmp.Diff(single.Rows(d), merged.Rows(d), sameValues, cmp.AllowUnexported(benefit.Cell{}, policy.Sum{})); diff != "" {
			t.Errorf("%s (-single +merged):\n%s", d, diff)
		}
	}
	if diff := cmp.Diff(single.All(), merged.All(), sameValues, cmp.AllowUnexported(benefit.Cell{}, policy.Sum{})); diff != "" {
		t.Errorf("all (-single +merged):\n%s", diff)
	}
	if single.All().Annual.IsZero() || len(single.Rows(benefit.ByTownship)) != 20 {
		t.Errorf("the synthetic county has %s in all and %d townships", single.All().Annual, len(single.Rows(benefit.ByTownship)))
	}
}
