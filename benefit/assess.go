package benefit

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Assess assesses household h as of date on, on which a parameter set must
// be in force, under every programme, each month of the year under the set
// in force on its first day (section 0), and returns its breakdown
// (section 3). The record is validated once, here, and each programme
// takes it as checked. The hand-offs between programmes happen in Assess
// and nowhere else.
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
// held before is overwritten, and the slices of b's lines, decisions,
// findings, referrals and asset tests are reused by the next AssessInto
// into b, and by one into a copy of b, which shares them (the
// lines, decisions and findings copied out of them are values, and stay
// valid). It is for a caller that reads each breakdown and is done with it
// — a budget adding up a county — and so allocates next to nothing per
// household; one that keeps the breakdowns calls Assess. On an error b is
// left empty; a nil b is an error wrapping [policy.ErrInvalid].
func (a *Assessor) AssessInto(b *Breakdown, h *household.Household, on household.Date) error {
	if b == nil {
		return fmt.Errorf("benefit: AssessInto a nil *Breakdown: %w", policy.ErrInvalid)
	}
	b.reset()
	if err := a.fill(b, h, on); err != nil {
		b.reset()
		return err
	}
	return nil
}

// fill assesses household h as of date on into b, which is empty.
func (a *Assessor) fill(b *Breakdown, h *household.Household, on household.Date) error {
	switch {
	case a == nil:
		return errNilAssessor
	case h == nil:
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

// reset empties b, keeping the arrays of its lines, decisions, findings,
// referrals and asset tests for reuse.
func (b *Breakdown) reset() {
	a, refs, assets := b.Assessment, b.Referrals[:0], b.assets
	a.Reset()
	if assets != nil {
		*assets = (*assets)[:0]
	}
	*b = Breakdown{Assessment: a, Referrals: refs, assets: assets}
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
//     covered in its 低保 months, or a child paid the standard on its own
//     in the months of its line)
//     decides the disability living subsidy and the medical-aid groups,
//     both also cut where a member's 特困 support starts or ends, so that
//     特困 and 低保 status are the same throughout a run;
//     medical aid paid in one part of the year counts toward the caps of
//     the next;
//   - 2.4.1–2.4.2: temporary aid's maximum is a multiple of its run's S/12,
//     the events of each run count toward the county's limit on events a
//     year under its own set (temporary.Inputs.Before), and 救急难
//     compares the medical out-of-pocket left after all the year's aid
//     with every member's counted income plus the 特困 support they
//     receive.
//
// A line that continues unchanged from one run into the next is one line
// (policy.Assessment.AppendRun), and the audits of 低保 (2.1.2, 2.1.3) and
// of the disability subsidies (2.2.4) compare what is paid now with that
// line, not with its piece in the run holding D's month: a year in more
// than one run is assessed with their Inputs.Joined, and their lines are
// audited once joined (joins). The results are kept until every
// programme has run, so that b's lists are made once, at their size, and
// then go back to policy (Release).
func (a *Assessor) assess(c household.Checked, b *Breakdown) error {
	on := c.Date()
	y := a.year(on)
	out := make(results, 0, 6)
	defer func() { out.release() }()
	var j joins
	var cov coverage
	var income, remaining policy.Money // 2.4.2
	year, k := c.SupportRuns(policy.Year)
	support := year[:k]
	var cuts [12]policy.Period
	lows := y.low.list()
	lowJoined := len(lows) > 1 || len(support) > 1 // more than one run: lines may go on from one into the next
	// the asset tests of a year in several runs; the commonest, in one, needs none
	var assets *assetTests
	if lowJoined {
		assets = new(assetTests)
	}
	for _, r := range lows {
		for _, p := range cut(cuts[:0], support, r.period) {
			low, err := r.set.lowIncome.Assess(c, lowincome.Inputs{Period: p, Joined: lowJoined})
			out = append(out, result{low.Assessment, p})
			if err != nil {
				return err
			}
			cov.add(p, &low)
			if lowJoined {
				assets.add(low.Assets().InPeriod(p))
			}
			if p.Contains(on.Month) {
				income += low.EveryMemberIncomeFen()
				b.size, b.income, b.Assets = low.Size(), low.IncomeFen(), low.Assets()
				if lowJoined { // a copy only here: the commonest year, in one run, keeps none
					kept := low
					j.low = &kept
				}
			}
		}
	}
	if j.low != nil { // its audit comes after the last 低保 run
		j.lowAfter = len(out)
	}
	if lowJoined {
		b.Assets = assets.into(&b.assets, on.Month, y.assessed)
	}
	t0 := len(out)
	for _, r := range y.tekun.list() {
		t, err := r.set.tekun.Assess(c, tekun.Inputs{Period: r.period, InForce: y.assessed})
		out = append(out, result{t.Assessment, r.period})
		if err != nil {
			return err
		}
	}
	t1 := len(out) // out[t0:t1] are the 特困 runs, whose support 2.4.2 counts
	var buf [12]part
	dis := y.disability.list()
	for _, r := range dis {
		ps := cov.parts(buf[:0], cut(cuts[:0], support, r.period))
		for _, p := range ps {
			joined := len(dis) > 1 || len(ps) > 1
			d, err := r.set.disability.Assess(c, disability.Inputs{Period: p.period,
				LowIncome: p.covered, LowIncomeMembers: p.recipients, Joined: joined})
			out = append(out, result{d.Assessment, p.period})
			if err != nil {
				return err
			}
			if joined && p.period.Contains(on.Month) {
				kept := d
				j.dis = &kept
			}
		}
	}
	if j.dis != nil { // its audit comes after the last disability run
		j.disAfter = len(out)
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
		incomeYuan = (income + out[t0:t1:t1].support()).Decimal()
	}
	var tempBefore *temporary.Result // the run before, whose events count toward the limit (2.4.1)
	temps := y.temporary.list()
	for i, r := range temps {
		t, err := r.set.temporary.Assess(c, temporary.Inputs{Period: r.period, InForce: y.assessed,
			Income: incomeYuan, MedicalRemaining: remaining.Decimal(), Before: tempBefore})
		out = append(out, result{t.Assessment, r.period})
		if err != nil {
			return err
		}
		if i < len(temps)-1 { // a run follows: a copy only here, the commonest year keeps none
			prior := t
			tempBefore = &prior
		}
	}
	out.into(&b.Assessment, &j)
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

// joins holds the results, of the run holding the assessment date's month,
// whose audit of lines against what is paid now waits until the lines are
// joined across runs (the Inputs.Joined of lowincome and disability), and
// after which of the results each audit comes: lowAfter and disAfter count
// the results up to the programme's last, 0 when its audit does not wait.
type joins struct {
	low                *lowincome.Result
	dis                *disability.Result
	lowAfter, disAfter int
}

// audit appends to b the findings of the audit that waited for b's lines,
// each line joined across runs, after the first n results.
func (j *joins) audit(n int, b *policy.Assessment) {
	var f policy.Assessment
	if n == j.lowAfter {
		j.low.AuditLines(&f, b.Lines)
	}
	if n == j.disAfter {
		j.dis.AuditLines(&f, b.Lines)
	}
	b.Append(&f)
	f.Release()
}

// into appends the results to b, with room made once to take them all,
// and after each programme's last run the audit that waited for its joined
// lines, so that each programme's findings stay together.
func (rs results) into(b *policy.Assessment, j *joins) {
	var room policy.Room
	for i := range rs {
		room.Add(&rs[i].a)
	}
	b.Reserve(room)
	if j.lowAfter|j.disAfter == 0 { // no audit waits: the commonest year, in one run
		for i := range rs {
			b.AppendRun(&rs[i].a, rs[i].period)
		}
		return
	}
	for i := range rs {
		b.AppendRun(&rs[i].a, rs[i].period)
		if n := i + 1; n == j.lowAfter || n == j.disAfter {
			j.audit(n, b)
		}
	}
}

// release hands the results' storage back to policy.
func (rs results) release() {
	for i := range rs {
		rs[i].a.Release()
	}
}
