package benefit

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzIndent: the indenter writes what json.Indent(dst, src, "", "  ")
// writes for any compact JSON, whole or handed over in two chunks split
// after a comma (where the breakdown's writer splits), at any depth.
func FuzzIndent(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[],"b":{},"c":[1,{"d":"x\"y\\\\"}],"e":null}`,
		`[{"k":"a,b:c{}[]"},"\u2028",-1.5e3,true]`, `"s"`, `{"a":{"b":{"c":[[[]]]}}}`, `[1,2,[3,4,[5,[]]],{}]`, `5`,
		`"\""`, `["\\",1]`} {
		f.Add([]byte(s), uint(0))
	}
	// At and beyond the deepest indentation newline holds at once (32
	// levels): 32, 33, 64 and 100 levels, a value at the bottom.
	for _, depth := range []int{32, 33, 64, 100} {
		f.Add([]byte(strings.Repeat(`[0,`, depth)+`1`+strings.Repeat(`]`, depth)), uint(depth))
	}
	f.Fuzz(func(t *testing.T, in []byte, split uint) {
		var src, want bytes.Buffer
		if json.Compact(&src, in) != nil || json.Indent(&want, src.Bytes(), "", "  ") != nil {
			return
		}
		var in1 indenter
		if got := in1.append(nil, src.Bytes()); !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("indent %s:\n%s\nwant:\n%s", src.Bytes(), got, want.Bytes())
		}
		// Split after the split'th comma outside a string, if there is one.
		b, n, at := src.Bytes(), uint(0), -1
		for i := 0; i < len(b) && at < 0; i++ {
			switch b[i] {
			case '"':
				i = stringEnd(b, i+1) - 1
			case ',':
				if n == split%8 {
					at = i + 1
				}
				n++
			}
		}
		if at < 0 {
			return
		}
		var in2 indenter
		got := in2.append(in2.append(nil, b[:at]), b[at:])
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("indent %s in two at %d:\n%s\nwant:\n%s", b, at, got, want.Bytes())
		}
	})
}

// BenchmarkIndent indents a large sample's compact JSON into a reused
// buffer: the part of Marshal that AppendJSON does not do.
func BenchmarkIndent(b *testing.B) {
	src := []byte(`{"schema_version":"1","lines":[` + strings.Repeat(`{"programme":"lowincome","item":"base","annual":"8488.00","months":12,"period":{"from":1,"to":12},"clauses":["2.1.1","2.1.2"],"explanation":{"formula":{"id":"lowincome.base","zh":"补差：{S} × {n} 人 − {I} = {=} 元/年","en":"top-up"},"args":[{"name":"S","kind":"money","value":"3622.00"}],"zh":"补差：3622.00 × 4 人 − 6000.00 = 8488.00 元/年","en":"top-up: 3622.00 × 4 persons − 6000.00 = 8488.00 yuan/year"}},`, 40) + `{}]}`)
	dst := make([]byte, 0, 2*len(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		var in indenter
		dst = in.append(dst[:0], src)
	}
}
