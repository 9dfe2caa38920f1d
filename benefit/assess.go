package benefit

import (
	"math/bits"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Assess assesses household h as of date on under the parameter set in
// force on that date, under every programme, and returns its breakdown
// (section 3). The record is validated once, here, and each programme
// takes it as checked. The hand-offs between programmes happen in
// [set.assess] and nowhere else.
//
// Assess returns an error wrapping [policy.ErrNoParams] for a date no set
// covers (naming the years loaded), and otherwise the errors of checking
// the record ([household.Household.Check]) and of the programmes'
// assessments: each a [policy.FieldError] (wrapping [policy.ErrInvalid])
// naming the field path of a bad value, e.g.
// "members[2].disability.grade: 5 is not 1–4". It does not modify h.
func (a *Assessor) Assess(h *household.Household, on household.Date) (*Breakdown, error) {
	b := new(Breakdown)
	if err := a.fill(b, h, on); err != nil {
		return nil, err
	}
	return b, nil
}

// AssessInto is [Assessor.Assess] into b, whose storage it reuses: what b
// held before is overwritten, and b's lines, decisions, findings and
// referrals are valid only until the next AssessInto into b. It is for a
// caller that reads each breakdown and is done with it — a budget adding up
// a county — and so allocates next to nothing per household; one that keeps
// the breakdowns calls Assess. On an error b is left empty.
func (a *Assessor) AssessInto(b *Breakdown, h *household.Household, on household.Date) error {
	b.reset()
	if err := a.fill(b, h, on); err != nil {
		b.reset()
		return err
	}
	return nil
}

// fill assesses household h as of date on into b, which is empty.
func (a *Assessor) fill(b *Breakdown, h *household.Household, on household.Date) error {
	if h == nil {
		return policy.Path("household").Required("is missing")
	}
	s, err := a.setFor(on)
	if err != nil {
		return err
	}
	c, err := h.Check(on)
	if err != nil {
		return err
	}
	b.Household, b.Township, b.Village, b.Date, b.Year = h.ID, h.Township, h.Village, on, s.params.Year
	if err := a.assess(c, b); err != nil {
		return err
	}
	b.Referrals = referrals(b.Referrals, h)
	b.Totals = totalsOf(b.Lines)
	return nil
}

// reset empties b, keeping the arrays of its lines, decisions, findings
// and referrals for reuse.
func (b *Breakdown) reset() {
	*b = Breakdown{Assessment: policy.Assessment{Lines: b.Lines[:0], Decisions: b.Decisions[:0],
		Findings: b.Findings[:0]}, Referrals: b.Referrals[:0]}
}

// Assess assesses household h as of date on under the parameter set p: see
// [Assessor.Assess]. It validates p on every call; a service assessing
// many households builds an [Assessor] once with [New].
//
// Assess returns the errors of [New] and of [Assessor.Assess].
func Assess(h *household.Household, on household.Date, p *Params) (*Breakdown, error) {
	a, err := New(p)
	if err != nil {
		return nil, err
	}
	return a.Assess(h, on)
}

// coverage is the household's 低保 outcome month by month, as the 低保
// runs found it: what the disability living subsidy and medical aid read
// (2.2.4, 2.3.2).
type coverage struct {
	covered    [13]bool     // the household is covered that month
	run        [13]uint8    // the run that assessed the month, from 1; 0 for none
	recipients [13][]string // by run: members paid the standard on their own (2.2.3)
	runs       int
}

// add records the outcome of the 低保 run over period p.
func (c *coverage) add(p policy.Period, low *lowincome.Result) {
	covered, on := low.CoveredMonths()
	c.runs++
	c.recipients[c.runs] = low.IndividualRecipients()
	for m := p.From; m <= p.To; m++ {
		c.covered[m], c.run[m] = on && covered.Contains(m), uint8(c.runs)
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

// assess runs every programme over the runs of months of the year, in the
// order the programmes depend on one another, and puts their outcomes
// together in b, programme by programme (section 3). Each programme runs
// once per run of months in which its own parameters do not change
// (section 0), cut further where what it reads from another programme
// changes:
//
//   - 2.1, 2.2.3: the 低保 household, cut where a member's 特困 support
//     starts or ends, since a member is out of the household in his 特困
//     months (section 0); 2.2.1–2.2.2: each 特困 member assessed alone;
//   - 2.2.4 and 2.3.2: the 低保 outcome month by month (the household
//     covered in its 低保 months, or a child paid the standard on its own)
//     decides the disability living subsidy and the medical-aid groups,
//     both also cut where a member's 特困 support starts or ends, so that
//     特困 and 低保 status are the same throughout a run;
//     medical aid paid in one part of the year counts toward the caps of
//     the next;
//   - 2.4.1–2.4.2: temporary aid's maximum is a multiple of its run's S/12,
//     and 救急难 compares the medical out-of-pocket left after all the
//     year's aid with every member's counted income plus the 特困 support
//     they receive.
//
// A line that continues unchanged from one run into the next is one line
// (policy.Assessment.AppendRun). The results are kept until every
// programme has run, so that b's lists are made once, at their size, and
// then go back to policy (Release).
func (a *Assessor) assess(c household.Checked, b *Breakdown) error {
	on := c.Date()
	y := a.year(on)
	out := make(results, 0, 6)
	defer func() { out.release() }()
	var cov coverage
	var income, remaining policy.Money // 2.4.2
	year, k := c.SupportRuns(policy.Year)
	support := year[:k]
	var cuts [12]policy.Period
	for _, r := range y.low.list() {
		for _, p := range cut(cuts[:0], support, r.period) {
			low, err := r.set.lowIncome.Assess(c, lowincome.Inputs{Period: p})
			out = append(out, result{low.Assessment, p})
			if err != nil {
				return err
			}
			cov.add(p, &low)
			if p.Contains(on.Month) {
				income += low.EveryMemberIncomeFen()
				b.size, b.income, b.Assets = low.Size(), low.IncomeFen(), low.Assets()
			}
		}
	}
	for _, r := range y.tekun.list() {
		t, err := r.set.tekun.Assess(c, tekun.Inputs{Period: r.period})
		out = append(out, result{t.Assessment, r.period})
		if err != nil {
			return err
		}
		income += t.SupportFen()
	}
	var buf [12]part
	for _, r := range y.disability.list() {
		for _, p := range cov.parts(buf[:0], cut(cuts[:0], support, r.period)) {
			d, err := r.set.disability.Assess(c, disability.Inputs{Period: p.period,
				LowIncome: p.covered, LowIncomeMembers: p.recipients})
			out = append(out, result{d.Assessment, p.period})
			if err != nil {
				return err
			}
		}
	}
	var before *medical.Result // the part before, once there is one
	runs := y.medical.list()
	for i, r := range runs {
		ps := cov.parts(buf[:0], cut(cuts[:0], support, r.period))
		for j, p := range ps {
			m, err := r.set.medical.Assess(c, medical.Inputs{Period: p.period,
				LowIncome: p.covered, LowIncomeMembers: p.recipients, Before: before})
			out = append(out, result{m.Assessment, p.period})
			if err != nil {
				return err
			}
			remaining += m.RemainingFen()
			if j < len(ps)-1 || i < len(runs)-1 { // a part follows: its caps count this part's aid
				prior := m
				before = &prior
			}
		}
	}
	// 2.4.2 compares the income with the out-of-pocket left, so it is
	// handed over only when some is left (as a decimal, it allocates).
	var incomeYuan decimal.Decimal
	if remaining > 0 {
		incomeYuan = income.Decimal()
	}
	for _, r := range y.temporary.list() {
		t, err := r.set.temporary.Assess(c, temporary.Inputs{Period: r.period,
			Standard: r.set.standard, Income: incomeYuan, MedicalRemaining: remaining.Decimal()})
		out = append(out, result{t.Assessment, r.period})
		if err != nil {
			return err
		}
	}
	out.into(&b.Assessment)
	b.in = &y.inForce // shared: the breakdown hands out copies only
	return nil
}

// results are the programmes' results over their runs of months, in the
// order they go into the breakdown.
type results []result

// result is one programme's result over one run of months.
type result struct {
	a      policy.Assessment
	period policy.Period
}

// into appends the results to b, its lists grown once to take them all.
func (rs results) into(b *policy.Assessment) {
	var lines, decisions, findings int
	for i := range rs {
		lines += len(rs[i].a.Lines)
		decisions += len(rs[i].a.Decisions)
		findings += len(rs[i].a.Findings)
	}
	b.Lines = slices.Grow(b.Lines, lines)
	b.Decisions = slices.Grow(b.Decisions, decisions)
	b.Findings = slices.Grow(b.Findings, findings)
	for i := range rs {
		b.AppendRun(&rs[i].a, rs[i].period)
	}
}

// release hands the results' storage back to policy.
func (rs results) release() {
	for i := range rs {
		rs[i].a.Release()
	}
}
