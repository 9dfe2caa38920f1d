package benefit_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
)

// wireSample is the JSON of the hand-worked comparison, read and changed
// by the tables below.
func wireSample(t testing.TB) string {
	t.Helper()
	base, reform := baselineAndReform(t)
	c, err := benefit.Compare(base, reform, slices.Values(compareHouseholds(t)), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCompareWireErrors: a comparison read from the wire is checked; what
// is wrong is an error naming its path, and the comparison is unchanged.
func TestCompareWireErrors(t *testing.T) {
	good := wireSample(t)
	tests := []struct {
		name, desc string
		from, to   string // the change to the good JSON
		path       string
	}{
		{name: "unknown-key", desc: "未知字段 / an unknown key", from: `"households":6`, to: `"houses":6`, path: "(input)"},
		{name: "negative-count", desc: "负数户数 / a negative count", from: `"households":6`, to: `"households":-6`, path: "households"},
		{name: "three-places", desc: "三位小数 / an amount of three places", from: `"gained":"3928.07"`, to: `"gained":"3928.071"`, path: "(input)"},
		{name: "unknown-dimension", desc: "未知维度 / an unknown dimension", from: `"payee":[`, to: `"village":[`, path: "rows.village"},
		{name: "unknown-programme", desc: "未知项目 / an unknown programme", from: `{"programme":"tekun","baseline":1`, to: `{"programme":"pension","baseline":1`, path: "(input)"},
		{name: "change-mismatch", desc: "差额不等于改革减基准 / a change that is not reform − baseline", from: `"change":"1406.20"`, to: `"change":"1406.21"`, path: "gains[0].change"},
		{name: "out-of-order", desc: "排序错误 / movers out of order",
			from: `{"household":"C-01","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"},{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"}`,
			to:   `{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"},{"household":"C-01","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"}`,
			path: "gains[1]"},
		{name: "month-not-assessed-13", desc: "未评估月份 13 不是月份 / 13 named as a month not assessed is no month",
			from: `"baseline":{"programme":`, to: `"baseline":{"not_assessed":[13],"programme":`, path: "outlays.baseline.not_assessed[0]"},
		{name: "huge", desc: "超出范围的金额 / an amount beyond int64 fen", from: `"gained":"3928.07"`, to: `"gained":"99999999999999999999.00"`, path: "(input)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.from) {
				t.Fatalf("the sample lacks %s", tc.from)
			}
			var c benefit.Comparison
			c.Households = 99
			err := json.Unmarshal([]byte(strings.Replace(good, tc.from, tc.to, 1)), &c)
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			if !slices.Contains(paths, tc.path) {
				t.Errorf("%s: error %v, want one at %q", tc.desc, err, tc.path)
			}
			if c.Households != 99 {
				t.Errorf("%s: the comparison was changed", tc.desc)
			}
		})
	}
}

// FuzzComparisonJSON: reading any bytes as a comparison never panics, and
// a comparison read writes JSON that reads back to the same JSON.
func FuzzComparisonJSON(f *testing.F) {
	f.Add(wireSample(f))
	f.Add(`{}`)
	f.Add(`{"outlays":{"baseline":{"not_assessed":[5,3,3]}}}`)
	f.Add(`{"rows":{"programme":[{"key":"lowincome","baseline":{"annual":"1.00","monthly":"0.08","lump":"0.00","lines":1,"households":1,"persons":0}}]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c benefit.Comparison
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		once, err := json.Marshal(&c)
		if err != nil {
			t.Fatal(err)
		}
		var back benefit.Comparison
		if err := json.Unmarshal(once, &back); err != nil {
			t.Fatalf("reading back %s: %v", once, err)
		}
		twice, err := json.Marshal(&back)
		if err != nil {
			t.Fatal(err)
		}
		if string(once) != string(twice) {
			t.Fatalf("written %s\nread back and written %s", once, twice)
		}
	})
}
