package household

import (
	"strconv"

	"github.com/safetynet-go/safetynet/policy"
)

// In returns the months of year in which the member is under 特困 support
// (2.2.1; section 0 "Who counts in the household"): none (false) without a
// mode of support, else the months of the support's period within the
// year ([MonthPeriod.In]: the whole year when the period is nil, false when
// it covers no month of the year). In those months the member is assessed
// alone, outside the 低保 household; in the other months of the year he is
// an ordinary member.
func (t Tekun) In(year int) (policy.Period, bool) {
	if !t.Supported() {
		return policy.Period{}, false
	}
	return t.Period.In(year)
}

// InHome returns the months of year in which a member in centralized
// support lives in the nursing home (2.2.2, section 0): the months of his
// support ([Tekun.In]) within his stay, all of them when Stay is nil; false
// when there are none — a member not in centralized support, or a stay
// with no month in the year. In his other months of support he is in
// dispersed support.
func (t Tekun) InHome(year int) (policy.Period, bool) {
	s, ok := t.In(year)
	switch {
	case !ok || t.Mode != TekunCentralized:
		return policy.Period{}, false
	case t.Stay == nil:
		return s, true
	}
	stay, ok := t.Stay.In(year)
	if !ok {
		return policy.Period{}, false
	}
	return s.Intersect(stay)
}

// stayBegins reports whether the stay begins in a month of the support
// (2.2.2, section 0): a stay is months of the support, so it cannot begin
// before the support or after it has ended; one that runs on past the
// support's end (left open, say) holds the support's months only, the
// member being an ordinary member once his support ends. A bad month or a
// reversed support is reported as such, not here.
func (t *Tekun) stayBegins() bool {
	p, s := t.Period, t.Stay
	bad := func(m YearMonth) bool { return !m.IsZero() && !m.Valid() }
	switch {
	case p == nil:
		return true
	case !p.From.Valid() || bad(p.To) || !p.To.IsZero() && p.To.index() < p.From.index():
		return true
	}
	return p.From.index() <= s.From.index() && (p.To.IsZero() || s.From.index() <= p.To.index())
}

// String writes p as its months: "2017-03 to 2017-08", or "from 2017-03"
// with an open end; "the whole year" for nil.
func (p *MonthPeriod) String() string {
	switch {
	case p == nil:
		return "the whole year"
	case p.To.IsZero():
		return "from " + p.From.String()
	}
	return p.From.String() + " to " + p.To.String()
}

// SupportRuns splits the run of months p of the assessment year (the zero
// Period is the whole year) at every month where some member's 特困 support
// starts or ends (section 0: a member under 特困 support is outside the 低保
// household in his 特困 months only). It returns the runs in order, which
// together cover p, and how many there are: within each run every member is
// under support in every month or in none, as [Checked.SupportedIn]
// requires. With no support starting or ending inside p it returns p
// itself, written out (the zero Period as January–December). It returns no
// run for a p that is not a run of months, and p alone for the zero
// Checked. It does not allocate.
//
// Example: a member supported 2017-03 to 2017-08 splits the year into
// 01–02, 03–08 and 09–12.
func (c Checked) SupportRuns(p policy.Period) (runs [12]policy.Period, n int) {
	if !p.Valid() {
		return runs, 0
	}
	p = p.Norm()
	var starts uint16 // bit m: a run starts in month m
	if c.h != nil {
		for i := range c.h.Members {
			t := &c.h.Members[i].Tekun
			if !t.Supported() {
				continue // most members: no support, no month to split at
			}
			if s, ok := t.In(c.on.Year); ok {
				starts |= 1<<uint(s.From) | 1<<uint(s.To+1)
			}
		}
	}
	from := p.From
	for m := p.From + 1; m <= p.To; m++ {
		if starts&(1<<uint(m)) != 0 {
			runs[n] = policy.Period{From: from, To: m - 1}
			n++
			from = m
		}
	}
	runs[n] = policy.Period{From: from, To: p.To}
	return runs, n + 1
}

// SupportedIn reports whether member i (an index of the record's members)
// is under 特困 support in every month of the run p (the zero Period is the
// whole year): true when his 特困 months ([Tekun.In]) cover p, false when
// they share no month with it, and then he is an ordinary member of the
// household in p (section 0). When they cover only some months of p it
// returns a [policy.FieldError] at "members[i].tekun.period" (invalid,
// the record's period as its value): an amount over such a run would be
// wrong in some of its months, so the caller must assess the months
// before, during and after the support separately, as [Checked.SupportRuns]
// splits them. p must be a run of months of one year (the zero Period is
// the whole year); any other p, and an i that is not the index of a member
// (the zero Checked has none), is an error at "inputs.period" or
// "members[i]".
func (c Checked) SupportedIn(i int, p policy.Period) (bool, error) {
	if c.h == nil || i < 0 || i >= len(c.h.Members) {
		return false, policy.Path("members").Index(i).NotFound(strconv.Itoa(i), "is not the index of a member of the checked record")
	}
	if err := p.Check("inputs.period"); err != nil {
		return false, err
	}
	t := c.h.Members[i].Tekun
	s, ok := t.In(c.on.Year)
	if !ok {
		return false, nil
	}
	run := p.Norm()
	both, ok := s.Intersect(run)
	switch {
	case !ok:
		return false, nil
	case both == run:
		return true, nil
	}
	return false, policy.Path("members").Index(i).Field("tekun").Field("period").Invalid(t.Period.String(),
		"covers only part of inputs.period "+run.String()+" (the 特困 months of "+strconv.Itoa(c.on.Year)+" are "+
			s.String()+"): assess the months before, during and after the support separately "+
			"(household.Checked.SupportRuns)")
}
