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
	// months, programme by programme in the baseline's order: each of the
	// baseline's beside each of the reform's on the same thing that shares
	// months with it, and then alone for its months none of the reform's
	// shares; after them, each of the reform's alone for its months none
	// of the baseline's shares. So a decision the other breakdown makes in
	// two parts (a reform from July) stands once beside each part, and
	// every month of every decision is compared once. A claim's or an
	// event's decision, made as of its date, is paired but never split.
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
// event) over the months they share; Baseline or Reform is nil where the
// other breakdown has no decision on it in those months. One decision may
// stand in several changes, beside each decision of the other breakdown
// that shares months with it and alone for its other months.
type DecisionChange struct {
	Programme        policy.Programme // the deciding programme
	Item             policy.Item      // what it decides, "" where the programme decides one thing
	Member, ID       string           // its member ("" for the household) and claim or event ("" for none)
	Baseline, Reform *policy.Decision // the decision in each breakdown, nil where it has none in Period
	// Period is the months the change compares the decisions over: those
	// the two share, or, for one decision alone, its months the other
	// breakdown decides nothing on. For a claim's or an event's decision
	// it is the months of the runs that made it, which decide it as of
	// the admission or event date.
	Period policy.Period
	// Changed: the decision is in one breakdown only or its outcome
	// differs (its figures may differ without it changing).
	Changed bool
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

// pairDecisions appends programme p's decisions of base and reform to out,
// as [Change.Decisions] orders them.
func pairDecisions(out []DecisionChange, base, reform []policy.Decision, p policy.Programme) []DecisionChange {
	paired := make([]uint16, len(reform)) // the months of each of reform's already beside one of base's (monthBits)
	for i := range base {
		b := &base[i]
		if b.Programme() != p {
			continue
		}
		var done uint16
		for j := range reform {
			r := &reform[j]
			if r.Programme() != p || keyOfDecision(r) != keyOfDecision(b) {
				continue
			}
			if both, ok := b.Period().Intersect(r.Period()); ok {
				out = append(out, DecisionChange{Programme: p, Item: b.Item(), Member: b.Member(), ID: b.ID(),
					Baseline: b, Reform: r, Period: both, Changed: r.Outcome() != b.Outcome()})
				done, paired[j] = done|monthBits(both), paired[j]|monthBits(both)
			}
		}
		out = alone(out, b, done, false)
	}
	for j := range reform {
		if r := &reform[j]; r.Programme() == p {
			out = alone(out, r, paired[j], true)
		}
	}
	return out
}

// alone appends to out a change holding d alone (as the reform's when
// reform is true) for each run of d's months not in done: none for a
// claim's or an event's decision already paired, which is never split.
// done holds months as monthBits does.
func alone(out []DecisionChange, d *policy.Decision, done uint16, reform bool) []DecisionChange {
	if d.ID() != "" && done != 0 {
		return out
	}
	for _, run := range runsOf(monthBits(d.Period()) &^ done) {
		c := DecisionChange{Programme: d.Programme(), Item: d.Item(), Member: d.Member(), ID: d.ID(), Baseline: d,
			Period: run, Changed: true}
		if reform {
			c.Baseline, c.Reform = nil, d
		}
		out = append(out, c)
	}
	return out
}
