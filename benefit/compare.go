package benefit

import (
	"cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Comparison sets a reform against a baseline over the same households: a
// budget under each ([Comparison.Baseline], [Comparison.Reform]) and so the
// cost under each by programme, item, township, payee and payer and its
// difference ([Comparison.Rows]); the households that gain, lose or are
// unchanged, measured on the household's total over every programme and
// payee, contribution sponsorship included; each programme's entrants and
// leavers by its covered decision ([Comparison.Coverage]); and the
// [MaxMovers] largest gains and losses with their household ids.
//
// Comparisons are mergeable, as budgets are: the households compared on many
// goroutines or machines, each into a comparison of its own, merge into
// exactly the comparison of a single pass, whatever the order
// ([Comparison.Merge]); ties among the largest gains and losses are broken
// by household id so that the merge is exact. The zero value is an empty
// comparison, ready to use, and its accessors (All, Rows, Gained, Lost,
// Coverage, Gains, Losses, ByTownshipAndProgramme) read a nil one as empty;
// Add and AddError, which add to it, panic on a nil receiver, as there is
// nowhere to add.
// A Comparison is not safe for concurrent use: give each goroutine its own
// and merge them ([CompareRecords] does).
//
// The baseline and the reform are two Assessors, each built by [New] from
// one or more parameter sets, assessing the same households as of the same
// date. A reform is a parameter set like any other and passes the same
// floors. [Comparison.ByTownshipAndProgramme] gives the difference by
// township and programme too.
type Comparison struct {
	// Baseline and Reform are the budgets of the households compared,
	// under each. A record that either could not assess is in neither,
	// counted in both budgets' Failed and in the comparison's.
	Baseline, Reform Budget
	// Households and Persons count the households compared; Failed the
	// records that could not be assessed under one or both.
	Households, Persons, Failed int
	// Gainers, Losers and Unchanged count the households whose total over
	// every programme and payee is higher, lower or the same under the
	// reform.
	Gainers, Losers, Unchanged int

	gained, lost policy.Sum // the gains' sum and the losses' (negative)
	cover        [5]cover   // by programme, indexed like policy.Programmes
	townships    map[string]*townshipSums
	gains        movers // the largest gains, largest first
	losses       movers // the largest losses, largest first
}

// cover counts a programme's households covered under each and those that
// move between them.
type cover struct {
	baseline, reform, entrants, leavers int
}

// townshipSums are a township's totals by programme (indexed like
// policy.Programmes), under the baseline ([0]) and the reform ([1]).
type townshipSums [2][5]policy.Sum

// MaxMovers is how many of the largest gains and of the largest losses a
// [Comparison] keeps.
const MaxMovers = 10

// mover is one household's totals under each.
type mover struct {
	id, township     string
	baseline, reform policy.Money
}

func (m *mover) change() policy.Money { return m.reform - m.baseline }

// movers is up to MaxMovers households, kept in order.
type movers struct {
	list [MaxMovers]mover
	n    int
}

// add puts m among the movers if it ranks among the first MaxMovers by
// before, a strict total order.
func (ms *movers) add(m mover, before func(x, y *mover) bool) {
	if ms.n == MaxMovers && !before(&m, &ms.list[MaxMovers-1]) {
		return
	}
	i := min(ms.n, MaxMovers-1)
	if ms.n < MaxMovers {
		ms.n++
	}
	for i > 0 && before(&m, &ms.list[i-1]) {
		ms.list[i] = ms.list[i-1]
		i--
	}
	ms.list[i] = m
}

// order compares two movers by household id, then township, then the
// baseline total: the tie-break that makes the ranking a total order, so
// that a merge keeps exactly the movers of a single pass.
func order(x, y *mover) int {
	if c := cmp.Compare(x.id, y.id); c != 0 {
		return c
	}
	if c := cmp.Compare(x.township, y.township); c != 0 {
		return c
	}
	return cmp.Compare(x.baseline, y.baseline)
}

// gainsFirst ranks the larger gain first, losesFirst the larger loss.
func gainsFirst(x, y *mover) bool {
	if c := cmp.Compare(x.change(), y.change()); c != 0 {
		return c > 0
	}
	return order(x, y) < 0
}

func losesFirst(x, y *mover) bool {
	if c := cmp.Compare(x.change(), y.change()); c != 0 {
		return c < 0
	}
	return order(x, y) < 0
}

// Add adds one household to the comparison: h is the record, base its
// breakdown under the baseline and reform under the reform, both as of
// the same date. Neither breakdown is kept. A nil h, base or reform, or a
// breakdown that [Budget.Add] cannot file (a line lacking its programme,
// its payee or its payer, or whose months are not a run of January to
// December), is counted as a record that could not be assessed
// ([Comparison.AddError]) and adds nothing else.
func (c *Comparison) Add(h *household.Household, base, reform *Breakdown) {
	if h == nil || base == nil || reform == nil || !filed(base.Lines) || !filed(reform.Lines) {
		c.AddError()
		return
	}
	c.Households++
	c.Persons += len(h.Members)
	c.Baseline.addFiled(h, base)
	c.Reform.addFiled(h, reform)

	m := mover{id: h.ID, township: base.Township, baseline: base.Totals.AllFen(), reform: reform.Totals.AllFen()}
	switch d := m.change(); {
	case d > 0:
		c.Gainers++
		c.gained.Add(d)
		c.gains.add(m, gainsFirst)
	case d < 0:
		c.Losers++
		c.lost.Add(d)
		c.losses.add(m, losesFirst)
	default:
		c.Unchanged++
	}

	was, is := coveredBy(base), coveredBy(reform)
	for i := range c.cover {
		bit := uint8(1) << i
		k := &c.cover[i]
		switch {
		case was&bit != 0 && is&bit != 0:
			k.baseline++
			k.reform++
		case was&bit != 0:
			k.baseline++
			k.leavers++
		case is&bit != 0:
			k.reform++
			k.entrants++
		}
	}

	if base.Totals.AllFen() == 0 && reform.Totals.AllFen() == 0 && len(base.Lines) == 0 && len(reform.Lines) == 0 {
		return
	}
	t := c.townships[base.Township]
	if t == nil {
		if c.townships == nil {
			c.townships = make(map[string]*townshipSums, 32)
		}
		t = new(townshipSums)
		c.townships[base.Township] = t
	}
	for i := range t[0] {
		t[0][i].Add(base.Totals.programme[i])
		t[1][i].Add(reform.Totals.programme[i])
	}
}

// coveredBy returns the programmes that cover the household, a bit each
// by the index of policy.Programmes: those with a decision whose outcome
// keeps the household or one of its members in the programme (eligible,
// continue, exit pending: [policy.Outcome.Covered]), whatever its lines
// pay. A 低保 recipient whose exit is pending is covered with a base of
// 0.00; a household paid nothing by temporary aid is covered by an event's
// eligible decision.
func coveredBy(b *Breakdown) uint8 {
	var mask uint8
	for i := range b.Decisions {
		d := &b.Decisions[i]
		if d.Outcome().Covered() {
			if p := d.Programme().Index(); p >= 0 {
				mask |= 1 << p
			}
		}
	}
	return mask
}

// AddError counts a record that could not be assessed under the baseline
// or the reform (or both).
func (c *Comparison) AddError() {
	c.Failed++
	c.Baseline.AddError()
	c.Reform.AddError()
}

// Merge adds comparison o to c. Merging the comparisons of any partition
// of the households, in any order, gives exactly the comparison of a
// single pass: every sum is exact, and the largest gains and losses are
// ranked in a total order (by the change, then the household id). A nil o
// adds nothing.
//
// A [Budget] and a Comparison are thus mergeable monoids: the zero value is
// the identity and Merge is associative and commutative, with sums in
// integer fen (in decimal beyond int64). The tests prove it for every split
// of a small population and for shards of a synthetic county. A province-sized
// run therefore shards on any engine that runs a program per partition and
// gathers the outputs — a batch scheduler's array job, a Kubernetes Job
// with completions, a MapReduce or Beam pipeline with a combine step:
// partition the records (by township, by input file, by a hash of the
// household id), have each task load the same parameter sets and run
// [CompareRecords] over its partition as of the same date, and write its
// comparison as JSON ([Comparison.MarshalJSON], which holds its whole
// state); the reducing task reads each with [Comparison.UnmarshalJSON] and
// merges them, in any order or as a tree. Records that fail are counted
// where they fail and reported by the task that read them. Nothing needs
// the records again after the map step: a partial result grows with the
// townships and items it counts, not with the households (about 35 KB of
// JSON for 20 townships).
func (c *Comparison) Merge(o *Comparison) {
	if o == nil {
		return
	}
	c.Baseline.Merge(&o.Baseline)
	c.Reform.Merge(&o.Reform)
	c.Households += o.Households
	c.Persons += o.Persons
	c.Failed += o.Failed
	c.Gainers += o.Gainers
	c.Losers += o.Losers
	c.Unchanged += o.Unchanged
	c.gained.Merge(&o.gained)
	c.lost.Merge(&o.lost)
	for i := range c.cover {
		k, x := &c.cover[i], &o.cover[i]
		k.baseline += x.baseline
		k.reform += x.reform
		k.entrants += x.entrants
		k.leavers += x.leavers
	}
	for name, x := range o.townships {
		t := c.townships[name]
		if t == nil {
			if c.townships == nil {
				c.townships = make(map[string]*townshipSums, len(o.townships))
			}
			t = new(townshipSums)
			c.townships[name] = t
		}
		for s := range t {
			for i := range t[s] {
				t[s][i].Merge(&x[s][i])
			}
		}
	}
	for i := range o.gains.n {
		c.gains.add(o.gains.list[i], gainsFirst)
	}
	for i := range o.losses.n {
		c.losses.add(o.losses.list[i], losesFirst)
	}
}
