package tekun

import (
	"time"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesReferral = []policy.Clause{policy.ClauseNursingHome}

	formulaReferNursing = policy.Formula{ID: "tekun.refer.nursing",
		ZH: "特困供养人员{why}：转介{s}，提供护理服务（不计金额）",
		EN: "a 特困 person who {why}: referred to {s} for nursing care (no amount)"}
	formulaReferPsychiatric = policy.Formula{ID: "tekun.refer.psychiatric",
		ZH: "特困供养人员{why}：转介{s}，提供专业养护（不计金额）",
		EN: "a 特困 person who {why}: referred to {s} for specialised care (no amount)"}

	// Why a person is referred, "why".
	whyFullCare       = policy.T2("why", "需全护理", "needs full care")
	whyIncapacitated  = policy.T2("why", "患病或失能失智", "is sick or incapacitated (失能失智)")
	whyBothCare       = policy.T2("why", "需全护理，且患病或失能失智", "needs full care and is sick or incapacitated (失能失智)")
	whyCertificate    = policy.T2("why", "持精神残疾证", "holds a mental-disability certificate")
	whyDiagnosis      = policy.T2("why", "有精神疾病诊断记录", "has a recorded diagnosis of mental illness")
	whyBothPsychiatry = policy.T2("why", "持精神残疾证，且有精神疾病诊断记录",
		"holds a mental-disability certificate and has a recorded diagnosis of mental illness")

	// The institutions referred to, "s" in the explanation and the line's
	// service.
	toNursing    = policy.T2("s", "护理型特困供养机构或特护区", "a nursing-type 特困 institution or special-care ward")
	toPsychiatry = policy.T2("s", "精神病人福利机构", "a psychiatric welfare institution")
)

// The services of the referral lines, in Chinese and English.
//
// A member supported in the assessment date's month is referred (2.2.2) to
// a nursing-type institution or special-care ward (护理型特困供养机构 /
// 特护区) when he needs full care (全护理) or is sick and unable to care for
// himself (失能失智), and to a psychiatric welfare institution (精神病人福利机构)
// when he holds a mental-disability certificate or has a recorded diagnosis
// of mental illness.
const (
	ServiceNursing     = "护理型特困供养机构或特护区 / nursing-type 特困 institution or special-care ward"
	ServicePsychiatric = "精神病人福利机构 / psychiatric welfare institution"
)

// refer adds the member's referrals of 2.2.2 in month, the assessment
// date's. "为患病或失能失智的特困供养人员提供护理服务": a person who needs full
// care (全护理) or is incapacitated is referred to a nursing-type
// institution or special-care ward. "为特困供养人员中精神病患者提供专业养护场所":
// a person with a mental-disability certificate valid in month, or a
// recorded diagnosis of mental illness, to a psychiatric welfare
// institution. Referrals carry no amount; they are the member's, from
// civil-affairs funds.
func (x *person) refer(month time.Month) {
	t := x.m.Tekun
	full, incapacitated := t.SelfCare == household.SelfCareNone, t.Incapacitated
	if full || incapacitated {
		why := whyFullCare
		switch {
		case full && incapacitated:
			why = whyBothCare
		case incapacitated:
			why = whyIncapacitated
		}
		x.referral(ItemReferNursing, ServiceNursing, month, &formulaReferNursing, why, toNursing)
	}
	certificate, diagnosis := x.mentalCertificate(month), x.m.MentalIllness
	if certificate || diagnosis {
		why := whyCertificate
		switch {
		case certificate && diagnosis:
			why = whyBothPsychiatry
		case diagnosis:
			why = whyDiagnosis
		}
		x.referral(ItemReferPsychiatric, ServicePsychiatric, month, &formulaReferPsychiatric, why, toPsychiatry)
	}
}

// mentalCertificate reports whether the member holds a certificate of
// mental disability valid in month.
func (x *person) mentalCertificate(month time.Month) bool {
	c := x.m.Disability
	return c != nil && c.Type == household.Mental && c.Period.Covers(x.on.Year, month)
}

// referral adds one referral line of the member's: no amount, in month.
func (x *person) referral(item policy.Item, service string, month time.Month, f *policy.Formula, args ...policy.Arg) {
	pay := policy.Pay{Programme: policy.Tekun, Item: item, Member: x.m.ID, Service: service,
		Payee: policy.PayMember, Payer: policy.CivilAffairsFund, Form: policy.Referral, Clauses: clausesReferral,
		Rounding: x.p.Rounding}
	x.out.Refer(&pay, month, f, args...)
}
