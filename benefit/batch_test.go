package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/synth"
	"github.com/safetynet-go/safetynet/policy"
)

func county(n int) *synth.Generator {
	return synth.New(synth.Config{Seed: 2017, Households: n, Date: on})
}

func records(g *synth.Generator, bad map[int]bool) iter.Seq[*household.Household] {
	return func(yield func(*household.Household) bool) {
		for i := range g.Len() {
			h := g.Household(i)
			if bad[i] {
				h = nil
			}
			if !yield(h) {
				return
			}
		}
	}
}

// TestBatchOrder checks that a batch yields every record's outcome in
// input order, equal to assessing the records one by one, with an error
// in one record reported at its position without stopping the rest.
func TestBatchOrder(t *testing.T) {
	a := assessor(t)
	g := county(1000)
	bad := map[int]bool{7: true, 500: true}
	for _, opt := range []benefit.BatchOptions{{}, {Workers: 1}, {Workers: 4, Window: 4}, {Workers: 3, Window: 1}} {
		t.Run(fmt.Sprintf("workers=%d,window=%d", opt.Workers, opt.Window), func(t *testing.T) {
			i := 0
			for o := range a.Batch(records(g, bad), on, opt) {
				if o.Index != i {
					t.Fatalf("outcome %d has index %d", i, o.Index)
				}
				if bad[i] {
					if !errors.Is(o.Err, policy.ErrInvalid) {
						t.Errorf("record %d: error %v, want ErrInvalid", i, o.Err)
					}
				} else if want, err := a.Assess(g.Household(i), on); err != nil || o.Err != nil {
					t.Errorf("record %d: %v / %v", i, err, o.Err)
				} else if diff := cmp.Diff(want, o.Breakdown, sameValues); diff != "" {
					t.Fatalf("record %d (-one by one +batch):\n%s", i, diff)
				}
				i++
			}
			if i != g.Len() {
				t.Errorf("batch yielded %d outcomes, want %d", i, g.Len())
			}
		})
	}
}

// TestBatchStop checks that stopping early stops reading the input.
func TestBatchStop(t *testing.T) {
	a := assessor(t)
	g := county(100000)
	read := 0
	in := func(yield func(*household.Household) bool) {
		for i := range g.Len() {
			read++
			if !yield(g.Household(i)) {
				return
			}
		}
	}
	n := 0
	for range a.Batch(in, on, benefit.BatchOptions{Workers: 2, Window: 8}) {
		if n++; n == 10 {
			break
		}
	}
	if read > 10+8+32 {
		t.Errorf("read %d records after stopping at 10 with a window of 8", read)
	}
}

// TestBatchJSONL is the table of JSON Lines batches: one output line per
// record, in order, errors by line number.
func TestBatchJSONL(t *testing.T) {
	good := `{"id":"J1","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`
	tests := []struct {
		name       string
		desc       string
		in         string
		want       []string // per output line: a substring
		wantErrors int
	}{
		{name: "one", desc: "一条记录：实例1 / one record: worked example 1", in: good + "\n",
			want: []string{`"annual":"6366.00"`}},
		{name: "blank-lines", desc: "空行跳过 / blank lines are skipped", in: "\n" + good + "\n\n" + good,
			want: []string{`"household":"J1"`, `"household":"J1"`}},
		{name: "bad-record", desc: "坏记录以行号报错，不影响其余 / a bad record is reported by line, the rest go on",
			in:   good + "\n" + `{"id":"J2","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":9}}]}` + "\n" + good,
			want: []string{`"household":"J1"`, `{"line":2,"error":"members[0].disability.grade: 9 is not 1–4"}`, `"household":"J1"`}, wantErrors: 1},
		{name: "not-json", desc: "非 JSON / not JSON", in: "{\n" + good, want: []string{`{"line":1,"error":`, `"household":"J1"`}, wantErrors: 1},
		{name: "too-long", desc: "超长行 / a line over the limit", in: `{"id":"` + strings.Repeat("x", 5<<20) + `"}` + "\n" + good,
			want: []string{`{"line":1,"error":"(input): line is over the limit of 4194304 bytes"}`, `"household":"J1"`}, wantErrors: 1},
	}
	a := assessor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := a.BatchJSONL(strings.NewReader(tc.in), &out, on, benefit.BatchOptions{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if len(lines) != len(tc.want) || st.Records != len(tc.want) || st.Errors != tc.wantErrors {
				t.Fatalf("%s\n%d lines, stats %+v; want %d lines, %d errors", tc.desc, len(lines), st, len(tc.want), tc.wantErrors)
			}
			for i, w := range tc.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("line %d = %.200s, want it to contain %s", i+1, lines[i], w)
				}
				if !json.Valid([]byte(lines[i])) {
					t.Errorf("line %d is not JSON", i+1)
				}
			}
		})
	}
}

// BenchmarkBatch is the batch over 100,000 synthetic households, with the
// budget, on every core.
func BenchmarkBatch(b *testing.B) {
	a := assessor(b)
	g := county(100000)
	b.ReportAllocs()
	for b.Loop() {
		var bu benefit.Budget
		for o := range a.Batch(records(g, nil), on, benefit.BatchOptions{}) {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
			bu.Add(o.Household, o.Breakdown)
		}
	}
}
