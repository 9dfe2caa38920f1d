package benefit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestBadInputCatalogue is the catalogue of bad input: every class of
// invalid household record or parameter set, each with the error it gets
// through the path a service takes — household.Unmarshal then
// Assessor.Assess (as of 2017-09-01, under the built-in 2017 set) for a
// record, benefit.Unmarshal for a parameter set. Every error wraps the
// sentinel named and names the field path; nothing panics.
func TestBadInputCatalogue(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		set    bool   // input is a parameter set for benefit.Unmarshal, not a household record
		input  string // JSON
		wantIs error
		// wantMsg is a part of the error that names the field path.
		wantMsg string
	}{
		// Money (section 0: amounts are yuan, ≥ 0, at most two places).
		{
			name: "negative-money", clause: policy.ClauseConventions,
			desc:    "收入金额为负 / a negative income amount",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"-1.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes[0].amount: -1 is negative",
		},
		{
			name: "three-places", clause: policy.ClauseConventions,
			desc:    "金额有三位小数 / money with three decimal places",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"1000.005"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].incomes[0].amount: 1000.005 has more than two decimal places",
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
			wantMsg: "members[0].claims[0].total_cost: 10000000000000 is above 10^12 元",
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
			wantMsg: "assets.deposits: -5 is negative",
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
			desc:    "无户籍人员的记录只能有一人 / a person without a household is recorded alone",
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
			wantMsg: `members[0].birth_date: "1961-02-29" is not a date YYYY-MM-DD`,
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
			name: "centralized-without-home-class", clause: policy.ClauseNursingHome,
			desc:    "集中供养缺敬老院类别 / centralized support with no nursing-home class",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"centralized"}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].tekun.home_class: is required for centralized support (1, 2, 3 or unrated)",
		},
		{
			name: "tekun-13-months", clause: policy.ClauseTekunStandard,
			desc:    "特困供养 13 个月 / 特困 support for 13 months",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1940-01-01","tekun":{"mode":"dispersed","months":13}}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].tekun.months: 13 is not 1–12 (0 for the whole year)",
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
			name: "claim-after-assessment", clause: policy.ClauseInpatient,
			desc:    "入院日期晚于评估日 / an admission after the assessment date",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head","claims":[{"id":"c1","admission":"2017-10-01","total_cost":"100.00","compliant_cost":"100.00","ncms":"10.00"}]}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members[0].claims[0].admission: 2017-10-01 is after the assessment date 2017-09-01",
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
			name: "received-above-cost", clause: policy.ClauseTemporary,
			desc:    "已获保险及其他救助 80.00 + 30.00 超过费用 100.00 / 110.00 received against a cost of 100.00",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2017-06-01","cost":"100.00","insurance":"80.00","other_aid":"30.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0]: 110.00 received is more than the cost 100.00",
		},
		{
			name: "event-outside-year", clause: policy.ClauseTemporary,
			desc:    "事件日期不在评估年度 2017 内 / an event outside the assessment year 2017",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2016-06-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].date: 2016-06-01 is outside the assessment year 2017",
		},
		{
			name: "event-after-assessment", clause: policy.ClauseTemporary,
			desc:    "事件日期晚于评估日 / an event after the assessment date",
			input:   `{"id":"H1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}],"hardships":[{"id":"e1","type":"fire","date":"2017-10-01","cost":"100.00"}]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "hardships[0].date: 2017-10-01 is after the assessment date 2017-09-01",
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
			wantMsg: "members[0].Birth_Date: is not a known field",
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
			wantMsg: "(input): is not valid JSON",
		},
		{
			name: "wrong-json-type", clause: policy.ClauseConventions,
			desc:    "members 是字符串而非数组 / members as a string, not an array",
			input:   `{"id":"H1","township":"示例镇","members":"m1"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "members: string is not a []household.Member",
		},
		{
			name: "deep-nesting", clause: policy.ClauseConventions,
			desc:    "嵌套 34 层，超过 32 层 / nested 34 levels, above the limit of 32",
			input:   `{"id":"H1","township":"示例镇","members":` + strings.Repeat("[", 33) + strings.Repeat("]", 33) + `}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 34 levels of nesting is over the limit of 32",
		},
		{
			name: "huge-input", clause: policy.ClauseConventions,
			desc:    "输入超过 4 MiB / input over 4 MiB",
			input:   `{"id":"H1","township":"` + strings.Repeat("x", 5<<20) + `","members":[]}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 5242918 bytes is over the limit of 4194304",
		},

		// Parameter sets (section 3), through benefit.Unmarshal.
		{
			name: "set-negative-amount", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线为负 / a set with a negative annual cap",
			input:   `{"year":2017,"base":2017,"medical":{"annual_cap":{"value":"-1.00","provenance":"local","source":"测试"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.annual_cap: -1 is negative",
		},
		{
			name: "set-three-places", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线有三位小数 / a set with an annual cap of three decimal places",
			input:   `{"year":2017,"base":2017,"medical":{"annual_cap":{"value":"20000.005","provenance":"local","source":"测试"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.annual_cap: 20000.005 has more than two decimal places",
		},
		{
			name: "set-absurd-amount", clause: policy.ClauseInpatient, set: true,
			desc:    "参数集：年度封顶线超过 10^12 元 / a set with an annual cap above 10^12 yuan",
			input:   `{"year":2017,"base":2017,"medical":{"annual_cap":{"value":"1e15","provenance":"local","source":"测试"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "medical.annual_cap: 1000000000000000 is above 10^12 元",
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
			name: "set-missing-year", clause: policy.ClauseCoordination, set: true,
			desc:    "参数集缺 year / a set with no year",
			input:   `{"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "year: is required",
		},
		{
			name: "set-null-year", clause: policy.ClauseCoordination, set: true,
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
			name: "set-unknown-base", clause: policy.ClauseCoordination, set: true,
			desc:    "参数集：没有 2016 年内置参数 / a set over a base year with no built-in set, 2016",
			input:   `{"year":2016,"base":2016}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "base: 2016 is not the year of a built-in set (2017)",
		},
		{
			name: "set-year-out-of-range", clause: policy.ClauseCoordination, set: true,
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
			name: "set-unknown-field", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：未知字段 / a set with an unknown field",
			input:   `{"year":2017,"base":2017,"lowincome":{"standrd":{"value":"3622.00","provenance":"seed"}}}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "lowincome.standrd: is not a known field",
		},
		{
			name: "set-key-in-other-case", clause: policy.ClauseConventions, set: true,
			desc:    "参数集：键名大小写不同 / a set with a key spelled with different case",
			input:   `{"Year":2017,"base":2017}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "Year: is not a known field",
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
			wantMsg: "(input): 34 levels of nesting is over the limit of 32",
		},
		{
			name: "set-huge-input", clause: policy.ClauseConventions, set: true,
			desc:    "参数集超过 4 MiB / a set over 4 MiB",
			input:   `{"year":2017,"base":2017,"name":"` + strings.Repeat("x", 5<<20) + `"}`,
			wantIs:  policy.ErrInvalid,
			wantMsg: "(input): 5242915 bytes is over the limit of 4194304",
		},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := catalogueRun(a, tc.set, tc.input)
			if err == nil {
				t.Fatalf("%s\naccepted, want an error wrapping %v containing %q", tc.desc, tc.wantIs, tc.wantMsg)
			}
			if !errors.Is(err, tc.wantIs) {
				t.Errorf("%s\nerror %q does not wrap %v", tc.desc, err, tc.wantIs)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("%s\nerror = %q\nwant it to contain %q", tc.desc, err, tc.wantMsg)
			}
		})
	}
}

// catalogueRun takes input through the path a service takes: a parameter
// set through benefit.Unmarshal, a household record through
// household.Unmarshal and then a's Assess. A panic is returned as an error
// that wraps no sentinel, so that the row fails.
func catalogueRun(a *benefit.Assessor, set bool, input string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
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
