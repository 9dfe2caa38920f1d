package synthetic

// The synthetic county's drawing parameters: invented ranges, in whole yuan
// a year per person, chosen to place households on both sides of the 2017
// 低保 standard (which the generator reads from the built-in parameter set,
// never from here). They are not policy and no rule reads them; changing
// one changes the synthetic county, and so every golden output drawn from
// it.
const (
	// coveredLow and coveredHigh bound the per-capita income of a covered
	// household well below the standard.
	coveredLow, coveredHigh = 300, 3550
	// risenLow and risenHigh bound a covered household whose income has
	// risen above the standard (an exit case).
	risenLow, risenHigh = 3700, 5500
	// uncoveredLowLow and uncoveredLowHigh bound an uncovered household
	// below the standard (an omission case).
	uncoveredLowLow, uncoveredLowHigh = 600, 3600
	// uncoveredLow and uncoveredHigh bound an uncovered household above it.
	uncoveredLow, uncoveredHigh = 3650, 8000
	// depositsHigh bounds a covered household's recorded deposits.
	depositsHigh = 6000
)
