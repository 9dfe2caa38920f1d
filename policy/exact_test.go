package policy_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/policy"
)

// TestExactRead: an amount worked out exactly but not yet rounded reads
// back from JSON however many trailing zeros it was written with, and
// renders and writes as MExact makes it: 9470.1760 is 80% of 11837.72,
// 9470.176 (2.3.4). It has 3 to 12 places and is below 10^16 元, its
// digits within int64; a negative one, which no rule makes, or one of 13
// places is refused.
func TestExactRead(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		value              string // the argument's value in JSON
		render, write      string // what the explanation renders to, and the value it writes; "" when refused
	}{
		{name: "as written", clause: "2.3.4", desc: "11837.72 × 80% = 9470.176：原样读回 / read back as written",
			value: "9470.176", render: "x = 9470.176", write: "9470.176"},
		{name: "a trailing zero", clause: "2.3.4", desc: "9470.1760 即 9470.176，不写成 9470.1760 / 9470.1760 is 9470.176",
			value: "9470.1760", render: "x = 9470.176", write: "9470.176"},
		{name: "four places and a zero", clause: "0", desc: "250.00750 即 250.0075，不加“…” / 250.00750 is 250.0075, with no \"…\"",
			value: "250.00750", render: "x = 250.0075", write: "250.0075"},
		{name: "negative", clause: "0", desc: "负的精确金额：拒绝 / a negative exact amount: refused",
			value: "-0.00001"},
		{name: "twelve places", clause: "0", desc: "十二位小数：照读，显示时截为四位加“…” / twelve places: read, and shown cut to four with \"…\"",
			value: "301.833333333333", render: "x = 301.8333…", write: "301.833333333333"},
		{name: "thirteen places", clause: "0", desc: "十三位小数：拒绝 / thirteen places: refused", value: "301.8333333333333"},
		{name: "sixteen whole digits", clause: "0", desc: "整数 16 位（低于 10^16 元）/ sixteen whole digits, below 10^16 元",
			value: "1000000000000000.001", render: "x = 1000000000000000.001", write: "1000000000000000.001"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"formula":{"id":"t","zh":"x = {x}","en":"x = {x}"},"args":[{"name":"x","kind":"money","value":"` + tc.value + `"}]}`
			var e policy.Explanation
			err := json.Unmarshal([]byte(in), &e)
			if tc.render == "" {
				if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != "args.x" {
					t.Errorf("%s: Unmarshal = %v, want an error at args.x", tc.desc, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: %v", tc.desc, err)
			}
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{e.Render(policy.ZH), e.Render(policy.EN), string(b)}
			want := []string{tc.render, tc.render, `{"formula":{"id":"t","zh":"x = {x}","en":"x = {x}"},"args":[{"name":"x","kind":"money","value":"` +
				tc.write + `"}],"zh":"` + tc.render + `","en":"` + tc.render + `"}`}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
