package benefit_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestBadInputCatalogue is the catalogue of bad input: every class of
// invalid household record or parameter set, each with the error it gets
// through the path a service takes — household.Unmarshal then
// Assessor.Assess (as of 2017-09-01, under the built-in 2017 set) for a
// record, benefit.Unmarshal for a parameter set, Assessor.BatchJSONL for
// batch options. Every error wraps the sentinel named and names the field
// path; nothing panics. Every error is data and short, whatever the input
// (up to 4 MiB): field errors (policy.FieldErrors), at most 100 and one
// that counts the rest, each value at most 200 bytes, the whole text at
// most 32 KiB, and no Go type names or internal inputs in it. A row with
// no wantIs is input that looks odd but is accepted: it reads as the plain
// input same does.
func TestBadInputCatalogue(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		set    bool                  // input is a parameter set for benefit.Unmarshal, not a household record
		batch  *benefit.BatchOptions // input is JSON Lines for BatchJSONL with these options
		input  string                // JSON
		wantIs error
		// wantMsg is a part of the error that names the field path.
		wantMsg string
		// same is, for accepted input, the plain input it reads as.
		same string
	}{
		// Money (section 0: amounts are yuan, ≥ 0, at most two places).
		{
			name: "negative-money", clause: policy.ClauseConventions,
			desc:    "收入金额为负 / a negative income amount",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"-1.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "-1.00" is negative`,
		},
		{
			name: "three-places", clause: policy.ClauseConventions,
			desc:    "金额有三位小数 / money with three decimal places",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"1000.005"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "1000.005" has more than two decimal places`,
		},
		{
			name: "absurd-amount", clause: policy.ClauseConventions,
			desc:    "金额超过 10^12 元 / an absurd amount above 10^12 yuan",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"1000000000000.01"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes[0].amount: 1000000000000.01 is above 10^12 元",
		},
		{
			name: "absurd-amount-exponent", clause: policy.ClauseConventions,
			desc:    "以指数写的超大金额 1e13 / an absurd amount written with an exponent, 1e13",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"1e13","compliant_cost":"100.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].claims[0].total_cost: "1e13" is written with an exponent: write its digits`,
		},
		{
			name: "money-not-a-number", clause: policy.ClauseConventions,
			desc:    "金额不是数字 / money that is not a number",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"lots"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "lots"`,
		},
		{
			name: "negative-deposits", clause: policy.ClauseMeansTest,
			desc:    "存款为负 / negative deposits in the declared assets",
			input:   `{"id":"H1","township":"示例镇","assets":{"deposits":"-5.00"},"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `assets.deposits: "-5.00" is negative`,
		},

		// Enums: unknown values are refused, the allowed ones listed.
		{
			name: "unknown-relation", clause: policy.ClauseConventions,
			desc:    "未知的与户主关系 / an unknown relation to the head",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"boss"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].relation: "boss" is not one of head, spouse, child, parent, grandchild, sibling, other`,
		},
		{
			name: "enum-not-a-string", clause: policy.ClauseConventions,
			desc:    "关系写成数字 / a relation written as a number",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":7}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].relation: 7 is not a string",
		},
		{
			name: "unknown-disability-type", clause: policy.ClauseDisability,
			desc:    "未知残疾类别 / an unknown disability type",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","disability":{"type":"moral","grade":1}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].disability.type: "moral" is not one of visual, hearing, speech, physical, intellectual, mental, multiple`,
		},
		{
			name: "unknown-income-category", clause: policy.ClauseMeansTest,
			desc:    "未知收入类别 / an unknown income category",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"lottery","amount":"100.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].category: "lottery" is not one of wages, agriculture`,
		},
		{
			name: "unknown-hardship-type", clause: policy.ClauseTemporary,
			desc:    "未知困难类型 / an unknown hardship type",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"meteor","date":"2017-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `hardships[0].type: "meteor" is not one of fire, disaster, accident, sudden-illness, emergency-other, medical, education, expenditure-other`,
		},
		{
			name: "unknown-class", clause: policy.ClauseDynamic,
			desc:    "低保分类 D 不存在 / a 低保 class D that does not exist",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","class":"D"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].class: "D" is not one of A, B, C`,
		},

		// Required fields: missing or null.
		{
			name: "missing-income-amount", clause: policy.ClauseConventions,
			desc:    "收入缺金额 / an income with no amount",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes[0].amount: is required",
		},
		{
			name: "missing-compliant-cost", clause: policy.ClauseInpatient,
			desc:    "住院记录缺合规费用 / a claim with no compliant cost",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0].compliant_cost: is required",
		},
		{
			name: "missing-hardship-cost", clause: policy.ClauseTemporary,
			desc:    "困难事件缺费用 / a hardship event with no cost",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2017-06-01"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].cost: is required",
		},
		{
			name: "null-required-amount", clause: policy.ClauseConventions,
			desc:    "必填金额为 null / null for a required amount",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":null}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes[0].amount: null is not allowed: the field is required",
		},
		{
			name: "null-compliant-cost", clause: policy.ClauseInpatient,
			desc:    "合规费用为 null / null for a claim's compliant cost",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100.00","compliant_cost":null,"ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0].compliant_cost: null is not allowed: the field is required",
		},
		{
			name: "missing-id", clause: policy.ClauseConventions,
			desc:    "户记录缺编号 / a record with no id",
			input:   `{"township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "id: is required",
		},
		{
			name: "missing-birth-date", clause: policy.ClauseConventions,
			desc:    "成员缺出生日期 / a member with no birth date",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].birth_date: is required",
		},

		// Members.
		{
			name: "duplicate-member-id", clause: policy.ClauseConventions,
			desc:    "成员编号重复 / two members with one id",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"},{"id":"m1","birth_date":"1962-01-01","relation":"spouse"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[1].id: "m1" is also the id of members[0]`,
		},
		{
			name: "no-members", clause: policy.ClauseConventions,
			desc:    "户内没有成员 / a household with no members",
			input:   `{"id":"H1","township":"示例镇","members":[]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members: is empty: a household has at least one member",
		},
		{
			name: "members-left-out", clause: policy.ClauseConventions,
			desc:    "记录中没有 members 字段 / a record without the members field",
			input:   `{"id":"H1","township":"示例镇"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members: is empty: a household has at least one member",
		},
		{
			name: "wanderer-with-company", clause: policy.ClauseTemporaryForm,
			desc:    "无固定住所的个人的记录只能有一人 / a person without a household is recorded alone",
			input:   `{"id":"H1","township":"示例镇","no_fixed_household":true,"members":[{"id":"m1","birth_date":"1960-01-01"},{"id":"m2","birth_date":"1960-01-01"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members: 2 members, but a person without a household is recorded alone",
		},

		// Dates.
		{
			name: "born-after-assessment", clause: policy.ClauseConventions,
			desc:    "出生日期晚于评估日 2017-09-01 / born after the assessment date 2017-09-01",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"2017-10-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].birth_date: 2017-10-01 is after the assessment date 2017-09-01",
		},
		{
			name: "date-that-does-not-exist", clause: policy.ClauseConventions,
			desc:    "不存在的日期 1961-02-29 / a date that does not exist, 1961-02-29",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1961-02-29","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].birth_date: "1961-02-29" is not a day of the calendar: February 1961 has days 01 to 28`,
		},
		{
			name: "date-before-1900", clause: policy.ClauseConventions,
			desc:    "1900 年以前的日期 / a date before 1900",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1899-12-31","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].birth_date: 1899-12-31 is not a calendar date from 1900 to 9999",
		},

		// Disability certificates (2.2.4): grades 1–4.
		{
			name: "grade-0", clause: policy.ClauseDisability,
			desc:    "残疾等级 0 / disability grade 0",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","disability":{"type":"mental","grade":0}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].disability.grade: 0 is not 1–4",
		},
		{
			name: "grade-5", clause: policy.ClauseDisability,
			desc:    "残疾等级 5 / disability grade 5",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","disability":{"type":"mental","grade":5}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].disability.grade: 5 is not 1–4",
		},

		// 特困 support (2.2.1–2.2.2).
		{
			name: "home-class-without-centralized", clause: policy.ClauseNursingHome,
			desc:    "分散供养却填敬老院类别 / a nursing-home class for a member in dispersed support",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","home_class":"2"}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].tekun.home_class: "2" is set but the member is not in centralized support`,
		},
		{
			name: "tekun-13-months", clause: policy.ClauseTekunStandard,
			desc:    "特困供养 13 个月 / 特困 support for 13 months",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-01","to":"2017-13"}}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].tekun.period.to: "2017-13" is not a month YYYY-MM`,
		},
		{
			name: "tekun-months-count", clause: policy.ClauseConventions,
			desc:    "旧的供养月数字段 months 已由期间 period 取代，拒绝而不忽略 / the old months count is replaced by a period: refused, not ignored",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","months":6}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].tekun.months: is not a known field",
		},
		{
			name: "tekun-period-reversed", clause: policy.ClauseConventions,
			desc:    "特困供养期间起止颠倒（2017-09 至 2017-03）/ a reversed 特困 period, 2017-09 to 2017-03",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","period":{"from":"2017-09","to":"2017-03"}}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].tekun.period.to: 2017-03 is before from 2017-09: the period is reversed",
		},
		{
			name: "lowincome-period-bad-month", clause: policy.ClauseConventions,
			desc:    "低保期间的月份写成 \"2017-7\" / a 低保 period month written \"2017-7\"",
			input:   `{"id":"H1","township":"示例镇","lowincome_period":{"from":"2017-7"},"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `lowincome_period.from: "2017-7" is not a month YYYY-MM`,
		},
		{
			name: "lowincome-period-no-from", clause: policy.ClauseConventions,
			desc:    "低保期间只有止月、没有起月 / a 低保 period with an end and no start",
			input:   `{"id":"H1","township":"示例镇","lowincome_period":{"to":"2017-09"},"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome_period.from: is required",
		},
		{
			name: "disability-period-reversed", clause: policy.ClauseDisability,
			desc:    "残疾证期间起止颠倒（2017-12 至 2017-01）/ a reversed certificate period, 2017-12 to 2017-01",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","disability":{"type":"physical","grade":1,"period":{"from":"2017-12","to":"2017-01"}}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].disability.period.to: 2017-01 is before from 2017-12: the period is reversed",
		},

		// Inpatient claims (2.3.4).
		{
			name: "insurance-above-compliant-cost", clause: policy.ClauseInpatient,
			desc:    "保险支付 90.00 + 20.00 超过合规费用 100.00 / insurance paying 110.00 of a compliant cost of 100.00",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100.00","compliant_cost":"100.00","ncms":"90.00","critical_illness":"20.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0]: 110.00 paid by insurance is more than the compliant cost 100.00",
		},
		{
			name: "compliant-above-total", clause: policy.ClauseInpatient,
			desc:    "合规费用 120.00 超过总费用 100.00 / a compliant cost of 120.00 above the total cost of 100.00",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100.00","compliant_cost":"120.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0].compliant_cost: 120.00 is more than the total cost 100.00",
		},
		{
			name: "claim-outside-year", clause: policy.ClauseInpatient,
			desc:    "入院日期不在评估年度 2017 内 / an admission outside the assessment year 2017",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2016-12-31","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0].admission: 2016-12-31 is outside the assessment year 2017",
		},
		{
			name: "duplicate-claim-id", clause: policy.ClauseInpatient,
			desc:    "同一成员两条住院记录编号相同 / two claims of a member with one id",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"},{"id":"c1","admission":"2017-04-01","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].claims[1].id: "c1" is also the id of claims[0]`,
		},

		// Hardship events (2.4.1).
		{
			name: "event-outside-year", clause: policy.ClauseTemporary,
			desc:    "事件日期不在评估年度 2017 内 / an event outside the assessment year 2017",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2016-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].date: 2016-06-01 is outside the assessment year 2017",
		},
		{
			name: "event-unknown-member", clause: policy.ClauseTemporary,
			desc:    "事件指向不存在的成员 / an event naming no member of the household",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","member":"m9","type":"fire","date":"2017-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `hardships[0].member: "m9" is not the id of a member`,
		},

		// What is paid now (audit).
		{
			name: "lowincome-paid-not-covered", clause: policy.ClauseDynamic,
			desc:    "记录了低保支付却未标记在保 / a 低保 payment recorded for a household not covered",
			input:   `{"id":"H1","township":"示例镇","current":{"payments":[{"programme":"lowincome","item":"base","monthly":"100.00"}]},"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "current.payments[0].programme: lowincome is paid but current.lowincome is false",
		},

		// JSON shape: strict decoding.
		{
			name: "unknown-field", clause: policy.ClauseConventions,
			desc:    "未知字段 / an unknown field",
			input:   `{"id":"H1","township":"示例镇","colour":"red","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "colour: is not a known field",
		},
		{
			name: "key-in-other-case", clause: policy.ClauseConventions,
			desc:    "键名大小写不同 / a key spelled with different case",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","Birth_Date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].Birth_Date: is not a known field (did you mean \"birth_date\"?)",
		},
		{
			name: "trailing-data", clause: policy.ClauseConventions,
			desc:    "记录之后还有数据 / data after the record",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]} {}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): has data after the JSON value",
		},
		{
			name: "not-json", clause: policy.ClauseConventions,
			desc:    "不完整的 JSON / JSON cut short",
			input:   `{"id":"H1","township":"示例镇","members":[`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): offset 45 is not valid JSON: expected a value",
		},
		{
			name: "wrong-json-type", clause: policy.ClauseConventions,
			desc:    "members 是字符串而非数组 / members as a string, not an array",
			input:   `{"id":"H1","township":"示例镇","members":"m1"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members: "m1" is not an array`,
		},
		{
			name: "deep-nesting", clause: policy.ClauseConventions,
			desc:    "嵌套 34 层，超过 32 层 / nested 34 levels, above the limit of 32",
			input:   `{"id":"H1","township":"示例镇","members":` + strings.Repeat("[", 33) + strings.Repeat("]", 33) + `}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 33 levels of nesting is over the limit of 32",
		},
		{
			name: "huge-input", clause: policy.ClauseConventions,
			desc:    "输入超过 4 MiB / input over 4 MiB",
			input:   `{"id":"H1","township":"` + strings.Repeat("x", 5<<20) + `","members":[]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 5242918 bytes is more than the limit of 4194304 bytes (4 MiB)",
		},

		// Duplicate keys: refused at any depth with the path, never merged.
		{
			name: "members-twice", clause: policy.ClauseConventions,
			desc:    "members 出现两次：拒绝，不合并两份 / members given twice: refused, the two copies never merged",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","tekun":{"mode":"dispersed","self_care":"none"}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members: "members" is given twice in one object: a key may appear once`,
		},
		{
			name: "claims-twice", clause: policy.ClauseInpatient,
			desc:    "同一成员 claims 出现两次：拒绝，第一份的大病保险 9000.00 不会留下 / claims given twice: refused, the first copy's critical illness of 9000.00 is not kept",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"50000.00","compliant_cost":"45000.00","ncms":"20000.00","critical_illness":"9000.00"}],"claims":[{"id":"c1","admission":"2017-03-01","total_cost":"50000.00","compliant_cost":"45000.00","ncms":"20000.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].claims: "claims" is given twice in one object: a key may appear once`,
		},
		{
			name: "value-then-null", clause: policy.ClauseInpatient,
			desc:    "键先给 \"10000.00\" 再给 null：拒绝，不留 10000 / a key given \"10000.00\" then null: refused, 10000 not kept",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"50000.00","compliant_cost":"45000.00","ncms":"20000.00","critical_illness":"10000.00","critical_illness":null}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].claims[0].critical_illness: "critical_illness" is given twice in one object: a key may appear once`,
		},

		// Text: ids are valid UTF-8 without control characters, never
		// silently replaced.
		{
			name: "invalid-utf8-ids", clause: policy.ClauseConventions,
			desc: "编号 m\\xff 与 m\\xfe 不是有效 UTF-8：拒绝，不会都变成 m\uFFFD 而相混 / ids m\\xff and m\\xfe are not valid UTF-8: refused, never both read as m\uFFFD",
			input: `{"id":"H1","township":"示例镇","members":[{"id":"m` + "\xff" + `","birth_date":"1960-01-01","relation":"head"},` +
				`{"id":"m` + "\xfe" + `","birth_date":"1960-01-01"}],` +
				`"hardships":[{"id":"e1","member":"m` + "\xfe" + `","type":"fire","date":"2017-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].id: "m\xff" is not valid UTF-8 (or holds a lone surrogate escape)`,
		},
		{
			name: "lone-surrogate-id", clause: policy.ClauseConventions,
			desc:    "编号含孤立代理项转义 \\ud800 / an id with a lone surrogate escape, \\ud800",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m\ud800","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].id: \"m\uFFFD\" is not valid UTF-8 (or holds a lone surrogate escape)",
		},
		{
			name: "nul-in-id", clause: policy.ClauseConventions,
			desc:    "编号含 NUL 字符 / an id holding a NUL character",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m\u0000","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].id: "m\x00" holds a control character`,
		},

		// Consistency of members, claims and hardship events: dates not
		// before birth, ids non-empty and unique, child categories only
		// under 18.
		{
			name: "hardship-before-birth", clause: policy.ClauseTemporary,
			desc:    "困难事件日期早于该成员出生 / a hardship dated before its member's birth",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"},{"id":"m2","birth_date":"2017-05-01","relation":"child"}],"hardships":[{"id":"e1","member":"m2","type":"sudden-illness","date":"2017-03-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].date: 2017-03-01 is before the birth date of members[1]",
		},
		{
			name: "empty-hardship-id", clause: policy.ClauseTemporary,
			desc:    "困难事件编号为空 / a hardship with an empty id",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"","type":"fire","date":"2017-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].id: is required",
		},
		{
			name: "duplicate-hardship-id", clause: policy.ClauseTemporary,
			desc:    "两件困难事件编号相同（否则付两次）/ two hardships with one id (else paid twice)",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2017-06-01","cost":"5000.00"},{"id":"e1","type":"fire","date":"2017-06-01","cost":"5000.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `hardships[1].id: "e1" is also the id of hardships[0]`,
		},
		{
			name: "adult-child-category", clause: policy.ClauseChildren,
			desc:    "成年人带有困境儿童类别 / an adult carrying a child category",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","child":"in-difficulty"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].child: "in-difficulty" is a category for a person under 18; the member is 57 on 2017-01-01`,
		},

		// One money syntax: a JSON string matching
		// ^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$, nothing lenient.
		{
			name: "money-trailing-point", clause: policy.ClauseConventions,
			desc:    "金额以小数点结尾 \"5.\"（截断的输入）/ an amount cut short after its point, \"5.\"",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"5."}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "5." is not an amount written as a string of digits with at most two decimal places, no sign and no leading zero (e.g. "1280.50")`,
		},
		{
			name: "money-leading-point", clause: policy.ClauseConventions,
			desc:    "金额以小数点开头 \".5\" / an amount starting with its point, \".5\"",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":".5"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: ".5" is not an amount written as a string of digits`,
		},
		{
			name: "money-plus-sign", clause: policy.ClauseConventions,
			desc:    "金额带正号 \"+3\" / an amount with a plus sign, \"+3\"",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"+3"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "+3" is not an amount written as a string of digits`,
		},
		{
			name: "money-leading-zeros", clause: policy.ClauseConventions,
			desc:    "金额有前导零 \"00012\" / an amount with leading zeros, \"00012\"",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"00012"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "00012" is not an amount written as a string of digits`,
		},
		{
			name: "money-exponent", clause: policy.ClauseConventions,
			desc:    "金额以指数书写 \"3e-2\" / an amount written with an exponent, \"3e-2\"",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"3e-2"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "3e-2" is written with an exponent: write its digits`,
		},
		{
			name: "money-json-number", clause: policy.ClauseConventions,
			desc:    "金额写成 JSON 数字 12 / an amount written as a JSON number, 12",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":12}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: 12 is a JSON number: write an amount as a string of digits, e.g. "1280.50"`,
		},
		{
			name: "money-million-digits", clause: policy.ClauseConventions,
			desc:    "金额有 10^6 位数字：错误信息仍然很短 / an amount of 10^6 digits: the error stays short",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"1` + strings.Repeat("0", 1_000_000) + `"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "1000000000000000000000000000000000000000…" has more than 15 digits`,
		},
		{
			name: "escaped-amount", clause: policy.ClauseConventions,
			desc:  "以 JSON 转义写的金额 \"\\u0031\\u0030\" 按 \"10\" 接受 / an amount written with JSON escapes, \"\\u0031\\u0030\", is read as \"10\"",
			input: `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"\u0031\u0030"}]}]}`,
			same:  `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"10"}]}]}`,
		},
		{
			name: "escaped-amount-three-places", clause: policy.ClauseConventions,
			desc:    "以 JSON 转义写的三位小数金额：错误指明字段与解码后的值 / an escaped amount of three places: the error names the field and the decoded value",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"\u0031\u0030.005"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `members[0].incomes[0].amount: "10.005" has more than two decimal places`,
		},

		// Cost: limits checked before the work, errors capped.
		{
			name: "forty-thousand-bad-incomes", clause: policy.ClauseMeansTest,
			desc:    "50 名成员共 40,000 条收入 \"1e9999\"：只报前 100 条错误，再说还有几条 / 40,000 incomes of \"1e9999\" over 50 members: 100 errors, then how many more",
			input:   manyBadIncomes(50, 800, "1e9999"),
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): and 950 more errors were found and not shown",
		},
		{
			name: "incomes-over-limit", clause: policy.ClauseMeansTest,
			desc:    "一名成员 40,000 条收入：超过每人 20 条的上限 / 40,000 incomes of one member: over the limit of 20",
			input:   manyBadIncomes(1, 40000, "1e9999"),
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes: 40000 elements is more than the limit of 20",
		},
		{
			name: "four-mib-of-empty-members", clause: policy.ClauseConventions,
			desc:    "4 MiB 的空成员 {}：一条错误，不是数百万条 / 4 MiB of empty members {}: one error, not millions",
			input:   `{"id":"H1","township":"示例镇","members":[` + strings.Repeat("{},", 1_398_000) + `{}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members: 1398001 elements is more than the limit of 50",
		},
		{
			name: "forty-thousand-fires", clause: policy.ClauseTemporary,
			desc:    "一户 40,000 次火灾：超过每户 20 件事件的上限，不付 4,003,802 元 / 40,000 fire events: over the limit of 20, not paid 4,003,802 元",
			input:   fireEvents(40000),
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships: 40000 elements is more than the limit of 20",
		},
		{
			name: "thirty-thousand-claims", clause: policy.ClauseInpatient,
			desc:    "一名成员 30,000 条住院记录：超过每人 20 条的上限 / 30,000 claims of one member: over the limit of 20",
			input:   manyClaims(30000),
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims: 30000 elements is more than the limit of 20",
		},

		// Type errors name the path with its indexes; no Go type names, no
		// internal inputs.
		{
			name: "top-level-array", clause: policy.ClauseConventions,
			desc:    "整个记录是数组 / a record that is an array",
			input:   `[]`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): (an array) is not an object",
		},
		{
			name: "income-total-above-cap", clause: policy.ClauseMeansTest,
			desc:  "每笔收入都合规、合计超过 10^12 元：接受，不以调用方未写的 inputs.household_income 拒绝 / every income valid, their total above 10^12 元: accepted, never refused as inputs.household_income",
			input: `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"999999999999.00"},{"category":"wages","amount":"999999999999.00"}]}]}`,
			same:  `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"999999999999.00"},{"category":"wages","amount":"999999999999.00"}]}]}`,
		},
		{
			name: "type-error-index", clause: policy.ClauseConventions,
			desc:    "成员编号写成数字：路径带下标 / a member id written as a number: the path has its index",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":7,"birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].id: 7 is not a string",
		},
		{
			name: "type-error-nested-index", clause: policy.ClauseMeansTest,
			desc:    "第二名成员第二条收入的类别写成数字 / the second member's second income category written as a number",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"},{"id":"m2","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1.00"},{"category":7,"amount":"1.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[1].incomes[1].category: 7 is not a string",
		},

		// Parameter sets, through benefit.Unmarshal: a set's own form (year,
		// base, name, keys) is section 0; a parameter's value is its clause's.
		{
			name: "set-negative-amount", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线为负 / a set with a negative annual cap",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"-1.00","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `medical.lowincome.annual_cap.value: "-1.00" is negative`,
		},
		{
			name: "set-three-places", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线有三位小数 / a set with an annual cap of three decimal places",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"20000.005","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.lowincome.annual_cap: 20000.005 has more than two decimal places",
		},
		{
			name: "set-absurd-amount", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线超过 10^12 元 / a set with an annual cap above 10^12 yuan",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"1000000000000.01","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.lowincome.annual_cap: 1000000000000.01 is above 10^12 元",
		},
		{
			name: "set-amount-exponent", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：以指数写的年度封顶线 1e15 / a set with an annual cap written with an exponent, 1e15",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"1e15","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `medical.lowincome.annual_cap.value: "1e15" is written with an exponent: write its digits`,
		},
		{
			name: "set-amount-json-number", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线写成 JSON 数字 / a set with an annual cap written as a JSON number",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":20000,"provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.lowincome.annual_cap.value: 20000 ",
		},
		{
			name: "set-amount-trailing-point", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线以小数点结尾 \"20000.\" / a set with an annual cap cut short after its point, \"20000.\"",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"20000.","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `medical.lowincome.annual_cap.value: "20000." is not an amount written as a string of digits with at most four decimal places, no sign and no leading zero (e.g. "1280.50")`,
		},
		{
			name: "set-escaped-amount", clause: policy.ClauseInpatient, set: true,
			desc:  "参数集：以 JSON 转义写的金额 \"\\u0032\\u0030000.00\" 按 \"20000.00\" 接受 / a set with an amount written with JSON escapes is read as \"20000.00\"",
			input: `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"\u0032\u0030000.00","provenance":"local","source":"测试"}}}}`,
			same:  `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"20000.00","provenance":"local","source":"测试"}}}}`,
		},
		{
			name: "set-unknown-provenance", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：未知的来源类别 / a set with an unknown provenance",
			input:   `{"year":2017,"base":2017,"lowincome":{"standard":{"value":"3622.00","provenance":"guess"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `lowincome.standard.provenance: "guess" is not one of seed, derived, law, provisional, local`,
		},
		{
			name: "set-unknown-rounding", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：未知的舍入方式 / a set with an unknown rounding mode",
			input:   `{"year":2017,"base":2017,"rounding":{"mode":"up","places":2}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `rounding.mode: "up" is not half-up or half-even`,
		},
		{
			name: "set-missing-year", clause: policy.ClauseConventions, set: true,
			desc:    "参数集缺 year / a set with no year",
			input:   `{"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "year: is required",
		},
		{
			name: "set-null-year", clause: policy.ClauseConventions, set: true,
			desc:    "参数集 year 为 null / a set with a null year",
			input:   `{"year":null,"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "year: null is not allowed: the field is required",
		},
		{
			name: "set-missing-value", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：非地方参数缺值 / a set leaving out the value of a parameter that is not local",
			input:   `{"year":2017,"base":2017,"lowincome":{"standard":{"provenance":"seed","source":"测试"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome.standard.value:",
		},
		{
			name: "set-unknown-base", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：没有 2016 年内置参数 / a set over a base year with no built-in set, 2016",
			input:   `{"year":2016,"base":2016}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "base: 2016 is not the year of a built-in set (2017)",
		},
		{
			name: "set-year-out-of-range", clause: policy.ClauseConventions, set: true,
			desc:    "参数集年份 1900 不合理 / a set for the year 1900",
			input:   `{"year":1900,"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "year: 1900 is not a year from 2000 to 2100",
		},
		{
			name: "set-below-floor", clause: policy.ClauseTekunStandard, set: true,
			desc:    "参数集：分散供养标准 3600.00 低于低保标准 3622.00 / a dispersed standard of 3600.00 below S = 3622.00",
			input:   `{"year":2017,"base":2017,"tekun":{"dispersed":{"value":"3600.00","provenance":"local","source":"测试"}}}`,
			wantIs:  benefit.ErrBelowFloor,
			wantMsg: "tekun.dispersed: 3600.00 is below the floor 3622.00",
		},
		{
			name: "set-name-too-long", clause: policy.ClauseConventions, set: true,
			desc:    "参数集名称超过 200 字节：每份结果都写它 / a set's name over 200 bytes: every breakdown writes it",
			input:   `{"year":2017,"base":2017,"name":"` + strings.Repeat("县", 70) + `"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "name: (210 bytes) is longer than 200 bytes",
		},
		{
			name: "set-source-too-long", clause: policy.ClauseConventions, set: true,
			desc:    "参数来源超过 1000 字节：每行结果都写它 / a parameter's source over 1000 bytes: every line writes it",
			input:   `{"year":2017,"base":2017,"lowincome":{"standard":{"value":"3700.00","provenance":"local","source":"` + strings.Repeat("x", 1001) + `"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome.standard.source: (1001 bytes) is longer than 1000 bytes",
		},
		{
			name: "set-unknown-field", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：未知字段 / a set with an unknown field",
			input:   `{"year":2017,"base":2017,"lowincome":{"standrd":{"value":"3622.00","provenance":"seed"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome.standrd: is not a known field (did you mean \"standard\"?)",
		},
		{
			name: "set-key-in-other-case", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：键名大小写不同 / a set with a key spelled with different case",
			input:   `{"Year":2017,"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "Year: is not a known field (did you mean \"year\"?)",
		},
		{
			name: "set-trailing-data", clause: policy.ClauseConventions, set: true,
			desc:    "参数集之后还有数据 / data after the set",
			input:   `{"year":2017,"base":2017} {}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): has data after the JSON value",
		},
		{
			name: "set-deep-nesting", clause: policy.ClauseConventions, set: true,
			desc:    "参数集嵌套 34 层 / a set nested 34 levels",
			input:   `{"year":2017,"name":` + strings.Repeat("[", 33) + strings.Repeat("]", 33) + `}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 33 levels of nesting is over the limit of 32",
		},
		{
			name: "set-huge-input", clause: policy.ClauseConventions, set: true,
			desc:    "参数集超过 4 MiB / a set over 4 MiB",
			input:   `{"year":2017,"base":2017,"name":"` + strings.Repeat("x", 5<<20) + `"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 5242915 bytes is more than the limit of 4194304 bytes (4 MiB)",
		},
		{
			name: "set-key-twice", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：year 出现两次 / a set giving year twice",
			input:   `{"year":2017,"year":2018,"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `year: "year" is given twice in one object: a key may appear once`,
		},
		{
			name: "set-value-twice", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：一个参数的 value 出现两次 / a set giving one parameter's value twice",
			input:   `{"year":2017,"base":2017,"medical":{"lowincome":{"annual_cap":{"value":"20000.00","value":"1.00","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `medical.lowincome.annual_cap.value: "value" is given twice in one object: a key may appear once`,
		},
		{
			name: "set-map-key-twice", clause: policy.ClauseTemporary, set: true,
			desc:    "参数集：倍数表中 fire 出现两次 / a set giving fire twice in the table of multiples",
			input:   `{"year":2017,"base":2017,"temporary":{"multiple":{"fire":{"value":"10","provenance":"local","source":"测试"},"fire":{"value":"100","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `temporary.multiple.fire: "fire" is given twice in one object: a key may appear once`,
		},
		{
			name: "set-unknown-map-key", clause: policy.ClauseTemporary, set: true,
			desc:    "参数集：倍数表中未知的困难类型 theft，路径指明 / a set with an unknown hardship type, theft, in the table of multiples: the path names it",
			input:   `{"year":2017,"base":2017,"temporary":{"multiple":{"theft":{"value":"3","provenance":"local","source":"测试"}}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: `temporary.multiple.theft: "theft" is not one of fire, disaster, accident, sudden-illness, emergency-other, medical, education, expenditure-other`,
		},
		{
			name: "set-null-map-entry", clause: policy.ClauseTemporary, set: true,
			desc:    "参数集：倍数表中 fire 为 null，路径指明 / a set with a null entry for fire in the table of multiples: the path names it",
			input:   `{"year":2017,"base":2017,"temporary":{"multiple":{"fire":null}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "temporary.multiple.fire: null is not a parameter object {value, provenance, source}",
		},
		{
			name: "set-null-counted-entry", clause: policy.ClauseMeansTest, set: true,
			desc:    "参数集：计入收入表中 wages 为 null / a set with a null entry for wages in the table of counted incomes",
			input:   `{"year":2017,"base":2017,"lowincome":{"counted":{"wages":null}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome.counted.wages: null is not a parameter object {value, provenance, source}",
		},

		// Batch options (section 0: the form of the input, many households at once).
		{
			name: "batch-huge-window", clause: policy.ClauseConventions, batch: &benefit.BatchOptions{Window: 1 << 40},
			desc:    "批量评估窗口 2^40：报错，不会耗尽内存 / a batch window of 2^40: an error, not an out-of-memory",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "window: 1099511627776 is not 0 (64 per worker) to 65536",
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.wantIs == nil {
				got, err := catalogueRead(tc.set, tc.input)
				if err != nil {
					t.Fatalf("%s\nrefused: %v", tc.desc, err)
				}
				want, err := catalogueRead(tc.set, tc.same)
				if err != nil {
					t.Fatalf("%s\nthe plain input is refused: %v", tc.desc, err)
				}
				if diff := cmp.Diff(want, got, sameValues); diff != "" {
					t.Errorf("%s\nread (-plain +escaped):\n%s", tc.desc, diff)
				}
				if err := catalogueRun(a, tc.batch, tc.set, tc.input); err != nil {
					t.Errorf("%s\nrefused: %v", tc.desc, err)
				}
				return
			}
			err := catalogueRun(a, tc.batch, tc.set, tc.input)
			if err == nil {
				t.Fatalf("%s\naccepted, want an error wrapping %v containing %q", tc.desc, tc.wantIs, tc.wantMsg)
			}
			if !errors.Is(err, tc.wantIs) {
				t.Errorf("%s\nerror %q does not wrap %v", tc.desc, err, tc.wantIs)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("%s\nerror = %.2000q\nwant it to contain %q", tc.desc, err, tc.wantMsg)
			}
			checkShortData(t, tc.desc, err)
		})
	}
}

// Bounds on any error, whatever the input.
const (
	maxErrorValue = 200      // bytes of a field error's value
	maxErrorText  = 32 << 10 // bytes of an error's whole text
)

// internals are words that would show a Go type or an input the caller
// never wrote.
var internals = []string{"household.", "policy.", "decimal.", "benefit.", "strictjson", "reflect", "[]",
	"MaxDecodeExponent", "inputs.", "Unmarshal", "json:"}

// checkShortData checks that err is data and short: field errors (or a
// *benefit.FloorError, which names its path itself), at most
// household.MaxErrors of them and one that counts the rest, each with a
// type, a detail and a short value, the text bounded, and the paths and
// details (what the library wrote, not the values it quotes) free of
// internals.
func checkShortData(t *testing.T, desc string, err error) {
	t.Helper()
	fes := policy.FieldErrors(err)
	var floor *benefit.FloorError
	if len(fes) == 0 && !errors.As(err, &floor) {
		t.Errorf("%s\nerror %q holds no field error", desc, err)
	}
	if len(fes) > household.MaxErrors+1 {
		t.Errorf("%s\n%d field errors, want at most %d", desc, len(fes), household.MaxErrors+1)
	}
	for _, fe := range fes {
		if fe.Type == "" || fe.Detail == "" || fe.Path == "" {
			t.Errorf("%s\nfield error %+v has no type, path or detail", desc, fe)
		}
		if len(fe.Value) > maxErrorValue {
			t.Errorf("%s\nfield error at %s quotes %d bytes, want at most %d", desc, fe.Path, len(fe.Value), maxErrorValue)
		}
	}
	text := err.Error()
	if len(text) > maxErrorText {
		t.Errorf("%s\nerror text of %d bytes, want at most %d", desc, len(text), maxErrorText)
	}
	words := []string{text} // what the library wrote, not the values it quotes
	if len(fes) > 0 {
		words = words[:0]
		for _, fe := range fes {
			words = append(words, fe.Path, fe.Detail)
		}
	}
	for _, w := range internals {
		for _, x := range words {
			if strings.Contains(x, w) {
				t.Errorf("%s\nerror %.2000q shows %q", desc, x, w)
			}
		}
	}
}

// catalogueRun takes input through the path a service takes: a parameter
// set through benefit.Unmarshal, a household record through
// household.Unmarshal and then a's Assess, JSON Lines through a's
// BatchJSONL with the options batch. A panic is returned as an error that
// wraps no sentinel, so that the row fails.
func catalogueRun(a *benefit.Assessor, batch *benefit.BatchOptions, set bool, input string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	if batch != nil {
		_, err = a.BatchJSONL(strings.NewReader(input), io.Discard, on, *batch)
		return err
	}
	if set {
		_, err = benefit.Unmarshal([]byte(input))
		return err
	}
	h, err := household.Unmarshal([]byte(input))
	if err != nil {
		return err
	}
	_, err = a.Assess(h, on)
	return err
}

// catalogueRead reads input as a parameter set or a household record.
func catalogueRead(set bool, input string) (any, error) {
	if set {
		return benefit.Unmarshal([]byte(input))
	}
	return household.Unmarshal([]byte(input))
}

// fireEvents is a household record of one member with n fire events.
func fireEvents(n int) string {
	es := make([]string, n)
	for i := range es {
		es[i] = fmt.Sprintf(`{"id":"e%d","type":"fire","date":"2017-06-01","cost":"100.00"}`, i)
	}
	return `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[` +
		strings.Join(es, ",") + `]}`
}

// manyClaims is a household record of one member with n inpatient claims.
func manyClaims(n int) string {
	cs := make([]string, n)
	for i := range cs {
		cs[i] = fmt.Sprintf(`{"id":"c%d","admission":"2017-03-01","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"}`, i)
	}
	return `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[` +
		strings.Join(cs, ",") + `]}]}`
}
