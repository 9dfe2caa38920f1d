package lowincome

import "github.com/safetynet-go/safetynet/policy"

// templates are the sorts of 低保 lines, decisions and findings the rules
// add, fixed once by New for the Assessor's parameter set: each holds its
// programme, item, payee, payer, clauses, parameter records and formula, so
// that a record added from it ([policy.Assessment.RecurringFrom] and the
// like) names only its member and its figures. The records whose clauses,
// item or reason come from the record keep a Decide or Find of their own:
// the decision of a failed asset test (its reason the test's explanation),
// 错保 and 应退未退 (精准识别's clauses and the decision's), and the audit's under- and
// over-payments (the line's item, and 精准识别's clauses and the line's).
type templates struct {
	base, baseZero             *policy.LineTemplate // 2.1.2 补差, and at or above the line
	upliftA, upliftB           upliftTemplates
	child, childSplit          *policy.LineTemplate // 2.2.3, sharing one rounding
	childFull, childIndividual *policy.LineTemplate
	allowance                  *policy.LineTemplate
	noHousehold, allTekun      *policy.DecisionTemplate
	below, atOrAbove, onLine   *policy.DecisionTemplate // an applicant's eligibility; onLine at exactly S×n
	continues, exit, pending   *policy.DecisionTemplate // a recipient's exit review
	recipientOnLine            *policy.DecisionTemplate // a recipient at exactly S×n, who continues
	// 应保未保: plainly, for a registered-poor household, for one with no
	// member able to work, for one with no path through development, and
	// for a registered-poor household that is also either of the last two.
	omission, omissionPoor, omissionNoWork, omissionNoPath *policy.FindingTemplate
	omissionPoorNoWork, omissionPoorNoPath                 *policy.FindingTemplate
	// 应保未保 of a 2.2.3 child paid the standard on his own (the
	// individual switch) in a household that is not covered.
	omissionChild *policy.FindingTemplate
}

// upliftTemplates are one class's uplift lines: of the standard, of the
// member's share of the top-up, and of a share of 0; and its decision for
// a member outside the scope the county gives it.
type upliftTemplates struct {
	standard, share, shareZero *policy.LineTemplate
	outOfScope                 *policy.DecisionTemplate
}

// newTemplates makes the templates of a's parameter set.
func newTemplates(a *Assessor) templates {
	line := func(item policy.Item, payee policy.Payee, clauses []policy.Clause, used []policy.Used,
		f *policy.Formula) *policy.LineTemplate {
		return policy.NewLineTemplate(policy.Pay{Programme: policy.LowIncome, Item: item, Payee: payee,
			Payer: policy.CivilAffairsFund, Form: policy.Cash, Clauses: clauses, Params: used,
			Rounding: a.p.Rounding}, f)
	}
	uplift := func(item policy.Item, used []policy.Used) upliftTemplates {
		return upliftTemplates{
			standard:  line(item, policy.PayMember, clausesUplift, used, &formulaUplift),
			share:     line(item, policy.PayMember, clausesUplift, used, &formulaUpliftShare),
			shareZero: line(item, policy.PayMember, clausesUplift, used, &formulaUpliftShareZero),
			outOfScope: policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Item: item,
				Outcome: policy.Ineligible, Clauses: clausesUplift, Params: []policy.Used{a.p.UpliftScope.Used()}},
				&formulaUpliftOutOfScope),
		}
	}
	decide := func(o policy.Outcome, clauses []policy.Clause, used []policy.Used, f *policy.Formula) *policy.DecisionTemplate {
		return policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Outcome: o, Clauses: clauses,
			Params: used}, f)
	}
	omission := func(f *policy.Formula) *policy.FindingTemplate {
		return policy.NewFindingTemplate(policy.Find{Kind: policy.Omission, Programme: policy.LowIncome,
			Clauses: clausesOmission}, f)
	}
	return templates{
		base:               line(ItemBase, policy.PayHousehold, clausesBase, a.usedStandard, &formulaBase),
		baseZero:           line(ItemBase, policy.PayHousehold, clausesBase, a.usedStandard, &formulaBaseZero),
		upliftA:            uplift(ItemUpliftA, a.usedUpliftA),
		upliftB:            uplift(ItemUpliftB, a.usedUpliftB),
		child:              line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChild),
		childSplit:         line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildSplit),
		childFull:          line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildFull),
		childIndividual:    line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildIndividual),
		allowance:          line(ItemChildAllowance, policy.PayMember, clausesAllowance, a.usedAllowance, &formulaAllowance),
		noHousehold:        decide(policy.Ineligible, clausesAlone, nil, &formulaNoHousehold),
		allTekun:           decide(policy.Ineligible, clausesAlone, nil, &formulaAllTekun),
		below:              decide(policy.Eligible, clausesCoverage, a.usedStandard, &formulaBelow),
		atOrAbove:          decide(policy.Ineligible, clausesCoverage, a.usedStandard, &formulaAtOrAbove),
		onLine:             decide(policy.Ineligible, clausesCoverage, a.usedStandard, &formulaOnLine),
		continues:          decide(policy.Continue, clausesCoverage, a.usedStandard, &formulaRecipientAtOrBelow),
		recipientOnLine:    decide(policy.Continue, clausesCoverage, a.usedStandard, &formulaRecipientOnLine),
		exit:               decide(policy.Exit, clausesCoverage, a.usedStandard, &formulaExit),
		pending:            decide(policy.ExitPending, clausesCoverage, a.usedStandard, &formulaExitPending),
		omission:           omission(&formulaOmission),
		omissionPoor:       omission(&formulaOmissionPoor),
		omissionNoWork:     omission(&formulaOmissionNoWork),
		omissionNoPath:     omission(&formulaOmissionNoPath),
		omissionPoorNoWork: omission(&formulaOmissionPoorNoWork),
		omissionPoorNoPath: omission(&formulaOmissionPoorNoPath),
		omissionChild: policy.NewFindingTemplate(policy.Find{Kind: policy.Omission, Programme: policy.LowIncome,
			Item: ItemChild, Clauses: clausesOmissionChild}, &formulaOmissionChild),
	}
}
