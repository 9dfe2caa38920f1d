package benefit

import "github.com/safetynet-go/safetynet/policy"

// support returns the 特困 support the members receive over the runs rs,
// results of package tekun: the sum of their lines, each joined across the
// runs it goes on through as the breakdown joins it (2.4.2). A line of a
// year in runs pays round(R × k ÷ 12) over all its months, which the sum of
// its pieces in each run, each rounded, may miss by a fen.
func (rs results) support() policy.Money {
	if len(rs) == 1 {
		return rs[0].a.TotalFen() // one run: its lines as they are
	}
	var joined policy.Assessment
	for i := range rs {
		joined.AppendRun(&rs[i].a, rs[i].period)
	}
	return joined.TotalFen()
}
