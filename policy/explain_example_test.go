package policy_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/policy"
)

// A money operand: an amount in fen, written in yuan with two places.
func ExampleM() {
	a := policy.M("S", 362200)
	m, ok := a.Money()
	fmt.Println(a.Name(), a.Kind(), int64(m), ok, a.Format(policy.EN))
	// Output: S money 362200 true 3622.00
}

// A count operand, written as a whole number.
func ExampleN() {
	f := policy.Formula{ID: "example.count", ZH: "{n} 人", EN: "{n} persons"}
	e := policy.Explain(&f, policy.N("n", 3))
	fmt.Println(e.Render(policy.ZH), e.Render(policy.EN))
	// Output: 3 人 3 persons
}

// A ratio operand in ten-thousandths, written as a percentage.
func ExampleR() {
	a := policy.R("r", 1250)
	fmt.Println(a.Kind(), a.Format(policy.EN))
	// Output: ratio 12.5%
}

// A multiple written as a plain number: a fire's maximum is 10 × the
// monthly standard (2.4.1).
func ExampleX() {
	k, s := policy.Ratio(10*policy.One), policy.Money(362200)
	m := policy.DefaultRounding.Prorate(policy.PerYear(s).Times(k), 1)
	f := policy.Formula{ID: "example.maximum", ZH: "{k} × {S} ÷ 12 = {M} 元", EN: "{k} × {S} ÷ 12 = {M} yuan"}
	fmt.Println(policy.Explain(&f, policy.X("k", k), policy.M("S", s), policy.M("M", m)).Render(policy.EN))
	// Output: 10 × 3622.00 ÷ 12 = 3018.33 yuan
}

// A text operand the same in both languages, such as an event's id.
func ExampleT() {
	f := policy.Formula{ID: "example.event", ZH: "事件 {e}", EN: "event {e}"}
	e := policy.Explain(&f, policy.T("e", "e1"))
	fmt.Println(e.Render(policy.ZH), "/", e.Render(policy.EN))
	// Output: 事件 e1 / event e1
}

// A text operand with a Chinese and an English text.
func ExampleT2() {
	f := policy.Formula{ID: "example.type", ZH: "{t}：{C} 元", EN: "{t}: {C} yuan"}
	e := policy.Explain(&f, policy.T2("t", "火灾", "fire"), policy.M("C", 500000))
	fmt.Println(e.Render(policy.ZH), "/", e.Render(policy.EN))
	// Output: 火灾：5000.00 元 / fire: 5000.00 yuan
}

// An amount worked out exactly but not yet rounded: R × 80% before a cap
// cuts it is written with its own places, one of more than four places is
// cut to four with "…", and an exact amount of whole fen is plain money.
func ExampleMExact() {
	a := policy.MExact("x", policy.PerYear(1465567).Times(8000)) // 14655.67 × 80%
	b := policy.MExact("y", policy.PerYear(362200).Times(3000))  // 3622.00 × 30%
	c := policy.MExact("z", policy.PerYear(362200).Div(12))      // 3622.00 ÷ 12
	fmt.Println(a.Kind(), a.Format(policy.EN), b.Format(policy.EN), c.Format(policy.EN))
	_, inFen := a.Money() // more places than the fen: no amount in fen
	exact, _ := a.Decimal()
	fmt.Println(inFen, exact)
	// Output:
	// money 11724.536 1086.60 301.8333…
	// false 11724.536
}

// Decimal reads a number argument's value: money in yuan (an exact amount
// with all its places), a count, a ratio as a fraction (0.3 for 30%), a
// number as it is; words give false.
func ExampleArg_Decimal() {
	for _, a := range []policy.Arg{
		policy.M("S", 362200),
		policy.MExact("x", policy.PerYear(1465567).Times(8000)),
		policy.N("n", 3),
		policy.R("r", 3000),
		policy.X("k", 10*policy.One),
		policy.T2("t", "火灾", "fire"),
	} {
		v, ok := a.Decimal()
		fmt.Println(a.Name(), a.Kind(), v, ok)
	}
	// Output:
	// S money 3622 true
	// x money 11724.536 true
	// n count 3 true
	// r ratio 0.3 true
	// k number 10 true
	// t text 0 false
}
