package benefit

import "github.com/safetynet-go/safetynet/policy"

// support returns the 特困 support the members receive over the runs rs,
// results of package tekun: the sum of their lines, each joined across the
// runs it goes on through as the breakdown joins it (2.4.2). A line of a
// year in runs pays round(R × k ÷ 12) over all its months, which the sum of
// its pieces in each run, each rounded, may miss by a fen.
func (rs results) support() (total policy.Money) {
	var joined policy.Assessment
	var lines []policy.Line
	switch len(rs) {
	case 0:
	case 1:
		lines = rs[0].a.Lines // one run: its lines as they are
	default:
		for i := range rs {
			joined.AppendRun(&rs[i].a, rs[i].period)
		}
		lines = joined.Lines
	}
	for i := range lines {
		total += lines[i].Amount()
	}
	return total
}
