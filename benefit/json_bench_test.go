package benefit_test

import (
	"io"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

// sampleBreakdowns assesses every sample under the built-in set.
func sampleBreakdowns(b *testing.B) ([]string, []*benefit.Breakdown) {
	b.Helper()
	a := assessor(b)
	names := samples.Names()
	out := make([]*benefit.Breakdown, len(names))
	for i, name := range names {
		h, err := samples.Household(name)
		if err != nil {
			b.Fatal(err)
		}
		if out[i], err = a.Assess(h, samples.Date()); err != nil {
			b.Fatal(err)
		}
	}
	return names, out
}

// BenchmarkMarshal is the indented JSON of every sample's breakdown, as a
// throughput over the bytes written.
func BenchmarkMarshal(b *testing.B) {
	names, bds := sampleBreakdowns(b)
	for i, bd := range bds {
		b.Run(names[i], func(b *testing.B) {
			out, err := bd.Marshal()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(out)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bd.Marshal(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAppendJSON is the compact JSON of every sample's breakdown,
// appended to a reused buffer.
func BenchmarkAppendJSON(b *testing.B) {
	names, bds := sampleBreakdowns(b)
	for i, bd := range bds {
		b.Run(names[i], func(b *testing.B) {
			buf := bd.AppendJSON(nil)
			b.SetBytes(int64(len(buf)))
			b.ReportAllocs()
			for b.Loop() {
				buf = bd.AppendJSON(buf[:0])
			}
		})
	}
}

// BenchmarkWriteJSON is the compact JSON of every sample's breakdown,
// written to a writer.
func BenchmarkWriteJSON(b *testing.B) {
	names, bds := sampleBreakdowns(b)
	for i, bd := range bds {
		b.Run(names[i], func(b *testing.B) {
			b.SetBytes(int64(len(bd.AppendJSON(nil))))
			b.ReportAllocs()
			for b.Loop() {
				if err := bd.WriteJSON(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
