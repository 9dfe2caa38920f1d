package benefit_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
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
		text       string // the error's words, whole, where the case states them
	}{
		{name: "unknown-key", desc: "未知字段 / an unknown key", from: `"households":6`, to: `"houses":6`, path: "houses"},
		{name: "key case", desc: "键名大小写不符 / a key in the wrong case", from: `"households":6`, to: `"Households":6`, path: "Households"},
		{name: "repeated key", desc: "重复的键，不取最后一个 / a repeated key, not last-wins", from: `"households":6`, to: `"households":6,"households":7`, path: "households"},
		{name: "trailing data", desc: "JSON 之后还有数据 / data after the value", from: `}}}`, to: `}}} {}`, path: "(input)"},
		{name: "negative-count", desc: "负数户数 / a negative count", from: `"households":6`, to: `"households":-6`, path: "households"},
		{name: "counts", desc: "户数不等于增、减、不变之和 / households that are not gainers + losers + unchanged", from: `"households":6`, to: `"households":7`, path: "households"},
		{name: "three-places", desc: "三位小数 / an amount of three places", from: `"gained":"3928.07"`, to: `"gained":"3928.071"`, path: "gained"},
		{name: "gained", desc: "增加总额与总变化不符 / gains that do not make all's change", from: `"gained":"3928.07"`, to: `"gained":"3928.08"`, path: "gained"},
		{name: "lost-positive", desc: "减少总额为正，虽与增加总额之和等于总变化：拒绝 / losses that are positive, though with the gains they make all's change: refused",
			from: `"gained":"3928.07","lost":"0.00"`, to: `"gained":"3927.07","lost":"1.00"`, path: "gained",
			text: "gained: 3927.07 and lost 1.00 are not the gains (≥ 0) and losses (≤ 0) that make all's change 3928.07"},
		{name: "unknown-dimension", desc: "未知维度 / an unknown dimension", from: `"payee":[`, to: `"village":[`, path: "rows.village"},
		{name: "dotted-dimension", desc: "含点号的未知维度加引号，不冒充别的路径 / an unknown dimension with a dot is quoted, never read as another path",
			from: `"payee":[`, to: `"township.x":[`, path: `rows."township.x"`},
		{name: "null-rows", desc: "维度的行为 null：报错，不当作空 / a dimension's rows null: an error, not read as none",
			from: `"payee":[`, to: `"payee":null,"x":[`, path: "rows.payee"},
		{name: "duplicate row", desc: "同一维度内重复的行，不互相覆盖 / a row given twice in its dimension, neither replacing the other",
			from: `"rows":{"item":[`, to: `"rows":{"item":[{"key":"disability/nursing","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":1},"reform":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":1},"difference":"0.00","monthly_difference":"0.00","lump_difference":"0.00"},`,
			path: "rows.item[1].key"},
		{name: "empty row", desc: "两边都没有明细行的行 / a row with no lines on either side",
			from: `"rows":{"item":[`, to: `"rows":{"item":[{"key":"temporary/referral","baseline":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":0,"households":0,"persons":0},"reform":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":0,"households":0,"persons":0},"difference":"0.00","monthly_difference":"0.00","lump_difference":"0.00"},`,
			path: "rows.item[0]"},
		{name: "households-but-no-lines", desc: "格子有户数却无明细行 / a cell with households but no lines",
			from: `"rows":{"item":[`, to: `"rows":{"item":[{"key":"temporary/referral","baseline":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":0,"households":1,"persons":0},"reform":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":1},"difference":"0.00","monthly_difference":"0.00","lump_difference":"0.00"},`,
			path: "rows.item[0].baseline"},
		{name: "persons-but-no-lines", desc: "格子有人数却无明细行 / a cell with persons but no lines",
			from: `"rows":{"item":[`, to: `"rows":{"item":[{"key":"temporary/referral","baseline":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":0,"households":0,"persons":1},"reform":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":1},"difference":"0.00","monthly_difference":"0.00","lump_difference":"0.00"},`,
			path: "rows.item[0].baseline"},
		{name: "annual-but-no-lines", desc: "格子仅全年金额非零却无明细行 / a cell with only an annual amount but no lines",
			from: `"rows":{"item":[`, to: `"rows":{"item":[{"key":"temporary/referral","baseline":{"annual":"1.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":0,"households":0,"persons":0},"reform":{"annual":"0.00","monthly":"0.00","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":1},"difference":"-1.00","monthly_difference":"0.00","lump_difference":"0.00"},`,
			path: "rows.item[0].baseline"},
		{name: "township baseline off", desc: "乡镇条目基准多 0.01（差额随之）：各乡镇基准之和不等于总计 / a township entry's baseline 0.01 more (its difference with it): the townships' baselines no longer add up to all's",
			from: `{"township":"镇乙","programme":"disability","baseline":"720.00","reform":"720.00","difference":"0.00"}`,
			to:   `{"township":"镇乙","programme":"disability","baseline":"720.01","reform":"720.00","difference":"-0.01"}`, path: "townships",
			text: "townships: 7 entries add up to baseline 16383.94 and reform 20312.00, not all's 16383.93 and 20312.00"},
		{name: "township difference", desc: "乡镇条目差额不等于改革减基准 / a township entry's difference that is not reform − baseline",
			from: `{"township":"镇乙","programme":"disability","baseline":"720.00","reform":"720.00","difference":"0.00"}`,
			to:   `{"township":"镇乙","programme":"disability","baseline":"720.00","reform":"720.00","difference":"0.01"}`, path: "townships[2].difference",
			text: "townships[2].difference: 0.01 is not reform − baseline"},
		{name: "gains below gained", desc: "列出全部增加户，其变化之和比增加总额少 0.01 / every gainer listed, their changes 0.01 short of what was gained",
			from: `{"household":"C-05","township":"镇甲","baseline":"3018.33","reform":"3260.00","change":"241.67"}`,
			to:   `{"household":"C-05","township":"镇甲","baseline":"3018.33","reform":"3259.99","change":"241.66"}`, path: "gains",
			text: "gains: 3928.06 is the sum of the movers' changes (reform − baseline), not within the total 3928.07 (equal to it when every mover is listed)"},
		{name: "a loss listed without losers", desc: "没有减少户却列出一户 / a loss listed where there are no losers",
			from: `"losses":[]`, to: `"losses":[{"household":"C-09","township":"镇甲","baseline":"100.00","reform":"90.00","change":"-10.00"}]`,
			path: "losses", text: "losses: 1 movers are listed, not the 0 of 0 that a comparison lists"},
		{name: "unknown programme row", desc: "按项目的行，键不是项目：拒绝，不改名合并 / a row by programme whose key is no programme: refused, not merged under a new name",
			from: `{"key":"disability","baseline"`, to: `{"key":"not-a-programme","baseline"`, path: "rows.programme[0].key"},
		{name: "item row of no programme", desc: "按明细项的行，键的项目未知 / a row by item whose key names no programme",
			from: `{"key":"disability/nursing","baseline"`, to: `{"key":"pension/nursing","baseline"`, path: "rows.item[0].key"},
		{name: "item row without its programme", desc: "明细项的键须写作 项目/明细项 / an item's key is written programme/item",
			from: `{"key":"disability/nursing","baseline"`, to: `{"key":"nursing","baseline"`, path: "rows.item[0].key"},
		{name: "unknown payee row", desc: "按领取方的行，键不是领取方 / a row by payee whose key is no payee",
			from: `"payee":[{"key":"`, to: `"payee":[{"key":"x`, path: "rows.payee[0].key"},
		{name: "unknown payer row", desc: "按支付方的行，键不是支付方 / a row by payer whose key is no payer",
			from: `"payer":[{"key":"`, to: `"payer":[{"key":"evil-`, path: "rows.payer[0].key"},
		{name: "one place", desc: "金额只有一位小数：不是写出的样子 / an amount of one place is not as written", from: `"gained":"3928.07"`, to: `"gained":"3928.1"`, path: "gained"},
		{name: "row difference", desc: "行差额不等于改革减基准 / a row's difference that is not reform − baseline",
			from: `"difference":"0.00","monthly_difference"`, to: `"difference":"0.01","monthly_difference"`, path: "rows.item[0].difference",
			text: "rows.item[0].difference: 0.01 is not reform − baseline"},
		{name: "no provisional", desc: "格子缺 provisional（旧版写的）：拒绝，不当作 0 / a cell without provisional (as an older version wrote): refused, not read as 0",
			from: `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00",`,
			to:   `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00",`, path: "rows.programme[0].baseline.provisional"},
		{name: "rows against all", desc: "各行合计与总计不符 / rows that do not add up to all",
			from: `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00","lines":1`,
			to:   `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00","lines":2`, path: "rows.programme"},
		{name: "provisional against all", desc: "各行暂定金额合计与总计不符 / rows whose provisional amounts do not add up to all's",
			from: `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00"`,
			to:   `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.01"`, path: "rows.programme",
			text: "rows.programme: provisional 4278.34 in all is not all.baseline's 4278.33"},
		{name: "provisional above annual", desc: "暂定金额大于全年金额 / a provisional amount above the annual amount",
			from: `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"0.00"`,
			to:   `{"key":"disability","baseline":{"annual":"720.00","monthly":"60.00","lump":"0.00","provisional":"720.01"`,
			path: "rows.programme[0].baseline.provisional",
			text: "rows.programme[0].baseline.provisional: 720.01 is not part of the annual amount 720.00"},
		{name: "unknown-programme", desc: "未知项目 / an unknown programme", from: `{"programme":"tekun","baseline":1`, to: `{"programme":"pension","baseline":1`, path: "coverage[1].programme"},
		{name: "duplicate coverage", desc: "同一项目的覆盖给了两次 / a programme's coverage given twice",
			from: `{"programme":"tekun","baseline":1`, to: `{"programme":"lowincome","baseline":1`, path: "coverage[1].programme"},
		{name: "coverage change", desc: "新进、退出与两边人数不符 / entrants and leavers that are not the change",
			from: `{"programme":"lowincome","baseline":2,"reform":3,"entrants":1`, to: `{"programme":"lowincome","baseline":2,"reform":3,"entrants":2`, path: "coverage[0]"},
		{name: "eleven months", desc: "只有 11 个月的支出 / an outlay of 11 months",
			from: `"months":["1008.80","1008.80",`, to: `"months":["1008.80",`, path: "outlays.baseline.payer[0].months"},
		{name: "outlay total", desc: "支出合计不等于各月之和 / an outlay total that is not its months' sum",
			from: `"total":"16383.93"`, to: `"total":"16383.94"`, path: "outlays.baseline.all.total",
			text: "outlays.baseline.all.total: 16383.94 is not the sum of its months 16383.93"},
		{name: "coverage above households", desc: "改革覆盖 7 户，多于对比的 6 户 / 7 households covered under the reform, more than the 6 compared",
			from: `{"programme":"lowincome","baseline":2,"reform":3,"entrants":1,"leavers":0}`,
			to:   `{"programme":"lowincome","baseline":2,"reform":7,"entrants":5,"leavers":0}`, path: "coverage[0]",
			text: "coverage[0]: 2, 7 covers more than the households"},
		{name: "outlay month", desc: "残疾补贴 2 月支出 60.01（合计随之）：各项目 2 月之和 1008.81 不等于总计 1008.80 / the disability subsidies' February outlay 60.01 (its total with it): the programmes' Februaries add up to 1008.81, not all's 1008.80",
			from: `{"key":"disability","months":["60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00"],"total":"720.00"}`,
			to:   `{"key":"disability","months":["60.00","60.01","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00"],"total":"720.01"}`, path: "outlays.baseline.programme",
			text: "outlays.baseline.programme: 1008.81 in month 2 does not add up to all's 1008.80"},
		{name: "outlay december", desc: "残疾补贴 12 月支出 60.01（合计随之）：各项目 12 月之和 1008.81 不等于总计 1008.80 / the disability subsidies' December outlay 60.01 (its total with it): the programmes' Decembers add up to 1008.81, not all's 1008.80",
			from: `{"key":"disability","months":["60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00"],"total":"720.00"}`,
			to:   `{"key":"disability","months":["60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.00","60.01"],"total":"720.01"}`, path: "outlays.baseline.programme",
			text: "outlays.baseline.programme: 1008.81 in month 12 does not add up to all's 1008.80"},
		{name: "month-repeated", desc: "未评估月份重复，不合并 / a month not assessed named twice, not merged",
			from: `"baseline":{"programme":`, to: `"baseline":{"not_assessed":[3,3],"programme":`, path: "outlays.baseline.not_assessed[1]"},
		{name: "change-mismatch", desc: "差额不等于改革减基准，错误信息按两位小数引出所写差额 / a change that is not reform − baseline, the error quoting it with its two places", from: `"change":"1406.20"`, to: `"change":"1406.10"`, path: "gains[0].change",
			text: "gains[0].change: 1406.10 is not reform − baseline"},
		{name: "out-of-order", desc: "排序错误 / movers out of order",
			from: `{"household":"C-01","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"},{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"}`,
			to:   `{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"},{"household":"C-01","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"}`,
			path: "gains[1]"},
		{name: "month-not-assessed-13", desc: "未评估月份 13 不是月份 / 13 named as a month not assessed is no month",
			from: `"baseline":{"programme":`, to: `"baseline":{"not_assessed":[13],"programme":`, path: "outlays.baseline.not_assessed[0]"},
		{name: "gainer left out", desc: "5 户增加却只列出 4 户 / five gainers but four listed",
			from: `,{"household":"C-05","township":"镇甲","baseline":"3018.33","reform":"3260.00","change":"241.67"}`, to: ``, path: "gains"},
		{name: "gains against gained", desc: "列出全部增加户时其变化之和须等于增加总额 / every gainer listed, their changes must add up to what was gained",
			from: `{"household":"C-05","township":"镇甲","baseline":"3018.33","reform":"3260.00","change":"241.67"}`,
			to:   `{"household":"C-05","township":"镇甲","baseline":"3018.33","reform":"3260.01","change":"241.68"}`, path: "gains"},
		{name: "all households", desc: "有待遇的户数多于对比的户数 / more households with entitlements than compared",
			from: `"lines":15,"households":5,"persons":8`, to: `"lines":15,"households":7,"persons":8`, path: "all.baseline.households"},
		{name: "all persons", desc: "有待遇的人数多于对比的人数 / more persons with entitlements than compared",
			from: `"lines":15,"households":5,"persons":8`, to: `"lines":15,"households":5,"persons":14`, path: "all.baseline.persons"},
		{name: "township added", desc: "多出的乡镇条目：乡镇合计与总计不符 / a township added: the townships no longer add up to all",
			from: `"townships":[`, to: `"townships":[{"township":"镇丙","programme":"lowincome","baseline":"1086.60","reform":"1800.80","difference":"714.20"},`,
			path: "townships"},
		{name: "huge", desc: "超出范围的金额 / an amount beyond int64 fen", from: `"gained":"3928.07"`, to: `"gained":"99999999999999999999.00"`, path: "gained",
			text: `gained: "99999999999999999999.00" is not an amount in yuan with exactly two decimal places, below 10^16 元`},
		{name: "nineteen-digits", desc: "19 位数字的金额（10^16 元）：拒绝 / an amount of 19 digits (10^16 元): refused", from: `"gained":"3928.07"`, to: `"gained":"10000000000000000.00"`, path: "gained",
			text: `gained: "10000000000000000.00" is not an amount in yuan with exactly two decimal places, below 10^16 元`},
		{name: "eighteen-digits", desc: "18 位数字的金额照读，再与总变化比对 / an amount of 18 digits is read, then held to all's change", from: `"gained":"3928.07"`, to: `"gained":"9999999999999999.99"`, path: "gained",
			text: `gained: 9999999999999999.99 and lost 0.00 are not the gains (≥ 0) and losses (≤ 0) that make all's change 3928.07`},
		{name: "leading-zero", desc: "以 0 开头的金额 \"03.00\"：一个金额只有一种写法 / an amount with a leading zero, \"03.00\": one spelling per amount", from: `"gained":"3928.07"`, to: `"gained":"03.00"`, path: "gained",
			text: `gained: "03.00" is not an amount in yuan with exactly two decimal places, below 10^16 元`},
		{name: "not-a-digit", desc: "金额含字母 \"3928.0x\"：拒绝 / an amount with a letter, \"3928.0x\": refused", from: `"gained":"3928.07"`, to: `"gained":"3928.0x"`, path: "gained",
			text: `gained: "3928.0x" is not an amount in yuan with exactly two decimal places, below 10^16 元`},
		{name: "no-whole-part", desc: "无整数部分的金额 \".07\"：拒绝 / an amount without its whole part, \".07\": refused", from: `"gained":"3928.07"`, to: `"gained":".07"`, path: "gained",
			text: `gained: ".07" is not an amount in yuan with exactly two decimal places, below 10^16 元`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.from) {
				t.Fatalf("the sample lacks %s", tc.from)
			}
			var c benefit.Comparison
			c.Households = 99
			err := c.UnmarshalJSON([]byte(strings.Replace(good, tc.from, tc.to, 1))) // json.Unmarshal checks syntax first
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			if !slices.Contains(paths, tc.path) {
				t.Errorf("%s: error %v, want one at %q", tc.desc, err, tc.path)
			}
			if tc.text != "" && (err == nil || err.Error() != tc.text) {
				t.Errorf("%s: error %v, want %s", tc.desc, err, tc.text)
			}
			if c.Households != 99 {
				t.Errorf("%s: the comparison was changed", tc.desc)
			}
		})
	}
}

// TestCompareWireUnknownItem: a breakdown read back from JSON may name an
// item no rule of this version makes; a comparison that added it writes a
// row by item the reader reads back, as it reads every shard the library
// could have written. Compared with the breakdown as assessed, its rows
// lowincome/base (the baseline's only) and lowincome/base-2030 (the
// reform's only) each read back on its own side alone: a side without
// lines has no row.
func TestCompareWireUnknownItem(t *testing.T) {
	assessed := yaodu(t)
	js := string(assessed.AppendJSON(nil))
	if !strings.Contains(js, `"item":"base"`) {
		t.Fatal(`the sample's JSON has no "item":"base"`)
	}
	var b benefit.Breakdown
	if err := b.UnmarshalJSON([]byte(strings.Replace(js, `"item":"base"`, `"item":"base-2030"`, 1))); err != nil {
		t.Fatal(err)
	}
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	var c benefit.Comparison
	c.Add(h, assessed, &b)
	out, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"key":"lowincome/base-2030"`) {
		t.Fatalf("the comparison has no row lowincome/base-2030")
	}
	var back benefit.Comparison
	if err := back.UnmarshalJSON(out); err != nil {
		t.Fatalf("未知明细项的行须能读回 / a row of an item this version does not make must read back: %v", err)
	}
	keys := func(b *benefit.Budget) []string {
		var ks []string
		for _, r := range b.Rows(benefit.ByItem) {
			if strings.HasPrefix(r.Key, "lowincome/base") {
				ks = append(ks, r.Key)
			}
		}
		return ks
	}
	for _, side := range []struct {
		name, desc string
		sent, read *benefit.Budget
		want       []string
	}{
		{name: "baseline", desc: "基准只有原明细项 base 的行 / the baseline has a row of the item as assessed, base, alone",
			sent: &c.Baseline, read: &back.Baseline, want: []string{"lowincome/base"}},
		{name: "reform", desc: "改革只有改名的 base-2030 的行 / the reform has a row of the renamed item, base-2030, alone",
			sent: &c.Reform, read: &back.Reform, want: []string{"lowincome/base-2030"}},
	} {
		t.Run(side.name, func(t *testing.T) {
			if diff := cmp.Diff(side.want, keys(side.sent)); diff != "" {
				t.Errorf("%s: rows sent (-want +got):\n%s", side.desc, diff)
			}
			if diff := cmp.Diff(side.want, keys(side.read)); diff != "" {
				t.Errorf("%s: read back (-want +got):\n%s", side.desc, diff)
			}
		})
	}
}

// TestCompareWireErrorValues: a value a comparison's error quotes from the
// input is quoted and cut, as every reader's is (policy.Quote): a huge key
// or household id makes no huge error, and an id is never written whole.
func TestCompareWireErrorValues(t *testing.T) {
	good := wireSample(t)
	long := strings.Repeat("长", 100000)
	tests := []struct {
		name, desc string
		from, to   string
		path       string
	}{
		{name: "outlay key", desc: "支出的未知键：截短并加引号 / an outlay's unknown key: cut and quoted",
			from: `"outlays":{"baseline":{"programme":[{"key":"`, to: `"outlays":{"baseline":{"programme":[{"key":"` + long,
			path: "outlays.baseline.programme[0].key"},
		{name: "mover out of order", desc: "排序错误的户号：截短并加引号 / a household out of order: its id cut and quoted",
			from: `{"household":"C-01","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"},{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"}`,
			to:   `{"household":"C-02","township":"镇甲","baseline":"0.00","reform":"1276.00","change":"1276.00"},{"household":"` + long + `","township":"镇甲","baseline":"7217.00","reform":"8623.20","change":"1406.20"}`,
			path: "gains[1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.from) {
				t.Fatalf("the sample lacks %s", tc.from)
			}
			var c benefit.Comparison
			fes := policy.FieldErrors(c.UnmarshalJSON([]byte(strings.Replace(good, tc.from, tc.to, 1))))
			if len(fes) != 1 || fes[0].Path != tc.path {
				t.Fatalf("%s: errors %.300v, want one at %q", tc.desc, fes, tc.path)
			}
			if v := fes[0].Value; len(v) > 64 || !strings.HasPrefix(v, `"`) {
				t.Errorf("%s: the value is %d bytes (%.80s…), want it quoted and cut", tc.desc, len(v), v)
			}
		})
	}
}

// FuzzComparisonJSON: reading any bytes as a comparison never panics, and
// a comparison read writes JSON that reads back to the same JSON, with
// every entry of the input still there: nothing read is merged or dropped
// (entries counts the rows, coverage, townships, movers, outlays and
// months not assessed of each).
func FuzzComparisonJSON(f *testing.F) {
	f.Add(wireSample(f))
	f.Add(`{}`)
	f.Add(`{"outlays":{"baseline":{"not_assessed":[5,3,3]}}}`)
	f.Add(`{"rows":{"programme":[{"key":"lowincome","baseline":{"annual":"1.00","monthly":"0.08","lump":"0.00","provisional":"0.00","lines":1,"households":1,"persons":0}}]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c benefit.Comparison
		if err := c.UnmarshalJSON([]byte(s)); err != nil {
			return
		}
		once, err := json.Marshal(&c)
		if err != nil {
			t.Fatal(err)
		}
		if in, out := entries(t, []byte(s)), entries(t, once); in != out {
			t.Fatalf("read %s\nwritten %s\nentries %s, written %s", s, once, in, out)
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

// entries counts, in a comparison's JSON, the entries of every list: the
// rows of each dimension, the coverage, townships, gains and losses, and
// each side's outlays and months not assessed.
func entries(t *testing.T, data []byte) string {
	t.Helper()
	var d struct {
		Rows      map[string][]json.RawMessage `json:"rows"`
		Coverage  []json.RawMessage            `json:"coverage"`
		Townships []json.RawMessage            `json:"townships"`
		Gains     []json.RawMessage            `json:"gains"`
		Losses    []json.RawMessage            `json:"losses"`
		Outlays   map[string]struct {
			Programme   []json.RawMessage `json:"programme"`
			Payer       []json.RawMessage `json:"payer"`
			NotAssessed []json.RawMessage `json:"not_assessed"`
		} `json:"outlays"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	out := fmt.Sprint(len(d.Coverage), len(d.Townships), len(d.Gains), len(d.Losses))
	for _, dim := range []string{"programme", "item", "township", "payee", "payer"} {
		out += fmt.Sprint(" ", dim, len(d.Rows[dim]))
	}
	for _, side := range []string{"baseline", "reform"} {
		o := d.Outlays[side]
		out += fmt.Sprint(" ", side, len(o.Programme), len(o.Payer), len(o.NotAssessed))
	}
	return out
}
