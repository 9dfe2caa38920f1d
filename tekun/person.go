package tekun

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// person is one supported member's assessment in progress.
type person struct {
	*Assessor
	m       *household.Member
	on      household.Date // the assessment date
	out     *policy.Assessment
	support policy.Period // the member's 特困 months in the year
	// assessed is those of them in force (Inputs.InForce), which his
	// decision counts.
	assessed policy.Period
	home     policy.Period // those he lives in the nursing home, when inHome
	inHome   bool
	// The months of the run the lines being added cover, and whether the
	// member is in the home in them (centralized) or not (dispersed).
	period policy.Period
	atHome bool
}

// assess decides that the member is supported and assessed alone, for the
// months of the year the support covers (x.support, which share some month
// with the run assessed), counting those in force (x.assessed); adds the
// member's lines over the months of the run that the support covers, the
// basic living line and the care subsidy, split where he enters or leaves
// the nursing home (section 0: a stay is coverage of its own); and, in the
// run containing the assessment date's month when the support covers that
// month, the referrals of 2.2.2.
func (x *person) assess(assessed policy.Period) {
	decide := policy.Decide{Programme: policy.Tekun, Member: x.m.ID, Outcome: policy.Eligible, Clauses: clausesAlone}
	months := policy.N("m", x.assessed.Months())
	switch {
	case x.inHome && x.home == x.support:
		x.out.Decide(&decide, &formulaAlone, modeCentralized, months)
	case x.m.Tekun.Mode == household.TekunCentralized: // in the home in some months of the support, or none
		x.out.Decide(&decide, &formulaAlone, policy.Nested("mode", &formulaModeStay, 1), monthsArg("stay", x.m.Tekun.Stay), months)
	default:
		x.out.Decide(&decide, &formulaAlone, modeDispersed, months)
	}
	pieces, n := x.pieces()
	d := x.on.Month
	for _, p := range pieces[:n] {
		x.period, x.atHome = p.months, p.home
		x.basic()
		x.careLine()
		// After the lines of the months that hold D, as the year assessed
		// at once and in runs puts them.
		if p.months.Contains(d) && assessed.Contains(d) && x.support.Contains(d) {
			x.refer(d)
		}
	}
	x.careNotAssessed()
}

// piece is a run of months in which a member's support is in one mode.
type piece struct {
	months policy.Period
	home   bool // in the nursing home: centralized support
}

// pieces splits the months of the run the support covers (x.period) where
// the member enters or leaves the nursing home: the months before his stay,
// during it and after it, in order, those that are not empty.
func (x *person) pieces() (out [3]piece, n int) {
	run := x.period
	home, ok := x.home.Intersect(run)
	if !x.inHome || !ok {
		out[0] = piece{months: run}
		return out, 1
	}
	if home.From > run.From {
		out[n] = piece{months: policy.Period{From: run.From, To: home.From - 1}}
		n++
	}
	out[n] = piece{months: home, home: true}
	n++
	if home.To < run.To {
		out[n] = piece{months: policy.Period{From: home.To + 1, To: run.To}}
		n++
	}
	return out, n
}

// line adds a line of the member's at the annual amount annual over the
// member's months, rounded once, to the person in dispersed support and to
// the home in centralized support. Its explanation is f, the whole-year
// formula, with the lead arguments and the payee in words "payee"; for fewer
// than twelve months the line explains the months itself (section 0).
func (x *person) line(item policy.Item, clauses []policy.Clause, used []policy.Used, annual policy.Money,
	f *policy.Formula, lead ...policy.Arg) {
	pay := policy.Pay{Programme: policy.Tekun, Item: item, Member: x.m.ID, Payee: x.payee(),
		Payer: policy.CivilAffairsFund, Form: policy.Cash, Clauses: clauses, Params: used, Rounding: x.p.Rounding}
	args := make([]policy.Arg, 0, 6)
	args = append(args, lead...)
	args = x.appendTo(args)
	x.out.Recurring(&pay, policy.PerYear(annual), x.period, f, args...)
}

// payee is who the member's lines are paid to: the person in dispersed
// support, the institution in centralized support.
func (x *person) payee() policy.Payee {
	if x.atHome {
		return policy.PayInstitution
	}
	return policy.PayMember
}
