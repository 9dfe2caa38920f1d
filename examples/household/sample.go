package main

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
)

// sample is an invented household of four in 尧渡镇 (no real person, name or
// id number): counted income 6000.00 a year, one class A and one class B
// member and a child in difficulty — POLICY.md worked examples 2 and 3 in
// one family.
func sample() *household.Household {
	return &household.Household{
		ID: "H-SAMPLE-01", Township: "尧渡镇", Village: "示例村",
		RegisteredPoor: true,
		Members: []household.Member{
			{ID: "m1", Name: "示例户主", BirthDate: household.NewDate(1956, 3, 12), Relation: household.Head,
				Class: household.ClassA,
				Incomes: []household.Income{
					{Category: household.Agriculture, Amount: decimal.RequireFromString("4200.00")},
					{Category: household.DisabilityPay, Amount: decimal.RequireFromString("800.00")},
				},
				Disability: &household.Disability{Type: household.Physical, Grade: 2, LongTermCare: true}},
			{ID: "m2", Name: "示例配偶", BirthDate: household.NewDate(1959, 10, 3), Relation: household.Spouse,
				Class:   household.ClassB,
				Incomes: []household.Income{{Category: household.Wages, Amount: decimal.RequireFromString("1800.00")}}},
			{ID: "m3", Name: "示例子女", BirthDate: household.NewDate(1986, 6, 21), Relation: household.Child,
				AbleToWork: true},
			{ID: "m4", Name: "示例孙女", BirthDate: household.NewDate(2009, 11, 30), Relation: household.Grandchild,
				Child: household.ChildInDifficultHome},
		},
	}
}
