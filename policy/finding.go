package policy

import (
	"slices"

	"github.com/shopspring/decimal"
)

// Outcome is what a rule decided for a household or member.
type Outcome string

// Outcomes.
const (
	Eligible    Outcome = "eligible"     // qualifies (an applicant, or a member for a subsidy)
	Ineligible  Outcome = "ineligible"   // does not qualify
	Continue    Outcome = "continue"     // a current recipient stays, payment recomputed (2.1.2)
	Exit        Outcome = "exit"         // a current recipient leaves (2.1.2 退出)
	ExitPending Outcome = "exit-pending" // above the line, stability not yet confirmed (2.1.2)
	NotAssessed Outcome = "not-assessed" // a local parameter it needs is missing
)

var outcomes = [...]Outcome{Eligible, Ineligible, Continue, Exit, ExitPending, NotAssessed}

// Outcomes returns the outcomes, in the order above.
func Outcomes() []Outcome { return slices.Clone(outcomes[:]) }

// Valid reports whether o is one of the outcomes above.
func (o Outcome) Valid() bool { return slices.Contains(outcomes[:], o) }

// Covered reports whether the outcome keeps the household or member in the
// programme (eligible, continue, exit pending).
func (o Outcome) Covered() bool {
	return o == Eligible || o == Continue || o == ExitPending
}

// Decision is a programme's decision for a household (no member) or a
// member, on one item where a programme decides several (the living and the
// nursing subsidy), with the reason in figures. Like [Line] it is an
// immutable value, valid until the assessment it was made in is released;
// make one with [Assessment.Decide].
type Decision struct {
	member string
	x      *extra // the shape (formula, item, outcome, programme, clauses, parameters, operand names); id, operands beyond the inline ones
	vals   [decisionVals]int64
	period months // the months it decides for; the zero value is the whole year
}

// Decide is everything of a [Decision] but its explanation, as a rule fills
// it in for [Assessment.Decide].
type Decide struct {
	// Programme is the deciding programme.
	Programme Programme
	// Item is what the decision is about where the programme decides
	// several things for one member (living, nursing); empty otherwise.
	Item Item
	// Member is the member's id, empty for the household.
	Member string
	// ID names the claim or event the decision is about, if any.
	ID      string
	Outcome Outcome // what the rule decided
	// Clauses are at most four of [Clauses], kept as they are: do not change
	// them afterwards. Any other clause, or a fifth, panics when the
	// decision is made: a fault in the rule, which its tests find.
	Clauses []Clause
	Params  []Used // kept as it is: do not change it afterwards
}

func (d *Decision) shape() *shape {
	if d.x == nil {
		return &zeroShape
	}
	return d.x.sh
}

// Programme returns the deciding programme.
func (d Decision) Programme() Programme { return programmes[d.shape().prog] }

// Item returns what the decision is about, or "" when the programme
// decides one thing per member or household.
func (d Decision) Item() Item { return d.shape().item }

// Member returns the member's id, or "" for the household.
func (d Decision) Member() string { return d.member }

// ID returns the id of the claim or event decided, or "".
func (d Decision) ID() string { return idOf(d.x) }

// Period returns the months the decision holds for. In a breakdown,
// [Assessment.AppendRun] sets them: the run of months the decision was
// made in (the whole year, or the part of it in which the parameters the
// programme reads, and what it reads from another programme, are
// unchanged), joined with the runs next to it that decide the same. A
// member's own coverage within the run, such as a certificate's months,
// shows in his lines' periods, not here. A programme's own result leaves
// them unset, which reads as the whole year.
func (d Decision) Period() Period { return d.period.period() }

// Outcome returns what was decided.
func (d Decision) Outcome() Outcome { return Outcome(d.shape().label) }

// Clauses returns the clauses the decision rests on.
func (d Decision) Clauses() []Clause { return d.shape().clauses.clauses() }

// Params returns a copy of the parameters the decision used.
func (d Decision) Params() []Used { return slices.Clone(d.shape().params) }

// Explanation returns the reason in figures.
func (d Decision) Explanation() Explanation {
	if d.x == nil {
		return Explanation{}
	}
	return Explanation{sh: d.x.sh, x: d.x.own(), vals: d.vals, inline: decisionVals}
}

// FindingKind is the kind of an audit or case-work finding.
type FindingKind string

// Finding kinds.
const (
	Omission     FindingKind = "omission"      // 应保未保: eligible but not covered
	Wrongful     FindingKind = "wrongful"      // 错保 (低保), 错发 (a subsidy): covered or paid but not eligible
	NotExited    FindingKind = "not-exited"    // 应退未退: still paid after a confirmed exit
	Underpayment FindingKind = "underpayment"  // paid now less than the schedule
	Overpayment  FindingKind = "overpayment"   // paid now more than the schedule
	Unclaimed    FindingKind = "unclaimed"     // 应补尽补: qualifies but not recorded as receiving
	Jiujinan     FindingKind = "jiujinan"      // 救急难: approach the household (2.4.2)
	JointMeeting FindingKind = "joint-meeting" // 一事一议: above the maximum, for the joint meeting
	NotConfig    FindingKind = "not-assessed"  // a rule could not be assessed: a local parameter is missing
)

var findingKinds = [...]FindingKind{Omission, Wrongful, NotExited, Underpayment, Overpayment, Unclaimed,
	Jiujinan, JointMeeting, NotConfig}

// FindingKinds returns the finding kinds, in the order above.
func FindingKinds() []FindingKind { return slices.Clone(findingKinds[:]) }

// Valid reports whether k is one of the kinds above.
func (k FindingKind) Valid() bool { return slices.Contains(findingKinds[:], k) }

// Name returns the kind's Chinese and English names.
func (k FindingKind) Name() (zh, en string) {
	switch k {
	case Omission:
		return "应保未保", "eligible but not covered"
	case Wrongful:
		return "错保/错发", "covered or paid but not eligible"
	case NotExited:
		return "应退未退", "still paid after a confirmed exit"
	case Underpayment:
		return "少发", "underpaid"
	case Overpayment:
		return "多发", "overpaid"
	case Unclaimed:
		return "应补尽补", "qualifies but not receiving"
	case Jiujinan:
		return "救急难", "approach the household"
	case JointMeeting:
		return "一事一议", "for the joint meeting"
	case NotConfig:
		return "未评估", "not assessed"
	}
	return string(k), string(k)
}

// Finding is something a caseworker or auditor should act on: an omission,
// a wrongful payment, an under- or over-payment, a flag. Its amount is the
// figure it turns on (a monthly difference, an amount left over), zero where
// none applies; the explanation says which. Like [Line] it is an immutable
// value, valid until the assessment it was made in is released; make one
// with [Assessment.Find].
type Finding struct {
	member string
	x      *extra // the shape (formula, item, kind, programme, clauses, operand names); id, operands beyond the inline ones
	amount Money
	vals   [findingVals]int64
}

// Find is everything of a [Finding] but its explanation, as a rule fills it
// in for [Assessment.Find].
type Find struct {
	Kind      FindingKind // the kind of finding
	Programme Programme   // the programme that found it
	Item      Item        // the line item it concerns, or ""
	Member    string      // the member's id, empty for the household
	// ID names the claim or event the finding is about, if any.
	ID string
	// Clauses are at most four of [Clauses], kept as they are: do not change
	// them afterwards. Any other clause, or a fifth, panics when the
	// finding is made: a fault in the rule, which its tests find.
	Clauses []Clause
	Amount  Money // the figure it turns on, in fen; 0 where none applies
}

func (f *Finding) shape() *shape {
	if f.x == nil {
		return &zeroShape
	}
	return f.x.sh
}

// Kind returns the kind of finding.
func (f Finding) Kind() FindingKind { return FindingKind(f.shape().label) }

// Programme returns the programme that found it.
func (f Finding) Programme() Programme { return programmes[f.shape().prog] }

// Item returns the line item it concerns, or "".
func (f Finding) Item() Item { return f.shape().item }

// Member returns the member it concerns, or "" for the household.
func (f Finding) Member() string { return f.member }

// ID returns the claim or event it concerns, or "".
func (f Finding) ID() string { return idOf(f.x) }

// Clauses returns the clauses it rests on.
func (f Finding) Clauses() []Clause { return f.shape().clauses.clauses() }

// Amount returns the figure the finding turns on, in yuan.
func (f Finding) Amount() decimal.Decimal { return f.amount.Decimal() }

// AmountFen returns the same figure in fen.
func (f Finding) AmountFen() Money { return f.amount }

// Explanation returns the finding in words and figures.
func (f Finding) Explanation() Explanation {
	if f.x == nil {
		return Explanation{}
	}
	e := Explanation{sh: f.x.sh, x: f.x.own(), inline: findingVals}
	copy(e.vals[:], f.vals[:])
	return e
}

// CheckStatus is the result of a parameter check.
type CheckStatus string

// Check statuses.
const (
	Pass       CheckStatus = "pass"
	Fail       CheckStatus = "fail"
	NotChecked CheckStatus = "not-assessed" // a local parameter the check needs is missing
)

var checkStatuses = [...]CheckStatus{Pass, Fail, NotChecked}

// CheckStatuses returns the check statuses, in the order above.
func CheckStatuses() []CheckStatus { return slices.Clone(checkStatuses[:]) }

// Valid reports whether s is one of the statuses above.
func (s CheckStatus) Valid() bool { return slices.Contains(checkStatuses[:], s) }

// Check is the result of checking one parameter against a floor of the
// document or a rule (the two-lines check of 2.1.1, say): its name, status,
// and figures — the value checked, the bound it was checked against, and
// for a failing check the shortfall — with the reason in words. An
// immutable value; make one with [NewCheck].
type Check struct {
	name    string
	args    []Arg
	formula *Formula
	value   Money
	bound   Money
	status  CheckStatus
	clauses clauseCodes
	figures bool
	period  months // the months it holds for, 0 for every month assessed
	params  []Used // the parameters it read, as used
}

// CheckOf is everything of a [Check] but its explanation, for [NewCheck].
// Value and Bound are the figures compared (the standard S and the poverty
// line P); HasFigures is false for a check that compared nothing (one not
// assessed, or one that is not about an amount).
type CheckOf struct {
	Name string // the check's name, e.g. "lowincome.two_lines"
	// Clauses are the clauses it rests on, at most four of [Clauses]; any
	// other clause, or a fifth, makes NewCheck panic: a fault in the rule,
	// which its tests find.
	Clauses      []Clause
	Status       CheckStatus // pass, fail or not assessed
	Value, Bound Money       // the value checked and its bound, in fen
	HasFigures   bool        // whether Value and Bound were compared
	// Params are the parameters the check read, with their values and
	// provenance, as a decision's are: those it compared, and a local one
	// it needed and did not have (unset).
	Params []Used
}

// NewCheck returns a check with its explanation, the arguments and
// parameters copied.
func NewCheck(c CheckOf, f *Formula, args ...Arg) Check {
	return Check{name: c.Name, clauses: clauseCodesOf(c.Clauses), status: c.Status, value: c.Value,
		bound: c.Bound, figures: c.HasFigures, formula: f, args: append([]Arg(nil), args...),
		params: slices.Clone(c.Params)}
}

// Name returns the check's name, e.g. "lowincome.two_lines".
func (c Check) Name() string { return c.name }

// Clauses returns the clauses the check rests on.
func (c Check) Clauses() []Clause { return c.clauses.clauses() }

// Status returns pass, fail or not assessed.
func (c Check) Status() CheckStatus { return c.status }

// Figures returns the value checked and the bound it was checked against,
// in yuan, and false when the check compared no amounts.
func (c Check) Figures() (value, bound decimal.Decimal, ok bool) {
	if !c.figures {
		return decimal.Zero, decimal.Zero, false
	}
	return c.value.Decimal(), c.bound.Decimal(), true
}

// Shortfall returns how far a failing check's value falls below its bound
// (the poverty line less the standard, say), and zero for any other check.
func (c Check) Shortfall() decimal.Decimal {
	if c.status != Fail || !c.figures || c.bound <= c.value {
		return decimal.Zero
	}
	return (c.bound - c.value).Decimal()
}

// Explanation returns the check in words and figures.
func (c Check) Explanation() Explanation { return Explanation{formula: c.formula, args: c.args} }

// Params returns a copy of the parameters the check read, with their values
// and provenance.
func (c Check) Params() []Used { return slices.Clone(c.params) }

// Period returns the months of the year the check holds for: those of the
// parameter set it checks, when the year's sets check differently (section
// 0: each period is assessed under its own parameters, checks included).
// The zero Period means every month the year is assessed in — the whole
// year, but for a year whose first set starts later (the months before it
// are not assessed at all).
func (c Check) Period() Period {
	if c.period == 0 {
		return Period{}
	}
	return c.period.period()
}

// InPeriod returns the check as it holds for the months of p only (see
// [Check.Period]). The zero Period, the whole year and a Period that is
// not a run of months ([Period.Valid]) all stand for every month assessed.
func (c Check) InPeriod(p Period) Check {
	c.period = 0
	if p.Valid() && p.Norm() != Year {
		c.period = monthsOf(p)
	}
	return c
}
