package lowincome

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The items of 低保 lines.
const (
	ItemBase           policy.Item = "base"               // 补差: S×n − I for the household
	ItemUpliftA        policy.Item = "uplift-a"           // A类增发 30%
	ItemUpliftB        policy.Item = "uplift-b"           // B类增发 20%
	ItemChild          policy.Item = "child"              // 困境儿童全额享受 (2.2.3)
	ItemChildAllowance policy.Item = "children-allowance" // 困境儿童基本生活保障 (2.2.3, local)
)

var (
	clausesBase      = []policy.Clause{policy.ClauseStandard, policy.ClauseDynamic}
	clausesUplift    = []policy.Clause{policy.ClauseDynamic}
	clausesChild     = []policy.Clause{policy.ClauseChildren, policy.ClauseStandard}
	clausesAllowance = []policy.Clause{policy.ClauseChildren}

	formulaBase = policy.Formula{ID: "lowincome.base",
		ZH: "补差：{S} × {n} 人 − {I} = {=} 元/年",
		EN: "top-up: {S} × {n} persons − {I} = {=} yuan/year"}
	formulaBaseZero = policy.Formula{ID: "lowincome.base-zero",
		ZH: "补差：{S} × {n} 人 − {I} ≤ 0，补差 {=} 元/年",
		EN: "top-up: {S} × {n} persons − {I} ≤ 0, so {=} yuan/year"}
	formulaUplift = policy.Formula{ID: "lowincome.uplift",
		ZH: "{c}类增发：{S} × {r} = {=} 元/年",
		EN: "class {c} uplift: {S} × {r} = {=} yuan/year"}
	formulaUpliftShare = policy.Formula{ID: "lowincome.uplift-share",
		ZH: "{c}类增发：({S} × {n} 人 − {I}) ÷ {n} 人 × {r} = {=} 元/年",
		EN: "class {c} uplift: ({S} × {n} persons − {I}) ÷ {n} persons × {r} = {=} yuan/year"}
	formulaUpliftShareZero = policy.Formula{ID: "lowincome.uplift-share-zero",
		ZH: "{c}类增发：本人补差份额为 0（{S} × {n} 人 − {I} ≤ 0），增发 {=} 元/年",
		EN: "class {c} uplift: the member's share is 0 ({S} × {n} persons − {I} ≤ 0), so {=} yuan/year"}
	formulaChild = policy.Formula{ID: "lowincome.child",
		ZH: "困境儿童全额享受：{I} ÷ {n} 人 = {=} 元/年（与补差份额合计为标准 {S}）",
		EN: "child in difficulty receives the full standard: {I} ÷ {n} persons = {=} yuan/year (with the top-up share, the standard {S})"}
	formulaChildSplit = policy.Formula{ID: "lowincome.child-split",
		ZH: "困境儿童全额享受：{k} 名儿童合计 {k} × {I} ÷ {n} 人 = {C} 元/年（一次舍入，尾差按成员顺序分配），本人 {=} 元/年",
		EN: "child in difficulty receives the full standard: {k} children together {k} × {I} ÷ {n} persons = {C} yuan/year (rounded once, the remainder given in member order), this child {=} yuan/year"}
	formulaChildFull = policy.Formula{ID: "lowincome.child-full",
		ZH: "困境儿童全额享受：补差份额为 0，补足标准 {S} = {=} 元/年",
		EN: "child in difficulty receives the full standard: the top-up share is 0, so the standard {S} = {=} yuan/year"}
	formulaChildIndividual = policy.Formula{ID: "lowincome.child-individual",
		ZH: "困境儿童个人全额享受低保标准：{S} = {=} 元/年",
		EN: "child in difficulty receives the standard individually: {S} = {=} yuan/year"}
	formulaAllowance = policy.Formula{ID: "lowincome.children-allowance",
		ZH: "困境儿童基本生活保障：{A} = {=} 元/年（不计入家庭收入）",
		EN: "children's allowance: {A} = {=} yuan/year (not counted as income)"}
)

// payments builds the lines of a covered household (2.1.2 补差, A/B uplift,
// 2.2.3 children) and, in the individual child mode or with a children's
// allowance set, the lines that do not depend on coverage.
func (a *assessment) payments(covered bool) []policy.Line {
	p := &a.p
	children := a.children()
	if !covered && (children == 0 || (p.ChildMode.Value != ChildIndividual && !p.ChildAllowance.Set)) {
		return nil // an uncovered household is paid only a child's individual line or allowance
	}
	lines := make([]policy.Line, 0, 1+len(a.h.Members))
	if covered {
		lines = append(lines, a.baseLine())
	}
	var split childSplit
	if covered && children > 0 {
		split = a.splitChildren(children)
	}
	for i := range a.h.Members {
		m := &a.h.Members[i]
		if m.Tekun.Supported() {
			continue
		}
		child := a.isChild(m)
		if covered && (m.Class == household.ClassA || m.Class == household.ClassB) &&
			(p.UpliftScope.Value == ScopeAll || a.h.RegisteredPoor) {
			lines = append(lines, a.upliftLine(m, child))
		}
		switch {
		case !child:
		case covered:
			lines = append(lines, a.childLine(m, &split))
		case p.ChildMode.Value == ChildIndividual:
			s := p.Standard.Value
			lines = append(lines, a.line(ItemChild, m.ID, s, clausesChild, a.usedChild,
				formulaChildIndividual, policy.M("S", s)))
		}
		if child && p.ChildAllowance.Set {
			v := p.ChildAllowance.Value
			lines = append(lines, a.line(ItemChildAllowance, m.ID, v, clausesAllowance,
				a.usedAllowance, formulaAllowance, policy.M("A", v)))
		}
	}
	return lines
}

// isChild reports whether m is a 2.2.3 child: in a category and under 18
// on the assessment date.
func (a *assessment) isChild(m *household.Member) bool {
	return m.Child != household.ChildNone && m.BirthDate.AgeOn(a.on) < 18
}

// children counts the 2.2.3 children in the 低保 household.
func (a *assessment) children() int {
	k := 0
	for i := range a.h.Members {
		if m := &a.h.Members[i]; !m.Tekun.Supported() && a.isChild(m) {
			k++
		}
	}
	return k
}

// line rounds the amount once and makes the line, its explanation ending
// with the rounded result as "=".
func (a *assessment) line(item policy.Item, member string, amount decimal.Decimal, clauses []policy.Clause,
	used []policy.Used, f policy.Formula, args ...policy.Arg) policy.Line {
	amount = a.p.Rounding.Round(amount)
	payee := policy.PayMember
	if member == "" {
		payee = policy.PayHousehold
	}
	return policy.NewLine(policy.Line{
		Programme: policy.LowIncome, Item: item, Member: member,
		Payee: payee, Payer: policy.CivilAffairsFund, Form: policy.Cash,
		Annual: amount, Rounding: a.p.Rounding, Clauses: clauses, Params: used,
		Explanation: policy.Explanation{Formula: f, Args: withResult(args, amount)},
	})
}

// withResult copies the arguments with the rounded result "=" appended, in
// one allocation.
func withResult(args []policy.Arg, amount decimal.Decimal) []policy.Arg {
	all := make([]policy.Arg, len(args)+1)
	copy(all, args)
	all[len(args)] = policy.M("=", amount)
	return all
}

// baseLine is the household's 补差 (2.1.2; 《社会救助暂行办法》第十二条):
// S×n − I, floored at 0 for a recipient at or above the line.
func (a *assessment) baseLine() policy.Line {
	s := a.p.Standard.Value
	f, amount := formulaBase, a.gap
	if !a.gap.IsPositive() {
		f, amount = formulaBaseZero, decimal.Zero
	}
	return a.line(ItemBase, "", amount, clausesBase, a.usedStandard, f,
		policy.M("S", s), policy.N("n", a.n), policy.M("I", a.income))
}

// upliftLine is the A/B uplift of 2.1.2: the class's rate of the standard
// S, or of the member's own share when the base switch says so.
func (a *assessment) upliftLine(m *household.Member, child bool) policy.Line {
	p := &a.p
	item, rate, class, used, fixed := ItemUpliftA, p.UpliftA, "A", a.usedUpliftA, a.upliftA
	if m.Class == household.ClassB {
		item, rate, class, used, fixed = ItemUpliftB, p.UpliftB, "B", a.usedUpliftB, a.upliftB
	}
	s, r := p.Standard.Value, rate.Value
	if p.UpliftBase.Value == BaseStandard || child {
		return a.line(item, m.ID, fixed, clausesUplift, used, formulaUplift,
			policy.T("c", class), policy.M("S", s), policy.R("r", r))
	}
	args := []policy.Arg{policy.T("c", class), policy.M("S", s), policy.N("n", a.n), policy.M("I", a.income), policy.R("r", r)}
	if !a.gap.IsPositive() {
		return a.line(item, m.ID, decimal.Zero, clausesUplift, used, formulaUpliftShareZero, args...)
	}
	amount := p.Rounding.Quo(a.gap.Mul(r), a.n)
	return a.line(item, m.ID, amount, clausesUplift, used, formulaUpliftShare, args...)
}

// childSplit is how the children's lines of a covered household share one
// rounded amount: k × I/n is rounded once, and the units the k lines need
// beyond I/n rounded down go one each to the first children in member
// order. Rounding each child's I/n on its own would let k ≥ 2 children gain
// more from a rise in income than the household's 补差 loses.
type childSplit struct {
	k, extra int
	floor    decimal.Decimal // I/n rounded down to the unit
	total    decimal.Decimal // k × I/n rounded once
}

func (a *assessment) splitChildren(k int) childSplit {
	if !a.gap.IsPositive() {
		return childSplit{k: k}
	}
	r := a.p.Rounding
	if k == 1 {
		q := r.Quo(a.income, a.n)
		return childSplit{k: 1, floor: q, total: q}
	}
	n := policy.Int(a.n)
	total := r.Quo(a.income.Mul(policy.Int(k)), a.n)
	floor, _ := a.income.QuoRem(n, r.Places)
	extra := total.Sub(floor.Mul(policy.Int(k))).Div(r.Unit()).IntPart()
	return childSplit{k: k, extra: int(extra), floor: floor, total: total}
}

// childLine is the 2.2.3 line of a child in a covered household: I/n, so
// that with the child's share of the top-up (S − I/n) the child has the full
// standard S; when the top-up is 0 the child's line is S itself.
func (a *assessment) childLine(m *household.Member, split *childSplit) policy.Line {
	p := &a.p
	s := p.Standard.Value
	used := a.usedChild
	if !a.gap.IsPositive() {
		return a.line(ItemChild, m.ID, s, clausesChild, used, formulaChildFull, policy.M("S", s))
	}
	amount := split.floor
	if split.extra > 0 {
		amount = amount.Add(p.Rounding.Unit())
		split.extra--
	}
	if split.k == 1 || split.total.Equal(split.floor.Mul(policy.Int(split.k))) {
		return a.line(ItemChild, m.ID, amount, clausesChild, used, formulaChild,
			policy.M("I", a.income), policy.N("n", a.n), policy.M("S", s))
	}
	return a.line(ItemChild, m.ID, amount, clausesChild, used, formulaChildSplit,
		policy.N("k", split.k), policy.M("I", a.income), policy.N("n", a.n), policy.M("C", split.total), policy.M("S", s))
}
