package benefit

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Breakdown is a household's entitlement under every programme, as of one
// date: every line of every programme, the decisions with their reasons,
// the findings, the referrals to other departments, the parameter checks,
// totals that equal the sum of the lines exactly, and the provisional
// parameters the breakdown rests on (POLICY.md section 3).
type Breakdown struct {
	Household string         `json:"household"`
	Township  string         `json:"township"`
	Village   string         `json:"village,omitempty"`
	Date      household.Date `json:"date"`
	// Year is the year of the parameter set in force on Date.
	Year int `json:"year"`

	Lines     []policy.Line     `json:"lines"`
	Decisions []policy.Decision `json:"decisions"`
	Findings  []policy.Finding  `json:"findings"`
	Referrals []Referral        `json:"referrals"`
	// Assets is the household's 低保 asset test (2.1.3): not assessed
	// unless the county has configured it.
	Assets policy.Check `json:"assets"`
	// Checks are the parameter set's checks (the two lines merged, the 特困
	// minimums and the 60% of consumption test of 2.2.1, the quotas): the
	// same for every household under the set, and shared between
	// breakdowns, so treat them as read-only.
	Checks []policy.Check `json:"checks"`
	Totals Totals         `json:"totals"`
	// Provisional lists, once each, the provisional parameters the lines
	// rest on.
	Provisional []policy.Used `json:"provisional"`
}

// Referral sends a need the record shows to the department that decides it
// (POLICY.md section 3, clause 3.2): no amount, the department and service
// named.
type Referral struct {
	Department  Department         `json:"department"`
	Service     string             `json:"service"`
	Member      string             `json:"member,omitempty"`
	Clauses     []policy.Clause    `json:"clauses"`
	Explanation policy.Explanation `json:"explanation"`
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

// Totals are the breakdown's sums: by programme, by payee, by payer and in
// all. Each equals the sum of its lines' annual amounts exactly.
type Totals struct {
	ByProgramme []Total
	ByPayee     []Total
	ByPayer     []Total
	All         decimal.Decimal
}

// Total is the sum of the lines that share a key (a programme, payee or
// payer), and how many lines it adds up.
type Total struct {
	Key    string
	Annual decimal.Decimal
	Lines  int
}

// totalsOf adds the lines up by programme, payee and payer, keys in a
// stable order. Each key's total is a [policy.Sum], so the sums are exact
// and cost one allocation per key rather than per line.
func totalsOf(lines []policy.Line) Totals {
	var all policy.Sum
	var prog, payee, payer keyed
	for i := range lines {
		l := &lines[i]
		all.Add(l.Annual)
		prog.add(string(l.Programme), l.Annual)
		payee.add(string(l.Payee), l.Annual)
		payer.add(string(l.Payer), l.Annual)
	}
	return Totals{ByProgramme: prog.totals(), ByPayee: payee.totals(), ByPayer: payer.totals(), All: all.Total()}
}

// keyed is a running total per key; there are a handful of keys, so a
// slice beats a map.
type keyed struct {
	keys  [8]string
	sums  [8]policy.Sum
	lines [8]int
	n     int
	more  []Total // keys beyond the eighth, which no programme has today
}

func (k *keyed) add(key string, amount decimal.Decimal) {
	for i := range k.n {
		if k.keys[i] == key {
			k.sums[i].Add(amount)
			k.lines[i]++
			return
		}
	}
	if k.n == len(k.keys) {
		k.more = addTo(k.more, key, amount)
		return
	}
	k.keys[k.n] = key
	k.sums[k.n].Add(amount)
	k.lines[k.n] = 1
	k.n++
}

func (k *keyed) totals() []Total {
	if k.n == 0 {
		return nil
	}
	ts := make([]Total, k.n, k.n+len(k.more))
	for i := range k.n {
		ts[i] = Total{Key: k.keys[i], Annual: k.sums[i].Total(), Lines: k.lines[i]}
	}
	ts = append(ts, k.more...)
	slices.SortFunc(ts, func(a, b Total) int { return cmp.Compare(a.Key, b.Key) })
	return ts
}

func addTo(ts []Total, key string, amount decimal.Decimal) []Total {
	for i := range ts {
		if ts[i].Key == key {
			ts[i].Annual = ts[i].Annual.Add(amount)
			ts[i].Lines++
			return ts
		}
	}
	return append(ts, Total{Key: key, Annual: amount, Lines: 1})
}

// provisionalOf lists, once each in order of first use, the provisional
// parameters the lines used.
func provisionalOf(lines []policy.Line) []policy.Used {
	var out []policy.Used
	for _, l := range lines {
		if !l.Provisional {
			continue
		}
		for _, u := range l.Params {
			if u.Provenance == policy.Provisional && !slices.ContainsFunc(out, func(v policy.Used) bool { return v.Name == u.Name }) {
				out = append(out, u)
			}
		}
	}
	return out
}

// Total returns the breakdown's total for a programme.
func (b *Breakdown) Total(p policy.Programme) decimal.Decimal {
	for _, t := range b.Totals.ByProgramme {
		if t.Key == string(p) {
			return t.Annual
		}
	}
	return decimal.Zero
}
