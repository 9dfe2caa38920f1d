package medical

import (
	"strconv"

	"github.com/safetynet-go/safetynet/policy"
)

// Inputs are what a caller hands the assessment besides the record: the
// run of months it covers, the values other programmes decide, as plain
// values (no programme imports another), and the run before it.
type Inputs struct {
	// Period is the run of months assessed (the zero Period is the whole
	// year): a claim is assessed when its admission month is in it, and the
	// contribution sponsorship when the assessment date's month is. The
	// members' decisions read one month of it, so a caller cuts the year
	// where 低保 coverage or a member's 特困 support changes, as package
	// benefit does (household.Checked.SupportRuns).
	Period policy.Period
	// LowIncome: the household is covered by 低保 in this run, so that in
	// its 低保 months (the record's LowIncomePeriod) its members outside
	// 特困 support are 低保 members, key recipients (2.3.2). The caller
	// takes it from the 低保 assessment of the run.
	LowIncome bool
	// LowIncomeMembers are the ids of members who are 低保 recipients on
	// their own though the household is not covered — a child of 2.2.3
	// paid the standard on the individual switch —: key recipients (2.3.2)
	// in every month of Period, unlike LowIncome, which holds in the
	// record's 低保 months only. Such a child is a recipient in the months
	// of its line alone (lowincome's Result.IndividualMonths): a caller
	// cuts Period there, as package benefit does.
	LowIncomeMembers []string
	// Before is the result of the run of months just before this one in
	// the same year, for the same record (nil for the first run): the
	// medical aid paid up to its end, with what it carried, counts toward
	// the caps of this run's claims (2.3.4), and a line here that a cap
	// cuts lists the parameters that aid rests on, under whichever set it
	// was paid. Without it the year starts
	// from the record's MedicalAidPaid and SecondAidPaid. Assess reads it
	// only while it runs: the result keeps what the runs before paid, not
	// them, so a caller may chain the runs through one variable.
	Before *Result
}

// checkInputs checks the values handed in: each id of LowIncomeMembers a
// member's, listed once; Before a result of the run of months just before
// this one, in the same year, for the same household id and member ids.
func (x *assessment) checkInputs() []error {
	errs := x.h.CheckMemberIDs("inputs.lowincome_members", x.in.LowIncomeMembers)
	b := x.in.Before
	if b == nil {
		return errs
	}
	const path = policy.Path("inputs.before")
	other := x.h.CheckSameHousehold(path, b.c.Household())
	switch run, year := x.in.Period.Norm(), b.c.Date().Year; {
	case year != x.on.Year:
		errs = append(errs, path.Invalid(strconv.Itoa(year), "is a result for another year than "+strconv.Itoa(x.on.Year)))
	case other != nil:
		errs = append(errs, other)
	case b.Period().To+1 != run.From:
		errs = append(errs, path.Invalid(b.Period().String(), "is not the run of months just before "+run.String()))
	}
	return errs
}
