package benefit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Breakdown is a household's entitlement under every programme, as of one
// date (section 3 of the rules): every line of every programme, the
// decisions with their reasons, the findings (in the embedded
// [policy.Assessment], queried with LinesOf, DecisionsOf and FindingsOf,
// which read a nil breakdown as one with none),
// the referrals to other departments, the asset test and the parameter
// set's checks, totals that equal the sum of the lines exactly, and the
// provisional parameters the breakdown rests on.
//
// Every line carries its programme, item, member, payee, payer, form,
// annual amount, monthly schedule, clauses, parameters and explanation.
//
// A Breakdown belongs to its caller: nothing in it is shared with the
// Assessor except immutable values (lines, decisions, checks and parameter
// records cannot be changed through their accessors). Its lists and totals
// are exported so that it can be read and written as a whole, as the
// Assessor made it: Totals equal the sum of Lines as assessed, and a caller
// that removes or adds lines (or uses the building methods of the embedded
// Assessment on it) has a breakdown whose totals no longer say so, and
// whose JSON, read back, is totalled again from its lines. Those building
// methods, and Release and Reset, panic on a nil *Breakdown, as reading
// one of its fields does.
type Breakdown struct {
	Household string         // the household's id
	Township  string         // the household's township (乡镇)
	Village   string         // its village, empty when the record has none
	Date      household.Date // the assessment date
	// Year is the year of the parameter set in force on Date.
	Year int

	policy.Assessment

	// Referrals send the needs the record shows to the departments that
	// decide them (clause 3.2); none when it shows none.
	Referrals []Referral
	// Assets is the household's 低保 asset test (2.1.3) in the month of
	// Date: not assessed unless the county has configured it. It names no
	// months when the test is alike in every month assessed, and else the
	// months it holds for.
	Assets policy.Check
	Totals Totals // the lines' sums by programme, payee and payer

	size   int          // n, the 低保 household size
	income policy.Money // I, the counted income
	in     *inForce     // the sets and checks of the year, nil for none
	// assets holds the asset tests of the year when they differ from one
	// run of months to the next (AssetsByPeriod), nil until a year first
	// has: kept behind a pointer, as few breakdowns need it.
	assets *[]policy.Check
}

// AssetsByPeriod returns the household's 低保 asset test (2.1.3) of every
// run of months, each with the months it holds for, when the year's tests
// differ (section 0: each period is assessed under its own parameters,
// checks included): under sets with other limits, or where the household's
// size, and so its deposits per member, changes with a member's 特困
// support. It returns none when the test is alike in every month assessed:
// [Breakdown.Assets] then holds for all of them. A nil breakdown has none.
func (b *Breakdown) AssetsByPeriod() []policy.Check {
	if b == nil || b.assets == nil || len(*b.assets) == 0 {
		return nil
	}
	return slices.Clone(*b.assets)
}

// assetsByPeriod returns the asset tests of the year, shared: never hand it
// out.
func (b *Breakdown) assetsByPeriod() []policy.Check {
	if b == nil || b.assets == nil {
		return nil
	}
	return *b.assets
}

// sets returns the sets the breakdown used, shared: never hand it out.
func (b *Breakdown) sets() []SetUsed {
	if b == nil || b.in == nil {
		return nil
	}
	return b.in.sets
}

// checks returns the sets' checks, shared: never hand it out.
func (b *Breakdown) checks() []policy.Check {
	if b == nil || b.in == nil {
		return nil
	}
	return b.in.checks
}

// HouseholdSize returns n, the members counted in the 低保 household (all
// but those under 特困 support, section 0).
// A nil breakdown has none.
func (b *Breakdown) HouseholdSize() int {
	if b == nil {
		return 0
	}
	return b.size
}

// Income returns I, the household's counted annual income (2.1.2–2.1.3).
// A nil breakdown has none.
func (b *Breakdown) Income() decimal.Decimal {
	if b == nil {
		return decimal.Zero
	}
	return b.income.Decimal()
}

// Sets names every parameter set the breakdown used, in the order their
// months come: one for a year under one set, two for a county that raised
// its standard mid-year (section 0). A nil breakdown used none.
func (b *Breakdown) Sets() []SetUsed { return slices.Clone(b.sets()) }

// Provisional lists, in order of first use, the provisional parameters the
// lines rest on, each (name, value) once: a parameter a mid-year set
// changes is listed with each value (section 0). A nil breakdown rests on
// none.
func (b *Breakdown) Provisional() []policy.Used {
	if b == nil {
		return nil
	}
	return provisionalOf(b.Lines)
}

// Checks returns the parameter sets' checks (the two lines of 2.1.1, the
// 特困 minimums and the 60% of consumption test of 2.2.1, the care
// subsidy's checks against its share of the standard, the quotas) and,
// when some months of the year have no set in force, the check
// [CheckMonthsInForce], not assessed, naming them (section 0): the same for
// every household of the year. A check alike under every set in force
// (but for the provenance and source of its parameters, [policy.Check.Join])
// is given once; where the year's sets check differently, each set's check is
// given with the months it holds for ([policy.Check.Period]), right after
// the same check of the months before it, in the order of the first set's
// checks. A nil breakdown has none.
func (b *Breakdown) Checks() []policy.Check { return slices.Clone(b.checks()) }

// Total returns the breakdown's total for a programme, in yuan: 0.00 for
// a nil breakdown.
func (b *Breakdown) Total(p policy.Programme) decimal.Decimal {
	if b == nil {
		return decimal.Zero
	}
	return b.Totals.Programme(p)
}

// SetUsed names a parameter set a breakdown used: its year, the day it
// came into force and its name.
type SetUsed struct {
	Year int            // the set's calendar year
	From household.Date // the day it came into force
	Name string         // what the set is; empty when it has no name
}

// String names the set for a reader: its name, or the label of a set
// without one, "2017 年参数集 / the 2017 set". The text of a breakdown, of a
// comparison and of examples/budget name a set so.
func (u SetUsed) String() string {
	if u.Name != "" {
		return u.Name
	}
	y := strconv.Itoa(u.Year)
	return y + " 年参数集 / the " + y + " set"
}

// Referral sends a need the record shows to the department that decides it
// (clause 3.2): no amount, the department and service named.
type Referral struct {
	Department  Department         // the department that decides the need: one of [Departments]
	Service     string             // the service, in Chinese and English, e.g. "住房救助 / housing aid"
	Member      string             // the member's id; empty for a need of the household, as every need the record shows is
	Clauses     []policy.Clause    // the clauses it rests on (3.2)
	Explanation policy.Explanation // the referral in words
}

// Department is a department other programmes refer to (clause 3.2).
type Department string

// Departments.
const (
	Housing      Department = "housing"         // 住建: 住房救助
	Health       Department = "health"          // 卫计: 疾病应急救助
	HumanRes     Department = "human-resources" // 人社: 农村养老保险
	CivilAffairs Department = "civil-affairs"   // 民政: 受灾人员救助
)

var departments = [...]Department{Housing, Health, HumanRes, CivilAffairs}

// Departments returns the departments, in the order above.
func Departments() []Department { return slices.Clone(departments[:]) }

// Valid reports whether d is one of the departments above.
func (d Department) Valid() bool { return slices.Contains(departments[:], d) }

// Name returns the department's Chinese and English names.
func (d Department) Name() (zh, en string) {
	switch d {
	case Housing:
		return "住建部门", "housing and construction"
	case Health:
		return "卫计部门", "health and family planning"
	case HumanRes:
		return "人社部门", "human resources and social security"
	case CivilAffairs:
		return "民政部门", "civil affairs"
	}
	return string(d), string(d)
}

// Totals are the breakdown's sums by programme, payee and payer, and in
// all, each the sum of its lines' amounts exactly. They are kept in fen,
// indexed like [policy.Programmes], [policy.Payees] and [policy.Payers], and
// read through methods, which read nil Totals as the totals of no line.
type Totals struct {
	programme      [5]policy.Money
	payee          [4]policy.Money
	payer          [3]policy.Money
	programmeLines [5]int32 // how many lines each sum adds up
	payeeLines     [4]int32
	payerLines     [3]int32
}

// totalsOf adds the lines up by programme, payee and payer.
func totalsOf(lines []policy.Line) Totals {
	var t Totals
	for i := range lines {
		l := &lines[i]
		m := l.Amount()
		p, e, r := l.Indexes()
		t.programme[p] += m
		t.programmeLines[p]++
		t.payee[e] += m
		t.payeeLines[e]++
		t.payer[r] += m
		t.payerLines[r]++
	}
	return t
}

// Total is the sum of the lines that share a key (a programme, payee or
// payer), and how many lines it adds up.
type Total struct {
	Key    string          // the programme, payee or payer
	Annual decimal.Decimal // the sum of the lines' amounts, yuan
	Lines  int             // how many lines it adds up
}

// totals lists the keys that have lines, sorted by key, nil when none has;
// sums and lines are the keys' sums and counts.
func totals[K ~string](keys []K, sums []policy.Money, lines []int32) []Total {
	var out []Total
	for i, k := range keys {
		if lines[i] > 0 {
			out = append(out, Total{Key: string(k), Annual: sums[i].Decimal(), Lines: int(lines[i])})
		}
	}
	slices.SortFunc(out, func(a, b Total) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// orZero returns t, or the zero Totals for a nil t: the methods of Totals
// read a nil one as the totals of no line.
func (t *Totals) orZero() *Totals {
	if t == nil {
		return new(Totals)
	}
	return t
}

// ByProgramme returns the totals by programme, sorted by key.
func (t *Totals) ByProgramme() []Total {
	t = t.orZero()
	return totals(policy.Programmes(), t.programme[:], t.programmeLines[:])
}

// ByPayee returns the totals by payee, sorted by key.
func (t *Totals) ByPayee() []Total {
	t = t.orZero()
	return totals(policy.Payees(), t.payee[:], t.payeeLines[:])
}

// ByPayer returns the totals by payer, sorted by key.
func (t *Totals) ByPayer() []Total {
	t = t.orZero()
	return totals(policy.Payers(), t.payer[:], t.payerLines[:])
}

// All returns the sum of every line, in yuan.
func (t *Totals) All() decimal.Decimal { return t.AllFen().Decimal() }

// AllFen returns the sum of every line, in fen.
func (t *Totals) AllFen() policy.Money {
	t = t.orZero()
	var all policy.Money // every line has one programme
	for _, m := range t.programme {
		all += m
	}
	return all
}

// Programme returns the total of one programme, in yuan.
func (t *Totals) Programme(p policy.Programme) decimal.Decimal {
	if i := p.Index(); i >= 0 && t != nil {
		return t.programme[i].Decimal()
	}
	return decimal.Zero
}

// Payer returns the total one payer pays, in yuan.
func (t *Totals) Payer(p policy.Payer) decimal.Decimal {
	if i := p.Index(); i >= 0 && t != nil {
		return t.payer[i].Decimal()
	}
	return decimal.Zero
}

// Payee returns the total one payee receives, in yuan.
func (t *Totals) Payee(p policy.Payee) decimal.Decimal {
	if i := p.Index(); i >= 0 && t != nil {
		return t.payee[i].Decimal()
	}
	return decimal.Zero
}

// hasValue reports whether list records u's parameter at u's value,
// whatever the provenance and source.
func hasValue(list []policy.Used, u policy.Used) bool {
	for i := range list {
		if list[i].Name == u.Name && list[i].Value == u.Value {
			return true
		}
	}
	return false
}

// provisionalOf lists, in order of first use, the provisional parameters
// the lines used, each (name, value) once, so that a parameter whose value
// a mid-year set changes is listed with both values the lines rest on
// (section 0).
func provisionalOf(lines []policy.Line) []policy.Used { return appendProvisionalOf(nil, lines) }

// appendProvisionalOf appends to dst the provisional parameters of
// provisionalOf not already in it: the breakdown's list, and its JSON,
// which lists them into a buffer of its own.
func appendProvisionalOf(dst []policy.Used, lines []policy.Line) []policy.Used {
	for i := range lines {
		if !lines[i].Provisional() {
			continue
		}
		for j := range lines[i].NumParams() {
			if u := lines[i].Param(j); u.Provenance == policy.Provisional && !hasValue(dst, u) {
				dst = append(dst, u)
			}
		}
	}
	return dst
}
