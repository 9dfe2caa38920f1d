package household_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestClaimValidate: a claim checked on its own (as medical's per-claim
// rule takes one), at the path "claim", gets the checks a record gives each
// of its claims: its id, admission date and disease, its amounts as money, a
// compliant cost within the total cost and insurance within the compliant
// cost (2.3.4; the costs compared only when they are money). Each row also
// puts its claim in a record of one member, born 1950-01-01, and requires
// the record check to say what the claim's check at members[0].claims[0]
// says, error for error. Each
// claim is claim c1 of 2017-05-10 with a total and compliant cost of
// 25000.00, 15000.00 paid by NCMS and 2000.00 by critical-illness
// insurance, changed as the row says.
func TestClaimValidate(t *testing.T) {
	d := decimal.RequireFromString
	claim := func(f func(c *household.Claim)) *household.Claim {
		c := &household.Claim{ID: "c1", Admission: household.NewDate(2017, 5, 10), TotalCost: d("25000.00"),
			CompliantCost: d("25000.00"), NCMS: d("15000.00"), CriticalIllness: d("2000.00")}
		f(c)
		return c
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		claim  *household.Claim
		want   []string
	}{
		{name: "sound", clause: "2.3.4", desc: "完整的住院记录：无错 / a sound claim: no error",
			claim: claim(func(*household.Claim) {})},
		{name: "amounts left out", clause: "2.3.4", desc: "只有编号和入院日期：金额缺省为 0，无错 / only an id and an admission date: the amounts are 0, no error",
			claim: &household.Claim{ID: "c1", Admission: household.NewDate(2017, 5, 10)}},
		{name: "no id", clause: "2.3.4", desc: "缺住院编号 / no claim id",
			claim: claim(func(c *household.Claim) { c.ID = "" }),
			want:  []string{"claim.id: is required"}},
		{name: "id with a trailing space", clause: "0", desc: "编号末尾有空格：与 c1 会被当作两个编号 / an id ending in a space, which would be read as a second id beside c1",
			claim: claim(func(c *household.Claim) { c.ID = "c1 " }),
			want:  []string{`claim.id: "c1 " has a space at its end`}},
		{name: "id too long", clause: "0", desc: "编号 65 字节，超过 64 字节；错误只引前 40 字节 / an id of 65 bytes, above 64; the error quotes its first 40",
			claim: claim(func(c *household.Claim) { c.ID = strings.Repeat("c", 65) }),
			want:  []string{`claim.id: "` + strings.Repeat("c", 40) + `…" is longer than 64 bytes`}},
		{name: "id with an invisible character", clause: "0", desc: "编号中有零宽空格：看起来与 c1 相同 / an id holding a zero-width space, which looks like c1",
			claim: claim(func(c *household.Claim) { c.ID = "c\u200b1" }),
			want:  []string{`claim.id: "c\u200b1" has an invisible character U+200B at byte 1`}},
		{name: "no admission", clause: "2.3.4", desc: "缺入院日期 / no admission date",
			claim: claim(func(c *household.Claim) { c.Admission = household.Date{} }),
			want:  []string{"claim.admission: is required"}},
		{name: "admission not a date", clause: "2.3.4", desc: "入院日期 2017-02-30 不存在 / an admission on 2017-02-30, which is no date",
			claim: claim(func(c *household.Claim) { c.Admission = household.NewDate(2017, 2, 30) }),
			want:  []string{"claim.admission: 2017-02-30 is not a calendar date from 1900 to 9999"}},
		{name: "unknown disease", clause: "2.3.4", desc: "未知病种 / an unknown disease",
			claim: claim(func(c *household.Claim) { c.Disease = "x" }),
			want:  []string{`claim.disease: "x" is not acute-leukaemia, congenital-heart or empty`}},
		{name: "negative and three places", clause: "0", desc: "补充保险为负、定额费用三位小数：各报一次 / a negative supplementary payment and a fixed-quota cost of three places: each reported once",
			claim: claim(func(c *household.Claim) { c.Supplementary, c.FixedQuotaCost = d("-0.01"), d("100.001") }),
			want:  []string{"claim.supplementary: -0.01 is negative", "claim.fixed_quota_cost: 100.001 has more than two decimal places"}},
		{name: "compliant above total", clause: "2.3.4", desc: "合规费用 25000.00 超过总费用 24999.99 / a compliant cost of 25000.00 above a total cost of 24999.99",
			claim: claim(func(c *household.Claim) { c.TotalCost = d("24999.99") }),
			want:  []string{"claim.compliant_cost: 25000.00 is more than the total cost 24999.99"}},
		{name: "insurance above compliant", clause: "2.3.4", desc: "保险赔付 15000.00 + 2000.00 + 8000.01 = 25000.01，超过合规费用 25000.00 / insurance paying 15000.00 + 2000.00 + 8000.01 = 25000.01 of a compliant cost of 25000.00",
			claim: claim(func(c *household.Claim) { c.Guaranteed = d("8000.01") }),
			want:  []string{"claim: 25000.01 paid by insurance is more than the compliant cost 25000.00"}},
		{name: "insurance at compliant", clause: "2.3.4", desc: "保险赔付恰为合规费用 25000.00：无错 / insurance paying exactly the compliant cost of 25000.00: no error",
			claim: claim(func(c *household.Claim) { c.Guaranteed = d("8000.00") })},
		{name: "costs not compared when not money", clause: "2.3.4", desc: "合规费用三位小数：只报它本身，不与总费用或保险赔付比较 / a compliant cost of three places: it alone is reported, not compared with the total cost or insurance",
			claim: claim(func(c *household.Claim) { c.CompliantCost, c.TotalCost = d("1.001"), d("1.00") }),
			want:  []string{"claim.compliant_cost: 1.001 has more than two decimal places"}},
		{name: "id, admission and disease together", clause: "2.3.4", desc: "缺编号、缺入院日期、未知病种：按记录检查的顺序各报一次 / no id, no admission date and an unknown disease: each reported once, in the record check's order",
			claim: claim(func(c *household.Claim) { c.ID, c.Admission, c.Disease = "", household.Date{}, "flu" }),
			want: []string{"claim.id: is required", "claim.admission: is required",
				`claim.disease: "flu" is not acute-leukaemia, congenital-heart or empty`}},
		{name: "nil", clause: "0", desc: "空的住院记录 / a nil claim",
			want: []string{"claim: is missing"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, messages(tc.claim.Validate("claim"))); diff != "" {
				t.Errorf("%s (%s): errors (-want +got):\n%s", tc.desc, tc.clause, diff)
			}
			if tc.claim == nil {
				return
			}
			h := &household.Household{ID: "H", Township: "T", Members: []household.Member{
				{ID: "m1", BirthDate: household.NewDate(1950, 1, 1), Claims: []household.Claim{*tc.claim}}}}
			alone := messages(tc.claim.Validate("members[0].claims[0]"))
			if diff := cmp.Diff(alone, messages(h.Validate())); diff != "" {
				t.Errorf("%s (%s): the record check says otherwise (-alone +in a record):\n%s", tc.desc, tc.clause, diff)
			}
		})
	}
}

// messages returns the text of every field error of err, in order.
func messages(err error) []string {
	var out []string
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fe.Error())
	}
	return out
}

// A claim checked on its own, before it joins a record: its errors name the
// path given, here the one it will have in the record.
func ExampleClaim_Validate() {
	c := &household.Claim{ID: "c1", Admission: household.NewDate(2017, 5, 10),
		TotalCost: decimal.RequireFromString("100.00"), CompliantCost: decimal.RequireFromString("250.00")}
	fmt.Println(c.Validate("members[0].claims[1]"))
	c.TotalCost = decimal.RequireFromString("250.00")
	fmt.Println(c.Validate("members[0].claims[1]"))
	// Output:
	// members[0].claims[1].compliant_cost: 250.00 is more than the total cost 100.00
	// <nil>
}
