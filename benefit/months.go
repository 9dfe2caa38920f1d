package benefit

import (
	"strconv"
	"strings"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// CheckMonthsInForce is the name of the check a breakdown carries when some
// months of its year have no parameter set in force (section 0: such a
// month is not assessed): status not assessed, clause 0, naming the months.
// A breakdown of a year every month of which has a set has no such check.
const CheckMonthsInForce = "benefit.months_in_force"

var (
	clausesConventions = []policy.Clause{policy.ClauseConventions}

	formulaMonthsNotInForce = policy.Formula{ID: "benefit.months-in-force.not-assessed",
		ZH: "{year}年{months}无在用参数集，未评估（这些月份的补助、住院和临时救助事件均不评估）",
		EN: "{year} {months}: no parameter set in force, not assessed (no payments, claims or hardship events of those months are assessed)"}
)

// checkMonthsInForce returns the check of a year whose months in gaps (bit
// m for month m) have no parameter set in force: not assessed, naming the
// year and the months as runs ("1–6月", "months 1–6"). The lines, claims
// and hardship events of those months are not assessed (section 0), and
// the check says so instead of leaving them out silently.
func checkMonthsInForce(year int, gaps uint16) policy.Check {
	zh, en := monthRuns(gaps)
	return policy.NewCheck(policy.CheckOf{Name: CheckMonthsInForce, Clauses: clausesConventions,
		Status: policy.NotChecked}, &formulaMonthsNotInForce, policy.N("year", year), policy.T2("months", zh, en))
}

// monthsInForce returns the run of months of a year some set is in force
// in, given the months with none (gaps, bit m for month m): the year but
// the months before its first set (see gapsOf), the whole year when there
// are none.
func monthsInForce(gaps uint16) policy.Period {
	from := time.January
	for from < time.December && gaps&(1<<from) != 0 {
		from++
	}
	return policy.Period{From: from, To: time.December}
}

// gapsOf returns the months no set was in force in the year of a breakdown
// read back, bit m for month m: those before the first set it names. A set
// comes into force on the first day of a month of its year and lasts until
// the next one starts or its year ends, so a year's months without a set
// come before its first set only; the breakdown's check
// [CheckMonthsInForce] names the same months in words.
func gapsOf(sets []SetUsed) uint16 {
	if len(sets) == 0 {
		return 0
	}
	var gaps uint16
	for m := time.January; m < sets[0].From.Month && m <= time.December; m++ {
		gaps |= 1 << m
	}
	return gaps
}

// monthBits returns the months of p, bit m for month m.
func monthBits(p policy.Period) uint16 {
	p = p.Norm()
	var bits uint16
	for m := p.From; m <= p.To; m++ {
		bits |= 1 << m
	}
	return bits
}

// runsOf returns the months in bits (bit m for month m) as runs of
// consecutive months, in order.
func runsOf(bits uint16) []policy.Period {
	var runs []policy.Period
	for m := time.January; m <= time.December; m++ {
		if bits&(1<<m) == 0 {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].To == m-1 {
			runs[n-1].To = m
			continue
		}
		runs = append(runs, policy.Month(m))
	}
	return runs
}

// notAssessedNote is the line of a budget's or a comparison's text that
// names the months in gaps (bit m for month m) in which no parameter set
// was in force, so that their outlays of 0.00 do not read as nothing due
// (section 0); zh and en name the side of a comparison ("基准：",
// "baseline: "), and are empty for a budget.
func notAssessedNote(gaps uint16, zh, en string) string {
	z, e := monthRuns(gaps)
	return zh + z + "无在用参数集，未评估：支出记为 0.00（通则）/ " + en + e +
		": no parameter set in force, not assessed: outlays shown as 0.00 (section 0)"
}

// monthRuns names the months in gaps (bit m for month m) as runs of
// consecutive months, in Chinese ("1–6月", "1–3月、9月") and in English
// ("months 1–6", "months 1–3 and 9", "month 9").
func monthRuns(gaps uint16) (zh, en string) {
	var z, e []string
	months := 0
	for _, r := range runsOf(gaps) {
		s := strconv.Itoa(int(r.From))
		if r.To != r.From {
			s += "–" + strconv.Itoa(int(r.To))
		}
		z = append(z, s+"月")
		e = append(e, s)
		months += r.Months()
	}
	word := "months "
	if months == 1 {
		word = "month "
	}
	if n := len(e); n > 1 {
		e = append(e[:n-2], e[n-2]+" and "+e[n-1])
	}
	return strings.Join(z, "、"), word + strings.Join(e, ", ")
}
