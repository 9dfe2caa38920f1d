package policy

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// TestDecimalFields: the decimal package this module requires is laid out
// as coefficientOf reads it, so MoneyOf takes its fast path; a struct laid
// out otherwise is told apart, and then the decimal package is asked.
func TestDecimalFields(t *testing.T) {
	if !fieldsKnown {
		t.Fatal("decimal.Decimal is not laid out as decimalFields: MoneyOf would take its slow path for every amount")
	}
	tests := []struct {
		name string
		typ  reflect.Type
		want bool
	}{
		{name: "the mirror itself", typ: reflect.TypeFor[decimalFields](), want: true},
		{name: "fields swapped", typ: reflect.TypeFor[struct {
			exp   int32
			value *big.Int
		}](), want: false},
		{name: "a wider exponent", typ: reflect.TypeFor[struct {
			value *big.Int
			exp   int64
		}](), want: false},
		{name: "a field more", typ: reflect.TypeFor[struct {
			value *big.Int
			exp   int32
			flag  bool
		}](), want: false},
		{name: "not a struct", typ: reflect.TypeFor[int64](), want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameFields(tc.typ, reflect.TypeFor[decimalFields]()); got != tc.want {
				t.Errorf("sameFields(%v) = %v, want %v", tc.typ, got, tc.want)
			}
		})
	}
	for _, s := range []string{"0", "3622.00", "-0.03", "9223372036854775807", "9223372036854775808", "-9223372036854775809"} {
		d := decimal.RequireFromString(s)
		c, fits, known := coefficientOf(&d)
		want := d.Coefficient()
		if !known || fits != want.IsInt64() || fits && c != want.Int64() {
			t.Errorf("coefficientOf(%s) = %d, %v, %v; want %s", s, c, fits, known, want)
		}
	}
	var zero decimal.Decimal
	if c, fits, _ := coefficientOf(&zero); c != 0 || !fits {
		t.Errorf("coefficientOf(zero value) = %d, %v", c, fits)
	}
}
