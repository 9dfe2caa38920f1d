package policy

import (
	"reflect"
	"slices"
)

// AppendRun appends o, the outcome of the programmes run over the months of
// period, to a: one run of a year that parameter sets split (section 0: each
// period is assessed under its own parameters). o's decisions are stamped
// with the period. A recurring line of o that continues one of a — the same
// programme, item, member, payee, payer and form, the same rate and
// operands, the same value of every parameter both name, for the months just
// before — is merged into it: one line over both runs, its amount worked out
// again for the joined months, naming the parameters either part names, so
// that a line splits only where the value of a parameter it reads changes;
// the lines that share one rounding ([Split]) continue the run before only
// all together. A decision that continues one of a unchanged is merged the
// same way, and a finding that a already holds from the runs before is not
// added again (two alike in o, such as two receipts recorded alike, are both
// added). Lump sums are appended as they are. What is appended is a's
// own, as with [Assessment.Append]: o may be released afterwards. A nil o,
// like an empty one, adds nothing.
func (a *Assessment) AppendRun(o *Assessment, period Period) {
	if o == nil || len(o.Lines)+len(o.Decisions)+len(o.Findings) == 0 {
		return // a programme with nothing to say of the household, the commonest run
	}
	nl, nf := len(a.Lines), len(a.Findings) // where what is appended starts
	if continuing(o.Lines) {
		apart := a.apart(o.Lines)
		for i := range o.Lines {
			x := &o.Lines[i]
			if j := a.continued(x); j >= 0 && (apart == nil || !apart[i]) {
				a.Lines[j] = joined(a.Lines[j], x)
				continue
			}
			a.Lines = append(a.Lines, *x)
		}
	} else if len(o.Lines) > 0 { // the common year under one set: nothing to join
		a.Lines = append(a.Lines, o.Lines...)
	}
	run := monthsOf(period)
	start := len(a.Decisions)
	if run.from() <= 1 { // a run from January continues no decision
		a.Decisions = append(a.Decisions, o.Decisions...)
	} else {
		for i := range o.Decisions {
			d := o.Decisions[i]
			d.period = run
			if j := a.continuedDecision(&d); j >= 0 {
				a.Decisions[j].period = a.Decisions[j].period.withTo(d.period.to())
				continue
			}
			a.Decisions = append(a.Decisions, d)
		}
	}
	for i := start; i < len(a.Decisions); i++ {
		a.Decisions[i].period = run
	}
	before := a.Findings[:len(a.Findings):len(a.Findings)] // the runs' before this one
	for i := range o.Findings {
		f := &o.Findings[i]
		if !hasFinding(before, f) {
			a.Findings = append(a.Findings, *f)
		}
	}
	a.keep(o, nl, start, nf)
}

// continuing reports whether some of the lines may continue a line before
// them: a recurring line that starts after January.
func continuing(lines []Line) bool {
	for i := range lines {
		if lines[i].flags&lineLump == 0 && lines[i].period.from() > 1 {
			return true
		}
	}
	return false
}

// apart returns, for lines that share one rounding ([Split]), which of them
// must not be joined to a line of a: the lines of one split are joined all
// together or not at all, since each pays its part of their total, and
// the lines sharing it may change from one run to the next (2.2.3: a child
// whose 特困 support starts as another's ends). It returns nil, allocating
// nothing, when every line may be joined.
func (a *Assessment) apart(lines []Line) []bool {
	var apart []bool
	for i := range lines {
		x := &lines[i]
		if x.share.k < 2 || x.share.i != 0 {
			continue // not shared, or not the first line of its split
		}
		// The split's k lines are the first k from x of its programme,
		// item and size, since Share adds them in order.
		some, all := false, true // whether some and all continue a line of a
		for j, n := i, 0; j < len(lines) && n < int(x.share.k); j++ {
			if sameSplit(x, &lines[j]) {
				c := a.continued(&lines[j]) >= 0
				some, all, n = some || c, all && c, n+1
			}
		}
		if all || !some { // all joined, or none: nothing to keep apart
			continue
		}
		if apart == nil {
			apart = make([]bool, len(lines))
		}
		for j, n := i, 0; j < len(lines) && n < int(x.share.k); j++ {
			if sameSplit(x, &lines[j]) {
				apart[j], n = true, n+1
			}
		}
	}
	return apart
}

// sameSplit reports whether two lines of one run may be lines of one
// split: the same programme and item, shared by as many lines.
func sameSplit(x, y *Line) bool {
	s, t := x.shape(), y.shape()
	return y.share.k == x.share.k && s.prog == t.prog && s.item == t.item
}

// hasFinding reports whether findings, those of the runs before, hold one
// that says the same as f: a finding that every run of a split year makes
// (a parameter a rule lacks, say) is made once. Two findings of one run
// that say the same (two receipts recorded alike) are both kept.
func hasFinding(findings []Finding, f *Finding) bool {
	for i := range findings {
		e := &findings[i]
		if e.member == f.member && e.amount == f.amount && sameMeta(e.shape(), f.shape()) && idOf(e.x) == idOf(f.x) &&
			sameArgs(e.Explanation(), f.Explanation(), 0) {
			return true
		}
	}
	return false
}

// sameMeta reports whether two shapes fix the same programme, item,
// label, clauses, payee, payer, form, rounding and formula (their operands
// are compared as values).
func sameMeta(s, t *shape) bool {
	return s == t || s.formula == t.formula && s.kind == t.kind && s.prog == t.prog && s.payee == t.payee &&
		s.payer == t.payer && s.form == t.form && s.clauses == t.clauses && s.round == t.round &&
		s.item == t.item && s.label == t.label
}

// sameArgs reports whether two explanations have the same operands, the
// last drop of each left out.
func sameArgs(e, f Explanation, drop int) bool {
	if e.sh != nil && e.sh == f.sh && e.x == nil && f.x == nil && e.inline == f.inline {
		switch {
		case drop == 0:
			return e.vals == f.vals && e.eq == f.eq
		case drop == 1 && e.eq.kind != 0 && f.eq.kind != 0: // the results "=" left out
			return e.vals == f.vals
		}
	}
	var bufE, bufF [argBuf]Arg
	_, x := e.view(&bufE)
	_, y := f.view(&bufF)
	if len(x) < drop || len(y) < drop {
		return len(x) == len(y)
	}
	return slices.Equal(x[:len(x)-drop], y[:len(y)-drop])
}

// continued returns the index of the line of a that x continues, or -1.
func (a *Assessment) continued(x *Line) int {
	if x.flags&lineLump != 0 {
		return -1
	}
	for i := len(a.Lines) - 1; i >= 0; i-- {
		if l := &a.Lines[i]; l.flags&lineLump == 0 && l.period.to()+1 == x.period.from() && sameLine(l, x) {
			return i
		}
	}
	return -1
}

// sameLine reports whether two recurring lines pay the same thing at the
// same rate for the same reasons: all but their months, amounts, results
// "=" and parameter records agree, and every parameter both name has the
// same value in both. A parameter only one of them names has no value that
// changes (section 0: a line splits where coverage or the value of a
// parameter it reads changes): the living subsidy of a member whose
// household's 低保 starts in July reads the registered-poor switch, its
// basis, until June only, and is one line.
func sameLine(l, x *Line) bool {
	if l.member != x.member || idOf(l.x) != idOf(x.x) || !sameMeta(l.shape(), x.shape()) || l.share != x.share ||
		!l.Rate().Equal(x.Rate()) || !agreeing(l.usedList(), x.usedList()) {
		return false
	}
	e, f := l.Explanation(), x.Explanation()
	return e.numArgs() == f.numArgs() && sameArgs(e, f, 1)
}

// joined returns l extended over x's months, its amount and result worked
// out again for the joined months. Where x rests on a provisional value and
// l on the same value not provisional (confirmed for l's months only), the
// joined line names x's record: it uses a provisional value, so it is
// marked provisional and names it (section 0).
func joined(l Line, x *Line) Line {
	l.restOn(x)
	l.period = l.period.withTo(x.period.to())
	p := l.Period()
	r := l.Rounding()
	rate := l.Rate()
	if l.share.k > 0 {
		s := r.Split(rate, p.Months(), int(l.share.k))
		l.amount = s.nth(int(l.share.i))
	} else {
		l.amount = r.Prorate(rate, p.Months())
	}
	if l.flags&(lineEqAmount|lineEqRate) == 0 { // a line read back: its result is its last operand
		var buf [argBuf]Arg
		e := l.Explanation()
		_, args := e.view(&buf)
		if len(args) > 0 {
			args = args[:len(args)-1]
		}
		l.reshape(args, false)
	}
	l.flags = l.flags&^(lineEqAmount|lineEqRate) | resultFlag(p)
	return l
}

// restOn gives l, which x continues (sameLine: the same meta, operands and
// values of the parameters both name), the records of every parameter
// either part rests on: l's, except that x's record replaces one of l's
// not provisional where x's is (the joined line uses a provisional value,
// so it is marked provisional and names it, section 0), followed by those
// of the parameters x names and l does not. It keeps l's operand values, id
// and rate, and changes nothing when l already names them all.
func (l *Line) restOn(x *Line) {
	mine, theirs := l.usedList(), x.usedList()
	var used []Used
	for i := range mine {
		j := usedIndex(theirs, mine[i].Name)
		if j >= 0 && theirs[j].Provenance == Provisional && mine[i].Provenance != Provisional {
			if used == nil {
				used = slices.Clone(mine)
			}
			used[i] = theirs[j]
		}
	}
	for j := range theirs {
		if usedIndex(mine, theirs[j].Name) < 0 {
			if used == nil {
				used = slices.Clone(mine)
			}
			used = append(used, theirs[j])
		}
	}
	if used == nil {
		return
	}
	var buf [argBuf]Arg
	args := decode(buf[:0], l.x.sh, l.vals[:], l.x.own())
	rate, id := l.Rate(), idOf(l.x)
	k := l.shape().key
	k.params = used
	l.vals = [lineVals]int64{}
	l.x = encode(nil, shapeOf(&k, args, true), args, l.vals[:], id, true)
	l.setRate(rate)
}

// usedIndex returns the index of the record of the parameter name in us,
// or -1.
func usedIndex(us []Used, name string) int {
	return slices.IndexFunc(us, func(u Used) bool { return u.Name == name })
}

// agreeing reports whether every parameter named in both x and y has the
// same value in both.
func agreeing(x, y []Used) bool {
	for i := range x {
		if j := usedIndex(y, x[i].Name); j >= 0 && y[j].Value != x[i].Value {
			return false
		}
	}
	return true
}

// reshape gives l the operands args in place of its own, keeping all else.
func (l *Line) reshape(args []Arg, intern bool) {
	s := l.shape()
	k := s.key
	rate := l.Rate()
	id := idOf(l.x)
	l.vals = [lineVals]int64{}
	l.x = encode(nil, shapeOf(&k, args, intern), args, l.vals[:], id, intern)
	l.setRate(rate)
}

// continuedDecision returns the index of the decision of a that d
// continues unchanged, or -1.
func (a *Assessment) continuedDecision(d *Decision) int {
	for i := range a.Decisions {
		e := &a.Decisions[i]
		if e.period.to()+1 == d.period.from() && e.member == d.member && sameMeta(e.shape(), d.shape()) &&
			idOf(e.x) == idOf(d.x) && sameValues(e.shape().params, d.shape().params) &&
			sameArgs(e.Explanation(), d.Explanation(), 0) {
			return i
		}
	}
	return -1
}

// sameValues reports whether two lists of parameter records name the same
// parameters with the same values: a change of provenance or source alone
// does not split a line (section 0).
func sameValues(x, y []Used) bool {
	return slices.EqualFunc(x, y, func(u, v Used) bool { return u.Name == v.Name && u.Value == v.Value })
}

// Join returns c extended over the months of d and true when d is c
// continued: the same check for the months right after c's, alike in all
// but its months and the provenance and source of the parameters it lists
// (section 0: a change of provenance or source alone does not split a
// check, as it does not split a line or a decision). The joined check lists
// c's parameter records, but where d's record of a parameter is
// provisional and c's is not: for d's months it rests on a provisional
// value, so it names it. Otherwise Join returns c and false. A check that
// names no months ([Check.Period] zero) holds for every month assessed and
// continues nothing.
func (c Check) Join(d Check) (Check, bool) {
	cp, dp := c.Period(), d.Period()
	if cp == (Period{}) || dp == (Period{}) || cp.To+1 != dp.From || !sameValues(c.params, d.params) {
		return c, false
	}
	x, y := c, d
	x.period, y.period, x.params, y.params = 0, 0, nil, nil
	if !reflect.DeepEqual(x, y) {
		return c, false
	}
	cloned := false
	for i := range c.params {
		if d.params[i].Provenance == Provisional && c.params[i].Provenance != Provisional {
			if !cloned {
				c.params, cloned = slices.Clone(c.params), true
			}
			c.params[i] = d.params[i]
		}
	}
	return c.InPeriod(Period{From: cp.From, To: dp.To}), true
}
