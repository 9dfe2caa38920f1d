package disability_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/disability"
)

// Params gives the parameter set an Assessor applies, for a caller to
// show beside its results: here the nursing subsidy of grades 1 and 2 and
// the tiers by hardship, of which the built-in set has none.
func ExampleAssessor_Params() {
	a, err := disability.New(disability.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	p := a.Params()
	for _, g := range []int{1, 2} {
		t, _ := p.Nursing.Tier(g)
		fmt.Println(t.Name, t.Value.StringFixed(2), t.Provenance)
	}
	fmt.Println("tiers by hardship: living", len(p.Living.ByHardship), "nursing", len(p.Nursing.ByHardship))
	// Output:
	// disability.nursing.grade1 60.00 seed
	// disability.nursing.grade2 60.00 seed
	// tiers by hardship: living 0 nursing 0
}

// Tier looks up one grade in a hardship basis's tiers; an amount the
// county has not set means the grade tier applies, as it does for every
// member under the built-in set.
func ExampleTiers_Tier() {
	p := disability.Default2017()
	tiers := p.Living.ByHardship[disability.HardshipLowIncome] // none set
	t, ok := tiers.Tier(1)
	fmt.Println("grade 1:", ok, "set:", t.Set)
	if !t.Set {
		t, _ = p.Living.Tier(1)
	}
	fmt.Println(t.Name, t.Value.StringFixed(2), t.Provenance)
	_, ok = tiers.Tier(5)
	fmt.Println("grade 5:", ok)
	// Output:
	// grade 1: true set: false
	// disability.living.grade1 800.00 provisional
	// grade 5: false
}

// SetName names a hardship basis's tiers after their place in the set and
// marks each grade the county left out as a local parameter with no
// value, so that the set writes and reads back as it is; a grade the
// county set keeps its value and provenance. Here a county gives its 低保
// members the built-in grade-1 amount and leaves the other grades out.
func ExampleTiers_SetName() {
	grade1, _ := disability.Default2017().Living.Tier(1)
	t := disability.Tiers{Grade1: grade1}
	t.SetName("disability.living.by_hardship.lowincome")
	for g := 1; g <= 4; g++ {
		p, _ := t.Tier(g)
		fmt.Println(p.Name, p.Set, p.Value.StringFixed(2), p.Provenance)
	}
	// Output:
	// disability.living.by_hardship.lowincome.grade1 true 800.00 provisional
	// disability.living.by_hardship.lowincome.grade2 false 0.00 local
	// disability.living.by_hardship.lowincome.grade3 false 0.00 local
	// disability.living.by_hardship.lowincome.grade4 false 0.00 local
}
