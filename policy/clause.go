package policy

// Clause is a clause id of 东政办〔2017〕43号 as RULES.md numbers it: "2.1.2" is
// 二、（一）2, "3.2" is 三、（二）. The section-level id "0" names RULES.md's
// conventions.
type Clause string

// The computable clauses of RULES.md, in document order.
const (
	ClauseConventions   Clause = "0"     // RULES.md section 0: money, provenance, assessment, who counts
	ClauseStandard      Clause = "2.1.1" // 低保 standard and the two-lines check (两线合一)
	ClauseDynamic       Clause = "2.1.2" // 低保 coverage, A/B uplift, exit review (动态管理)
	ClauseMeansTest     Clause = "2.1.3" // income and asset verification (精准识别)
	ClauseTekunStandard Clause = "2.2.1" // 特困 basic living standard and care subsidy
	ClauseNursingHome   Clause = "2.2.2" // nursing-home quota subsidy (敬老院综合定额补助); referrals to care and psychiatric institutions
	ClauseChildren      Clause = "2.2.3" // children in difficulty receive the full standard
	ClauseDisability    Clause = "2.2.4" // the two disability subsidies (残疾人两项补贴)
	ClauseMedicalFunds  Clause = "2.3.1" // medical-aid funding; county finance covers any shortfall
	ClauseMedicalWho    Clause = "2.3.2" // who medical aid covers
	ClauseSponsorship   Clause = "2.3.3" // contribution sponsorship (资助参合)
	ClauseInpatient     Clause = "2.3.4" // inpatient aid, caps, child diseases, second aid
	ClauseTemporary     Clause = "2.4.1" // temporary aid: who and how much
	ClauseJiujinan      Clause = "2.4.2" // 救急难 active discovery
	ClauseTemporaryForm Clause = "2.4.3" // forms of temporary aid: cash, in kind, referral
	ClauseCoordination  Clause = "3.2"   // 三、（二）: one intake, referrals, exclusions
)

// clauseTable lists the clauses in document order with their titles; a
// clause's code on a line is its index here plus one.
var clauseTable = [...]struct {
	id     Clause
	zh, en string
}{
	{ClauseConventions, "通则", "conventions"},
	{ClauseStandard, "农村低保标准", "rural minimum living standard"},
	{ClauseDynamic, "低保动态管理", "dynamic management of the minimum living allowance"},
	{ClauseMeansTest, "家庭经济状况核对", "household means verification"},
	{ClauseTekunStandard, "特困供养标准", "basic living standard of extremely poor persons"},
	{ClauseNursingHome, "敬老院综合定额补助与转介", "nursing-home quota subsidy and referrals"},
	{ClauseChildren, "困境儿童基本生活保障", "children in difficulty"},
	{ClauseDisability, "残疾人两项补贴", "the two disability subsidies"},
	{ClauseMedicalFunds, "医疗救助资金", "medical-aid funding"},
	{ClauseMedicalWho, "医疗救助对象", "who medical aid covers"},
	{ClauseSponsorship, "资助参合", "contribution sponsorship"},
	{ClauseInpatient, "住院救助", "inpatient aid"},
	{ClauseTemporary, "临时救助", "temporary aid"},
	{ClauseJiujinan, "救急难主动发现", "救急难 active discovery"},
	{ClauseTemporaryForm, "临时救助方式", "forms of temporary aid"},
	{ClauseCoordination, "协同办理", "coordination"},
}

// index returns the clause's index in clauseTable, or -1.
func (c Clause) index() int {
	for i := range clauseTable {
		if clauseTable[i].id == c {
			return i
		}
	}
	return -1
}

// Known reports whether c is one of the clause ids the rules define.
func (c Clause) Known() bool { return c.index() >= 0 }

// Title returns the clause's short title in Chinese and in English, or two
// empty strings for an unknown clause.
func (c Clause) Title() (zh, en string) {
	if i := c.index(); i >= 0 {
		return clauseTable[i].zh, clauseTable[i].en
	}
	return "", ""
}

// Clauses returns every clause id the rules define, in document order.
func Clauses() []Clause {
	cs := make([]Clause, len(clauseTable))
	for i := range clauseTable {
		cs[i] = clauseTable[i].id
	}
	return cs
}

// MaxClauses is the most clauses a line, decision or finding cites (a
// rule's [Pay], [Decide] and [Find]), and that a breakdown's referral
// reads back with.
const MaxClauses = 4

// clauseCodes are up to MaxClauses clauses of a line, decision or finding,
// in the order the rule gave them, as indexes into clauseTable plus one.
type clauseCodes [MaxClauses]uint8

// clauseCodesOf encodes cs; clauses beyond the fourth, or unknown ones,
// cannot be kept and panic, which a rule's tests find at once.
func clauseCodesOf(cs []Clause) clauseCodes {
	var k clauseCodes
	if len(cs) > len(k) {
		panic("policy: more than four clauses on one line")
	}
	for i, c := range cs {
		j := c.index()
		if j < 0 {
			panic("policy: unknown clause " + string(c))
		}
		k[i] = uint8(j + 1)
	}
	return k
}

func (k clauseCodes) clauses() []Clause {
	var cs []Clause
	for _, c := range k {
		if c == 0 {
			break
		}
		cs = append(cs, clauseTable[c-1].id)
	}
	return cs
}
