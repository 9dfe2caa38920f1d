package medical

import (
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// The items of medical-aid lines.
//
// The sponsorship (2.3.3) is the individual basic medical insurance
// contribution, paid to the basic medical insurance fund — 2017: the NCMS —
// by the medical-aid fund for key recipients and by county finance for
// registered-poor members, in the month of the assessment date.
const (
	ItemSponsorship  policy.Item = "sponsorship"   // 资助参合: the individual basic medical insurance contribution (2.3.3)
	ItemInpatient    policy.Item = "inpatient"     // 住院救助 (2.3.4)
	ItemChildDisease policy.Item = "child-disease" // 儿童重大疾病救助 (2.3.4)
	ItemSecondAid    policy.Item = "second-aid"    // 再次救助 (2.3.4)
)

var (
	clausesSponsorship = []policy.Clause{policy.ClauseSponsorship, policy.ClauseMedicalWho}

	formulaSponsorKey = policy.Formula{ID: "medical.sponsorship.key",
		ZH: "资助参保（{g}，重点救助对象）：个人基本医疗保险缴费 {c} 元由医疗救助资金全额代缴至基本医疗保险基金（2017年：新农合），{=} 元",
		EN: "contribution sponsorship ({g}, a key recipient): the individual basic medical insurance contribution {c} paid in full by the medical-aid fund to the basic medical insurance fund (2017: NCMS), {=} yuan"}
	formulaSponsorPoor = policy.Formula{ID: "medical.sponsorship.registered-poor",
		ZH: "资助参保（建档立卡贫困人口）：个人基本医疗保险缴费 {c} 元由县财政全额代缴至基本医疗保险基金（2017年：新农合），{=} 元",
		EN: "contribution sponsorship (registered-poor member): the individual basic medical insurance contribution {c} paid in full by county finance to the basic medical insurance fund (2017: NCMS), {=} yuan"}
)

// sponsorship is the contribution sponsorship of 2.3.3 (资助参合) for a
// member of group g on the assessment date, paid in month (the assessment
// date's): for a key recipient the medical-aid fund, for a registered-poor
// member county finance, pays the full individual basic medical insurance
// contribution to the basic medical insurance fund (2017: NCMS). Other
// groups get no line.
func (a *Assessor) sponsorship(member string, g Group, month time.Month, out *policy.Assessment) {
	t := a.sponsorKey
	switch {
	case g == GroupRegisteredPoor:
		t = a.sponsorPoor
	case !g.Key():
		return
	}
	zh, en := g.Name()
	out.LumpFrom(t, member, a.sponsored, month,
		policy.T2("g", zh, en), policy.M("c", a.contribution))
}

// sponsorshipTemplate is the template of the sponsorship lines paid by
// payer, explained by f.
func (a *Assessor) sponsorshipTemplate(payer policy.Payer, f *policy.Formula) *policy.LineTemplate {
	return policy.NewLineTemplate(policy.Pay{Programme: policy.Medical, Item: ItemSponsorship,
		Payee: policy.PayMedicalInsuranceFund, Payer: payer, Form: policy.Cash, Clauses: clausesSponsorship,
		Params: a.usedSponsorship, Rounding: a.p.Rounding}, f)
}
