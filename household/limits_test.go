package household_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// fieldErr is a field error as the tables state it: its path and type.
type fieldErr struct {
	Path string
	Type policy.ErrorType
}

// fieldErrs returns the path and type of every field error of err.
func fieldErrs(err error) []fieldErr {
	var out []fieldErr
	for _, fe := range policy.FieldErrors(err) {
		out = append(out, fieldErr{fe.Path, fe.Type})
	}
	return out
}

// sound returns a sound record of one member, for the tables to edit.
func sound() *household.Household {
	return &household.Household{ID: "H", Township: "T", Members: []household.Member{
		{ID: "m0", BirthDate: household.NewDate(1960, 1, 1)},
	}}
}

// members returns n sound members with distinct ids.
func members(n int) []household.Member {
	ms := make([]household.Member, n)
	for i := range ms {
		ms[i] = household.Member{ID: "m" + strconv.Itoa(i), BirthDate: household.NewDate(1960, 1, 1)}
	}
	return ms
}

func incomes(n int) []household.Income {
	is := make([]household.Income, n)
	for i := range is {
		is[i] = household.Income{Category: household.Wages, Amount: decimal.New(100, 0)}
	}
	return is
}

func claims(n int) []household.Claim {
	cs := make([]household.Claim, n)
	for i := range cs {
		cs[i] = household.Claim{ID: "c" + strconv.Itoa(i), Admission: household.NewDate(2017, 3, 1)}
	}
	return cs
}

func hardships(n int) []household.Hardship {
	es := make([]household.Hardship, n)
	for i := range es {
		es[i] = household.Hardship{ID: "e" + strconv.Itoa(i), Type: household.Fire, Date: household.NewDate(2017, 3, 1)}
	}
	return es
}

func payments(n int) []household.Payment {
	ps := make([]household.Payment, n)
	for i := range ps {
		ps[i] = household.Payment{Programme: policy.Disability, Item: policy.Item("item-" + strconv.Itoa(i)), Monthly: decimal.New(300, 0)}
	}
	return ps
}

// TestLimits: the documented limits on one record (household.MaxMembers
// and the rest) bound what it costs. Each is allowed exactly; one more is
// a too-many or too-long error at the field, whose value is the count or
// the text shortened; and a list over its limit is reported once, not
// walked, so that its elements add no errors. Each case's edit changes the
// valid household {id: H, township: T, members: [{id: m0, birthDate:
// 1960-01-01}]}.
func TestLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct {
		name      string
		desc      string
		clause    policy.Clause
		edit      func(h *household.Household)
		want      []fieldErr
		wantValue string // the value of the first error
	}{
		{name: "members at the limit", desc: "恰好50名成员 / exactly 50 members", clause: "0",
			edit: func(h *household.Household) { h.Members = members(household.MaxMembers) }},
		{name: "members over", desc: "51名成员 / 51 members", clause: "0",
			edit: func(h *household.Household) { h.Members = members(household.MaxMembers + 1) },
			want: []fieldErr{{Path: "members", Type: policy.ErrorTooMany}}, wantValue: "51"},
		{name: "members over, not walked", desc: "超限的成员不逐一检查 / members over the limit are not checked one by one", clause: "0",
			edit: func(h *household.Household) { h.Members = make([]household.Member, 10_000) },
			want: []fieldErr{{Path: "members", Type: policy.ErrorTooMany}}, wantValue: "10000"},
		{name: "incomes at the limit", desc: "恰好20项收入 / exactly 20 incomes", clause: "2.1.3",
			edit: func(h *household.Household) { h.Members[0].Incomes = incomes(household.MaxIncomes) }},
		{name: "incomes over", desc: "21项收入 / 21 incomes", clause: "2.1.3",
			edit: func(h *household.Household) { h.Members[0].Incomes = incomes(household.MaxIncomes + 1) },
			want: []fieldErr{{Path: "members[0].incomes", Type: policy.ErrorTooMany}}, wantValue: "21"},
		{name: "incomes over, not walked", desc: "超限的收入不逐一检查 / incomes over the limit are not checked one by one", clause: "2.1.3",
			edit: func(h *household.Household) { h.Members[0].Incomes = make([]household.Income, 40_000) },
			want: []fieldErr{{Path: "members[0].incomes", Type: policy.ErrorTooMany}}, wantValue: "40000"},
		{name: "claims at the limit", desc: "恰好20次住院 / exactly 20 claims", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(household.MaxClaims) }},
		{name: "claims over", desc: "21次住院 / 21 claims", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = claims(household.MaxClaims + 1) },
			want: []fieldErr{{Path: "members[0].claims", Type: policy.ErrorTooMany}}, wantValue: "21"},
		{name: "claims over, not walked", desc: "超限的住院记录不逐一检查 / claims over the limit are not checked one by one", clause: "2.3.4",
			edit: func(h *household.Household) { h.Members[0].Claims = make([]household.Claim, 30_000) },
			want: []fieldErr{{Path: "members[0].claims", Type: policy.ErrorTooMany}}, wantValue: "30000"},
		{name: "hardships at the limit", desc: "恰好20起困难事件 / exactly 20 hardship events", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(household.MaxHardships) }},
		{name: "hardships over", desc: "21起困难事件 / 21 hardship events", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(household.MaxHardships + 1) },
			want: []fieldErr{{Path: "hardships", Type: policy.ErrorTooMany}}, wantValue: "21"},
		{name: "hardships over, not walked", desc: "4万起困难事件只报一次 / 40,000 events: one error", clause: "2.4.1",
			edit: func(h *household.Household) { h.Hardships = hardships(40_000) },
			want: []fieldErr{{Path: "hardships", Type: policy.ErrorTooMany}}, wantValue: "40000"},
		{name: "payments at the limit", desc: "恰好100笔现发放 / exactly 100 payments", clause: "0",
			edit: func(h *household.Household) { h.Current.Payments = payments(household.MaxPayments) }},
		{name: "payments over", desc: "101笔现发放 / 101 payments", clause: "0",
			edit: func(h *household.Household) { h.Current.Payments = payments(household.MaxPayments + 1) },
			want: []fieldErr{{Path: "current.payments", Type: policy.ErrorTooMany}}, wantValue: "101"},
		{name: "id at the limit", desc: "编号恰好64字节 / an id of exactly 64 bytes", clause: "0",
			edit: func(h *household.Household) { h.ID = long(household.MaxIDLength) }},
		{name: "id over", desc: "户编号65字节 / a household id of 65 bytes", clause: "0",
			edit: func(h *household.Household) { h.ID = long(household.MaxIDLength + 1) },
			want: []fieldErr{{Path: "id", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "id over in bytes", desc: "按字节计：22个汉字66字节 / counted in bytes: 22 Chinese characters are 66", clause: "0",
			edit: func(h *household.Household) { h.Members[0].ID = strings.Repeat("户", 22) },
			want: []fieldErr{{Path: "members[0].id", Type: policy.ErrorTooLong}}, wantValue: `"` + strings.Repeat("户", 13) + `…"`},
		{name: "claim id over", desc: "住院编号65字节 / a claim id of 65 bytes", clause: "2.3.4",
			edit: func(h *household.Household) {
				h.Members[0].Claims = claims(1)
				h.Members[0].Claims[0].ID = long(household.MaxIDLength + 1)
			},
			want: []fieldErr{{Path: "members[0].claims[0].id", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "hardship id over", desc: "事件编号65字节 / an event id of 65 bytes", clause: "2.4.1",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].ID = long(household.MaxIDLength + 1)
			},
			want: []fieldErr{{Path: "hardships[0].id", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "home id over", desc: "敬老院编号65字节 / a home id of 65 bytes", clause: "2.2.2",
			edit: func(h *household.Household) {
				h.Members[0].Tekun = household.Tekun{Mode: household.TekunCentralized, HomeClass: household.HomeClass1, HomeID: long(household.MaxIDLength + 1)}
			},
			want: []fieldErr{{Path: "members[0].tekun.home_id", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "payment item over", desc: "发放项目65字节 / a payment item of 65 bytes", clause: "0",
			edit: func(h *household.Household) {
				h.Current.Payments = payments(1)
				h.Current.Payments[0].Item = policy.Item(long(household.MaxIDLength + 1))
			},
			want: []fieldErr{{Path: "current.payments[0].item", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "text at the limit", desc: "文字恰好200字节 / texts of exactly 200 bytes", clause: "0",
			edit: func(h *household.Household) {
				h.Township, h.Village, h.Members[0].Name = long(household.MaxTextLength), long(household.MaxTextLength), long(household.MaxTextLength)
				h.Hardships = hardships(1)
				h.Hardships[0].Referral = long(household.MaxTextLength)
			}},
		{name: "township over", desc: "乡镇名201字节 / a township of 201 bytes", clause: "0",
			edit: func(h *household.Household) { h.Township = long(household.MaxTextLength + 1) },
			want: []fieldErr{{Path: "township", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "village over", desc: "村名201字节 / a village of 201 bytes", clause: "0",
			edit: func(h *household.Household) { h.Village = long(household.MaxTextLength + 1) },
			want: []fieldErr{{Path: "village", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
		{name: "name over", desc: "姓名201字节：只报长度，不引用姓名 / a name of 201 bytes: its length, never its text", clause: "0",
			edit: func(h *household.Household) { h.Members[0].Name = long(household.MaxTextLength + 1) },
			want: []fieldErr{{Path: "members[0].name", Type: policy.ErrorTooLong}}, wantValue: `(201 bytes, not quoted: personal data)`},
		{name: "referral over", desc: "转介服务201字节 / a referral of 201 bytes", clause: "2.4.3",
			edit: func(h *household.Household) {
				h.Hardships = hardships(1)
				h.Hardships[0].Referral = long(household.MaxTextLength + 1)
			},
			want: []fieldErr{{Path: "hardships[0].referral", Type: policy.ErrorTooLong}}, wantValue: `"` + long(40) + `…"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := sound()
			tc.edit(h)
			err := h.Validate()
			if diff := cmp.Diff(tc.want, fieldErrs(err)); diff != "" {
				t.Errorf("%s: field errors (-want +got):\n%s", tc.desc, diff)
			}
			if fes := policy.FieldErrors(err); len(fes) > 0 && fes[0].Value != tc.wantValue {
				t.Errorf("%s: value %q, want %q", tc.desc, fes[0].Value, tc.wantValue)
			}
		})
	}
}

// TestMaxTags: the decoder's limits, the max tags of the record's slices,
// are the documented constants Validate checks, and no slice of the record
// is without one.
func TestMaxTags(t *testing.T) {
	tests := []struct {
		name  string
		desc  string
		typ   reflect.Type
		field string
		limit int
	}{
		{name: "members", desc: "成员 / members", typ: reflect.TypeFor[household.Household](), field: "Members", limit: household.MaxMembers},
		{name: "hardships", desc: "困难事件 / hardship events", typ: reflect.TypeFor[household.Household](), field: "Hardships", limit: household.MaxHardships},
		{name: "payments", desc: "现发放 / payments", typ: reflect.TypeFor[household.Current](), field: "Payments", limit: household.MaxPayments},
		{name: "incomes", desc: "收入 / incomes", typ: reflect.TypeFor[household.Member](), field: "Incomes", limit: household.MaxIncomes},
		{name: "claims", desc: "住院记录 / claims", typ: reflect.TypeFor[household.Member](), field: "Claims", limit: household.MaxClaims},
	}
	checked := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := tc.typ.FieldByName(tc.field)
			if !ok {
				t.Fatalf("%s: %s has no field %s", tc.desc, tc.typ, tc.field)
			}
			if got := f.Tag.Get("max"); got != strconv.Itoa(tc.limit) {
				t.Errorf("%s: %s.%s has max:%q, want %d", tc.desc, tc.typ.Name(), tc.field, got, tc.limit)
			}
		})
		checked[tc.typ.Name()+"."+tc.field] = true
	}
	// Every slice reachable from the record is in the table.
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ.PkgPath() != reflect.TypeFor[household.Household]().PkgPath() {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			if f.Type.Kind() == reflect.Slice && !checked[typ.Name()+"."+f.Name] {
				t.Errorf("%s.%s is a slice without a documented limit in this table", typ.Name(), f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[household.Household]())
}

// TestErrorCap: Validate and ValidateOn report at most MaxErrors errors,
// then one too-many error at "(record)" whose value is the number left out
// and whose detail says "and N more".
func TestErrorCap(t *testing.T) {
	on := household.NewDate(2017, 9, 1)
	tests := []struct {
		name     string
		desc     string
		clause   policy.Clause
		h        func() *household.Household
		dated    bool   // check with ValidateOn, not Validate
		wantMore string // the count left out; "" for none
	}{
		{name: "at the cap", desc: "恰好100个错误 / exactly 100 errors", clause: "0",
			h: func() *household.Household {
				h := sound()
				h.Members = make([]household.Member, household.MaxMembers) // each: no id, no birth date
				return h
			}},
		{name: "one over", desc: "101个错误：另有1个 / 101 errors: and 1 more", clause: "0",
			h: func() *household.Household {
				h := sound()
				h.Township = ""
				h.Members = make([]household.Member, household.MaxMembers)
				return h
			}, wantMore: "1"},
		{name: "far over", desc: "150个错误：另有50个 / 150 errors: and 50 more", clause: "0",
			h: func() *household.Household {
				h := sound()
				h.Members = make([]household.Member, household.MaxMembers)
				for i := range h.Members {
					h.Members[i].Relation = "cousin"
				}
				return h
			}, wantMore: "50"},
		{name: "dated checks", desc: "按日期检查1000个错误：另有900个 / 1,000 errors of the date: and 900 more", clause: "2.3.4",
			h: func() *household.Household {
				h := sound()
				h.Members = members(household.MaxMembers)
				for i := range h.Members {
					h.Members[i].Claims = claims(household.MaxClaims)
					for j := range h.Members[i].Claims {
						h.Members[i].Claims[j].Admission = household.NewDate(2016, 6, 1)
					}
				}
				return h
			}, dated: true, wantMore: "900"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.h()
			err := h.Validate()
			if tc.dated {
				if err != nil {
					t.Fatalf("%s: Validate = %v", tc.desc, err)
				}
				err = h.ValidateOn(on)
			}
			fes := policy.FieldErrors(err)
			want := household.MaxErrors
			if tc.wantMore != "" {
				want++
			}
			if len(fes) != want {
				t.Fatalf("%s: %d errors, want %d", tc.desc, len(fes), want)
			}
			last := fes[len(fes)-1]
			if tc.wantMore == "" {
				if last.Path == "(record)" {
					t.Errorf("%s: a count of errors left out, none expected: %v", tc.desc, last)
				}
				return
			}
			if last.Type != policy.ErrorTooMany || last.Path != "(record)" || last.Value != "and "+tc.wantMore+" more" ||
				!strings.Contains(last.Detail, "not shown") {
				t.Errorf("%s: last error %#v, want a too-many error at (record) saying and %s more", tc.desc, last, tc.wantMore)
			}
		})
	}
}
