package schemas_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
)

// reject is an input the library refuses that its schema must refuse too.
type reject struct {
	name, desc string
	schema     string // household, params or breakdown
	in         string
}

// member is a sound member record, and rec a record of one such member
// with extra members' fields (fields), household fields (top) or members.
const member = `{"id":"m1","birth_date":"1960-01-01"`

func rec(top, fields string) string {
	return `{"id":"H","township":"T"` + top + `,"members":[` + member + fields + `}]}`
}

// set is a set over the built-in one with the given programme JSON.
func set(fields string) string { return `{"year":2018,"base":2017` + fields + `}` }

// rejects: one case for each rule of the decoders that a schema can
// state. (Rules no schema can state — ids unique, references to members
// that exist, payments not above a cost, a period not reversed, lengths in
// bytes, whole numbers written without a point, no key given twice — are
// the decoders' alone; their own tests hold them.)
var rejects = []reject{
	{"unknown field", "未知字段 / an unknown field", "household", rec(`,"colour":"red"`, "")},
	{"unknown member field", "成员的未知字段 / an unknown field of a member", "household", rec("", `,"age":57`)},
	{"key case", "键的大小写不符 / a key in another case", "household", `{"ID":"H","township":"T","members":[` + member + `}]}`},
	{"no id", "缺户编号 / no household id", "household", `{"township":"T","members":[` + member + `}]}`},
	{"empty id", "户编号为空 / an empty household id", "household", `{"id":"","township":"T","members":[` + member + `}]}`},
	{"null id", "户编号为 null / a null household id", "household", `{"id":null,"township":"T","members":[` + member + `}]}`},
	{"no township", "缺乡镇 / no township", "household", `{"id":"H","members":[` + member + `}]}`},
	{"no members", "无成员 / no members", "household", `{"id":"H","township":"T","members":[]}`},
	{"null member", "成员为 null / a null member", "household", `{"id":"H","township":"T","members":[null]}`},
	{"51 members", "成员超过 50 / more than 50 members", "household",
		`{"id":"H","township":"T","members":[` + strings.TrimSuffix(strings.Repeat(`{"id":"m","birth_date":"1960-01-01"},`, 51), ",") + `]}`},
	{"21 incomes", "收入超过 20 项 / more than 20 incomes", "household",
		rec("", `,"incomes":[`+strings.TrimSuffix(strings.Repeat(`{"category":"wages","amount":"1"},`, 21), ",")+`]`)},
	{"long id", "编号超过 64 字节 / an id over 64 bytes", "household", strings.Replace(rec("", ""), `"id":"H"`, `"id":"`+strings.Repeat("h", 65)+`"`, 1)},
	{"long text", "文字超过 200 字节 / a text over 200 bytes", "household", rec(`,"village":"`+strings.Repeat("v", 201)+`"`, "")},
	{"control character", "含控制字符 / a control character", "household", rec("", `,"name":"a\u0001b"`)},
	{"C1 control character", "含 C1 控制字符 / a C1 control character", "household", rec("", `,"name":"a\u0085b"`)},
	{"zero-width space in an id", "成员编号含零宽空格 / a member id holding U+200B", "household",
		`{"id":"H","township":"T","members":[` + member + `},{"id":"m1\u200b","birth_date":"1960-01-01"}]}`},
	{"bidi override in an id", "户编号含从右到左覆盖符 / a household id holding U+202E", "household", strings.Replace(rec("", ""), `"id":"H"`, `"id":"H\u202e1"`, 1)},
	{"line separator in a township", "乡镇名含行分隔符 / a township holding U+2028", "household", strings.Replace(rec("", ""), `"township":"T"`, `"township":"尧渡\u2028镇"`, 1)},
	{"byte order mark in a claim id", "住院编号含 BOM / a claim id holding U+FEFF", "household",
		rec("", `,"claims":[{"id":"\ufeffc1","admission":"2017-03-01","total_cost":"1","compliant_cost":"1","ncms":"0"}]`)},
	{"no-break space in a village", "村名含不间断空格 / a village holding U+00A0", "household", rec(`,"village":"东流\u00a0村"`, "")},
	{"word joiner in a hardship level", "困难等级含 U+2060 / a hardship level holding U+2060", "household", rec("", `,"hardship_level":"level\u2060"`)},
	{"leading space in a township", "乡镇名以空格开头 / a township beginning with a space", "household", strings.Replace(rec("", ""), `"township":"T"`, `"township":" 尧渡镇"`, 1)},
	{"trailing space in an id", "成员编号以空格结尾 / a member id ending in a space", "household", strings.Replace(rec("", ""), `"id":"m1"`, `"id":"m1 "`, 1)},
	{"blank village", "村名只有空格 / a village of spaces only", "household", rec(`,"village":"  "`, "")},
	{"blank id", "户编号只有空格 / a household id of a space", "household", strings.Replace(rec("", ""), `"id":"H"`, `"id":" "`, 1)},
	{"private use in a payment item", "发放项目含私用区字符 / a payment item holding a private-use character", "household",
		rec(`,"current":{"payments":[{"programme":"disability","item":"living\ue000","member":"m1","monthly":"50"}]}`, "")},
	{"amount number", "金额为 JSON 数字 / an amount as a JSON number", "household", rec("", `,"incomes":[{"category":"wages","amount":1000}]`)},
	{"amount three places", "金额三位小数 / an amount of three places", "household", rec("", `,"incomes":[{"category":"wages","amount":"1.005"}]`)},
	{"amount leading zero", "金额前导零 / an amount with a leading zero", "household", rec("", `,"incomes":[{"category":"wages","amount":"01"}]`)},
	{"amount negative", "金额为负 / a negative amount", "household", rec("", `,"incomes":[{"category":"wages","amount":"-1"}]`)},
	{"amount exponent", "金额带指数 / an amount with an exponent", "household", rec("", `,"incomes":[{"category":"wages","amount":"1e3"}]`)},
	{"amount point only", "金额以小数点结尾 / an amount ending in a point", "household", rec("", `,"incomes":[{"category":"wages","amount":"5."}]`)},
	{"amount over 10^12", "金额超过 10^12 元 / an amount above 10^12 元", "household", rec("", `,"incomes":[{"category":"wages","amount":"1000000000000.01"}]`)},
	{"amount null", "必填金额为 null / a required amount null", "household", rec("", `,"incomes":[{"category":"wages","amount":null}]`)},
	{"amount missing", "缺必填金额 / a required amount missing", "household", rec("", `,"incomes":[{"category":"wages"}]`)},
	{"unknown relation", "未知关系 / an unknown relation", "household", rec("", `,"relation":"cousin"`)},
	{"unknown category", "未知收入类别 / an unknown income category", "household", rec("", `,"incomes":[{"category":"lottery","amount":"1"}]`)},
	{"class D", "低保类别 D / a class D", "household", rec("", `,"class":"D"`)},
	{"29 February 2017", "不存在的日期 / a date that does not exist", "household", strings.Replace(rec("", ""), "1960-01-01", "2017-02-29", 1)},
	{"31 April", "4 月 31 日 / 31 April", "household", strings.Replace(rec("", ""), "1960-01-01", "1960-04-31", 1)},
	{"1900 not leap", "1900 年非闰年 / 1900 was not a leap year", "household", strings.Replace(rec("", ""), "1960-01-01", "1900-02-29", 1)},
	{"before 1900", "1900 年以前 / before 1900", "household", strings.Replace(rec("", ""), "1960-01-01", "1899-12-31", 1)},
	{"date format", "日期格式不对 / a date in another format", "household", strings.Replace(rec("", ""), "1960-01-01", "1960-1-1", 1)},
	{"month 13", "第 13 月 / month 13", "household", rec(`,"lowincome_period":{"from":"2017-13"}`, "")},
	{"period without from", "期间缺起始月 / a period without from", "household", rec(`,"lowincome_period":{"to":"2017-12"}`, "")},
	{"grade 5", "残疾等级 5 / disability grade 5", "household", rec("", `,"disability":{"type":"physical","grade":5}`)},
	{"level spelled as a basis", "困难等级写作基础档名 / a hardship level spelled as a basis", "household", rec("", `,"hardship_level":"registered-poor"`)},
	{"level spelled as the 低保 basis", "困难等级写作低保档名 / a hardship level spelled as the 低保 basis", "household", rec("", `,"hardship_level":"lowincome"`)},
	{"disability without type", "残疾证缺类别 / a certificate without a type", "household", rec("", `,"disability":{"grade":2}`)},
	{"dispersed with home", "分散供养却有敬老院 / dispersed support with a home class", "household",
		rec("", `,"tekun":{"mode":"dispersed","home_class":"2"}`)},
	{"dispersed with a stay", "分散供养却有入住期间 / dispersed support with a nursing-home stay", "household",
		rec("", `,"tekun":{"mode":"dispersed","stay":{"from":"2017-07"}}`)},
	{"home id without centralized", "非集中供养却有敬老院编号 / a home id without centralized support", "household",
		rec("", `,"tekun":{"home_id":"J1"}`)},
	{"self-care without mode", "无供养方式却有自理能力 / a self-care level without a mode", "household",
		rec("", `,"tekun":{"self_care":"partial"}`)},
	{"incapacitated without mode", "无供养方式却失能 / incapacity without a mode", "household",
		rec("", `,"tekun":{"incapacitated":true}`)},
	{"period without mode", "无供养方式却有期间 / a period without a mode", "household",
		rec("", `,"tekun":{"period":{"from":"2017-01"}}`)},
	{"no fixed household of two", "无固定住所者记为两人 / a person without a household recorded with two members", "household",
		`{"id":"H","township":"T","no_fixed_household":true,"members":[` + member + `},{"id":"m2","birth_date":"1960-01-01"}]}`},
	{"lowincome payment not covered", "未在低保却有低保金 / a 低保 payment to a household not covered", "household",
		rec(`,"current":{"payments":[{"programme":"lowincome","item":"base","monthly":"100.00"}]}`, "")},
	{"unknown programme", "未知项目 / an unknown programme", "household",
		rec(`,"current":{"payments":[{"programme":"housing","item":"x","monthly":"1"}]}`, "")},
	{"claim without ncms", "住院缺新农合支付 / a claim without its NCMS payment", "household",
		rec("", `,"claims":[{"id":"c1","admission":"2017-03-01","total_cost":"1","compliant_cost":"1"}]`)},
	{"unknown hardship", "未知困难类型 / an unknown hardship type", "household",
		rec(`,"hardships":[{"id":"e1","type":"drought","date":"2017-06-01","cost":"1"}]`, "")},
	{"not an object", "不是对象 / not an object", "household", `[]`},
	{"null income", "收入列表中的 null / a null in the incomes", "household", rec("", `,"incomes":[null]`)},
	{"null tier", "分档依据为 null / a hardship basis null", "params", set(`,"disability":{"living":{"by_hardship":{"lowincome":null}}}`)},
	{"flag as string", "开关写成字符串 / a flag as a string", "household", rec(`,"registered_poor":"yes"`, "")},

	{"set unknown field", "参数集未知字段 / an unknown field of a set", "params", set(`,"lowincome":{"standrd":{"value":"1","provenance":"seed"}}`)},
	{"set no year", "参数集缺年份 / a set without a year", "params", `{"base":2017}`},
	{"set year 1999", "年份早于 2000 / a year before 2000", "params", `{"year":1999,"base":2017}`},
	{"set base 2016", "没有 2016 内置参数集 / no built-in set of 2016", "params", `{"year":2018,"base":2016}`},
	{"set without base incomplete", "无 base 时参数不全 / a set without a base that is not complete", "params", `{"year":2018}`},
	{"param without provenance", "参数缺来源类别 / a parameter without provenance", "params", set(`,"lowincome":{"standard":{"value":"3700.00"}}`)},
	{"param unknown provenance", "未知来源类别 / an unknown provenance", "params", set(`,"lowincome":{"standard":{"value":"3700.00","provenance":"rumour"}}`)},
	{"param without value", "非地方参数缺值 / a parameter that is not local without a value", "params", set(`,"lowincome":{"standard":{"provenance":"seed"}}`)},
	{"required param unset", "必需参数以地方参数留空 / a required parameter left unset as local", "params", set(`,"lowincome":{"standard":{"provenance":"local"}}`)},
	{"param number", "参数值为 JSON 数字 / a value as a JSON number", "params", set(`,"lowincome":{"standard":{"value":3700,"provenance":"seed"}}`)},
	{"param five places", "参数值五位小数 / a value of five places", "params", set(`,"lowincome":{"uplift_a":{"value":"0.30001","provenance":"seed"}}`)},
	{"param extra key", "参数对象多余键 / a parameter with an extra key", "params", set(`,"lowincome":{"standard":{"value":"3700.00","provenance":"seed","note":"x"}}`)},
	{"param null", "参数为 null / a parameter null", "params", set(`,"lowincome":{"standard":null}`)},
	{"source too long", "参数来源超过 1000 字节 / a parameter's source over 1000 bytes", "params",
		set(`,"lowincome":{"standard":{"value":"3700.00","provenance":"local","source":"` + strings.Repeat("x", 1001) + `"}}`)},
	{"name too long", "参数集名称超过 200 字节 / a set's name over 200 bytes", "params", set(`,"name":"` + strings.Repeat("x", 201) + `"`)},
	{"name c1 control", "参数集名称含 C1 控制字符 / a set's name with a C1 control character", "params", set(`,"name":"a\u0085"`)},
	{"switch unknown", "开关取值未知 / a switch with an unknown value", "params", set(`,"lowincome":{"uplift_base":{"value":"median","provenance":"seed"}}`)},
	{"form referral", "临时救助方式不能为转介 / a temporary-aid form of referral", "params", set(`,"temporary":{"form":{"fire":{"value":"referral","provenance":"seed"}}}`)},
	{"counted unknown category", "未知收入类别 / an unknown income category", "params", set(`,"lowincome":{"counted":{"lottery":{"value":true,"provenance":"seed"}}}`)},
	{"multiple unknown type", "未知困难类型 / an unknown hardship type", "params", set(`,"temporary":{"multiple":{"drought":{"value":"3","provenance":"seed"}}}`)},
	{"tier key empty", "分档键为空 / an empty tier key", "params", set(`,"disability":{"living":{"by_hardship":{"":{"grade1":{"value":"100.00","provenance":"local"}}}}}`)},
	{"tier key invisible", "分档键含零宽空格 / a tier key holding U+200B", "params", set(`,"disability":{"living":{"by_hardship":{"一类\u200b":{"grade1":{"value":"100.00","provenance":"local"}}}}}`)},
	{"tier key space at end", "分档键末尾有空格 / a tier key ending in a space", "params", set(`,"disability":{"living":{"by_hardship":{"一类 ":{"grade1":{"value":"100.00","provenance":"local"}}}}}`)},
	{"tier without grade", "分档未设任何等级 / tiers that set no grade", "params", set(`,"disability":{"living":{"by_hardship":{"lowincome":{}}}}`)},
	{"33 hardship bases", "分档依据 33 个，超过 32 / 33 hardship bases, over the limit of 32", "params", set(`,"disability":{"living":{"by_hardship":{` + tierKeys(33) + `}}}`)},
	{"nursing grade 4 tier", "护理补贴无 4 级 / a grade-4 nursing tier", "params", set(`,"disability":{"nursing":{"by_hardship":{"lowincome":{"grade4":{"value":"10.00","provenance":"local"}}}}}`)},
	{"rounding mode", "未知舍入方式 / an unknown rounding mode", "params", set(`,"rounding":{"mode":"up","places":2}`)},
	{"rounding places", "舍入位数超出 / rounding places out of range", "params", set(`,"rounding":{"mode":"half-up","places":3}`)},
	{"from not first day", "起始日不是月初 / a start that is not the first of a month", "params", `{"year":2017,"base":2017,"from":"2017-07-02"}`},
	{"source control", "出处含控制字符 / a source with a control character", "params", set(`,"lowincome":{"standard":{"value":"3700.00","provenance":"seed","source":"a\u0007"}}`)},
}

// Breakdowns the reader refuses, made from a golden one: another version,
// an amount that is not one, a programme or clause the library does not
// know.
var breakdownRejects = []struct {
	name, desc, from, to string
}{
	{"another version", "另一版本 / another schema version", `"schema_version": "1"`, `"schema_version": "2"`},
	{"annual not an amount", "年额不是金额 / an annual amount that is not one", `"annual": "3622.00"`, `"annual": "lots"`},
	{"unknown programme", "未知项目 / an unknown programme", `"programme": "tekun"`, `"programme": "housing"`},
	{"unknown clause", "未知条款 / an unknown clause", `"2.2.1"`, `"9.9.9"`},
}

// tierKeys returns n hardship bases of JSON, each setting the grade-1
// living subsidy.
func tierKeys(n int) string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = `"level-` + strconv.Itoa(i) + `":{"grade1":{"value":"900.00","provenance":"local"}}`
	}
	return strings.Join(keys, ",")
}

// TestRejects: each input the library refuses, its schema refuses.
func TestRejects(t *testing.T) {
	compiled := map[string]*jsonschema.Schema{}
	for _, name := range []string{"household", "params", "breakdown"} {
		compiled[name] = compile(t, name)
	}
	for _, r := range rejects {
		t.Run(r.schema+"/"+r.name, func(t *testing.T) {
			var err error
			switch r.schema {
			case "household":
				_, err = household.Unmarshal([]byte(r.in))
			case "params":
				_, err = benefit.Unmarshal([]byte(r.in))
			}
			if err == nil {
				t.Fatalf("%s: the library accepts %s", r.desc, r.in)
			}
			if validate(compiled[r.schema], []byte(r.in)) == nil {
				t.Errorf("%s: the %s schema accepts what the library refuses (%v):\n%s", r.desc, r.schema, err, r.in)
			}
		})
	}
	golden, err := os.ReadFile(filepath.Join("..", "benefit", "testdata", "h02-dongliu.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range breakdownRejects {
		t.Run("breakdown/"+r.name, func(t *testing.T) {
			if !strings.Contains(string(golden), r.from) {
				t.Fatalf("the golden breakdown holds no %s", r.from)
			}
			in := []byte(strings.Replace(string(golden), r.from, r.to, 1))
			var b benefit.Breakdown
			if err := json.Unmarshal(in, &b); err == nil {
				t.Fatalf("%s: the library reads it", r.desc)
			}
			if validate(compiled["breakdown"], in) == nil {
				t.Errorf("%s: the breakdown schema accepts what the library refuses", r.desc)
			}
		})
	}
}
