package household_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestVisible: an id (of the household, a member, a claim, a hardship
// event, a home, a payment's item, a hardship level) and a place name
// (township, village) hold visible characters only, so that two that a
// caseworker reads as one are one: no format character (zero-width and
// bidi controls, U+FEFF), line or paragraph separator, private-use or
// unassigned code point, no space but U+0020 and none at either end, not
// spaces only. The error quotes the value with such characters escaped and
// says what is wrong and where. A member's name and a referral are free
// text, held to no control character only. Each case's edit changes the
// valid household {id: H, township: T, members: [{id: m0, …}, {id: m1, …},
// {id: m2, …}]}, each member born 1960-01-01.
func TestVisible(t *testing.T) {
	tests := []struct {
		name   string
		desc   string
		clause policy.Clause
		edit   func(h *household.Household)
		want   string // the error, "" for none
	}{
		{name: "ascii ids", desc: "ASCII 编号 / ASCII ids", clause: "0",
			edit: func(h *household.Household) { h.ID = "H-2017/001"; h.Members[0].ID = "m_01.A" }},
		{name: "chinese places", desc: "汉字乡镇与村名 / a township and village in Chinese", clause: "0",
			edit: func(h *household.Household) { h.Township = "尧渡镇"; h.Village = "东流村" }},
		{name: "inner space", desc: "编号中间的 ASCII 空格可用 / an ASCII space inside an id is allowed", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = "m 0"; h.Township = "Yaodu Town" }},
		{name: "zero-width space", desc: "成员编号含零宽空格，看似 m0 / a member id holding U+200B, looking like m0", clause: "0",
			edit: func(h *household.Household) { h.Members[1].ID = "m0\u200b" },
			want: `members[1].id: "m0\u200b" has an invisible character U+200B at byte 2`},
		{name: "right-to-left override", desc: "户编号含从右到左覆盖符 / a household id holding U+202E", clause: "0",
			edit: func(h *household.Household) { h.ID = "H\u202e10" },
			want: `id: "H\u202e10" has an invisible character U+202E at byte 1`},
		{name: "line separator", desc: "乡镇名含行分隔符 U+2028 / a township holding U+2028", clause: "0",
			edit: func(h *household.Household) { h.Township = "尧渡\u2028镇" },
			want: `township: "尧渡\u2028镇" has an invisible character U+2028 at byte 6`},
		{name: "paragraph separator", desc: "村名含段分隔符 U+2029 / a village holding U+2029", clause: "0",
			edit: func(h *household.Household) { h.Village = "东流村\u2029" },
			want: `village: "东流村\u2029" has an invisible character U+2029 at byte 9`},
		{name: "byte order mark", desc: "住院编号以 BOM 开头 / a claim id beginning with U+FEFF", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(1); h.Members[0].Claims[0].ID = "\ufeffc0" },
			want: `members[0].claims[0].id: "\ufeffc0" has an invisible character U+FEFF at byte 0`},
		{name: "word joiner", desc: "困难事件编号含 U+2060 / a hardship id holding U+2060", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(1); h.Hardships[0].ID = "e\u20600" },
			want: `hardships[0].id: "e\u20600" has an invisible character U+2060 at byte 1`},
		{name: "no-break space", desc: "村名含不间断空格 / a village holding U+00A0", clause: "0",
			edit: func(h *household.Household) { h.Village = "东流\u00a0村" },
			want: `village: "东流\u00a0村" has a non-ASCII space U+00A0 at byte 6`},
		{name: "ideographic space", desc: "乡镇名含全角空格 / a township holding U+3000", clause: "0",
			edit: func(h *household.Household) { h.Township = "尧渡\u3000镇" },
			want: `township: "尧渡\u3000镇" has a non-ASCII space U+3000 at byte 6`},
		{name: "leading space", desc: "乡镇名以空格开头，预算会算作另一乡镇 / a township beginning with a space, another township to a budget", clause: "0",
			edit: func(h *household.Household) { h.Township = " 尧渡镇" },
			want: `township: " 尧渡镇" has a space at its start`},
		{name: "trailing space", desc: "成员编号以空格结尾 / a member id ending in a space", clause: "0",
			edit: func(h *household.Household) { h.Members[2].ID = "m2 " },
			want: `members[2].id: "m2 " has a space at its end`},
		{name: "blank", desc: "村名只有一个空格 / a village of one space", clause: "0",
			edit: func(h *household.Household) { h.Village = " " },
			want: `village: " " is only spaces`},
		{name: "blank id", desc: "户编号只有空格 / a household id of spaces only", clause: "0",
			edit: func(h *household.Household) { h.ID = "   " },
			want: `id: "   " is only spaces`},
		{name: "private use", desc: "支付项目含私用区字符 / a payment item holding a private-use character", clause: "0",
			edit: func(h *household.Household) {
				h.Current.Payments = payments(1)
				h.Current.Payments[0].Item = "item\ue000"
			},
			want: `current.payments[0].item: "item\ue000" has a private-use character U+E000 at byte 4`},
		{name: "unassigned", desc: "敬老院编号含未分配码位 / a home id holding an unassigned code point", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, HomeID: "J\u0378"}
			},
			want: `members[0].tekun.home_id: "J\u0378" has an unassigned character U+0378 at byte 1`},
		{name: "hardship level", desc: "困难等级含零宽连接符 / a hardship level holding U+200D", clause: "2.2.4",
			edit: func(h *household.Household) { h.Members[0].HardshipLevel = "level-1\u200d" },
			want: `members[0].hardship_level: "level-1\u200d" has an invisible character U+200D at byte 7`},
		{name: "hangul filler", desc: "成员编号含韩文填充符 U+3164（图形字符，但不显示），看似 m0 / a member id holding the Hangul filler U+3164 (graphic, yet shows nothing), looking like m0", clause: "0",
			edit: func(h *household.Household) { h.Members[1].ID = "m0\u3164" },
			want: `members[1].id: "m0\u3164" has an invisible character U+3164 at byte 2`},
		{name: "grapheme joiner", desc: "乡镇名含组合字形连接符 U+034F / a township holding the combining grapheme joiner U+034F", clause: "0",
			edit: func(h *household.Household) { h.Township = "尧渡镇\u034f" },
			want: `township: "尧渡镇\u034f" has an invisible character U+034F at byte 9`},
		{name: "variation selector", desc: "村名含异体字选择符 U+FE00 / a village holding the variation selector U+FE00", clause: "0",
			edit: func(h *household.Household) { h.Village = "东流\ufe00村" },
			want: `village: "东流\ufe00村" has an invisible character U+FE00 at byte 6`},
		{name: "ideographic variation selector", desc: "户编号含表意文字异体选择符 U+E0100 / a household id holding U+E0100", clause: "0",
			edit: func(h *household.Household) { h.ID = "H\U000e01001" },
			want: `id: "H\U000e01001" has an invisible character U+E0100 at byte 1`},
		{name: "braille blank", desc: "成员编号含空白盲文 U+2800 / a member id holding the blank Braille pattern U+2800", clause: "0",
			edit: func(h *household.Household) { h.Members[2].ID = "\u2800m2" },
			want: `members[2].id: "\u2800m2" has an invisible character U+2800 at byte 0`},
		{name: "long village", desc: "70 字节的村名末尾有零宽空格（超过编号的 64 字节，仍在地名的 200 字节内） / a village of 70 bytes ending in U+200B (over an id's 64 bytes, within a place name's 200)", clause: "0",
			edit: func(h *household.Household) { h.Village = strings.Repeat("村", 22) + "\u200b" },
			want: `village: "` + strings.Repeat("村", 13) + `…" has an invisible character U+200B at byte 66`},
		{name: "village at the limit", desc: "恰好 200 字节的村名以空格结尾：仍按地名检查 / a village of exactly 200 bytes ending in a space: still checked as a place name", clause: "0",
			edit: func(h *household.Household) { h.Village = strings.Repeat("a", household.MaxTextLength-1) + " " },
			want: `village: "` + strings.Repeat("a", 40) + `…" has a space at its end`},
		{name: "first fault told", desc: "只报第一个问题 / the first fault is told", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = " m\u00a0\u200b" },
			want: `members[0].id: " m\u00a0\u200b" has a non-ASCII space U+00A0 at byte 2`},
		{name: "name zero-width space", desc: "姓名含零宽空格仍可用（自由文字） / a member's name holding U+200B stays allowed (free text)", clause: "0",
			edit: func(h *household.Household) { h.Members[0].Name = "张\u200b三" }},
		{name: "referral free text", desc: "转介服务名可含不间断空格与首尾空格 / a referral may hold U+00A0 and spaces at its ends", clause: "2.4.3",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Referral = " 住建\u00a0危房改造 "
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			h.Members = members(3)
			tc.edit(h)
			err := h.Validate()
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, policy.ErrInvalid) || len(policy.FieldErrors(err)) != 1 || policy.FieldErrors(err)[0].Type != policy.ErrorInvalid {
					t.Errorf("%s: %v is not one invalid field error", tc.desc, err)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: error (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestIDFault: IDFault tells what the record's validator tells of an id or
// place name, word for word, and calls the empty string empty, for a
// caller that checks a record's ids elsewhere (a parameter set's tier
// keys). Each text is also tried as a member's id, whose error must end in
// what IDFault says.
func TestIDFault(t *testing.T) {
	tests := []struct {
		name, desc string
		s, want    string
	}{
		{name: "ascii", desc: "普通编号 / a plain id", s: "m1"},
		{name: "chinese", desc: "中文等级名 / a Chinese level name", s: "一类"},
		{name: "inner space", desc: "中间的空格可以 / a space inside is fine", s: "m 1"},
		{name: "empty", desc: "空字符串 / the empty string", s: "", want: "is empty"},
		{name: "zero-width", desc: "零宽空格 / U+200B", s: "一类\u200b", want: "has an invisible character U+200B at byte 6"},
		{name: "nbsp", desc: "不换行空格 / U+00A0", s: "m\u00a01", want: "has a non-ASCII space U+00A0 at byte 1"},
		{name: "start", desc: "开头有空格 / a space at the start", s: " 尧渡镇", want: "has a space at its start"},
		{name: "end", desc: "末尾有空格 / a space at the end", s: "一类 ", want: "has a space at its end"},
		{name: "blank", desc: "只有空格 / spaces only", s: "  ", want: "is only spaces"},
		{name: "c1 control", desc: "C1 控制符 U+0085 / the C1 control U+0085", s: "m\u0085", want: "holds a control character"},
		{name: "lone continuation byte", desc: "单独的续字节 0x80 不是控制符，是非法 UTF-8 / a lone continuation byte 0x80 is invalid UTF-8, not a control character", s: "m\x80", want: "is not valid UTF-8"},
		{name: "cut ideograph", desc: "汉字的首字节在末尾，缺两个续字节 / the lead byte of an ideograph at the end, without its two continuation bytes", s: "m\xe4", want: "is not valid UTF-8"},
		{name: "ideograph lead before ASCII", desc: "汉字首字节 0xE4 后接 ASCII，不是一个汉字 / the lead byte 0xE4 followed by ASCII, no ideograph", s: "m\xe4ab", want: "is not valid UTF-8"},
		{name: "hangul filler", desc: "韩文填充符 U+3164 / the Hangul filler U+3164", s: "一类\u3164", want: "has an invisible character U+3164 at byte 6"},
		{name: "unassigned ignorable", desc: "未分配的可忽略码位 U+2065 报为未分配 / U+2065, unassigned though default-ignorable, is told unassigned", s: "a\u2065", want: "has an unassigned character U+2065 at byte 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := household.IDFault(tc.s); got != tc.want {
				t.Errorf("%s: IDFault(%q) = %q, want %q", tc.desc, tc.s, got, tc.want)
			}
			if tc.s == "" {
				return // a member's empty id is required, not empty
			}
			h := &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: tc.s, BirthDate: household.NewDate(1960, 1, 1)}}}
			err := h.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("%s: a member's id %q: %v, want it valid", tc.desc, tc.s, err)
			case tc.want != "" && (err == nil || !strings.HasSuffix(err.Error(), tc.want)):
				t.Errorf("%s: a member's id %q: %v, want an error ending %q", tc.desc, tc.s, err, tc.want)
			}
		})
	}
}
