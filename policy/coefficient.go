package policy

import (
	"math/big"
	"reflect"
	"unsafe"

	"github.com/shopspring/decimal"
)

// decimalFields mirrors the fields of [decimal.Decimal] (shopspring v1.6.0):
// its coefficient and its exponent. Reading the coefficient in place lets
// [MoneyOf] convert the many amounts of a record without going through the
// decimal package's methods (IsZero, NumDigits, CoefficientInt64) for each.
type decimalFields struct {
	value *big.Int
	exp   int32
}

// fieldsKnown reports whether decimal.Decimal is laid out as decimalFields,
// compared field by field once when the package is loaded. When a release
// of the decimal package lays it out otherwise, MoneyOf asks the decimal
// package for every amount, as exactly and more slowly
// (TestDecimalFields fails then, so that it is noticed).
var fieldsKnown = sameFields(reflect.TypeFor[decimal.Decimal](), reflect.TypeFor[decimalFields]())

// sameFields reports whether struct types a and b have the same fields, by
// name, type and offset, and the same size.
func sameFields(a, b reflect.Type) bool {
	if a.Kind() != reflect.Struct || b.Kind() != reflect.Struct || a.Size() != b.Size() || a.NumField() != b.NumField() {
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

// coefficientOf returns d's coefficient and true when it fits in an int64
// (the zero value's is 0). Only for fieldsKnown: it reads d's fields in
// place.
func coefficientOf(d *decimal.Decimal) (int64, bool) {
	v := (*decimalFields)(unsafe.Pointer(d)).value
	if v == nil {
		return 0, true
	}
	if !v.IsInt64() {
		return 0, false
	}
	return v.Int64(), true
}
