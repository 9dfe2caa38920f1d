package household_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// byValue compares decimals by value: "3622.00" and "3622" are one amount.
var byValue = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// changes are records a lenient decoder would silently change, and
// their neighbours: repeated keys at every depth, text that differs only in
// invalid bytes, lone surrogates and control characters, and ids and place
// names that differ only in what cannot be seen (a zero-width space, a
// bidi override, a line separator, a byte order mark, a no-break space, a
// space at either end, spaces only), which are refused.
var changes = []string{
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"},{"id":"m1\u200b","birth_date":"1960-01-01"}]}`,
	`{"id":"H\u202e1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","claims":[{"id":"\ufeffc1","admission":"2017-03-01","total_cost":"1","compliant_cost":"1","ncms":"0"}]}]}`,
	`{"id":"H","township":" 尧渡镇","village":"东流\u00a0村","members":[{"id":"m1","birth_date":"1960-01-01"}],"hardships":[{"id":"e\u2028","type":"fire","date":"2017-01-01","cost":"1"}]}`,
	"{\"id\":\"H\",\"township\":\"T\",\"members\":[{\"id\":\"m1\",\"birth_date\":\"1960-01-01\"},{\"id\":\"m1\u200b\",\"birth_date\":\"1960-01-01\"}]}",
	`{"id":"H","township":"尧渡镇 ","village":"  ","members":[{"id":"m 1","name":"张\u200b三","birth_date":"1960-01-01"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"members":[{"id":"m1","birth_date":"1960-01-01","tekun":{"mode":"dispersed"}}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","claims":[{"id":"c1","admission":"2017-03-01","total_cost":"10000","compliant_cost":"10000","ncms":"0","critical_illness":"9000"}],"claims":[{"id":"c1","admission":"2017-03-01","total_cost":"10000","compliant_cost":"10000","ncms":"0"}]}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"10000","amount":null}]}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","id":"m2"}]}`,
	"{\"id\":\"H\",\"township\":\"T\",\"members\":[{\"id\":\"m\xff\",\"birth_date\":\"1960-01-01\"},{\"id\":\"m\xfe\",\"birth_date\":\"1960-01-01\"}],\"hardships\":[{\"id\":\"e\",\"member\":\"m\xfe\",\"type\":\"fire\",\"date\":\"2017-01-01\",\"cost\":\"1\"}]}",
	`{"id":"H","township":"T","members":[{"id":"m\ud800","birth_date":"1960-01-01"},{"id":"m\udbff","birth_date":"1960-01-01"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m\u0000","birth_date":"1960-01-01"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m\ud83d\ude00","name":"caf\u00e9 \"x\" \\ \/ <&>","birth_date":"1960-01-01"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"2017-05-01"}],"hardships":[{"id":"e","member":"m1","type":"fire","date":"2017-04-30","cost":"1"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"hardships":[{"id":"e","type":"fire","date":"2017-01-01","cost":"1"},{"id":"e","type":"fire","date":"2017-01-02","cost":"1"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","child":"in-difficulty"}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"5."},{"category":"wages","amount":".5"},{"category":"wages","amount":"+3"},{"category":"wages","amount":"00012"},{"category":"wages","amount":"3e-2"},{"category":"wages","amount":12}]}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"3622.00"},{"category":"other","amount":"0.5"},{"category":"property","amount":"0"}]}]}`,
	`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"x":{"a":1,"a":2}}`,
}

// FuzzRoundTrip: a record that decodes is read the same way by everyone
// and by every round: encoding/json (which would merge repeated keys and
// replace invalid text) reads the input as the same record; the record
// written by Marshal reads back as the same record, its decimals equal by
// value; and writing that again gives the same bytes. Nothing is silently
// changed.
func FuzzRoundTrip(f *testing.F) {
	for _, name := range samples.Names() {
		b, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(good))
	for _, s := range changes {
		f.Add([]byte(s))
	}
	for _, a := range attacks {
		f.Add(a.repeat(3))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := household.Unmarshal(data)
		if err != nil {
			if fes := policy.FieldErrors(err); len(fes) == 0 || len(fes) > household.MaxErrors+1 {
				t.Fatalf("%d field errors in %v", len(fes), err)
			}
			return
		}
		// encoding/json's own reading, field by field: a Household's
		// UnmarshalJSON is the strict decoder, so read a type without it.
		type plain household.Household
		var loose plain
		if err := json.Unmarshal(data, &loose); err != nil {
			t.Fatalf("accepted, but encoding/json refuses it (%v):\n%q", err, data)
		}
		if diff := cmp.Diff((*household.Household)(&loose), h, byValue); diff != "" {
			t.Fatalf("encoding/json reads %q differently (-json +strict):\n%s", data, diff)
		}
		b, err := h.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := household.Unmarshal(b)
		if err != nil {
			t.Fatalf("a valid record does not read back: %v\n%s", err, b)
		}
		if diff := cmp.Diff(h, back, byValue, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		again, err := back.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, again) {
			t.Fatalf("written twice, the record differs:\n%s\n%s", b, again)
		}
	})
}

// FuzzCost: an input that grows — prefix, then fragment k times, then
// suffix — costs allocations and bytes that grow at most linearly: the
// input with the fragment 4k times costs at most 8 times the input with it
// k times (4 times the size, and twice that for slices and maps that
// double as they grow), plus a constant for what is bounded (errors,
// limits, plans); and never more than one allocation or 64 bytes per byte
// of input, plus that constant.
func FuzzCost(f *testing.F) {
	for _, a := range attacks {
		f.Add(a.prefix, a.each(1), a.suffix, uint16(50))
	}
	f.Add(memberHead+`}`, `,{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1.00"}]}`, `]}`, uint16(10))
	f.Add(`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"`, `k`, `":{"a":1,"a":1}}`, uint16(1000))
	f.Add(`{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","name":"`, `\u0000`, `"}]}`, uint16(100))
	const (
		maxSize   = 256 << 10
		allocsMax = 1000    // allocations for what is bounded
		bytesMax  = 1 << 20 // bytes for what is bounded
	)
	f.Fuzz(func(t *testing.T, prefix, fragment, suffix string, k uint16) {
		n := int(k)%1000 + 1
		if len(fragment) == 0 || len(prefix)+len(suffix)+4*n*len(fragment) > maxSize {
			return
		}
		var allocs, bytes, size [2]float64
		for i, reps := range []int{n, 4 * n} {
			in := []byte(prefix + strings.Repeat(fragment, reps) + suffix)
			size[i] = float64(len(in))
			allocs[i], bytes[i] = cost(func() { _, _ = household.Unmarshal(in) })
		}
		if allocs[1] > 8*allocs[0]+allocsMax || bytes[1] > 8*bytes[0]+bytesMax {
			t.Fatalf("%v allocations and %v bytes at %v bytes, %v and %v at %v: more than linear",
				allocs[0], bytes[0], size[0], allocs[1], bytes[1], size[1])
		}
		for i := range size {
			if allocs[i] > size[i]+allocsMax || bytes[i] > 64*size[i]+bytesMax {
				t.Fatalf("%v allocations and %v bytes for %v bytes of input", allocs[i], bytes[i], size[i])
			}
		}
	})
}
