package a

import "example.com/mod/policy"

const ItemBase policy.Item = "base"

var _ = policy.ClauseStandard

// Member and Household are records the tests build.
type Member struct {
	ID      string
	Born    Date
	Incomes []string
	Class   string
}

type Household struct {
	ID      string
	Members []Member
	Poor    bool
}

type Date struct{ Year, Month, Day int }

// Params is a parameter set; Default2017 is read as a named set.
type Params struct{ Uplift string }

func Default2017() *Params { return &Params{} }

// Lookup is library code, which the expansion does not follow.
func Lookup(id string) *Household { return nil }
