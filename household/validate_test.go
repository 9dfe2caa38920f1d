package household_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestIDs: ids are what the programmes join a record by, so each is given,
// unique where it must be — members in the household, claims within a
// member, hardship events in the household — and made of valid UTF-8
// without control characters (and of visible characters only:
// TestVisible), so that two ids that differ are never read as one. The
// records are built in Go, where a string may hold any bytes. Each case's
// edit changes the valid household {id: H, township: T,
// members: [{id: m0, …}, {id: m1, …}, {id: m2, …}]}, each member born
// 1960-01-01.
func TestIDs(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		edit   func(h *household.Household)
		want   []fieldErr
	}{
		{name: "household id missing", desc: "缺户编号 / no household id", clause: "0",
			edit: func(h *household.Household) { h.ID = "" },
			want: []fieldErr{{Path: "id", Type: policy.ErrorRequired}}},
		{name: "member id missing", desc: "缺成员编号 / no member id", clause: "0",
			edit: func(h *household.Household) { h.Members[1].ID = "" },
			want: []fieldErr{{Path: "members[1].id", Type: policy.ErrorRequired}}},
		{name: "claim id missing", desc: "缺住院编号 / no claim id", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(2); h.Members[0].Claims[1].ID = "" },
			want: []fieldErr{{Path: "members[0].claims[1].id", Type: policy.ErrorRequired}}},
		{name: "hardship id missing", desc: "缺困难事件编号 / no hardship id", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(1); h.Hardships[0].ID = "" },
			want: []fieldErr{{Path: "hardships[0].id", Type: policy.ErrorRequired}}},
		{name: "payment item missing", desc: "缺发放项目 / no payment item", clause: "0",
			edit: func(h *household.Household) { h.Current.Payments = payments(1); h.Current.Payments[0].Item = "" },
			want: []fieldErr{{Path: "current.payments[0].item", Type: policy.ErrorRequired}}},
		{name: "home id optional", desc: "敬老院编号可不填 / a home id may be left out", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, HomeClass: household.HomeClass1}
			}},
		{name: "member ids twice", desc: "成员编号重复 / a member id twice", clause: "0",
			edit: func(h *household.Household) { h.Members[2].ID = "m0" },
			want: []fieldErr{{Path: "members[2].id", Type: policy.ErrorDuplicate}}},
		{name: "claim ids twice", desc: "同一成员住院编号重复 / a claim id twice for one member", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(3); h.Members[0].Claims[2].ID = "c0" },
			want: []fieldErr{{Path: "members[0].claims[2].id", Type: policy.ErrorDuplicate}}},
		{name: "claim id on two members", desc: "不同成员可用相同住院编号 / two members may use one claim id", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(1); h.Members[1].Claims = claims(1) }},
		{name: "hardship ids twice", desc: "困难事件编号重复（否则会付两次）/ a hardship id twice (else paid twice)", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(3); h.Hardships[2].ID = "e1" },
			want: []fieldErr{{Path: "hardships[2].id", Type: policy.ErrorDuplicate}}},
		{name: "hardship id three times", desc: "三次重复各报一次 / three copies: each repeat reported once", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(3)
				h.Hardships[1].ID, h.Hardships[2].ID = "e0", "e0"
			},
			want: []fieldErr{{Path: "hardships[1].id", Type: policy.ErrorDuplicate}, {Path: "hardships[2].id", Type: policy.ErrorDuplicate}}},
		{name: "ids alike but for the first byte", desc: "m0 与 n0：长度相同、末字节相同，仍是两个编号 / m0 and n0: the same length and last byte, still two ids", clause: "0",
			edit: func(h *household.Household) { h.Members[1].ID = "n0" }},
		{name: "chinese id", desc: "汉字编号 / an id in Chinese", clause: "0",
			edit: func(h *household.Household) {
				h.Members[0].ID = "成员一"
				h.Hardships = hardships(1)
				h.Hardships[0].Member = "成员一"
			}},
		{name: "NUL", desc: "编号含 NUL / an id holding NUL", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = "m\x00" },
			want: []fieldErr{{Path: "members[0].id", Type: policy.ErrorInvalid}}},
		{name: "newline", desc: "编号含换行 / an id holding a newline", clause: "0",
			edit: func(h *household.Household) { h.ID = "H\n1" },
			want: []fieldErr{{Path: "id", Type: policy.ErrorInvalid}}},
		{name: "DEL", desc: "编号含 DEL / an id holding DEL", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(1); h.Members[0].Claims[0].ID = "c\x7f" },
			want: []fieldErr{{Path: "members[0].claims[0].id", Type: policy.ErrorInvalid}}},
		{name: "C1 control", desc: "编号含 C1 控制符 U+0085 / an id holding U+0085", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(1); h.Hardships[0].ID = "e\u0085" },
			want: []fieldErr{{Path: "hardships[0].id", Type: policy.ErrorInvalid}}},
		{name: "home id control", desc: "敬老院编号含制表符 / a home id holding a tab", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, HomeClass: household.HomeClass1, HomeID: "J\t1"}
			},
			want: []fieldErr{{Path: "members[0].tekun.home_id", Type: policy.ErrorInvalid}}},
		{name: "invalid UTF-8 ids", desc: `m\xff 与 m\xfe 各自被拒，不会被读成同一人 / m\xff and m\xfe are both refused, never one person`, clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID, h.Members[1].ID = "m\xff", "m\xfe" },
			want: []fieldErr{{Path: "members[0].id", Type: policy.ErrorInvalid}, {Path: "members[1].id", Type: policy.ErrorInvalid}}},
		{name: "encoded surrogate", desc: "UTF-8 编码的代理 / a surrogate encoded in UTF-8", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = "m\xed\xa0\x80" },
			want: []fieldErr{{Path: "members[0].id", Type: policy.ErrorInvalid}}},
		{name: "replacement character", desc: "U+FFFD 本身是合法字符 / U+FFFD itself is a valid character", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = "m\uFFFD" }},
		{name: "text control", desc: "姓名含换行 / a name holding a newline", clause: "0",
			edit: func(h *household.Household) { h.Members[0].Name = "张\n三" },
			want: []fieldErr{{Path: "members[0].name", Type: policy.ErrorInvalid}}},
		{name: "text invalid UTF-8", desc: "乡镇名含非法字节 / a township holding an invalid byte", clause: "0",
			edit: func(h *household.Household) { h.Township = "T\xff" },
			want: []fieldErr{{Path: "township", Type: policy.ErrorInvalid}}},
		{name: "referral control", desc: "转介服务含 NUL / a referral holding NUL", clause: "2.4.3",
			edit: func(h *household.Household) { h.Hardships = hardships(1); h.Hardships[0].Referral = "x\x00" },
			want: []fieldErr{{Path: "hardships[0].referral", Type: policy.ErrorInvalid}}},
		{name: "hardship names no member", desc: "困难事件所指成员不存在 / a hardship naming no member", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(1); h.Hardships[0].Member = "m9" },
			want: []fieldErr{{Path: "hardships[0].member", Type: policy.ErrorNotFound}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members = members(3)
			tc.edit(h)
			err := h.Validate()
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestNameWithheld: an error about a member's name (personal data) says
// how long the name is, never what it is, and gives its first fault of:
// too long, not valid UTF-8, a control character. A sound name gives none.
func TestNameWithheld(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		in     string // the name
		want   string // the error, "" for none
	}{
		{name: "sound", desc: "正常姓名无错 / a sound name, no error", clause: "0", in: "示例甲"},
		{name: "control", desc: "姓名含换行 / a name holding a newline", clause: "0", in: "张\n三",
			want: "members[0].name: (7 bytes, not quoted: personal data) holds a control character"},
		{name: "invalid UTF-8", desc: "姓名含非法字节 / a name holding an invalid byte", clause: "0", in: "张\xff",
			want: "members[0].name: (4 bytes, not quoted: personal data) is not valid UTF-8"},
		{name: "invalid before control", desc: "非法字节先于控制字符 / an invalid byte is told before a control character", clause: "0",
			in: "张\xff\n", want: "members[0].name: (5 bytes, not quoted: personal data) is not valid UTF-8"},
		{name: "too long before invalid", desc: "过长先于非法字节 / too long is told before an invalid byte", clause: "0",
			in: strings.Repeat("张", 67) + "\xff", want: "members[0].name: (202 bytes, not quoted: personal data) is longer than 200 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members[0].Name = tc.in
			got := ""
			if err := h.Validate(); err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("%s: Validate() = %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}

// TestDatesAndBirth: nothing that happens to a member happens before the
// member was born — neither a claim (2.3.4) nor a hardship event naming
// the member (2.4.1); an event of the household is not tied to any birth.
// Each case's edit changes the valid household {id: H, township: T,
// members: [{id: m0, birthDate: 1960-01-01}, {id: m1, birthDate:
// 2017-05-01}]}.
func TestDatesAndBirth(t *testing.T) {
	born := household.NewDate(2017, 5, 1)
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		edit   func(h *household.Household)
		want   []fieldErr
	}{
		{name: "hardship before birth", desc: "困难事件早于所指成员出生 / a hardship dated before the birth of its member", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Member, h.Hardships[0].Date = "m1", household.NewDate(2017, 4, 30)
			},
			want: []fieldErr{{Path: "hardships[0].date", Type: policy.ErrorInvalid}}},
		{name: "hardship on the day of birth", desc: "出生当天的困难事件：通过 / a hardship on the day of birth", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Member, h.Hardships[0].Date = "m1", born
			}},
		{name: "household hardship before a birth", desc: "全户事件早于某成员出生：通过 / a household event before a member's birth", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Date = household.NewDate(2017, 1, 1)
			}},
		{name: "hardship of another member", desc: "事件所指成员已出生 / an event of a member born before it", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Member, h.Hardships[0].Date = "m0", household.NewDate(2017, 1, 1)
			}},
		{name: "claim before birth", desc: "住院早于出生 / a claim before the member's birth", clause: "2.3.4",
			edit: func(h *household.Household) {
				h.Members[1].Claims = claims(1)
				h.Members[1].Claims[0].Admission = household.NewDate(2017, 4, 30)
			},
			want: []fieldErr{{Path: "members[1].claims[0].admission", Type: policy.ErrorInvalid}}},
		{name: "claim on the day of birth", desc: "出生当天住院：通过 / a claim on the day of birth", clause: "2.3.4",
			edit: func(h *household.Household) {
				h.Members[1].Claims = claims(1)
				h.Members[1].Claims[0].Admission = born
			}},
		{name: "first member's hardship before birth", desc: "事件指向首位成员 m0（1960-01-01出生），日期1959-12-31 / an event of the first member m0, born 1960-01-01, dated 1959-12-31", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Member, h.Hardships[0].Date = "m0", household.NewDate(1959, 12, 31)
			},
			want: []fieldErr{{Path: "hardships[0].date", Type: policy.ErrorInvalid}}},
		{name: "claim without admission", desc: "住院缺入院日期：只报必填，不与出生日期比较 / a claim without an admission date: required, not compared with the birth date", clause: "2.3.4",
			edit: func(h *household.Household) {
				h.Members[1].Claims = claims(1)
				h.Members[1].Claims[0].Admission = household.Date{}
			},
			want: []fieldErr{{Path: "members[1].claims[0].admission", Type: policy.ErrorRequired}}},
		{name: "birth date missing", desc: "缺出生日期：必填，而非日期无效 / no birth date: required, not an invalid date", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.Date{} },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorRequired}}},
		{name: "born on 1 January 1900", desc: "1900-01-01出生：最早的日期，有效 / born 1900-01-01, the first date allowed: sound", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(1900, 1, 1) }},
		{name: "born on 31 December 1899", desc: "1899-12-31出生：早于1900年 / born 1899-12-31, before 1900", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(1899, 12, 31) },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorInvalid}}},
		{name: "event on 31 December 9999", desc: "9999-12-31的全户事件：最晚的日期，有效（年份由评估日检查）/ a household event on 9999-12-31, the last date allowed: sound (its year is the assessment date's check)", clause: "0",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Date = household.NewDate(9999, 12, 31)
			}},
		{name: "born in year 10000", desc: "Go 中构造的10000-01-01：晚于9999年 / 10000-01-01, built in Go: after 9999", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(10000, 1, 1) },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorInvalid}}},
		{name: "month 0", desc: "Go 中构造的2017年0月1日：无此月 / 2017, month 0, day 1, built in Go: no such month", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(2017, 0, 1) },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorInvalid}}},
		{name: "month 13", desc: "Go 中构造的2017年13月1日：无此月 / 2017, month 13, day 1, built in Go: no such month", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(2017, 13, 1) },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorInvalid}}},
		{name: "day 0", desc: "Go 中构造的2017-01-00：无此日 / 2017-01-00, built in Go: no such day", clause: "0",
			edit: func(h *household.Household) { h.Members[0].BirthDate = household.NewDate(2017, 1, 0) },
			want: []fieldErr{{Path: "members[0].birth_date", Type: policy.ErrorInvalid}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members = members(2)
			h.Members[1].BirthDate = born
			tc.edit(h)
			err := h.Validate()
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestChildCategory is 2.2.3 with section 0's ages: a child category is for
// a person under 18, so it is refused on a member who is 18 or older on 1
// January of the assessment year; one who turns 18 during the year keeps
// it (and is a child until the birthday).
func TestChildCategory(t *testing.T) {
	on := household.NewDate(2017, 9, 1)
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		born   household.Date
		child  household.ChildCategory
		want   []fieldErr
	}{
		{name: "a child", desc: "10岁儿童 / a child of 10", clause: "2.2.3",
			born: household.NewDate(2007, 3, 1), child: household.ChildInDifficulty},
		{name: "turns 18 during the year", desc: "年内满18岁：保留类别 / turns 18 during the year: kept", clause: "2.2.3",
			born: household.NewDate(1999, 6, 1), child: household.ChildInDifficulty},
		{name: "turns 18 on 2 January", desc: "1月2日满18岁：保留 / 18 on 2 January: kept", clause: "2.2.3",
			born: household.NewDate(1999, 1, 2), child: household.ChildInDifficultHome},
		{name: "18 on 1 January", desc: "1月1日满18岁：拒绝 / 18 on 1 January: refused", clause: "2.2.3",
			born: household.NewDate(1999, 1, 1), child: household.ChildInDifficulty,
			want: []fieldErr{{Path: "members[0].child", Type: policy.ErrorInvalid}}},
		{name: "an adult", desc: "成年人带儿童类别 / an adult with a child category", clause: "2.2.3",
			born: household.NewDate(1960, 1, 1), child: household.ChildInDifficultHome,
			want: []fieldErr{{Path: "members[0].child", Type: policy.ErrorInvalid}}},
		{name: "an adult without one", desc: "成年人无类别 / an adult without a category", clause: "2.2.3",
			born: household.NewDate(1960, 1, 1)},
		{name: "born this year", desc: "当年出生的婴儿 / a baby born this year", clause: "2.2.3",
			born: household.NewDate(2017, 2, 1), child: household.ChildInDifficulty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members[0].BirthDate, h.Members[0].Child = tc.born, tc.child
			if err := h.Validate(); err != nil {
				t.Fatalf("%s: Validate = %v: the check needs the date", tc.desc, err)
			}
			err := h.ValidateOn(on)
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}
