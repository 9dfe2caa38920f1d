package policy

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/safetynet-go/safetynet/internal/testrun"
)

// TestCompactSizes pins the sizes of the compact values: a line, a
// decision, a finding and an extra (see testrun.Sizes).
func TestCompactSizes(t *testing.T) {
	withBuf4 := unsafe.Sizeof(struct {
		extra
		buf [4]int64
	}{})
	testrun.Sizes(t, map[string]uintptr{
		"Line":            72,
		"Decision":        72,
		"Finding":         64,
		"extra":           40,
		"extra+[4]int64":  72,
		"storage":         3*24 + 2*24,
		"the first block": 4*72 + 72 + 64,
		"an arena block":  120 + 4*40 + 24*8,
	}, map[string]uintptr{
		"Line":            unsafe.Sizeof(Line{}),
		"Decision":        unsafe.Sizeof(Decision{}),
		"Finding":         unsafe.Sizeof(Finding{}),
		"extra":           unsafe.Sizeof(extra{}),
		"extra+[4]int64":  withBuf4,
		"storage":         unsafe.Sizeof(storage{}),
		"the first block": unsafe.Sizeof(block{}),
		"an arena block":  unsafe.Sizeof(arenaBlock{}),
	})
}

// TestExtraOwn: a value that keeps nothing of its own points at its
// shape's plain extra, which own reports as none; an id, operands beyond
// the inline ones or words not interned give the value an extra of its own,
// which keeps the same shape.
func TestExtraOwn(t *testing.T) {
	f := &Formula{ID: "test.own", ZH: "{a} {b} {c} {d}", EN: "{a} {b} {c} {d}"}
	long := string(make([]byte, maxInterned+1))
	tests := []struct {
		name string
		id   string
		args []Arg
		own  bool
	}{
		{"inline operands only", "", []Arg{M("a", 1), N("b", 2), R("c", 3000)}, false},
		{"no operands", "", nil, false},
		{"an id", "c1", []Arg{M("a", 1)}, true},
		{"an operand beyond the inline ones", "", []Arg{M("a", 1), N("b", 2), R("c", 3000), M("d", 4)}, true},
		{"words too long to intern", "", []Arg{T("a", long)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a Assessment
			p := Pay{Programme: LowIncome, Item: "test", Payee: PayHousehold, Payer: CivilAffairsFund, Form: Cash,
				ID: tc.id}
			a.Lump(&p, 100, 1, f, tc.args...)
			l := a.Lines[0]
			if got := l.x.own() != nil; got != tc.own {
				t.Errorf("own() != nil is %v, want %v", got, tc.own)
			}
			if l.x.sh == nil || (!tc.own && l.x != &l.x.sh.plain) {
				t.Errorf("the line's extra %p does not lead to its shape's plain extra", l.x)
			}
			if l.ID() != tc.id {
				t.Errorf("ID() = %q, want %q", l.ID(), tc.id)
			}
			var buf [argBuf]Arg
			e := l.Explanation()
			if _, args := e.view(&buf); len(args) != len(tc.args)+1 { // and the amount, "="
				t.Errorf("the explanation has %d operands, want %d", len(args), len(tc.args)+1)
			}
		})
	}
	if (*extra)(nil).own() != nil || (&extra{}).own() != nil {
		t.Error("own() of a nil extra or of one without a shape is not nil")
	}
}

// TestEncodeTexts: words, interned or too long to intern, read back as
// written wherever they stand — among the inline operands or beyond them —
// with or without an id, in a line, a decision and a finding.
func TestEncodeTexts(t *testing.T) {
	f := &Formula{ID: "test.texts", ZH: "{a}", EN: "{a}"}
	long := strings.Repeat("长", maxInterned/3+1)
	tests := []struct {
		name string
		id   string
		args []Arg
	}{
		{"an interned word inline", "", []Arg{T("a", "火灾"), M("b", 1)}},
		{"a long word inline", "", []Arg{T2("a", long, "long"), M("b", 1)}},
		{"a long word inline, with an id", "e1", []Arg{M("a", 1), T2("b", long, "long")}},
		{"words beyond the inline ones", "", []Arg{M("a", 1), N("b", 2), R("c", 3), M("d", 4), M("e", 5),
			T("f", "c1"), T2("g", long, long), T2("h", "低保", "low-income")}},
		{"words on both sides, with an id", "c1", []Arg{T("a", long), N("b", 2), T("c", "x"), M("d", 4), M("e", 5),
			T("f", long), T2("g", "特困", "tekun")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a Assessment
			p := Pay{Programme: Temporary, Item: "test", Payee: PayHousehold, Payer: CivilAffairsFund, Form: Cash, ID: tc.id}
			a.Lump(&p, 100, 1, f, tc.args...)
			a.Decide(&Decide{Programme: Temporary, Outcome: Eligible, ID: tc.id}, f, tc.args...)
			a.Find(&Find{Kind: JointMeeting, Programme: Temporary, ID: tc.id}, f, tc.args...)
			for _, e := range []Explanation{a.Lines[0].Explanation(), a.Decisions[0].Explanation(), a.Findings[0].Explanation()} {
				var buf [argBuf]Arg
				_, got := e.view(&buf)
				got = slices.DeleteFunc(got, func(x Arg) bool { return x.name == "=" })
				if !slices.Equal(got, tc.args) {
					t.Errorf("operands read back as %v, want %v", got, tc.args)
				}
			}
			// Read back from JSON, the words are kept by the line itself
			// (encode with intern false), and read back the same.
			b, err := json.Marshal(a.Lines[0])
			if err != nil {
				t.Fatal(err)
			}
			var back Line
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			var buf [argBuf]Arg
			e := back.Explanation()
			_, got := e.view(&buf)
			got = slices.DeleteFunc(got, func(x Arg) bool { return x.name == "=" })
			if !slices.Equal(got, tc.args) {
				t.Errorf("from JSON, operands read back as %v, want %v", got, tc.args)
			}
			if a.Lines[0].ID() != tc.id || a.Decisions[0].ID() != tc.id || a.Findings[0].ID() != tc.id {
				t.Errorf("ids %q %q %q, want %q", a.Lines[0].ID(), a.Decisions[0].ID(), a.Findings[0].ID(), tc.id)
			}
		})
	}
}

// TestSameArgs: operands match a shape's when they are as many, of the
// same kinds and nested formulas, and named the same — whether or not the
// names are the same bytes of memory (a rule's are constants; a name built
// at run time is compared byte by byte).
func TestSameArgs(t *testing.T) {
	f := Formula{ID: "test.same-args", ZH: "{a} {b}", EN: "{a} {b}"}
	sh := newShape(&key{formula: &f, kind: shapeLine}, []Arg{M("a", 1), T("b", "x")}, 0)
	built := string([]byte{'a'})                       // "a" at another address
	empty := unsafe.String(unsafe.StringData("ab"), 0) // "" with a non-nil pointer
	shEmpty := newShape(&key{formula: &f, kind: shapeLine}, []Arg{M("", 1)}, 0)
	g, h := Formula{ID: "test.g", ZH: "{x}", EN: "{x}"}, Formula{ID: "test.h", ZH: "{x}", EN: "{x}"}
	shNested := newShape(&key{formula: &f, kind: shapeLine}, []Arg{Nested("a", &g, 1), M("x", 1)}, 0)
	tests := []struct {
		name string
		sh   *shape
		args []Arg
		want bool
	}{
		{"the same constants", sh, []Arg{M("a", 7), T("b", "y")}, true},
		{"a name built at run time", sh, []Arg{M(built, 7), T("b", "y")}, true},
		{"another name of the same length", sh, []Arg{M("c", 7), T("b", "y")}, false},
		{"another kind", sh, []Arg{N("a", 7), T("b", "y")}, false},
		{"one operand fewer", sh, []Arg{M("a", 7)}, false},
		{"one operand more", sh, []Arg{M("a", 7), T("b", "y"), M("c", 1)}, false},
		{"empty names at different addresses", shEmpty, []Arg{M(empty, 1)}, true},
		{"the same nested formula", shNested, []Arg{Nested("a", &g, 1), M("x", 2)}, true},
		{"another nested formula", shNested, []Arg{Nested("a", &h, 1), M("x", 2)}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.sh.sameArgs(tc.args); got != tc.want {
				t.Errorf("sameArgs = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSameKeys: a shape is reused for a record only when the clauses and
// the parameter records it is handed are the shape's own, element for
// element. The list the shape was made from matches at once; a copy of it,
// or one whose texts were built at run time, matches by value; one of
// another length, or differing in one clause or in one field of one
// record, does not (each would cite what the rule did not).
func TestSameKeys(t *testing.T) {
	f := Formula{ID: "test.same-keys", ZH: "{a}", EN: "{a}"}
	clauses := []Clause{ClauseStandard, ClauseDynamic}
	params := []Used{{Name: "lowincome.standard", Value: "3622.00", Provenance: Seed, Source: "东政办〔2017〕43号"},
		{Name: "lowincome.ratio_a", Value: "0.30", Provenance: Law, Source: "二(一)2"}}
	sh := newShape(&key{formula: &f, kind: shapeLine, clauses: clauses, params: params}, nil, 0)
	built := Clause(string([]byte("2.1.2"))) // "2.1.2" at another address
	edit := func(i int, f func(u *Used)) []Used {
		us := slices.Clone(params)
		f(&us[i])
		return us
	}
	clauseTests := []struct {
		name string
		cs   []Clause
		want bool
	}{
		{"the list itself", clauses, true},
		{"a copy", slices.Clone(clauses), true},
		{"a clause built at run time", []Clause{ClauseStandard, built}, true},
		{"another second clause", []Clause{ClauseStandard, ClauseMeansTest}, false},
		{"another first clause", []Clause{ClauseConventions, ClauseDynamic}, false},
		{"the first clause alone", clauses[:1], false},
		{"one clause more", []Clause{ClauseStandard, ClauseDynamic, ClauseMeansTest}, false},
		{"none", nil, false},
	}
	for _, tc := range clauseTests {
		t.Run("clauses/"+tc.name, func(t *testing.T) {
			if got := sh.sameClauses(tc.cs); got != tc.want {
				t.Errorf("sameClauses(%v) = %v, want %v", tc.cs, got, tc.want)
			}
		})
	}
	paramTests := []struct {
		name string
		us   []Used
		want bool
	}{
		{"the records themselves", params, true},
		{"a copy", slices.Clone(params), true},
		{"another name", edit(1, func(u *Used) { u.Name = "lowincome.ratio_b" }), false},
		{"another value", edit(0, func(u *Used) { u.Value = "3623.00" }), false},
		{"another provenance", edit(0, func(u *Used) { u.Provenance = Provisional }), false},
		{"another source", edit(1, func(u *Used) { u.Source = "county rule" }), false},
		{"the first record alone", params[:1], false},
		{"none", nil, false},
	}
	for _, tc := range paramTests {
		t.Run("params/"+tc.name, func(t *testing.T) {
			if got := sh.sameParams(tc.us); got != tc.want {
				t.Errorf("sameParams(%v) = %v, want %v", tc.us, got, tc.want)
			}
		})
	}
	empty := newShape(&key{formula: &f, kind: shapeLine}, nil, 0)
	if !empty.sameClauses(nil) || !empty.sameClauses([]Clause{}) || !empty.sameParams(nil) {
		t.Error("a shape of no clauses and no records does not match none")
	}
}

// TestTextIDs: the table of texts gives words their own id: the same
// Chinese with other English, English whose strings share their bytes of
// memory but not their length, English of one cheap hash, other Chinese
// with the same English, and Chinese whose strings share their bytes but
// not their length (which the cache of recent texts must tell apart). The
// same words at another address get the id they already have, and each id
// reads back its own words, the first time and again.
func TestTextIDs(t *testing.T) {
	zh := "测试同一中文"
	base := "onetwo"
	zhAll := "测试共用字节的中文"
	pairs := []struct{ zh, en string }{
		{zh, base[:3]},
		{zh, base}, // the same bytes as base[:3], longer
		{zh, "axcd"},
		{zh, "aycd"}, // of the same cheap hash as "axcd": length, first, middle and last bytes
		{"测试另一中文", base[:3]},
		{string([]byte(zh)), "axcd"}, // pair 2's words at another address
		{zhAll[:6], "same"},
		{zhAll, "same"}, // the same bytes as zhAll[:6], longer
	}
	var ids []int64
	for round := range 2 {
		for i, p := range pairs {
			id, ok := textID(p.zh, p.en)
			if !ok {
				t.Fatalf("round %d: textID(%q, %q) found no room", round, p.zh, p.en)
			}
			if got := texts.slots[id].Load(); got == nil || got.zh != p.zh || got.en != p.en {
				t.Errorf("round %d: the id of %q, %q reads back %v", round, p.zh, p.en, got)
			}
			if round == 0 {
				ids = append(ids, id)
			} else if id != ids[i] {
				t.Errorf("round %d: the id of %q, %q is %d, was %d", round, p.zh, p.en, id, ids[i])
			}
		}
	}
	if ids[5] != ids[2] {
		t.Errorf("the same words at another address: id %d, want %d", ids[5], ids[2])
	}
	others := append(slices.Clone(ids[:5]), ids[6:]...)
	if distinct := len(slices.Compact(slices.Sorted(slices.Values(others)))); distinct != len(others) {
		t.Errorf("ids %v: %d distinct but for pair 5, want %d", ids, distinct, len(others))
	}
}
