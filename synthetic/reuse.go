package synthetic

import "github.com/safetynet-go/safetynet/household"

// spare is what a household being filled again held: the arrays and
// records the builder writes over instead of allocating new ones
// ([Generator.HouseholdInto]). The zero spare holds nothing, and the
// builder allocates everything, as [Generator.Household] does.
type spare struct {
	members   []household.Member // the whole backing array, at most maxSize used
	incomes   [maxSize][]household.Income
	claims    [maxSize][]household.Claim
	payments  []household.Payment
	hardships []household.Hardship
	assets    *household.Assets
}

// take empties h into s: h is left the zero Household and its slices,
// emptied, and its assets become s's to fill.
func (s *spare) take(h *household.Household) {
	s.members = h.Members[:cap(h.Members)]
	for j := range min(len(s.members), maxSize) {
		m := &s.members[j]
		s.incomes[j], s.claims[j] = m.Incomes[:0], m.Claims[:0]
	}
	s.payments, s.hardships, s.assets = h.Current.Payments[:0], h.Hardships[:0], h.Assets
	*h = household.Household{}
}

// reuse returns s[:n] with every element zero when s has room for n, and
// a new slice of n otherwise.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
