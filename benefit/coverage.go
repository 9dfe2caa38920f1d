package benefit

import (
	"math/bits"
	"slices"
	"time"

	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// coverage is the household's 低保 outcome month by month, as the 低保
// runs found it: what the disability living subsidy and medical aid read
// (2.2.4, 2.3.2).
type coverage struct {
	covered [13]bool // the household is covered that month
	// run is the run, from 1, whose members paid the standard on their
	// own (recipients) are paid that month; 0 for none.
	run        [13]uint8
	recipients [13][]string // by run: members paid the standard on their own (2.2.3)
	runs       int
}

// add records the outcome of the 低保 run over period p: the months in
// which the household is covered, and those in which members are paid the
// standard on their own — the months of their lines, not every month of
// the run (a lowincome_period of August alone makes a child a recipient in
// August only).
func (c *coverage) add(p policy.Period, low *lowincome.Result) {
	covered, on := low.CoveredMonths()
	c.runs++
	for m := p.From; m <= p.To; m++ {
		c.covered[m], c.run[m] = on && covered.Contains(m), 0
	}
	if c.recipients[c.runs] = low.IndividualRecipients(); c.recipients[c.runs] == nil {
		return // the commonest run: no member paid on his own
	}
	if alone, paid := low.IndividualMonths(); paid {
		for m := alone.From; m <= alone.To; m++ {
			c.run[m] = uint8(c.runs)
		}
	}
}

// same reports whether months m and n have the same outcome.
func (c *coverage) same(m, n time.Month) bool {
	return c.covered[m] == c.covered[n] &&
		(c.run[m] == c.run[n] || slices.Equal(c.recipients[c.run[m]], c.recipients[c.run[n]]))
}

// part is some months with one 低保 outcome.
type part struct {
	period     policy.Period
	covered    bool
	recipients []string
}

// changes returns the months whose outcome is not the month before's, a
// bit each (bit m for month m).
func (c *coverage) changes() uint16 {
	var changes uint16
	for m := time.February; m <= time.December; m++ {
		if !c.same(m, m-1) {
			changes |= 1 << m
		}
	}
	return changes
}

// parts appends to ps the months of runs, in order, each run cut wherever
// the 低保 outcome changes.
func (c *coverage) parts(ps []part, runs []policy.Period) []part {
	changes := c.changes()
	for _, s := range runs {
		for from := s.From; from <= s.To; {
			to := s.To
			// The first change after from, within the run, ends the part.
			if later := changes &^ (2<<from - 1) & (2<<s.To - 1); later != 0 {
				to = time.Month(bits.TrailingZeros16(later)) - 1
			}
			ps = append(ps, part{period: policy.Period{From: from, To: to}, covered: c.covered[from],
				recipients: c.recipients[c.run[from]]})
			from = to + 1
		}
	}
	return ps
}

// cut appends to dst the months of run r cut where some member's 特困
// support starts or ends: r's months in each of the year's support runs
// (household.Checked.SupportRuns over the whole year).
func cut(dst []policy.Period, year []policy.Period, r policy.Period) []policy.Period {
	for _, s := range year {
		if p, ok := s.Intersect(r); ok {
			dst = append(dst, p)
		}
	}
	return dst
}
