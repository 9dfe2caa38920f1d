package synthetic

import (
	"unsafe"

	"github.com/safetynet-go/safetynet/household"
)

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
// emptied, and its assets become s's to fill. A member's incomes or claims
// that share their array with another member's are not kept: written
// into, one member's would overwrite the other's. (A household built by
// hand may share them; those this package and household.Unmarshal make
// never do.)
func (s *spare) take(h *household.Household) {
	s.members = h.Members[:cap(h.Members)]
	for j := range min(len(s.members), maxSize) {
		m := &s.members[j]
		s.incomes[j] = apart(m.Incomes[:0], s.incomes[:j])
		s.claims[j] = apart(m.Claims[:0], s.claims[:j])
	}
	s.payments, s.hardships, s.assets = h.Current.Payments[:0], h.Hardships[:0], h.Assets
	*h = household.Household{}
}

// apart returns s, or nil when the array under s, to its capacity,
// overlaps that of one of kept.
func apart[T any](s []T, kept [][]T) []T {
	lo, hi := span(s)
	for _, k := range kept {
		if klo, khi := span(k); lo < khi && klo < hi {
			return nil
		}
	}
	return s
}

// span returns the addresses of the first byte of s's array and of the
// byte after its capacity; compared, never turned back into pointers.
func span[T any](s []T) (lo, hi uintptr) {
	lo = uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	return lo, lo + uintptr(cap(s))*unsafe.Sizeof(*new(T))
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
