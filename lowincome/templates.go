package lowincome

import "github.com/safetynet-go/safetynet/policy"

// templates are the sorts of 低保 lines, decisions and findings the rules
// add, fixed once by New for the Assessor's parameter set: each holds its
// programme, item, payee, payer, clauses, parameter records and formula, so
// that a record added from it ([policy.Assessment.RecurringFrom] and the
// like) names only its member and its figures. Records whose item, clauses
// or id come from the record (the audit's under- and over-payments, 错保)
// are added with a policy.Find of their own.
type templates struct {
	base, baseZero *policy.LineTemplate // 2.1.2 补差, and at or above the line
	// uplift holds the A and B uplifts' templates, by class.
	uplift                     [2]upliftTemplates
	child, childSplit          *policy.LineTemplate // 2.2.3, sharing one rounding
	childFull, childIndividual *policy.LineTemplate
	allowance                  *policy.LineTemplate
	noHousehold, allTekun      *policy.DecisionTemplate
	below, atOrAbove           *policy.DecisionTemplate   // an applicant's eligibility
	continues, exit, pending   *policy.DecisionTemplate   // a recipient's exit review
	omission                   [4]*policy.FindingTemplate // 应保未保, by omissionFormulas
}

// upliftTemplates are one class's uplift lines: of the standard, of the
// member's share of the top-up, and of a share of 0.
type upliftTemplates struct {
	standard, share, shareZero *policy.LineTemplate
}

// omissionFormulas are the formulas of 应保未保: the plain one, a
// registered-poor household, one with no member able to work, one with no
// path through development.
var omissionFormulas = [...]*policy.Formula{&formulaOmission, &formulaOmissionPoor, &formulaOmissionNoWork,
	&formulaOmissionNoPath}

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
		}
	}
	decide := func(o policy.Outcome, clauses []policy.Clause, used []policy.Used, f *policy.Formula) *policy.DecisionTemplate {
		return policy.NewDecisionTemplate(policy.Decide{Programme: policy.LowIncome, Outcome: o, Clauses: clauses,
			Params: used}, f)
	}
	t := templates{
		base:            line(ItemBase, policy.PayHousehold, clausesBase, a.usedStandard, &formulaBase),
		baseZero:        line(ItemBase, policy.PayHousehold, clausesBase, a.usedStandard, &formulaBaseZero),
		uplift:          [2]upliftTemplates{uplift(ItemUpliftA, a.usedUpliftA), uplift(ItemUpliftB, a.usedUpliftB)},
		child:           line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChild),
		childSplit:      line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildSplit),
		childFull:       line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildFull),
		childIndividual: line(ItemChild, policy.PayMember, clausesChild, a.usedChild, &formulaChildIndividual),
		allowance:       line(ItemChildAllowance, policy.PayMember, clausesAllowance, a.usedAllowance, &formulaAllowance),
		noHousehold:     decide(policy.Ineligible, clausesAlone, nil, &formulaNoHousehold),
		allTekun:        decide(policy.Ineligible, clausesAlone, nil, &formulaAllTekun),
		below:           decide(policy.Eligible, clausesEligibility, a.usedStandard, &formulaBelow),
		atOrAbove:       decide(policy.Ineligible, clausesEligibility, a.usedStandard, &formulaAtOrAbove),
		continues:       decide(policy.Continue, clausesExit, a.usedStandard, &formulaRecipientAtOrBelow),
		exit:            decide(policy.Exit, clausesExit, a.usedStandard, &formulaExit),
		pending:         decide(policy.ExitPending, clausesExit, a.usedStandard, &formulaExitPending),
	}
	for i, f := range omissionFormulas {
		t.omission[i] = policy.NewFindingTemplate(policy.Find{Kind: policy.Omission, Programme: policy.LowIncome,
			Clauses: clausesOmission}, f)
	}
	return t
}
