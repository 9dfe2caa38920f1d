package medical

import (
	"slices"
	"time"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Group is the medical-aid group a member falls in (2.3.2). The zero value
// is [GroupNone].
//
// Each member falls in one group, the most favourable that applies: 特困;
// 低保 (the household in its 低保 months, or a member paid 低保 on his own,
// 2.2.3); registered poor (建档立卡, "贫困人口全部纳入"); extended (elderly,
// minor, severely disabled or major-disease members of low-income families;
// major-disease patients of families impoverished by illness); a child in
// difficulty in no other group. The group is decided on the assessment date
// for the member's decision and the contribution sponsorship, and on the
// admission date for each claim: ages, and the months of 特困 support, 低保
// and a disability certificate, are taken then, so a member's group can
// differ per claim, and such a claim has a decision of its own, as has a
// claim in no group.
type Group string

// Groups, from the most favourable (RULES.md 2.3.2: 特困 > 低保 >
// registered poor > extended; a child in difficulty is in the extended group
// only when in no other group, 2.2.3).
const (
	GroupNone           Group = ""                // not covered by medical aid
	GroupTekun          Group = "tekun"           // 特困供养人员: a key recipient
	GroupLowIncome      Group = "lowincome"       // 低保对象: a key recipient
	GroupRegisteredPoor Group = "registered-poor" // 建档立卡贫困人口: "贫困人口全部纳入"
	GroupExtended       Group = "extended"        // 扩大救助对象: the members of 低收入家庭 and 因病致贫 families that 2.3.2 names
	// GroupChildInDifficulty is a child in difficulty (困境儿童 or
	// 困境家庭儿童, 2.2.3, under 18) in no other group: an extended-group
	// member with terms of its own [interpretation].
	GroupChildInDifficulty Group = "child-in-difficulty"
)

var groups = [...]Group{GroupTekun, GroupLowIncome, GroupRegisteredPoor, GroupExtended, GroupChildInDifficulty}

// Groups returns the groups from the most favourable, as above; none, the
// zero value, is not listed.
func Groups() []Group { return slices.Clone(groups[:]) }

// Valid reports whether g is one of the groups or none.
func (g Group) Valid() bool { return g == GroupNone || slices.Contains(groups[:], g) }

// Key reports whether g is a group of key recipients (重点救助对象: 特困
// and 低保).
func (g Group) Key() bool { return g == GroupTekun || g == GroupLowIncome }

// Name returns the group's Chinese and English names.
func (g Group) Name() (zh, en string) {
	switch g {
	case GroupTekun:
		return "特困供养人员", "extremely poor person under support"
	case GroupLowIncome:
		return "低保对象", "minimum-living-allowance member"
	case GroupRegisteredPoor:
		return "建档立卡贫困人口", "registered-poor member"
	case GroupExtended:
		return "扩大救助对象", "extended group"
	case GroupChildInDifficulty:
		return "困境儿童（扩大救助对象）", "child in difficulty (extended group)"
	case GroupNone:
		return "非医疗救助对象", "not covered"
	}
	return string(g), string(g)
}

var (
	clausesWho      = []policy.Clause{policy.ClauseMedicalWho}
	clausesWhoChild = []policy.Clause{policy.ClauseMedicalWho, policy.ClauseChildren}

	formulaTekun = policy.Formula{ID: "medical.group.tekun",
		ZH: "特困供养人员：重点救助对象", EN: "under 特困 support: a key recipient"}
	formulaLowIncome = policy.Formula{ID: "medical.group.lowincome",
		ZH: "低保家庭成员：重点救助对象", EN: "member of a 低保 household: a key recipient"}
	formulaLowIncomeMember = policy.Formula{ID: "medical.group.lowincome-individual",
		ZH: "本人单独享受低保（困境儿童全额享受最低生活保障）：低保对象，重点救助对象",
		EN: "a 低保 recipient on his own (a child in difficulty paid the full standard): a key recipient"}
	formulaRegisteredPoor = policy.Formula{ID: "medical.group.registered-poor",
		ZH: "建档立卡贫困户成员：贫困人口全部纳入医疗救助范围",
		EN: "member of a registered-poor household: the poor are all covered (贫困人口全部纳入)"}
	formulaElderly = policy.Formula{ID: "medical.group.elderly",
		ZH: "低收入家庭的老年人：{age} 周岁，不低于 {min} 周岁",
		EN: "elderly member of a low-income family: aged {age}, at least {min}"}
	formulaMinor = policy.Formula{ID: "medical.group.minor",
		ZH: "低收入家庭的未成年人：{age} 周岁，不满 {max} 周岁",
		EN: "minor of a low-income family: aged {age}, under {max}"}
	formulaSevere = policy.Formula{ID: "medical.group.severe",
		ZH: "低收入家庭的重度残疾人：残疾等级 {grade} 级（1–{max} 级为重度）",
		EN: "severely disabled member of a low-income family: grade {grade} (grades 1–{max} are severe)"}
	formulaMajorLow = policy.Formula{ID: "medical.group.major-disease",
		ZH: "低收入家庭的重特大疾病患者", EN: "major-disease patient of a low-income family"}
	formulaMajorIll = policy.Formula{ID: "medical.group.impoverished-by-illness",
		ZH: "因病致贫家庭的重特大疾病患者", EN: "major-disease patient of a family impoverished by illness (因病致贫)"}
	formulaChildInDifficulty = policy.Formula{ID: "medical.group.child-in-difficulty",
		ZH: "{cat}，{age} 周岁，不满 {max} 周岁，不属于其他救助对象：扩大救助对象（困境儿童医疗救助）",
		EN: "{cat}, aged {age}, under {max}, in no other group: in the extended group (medical aid for children in difficulty)"}
	formulaNone = policy.Formula{ID: "medical.group.none",
		ZH: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者，亦非困境儿童",
		EN: "not covered: not under 特困 support, not in a 低保 or registered-poor household, and not an elderly, minor, severely disabled or major-disease member of a low-income family nor a major-disease patient of a family impoverished by illness, nor a child in difficulty"}
	formulaNoneLowIncomeFamily = policy.Formula{ID: "medical.group.none-low-income-family",
		ZH: "不属于医疗救助对象：低收入家庭成员，但 {age} 周岁（不低于 {minor} 且不满 {elderly} 周岁），非重度残疾人，非重特大疾病患者",
		EN: "not covered: a member of a low-income family, but aged {age} (at least {minor} and under {elderly}), not severely disabled and not a major-disease patient"}
	formulaNoHousehold = policy.Formula{ID: "medical.group.no-household",
		ZH: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}
	// formulaClaimGroup is a claim's own group where it is not the
	// member's on the assessment date: age groups, and the months of 低保,
	// 特困 support and a disability certificate, go by the admission date.
	formulaClaimGroup = policy.Formula{ID: "medical.group.claim",
		ZH: "住院 {claim}（{adm} 入院）按入院日认定：{why}",
		EN: "claim {claim} (admitted {adm}), as of the admission date: {why}"}
)

var clausesNoHousehold = []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho}

// reason is a member's group on a date (2.3.2) and why, with the figures
// its formula takes.
type reason struct {
	*why
	args [3]policy.Arg
	n    int // how many of args the formula takes
}

// why is one way into a group of 2.3.2, as New fixes it for the parameter
// set: the group, the formula, the parameters and clauses it rests on, and
// the template of the member's decision.
type why struct {
	group   Group
	f       *policy.Formula
	params  []policy.Used
	clauses []policy.Clause
	t       *policy.DecisionTemplate
}

// whys are the ways into a group (or none) of 2.3.2, one for each case of
// groupOn.
type whys struct {
	noHousehold, tekun, lowIncome, lowIncomeMember, registeredPoor why
	elderly, minor, severe, majorLow, majorIll, child              why
	noneLowIncomeFamily, none                                      why
}

// newWhys makes the ways into a group under a's parameter set.
func newWhys(a *Assessor) whys {
	w := func(g Group, f *policy.Formula, params []policy.Used, clauses []policy.Clause) why {
		d := policy.Decide{Programme: policy.Medical, Outcome: policy.Eligible, Clauses: clauses, Params: params}
		if g == GroupNone {
			d.Outcome = policy.Ineligible
		}
		return why{group: g, f: f, params: params, clauses: clauses, t: policy.NewDecisionTemplate(d, f)}
	}
	return whys{
		noHousehold:         w(GroupNone, &formulaNoHousehold, nil, clausesNoHousehold),
		tekun:               w(GroupTekun, &formulaTekun, nil, clausesWho),
		lowIncome:           w(GroupLowIncome, &formulaLowIncome, nil, clausesWho),
		lowIncomeMember:     w(GroupLowIncome, &formulaLowIncomeMember, nil, clausesWhoChild),
		registeredPoor:      w(GroupRegisteredPoor, &formulaRegisteredPoor, nil, clausesWho),
		elderly:             w(GroupExtended, &formulaElderly, a.usedElderly, clausesWho),
		minor:               w(GroupExtended, &formulaMinor, a.usedMinor, clausesWho),
		severe:              w(GroupExtended, &formulaSevere, a.usedSevere, clausesWho),
		majorLow:            w(GroupExtended, &formulaMajorLow, nil, clausesWho),
		majorIll:            w(GroupExtended, &formulaMajorIll, nil, clausesWho),
		child:               w(GroupChildInDifficulty, &formulaChildInDifficulty, a.usedMinor, clausesWhoChild),
		noneLowIncomeFamily: w(GroupNone, &formulaNoneLowIncomeFamily, a.usedLimits, clausesWho),
		none:                w(GroupNone, &formulaNone, nil, clausesWho),
	}
}

// groupOn puts member m in its group as of date at (2.3.2), the most
// favourable where several apply: the assessment date for the member's
// decision and the contribution, a claim's admission date for the claim.
// Ages are full years on that date; 特困 support, the household's 低保 and
// a disability certificate count if their record periods cover month: at's
// own, but for the decision of a run without the assessment date's month,
// the month decidedMonth gives.
// It fills r in place (a reason holds three operands: 232 bytes); only
// r.args[:r.n] are its operands.
func (x *assessment) groupOn(m *household.Member, at household.Date, month time.Month, r *reason) {
	p, h, w := &x.p, x.h, &x.whys
	age, year := m.BirthDate.AgeOn(at), x.on.Year
	severe := m.Disability != nil && m.Disability.Grade <= p.SevereGrade.Value &&
		m.Disability.Period.Covers(year, month)
	set := func(why *why, args ...policy.Arg) {
		r.why, r.n = why, copy(r.args[:], args)
	}
	switch {
	case h.NoFixedHousehold:
		set(&w.noHousehold)
	case m.Tekun.Supported() && m.Tekun.Period.Covers(year, month):
		set(&w.tekun)
	case x.in.LowIncome && h.LowIncomePeriod.Covers(year, month):
		set(&w.lowIncome)
	case slices.Contains(x.in.LowIncomeMembers, m.ID):
		set(&w.lowIncomeMember)
	case h.RegisteredPoor:
		set(&w.registeredPoor)
	case h.LowIncomeFamily && age >= p.ElderlyAge.Value:
		set(&w.elderly, policy.N("age", age), policy.N("min", p.ElderlyAge.Value))
	case h.LowIncomeFamily && age < p.MinorAge.Value:
		set(&w.minor, policy.N("age", age), policy.N("max", p.MinorAge.Value))
	case h.LowIncomeFamily && severe:
		set(&w.severe, policy.N("grade", m.Disability.Grade), policy.N("max", p.SevereGrade.Value))
	case h.LowIncomeFamily && m.MajorDisease:
		set(&w.majorLow)
	case h.ImpoverishedByIllness && m.MajorDisease:
		set(&w.majorIll)
	case m.Child != household.ChildNone && age < p.MinorAge.Value:
		set(&w.child, childCategory(m.Child), policy.N("age", age), policy.N("max", p.MinorAge.Value))
	case h.LowIncomeFamily:
		set(&w.noneLowIncomeFamily, policy.N("age", age),
			policy.N("minor", p.MinorAge.Value), policy.N("elderly", p.ElderlyAge.Value))
	default:
		set(&w.none)
	}
}

// decidedMonth returns the month in which the members' decisions of this
// run read 特困 support, 低保 and certificate months (2.3.2): the
// assessment date's when the run holds it (the decision then decides the
// contribution too), else the run's month nearest it, so that the decision
// of a run before or after that month states the member's group in the
// run, not 特困 support in one month and 低保 coverage of another run. Ages
// are on the assessment date all the same (section 0).
func (x *assessment) decidedMonth() time.Month {
	switch run := x.in.Period.Norm(); {
	case run.Contains(x.on.Month):
		return x.on.Month
	case run.To < x.on.Month:
		return run.To
	default:
		return run.From
	}
}

// childCategory returns the argument "cat": the 2.2.3 category in words.
func childCategory(c household.ChildCategory) policy.Arg {
	if c == household.ChildInDifficultHome {
		return policy.T2("cat", "困境家庭儿童", "a child of a family in difficulty")
	}
	return policy.T2("cat", "困境儿童", "a child in difficulty")
}

// decide adds to out the decision of r for the member: the member's own on
// the assessment date (claim nil), or a claim's group as of its admission
// date, naming the claim.
func (x *assessment) decide(out *policy.Assessment, member string, claim *household.Claim, r *reason) {
	if claim == nil {
		out.DecideFrom(r.t, member, r.args[:r.n]...)
		return
	}
	d := policy.Decide{Programme: policy.Medical, Member: member, ID: claim.ID, Outcome: policy.Eligible,
		Clauses: r.clauses, Params: r.params}
	if r.group == GroupNone {
		d.Outcome = policy.Ineligible
	}
	var buf [6]policy.Arg
	args := append(buf[:0], policy.T("claim", claim.ID), policy.T("adm", claim.Admission.String()),
		policy.Nested("why", r.f, r.n))
	out.Decide(&d, &formulaClaimGroup, append(args, r.args[:r.n]...)...)
}
