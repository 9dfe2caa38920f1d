package household_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestValidateAmountsInGo: an amount in a record built in Go is checked by
// its value, not by how it was written (section 0: money has at most two
// places): decimal.RequireFromString("10.000") is 10.00 and passes, as does
// decimal.New(1, 1), which is 10, while 10.001 is refused. (On the wire the
// text itself is held to two places: TestDecode.) Such a record may hold a
// decimal of any exponent (decimal.New(1, 2_000_000) is 10^2000000, a number
// of two million digits if ever written out or rescaled). Validate refuses
// such amounts from their exponent and digits alone: each is reported at its
// path, its text short, and the whole check allocates a few kilobytes, never
// the digits.
func TestValidateAmountsInGo(t *testing.T) {
	huge, tiny := decimal.New(1, 2_000_000), decimal.New(7, -2_000_000)
	income := func(amount decimal.Decimal) func(h *household.Household) {
		return func(h *household.Household) {
			h.Members[0].Incomes = []household.Income{{Category: household.Wages, Amount: amount}}
		}
	}
	tests := []struct {
		name, desc string
		clause     policy.Clause
		edit       func(h *household.Household)
		want       []string
	}{
		{name: "10.000 is 10.00", desc: "10.000 的值为 10.00：通过 / 10.000 is 10.00: it passes", clause: "0",
			edit: income(decimal.RequireFromString("10.000"))},
		{name: "10 as 1E1", desc: "decimal.New(1, 1) 即 10：通过 / decimal.New(1, 1) is 10: it passes", clause: "0",
			edit: income(decimal.New(1, 1))},
		{name: "10.001", desc: "10.001 有三位有效小数：报错 / 10.001 has three places: an error", clause: "0",
			edit: income(decimal.RequireFromString("10.001")),
			want: []string{"members[0].incomes[0].amount: 10.001 has more than two decimal places"}},
		{name: "income", desc: "收入 10^2000000 / an income of 10^2000000", clause: "0",
			edit: income(huge),
			want: []string{"members[0].incomes[0].amount: 1E2000000 is above 10^12 元"}},
		{name: "claim", desc: "住院费用的极大与极小指数 / a claim's costs of huge and tiny exponents", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].Claims = []household.Claim{{ID: "c1", Admission: household.NewDate(2017, 3, 1),
					TotalCost: tiny, CompliantCost: huge}}
			},
			want: []string{"members[0].claims[0].total_cost: 7E-2000000 has more than two decimal places",
				"members[0].claims[0].compliant_cost: 1E2000000 is above 10^12 元"}},
		{name: "hardship", desc: "困难事件损失 10^2000000 / a hardship cost of 10^2000000", clause: "0",
			edit: func(h *household.Household) {
				h.Hardships = []household.Hardship{{ID: "e1", Type: household.Fire, Date: household.NewDate(2017, 5, 1),
					Cost: huge, OtherAid: tiny}}
			},
			want: []string{"hardships[0].cost: 1E2000000 is above 10^12 元",
				"hardships[0].other_aid: 7E-2000000 has more than two decimal places"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := &household.Household{ID: "H", Township: "T", Members: []household.Member{
				{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
			tc.edit(h)
			var err error
			_, bytes := cost(func() { err = h.Validate() })
			var got []string
			for _, fe := range policy.FieldErrors(err) {
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: errors (-want +got):\n%s", tc.desc, diff)
			}
			if bytes > 64<<10 {
				t.Errorf("%s: Validate allocated %.0f bytes, want at most 64 KiB (the digits of the exponent were made)", tc.desc, bytes)
			}
		})
	}
}
