package benefit

import (
	"iter"

	"github.com/safetynet-go/safetynet/policy"
)

// The queries of the embedded [policy.Assessment], for a nil *Breakdown
// too: promoted, they would take the address of a nil breakdown's field
// and panic. A nil breakdown has no lines, decisions or findings.

// LinesOf yields, in order, the lines that match s ([policy.Assessment.LinesOf]):
// none for a nil breakdown.
func (b *Breakdown) LinesOf(s policy.Select) iter.Seq[policy.Line] {
	return b.assessment().LinesOf(s)
}

// DecisionsOf yields, in order, the decisions that match s
// ([policy.Assessment.DecisionsOf]): none for a nil breakdown.
func (b *Breakdown) DecisionsOf(s policy.Select) iter.Seq[policy.Decision] {
	return b.assessment().DecisionsOf(s)
}

// FindingsOf yields, in order, the findings that match s
// ([policy.Assessment.FindingsOf]): none for a nil breakdown.
func (b *Breakdown) FindingsOf(s policy.Select) iter.Seq[policy.Finding] {
	return b.assessment().FindingsOf(s)
}

// Decision returns the first decision that matches s, and false when none
// does ([policy.Assessment.Decision]): always false for a nil breakdown.
func (b *Breakdown) Decision(s policy.Select) (policy.Decision, bool) {
	return b.assessment().Decision(s)
}

// TotalFen returns the sum of the lines' amounts, in fen
// ([policy.Assessment.TotalFen]): 0 for a nil breakdown. [Breakdown.Total]
// is a programme's, in yuan; [Totals.All] is every programme's.
func (b *Breakdown) TotalFen() policy.Money { return b.assessment().TotalFen() }

// assessment returns b's assessment, nil for a nil b.
func (b *Breakdown) assessment() *policy.Assessment {
	if b == nil {
		return nil
	}
	return &b.Assessment
}
