package benefit

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	formulaHousing = policy.Formula{ID: "benefit.referral.housing",
		ZH: "住房困难（危房）：转介住建部门落实住房救助",
		EN: "unsafe housing: referred to the housing and construction department for housing aid"}
	formulaHealth = policy.Formula{ID: "benefit.referral.disease-emergency",
		ZH: "需疾病应急救助：转介卫计部门",
		EN: "needs disease emergency aid: referred to the health and family planning department"}
	formulaPension = policy.Formula{ID: "benefit.referral.pension",
		ZH: "有成员未参加农村养老保险：转介人社部门",
		EN: "a member is not in rural pension insurance: referred to the human resources and social security department"}
	formulaDisaster = policy.Formula{ID: "benefit.referral.disaster",
		ZH: "受灾：转介民政部门受灾人员救助",
		EN: "disaster victim: referred to the civil affairs department for disaster relief"}
)

// referrals turns the needs the record shows into referrals to the
// departments that decide them (clause 3.2: "住建部门要认真落实好住房救助；
// 卫计部门要落实疾病应急救助政策；人社部门要切实实施好农村养老保险制度", and
// 受灾人员救助 of civil affairs). They carry no amount.
// It appends them to out.
func referrals(out []Referral, h *household.Household) []Referral {
	add := func(d Department, service string, f *policy.Formula) {
		out = append(out, Referral{Department: d, Service: service,
			Clauses: []policy.Clause{policy.ClauseCoordination}, Explanation: policy.Explain(f)})
	}
	n := h.Needs
	if n.UnsafeHousing {
		add(Housing, "住房救助 / housing aid", &formulaHousing)
	}
	if n.DiseaseEmergency {
		add(Health, "疾病应急救助 / disease emergency aid", &formulaHealth)
	}
	if n.NoPension {
		add(HumanRes, "农村养老保险 / rural pension insurance", &formulaPension)
	}
	if n.DisasterVictim {
		add(CivilAffairs, "受灾人员救助 / disaster victims' relief", &formulaDisaster)
	}
	return out
}
