package medical

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// The items of medical-aid lines.
const (
	ItemSponsorship  policy.Item = "sponsorship"   // 资助参合 (2.3.3)
	ItemInpatient    policy.Item = "inpatient"     // 住院救助 (2.3.4)
	ItemChildDisease policy.Item = "child-disease" // 儿童重大疾病救助 (2.3.4)
	ItemSecondAid    policy.Item = "second-aid"    // 再次救助 (2.3.4)
)

var (
	clausesSponsorship = []policy.Clause{policy.ClauseSponsorship, policy.ClauseMedicalWho}

	formulaSponsorKey = policy.Formula{ID: "medical.sponsorship.key",
		ZH: "资助参合（{g}，重点救助对象）：个人参合费 {c} 元由医疗救助资金全额代缴，{=} 元",
		EN: "contribution sponsorship ({g}, a key recipient): the individual NCMS contribution {c} paid in full by the medical-aid fund, {=} yuan"}
	formulaSponsorPoor = policy.Formula{ID: "medical.sponsorship.registered-poor",
		ZH: "资助参合（建档立卡贫困人口）：个人缴费 {c} 元由县财政全额代缴，{=} 元",
		EN: "contribution sponsorship (registered-poor member): the individual NCMS contribution {c} paid in full by county finance, {=} yuan"}
)

// initSponsorship makes the sponsorship line of each group that has one
// (2.3.3): for a key recipient the medical-aid fund, for a registered-poor
// member county finance, pays the full individual NCMS contribution to the
// NCMS fund.
func (a *Assessor) initSponsorship() {
	p := &a.p
	used := []policy.Used{p.Contribution.Used()}
	c := p.Contribution.Value
	amount := p.Rounding.Round(c)
	for _, g := range []Group{GroupTekun, GroupLowIncome, GroupRegisteredPoor} {
		f, payer := formulaSponsorKey, policy.MedicalAidFund
		if g == GroupRegisteredPoor {
			f, payer = formulaSponsorPoor, policy.CountyFinance
		}
		zh, en := g.Name()
		l := lumpLine(ItemSponsorship, "", policy.PayNCMSFund, payer, amount, clausesSponsorship,
			used, p.Rounding, f, []policy.Arg{policy.T2("g", zh, en), policy.M("c", c), policy.M("=", amount)})
		a.sponsor[groupIndex(g)] = &l
	}
}

// sponsorship is the contribution sponsorship of 2.3.3 for a member of
// group g: for a key recipient the medical-aid fund, for a registered-poor
// member county finance, pays the full individual NCMS contribution to the
// NCMS fund. Other groups get no line (false).
func (a *Assessor) sponsorship(member string, g Group) (policy.Line, bool) {
	i := groupIndex(g)
	if i < 0 || a.sponsor[i] == nil {
		return policy.Line{}, false
	}
	l := *a.sponsor[i]
	l.Member = member
	return l, true
}

// lumpLine makes a one-off cash line of an amount already rounded, its
// explanation args ending with the amount as "=".
func lumpLine(item policy.Item, member string, payee policy.Payee, payer policy.Payer, amount decimal.Decimal,
	clauses []policy.Clause, used []policy.Used, r policy.Rounding, f policy.Formula, args []policy.Arg) policy.Line {
	return policy.NewLine(policy.Line{
		Programme: policy.Medical, Item: item, Member: member,
		Payee: payee, Payer: payer, Form: policy.Cash,
		Annual: amount, Lump: true, Rounding: r, Clauses: clauses, Params: used,
		Explanation: policy.Explanation{Formula: f, Args: args},
	})
}
