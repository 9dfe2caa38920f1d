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
	p := a.p
	var lines []policy.Line
	if covered {
		lines = append(lines, a.baseLine())
	}
	for i := range a.h.Members {
		m := &a.h.Members[i]
		if m.Tekun.Supported() {
			continue
		}
		child := m.Child != household.ChildNone && m.BirthDate.AgeOn(a.on) < 18
		if covered && (m.Class == household.ClassA || m.Class == household.ClassB) &&
			(p.UpliftScope.Value == ScopeAll || a.h.RegisteredPoor) {
			lines = append(lines, a.upliftLine(m, child))
		}
		switch {
		case !child:
		case covered:
			lines = append(lines, a.childLine(m))
		case p.ChildMode.Value == ChildIndividual:
			s := p.Standard.Value
			lines = append(lines, a.line(ItemChild, m.ID, s, clausesChild,
				[]policy.Used{p.Standard.Used(), p.ChildMode.Used()},
				formulaChildIndividual, policy.M("S", s)))
		}
		if child && p.ChildAllowance.Set {
			v := p.ChildAllowance.Value
			lines = append(lines, a.line(ItemChildAllowance, m.ID, v, clausesAllowance,
				[]policy.Used{p.ChildAllowance.Used()}, formulaAllowance, policy.M("A", v)))
		}
	}
	return lines
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
		Explanation: policy.Explanation{Formula: f, Args: append(args, policy.M("=", amount))},
	})
}

// baseLine is the household's 补差 (2.1.2; 《社会救助暂行办法》第十二条):
// S×n − I, floored at 0 for a recipient at or above the line.
func (a *assessment) baseLine() policy.Line {
	s := a.p.Standard.Value
	f, amount := formulaBase, a.gap
	if !a.gap.IsPositive() {
		f, amount = formulaBaseZero, decimal.Zero
	}
	return a.line(ItemBase, "", amount, clausesBase, []policy.Used{a.p.Standard.Used()}, f,
		policy.M("S", s), policy.N("n", a.n), policy.M("I", a.income))
}

// upliftLine is the A/B uplift of 2.1.2: the class's rate of the standard
// S, or of the member's own share when the base switch says so.
func (a *assessment) upliftLine(m *household.Member, child bool) policy.Line {
	p := a.p
	item, rate, class := ItemUpliftA, p.UpliftA, "A"
	if m.Class == household.ClassB {
		item, rate, class = ItemUpliftB, p.UpliftB, "B"
	}
	used := []policy.Used{p.Standard.Used(), rate.Used(), p.UpliftBase.Used(), p.UpliftScope.Used()}
	s, r := p.Standard.Value, rate.Value
	if p.UpliftBase.Value == BaseStandard || child {
		return a.line(item, m.ID, s.Mul(r), clausesUplift, used, formulaUplift,
			policy.T("c", class), policy.M("S", s), policy.R("r", r))
	}
	args := []policy.Arg{policy.T("c", class), policy.M("S", s), policy.N("n", a.n), policy.M("I", a.income), policy.R("r", r)}
	if !a.gap.IsPositive() {
		return a.line(item, m.ID, decimal.Zero, clausesUplift, used, formulaUpliftShareZero, args...)
	}
	amount := a.gap.Mul(r).DivRound(decimal.NewFromInt(int64(a.n)), 10)
	return a.line(item, m.ID, amount, clausesUplift, used, formulaUpliftShare, args...)
}

// childLine is the 2.2.3 line of a child in a covered household: I/n, so
// that with the child's share of the top-up (S − I/n) the child has the full
// standard S; when the top-up is 0 the child's line is S itself.
func (a *assessment) childLine(m *household.Member) policy.Line {
	p := a.p
	s := p.Standard.Value
	used := []policy.Used{p.Standard.Used(), p.ChildMode.Used()}
	if !a.gap.IsPositive() {
		return a.line(ItemChild, m.ID, s, clausesChild, used, formulaChildFull, policy.M("S", s))
	}
	amount := a.income.DivRound(decimal.NewFromInt(int64(a.n)), 10)
	return a.line(ItemChild, m.ID, amount, clausesChild, used, formulaChild,
		policy.M("I", a.income), policy.N("n", a.n), policy.M("S", s))
}
