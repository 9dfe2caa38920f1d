package policy

import (
	"math/big"
	"reflect"
	"unsafe"

	"github.com/shopspring/decimal"
)

// decimalFields mirrors the fields of [decimal.Decimal] (shopspring v1.6.0):
// its coefficient and its exponent. Reading the coefficient in place lets
// [MoneyOf] convert the amounts of every record without the floating-point
// digit count that [decimal.Decimal.NumDigits] makes for each one.
type decimalFields struct {
	value *big.Int
	exp   int32
}

// fieldsKnown reports whether decimal.Decimal is laid out as decimalFields,
// compared field by field once when the package is loaded. When a later
// release of the decimal package lays it out otherwise, coefficientOf says
// so and MoneyOf takes the decimal package's own methods, as slowly as
// before and as exactly.
var fieldsKnown = sameFields(reflect.TypeFor[decimal.Decimal](), reflect.TypeFor[decimalFields]())

// sameFields reports whether struct types a and b have the same fields, by
// name, type and offset, and the same size.
func sameFields(a, b reflect.Type) bool {
	if a.Kind() != reflect.Struct || a.Size() != b.Size() || a.NumField() != b.NumField() {
		return false
	}
	for i := range a.NumField() {
		f, g := a.Field(i), b.Field(i)
		if f.Name != g.Name || f.Type != g.Type || f.Offset != g.Offset {
			return false
		}
	}
	return true
}

// coefficientOf returns d's coefficient when it fits in an int64, and known
// false when the layout of decimal.Decimal is not the one this package
// reads (the caller then asks the decimal package).
func coefficientOf(d *decimal.Decimal) (c int64, fits, known bool) {
	if !fieldsKnown {
		return 0, false, false
	}
	v := (*decimalFields)(unsafe.Pointer(d)).value
	if v == nil {
		return 0, true, true
	}
	if !v.IsInt64() {
		return 0, false, true
	}
	return v.Int64(), true, true
}
