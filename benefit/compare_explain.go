package benefit

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Change is one household's breakdowns under a baseline and a reform, side
// by side: every line and decision of either, paired where they pay or
// decide the same thing, with those that changed marked. It answers "why
// does this household gain (or lose)?" for one household of a
// [Comparison].
type Change struct {
	// Baseline and Reform are the household's breakdowns under the
	// baseline's and the reform's Assessor; [Explain] sets both.
	Baseline, Reform *Breakdown
	// Lines pairs the lines of both breakdowns, programme by programme in
	// the order of [policy.Programmes], in the baseline's order within a
	// programme with the reform's new lines after.
	Lines []LineChange
	// Decisions pairs the decisions by what they decide and by their
	// months: each of the baseline's beside each of the reform's on the
	// same thing that shares a month with it, programme by programme, in
	// the baseline's order and then the reform's, so that a decision the
	// other breakdown makes in two parts (a reform from July) stands once
	// beside each part; a decision that shares no month with one on the
	// same thing in the other breakdown stands alone, the reform's after
	// the pairs.
	Decisions []DecisionChange
}

// LineChange is a line of the baseline's breakdown beside the line of the
// reform's that pays the same thing: the same programme, item, member,
// claim or event, payee, payer and form. Baseline or Reform is nil where
// only the other breakdown has the line.
type LineChange struct {
	Programme        policy.Programme // the line's programme
	Item             policy.Item      // its item
	Member, ID       string           // its member ("" for the household) and claim or event ("" for none)
	Baseline, Reform *policy.Line     // the line in each breakdown, nil where it has none
	// Changed: the line is in one breakdown only, or its amount, months or
	// explanation differ.
	Changed bool
}

// Difference returns the reform's amount less the baseline's (a missing
// line counting 0).
func (l LineChange) Difference() decimal.Decimal {
	var d policy.Money
	if l.Reform != nil {
		d += l.Reform.Amount()
	}
	if l.Baseline != nil {
		d -= l.Baseline.Amount()
	}
	return d.Decimal()
}

// DecisionChange is a decision of the baseline's breakdown beside the
// reform's decision on the same thing (programme, item, member, claim or
// event) in some of the same months; Baseline or Reform is nil where the
// other breakdown has no decision on it in any of those months. One
// decision may stand in several changes, beside each decision of the
// other breakdown that shares months with it.
type DecisionChange struct {
	Programme        policy.Programme // the deciding programme
	Item             policy.Item      // what it decides, "" where the programme decides one thing
	Member, ID       string           // its member ("" for the household) and claim or event ("" for none)
	Baseline, Reform *policy.Decision // the decision in each breakdown, nil where it has none
	// Changed: the decision is in one breakdown only or its outcome
	// differs (its figures may differ without it changing).
	Changed bool
}

// Period returns the months in which the change compares its decisions:
// those of the one decision it holds, or those its two decisions share
// (the baseline's, for a change made by hand whose two share none).
func (d DecisionChange) Period() policy.Period {
	switch {
	case d.Baseline == nil && d.Reform == nil:
		return policy.Period{}.Norm()
	case d.Baseline == nil:
		return d.Reform.Period().Norm()
	case d.Reform == nil:
		return d.Baseline.Period().Norm()
	}
	if p, ok := d.Baseline.Period().Intersect(d.Reform.Period()); ok {
		return p
	}
	return d.Baseline.Period().Norm()
}

// Difference returns the household's total under the reform less its total
// under the baseline, over every programme and payee; a missing breakdown,
// or a nil change, counts 0.
func (c *Change) Difference() decimal.Decimal {
	if c == nil {
		return decimal.Zero
	}
	return (allFen(c.Reform) - allFen(c.Baseline)).Decimal()
}

// allFen returns b's total over every programme and payee, 0 for nil b.
func allFen(b *Breakdown) policy.Money {
	if b == nil {
		return 0
	}
	return b.Totals.AllFen()
}

// check returns an error wrapping [policy.ErrInvalid] naming method for a
// nil change or one without both breakdowns, which it cannot write.
func (c *Change) check(method string) error {
	switch {
	case c == nil:
		return fmt.Errorf("benefit: %s of a nil *Change: %w", method, policy.ErrInvalid)
	case c.Baseline == nil || c.Reform == nil:
		return fmt.Errorf("benefit: %s of a Change without both breakdowns (baseline and reform): %w", method, policy.ErrInvalid)
	}
	return nil
}

// Explain assesses household h as of date on under the baseline and the
// reform and pairs their breakdowns line by line and decision by
// decision. It returns the errors of [Assessor.Assess] under either, and
// [policy.ErrNoParams] for a nil Assessor.
func Explain(baseline, reform *Assessor, h *household.Household, on household.Date) (*Change, error) {
	if baseline == nil || reform == nil {
		return nil, policy.ErrNoParams
	}
	b, err := baseline.Assess(h, on)
	if err != nil {
		return nil, err
	}
	r, err := reform.Assess(h, on)
	if err != nil {
		return nil, err
	}
	c := &Change{Baseline: b, Reform: r}
	for _, p := range policy.Programmes() {
		c.Lines = pairLines(c.Lines, b.Lines, r.Lines, p)
		c.Decisions = pairDecisions(c.Decisions, b.Decisions, r.Decisions, p)
	}
	return c, nil
}

// lineKey is what a line pays: lines of two breakdowns with one key pay
// the same thing.
type lineKey struct {
	programme  policy.Programme
	item       policy.Item
	member, id string
	payee      policy.Payee
	payer      policy.Payer
	form       policy.Form
}

func keyOfLine(l *policy.Line) lineKey {
	return lineKey{l.Programme(), l.Item(), l.Member(), l.ID(), l.Payee(), l.Payer(), l.Form()}
}

// pairLines appends programme p's lines of base and reform to out, paired
// by key in order of occurrence.
func pairLines(out []LineChange, base, reform []policy.Line, p policy.Programme) []LineChange {
	used := make([]bool, len(reform))
	for i := range base {
		b := &base[i]
		if b.Programme() != p {
			continue
		}
		k := keyOfLine(b)
		lc := LineChange{Programme: p, Item: b.Item(), Member: b.Member(), ID: b.ID(), Baseline: b}
		for j := range reform {
			if !used[j] && reform[j].Programme() == p && keyOfLine(&reform[j]) == k {
				used[j], lc.Reform = true, &reform[j]
				break
			}
		}
		lc.Changed = lc.Reform == nil || lineChanged(b, lc.Reform)
		out = append(out, lc)
	}
	for j := range reform {
		if r := &reform[j]; !used[j] && r.Programme() == p {
			out = append(out, LineChange{Programme: p, Item: r.Item(), Member: r.Member(), ID: r.ID(), Reform: r,
				Changed: true})
		}
	}
	return out
}

func lineChanged(b, r *policy.Line) bool {
	if b.Amount() != r.Amount() || b.Period() != r.Period() {
		return true
	}
	x, y := b.Explanation(), r.Explanation()
	return x.Render(policy.EN) != y.Render(policy.EN)
}

type decisionKey struct {
	item       policy.Item
	member, id string
}

func keyOfDecision(d *policy.Decision) decisionKey { return decisionKey{d.Item(), d.Member(), d.ID()} }

// pairDecisions appends programme p's decisions of base and reform to out:
// each of base's beside each of reform's on the same thing that shares a
// month with it, or alone where none does; then each of reform's that
// shares a month with none of base's, alone.
func pairDecisions(out []DecisionChange, base, reform []policy.Decision, p policy.Programme) []DecisionChange {
	paired := make([]bool, len(reform))
	for i := range base {
		b := &base[i]
		if b.Programme() != p {
			continue
		}
		alone := true
		for j := range reform {
			if r := &reform[j]; sameThing(b, r, p) {
				out = append(out, DecisionChange{Programme: p, Item: b.Item(), Member: b.Member(), ID: b.ID(),
					Baseline: b, Reform: r, Changed: r.Outcome() != b.Outcome()})
				alone, paired[j] = false, true
			}
		}
		if alone {
			out = append(out, DecisionChange{Programme: p, Item: b.Item(), Member: b.Member(), ID: b.ID(), Baseline: b,
				Changed: true})
		}
	}
	for j := range reform {
		if r := &reform[j]; !paired[j] && r.Programme() == p {
			out = append(out, DecisionChange{Programme: p, Item: r.Item(), Member: r.Member(), ID: r.ID(), Reform: r,
				Changed: true})
		}
	}
	return out
}

// sameThing reports whether decision r, of programme p, decides what b
// decides in some month of b's.
func sameThing(b, r *policy.Decision, p policy.Programme) bool {
	if r.Programme() != p || keyOfDecision(r) != keyOfDecision(b) {
		return false
	}
	_, ok := b.Period().Intersect(r.Period())
	return ok
}
