package benefit_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// fuzzSeeds adds the seeds both fuzzers share: every sample household, the
// county's example 2018 parameter set, the built-in 2017 set written out in
// full, and a few malformed inputs. Each fuzzer gets the other's kind of
// input too, as a start for mutations that cross the two shapes.
func fuzzSeeds(f *testing.F) {
	f.Helper()
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	set2018, err := os.ReadFile(filepath.Join("testdata", "set-2018.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(set2018)
	full, err := benefit.Default2017().Marshal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	for _, s := range []string{
		`{"year":2017,"base":2017}`,
		`{"year":2017,"base":2017,"temporary":{"multiple":{"fire":{"value":"12","provenance":"local","source":"测试"}}}}`,
		`{"id":"F1","township":"示例镇","members":[{"id":"m1","birth_date":"1960-01-01","relation":"head",` +
			`"incomes":[{"category":"wages","amount":"1000.00"}],` +
			`"claims":[{"id":"c1","admission":"2017-03-01","total_cost":"50000.00","compliant_cost":"45000.00","ncms":"20000.00"}]}],` +
			`"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"5000.00","other_aid":"1000.00"}]}`,
		`{"id":`,
		`[]`,
		`null`,
		``,
		`{"ID":"H5","township":"T","members":[]}`,
		`{"year":2017,"base":2016}`,
		`{"year":2017,"base":2017} {}`,
		`{"members":[{"incomes":[{"amount":1e400}]}]}`,
		// Two incomes of 10^12 元 less a fen: I is above what a record may
		// hold, and the breakdown's JSON reads back (policy.ComputedOf).
		`{"id":"F2","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[` +
			`{"category":"wages","amount":"999999999999.99"},{"category":"other","amount":"999999999999.99"}]},` +
			`{"id":"m2","birth_date":"1962-01-01","incomes":[{"category":"wages","amount":"999999999999.99"}]}],` +
			`"current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"999999999999.99"}]}}`,
		strings.Repeat("[", 40) + strings.Repeat("]", 40),
	} {
		f.Add([]byte(s))
	}
}

// wrapsSentinel reports whether err wraps one of the library's sentinel
// errors, as every error it returns must (package policy).
func wrapsSentinel(err error) bool {
	return errors.Is(err, policy.ErrInvalid) || errors.Is(err, policy.ErrMissingParam) || errors.Is(err, policy.ErrNoParams)
}

// FuzzUnmarshalParams: reading any bytes as a parameter set never panics
// and fails only with the library's errors; a set it accepts is valid, New
// accepts it, and written out with Marshal it reads back to an equal set
// (RULES.md section 3: parameter sets are data, validated before anything
// is computed). Nothing in it is silently changed (checkTextChanges, at
// picks drawn from the input): one of its members given twice is refused
// with the member's path, one of its strings written with \u escapes reads
// the same, one of its strings corrupted is refused.
func FuzzUnmarshalParams(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := benefit.Unmarshal(data)
		if err != nil {
			if !wrapsSentinel(err) {
				t.Fatalf("Unmarshal error %v wraps no sentinel error", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Unmarshal returned a set that does not validate: %v", err)
		}
		if _, err := benefit.New(p); err != nil {
			t.Fatalf("Unmarshal returned a set that New refuses: %v", err)
		}
		js, err := p.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		q, err := benefit.Unmarshal(js)
		if err != nil {
			t.Fatalf("Unmarshal(Marshal(p)): %v\n%s", err, js)
		}
		if diff := cmp.Diff(p, q, sameValues); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		checkTextChanges(t, data, benefit.Unmarshal, p, picks(data), noKnownBug)
	})
}

// FuzzAssess: decoding any bytes as a household record and assessing it
// under the built-in 2017 set never panics and fails only with
// policy.ErrInvalid; a breakdown has every amount ≥ 0 with at most two
// places (section 0), a monthly schedule summing to the annual amount of
// each line that is not a lump sum, totals equal to the sum of the lines
// (section 3), and JSON that reads back to an equal breakdown. Assessing
// does not change the record, and decoding changes no text of it silently
// (checkTextChanges, as FuzzUnmarshalParams does for sets).
func FuzzAssess(f *testing.F) {
	fuzzSeeds(f)
	a := assessor(f)
	on := samples.Date()
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Unmarshal(data)
		if err != nil {
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("household.Unmarshal error %v does not wrap ErrInvalid", err)
			}
			return
		}
		b, err := a.Assess(h, on)
		if err != nil {
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("Assess error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if again, err := household.Unmarshal(data); err != nil || !cmp.Equal(again, h) {
			t.Fatalf("Assess changed the record (-before +after):\n%s", cmp.Diff(again, h))
		}
		checkTextChanges(t, data, household.Unmarshal, h, picks(data), noKnownBug)
		if msg := breakdownProblem(b); msg != "" { // amounts ≥ 0 with two places, schedules, totals
			t.Fatal(msg)
		}
		js, err := b.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var back benefit.Breakdown
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatalf("json.Unmarshal(Marshal(b)): %v\n%s", err, js)
		}
		if diff := cmp.Diff(b, &back, sameValues); diff != "" {
			t.Fatalf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

// jsonSpan is a string token or an object member of a JSON text: its bytes
// data[start:end], the path of the value it is in or is (keys joined by
// ".", indexes as "[i]", as field errors write them), and for a member or
// a key its key.
type jsonSpan struct {
	start, end int
	path       string
	key        string
	isKey      bool
}

// jsonIndex lists the string tokens and object members of a valid JSON
// text, in order.
type jsonIndex struct {
	strs    []jsonSpan
	members []jsonSpan
}

// indexJSON indexes data, which must be valid JSON; ok is false when it is
// not.
func indexJSON(data []byte) (x jsonIndex, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	ws := func(i int) int {
		for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
			i++
		}
		return i
	}
	str := func(i int) int { // i at the opening quote; returns the index after the closing one
		for i++; data[i] != '"'; i++ {
			if data[i] == '\\' {
				i++
			}
		}
		return i + 1
	}
	join := func(path, key string) string {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	var value func(i int, path string) int
	value = func(i int, path string) int {
		i = ws(i)
		switch data[i] {
		case '{':
			i = ws(i + 1)
			if data[i] == '}' {
				return i + 1
			}
			for {
				ks := ws(i)
				ke := str(ks)
				var key string
				if err := json.Unmarshal(data[ks:ke], &key); err != nil {
					panic(err)
				}
				x.strs = append(x.strs, jsonSpan{start: ks, end: ke, path: join(path, key), key: key, isKey: true})
				i = ws(ke)
				if data[i] != ':' {
					panic("no colon")
				}
				ve := value(i+1, join(path, key))
				x.members = append(x.members, jsonSpan{start: ks, end: ve, path: join(path, key), key: key})
				i = ws(ve)
				if data[i] == '}' {
					return i + 1
				}
				i++ // ','
			}
		case '[':
			i = ws(i + 1)
			if data[i] == ']' {
				return i + 1
			}
			for n := 0; ; n++ {
				i = ws(value(i, path+"["+strconv.Itoa(n)+"]"))
				if data[i] == ']' {
					return i + 1
				}
				i++ // ','
			}
		case '"':
			e := str(i)
			x.strs = append(x.strs, jsonSpan{start: i, end: e, path: path})
			return e
		default:
			for i < len(data) && !strings.ContainsRune(",]} \t\n\r", rune(data[i])) {
				i++
			}
			return i
		}
	}
	if end := ws(value(0, "")); end != len(data) {
		return x, false
	}
	return x, true
}

// splice returns data with data[start:end] replaced by s.
func splice(data []byte, start, end int, s string) []byte {
	out := make([]byte, 0, len(data)+len(s))
	out = append(out, data[:start]...)
	out = append(out, s...)
	return append(out, data[end:]...)
}

// escapeAll writes the string token tok (valid JSON, quotes included) with
// every character as a \u escape.
func escapeAll(tok []byte) string {
	var s string
	if err := json.Unmarshal(tok, &s); err != nil {
		panic(err)
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r > 0xffff {
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
			continue
		}
		fmt.Fprintf(&b, `\u%04x`, r)
	}
	b.WriteByte('"')
	return b.String()
}

// corruptions are what a careless clerk or an attacker puts in a string:
// a byte that is not UTF-8, a lone surrogate escape, an escaped NUL, a
// raw DEL.
var corruptions = []string{"\xff", `\ud800`, `\u0000`, "\x7f"}

// textChanges are the edits checkTextChanges makes to an accepted input.
type textChanges struct {
	dup, escape, corrupt int // which member or string; -1 for every one
	corruption           int // which corruption (the i'th string gets corruption+i)
}

// checkTextChanges checks that decoding data, which decode accepted as
// want, changes no text silently (nothing in a record is silently changed):
//
//   - an object member given twice, at any depth, is refused with a
//     duplicate field error at the member's path, never merged;
//   - a string token written with every character as a \u escape decodes
//     to a value equal to want;
//   - a string token with a corruption in it is refused, never read as
//     another text (known says which corrupted strings are known to be
//     accepted still).
func checkTextChanges[T any](t *testing.T, data []byte, decode func([]byte) (T, error), want T, c textChanges, known func(jsonSpan) bool) {
	t.Helper()
	x, ok := indexJSON(data)
	if !ok {
		t.Fatalf("input accepted, but not JSON the index reads: %.200q", data)
	}
	each := func(n, pick int, f func(int)) {
		if n == 0 {
			return
		}
		if pick >= 0 {
			f(pick % n)
			return
		}
		for i := range n {
			f(i)
		}
	}
	each(len(x.members), c.dup, func(i int) {
		m := x.members[i]
		in := splice(data, m.end, m.end, ","+string(data[m.start:m.end]))
		if len(in) > 4<<20 {
			return
		}
		_, err := decode(in)
		for _, fe := range policy.FieldErrors(err) {
			if fe.Type == policy.ErrorDuplicate && fe.Path == m.path {
				return
			}
		}
		t.Fatalf("member %s given twice: error %.500v, want a duplicate field error at %q\ninput %.300q", m.path, err, m.path, in)
	})
	each(len(x.strs), c.escape, func(i int) {
		s := x.strs[i]
		in := splice(data, s.start, s.end, escapeAll(data[s.start:s.end]))
		if len(in) > 4<<20 {
			return
		}
		got, err := decode(in)
		if err != nil {
			t.Fatalf("%s written with \\u escapes: %v\ninput %.300q", s.path, err, in)
		}
		if diff := cmp.Diff(want, got, sameValues); diff != "" {
			t.Fatalf("%s written with \\u escapes reads differently (-plain +escaped):\n%s", s.path, diff)
		}
	})
	each(len(x.strs), c.corrupt, func(i int) {
		s := x.strs[i]
		bad := corruptions[(c.corruption+i)%len(corruptions)]
		at := s.start + 1 + (s.end-s.start-2)/2 // the middle of the token, inside its quotes
		for at > s.start+1 && (data[at]&0xc0 == 0x80 || data[at-1] == '\\') {
			at-- // not inside a character or right after a backslash
		}
		in := splice(data, at, at, bad)
		if _, err := decode(in); err == nil && !known(s) {
			t.Fatalf("%s with %q in it is accepted, want it refused\ninput %.300q", s.path, bad, in)
		}
	})
}

// noKnownBug matches nothing.
func noKnownBug(jsonSpan) bool { return false }

// picks derives, from the input itself, which member and string a fuzz
// run edits, so that the target keeps the corpus's one-argument form and
// mutations of the input move the picks.
func picks(data []byte) textChanges {
	h := fnv.New64a()
	h.Write(data)
	v := h.Sum64()
	return textChanges{dup: int(v & 0xffff), escape: int(v >> 16 & 0xffff), corrupt: int(v >> 32 & 0xffff), corruption: int(v >> 48)}
}

// TestTextChanges runs checkTextChanges over every member and every string
// of the parameter sets and records of the fuzz seeds (the full 2017 set
// and the samples only with SAFETYNET_LONG): every duplicate refused, every
// escaped string read the same, every corrupted string refused (each
// string of a set with one corruption, in turn; each of a record with
// every one).
func TestTextChanges(t *testing.T) {
	set2018, err := os.ReadFile(filepath.Join("testdata", "set-2018.json"))
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string][]byte{"set-2018": set2018, "base-only": []byte(`{"year":2017,"base":2017,"rounding":{"mode":"half-even","places":0}}`)}
	records := map[string][]byte{"h01-yaodu": nil}
	if testrun.Long() {
		full, err := benefit.Default2017().Marshal()
		if err != nil {
			t.Fatal(err)
		}
		sets["default-2017-full"] = full
		for _, name := range samples.Names() {
			records[name] = nil
		}
	}
	for name := range records {
		if records[name], err = samples.Raw(name); err != nil {
			t.Fatal(err)
		}
	}
	every := textChanges{dup: -1, escape: -1, corrupt: -1}
	for name, data := range sets {
		t.Run(name, func(t *testing.T) {
			p, err := benefit.Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			checkTextChanges(t, data, benefit.Unmarshal, p, every, noKnownBug)
		})
	}
	for name, data := range records {
		t.Run(name, func(t *testing.T) {
			h, err := household.Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			for k := range corruptions { // every corruption in every string
				every.corruption = k
				checkTextChanges(t, data, household.Unmarshal, h, every, noKnownBug)
			}
		})
	}
}
