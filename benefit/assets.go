package benefit

import (
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// assetTests gathers the 低保 asset test (2.1.3) of the runs of months of a
// year, in order, each joined with the test of the months before where it
// is that test continued ([policy.Check.Join]): section 0 assesses each
// period under its own parameters, checks included.
type assetTests struct {
	cur  policy.Check   // the test of the latest months, joined so far
	done []policy.Check // those of the months before cur's
	n    int            // how many runs were added
}

// add adds the test of the next run of months, c, which names its months.
func (t *assetTests) add(c policy.Check) {
	if t.n++; t.n == 1 {
		t.cur = c
		return
	}
	if joined, ok := t.cur.Join(c); ok {
		t.cur = joined
		return
	}
	t.done = append(t.done, t.cur)
	t.cur = c
}

// into returns the test of the month m, and puts the tests of the year in
// *all, made when first needed and its array reused: none when one test
// holds for every month assessed (that test then names no months, as the
// test of a year in one run does), and else every run's.
func (t *assetTests) into(all **[]policy.Check, m time.Month, assessed policy.Period) policy.Check {
	if *all != nil {
		**all = (**all)[:0]
	}
	if t.n == 0 {
		return policy.Check{}
	}
	if p := t.cur.Period(); len(t.done) == 0 && (p == policy.Period{} || p.Norm() == assessed.Norm()) {
		return t.cur.InPeriod(policy.Period{})
	}
	if *all == nil {
		*all = new([]policy.Check)
	}
	tests := append(append(**all, t.done...), t.cur)
	**all = tests
	for _, c := range tests {
		if c.Period().Contains(m) {
			return c
		}
	}
	return t.cur
}
