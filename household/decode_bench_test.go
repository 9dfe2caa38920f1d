package household_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
)

// BenchmarkUnmarshal decodes and validates every sample record, as a
// throughput over the record's bytes.
func BenchmarkUnmarshal(b *testing.B) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := household.Unmarshal(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
