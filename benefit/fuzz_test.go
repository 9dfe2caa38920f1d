package benefit_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/sample"
	"github.com/safetynet-go/safetynet/policy"
)

// fuzzSeeds adds the seeds both fuzzers share: every sample household, the
// county's example 2018 parameter set, the built-in 2017 set written out in
// full, and a few malformed inputs. Each fuzzer gets the other's kind of
// input too, as a start for mutations that cross the two shapes.
func fuzzSeeds(f *testing.F) {
	f.Helper()
	for _, name := range sample.Names() {
		raw, err := sample.Raw(name)
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
// (POLICY.md section 3: parameter sets are data, validated before anything
// is computed).
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
	})
}

// FuzzAssess: decoding any bytes as a household record and assessing it
// under the built-in 2017 set never panics and fails only with
// policy.ErrInvalid; a breakdown has every amount ≥ 0 with at most two
// places (section 0), a monthly schedule summing to the annual amount of
// each line that is not a lump sum, totals equal to the sum of the lines
// (section 3), and JSON that reads back to an equal breakdown. Assessing
// does not change the record.
func FuzzAssess(f *testing.F) {
	fuzzSeeds(f)
	a := assessor(f)
	on := sample.Date()
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
		for _, l := range b.Lines {
			if l.Annual().IsNegative() {
				t.Fatalf("line %s/%s %s = %s is negative", l.Programme(), l.Item(), l.Member(), l.Annual())
			}
			if fixed, err := decimal.NewFromString(l.Annual().StringFixed(2)); err != nil || !fixed.Equal(l.Annual()) {
				t.Fatalf("line %s/%s %s = %s has more than two places", l.Programme(), l.Item(), l.Member(), l.Annual())
			}
		}
		checkTotals(t, b) // also: the schedule of each line that is not a lump sum sums to its annual amount
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
