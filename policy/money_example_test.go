package policy_test

import (
	"fmt"
	"math"

	"github.com/safetynet-go/safetynet/policy"
)

// The one syntax amounts, rates and multiples are written in: digits, at
// most places after a point, no sign, no leading zero, no exponent.
func ExampleParseAmount() {
	for _, s := range []string{"3622.00", "3622", "0.30", "03622", "-1.00", "3622.005"} {
		coef, exp, ok := policy.ParseAmount(s, 2)
		fmt.Println(s, coef, exp, ok)
	}
	// Output:
	// 3622.00 362200 2 true
	// 3622 3622 0 true
	// 0.30 30 2 true
	// 03622 0 0 false
	// -1.00 0 0 false
	// 3622.005 0 0 false
}

// What keeps a text from being an amount, in words for an error.
func ExampleAmountProblem() {
	for _, s := range []string{"-1.00", "3.622e3", "3622.005"} {
		fmt.Println(s, policy.AmountProblem(s, 2))
	}
	// Output:
	// -1.00 is negative
	// 3.622e3 is written with an exponent: write its digits
	// 3622.005 has more than two decimal places
}

// AppendFixed writes an amount in yuan with two places into a buffer, as
// String does, without allocating one of its own.
func ExampleMoney_AppendFixed() {
	b := []byte("S = ")
	b = policy.Money(362200).AppendFixed(b)
	b = append(b, ", d = "...)
	b = policy.Money(-3).AppendFixed(b)
	fmt.Println(string(b))
	// Output: S = 3622.00, d = -0.03
}

// Decimal converts fen to yuan at the edge. A decimal.Decimal prints
// without trailing zeros; StringFixed gives the two places back.
func ExampleMoney_Decimal() {
	d := policy.Money(362200).Decimal()
	fmt.Println(d, d.StringFixed(2), policy.Money(0).Decimal().IsZero())
	// Output: 3622 3622.00 true
}

// Two townships' totals merged into the county's.
func ExampleSum_Merge() {
	var county, east, west policy.Sum
	east.Add(636600)
	west.Add(108660)
	west.Add(72440)
	county.Merge(&east)
	county.Merge(&west)
	fmt.Println(county.Total())
	// Output: 8177
}

// Cmp compares a running total with an amount, a budget say.
func ExampleSum_Cmp() {
	var s policy.Sum
	s.Add(636600)
	s.Add(108660)
	fmt.Println(s.Cmp(745260), s.Cmp(800000))
	// Output: 0 -1
}

// A total past what int64 fen can hold goes on exactly, in decimal; Fen
// then reports false.
func ExampleSum_Fen() {
	var s policy.Sum
	s.Add(636600)
	fmt.Println(s.Fen())
	for range 100_000 {
		s.Add(policy.MaxMoney)
	}
	_, ok := s.Fen()
	fmt.Println(ok, s.Total(), s.Cmp(policy.MaxMoney))
	// Output:
	// 6366.00 true
	// false 100000000000006366 1
}

// When each of the amounts gets a unit more than its share rounded down,
// the amounts are equal but Uniform is false: the units were handed out.
func ExampleSplit_Uniform() {
	for _, income := range []policy.Money{100000, 100003} {
		s := policy.DefaultRounding.Split(policy.PerYear(income).Div(4), 12, 2)
		for range s.Count() {
			fmt.Print(s.Next(), " ")
		}
		fmt.Println(s.Total(), s.Uniform())
	}
	// Output:
	// 250.00 250.00 500.00 true
	// 250.01 250.01 500.02 false
}

// An annual amount below zero is no amount: S × n − I for a household whose
// income is above the line gives the zero Rate.
func ExamplePerYear() {
	fmt.Println(policy.PerYear(362200*3 - 450000).Exact())
	fmt.Println(policy.PerYear(362200*3 - 1200000).IsZero())
	// Output:
	// 6366.00 true
	// true
}

// Times multiplies by a ratio exactly: 30% of the standard is a whole
// number of fen, 30% of 1000.01 is not, and is kept as it is.
func ExampleRate_Times() {
	fmt.Println(policy.PerYear(362200).Times(3000).Exact())
	q := policy.PerYear(100001).Times(3000)
	_, whole := q.Exact()
	fmt.Println(whole, policy.MExact("q", q).Format(policy.EN))
	// Output:
	// 1086.60 true
	// false 300.003
}

// Div divides exactly: 1000.01 ÷ 3 is no whole number of fen, and three
// times it is 1000.01 again.
func ExampleRate_Div() {
	q := policy.PerYear(100001).Div(3)
	fmt.Println(q.Exact())
	fmt.Println(q.Times(3 * policy.One).Exact())
	// Output:
	// 0.00 false
	// 1000.01 true
}

// Exact gives the amount when the rate is a whole number of fen: a
// member's share (S × n − I) ÷ n is one for an income of 4500.00 and not
// for one of 4000.00.
func ExampleRate_Exact() {
	for _, income := range []policy.Money{450000, 400000} {
		fmt.Println(policy.PerYear(362200*3 - income).Div(3).Exact())
	}
	// Output:
	// 2122.00 true
	// 0.00 false
}

// CeilFen makes comparing an amount in fen with an exact rate exact:
// 1000.00 is below 3000.01 ÷ 3 = 1000.0033…, which rounded to the fen
// would say it is not.
func ExampleRate_CeilFen() {
	q := policy.PerYear(300001).Div(3)
	m := policy.Money(100000)
	fmt.Println(q.CeilFen(), m < q.CeilFen(), m < policy.DefaultRounding.Round(q))
	// Output: 1000.01 true false
}

// Cmp compares two rates however they were made.
func ExampleRate_Cmp() {
	share := policy.PerYear(362200*3 - 450000).Div(3)
	uplift := policy.PerYear(362200).Times(3000)
	fmt.Println(share.Cmp(uplift), policy.PerYear(100002).Div(4).Cmp(policy.PerYear(50001).Div(2)))
	// Output: 1 0
}

// Floor rounds down to the unit: what each of the amounts of a Split pays
// before the units left over are handed out.
func ExampleRounding_Floor() {
	q := policy.PerYear(100002).Div(4) // 250.005
	fmt.Println(policy.DefaultRounding.Floor(q), policy.DefaultRounding.Round(q))
	fmt.Println(policy.Rounding{Places: -2}.Floor(policy.PerYear(362200)))
	// Output:
	// 250.00 250.01
	// 3600.00
}

// RoundMoney rounds an amount already in fen to the unit: itself at the
// fen; a negative amount rounds as its magnitude does.
func ExampleRounding_RoundMoney() {
	fmt.Println(policy.DefaultRounding.RoundMoney(18000))
	yuan := policy.Rounding{Places: 0}
	fmt.Println(yuan.RoundMoney(108660), yuan.RoundMoney(-50))
	// Output:
	// 180.00
	// 1087.00 -1.00
}

// A shortfall of 2500.50 paid to the yuan: rounded half up it would be
// 2501.00, above the shortfall; FloorMoney gives the most that is not.
// At the fen it is the amount itself.
func ExampleRounding_FloorMoney() {
	yuan := policy.Rounding{Places: 0}
	fmt.Println(yuan.RoundMoney(250050), yuan.FloorMoney(250050))
	fmt.Println(policy.DefaultRounding.FloorMoney(250050))
	// Output:
	// 2501.00 2500.00
	// 2500.50
}

// The schedule of a tiny amount never pays a negative month: 0.08 over a
// year is eleven months of 0.00 and 0.08 in the last. A one-month schedule
// pays the whole amount in its month.
func ExampleSchedule_Last() {
	s := policy.DefaultRounding.ScheduleOf(8, 12)
	fmt.Println(s.Months(), s.Month(), s.Last(), s.Total())
	one := policy.DefaultRounding.ScheduleOf(53050, 1)
	fmt.Println(one.Months(), one.MonthFen(), one.LastFen())
	// Output:
	// 12 0 0.08 0.08
	// 1 530.50 530.50
}

// Add keeps a total exact past what int64 fen can hold, going on in decimal
// from there.
func ExampleSum_Add() {
	var s policy.Sum
	s.Add(policy.Money(math.MaxInt64))
	total, ok := s.Fen()
	fmt.Println(total, ok)
	s.Add(1)
	_, ok = s.Fen()
	fmt.Println(s.Total(), ok, s.Cmp(policy.Money(math.MaxInt64)))
	// Output:
	// 92233720368547758.07 true
	// 92233720368547758.08 false 1
}
