package synthetic

import (
	"math/bits"
	"math/rand/v2"
	"time"

	"github.com/safetynet-go/safetynet/household"
)

// mix is the splitmix64 finaliser: it spreads a seed or an index over all
// 64 bits before they seed a PCG.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// rng draws from a PCG held by value, so a record's draws allocate
// nothing.
type rng struct{ src rand.PCG }

// intn returns a number in [0, n) for n > 0 (multiply-shift: the bias is
// below 2^-50 for the small n used here).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.src.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.intn(hi-lo+1)
}

// chance returns true with probability p.
func (r *rng) chance(p float64) bool {
	return float64(r.src.Uint64()>>11)*(1.0/(1<<53)) < p
}

// pick returns an index into weights, each with probability weight/sum.
func (r *rng) pick(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := r.intn(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// Calendar helpers for the dates the records carry.

var commonDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return commonDays[m]
}

// dayOfYear returns d's day of the year, 1–366.
func dayOfYear(d household.Date) int {
	n := d.Day
	for m := 1; m < int(d.Month); m++ {
		n += daysIn(d.Year, m)
	}
	return n
}

// fromDayOfYear returns day n (1–366) of year y.
func fromDayOfYear(y, n int) household.Date {
	m := 1
	for ; m < 12; m++ {
		dm := daysIn(y, m)
		if n <= dm {
			break
		}
		n -= dm
	}
	return household.NewDate(y, time.Month(m), n)
}
