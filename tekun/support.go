package tekun

import "github.com/safetynet-go/safetynet/policy"

var (
	clausesCentralized = []policy.Clause{policy.ClauseTekunStandard, policy.ClauseNursingHome}

	formulaDispersed = policy.Formula{ID: "tekun.dispersed",
		ZH: "分散供养基本生活标准：{A} 元/年，付{payee}",
		EN: "dispersed basic living standard: {A} yuan/year, paid to {payee}"}
	formulaCentralized = policy.Formula{ID: "tekun.centralized",
		ZH: "集中供养（未评级敬老院）基本生活标准：{A} 元/年，付{payee}",
		EN: "centralized support in an unrated home, the basic living standard: {A} yuan/year, paid to {payee}"}

	// The payee in words, "payee": the person; a home whose id is not
	// recorded; a home named by its id.
	toPerson      = policy.T2("payee", "本人", "the person")
	toUnnamed     = policy.T2("payee", "供养机构（编号未登记）", "the institution (id not recorded)")
	formulaToHome = policy.Formula{ID: "tekun.to-home", ZH: "供养机构 {home}", EN: "the institution {home}"}
)

// basic adds the member's basic living line (2.2.1): in dispersed support
// the adopted dispersed standard, paid to the person; in centralized
// support paid to the home, the quota of a rated home (2.2.2, see
// [person.quotaLine]) or the adopted centralized standard in an unrated
// home.
func (x *person) basic() {
	t := x.m.Tekun
	if !x.atHome {
		x.line(ItemDispersed, clausesStandard, x.dispersed.used, x.dispersed.fen,
			&formulaDispersed, policy.M("A", x.dispersed.fen))
		return
	}
	if q, rated := x.quota[t.HomeClass]; rated {
		x.quotaLine(t.HomeClass, q)
		return
	}
	x.line(ItemCentralized, clausesCentralized, x.centralized.used, x.centralized.fen,
		&formulaCentralized, policy.M("A", x.centralized.fen))
}

// appendTo appends the payee of the member's lines in words, "payee": the
// person in dispersed support; in centralized support the home, named by
// its id when the record gives one.
func (x *person) appendTo(args []policy.Arg) []policy.Arg {
	switch {
	case !x.atHome:
		return append(args, toPerson)
	case x.m.Tekun.HomeID == "":
		return append(args, toUnnamed)
	}
	return append(args, policy.Nested("payee", &formulaToHome, 1), policy.T("home", x.m.Tekun.HomeID))
}
