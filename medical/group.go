package medical

import (
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Group is the medical-aid group a member falls in (2.3.2). The zero value
// is [GroupNone].
type Group string

// Groups, from the most favourable (POLICY.md 2.3.2: 特困 > 低保 >
// registered poor > extended).
const (
	GroupNone           Group = ""                // not covered by medical aid
	GroupTekun          Group = "tekun"           // 特困供养人员: a key recipient
	GroupLowIncome      Group = "lowincome"       // 低保对象: a key recipient
	GroupRegisteredPoor Group = "registered-poor" // 建档立卡贫困人口: "贫困人口全部纳入"
	GroupExtended       Group = "extended"        // 低收入家庭 and 因病致贫 members (扩大救助对象)
)

// Valid reports whether g is one of the groups or none.
func (g Group) Valid() bool {
	switch g {
	case GroupNone, GroupTekun, GroupLowIncome, GroupRegisteredPoor, GroupExtended:
		return true
	}
	return false
}

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
	case GroupNone:
		return "非医疗救助对象", "not covered"
	}
	return string(g), string(g)
}

var (
	clausesWho = []policy.Clause{policy.ClauseMedicalWho}

	formulaTekun = policy.Formula{ID: "medical.group.tekun",
		ZH: "特困供养人员：重点救助对象", EN: "under 特困 support: a key recipient"}
	formulaLowIncome = policy.Formula{ID: "medical.group.lowincome",
		ZH: "低保家庭成员：重点救助对象", EN: "member of a 低保 household: a key recipient"}
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
	formulaNone = policy.Formula{ID: "medical.group.none",
		ZH: "不属于医疗救助对象：非特困供养、非低保、非建档立卡贫困户成员，亦非低收入家庭的老年人、未成年人、重度残疾人、重特大疾病患者或因病致贫家庭的重特大疾病患者",
		EN: "not covered: not under 特困 support, not in a 低保 or registered-poor household, and not an elderly, minor, severely disabled or major-disease member of a low-income family nor a major-disease patient of a family impoverished by illness"}
	formulaNoneLowIncomeFamily = policy.Formula{ID: "medical.group.none-low-income-family",
		ZH: "不属于医疗救助对象：低收入家庭成员，但 {age} 周岁（不低于 {minor} 且不满 {elderly} 周岁），非重度残疾人，非重特大疾病患者",
		EN: "not covered: a member of a low-income family, but aged {age} (at least {minor} and under {elderly}), not severely disabled and not a major-disease patient"}
	formulaNoHousehold = policy.Formula{ID: "medical.group.no-household",
		ZH: "无户籍人员（流浪乞讨等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}
)

var clausesNoHousehold = []policy.Clause{policy.ClauseConventions, policy.ClauseMedicalWho}

// classify puts member m of household h in its group as of date on (2.3.2),
// the most favourable where several apply, and adds the decision with its
// reason to out. Ages are full years on the assessment date.
func (a *Assessor) classify(h *household.Household, m *household.Member, on household.Date, lowIncome bool,
	out *policy.Assessment) Group {
	p := &a.p
	g := GroupNone
	d := policy.Decide{Programme: policy.Medical, Member: m.ID, Outcome: policy.Eligible, Clauses: clausesWho}
	var f *policy.Formula
	var args []policy.Arg
	age := m.BirthDate.AgeOn(on)
	switch severe := m.Disability != nil && m.Disability.Grade <= p.SevereGrade.Value; {
	case h.NoFixedHousehold:
		f, d.Clauses = &formulaNoHousehold, clausesNoHousehold
	case m.Tekun.Supported():
		g, f = GroupTekun, &formulaTekun
	case lowIncome:
		g, f = GroupLowIncome, &formulaLowIncome
	case h.RegisteredPoor:
		g, f = GroupRegisteredPoor, &formulaRegisteredPoor
	case h.LowIncomeFamily && age >= p.ElderlyAge.Value:
		g, f, d.Params = GroupExtended, &formulaElderly, a.usedElderly
		args = []policy.Arg{policy.N("age", age), policy.N("min", p.ElderlyAge.Value)}
	case h.LowIncomeFamily && age < p.MinorAge.Value:
		g, f, d.Params = GroupExtended, &formulaMinor, a.usedMinor
		args = []policy.Arg{policy.N("age", age), policy.N("max", p.MinorAge.Value)}
	case h.LowIncomeFamily && severe:
		g, f, d.Params = GroupExtended, &formulaSevere, a.usedSevere
		args = []policy.Arg{policy.N("grade", m.Disability.Grade), policy.N("max", p.SevereGrade.Value)}
	case h.LowIncomeFamily && m.MajorDisease:
		g, f = GroupExtended, &formulaMajorLow
	case h.ImpoverishedByIllness && m.MajorDisease:
		g, f = GroupExtended, &formulaMajorIll
	case h.LowIncomeFamily:
		f, d.Params = &formulaNoneLowIncomeFamily, a.usedLimits
		args = []policy.Arg{policy.N("age", age), policy.N("minor", p.MinorAge.Value),
			policy.N("elderly", p.ElderlyAge.Value)}
	default:
		f = &formulaNone
	}
	if g == GroupNone {
		d.Outcome = policy.Ineligible
	}
	out.Decide(&d, f, args...)
	return g
}
