package policy

import "github.com/shopspring/decimal"

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

// Covered reports whether the outcome keeps the household or member in the
// programme (eligible, continue, exit pending).
func (o Outcome) Covered() bool {
	return o == Eligible || o == Continue || o == ExitPending
}

// Decision is a programme's decision for a household (Member empty) or a
// member, with the reason in figures.
type Decision struct {
	Programme   Programme
	Member      string
	Outcome     Outcome
	Clauses     []Clause
	Params      []Used
	Explanation Explanation
}

// FindingKind is the kind of an audit or case-work finding.
type FindingKind string

// Finding kinds.
const (
	Omission     FindingKind = "omission"      // 应保未保: eligible but not covered
	Wrongful     FindingKind = "wrongful"      // 错保: covered or paid but not eligible
	Underpayment FindingKind = "underpayment"  // paid now less than the schedule
	Overpayment  FindingKind = "overpayment"   // paid now more than the schedule
	Unclaimed    FindingKind = "unclaimed"     // 应补尽补: qualifies but not recorded as receiving
	Jiujinan     FindingKind = "jiujinan"      // 救急难: approach the household (2.4.2)
	JointMeeting FindingKind = "joint-meeting" // 一事一议: above the maximum, for the joint meeting
	NotConfig    FindingKind = "not-assessed"  // a rule could not be assessed: a local parameter is missing
)

// Name returns the kind's Chinese and English names.
func (k FindingKind) Name() (zh, en string) {
	switch k {
	case Omission:
		return "应保未保", "eligible but not covered"
	case Wrongful:
		return "错保", "covered but not eligible"
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
// a wrongful payment, an under- or over-payment, a flag. Amount is the
// figure it turns on (a monthly difference, an amount left over), zero where
// none applies; the explanation says which.
type Finding struct {
	Kind        FindingKind
	Programme   Programme
	Item        Item
	Member      string
	Clauses     []Clause
	Amount      decimal.Decimal
	Explanation Explanation
}

// CheckStatus is the result of a parameter check.
type CheckStatus string

// Check statuses.
const (
	Pass       CheckStatus = "pass"
	Fail       CheckStatus = "fail"
	NotChecked CheckStatus = "not-assessed" // a local parameter the check needs is missing
)

// Check is the result of validating one parameter against a floor of the
// document or a rule of POLICY.md (e.g. the two-lines check of 2.1.1).
type Check struct {
	Name        string
	Clauses     []Clause
	Status      CheckStatus
	Explanation Explanation
}
