package disability

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

var (
	clausesValid    = []policy.Clause{policy.ClauseDisability, policy.ClauseConventions}
	clausesChildren = []policy.Clause{policy.ClauseDisability, policy.ClauseChildren}

	formulaNotValid = policy.Formula{ID: "disability.not-valid",
		ZH: "{cert}：残疾人证有效期{valid}，不含所评估的月份：不享受两项补贴",
		EN: "{cert}: the certificate is valid {valid}, in none of the months assessed: neither subsidy"}
)

// tiers are what each certificate grade's subsidies rest on, for the grade
// tiers or for one hardship key's, worked out once by [New]: living[0] and
// nursing[0] are grade 1. The tiers of a hardship key hold the grade tier
// for a grade the county left unset, and the grade tiers of a subsidy the
// county did not tier for that key (hasLiving, hasNursing false).
type tiers struct {
	living                [4]livingTier
	nursing               [3]nursingTier // grade 4 has no nursing subsidy
	hasLiving, hasNursing bool
}

// livingTier is one grade's living subsidy, 元/年.
type livingTier struct {
	amount        policy.Money
	hardship      bool          // a tier by hardship, named by tier
	tier          policy.Arg    // the hardship basis, as the argument "tier"
	usedLowIncome []policy.Used // the tier
	usedPoor      []policy.Used // the tier and the registered-poor switch
}

// nursingTier is one grade's nursing subsidy, 元/月.
type nursingTier struct {
	amount   policy.Money
	set      bool // false while the grade-3 tier is unset (local)
	name     string
	hardship bool       // a tier by hardship, named by tier
	tier     policy.Arg // the hardship basis, as the argument "tier"
	used     []policy.Used
}

// lowIncome reports whether holder m counts as a member of a 低保 household
// in the run: a member not under 特困 support in its months (x.tekun) of a
// household covered by 低保, or a 低保 recipient on his own (section 0,
// 2.2.3).
func (x *assessment) lowIncome(m *household.Member) bool {
	return x.in.LowIncome && !x.tekun || x.individual(m)
}

// lowIncomeIn returns an error when in says that members are 低保 recipients
// in months the record's 低保 months (its LowIncomePeriod in year, the whole
// year when nil) miss: at "inputs.lowincome" when the household is said to
// be covered in the whole run, at "inputs.lowincome_members[k]" for the
// first certificate holder said to be a recipient on his own in it, whose
// own line is paid in the household's 低保 months only. A living subsidy
// paid on the 低保 basis in such a month would be a wrong amount, never an
// assumption (2.2.4, section 0). Where no holder would be paid on that
// basis — no member holds a certificate, or none of those named does —
// nothing is refused.
func lowIncomeIn(h *household.Household, year int, in Inputs) error {
	holds := func(id string) bool { m, ok := h.Member(id); return ok && m.Disability != nil }
	path, value, said := policy.Path("inputs.lowincome"), "true", "says the household is covered by 低保"
	switch k := slices.IndexFunc(in.LowIncomeMembers, holds); {
	case in.LowIncome:
		if !slices.ContainsFunc(h.Members, func(m household.Member) bool { return m.Disability != nil }) {
			return nil
		}
	case k >= 0:
		path, value, said = policy.Path("inputs.lowincome_members").Index(k), policy.Quote(in.LowIncomeMembers[k]),
			"is said to be a 低保 recipient on his own"
	default:
		return nil
	}
	run := in.Period.Norm()
	months, ok := h.LowIncomePeriod.In(year)
	if both, _ := months.Intersect(run); ok && both == run {
		return nil
	}
	covered := "none of " + strconv.Itoa(year)
	if ok {
		covered = months.String() + " of " + strconv.Itoa(year)
	}
	return path.Invalid(value, said+" in months "+run.String()+", but the household's 低保 months (lowincome_period) are "+
		covered+": assess the months in and out of 低保 apart")
}

// individual reports whether m is a 低保 recipient on his own.
func (x *assessment) individual(m *household.Member) bool {
	return slices.Contains(x.in.LowIncomeMembers, m.ID)
}

// tiersOf returns m's tiers (see [Tiers]): those of its hardship level
// where the county set tiers for it, else of the 低保 or registered-poor
// basis where it has one, else the grade tiers. living chooses among the
// living subsidy's tiers, else the nursing subsidy's.
func (x *assessment) tiersOf(m *household.Member, living bool) *tiers {
	if x.byHardship == nil {
		return &x.grades
	}
	has := func(k string) bool {
		t, ok := x.byHardship[k]
		return ok && (living && t.hasLiving || !living && t.hasNursing)
	}
	key := ""
	switch level := m.HardshipLevel; {
	case level != "" && has(level): // never a basis key: household validation refuses one
		key = level
	case x.lowIncome(m):
		key = HardshipLowIncome
	case x.h.RegisteredPoor:
		key = HardshipRegisteredPoor
	}
	if has(key) {
		return x.byHardship[key]
	}
	return &x.grades
}

// hardship works out the tiers of every key either subsidy is tiered by
// hardship with, or nil when neither is.
func (a *Assessor) hardship() map[string]*tiers {
	living, nursing := a.p.Living.ByHardship, a.p.Nursing.ByHardship
	if len(living)+len(nursing) == 0 {
		return nil
	}
	by := make(map[string]*tiers, len(living)+len(nursing))
	add := func(k string) {
		if by[k] != nil {
			return
		}
		t := a.grades
		if lt, ok := living[k]; ok {
			t.living, t.hasLiving = a.livingTiers(k, &lt), true
		}
		if nt, ok := nursing[k]; ok {
			t.nursing, t.hasNursing = a.nursingTiers(k, &nt), true
		}
		by[k] = &t
	}
	for k := range living {
		add(k)
	}
	for k := range nursing {
		add(k)
	}
	return by
}

// livingTiers returns the living subsidy of each grade: the grade tier, or
// where by sets the grade, the tier by hardship of key.
func (a *Assessor) livingTiers(key string, by *Tiers) [4]livingTier {
	var ts [4]livingTier
	poor := a.p.Living.RegisteredPoor.Used()
	for g := 1; g <= 4; g++ {
		p, _ := a.p.Living.Tier(g)
		t := &ts[g-1]
		if h, ok := hardshipTier(by, g); ok {
			p, t.hardship, t.tier = h, true, tierArg(key)
		}
		t.amount = policy.ParamMoney(p)
		t.usedLowIncome = []policy.Used{p.Used()}
		t.usedPoor = []policy.Used{p.Used(), poor}
	}
	return ts
}

// nursingTiers returns the nursing subsidy of grades 1–3: the grade tier,
// or where by sets the grade, the tier by hardship of key. Grade 3 rests on
// the option as well.
func (a *Assessor) nursingTiers(key string, by *Tiers) [3]nursingTier {
	var ts [3]nursingTier
	for g := 1; g <= 3; g++ {
		p, _ := a.p.Nursing.Tier(g)
		t := &ts[g-1]
		if h, ok := hardshipTier(by, g); ok {
			p, t.hardship, t.tier = h, true, tierArg(key)
		}
		t.amount, t.set, t.name = policy.ParamMoney(p), p.Set, p.Name
		t.used = []policy.Used{p.Used()}
		if g == 3 { // the grade-3 tier applies only under the option
			t.used = append(t.used, a.p.Nursing.Grade3Option.Used())
		}
	}
	return ts
}

// hardshipTier returns grade g's tier of by, and false when by is nil or
// leaves it unset.
func hardshipTier(by *Tiers, g int) (policy.Param[decimal.Decimal], bool) {
	if by == nil {
		return policy.Param[decimal.Decimal]{}, false
	}
	p, _ := by.Tier(g)
	return p, p.Set
}

// tierArg names a hardship basis as the argument "tier": 低保, 建档立卡, or
// the county's level as it is written.
func tierArg(key string) policy.Arg {
	switch key {
	case HardshipLowIncome:
		return policy.T2("tier", "低保", "低保")
	case HardshipRegisteredPoor:
		return policy.T2("tier", "建档立卡", "registered-poor")
	}
	return policy.T2("tier", key, key)
}

// validArg names a certificate's months as the argument "valid":
// "2016-01至2016-12" / "2016-01 to 2016-12", or with an open end
// "2018-01起" / "from 2018-01".
func validArg(p *household.MonthPeriod) policy.Arg {
	if p == nil {
		return policy.T2("valid", "全年", "all year")
	}
	if p.To.IsZero() {
		return policy.T2("valid", p.From.String()+"起", "from "+p.From.String())
	}
	return policy.T2("valid", p.From.String()+"至"+p.To.String(), p.From.String()+" to "+p.To.String())
}

// certificate names a certificate's grade and type in both languages, e.g.
// "一级肢体残疾" / "grade 1 physical disability", as the argument "cert" of
// an explanation. The record has been checked, so the grade is 1–4 and the
// type known.
func certificate(c *household.Disability) policy.Arg {
	zh, en := typeNames(c.Type)
	return policy.T2("cert", gradeZH[c.Grade]+"级"+zh+"残疾", "grade "+strconv.Itoa(c.Grade)+" "+en+" disability")
}

// gradeArg names a grade: 一 to 四 in Chinese, 1 to 4 in English.
func gradeArg(g int) policy.Arg { return policy.T2("g", gradeZH[g], strconv.Itoa(g)) }

var gradeZH = [...]string{"", "一", "二", "三", "四"}

func typeNames(t household.DisabilityType) (zh, en string) {
	switch t {
	case household.Visual:
		return "视力", "visual"
	case household.Hearing:
		return "听力", "hearing"
	case household.Speech:
		return "言语", "speech"
	case household.Physical:
		return "肢体", "physical"
	case household.Intellectual:
		return "智力", "intellectual"
	case household.Mental:
		return "精神", "mental"
	}
	return "多重", "multiple"
}

// notValid refuses both subsidies to a holder whose certificate is valid in
// none of the months assessed (section 0: months outside a record's period
// are not assessed).
func (x *assessment) notValid(m *household.Member, cert policy.Arg) {
	valid := validArg(m.Disability.Period)
	x.decideUnder(clausesValid, ItemLiving, m, policy.Ineligible, nil, &formulaNotValid, cert, valid)
	x.decideUnder(clausesValid, ItemNursing, m, policy.Ineligible, nil, &formulaNotValid, cert, valid)
}
