package tekun_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// TestDerivedDispersed: the dispersed standard DerivedDispersed makes is
// the larger of S and the floor, derived (provisional when S is), and its
// source names both figures with their two places.
func TestDerivedDispersed(t *testing.T) {
	tests := []struct {
		name  string
		s     policy.Param[decimal.Decimal]
		value string
		prov  policy.Provenance
		tail  string // how the source ends
	}{
		{"S above the floor", policy.New("lowincome.standard", d("3912.50"), policy.Seed, "county"), "3912.50", policy.Derived,
			"lowincome.standard 3912.50 (seed) and tekun.dispersed_floor 3600.00"},
		{"S below the floor, provisional", policy.New("lowincome.standard", d("3550.40"), policy.Provisional, "county"), "3600.00",
			policy.Provisional, "lowincome.standard 3550.40 (provisional) and tekun.dispersed_floor 3600.00"},
		{"S at the floor, written 3600", policy.New("lowincome.standard", d("3600"), policy.Seed, "county"), "3600.00", policy.Derived,
			"lowincome.standard 3600.00 (seed) and tekun.dispersed_floor 3600.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tekun.Default2017().DerivedDispersed(tc.s)
			if got.Value.StringFixed(2) != tc.value || got.Provenance != tc.prov || !strings.HasSuffix(got.Source, tc.tail) {
				t.Errorf("DerivedDispersed = %s %s %q, want %s %s and a source ending %q",
					got.Value.StringFixed(2), got.Provenance, got.Source, tc.value, tc.prov, tc.tail)
			}
		})
	}

	// An S that is not money (which Validate reports) is not compared: the
	// value is S, and the source quotes it as an error would, never written
	// out or rescaled.
	huge := policy.New("lowincome.standard", decimal.New(1, 2_000_000), policy.Seed, "county")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := tekun.Default2017().DerivedDispersed(huge)
	runtime.ReadMemStats(&after)
	const tail = "lowincome.standard 1E2000000 (seed) and tekun.dispersed_floor 3600.00"
	if v := policy.ShortDecimal(got.Value); v != "1E2000000" || !strings.HasSuffix(got.Source, tail) {
		t.Errorf("S = 10^2000000: DerivedDispersed = %s %q, want 1E2000000 and a source ending %q", v, got.Source, tail)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 64<<10 {
		t.Errorf("S = 10^2000000: DerivedDispersed allocated %d bytes, want at most 64 KiB", n)
	}
}

// TestDispersedIsRule: the dispersed standards that are the rule's own,
// which package benefit derives again when S or the floor changes, are the
// built-in one and those DerivedDispersed makes, derived or provisional; a
// county's own is not, whatever its value, provenance or source.
func TestDispersedIsRule(t *testing.T) {
	def := tekun.Default2017()
	derived := def.DerivedDispersed(policy.New("lowincome.standard", d("3912.00"), policy.Seed, "county"))
	provisional := def.DerivedDispersed(policy.New("lowincome.standard", d("3912.00"), policy.Provisional, "county"))
	own := func(value string, prov policy.Provenance, source string) policy.Param[decimal.Decimal] {
		return policy.New("tekun.dispersed", d(value), prov, source)
	}
	tests := []struct {
		name      string
		dispersed policy.Param[decimal.Decimal]
		want      bool
	}{
		{"built in", def.Dispersed, true},
		{"derived from a seed S", derived, true},
		{"derived from a provisional S", provisional, true},
		{"a county's own, local", own("4000.00", policy.Local, "county"), false},
		{"a county's own, local, quoting the rule's source", own("3912.00", policy.Local, derived.Source), false},
		{"a county's own, derived by its own rule", own("3700.00", policy.Derived, "county: its own derivation"), false},
		{"a county's own, derived, of the built-in value", own("3622.00", policy.Derived, "county: its own derivation"), false},
		{"unset", policy.Unset[decimal.Decimal]("tekun.dispersed", "county"), false},
		// The built-in standard is told by its value, in fen, however written.
		{"built in, written 3622", own("3622", policy.Derived, def.Dispersed.Source), true},
		{"the built-in source, 4000.00", own("4000.00", policy.Derived, def.Dispersed.Source), false},
		{"the built-in source, 3622.001", own("3622.001", policy.Derived, def.Dispersed.Source), false},
		{"the built-in source, 10^2000000", policy.New("tekun.dispersed", decimal.New(1, 2_000_000), policy.Derived,
			def.Dispersed.Source), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tekun.Default2017()
			p.Dispersed = tc.dispersed
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			got := p.DispersedIsRule()
			runtime.ReadMemStats(&after)
			if got != tc.want {
				t.Errorf("DispersedIsRule() = %v, want %v (dispersed %s %s %q)", got, tc.want,
					tc.dispersed.Value.String(), tc.dispersed.Provenance, tc.dispersed.Source)
			}
			// A value of a huge exponent is never rescaled to be compared.
			if n := after.TotalAlloc - before.TotalAlloc; n > 64<<10 {
				t.Errorf("DispersedIsRule() allocated %d bytes, want at most 64 KiB", n)
			}
		})
	}
}
