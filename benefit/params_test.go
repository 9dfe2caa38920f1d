package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// param writes one parameter object of a set's JSON.
func param(value string) string {
	return `{"value":` + value + `,"provenance":"local","source":"测试 / test"}`
}

// TestFloors is the table of the document's floors: a set whose adopted
// amount (or share) breaks one is rejected, the error naming the parameter and the
// floor (2.2.1, 2.2.2, 2.2.4). The two lines merged of 2.1.1 are not a
// floor: a set with S below the poverty line loads, and every breakdown
// reports the failing check (TestTwoLinesCheck).
func TestFloors(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		set    string // the programme objects of a set over the 2017 base
		// edit, where set is empty, changes the built-in 2017 set in Go
		// instead, without Normalize, so that no parameter it adds is named.
		edit     func(*benefit.Params)
		wantPath string
		wantMin  string
	}{
		{name: "dispersed-below-standard", clause: policy.ClauseTekunStandard,
			desc: "分散供养标准 3600.00 低于低保标准 3622.00 / the dispersed standard 3600.00 below S = 3622.00",
			set:  `"tekun":{"dispersed":` + param(`"3600.00"`) + `}`, wantPath: "tekun.dispersed", wantMin: "3622.00"},
		{name: "dispersed-floor-lowered", clause: policy.ClauseTekunStandard,
			desc: "分散供养下限不得低于文件的 3600.00 / the set may not lower the document's dispersed floor 3600.00",
			set:  `"tekun":{"dispersed_floor":` + param(`"3000.00"`) + `}`, wantPath: "tekun.dispersed_floor", wantMin: "3600.00"},
		{name: "centralized", clause: policy.ClauseTekunStandard,
			desc: "集中供养标准 4500.00 低于 4800.00 / the centralized standard 4500.00 below 4800.00",
			set:  `"tekun":{"centralized":` + param(`"4500.00"`) + `}`, wantPath: "tekun.centralized", wantMin: "4800.00"},
		{name: "dispersed-one-fen-below-standard", clause: policy.ClauseTekunStandard,
			desc: "分散供养标准 3621.99，比低保标准 3622.00 低一分 / the dispersed standard 3621.99, one fen below S = 3622.00",
			set:  `"tekun":{"dispersed":` + param(`"3621.99"`) + `}`, wantPath: "tekun.dispersed", wantMin: "3622.00"},
		{name: "centralized-one-fen-below", clause: policy.ClauseTekunStandard,
			desc: "集中供养标准 4799.99，比 4800.00 低一分 / the centralized standard 4799.99, one fen below 4800.00",
			set:  `"tekun":{"centralized":` + param(`"4799.99"`) + `}`, wantPath: "tekun.centralized", wantMin: "4800.00"},
		{name: "centralized-floor-lowered", clause: policy.ClauseTekunStandard,
			desc: "集中供养下限不得低于文件的 4800.00 / the set may not lower the document's centralized floor 4800.00",
			set:  `"tekun":{"centralized_floor":` + param(`"4000.00"`) + `}`, wantPath: "tekun.centralized_floor", wantMin: "4800.00"},
		{name: "consumption-share-lowered", clause: policy.ClauseTekunStandard,
			desc: "消费支出比例 40% 低于文件的 60%：只能提高 / testing against 40% of consumption lowers the document's 60%: a set may raise it, not lower it",
			set:  `"tekun":{"consumption_share":` + param(`"0.40"`) + `}`, wantPath: "tekun.consumption_share", wantMin: "0.60"},
		{name: "consumption-share-one-point-below", clause: policy.ClauseTekunStandard,
			desc: "消费支出比例 59.99%，比 60% 低万分之一 / a share of 0.5999, one ten-thousandth below 0.60",
			set:  `"tekun":{"consumption_share":` + param(`"0.5999"`) + `}`, wantPath: "tekun.consumption_share", wantMin: "0.60"},
		{name: "quota-class2", clause: policy.ClauseNursingHome,
			desc: "二类敬老院综合定额 5900.00 低于 6000.00 / the class-2 quota 5900.00 below 6000.00",
			set:  `"tekun":{"quota":{"class2":{"adopted":` + param(`"5900.00"`) + `}}}`, wantPath: "tekun.quota.class2.adopted", wantMin: "6000.00"},
		{name: "quota-class1-one-fen-below", clause: policy.ClauseNursingHome,
			desc: "一类敬老院综合定额 4799.99，比 4800.00 低一分 / the class-1 quota 4799.99, one fen below 4800.00",
			set:  `"tekun":{"quota":{"class1":{"adopted":` + param(`"4799.99"`) + `}}}`, wantPath: "tekun.quota.class1.adopted", wantMin: "4800.00"},
		{name: "quota-class3-one-fen-below", clause: policy.ClauseNursingHome,
			desc: "三类敬老院综合定额 7199.99，比 7200.00 低一分 / the class-3 quota 7199.99, one fen below 7200.00",
			set:  `"tekun":{"quota":{"class3":{"adopted":` + param(`"7199.99"`) + `}}}`, wantPath: "tekun.quota.class3.adopted", wantMin: "7200.00"},
		{name: "quota-class3-floor-lowered", clause: policy.ClauseNursingHome,
			desc: "三类下限不得低于文件的 7200.00 / the set may not lower the class-3 floor 7200.00",
			set:  `"tekun":{"quota":{"class3":{"floor":` + param(`"7000.00"`) + `}}}`, wantPath: "tekun.quota.class3.floor", wantMin: "7200.00"},
		{name: "nursing-subsidy", clause: policy.ClauseDisability,
			desc: "一级护理补贴 50.00 元/月 低于 60.00 / the grade-1 nursing subsidy of 50.00 a month below 60.00",
			set:  `"disability":{"nursing":{"grade1":` + param(`"50.00"`) + `}}`, wantPath: "disability.nursing.grade1", wantMin: "60.00"},
		{name: "nursing-grade2-one-fen-below", clause: policy.ClauseDisability,
			desc: "二级护理补贴 59.99 元/月，比 60.00 低一分 / the grade-2 nursing subsidy of 59.99 a month, one fen below 60.00",
			set:  `"disability":{"nursing":{"grade2":` + param(`"59.99"`) + `}}`, wantPath: "disability.nursing.grade2", wantMin: "60.00"},
		{name: "nursing-tier-by-hardship", clause: policy.ClauseDisability,
			desc:     "低保户一级护理补贴分档 50.00 元/月 低于 60.00：分档只能提高 / a 低保 tier of 50.00 a month for grade 1 is below 60.00: a tier may raise the subsidy, not lower it",
			set:      `"disability":{"nursing":{"by_hardship":{"lowincome":{"grade1":` + param(`"50.00"`) + `}}}}`,
			wantPath: "disability.nursing.by_hardship.lowincome.grade1", wantMin: "60.00"},
		{name: "nursing-tier-grade2", clause: policy.ClauseDisability,
			desc:     "建档立卡户二级护理补贴分档 59.99 元/月 低于 60.00 / a registered-poor tier of 59.99 a month for grade 2 is below 60.00",
			set:      `"disability":{"nursing":{"by_hardship":{"registered-poor":{"grade1":` + param(`"80.00"`) + `,"grade2":` + param(`"59.99"`) + `}}}}`,
			wantPath: "disability.nursing.by_hardship.registered-poor.grade2", wantMin: "60.00"},
		{name: "nursing-tier-set-in-go", clause: policy.ClauseDisability,
			desc: "在 Go 中直接设定、未经 Normalize 的低保户二级护理补贴分档 50.00 元/月 低于 60.00：分档尚无名称，仍按其路径报告 / " +
				"a 低保 tier of 50.00 a month for grade 2 set in Go and not normalized is below 60.00: the tier has no name yet, and is reported at its path all the same",
			edit: func(p *benefit.Params) {
				p.Disability.Nursing.ByHardship = map[string]disability.Tiers{"lowincome": {
					Grade2: policy.New("", decimal.RequireFromString("50.00"), policy.Local, "县定分档（示例）/ a county tier (example)")}}
			},
			wantPath: "disability.nursing.by_hardship.lowincome.grade2", wantMin: "60.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.edit != nil {
				p := benefit.Default2017()
				tc.edit(p)
				err = p.Validate()
			} else {
				_, err = benefit.Unmarshal([]byte(`{"year":2017,"base":2017,` + tc.set + `}`))
			}
			var fe *benefit.FloorError
			if !errors.As(err, &fe) {
				t.Fatalf("%s\nUnmarshal error = %v, want a *FloorError", tc.desc, err)
			}
			if !errors.Is(err, benefit.ErrBelowFloor) || !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("error %v does not wrap ErrBelowFloor and ErrInvalid", err)
			}
			if fe.Path != tc.wantPath || fe.Floor.StringFixed(2) != tc.wantMin || fe.Clause != tc.clause {
				t.Errorf("FloorError = %s %s %s, want %s %s %s", fe.Path, fe.Floor.StringFixed(2), fe.Clause,
					tc.wantPath, tc.wantMin, tc.clause)
			}
		})
	}
}

// TestFloorErrorText is the error a set below a floor gets: each figure
// with two places, more only where they are significant (a share of
// 0.5999 would read 0.60 with two).
func TestFloorErrorText(t *testing.T) {
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		set    string
		want   string
	}{
		{name: "amount", clause: policy.ClauseTekunStandard,
			desc: "集中供养标准 4500 元写两位小数 / the centralized standard with two places",
			set:  `"tekun":{"centralized":` + param(`"4500"`) + `}`,
			want: "tekun.centralized: 4500.00 is below the floor 4800.00 (2.2.1 集中供养标准不低于 tekun.centralized_floor / the centralized standard must not be below its floor)"},
		{name: "amount with three places", clause: policy.ClauseTekunStandard,
			desc: "4500.000 照两位小数写作 4500.00 / 4500.000 is written with two places",
			set:  `"tekun":{"centralized":` + param(`"4500.000"`) + `}`,
			want: "tekun.centralized: 4500.00 is below the floor 4800.00 (2.2.1 集中供养标准不低于 tekun.centralized_floor / the centralized standard must not be below its floor)"},
		{name: "share of two places", clause: policy.ClauseTekunStandard,
			desc: "比例 0.5000 写作 0.50 / the share 0.5000 is written 0.50",
			set:  `"tekun":{"consumption_share":` + param(`"0.5000"`) + `}`,
			want: "tekun.consumption_share: 0.50 is below the floor 0.60 (2.2.1 不低于上年度当地人均消费性支出的60% / the standards are tested against at least 60% of consumption)"},
		{name: "share of three places", clause: policy.ClauseTekunStandard,
			desc: "比例 0.595 照原样写出，不进为 0.60 / the share 0.595 as it is, not rounded up to 0.60",
			set:  `"tekun":{"consumption_share":` + param(`"0.595"`) + `}`,
			want: "tekun.consumption_share: 0.595 is below the floor 0.60 (2.2.1 不低于上年度当地人均消费性支出的60% / the standards are tested against at least 60% of consumption)"},
		{name: "share", clause: policy.ClauseTekunStandard,
			desc: "比例 0.5999 照原样写出 / the share 0.5999 as it is",
			set:  `"tekun":{"consumption_share":` + param(`"0.5999"`) + `}`,
			want: "tekun.consumption_share: 0.5999 is below the floor 0.60 (2.2.1 不低于上年度当地人均消费性支出的60% / the standards are tested against at least 60% of consumption)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benefit.Unmarshal([]byte(`{"year":2017,"base":2017,` + tc.set + `}`))
			var fe *benefit.FloorError
			if !errors.As(err, &fe) {
				t.Fatalf("%s\nUnmarshal error = %v, want a *FloorError", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, fe.Error()); diff != "" {
				t.Errorf("%s\nError() (-want +got):\n%s", tc.desc, diff)
			}
			if fe.Clause != tc.clause {
				t.Errorf("%s\nClause = %s, want %s", tc.desc, fe.Clause, tc.clause)
			}
		})
	}
}

// TestFloorRaised: the 60% of 2.2.1 is a floor, not a fixed figure: a set
// may test against a larger share of C, and its minimums use it.
func TestFloorRaised(t *testing.T) {
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		share       string
		dispersed   string // the dispersed minimum, 元/年
		centralized string // the centralized minimum
	}{
		{name: "the document's 60%", clause: policy.ClauseTekunStandard,
			desc:  "60% × 9000.00 = 5400.00，高于两项下限 / 60% of C = 9000.00 is 5400.00, above both floors",
			share: "0.60", dispersed: "5400.00", centralized: "5400.00"},
		{name: "a county's 70%", clause: policy.ClauseTekunStandard,
			desc:  "县定 70% × 9000.00 = 6300.00 / a county testing against 70%: 6300.00",
			share: "0.70", dispersed: "6300.00", centralized: "6300.00"},
		{name: "all of it", clause: policy.ClauseTekunStandard,
			desc:  "以消费支出全额为准：100% × 9000.00 = 9000.00 / the whole of C",
			share: "1", dispersed: "9000.00", centralized: "9000.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := benefit.Unmarshal([]byte(`{"year":2017,"base":2017,"tekun":{"consumption_share":` +
				param(`"`+tc.share+`"`) + `,"consumption":` + param(`"9000.00"`) + `}}`))
			if err != nil {
				t.Fatalf("%s\nUnmarshal: %v", tc.desc, err)
			}
			m, err := p.Tekun.Minimums(p.LowIncome.Standard.Value)
			if err != nil {
				t.Fatalf("%s\nMinimums: %v", tc.desc, err)
			}
			got := []string{m.Dispersed.Value.StringFixed(2), m.Centralized.Value.StringFixed(2)}
			if diff := cmp.Diff([]string{tc.dispersed, tc.centralized}, got); diff != "" {
				t.Errorf("%s\nminimums, dispersed and centralized (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestDefaultFloorsHold checks that the built-in set meets every floor.
func TestDefaultFloorsHold(t *testing.T) {
	p := benefit.Default2017()
	if err := p.Validate(); err != nil {
		t.Fatalf("Default2017().Validate() = %v", err)
	}
	for _, f := range p.Floors() {
		if !f.Holds() {
			t.Errorf("floor %s: %s below %s", f.Path, f.Value, f.Min)
		}
	}
}

// manyTiers returns n hardship bases of JSON, each setting the grade-1
// living subsidy.
func manyTiers(n int) string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = `"level-` + strconv.Itoa(i) + `":{"grade1":{"value":"900.00","provenance":"local"}}`
	}
	return strings.Join(keys, ",")
}

// TestUnmarshalErrors is the table of parameter-set JSON that is refused
// before any floor is looked at, with its field errors by type and path.
func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name, desc, js string
		clause         policy.Clause
		want           []fieldErr
	}{
		{name: "missing-year", clause: "0", desc: "缺少 year / no year", js: `{"base":2017}`,
			want: []fieldErr{{policy.ErrorRequired, "year"}}},
		{name: "unknown-base", clause: "0", desc: "没有 2016 年内置参数 / no built-in set for 2016", js: `{"year":2016,"base":2016}`,
			want: []fieldErr{{policy.ErrorInvalid, "base"}}},
		{name: "unknown-field", clause: "0", desc: "未知字段 / unknown field", js: `{"year":2017,"base":2017,"lowincome":{"standrd":{}}}`,
			want: []fieldErr{{policy.ErrorUnknown, "lowincome.standrd"}}},
		{name: "programme-year", clause: "0", desc: "年份属于参数集，不属于项目 / a programme carries no year of its own",
			js: `{"year":2017,"base":2017,"tekun":{"year":2017}}`, want: []fieldErr{{policy.ErrorUnknown, "tekun.year"}}},
		{name: "param-no-provenance", clause: "0", desc: "参数缺少来源类别 / a parameter without provenance",
			js:   `{"year":2017,"base":2017,"lowincome":{"standard":{"value":"3700.00"}}}`,
			want: []fieldErr{{policy.ErrorRequired, "lowincome.standard.provenance"}}},
		{name: "param-no-value", clause: "0", desc: "非地方参数必须给值 / only a local parameter may leave out its value",
			js:   `{"year":2017,"base":2017,"lowincome":{"standard":{"provenance":"seed","source":"x"}}}`,
			want: []fieldErr{{policy.ErrorRequired, "lowincome.standard.value"}}},
		{name: "trailing", clause: "0", desc: "JSON 之后还有数据 / data after the value", js: `{"year":2017,"base":2017} {}`,
			want: []fieldErr{{policy.ErrorInvalid, "(input)"}}},
		{name: "base-twice", clause: "0", desc: "base 给了两次，后一个无内置参数：报重复键 / base given twice, the last with no built-in set: the duplicate is reported",
			js: `{"year":2018,"base":2017,"base":2016}`, want: []fieldErr{{policy.ErrorDuplicate, "base"}}},
		{name: "base-twice-valid-last", clause: "0", desc: "base 给了两次，后一个有效：仍报重复键 / base given twice, the last valid: the duplicate is still reported",
			js: `{"year":2018,"base":2016,"base":2017}`, want: []fieldErr{{policy.ErrorDuplicate, "base"}}},
		{name: "bad-base-and-more", clause: "0", desc: "base 无内置参数集，另有一处错误：两者都报 / a base with no built-in set and another error: both are reported",
			js:   `{"year":2018,"base":2016,"lowincome":{"standard":{"value":"3912.00","provenance":"bogus"}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "base"}, {policy.ErrorNotSupported, "lowincome.standard.provenance"}}},
		{name: "base-case", clause: "0", desc: "键名 Base 大小写不符 / the key Base in the wrong case",
			js: `{"year":2018,"Base":2016}`, want: []fieldErr{{policy.ErrorUnknown, "Base"}}},
		{name: "too-many-tiers", clause: "2.2.4", desc: "分档依据超过 32 个：读取时一条错误，其余不读 / more than 32 hardship bases: one error on reading, the rest unread",
			js:   `{"year":2018,"base":2017,"disability":{"living":{"by_hardship":{` + manyTiers(40) + `}}}}`,
			want: []fieldErr{{policy.ErrorTooMany, "disability.living.by_hardship"}}},
		{name: "bad-S-once", clause: "2.1.1", desc: "S 三位小数：只在 S 处报一次，不再在派生的分散供养标准处报 / S with three places: reported once, at S, not again at the dispersed standard derived from it",
			js:   `{"year":2018,"base":2017,"lowincome":{"standard":{"value":"3912.001","provenance":"local","source":"x"}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "lowincome.standard"}}},
		{name: "bad-floor-once", clause: "2.2.1", desc: "分散供养下限三位小数：只在下限处报一次 / the dispersed floor with three places: reported once, at the floor",
			js:   `{"year":2018,"base":2017,"tekun":{"dispersed_floor":{"value":"3700.001","provenance":"local","source":"x"}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "tekun.dispersed_floor"}}},
		{name: "bad-rounding-once", clause: "0", desc: "舍入位数 5：只在参数集的 rounding 处报一次 / rounding places 5: reported once, at the set's rounding, not at each programme's copy",
			js:   `{"year":2018,"base":2017,"rounding":{"mode":"half-up","places":5}}`,
			want: []fieldErr{{policy.ErrorInvalid, "rounding.places"}}},
		{name: "bad-ratio-alone", clause: "2.3.4", desc: "低保救助比例 2.00 不是比率：只报它，不再拿特困比例与之相比 / a 低保 ratio of 2.00: reported alone, the 特困 ratio not compared with it",
			js:   `{"year":2018,"base":2017,"medical":{"lowincome":{"ratio":{"value":"2.00","provenance":"local","source":"x"}}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "medical.lowincome.ratio"}}},
		{name: "source-control", clause: "0", desc: "出处含控制字符：报在 source 处 / a source with a control character: reported at the source",
			js:   `{"year":2018,"base":2017,"lowincome":{"standard":{"value":"3912.00","provenance":"local","source":"x\u0001y"}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "lowincome.standard.source"}}},
		{name: "kinds", clause: "0", desc: "年龄写成字符串、开关写成字符串：各在其值处报 / an age and a switch written as strings: each at its value",
			js:   `{"year":2018,"base":2017,"medical":{"elderly_age":{"value":"-5","provenance":"local","source":"x"}},"lowincome":{"counted":{"wages":{"value":"yes","provenance":"local","source":"x"}}}}`,
			want: []fieldErr{{policy.ErrorInvalid, "lowincome.counted.wages.value"}, {policy.ErrorInvalid, "medical.elderly_age.value"}}},
		{name: "year-range", clause: "0", desc: "年份不合理 / an absurd year", js: `{"year":1900,"base":2017}`,
			want: []fieldErr{{policy.ErrorInvalid, "year"}}},
		{name: "null", clause: "0", desc: "null 不是参数集，不读作缺了全部参数的集 / null is not a set, nor read as one missing every parameter", js: `null`,
			want: []fieldErr{{policy.ErrorInvalid, "(input)"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := benefit.Unmarshal([]byte(tc.js))
			if err == nil {
				t.Fatalf("%s\nUnmarshal(%s) = %v, want an error", tc.desc, tc.js, p)
			}
			if !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if diff := cmp.Diff(tc.want, fieldErrs(err), cmpopts.SortSlices(func(a, b fieldErr) bool { return a.Path < b.Path })); diff != "" {
				t.Errorf("%s\nfield errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestUnmarshalWithoutBase: a set without a base must give every
// parameter that is not local (section 0), each one left out named at its
// path. The list follows the built-in set (everyParamRequired), so it is
// not written out as a spec table's literal.
func TestUnmarshalWithoutBase(t *testing.T) {
	_, err := benefit.Unmarshal([]byte(`{"year":2018}`))
	if !errors.Is(err, policy.ErrInvalid) {
		t.Fatalf("无 base 的参数集须被拒绝 / a set without a base must be refused: error %v, want one wrapping ErrInvalid", err)
	}
	want := append(everyParamRequired(t, "medical.second_aid.enabled", "disability.nursing.grade3"), fieldErr{policy.ErrorRequired, "rounding"})
	if diff := cmp.Diff(want, fieldErrs(err), cmpopts.SortSlices(func(a, b fieldErr) bool { return a.Path < b.Path })); diff != "" {
		t.Errorf("无 base 时须给全部参数 / without a base every parameter must be given: field errors (-want +got):\n%s", diff)
	}
}

// TestUnmarshalBounds: a set's JSON over 4 MiB is refused before any of it
// is read, so its cost is bounded by the limit, not by its size, and one of
// exactly 4 MiB is read; a bad base quoted in an error is cut at a
// character, never inside one.
func TestUnmarshalBounds(t *testing.T) {
	huge := []byte(`{"year":2017,"base":[` + strings.Repeat("0,", 3<<20) + `0]}`) // 6 MiB, its base read whole by a first pass
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := benefit.Unmarshal(huge)
	runtime.ReadMemStats(&after)
	if diff := cmp.Diff([]fieldErr{{policy.ErrorTooLong, "(input)"}}, fieldErrs(err)); diff != "" {
		t.Errorf("超过 4 MiB 的参数集 / a set over 4 MiB: field errors (-want +got):\n%s", diff)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing a set of %d bytes allocated %d bytes: it was read before its size was checked", len(huge), n)
	}

	// Decode reads a stream no further than the limit and a byte: it says
	// the set is over the limit, not that it is 4 MiB and one byte.
	_, err = benefit.Decode(bytes.NewReader(huge))
	if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Error() != "(input): is more than the limit of 4194304 bytes (4 MiB)" {
		t.Errorf("Decode of a set of %d bytes: error %v, want one saying it is more than the limit", len(huge), err)
	}

	// The limit is 4 MiB: a set of exactly 4 MiB is read, by Unmarshal and by
	// Decode; one byte more is refused by both.
	at := []byte(`{"year":2017,"base":2017}`)
	at = append(at, bytes.Repeat([]byte(" "), 4<<20-len(at))...)
	for _, tc := range []struct {
		name string
		in   []byte
		want []fieldErr
	}{
		{name: "exactly 4 MiB", in: at},
		{name: "4 MiB and a byte", in: append(slices.Clip(at), ' '), want: []fieldErr{{policy.ErrorTooLong, "(input)"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benefit.Unmarshal(tc.in)
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("Unmarshal of %d bytes: field errors (-want +got):\n%s", len(tc.in), diff)
			}
			_, err = benefit.Decode(bytes.NewReader(tc.in))
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("Decode of %d bytes: field errors (-want +got):\n%s", len(tc.in), diff)
			}
		})
	}

	_, err = benefit.Unmarshal([]byte(`{"year":2018,"base":"x` + strings.Repeat("年", 30) + `"}`))
	for _, fe := range policy.FieldErrors(err) {
		if fe.Path == "base" && (!utf8.ValidString(fe.Value) || !strings.HasSuffix(fe.Value, "…")) {
			t.Errorf("base 的值须在字符处截断 / the base's value is cut inside a character: %q", fe.Value)
		}
	}
	if fes := policy.FieldErrors(err); len(fes) == 0 {
		t.Errorf("a base of text is not refused")
	}
}

// TestUnmarshalRounding is section 0's rounding in a set loaded without a
// base: each amount is rounded to the unit the set names, so a full set
// must name its rounding's mode and places; the zero rounding would round
// to the yuan and is refused, never assumed. Each case is the built-in set
// as a full set with its rounding replaced.
func TestUnmarshalRounding(t *testing.T) {
	tests := []struct {
		name, clause, desc string
		rounding           string
		want               []fieldErr
	}{
		{name: "no-places", clause: "0",
			desc:     "无 base 时须写明舍入单位，不默认取整到元 / without a base the rounding unit must be given, never assumed to be the yuan",
			rounding: `{"mode":"half-up"}`, want: []fieldErr{{policy.ErrorRequired, "rounding.places"}}},
		{name: "no-mode", clause: "0",
			desc:     "无 base 时须写明舍入方式 / without a base the rounding mode must be given",
			rounding: `{"places":2}`, want: []fieldErr{{policy.ErrorRequired, "rounding.mode"}}},
		{name: "null-places", clause: "0",
			desc:     "舍入单位为 null 视同未写 / a null unit is no unit",
			rounding: `{"mode":"half-up","places":null}`, want: []fieldErr{{policy.ErrorRequired, "rounding.places"}}},
		{name: "null", clause: "0",
			desc:     "无 base 时 rounding 不可为 null / without a base the rounding may not be null",
			rounding: `null`, want: []fieldErr{{policy.ErrorRequired, "rounding"}}},
		{name: "to the yuan when named", clause: "0",
			desc:     "写明 places 0 即取整到元 / places 0, when named, rounds to the yuan",
			rounding: `{"mode":"half-up","places":0}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benefit.Unmarshal([]byte(noRounding(t, tc.rounding)))
			if tc.want != nil && !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nfield errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// noRounding is the built-in set's JSON as a full set (no base) with its
// rounding replaced by the JSON value rounding.
func noRounding(t *testing.T, rounding string) string {
	t.Helper()
	js, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var set map[string]json.RawMessage
	if err := json.Unmarshal(js, &set); err != nil {
		t.Fatal(err)
	}
	if _, ok := set["rounding"]; !ok {
		t.Fatal("the built-in set's JSON has no rounding")
	}
	delete(set, "base")
	set["rounding"] = json.RawMessage(rounding)
	out, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// everyParamRequired is a required error at the path of every parameter of
// a full set that is not local (every object with a provenance other than
// "local" in the built-in set's JSON) nor one of the optional ones: a local
// parameter may be left out, and so may a switch that is off unless set and
// the grade-3 nursing tier (2.2.4: the same 60 元/月 unless the county sets
// its own; a county may leave it unset).
func everyParamRequired(t *testing.T, optional ...string) []fieldErr {
	t.Helper()
	js, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	x, ok := indexJSON(js)
	if !ok {
		t.Fatal("the built-in set's JSON does not index")
	}
	var out []fieldErr
	for _, m := range x.members {
		path := strings.TrimSuffix(m.path, ".provenance")
		if m.key == "provenance" && string(js[m.end-len(`"local"`):m.end]) != `"local"` && !slices.Contains(optional, path) {
			out = append(out, fieldErr{policy.ErrorRequired, path})
		}
	}
	return out
}

// set2018 is a county's 2018 set over the built-in one: the standard
// raised to 3912 元/年 and the dispersed 特困 standard with it (2.2.1 holds
// it to the 低保 standard).
const set2018 = `{
	"year": 2018, "base": 2017, "name": "东至县 2018（示例）",
	"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "县民政局 2018 年标准（示例）"}},
	"tekun": {"dispersed": {"value": "3912.00", "provenance": "derived", "source": "不低于低保标准 (2.2.1)"}}
}`

// TestYears is the table of assessments under two sets, the built-in 2017
// set ("2017") and set2018: the set in force on the date applies, and the
// 2018 standard changes the amounts.
func TestYears(t *testing.T) {
	assessor := func(t *testing.T, sets []string) *benefit.Assessor {
		t.Helper()
		var ps []*benefit.Params
		for _, js := range sets {
			if js == "2017" {
				ps = append(ps, benefit.Default2017())
				continue
			}
			p, err := benefit.Unmarshal([]byte(js))
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			ps = append(ps, p)
		}
		a, err := benefit.New(ps...)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		return a
	}
	sets := []string{"2017", set2018}
	h := `{"id":"Y1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1950-01-01","relation":"head","incomes":[{"category":"wages","amount":"2500.00"}]},
		{"id":"m2","birth_date":"1952-01-01","relation":"spouse","incomes":[{"category":"agriculture","amount":"2000.00"}]},
		{"id":"m3","birth_date":"1980-01-01","relation":"child","incomes":[{"category":"wages","amount":"0.00"}]}],
		"hardships":[{"id":"e1","type":"fire","date":"%s","cost":"5000.00","other_aid":"1000.00"}]}`
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   []string // the built-in set ("2017") and sets as JSON
		on     household.Date
		event  string
		base   string
		fire   string
	}{
		{name: "2017", clause: policy.ClauseStandard,
			desc: "2017 年：3622.00 × 3 − 4500.00 = 6366.00（实例1）；火灾上限 10 × 3622.00/12 = 3018.33 / " +
				"2017: worked example 1, base 6366.00; fire maximum 3018.33",
			sets: sets, on: household.NewDate(2017, 9, 1), event: "2017-06-18", base: "6366.00", fire: "3018.33"},
		{name: "2018", clause: policy.ClauseStandard,
			desc: "2018 年标准 3912.00：3912.00 × 3 − 4500.00 = 7236.00；火灾上限 10 × 3912.00/12 = 3260.00 / " +
				"2018 standard 3912.00: base 7236.00; fire maximum 3260.00",
			sets: sets, on: household.NewDate(2018, 9, 1), event: "2018-06-18", base: "7236.00", fire: "3260.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := assessor(t, tc.sets).Assess(hh(t, strings.Replace(h, "%s", tc.event, 1)), tc.on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			got := map[policy.Item]string{}
			for _, l := range b.Lines {
				got[l.Item()] = l.Annual().StringFixed(2)
			}
			want := map[policy.Item]string{"base": tc.base, "emergency": tc.fire, "sponsorship": "180.00"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if b.Year != tc.on.Year {
				t.Errorf("Year = %d, want %d", b.Year, tc.on.Year)
			}
		})
	}
	if _, err := assessor(t, sets).Assess(hh(t, strings.Replace(h, "%s", "2019-01-01", 1)), household.NewDate(2019, 3, 1)); !errors.Is(err, policy.ErrNoParams) ||
		!strings.Contains(err.Error(), "loaded: 2017, 2018") {
		t.Errorf("Assess in 2019 = %v, want ErrNoParams naming the years loaded", err)
	}
}

// TestParamsRoundTrip checks that a set written by Marshal reads back to an
// equal set, its parameters named by their paths (section 0). An empty
// rounding mode is half-up: it is written as "half-up", so the set reads
// back although a set without a base must name its mode.
func TestParamsRoundTrip(t *testing.T) {
	emptyMode := benefit.Default2017()
	emptyMode.Rounding.Mode = ""
	tests := []struct {
		name, clause, desc string
		set                *benefit.Params
		want               *benefit.Params
	}{
		{name: "built-in", clause: "0",
			desc: "内置 2017 年参数原样读回 / the built-in 2017 set reads back equal",
			set:  benefit.Default2017(), want: benefit.Default2017()},
		{name: "empty mode", clause: "0",
			desc: "舍入方式为空即四舍五入，写出为 half-up 并读回 / an empty rounding mode is half-up, written as such and read back",
			set:  emptyMode, want: benefit.Default2017()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := benefit.New(tc.set); err != nil {
				t.Fatalf("New: %v", err)
			}
			js, err := tc.set.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			q, err := benefit.Unmarshal(js)
			if err != nil {
				t.Fatalf("%s\nUnmarshal(Marshal(set)): %v", tc.desc, err)
			}
			if diff := cmp.Diff(tc.want, q, sameValues); diff != "" {
				t.Errorf("%s\nround trip (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	p := benefit.Default2017()
	if p.LowIncome.Standard.Name != "lowincome.standard" || p.Tekun.Quota.Class2.Adopted.Name != "tekun.quota.class2.adopted" {
		t.Errorf("names are not JSON paths: %q, %q", p.LowIncome.Standard.Name, p.Tekun.Quota.Class2.Adopted.Name)
	}
	if js, err := (*benefit.Params)(nil).Marshal(); err != nil || strings.TrimSpace(string(js)) != "null" {
		t.Errorf("nil set Marshal = %q, %v; want null", js, err)
	}
}

// TestNewErrors is the table of what New refuses: no set, a nil set, two
// sets for one year (section 0: one set in force on any date), and a set
// below a floor of the document (2.2.1: the centralized 特困 standard of at
// least 4800.00).
func TestNewErrors(t *testing.T) {
	bad := benefit.Default2017()
	bad.Tekun.Centralized.Value = decimal.RequireFromString("4000.00")
	badJuly := benefit.Default2017()
	badJuly.From = household.NewDate(2017, 7, 1)
	badJuly.Tekun.Centralized.Value = decimal.RequireFromString("4000.00")
	tests := []struct {
		name, desc string
		clause     policy.Clause
		sets       []*benefit.Params
		wantIs     error
		want       string // the message, when the test states it
	}{
		{name: "none", clause: policy.ClauseConventions,
			desc: "没有参数集：拒绝，并指出内置参数集 / no set: refused, naming the built-in one",
			sets: nil, wantIs: policy.ErrNoParams, want: "benefit: New was given no parameter set (benefit.Default2017() is the built-in one)"},
		{name: "nil", clause: policy.ClauseConventions,
			desc: "第 2 个参数集为 nil：拒绝，指明是第几个 / the second set nil: refused, saying which",
			sets: []*benefit.Params{benefit.Default2017(), nil}, wantIs: policy.ErrNoParams, want: "benefit: parameter set 2 of 2 given to New is nil"},
		{name: "same-year", clause: policy.ClauseConventions,
			desc: "同一年的两个参数集：拒绝 / two sets for one year: refused",
			sets: []*benefit.Params{benefit.Default2017(), benefit.Default2017()}, wantIs: policy.ErrInvalid},
		{name: "below-floor", clause: policy.ClauseTekunStandard,
			desc: "唯一的参数集集中供养标准 4000.00 低于下限 4800.00：拒绝，错误不冠年度 / the one set's centralized 特困 standard of 4000.00, below the floor of 4800.00: refused, the error not prefixed",
			sets: []*benefit.Params{bad}, wantIs: benefit.ErrBelowFloor,
			want: "tekun.centralized: 4000.00 is below the floor 4800.00 (2.2.1 集中供养标准不低于 tekun.centralized_floor / the centralized standard must not be below its floor)"},
		{name: "below-floor-second-set", clause: policy.ClauseTekunStandard,
			desc: "两个参数集，7 月起的一个集中供养标准 4000.00 低于下限 4800.00：拒绝，错误冠以该参数集的施行日 2017-07-01（一年可有两个参数集）/ " +
				"two sets, the one from July with a centralized 特困 standard of 4000.00, below the floor of 4800.00: refused, the error prefixed with the day that set comes into force, 2017-07-01 (a year may have two sets)",
			sets: []*benefit.Params{benefit.Default2017(), badJuly}, wantIs: benefit.ErrBelowFloor,
			want: "parameter set from 2017-07-01: tekun.centralized: 4000.00 is below the floor 4800.00 (2.2.1 集中供养标准不低于 tekun.centralized_floor / the centralized standard must not be below its floor)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benefit.New(tc.sets...)
			if !errors.Is(err, tc.wantIs) {
				t.Errorf("%s [%s]\nNew 的错误 / New error = %v, want %v", tc.desc, tc.clause, err, tc.wantIs)
			}
			if tc.want != "" && (err == nil || err.Error() != tc.want) {
				t.Errorf("%s [%s]\nNew 的错误 / New error = %v, want %q", tc.desc, tc.clause, err, tc.want)
			}
		})
	}
}

// TestSetTexts: a set's name and its parameters' provenances and sources
// are written into every breakdown the set makes, so a set built in Go is
// held to what one read from JSON must say — a name of at most
// benefit.MaxNameLength bytes of plain text, provenances of the five
// classes (section 0), sources of at most policy.MaxSourceLength bytes —
// and New refuses what Validate reports. The 低保 standard, which temporary
// aid reads too (2.4.1), is reported once.
func TestSetTexts(t *testing.T) {
	long := strings.Repeat("x", policy.MaxSourceLength+1)
	tests := []struct {
		name, desc string
		edit       func(*benefit.Params)
		want       []string
	}{
		{name: "at the limits", desc: "名称 200 字节、来源 1000 字节：通过 / a name of 200 bytes and a source of 1000: accepted",
			edit: func(p *benefit.Params) {
				p.Name = strings.Repeat("县", benefit.MaxNameLength/3) + "xx"
				p.LowIncome.Standard.Source = long[1:]
			}},
		{name: "name too long", desc: "名称 201 字节 / a name of 201 bytes",
			edit: func(p *benefit.Params) { p.Name = strings.Repeat("x", benefit.MaxNameLength+1) },
			want: []string{"name: (201 bytes) is longer than 200 bytes"}},
		{name: "name with a newline", desc: "名称含换行 / a name with a newline",
			edit: func(p *benefit.Params) { p.Name = "东至县\n2018" },
			want: []string{`name: "东至县\n2018" holds a control character`}},
		{name: "sources", desc: "每个项目都检查来源：低保标准（临时救助共用，只报一次）、集中供养标准、分档补贴、参保缴费、火灾倍数 / " +
			"every programme checks its sources: the 低保 standard (shared with temporary aid, reported once), " +
			"the centralized standard, a tier, the contribution and the multiple for fire",
			edit: func(p *benefit.Params) {
				p.LowIncome.Standard.Source = long
				p.Tekun.Centralized.Source = long
				p.Disability.Living.ByHardship = map[string]disability.Tiers{"lowincome": {
					Grade1: policy.New("", decimal.RequireFromString("900.00"), policy.Local, long)}}
				p.Medical.Contribution.Source = long
				fire := p.Temporary.Multiple[household.Fire]
				fire.Source = long
				p.Temporary.Multiple = maps.Clone(p.Temporary.Multiple)
				p.Temporary.Multiple[household.Fire] = fire
			},
			want: []string{
				"lowincome.standard.source: (1001 bytes) is longer than 1000 bytes",
				"tekun.centralized.source: (1001 bytes) is longer than 1000 bytes",
				"disability.living.by_hardship.lowincome.grade1.source: (1001 bytes) is longer than 1000 bytes",
				"medical.contribution.source: (1001 bytes) is longer than 1000 bytes",
				"temporary.multiple.fire.source: (1001 bytes) is longer than 1000 bytes",
			}},
		{name: "provenances", desc: "每个项目都检查来源类别：无类别或类别不存在的参数被拒绝，在其名称处报告 / " +
			"every programme checks provenances: a parameter with none, or with a class that does not exist, is refused at its name",
			edit: func(p *benefit.Params) {
				p.LowIncome.UpliftA.Provenance = ""
				p.Disability.Living.Grade1.Provenance = "bogus"
				p.Disability.Living.ByHardship = map[string]disability.Tiers{"lowincome": {
					Grade1: policy.New("", decimal.RequireFromString("900.00"), "county", "")}}
				p.Medical.Contribution = policy.Param[decimal.Decimal]{Value: decimal.RequireFromString("200.00"), Set: true}
				fire := p.Temporary.Multiple[household.Fire]
				fire.Provenance = ""
				p.Temporary.Multiple = maps.Clone(p.Temporary.Multiple)
				p.Temporary.Multiple[household.Fire] = fire
			},
			want: []string{
				"lowincome.uplift_a.provenance: is required",
				`disability.living.grade1.provenance: "bogus" is not one of seed, derived, law, provisional, local`,
				`disability.living.by_hardship.lowincome.grade1.provenance: "county" is not one of seed, derived, law, provisional, local`,
				"medical.contribution.provenance: is required",
				"temporary.multiple.fire.provenance: is required",
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := benefit.Default2017()
			tc.edit(p)
			p.Normalize()
			err := p.Validate()
			var got []string
			for _, fe := range policy.FieldErrors(err) {
				got = append(got, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: Validate (-want +got):\n%s", tc.desc, diff)
			}
			if _, nerr := benefit.New(p); (nerr == nil) != (err == nil) || (err != nil && !errors.Is(nerr, policy.ErrInvalid)) {
				t.Errorf("%s: New error = %v, want one wrapping ErrInvalid exactly when Validate fails", tc.desc, nerr)
			}
		})
	}
}

// TestStandardSharedWithTemporary: temporary aid reads the 低保 standard
// S as a parameter of its own (2.4.1), which the set fills from
// lowincome.standard; Validate reports S once, at lowincome.standard, and
// New accepts exactly what Validate accepts.
func TestStandardSharedWithTemporary(t *testing.T) {
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		mod       func(p *benefit.Params)
		normalize bool       // Normalize the set after mod, as a set changed by hand must be
		want      []fieldErr // nil: valid, and New assesses with it
	}{
		{name: "unnamed", clause: policy.ClauseTemporary, desc: "未命名的低保标准：New 按 JSON 路径命名 / an unnamed standard: New names it by its path",
			mod: func(p *benefit.Params) {
				p.LowIncome.Standard = policy.New("", decimal.RequireFromString("3622.00"), policy.Local, "county")
			},
			normalize: true},
		{name: "bad-provenance", clause: policy.ClauseTemporary, desc: "低保标准来源类别无效：在 lowincome.standard 报告一次 / a bad provenance is reported once, at lowincome.standard",
			mod:  func(p *benefit.Params) { p.LowIncome.Standard.Provenance = "bogus" },
			want: []fieldErr{{policy.ErrorNotSupported, "lowincome.standard.provenance"}}},
		{name: "negative", clause: policy.ClauseTemporary, desc: "低保标准为负：只在 lowincome.standard 报告 / a negative standard is reported at lowincome.standard only",
			mod:  func(p *benefit.Params) { p.LowIncome.Standard.Value = decimal.RequireFromString("-1.00") },
			want: []fieldErr{{policy.ErrorInvalid, "lowincome.standard"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := benefit.Default2017()
			tc.mod(p)
			if tc.normalize {
				p.Normalize()
			}
			errValidate := p.Validate()
			if diff := cmp.Diff(tc.want, fieldErrs(errValidate)); diff != "" {
				t.Errorf("%s [%s]\nValidate 的字段错误 / Validate field errors (-want +got):\n%s", tc.desc, tc.clause, diff)
			}
			_, errNew := benefit.New(p)
			if (errValidate == nil) != (errNew == nil) {
				t.Errorf("%s [%s]\nValidate 错误 / Validate error %v, New 错误 / New error %v: New 须恰好接受 Validate 接受的 / New accepts what Validate accepts", tc.desc, tc.clause, errValidate, errNew)
			}
		})
	}
}

// TestNormalizeHugeExponent: a derived dispersed standard (2.2.1) whose
// value was set in Go to 10^2000000 is derived again, as any derived one
// is, and compared with the new one in fen, never rescaled: Normalize
// allocates a few kilobytes, not the two million digits.
func TestNormalizeHugeExponent(t *testing.T) {
	p := benefit.Default2017()
	p.LowIncome.Standard.Value = decimal.RequireFromString("3912.00")
	p.Normalize() // the dispersed standard is now derived from S: 3912.00
	p.LowIncome.Standard.Value = decimal.RequireFromString("3622.00")
	p.Tekun.Dispersed.Value = decimal.New(1, 2_000_000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p.Normalize()
	runtime.ReadMemStats(&after)
	if got := p.Tekun.Dispersed.Value.StringFixed(2) + " " + string(p.Tekun.Dispersed.Provenance); got != "3622.00 derived" {
		t.Errorf("派生的分散供养标准被改为 10^2000000，S = 3622.00：重新派生 / a derived dispersed standard set to 10^2000000, S = 3622.00: derived again\ngot %s, want 3622.00 derived", got)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 64<<10 {
		t.Errorf("Normalize allocated %d bytes, want at most 64 KiB", n)
	}
}
