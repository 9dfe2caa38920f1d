package policy

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// TestDecimalFields: the decimal package this module requires is laid out
// as coefficientOf reads it, so MoneyOf takes its fast path; a struct laid
// out otherwise — in names, types, offsets or number of fields — is told
// apart, and then the decimal package is asked.
func TestDecimalFields(t *testing.T) {
	if !fieldsKnown {
		t.Fatal("decimal.Decimal is not laid out as decimalFields: MoneyOf asks the decimal package for every amount")
	}
	tests := []struct {
		name string
		typ  reflect.Type
		want bool
	}{
		{name: "the mirror itself", typ: reflect.TypeFor[decimalFields](), want: true},
		{name: "fields renamed", typ: reflect.TypeFor[struct {
			coef *big.Int
			exp  int32
		}](), want: false},
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
		{name: "not a struct, of the same size", typ: reflect.TypeFor[string](), want: false},
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
		c, fits := coefficientOf(&d)
		want := d.Coefficient()
		if fits != want.IsInt64() || fits && c != want.Int64() {
			t.Errorf("coefficientOf(%s) = %d, %v; want %s", s, c, fits, want)
		}
	}
	var zero decimal.Decimal
	if c, fits := coefficientOf(&zero); c != 0 || !fits {
		t.Errorf("coefficientOf(zero value) = %d, %v", c, fits)
	}
}

// TestMoneyOfInPlace: MoneyOf, reading coefficients in place, and
// moneyOfDecimal, asking the decimal package (as MoneyOf does for every
// amount when the layout is not known), agree on every coefficient around
// each exponent's limit and around the edges of int64, of both signs, and
// on the zero value.
func TestMoneyOfInPlace(t *testing.T) {
	var coefs []*big.Int
	for k := range 20 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
		for _, delta := range []int64{-1, 0, 1} {
			coefs = append(coefs, new(big.Int).Add(p, big.NewInt(delta)))
		}
	}
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551617", "0", "362200"} {
		c, _ := new(big.Int).SetString(s, 10)
		coefs = append(coefs, c)
	}
	n := 0
	for _, c := range coefs {
		for _, sign := range []int64{1, -1} {
			for exp := int32(-6); exp <= 16; exp++ {
				d := decimal.NewFromBigInt(new(big.Int).Mul(c, big.NewInt(sign)), exp)
				got, ok := MoneyOf(d)
				want, wantOK := moneyOfDecimal(d)
				if got != want || ok != wantOK {
					t.Errorf("MoneyOf(%s) = %d, %v; the decimal package gives %d, %v", d, got, ok, want, wantOK)
				}
				n++
			}
		}
	}
	if got, ok := MoneyOf(decimal.Decimal{}); got != 0 || !ok {
		t.Errorf("MoneyOf(zero value) = %d, %v", got, ok)
	}
	if n < 2000 {
		t.Fatalf("only %d amounts compared", n)
	}
}
