package medical

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Rule is which part of 2.3.4 set a claim's aid.
type Rule string

// The rules that may set a claim's aid: none (the member is in no group),
// the inpatient formula, or the child-disease quota.
const (
	RuleNone      Rule = "none"          // the member is in no group: no aid
	RuleInpatient Rule = "inpatient"     // ratio × (R − deductible)
	RuleChild     Rule = "child-disease" // share × the disease's fixed-quota cost
)

// Rules returns the rules, in the order above.
func Rules() []Rule { return []Rule{RuleNone, RuleInpatient, RuleChild} }

// ClaimInput is one claim as the per-claim rule of 2.3.4 sees it: whose it
// is and in which group, the claim, the member's age at admission, and the
// medical aid already paid to the member this year before it.
type ClaimInput struct {
	// Member is the member's id, named on the lines. Required, and an id
	// as a record's are: visible text ([household.IDFault]) of at most
	// [household.MaxIDLength] bytes.
	Member string
	// Group is the member's group on the admission date (2.3.2).
	Group Group
	// Claim is the inpatient claim assessed (its costs, the NCMS and
	// critical-illness payments, its disease for the child-disease rule).
	Claim household.Claim
	// Age is the member's age in full years on the admission date.
	Age int
	// Paid is the main medical aid (inpatient and child-disease) and
	// SecondPaid the second aid already paid to the member this year before
	// this claim: both count against the group's annual cap, SecondPaid
	// against second aid's own cap too.
	Paid, SecondPaid decimal.Decimal
}

// ClaimResult is the aid for one claim (2.3.4): an immutable value whose
// figures are read through its methods.
type ClaimResult struct {
	id        string
	admission household.Date
	group     Group
	rule      Rule
	costs     costs
	remaining policy.Money // R
	aid       policy.Money // inpatient or child-disease aid
	second    policy.Money // second aid
	capped    bool
	// lines views the claim's lines in the assessment that made them (for
	// Members and Member, one of their own, never released): never handed
	// out.
	lines []policy.Line
}

// ID returns the claim's id.
func (c ClaimResult) ID() string { return c.id }

// Admission returns the claim's admission date.
func (c ClaimResult) Admission() household.Date { return c.admission }

// Group returns the member's group on the admission date, which decided
// the claim's terms and cap (2.3.2).
func (c ClaimResult) Group() Group { return c.group }

// Rule returns which rule set the aid.
func (c ClaimResult) Rule() Rule { return c.rule }

// Remaining returns R, the compliant out-of-pocket after basic NCMS,
// critical-illness, supplementary and guaranteed-minimum payments.
func (c ClaimResult) Remaining() decimal.Decimal { return c.remaining.Decimal() }

// Aid returns the inpatient or child-disease aid.
func (c ClaimResult) Aid() decimal.Decimal { return c.aid.Decimal() }

// Second returns the second aid (再次救助); 0 unless it is configured.
func (c ClaimResult) Second() decimal.Decimal { return c.second.Decimal() }

// Total returns Aid + Second.
func (c ClaimResult) Total() decimal.Decimal { return (c.aid + c.second).Decimal() }

// Capped reports whether the annual cap of the claim's group (or second
// aid's own cap) cut the aid: whether the aid its rule gives without the
// cap, never above what it is bound by (R, or what is left after aid), is
// above what is left of the cap, each rounded down to the set's unit. Where
// R and what is left of the cap round down alike, the aid is bound by R,
// not capped, in every rule.
func (c ClaimResult) Capped() bool { return c.capped }

// Left returns R − Aid − Second: the out-of-pocket left after all aid.
func (c ClaimResult) Left() decimal.Decimal { return c.left().Decimal() }

func (c ClaimResult) left() policy.Money { return c.remaining - c.aid - c.second }

// Lines returns a copy of the claim's aid lines: the inpatient or
// child-disease line, then the second-aid line when second aid is on
// ([SecondAid.On]).
// None for a member in no group.
func (c ClaimResult) Lines() []policy.Line { return slices.Clone(c.lines) }

// Explanation returns the reason in figures: that of the claim's first
// line, or for a member in no group on the admission date that there is
// no aid, with the claim's figures: why the member is in no group is the
// member's decision, or the claim's own where its group differs.
func (c ClaimResult) Explanation() policy.Explanation {
	if len(c.lines) > 0 {
		return c.lines[0].Explanation()
	}
	rx := c.costs.explain(c.remaining)
	return policy.Explain(&formulaNoGroup, append([]policy.Arg{policy.T("claim", c.id)}, rx[:]...)...)
}

// ClaimAid is the per-claim rule of 2.3.4. R is the compliant cost less
// basic NCMS, critical-illness, supplementary and guaranteed-minimum
// payments. For a member in a group, the aid is the group's ratio of R above
// the group's deductible (none for key recipients); for a child at most
// [Params.ChildMaxAge] at admission with acute leukaemia or congenital heart
// disease, instead the child share of the fixed-quota cost, never more than
// R. Either is rounded once and limited to what is left of the group's
// annual cap after in.Paid and in.SecondPaid (room = cap − all aid already
// paid, never below 0). With second aid enabled, it pays its ratio of the
// part of R left after aid above its threshold, within what is left of its
// own yearly cap after in.SecondPaid and of the group's annual cap. A member
// in no group gets no aid. Aid is never negative and never more than R. The
// lines are paid in the admission month and name the claim's id.
//
// [Assessor.Assess] applies this rule to every claim of a household; on its
// own, ClaimAid checks what a record check would. It returns the errors
// found, joined in one list, each a [policy.FieldError] wrapping
// [policy.ErrInvalid], for these: no member, or one that is not an id as a
// record's are ([household.IDFault], at most [household.MaxIDLength]
// bytes); an unknown group or a negative age; paid amounts that are not
// money; what [household.Claim.Validate] refuses of the claim (its id,
// admission date, disease code and amounts, a compliant cost above the
// total cost, insurance paying more than the compliant cost), at paths
// starting with "claim"; and, once those pass, no fixed-quota cost where
// the child-disease rule applies.
func (a *Assessor) ClaimAid(in ClaimInput) (ClaimResult, error) {
	if a == nil || !a.p.Contribution.Set {
		return ClaimResult{}, errZero
	}
	if err := a.checkClaimInput(&in); err != nil {
		return ClaimResult{}, err
	}
	var out policy.Assessment
	paid, second := fen(in.Paid), fen(in.SecondPaid)
	res := a.claimAid(&claimCase{member: in.Member, group: in.Group, claim: &in.Claim, age: in.Age,
		before: aidPaid{all: paid + second, second: second}}, &out)
	return res, nil
}

// checkClaimInput checks a claim handed to ClaimAid on its own.
func (a *Assessor) checkClaimInput(in *ClaimInput) error {
	var errs []error
	switch member := policy.Path("member"); {
	case in.Member == "":
		errs = append(errs, member.Required("is required: the member the aid is paid to, named on the lines"))
	case len(in.Member) > household.MaxIDLength: // before it is read: its length bounds the cost
		errs = append(errs, member.TooLong(policy.Quote(in.Member),
			"is longer than "+strconv.Itoa(household.MaxIDLength)+" bytes"))
	default:
		if fault := household.IDFault(in.Member); fault != "" {
			errs = append(errs, member.Invalid(policy.Quote(in.Member), fault))
		}
	}
	if !in.Group.Valid() {
		errs = append(errs, policy.Path("group").NotSupported(policy.Quote(string(in.Group)),
			"is not tekun, lowincome, registered-poor, extended, child-in-difficulty or empty"))
	}
	if in.Age < 0 {
		errs = append(errs, policy.Path("age").Invalid(strconv.Itoa(in.Age), "is negative"))
	}
	for _, f := range [...]struct {
		path policy.Path
		v    decimal.Decimal
	}{{"paid", in.Paid}, {"second_paid", in.SecondPaid}} {
		if err := policy.CheckMoney(f.path, f.v); err != nil {
			errs = append(errs, err)
		}
	}
	for _, fe := range policy.FieldErrors(in.Claim.Validate("claim")) { // one list, not a join within a join
		errs = append(errs, fe)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if c := &in.Claim; in.Group != GroupNone && a.childRule(c, in.Age) && !c.FixedQuotaCost.IsPositive() {
		return quotaError("claim", c, in.Age)
	}
	return nil
}

// childRule reports whether the child-disease rule applies: a child at
// most ChildMaxAge on the admission date with acute leukaemia or congenital
// heart disease.
func (a *Assessor) childRule(c *household.Claim, age int) bool {
	return (c.Disease == household.AcuteLeukaemia || c.Disease == household.CongenitalHeart) &&
		age >= 0 && age <= a.p.ChildMaxAge.Value
}

// quotaError is the error of a claim at p for a member in a group to which
// the child-disease rule applies with no fixed-quota cost: without it the
// aid cannot be computed.
func quotaError(p policy.Path, c *household.Claim, age int) error {
	return p.Field("fixed_quota_cost").Required(fmt.Sprintf(
		"is required: the child-disease rule applies (%s, aged %d at admission)", c.Disease, age))
}

// claimCase is one claim as the rule sees it, amounts in fen.
type claimCase struct {
	member string
	group  Group
	claim  *household.Claim
	age    int
	before aidPaid // the aid paid this year before the claim, and what it rests on
}

// claimAid applies the rule of 2.3.4 to one validated claim, adding its
// lines to out: R; the member in no group gets nothing; otherwise the
// child-disease or the inpatient aid within what is left of the group's
// annual cap, then second aid when it is enabled.
func (a *Assessor) claimAid(x *claimCase, out *policy.Assessment) ClaimResult {
	c := x.claim
	res := ClaimResult{id: c.ID, admission: c.Admission, group: x.group, rule: RuleNone, costs: costsOf(c)}
	res.remaining = res.costs.remaining()
	t := a.terms(x.group)
	if t == nil {
		return res
	}
	pay := policy.Pay{Programme: policy.Medical, Member: x.member, ID: c.ID, Payee: policy.PayMember,
		Payer: policy.MedicalAidFund, Form: policy.Cash, Clauses: clausesInpatient, Rounding: a.p.Rounding}
	room := max(t.cap-x.before.all, 0) // what is left of the group's annual cap
	first := len(out.Lines)
	if a.childRule(c, x.age) {
		a.childDisease(x, t, &res, room, &pay, out)
	} else {
		a.inpatient(x, t, &res, room, &pay, out)
	}
	if a.secondOn {
		a.secondAid(x, t, &res, max(room-res.aid, 0), &pay, out)
	}
	x.before.lists |= a.paidBits(t, res.rule) // what the claims after it rest on
	// Lines are values no one changes: should out.Lines grow into a new
	// array, this view of the old one still holds the claim's lines.
	res.lines = slices.Clip(out.Lines[first:])
	return res
}
