package schemas_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/schemas"
)

// tree is a schema read as plain JSON, for the tests that hold it beside
// the Go types.
type tree map[string]any

func schemaTree(t *testing.T, name string) tree {
	t.Helper()
	raw, _ := schemas.Get(name)
	var s tree
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// resolve follows a local $ref.
func (root tree) resolve(s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		def := strings.TrimPrefix(ref, "#/$defs/")
		s = root["$defs"].(map[string]any)[def].(map[string]any)
	}
}

// hasPattern reports whether s, or every branch of its anyOf but null,
// has a pattern.
func (root tree) hasPattern(s map[string]any) bool {
	s = root.resolve(s)
	if _, ok := s["pattern"].(string); ok {
		return true
	}
	branches, _ := s["anyOf"].([]any)
	n := 0
	for _, b := range branches {
		b := root.resolve(b.(map[string]any))
		if b["type"] == "null" {
			continue
		}
		if _, ok := b["pattern"].(string); !ok {
			return false
		}
		n++
	}
	return n > 0
}

// strs lists the strings of a JSON array, and whether it held null.
func strs(v any) (out []string, null bool) {
	xs, _ := v.([]any)
	for _, x := range xs {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case nil:
			null = true
		}
	}
	return out, null
}

// TestHouseholdSchemaMatchesTypes walks the household record's Go types
// beside the schema: every object the record has is closed
// (additionalProperties false) with exactly the fields' json names, every
// field tagged required is required, every bounded list has the bound as
// maxItems, and every enum lists exactly the values its UnmarshalText
// accepts ("" among them only where the type accepts it).
func TestHouseholdSchemaMatchesTypes(t *testing.T) {
	root := schemaTree(t, "household")
	var walk func(path string, typ reflect.Type, s map[string]any)
	walk = func(path string, typ reflect.Type, s map[string]any) {
		s = root.resolve(s)
		switch {
		case typ == reflect.TypeFor[household.Date]() || typ == reflect.TypeFor[household.YearMonth]() ||
			typ == reflect.TypeFor[decimal.Decimal]():
			if !root.hasPattern(s) {
				t.Errorf("%s: a date, month or amount without a pattern", path)
			}
			return
		case typ.Kind() == reflect.Pointer:
			walk(path, typ.Elem(), s)
			return
		case typ.Kind() == reflect.Slice:
			walk(path+"[]", typ.Elem(), s["items"].(map[string]any))
			return
		case path == "household.current.payments[].programme":
			// Narrower than policy.Programme: only the programmes audited
			// against what is paid now (2.1.2, 2.2.4) take payments.
			if got, _ := strs(s["enum"]); !cmp.Equal(got, []string{"lowincome", "disability"}) {
				t.Errorf("%s: enum %v, want the audited programmes lowincome and disability", path, got)
			}
			return
		case typ.Kind() == reflect.String && reflect.PointerTo(typ).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()):
			checkEnum(t, path, typ, s)
			return
		case typ.Kind() != reflect.Struct:
			return
		}
		if s["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties is %v, want false", path, s["additionalProperties"])
		}
		props, _ := s["properties"].(map[string]any)
		required, _ := strs(s["required"])
		var names []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			names = append(names, name)
			ps, ok := props[name].(map[string]any)
			if !ok {
				t.Errorf("%s.%s: not in the schema", path, name)
				continue
			}
			if f.Tag.Get("required") == "true" && !slices.Contains(required, name) {
				t.Errorf("%s.%s: tagged required, not required by the schema", path, name)
			}
			if max := f.Tag.Get("max"); max != "" {
				if got := root.resolve(ps)["maxItems"]; fmt.Sprint(got) != max {
					t.Errorf("%s.%s: maxItems %v, the decoder's limit %s", path, name, got, max)
				}
			}
			walk(path+"."+name, f.Type, ps)
		}
		for name := range props {
			if !slices.Contains(names, name) {
				t.Errorf("%s.%s: in the schema, not a field of %v", path, name, typ)
			}
		}
	}
	walk("household", reflect.TypeFor[household.Household](), map[string]any(root))
	// The limits the schema states beside the types'.
	for _, c := range []struct {
		def, key string
		want     int
	}{
		{"id", "maxLength", household.MaxIDLength},
		{"optionalID", "maxLength", household.MaxIDLength},
		{"place", "maxLength", household.MaxTextLength},
		{"optionalPlace", "maxLength", household.MaxTextLength},
		{"optionalText", "maxLength", household.MaxTextLength},
	} {
		if got := root["$defs"].(map[string]any)[c.def].(map[string]any)[c.key]; fmt.Sprint(got) != strconv.Itoa(c.want) {
			t.Errorf("$defs.%s.%s = %v, want %d", c.def, c.key, got, c.want)
		}
	}
}

// checkEnum holds a schema's enum to the values typ's UnmarshalText accepts,
// which its error for an unknown value lists ("is not one of a, b" or "is
// not a, b or c").
func checkEnum(t *testing.T, path string, typ reflect.Type, s map[string]any) {
	t.Helper()
	un := func(v string) error {
		return reflect.New(typ).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(v))
	}
	err := un("\x00unknown")
	var fe *policy.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("%s: %v accepts anything (%v)", path, typ, err)
	}
	list, ok := strings.CutPrefix(fe.Detail, "is not one of ")
	if !ok {
		list = strings.TrimPrefix(fe.Detail, "is not ")
	}
	var want []string
	for _, part := range strings.Split(list, ", ") {
		want = append(want, strings.Split(part, " or ")...)
	}
	for _, v := range want {
		if un(v) != nil {
			t.Fatalf("%s: %v refuses %q, which its error lists", path, typ, v)
		}
	}
	if un("") == nil {
		want = append(want, "")
	}
	got, _ := strs(s["enum"])
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: enum of %v (-accepted +schema):\n%s", path, typ, diff)
	}
}

// TestDatePattern: the household schema's date pattern accepts exactly the
// dates a record may hold (household.ParseDate, then Date.Valid: 1900 to
// 9999), tried on every day, and days that do not exist, of a span of
// years with every kind of leap year.
func TestDatePattern(t *testing.T) {
	root := schemaTree(t, "household")
	re := regexp.MustCompile(root["$defs"].(map[string]any)["date"].(map[string]any)["pattern"].(string))
	var years []int
	for y := 1890; y <= 2110; y++ {
		// Under the race detector (which checks nothing here: one
		// goroutine) every fourth year, the leap years, and the turns of
		// the centuries.
		if testrun.Race && y%4 != 0 && y%100 > 1 && y%100 < 99 {
			continue
		}
		years = append(years, y)
	}
	years = append(years, 1, 999, 1600, 2400, 2800, 3000, 9996, 9999)
	n := 0
	for _, y := range years {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				date, err := household.ParseDate(s)
				want := err == nil && date.Valid()
				if got := re.MatchString(s); got != want {
					t.Errorf("pattern matches %s: %v, the record accepts it: %v", s, got, want)
				}
				n++
			}
		}
	}
	for _, s := range []string{"2017-1-01", "17-01-01", "2017-01-01 ", "２０１７-01-01", "+2017-01-01"} {
		if re.MatchString(s) {
			t.Errorf("pattern matches %q", s)
		}
	}
	monthRe := regexp.MustCompile(root["$defs"].(map[string]any)["month"].(map[string]any)["pattern"].(string))
	for _, y := range years {
		for m := 0; m <= 13; m++ {
			s := fmt.Sprintf("%04d-%02d", y, m)
			var ym household.YearMonth
			if got, want := monthRe.MatchString(s), ym.UnmarshalText([]byte(s)) == nil; got != want {
				t.Errorf("month pattern matches %s: %v, the record accepts it: %v", s, got, want)
			}
		}
	}
	t.Logf("%d dates tried", n)
}

// TestVisiblePatterns: the household schema's id and place patterns
// refuse only what a record refuses in an id or a place name, and refuse
// all of it but what a pattern cannot name (household.Household.Validate
// has the rule: visible characters only). Each rune of the Basic
// Multilingual Plane, and every 509th beyond it, is tried inside an id
// and a place name, and spaces at the ends; the optional defs accept the
// empty string, which a record reads as none. A rune the patterns let by
// and a record refuses is unassigned, or beyond the Basic Multilingual
// Plane.
func TestVisiblePatterns(t *testing.T) {
	defs := schemaTree(t, "household")["$defs"].(map[string]any)
	re := func(def string) *regexp.Regexp {
		return regexp.MustCompile(defs[def].(map[string]any)["pattern"].(string))
	}
	id, optionalID, place, optionalPlace := re("id"), re("optionalID"), re("place"), re("optionalPlace")
	accepts := func(edit func(h *household.Household)) bool {
		h := &household.Household{ID: "H", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
		edit(h)
		return h.Validate() == nil
	}
	try := func(s string, unnamed bool) {
		t.Helper()
		for _, c := range []struct {
			name     string
			req, opt *regexp.Regexp
			edit     func(h *household.Household)
		}{
			{"id", id, optionalID, func(h *household.Household) { h.Members[0].ID = s }},
			{"place", place, optionalPlace, func(h *household.Household) { h.Township = s }},
		} {
			want := accepts(c.edit)
			got := c.req.MatchString(s)
			if got != want && (want || !unnamed) {
				t.Errorf("%s pattern matches %q: %v, a record accepts it: %v", c.name, s, got, want)
			}
			if opt := c.opt.MatchString(s); opt != got {
				t.Errorf("%s: the optional pattern matches %q: %v, the required one: %v", c.name, s, opt, got)
			}
		}
	}
	step := rune(1)
	if testrun.Race {
		step = 7
	}
	for r := rune(0); r < 0x10000; r += step {
		if 0xd800 <= r && r <= 0xdfff {
			continue // a surrogate: no string holds one
		}
		try("a"+string(r)+"b", unicode.Is(unicode.Cn, r))
	}
	for r := rune(0x10000); r <= unicode.MaxRune; r += 509 {
		try("a"+string(r)+"b", true)
	}
	for _, s := range []string{"m1", "尧渡镇", "m 1", " m1", "m1 ", " ", "   ", "a\u00a0b", "\ufeffm1", "m1\u200b", "\u202e1m",
		"尧渡\u2028镇", "\u3000尧渡镇", "x\u2060", "\ue000"} {
		try(s, false)
	}
	if !optionalID.MatchString("") || !optionalPlace.MatchString("") || id.MatchString("") || place.MatchString("") {
		t.Error("the optional patterns must accept the empty string (none), the required ones refuse it")
	}
}

// TestAmountPatterns: the schemas' amount patterns accept exactly what the
// decoders accept — a record's money (policy.ParseAmount with two places,
// then at most 10^12 元) and a parameter's value (four places) — tried on
// amounts around every limit.
func TestAmountPatterns(t *testing.T) {
	money := regexp.MustCompile(schemaTree(t, "household")["$defs"].(map[string]any)["money"].(map[string]any)["pattern"].(string))
	param := regexp.MustCompile(amountPattern(4))
	cases := []string{"0", "00", "01", "0.0", "0.00", "0.000", "1", "12", "3622", "3622.0", "3622.00", "3622.001",
		"-1", "+1", "1e3", "1E3", ".5", "5.", "1.2.3", " 1", "1 ", "", "0.30", "0.3000", "0.30001", "١٢"}
	for digits := 10; digits <= 17; digits++ {
		for places := 0; places <= 5; places++ {
			for _, lead := range []string{"1", "9"} {
				s := lead + strings.Repeat("0", digits-1)
				if places > 0 {
					s = s[:len(s)-places] + "." + s[len(s)-places:]
				}
				cases = append(cases, s)
			}
		}
	}
	cases = append(cases, "1000000000000", "1000000000000.00", "1000000000000.01", "999999999999.99", "1000000000000.0")
	for _, s := range cases {
		coef, exp, okMoney := policy.ParseAmount(s, 2)
		if okMoney {
			_, okMoney = policy.MoneyOf(decimal.New(coef, -exp)) // at most 10^12 元
		}
		if got := money.MatchString(s); got != okMoney {
			t.Errorf("money pattern matches %q: %v, a record accepts it: %v", s, got, okMoney)
		}
		_, _, okParam := policy.ParseAmount(s, 4)
		if got := param.MatchString(s); got != okParam {
			t.Errorf("parameter pattern matches %q: %v, a set accepts it: %v", s, got, okParam)
		}
	}
}

// TestBreakdownEnums: the breakdown schema's enums are the library's.
func TestBreakdownEnums(t *testing.T) {
	root := schemaTree(t, "breakdown")
	defs := root["$defs"].(map[string]any)
	prop := func(def, name string) map[string]any {
		return root.resolve(defs[def].(map[string]any)["properties"].(map[string]any)[name].(map[string]any))
	}
	clauses := root.resolve(defs["clauses"].(map[string]any)["items"].(map[string]any))
	for _, c := range []struct {
		name string
		s    map[string]any
		want []string
	}{
		{"programme", root.resolve(defs["programme"].(map[string]any)), names(policy.Programmes())},
		{"payee", root.resolve(defs["payee"].(map[string]any)), names(policy.Payees())},
		{"payer", root.resolve(defs["payer"].(map[string]any)), names(policy.Payers())},
		{"clause", clauses, names(policy.Clauses())},
		{"form", prop("line", "form"), names(policy.Forms())},
		{"outcome", prop("decision", "outcome"), names(policy.Outcomes())},
		{"finding kind", prop("finding", "kind"), names(policy.FindingKinds())},
		{"check status", prop("check", "status"), names(policy.CheckStatuses())},
		{"provenance", prop("used", "provenance"), names(policy.Provenances())},
		{"argument kind", prop("arg", "kind"), names(policy.ArgKinds())},
		{"department", prop("referral", "department"), names(benefit.Departments())},
		{"rounding mode", root.resolve(prop("line", "rounding")["properties"].(map[string]any)["mode"].(map[string]any)),
			names(policy.RoundingModes())},
	} {
		got, _ := strs(c.s["enum"])
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-library +schema):\n%s", c.name, diff)
		}
	}
	if v := root["properties"].(map[string]any)["schema_version"].(map[string]any)["const"]; v != benefit.SchemaVersion {
		t.Errorf("schema_version is %v, benefit.SchemaVersion %q", v, benefit.SchemaVersion)
	}
	if req, _ := strs(root["required"]); len(req) == 0 || req[0] != "schema_version" {
		t.Errorf("required %q: schema_version first", req)
	}
}

func names[S ~string](xs []S) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
