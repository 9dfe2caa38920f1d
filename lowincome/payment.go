package lowincome

import (
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
	formulaUpliftOutOfScope = policy.Formula{ID: "lowincome.uplift-out-of-scope",
		ZH: "{c}类增发仅限建档立卡贫困户成员（增发范围：建档立卡），本户不是建档立卡贫困户：不增发",
		EN: "the class {c} uplift goes to members of registered-poor (建档立卡) households only (the uplift's scope), and this household is not registered poor: no uplift"}
	formulaChild = policy.Formula{ID: "lowincome.child",
		ZH: "困境儿童全额享受：{I} ÷ {n} 人 = {=} 元/年（与补差份额合计为标准 {S}）",
		EN: "child in difficulty receives the full standard: {I} ÷ {n} persons = {=} yuan/year (with the top-up share, the standard {S})"}
	formulaChildSplit = policy.Formula{ID: "lowincome.child-split",
		ZH: "困境儿童全额享受：{k} 名儿童合计 {k} × {I} ÷ {n} 人 = {C} 元/年（一次舍入，尾差按成员顺序分配），本人 {=} 元/年",
		EN: "child in difficulty receives the full standard: {k} children together {k} × {I} ÷ {n} persons = {C} yuan/year (rounded once, the remainder given in member order), this child {=} yuan/year"}
	formulaChildFull = policy.Formula{ID: "lowincome.child-full",
		ZH: "困境儿童全额享受：补差份额为 0，补足标准 {S} 元/年",
		EN: "child in difficulty receives the full standard: the top-up share is 0, so the full standard, {S} yuan/year"}
	formulaChildIndividual = policy.Formula{ID: "lowincome.child-individual",
		ZH: "困境儿童个人全额享受低保标准：{S} 元/年",
		EN: "child in difficulty receives the standard individually: {S} yuan/year"}
	formulaAllowance = policy.Formula{ID: "lowincome.children-allowance",
		ZH: "困境儿童基本生活保障：{A} 元/年（不计入家庭收入）",
		EN: "children's allowance: {A} yuan/year (not counted as income)"}
)

// payments adds the lines of a covered household (2.1.2 补差, A/B uplift,
// 2.2.3 children) and, in the individual child mode or with a children's
// allowance set, the lines that do not depend on coverage: each over the
// household's 低保 months within the run (x.months, never empty here), for
// the members in the household in the run (section 0). The child lines of
// several children share one rounding over those months (2.2.3). A person
// without a household has none of them: temporary aid and referral only
// (section 0), whatever the child switches say.
func (x *assessment) payments(covered bool) {
	if x.h.NoFixedHousehold {
		return
	}
	p := &x.p
	children := x.children()
	if !covered && (children == 0 || (p.ChildMode.Value != ChildIndividual && !p.ChildAllowance.Set)) {
		return // an uncovered household is paid only a child's individual line or allowance
	}
	if covered {
		x.baseLine()
	}
	var rate policy.Rate // each child's annual rate: I/n, or S on or above the line
	var split, year, annual policy.Split
	if covered && children > 0 {
		rate = policy.PerYear(x.standard)
		if x.gap > 0 {
			rate = policy.PerYear(x.income).Div(x.n)
		}
		split = p.Rounding.Split(rate, x.months.Months(), children)
		if children > 1 && x.gap > 0 { // what the explanation says of the shared rounding
			year = p.Rounding.Split(rate, x.coverage.Months(), children)
			annual = p.Rounding.Split(rate, 12, children)
		}
	}
	for i := range x.h.Members {
		m := &x.h.Members[i]
		if !x.inHousehold(i) {
			continue
		}
		child := x.isChild(m)
		if covered && (m.Class == household.ClassA || m.Class == household.ClassB) {
			x.uplift(m, child)
		}
		switch {
		case !child:
		case covered:
			x.childLine(m, rate, &split, &year, &annual)
		case p.ChildMode.Value == ChildIndividual:
			x.line(x.t.childIndividual, m.ID, policy.PerYear(x.standard), policy.M("S", x.standard))
		}
		if child && p.ChildAllowance.Set {
			x.line(x.t.allowance, m.ID, policy.PerYear(x.allowance), policy.M("A", x.allowance))
		}
	}
}

// isChild reports whether m is a 2.2.3 child: in a category and under 18
// on the assessment date.
func (x *assessment) isChild(m *household.Member) bool {
	return m.Child != household.ChildNone && m.BirthDate.AgeOn(x.on) < childAge
}

// children counts the 2.2.3 children in the 低保 household in the run.
func (x *assessment) children() int {
	k := 0
	for i := range x.h.Members {
		if x.inHousehold(i) && x.isChild(&x.h.Members[i]) {
			k++
		}
	}
	return k
}

// line adds a recurring line of template t (its item, payee, payer,
// clauses and whole-year formula) for member at the annual rate over the
// household's 低保 months within the run, round(R × k / 12) rounded once
// (section 0); policy adds the months of a part year to the explanation.
func (x *assessment) line(t *policy.LineTemplate, member string, rate policy.Rate, args ...policy.Arg) {
	x.out.RecurringFrom(t, member, rate, x.months, args...)
}

// baseLine is the household's 补差 (2.1.2; 《社会救助暂行办法》第十二条):
// S×n − I, floored at 0 for a recipient at or above the line. Like every
// record that reads I, it also rests on the income rules I rests on beyond
// plain counting (x.rules, from countIncome).
func (x *assessment) baseLine() {
	t := x.t.base
	if x.gap <= 0 {
		t = x.t.baseZero
	}
	x.line(t.With(x.rules...), "", policy.PerYear(max(0, x.gap)), policy.M("S", x.standard), policy.N("n", x.n),
		policy.M("I", x.income))
}

// uplift is the A/B uplift of 2.1.2 for a class A or B member of a
// covered household: the class's rate of the standard S, or of the
// member's own share (S×n − I) ÷ n when the base switch says so; a 2.2.3
// child's own share is the full standard. Where the scope switch gives it
// to members of registered-poor households only, a member of any other
// household has a decision saying so, in place of a line.
func (x *assessment) uplift(m *household.Member, child bool) {
	t, rate, ofStandard, class := &x.t.upliftA, x.upliftA, x.ofStandardA, "A"
	if m.Class == household.ClassB {
		t, rate, ofStandard, class = &x.t.upliftB, x.upliftB, x.ofStandardB, "B"
	}
	if x.p.UpliftScope.Value == ScopeRegisteredPoor && !x.h.RegisteredPoor {
		x.out.DecideFrom(t.outOfScope, m.ID, policy.T("c", class))
		return
	}
	if x.p.UpliftBase.Value == BaseStandard || child {
		x.line(t.standard, m.ID, ofStandard, policy.T("c", class), policy.M("S", x.standard), policy.R("r", rate))
		return
	}
	share := t.share
	if x.gap <= 0 {
		share = t.shareZero
	}
	x.line(share.With(x.rules...), m.ID, policy.PerYear(max(0, x.gap)).Times(rate).Div(x.n),
		policy.T("c", class), policy.M("S", x.standard), policy.N("n", x.n), policy.M("I", x.income), policy.R("r", rate))
}

// childLine is the 2.2.3 line of a child in a covered household at rate: I/n, so
// that with the child's share of the top-up (S − I/n) the child has the full
// standard S; when the top-up is 0 (a recipient on or above the line, an
// exit pending) the child's line is S itself. The lines of several children
// share one rounding over the months they cover (split), at either rate:
// together they pay round(k × I/n × months/12), or round(k × S ×
// months/12), each its part rounded down, and the fen left over go one
// each to the first children in member order. The
// explanation names the shared rounding whenever it hands out a fen over
// the whole year (annual) or over the household's 低保 months of the year
// (year: its coverage clipped to the year), and gives the children's total
// for the whole year. Neither depends on how the year is cut into runs, so
// that the lines of two runs with the same parameters continue one another
// (policy.Assessment.AppendRun merges only lines of one formula); the
// amounts are the run's.
func (x *assessment) childLine(m *household.Member, rate policy.Rate, split, year, annual *policy.Split) {
	if x.gap <= 0 {
		x.out.ShareFrom(x.t.childFull, m.ID, rate, x.months, split, policy.M("S", x.standard))
		return
	}
	if split.Count() == 1 || (year.Uniform() && annual.Uniform()) {
		x.out.ShareFrom(x.t.child.With(x.rules...), m.ID, rate, x.months, split,
			policy.M("I", x.income), policy.N("n", x.n), policy.M("S", x.standard))
		return
	}
	x.out.ShareFrom(x.t.childSplit.With(x.rules...), m.ID, rate, x.months, split, policy.N("k", split.Count()),
		policy.M("I", x.income), policy.N("n", x.n), policy.M("C", annual.Total()), policy.M("S", x.standard))
}
