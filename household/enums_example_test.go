package household_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/household"
)

// The relations a form offers; an unrecorded relation is the zero value,
// which is valid and not listed.
func ExampleRelations() {
	fmt.Println(household.Relations(), household.Relation("").Valid())
	// Output: [head spouse child parent grandchild sibling other] true
}

// The 低保 classes of 2.1.2; no class is the zero value.
func ExampleClasses() {
	fmt.Println(household.Classes(), household.ClassNone.Valid())
	// Output: [A B C] true
}

// How a 特困 person may be supported (2.2.1).
func ExampleTekunModes() {
	fmt.Println(household.TekunModes())
	// Output: [dispersed centralized]
}

// The ratings of a rural nursing home (2.2.2).
func ExampleHomeClasses() {
	fmt.Println(household.HomeClasses())
	// Output: [1 2 3 unrated]
}

// The self-care levels of a 特困 person (2.2.1's care subsidy).
func ExampleSelfCareLevels() {
	fmt.Println(household.SelfCareLevels())
	// Output: [full partial none]
}

// The two categories of a child in 2.2.3.
func ExampleChildCategories() {
	fmt.Println(household.ChildCategories())
	// Output: [in-difficulty in-difficult-family]
}

// The types of disability a certificate names; a certificate must name
// one, so the zero value is not valid.
func ExampleDisabilityTypes() {
	fmt.Println(household.DisabilityTypes(), household.DisabilityType("").Valid())
	// Output: [visual hearing speech physical intellectual mental multiple] false
}

// The disease codes of 2.3.4's child-disease rule; any other disease is
// the zero value.
func ExampleDiseases() {
	fmt.Println(household.Diseases(), household.DiseaseOther.Valid())
	// Output: [acute-leukaemia congenital-heart] true
}
