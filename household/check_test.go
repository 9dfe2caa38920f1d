package household_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestCheck is the table of Check: a record is checked for a date only
// when Validate passes and no member is born after the date (section 0).
func TestCheck(t *testing.T) {
	one := func(born household.Date) *household.Household {
		return &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: born}}}
	}
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		h        *household.Household
		on       household.Date
		wantMsg  string
		wantPath string
		wantType policy.ErrorType
	}{
		{name: "valid", clause: policy.ClauseConventions, desc: "有效记录 / a sound record",
			h: one(household.NewDate(1960, 1, 1)), on: household.NewDate(2017, 9, 1)},
		{name: "born-on-date", clause: policy.ClauseConventions, desc: "评估日出生 / born on the assessment date",
			h: one(household.NewDate(2017, 9, 1)), on: household.NewDate(2017, 9, 1)},
		{name: "born-after", clause: policy.ClauseConventions, desc: "评估日后出生 / born after the assessment date",
			h: one(household.NewDate(2017, 9, 2)), on: household.NewDate(2017, 9, 1), wantMsg: "members[0].birth_date: 2017-09-02 is after",
			wantPath: "members[0].birth_date", wantType: policy.ErrorInvalid},
		{name: "bad-date", clause: policy.ClauseConventions, desc: "无效评估日 / an invalid assessment date",
			h: one(household.NewDate(1960, 1, 1)), on: household.Date{}, wantMsg: "date: ",
			wantPath: "date", wantType: policy.ErrorInvalid},
		{name: "nil", clause: policy.ClauseConventions, desc: "没有记录 / no record", h: nil, on: household.NewDate(2017, 9, 1),
			wantMsg: "household: is missing", wantPath: "household", wantType: policy.ErrorRequired},
		{name: "invalid", clause: policy.ClauseConventions, desc: "无效日期 / not a date",
			h: one(household.NewDate(1960, 1, 1)), on: household.Date{Year: 2017, Month: 2, Day: 30},
			wantMsg: "is not a valid assessment date", wantPath: "date", wantType: policy.ErrorInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.h.Check(tc.on)
			if tc.wantMsg == "" {
				if err != nil || c.Household() != tc.h || c.Date() != tc.on || c.Err() != nil {
					t.Errorf("%s: Check = %v, %v", tc.desc, c, err)
				}
				return
			}
			if !errors.Is(err, policy.ErrInvalid) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("%s: error %v, want one containing %q", tc.desc, err, tc.wantMsg)
			}
			if fes := policy.FieldErrors(err); len(fes) != 1 || fes[0].Path != tc.wantPath || fes[0].Type != tc.wantType {
				t.Errorf("%s: error %v, want one %s error at %s", tc.desc, err, tc.wantType, tc.wantPath)
			}
			if c.Err() == nil || c.Household() != nil {
				t.Errorf("%s: a failed Check returned a usable Checked", tc.desc)
			}
		})
	}
}

// TestCheckedZero: the zero Checked, a record never checked, holds no
// record and says so with a required error at "household".
func TestCheckedZero(t *testing.T) {
	var c household.Checked
	fes := policy.FieldErrors(c.Err())
	if c.Household() != nil || len(fes) != 1 || fes[0].Path != "household" || fes[0].Type != policy.ErrorRequired {
		t.Errorf("zero Checked: Household %v, Err %v", c.Household(), c.Err())
	}
}

// TestValidateOn is the table of the checks on claims and events (section
// 0: a record is assessed for the calendar year of its date): each claim
// (2.3.4) has an id unique within its member and an admission not before
// the member's birth — checks of the record alone, made by Validate — and
// an admission in that year; each hardship event (2.4.1) is dated in that
// year. A centralized resident's nursing-home stay (2.2.2) begins in a month
// of his support (a check of the record, made by Validate); months it runs
// on past the support's end hold nothing. A claim or event
// after the date, in its year, is sound: the year's entitlement is assessed
// month by month, lump sums in their months as the recurring lines are.
// ValidateOn reports Validate's errors first, alone. Every error names its
// field path and type.
func TestValidateOn(t *testing.T) {
	on := household.NewDate(2017, 9, 1)
	claim := func(id string, admitted household.Date) household.Claim {
		return household.Claim{ID: id, Admission: admitted}
	}
	withClaims := func(cs ...household.Claim) *household.Household {
		return &household.Household{ID: "H", Township: "T", Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(1960, 1, 1), Claims: cs},
			{ID: "m2", BirthDate: household.NewDate(2017, 5, 1)},
		}}
	}
	ym := household.NewYearMonth
	stay := func(from, to household.YearMonth) *household.MonthPeriod {
		return &household.MonthPeriod{From: from, To: to}
	}
	withStay := func(support, s *household.MonthPeriod) *household.Household { // m1 in centralized support, in a class-2 home
		h := withClaims()
		h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, HomeID: "JLY-01", HomeClass: household.HomeClass2,
			Period: support, Stay: s}
		return h
	}
	withHardship := func(date household.Date) *household.Household {
		h := withClaims()
		h.Hardships = []household.Hardship{{ID: "e1", Type: household.Fire, Date: date}}
		return h
	}
	tests := []struct {
		name    string
		desc    string
		clauses []policy.Clause
		h       *household.Household
		// validate: the errors are the record's own, which Validate reports
		// too; otherwise the record passes Validate.
		validate bool
		want     []fieldErr
		msgs     []string // each error's message, in order
	}{
		{name: "claims in the year", desc: "本年度住院、日期不晚于评估日：通过 / claims admitted this year, by the date: sound",
			clauses: []policy.Clause{"0", "2.3.4"},
			h:       withClaims(claim("c1", household.NewDate(2017, 1, 1)), claim("c2", household.NewDate(2017, 9, 1)))},
		{name: "claim id missing", desc: "住院记录缺编号 / a claim with no id", clauses: []policy.Clause{"2.3.4"},
			h: withClaims(claim("", household.NewDate(2017, 3, 1))), validate: true,
			want: []fieldErr{{Path: "members[0].claims[0].id", Type: policy.ErrorRequired}}, msgs: []string{"members[0].claims[0].id: is required"}},
		{name: "claim id twice", desc: "同一成员住院编号重复 / a claim id given twice for one member", clauses: []policy.Clause{"2.3.4"},
			h:        withClaims(claim("c1", household.NewDate(2017, 3, 1)), claim("c2", household.NewDate(2017, 4, 1)), claim("c1", household.NewDate(2017, 5, 1))),
			validate: true,
			want:     []fieldErr{{Path: "members[0].claims[2].id", Type: policy.ErrorDuplicate}}, msgs: []string{`members[0].claims[2].id: "c1" is also the id of claims[0]`}},
		{name: "same claim id on two members", desc: "不同成员可用相同住院编号 / two members may use the same claim id", clauses: []policy.Clause{"2.3.4"},
			h: func() *household.Household {
				h := withClaims(claim("c1", household.NewDate(2017, 3, 1)))
				h.Members[1].Claims = []household.Claim{claim("c1", household.NewDate(2017, 6, 1))}
				return h
			}()},
		{name: "claim of the year before", desc: "上年度住院：不属本年度记录 / a claim admitted the year before", clauses: []policy.Clause{"0", "2.3.4"},
			h:    withClaims(claim("c1", household.NewDate(2016, 12, 31))),
			want: []fieldErr{{Path: "members[0].claims[0].admission", Type: policy.ErrorInvalid}},
			msgs: []string{"members[0].claims[0].admission: 2016-12-31 is outside the assessment year 2017"}},
		{name: "claim of the year after", desc: "次年度住院 / a claim admitted the year after", clauses: []policy.Clause{"0", "2.3.4"},
			h:    withClaims(claim("c1", household.NewDate(2018, 1, 1))),
			want: []fieldErr{{Path: "members[0].claims[0].admission", Type: policy.ErrorInvalid}},
			msgs: []string{"members[0].claims[0].admission: 2018-01-01 is outside the assessment year 2017"}},
		{name: "claim after the date", desc: "评估日后、本年度内住院：通过，计入本年 / a claim admitted after the assessment date, in its year: sound, part of the year",
			clauses: []policy.Clause{"0", "2.3.4"},
			h:       withClaims(claim("c1", household.NewDate(2017, 9, 2)), claim("c2", household.NewDate(2017, 12, 31)))},
		{name: "claim before birth", desc: "住院早于出生 / a claim admitted before the member was born", clauses: []policy.Clause{"0", "2.3.4"},
			h: func() *household.Household {
				h := withClaims()
				h.Members[1].Claims = []household.Claim{claim("c1", household.NewDate(2017, 4, 30))}
				return h
			}(),
			validate: true,
			want:     []fieldErr{{Path: "members[1].claims[0].admission", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[1].claims[0].admission: 2017-04-30 is before the member's birth date"}},
		{name: "claim on the day of birth", desc: "出生当天住院：通过 / a claim admitted on the day of birth", clauses: []policy.Clause{"0", "2.3.4"},
			h: func() *household.Household {
				h := withClaims()
				h.Members[1].Claims = []household.Claim{claim("c1", household.NewDate(2017, 5, 1))}
				return h
			}()},
		{name: "hardship on the date", desc: "评估日当天的困难事件：通过 / a hardship on the assessment date", clauses: []policy.Clause{"0", "2.4.1"},
			h: withHardship(on)},
		{name: "hardship of the year before", desc: "上年度困难事件 / a hardship of the year before", clauses: []policy.Clause{"0", "2.4.1"},
			h:    withHardship(household.NewDate(2016, 6, 1)),
			want: []fieldErr{{Path: "hardships[0].date", Type: policy.ErrorInvalid}},
			msgs: []string{"hardships[0].date: 2016-06-01 is outside the assessment year 2017"}},
		{name: "hardship on 31 December", desc: "本年12月31日的困难事件，晚于评估日：通过 / a hardship on 31 December, after the assessment date: sound",
			clauses: []policy.Clause{"0", "2.4.1"},
			h:       withHardship(household.NewDate(2017, 12, 31))},
		{name: "claim on 1 January", desc: "1月1日住院：通过 / a claim admitted on 1 January", clauses: []policy.Clause{"0", "2.3.4"},
			h: withClaims(claim("c1", household.NewDate(2017, 1, 1)))},
		{name: "hardship on 31 December before", desc: "上年12月31日的困难事件 / a hardship on 31 December of the year before", clauses: []policy.Clause{"0", "2.4.1"},
			h:    withHardship(household.NewDate(2016, 12, 31)),
			want: []fieldErr{{Path: "hardships[0].date", Type: policy.ErrorInvalid}},
			msgs: []string{"hardships[0].date: 2016-12-31 is outside the assessment year 2017"}},
		{name: "hardship the day after", desc: "评估日次日的困难事件：通过 / a hardship the day after the assessment date: sound", clauses: []policy.Clause{"0", "2.4.1"},
			h: withHardship(household.NewDate(2017, 9, 2))},
		{name: "hardship on 1 January after", desc: "次年1月1日的困难事件 / a hardship on 1 January of the year after", clauses: []policy.Clause{"0", "2.4.1"},
			h:    withHardship(household.NewDate(2018, 1, 1)),
			want: []fieldErr{{Path: "hardships[0].date", Type: policy.ErrorInvalid}},
			msgs: []string{"hardships[0].date: 2018-01-01 is outside the assessment year 2017"}},
		{name: "stay within the support", desc: "入住敬老院2017-07起，在全年供养之内：通过 / a stay from July within support all year: sound",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(nil, stay(ym(2017, 7), ym(2017, 12)))},
		{name: "open stay in a support ending in December", desc: "供养2017-03至2017-12，入住2017-07起未止：截至本年，在供养之内 / a stay open at its end in a support to December: clipped to the year, within",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 3), ym(2017, 12)), stay(ym(2017, 7), household.YearMonth{}))},
		{name: "stay from an earlier year", desc: "2016-06起入住、2016-01起供养：本年全年在院 / a stay from 2016 in a support from 2016: the whole year in the home",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2016, 1), household.YearMonth{}), stay(ym(2016, 6), household.YearMonth{}))},
		{name: "stay running into next year", desc: "入住至2018-06，供养至2017-12：本年在供养之内 / a stay to June 2018 in a support to December 2017: within, in this year",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 1), ym(2017, 12)), stay(ym(2017, 7), ym(2018, 6)))},
		{name: "stay before the support", desc: "供养2017-03起，入住2017-01起：入住早于供养 / support from March, a stay from January: the stay begins before the support",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 3), household.YearMonth{}), stay(ym(2017, 1), household.YearMonth{})),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.stay", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[0].tekun.stay: from 2017-01 begins outside the support's period from 2017-03"}},
		{name: "stay running on past the support", desc: "供养至2017-06，入住2017-05至2017-08：7–8月已非特困，入住只含5–6月 / support to June, a stay May–August: from July he is no 特困 person, the stay holds May–June",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 1), ym(2017, 6)), stay(ym(2017, 5), ym(2017, 8)))},
		{name: "stay beginning after the support ended", desc: "供养2016年，入住2017-02至2017-03：入住晚于供养结束 / support in 2016, a stay February–March 2017: it begins after the support ended",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2016, 1), ym(2016, 12)), stay(ym(2017, 2), ym(2017, 3))),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.stay", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[0].tekun.stay: 2017-02 to 2017-03 begins outside the support's period 2016-01 to 2016-12"}},
		{name: "stay beginning before a later support", desc: "供养2018-01起，入住2017-05至2017-12：入住早于供养 / support from 2018, a stay May–December 2017: it begins before the support",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2018, 1), household.YearMonth{}), stay(ym(2017, 5), ym(2017, 12))),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.stay", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[0].tekun.stay: 2017-05 to 2017-12 begins outside the support's period from 2018-01"}},
		{name: "stay from the support's first month", desc: "供养2017-03至2017-08，入住2017-03至2017-05：与供养同月开始，在供养之内 / support March–August, a stay March–May: it begins in the support's first month, within",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 3), ym(2017, 8)), stay(ym(2017, 3), ym(2017, 5)))},
		{name: "stay from the support's last month", desc: "供养2017-03至2017-08，入住2017-08起：在供养最后一月开始，在供养之内 / support March–August, a stay from August: it begins in the support's last month, within",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 3), ym(2017, 8)), stay(ym(2017, 8), household.YearMonth{}))},
		{name: "stay after a one-month support", desc: "供养仅2017-05，入住2017-06起：晚于供养结束 / support in May 2017 only, a stay from June: it begins after the support ended",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 5), ym(2017, 5)), stay(ym(2017, 6), household.YearMonth{})),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.stay", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[0].tekun.stay: from 2017-06 begins outside the support's period 2017-05 to 2017-05"}},
		{name: "stay in a support without from", desc: "供养期间缺起始月（至2017-06），入住2017-07起：只报缺月 / a support without from (to June 2017), a stay from July: the missing month alone is reported",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(household.YearMonth{}, ym(2017, 6)), stay(ym(2017, 7), household.YearMonth{})),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.period.from", Type: policy.ErrorRequired}},
			msgs:     []string{"members[0].tekun.period.from: is required"}},
		{name: "stay in a support ending in month 13", desc: "Go 中构造的供养期间2017-03至2017-13，入住2018-03起：只报坏月份 / a support March 2017 to month 13 of 2017, built in Go, a stay from March 2018: the bad month alone is reported",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2017, 3), ym(2017, 13)), stay(ym(2018, 3), household.YearMonth{})),
			validate: true,
			want:     []fieldErr{{Path: "members[0].tekun.period.to", Type: policy.ErrorInvalid}},
			msgs:     []string{"members[0].tekun.period.to: 2017-13 is not a month from 1900-01 to 9999-12"}},
		{name: "open stay after the support ended", desc: "供养2016-03至2016-12，入住2016-07起未止：2017年无供养月，为普通成员，无需核对 / support March–December 2016, a stay from July 2016 left open: in 2017 no month of support, an ordinary member, nothing to check",
			clauses: []policy.Clause{"0", "2.2.2"}, h: withStay(stay(ym(2016, 3), ym(2016, 12)), stay(ym(2016, 7), household.YearMonth{}))},
		{name: "every error at once", desc: "多个错误一并报告 / every error reported together", clauses: []policy.Clause{"0", "2.3.4", "2.4.1"},
			h: func() *household.Household {
				h := withHardship(household.NewDate(2018, 2, 1))
				h.Members[1].BirthDate = household.NewDate(2017, 9, 2)
				h.Members[0].Claims = []household.Claim{claim("c1", household.NewDate(2018, 9, 30)), claim("c2", household.NewDate(2016, 1, 1))}
				return h
			}(),
			want: []fieldErr{
				{Path: "members[0].claims[0].admission", Type: policy.ErrorInvalid},
				{Path: "members[0].claims[1].admission", Type: policy.ErrorInvalid},
				{Path: "members[1].birth_date", Type: policy.ErrorInvalid},
				{Path: "hardships[0].date", Type: policy.ErrorInvalid},
			},
			msgs: []string{
				"members[0].claims[0].admission: 2018-09-30 is outside the assessment year 2017",
				"members[0].claims[1].admission: 2016-01-01 is outside the assessment year 2017",
				"members[1].birth_date: 2017-09-02 is after the assessment date 2017-09-01",
				"hardships[0].date: 2018-02-01 is outside the assessment year 2017",
			}},
		{name: "the record's own errors first", desc: "先报记录本身的错误，日期检查随后 / the record's own errors first, the date's after", clauses: []policy.Clause{"0", "2.3.4"},
			h: func() *household.Household {
				h := withClaims(claim("", household.NewDate(2016, 1, 1)))
				h.Members[1].BirthDate = household.NewDate(2017, 9, 2)
				return h
			}(),
			validate: true,
			want:     []fieldErr{{Path: "members[0].claims[0].id", Type: policy.ErrorRequired}},
			msgs:     []string{"members[0].claims[0].id: is required"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.h.ValidateOn(on)
			if verr := tc.h.Validate(); !tc.validate && verr != nil {
				t.Fatalf("%s: the record does not pass Validate: %v", tc.desc, verr)
			} else if tc.validate && (verr == nil || verr.Error() != err.Error()) {
				t.Errorf("%s: Validate = %v, want the errors of ValidateOn", tc.desc, verr)
			}
			var got []fieldErr
			var msgs []string
			for _, fe := range policy.FieldErrors(err) {
				got = append(got, fieldErr{fe.Path, fe.Type})
				msgs = append(msgs, fe.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.msgs, msgs); diff != "" {
				t.Errorf("%s: messages (-want +got):\n%s", tc.desc, diff)
			}
			if (err != nil) != (len(tc.want) > 0) || err != nil && !errors.Is(err, policy.ErrInvalid) {
				t.Errorf("%s: ValidateOn = %v", tc.desc, err)
			}
			c, cerr := tc.h.Check(on)
			if (cerr == nil) != (err == nil) || (cerr == nil) != (c.Household() != nil) {
				t.Errorf("%s: Check = %v, %v; ValidateOn = %v", tc.desc, c.Household(), cerr, err)
			}
		})
	}
}

// TestValidateOnAllocs: checking a sound record for a date, claims and
// events included, allocates nothing: paths are written only for errors.
func TestValidateOnAllocs(t *testing.T) {
	h, err := household.Unmarshal([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	on := household.NewDate(2017, 9, 1)
	if n := testing.AllocsPerRun(100, func() { _ = h.ValidateOn(on) }); n != 0 {
		t.Errorf("ValidateOn allocates %v times per run, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = h.Check(on) }); n != 0 {
		t.Errorf("Check allocates %v times per run, want 0", n)
	}
}

// BenchmarkCheck checks the record of the decoding tests, with a claim and
// a hardship event, for one date: the way into every programme.
func BenchmarkCheck(b *testing.B) {
	h, err := household.Unmarshal([]byte(good))
	if err != nil {
		b.Fatal(err)
	}
	on := household.NewDate(2017, 9, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Check(on); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNilHousehold: a nil record and the zero Checked have no members:
// looking one up finds none, every id handed beside it is reported, and
// asking whether a member is supported names the index and never panics.
func TestNilHousehold(t *testing.T) {
	var h *household.Household
	good := &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
	c, err := good.Check(household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	supported := func(c household.Checked, i int, p policy.Period) []string {
		_, err := c.SupportedIn(i, p)
		var out []string
		for _, fe := range policy.FieldErrors(err) {
			out = append(out, fe.Path)
		}
		return out
	}
	tests := []struct {
		name, desc string
		got, want  []string
	}{
		{name: "member of nil", desc: "nil 户没有成员 / a nil record has no member",
			got: func() []string {
				if m, ok := h.Member("m1"); m != nil || ok {
					return []string{"found"}
				}
				return nil
			}()},
		{name: "member ids of nil", desc: "nil 户：每个编号都报出 / a nil record: every id is reported",
			got:  paths(h.CheckMemberIDs("inputs.lowincome_members", []string{"m1", "m2"})),
			want: []string{"inputs.lowincome_members[0]", "inputs.lowincome_members[1]"}},
		{name: "marshal nil", desc: "nil 户不能写出：household 缺失 / a nil record is not written: household is missing",
			got: func() []string { _, err := h.Marshal(); return paths([]error{err}) }(), want: []string{"household"}},
		{name: "amounts of nil", desc: "nil 理赔与困难的已获赔付为零 / a nil claim or hardship has received nothing",
			got:  []string{(*household.Claim)(nil).InsurancePaid().String(), (*household.Hardship)(nil).Received().String()},
			want: []string{"0", "0"}},
		{name: "supported in, zero checked", desc: "零值 Checked 没有成员 / the zero Checked has no member",
			got: supported(household.Checked{}, 0, policy.Period{}), want: []string{"members[0]"}},
		{name: "supported in, index out of range", desc: "成员序号越界 / a member index out of range",
			got: supported(c, 1, policy.Period{}), want: []string{"members[1]"}},
		{name: "supported in, negative index", desc: "成员序号为负 / a negative member index",
			got: supported(c, -1, policy.Period{}), want: []string{"members[-1]"}},
		{name: "supported in, bad period", desc: "期间不是一年内的连续月份 / a period that is not a run of months",
			got: supported(c, 0, policy.Period{From: 9, To: 3}), want: []string{"inputs.period"}},
		{name: "supported in, whole year", desc: "无特困期间：全年不供养，无错误 / no 特困 period: not supported, no error",
			got: supported(c, 0, policy.Period{})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// paths returns the field paths of errs.
func paths(errs []error) []string {
	var out []string
	for _, err := range errs {
		for _, fe := range policy.FieldErrors(err) {
			out = append(out, fe.Path)
		}
	}
	return out
}
