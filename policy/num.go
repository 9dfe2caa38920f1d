package policy

import "github.com/shopspring/decimal"

// smallInts are the decimals 0 to 64, made once: counts, months and
// household sizes are small, and a decimal made from an int allocates.
var smallInts = func() (t [65]decimal.Decimal) {
	for i := range t {
		t[i] = decimal.NewFromInt(int64(i))
	}
	return t
}()

// Int returns n as a decimal, without allocating for 0 to 64. The result
// is shared, which is safe: decimals are immutable.
func Int(n int) decimal.Decimal {
	if n >= 0 && n < len(smallInts) {
		return smallInts[n]
	}
	return decimal.NewFromInt(int64(n))
}
